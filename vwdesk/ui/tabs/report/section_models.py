"""The list of report sections beside the prose editor: title, whether it has text, and
whether that text is still another year's (or gives another year's figures)."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor, QFont

from vwdesk.services.report_prose import StaleSection
from vwdesk.ui import theme

Index = QModelIndex | QPersistentModelIndex
KEY_ROLE = Qt.ItemDataRole.UserRole + 1


@dataclass(frozen=True)
class SectionEntry:
    key: str  # the report's stable section key ("housing", "project:VIP"); never shown
    title: str
    has_text: bool
    stale: StaleSection | None = None  # still another year's text or figures


class SectionListModel(QAbstractListModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[SectionEntry] = []
        self._unsaved: str | None = None

    def set_rows(self, rows: Iterable[SectionEntry]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def rows(self) -> list[SectionEntry]:
        return list(self._rows)

    def row_of(self, key: str) -> int:
        for number, entry in enumerate(self._rows):
            if entry.key == key:
                return number
        return -1

    def set_unsaved(self, key: str | None) -> None:
        """Mark the section whose text has changes that are not saved yet (one at most)."""
        if key == self._unsaved:
            return
        changed = [k for k in (self._unsaved, key) if k is not None]
        self._unsaved = key
        for k in changed:
            row = self.row_of(k)
            if row >= 0:
                self.dataChanged.emit(self.index(row), self.index(row))

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        entry = self._rows[index.row()]
        unsaved = entry.key == self._unsaved
        stale = None if unsaved else entry.stale
        if role == Qt.ItemDataRole.DisplayRole:
            if unsaved:
                return f"{entry.title} *"
            if stale is not None and stale.kind == "text":
                return self.tr("{title} — text of {year}").format(
                    title=entry.title, year=stale.year
                )
            if stale is not None:
                return self.tr("{title} — figures of {year}").format(
                    title=entry.title, year=stale.year
                )
            return entry.title
        if role == KEY_ROLE:
            return entry.key
        if role == Qt.ItemDataRole.ToolTipRole:
            if unsaved:
                return self.tr("Changes not saved yet")
            if stale is not None and stale.kind == "text":
                return self.tr("Text of {year}, not yet adapted for this year").format(
                    year=stale.year
                )
            if stale is not None:
                return self.tr("The text still gives figures of {year}").format(year=stale.year)
            return None if entry.has_text else self.tr("No text yet")
        if role == Qt.ItemDataRole.ForegroundRole and not unsaved:
            if stale is not None:
                return QColor(theme.NOTICE)
            return None if entry.has_text else QColor(theme.MUTED)
        if role == Qt.ItemDataRole.FontRole and (unsaved or stale is not None):
            font = QFont()
            font.setBold(unsaved)
            font.setItalic(stale is not None)
            return font
        return None
