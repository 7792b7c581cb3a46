"""Consultation hours: locations, weekly schedules, and the sessions that come from them.

A week's list merges the stored sessions with the occurrences of the schedules
that have none yet (id None). Opening, cancelling or logging in a planned
session stores it; see vwdesk/domain/sessions.py for why.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from vwdesk.db.records import (
    ConsultationScheduleRecord,
    ConsultationSessionRecord,
    ContactRecord,
    LocationRecord,
    VolunteerRecord,
)
from vwdesk.domain.enums import SessionKind
from vwdesk.domain.errors import InputProblem, InvalidInput, NotFound
from vwdesk.domain.figures import round_half_up
from vwdesk.domain.permissions import Permission
from vwdesk.domain.sessions import (
    LocationInfo,
    LocationStats,
    Refusal,
    Refused,
    ScheduleInfo,
    ScheduleInput,
    SessionInfo,
    StaffMember,
    normalise_time,
    occurrences,
    validate_schedule,
)

if TYPE_CHECKING:
    from vwdesk.services.workspace import Workspace


def _ids(text: str) -> tuple[int, ...]:
    return tuple(int(p) for p in text.split(",") if p.strip().isdigit())


def _active(on: date):
    v = VolunteerRecord
    return (v.active_from <= on) & (v.active_until.is_(None) | (v.active_until >= on))


class SessionService:
    def __init__(self, ws: Workspace):
        self._ws = ws

    # -- locations and staff -----------------------------------------------------------
    def locations(self) -> list[LocationInfo]:
        with self._ws.reading() as s:
            rows = s.scalars(select(LocationRecord).order_by(LocationRecord.name)).all()
            return [LocationInfo(r.id, r.name, r.address) for r in rows]

    def add_location(self, name: str, address: str = "") -> LocationInfo:
        self._ws.require(Permission.MANAGE_TEAM)
        name = " ".join(name.split())
        if not name:
            raise InvalidInput(InputProblem("a location needs a name", field="name"))
        with self._ws.unit() as s:
            if s.scalar(select(LocationRecord.id).where(LocationRecord.name == name)):
                raise InvalidInput(InputProblem("this location exists already", field="name"))
            rec = LocationRecord(name=name, address=address.strip())
            s.add(rec)
            s.flush()
            self._ws.audit.record(s, self._ws.user.account_id, "location.add", "location", rec.id)
            return LocationInfo(rec.id, rec.name, rec.address)

    def staff(self, on: date | None = None) -> list[StaffMember]:
        """Team members active on a day (today), for staffing and visit pickers."""
        on = on or date.today()
        v = VolunteerRecord
        with self._ws.reading() as s:
            rows = s.scalars(select(v).where(_active(on)).order_by(v.first_name, v.last_name))
            return [
                StaffMember(r.id, f"{r.first_name} {r.last_name}", r.legal, r.home_visit_pool)
                for r in rows
            ]

    # -- schedules ---------------------------------------------------------------------
    def schedules(self, on: date | None = None) -> list[ScheduleInfo]:
        """Every schedule, or those valid on a day; by weekday and time."""
        sch = ConsultationScheduleRecord
        query = select(sch, LocationRecord.name).join(LocationRecord)
        if on is not None:
            query = query.where(
                sch.valid_from <= on, or_(sch.valid_until.is_(None), sch.valid_until >= on)
            )
        with self._ws.reading() as s:
            rows = s.execute(query.order_by(sch.weekday, sch.start, sch.id)).all()
            return self._schedule_infos(s, rows)

    def _schedule_infos(self, s: Session, rows) -> list[ScheduleInfo]:
        staff_ids = {i for rec, _ in rows for i in _ids(rec.staffing)}
        people = {}
        if staff_ids:
            for v in s.scalars(select(VolunteerRecord).where(VolunteerRecord.id.in_(staff_ids))):
                people[v.id] = (f"{v.first_name} {v.last_name}", v.legal)
        out = []
        for rec, location in rows:
            ids = tuple(i for i in _ids(rec.staffing) if i in people)
            kind = SessionKind(rec.kind)
            out.append(
                ScheduleInfo(
                    id=rec.id,
                    kind=kind,
                    location_id=rec.location_id,
                    location_name=location,
                    weekday=rec.weekday,
                    start=rec.start,
                    end=rec.end,
                    valid_from=rec.valid_from,
                    valid_until=rec.valid_until,
                    staffing=ids,
                    staffing_names=tuple(people[i][0] for i in ids),
                    missing_legal_volunteer=(
                        kind == SessionKind.LEGAL and not any(people[i][1] for i in ids)
                    ),
                )
            )
        return out

    def save_schedule(self, inp: ScheduleInput, schedule_id: int | None = None) -> ScheduleInfo:
        """Add a schedule, or change one; a legal one without a legal volunteer only warns."""
        self._ws.require(Permission.MANAGE_TEAM)
        inp = validate_schedule(inp)
        with self._ws.unit() as s:
            if s.get(LocationRecord, inp.location_id) is None:
                raise NotFound(f"no location {inp.location_id}")
            if schedule_id is None:
                rec = ConsultationScheduleRecord()
                s.add(rec)
            else:
                rec = s.get(ConsultationScheduleRecord, schedule_id)
                if rec is None:
                    raise NotFound(f"no schedule {schedule_id}")
            rec.kind = inp.kind.value
            rec.location_id = inp.location_id
            rec.weekday = inp.weekday
            rec.start, rec.end = inp.start, inp.end
            rec.valid_from, rec.valid_until = inp.valid_from, inp.valid_until
            rec.staffing = ",".join(str(i) for i in inp.staffing)
            s.flush()
            action = "schedule.add" if schedule_id is None else "schedule.change"
            self._ws.audit.record(
                s, self._ws.user.account_id, action, "consultation_schedule", rec.id
            )
            location = s.get(LocationRecord, rec.location_id)
            return self._schedule_infos(s, [(rec, location.name)])[0]

    def end_schedule(self, schedule_id: int, last_day: date) -> None:
        """Stop a schedule after a day; its held sessions stay."""
        self._ws.require(Permission.MANAGE_TEAM)
        with self._ws.unit() as s:
            rec = s.get(ConsultationScheduleRecord, schedule_id)
            if rec is None:
                raise NotFound(f"no schedule {schedule_id}")
            if last_day < rec.valid_from:
                raise InvalidInput(
                    InputProblem("the schedule ends after it starts", field="valid_until")
                )
            rec.valid_until = last_day
            self._ws.audit.record(
                s, self._ws.user.account_id, "schedule.end", "consultation_schedule", rec.id
            )

    # -- sessions ----------------------------------------------------------------------
    def between(self, first: date, last: date) -> list[SessionInfo]:
        """Stored sessions and the schedules' planned ones, by date and start time."""
        sess = ConsultationSessionRecord
        counts = (
            select(ContactRecord.session_id, func.count().label("n"))
            .group_by(ContactRecord.session_id)
            .subquery()
        )
        with self._ws.reading() as s:
            stored = s.execute(
                select(sess, LocationRecord.name, func.coalesce(counts.c.n, 0))
                .join(LocationRecord, LocationRecord.id == sess.location_id)
                .outerjoin(counts, counts.c.session_id == sess.id)
                .where(sess.date >= first, sess.date <= last)
            ).all()
            out = [_session_info(rec, name, n) for rec, name, n in stored]
            taken = {(i.schedule_id, i.date) for i in out if i.schedule_id is not None}
            sch = ConsultationScheduleRecord
            for rec, name in s.execute(
                select(sch, LocationRecord.name).join(
                    LocationRecord, LocationRecord.id == sch.location_id
                )
            ).all():
                for day in occurrences(rec.weekday, rec.valid_from, rec.valid_until, first, last):
                    if (rec.id, day) not in taken:
                        out.append(
                            SessionInfo(
                                id=None,
                                schedule_id=rec.id,
                                kind=SessionKind(rec.kind),
                                location_id=rec.location_id,
                                location_name=name,
                                date=day,
                                start=rec.start,
                                end=rec.end,
                            )
                        )
        return sorted(out, key=lambda i: (i.date, i.start, i.location_name, i.id or 0))

    def get(self, session_id: int) -> SessionInfo:
        with self._ws.reading() as s:
            return self._info(s, session_id)

    def _info(self, s: Session, session_id: int) -> SessionInfo:
        rec = s.get(ConsultationSessionRecord, session_id)
        if rec is None:
            raise NotFound(f"no session {session_id}")
        n = s.scalar(select(func.count()).where(ContactRecord.session_id == session_id))
        return _session_info(rec, s.get(LocationRecord, rec.location_id).name, n or 0)

    def open(self, session: SessionInfo) -> SessionInfo:
        """The hour starts: store a planned session (or return the stored one)."""
        with self._ws.unit() as s:
            rec = self._stored(s, session)
            if rec.cancelled:
                raise Refused(Refusal.SESSION_CANCELLED, "this session is cancelled")
            return self._info(s, rec.id)

    def add(
        self, kind: SessionKind, location_id: int, on: date, start: str = "", end: str = ""
    ) -> SessionInfo:
        """An extra session outside the schedules."""
        start_t = normalise_time(start) if start else ""
        end_t = normalise_time(end) if end else ""
        if start_t is None or end_t is None or (start_t and end_t and end_t <= start_t):
            raise InvalidInput(InputProblem("times such as 14:00 to 16:00", field="start"))
        with self._ws.unit() as s:
            if s.get(LocationRecord, location_id) is None:
                raise NotFound(f"no location {location_id}")
            rec = ConsultationSessionRecord(
                kind=SessionKind(kind).value,
                location_id=location_id,
                date=on,
                start=start_t,
                end=end_t,
            )
            s.add(rec)
            s.flush()
            self._ws.audit.record(
                s, self._ws.user.account_id, "session.add", "consultation_session", rec.id
            )
            return self._info(s, rec.id)

    def cancel(self, session: SessionInfo) -> SessionInfo:
        """A holiday or no staff: refused once contacts were logged in it."""
        with self._ws.unit() as s:
            rec = self._stored(s, session)
            n = s.scalar(select(func.count()).where(ContactRecord.session_id == rec.id))
            if n:
                raise Refused(
                    Refusal.SESSION_HAS_CONTACTS,
                    f"the session has {n} contacts; undo them before cancelling it",
                )
            rec.cancelled = True
            self._ws.audit.record(
                s, self._ws.user.account_id, "session.cancel", "consultation_session", rec.id
            )
            return self._info(s, rec.id)

    def restore(self, session_id: int) -> SessionInfo:
        """Undo a cancellation."""
        with self._ws.unit() as s:
            rec = s.get(ConsultationSessionRecord, session_id)
            if rec is None:
                raise NotFound(f"no session {session_id}")
            rec.cancelled = False
            self._ws.audit.record(
                s, self._ws.user.account_id, "session.restore", "consultation_session", rec.id
            )
            return self._info(s, rec.id)

    def _stored(self, s: Session, session: SessionInfo) -> ConsultationSessionRecord:
        """The stored record of a session, storing a planned one first (audited)."""
        sess = ConsultationSessionRecord
        if session.id is not None:
            rec = s.get(sess, session.id)
            if rec is None:
                raise NotFound(f"no session {session.id}")
            return rec
        rec = s.scalar(
            select(sess).where(sess.schedule_id == session.schedule_id, sess.date == session.date)
        )
        if rec is not None:
            return rec
        schedule = s.get(ConsultationScheduleRecord, session.schedule_id)
        if schedule is None:
            raise NotFound(f"no schedule {session.schedule_id}")
        rec = sess(
            schedule_id=schedule.id,
            kind=schedule.kind,
            location_id=schedule.location_id,
            date=session.date,
            start=schedule.start,
            end=schedule.end,
        )
        s.add(rec)
        s.flush()
        self._ws.audit.record(
            s, self._ws.user.account_id, "session.open", "consultation_session", rec.id
        )
        return rec

    # -- figures -----------------------------------------------------------------------
    def years(self) -> list[int]:
        """The years with stored sessions, newest first (for the per-location figures)."""
        sess = ConsultationSessionRecord
        with self._ws.reading() as s:
            first, last = s.execute(select(func.min(sess.date), func.max(sess.date))).one()
        if first is None:
            return []
        return list(range(last.year, first.year - 1, -1))

    def location_stats(self, year: int) -> list[LocationStats]:
        """Sessions held and contacts per session per location: the report's definition."""
        sess = ConsultationSessionRecord
        first, last = date(year, 1, 1), date(year, 12, 31)
        in_year = (sess.date >= first) & (sess.date <= last)
        with self._ws.reading() as s:
            held = s.execute(
                select(
                    LocationRecord.id,
                    LocationRecord.name,
                    func.count(func.distinct(sess.id)),
                    func.count(ContactRecord.id),
                )
                .select_from(sess)
                .join(LocationRecord, LocationRecord.id == sess.location_id)
                .outerjoin(ContactRecord, ContactRecord.session_id == sess.id)
                .where(in_year, sess.cancelled.is_(False))
                .group_by(LocationRecord.id, LocationRecord.name)
            ).all()
            cancelled = dict(
                s.execute(
                    select(sess.location_id, func.count())
                    .where(in_year, sess.cancelled.is_(True))
                    .group_by(sess.location_id)
                ).all()
            )
            names = dict(s.execute(select(LocationRecord.id, LocationRecord.name)).all())
        stats = {
            lid: LocationStats(lid, name, n, c, round_half_up(c, n), cancelled.get(lid, 0))
            for lid, name, n, c in held
        }
        for lid, n in cancelled.items():
            stats.setdefault(lid, LocationStats(lid, names[lid], 0, 0, 0, n))
        return sorted(stats.values(), key=lambda x: x.location)


def _session_info(rec: ConsultationSessionRecord, location: str, n: int) -> SessionInfo:
    return SessionInfo(
        id=rec.id,
        schedule_id=rec.schedule_id,
        kind=SessionKind(rec.kind),
        location_id=rec.location_id,
        location_name=location,
        date=rec.date,
        start=rec.start,
        end=rec.end,
        cancelled=rec.cancelled,
        contact_count=n,
    )
