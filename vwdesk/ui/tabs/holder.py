"""A tab's place in the main window; the tab's page is built when it is first needed.

Building every page at start-up (eight tabs with their models, forms and
dialogs' widgets) took 1.1-1.6 s of the launch in `make bench` (#11), for tabs
most sessions never open. The main window puts a `TabHolder` in each tab and
the holder builds the page when the tab is first shown, refreshed, asked to
open a record, or looked up through `TabPages`.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import TYPE_CHECKING

from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QVBoxLayout, QWidget

if TYPE_CHECKING:
    from vwdesk.ui.context import UiContext
    from vwdesk.ui.tabs import TabSpec
    from vwdesk.ui.tabs.base import TabPage


class TabHolder(QWidget):
    """Holds one tab's page, which it builds on first use; until then holds nothing."""

    def __init__(self, spec: TabSpec, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.spec = spec
        self._ctx = ctx
        self.page: TabPage | None = None
        self.setObjectName(f"holder-{spec.key}")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)

    @property
    def built(self) -> bool:
        return self.page is not None

    def ensure(self) -> TabPage:
        """The page, built now if it was not yet."""
        if self.page is None:
            page = self.spec.build(self._ctx)
            page.setObjectName(f"tab-{self.spec.key}")
            self.layout().addWidget(page)
            if self.isVisible():
                page.show()  # now, not from the layout's queued show
            self.page = page
        return self.page

    @property
    def opens(self) -> frozenset[str]:
        """The kinds of record the page opens: its class says so without building it."""
        if self.page is not None:
            return self.page.opens
        if self.spec.factory is None:
            return frozenset()
        known = getattr(self.spec.factory, "opens", None)
        if isinstance(known, frozenset):
            return known
        return self.ensure().opens  # a factory function: only the page can tell

    def clear(self) -> None:
        """The page's clear(); a page never built holds nothing to clear."""
        if self.page is not None:
            self.page.clear()

    def showEvent(self, event: QShowEvent) -> None:
        self.ensure()  # a tab on screen always has its page, signed in or not
        super().showEvent(event)


class TabPages(Mapping[str, "TabPage"]):
    """The window's pages by tab key; looking one up builds it (iterating the keys does not)."""

    def __init__(self, holders: Mapping[str, TabHolder]) -> None:
        self._holders = holders

    def __getitem__(self, key: str) -> TabPage:
        return self._holders[key].ensure()

    def __iter__(self) -> Iterator[str]:
        return iter(self._holders)

    def __len__(self) -> int:
        return len(self._holders)

    def built(self) -> dict[str, TabPage]:
        """The pages built so far, without building the others."""
        return {k: h.page for k, h in self._holders.items() if h.page is not None}
