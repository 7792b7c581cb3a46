"""Referrals to partner organisations, and the editable list of partners."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from vwdesk.domain.errors import InputProblem, InvalidInput


@dataclass(frozen=True)
class Partner:
    id: int
    name: str
    description: str
    active: bool
    referrals: int = 0  # referrals to this partner, all years


@dataclass(frozen=True)
class Referral:
    id: int
    client_id: int
    client_name: str
    partner_id: int
    partner_name: str
    date: date
    reason: str
    outcome: str
    contact_id: int | None = None


@dataclass(frozen=True)
class ReferralDraft:
    client_id: int
    partner_id: int
    date: date
    reason: str = ""
    outcome: str = ""
    contact_id: int | None = None


def check_referral(draft: ReferralDraft, today: date) -> ReferralDraft:
    if draft.date > today:
        raise InvalidInput(InputProblem("a referral cannot be dated in the future", field="date"))
    return ReferralDraft(
        client_id=draft.client_id,
        partner_id=draft.partner_id,
        date=draft.date,
        reason=draft.reason.strip(),
        outcome=draft.outcome.strip(),
        contact_id=draft.contact_id,
    )


def check_partner_name(name: str) -> str:
    name = " ".join(name.split())
    if not name:
        raise InvalidInput(InputProblem("a partner needs a name", field="name"))
    return name
