"""The wizard's two tables: what happens per table, and every problem of the file.

Both are RowsTableModels over the import service's dataclasses, testable
without a widget. Numbers are numbers (not text), so they sort as numbers
and an exported problem list has real row numbers in Excel.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QObject, Qt

from vwdesk.domain.errors import InputProblem
from vwdesk.services.importing import ImportSummary, TableCounts
from vwdesk.ui.import_wizard.import_texts import problem_cells, table_name
from vwdesk.ui.widgets.rows_table_model import RowsTableModel

_RIGHT = Qt.AlignmentFlag.AlignRight


@dataclass(frozen=True)
class CountRow:
    table: str  # contract key
    counts: TableCounts


class CountsTableModel(RowsTableModel[CountRow]):
    """Per table: rows in the file, and how many are new, changed or the same as stored.

    `done`: after the import the words are past tense (added, updated)."""

    TABLE, ROWS, ADDED, UPDATED, UNCHANGED = range(5)

    def __init__(self, parent: QObject | None = None, *, done: bool = False) -> None:
        super().__init__(parent)
        self.done = done

    def set_summary(self, summary: ImportSummary | None) -> None:
        """The tables holding rows (an empty sheet is no news), in the order they import."""
        tables = summary.tables if summary is not None else {}
        self.set_rows(CountRow(key, counts) for key, counts in tables.items() if counts.rows)

    def headers(self) -> list[str]:
        if self.done:
            changed = [self.tr("Added"), self.tr("Updated")]
        else:
            changed = [self.tr("New"), self.tr("Changed")]
        return [self.tr("Table"), self.tr("Rows"), *changed, self.tr("Unchanged")]

    def display(self, row: CountRow, column: int) -> Any:
        c = row.counts
        values = (table_name(row.table), c.rows, c.added, c.updated, c.unchanged)
        return values[column]

    def sort_key(self, row: CountRow, column: int) -> Any:
        value = self.display(row, column)
        return value.lower() if isinstance(value, str) else value

    def alignment(self, column: int) -> Qt.AlignmentFlag | None:
        return None if column == self.TABLE else _RIGHT


class ProblemTableModel(RowsTableModel[InputProblem]):
    """Table, row as Excel numbers it, column, and the reason in the interface language."""

    TABLE, ROW, COLUMN, REASON = range(4)

    def headers(self) -> list[str]:
        return [self.tr("Table"), self.tr("Row"), self.tr("Column"), self.tr("Reason")]

    def display(self, row: InputProblem, column: int) -> Any:
        return problem_cells(row)[column]

    def sort_key(self, row: InputProblem, column: int) -> Any:
        if column == self.ROW:
            return row.row or 0
        return str(self.display(row, column) or "").lower()

    def tooltip(self, row: InputProblem, column: int) -> str | None:
        return problem_cells(row)[self.REASON]

    def alignment(self, column: int) -> Qt.AlignmentFlag | None:
        return _RIGHT if column == self.ROW else None
