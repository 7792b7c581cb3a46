"""The demo's rows, planned in memory with their ids, then bulk-inserted in one go.

Planning in Python with ids given up front lets records point at each other
without a round trip per row, and keeps the build to a few INSERTs per table.
"""

from __future__ import annotations

import random
from bisect import bisect_left, bisect_right
from collections import defaultdict
from datetime import date, timedelta

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
LAST_DAY = date(2018, 12, 31)

# Days without a consultation hour: Dutch public holidays of the demo years.
_HOLIDAY_DATES = (
    "2015-01-01", "2015-04-06", "2015-04-27", "2015-05-14", "2015-05-25", "2015-12-25",
    "2015-12-26", "2016-01-01", "2016-03-28", "2016-04-27", "2016-05-05", "2016-05-16",
    "2016-12-26", "2017-04-17", "2017-04-27", "2017-05-25", "2017-06-05", "2017-12-25",
    "2017-12-26", "2018-01-01", "2018-04-02", "2018-04-27", "2018-05-10", "2018-05-21",
    "2018-12-25", "2018-12-26",
)  # fmt: skip
HOLIDAYS = frozenset(map(date.fromisoformat, _HOLIDAY_DATES))
SUMMER_WEEKS = (32, 33)  # the team's summer break


class Plan:
    """Rows per record class, with ids handed out as they are planned."""

    def __init__(self, seed: int):
        self.rng = random.Random(seed)
        self.rows: dict[type, list[dict]] = defaultdict(list)
        self._next: dict[type, int] = defaultdict(lambda: 1)

    def start_after_existing(self, session: Session) -> None:
        """Hand out ids above those the new file was seeded with (templates, ...)."""
        for record in INSERT_ORDER:
            if "id" in record.__table__.c:
                highest = session.scalar(select(func.max(record.__table__.c.id)))
                self._next[record] = (highest or 0) + 1

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
            if day.weekday() < 5 and day not in HOLIDAYS:
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
    return day not in HOLIDAYS and day.isocalendar()[1] not in SUMMER_WEEKS


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
