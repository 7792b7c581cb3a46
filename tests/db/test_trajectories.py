"""Trajectories on a real file: start and end, no overlap, ending soon, phases, figures."""

from __future__ import annotations

from datetime import date

import pytest

from tests.db.test_checklists import add_household, audit_since, last_audit_id
from vwdesk.domain.enums import TrajectoryKind as K
from vwdesk.domain.errors import InvalidInput
from vwdesk.domain.phases import Phase

D = date.fromisoformat


def test_start_end_and_count_in_the_figures(workspace):
    _, (client,) = add_household(workspace, housed_on="2017-03-15")
    mark = last_audit_id(workspace)
    settlement = workspace.trajectories.start(client, K.SETTLEMENT, D("2017-03-20"))
    assert settlement.client_name == "Ahmad Haddad"
    assert settlement.expected_end == D("2017-09-19")
    with pytest.raises(InvalidInput):  # one settlement trajectory at a time
        workspace.trajectories.start(client, K.SETTLEMENT, D("2017-06-01"))
    ended = workspace.trajectories.end(settlement.id, D("2017-09-01"))
    assert ended.ended_on == ended.expected_end == D("2017-09-01")
    with pytest.raises(InvalidInput):
        workspace.trajectories.end(settlement.id, D("2017-03-01"))
    integration = workspace.trajectories.start(client, K.INTEGRATION, D("2017-09-15"))
    assert [t.kind for t in workspace.trajectories.for_client(client)] == [
        K.SETTLEMENT, K.INTEGRATION,
    ]  # fmt: skip
    assert [e.action for e in audit_since(workspace, mark)] == [
        "trajectory.start", "trajectory.change", "trajectory.start",
    ]  # fmt: skip
    assert all("Haddad" not in e.detail for e in audit_since(workspace, mark))

    figures = workspace.figures.compute(2017).trajectories
    assert (figures.settlement_started, figures.integration_started) == (1, 1)
    workspace.trajectories.remove(integration.id)
    assert workspace.figures.compute(2017).trajectories.integration_started == 0


def test_trajectories_ending_within_a_month(workspace):
    _, (a, b, c) = add_household(
        workspace,
        names=(
            ("A", "Een", "1980-01-01"),
            ("B", "Twee", "1981-01-01"),
            ("C", "Drie", "1982-01-01"),
        ),
    )
    workspace.trajectories.start(a, K.SETTLEMENT, D("2017-03-15"))  # expected end 14 Sept
    workspace.trajectories.start(b, K.INTEGRATION, D("2017-01-01"), D("2017-10-15"))
    workspace.trajectories.start(c, K.SETTLEMENT, D("2017-01-01"), D("2017-09-01"))  # ended
    soon = workspace.trajectories.ending_soon(D("2017-09-14"))
    assert [(t.client_name, t.expected_end) for t in soon] == [("A Een", D("2017-09-14"))]
    soon = workspace.trajectories.ending_soon(D("2017-09-15"))
    assert [t.client_name for t in soon] == ["B Twee"]  # 15 October: a month to the day


def test_every_client_has_a_phase_from_the_housing_date(workspace):
    _, (old,) = add_household(workspace, "2015-01-10", (("Oud", "Bekend", "1970-01-01"),))
    _, (mid,) = add_household(workspace, "2017-01-10", (("Midden", "In", "1975-01-01"),))
    _, (new,) = add_household(workspace, "2017-09-01", (("Net", "Nieuw", "1985-01-01"),))
    workspace.trajectories.start(mid, K.INTEGRATION, D("2017-07-10"))
    phases = {p.client_id: p for p in workspace.trajectories.phases(D("2017-10-01"))}
    assert set(phases) == {mid, new}  # done with guidance and nothing running: left out
    assert phases[new].phase.phase == Phase.INTENSIVE
    assert phases[mid].phase.phase == Phase.GUIDANCE
    assert phases[mid].running == (K.INTEGRATION,)
    every = workspace.trajectories.phases(D("2017-10-01"), include_after=True)
    assert {p.client_id: p.phase.phase for p in every}[old] == Phase.AFTER


def test_one_clients_phase_for_the_client_page(workspace):
    _, (client,) = add_household(workspace, housed_on="2017-03-15")
    workspace.trajectories.start(client, K.SETTLEMENT, D("2017-03-20"))
    phase = workspace.trajectories.phase_of(client, D("2017-09-15"))
    assert phase.phase.phase == Phase.GUIDANCE  # the phase follows the housing date ...
    assert phase.running == (K.SETTLEMENT,)  # ... the trajectory runs until it is ended
    workspace.trajectories.end(workspace.trajectories.for_client(client)[0].id, D("2017-09-10"))
    assert workspace.trajectories.phase_of(client, D("2017-09-15")).running == ()
