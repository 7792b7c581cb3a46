"""The team: volunteers and paid staff, with the period they were active."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from vwdesk.domain.enums import Role
from vwdesk.domain.errors import InputProblem
from vwdesk.domain.validation import WEEKDAYS

WEEKDAY_NUMBERS = "1234567"  # ISO: 1 = Monday


@dataclass(frozen=True)
class VolunteerInput:
    first_name: str
    last_name: str
    active_from: date | None
    active_until: date | None = None
    role: Role = Role.VOLUNTEER
    paid: bool = False
    home_visit_pool: bool = False
    legal: bool = False
    trained: bool = False
    languages: str = ""
    area: str = ""
    availability: tuple[int, ...] = ()  # ISO weekdays
    phone: str = ""
    email: str = ""


@dataclass(frozen=True)
class Volunteer:
    volunteer_id: int
    data: VolunteerInput
    account: str  # the user name of the linked sign-in account, or empty
    households: int  # households whose fixed contact person they are

    @property
    def name(self) -> str:
        return " ".join(p for p in (self.data.first_name, self.data.last_name) if p)

    def active_on(self, day: date) -> bool:
        start, end = self.data.active_from, self.data.active_until
        return start is not None and start <= day and (end is None or end >= day)


@dataclass(frozen=True)
class VolunteerChoice:
    """A volunteer in a picker (contact volunteer, filters)."""

    volunteer_id: int
    name: str
    active: bool


def availability_text(days: tuple[int, ...]) -> str:
    return "".join(str(d) for d in sorted(set(days)))


def parse_availability(text: str) -> tuple[int, ...]:
    return tuple(sorted({int(ch) for ch in text if ch in WEEKDAY_NUMBERS}))


def weekday_problems(days: tuple[int, ...]) -> list[InputProblem]:
    if any(d < 1 or d > 7 for d in days):
        return [InputProblem(WEEKDAYS, field="availability")]
    return []
