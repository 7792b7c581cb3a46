"""The clients list as a table model that filters and sorts itself, in memory.

Every client is loaded once (ClientService.rows on the worker). A keystroke
in the search field asks the SearchIndex (domain/names.py) for the matching
rows and combines them with the filters and the sort order kept per column:
no query, and no Python call per row from C++ (a QSortFilterProxyModel would
call filterAcceptsRow 100,000 times). `set_rows()` is the one way in.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor

from vwdesk.domain.clients import ClientRow, ClientStatus
from vwdesk.domain.names import SearchIndex, fold, parse_query
from vwdesk.domain.phases import Phase
from vwdesk.ui import theme
from vwdesk.ui.tabs.clients.client_texts import country_label, status_label
from vwdesk.ui.widgets.checklist_labels import phase_label
from vwdesk.ui.widgets.date_field import short_date

Index = QModelIndex | QPersistentModelIndex
ROW_ROLE = Qt.ItemDataRole.UserRole + 1
NO_VOLUNTEER = -1  # the volunteer filter's "nobody assigned"


class StatusFilter:
    ACTIVE = "active"
    CLOSED = "closed"
    ALL = "all"


@dataclass(frozen=True)
class ClientFilter:
    status: str = StatusFilter.ACTIVE
    phase: Phase | None = None
    volunteer_id: int | None = None  # NO_VOLUNTEER: without a contact volunteer
    nationality: str | None = None

    def accepts(self, row: ClientRow) -> bool:
        if self.status == StatusFilter.ACTIVE and row.status != ClientStatus.ACTIVE:
            return False
        if self.status == StatusFilter.CLOSED and row.status == ClientStatus.ACTIVE:
            return False
        if self.phase is not None and row.phase != self.phase:
            return False
        if self.volunteer_id is not None:
            wanted = None if self.volunteer_id == NO_VOLUNTEER else self.volunteer_id
            if row.contact_volunteer_id != wanted:
                return False
        return self.nationality is None or row.nationality == self.nationality


def prepare(rows: Sequence[ClientRow]) -> tuple[list[ClientRow], SearchIndex]:
    """The rows with their search index: call it on the worker, with the query."""
    rows = list(rows)
    return rows, SearchIndex([r.search_key for r in rows])


_MUTED = QColor(theme.MUTED)
_PHASE_ORDER = {p: i for i, p in enumerate(Phase)}
_STATUS_ORDER = {s: i for i, s in enumerate(ClientStatus)}


class ClientsTableModel(QAbstractTableModel):
    NAME, HOUSEHOLD, NATIONALITY, HOUSED_ON, VOLUNTEER, PHASE, STATUS = range(7)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[ClientRow] = []
        self._index = SearchIndex([])
        self._query = ""
        self._filter = ClientFilter()
        self._sort_column = self.NAME
        self._sort_order = Qt.SortOrder.AscendingOrder
        self._order: list[int] = []  # every row, in the sort order
        self._rank: list[int] = []  # row -> its place in _order
        self._passes: bytearray = bytearray()  # row -> 1 when the filters accept it
        self._visible: list[int] = []
        self._countries: dict[str, str] = {}

    # -- the one way in ----------------------------------------------------------------------
    def set_rows(self, rows: Sequence[ClientRow], index: SearchIndex | None = None) -> None:
        """The clients, in the service's order (by family name); `index` over their search
        keys when it was built on the worker already (see `prepare`)."""
        self.beginResetModel()
        self._rows = list(rows)
        self._index = index if index is not None else prepare(self._rows)[1]
        self._countries = {}
        self._sort_all()
        self._apply_filter()
        self._visible = self._compute_visible()
        self.endResetModel()

    def replace_row(self, row: ClientRow) -> None:
        """One client changed (saved, closed): swap its line in place, or add it."""
        self.replace_rows([row])

    def replace_rows(self, rows: Sequence[ClientRow]) -> None:
        by_id = {r.client_id: r for r in rows}
        kept = [by_id.pop(r.client_id, r) for r in self._rows]
        self.set_rows(kept + list(by_id.values()))

    def remove_row(self, client_id: int) -> None:
        self.set_rows([r for r in self._rows if r.client_id != client_id])

    def clear(self) -> None:
        self.set_rows([])
        self._query = ""

    # -- filtering and sorting ---------------------------------------------------------------
    @property
    def query(self) -> str:
        return self._query

    def set_query(self, text: str) -> None:
        if text == self._query:
            return
        self._query = text
        self._reset_visible()

    def set_filter(self, client_filter: ClientFilter) -> None:
        if client_filter == self._filter:
            return
        self._filter = client_filter
        self._apply_filter()
        self._reset_visible()

    @property
    def client_filter(self) -> ClientFilter:
        return self._filter

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self._sort_column, self._sort_order = column, order
        self.layoutAboutToBeChanged.emit()
        self._sort_all()
        self._visible = self._compute_visible()
        self.layoutChanged.emit()

    def _reset_visible(self) -> None:
        self.beginResetModel()
        self._visible = self._compute_visible()
        self.endResetModel()

    def _apply_filter(self) -> None:
        accepts = self._filter.accepts
        self._passes = bytearray(1 if accepts(r) else 0 for r in self._rows)

    def _compute_visible(self) -> list[int]:
        passes = self._passes
        words = parse_query(self._query)
        if not words:
            return [i for i in self._order if passes[i]]
        hits = self._index.rows(words)
        if len(hits) * 8 < len(self._rows):
            rank = self._rank
            return sorted((i for i in hits if passes[i]), key=rank.__getitem__)
        wanted = bytearray(len(self._rows))
        for i in hits:
            wanted[i] = passes[i]
        return [i for i in self._order if wanted[i]]

    def _sort_all(self) -> None:
        """The order and the rank hold the index's row numbers (its int objects), as do
        the visible rows and the index's hits: one set of 100,000 ints, not four."""
        key = self._sort_key(self._sort_column)
        rows = self._rows
        numbers = self._index.numbers
        descending = self._sort_order == Qt.SortOrder.DescendingOrder
        if key is None:
            self._order = list(numbers)
            if descending:
                self._order.reverse()
        else:
            self._order = sorted(numbers, key=lambda i: key(rows[i]), reverse=descending)
        self._rank = rank = [0] * len(rows)
        for place, i in zip(numbers, self._order, strict=True):
            rank[i] = place

    def _sort_key(self, column: int) -> Callable[[ClientRow], Any] | None:
        by_name = {
            self.NAME: None,  # the service's order: family name, then first name
            self.HOUSEHOLD: lambda r: (r.household.casefold(), r.household_id, r.name.casefold()),
            self.NATIONALITY: lambda r: (fold(self._country(r.nationality)), r.name.casefold()),
            self.HOUSED_ON: lambda r: (r.housed_on, r.name.casefold()),
            self.VOLUNTEER: lambda r: (fold(r.contact_volunteer) or "\uffff", r.name.casefold()),
            self.PHASE: lambda r: (_PHASE_ORDER[r.phase], r.housed_on),
            self.STATUS: lambda r: (_STATUS_ORDER[r.status], r.name.casefold()),
        }
        return by_name.get(column)

    # -- reading ---------------------------------------------------------------------------
    def row_at(self, row: int) -> ClientRow:
        return self._rows[self._visible[row]]

    def row_of(self, client_id: int) -> int | None:
        for place, i in enumerate(self._visible):
            if self._rows[i].client_id == client_id:
                return place
        return None

    def visible_rows(self) -> list[ClientRow]:
        return [self._rows[i] for i in self._visible]

    def all_rows(self) -> list[ClientRow]:
        return list(self._rows)

    @property
    def total(self) -> int:
        return len(self._rows)

    def _country(self, code: str) -> str:
        name = self._countries.get(code)
        if name is None:
            name = self._countries[code] = country_label(code)
        return name

    def display(self, row: ClientRow, column: int) -> str:
        if column == self.NAME:
            return row.name or self.tr("(anonymised)")
        if column == self.HOUSEHOLD:
            return row.household
        if column == self.NATIONALITY:
            return self._country(row.nationality)
        if column == self.HOUSED_ON:
            return short_date(row.housed_on)
        if column == self.VOLUNTEER:
            return row.contact_volunteer
        if column == self.PHASE:
            return phase_label(row.phase)
        if row.status == ClientStatus.CLOSED and row.closed_on is not None:
            return self.tr("Closed on {date}").format(date=short_date(row.closed_on))
        return status_label(row.status)

    # -- QAbstractTableModel ---------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._visible)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 7

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._visible):
            return None
        row = self._rows[self._visible[index.row()]]
        if role == Qt.ItemDataRole.DisplayRole:
            return self.display(row, index.column())
        if role == ROW_ROLE:
            return row
        if role == Qt.ItemDataRole.ForegroundRole and row.status != ClientStatus.ACTIVE:
            return _MUTED
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (
            self.tr("Name"),
            self.tr("Household"),
            self.tr("Nationality"),
            self.tr("Housed on"),
            self.tr("Contact volunteer"),
            self.tr("Phase"),
            self.tr("Status"),
        )[section]
