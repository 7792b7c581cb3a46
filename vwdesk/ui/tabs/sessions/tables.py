"""The look of the Spreekuren and Huisbezoeken tables, which most other tabs use too:
rows_table (widgets/rows_table_view.py) sorted by the first column, long cells wrapped.
`selected` is rows_table_view.selected_row under the name these tabs call it by."""

from __future__ import annotations

from PySide6.QtCore import QSortFilterProxyModel
from PySide6.QtWidgets import QTableView

from vwdesk.ui.widgets.rows_table_view import rows_table
from vwdesk.ui.widgets.rows_table_view import selected_row as selected  # noqa: F401


def table(
    model, stretch: int | None = None, *, sort_column: int | None = 0
) -> tuple[QTableView, QSortFilterProxyModel]:
    """`sort_column=None`: the model's (the service's) order. Turning sorting off on the
    view afterwards does not undo a sort: the proxy stays sorted by its column."""
    return rows_table(model, stretch, sort_column=sort_column, word_wrap=True)
