"""Table models for trajectories, phases, the participation statement and referrals.

Used by the client-page panels and the coaching lists; tested without widgets.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QObject

from vwdesk.domain.deadlines import DeadlineState
from vwdesk.domain.phases import ClientPhase, Trajectory
from vwdesk.domain.pvt import PvtStatus
from vwdesk.domain.referrals import Referral
from vwdesk.ui.widgets.checklist_labels import (
    deadline_state_label,
    phase_label,
    trajectory_kind_label,
)
from vwdesk.ui.widgets.date_field import short_date
from vwdesk.ui.widgets.rows_table_model import RowsTableModel


def _iso(day: date | None) -> str:
    return day.isoformat() if day else ""


class TrajectoryTableModel(RowsTableModel[Trajectory]):
    CLIENT, KIND, STARTED, ENDS = range(4)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.today = date.today()

    def headers(self) -> list[str]:
        return [self.tr("Client"), self.tr("Trajectory"), self.tr("Started"), self.tr("Ends")]

    def display(self, row: Trajectory, column: int) -> str:
        if column == self.CLIENT:
            return row.client_name
        if column == self.KIND:
            return trajectory_kind_label(row.kind)
        if column == self.STARTED:
            return short_date(row.started_on)
        if column == self.ENDS:
            if row.ended_on is not None:
                return short_date(row.ended_on)
            return self.tr("about %1").replace("%1", short_date(row.expected_end))
        return ""

    def sort_key(self, row: Trajectory, column: int) -> Any:
        if column == self.STARTED:
            return _iso(row.started_on)
        if column == self.ENDS:
            return _iso(row.expected_end)
        return self.display(row, column).lower()

    def muted(self, row: Trajectory) -> bool:
        return not row.running_on(self.today)


class ClientPhaseTableModel(RowsTableModel[ClientPhase]):
    CLIENT, HOUSED, PHASE, UNTIL, RUNNING = range(5)

    def headers(self) -> list[str]:
        return [self.tr("Client"), self.tr("Housed"), self.tr("Phase"), self.tr("Until"),
                self.tr("Running")]  # fmt: skip

    def display(self, row: ClientPhase, column: int) -> str:
        if column == self.CLIENT:
            return row.client_name
        if column == self.HOUSED:
            return short_date(row.housed_on)
        if column == self.PHASE:
            return phase_label(row.phase.phase)
        if column == self.UNTIL:
            return short_date(row.phase.until)
        if column == self.RUNNING:
            return ", ".join(trajectory_kind_label(k) for k in row.running)
        return ""

    def sort_key(self, row: ClientPhase, column: int) -> Any:
        if column == self.HOUSED:
            return _iso(row.housed_on)
        if column == self.UNTIL:
            return _iso(row.phase.until)
        return self.display(row, column).lower()


class PvtTableModel(RowsTableModel[PvtStatus]):
    CLIENT, HOUSED, DEADLINE, COURSE, STATE = range(5)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.today = date.today()

    def headers(self) -> list[str]:
        return [self.tr("Client"), self.tr("Housed"), self.tr("Deadline"), self.tr("Course"),
                self.tr("State")]  # fmt: skip

    def display(self, row: PvtStatus, column: int) -> str:
        if column == self.CLIENT:
            return row.client_name
        if column == self.HOUSED:
            return short_date(row.housed_on)
        if column == self.DEADLINE:
            return short_date(row.deadline)
        if column == self.COURSE:
            return short_date(row.course_on)
        if column == self.STATE:
            return deadline_state_label(row.state(self.today))
        return ""

    def sort_key(self, row: PvtStatus, column: int) -> Any:
        if column in (self.DEADLINE, self.STATE):
            return _iso(row.deadline)
        if column == self.HOUSED:
            return _iso(row.housed_on)
        if column == self.COURSE:
            return _iso(row.course_on)
        return self.display(row, column).lower()

    def warning(self, row: PvtStatus, column: int) -> bool:
        return column == self.STATE and row.state(self.today) == DeadlineState.OVERDUE


class ReferralTableModel(RowsTableModel[Referral]):
    DATE, CLIENT, PARTNER, REASON, OUTCOME = range(5)

    def headers(self) -> list[str]:
        return [self.tr("Date"), self.tr("Client"), self.tr("Partner"), self.tr("Reason"),
                self.tr("Outcome")]  # fmt: skip

    def display(self, row: Referral, column: int) -> str:
        values = (short_date(row.date), row.client_name, row.partner_name, row.reason,
                  row.outcome)  # fmt: skip
        return values[column]

    def sort_key(self, row: Referral, column: int) -> Any:
        if column == self.DATE:
            return (_iso(row.date), row.id)
        return self.display(row, column).lower()
