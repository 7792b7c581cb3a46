"""The base of the app's list models: named columns, one `set_rows()` entry point.

Subclasses say what a cell shows (`display`), how it sorts (`sort_key`) and,
when needed, its tooltip, colour and alignment. The row dataclass itself is
available under ROW_ROLE, so views and tests never index into private lists.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor

from vwdesk.ui import theme

T = TypeVar("T")
Index = QModelIndex | QPersistentModelIndex

ROW_ROLE = Qt.ItemDataRole.UserRole + 1
SORT_ROLE = Qt.ItemDataRole.UserRole + 2


class RowsTableModel(QAbstractTableModel, Generic[T]):
    NUMERIC: tuple[int, ...] = ()  # columns aligned right (amounts, counts)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[T] = []

    # -- what subclasses fill in ---------------------------------------------------------
    def headers(self) -> list[str]:
        raise NotImplementedError

    def display(self, row: T, column: int) -> str:
        raise NotImplementedError

    def sort_key(self, row: T, column: int) -> Any:
        return self.display(row, column)

    def tooltip(self, row: T, column: int) -> str | None:
        return None

    def muted(self, row: T) -> bool:
        """Rows that no longer count (cancelled, recorded) are drawn in the muted colour."""
        return False

    def warning(self, row: T, column: int) -> bool:
        return False

    def alignment(self, column: int) -> Qt.AlignmentFlag | None:
        return Qt.AlignmentFlag.AlignRight if column in self.NUMERIC else None

    # -- the one entry point -------------------------------------------------------------
    def set_rows(self, rows: Iterable[T]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def rows(self) -> list[T]:
        return list(self._rows)

    def row_at(self, row: int) -> T:
        return self._rows[row]

    # -- Qt ------------------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.headers())

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers()[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row, column = self._rows[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self.display(row, column)
        if role == ROW_ROLE:
            return row
        if role == SORT_ROLE:
            return self.sort_key(row, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tooltip(row, column)
        if role == Qt.ItemDataRole.ForegroundRole:
            if self.warning(row, column):
                return QColor(theme.ERROR)
            if self.muted(row):
                return QColor(theme.MUTED)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            align = self.alignment(column)
            return None if align is None else int(align | Qt.AlignmentFlag.AlignVCenter)
        return None
