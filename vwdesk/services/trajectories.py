"""Settlement (year 1) and integration (year 2) trajectories, and every client's phase.

The phase is computed from the housing date (domain/phases.py); trajectories
are what the team actually started and ended, and what the figures count.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from sqlalchemy import Row, or_, select
from sqlalchemy.orm import Session

from vwdesk.db.records import ClientRecord, TrajectoryRecord
from vwdesk.domain.enums import TrajectoryKind
from vwdesk.domain.errors import InputProblem, InvalidInput, NotFound
from vwdesk.domain.phases import (
    ENDING_SOON_MONTHS,
    ClientPhase,
    Phase,
    PhaseInfo,
    Trajectory,
    add_months,
    check_period,
    expected_end,
    phase_on,
)

if TYPE_CHECKING:
    from vwdesk.services.workspace import Workspace

_NAME = ClientRecord.first_name + " " + ClientRecord.last_name


def _trajectory(rec: TrajectoryRecord | Row, client_name: str) -> Trajectory:
    kind = TrajectoryKind(rec.kind)
    return Trajectory(
        id=rec.id,
        client_id=rec.client_id,
        client_name=client_name,
        kind=kind,
        started_on=rec.started_on,
        ended_on=rec.ended_on,
        expected_end=expected_end(kind, rec.started_on, rec.ended_on),
    )


def _with_names():
    """The columns of a Trajectory (rows, not ORM objects: running() reads every running
    one), the client's name last."""
    return select(
        TrajectoryRecord.id,
        TrajectoryRecord.client_id,
        TrajectoryRecord.kind,
        TrajectoryRecord.started_on,
        TrajectoryRecord.ended_on,
        _NAME,
    ).join(ClientRecord, ClientRecord.id == TrajectoryRecord.client_id)


class TrajectoryService:
    def __init__(self, ws: Workspace):
        self._ws = ws

    def start(
        self,
        client_id: int,
        kind: TrajectoryKind,
        started_on: date,
        ended_on: date | None = None,
    ) -> Trajectory:
        kind = TrajectoryKind(kind)
        check_period(started_on, ended_on)
        with self._ws.unit() as s:
            client = s.get(ClientRecord, client_id)
            if client is None:
                raise InvalidInput(InputProblem("choose a client", field="client_id"))
            self._no_overlap(s, client_id, kind, started_on, ended_on, None)
            rec = TrajectoryRecord(
                client_id=client_id, kind=kind.value, started_on=started_on, ended_on=ended_on
            )
            s.add(rec)
            s.flush()
            self._audit(s, "trajectory.start", rec.id, {"client_id": client_id, "kind": kind})
            return _trajectory(rec, f"{client.first_name} {client.last_name}")

    def change(self, trajectory_id: int, started_on: date, ended_on: date | None) -> Trajectory:
        """Correct the dates, or end (or reopen, with no end) a trajectory."""
        check_period(started_on, ended_on)
        with self._ws.unit() as s:
            rec = s.get(TrajectoryRecord, trajectory_id)
            if rec is None:
                raise NotFound(f"no trajectory {trajectory_id}")
            kind = TrajectoryKind(rec.kind)
            self._no_overlap(s, rec.client_id, kind, started_on, ended_on, rec.id)
            rec.started_on, rec.ended_on = started_on, ended_on
            s.flush()
            self._audit(s, "trajectory.change", rec.id, {"ended": ended_on is not None})
            return self.get_in(s, rec.id)

    def end(self, trajectory_id: int, ended_on: date) -> Trajectory:
        with self._ws.reading() as s:
            rec = s.get(TrajectoryRecord, trajectory_id)
            if rec is None:
                raise NotFound(f"no trajectory {trajectory_id}")
            started_on = rec.started_on
        return self.change(trajectory_id, started_on, ended_on)

    def remove(self, trajectory_id: int) -> None:
        """Undo a trajectory entered by mistake (the figures count every one)."""
        with self._ws.unit() as s:
            rec = s.get(TrajectoryRecord, trajectory_id)
            if rec is None:
                raise NotFound(f"no trajectory {trajectory_id}")
            s.delete(rec)
            self._audit(s, "trajectory.remove", trajectory_id, None)

    def get_in(self, s: Session, trajectory_id: int) -> Trajectory:
        row = s.execute(_with_names().where(TrajectoryRecord.id == trajectory_id)).one()
        return _trajectory(row, row[-1])

    def for_client(self, client_id: int) -> list[Trajectory]:
        with self._ws.reading() as s:
            rows = s.execute(
                _with_names()
                .where(TrajectoryRecord.client_id == client_id)
                .order_by(TrajectoryRecord.started_on)
            )
            return [_trajectory(row, row[-1]) for row in rows]

    def running(self, day: date | None = None) -> list[Trajectory]:
        day = day or date.today()
        with self._ws.reading() as s:
            rows = s.execute(
                _with_names()
                .where(
                    TrajectoryRecord.started_on <= day,
                    or_(TrajectoryRecord.ended_on.is_(None), TrajectoryRecord.ended_on >= day),
                )
                .order_by(TrajectoryRecord.started_on)
            )
            return [_trajectory(row, row[-1]) for row in rows]

    def ending_soon(self, today: date | None = None) -> list[Trajectory]:
        """Running trajectories whose (expected) end falls within a month from today."""
        today = today or date.today()
        horizon = add_months(today, ENDING_SOON_MONTHS)
        found = [t for t in self.running(today) if today <= t.expected_end <= horizon]
        return sorted(found, key=lambda t: (t.expected_end, t.client_name))

    def phases(
        self, today: date | None = None, *, include_after: bool = False
    ) -> list[ClientPhase]:
        """Every open client's phase on `today`, with the trajectories running for them.

        Without `include_after` only the clients the coaching list shows: not yet
        housed, in settlement or guidance, or with a trajectory still running. At
        100,000 clients the open ones are read row by row and the kinds running
        come from two columns, not as Trajectory objects with names (that took a
        40 MiB peak); one PhaseInfo is made per housing date and shared.
        """
        today = today or date.today()
        running: dict[int, list[TrajectoryKind]] = {}
        out: list[ClientPhase] = []
        with self._ws.reading() as s:
            conn = s.connection()
            for cid, kind in conn.execute(
                select(TrajectoryRecord.client_id, TrajectoryRecord.kind)
                .where(
                    TrajectoryRecord.started_on <= today,
                    or_(TrajectoryRecord.ended_on.is_(None), TrajectoryRecord.ended_on >= today),
                )
                .order_by(TrajectoryRecord.started_on)
            ):
                running.setdefault(cid, []).append(TrajectoryKind(kind))
            infos: dict[date, PhaseInfo] = {}
            for cid, name, hid, on in conn.execute(  # read one by one
                select(ClientRecord.id, _NAME, ClientRecord.household_id, ClientRecord.housed_on)
                .where(ClientRecord.closed_on.is_(None), ClientRecord.anonymised_on.is_(None))
                .order_by(ClientRecord.housed_on.desc(), ClientRecord.last_name)
            ):
                info = infos.get(on)
                if info is None:
                    info = infos[on] = phase_on(on, today)
                kinds = running.get(cid, ())
                if include_after or kinds or info.phase != Phase.AFTER:
                    out.append(ClientPhase(cid, name, hid, on, info, tuple(kinds)))
        return out

    def phase_of(self, client_id: int, today: date | None = None) -> ClientPhase:
        """One client's phase and running trajectories (for the client page)."""
        today = today or date.today()
        with self._ws.reading() as s:
            row = s.execute(
                select(
                    ClientRecord.id, _NAME, ClientRecord.household_id, ClientRecord.housed_on
                ).where(ClientRecord.id == client_id)
            ).first()
        if row is None:
            raise NotFound(f"no client {client_id}")
        running = tuple(t.kind for t in self.for_client(client_id) if t.running_on(today))
        cid, name, hid, housed = row
        return ClientPhase(cid, name, hid, housed, phase_on(housed, today), running)

    def _no_overlap(self, s, client_id, kind, started_on, ended_on, own_id) -> None:
        """One trajectory of a kind at a time for a client."""
        others = s.scalars(
            select(TrajectoryRecord).where(
                TrajectoryRecord.client_id == client_id,
                TrajectoryRecord.kind == kind.value,
                TrajectoryRecord.id != (own_id or 0),
            )
        )
        far = date.max
        for other in others:
            if started_on <= (other.ended_on or far) and other.started_on <= (ended_on or far):
                raise InvalidInput(
                    InputProblem("this client already has such a trajectory then", field="kind")
                )

    def _audit(self, s: Session, action: str, entity_id: int, detail) -> None:
        self._ws.audit.record(s, self._ws.user.account_id, action, "trajectory", entity_id, detail)
