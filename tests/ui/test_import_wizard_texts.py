"""The import's problems in Dutch: real bad files through the real importer, every reason known.

The importer words its problems in English; import_texts.py knows each form.
A form added to the importer without a Dutch pattern shows up here.
"""

from __future__ import annotations

import csv
from pathlib import Path

import openpyxl
from PySide6.QtCore import Qt

from vwdesk.domain.errors import InputProblem
from vwdesk.ui.import_wizard.import_models import CountsTableModel, ProblemTableModel
from vwdesk.ui.import_wizard.import_texts import (
    created_text,
    is_translated,
    problem_count,
    reason,
    table_name,
)

FIXTURE = Path(__file__).parents[1] / "fixtures" / "import" / "small"


def tables() -> dict[str, list[list[str]]]:
    out = {}
    for path in sorted(FIXTURE.glob("*.csv")):
        with path.open(encoding="utf-8-sig", newline="") as f:
            out[path.stem] = [list(r) for r in csv.reader(f)]
    return out


def set_cell(t: dict, table: str, row: int, column: str, value: str) -> None:
    """`row` counts data rows from 1 (Excel row row + 1)."""
    t[table][row][t[table][0].index(column)] = value


def add_column(t: dict, table: str, column: str, values: dict[int, str]) -> None:
    """A column the fixture does not have (an extension), empty but for `values` by data row."""
    t[table][0].append(column)
    for i, row in enumerate(t[table][1:], start=1):
        row.append(values.get(i, ""))


def write_folder(t: dict, folder: Path) -> Path:
    folder.mkdir()
    for name, rows in t.items():
        with (folder / f"{name}.csv").open("w", encoding="utf-8", newline="") as f:
            csv.writer(f).writerows(rows)
    return folder


def bad_files(tmp_path: Path) -> list[Path]:
    t = tables()
    set_cell(t, "households", 1, "housed_on", "2999-01-01")  # in the future
    set_cell(t, "clients", 1, "birth_date", "31-02-1990")  # not a date
    set_cell(t, "clients", 2, "sex", "Q")  # not one of
    set_cell(t, "clients", 3, "nationality", "Atlantis")  # not a country
    set_cell(t, "clients", 4, "household_ref", "H99")  # unknown ref
    set_cell(t, "volunteers", 1, "paid", "misschien")  # not yes or no
    set_cell(t, "volunteers", 2, "active_until", "2010-01-01")  # before active_from
    add_column(t, "volunteers", "available_days", {1: "zondagmiddag", 3: "ma, avond, nacht"})
    add_column(t, "volunteers", "phone", {1: "12345"})  # not a phone number
    add_column(t, "volunteers", "email", {3: "hanneke.example.org"})  # not an e-mail address
    set_cell(t, "sessions", 1, "start", "25:99")  # not a time
    set_cell(t, "sessions", 2, "end", "13:00")  # not after start
    set_cell(t, "contacts", 1, "minutes", "twintig")  # not a whole number
    set_cell(t, "contacts", 4, "minutes", "99999999999999999999")  # beyond 64 bits
    set_cell(t, "contacts", 2, "date", "2017-03-08")  # not the session's date
    set_cell(t, "contacts", 3, "kind", "legal")  # anonymous, but not info_point
    set_cell(t, "dossiers", 2, "outcome", "successful")  # outcome without closed_on
    set_cell(t, "projects", 1, "person_ref", "X1")  # neither client nor volunteer
    set_cell(t, "targets", 1, "year", "17")  # not a year
    set_cell(t, "checklist_items", 1, "amount", "veel")  # not an amount
    set_cell(t, "checklist_items", 2, "item", "unknown_item")  # not on this checklist
    set_cell(t, "trajectories", 2, "client_ref", "")  # required
    t["family_members"].append(list(t["family_members"][1]))  # repeats a row
    t["locations"][0].append("kleur")  # an unknown column
    t["referrals"][0][0] = "#client_ref"  # the required column is missing now
    first = write_folder(t, tmp_path / "fouten")
    (first / "notities.csv").write_text("a,b\n1,2\n", encoding="utf-8")  # not a table

    wb = openpyxl.Workbook()
    sheet = wb.active
    sheet.title = "clients"
    sheet.append(["client_ref", "client_ref", "first_name"])  # a column twice
    sheet.append(["C1", "C1", "Amal"])
    second = tmp_path / "dubbel.xlsx"
    wb.save(second)
    third = tmp_path / "leeg"
    third.mkdir()  # a folder without CSV files
    return [first, second, third, tmp_path / "weg.xlsx", FIXTURE / "clients.csv"]


def test_every_problem_of_real_bad_files_is_in_dutch(workspace, tmp_path):
    seen: list[InputProblem] = []
    for path in bad_files(tmp_path):
        seen += workspace.importer.inspect(path).problems
    unknown = [p.message for p in seen if not is_translated(p.message)]
    assert unknown == []
    assert len(seen) >= 20
    said = " | ".join(p.message for p in seen)
    for form in ("is not a weekday", "are not weekdays", "not a phone number", "e-mail address"):
        assert form in said, form
    assert all(reason(p.message) != p.message for p in seen)


def test_reasons_keep_the_column_and_the_value():
    assert reason("birth_date 31-02-1990 is not a date") == "birth_date 31-02-1990 is geen datum."
    assert (
        reason("client_ref C1 appears twice (also on row 2)")
        == "client_ref C1 komt twee keer voor (ook op rij 2)."
    )
    assert (
        reason("closed_on 2017-01-01 lies before opened_on 2017-04-03")
        == "closed_on 2017-01-01 ligt vóór opened_on 2017-04-03."
    )
    assert reason("minutes 99999999999999999999 is too large") == (
        "minutes 99999999999999999999 is te groot."
    )
    weekday = "available_days 'zondagmiddag' is not a weekday (write ma, di, wo, do, vr, za or zo)"
    assert reason(weekday) == (
        "available_days 'zondagmiddag' is geen weekdag (schrijf ma, di, wo, do, vr, za of zo)."
    )
    assert reason("phone 12345 is not a phone number (10 to 15 digits)") == (
        "phone 12345 is geen telefoonnummer (10 tot 15 cijfers)."
    )
    assert reason("something new the importer says") == "something new the importer says"


def test_table_names_counts_and_created_names():
    assert table_name("family_members") == "Gezinsleden (family_members)"
    assert table_name("Blad2") == "Blad2"
    assert table_name(None) == ""
    problems = [InputProblem("x", table="clients", row=2)] * 3
    problems.append(InputProblem("and 12 more problems not listed"))
    assert problem_count(problems) == 15
    assert created_text({"locations": 2, "partners": 0, "projects": 1}) == (
        "Nieuwe namen aangemaakt: locaties (2), projecten (1)."
    )
    assert created_text({}) == ""


def test_the_models_without_widgets():
    from vwdesk.services.importing import ImportSummary, TableCounts

    counts = CountsTableModel()
    counts.set_summary(ImportSummary({"clients": TableCounts(3, 1, 2), "targets": TableCounts()}))
    assert counts.rowCount() == 1  # an empty table is left out
    assert [counts.index(0, c).data() for c in range(5)] == ["Cliënten (clients)", 6, 3, 1, 2]
    align = counts.index(0, 1).data(Qt.ItemDataRole.TextAlignmentRole)
    assert align & Qt.AlignmentFlag.AlignRight

    problems = ProblemTableModel()
    problems.set_rows([InputProblem("sex Q is not one of M, F, X", "sex", "clients", 4)])
    assert [problems.index(0, c).data() for c in range(4)] == [
        "Cliënten (clients)",
        4,
        "sex",
        "sex Q is geen van deze waarden: M, F, X.",
    ]
