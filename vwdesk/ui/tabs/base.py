"""The base class of every tab (see the contract in vwdesk/ui/tabs/__init__.py)."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from vwdesk.ui.context import UiContext


class TabPage(QWidget):
    """A page of the main window, built with the UiContext and nothing else.

    The main window calls `refresh()` when the tab becomes visible after a
    sign-in or a change, and `clear()` on every lock; a tab never decides by
    itself when personal data may stay on screen.
    """

    # The kinds of record this tab can open for `UiContext.request_open` ("dossier", ...).
    opens: frozenset[str] = frozenset()

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx

    def refresh(self) -> None:
        """Load what the tab shows, through `self.ctx.run(...)` (never on the UI thread)."""
        raise NotImplementedError

    def clear(self) -> None:
        """Drop every piece of personal data: models emptied, fields blanked, dialogs closed."""
        raise NotImplementedError

    def has_unsaved(self) -> bool:
        """Typed or chosen work on the page that quitting would lose (asked once on quit)."""
        return False

    def open_record(self, kind: str, record_id: int) -> None:
        """Show one record of a kind listed in `opens`; the main window made the tab current."""
