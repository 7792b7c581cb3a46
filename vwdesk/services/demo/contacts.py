"""Consultation hours, their sessions, and every contact moment of the demo.

The schedules follow the seed report: the legal consultation on Tuesday
14:00-16:00 at the office; a walk-in on Monday at the old office until the
move at the end of April 2017; from mid-2017 a walk-in on Monday at De
Hergerborch and on Thursday at the new office. Each year's contacts of each
kind add up to a fixed budget (for 2017 the seed report's numbers); what the
sessions do not take is logged by phone, e-mail or otherwise.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from datetime import date, timedelta

from vwdesk.db.records import (
    ConsultationScheduleRecord,
    ConsultationSessionRecord,
    ContactRecord,
    LocationRecord,
)
from vwdesk.domain.enums import Channel, ContactKind, SessionKind
from vwdesk.services.demo.households import People
from vwdesk.services.demo.names import TOPICS
from vwdesk.services.demo.plan import YEARS, ByDate, Plan, in_session_weeks, is_active
from vwdesk.services.demo.team import Team

SG, INFO, LEGAL = (k.value for k in ContactKind)
HERGERBORCH = "De Hergerborch"
OLD_OFFICE = "Kantoor Westersingel"
NEW_OFFICE = "Kantoor De Stander"
LOCATIONS = (
    (OLD_OFFICE, "Westersingel 12, Berkel en Rodenrijs"),
    (NEW_OFFICE, "Wilhelminastraat, Bergschenhoek"),
    (HERGERBORCH, "Bergschenhoek"),
)
# (kind, location, ISO weekday, start, end, valid from, valid until)
SCHEDULES = (
    (SessionKind.LEGAL, OLD_OFFICE, 2, "14:00", "16:00", "2015-01-01", "2017-04-30"),
    (SessionKind.WALK_IN, OLD_OFFICE, 1, "13:30", "15:30", "2015-01-01", "2017-04-30"),
    (SessionKind.LEGAL, NEW_OFFICE, 2, "14:00", "16:00", "2017-05-01", None),
    (SessionKind.WALK_IN, HERGERBORCH, 1, "14:00", "16:00", "2017-06-12", None),
    (SessionKind.WALK_IN, NEW_OFFICE, 4, "10:00", "12:00", "2017-06-15", None),
)
# Contacts per year and kind; home visits are social-guidance contacts too.
BUDGETS = {
    2015: {SG: 610, INFO: 150, LEGAL: 240, "home_visits": 0},
    2016: {SG: 1320, INFO: 210, LEGAL: 398, "home_visits": 0},
    2017: {SG: 1551, INFO: 260, LEGAL: 446, "home_visits": 45},
    2018: {SG: 1405, INFO: 240, LEGAL: 420, "home_visits": 118},
}
# Home visits were recorded from September 2017 on.
HOME_VISITS_FROM = date(2017, 9, 1)
# Average contacts per held session at De Hergerborch (2017: the seed report's 8).
HERGERBORCH_AVERAGE = {2017: 8, 2018: 9}
GUIDANCE_DAYS = 548  # social guidance runs for 1.5 years after housing
ANONYMOUS_SHARE = 0.45  # of info-point contacts
NOBODY: dict = {}  # no client housed yet on that day


@dataclass
class Held:
    row: dict
    staff: list[dict]


class ContactPlanner:
    def __init__(self, plan: Plan, team: Team, people: People):
        self.plan = plan
        self.rng = plan.rng
        self.team = team
        self.people = people
        self.adults_by_housing = ByDate(people.adults(), "housed_on")
        self.volunteer_by_id = {v["id"]: v for v in team.volunteers}

    def run(self) -> None:
        locations = {
            name: self.plan.add(LocationRecord, name=name, address=address)
            for name, address in LOCATIONS
        }
        held = self._sessions(locations)
        for year in YEARS:
            self._year(year, [h for h in held if h.row["date"].year == year])

    # -- sessions ------------------------------------------------------------------------
    def _sessions(self, locations: dict[str, dict]) -> list[Held]:
        held: list[Held] = []
        for kind, place, weekday, start, end, first, until in SCHEDULES:
            valid_from = date.fromisoformat(first)
            valid_until = date.fromisoformat(until) if until else None
            schedule = self.plan.add(
                ConsultationScheduleRecord,
                kind=kind.value,
                location_id=locations[place]["id"],
                weekday=weekday,
                start=start,
                end=end,
                valid_from=valid_from,
                valid_until=valid_until,
                staffing="",
            )
            day = valid_from + timedelta(days=(weekday - 1 - valid_from.weekday()) % 7)
            last = min(valid_until or date(2018, 12, 31), date(2018, 12, 31))
            staff_ids: set[int] = set()
            while day <= last:
                row = self.plan.add(
                    ConsultationSessionRecord,
                    ref=None,
                    schedule_id=schedule["id"],
                    kind=kind.value,
                    location_id=locations[place]["id"],
                    date=day,
                    start=start,
                    end=end,
                    cancelled=not in_session_weeks(day),
                )
                if not row["cancelled"]:
                    staff = self._staff(kind, day)
                    staff_ids.update(v["id"] for v in staff)
                    held.append(Held(row, staff))
                row["_place"] = place
                day += timedelta(days=7)
            schedule["staffing"] = ",".join(str(i) for i in sorted(staff_ids)[:4])
        return held

    def _staff(self, kind: SessionKind, day: date) -> list[dict]:
        if kind == SessionKind.LEGAL:
            legal = self.team.active(day, self.team.legal)
            if legal:
                return legal
        active = self.team.active(day)
        return self.rng.sample(active, min(2, len(active)))

    # -- one year's contacts -------------------------------------------------------------
    def _year(self, year: int, held: list[Held]) -> None:
        budget = BUDGETS[year]
        visits = budget["home_visits"]
        used: Counter[str] = Counter()
        legal = [h for h in held if h.row["kind"] == SessionKind.LEGAL.value]
        walk_in = [h for h in held if h.row["kind"] == SessionKind.WALK_IN.value]
        hergerborch = [h for h in walk_in if h.row["_place"] == HERGERBORCH]
        others = [h for h in walk_in if h.row["_place"] != HERGERBORCH]

        kinds = [LEGAL] * round(0.78 * budget[LEGAL])
        for session, n in zip(legal, self._spread(len(kinds), len(legal)), strict=True):
            self._session_contacts(session, [LEGAL] * n, used)

        kinds = [INFO] * round(0.62 * budget[INFO]) + [SG] * round(0.45 * (budget[SG] - visits))
        self.rng.shuffle(kinds)
        if hergerborch:
            per = self._fixed_average(HERGERBORCH_AVERAGE[year], len(hergerborch))
            for session, n in zip(hergerborch, per, strict=True):
                self._session_contacts(session, kinds[:n], used)
                kinds = kinds[n:]
        for session, n in zip(others, self._spread(len(kinds), len(others)), strict=True):
            self._session_contacts(session, kinds[:n], used)
            kinds = kinds[n:]

        self._home_visits(year, visits, used)
        for kind in (SG, INFO, LEGAL):
            left = budget[kind] - used[kind]
            if left < 0:
                raise AssertionError(f"{year}: sessions took {-left} {kind} contacts too many")
            for _ in range(left):
                self._remote_contact(year, kind, used)

    def _spread(self, total: int, n: int) -> list[int]:
        """`total` contacts over `n` sessions, at random."""
        counts = [0] * n
        for _ in range(total):
            counts[self.rng.randrange(n)] += 1
        return counts

    def _fixed_average(self, average: int, n: int) -> list[int]:
        """Counts per session whose mean rounds (half up) to `average`."""
        counts = [average] * n
        for _ in range(3 * n):
            i, j = self.rng.randrange(n), self.rng.randrange(n)
            if counts[i] > 4:
                counts[i] -= 1
                counts[j] += 1
        for i in self.rng.sample(range(n), (n - 1) // 3):  # a little above the average
            counts[i] += 1
        return counts

    # -- single contacts -----------------------------------------------------------------
    def _session_contacts(self, session: Held, kinds: list[str], used: Counter) -> None:
        day = session.row["date"]
        for kind in kinds:
            client = self._client_for(kind, day)
            if client is NOBODY:  # nobody housed yet: the contact is made later, by phone
                continue
            volunteer = self.rng.choice(session.staff) if session.staff else None
            self._contact(day, kind, Channel.CONSULTATION, client, volunteer, session.row)
            used[kind] += 1

    def _remote_contact(self, year: int, kind: str, used: Counter) -> None:
        first_housed = self.adults_by_housing.keys[0]
        day = self.plan.weekday_in(max(date(year, 1, 1), first_housed), date(year, 12, 31))
        client = self._client_for(kind, day)
        volunteer = self._volunteer_for(client, day, kind)
        channel = self.plan.weighted(((Channel.PHONE, 6), (Channel.EMAIL, 2), (Channel.OTHER, 1)))
        self._contact(day, kind, Channel(channel), client, volunteer, None)
        used[kind] += 1

    def _home_visits(self, year: int, count: int, used: Counter) -> None:
        first = max(date(year, 1, 1), HOME_VISITS_FROM)
        for _ in range(count):
            day = self.plan.weekday_in(first, date(year, 12, 22))
            client = self.adults_by_housing.pick(
                self.rng, day - timedelta(days=GUIDANCE_DAYS), day - timedelta(days=14)
            )
            assert client is not None
            own = self.volunteer_by_id.get(client["contact_volunteer_id"])
            if own is not None and is_active(own, day) and self.rng.random() < 0.85:
                volunteer = own
            else:  # in exceptional cases a volunteer from the pool goes
                volunteer = self.rng.choice(self.team.active(day, self.team.pool))
            self._contact(day, SG, Channel.HOME_VISIT, client, volunteer, None, minutes=(45, 90))
            used[SG] += 1

    def _client_for(self, kind: str, day: date) -> dict | None:
        """A client housed by `day` (for social guidance: in its 1.5 years), None = anonymous.

        NOBODY when no one has been housed yet.
        """
        if kind == INFO and self.rng.random() < ANONYMOUS_SHARE:
            return None
        adults = self.adults_by_housing
        if kind == SG:
            client = adults.pick(self.rng, day - timedelta(days=GUIDANCE_DAYS), day)
            if client is not None:
                return client
        return adults.pick(self.rng, date(2000, 1, 1), day) or NOBODY

    def _volunteer_for(self, client: dict | None, day: date, kind: str) -> dict | None:
        if kind == LEGAL:
            legal = self.team.active(day, self.team.legal)
            if legal:
                return self.rng.choice(legal)
        if client is not None:
            own = self.volunteer_by_id.get(client["contact_volunteer_id"])
            if own is not None and is_active(own, day):
                return own
        active = self.team.active(day)
        return self.rng.choice(active) if active else None

    def _contact(self, day, kind, channel, client, volunteer, session, *, minutes=(5, 30)) -> None:
        add_contact(self.plan, self.rng, day, kind, channel, client, volunteer, session, minutes)


def add_contact(
    plan: Plan,
    rng,
    day: date,
    kind: str,
    channel: Channel,
    client: dict | None,
    volunteer: dict | None,
    session: dict | None,
    minutes: tuple[int, int] = (5, 30),
    *,
    legal_referents: frozenset[int] | set[int] = frozenset(),
) -> dict:
    """One contact with drawn topics, minutes and follow-up (the history's draws, in order);
    a legal contact of a referent in `legal_referents` is about family reunification."""
    topics = rng.sample(TOPICS[kind], rng.randint(1, 2))
    if kind == ContactKind.LEGAL.value and client is not None and client["id"] in legal_referents:
        topics = ["family_reunification"]
    return plan.add(
        ContactRecord,
        ref=None,
        date=day,
        kind=kind,
        channel=channel.value,
        client_id=client["id"] if client else None,
        volunteer_id=volunteer["id"] if volunteer else None,
        session_id=session["id"] if session else None,
        minutes=rng.randint(*minutes) if channel != Channel.EMAIL else None,
        topics=",".join(topics),
        follow_up="terugbellen" if rng.random() < 0.08 else "",
        notes="",
    )


def plan_contacts(plan: Plan, team: Team, people: People) -> None:
    ContactPlanner(plan, team, people).run()


def strip_session_fields(plan: Plan) -> None:
    for row in plan.rows[ConsultationSessionRecord]:
        row.pop("_place", None)
