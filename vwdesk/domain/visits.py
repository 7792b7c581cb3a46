"""Home visits: the pool, the planned frequency per household, and who is overdue.

A visit is done by the household's fixed contact person; a volunteer from the
home-visit pool only by exception (the screen warns). Recording a visit makes
a contact with channel home_visit, so it counts as a contact moment and in
`home_visits.total`; the last visit of a household is its latest such contact.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from datetime import date, timedelta

from vwdesk.domain.enums import ContactKind
from vwdesk.domain.errors import InputProblem, InvalidInput

MAX_INTERVAL_DAYS = 366


@dataclass(frozen=True)
class PoolVolunteer:
    id: int
    name: str
    weekdays: tuple[int, ...]  # ISO 1-7
    languages: str
    area: str
    planned: int = 0  # visits planned from today on, not recorded yet
    contact_for: int = 0  # households whose fixed contact person they are


@dataclass(frozen=True)
class HouseholdDue:
    """One household with a planned frequency, and how far it is past its next visit."""

    household_id: int
    label: str  # the main member's name and the address
    contact_volunteer_id: int | None
    contact_volunteer: str
    interval_days: int | None  # None: no planned frequency
    last_visit: date | None
    due_on: date | None
    days_overdue: int | None  # negative: not due yet; None without a frequency
    planned_on: date | None = None  # the next open planned visit, if any

    @property
    def overdue(self) -> bool:
        return self.days_overdue is not None and self.days_overdue > 0


@dataclass(frozen=True)
class MemberChoice:
    """A household member the visit's contact can be about."""

    client_id: int
    name: str


@dataclass(frozen=True)
class VisitPlan:
    household_id: int
    planned_on: date
    volunteer_id: int | None = None  # None: the household's fixed contact person
    purpose: str = ""


@dataclass(frozen=True)
class VisitReport:
    """What the volunteer found; recording makes the contact."""

    held_on: date
    findings: str = ""
    follow_up: str = ""
    minutes: int | None = None
    topics: tuple[str, ...] = ()
    kind: ContactKind = ContactKind.SOCIAL_GUIDANCE
    client_id: int | None = None  # None: the household's main member


@dataclass(frozen=True)
class PlannedVisit:
    id: int
    household_id: int
    household: str
    planned_on: date
    volunteer_id: int | None
    volunteer: str
    purpose: str
    # Not the household's fixed contact person: allowed, but the exception.
    by_pool_volunteer: bool
    contact_id: int | None = None
    held_on: date | None = None
    findings: str = ""
    follow_up: str = ""

    @property
    def recorded(self) -> bool:
        return self.contact_id is not None


@dataclass(frozen=True)
class WeekLoad:
    """Planned visits per volunteer per ISO week."""

    year: int
    week: int
    monday: date
    volunteer_id: int | None
    volunteer: str
    visits: int


def check_interval(days: int | None) -> int | None:
    if days is None or days == 0:
        return None
    if not 1 <= days <= MAX_INTERVAL_DAYS:
        raise InvalidInput(
            InputProblem(
                f"the frequency is 1 to {MAX_INTERVAL_DAYS} days", field="visit_interval_days"
            )
        )
    return days


def due_on(interval_days: int, last_visit: date | None, housed_on: date) -> date:
    """One interval after the last visit; for a household never visited, after housing."""
    return (last_visit or housed_on) + timedelta(days=interval_days)


def overdue_order(rows: list[HouseholdDue]) -> list[HouseholdDue]:
    """Most overdue first, households without a frequency last; ties by the oldest last visit."""

    def key(r: HouseholdDue):
        no_frequency = r.days_overdue is None
        return (no_frequency, -(r.days_overdue or 0), r.last_visit or date.min, r.household_id)

    return sorted(rows, key=key)


def week_loads(visits: list[PlannedVisit]) -> list[WeekLoad]:
    """Count open visits per ISO week and volunteer, week by week, busiest volunteer first."""
    names: dict[int | None, str] = {}
    counts: Counter[tuple[int, int, int | None]] = Counter()
    for v in visits:
        iso = v.planned_on.isocalendar()
        counts[(iso.year, iso.week, v.volunteer_id)] += 1
        names[v.volunteer_id] = v.volunteer
    rows = [
        WeekLoad(
            year=y,
            week=w,
            monday=date.fromisocalendar(y, w, 1),
            volunteer_id=vid,
            volunteer=names[vid],
            visits=n,
        )
        for (y, w, vid), n in counts.items()
    ]
    return sorted(rows, key=lambda r: (r.monday, -r.visits, r.volunteer))


def weekdays_of(availability: str) -> tuple[int, ...]:
    """'135' -> (1, 3, 5); anything that is not an ISO weekday is ignored."""
    return tuple(sorted({int(c) for c in availability if c in "1234567"}))
