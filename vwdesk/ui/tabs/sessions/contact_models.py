"""The contacts list beside the session form, and the checkable topic and staff lists."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from vwdesk.domain.sessions import ContactInfo, StaffMember
from vwdesk.ui.labels import channel_label, contact_kind_label
from vwdesk.ui.tabs.sessions.texts import minutes_text, topic_label, topics_label
from vwdesk.ui.widgets.date_field import short_date
from vwdesk.ui.widgets.rows_table_model import ROW_ROLE, RowsTableModel

Index = QModelIndex | QPersistentModelIndex


class ContactTableModel(RowsTableModel[ContactInfo]):
    """At the hour the first column is the time it was logged; elsewhere the date."""

    WHEN, CLIENT, KIND, TOPICS, MINUTES, REFERRAL, FOLLOW_UP = range(7)

    def __init__(self, parent: QObject | None = None, *, by_date: bool = False) -> None:
        super().__init__(parent)
        self.by_date = by_date

    def headers(self) -> list[str]:
        return [
            self.tr("Date") if self.by_date else self.tr("Logged"),
            self.tr("Client"),
            self.tr("Kind"),
            self.tr("Topics"),
            self.tr("Minutes"),
            self.tr("Referred to"),
            self.tr("Follow-up"),
        ]

    def display(self, row: ContactInfo, column: int) -> str:
        if column == self.WHEN:
            if self.by_date or row.created_at is None:
                return short_date(row.date)
            return row.created_at.strftime("%H:%M")
        if column == self.CLIENT:
            return row.client_name or self.tr("Anonymous")
        if column == self.KIND:
            kind = contact_kind_label(row.kind)
            if self.by_date:
                return f"{kind} ({channel_label(row.channel)})"
            return kind
        if column == self.TOPICS:
            return topics_label(row.topics)
        if column == self.MINUTES:
            return minutes_text(row.minutes)
        if column == self.REFERRAL:
            return row.referral_partner
        return row.follow_up

    def sort_key(self, row: ContactInfo, column: int) -> Any:
        if column == self.WHEN:
            return f"{row.date.isoformat()} {row.created_at.isoformat() if row.created_at else ''}"
        if column == self.MINUTES:
            return row.minutes or 0
        return super().sort_key(row, column)

    def warning(self, row: ContactInfo, column: int) -> bool:
        return column == self.CLIENT and row.beyond_guidance_period

    def tooltip(self, row: ContactInfo, column: int) -> str | None:
        if self.warning(row, column):
            return self.tr("Housed longer ago than the social guidance period; logged anyway.")
        if column == self.FOLLOW_UP and row.follow_up:
            return row.follow_up
        return None


class CheckListModel(QAbstractListModel):
    """Items with a check box; `set_items` keeps what was ticked."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._items: list[Any] = []
        self._checked: set[Any] = set()

    def key(self, item: Any) -> Any:
        return item

    def label(self, item: Any) -> str:
        return str(item)

    def set_items(self, items: list[Any]) -> None:
        self.beginResetModel()
        self._items = list(items)
        keys = {self.key(i) for i in self._items}
        self._checked &= keys
        self.endResetModel()

    def items(self) -> list[Any]:
        return list(self._items)

    def checked(self) -> tuple[Any, ...]:
        return tuple(self.key(i) for i in self._items if self.key(i) in self._checked)

    def set_checked(self, keys) -> None:
        self.beginResetModel()
        self._checked = set(keys)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._items)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        item = self._items[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self.label(item)
        if role == Qt.ItemDataRole.CheckStateRole:
            on = self.key(item) in self._checked
            return Qt.CheckState.Checked if on else Qt.CheckState.Unchecked
        if role == ROW_ROLE:
            return item
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or role != Qt.ItemDataRole.CheckStateRole:
            return False
        key = self.key(self._items[index.row()])
        if Qt.CheckState(value) == Qt.CheckState.Checked:
            self._checked.add(key)
        else:
            self._checked.discard(key)
        self.dataChanged.emit(index, index, [role])
        return True

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        return base | Qt.ItemFlag.ItemIsUserCheckable if index.isValid() else base


class TopicListModel(CheckListModel):
    """Topic keys; shipped ones shown translated."""

    def label(self, item: str) -> str:
        return topic_label(item)


class StaffListModel(CheckListModel):
    def key(self, item: StaffMember) -> int:
        return item.id

    def label(self, item: StaffMember) -> str:
        if item.legal:
            return self.tr("{name} (legal volunteer)").format(name=item.name)
        return item.name
