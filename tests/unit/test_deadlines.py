"""Deadline arithmetic and which rule applies when: pure domain, no file."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from vwdesk.domain.deadlines import (
    ClientFacts,
    DeadlineAnchor,
    DeadlineRule,
    DeadlineRuleDraft,
    DeadlineState,
    DossierFacts,
    StepFact,
    add_months,
    add_period,
    client_deadlines,
    dossier_deadlines,
)
from vwdesk.domain.errors import InvalidInput


@pytest.mark.parametrize(
    ("day", "months", "expected"),
    [
        (date(2017, 1, 31), 1, date(2017, 2, 28)),
        (date(2016, 1, 31), 1, date(2016, 2, 29)),  # leap year
        (date(2016, 2, 29), 12, date(2017, 2, 28)),  # leap day plus a year
        (date(2016, 2, 29), 48, date(2020, 2, 29)),
        (date(2017, 3, 31), 3, date(2017, 6, 30)),
        (date(2017, 11, 30), 3, date(2018, 2, 28)),
        (date(2017, 12, 15), 1, date(2018, 1, 15)),
        (date(2017, 5, 31), -3, date(2017, 2, 28)),
        (date(2018, 1, 10), -1, date(2017, 12, 10)),
        (date(2017, 8, 31), 0, date(2017, 8, 31)),
    ],
)
def test_months_are_added_the_calendar_way(day, months, expected):
    assert add_months(day, months) == expected


def test_a_period_adds_months_first_then_days():
    assert add_period(date(2017, 1, 31), 1, 1) == date(2017, 3, 1)
    assert add_period(date(2016, 12, 31), 0, 60) == date(2017, 3, 1)
    assert add_period(date(2016, 2, 1), 0, 28) == date(2016, 2, 29)


@given(st.dates(min_value=date(1950, 1, 1), max_value=date(2090, 12, 31)), st.integers(0, 240))
def test_adding_months_never_overshoots_the_target_month(day, months):
    result = add_months(day, months)
    assert (result.year * 12 + result.month) - (day.year * 12 + day.month) == months
    assert result.day <= day.day


def rule(anchor, months=0, days=0, remind=14, rule_id=1, active=True):
    return DeadlineRule(
        id=rule_id,
        key=f"r{rule_id}",
        label=f"rule {rule_id}",
        anchor=anchor,
        months=months,
        days=days,
        remind_days_before=remind,
        legal_source="",
        checked_on=None,
        active=active,
    )


def dossier(*steps, closed=False):
    return DossierFacts(
        dossier_id=7,
        client_id=3,
        client_name="Amal Haddad",
        closed=closed,
        steps=tuple(StepFact(kind, on) for kind, on in steps),
    )


APPLICATION = rule(DeadlineAnchor.REFERENT_PERMIT, months=3, rule_id=1)
DECISION = rule(DeadlineAnchor.APPLICATION_SUBMITTED, days=90, rule_id=2)
OBJECTION = rule(DeadlineAnchor.REFUSAL, days=28, rule_id=3)
MVV = rule(DeadlineAnchor.VISA_ISSUED, days=90, rule_id=4)
DOSSIER_RULES = [APPLICATION, DECISION, OBJECTION, MVV]


def due(deadlines):
    return {d.rule_id: d.due_on for d in deadlines}


def test_the_application_window_runs_from_the_referents_permit_until_submitted():
    facts = dossier(("permit", date(2016, 11, 30)))
    assert due(dossier_deadlines(DOSSIER_RULES, facts)) == {1: date(2017, 2, 28)}
    facts = dossier(("permit", date(2016, 11, 30)), ("submitted", date(2017, 1, 5)))
    assert due(dossier_deadlines(DOSSIER_RULES, facts)) == {2: date(2017, 4, 5)}


def test_a_refusal_starts_the_objection_period_and_an_objection_meets_it():
    facts = dossier(("submitted", date(2017, 1, 5)), ("refusal", date(2017, 2, 1)))
    found = dossier_deadlines(DOSSIER_RULES, facts)
    assert due(found) == {3: date(2017, 3, 1)}
    assert found[0].dossier_id == 7 and found[0].client_name == "Amal Haddad"
    facts = dossier(*[(s.kind, s.on) for s in facts.steps], ("objection", date(2017, 2, 20)))
    assert dossier_deadlines(DOSSIER_RULES, facts) == []


def test_a_granting_decision_starts_no_objection_period():
    facts = dossier(("submitted", date(2017, 1, 5)), ("decision", date(2017, 3, 1)))
    assert dossier_deadlines(DOSSIER_RULES, facts) == []


def test_the_entry_visa_must_be_used_before_arrival_is_recorded():
    facts = dossier(("decision", date(2017, 3, 1)), ("visa", date(2017, 4, 10)))
    assert due(dossier_deadlines(DOSSIER_RULES, facts)) == {4: date(2017, 7, 9)}
    facts = dossier(*[(s.kind, s.on) for s in facts.steps], ("arrival", date(2017, 5, 2)))
    assert dossier_deadlines(DOSSIER_RULES, facts) == []


def test_a_new_application_after_a_refusal_runs_again_from_its_own_date():
    facts = dossier(
        ("submitted", date(2016, 1, 5)),
        ("refusal", date(2016, 5, 1)),
        ("objection", date(2016, 5, 20)),
        ("submitted", date(2017, 2, 1)),
    )
    assert due(dossier_deadlines(DOSSIER_RULES, facts)) == {2: date(2017, 5, 2)}


def test_closed_dossiers_and_inactive_rules_give_nothing():
    steps = [("permit", date(2017, 1, 31))]
    assert dossier_deadlines(DOSSIER_RULES, dossier(*steps, closed=True)) == []
    off = rule(DeadlineAnchor.REFERENT_PERMIT, months=3, active=False)
    assert dossier_deadlines([off], dossier(*steps)) == []


def client(**kw):
    values = dict(
        client_id=5,
        client_name="Yonas Tesfay",
        housed_on=date(2017, 10, 31),
        permit_expires_on=None,
        travel_document_expires_on=None,
        pvt_required=False,
        pvt_signed_on=None,
    )
    values.update(kw)
    return ClientFacts(**values)


CLIENT_RULES = [
    rule(DeadlineAnchor.PERMIT_EXPIRES, remind=90, rule_id=11),
    rule(DeadlineAnchor.TRAVEL_DOCUMENT_EXPIRES, remind=90, rule_id=12),
    rule(DeadlineAnchor.FIRST_HOUSING, months=12, remind=60, rule_id=13),
]


def test_client_dates_feed_reminders():
    facts = client(
        permit_expires_on=date(2021, 5, 1),
        travel_document_expires_on=date(2019, 2, 1),
        pvt_required=True,
    )
    found = client_deadlines(CLIENT_RULES + DOSSIER_RULES, facts)
    assert due(found) == {
        11: date(2021, 5, 1),
        12: date(2019, 2, 1),
        13: date(2018, 10, 31),
    }
    assert [d.rule_id for d in found] == [13, 12, 11]  # by due date
    assert all(d.dossier_id is None and d.client_id == 5 for d in found)


def test_the_pvt_deadline_only_while_required_and_unsigned():
    assert client_deadlines(CLIENT_RULES, client()) == []
    signed = client(pvt_required=True, pvt_signed_on=date(2018, 3, 1))
    assert client_deadlines(CLIENT_RULES, signed) == []


def test_state_and_attention_follow_the_reminder_window():
    [deadline] = client_deadlines(CLIENT_RULES, client(permit_expires_on=date(2018, 6, 30)))
    assert deadline.days_left(date(2018, 6, 1)) == 29
    assert deadline.state(date(2018, 1, 1)) is DeadlineState.LATER
    assert deadline.state(date(2018, 4, 1)) is DeadlineState.DUE_SOON
    assert deadline.state(date(2018, 6, 30)) is DeadlineState.DUE_SOON
    assert deadline.state(date(2018, 7, 1)) is DeadlineState.OVERDUE
    assert not deadline.needs_attention(date(2018, 1, 1), 14)
    assert deadline.needs_attention(date(2018, 4, 1), 14)
    assert deadline.needs_attention(date(2019, 1, 1), 14)


def test_a_rule_draft_is_checked_and_cleaned():
    draft = DeadlineRuleDraft(" Bezwaar ", DeadlineAnchor.REFUSAL, days=28, legal_source=" Vw ")
    clean = draft.validated(date(2018, 1, 1))
    assert (clean.label, clean.legal_source) == ("Bezwaar", "Vw")
    bad = DeadlineRuleDraft(
        "", "nonsense", months=500, remind_days_before=-1, checked_on=date(2019, 1, 1)
    )
    with pytest.raises(InvalidInput) as caught:
        bad.validated(date(2018, 1, 1))
    fields = {p.field for p in caught.value.problems}
    assert fields == {"label", "anchor", "months", "remind_days_before", "checked_on"}
