"""The table model of one checklist's items, testable without any widget."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject

from vwdesk.domain.checklists import ChecklistItem, PastDueItem
from vwdesk.domain.enums import ChecklistItemStatus
from vwdesk.ui.widgets.checklist_labels import euros, status_label, status_mark, status_short_label
from vwdesk.ui.widgets.date_field import short_date
from vwdesk.ui.widgets.rows_table_model import RowsTableModel


def item_details(item: ChecklistItem) -> str:
    """Creditor, amounts and partner in one line: "Energie · € 840,00 · € 35,00 p/m"."""
    parts = [item.creditor] if item.creditor else []
    if item.amount_cents is not None:
        parts.append(euros(item.amount_cents))
    if item.monthly_cents is not None:
        parts.append(
            QCoreApplication.translate("checklists", "%1 a month").replace(
                "%1", euros(item.monthly_cents)
            )
        )
    if item.partner_name:
        parts.append(item.partner_name)
    return " · ".join(parts)


class ChecklistItemsTableModel(RowsTableModel[ChecklistItem]):
    STATUS, TITLE, DATE, DETAILS, VOLUNTEER = range(5)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.today = date.today()

    def headers(self) -> list[str]:
        return [
            self.tr("Status"),
            self.tr("Item"),
            self.tr("Date"),
            self.tr("Details"),
            self.tr("Volunteer"),
        ]

    def display(self, row: ChecklistItem, column: int) -> str:
        if column == self.STATUS:
            return f"{status_mark(row.status)}  {status_short_label(row.status)}"
        if column == self.TITLE:
            return row.title + (self.tr(" (when needed)") if row.when_needed else "")
        if column == self.DATE:
            if row.status == ChecklistItemStatus.DONE:
                return short_date(row.done_on)
            if row.status == ChecklistItemStatus.OPEN and row.due_on is not None:
                return self.tr("by %1").replace("%1", short_date(row.due_on))
            return ""
        if column == self.VOLUNTEER:
            return row.volunteer_name
        if column == self.DETAILS:
            return item_details(row)
        return ""

    def sort_key(self, row: ChecklistItem, column: int) -> Any:
        if column == self.TITLE:
            return row.position
        if column == self.DATE:
            return (row.done_on or row.due_on or date.max).isoformat()
        return self.display(row, column)

    def tooltip(self, row: ChecklistItem, column: int) -> str | None:
        """The whole title, the help text and the note (the table has no room for them)."""
        if column == self.STATUS:
            return status_label(row.status)
        return "\n\n".join(t for t in (row.title, row.help, row.note) if t)

    def warning(self, row: ChecklistItem, column: int) -> bool:
        return column == self.DATE and row.past_due(self.today)

    def muted(self, row: ChecklistItem) -> bool:
        return row.status == ChecklistItemStatus.NOT_APPLICABLE


class PastDueTableModel(RowsTableModel[PastDueItem]):
    HOUSEHOLD, ITEM, DUE, VOLUNTEER = range(4)

    def headers(self) -> list[str]:
        return [self.tr("Household"), self.tr("Item"), self.tr("Due"), self.tr("Volunteer")]

    def display(self, row: PastDueItem, column: int) -> str:
        return (row.owner_name, row.title, short_date(row.due_on), row.volunteer_name)[column]

    def sort_key(self, row: PastDueItem, column: int) -> Any:
        if column == self.DUE:
            return row.due_on.isoformat()
        return self.display(row, column).lower()

    def warning(self, row: PastDueItem, column: int) -> bool:
        return column == self.DUE
