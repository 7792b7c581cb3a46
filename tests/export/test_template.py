"""`vwdesk template`: the workbook a team fills in, and what the importer makes of it."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest

from vwdesk.domain.import_contract import TABLES, Kind
from vwdesk.export.template import INFO_SHEET, write_template
from vwdesk.services.workspace import Workspace


@pytest.fixture(scope="module")
def template(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("template") / "sjabloon.xlsx"
    write_template(path)
    return path


def test_one_sheet_per_table_with_keys_labels_and_an_example(template: Path):
    wb = openpyxl.load_workbook(template)
    assert wb.sheetnames == [INFO_SHEET, *(t.key for t in TABLES)]
    for t in TABLES:
        ws = wb[t.key]
        keys = [c.value for c in ws[1]]
        labels = [c.value for c in ws[2]]
        example = [c.value for c in ws[3]]
        assert keys == [c.key for c in t.columns]
        assert labels == [f"{c.label} *" if c.required else c.label for c in t.columns]
        assert example == [c.example or None for c in t.columns]
        assert all(ws.cell(1, i + 1).comment for i in range(len(t.columns)))
        assert ws.freeze_panes == "A3"
    clients = wb["clients"]
    assert clients["A2"].value == "Cliënt (nummer) *"
    assert clients["A1"].comment.text.startswith("Cliënt (nummer) *")


def test_closed_lists_are_drop_downs(template: Path):
    wb = openpyxl.load_workbook(template)
    for t in TABLES:
        lists = {}
        for dv in wb[t.key].data_validations.dataValidation:
            col = str(dv.sqref).split(":")[0].rstrip("0123456789")
            lists[col] = dv.formula1.strip('"').split(",")
        for i, c in enumerate(t.columns, start=1):
            letter = openpyxl.utils.get_column_letter(i)
            if c.kind is Kind.CHOICE:
                assert lists[letter] == list(c.choices), (t.key, c.key)
            elif c.kind is Kind.BOOL:
                assert lists[letter] == ["ja", "nee"], (t.key, c.key)
            else:
                assert letter not in lists, (t.key, c.key)
    sex = next(c for c in TABLES[1].columns if c.key == "sex")
    assert sex.choices == ("M", "F", "X")


def test_the_untouched_template_imports_nothing(workspace: Workspace, template: Path):
    summary = workspace.importer.run(template)
    assert summary.tables and all(c.rows == 0 for c in summary.tables.values())
    assert not summary.changed


def test_a_filled_in_template_reads_back(workspace: Workspace, template: Path, tmp_path: Path):
    wb = openpyxl.load_workbook(template)
    wb["households"].append(["H1", "01-03-2017", "Dorpsstraat 1", "2651 AB", "Bergschenhoek"])
    wb["clients"].append(["C1", "H1", "Amal", "Haddad", "1985-02-03", "F", "Syrië"])
    wb["volunteers"].append(["V1", "Anna", "Jansen", "2016-01-01", None, "volunteer", "nee"])
    # The example row changed becomes data: here the example location is renamed.
    wb["locations"]["A3"] = "De Hergerborch"
    wb.create_sheet("Blad1")["C3"] = None  # Excel's empty extra sheet is no table, and no problem
    filled = tmp_path / "ingevuld.xlsx"
    wb.save(filled)
    summary = workspace.importer.run(filled)
    added = {k: c.added for k, c in summary.tables.items() if c.added}
    assert added == {"households": 1, "clients": 1, "volunteers": 1, "locations": 1}
    assert workspace.figures.compute(2017).housed.total == 1
