"""The Cijfers table: figure, this year, the previous year, the difference.

One `set_rows()` entry point (Vorta's table models); the row under ROW_ROLE
and the figure key under KEY_ROLE, so tests find "housed.total" without
reading labels. The order is the report's, so the table does not sort.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from vwdesk.ui import theme
from vwdesk.ui.tabs.report.figure_rows import FigureRow, RowKind

Index = QModelIndex | QPersistentModelIndex

ROW_ROLE = Qt.ItemDataRole.UserRole + 1
KEY_ROLE = Qt.ItemDataRole.UserRole + 2
VALUE_ROLE = Qt.ItemDataRole.UserRole + 3  # the number behind a cell (None when empty)

INDENT = "      "
NO_VALUE = "—"
MINUS = "−"  # U+2212: a minus that lines up with the plus
HEADING_BACKGROUND = "#e6eef3"


def signed(n: int | None) -> str:
    if n is None:
        return NO_VALUE
    if n > 0:
        return f"+{n}"
    if n < 0:
        return f"{MINUS}{-n}"
    return "0"


class FigureTableModel(QAbstractTableModel):
    LABEL, CURRENT, PREVIOUS, DIFFERENCE = range(4)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[FigureRow] = []
        self._year: int | None = None

    def set_rows(self, rows: Iterable[FigureRow], year: int | None = None) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self._year = year
        self.endResetModel()

    def rows(self) -> list[FigureRow]:
        return list(self._rows)

    def row_at(self, row: int) -> FigureRow:
        return self._rows[row]

    def row_of(self, key: str) -> int:
        """The row number of a figure key; -1 when the table does not show it."""
        for number, row in enumerate(self._rows):
            if row.key == key:
                return number
        return -1

    # -- Qt ----------------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 4

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._header(section)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            side = (
                Qt.AlignmentFlag.AlignLeft if section == self.LABEL else Qt.AlignmentFlag.AlignRight
            )
            return int(side | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _header(self, section: int) -> str:
        if section == self.LABEL:
            return self.tr("Figure")
        if section == self.DIFFERENCE:
            return self.tr("Difference")
        if self._year is None:
            return self.tr("This year") if section == self.CURRENT else self.tr("Previous year")
        return str(self._year if section == self.CURRENT else self._year - 1)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row, column = self._rows[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, column)
        if role == ROW_ROLE:
            return row
        if role == KEY_ROLE:
            return row.key
        if role == VALUE_ROLE:
            return self._value(row, column)
        if role == Qt.ItemDataRole.TextAlignmentRole and column != self.LABEL:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.FontRole and row.kind in (RowKind.HEADING, RowKind.GROUP):
            font = QFont()
            font.setBold(row.kind is RowKind.HEADING)
            font.setItalic(row.kind is RowKind.GROUP)
            return font
        if role == Qt.ItemDataRole.BackgroundRole and row.kind is RowKind.HEADING:
            return QBrush(QColor(HEADING_BACKGROUND))
        if (
            role == Qt.ItemDataRole.ForegroundRole
            and column == self.DIFFERENCE
            and row.difference in (0, None)
        ):
            return QColor(theme.MUTED)
        return None

    def _value(self, row: FigureRow, column: int) -> int | None:
        if not row.has_numbers:
            return None
        return {
            self.CURRENT: row.current,
            self.PREVIOUS: row.previous,
            self.DIFFERENCE: row.difference,
        }.get(column)

    def _display(self, row: FigureRow, column: int) -> str:
        if column == self.LABEL:
            return INDENT + row.label if row.kind is RowKind.ITEM else row.label
        if not row.has_numbers:
            return ""
        if column == self.DIFFERENCE:
            return signed(row.difference)
        value = self._value(row, column)
        return NO_VALUE if value is None else str(value)
