"""The Schuldpreventie overview: arrangements, arrears, past-due items, referrals."""

from __future__ import annotations

from datetime import date

import pytest

from tests.db.test_checklists import add_household, add_volunteer
from vwdesk.domain.checklists import DEBT_COUNSELLING, PAYMENT_ARRANGEMENT, ItemUpdate
from vwdesk.domain.enums import ChecklistItemStatus as S
from vwdesk.domain.errors import InvalidInput

D = date.fromisoformat


def item(checklist, key):
    return next(i for i in checklist.items if i.key == key)


def test_overview_of_households_with_their_arrangements(workspace):
    h1, (ahmad, _) = add_household(
        workspace, names=(("Ahmad", "Haddad", "1980-01-01"), ("Rania", "Haddad", "1982-01-01"))
    )
    h2, _ = add_household(workspace, names=(("Sara", "Tesfay", "1990-05-05"),))
    h3, _ = add_household(workspace, names=(("Yonas", "Gebre", "1988-02-02"),))
    assert {c.id for c in workspace.debt.households_without_checklist()} == {h1, h2, h3}

    one = workspace.checklists.start("debt_prevention", household_id=h1, started_on=D("2017-04-01"))
    workspace.checklists.start("debt_prevention", household_id=h2, started_on=D("2017-05-01"))
    assert {c.id for c in workspace.debt.households_without_checklist()} == {h3}

    made = item(one, PAYMENT_ARRANGEMENT)
    workspace.checklists.update_item(
        made.id,
        ItemUpdate(S.DONE, done_on=D("2017-05-02"), creditor="Zorgverzekeraar",
                   amount_cents=60_000, monthly_cents=5_000),
    )  # fmt: skip
    second = workspace.checklists.add_item(one.id, made.id)
    pending = [i for i in second.items if i.key == PAYMENT_ARRANGEMENT][1]
    workspace.checklists.update_item(
        pending.id,
        ItemUpdate(S.OPEN, due_on=D("2017-06-01"), creditor="Energie", amount_cents=25_050),
    )
    workspace.checklists.update_item(one.items[0].id, ItemUpdate(S.OPEN, due_on=D("2017-07-01")))

    rows = {r.household_id: r for r in workspace.debt.overview(D("2017-06-15"))}
    first = rows[h1]
    assert first.owner_name == "Ahmad Haddad, Rania Haddad"
    assert (first.arrangements_made, first.arrangements_pending) == (1, 1)
    assert (first.arrears_cents, first.monthly_cents, first.past_due) == (85_050, 5_000, 1)
    assert (rows[h2].arrangements_made, rows[h2].arrears_cents) == (0, 0)
    assert first.progress.total == 10

    arrangements = workspace.debt.arrangements()
    assert [(a.creditor, a.status) for a in arrangements] == [
        ("Energie", S.OPEN), ("Zorgverzekeraar", S.DONE),
    ]  # fmt: skip
    assert workspace.debt.arrangements(household_id=h2) == []
    assert [
        p.title for p in workspace.checklists.past_due(D("2017-06-15"), key="debt_prevention")
    ] == ["Betalingsregeling getroffen"]
    del ahmad


def test_a_referral_here_is_a_referral_to_plangroep(workspace):
    household, (ahmad, rania) = add_household(
        workspace, names=(("Ahmad", "Haddad", "1980-01-01"), ("Rania", "Haddad", "1982-01-01"))
    )
    other, (sara,) = add_household(workspace, names=(("Sara", "Tesfay", "1990-05-05"),))
    volunteer = add_volunteer(workspace)
    checklist = workspace.checklists.start(
        "debt_prevention", household_id=household, started_on=D("2017-04-01")
    )
    plangroep = workspace.debt.default_partner()
    assert plangroep.name == "Plangroep"
    assert [m.name for m in workspace.debt.members(household)] == ["Ahmad Haddad", "Rania Haddad"]
    with pytest.raises(InvalidInput):  # only a member of this household
        workspace.debt.refer(checklist.id, sara, plangroep.id, D("2017-06-01"))

    with workspace.unit() as s:  # the signed-in team leader is also a volunteer of the team
        from vwdesk.db.records import AccountRecord

        s.get(AccountRecord, workspace.user.account_id).volunteer_id = volunteer
    from dataclasses import replace

    workspace.user = replace(workspace.user, volunteer_id=volunteer)
    after = workspace.debt.refer(
        checklist.id, rania, plangroep.id, D("2017-06-01"), "huurachterstand", today=D("2017-06-02")
    )
    counselling = item(after, DEBT_COUNSELLING)
    assert (counselling.status, counselling.done_on) == (S.DONE, D("2017-06-01"))
    assert (counselling.partner_name, counselling.note) == ("Plangroep", "huurachterstand")

    (referral,) = workspace.referrals.list(client_id=rania)
    assert (referral.partner_name, referral.reason) == ("Plangroep", "huurachterstand")
    assert workspace.figures.compute(2017).referrals.by_partner == {"Plangroep": 1}
    (made,) = workspace.debt.referrals()
    assert (made.owner_name, made.partner_name, made.volunteer_name) == (
        "Ahmad Haddad, Rania Haddad", "Plangroep", "Els de Vries",
    )  # fmt: skip
    row = next(r for r in workspace.debt.overview(D("2017-06-02")) if r.household_id == household)
    assert (row.referred_to, row.referred_on) == ("Plangroep", D("2017-06-01"))
    del ahmad, other
