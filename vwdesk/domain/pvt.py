"""The participation statement (participatieverklaringstraject, PVT) of one client.

Newcomers whose integration obligation started on or after 1 October 2017
must take the PVT and sign the statement within a period after first housing.
The period is a deadline rule (anchor `first_housing`, see domain/deadlines.py)
the team leader edits; this module only knows the date the obligation began,
and uses it to *suggest* whether a client is required: the team decides.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from vwdesk.domain.deadlines import DeadlineState
from vwdesk.domain.errors import InputProblem, InvalidInput

# The participation statement joined the integration obligation on 1 October 2017.
PVT_OBLIGED_FROM = date(2017, 10, 1)


def pvt_suggested(integration_obliged: bool, housed_on: date) -> bool:
    """Obliged to integrate and housed (obligation begun) on or after the start date."""
    return integration_obliged and housed_on >= PVT_OBLIGED_FROM


@dataclass(frozen=True)
class PvtStatus:
    client_id: int
    client_name: str
    household_id: int
    housed_on: date
    integration_obliged: bool
    required: bool
    suggested: bool  # what the law suggests; `required` is what the team recorded
    course_on: date | None
    signed_on: date | None
    deadline: date | None  # None when not required, or no active PVT rule
    remind_days_before: int = 0

    def days_left(self, today: date) -> int | None:
        return None if self.deadline is None else (self.deadline - today).days

    def state(self, today: date) -> DeadlineState | None:
        """Signed or not required: None (nothing to watch)."""
        left = self.days_left(today)
        if left is None or self.signed_on is not None or not self.required:
            return None
        if left < 0:
            return DeadlineState.OVERDUE
        if left <= self.remind_days_before:
            return DeadlineState.DUE_SOON
        return DeadlineState.LATER


@dataclass(frozen=True)
class PvtUpdate:
    required: bool
    course_on: date | None = None
    signed_on: date | None = None


def check_pvt(update: PvtUpdate, housed_on: date, today: date) -> PvtUpdate:
    problems = []
    if update.signed_on is not None:
        if update.signed_on > today:
            problems.append(InputProblem("the signing date is in the future", field="signed_on"))
        if update.signed_on < housed_on:
            problems.append(InputProblem("signed before the housing date", field="signed_on"))
    if update.course_on is not None and update.course_on < housed_on:
        problems.append(InputProblem("the course is before the housing date", field="course_on"))
    if problems:
        raise InvalidInput(problems)
    return update
