"""`vwdesk import` and `vwdesk template` through the real entry point, on real files."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest

from tests.conftest import PASSWORD
from tests.db.test_import import FIXTURE, edit, fingerprint, read_fixture, write_folder
from vwdesk.cli import main
from vwdesk.domain.enums import Role
from vwdesk.services.workspace import Workspace


@pytest.fixture
def db(new_file: Path, monkeypatch) -> list[str]:
    monkeypatch.setenv("VWDESK_PASSWORD", PASSWORD)
    return ["--db", str(new_file), "--user", "teamleider"]


def test_import_prints_the_summary_and_progress(db, capsys):
    assert main(["import", *db, str(FIXTURE)]) == 0
    out, err = capsys.readouterr()
    assert "Imported:" in out and "households" in out and "new partners (by name): 1" in out
    assert "Importing: 100%" in err and "Importing" not in out
    assert main(["import", *db, str(FIXTURE)]) == 0
    out = capsys.readouterr().out
    assert [line.split() for line in out.splitlines() if "households" in line] == [
        ["households", "0", "0", "3"]
    ]


def test_bad_input_exits_4_listing_every_problem(db, new_file: Path, tmp_path: Path, capsys):
    tables = edit(read_fixture(), "clients", 2, "birth_date", "31-02-1990")
    tables = edit(tables, "contacts", 3, "client_ref", "C77")
    bad = write_folder(tables, tmp_path / "bad")
    ws = Workspace.open(new_file, "teamleider", PASSWORD)
    before = fingerprint(ws)
    ws.close()
    assert main(["import", *db, str(bad)]) == 4
    err = capsys.readouterr().err
    assert "Rejected: 2 problems, nothing was written." in err
    assert "clients, row 2, birth_date: birth_date 31-02-1990 is not a date" in err
    assert "contacts, row 3, client_ref: client_ref C77 is not a client" in err
    assert "Traceback" not in err
    ws = Workspace.open(new_file, "teamleider", PASSWORD)
    assert fingerprint(ws) == before
    ws.close()
    assert main(["import", *db, "--dry-run", str(bad)]) == 4
    assert main(["import", *db, "--dry-run", str(FIXTURE)]) == 0
    assert "Would import:" in capsys.readouterr().out


def test_wrong_password_exits_3(db, monkeypatch, capsys):
    monkeypatch.setenv("VWDESK_PASSWORD", "niet-het-wachtwoord")
    assert main(["import", *db, str(FIXTURE)]) == 3
    assert "Wrong user name or password." in capsys.readouterr().err


def test_a_volunteer_is_refused(db, new_file: Path, capsys):
    ws = Workspace.open(new_file, "teamleider", PASSWORD)
    ws.accounts.add("vrijwilliger", PASSWORD, Role.VOLUNTEER)
    ws.close()
    assert main(["import", "--db", str(new_file), "--user", "vrijwilliger", str(FIXTURE)]) == 1
    assert "Only a team leader may do this." in capsys.readouterr().err


def test_usage_errors_exit_2(db, tmp_path: Path):
    assert main(["import", *db, str(tmp_path / "nowhere.xlsx")]) == 2
    assert main(["template"]) == 2


def test_template_writes_and_never_overwrites(tmp_path: Path, capsys):
    out = tmp_path / "sjabloon.xlsx"
    assert main(["template", "--out", str(out)]) == 0
    assert "written" in capsys.readouterr().out
    assert openpyxl.load_workbook(out, read_only=True).sheetnames[1] == "households"
    assert main(["template", "--out", str(out)]) == 2
    assert "--force" in capsys.readouterr().err
    assert main(["template", "--out", str(out), "--force"]) == 0
    assert main(["template", "--out", str(tmp_path / "sjabloon.csv")]) == 2
