"""The demo's rows, planned in memory with their ids, then bulk-inserted in one go.

Planning in Python with ids given up front lets records point at each other
without a round trip per row, and keeps the build to a few INSERTs per table.
"""

from __future__ import annotations

import random
from bisect import bisect_left, bisect_right
from collections import defaultdict
from datetime import date, timedelta
from functools import cache

from sqlalchemy import func, insert, select
from sqlalchemy.orm import Session

from vwdesk.db.records import (
    ChecklistItemRecord,
    ChecklistRecord,
    ChecklistTemplateItemRecord,
    ChecklistTemplateRecord,
    ClientRecord,
    ConsultationScheduleRecord,
    ConsultationSessionRecord,
    ContactRecord,
    FamilyMemberRecord,
    HouseholdRecord,
    HousingTargetRecord,
    LocationRecord,
    PlannedVisitRecord,
    ProcedureStepRecord,
    ProjectMembershipRecord,
    ProjectRecord,
    ReferralRecord,
    ReunificationDossierRecord,
    TrajectoryRecord,
    VolunteerRecord,
)

# Foreign keys point backwards in this order.
INSERT_ORDER = (
    VolunteerRecord,
    LocationRecord,
    ConsultationScheduleRecord,
    ConsultationSessionRecord,
    HouseholdRecord,
    ClientRecord,
    ContactRecord,
    PlannedVisitRecord,
    ReunificationDossierRecord,
    FamilyMemberRecord,
    ProcedureStepRecord,
    TrajectoryRecord,
    ChecklistTemplateRecord,
    ChecklistTemplateItemRecord,
    ChecklistRecord,
    ChecklistItemRecord,
    ReferralRecord,
    ProjectRecord,
    ProjectMembershipRecord,
    HousingTargetRecord,
)

YEARS = (2015, 2016, 2017, 2018)
LAST_DAY = date(2018, 12, 31)  # the end of the detailed history; demo/aftermath.py finishes it


def easter_sunday(year: int) -> date:
    """Gregorian Easter (the anonymous algorithm of Meeus/Jones/Butcher)."""
    a, (b, c) = year % 19, divmod(year, 100)
    d, e = divmod(b, 4)
    g = (b - (b + 8) // 25 + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    weekday = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * weekday) // 451
    month, day = divmod(h + weekday - 7 * m + 114, 31)
    return date(year, month, day + 1)


@cache
def dutch_holidays(year: int) -> frozenset[date]:
    """Days without a consultation hour: the Dutch public holidays of a year.

    New Year, Easter Monday, King's Day (the 26th when the 27th is a Sunday),
    Ascension, Whit Monday and both Christmas days.
    """
    easter = easter_sunday(year)
    kings_day = date(year, 4, 27)
    if kings_day.weekday() == 6:
        kings_day = date(year, 4, 26)
    return frozenset(
        {
            date(year, 1, 1),
            easter + timedelta(days=1),
            kings_day,
            easter + timedelta(days=39),
            easter + timedelta(days=50),
            date(year, 12, 25),
            date(year, 12, 26),
        }
    )


def is_holiday(day: date) -> bool:
    return day in dutch_holidays(day.year)


SUMMER_WEEKS = (32, 33)  # the team's summer break


class Plan:
    """Rows per record class, with ids handed out as they are planned."""

    def __init__(self, seed: int):
        self.seed = seed
        self.rng = random.Random(seed)
        self.rows: dict[type, list[dict]] = defaultdict(list)
        self._next: dict[type, int] = defaultdict(lambda: 1)

    def start_after_existing(self, session: Session) -> None:
        """Hand out ids above those the new file was seeded with (templates, ...)."""
        for record in INSERT_ORDER:
            if "id" in record.__table__.c:
                highest = session.scalar(select(func.max(record.__table__.c.id)))
                self._next[record] = (highest or 0) + 1

    def reseed(self, part: str) -> None:
        """A generator of its own for a later part of the plan, so that adding to that part
        never shifts the random draws, and so the figures, of the history planned before."""
        self.rng = random.Random(f"{self.seed}:{part}")

    def add(self, record: type, **values) -> dict:
        if "id" in record.__table__.c:
            values["id"] = self._next[record]
            self._next[record] += 1
        self.rows[record].append(values)
        return values

    def insert_all(self, session: Session) -> None:
        for record in INSERT_ORDER:
            rows = self.rows.get(record)
            if rows:
                # Core executemany on the table: every row has the same keys, so
                # this is one batched INSERT per table without the ORM's per-row
                # bookkeeping (about three times faster for the 8,000 rows here).
                session.execute(insert(record.__table__), rows)

    # -- random helpers ----------------------------------------------------------------
    def weekday_in(self, first: date, last: date) -> date:
        """A random Monday-Friday between two dates (inclusive)."""
        while True:
            day = first + timedelta(days=self.rng.randint(0, (last - first).days))
            if day.weekday() < 5 and not is_holiday(day):
                return day

    def weighted(self, pairs) -> str:
        names, weights = zip(*list(pairs), strict=True)
        return self.rng.choices(names, weights=weights)[0]


def birth_date_for(rng: random.Random, age: int, on: date) -> date:
    """A birth date giving exactly `age` whole years on `on` (never on the birthday)."""
    latest = date(on.year - age, on.month, min(on.day, 28)) - timedelta(days=1)
    return latest - timedelta(days=rng.randint(0, 360))


def is_active(row: dict, day: date) -> bool:
    return row["active_from"] <= day and (row["active_until"] is None or row["active_until"] >= day)


def in_session_weeks(day: date) -> bool:
    return not is_holiday(day) and day.isocalendar()[1] not in SUMMER_WEEKS


class ByDate:
    """Rows sorted by one date field, for picking 'housed between' quickly."""

    def __init__(self, rows: list[dict], field: str):
        self.rows = sorted(rows, key=lambda r: r[field])
        self.keys = [r[field] for r in self.rows]

    def between(self, first: date, last: date) -> list[dict]:
        return self.rows[bisect_left(self.keys, first) : bisect_right(self.keys, last)]

    def pick(self, rng: random.Random, first: date, last: date) -> dict | None:
        """A random row dated between two days (inclusive), or None."""
        lo, hi = bisect_left(self.keys, first), bisect_right(self.keys, last)
        return self.rows[rng.randrange(lo, hi)] if hi > lo else None
