"""Referrals and the partner list on a real file."""

from __future__ import annotations

from datetime import date

import pytest

from tests.db.test_checklists import add_household, audit_since, last_audit_id
from vwdesk.domain.errors import InvalidInput, PermissionDenied
from vwdesk.domain.referrals import ReferralDraft
from vwdesk.services.seed import DEFAULT_PARTNERS

D = date.fromisoformat


def test_a_new_file_has_the_partners_of_the_seed_report(workspace):
    assert {p.name for p in workspace.referrals.partners()} == set(DEFAULT_PARTNERS)


def test_referrals_per_client_per_partner_and_in_the_figures(workspace):
    _, (ahmad, lina) = add_household(
        workspace, names=(("Ahmad", "Haddad", "1980-01-01"), ("Lina", "Haddad", "2010-06-01"))
    )
    taalhuis = workspace.referrals.partner_named("Taalhuis")
    cjg = workspace.referrals.partner_named("CJG")
    mark = last_audit_id(workspace)
    first = workspace.referrals.add(
        ReferralDraft(ahmad, taalhuis.id, D("2017-04-03"), " taalmaatje ")
    )
    assert (first.client_name, first.partner_name, first.reason) == (
        "Ahmad Haddad", "Taalhuis", "taalmaatje",
    )  # fmt: skip
    workspace.referrals.add(ReferralDraft(lina, cjg.id, D("2017-05-01"), "opvoedvragen"))
    workspace.referrals.add(ReferralDraft(ahmad, taalhuis.id, D("2018-01-08")))
    with pytest.raises(InvalidInput):
        workspace.referrals.add(ReferralDraft(ahmad, cjg.id, D("2099-01-01")))

    assert [r.date for r in workspace.referrals.list(partner_id=taalhuis.id)] == [
        D("2018-01-08"), D("2017-04-03"),
    ]  # fmt: skip
    assert len(workspace.referrals.list(client_id=ahmad)) == 2
    assert len(workspace.referrals.list(year=2017)) == 2
    updated = workspace.referrals.set_outcome(first.id, "koppeling gemaakt")
    assert updated.outcome == "koppeling gemaakt"
    counts = {p.name: p.referrals for p in workspace.referrals.partners()}
    assert counts["Taalhuis"] == 2 and counts["Humanitas"] == 0

    assert workspace.figures.compute(2017).referrals.by_partner == {"CJG": 1, "Taalhuis": 1}
    events = audit_since(workspace, mark)
    assert [e.action for e in events] == ["referral.add"] * 3 + ["referral.outcome"]
    assert all("taal" not in e.detail and "Haddad" not in e.detail for e in events)


def test_the_partner_list_is_the_team_leaders(workspace, new_file):
    added = workspace.referrals.save_partner("  Vluchtelingenwerk   Oost ")
    assert added.name == "Vluchtelingenwerk Oost"
    with pytest.raises(InvalidInput):
        workspace.referrals.save_partner("vluchtelingenwerk oost")
    workspace.referrals.save_partner("Vluchtelingenwerk Oost", partner_id=added.id, active=False)
    assert "Vluchtelingenwerk Oost" not in {p.name for p in workspace.referrals.partners()}
    assert "Vluchtelingenwerk Oost" in {
        p.name for p in workspace.referrals.partners(include_inactive=True)
    }

    from tests.db.test_checklists import sign_in_as_volunteer

    volunteer = sign_in_as_volunteer(workspace, new_file)
    try:
        with pytest.raises(PermissionDenied):
            volunteer.referrals.save_partner("Nog een")
        assert volunteer.referrals.partners()  # reading the list is for everyone
    finally:
        volunteer.close()
