"""Moved to vwdesk/ui/widgets/rows_table_model.py (one base for every list model).

Kept as an alias only while pages still being written import it from here;
import from vwdesk.ui.widgets.rows_table_model, and delete this module once
nothing does.
"""

from vwdesk.ui.widgets.rows_table_model import ROW_ROLE, SORT_ROLE, RowsTableModel

__all__ = ["ROW_ROLE", "SORT_ROLE", "RowsTableModel"]
