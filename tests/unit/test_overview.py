"""The Overzicht on (a copy of) the demo file, on a fixed "today"."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import select, update

from tests.conftest import DEMO_PASSWORD, DEMO_TODAY
from vwdesk.db.records import (
    ChecklistItemRecord,
    ChecklistRecord,
    ClientRecord,
    HouseholdRecord,
    ReunificationDossierRecord,
)
from vwdesk.domain.enums import Role
from vwdesk.services.workspace import Workspace

TODAY = DEMO_TODAY  # a Monday: the day the test demo's present is built around


@pytest.fixture
def volunteer(demo_workspace, demo_file):
    """The demo volunteer's own view, opened after the team leader prepared the file."""

    def open_as_volunteer() -> Workspace:
        demo_workspace.close()
        return Workspace.open(demo_file, "vrijwilliger", DEMO_PASSWORD)

    return open_as_volunteer


def test_the_team_view_on_the_demo(demo_workspace):
    ws = demo_workspace
    view = ws.overview.for_today(TODAY)
    assert not view.personal and view.today == TODAY

    assert view.sessions_today and all(x.date == TODAY for x in view.sessions_today)
    assert all(TODAY < x.date <= TODAY + timedelta(days=6) for x in view.sessions_coming)
    week = ws.sessions.between(TODAY, TODAY + timedelta(days=6))
    assert list(view.sessions_today + view.sessions_coming) == week

    assert list(view.deadlines) == ws.deadlines.needing_attention(TODAY)
    assert view.deadlines, "the demo has open dossiers with running deadlines"
    dues = [d.due_on for d in view.deadlines]
    assert dues == sorted(dues)
    assert view.overdue_deadlines == sum(1 for d in view.deadlines if d.due_on < TODAY)
    with ws.reading() as s:
        open_ids = set(
            s.scalars(
                select(ReunificationDossierRecord.id).where(
                    ReunificationDossierRecord.closed_on.is_(None)
                )
            )
        )
    assert {d.dossier_id for d in view.deadlines if d.dossier_id} <= open_ids
    assert all(d.needs_attention(TODAY, 14) for d in view.deadlines)
    assert all(i.due_on < TODAY for i in view.overdue_items)
    assert all(v.days_overdue > 0 for v in view.overdue_visits)


def test_what_needs_attention_shows_for_the_volunteer_and_the_team(demo_workspace, volunteer):
    ws = demo_workspace
    mine = ws.overview.for_today(TODAY)  # the team leader prepares some work
    volunteer_ws = volunteer()
    own = volunteer_ws.overview.for_today(TODAY)
    volunteer_ws.close()
    assert own.personal and own.linked and own.my_clients
    client = own.my_clients[0]

    ws = Workspace.open(volunteer_ws.datafile.path, "teamleider", DEMO_PASSWORD)
    try:
        with ws.unit() as s:
            s.execute(
                update(ClientRecord)
                .where(ClientRecord.id == client.client_id)
                .values(travel_document_expires_on=TODAY + timedelta(days=20))
            )
            s.execute(
                update(HouseholdRecord)
                .where(HouseholdRecord.id == client.household_id)
                .values(visit_interval_days=7)  # the demo visited it within the month
            )
            item_id = s.scalar(
                select(ChecklistItemRecord.id)
                .join(ChecklistRecord)
                .where(
                    ChecklistRecord.closed_on.is_(None),
                    ChecklistItemRecord.status == "open",
                    ChecklistRecord.household_id == client.household_id,
                )
                .limit(1)
            )
            if item_id is None:  # the demo gave this household no open item: give it one
                item_id = s.scalar(
                    select(ChecklistItemRecord.id)
                    .join(ChecklistRecord)
                    .where(
                        ChecklistRecord.closed_on.is_(None), ChecklistItemRecord.status == "open"
                    )
                    .limit(1)
                )
                checklist_id = s.get(ChecklistItemRecord, item_id).checklist_id
                s.get(ChecklistRecord, checklist_id).household_id = client.household_id
            s.get(ChecklistItemRecord, item_id).due_on = TODAY - timedelta(days=3)
        team = ws.overview.for_today(TODAY)
    finally:
        ws.close()
    assert len(team.deadlines) == len(mine.deadlines) + 1

    ws = Workspace.open(volunteer_ws.datafile.path, "vrijwilliger", DEMO_PASSWORD)
    try:
        assert ws.user.role is Role.VOLUNTEER
        own = ws.overview.for_today(TODAY)
    finally:
        ws.close()
    mine_ids = {c.client_id for c in own.my_clients}
    households = {c.household_id for c in own.my_clients}
    [reminder] = [d for d in own.deadlines if d.rule_key == "travel_document_expiry"]
    assert (reminder.client_id, reminder.days_left(TODAY)) == (client.client_id, 20)
    assert all(d.client_id in mine_ids for d in own.deadlines)
    assert [v.household_id for v in own.overdue_visits] == [client.household_id]
    assert own.overdue_visits[0].interval_days == 7
    assert item_id in {i.item_id for i in own.overdue_items}
    assert all(i.household_id in households or i.client_id in mine_ids for i in own.overdue_items)
    assert reminder in team.deadlines
    assert client.household_id in {v.household_id for v in team.overdue_visits}
