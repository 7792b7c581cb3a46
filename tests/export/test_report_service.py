"""ws.report on a real encrypted file: prose with fallback, permissions, audit, exports."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sqlalchemy import select

from tests.conftest import PASSWORD
from tests.export.pdf_helpers import flat_text
from vwdesk.db.records import AuditEventRecord
from vwdesk.domain.enums import Role
from vwdesk.domain.errors import PermissionDenied
from vwdesk.services.report import ExportCancelled
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
