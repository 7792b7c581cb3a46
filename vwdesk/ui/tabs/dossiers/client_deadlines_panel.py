"""A client's deadlines, for the client page: permit and travel document reminders, the PVT,
and the running deadlines of the dossiers the client is the referent of.

Embed it with the UiContext; call `set_client(client_id)` and `clear()` on lock.
Double-clicking a dossier's deadline opens the dossier in the Dossiers tab.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QModelIndex
from PySide6.QtWidgets import QGroupBox, QLabel, QVBoxLayout, QWidget

from vwdesk.domain.deadlines import Deadline
from vwdesk.ui.context import UiContext
from vwdesk.ui.tabs.dossiers.dossier_models import DeadlineTableModel
from vwdesk.ui.tabs.dossiers.dossier_texts import fit_rows
from vwdesk.ui.tabs.sessions.tables import table
from vwdesk.ui.widgets.rows_table_model import ROW_ROLE


class ClientDeadlinesPanel(QGroupBox):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.clock: Callable[[], date] = date.today
        self.client_id: int | None = None
        self.setTitle(self.tr("Deadlines"))
        self.model = DeadlineTableModel(self)
        self.view, _ = table(self.model, DeadlineTableModel.WHAT, sort_column=None)
        self.view.setSortingEnabled(False)  # by due date, as the service gives them
        self.view.setColumnHidden(DeadlineTableModel.CLIENT, True)
        self.view.activated.connect(self._open)
        self.empty = QLabel(
            self.tr("No deadlines: no permit or travel document dates, no running procedure."),
            objectName="muted",
        )
        self.empty.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view)
        layout.addWidget(self.empty)
        self.clear()

    def set_client(self, client_id: int) -> None:
        self.client_id = client_id
        self.ctx.run(
            lambda ws: ws.deadlines.for_client(client_id),
            on_success=lambda found: self.display(client_id, found),
            owner=self,
        )

    def display(self, client_id: int, deadlines: list[Deadline]) -> None:
        if client_id != self.client_id:
            return  # another client was opened meanwhile
        self.model.set_rows_for(deadlines, self.clock())
        fit_rows(self.view, len(deadlines), 6)
        self.view.setVisible(bool(deadlines))
        self.empty.setVisible(not deadlines)

    def _open(self, index: QModelIndex) -> None:
        deadline: Deadline | None = index.data(ROW_ROLE) if index.isValid() else None
        if deadline is not None and deadline.dossier_id is not None:
            self.ctx.request_open("dossier", deadline.dossier_id)

    def clear(self) -> None:
        self.client_id = None
        self.model.set_rows([])
        self.view.hide()
        self.empty.hide()
