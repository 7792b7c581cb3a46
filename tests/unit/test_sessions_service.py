"""Schedules, sessions and the per-location figures, on a real file."""

from __future__ import annotations

import json
from datetime import date, timedelta

import pytest
from sqlalchemy import select

from tests.unit.test_sessions_world import TODAY, build_world
from vwdesk.db.records import AuditEventRecord
from vwdesk.domain.enums import Channel, ContactKind, SessionKind
from vwdesk.domain.errors import InvalidInput, PermissionDenied
from vwdesk.domain.sessions import (
    ContactInput,
    Refusal,
    Refused,
    ScheduleInput,
    guidance_ends_on,
    normalise_time,
    occurrences,
    week_of,
)


def test_occurrences_follow_the_weekday_and_validity():
    days = occurrences(2, date(2017, 1, 1), date(2017, 1, 31), date(2016, 12, 1), date(2017, 3, 1))
    assert days == [date(2017, 1, 3), date(2017, 1, 10), date(2017, 1, 17), date(2017, 1, 24),
                    date(2017, 1, 31)]  # fmt: skip
    assert occurrences(1, date(2018, 1, 1), None, date(2017, 1, 1), date(2017, 12, 31)) == []


def test_times_and_guidance_period():
    assert normalise_time("9:30") == "09:30"
    assert normalise_time("1400") == "14:00"
    assert normalise_time("25:00") is None
    assert guidance_ends_on(date(2016, 8, 31)) == date(2018, 2, 28)
    assert week_of(date(2017, 3, 9)) == (date(2017, 3, 6), date(2017, 3, 12))


def test_a_week_lists_planned_sessions_and_opening_stores_them(workspace):
    w = build_world(workspace)
    monday, sunday = week_of(TODAY)
    sch = workspace.sessions.save_schedule(
        ScheduleInput(SessionKind.WALK_IN, w.hergerborch, 1, "9:00", "11.00", monday)
    )
    assert sch.start == "09:00" and sch.end == "11:00"
    week = workspace.sessions.between(monday, sunday)
    assert [(s.id, s.date, s.location_name) for s in week] == [(None, monday, "De Hergerborch")]

    held = workspace.sessions.open(week[0])
    assert held.id is not None and held.schedule_id == sch.id
    again = workspace.sessions.between(monday, sunday)
    assert [s.id for s in again] == [held.id]  # not listed twice
    assert workspace.sessions.open(again[0]).id == held.id


def test_legal_consultation_without_a_legal_volunteer_warns(workspace):
    w = build_world(workspace)
    inp = ScheduleInput(SessionKind.LEGAL, w.office, 2, "14:00", "16:00", TODAY, None, (w.bram,))
    assert workspace.sessions.save_schedule(inp).missing_legal_volunteer
    inp = ScheduleInput(
        SessionKind.LEGAL, w.office, 2, "14:00", "16:00", TODAY, None, (w.bram, w.anna)
    )
    sch = workspace.sessions.save_schedule(inp)
    assert not sch.missing_legal_volunteer
    assert sch.staffing_names == ("Bram Jansen", "Anna de Vries")


def test_bad_schedules_are_refused_with_every_problem(workspace):
    w = build_world(workspace)
    with pytest.raises(InvalidInput) as err:
        workspace.sessions.save_schedule(
            ScheduleInput(SessionKind.WALK_IN, w.office, 9, "16:00", "14:00", TODAY)
        )
    assert {p.field for p in err.value.problems} == {"weekday", "end"}


def test_cancelling_a_session_with_contacts_is_refused(workspace):
    w = build_world(workspace)
    sess = workspace.sessions.add(SessionKind.INFO_POINT, w.office, TODAY, "10:00", "12:00")
    workspace.contacts.log(
        ContactInput(ContactKind.INFO_POINT, Channel.CONSULTATION, TODAY, session_id=sess.id)
    )
    with pytest.raises(Refused) as err:
        workspace.sessions.cancel(workspace.sessions.get(sess.id))
    assert err.value.reason == Refusal.SESSION_HAS_CONTACTS
    assert not workspace.sessions.get(sess.id).cancelled


def test_a_cancelled_session_takes_no_contacts_and_can_be_restored(workspace):
    w = build_world(workspace)
    monday, sunday = week_of(TODAY)
    workspace.sessions.save_schedule(
        ScheduleInput(SessionKind.WALK_IN, w.office, 4, "13:00", "15:00", monday)
    )
    planned = workspace.sessions.between(monday, sunday)[0]
    cancelled = workspace.sessions.cancel(planned)  # a holiday: stored as cancelled
    assert cancelled.cancelled and cancelled.id is not None
    with pytest.raises(Refused) as err:
        workspace.contacts.log(
            ContactInput(
                ContactKind.SOCIAL_GUIDANCE,
                Channel.CONSULTATION,
                TODAY,
                client_id=w.clients[0],
                session_id=cancelled.id,
            )
        )
    assert err.value.reason == Refusal.SESSION_CANCELLED
    assert not workspace.sessions.restore(cancelled.id).cancelled


def test_location_stats_match_the_report_figure(workspace):
    w = build_world(workspace)
    day = date(2017, 3, 6)
    sessions = [
        workspace.sessions.add(SessionKind.WALK_IN, w.hergerborch, day + timedelta(days=7 * i))
        for i in range(3)
    ]
    workspace.sessions.cancel(
        workspace.sessions.add(SessionKind.WALK_IN, w.hergerborch, date(2017, 4, 17))
    )
    for sess, n in zip(sessions, (8, 9, 7), strict=True):
        for i in range(n):
            workspace.contacts.log(
                ContactInput(
                    ContactKind.SOCIAL_GUIDANCE,
                    Channel.CONSULTATION,
                    sess.date,
                    client_id=w.clients[i % len(w.clients)],
                    session_id=sess.id,
                )
            )
    stats = {x.location: x for x in workspace.sessions.location_stats(2017)}
    herg = stats["De Hergerborch"]
    assert (herg.sessions_held, herg.contacts, herg.average, herg.cancelled) == (3, 24, 8, 1)
    figures = workspace.figures.compute(2017)
    assert figures.sessions.avg_contacts_by_location == {"De Hergerborch": herg.average}
    assert figures.contacts.social_guidance == 24


def test_schedules_need_manage_team_and_every_change_is_audited_with_ids(workspace):
    w = build_world(workspace)
    sch = workspace.sessions.save_schedule(
        ScheduleInput(SessionKind.WALK_IN, w.office, 4, "13:00", "15:00", TODAY)
    )
    workspace.sessions.end_schedule(sch.id, TODAY + timedelta(days=30))
    with workspace.reading() as s:
        events = s.scalars(
            select(AuditEventRecord).where(AuditEventRecord.action.like("schedule.%"))
        ).all()
    assert [(e.action, e.entity_id) for e in events] == [
        ("schedule.add", sch.id),
        ("schedule.end", sch.id),
    ]
    assert all("Kantoor" not in e.detail for e in events)
    json.loads(events[0].detail)

    from dataclasses import replace

    from vwdesk.domain.enums import Role

    workspace.user = replace(workspace.user, role=Role.VOLUNTEER)
    with pytest.raises(PermissionDenied):
        workspace.sessions.save_schedule(
            ScheduleInput(SessionKind.WALK_IN, w.office, 4, "13:00", "15:00", TODAY)
        )


def test_the_demo_shows_the_reports_average_per_location(demo_workspace):
    stats = {x.location: x for x in demo_workspace.sessions.location_stats(2017)}
    figures = demo_workspace.figures.compute(2017).sessions.avg_contacts_by_location
    assert {name: x.average for name, x in stats.items()} == figures
    assert stats["De Hergerborch"].average == 8
    assert 2017 in demo_workspace.sessions.years()
