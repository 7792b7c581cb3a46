"""Debt prevention: payment arrangements, arrears and referrals to debt counselling.

Amounts are whole cents; volunteers type and read them the Dutch way.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from decimal import Decimal, InvalidOperation

from vwdesk.domain.checklists import Progress
from vwdesk.domain.enums import ChecklistItemStatus
from vwdesk.domain.errors import InputProblem, InvalidInput


# -- debt prevention -------------------------------------------------------------------------
@dataclass(frozen=True)
class PaymentArrangement:
    """A payment-arrangement item: open means still to be made, done means made."""

    item_id: int
    checklist_id: int
    household_id: int | None
    owner_name: str
    creditor: str
    amount_cents: int | None
    monthly_cents: int | None
    status: ChecklistItemStatus
    due_on: date | None
    done_on: date | None

    @property
    def is_arrangement(self) -> bool:
        """Made, or being made (a creditor or amount is known); not an untouched item."""
        if self.status == ChecklistItemStatus.DONE:
            return True
        return self.status == ChecklistItemStatus.OPEN and bool(self.creditor or self.amount_cents)


@dataclass(frozen=True)
class DebtReferral:
    """A debt-counselling item ticked off: to whom, when and by whom."""

    item_id: int
    checklist_id: int
    household_id: int | None
    owner_name: str
    partner_name: str
    done_on: date | None
    volunteer_name: str
    note: str


@dataclass(frozen=True)
class DebtHousehold:
    checklist_id: int
    household_id: int | None
    owner_name: str
    started_on: date
    closed_on: date | None
    progress: Progress
    arrangements_pending: int  # open, with a creditor or an amount
    arrangements_made: int
    arrears_cents: int  # amounts of pending and made arrangements
    monthly_cents: int  # monthly amounts of the arrangements made
    past_due: int  # open items with a date before today
    referred_to: str  # partner of the debt-counselling item, when done
    referred_on: date | None


# -- money -----------------------------------------------------------------------------------
def parse_euros(text: str) -> int | None:
    """Cents from what a volunteer types: "1.234,56", "1234.56", "€ 80", "" (None)."""
    cleaned = text.strip().replace("€", "").replace(" ", "")
    if not cleaned:
        return None
    if "," in cleaned:  # Dutch: dots group thousands, the comma is the decimal mark
        cleaned = cleaned.replace(".", "").replace(",", ".")
    elif cleaned.count(".") > 1 or re.fullmatch(r"\d{1,3}(\.\d{3})+", cleaned):
        cleaned = cleaned.replace(".", "")
    try:
        value = Decimal(cleaned)
    except InvalidOperation:
        raise InvalidInput(InputProblem("not an amount in euros", field="amount")) from None
    if value < 0:
        raise InvalidInput(InputProblem("an amount cannot be negative", field="amount"))
    return int((value * 100).to_integral_value())


def format_euros(cents: int | None) -> str:
    """Dutch notation: "€ 1.234,56"; empty for no amount."""
    if cents is None:
        return ""
    euros, rest = divmod(abs(cents), 100)
    grouped = f"{euros:,}".replace(",", ".")
    sign = "-" if cents < 0 else ""
    return f"{sign}€ {grouped},{rest:02d}"
