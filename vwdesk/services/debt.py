"""The Schuldpreventie tab: households with a debt-prevention checklist and their money.

A referral to debt counselling made here is a real Referral (it counts in
`referrals.by_partner`) and ticks off the checklist's debt-counselling item
in the same unit of work.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from sqlalchemy import select

from vwdesk.db.records import (
    ChecklistItemRecord,
    ChecklistRecord,
    ChecklistTemplateRecord,
    ClientRecord,
    HouseholdRecord,
    PartnerRecord,
    VolunteerRecord,
)
from vwdesk.domain.checklists import (
    DEBT_COUNSELLING,
    DEFAULT_DEBT_PARTNER,
    PAYMENT_ARRANGEMENT,
    Checklist,
    Choice,
    progress_of,
)
from vwdesk.domain.debt import DebtHousehold, DebtReferral, PaymentArrangement
from vwdesk.domain.enums import ChecklistItemStatus, ChecklistKind
from vwdesk.domain.errors import InputProblem, InvalidInput, NotFound
from vwdesk.domain.referrals import ReferralDraft, check_referral
from vwdesk.services.checklists import ChecklistService
from vwdesk.services.owner_names import client_name_column, owner_names
from vwdesk.services.referrals import ReferralService

if TYPE_CHECKING:
    from vwdesk.services.workspace import Workspace

KEY = ChecklistKind.DEBT_PREVENTION.value
_OPEN = ChecklistItemStatus.OPEN.value
_DONE = ChecklistItemStatus.DONE.value


class DebtService:
    def __init__(self, ws: Workspace):
        self._ws = ws

    def overview(self, today: date | None = None) -> list[DebtHousehold]:
        """Every debt-prevention checklist, open ones first, newest first."""
        today = today or date.today()
        with self._ws.reading() as s:
            checklists = s.scalars(
                select(ChecklistRecord)
                .join(ChecklistTemplateRecord)
                .where(ChecklistTemplateRecord.key == KEY)
                .order_by(ChecklistRecord.closed_on.is_not(None), ChecklistRecord.started_on.desc())
            ).all()
            ids = [c.id for c in checklists]
            items: dict[int, list] = {i: [] for i in ids}
            for item, partner in s.execute(
                select(ChecklistItemRecord, PartnerRecord.name)
                .outerjoin(PartnerRecord, PartnerRecord.id == ChecklistItemRecord.partner_id)
                .where(ChecklistItemRecord.checklist_id.in_(ids))
            ):
                items[item.checklist_id].append((item, partner))
            names = owner_names(s, [(c.household_id, c.client_id) for c in checklists])
            return [
                _household(c, items[c.id], names[(c.household_id, c.client_id)], today)
                for c in checklists
            ]

    def arrangements(self, *, household_id: int | None = None) -> list[PaymentArrangement]:
        """Payment arrangements made or being made (untouched items left out)."""
        with self._ws.reading() as s:
            query = (
                select(ChecklistItemRecord, ChecklistRecord)
                .join(ChecklistRecord, ChecklistRecord.id == ChecklistItemRecord.checklist_id)
                .where(
                    ChecklistItemRecord.key == PAYMENT_ARRANGEMENT,
                    ChecklistItemRecord.status != ChecklistItemStatus.NOT_APPLICABLE.value,
                )
                .order_by(ChecklistItemRecord.status.desc(), ChecklistItemRecord.done_on.desc())
            )
            if household_id is not None:
                query = query.where(ChecklistRecord.household_id == household_id)
            rows = s.execute(query).all()
            names = owner_names(s, [(c.household_id, c.client_id) for _i, c in rows])
            found = [
                PaymentArrangement(
                    item_id=i.id,
                    checklist_id=c.id,
                    household_id=c.household_id,
                    owner_name=names[(c.household_id, c.client_id)],
                    creditor=i.creditor,
                    amount_cents=i.amount_cents,
                    monthly_cents=i.monthly_cents,
                    status=ChecklistItemStatus(i.status),
                    due_on=i.due_on,
                    done_on=i.done_on,
                )
                for i, c in rows
            ]
            return [a for a in found if a.is_arrangement]

    def referrals(self) -> list[DebtReferral]:
        """Debt-counselling items ticked off: to whom, when, and by which volunteer."""
        with self._ws.reading() as s:
            rows = s.execute(
                select(
                    ChecklistItemRecord,
                    ChecklistRecord,
                    PartnerRecord.name,
                    VolunteerRecord.first_name + " " + VolunteerRecord.last_name,
                )
                .join(ChecklistRecord, ChecklistRecord.id == ChecklistItemRecord.checklist_id)
                .outerjoin(PartnerRecord, PartnerRecord.id == ChecklistItemRecord.partner_id)
                .outerjoin(VolunteerRecord, VolunteerRecord.id == ChecklistItemRecord.volunteer_id)
                .where(
                    ChecklistItemRecord.key == DEBT_COUNSELLING,
                    ChecklistItemRecord.status == _DONE,
                )
                .order_by(ChecklistItemRecord.done_on.desc())
            ).all()
            names = owner_names(s, [(c.household_id, c.client_id) for _i, c, _p, _v in rows])
            return [
                DebtReferral(
                    item_id=i.id,
                    checklist_id=c.id,
                    household_id=c.household_id,
                    owner_name=names[(c.household_id, c.client_id)],
                    partner_name=partner or "",
                    done_on=i.done_on,
                    volunteer_name=volunteer or "",
                    note=i.note,
                )
                for i, c, partner, volunteer in rows
            ]

    def households_without_checklist(self) -> list[Choice]:
        """Households (with a member still open) that have no debt-prevention checklist yet."""
        with self._ws.reading() as s:
            has = (
                select(ChecklistRecord.household_id)
                .join(ChecklistTemplateRecord)
                .where(ChecklistTemplateRecord.key == KEY)
                .where(ChecklistRecord.household_id.is_not(None))  # NOT IN and NULL never match
            )
            open_ = select(ClientRecord.household_id).where(ClientRecord.closed_on.is_(None))
            ids = s.scalars(
                select(HouseholdRecord.id)
                .where(HouseholdRecord.id.not_in(has), HouseholdRecord.id.in_(open_))
                .order_by(HouseholdRecord.housed_on.desc())
            ).all()
            names = owner_names(s, [(i, None) for i in ids])
            return sorted((Choice(i, names[(i, None)]) for i in ids), key=lambda c: c.name)

    def members(self, household_id: int) -> list[Choice]:
        """The household's members, oldest first (the first is the usual person to refer)."""
        with self._ws.reading() as s:
            rows = s.execute(
                select(ClientRecord.id, client_name_column())
                .where(ClientRecord.household_id == household_id)
                .order_by(ClientRecord.birth_date, ClientRecord.id)
            ).all()
            return [Choice(i, n) for i, n in rows]

    def default_partner(self) -> Choice | None:
        """Plangroep, while it is on the partner list and active."""
        with self._ws.reading() as s:
            row = s.execute(
                select(PartnerRecord.id, PartnerRecord.name).where(
                    PartnerRecord.name == DEFAULT_DEBT_PARTNER, PartnerRecord.active.is_(True)
                )
            ).first()
            return Choice(*row) if row else None

    def refer(
        self,
        checklist_id: int,
        client_id: int,
        partner_id: int,
        on: date,
        reason: str = "",
        *,
        today: date | None = None,
    ) -> Checklist:
        """Refer a member to debt counselling and tick off the checklist's item, at once."""
        draft = check_referral(
            ReferralDraft(client_id, partner_id, on, reason), today or date.today()
        )
        with self._ws.unit() as s:
            checklist = s.get(ChecklistRecord, checklist_id)
            if checklist is None:
                raise NotFound(f"no checklist {checklist_id}")
            member = s.get(ClientRecord, client_id)
            if member is None or (
                checklist.household_id is not None and member.household_id != checklist.household_id
            ):
                raise InvalidInput(InputProblem("choose a member of the household", "client_id"))
            ReferralService(self._ws).add_in(s, draft)
            item = next((i for i in checklist.items if i.key == DEBT_COUNSELLING), None)
            if item is not None:
                item.status = _DONE
                item.done_on = on
                item.partner_id = partner_id
                item.volunteer_id = item.volunteer_id or self._ws.user.volunteer_id
                if draft.reason and not item.note:
                    item.note = draft.reason
                s.flush()
                self._ws.audit.record(
                    s, self._ws.user.account_id, "checklist_item.update", "checklist_item",
                    item.id, {"checklist_id": checklist_id, "status": _DONE},
                )  # fmt: skip
        return ChecklistService(self._ws).get(checklist_id)


def _household(c: ChecklistRecord, items: list, name: str, today: date) -> DebtHousehold:
    pending = made = arrears = monthly = past_due = 0
    referred_to, referred_on = "", None
    for item, partner in items:
        if item.status == _OPEN and item.due_on is not None and item.due_on < today:
            past_due += 1
        if item.key == PAYMENT_ARRANGEMENT:
            if item.status == _DONE:
                made += 1
                arrears += item.amount_cents or 0
                monthly += item.monthly_cents or 0
            elif item.status == _OPEN and (item.creditor or item.amount_cents):
                pending += 1
                arrears += item.amount_cents or 0
        elif item.key == DEBT_COUNSELLING and item.status == _DONE:
            referred_to, referred_on = partner or "", item.done_on
    return DebtHousehold(
        checklist_id=c.id,
        household_id=c.household_id,
        owner_name=name,
        started_on=c.started_on,
        closed_on=c.closed_on,
        progress=progress_of(i.status for i, _p in items),
        arrangements_pending=pending,
        arrangements_made=made,
        arrears_cents=arrears,
        monthly_cents=monthly,
        past_due=past_due,
        referred_to=referred_to,
        referred_on=referred_on,
    )
