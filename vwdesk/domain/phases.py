"""Where a client stands after housing, and the trajectories that coach them.

The phase follows from the housing date alone, so it is always computed,
never stored: a client housed on 15 March is in the intensive settlement
phase up to and including 14 September, in social guidance up to and
including 14 September of the next year, and after that on their own.
Month arithmetic clamps to the last day of the month (31 August + 6 months
is 28 February, or 29 in a leap year), the way a volunteer counts.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum

from vwdesk.domain.enums import TrajectoryKind
from vwdesk.domain.errors import InputProblem, InvalidInput
from vwdesk.domain.months import add_months

# The team's way of working (domain.md), not law: settlement coaching is
# intensive for at most 6 months, social guidance runs to 18 months after housing.
INTENSIVE_MONTHS = 6
GUIDANCE_MONTHS = 18
# How long a trajectory runs when no end date was given.
EXPECTED_MONTHS = {TrajectoryKind.SETTLEMENT: 6, TrajectoryKind.INTEGRATION: 12}
# "Ending within a month" on the overview.
ENDING_SOON_MONTHS = 1


class Phase(StrEnum):
    NOT_YET_HOUSED = "not_yet_housed"
    INTENSIVE = "intensive"  # 0-6 months after housing: settlement
    GUIDANCE = "guidance"  # up to 18 months: integration coaching
    AFTER = "after"  # on their own


@dataclass(frozen=True)
class PhaseInfo:
    phase: Phase
    since: date | None  # first day of this phase
    until: date | None  # last day of this phase; None for the last phase


def phase_on(housed_on: date, day: date) -> PhaseInfo:
    """The phase on `day` of a client housed on `housed_on` (both days inclusive)."""
    intensive_ends = add_months(housed_on, INTENSIVE_MONTHS)  # first day of guidance
    guidance_ends = add_months(housed_on, GUIDANCE_MONTHS)  # first day after
    if day < housed_on:
        return PhaseInfo(Phase.NOT_YET_HOUSED, None, housed_on - timedelta(days=1))
    if day < intensive_ends:
        return PhaseInfo(Phase.INTENSIVE, housed_on, intensive_ends - timedelta(days=1))
    if day < guidance_ends:
        return PhaseInfo(Phase.GUIDANCE, intensive_ends, guidance_ends - timedelta(days=1))
    return PhaseInfo(Phase.AFTER, guidance_ends, None)


def expected_end(kind: TrajectoryKind, started_on: date, ended_on: date | None) -> date:
    """The end date given, or the usual length of that kind of trajectory."""
    if ended_on is not None:
        return ended_on
    return add_months(started_on, EXPECTED_MONTHS[TrajectoryKind(kind)]) - timedelta(days=1)


def is_running(started_on: date, ended_on: date | None, day: date) -> bool:
    """figures.md "active on date D": start <= D and (no end or end >= D)."""
    return started_on <= day and (ended_on is None or ended_on >= day)


def check_period(started_on: date, ended_on: date | None) -> None:
    if ended_on is not None and ended_on < started_on:
        raise InvalidInput(InputProblem("the end date is before the start date", field="ended_on"))


@dataclass(frozen=True)
class Trajectory:
    id: int
    client_id: int
    client_name: str
    kind: TrajectoryKind
    started_on: date
    ended_on: date | None
    expected_end: date  # ended_on, or the usual length when open

    def running_on(self, day: date) -> bool:
        return is_running(self.started_on, self.ended_on, day)


@dataclass(frozen=True)
class ClientPhase:
    """One client on the phase overview, with what runs for them."""

    client_id: int
    client_name: str
    household_id: int
    housed_on: date
    phase: PhaseInfo
    running: tuple[TrajectoryKind, ...]
