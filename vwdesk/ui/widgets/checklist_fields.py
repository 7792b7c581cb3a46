"""Small widgets of the checklist screens: an optional date, a list view, its empty state."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QDate, QSortFilterProxyModel, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDateEdit,
    QHeaderView,
    QLabel,
    QStackedWidget,
    QTableView,
    QWidget,
)

from vwdesk.ui.widgets.rows_table_model import ROW_ROLE, SORT_ROLE

_EMPTY = QDate(1900, 1, 1)


class OptionalDateEdit(QDateEdit):
    """A date field that can be left empty: its lowest value shows as blank and means None."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setCalendarPopup(True)
        self.setDisplayFormat("dd-MM-yyyy")
        self.setMinimumDate(_EMPTY)
        self.setSpecialValueText(" ")
        self.set_value(None)

    def value(self) -> date | None:
        qd = self.date()
        return None if qd == _EMPTY else date(qd.year(), qd.month(), qd.day())

    def set_value(self, day: date | None) -> None:
        self.setDate(_EMPTY if day is None else QDate(day.year, day.month, day.day))

    def set_today_if_empty(self) -> None:
        if self.value() is None:
            self.set_value(date.today())


def rows_table(model, stretch: int | None = None) -> tuple[QTableView, QSortFilterProxyModel]:
    """A read-only, sortable, single-row-selecting view over a RowsTableModel."""
    proxy = QSortFilterProxyModel()
    proxy.setSourceModel(model)
    proxy.setSortRole(SORT_ROLE)
    view = QTableView()
    view.setModel(proxy)
    view.setSortingEnabled(True)
    view.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)  # the service's order
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.setWordWrap(False)
    view.verticalHeader().hide()
    header = view.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    if stretch is not None:
        header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    else:
        header.setStretchLastSection(True)
    return view, proxy


def selected_row(view: QTableView) -> Any:
    index = view.currentIndex()
    return index.data(ROW_ROLE) if index.isValid() else None


def select_where(view: QTableView, predicate) -> bool:
    """Select the first row whose dataclass satisfies `predicate`; True when found."""
    model = view.model()
    for r in range(model.rowCount()):
        index = model.index(r, 0)
        if predicate(index.data(ROW_ROLE)):
            view.setCurrentIndex(index)
            view.scrollTo(index)
            return True
    return False


class ListOrEmpty(QStackedWidget):
    """A list, or a sentence saying it is empty: never a blank white box."""

    def __init__(self, view: QWidget, empty_text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.view = view
        self.empty = QLabel(empty_text, objectName="muted")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        self.addWidget(view)
        self.addWidget(self.empty)

    def show_rows(self, count: int) -> None:
        self.setCurrentWidget(self.view if count else self.empty)
