"""The Overzicht: what needs attention today, for the signed-in person, in one read.

A volunteer sees their own clients (the ones they are the fixed contact of,
directly or through the household) and what hangs off them; team leaders see
the whole team. The sessions of the coming week are the team's, for everyone.
`today` is a parameter so the screen and the tests agree on what "today" is.

Sessions (planned ones included) and past-due checklist items come from
their own services, so the Overzicht and their tabs agree; overdue home
visits are read here with one grouped query over the contacts, with the
home-visit domain's own rule for when a visit is due.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from typing import TYPE_CHECKING

from sqlalchemy import and_, func, or_, select
from sqlalchemy.orm import Session, contains_eager

from vwdesk.db.records import (
    ClientRecord,
    ContactRecord,
    HouseholdRecord,
    ReunificationDossierRecord,
    VolunteerRecord,
)
from vwdesk.domain.checklists import PastDueItem
from vwdesk.domain.deadlines import Deadline
from vwdesk.domain.dossiers import review_due
from vwdesk.domain.enums import Channel, Role
from vwdesk.domain.sessions import SessionInfo
from vwdesk.domain.visits import HouseholdDue, due_on, overdue_order
from vwdesk.services.deadlines import attention_in, load_client_deadlines, load_rules

if TYPE_CHECKING:
    from vwdesk.services.workspace import Workspace

WEEK_DAYS = 7


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
    sessions_today: tuple[SessionInfo, ...]
    sessions_coming: tuple[SessionInfo, ...]  # the next six days, planned ones included
    deadlines: tuple[Deadline, ...]  # overdue first, then by due date
    overdue_visits: tuple[HouseholdDue, ...]  # most overdue first
    overdue_items: tuple[PastDueItem, ...]  # oldest first
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
            deadlines = attention_in(s, today, horizon_days=horizon_days, client_ids=client_ids)
            client_lines = _client_lines(s, mine)
            reviews = _reviews_due(s, today, client_ids)
        sessions = self._ws.sessions.between(today, today + timedelta(days=WEEK_DAYS - 1))
        visits = _overdue_visits(self._ws, today)
        items = self._ws.checklists.past_due(today)
        if personal:
            households = {c.household_id for c in mine}
            visits = [
                v
                for v in visits
                if v.household_id in households
                or (volunteer_id is not None and v.contact_volunteer_id == volunteer_id)
            ]
            items = [i for i in items if i.household_id in households or i.client_id in client_ids]
        return Overview(
            today=today,
            personal=personal,
            linked=volunteer_id is not None,
            sessions_today=tuple(x for x in sessions if x.date == today),
            sessions_coming=tuple(x for x in sessions if x.date > today),
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


def _my_clients(s: Session, volunteer_id: int) -> list[ClientRecord]:
    """Clients whose fixed contact is this volunteer, or their household's when unset."""
    c, h = ClientRecord, HouseholdRecord
    return list(
        s.scalars(
            select(c)
            .join(c.household)
            .options(contains_eager(c.household))
            .where(
                c.closed_on.is_(None),
                c.anonymised_on.is_(None),
                or_(
                    c.contact_volunteer_id == volunteer_id,
                    and_(c.contact_volunteer_id.is_(None), h.contact_volunteer_id == volunteer_id),
                ),
            )
            .order_by(c.last_name, c.first_name, c.id)
        )
    )


def _client_lines(s: Session, mine: list[ClientRecord]) -> list[ClientLine]:
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


def _reviews_due(s: Session, today: date, client_ids: list[int] | None) -> int:
    d = ReunificationDossierRecord
    query = select(d.closed_on, d.last_reviewed_on).where(d.closed_on.is_(None))
    if client_ids is not None:
        query = query.where(d.client_id.in_(client_ids))
    return sum(1 for closed, reviewed in s.execute(query) if review_due(closed, reviewed, today))


def _overdue_visits(ws: Workspace, today: date) -> list[HouseholdDue]:
    """Households with a planned frequency whose next visit is past, most overdue first."""
    h, c, k, v = HouseholdRecord, ClientRecord, ContactRecord, VolunteerRecord
    with ws.reading() as s:
        planned = s.execute(
            select(h, v.first_name, v.last_name)
            .outerjoin(v, v.id == h.contact_volunteer_id)
            .where(h.visit_interval_days.is_not(None), h.visit_interval_days > 0)
        ).all()
        if not planned:
            return []
        ids = [row[0].id for row in planned]
        last_visits = dict(
            s.execute(
                select(c.household_id, func.max(k.date))
                .join(c, c.id == k.client_id)
                .where(k.channel == Channel.HOME_VISIT.value, c.household_id.in_(ids))
                .group_by(c.household_id)
            ).all()
        )
        main: dict[int, str] = {}
        for household_id, first, last in s.execute(
            select(c.household_id, c.first_name, c.last_name)
            .where(c.household_id.in_(ids), c.closed_on.is_(None))
            .order_by(c.household_id, c.id)
        ):
            main.setdefault(household_id, _name(first, last))
    found = []
    for household, v_first, v_last in planned:
        if household.id not in main:
            continue  # nobody left to visit
        last = last_visits.get(household.id)
        due = due_on(household.visit_interval_days, last, household.housed_on)
        if due >= today:
            continue
        name = main[household.id]
        found.append(
            HouseholdDue(
                household_id=household.id,
                label=f"{name}, {household.address}" if household.address else name,
                contact_volunteer_id=household.contact_volunteer_id,
                contact_volunteer=_name(v_first, v_last) if v_first else "",
                interval_days=household.visit_interval_days,
                last_visit=last,
                due_on=due,
                days_overdue=(today - due).days,
            )
        )
    return overdue_order(found)
