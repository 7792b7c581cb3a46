"""The Overzicht: what needs attention today, for the signed-in person, in one read.

A volunteer sees their own clients (the ones they are the fixed contact of,
directly or through the household) and what hangs off them; team leaders see
the whole team. The sessions of the coming week are the team's, for everyone.
`today` is a parameter so the screen and the tests agree on what "today" is.

Sessions, home visits and checklists belong to other services; the overview
reads their tables directly, in the same single session, and keeps to ids and
display text.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from typing import TYPE_CHECKING

from sqlalchemy import and_, func, or_, select
from sqlalchemy.orm import Session

from vwdesk.db.records import (
    ChecklistItemRecord,
    ChecklistRecord,
    ClientRecord,
    ConsultationSessionRecord,
    ContactRecord,
    HouseholdRecord,
    LocationRecord,
    ReunificationDossierRecord,
    VolunteerRecord,
)
from vwdesk.domain.deadlines import Deadline
from vwdesk.domain.dossiers import review_due
from vwdesk.domain.enums import Channel, ChecklistItemStatus, Role
from vwdesk.services.deadlines import attention_in, load_client_deadlines, load_rules

if TYPE_CHECKING:
    from vwdesk.services.workspace import Workspace

WEEK_DAYS = 7


@dataclass(frozen=True)
class SessionLine:
    session_id: int
    on: date
    start: str
    end: str
    kind: str  # a SessionKind value
    location: str
    cancelled: bool
    contacts: int  # logged so far


@dataclass(frozen=True)
class VisitLine:
    household_id: int
    client_id: int  # the member the line opens
    name: str
    address: str
    contact_volunteer: str
    last_visit_on: date | None
    due_on: date
    days_overdue: int


@dataclass(frozen=True)
class ChecklistLine:
    item_id: int
    checklist_id: int
    title: str
    due_on: date
    days_overdue: int
    household_id: int | None
    client_id: int | None  # the member the line opens
    name: str


@dataclass(frozen=True)
class ClientLine:
    client_id: int
    household_id: int
    name: str
    address: str
    housed_on: date
    next_deadline: Deadline | None


@dataclass(frozen=True)
class Overview:
    today: date
    personal: bool  # a volunteer's own view rather than the team's
    linked: bool  # a personal view whose account is linked to a volunteer
    sessions_today: tuple[SessionLine, ...]
    sessions_coming: tuple[SessionLine, ...]  # the next six days
    deadlines: tuple[Deadline, ...]  # overdue first, then by due date
    overdue_visits: tuple[VisitLine, ...]
    overdue_items: tuple[ChecklistLine, ...]
    my_clients: tuple[ClientLine, ...]
    reviews_due: int  # open dossiers without this month's review

    @property
    def overdue_deadlines(self) -> int:
        return sum(1 for d in self.deadlines if d.days_left(self.today) < 0)


class OverviewService:
    def __init__(self, ws: Workspace):
        self._ws = ws

    def for_today(self, today: date | None = None, *, horizon_days: int = 14) -> Overview:
        today = today or date.today()
        user = self._ws.user
        personal = user.role is Role.VOLUNTEER
        volunteer_id = user.volunteer_id
        with self._ws.reading() as s:
            mine = _my_clients(s, volunteer_id) if volunteer_id is not None else []
            client_ids = [c.id for c in mine] if personal else None
            households = {c.household_id for c in mine} if personal else None
            sessions = _sessions(s, today, today + timedelta(days=WEEK_DAYS - 1))
            deadlines = attention_in(s, today, horizon_days=horizon_days, client_ids=client_ids)
            visits = _overdue_visits(s, today, households)
            items = _overdue_items(s, today, volunteer_id if personal else None, households)
            client_lines = _client_lines(s, mine, today)
            reviews = _reviews_due(s, today, client_ids)
        return Overview(
            today=today,
            personal=personal,
            linked=volunteer_id is not None,
            sessions_today=tuple(x for x in sessions if x.on == today),
            sessions_coming=tuple(x for x in sessions if x.on > today),
            deadlines=tuple(deadlines),
            overdue_visits=tuple(visits),
            overdue_items=tuple(items),
            my_clients=tuple(client_lines),
            reviews_due=reviews,
        )


def _name(first: str, last: str) -> str:
    return f"{first} {last}"


def _address(h: HouseholdRecord) -> str:
    return ", ".join(p for p in (h.address, h.city) if p)


def _sessions(s: Session, first: date, last: date) -> list[SessionLine]:
    cs = ConsultationSessionRecord
    counts = (
        select(ContactRecord.session_id, func.count().label("n"))
        .where(ContactRecord.session_id.is_not(None))
        .group_by(ContactRecord.session_id)
        .subquery()
    )
    rows = s.execute(
        select(cs, LocationRecord.name, func.coalesce(counts.c.n, 0))
        .join(LocationRecord, LocationRecord.id == cs.location_id)
        .outerjoin(counts, counts.c.session_id == cs.id)
        .where(cs.date.between(first, last))
        .order_by(cs.date, cs.start, LocationRecord.name)
    )
    return [
        SessionLine(rec.id, rec.date, rec.start, rec.end, rec.kind, place, rec.cancelled, n)
        for rec, place, n in rows
    ]


def _open_members(s: Session):
    c = ClientRecord
    return c.closed_on.is_(None), c.anonymised_on.is_(None)


def _my_clients(s: Session, volunteer_id: int) -> list[ClientRecord]:
    """Clients whose fixed contact is this volunteer, or their household's when unset."""
    c, h = ClientRecord, HouseholdRecord
    return list(
        s.scalars(
            select(c)
            .join(h, h.id == c.household_id)
            .where(
                *_open_members(s),
                or_(
                    c.contact_volunteer_id == volunteer_id,
                    and_(c.contact_volunteer_id.is_(None), h.contact_volunteer_id == volunteer_id),
                ),
            )
            .order_by(c.last_name, c.first_name, c.id)
        )
    )


def _client_lines(s: Session, mine: list[ClientRecord], today: date) -> list[ClientLine]:
    if not mine:
        return []
    rules = load_rules(s)
    next_due: dict[int, Deadline] = {}
    for d in load_client_deadlines(s, rules, client_ids=[c.id for c in mine]):
        if d.client_id not in next_due or d.due_on < next_due[d.client_id].due_on:
            next_due[d.client_id] = d
    return [
        ClientLine(
            client_id=c.id,
            household_id=c.household_id,
            name=_name(c.first_name, c.last_name),
            address=_address(c.household),
            housed_on=c.housed_on,
            next_deadline=next_due.get(c.id),
        )
        for c in mine
    ]


def _main_members(s: Session, household_ids) -> dict[int, tuple[int, str]]:
    """Per household the member a line opens: the first registered open member."""
    c = ClientRecord
    query = select(c.household_id, c.id, c.first_name, c.last_name).where(*_open_members(s))
    if household_ids is not None:
        query = query.where(c.household_id.in_(list(household_ids)))
    found: dict[int, tuple[int, str]] = {}
    for household_id, client_id, first, last in s.execute(query.order_by(c.id)):
        found.setdefault(household_id, (client_id, _name(first, last)))
    return found


def _overdue_visits(s: Session, today: date, households: set[int] | None) -> list[VisitLine]:
    h, c, k = HouseholdRecord, ClientRecord, ContactRecord
    query = (
        select(h, VolunteerRecord.first_name, VolunteerRecord.last_name)
        .outerjoin(VolunteerRecord, VolunteerRecord.id == h.contact_volunteer_id)
        .where(h.visit_interval_days.is_not(None))
    )
    if households is not None:
        query = query.where(h.id.in_(list(households)))
    planned = s.execute(query).all()
    if not planned:
        return []
    ids = [row[0].id for row in planned]
    last_visit = dict(
        s.execute(
            select(c.household_id, func.max(k.date))
            .join(c, c.id == k.client_id)
            .where(
                k.channel == Channel.HOME_VISIT.value,
                k.date <= today,
                c.household_id.in_(ids),
            )
            .group_by(c.household_id)
        ).all()
    )
    members = _main_members(s, ids)
    found = []
    for household, v_first, v_last in planned:
        if household.id not in members:
            continue  # everyone moved away or was closed
        last = last_visit.get(household.id)
        due = (last or household.housed_on) + timedelta(days=household.visit_interval_days)
        if due >= today:
            continue
        client_id, name = members[household.id]
        found.append(
            VisitLine(
                household_id=household.id,
                client_id=client_id,
                name=name,
                address=_address(household),
                contact_volunteer=_name(v_first, v_last) if v_first else "",
                last_visit_on=last,
                due_on=due,
                days_overdue=(today - due).days,
            )
        )
    return sorted(found, key=lambda v: (-v.days_overdue, v.name))


def _overdue_items(
    s: Session, today: date, volunteer_id: int | None, households: set[int] | None
) -> list[ChecklistLine]:
    i, cl, c = ChecklistItemRecord, ChecklistRecord, ClientRecord
    query = (
        select(i.id, i.checklist_id, i.title, i.due_on, cl.household_id, cl.client_id)
        .join(cl, cl.id == i.checklist_id)
        .where(
            i.status == ChecklistItemStatus.OPEN.value,
            i.due_on < today,
            cl.closed_on.is_(None),
        )
        .order_by(i.due_on, i.id)
    )
    if households is not None:
        client_household = select(c.household_id).where(c.id == cl.client_id).scalar_subquery()
        mine = [cl.household_id.in_(list(households)), client_household.in_(list(households))]
        if volunteer_id is not None:
            mine.append(i.volunteer_id == volunteer_id)
        query = query.where(or_(*mine))
    rows = s.execute(query).all()
    if not rows:
        return []
    client_ids = {r.client_id for r in rows if r.client_id is not None}
    names = {
        cid: _name(first, last)
        for cid, first, last in s.execute(
            select(c.id, c.first_name, c.last_name).where(c.id.in_(client_ids))
        )
    }
    members = _main_members(s, {r.household_id for r in rows if r.household_id is not None})
    found = []
    for r in rows:
        if r.client_id is not None:
            opens, name = r.client_id, names.get(r.client_id, "")
        else:
            opens, name = members.get(r.household_id, (None, ""))
        found.append(
            ChecklistLine(
                item_id=r.id,
                checklist_id=r.checklist_id,
                title=r.title,
                due_on=r.due_on,
                days_overdue=(today - r.due_on).days,
                household_id=r.household_id,
                client_id=opens,
                name=name,
            )
        )
    return found


def _reviews_due(s: Session, today: date, client_ids: list[int] | None) -> int:
    d = ReunificationDossierRecord
    query = select(d.closed_on, d.last_reviewed_on).where(d.closed_on.is_(None))
    if client_ids is not None:
        query = query.where(d.client_id.in_(client_ids))
    return sum(1 for closed, reviewed in s.execute(query) if review_due(closed, reviewed, today))
