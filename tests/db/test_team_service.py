"""The team through TeamService: periods, flags, leaving with the history intact."""

from __future__ import annotations

from datetime import date

import pytest

from vwdesk.domain.enums import Role
from vwdesk.domain.errors import InvalidInput, PermissionDenied
from vwdesk.domain.team import VolunteerInput
from vwdesk.domain.validation import PERIOD_ENDS_BEFORE_START, REQUIRED
from vwdesk.services.workspace import Workspace


def anna(**kw) -> VolunteerInput:
    return VolunteerInput("Anna", "de Vries", kw.pop("active_from", date(2016, 1, 1)), **kw)


def test_add_update_and_leave(workspace):
    vol = workspace.team.add(
        anna(home_visit_pool=True, languages="nl, ar", availability=(3, 1), paid=False)
    )
    assert vol.name == "Anna de Vries" and vol.data.availability == (1, 3)
    assert vol.active_on(date(2017, 1, 1))
    changed = workspace.team.update(
        vol.volunteer_id, anna(legal=True, role=Role.JUNIOR_TEAM_LEADER)
    )
    assert changed.data.legal and changed.data.role == Role.JUNIOR_TEAM_LEADER
    left = workspace.team.end(vol.volunteer_id, date(2017, 6, 30))
    assert left.data.active_until == date(2017, 6, 30)
    # Still on the list (history), no longer a choice for new work.
    assert [v.name for v in workspace.team.volunteers()] == ["Anna de Vries"]
    assert workspace.team.choices() == []
    assert [c.name for c in workspace.team.choices(include_inactive=True)] == ["Anna de Vries"]
    assert workspace.figures.compute(2017).volunteers.start == 1
    assert workspace.figures.compute(2017).volunteers.end == 0


def test_validation(workspace):
    with pytest.raises(InvalidInput) as err:
        workspace.team.add(VolunteerInput("", "", None))
    assert {(p.field, p.message) for p in err.value.problems} == {
        ("last_name", REQUIRED),
        ("active_from", REQUIRED),
    }
    with pytest.raises(InvalidInput) as err:
        workspace.team.add(anna(active_until=date(2015, 1, 1)))
    assert err.value.problems[0].message == PERIOD_ENDS_BEFORE_START


def test_link_account_and_permissions(workspace):
    vol = workspace.team.add(anna())
    workspace.accounts.add("anna", "wachtwoord-1", Role.VOLUNTEER)
    workspace.team.link_account("anna", vol.volunteer_id)
    assert workspace.team.volunteer(vol.volunteer_id).account == "anna"
    path = workspace.datafile.path
    workspace.close()
    ws = Workspace.open(path, "anna", "wachtwoord-1")
    try:
        assert ws.user.volunteer_id == vol.volunteer_id
        assert [v.name for v in ws.team.volunteers()] == ["Anna de Vries"]
        with pytest.raises(PermissionDenied):
            ws.team.add(anna())
        with pytest.raises(PermissionDenied):
            ws.team.end(vol.volunteer_id, date(2017, 1, 1))
        with pytest.raises(PermissionDenied):
            ws.team.link_account("anna", None)
    finally:
        ws.close()
