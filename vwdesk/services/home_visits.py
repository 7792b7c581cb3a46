"""Home visits: the pool, the overdue list, planning and recording visits.

Recording a visit goes through contacts.add_contact, so a home visit is a
contact moment under the same rules and counts in `home_visits.total`.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from vwdesk.db.records import (
    ClientRecord,
    ContactRecord,
    HouseholdRecord,
    PlannedVisitRecord,
    VolunteerRecord,
)
from vwdesk.domain.enums import Channel
from vwdesk.domain.errors import NotFound
from vwdesk.domain.languages import language_problems, normalise_languages
from vwdesk.domain.permissions import Permission
from vwdesk.domain.sessions import ContactInput, Refusal, Refused
from vwdesk.domain.validation import raise_if
from vwdesk.domain.visits import (
    HouseholdDue,
    MemberChoice,
    PlannedVisit,
    PoolVolunteer,
    VisitPlan,
    VisitReport,
    WeekLoad,
    check_interval,
    due_on,
    overdue_order,
    week_loads,
    weekdays_of,
)
from vwdesk.services.contacts import add_contact

if TYPE_CHECKING:
    from vwdesk.services.workspace import Workspace


def _name(first: str | None, last: str | None) -> str:
    return f"{first} {last}" if first is not None else ""


def _active(on: date):
    v = VolunteerRecord
    return (v.active_from <= on) & (v.active_until.is_(None) | (v.active_until >= on))


def _members(s: Session, household_ids: list[int] | None = None) -> dict[int, list[ClientRecord]]:
    """Open members per household, the first registered first (the household's main member)."""
    query = select(ClientRecord).where(ClientRecord.closed_on.is_(None))
    if household_ids is not None:
        query = query.where(ClientRecord.household_id.in_(household_ids))
    out: dict[int, list[ClientRecord]] = {}
    for c in s.scalars(query.order_by(ClientRecord.household_id, ClientRecord.id)):
        out.setdefault(c.household_id, []).append(c)
    return out


def _label(members: list[ClientRecord], household: HouseholdRecord) -> str:
    main = members[0]
    name = " ".join(f"{main.first_name} {main.last_name}".split())
    address = " ".join(household.address.split())
    return f"{name}, {address}" if address else name


class HomeVisitService:
    def __init__(self, ws: Workspace):
        self._ws = ws

    # -- the pool --------------------------------------------------------------------------
    def pool(self, on: date | None = None) -> list[PoolVolunteer]:
        on = on or date.today()
        v = VolunteerRecord
        with self._ws.reading() as s:
            planned = dict(
                s.execute(
                    select(PlannedVisitRecord.volunteer_id, func.count())
                    .where(
                        PlannedVisitRecord.contact_id.is_(None),
                        PlannedVisitRecord.planned_on >= on,
                    )
                    .group_by(PlannedVisitRecord.volunteer_id)
                ).all()
            )
            contact_for = dict(
                s.execute(
                    select(HouseholdRecord.contact_volunteer_id, func.count())
                    .where(HouseholdRecord.contact_volunteer_id.is_not(None))
                    .group_by(HouseholdRecord.contact_volunteer_id)
                ).all()
            )
            rows = s.scalars(
                select(v)
                .where(v.home_visit_pool.is_(True), _active(on))
                .order_by(v.first_name, v.last_name)
            ).all()
            return [
                PoolVolunteer(
                    id=r.id,
                    name=f"{r.first_name} {r.last_name}",
                    weekdays=weekdays_of(r.availability),
                    languages=r.languages,
                    area=r.area,
                    planned=planned.get(r.id, 0),
                    contact_for=contact_for.get(r.id, 0),
                )
                for r in rows
            ]

    # -- households and their frequency ----------------------------------------------------
    def households(self, on: date | None = None) -> list[HouseholdDue]:
        """Every household with an open member: most overdue first, no frequency last."""
        on = on or date.today()
        with self._ws.reading() as s:
            members = _members(s)
            last_visits = dict(
                s.execute(
                    select(ClientRecord.household_id, func.max(ContactRecord.date))
                    .join(ClientRecord, ClientRecord.id == ContactRecord.client_id)
                    .where(ContactRecord.channel == Channel.HOME_VISIT.value)
                    .group_by(ClientRecord.household_id)
                ).all()
            )
            next_planned = dict(
                s.execute(
                    select(PlannedVisitRecord.household_id, func.min(PlannedVisitRecord.planned_on))
                    .where(PlannedVisitRecord.contact_id.is_(None))
                    .group_by(PlannedVisitRecord.household_id)
                ).all()
            )
            volunteers = {
                i: _name(f, last)
                for i, f, last in s.execute(
                    select(
                        VolunteerRecord.id, VolunteerRecord.first_name, VolunteerRecord.last_name
                    )
                )
            }
            rows = []
            households = s.scalars(
                select(HouseholdRecord).where(HouseholdRecord.id.in_(list(members)))
            )
            for h in households:
                last = last_visits.get(h.id)
                interval = h.visit_interval_days
                due = due_on(interval, last, h.housed_on) if interval else None
                rows.append(
                    HouseholdDue(
                        household_id=h.id,
                        label=_label(members[h.id], h),
                        contact_volunteer_id=h.contact_volunteer_id,
                        contact_volunteer=volunteers.get(h.contact_volunteer_id, ""),
                        interval_days=interval,
                        last_visit=last,
                        due_on=due,
                        days_overdue=(on - due).days if due else None,
                        planned_on=next_planned.get(h.id),
                    )
                )
        return overdue_order(rows)

    def overdue(self, on: date | None = None) -> list[HouseholdDue]:
        return [h for h in self.households(on) if h.overdue]

    def set_interval(self, household_id: int, days: int | None) -> None:
        """The planned frequency, e.g. every 42 days; None stops watching the household."""
        self._ws.require(Permission.MANAGE_TEAM)
        days = check_interval(days)
        with self._ws.unit() as s:
            h = s.get(HouseholdRecord, household_id)
            if h is None:
                raise NotFound(f"no household {household_id}")
            h.visit_interval_days = days
            self._ws.audit.record(
                s,
                self._ws.user.account_id,
                "household.visit_interval",
                "household",
                h.id,
                {"days": days},
            )

    def members(self, household_id: int) -> list[MemberChoice]:
        with self._ws.reading() as s:
            found = _members(s, [household_id]).get(household_id, [])
            return [MemberChoice(c.id, f"{c.first_name} {c.last_name}") for c in found]

    # -- planned visits --------------------------------------------------------------------
    def plan(self, plan: VisitPlan) -> PlannedVisit:
        """By the fixed contact person by default; a pool volunteer is the marked exception."""
        with self._ws.unit() as s:
            h = s.get(HouseholdRecord, plan.household_id)
            if h is None:
                raise NotFound(f"no household {plan.household_id}")
            volunteer_id = plan.volunteer_id or h.contact_volunteer_id
            if volunteer_id is None:
                raise Refused(
                    Refusal.NOT_A_VISIT_VOLUNTEER,
                    "the household has no contact person; choose a pool volunteer",
                    field="volunteer",
                )
            if volunteer_id != h.contact_volunteer_id:
                v = s.get(VolunteerRecord, volunteer_id)
                if v is None or not v.home_visit_pool:
                    raise Refused(
                        Refusal.NOT_A_VISIT_VOLUNTEER,
                        "only the contact person or a pool volunteer makes home visits",
                        field="volunteer",
                    )
            rec = PlannedVisitRecord(
                household_id=h.id,
                planned_on=plan.planned_on,
                volunteer_id=volunteer_id,
                purpose=plan.purpose.strip(),
            )
            s.add(rec)
            s.flush()
            self._ws.audit.record(
                s,
                self._ws.user.account_id,
                "visit.plan",
                "planned_visit",
                rec.id,
                {"household_id": h.id, "volunteer_id": volunteer_id},
            )
            return self._visits(s, PlannedVisitRecord.id == rec.id)[0]

    def cancel(self, visit_id: int) -> None:
        """Drop a planned visit that was not made; a recorded one stays."""
        with self._ws.unit() as s:
            rec = self._open_visit(s, visit_id)
            s.delete(rec)
            self._ws.audit.record(
                s, self._ws.user.account_id, "visit.cancel", "planned_visit", visit_id
            )

    def record(self, visit_id: int, report: VisitReport) -> PlannedVisit:
        """The visit was made: a home_visit contact with the findings and follow-ups."""
        with self._ws.unit() as s:
            rec = self._open_visit(s, visit_id)
            client_id = report.client_id
            if client_id is None:
                members = _members(s, [rec.household_id]).get(rec.household_id)
                if not members:
                    raise Refused(
                        Refusal.HOUSEHOLD_WITHOUT_MEMBERS, "the household has no open members"
                    )
                client_id = members[0].id
            contact = add_contact(
                self._ws,
                s,
                ContactInput(
                    kind=report.kind,
                    channel=Channel.HOME_VISIT,
                    date=report.held_on,
                    client_id=client_id,
                    volunteer_id=rec.volunteer_id,
                    minutes=report.minutes,
                    topics=report.topics,
                    follow_up=report.follow_up,
                    notes=report.findings,
                ),
            )
            rec.contact_id = contact.id
            self._ws.audit.record(
                s,
                self._ws.user.account_id,
                "visit.record",
                "planned_visit",
                rec.id,
                {"contact_id": contact.id},
            )
            return self._visits(s, PlannedVisitRecord.id == rec.id)[0]

    def _open_visit(self, s: Session, visit_id: int) -> PlannedVisitRecord:
        rec = s.get(PlannedVisitRecord, visit_id)
        if rec is None:
            raise NotFound(f"no planned visit {visit_id}")
        if rec.contact_id is not None:
            raise Refused(Refusal.VISIT_ALREADY_RECORDED, "this visit was recorded already")
        return rec

    def planned(
        self,
        first: date | None = None,
        last: date | None = None,
        *,
        volunteer_id: int | None = None,
        include_recorded: bool = False,
    ) -> list[PlannedVisit]:
        """Planned visits by date; open ones only unless asked."""
        p = PlannedVisitRecord
        where = p.id.is_not(None)
        if first is not None:
            where &= p.planned_on >= first
        if last is not None:
            where &= p.planned_on <= last
        if volunteer_id is not None:
            where &= p.volunteer_id == volunteer_id
        if not include_recorded:
            where &= p.contact_id.is_(None)
        with self._ws.reading() as s:
            return self._visits(s, where)

    def week_loads(self, first: date, last: date) -> list[WeekLoad]:
        """Open planned visits per volunteer per week."""
        return week_loads(self.planned(first, last))

    def _visits(self, s: Session, where) -> list[PlannedVisit]:
        p, h, v, c = PlannedVisitRecord, HouseholdRecord, VolunteerRecord, ContactRecord
        rows = s.execute(
            select(p, h, v.first_name, v.last_name, c)
            .join(h, h.id == p.household_id)
            .outerjoin(v, v.id == p.volunteer_id)
            .outerjoin(c, c.id == p.contact_id)
            .where(where)
            .order_by(p.planned_on, p.id)
        ).all()
        members = _members(s, list({r[1].id for r in rows}))
        out = []
        for rec, household, vf, vl, contact in rows:
            found = members.get(household.id)
            out.append(
                PlannedVisit(
                    id=rec.id,
                    household_id=household.id,
                    household=_label(found, household) if found else household.address,
                    planned_on=rec.planned_on,
                    volunteer_id=rec.volunteer_id,
                    volunteer=_name(vf, vl),
                    purpose=rec.purpose,
                    by_pool_volunteer=rec.volunteer_id != household.contact_volunteer_id,
                    contact_id=rec.contact_id,
                    held_on=contact.date if contact else None,
                    findings=contact.notes if contact else "",
                    follow_up=contact.follow_up if contact else "",
                )
            )
        return out

    # -- the pool's own details --------------------------------------------------------------
    def update_pool_member(
        self,
        volunteer_id: int,
        *,
        in_pool: bool,
        weekdays: tuple[int, ...] = (),
        languages: str = "",
        area: str = "",
    ) -> None:
        self._ws.require(Permission.MANAGE_TEAM)
        with self._ws.unit() as s:
            v = s.get(VolunteerRecord, volunteer_id)
            if v is None:
                raise NotFound(f"no volunteer {volunteer_id}")
            raise_if(language_problems(languages, keep=v.languages))
            v.home_visit_pool = in_pool
            v.availability = "".join(str(d) for d in sorted(set(weekdays)) if 1 <= d <= 7)
            v.languages = normalise_languages(languages, keep=v.languages)
            v.area = area.strip()
            self._ws.audit.record(
                s,
                self._ws.user.account_id,
                "volunteer.pool",
                "volunteer",
                v.id,
                {"in_pool": in_pool},
            )
