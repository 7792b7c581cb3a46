"""Lists written to .xlsx and .csv (export/lists.py) and the service that guards them."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import openpyxl
import pytest
from sqlalchemy import select

from tests.conftest import PASSWORD
from vwdesk.db.records import AuditEventRecord
from vwdesk.domain.enums import Role
from vwdesk.domain.errors import InvalidInput, PermissionDenied
from vwdesk.export.lists import looks_like_formula, write_list
from vwdesk.services.workspace import Workspace

COLUMNS = ["Naam", "Geboren", "Betaald", "Minuten", "Notitie"]
ROWS = [
    ["Amal Haddad", date(1985, 2, 3), True, 20, '=HYPERLINK("http://x")'],
    ["Çelik, Ömer", None, False, None, "+31 6 1234 5678"],
]


def test_csv_opens_in_dutch_excel(tmp_path: Path):
    path = tmp_path / "lijst.csv"
    assert write_list(path, COLUMNS, ROWS) == 2
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbfNaam;Geboren;Betaald;Minuten;Notitie\r\n")
    lines = raw.decode("utf-8-sig").splitlines()
    assert lines[1] == 'Amal Haddad;1985-02-03;ja;20;"\'=HYPERLINK(""http://x"")"'
    assert lines[2] == "Çelik, Ömer;;nee;;+31 6 1234 5678"  # a comma needs no quotes


def test_xlsx_has_real_dates_and_no_formulas(tmp_path: Path):
    path = tmp_path / "lijst.xlsx"
    assert write_list(path, COLUMNS, ROWS) == 2
    ws = openpyxl.load_workbook(path).active
    assert [c.value for c in ws[1]] == COLUMNS
    assert ws["B2"].is_date and ws["B2"].number_format == "DD-MM-YYYY"
    assert ws["C2"].value == "ja" and ws["D2"].value == 20
    assert ws["E2"].data_type == "s" and ws["E2"].value.startswith("=HYPERLINK")


def test_formula_detection():
    assert looks_like_formula("=1+1") and looks_like_formula("@SUM(A1)")
    assert looks_like_formula("+cmd|' /C calc'!A0") and looks_like_formula("-2+3+cmd|x")
    assert not looks_like_formula("+31 6 1234 5678") and not looks_like_formula("-5")


def test_the_service_is_for_team_leaders_and_audited(workspace: Workspace, new_file, tmp_path):
    path = tmp_path / "clients.xlsx"
    assert workspace.list_export.export(ROWS, COLUMNS, path, "clients") == 2
    with workspace.reading() as s:
        event = s.scalar(select(AuditEventRecord).where(AuditEventRecord.action == "list.export"))
    assert json.loads(event.detail) == {"what": "clients", "rows": 2, "format": "xlsx"}
    assert "Haddad" not in event.detail
    with pytest.raises(InvalidInput):
        workspace.list_export.export(ROWS, COLUMNS, tmp_path / "clients.pdf", "clients")

    workspace.accounts.add("vrijwilliger", PASSWORD, Role.VOLUNTEER)
    workspace.close()
    ws = Workspace.open(new_file, "vrijwilliger", PASSWORD)
    try:
        with pytest.raises(PermissionDenied):
            ws.list_export.export(ROWS, COLUMNS, tmp_path / "mag-niet.csv", "clients")
        with pytest.raises(PermissionDenied):
            ws.template_export.export(tmp_path / "alles.zip")
        assert not (tmp_path / "mag-niet.csv").exists() and not (tmp_path / "alles.zip").exists()
    finally:
        ws.close()
