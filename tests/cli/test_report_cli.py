"""`vwdesk report` through the real entry point, on real files."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from pypdf import PdfReader

from tests.conftest import PASSWORD
from tests.export.figures_2017 import ANY_2017, SEED_REPORT_2017
from tests.export.pdf_helpers import flat_text
from vwdesk.cli import main
from vwdesk.domain.enums import Role
from vwdesk.services.workspace import Workspace


@pytest.fixture(autouse=True)
def password(monkeypatch):
    monkeypatch.setenv("VWDESK_PASSWORD", PASSWORD)


def report(db: Path, *extra: str, user: str = "teamleider", year: str = "2017") -> int:
    return main(["report", "--db", str(db), "--user", user, "--year", year, *extra])


def test_without_an_output_option_it_is_a_usage_error(new_file: Path, capsys):
    assert report(new_file) == 2
    err = capsys.readouterr().err
    assert "--out" in err and "--json" in err
    assert len(err.strip().splitlines()) == 1


def test_a_wrong_password_exits_3(new_file: Path, monkeypatch, capsys, tmp_path: Path):
    monkeypatch.setenv("VWDESK_PASSWORD", "not-the-password")
    assert report(new_file, "--out", str(tmp_path / "r.pdf")) == 3
    assert "Wrong user name or password." in capsys.readouterr().err
    assert not (tmp_path / "r.pdf").exists()


def test_a_volunteer_is_refused_in_one_sentence(new_file: Path, capsys, tmp_path: Path):
    ws = Workspace.open(new_file, "teamleider", PASSWORD)
    ws.accounts.add("vrijwilliger", PASSWORD, Role.VOLUNTEER)
    ws.close()
    out = tmp_path / "r.pdf"
    assert report(new_file, "--out", str(out), "--json", "-", user="vrijwilliger") == 1
    captured = capsys.readouterr()
    assert captured.err.strip() == "Only a team leader may do this."
    assert captured.out == ""
    assert not out.exists()


def test_json_to_stdout_and_pdf_with_progress_on_stderr(new_file: Path, capsys, tmp_path: Path):
    out = tmp_path / "jaarverslag.pdf"
    assert report(new_file, "--json", "-", "--out", str(out)) == 0
    captured = capsys.readouterr()
    data = json.loads(captured.out)
    assert data["housed"]["total"] == 0
    assert data["target"]["backlog_end"] is None
    assert "Report 2017: 100%" in captured.err
    assert "Lansingerland: 2017 in vogelvlucht" in flat_text(out)


def test_json_to_a_file(new_file: Path, tmp_path: Path):
    path = tmp_path / "cijfers.json"
    assert report(new_file, "--json", str(path)) == 0
    assert json.loads(path.read_text(encoding="utf-8"))["contacts"]["info_point"] == 0


def test_a_missing_output_folder_is_a_usage_error(new_file: Path, tmp_path: Path):
    assert report(new_file, "--out", str(tmp_path / "nope" / "r.pdf")) == 2


def test_lang_en_gives_english_titles(new_file: Path, tmp_path: Path):
    out = tmp_path / "report.pdf"
    assert report(new_file, "--out", str(out), "--lang", "en") == 0
    text = flat_text(out)
    assert "Lansingerland: 2017 at a glance" in text
    assert "Housing" in text and "Huisvesting" not in text
    assert PdfReader(str(out)).metadata.subject == "Annual report 2017"


def test_an_unknown_language_is_a_usage_error(new_file: Path, tmp_path: Path):
    assert report(new_file, "--out", str(tmp_path / "r.pdf"), "--lang", "de") == 2


def _get(data: dict, key: str):
    for part in key.split("."):
        data = data[part]
    return data


def test_the_demos_json_equals_the_2017_table(demo_file: Path, monkeypatch, capsys):
    from tests.conftest import DEMO_PASSWORD

    monkeypatch.setenv("VWDESK_PASSWORD", DEMO_PASSWORD)
    assert report(demo_file, "--json", "-") == 0
    data = json.loads(capsys.readouterr().out)
    assert {key: _get(data, key) for key in SEED_REPORT_2017} == SEED_REPORT_2017
    for key in ANY_2017:
        assert type(_get(data, key)) is int, key
    nationalities = data["housed"]["by_nationality"]
    assert nationalities["SY"] == 69 == max(nationalities.values())
    assert sum(nationalities.values()) == 106
    assert data["sessions"]["avg_contacts_by_location"]["De Hergerborch"] == 8
    assert all(type(n) is int for n in data["referrals"]["by_partner"].values())


def test_the_demos_english_pdf(demo_file: Path, monkeypatch, tmp_path: Path):
    from tests.conftest import DEMO_PASSWORD

    monkeypatch.setenv("VWDESK_PASSWORD", DEMO_PASSWORD)
    out = tmp_path / "report-2017-en.pdf"
    assert report(demo_file, "--out", str(out), "--lang", "en") == 0
    text = flat_text(out)
    assert "Lansingerland: 2017 at a glance" in text
    assert "The municipality thereby reduced its backlog of 44 (from 2016)" in text
    assert "by far the largest group: Syrians 69" in text
    assert "on average 8 contacts per consultation hour at De Hergerborch" in text


def test_another_years_text_is_one_warning_line_and_the_pdf_is_still_written(
    new_file: Path, capsys, tmp_path: Path, monkeypatch
):
    ws = Workspace.open(new_file, "teamleider", PASSWORD)
    for section in ("consultation", "legal", "team"):
        ws.report.set_text(2018, section, "nl", f"Tekst over {section} in 2018.")
    ws.close()
    monkeypatch.setattr("sys.stdin", None)  # nothing may be asked: there is no one to answer
    out = tmp_path / "jaarverslag-2026.pdf"
    assert report(new_file, "--out", str(out), year="2026") == 0
    captured = capsys.readouterr()
    warnings = [line for line in captured.err.splitlines() if line.startswith("warning:")]
    assert warnings == [
        "warning: 3 sections still have the text of 2018, not adapted for 2026 "
        "(the report is written anyway)"
    ]
    assert captured.out == ""
    assert "Tekst over team in 2018." in flat_text(out)
    # The year with texts of its own gets no warning.
    assert report(new_file, "--out", str(tmp_path / "r2018.pdf"), year="2018") == 0
    assert "warning:" not in capsys.readouterr().err
