"""Dossiers on a real file: steps move deadlines, reviews, closing, arrivals become clients."""

from __future__ import annotations

import json
from datetime import date

import pytest
from sqlalchemy import select

from vwdesk.db.records import AuditEventRecord, ClientRecord, HouseholdRecord
from vwdesk.domain.deadlines import DeadlineAnchor, DeadlineRuleDraft
from vwdesk.domain.dossiers import (
    ArrivalDraft,
    DossierDraft,
    DossierFilter,
    FamilyMemberDraft,
    StepDraft,
)
from vwdesk.domain.enums import DossierOutcome, ProcedureStepKind, Role, Sex
from vwdesk.domain.errors import InvalidInput, PermissionDenied
from vwdesk.domain.names import client_search_key
from vwdesk.services.workspace import Workspace

TODAY = date(2017, 6, 15)


def add_household(ws, housed_on=date(2016, 9, 1), first="Amal", last="Haddad", **client_kw):
    with ws.unit() as s:
        household = HouseholdRecord(
            housed_on=housed_on, address="Dorpsstraat 1", city="Bergschenhoek"
        )
        s.add(household)
        s.flush()
        client = ClientRecord(
            household_id=household.id,
            first_name=first,
            last_name=last,
            birth_date=date(1985, 3, 3),
            sex="F",
            nationality="SY",
            housed_on=housed_on,
            search_key=client_search_key(first, last),
            **client_kw,
        )
        s.add(client)
        s.flush()
        return household.id, client.id


@pytest.fixture
def referent(workspace):
    return add_household(workspace)[1]


@pytest.fixture
def volunteer_workspace(workspace, new_file):
    workspace.accounts.add("vrijwilliger", "wachtwoord-1", Role.VOLUNTEER)
    workspace.close()
    ws = Workspace.open(new_file, "vrijwilliger", "wachtwoord-1")
    yield ws
    ws.close()


def open_dossier(ws, client_id, opened_on=date(2017, 1, 10), nidos=False):
    return ws.dossiers.create(DossierDraft(client_id, opened_on, nidos=nidos), today=TODAY)


def test_a_new_file_ships_documented_rules(workspace):
    rules = {r.key: r for r in workspace.deadlines.rules()}
    assert set(rules) >= {
        "reunification_application",
        "ind_decision",
        "objection",
        "mvv_validity",
        "permit_expiry",
        "travel_document_expiry",
        "pvt",
    }
    assert all(r.legal_source for r in rules.values())
    assert (rules["objection"].anchor, rules["objection"].days) == (DeadlineAnchor.REFUSAL, 28)
    assert "art. 69" in rules["objection"].legal_source


def test_steps_drive_the_deadlines_of_a_dossier(workspace, referent):
    ws = workspace
    dossier_id = open_dossier(ws, referent)
    ws.dossiers.add_step(
        dossier_id, StepDraft(ProcedureStepKind.PERMIT, date(2016, 11, 30)), today=TODAY
    )
    [deadline] = ws.deadlines.for_dossier(dossier_id)
    assert (deadline.rule_key, deadline.due_on) == ("reunification_application", date(2017, 2, 28))
    assert deadline.client_id == referent and deadline.dossier_id == dossier_id

    ws.dossiers.add_step(
        dossier_id, StepDraft(ProcedureStepKind.SUBMITTED, date(2017, 1, 31)), today=TODAY
    )
    refusal = ws.dossiers.add_step(
        dossier_id, StepDraft(ProcedureStepKind.REFUSAL, date(2017, 5, 31)), today=TODAY
    )
    [deadline] = ws.deadlines.for_dossier(dossier_id)
    assert (deadline.rule_key, deadline.due_on) == ("objection", date(2017, 6, 28))
    assert deadline.days_left(TODAY) == 13

    detail = ws.dossiers.get(dossier_id)
    assert [s.kind for s in detail.steps] == ["permit", "submitted", "refusal"]
    assert [d.rule_key for d in detail.deadlines] == ["objection"]

    ws.dossiers.update_step(
        refusal, StepDraft(ProcedureStepKind.DECISION, date(2017, 5, 31)), today=TODAY
    )
    assert ws.deadlines.for_dossier(dossier_id) == []
    ws.dossiers.remove_step(refusal)
    [deadline] = ws.deadlines.for_dossier(dossier_id)
    assert (deadline.rule_key, deadline.due_on) == ("ind_decision", date(2017, 5, 1))


def test_editing_a_rule_moves_the_deadlines_it_governs(workspace, referent):
    ws = workspace
    dossier_id = open_dossier(ws, referent)
    ws.dossiers.add_step(
        dossier_id, StepDraft(ProcedureStepKind.REFUSAL, date(2017, 1, 31)), today=TODAY
    )
    [before] = ws.deadlines.for_dossier(dossier_id)
    assert before.due_on == date(2017, 2, 28)

    rule = next(r for r in ws.deadlines.rules() if r.key == "objection")
    ws.deadlines.update_rule(
        rule.id,
        DeadlineRuleDraft(
            label=rule.label,
            anchor=rule.anchor,
            months=1,
            days=0,
            remind_days_before=rule.remind_days_before,
            legal_source="Vw 2000, art. 69 lid 1 (gewijzigd)",
            checked_on=date(2017, 6, 1),
        ),
        today=TODAY,
    )
    [after] = ws.deadlines.for_dossier(dossier_id)
    assert after.due_on == date(2017, 2, 28)  # 31 Jan + 1 month: the month's last day
    ws.deadlines.update_rule(
        rule.id,
        DeadlineRuleDraft(rule.label, rule.anchor, months=0, days=42, remind_days_before=14),
        today=TODAY,
    )
    [after] = ws.deadlines.for_dossier(dossier_id)
    assert after.due_on == date(2017, 3, 14)

    ws.deadlines.update_rule(
        rule.id, DeadlineRuleDraft(rule.label, rule.anchor, days=42, active=False), today=TODAY
    )
    assert ws.deadlines.for_dossier(dossier_id) == []
    with ws.reading() as s:
        event = s.scalars(
            select(AuditEventRecord).where(AuditEventRecord.action == "deadline_rule.update")
        ).first()
    assert event.entity_id == rule.id
    assert "Vw" not in event.detail  # ids and field names only


def test_volunteers_may_not_edit_rules(volunteer_workspace):
    rule = volunteer_workspace.deadlines.rules()[0]
    with pytest.raises(PermissionDenied):
        volunteer_workspace.deadlines.update_rule(
            rule.id, DeadlineRuleDraft(rule.label, rule.anchor, days=1)
        )
    with pytest.raises(PermissionDenied):
        volunteer_workspace.deadlines.create_rule(DeadlineRuleDraft("x", rule.anchor, days=1))


def test_team_rules_can_be_added_and_defaults_restored(workspace):
    ws = workspace
    new = ws.deadlines.create_rule(
        DeadlineRuleDraft("Verlenging aanvragen", DeadlineAnchor.PERMIT_EXPIRES, months=-6),
        today=TODAY,
    )
    assert new.key.startswith("team_") and new.months == -6
    assert ws.deadlines.restore_defaults() == 0


def test_client_dates_feed_reminders(workspace):
    ws = workspace
    _, client_id = add_household(
        ws,
        first="Yonas",
        last="Tesfay",
        permit_expires_on=date(2017, 8, 31),
        travel_document_expires_on=date(2019, 1, 1),
        pvt_required=True,
    )
    found = ws.deadlines.for_client(client_id)
    assert [(d.rule_key, d.due_on) for d in found] == [
        ("permit_expiry", date(2017, 8, 31)),
        ("pvt", date(2017, 9, 1)),
        ("travel_document_expiry", date(2019, 1, 1)),
    ]
    soon = ws.deadlines.needing_attention(TODAY)
    assert {d.rule_key for d in soon} == {"permit_expiry"}  # 77 days, inside its 90
    soon = ws.deadlines.needing_attention(date(2017, 7, 15))
    assert {d.rule_key for d in soon} == {"permit_expiry", "pvt"}


def test_list_filters_and_the_monthly_review(workspace, referent):
    ws = workspace
    first = open_dossier(ws, referent, date(2017, 1, 10))
    nidos = open_dossier(ws, referent, date(2017, 2, 1), nidos=True)
    closed = open_dossier(ws, referent, date(2016, 10, 1))
    ws.dossiers.add_member(
        first, FamilyMemberDraft("Omar Haddad", "partner", None, "tr", "Gaziantep"), today=TODAY
    )
    ws.dossiers.add_step(first, StepDraft(ProcedureStepKind.REFUSAL, date(2017, 4, 1)), today=TODAY)
    ws.dossiers.close(closed, DossierOutcome.WITHDRAWN, date(2017, 3, 1), today=TODAY)

    def ids(which):
        return [d.id for d in ws.dossiers.summaries(which, today=TODAY)]

    assert ids(DossierFilter.OPEN) == [nidos, first]
    assert ids(DossierFilter.CLOSED) == [closed]
    assert ids(DossierFilter.NIDOS) == [nidos]
    assert ids(DossierFilter.OVERDUE) == [first]
    assert ids(DossierFilter.ALL) == [nidos, first, closed]

    [row] = [d for d in ws.dossiers.summaries(DossierFilter.ALL, today=TODAY) if d.id == first]
    assert row.referent == "Amal Haddad" and row.family == ("Omar Haddad",)
    assert row.status is ProcedureStepKind.REFUSAL
    assert row.next_deadline.rule_key == "objection" and row.next_deadline.days_left(TODAY) < 0

    assert [d.id for d in ws.dossiers.review_list(today=TODAY)] == [nidos, first]
    ws.dossiers.mark_reviewed(first, today=TODAY)
    assert [d.id for d in ws.dossiers.review_list(today=TODAY)] == [nidos]
    detail = ws.dossiers.get(first)
    assert detail.last_reviewed_on == TODAY and detail.reviewed_by == "teamleider"
    # a new month, a new review
    assert first in [d.id for d in ws.dossiers.review_list(today=date(2017, 7, 1))]


def test_closing_successfully_registers_arrivals_who_count_as_housed(workspace):
    ws = workspace
    household_id, referent = add_household(ws, housed_on=date(2016, 9, 1))
    dossier_id = open_dossier(ws, referent, date(2016, 10, 1))
    partner = ws.dossiers.add_member(
        dossier_id, FamilyMemberDraft("Omar Haddad", "partner", date(1983, 1, 1), "TR"), today=TODAY
    )
    child = ws.dossiers.add_member(
        dossier_id, FamilyMemberDraft("Lina Haddad", "child", None, "TR"), today=TODAY
    )
    ws.dossiers.add_step(
        dossier_id, StepDraft(ProcedureStepKind.ARRIVAL, date(2017, 5, 20)), today=TODAY
    )
    housed_before = ws.figures.compute(2017).housed.total

    arrivals = [
        ArrivalDraft(partner, "Omar", "Haddad", date(1983, 1, 1), Sex.MALE, "sy", date(2017, 6, 1)),
        ArrivalDraft(child, "Lina", "Haddad", date(2012, 4, 4), Sex.FEMALE, "SY", date(2017, 6, 1)),
    ]
    created = ws.dossiers.close(
        dossier_id, DossierOutcome.SUCCESSFUL, date(2017, 6, 1), arrivals, today=TODAY
    )

    assert len(created) == 2
    figures = ws.figures.compute(2017)
    assert figures.housed.total == housed_before + 2
    assert figures.housed.dwellings == 0  # they join the referent's household
    assert figures.reunification.successful == 1
    detail = ws.dossiers.get(dossier_id)
    assert {m.client_id for m in detail.members} == set(created)
    assert detail.arrived_unregistered() == ()
    with ws.reading() as s:
        clients = s.scalars(select(ClientRecord).where(ClientRecord.id.in_(created))).all()
        assert {c.household_id for c in clients} == {household_id}
        assert {c.housed_on for c in clients} == {date(2017, 6, 1)}
        assert all(c.nationality == "SY" for c in clients)
        assert all("dorpsstraat" in c.search_key for c in clients)
        events = s.scalars(
            select(AuditEventRecord).where(AuditEventRecord.action == "client.add")
        ).all()
    assert sorted(e.entity_id for e in events) == sorted(created)
    assert all("Haddad" not in e.detail and "Omar" not in e.detail for e in events)


def test_arrivals_are_all_checked_before_anything_is_written(workspace, referent):
    ws = workspace
    dossier_id = open_dossier(ws, referent)
    member = ws.dossiers.add_member(
        dossier_id, FamilyMemberDraft("Omar Haddad", "partner"), today=TODAY
    )
    bad = [
        ArrivalDraft(member, "Omar", "Haddad", date(1983, 1, 1), "Q", "XX", date(2017, 6, 1)),
        ArrivalDraft(member, "Omar", "Haddad", date(1983, 1, 1), "M", "SY", date(2016, 1, 1)),
    ]
    with pytest.raises(InvalidInput) as caught:
        ws.dossiers.close(dossier_id, DossierOutcome.SUCCESSFUL, date(2017, 6, 1), bad, today=TODAY)
    found = {(p.row, p.field) for p in caught.value.problems}
    assert found == {(1, "sex"), (1, "nationality"), (2, None), (2, "housed_on")}
    assert ws.dossiers.get(dossier_id).is_open  # rolled back
    with pytest.raises(InvalidInput):
        good = [ArrivalDraft(member, "Omar", "H", date(1983, 1, 1), Sex.MALE, "SY", TODAY)]
        ws.dossiers.close(dossier_id, DossierOutcome.REJECTED, TODAY, good, today=TODAY)


def test_every_change_is_audited_with_ids_only(workspace, referent):
    ws = workspace
    dossier_id = open_dossier(ws, referent)
    member = ws.dossiers.add_member(
        dossier_id, FamilyMemberDraft("Omar Haddad", "partner", place="Gaziantep"), today=TODAY
    )
    ws.dossiers.update_member(
        member, FamilyMemberDraft("Omar Haddad", "husband", place="Istanbul"), today=TODAY
    )
    ws.dossiers.update(
        dossier_id, DossierDraft(referent, date(2017, 1, 9), notes="Belt"), today=TODAY
    )
    ws.dossiers.remove_member(member)
    with ws.reading() as s:
        events = s.scalars(
            select(AuditEventRecord).where(AuditEventRecord.entity == "dossier")
        ).all()
    assert [e.action for e in events] == [
        "dossier.create",
        "dossier.member_add",
        "dossier.member_update",
        "dossier.update",
        "dossier.member_remove",
    ]
    assert {e.entity_id for e in events} == {dossier_id}
    text = json.dumps([e.detail for e in events])
    assert "Omar" not in text and "Gaziantep" not in text and "Belt" not in text
