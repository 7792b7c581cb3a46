"""The one way to show a RowsTableModel: a read-only, sortable, single-row-selecting view.

Sorting goes through a QSortFilterProxyModel on SORT_ROLE (dates sort as dates,
amounts as numbers); the row dataclass comes back under ROW_ROLE.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QSortFilterProxyModel, Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView

from vwdesk.ui.widgets.rows_table_model import ROW_ROLE, SORT_ROLE


def rows_table(
    model,
    stretch: int | None = None,
    *,
    sort_column: int | None = None,
    word_wrap: bool = False,
) -> tuple[QTableView, QSortFilterProxyModel]:
    """`stretch`: the column that takes the spare width (else the last one).
    `sort_column`: sorted by it at first; None keeps the model's (the service's) order."""
    proxy = QSortFilterProxyModel()
    proxy.setSourceModel(model)
    proxy.setSortRole(SORT_ROLE)
    view = QTableView()
    view.setModel(proxy)
    view.setSortingEnabled(True)
    if sort_column is None:
        view.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    # Tab moves on to the next field, as everywhere else: a read-only list whose cells took
    # Tab kept keyboard users walking its cells (the arrow keys still move through the rows)
    view.setTabKeyNavigation(False)
    view.setAlternatingRowColors(True)
    if not word_wrap:
        view.setWordWrap(False)
    view.verticalHeader().hide()
    header = view.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    if stretch is not None:
        header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    else:
        header.setStretchLastSection(True)
    if sort_column is not None:
        view.sortByColumn(sort_column, Qt.SortOrder.AscendingOrder)
    return view, proxy


def selected_row(view: QTableView) -> Any:
    """The row dataclass under the cursor, or None."""
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
