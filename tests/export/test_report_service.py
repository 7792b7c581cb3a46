"""ws.report on a real encrypted file: prose with fallback, permissions, audit, exports."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import select

from tests.builders import Build
from tests.conftest import PASSWORD
from tests.export.pdf_helpers import flat_text
from vwdesk.db.records import AuditEventRecord
from vwdesk.domain.enums import Role
from vwdesk.domain.errors import PermissionDenied
from vwdesk.services.report import ExportCancelled, default_report_year
from vwdesk.services.workspace import Workspace


def _events(ws: Workspace, action: str) -> list[dict]:
    with ws.reading() as s:
        rows = s.scalars(select(AuditEventRecord).where(AuditEventRecord.action == action))
        return [json.loads(r.detail) for r in rows]


@pytest.fixture
def other_user(workspace: Workspace, new_file: Path):
    """Open the same file as another role: other_user(Role.VOLUNTEER) -> Workspace."""
    opened: list[Workspace] = []

    def open_as(role: Role) -> Workspace:
        name = role.value.replace("_", "-")[:20]
        workspace.accounts.add(name, PASSWORD, role)
        workspace.close()
        ws = Workspace.open(new_file, name, PASSWORD)
        opened.append(ws)
        return ws

    yield open_as
    for ws in opened:
        if ws.is_open:
            ws.close()


D = date.fromisoformat


def test_the_report_opens_on_the_last_whole_year(workspace: Workspace):
    r, build = workspace.report, Build(workspace)
    assert r.default_year(D("2027-01-03")) == 2026  # an empty file: the year just ended
    for day in ("2016-04-01", "2017-03-01", "2018-10-01"):  # years of records
        build.contacts(D(day), client=build.housed(D(day)))
    assert r.default_year(D("2027-01-03")) == 2018  # the file stopped in 2018
    # A slice of the present after a gap, reaching back into last year (the demo's
    # shape): 2026 follows an empty 2025, so the file holds only part of it.
    build.housed(D("2026-03-09"))
    build.contacts(D("2026-12-21"), "info_point")
    for today in ("2027-01-01", "2027-01-03", "2027-06-30", "2027-12-31"):
        assert r.default_year(D(today)) == 2018, today
    build.contacts(D("2027-01-04"), "info_point")
    # A year later 2026 is the year before a whole year: the year just ended is the report.
    assert r.default_year(D("2028-01-03")) == 2027
    assert r.default_year(D("2028-02-29")) == 2027
    build.target(2029, 40)  # a target entered ahead pulls nothing into the future
    assert r.default_year(D("2028-12-31")) == 2027


@pytest.mark.parametrize(
    ("years", "today", "expected"),
    [
        ((2024, 2025, 2026), "2027-01-01", 2026),  # January: the year that just ended
        ((2024, 2025, 2026, 2027), "2027-12-31", 2026),  # December: still the last whole year
        ((2026,), "2027-01-03", 2026),  # a first year, begun part-way, is what the team has
        ((2026, 2027), "2027-03-01", 2026),
        ((2027,), "2027-06-30", 2027),  # just begun: the running year's first figures
        ((2027, 2028), "2027-06-30", 2027),  # next year's target is no default
        ((2028,), "2027-06-30", 2026),  # nothing but the future: the empty year just ended
        ((), "2028-02-29", 2027),  # an empty file
        ((2015, 2016, 2017, 2018, 2026, 2027), "2027-02-15", 2018),  # the demo in February
    ],
)
def test_the_default_year_rule(years, today, expected):
    assert default_report_year(years, D(today)) == expected


def test_texts_fall_back_to_the_latest_earlier_year(workspace: Workspace):
    r = workspace.report
    assert r.texts(2017) == {}
    r.set_text(2016, "housing", "nl", "Tekst 2016.")
    r.set_text(2017, "housing", "nl", "Tekst 2017 over huisvesting.")
    r.set_text(2017, "team", "nl", "Ons team groeide.")
    r.set_text(2017, "housing", "en", "Housing text.")
    assert r.texts(2017) == {"housing": "Tekst 2017 over huisvesting.", "team": "Ons team groeide."}
    # Next year starts from this year's text ...
    assert r.texts(2018) == r.texts(2017)
    assert r.texts(2016) == {"housing": "Tekst 2016."}
    # ... until the team writes its own; an emptied section stays empty.
    r.set_text(2018, "housing", "nl", "Tekst 2018.")
    r.set_text(2018, "team", "nl", "")
    assert r.texts(2018) == {"housing": "Tekst 2018.", "team": ""}
    assert r.texts(2017, "en") == {"housing": "Housing text."}
    # Editing is audited with the year and section only.
    assert {"year": 2018, "section": "team", "lang": "nl"} in _events(workspace, "report.text")


def test_the_prose_reaches_the_model(workspace: Workspace):
    workspace.report.set_text(2017, "housing", "nl", "Samen met de gemeente.")
    model = workspace.report.model(2017)
    assert model.title == "Lansingerland: 2017 in vogelvlucht"
    assert model.section("housing").prose == ("Samen met de gemeente.",)
    keys = [k for k, _ in workspace.report.sections(2017)]
    assert keys[0] == "housing" and keys[-1] == "team"


def test_a_junior_team_leader_writes_prose_but_does_not_export(other_user, tmp_path: Path):
    junior = other_user(Role.JUNIOR_TEAM_LEADER)
    junior.report.set_text(2017, "legal", "nl", "Juridische tekst.")
    assert junior.report.texts(2017)["legal"] == "Juridische tekst."
    with pytest.raises(PermissionDenied):
        junior.report.export_json(2017)
    with pytest.raises(PermissionDenied):
        junior.report.export_pdf(2017, tmp_path / "r.pdf")
    assert not (tmp_path / "r.pdf").exists()


def test_a_volunteer_neither_writes_nor_exports(other_user, tmp_path: Path):
    volunteer = other_user(Role.VOLUNTEER)
    with pytest.raises(PermissionDenied):
        volunteer.report.set_text(2017, "legal", "nl", "x")
    with pytest.raises(PermissionDenied):
        volunteer.report.export_json(2017)
    with pytest.raises(PermissionDenied):
        volunteer.report.export_pdf(2017, tmp_path / "r.pdf")


def test_exports_are_audited_with_year_and_kind(workspace: Workspace, tmp_path: Path):
    data = workspace.report.export_json(2017)
    assert data["housed"]["total"] == 0
    assert data["target"] == {"backlog_start": None, "target": None, "backlog_end": None}
    seen: list[int] = []
    path = workspace.report.export_pdf(2017, tmp_path / "r.pdf", "nl", progress=seen.append)
    assert seen[0] == 0 and seen[-1] == 100 and seen == sorted(seen)
    assert "Lansingerland: 2017 in vogelvlucht" in flat_text(path)
    assert _events(workspace, "report.export") == [
        {"year": 2017, "kind": "json"},
        {"year": 2017, "kind": "pdf", "lang": "nl"},
    ]


def test_a_cancelled_export_writes_nothing_and_is_not_audited(workspace, tmp_path: Path):
    out = tmp_path / "out"
    out.mkdir()
    with pytest.raises(ExportCancelled):
        workspace.report.export_pdf(2017, out / "r.pdf", cancelled=lambda: True)
    assert list(out.iterdir()) == []
    assert _events(workspace, "report.export") == []
