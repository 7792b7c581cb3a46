"""Referrals from any client to a partner, and the partner list the team edits.

Referring is everyday work for every volunteer; changing the partner list is
the team leader's (Permission.EDIT_RULES). Partners are never deleted once
referred to (the figures name them per year); they are made inactive instead.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from vwdesk.db.records import ClientRecord, PartnerRecord, ReferralRecord
from vwdesk.domain.errors import InputProblem, InvalidInput, NotFound
from vwdesk.domain.permissions import Permission
from vwdesk.domain.referrals import (
    Partner,
    Referral,
    ReferralDraft,
    check_partner_name,
    check_referral,
)

if TYPE_CHECKING:
    from vwdesk.services.workspace import Workspace


class ReferralService:
    def __init__(self, ws: Workspace):
        self._ws = ws

    # -- partners ----------------------------------------------------------------------
    def partners(self, *, include_inactive: bool = False) -> list[Partner]:
        with self._ws.reading() as s:
            counts = (
                select(ReferralRecord.partner_id, func.count().label("n"))
                .group_by(ReferralRecord.partner_id)
                .subquery()
            )
            query = (
                select(PartnerRecord, func.coalesce(counts.c.n, 0))
                .outerjoin(counts, counts.c.partner_id == PartnerRecord.id)
                .order_by(func.lower(PartnerRecord.name))
            )
            if not include_inactive:
                query = query.where(PartnerRecord.active.is_(True))
            return [Partner(p.id, p.name, p.description, p.active, n) for p, n in s.execute(query)]

    def partner_named(self, name: str) -> Partner | None:
        with self._ws.reading() as s:
            p = s.scalar(select(PartnerRecord).where(PartnerRecord.name == name))
            return Partner(p.id, p.name, p.description, p.active) if p else None

    def save_partner(
        self,
        name: str,
        *,
        partner_id: int | None = None,
        description: str = "",
        active: bool = True,
    ) -> Partner:
        """Add a partner (no id) or rename / describe / (de)activate one."""
        self._ws.require(Permission.EDIT_RULES)
        name = check_partner_name(name)
        with self._ws.unit() as s:
            taken = s.scalar(
                select(PartnerRecord.id).where(
                    func.lower(PartnerRecord.name) == name.lower(), PartnerRecord.id != partner_id
                )
            )
            if taken is not None:
                raise InvalidInput(InputProblem("a partner with this name exists", field="name"))
            if partner_id is None:
                rec = PartnerRecord(name=name)
                s.add(rec)
            else:
                rec = s.get(PartnerRecord, partner_id)
                if rec is None:
                    raise NotFound(f"no partner {partner_id}")
            rec.name, rec.description, rec.active = name, description.strip(), active
            s.flush()
            action = "partner.add" if partner_id is None else "partner.update"
            self._ws.audit.record(s, self._ws.user.account_id, action, "partner", rec.id)
            return Partner(rec.id, rec.name, rec.description, rec.active)

    # -- referrals ---------------------------------------------------------------------
    def add(self, draft: ReferralDraft, *, today: date | None = None) -> Referral:
        draft = check_referral(draft, today or date.today())
        with self._ws.unit() as s:
            return self.add_in(s, draft)

    def add_in(self, s: Session, draft: ReferralDraft) -> Referral:
        """Within the caller's unit of work (the debt tab refers and ticks off at once)."""
        if s.get(ClientRecord, draft.client_id) is None:
            raise InvalidInput(InputProblem("choose a client", field="client_id"))
        partner = s.get(PartnerRecord, draft.partner_id)
        if partner is None:
            raise InvalidInput(InputProblem("choose a partner", field="partner_id"))
        rec = ReferralRecord(
            client_id=draft.client_id,
            partner_id=draft.partner_id,
            date=draft.date,
            reason=draft.reason,
            outcome=draft.outcome,
            contact_id=draft.contact_id,
        )
        s.add(rec)
        s.flush()
        self._ws.audit.record(
            s, self._ws.user.account_id, "referral.add", "referral", rec.id,
            {"client_id": draft.client_id, "partner_id": draft.partner_id},
        )  # fmt: skip
        return self._one(s, rec.id)

    def set_outcome(self, referral_id: int, outcome: str) -> Referral:
        with self._ws.unit() as s:
            rec = s.get(ReferralRecord, referral_id)
            if rec is None:
                raise NotFound(f"no referral {referral_id}")
            rec.outcome = outcome.strip()
            s.flush()
            self._ws.audit.record(
                s, self._ws.user.account_id, "referral.outcome", "referral", rec.id
            )
            return self._one(s, rec.id)

    def remove(self, referral_id: int) -> None:
        """Undo a referral entered by mistake."""
        with self._ws.unit() as s:
            rec = s.get(ReferralRecord, referral_id)
            if rec is None:
                raise NotFound(f"no referral {referral_id}")
            s.delete(rec)
            self._ws.audit.record(
                s, self._ws.user.account_id, "referral.remove", "referral", referral_id
            )

    def list(
        self,
        *,
        client_id: int | None = None,
        partner_id: int | None = None,
        year: int | None = None,
    ) -> list[Referral]:
        """Referrals of a client, to a partner and/or in a year; newest first."""
        with self._ws.reading() as s:
            query = _referrals()
            if client_id is not None:
                query = query.where(ReferralRecord.client_id == client_id)
            if partner_id is not None:
                query = query.where(ReferralRecord.partner_id == partner_id)
            if year is not None:
                query = query.where(
                    ReferralRecord.date.between(date(year, 1, 1), date(year, 12, 31))
                )
            return [_referral(*row) for row in s.execute(query)]

    def _one(self, s: Session, referral_id: int) -> Referral:
        return _referral(*s.execute(_referrals().where(ReferralRecord.id == referral_id)).one())


def _referrals():
    return (
        select(
            ReferralRecord,
            ClientRecord.first_name + " " + ClientRecord.last_name,
            PartnerRecord.name,
        )
        .join(ClientRecord, ClientRecord.id == ReferralRecord.client_id)
        .join(PartnerRecord, PartnerRecord.id == ReferralRecord.partner_id)
        .order_by(ReferralRecord.date.desc(), ReferralRecord.id.desc())
    )


def _referral(rec: ReferralRecord, client_name: str, partner_name: str) -> Referral:
    return Referral(
        id=rec.id,
        client_id=rec.client_id,
        client_name=client_name,
        partner_id=rec.partner_id,
        partner_name=partner_name,
        date=rec.date,
        reason=rec.reason,
        outcome=rec.outcome,
        contact_id=rec.contact_id,
    )
