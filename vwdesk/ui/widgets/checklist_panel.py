"""A client's checklists on the client page: Vestiging (the household's), Integratie
(the client's own) and any other, with buttons to start them.

Embed it with the UiContext; call `set_client(client_id)` and `clear()` on lock.
The chosen checklist is worked on in the embedded ChecklistView; choosing
another checklist or starting one first asks about an item's unsaved changes,
and the page holding the panel asks `view.may_leave` before it shows another
client. Loading the same client again keeps the checklist (and what was typed).
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from vwdesk.domain.checklists import Checklist, ChecklistSummary, Choice
from vwdesk.domain.enums import ChecklistKind
from vwdesk.ui.context import UiContext
from vwdesk.ui.widgets.checklist_view import ChecklistView
from vwdesk.ui.widgets.date_field import short_date


@dataclass(frozen=True)
class ClientChecklists:
    summaries: list[ChecklistSummary]
    volunteers: list[Choice]
    partners: list[Choice]
    first: Checklist | None


def load_client_checklists(ws, client_id: int, wanted: int | None) -> ClientChecklists:
    summaries = ws.checklists.summaries(client_id=client_id)
    ids = [s.id for s in summaries]
    chosen = wanted if wanted in ids else (ids[0] if ids else None)
    return ClientChecklists(
        summaries=summaries,
        volunteers=ws.checklists.volunteers(),
        partners=[Choice(p.id, p.name) for p in ws.referrals.partners()],
        first=ws.checklists.get(chosen) if chosen else None,
    )


class ChecklistPanel(QWidget):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.client_id: int | None = None
        self.chooser = QComboBox()
        self.chooser.currentIndexChanged.connect(self._chosen)
        self.settlement_button = QPushButton(self.tr("Start Vestiging"))
        self.settlement_button.setToolTip(self.tr("The settlement checklist of the household"))
        self.settlement_button.clicked.connect(lambda: self.start(ChecklistKind.SETTLEMENT))
        self.integration_button = QPushButton(self.tr("Start Integratie"))
        self.integration_button.setToolTip(self.tr("The integration checklist of this client"))
        self.integration_button.clicked.connect(lambda: self.start(ChecklistKind.INTEGRATION))
        self.view = ChecklistView(ctx)
        top = QHBoxLayout()
        top.addWidget(self.chooser, 1)
        top.addWidget(self.settlement_button)
        top.addWidget(self.integration_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.view, 1)
        self.clear()

    def set_client(self, client_id: int, checklist_id: int | None = None) -> None:
        shown = self.view.checklist
        if checklist_id is None and client_id == self.client_id and shown is not None:
            checklist_id = shown.id  # a reload of the page: stay on the same checklist
        self.client_id = client_id
        self.ctx.run(
            lambda ws: load_client_checklists(ws, client_id, checklist_id),
            on_success=self.display,
            owner=self,
        )

    def display(self, found: ClientChecklists) -> None:
        self.view.set_choices(found.volunteers, found.partners)
        self.chooser.blockSignals(True)
        self.chooser.clear()
        for s in found.summaries:
            self.chooser.addItem(self._label(s), s.id)
        if found.first is not None:
            self.chooser.setCurrentIndex(self.chooser.findData(found.first.id))
        self.chooser.blockSignals(False)
        if found.first is not None:
            self.view.display(found.first)
        else:
            self.view.clear()
        running = {s.template_key for s in found.summaries if s.closed_on is None}
        self.settlement_button.setEnabled(ChecklistKind.SETTLEMENT.value not in running)
        self.integration_button.setEnabled(ChecklistKind.INTEGRATION.value not in running)
        self.setEnabled(True)

    def _label(self, s: ChecklistSummary) -> str:
        text = self.tr("%1, started %2 (%3 of %4)")
        for n, value in enumerate(
            (s.name, short_date(s.started_on), s.progress.settled, s.progress.total), start=1
        ):
            text = text.replace(f"%{n}", str(value))
        return text

    def clear(self) -> None:
        self.client_id = None
        self.chooser.blockSignals(True)
        self.chooser.clear()
        self.chooser.blockSignals(False)
        self.view.clear()
        self.setEnabled(False)

    def _chosen(self, *_args) -> None:
        checklist_id = self.chooser.currentData()
        shown = self.view.checklist
        if self.view.dirty and shown is not None and checklist_id != shown.id:
            self._choose_quietly(shown.id)  # back, then ask once the combo box has closed
            QTimer.singleShot(0, self, lambda: self._ask_then_choose(checklist_id))
            return
        if checklist_id is not None:
            self.view.load(checklist_id)

    def _ask_then_choose(self, checklist_id: int | None) -> None:
        def choose() -> None:
            self.chooser.setCurrentIndex(self.chooser.findData(checklist_id))

        if self.view.may_leave(choose):
            choose()

    def _choose_quietly(self, checklist_id: int) -> None:
        self.chooser.blockSignals(True)
        self.chooser.setCurrentIndex(self.chooser.findData(checklist_id))
        self.chooser.blockSignals(False)

    def start(self, kind: ChecklistKind) -> None:
        client_id = self.client_id
        if client_id is None:
            return
        if not self.view.may_leave(lambda: self.start(kind)):  # the new one is shown next
            return
        self.ctx.run(
            lambda ws: ws.checklists.start(kind.value, client_id=client_id),
            on_success=lambda checklist: self._started(client_id, checklist),
            owner=self,
        )

    def _started(self, client_id: int, checklist: Checklist) -> None:
        self.set_client(client_id, checklist.id)
        self.ctx.notify_changed("checklists")
