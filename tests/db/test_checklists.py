"""Checklists on a real file: shipped templates, versioning, items, audit, figures."""

from __future__ import annotations

import json
from datetime import date

import pytest
from sqlalchemy import select

from tests.conftest import PASSWORD
from vwdesk.db.records import AuditEventRecord, ClientRecord, HouseholdRecord, VolunteerRecord
from vwdesk.domain.checklists import (
    PAYMENT_ARRANGEMENT,
    ItemField,
    ItemUpdate,
    Scope,
    TemplateDraft,
    TemplateItemDraft,
)
from vwdesk.domain.enums import ChecklistItemStatus as S
from vwdesk.domain.enums import Role
from vwdesk.domain.errors import InvalidInput, PermissionDenied
from vwdesk.services.workspace import Workspace

D = date.fromisoformat


def add_household(ws, housed_on="2017-03-15", names=(("Ahmad", "Haddad", "1980-01-01"),)):
    """A household with members (test set-up straight into the file; ids returned)."""
    with ws.unit() as s:
        household = HouseholdRecord(housed_on=D(housed_on), address="Kerkstraat 1")
        s.add(household)
        s.flush()
        ids = []
        for first, last, born in names:
            client = ClientRecord(
                household_id=household.id,
                first_name=first,
                last_name=last,
                birth_date=D(born),
                sex="M",
                nationality="SY",
                housed_on=D(housed_on),
            )
            s.add(client)
            s.flush()
            ids.append(client.id)
        return household.id, ids


def add_volunteer(ws, first="Els", last="de Vries") -> int:
    with ws.unit() as s:
        v = VolunteerRecord(first_name=first, last_name=last, active_from=D("2016-01-01"))
        s.add(v)
        s.flush()
        return v.id


def sign_in_as_volunteer(ws, path) -> Workspace:
    """Adds the account, closes the team leader's workspace (one at a time) and signs in."""
    ws.accounts.add("vrijwilliger", PASSWORD, Role.VOLUNTEER)
    ws.close()
    return Workspace.open(path, "vrijwilliger", PASSWORD)


def audit_since(ws, first_id: int):
    with ws.reading() as s:
        return s.scalars(select(AuditEventRecord).where(AuditEventRecord.id > first_id)).all()


def last_audit_id(ws) -> int:
    with ws.reading() as s:
        return s.scalar(select(AuditEventRecord.id).order_by(AuditEventRecord.id.desc())) or 0


def test_a_new_file_has_the_three_dutch_templates(workspace):
    templates = {t.key: t for t in workspace.checklist_templates.templates()}
    assert {k: t.name for k, t in templates.items()} == {
        "debt_prevention": "Schuldpreventie",
        "integration": "Integratie",
        "settlement": "Vestiging",
    }
    assert all(t.version == 1 and t.current for t in templates.values())
    assert templates["settlement"].scope == Scope.HOUSEHOLD
    assert templates["integration"].scope == Scope.CLIENT
    assert templates["settlement"].items[0].title == "Huurcontract getekend"


def test_changing_a_template_keeps_started_checklists_on_their_version(workspace):
    household, _ = add_household(workspace)
    old = workspace.checklists.start("debt_prevention", household_id=household)
    v1 = next(t for t in workspace.checklist_templates.templates() if t.key == "debt_prevention")

    edited = TemplateDraft(
        "debt_prevention",
        "Schuldpreventie (2018)",
        Scope.HOUSEHOLD,
        (
            TemplateItemDraft("Budgetplan gemaakt", key="income_expenses"),
            *[TemplateItemDraft(i.title, i.help, i.fields, i.when_needed, i.key)
              for i in v1.items[1:]],
            TemplateItemDraft("Energiecontract bekeken", fields=(ItemField.DATE,)),
        ),
    )  # fmt: skip
    v2 = workspace.checklist_templates.save_template(edited)
    assert (v2.version, v2.current, len(v2.items)) == (2, True, len(v1.items) + 1)

    again = workspace.checklists.get(old.id)
    assert again.version == 1 and again.name == "Schuldpreventie"
    assert [i.title for i in again.items] == [i.title for i in old.items]
    assert again.items[0].title == "Overzicht inkomsten en uitgaven gemaakt"

    other, _ = add_household(workspace, names=(("Sara", "Tesfay", "1990-05-05"),))
    new = workspace.checklists.start("debt_prevention", household_id=other)
    assert new.version == 2 and new.items[0].title == "Budgetplan gemaakt"
    assert new.items[-1].key == "energiecontract_bekeken"

    every = workspace.checklist_templates.templates(include_old=True)
    versions = [(t.version, t.current, t.instances) for t in every if t.key == "debt_prevention"]
    assert versions == [(1, False, 1), (2, True, 1)]


def test_saving_an_unused_version_rewrites_it(workspace):
    v1 = next(t for t in workspace.checklist_templates.templates() if t.key == "integration")
    draft = TemplateDraft("integration", "Integratie", Scope.CLIENT, (TemplateItemDraft("Werk"),))
    saved = workspace.checklist_templates.save_template(draft)
    assert (saved.id, saved.version, [i.title for i in saved.items]) == (v1.id, 1, ["Werk"])


def test_only_team_leaders_edit_templates(workspace, new_file):
    volunteer = sign_in_as_volunteer(workspace, new_file)
    try:
        draft = TemplateDraft("x", "X", Scope.CLIENT, (TemplateItemDraft("Iets"),))
        with pytest.raises(PermissionDenied):
            volunteer.checklist_templates.save_template(draft)
        # ... but volunteers do the work on checklists
        household, _ = add_household(volunteer)
        checklist = volunteer.checklists.start("settlement", household_id=household)
        volunteer.checklists.update_item(checklist.items[0].id, ItemUpdate(S.DONE))
    finally:
        volunteer.close()


def test_working_through_items_with_progress_and_audit_by_id(workspace):
    household, (client,) = add_household(workspace)
    volunteer = add_volunteer(workspace)
    mark = last_audit_id(workspace)
    checklist = workspace.checklists.start(
        "debt_prevention", client_id=client, started_on=D("2017-04-01")
    )
    assert checklist.household_id == household and checklist.client_id is None
    assert checklist.owner_name == "Ahmad Haddad"
    assert checklist.progress.total == 9 and checklist.progress.open == 9
    with pytest.raises(InvalidInput):
        workspace.checklists.start("debt_prevention", household_id=household)

    first, arrangement = checklist.items[0], checklist.items[6]
    assert arrangement.key == PAYMENT_ARRANGEMENT and arrangement.when_needed
    plangroep = workspace.referrals.partner_named("Plangroep")
    checklist = workspace.checklists.update_item(
        first.id, ItemUpdate(S.DONE, done_on=D("2017-04-10"), volunteer_id=volunteer)
    )
    checklist = workspace.checklists.update_item(
        arrangement.id,
        ItemUpdate(
            S.DONE,
            done_on=D("2017-05-02"),
            creditor="Energieleverancier",
            amount_cents=84_000,
            monthly_cents=3_500,
            note="afgesproken per 1 juni",
        ),
    )
    checklist = workspace.checklists.update_item(
        checklist.items[8].id, ItemUpdate(S.NOT_APPLICABLE)
    )
    checklist = workspace.checklists.update_item(
        checklist.items[7].id, ItemUpdate(S.OPEN, partner_id=plangroep.id)
    )
    assert checklist.progress.done == 2 and checklist.progress.not_applicable == 1
    assert checklist.items[0].volunteer_name == "Els de Vries"
    assert checklist.items[6].creditor == "Energieleverancier"
    assert checklist.items[6].help.startswith("Bij een achterstand")
    assert ItemField.MONTHLY in checklist.items[6].fields
    assert checklist.items[7].partner_name == "Plangroep"

    events = audit_since(workspace, mark)
    assert [e.action for e in events] == ["checklist.start"] + ["checklist_item.update"] * 4
    for event in events:  # ids only: no names, creditors or notes in the trail
        text = event.detail
        assert "Haddad" not in text and "Energie" not in text and "juni" not in text
        assert json.loads(text)  # and the detail is plain JSON

    figures = workspace.figures.compute(2017)
    assert figures.debt.checklists_started == 1
    assert figures.debt.payment_arrangements == 1


def test_a_second_payment_arrangement_goes_right_after_the_first(workspace):
    household, _ = add_household(workspace)
    checklist = workspace.checklists.start("debt_prevention", household_id=household)
    arrangement = next(i for i in checklist.items if i.key == PAYMENT_ARRANGEMENT)
    checklist = workspace.checklists.add_item(checklist.id, arrangement.id)
    keys = [i.key for i in checklist.items]
    assert keys.count(PAYMENT_ARRANGEMENT) == 2
    assert keys.index(PAYMENT_ARRANGEMENT) + 1 == len(keys) - 1 - keys[::-1].index(
        PAYMENT_ARRANGEMENT
    )
    assert [i.position for i in checklist.items] == list(range(1, 11))
    assert checklist.items[7].help == arrangement.help  # the shape comes from the template


def test_past_due_items_and_lists_per_client(workspace):
    household, (adult, child) = add_household(
        workspace,
        names=(("Ahmad", "Haddad", "1980-01-01"), ("Lina", "Haddad", "2010-06-01")),
    )
    settlement = workspace.checklists.start(
        "settlement", household_id=household, started_on=D("2017-03-15")
    )
    integration = workspace.checklists.start("integration", client_id=adult)
    workspace.checklists.update_item(
        settlement.items[0].id, ItemUpdate(S.OPEN, due_on=D("2017-05-01"))
    )
    workspace.checklists.update_item(
        integration.items[2].id, ItemUpdate(S.OPEN, due_on=D("2017-06-01"))
    )
    workspace.checklists.update_item(
        settlement.items[1].id, ItemUpdate(S.DONE, due_on=D("2017-04-01"))
    )
    late = workspace.checklists.past_due(D("2017-05-15"))
    assert [(p.title, p.owner_name) for p in late] == [
        ("Huurcontract getekend", "Ahmad Haddad, Lina Haddad")
    ]
    assert len(workspace.checklists.past_due(D("2017-06-02"))) == 2
    workspace.checklists.close(settlement.id, D("2017-06-01"))
    assert len(workspace.checklists.past_due(D("2017-06-02"))) == 1

    for_adult = workspace.checklists.summaries(client_id=adult)
    assert {c.template_key for c in for_adult} == {"settlement", "integration"}
    assert {c.template_key for c in workspace.checklists.summaries(client_id=child)} == {
        "settlement"
    }
    assert len(workspace.checklists.summaries(household_id=household)) == 2
