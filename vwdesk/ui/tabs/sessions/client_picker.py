"""Pick a client by typing: the Cliënten tab's tolerant search, a few matches under the field.

Typing asks `ws.clients.search()` on the worker (after a short pause, so a fast
typist costs one query); Enter takes the highlighted match (the first one by
default), arrow keys move through them. Answers to an older text are dropped.
When nothing matches, a line under the field says so; an owner that can register
people (`can_register=True`, the hour) also gets a button for it, which emits
`register_requested(text)`.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from vwdesk.domain.names import matches_as_typed, parse_query
from vwdesk.ui.context import UiContext
from vwdesk.ui.widgets.date_field import short_date
from vwdesk.ui.widgets.rows_table_model import ROW_ROLE

Index = QModelIndex | QPersistentModelIndex
MAX_RESULTS = 8
PAUSE_MS = 120


class ClientResultsModel(QAbstractListModel):
    """Search results (ClientRow dataclasses of the clients service)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[Any] = []

    def set_rows(self, rows: list[Any]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def rows(self) -> list[Any]:
        return list(self._rows)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            address = row.household.split(",")[0]  # the street is enough to tell people apart
            parts = [row.name, short_date(row.birth_date), address]
            return " · ".join(p for p in parts if p)
        if role == ROW_ROLE:
            return row
        return None


class ClientPicker(QWidget):
    """Emits `picked(row)` with the chosen ClientRow, or `picked(None)` when cleared."""

    picked = Signal(object)
    register_requested = Signal(str)  # the text that found nobody

    def __init__(
        self,
        ctx: UiContext,
        parent: QWidget | None = None,
        *,
        active_only: bool = True,
        can_register: bool = False,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.active_only = active_only  # False: closed clients too (Logboek, Privacy)
        self.can_register = can_register
        self.current: Any = None
        self._asked = ""

        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Type a name, phone number, V-number or address"))
        self.search.setClearButtonEnabled(True)
        self.search.textEdited.connect(self._typed)
        self.search.installEventFilter(self)

        self.model = ClientResultsModel(self)
        self.results = QListView()
        self.results.setModel(self.model)
        self.results.setMaximumHeight(150)
        self.results.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.results.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.results.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.results.setEditTriggers(QListView.EditTrigger.NoEditTriggers)
        self.results.clicked.connect(self._take)
        self.results.hide()

        self.nobody = QLabel(objectName="muted")
        self.nobody.setWordWrap(True)
        self.nobody.setTextFormat(Qt.TextFormat.PlainText)
        self.register_button = QPushButton(self.tr("Register a household…"))
        self.register_button.clicked.connect(
            lambda: self.register_requested.emit(self.search.text().strip())
        )
        nobody_row = QHBoxLayout()
        nobody_row.setContentsMargins(0, 0, 0, 0)
        nobody_row.addWidget(self.nobody, 1)
        nobody_row.addWidget(self.register_button)
        self.nobody_box = QWidget()
        self.nobody_box.setLayout(nobody_row)
        self.nobody_box.hide()
        # The search is tolerant (Muhammad finds Mohammed): a person whose name does not hold
        # what was typed is not taken by Enter alone, so nobody logs on the wrong person.
        self.inexact = QLabel(objectName="muted")
        self.inexact.setWordWrap(True)
        self.inexact.setTextFormat(Qt.TextFormat.PlainText)
        self.inexact.hide()

        self._timer = QTimer(self, singleShot=True, interval=PAUSE_MS)
        self._timer.timeout.connect(self._ask)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.search)
        layout.addWidget(self.results)
        layout.addWidget(self.inexact)
        layout.addWidget(self.nobody_box)

    # -- typing and searching ----------------------------------------------------------
    def _typed(self, text: str) -> None:
        if self.current is not None:
            self.current = None
            self.picked.emit(None)
        self.nobody_box.hide()  # the line was about the text before this key
        if text.strip():
            self._timer.start()
        else:
            self._timer.stop()
            self._asked = ""
            self._show_results([])

    def _ask(self) -> None:
        text = self.search.text().strip()
        if not text or self.ctx.workspace is None:
            return
        self._asked = text
        self.ctx.run(
            lambda ws: ws.clients.search(text, limit=MAX_RESULTS, active_only=self.active_only),
            on_success=lambda rows: self._answered(text, rows),
            owner=self,
        )

    def _answered(self, text: str, rows: list[Any]) -> None:
        if text != self._asked or self.current is not None:
            return  # the volunteer typed on, or already chose
        self._show_results(rows)
        if not rows:
            self.nobody.setText(self.tr("Nobody found with ‘{text}’.").format(text=text))
            self.register_button.setVisible(self.can_register)
            self.nobody_box.show()

    def _show_results(self, rows: list[Any]) -> None:
        self.nobody_box.hide()
        self.inexact.hide()
        self.model.set_rows(rows)
        self.results.setVisible(bool(rows))
        if not rows:
            return
        query = parse_query(self.search.text())
        exact = next(
            (n for n, row in enumerate(rows) if matches_as_typed(query, row.search_key)), None
        )
        if exact is not None:
            self.results.setCurrentIndex(self.model.index(exact))
        else:
            self.results.setCurrentIndex(QModelIndex())
            text = self.tr("No exact match for ‘{text}’: choose the person with ↓ or the mouse.")
            self.inexact.setText(text.format(text=self.search.text().strip()))
            self.inexact.show()

    def search_now(self) -> None:
        """Search at once (tests and programmatic use skip the typing pause)."""
        self._timer.stop()
        self._ask()

    @property
    def pending(self) -> bool:
        """A search is waiting for its pause or its answer."""
        return self._timer.isActive() or (
            bool(self._asked) and self.current is None and not self.model.rowCount()
        )

    # -- choosing ----------------------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.search and event.type() == QEvent.Type.KeyPress:
            key = event.key() if isinstance(event, QKeyEvent) else None
            ctrl = isinstance(event, QKeyEvent) and bool(
                event.modifiers() & Qt.KeyboardModifier.ControlModifier
            )
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not ctrl:
                # Enter picks the person, and that is all: a dialog around the picker does not
                # take it as its OK too (a dossier was made on the spot with a default date).
                self.take_highlighted()
                return True
            if key in (Qt.Key.Key_Down, Qt.Key.Key_Up) and self.model.rowCount():
                step = 1 if key == Qt.Key.Key_Down else -1
                row = self.results.currentIndex().row() + step
                row = max(0, min(self.model.rowCount() - 1, row))
                self.results.setCurrentIndex(self.model.index(row))
                return True
        return super().eventFilter(watched, event)

    def take_highlighted(self) -> None:
        if self._timer.isActive():
            return  # Enter while the search is pending: wait for the matches
        index = self.results.currentIndex()  # none when no result holds what was typed
        if index.isValid():
            self._take(index)

    def _take(self, index: QModelIndex) -> None:
        self.choose(index.data(ROW_ROLE))

    def choose(self, row: Any) -> None:
        self.current = row
        self.search.setText(row.name)
        self._show_results([])
        self.picked.emit(row)

    def reset(self) -> None:
        self._timer.stop()
        self._asked = ""
        self.current = None
        self.search.clear()
        self._show_results([])
