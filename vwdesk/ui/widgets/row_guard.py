"""A table whose current row may only move on when the work shown for it is saved or dropped.

A master-detail screen (the checklist's items, the Schuldpreventie households)
shows the current row's record in a form. When the form has unsaved changes,
a click on another row must not replace them silently: the guard puts the
current row back and asks `may_leave(proceed)` (the screen's "Save the
changes?"). The move goes through at once when the answer allows it, or later
through `proceed` when the answer was Save and the save succeeded.

The question is asked once the click has been handled: asked inside
`currentRowChanged`, the view would go on to select the clicked row under the
modal box.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QTableView

from vwdesk.ui.widgets.rows_table_view import select_where, selected_row

_NOTHING = object()


class CurrentRowGuard(QObject):
    chosen = Signal()  # the current row moved and stays: show it (instead of currentRowChanged)

    def __init__(
        self,
        view: QTableView,
        *,
        key: Callable[[Any], Any],
        here: Callable[[], Any],
        dirty: Callable[[], bool],
        may_leave: Callable[[Callable[[], None]], bool],
    ) -> None:
        """`key`: a row's identity; `here`: the key of the row the form shows;
        `dirty`: the form has unsaved changes; `may_leave(proceed)`: asks, True to go on now."""
        super().__init__(view)
        self._view = view
        self._key = key
        self._here = here
        self._dirty = dirty
        self._may_leave = may_leave
        self._quiet = False
        self._wanted: Any = _NOTHING
        view.selectionModel().currentRowChanged.connect(self._moved)

    @contextmanager
    def quiet(self) -> Iterator[None]:
        """Moves made by the screen itself (new rows loaded): no question, no `chosen`."""
        before, self._quiet = self._quiet, True
        try:
            yield
        finally:
            self._quiet = before

    def select(self, key: Any) -> bool:
        """Make the row with this key current (as a click would); False when it is not there."""
        return select_where(self._view, lambda row: row is not None and self._key(row) == key)

    def _moved(self, *_args) -> None:
        if self._quiet:
            return
        row = selected_row(self._view)
        key = self._key(row) if row is not None else None
        if not self._dirty() or key == self._here():
            self.chosen.emit()
            return
        asking = self._wanted is not _NOTHING
        self._wanted = key
        if not asking:
            QTimer.singleShot(0, self, self._ask)

    def _ask(self) -> None:
        wanted, self._wanted = self._wanted, _NOTHING
        with self.quiet():
            self.select(self._here())  # back to the row whose changes are not saved
        if self._may_leave(lambda: self.select(wanted)):
            self.select(wanted)
