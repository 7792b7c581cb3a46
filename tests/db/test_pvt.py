"""The participation statement: the deadline from the team's rule, leap days included."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import select

from tests.db.test_checklists import add_household
from vwdesk.db.records import ClientRecord, DeadlineRuleRecord
from vwdesk.domain.deadlines import DeadlineAnchor, DeadlineState
from vwdesk.domain.errors import InvalidInput
from vwdesk.domain.pvt import PvtUpdate

D = date.fromisoformat


def pvt_rule(ws, months=12, days=0) -> None:
    """The team's PVT rule: the shipped one when the file has it, else made here."""
    with ws.unit() as s:
        rule = s.scalar(
            select(DeadlineRuleRecord).where(
                DeadlineRuleRecord.anchor == DeadlineAnchor.FIRST_HOUSING.value
            )
        )
        if rule is None:
            rule = DeadlineRuleRecord(
                key="pvt", label="Participatieverklaring", anchor=DeadlineAnchor.FIRST_HOUSING
            )
            s.add(rule)
        rule.months, rule.days, rule.active, rule.remind_days_before = months, days, True, 30


def obliged(ws, client_id: int) -> None:
    with ws.unit() as s:
        s.get(ClientRecord, client_id).integration_obliged = True


@pytest.mark.parametrize(
    ("housed", "deadline"),
    [
        ("2020-02-29", "2021-02-28"),  # housed on a leap day: no 29 February next year
        ("2019-02-28", "2020-02-28"),  # a year from 28 February stays on the 28th
        ("2019-03-01", "2020-03-01"),
        ("2017-10-01", "2018-10-01"),
    ],
)
def test_pvt_deadline_is_a_year_after_housing_even_on_a_leap_day(workspace, housed, deadline):
    pvt_rule(workspace)
    _, (client,) = add_household(workspace, housed_on=housed)
    obliged(workspace, client)
    status = workspace.pvt.status(client)
    assert status.suggested and not status.required and status.deadline is None
    status = workspace.pvt.update(client, PvtUpdate(required=True), today=D("2022-01-01"))
    assert status.deadline == D(deadline)


def test_the_period_is_the_rules_not_the_codes(workspace):
    pvt_rule(workspace, months=18)
    _, (client,) = add_household(workspace, housed_on="2018-01-31")
    workspace.pvt.update(client, PvtUpdate(required=True), today=D("2018-02-01"))
    assert workspace.pvt.status(client).deadline == D("2019-07-31")
    with workspace.unit() as s:
        for rule in s.scalars(select(DeadlineRuleRecord)):
            rule.active = False
    assert workspace.pvt.status(client).deadline is None  # no rule: no guessed date


def test_deadlines_coming_up_and_signing(workspace):
    pvt_rule(workspace)
    _, (early, late, signed) = add_household(
        workspace,
        housed_on="2017-11-01",
        names=(
            ("Vroeg", "A", "1980-01-01"),
            ("Laat", "B", "1981-01-01"),
            ("Klaar", "C", "1982-01-01"),
        ),
    )
    _, (later,) = add_household(workspace, "2018-03-01", (("Later", "D", "1983-01-01"),))
    today = D("2018-10-15")
    for client in (early, late, signed, later):
        obliged(workspace, client)
        workspace.pvt.update(client, PvtUpdate(required=True), today=today)
    status = workspace.pvt.update(
        signed, PvtUpdate(True, D("2018-05-01"), D("2018-05-20")), today=today
    )
    assert status.state(today) is None
    with pytest.raises(InvalidInput):
        workspace.pvt.update(signed, PvtUpdate(True, None, D("2018-10-16")), today=today)
    with pytest.raises(InvalidInput):
        workspace.pvt.update(signed, PvtUpdate(True, None, D("2017-10-31")), today=today)

    upcoming = workspace.pvt.upcoming(today)
    assert [p.client_id for p in upcoming] == [late, early, later]  # same day: by name
    assert upcoming[0].state(today) == DeadlineState.DUE_SOON  # 1 November: 17 days left
    assert upcoming[2].state(today) == DeadlineState.LATER
    assert [p.client_id for p in workspace.pvt.upcoming(today, within_days=30)] == [late, early]
    assert workspace.pvt.upcoming(D("2018-11-02"))[0].state(D("2018-11-02")) == (
        DeadlineState.OVERDUE
    )
    assert workspace.figures.compute(2018).pvt.signed == 1


def test_the_law_suggests_who_is_required(workspace):
    _, (before, after) = add_household(
        workspace,
        housed_on="2017-09-30",
        names=(("Voor", "A", "1980-01-01"), ("Na", "B", "1981-01-01")),
    )
    with workspace.unit() as s:
        s.get(ClientRecord, after).housed_on = D("2017-10-01")
    obliged(workspace, before)
    obliged(workspace, after)
    assert [p.client_id for p in workspace.pvt.suggestions()] == [after]
