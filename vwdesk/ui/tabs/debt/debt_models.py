"""Table models of the Schuldpreventie tab, testable without any widget."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication

from vwdesk.domain.debt import DebtHousehold, DebtReferral, PaymentArrangement
from vwdesk.domain.enums import ChecklistItemStatus
from vwdesk.ui.widgets.checklist_labels import euros
from vwdesk.ui.widgets.date_field import short_date
from vwdesk.ui.widgets.rows_table_model import RowsTableModel


def _iso(day: date | None) -> str:
    return day.isoformat() if day else ""


def arrangements_text(made: int, pending: int) -> str:
    if made and pending:
        return (
            QCoreApplication.translate("debt", "%1 made, %2 to make")
            .replace("%1", str(made))
            .replace("%2", str(pending))
        )
    if made:
        return QCoreApplication.translate("debt", "%1 made").replace("%1", str(made))
    if pending:
        return QCoreApplication.translate("debt", "%1 to make").replace("%1", str(pending))
    return ""


class DebtHouseholdTableModel(RowsTableModel[DebtHousehold]):
    HOUSEHOLD, STARTED, PROGRESS, ARRANGEMENTS, ARREARS, MONTHLY, PAST_DUE, REFERRED = range(8)
    NUMERIC = (ARREARS, MONTHLY, PAST_DUE)

    def headers(self) -> list[str]:
        return [
            self.tr("Household"),
            self.tr("Started"),
            self.tr("Progress"),
            self.tr("Payment arrangements"),
            self.tr("Arrears"),
            self.tr("Per month"),
            self.tr("Past due"),
            self.tr("Referred to"),
        ]

    def display(self, row: DebtHousehold, column: int) -> str:
        if column == self.HOUSEHOLD:
            return row.owner_name
        if column == self.STARTED:
            return short_date(row.started_on)
        if column == self.PROGRESS:
            p = row.progress
            return self.tr("%1 of %2").replace("%1", str(p.settled)).replace("%2", str(p.total))
        if column == self.ARRANGEMENTS:
            return arrangements_text(row.arrangements_made, row.arrangements_pending)
        if column == self.ARREARS:
            return euros(row.arrears_cents) if row.arrears_cents else ""
        if column == self.MONTHLY:
            return euros(row.monthly_cents) if row.monthly_cents else ""
        if column == self.PAST_DUE:
            return str(row.past_due) if row.past_due else ""
        if column == self.REFERRED:
            if not row.referred_to and row.referred_on is None:
                return ""
            return f"{row.referred_to}, {short_date(row.referred_on)}".strip(", ")
        return ""

    def sort_key(self, row: DebtHousehold, column: int) -> Any:
        if column == self.STARTED:
            return _iso(row.started_on)
        if column == self.PROGRESS:
            return row.progress.percent
        if column == self.ARRANGEMENTS:
            return row.arrangements_made + row.arrangements_pending
        if column == self.ARREARS:
            return row.arrears_cents
        if column == self.MONTHLY:
            return row.monthly_cents
        if column == self.PAST_DUE:
            return row.past_due
        if column == self.REFERRED:
            return _iso(row.referred_on)
        return self.display(row, column).lower()

    def warning(self, row: DebtHousehold, column: int) -> bool:
        return column == self.PAST_DUE and row.past_due > 0

    def muted(self, row: DebtHousehold) -> bool:
        return row.closed_on is not None

    def tooltip(self, row: DebtHousehold, column: int) -> str | None:
        if row.closed_on is not None:
            return self.tr("Closed on %1").replace("%1", short_date(row.closed_on))
        return None


class PaymentArrangementTableModel(RowsTableModel[PaymentArrangement]):
    HOUSEHOLD, CREDITOR, AMOUNT, MONTHLY, STATUS = range(5)
    NUMERIC = (AMOUNT, MONTHLY)

    def headers(self) -> list[str]:
        return [
            self.tr("Household"),
            self.tr("Creditor"),
            self.tr("Amount"),
            self.tr("Per month"),
            self.tr("Status"),
        ]

    def display(self, row: PaymentArrangement, column: int) -> str:
        if column == self.HOUSEHOLD:
            return row.owner_name
        if column == self.CREDITOR:
            return row.creditor
        if column == self.AMOUNT:
            return euros(row.amount_cents)
        if column == self.MONTHLY:
            return euros(row.monthly_cents)
        if column == self.STATUS:
            if row.status == ChecklistItemStatus.DONE:
                return self.tr("Made on %1").replace("%1", short_date(row.done_on))
            if row.due_on is not None:
                return self.tr("To make by %1").replace("%1", short_date(row.due_on))
            return self.tr("To make")
        return ""

    def sort_key(self, row: PaymentArrangement, column: int) -> Any:
        if column == self.AMOUNT:
            return row.amount_cents or 0
        if column == self.MONTHLY:
            return row.monthly_cents or 0
        if column == self.STATUS:
            return (row.status.value, _iso(row.done_on or row.due_on))
        return self.display(row, column).lower()

    def warning(self, row: PaymentArrangement, column: int) -> bool:
        return (
            column == self.STATUS
            and row.status == ChecklistItemStatus.OPEN
            and row.due_on is not None
            and row.due_on < date.today()
        )


class DebtReferralTableModel(RowsTableModel[DebtReferral]):
    HOUSEHOLD, PARTNER, DATE, VOLUNTEER, NOTE = range(5)

    def headers(self) -> list[str]:
        return [
            self.tr("Household"),
            self.tr("Referred to"),
            self.tr("Date"),
            self.tr("Referred by"),
            self.tr("Note"),
        ]

    def display(self, row: DebtReferral, column: int) -> str:
        values = (row.owner_name, row.partner_name, short_date(row.done_on),
                  row.volunteer_name, row.note)  # fmt: skip
        return values[column]

    def sort_key(self, row: DebtReferral, column: int) -> Any:
        if column == self.DATE:
            return _iso(row.done_on)
        return self.display(row, column).lower()
