"""The editable items of a checklist template: title, help text, when needed, fields.

A table model the template dialog edits in place and tests drive without a
widget. It holds drafts (the domain's TemplateItemDraft), never records.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from vwdesk.domain.checklists import ItemField, TemplateItemDraft
from vwdesk.ui.widgets.checklist_labels import field_label

Index = QModelIndex | QPersistentModelIndex
FIELD_COLUMNS = (ItemField.DATE, ItemField.CREDITOR, ItemField.AMOUNT, ItemField.MONTHLY,
                 ItemField.PARTNER)  # fmt: skip


class ChecklistTemplateItemsTableModel(QAbstractTableModel):
    TITLE, HELP, WHEN_NEEDED = range(3)
    FIRST_FIELD = 3

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._items: list[TemplateItemDraft] = []

    # -- the one entry point, and reading back -------------------------------------------
    def set_items(self, items) -> None:
        self.beginResetModel()
        self._items = list(items)
        self.endResetModel()

    def items(self) -> tuple[TemplateItemDraft, ...]:
        return tuple(self._items)

    # -- editing the list ----------------------------------------------------------------
    def add(self, title: str) -> int:
        row = len(self._items)
        self.beginInsertRows(QModelIndex(), row, row)
        self._items.append(TemplateItemDraft(title))
        self.endInsertRows()
        return row

    def remove(self, row: int) -> None:
        if 0 <= row < len(self._items):
            self.beginRemoveRows(QModelIndex(), row, row)
            del self._items[row]
            self.endRemoveRows()

    def move(self, row: int, delta: int) -> int:
        """Move an item up (-1) or down (+1); returns its new row."""
        target = row + delta
        if not (0 <= row < len(self._items) and 0 <= target < len(self._items)):
            return row
        self.beginResetModel()
        self._items[row], self._items[target] = self._items[target], self._items[row]
        self.endResetModel()
        return target

    # -- Qt ------------------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._items)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self.FIRST_FIELD + len(FIELD_COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        if section == self.TITLE:
            return self.tr("Item")
        if section == self.HELP:
            return self.tr("Help text")
        if section == self.WHEN_NEEDED:
            return self.tr("When needed")
        return field_label(FIELD_COLUMNS[section - self.FIRST_FIELD])

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() in (self.TITLE, self.HELP):
            return base | Qt.ItemFlag.ItemIsEditable
        return base | Qt.ItemFlag.ItemIsUserCheckable

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        item, column = self._items[index.row()], index.column()
        if column in (self.TITLE, self.HELP):
            if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
                return item.title if column == self.TITLE else item.help
            return None
        if role == Qt.ItemDataRole.CheckStateRole:
            return Qt.CheckState.Checked if self._checked(item, column) else Qt.CheckState.Unchecked
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid():
            return False
        row, column = index.row(), index.column()
        item = self._items[row]
        if column in (self.TITLE, self.HELP) and role == Qt.ItemDataRole.EditRole:
            text = str(value)
            item = replace(item, title=text) if column == self.TITLE else replace(item, help=text)
        elif role == Qt.ItemDataRole.CheckStateRole:
            on = Qt.CheckState(value) == Qt.CheckState.Checked
            if column == self.WHEN_NEEDED:
                item = replace(item, when_needed=on)
            else:
                field = FIELD_COLUMNS[column - self.FIRST_FIELD]
                fields = [f for f in item.fields if f != field] + ([field] if on else [])
                item = replace(item, fields=tuple(f for f in FIELD_COLUMNS if f in fields))
        else:
            return False
        self._items[row] = item
        self.dataChanged.emit(index, index, [role])
        return True

    def _checked(self, item: TemplateItemDraft, column: int) -> bool:
        if column == self.WHEN_NEEDED:
            return item.when_needed
        return FIELD_COLUMNS[column - self.FIRST_FIELD] in item.fields
