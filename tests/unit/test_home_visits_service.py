"""The home-visit pool, the overdue list, planning and recording visits."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

import pytest
from sqlalchemy import select

from tests.unit.test_sessions_world import TODAY, build_world
from vwdesk.db.records import AuditEventRecord, ContactRecord
from vwdesk.domain.enums import Channel, ContactKind, Role
from vwdesk.domain.errors import InvalidInput, PermissionDenied
from vwdesk.domain.sessions import ContactInput, Refusal, Refused
from vwdesk.domain.visits import VisitPlan, VisitReport, week_loads


@pytest.fixture
def world(workspace):
    return build_world(workspace)


def test_the_pool_lists_active_pool_volunteers_with_their_days(workspace, world):
    pool = workspace.home_visits.pool()
    assert [(p.name, p.weekdays, p.area) for p in pool] == [
        ("Anna de Vries", (1, 3, 5), "Berkel"),
        ("Chris Bakker", (2, 4), "Bergschenhoek"),
    ]


def test_the_overdue_list_puts_the_most_overdue_first(workspace, world):
    # settled: housed three years ago, every 30 days, never visited -> very overdue
    # recent: housed 60 days ago, every 42 days -> 18 days overdue
    rows = workspace.home_visits.households()
    assert [r.household_id for r in rows] == [world.settled, world.recent, world.unwatched]
    recent = rows[1]
    # the world was built relative to TODAY (fixed when the tests were collected); the
    # service counts from the day it runs, one more when the run crossed midnight
    late = 18 + (date.today() - TODAY).days
    assert recent.days_overdue == late and recent.contact_volunteer == "Bram Jansen"
    assert recent.label == "Amal Haddad, Westersingel 4"
    assert rows[2].interval_days is None and not rows[2].overdue
    # a home-visit contact ten days ago puts the settled household 20 days before its due date
    workspace.contacts.log(
        ContactInput(
            ContactKind.SOCIAL_GUIDANCE,
            Channel.HOME_VISIT,
            TODAY - timedelta(days=10),
            client_id=world.old_client,
        )
    )
    assert [r.household_id for r in workspace.home_visits.overdue()] == [world.recent]


def test_plan_and_record_a_visit_by_the_contact_person(workspace, world):
    visit = workspace.home_visits.plan(
        VisitPlan(world.recent, TODAY + timedelta(days=2), purpose="kennismaking")
    )
    assert visit.volunteer == "Bram Jansen" and not visit.by_pool_volunteer
    assert workspace.home_visits.households()[1].planned_on == visit.planned_on
    done = workspace.home_visits.record(
        visit.id,
        VisitReport(TODAY, findings="Huis is op orde", follow_up="Zorgtoeslag aanvragen"),
    )
    assert done.recorded and done.held_on == TODAY and done.findings == "Huis is op orde"
    with workspace.reading() as s:
        contact = s.get(ContactRecord, done.contact_id)
        assert (contact.channel, contact.client_id, contact.volunteer_id) == (
            "home_visit",
            world.clients[0],
            world.bram,
        )
    assert world.recent not in [r.household_id for r in workspace.home_visits.overdue()]
    assert workspace.figures.compute(TODAY.year).home_visits.total == 1
    with pytest.raises(Refused) as err:
        workspace.home_visits.record(visit.id, VisitReport(TODAY))
    assert err.value.reason == Refusal.VISIT_ALREADY_RECORDED
    assert workspace.home_visits.planned() == []
    assert len(workspace.home_visits.planned(include_recorded=True)) == 1


def test_a_pool_volunteer_is_the_marked_exception(workspace, world):
    visit = workspace.home_visits.plan(
        VisitPlan(world.recent, TODAY + timedelta(days=1), volunteer_id=world.chris)
    )
    assert visit.by_pool_volunteer and visit.volunteer == "Chris Bakker"
    with pytest.raises(Refused) as err:  # Dirk left; Bram is nobody's exception here
        workspace.home_visits.plan(VisitPlan(world.unwatched, TODAY, volunteer_id=world.bram))
    assert err.value.reason == Refusal.NOT_A_VISIT_VOLUNTEER
    with pytest.raises(Refused):  # no contact person and nobody chosen
        workspace.home_visits.plan(VisitPlan(world.unwatched, TODAY))


def test_week_loads_count_per_volunteer_per_week(workspace, world):
    monday = TODAY - timedelta(days=TODAY.weekday())
    for days, who in ((0, None), (1, None), (2, world.anna), (7, world.anna)):
        workspace.home_visits.plan(
            VisitPlan(world.recent, monday + timedelta(days=days), volunteer_id=who)
        )
    loads = workspace.home_visits.week_loads(monday, monday + timedelta(days=13))
    assert [(x.monday, x.volunteer, x.visits) for x in loads] == [
        (monday, "Bram Jansen", 2),
        (monday, "Anna de Vries", 1),
        (monday + timedelta(days=7), "Anna de Vries", 1),
    ]
    assert week_loads([]) == []
    pool = {p.name: p.planned for p in workspace.home_visits.pool(monday)}
    assert pool["Anna de Vries"] == 2


def test_cancel_frequency_and_permissions(workspace, world):
    visit = workspace.home_visits.plan(VisitPlan(world.recent, TODAY))
    workspace.home_visits.cancel(visit.id)
    assert workspace.home_visits.planned() == []
    workspace.home_visits.set_interval(world.unwatched, 28)
    assert workspace.home_visits.households()[0].household_id == world.unwatched
    with pytest.raises(InvalidInput):
        workspace.home_visits.set_interval(world.unwatched, 999)
    with workspace.reading() as s:
        events = s.execute(
            select(AuditEventRecord.action, AuditEventRecord.entity_id).where(
                AuditEventRecord.action.like("visit.%")
                | AuditEventRecord.action.like("household.%")
            )
        ).all()
    assert [tuple(e) for e in events] == [
        ("visit.plan", visit.id),
        ("visit.cancel", visit.id),
        ("household.visit_interval", world.unwatched),
    ]
    workspace.user = replace(workspace.user, role=Role.VOLUNTEER)
    with pytest.raises(PermissionDenied):
        workspace.home_visits.set_interval(world.unwatched, 28)
    workspace.home_visits.plan(VisitPlan(world.recent, TODAY))  # volunteers plan visits


def test_members_and_pool_details(workspace, world):
    assert [m.name for m in workspace.home_visits.members(world.settled)] == ["Hiba Mansour"]
    workspace.home_visits.update_pool_member(
        world.bram, in_pool=True, weekdays=(5, 1, 9), languages="nl", area="Centrum"
    )
    bram = next(p for p in workspace.home_visits.pool() if p.id == world.bram)
    assert bram.weekdays == (1, 5) and bram.contact_for == 2
