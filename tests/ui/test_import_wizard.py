"""Beheer > Importeren driven with qtbot on a real encrypted file and real import files, in Dutch.

A good file is checked, imported and then visible through the services; a bad
file lists its problems with the row numbers Excel shows and cannot be
imported; stopping an import halfway writes nothing; a volunteer gets one
sentence instead of the wizard.
"""

from __future__ import annotations

import csv
import shutil
import threading
import zipfile
from pathlib import Path

import openpyxl
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QPushButton

from tests.conftest import PASSWORD
from vwdesk.domain.enums import Role
from vwdesk.services.workspace import Workspace
from vwdesk.ui.context import UiContext
from vwdesk.ui.import_wizard.wizard import ImportWizard
from vwdesk.ui.progress import ProgressDialog
from vwdesk.ui.tabs.admin.admin_view import AdminTab
from vwdesk.ui.tabs.admin.import_page import ImportPage
from vwdesk.ui.worker import Worker

FIXTURE = Path(__file__).parents[1] / "fixtures" / "import" / "small"
LEFT = Qt.MouseButton.LeftButton


def settle(qtbot, ctx: UiContext) -> None:
    qtbot.waitUntil(lambda: not ctx.worker.busy, timeout=30_000)
    QApplication.processEvents()


def fixture_tables() -> dict[str, list[list[str]]]:
    out = {}
    for path in sorted(FIXTURE.glob("*.csv")):
        with path.open(encoding="utf-8-sig", newline="") as f:
            out[path.stem] = [list(r) for r in csv.reader(f)]
    return out


def write_xlsx(tables: dict[str, list[list[str]]], path: Path) -> Path:
    """A team's own workbook: one sheet per table, the keys in row 1, data from row 2."""
    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    for name, rows in tables.items():
        sheet = wb.create_sheet(name)
        for row in rows:
            sheet.append([v or None for v in row])
    wb.save(path)
    return path


@pytest.fixture
def make_page(qtbot, dialogs, preferences):
    made = []

    def make(ws: Workspace) -> ImportPage:
        ctx = UiContext(Worker(), dialogs, preferences)
        ctx.set_workspace(ws)
        page = ImportPage(ctx)
        qtbot.addWidget(page)
        page.resize(1100, 700)
        page.show()
        page.refresh()
        made.append(ctx)
        return page

    yield make
    for ctx in made:
        ctx.close_workspace()
        ctx.worker.shutdown()


def choose(qtbot, page: ImportPage, path: Path) -> ImportWizard:
    wizard = page.wizard
    page.ctx.dialogs.files = [path]
    if path.is_dir():
        qtbot.mouseClick(wizard.choose.folder_button, LEFT)
    else:
        qtbot.mouseClick(wizard.choose.file_button, LEFT)
    settle(qtbot, page.ctx)
    return wizard


def counts(model) -> dict[str, tuple]:
    return {
        row.table: tuple(model.index(r, c).data() for c in range(1, 5))
        for r, row in enumerate(model.rows())
    }


def client_names(ws: Workspace) -> set[str]:
    return {row.name for row in ws.clients.rows()}


def test_a_good_workbook_is_checked_imported_and_then_in_vwdesk(
    qtbot, workspace, make_page, tmp_path
):
    tables = fixture_tables()
    n = len(tables["clients"]) - 1
    page = make_page(workspace)
    assert page.stack.currentWidget() is page.wizard
    wizard = choose(qtbot, page, write_xlsx(tables, tmp_path / "team.xlsx"))

    assert wizard.step == wizard.CHECK
    check = wizard.check
    assert check.file_label.text() == "Bestand: team.xlsx"
    assert "in orde" in check.verdict.text()
    assert check.problem_box.isHidden() and check.refusal.isHidden()
    assert check.import_button.isEnabled()
    headers = [check.counts.headerData(c, Qt.Orientation.Horizontal, 0) for c in range(5)]
    assert headers == ["Tabel", "Rijen", "Nieuw", "Gewijzigd", "Ongewijzigd"]
    found = counts(check.counts)
    assert found["clients"] == (n, n, 0, 0)  # rows, new, changed, unchanged
    assert found["households"] == (3, 3, 0, 0)
    assert check.counts.index(0, 0).data() == "Huishoudens (households)"  # Dutch, and the sheet
    assert "Nieuwe namen aangemaakt" in check.created.text()  # Bibliotheek, Taalhuis, ...
    assert client_names(workspace) == set()  # checking wrote nothing

    changed = []
    page.ctx.data_changed.connect(changed.append)
    page.ctx.dialogs.answers = [True]
    qtbot.mouseClick(check.import_button, LEFT)
    settle(qtbot, page.ctx)

    kind, question = page.ctx.dialogs.shown[-1]
    assert kind == "question" and "team.xlsx nu importeren?" in question
    assert wizard.step == wizard.DONE
    assert wizard.done.verdict.text() == "Klaar: team.xlsx is geïmporteerd."
    assert counts(wizard.done.counts)["clients"] == (n, n, 0, 0)
    assert wizard.done.counts.headerData(2, Qt.Orientation.Horizontal, 0) == "Toegevoegd"
    assert changed == ["import"]
    assert {"Amal Haddad", "Omar Haddad", "Yonas Tesfay", "Sara Ahmadi"} <= client_names(workspace)

    # The people again: they are all there already, so there is nothing to import.
    qtbot.mouseClick(wizard.done.again_button, LEFT)
    assert wizard.step == wizard.CHOOSE
    people = tmp_path / "mensen"
    people.mkdir()
    for name in ("households", "volunteers", "clients"):
        shutil.copy(FIXTURE / f"{name}.csv", people)
    choose(qtbot, page, people)
    assert counts(wizard.check.counts)["clients"] == (n, 0, 0, n)
    assert "verandert niets" in wizard.check.verdict.text()
    assert not wizard.check.import_button.isEnabled()


def test_a_folder_and_a_zip_of_csv_files(qtbot, workspace, make_page, tmp_path):
    folder = shutil.copytree(FIXTURE, tmp_path / "export")
    page = make_page(workspace)
    wizard = choose(qtbot, page, folder)
    assert page.ctx.dialogs.shown[-1] == ("directory", "Kies de map met de CSV-bestanden")
    assert wizard.step == wizard.CHECK and wizard.check.import_button.isEnabled()

    archive = tmp_path / "export.zip"
    with zipfile.ZipFile(archive, "w") as zf:
        for p in folder.iterdir():
            zf.write(p, p.name)
    page.ctx.dialogs.files = [archive]  # "Ander bestand kiezen…"
    qtbot.mouseClick(wizard.check.other_button, LEFT)
    settle(qtbot, page.ctx)
    assert wizard.check.file_label.text() == "Bestand: export.zip"
    assert counts(wizard.check.counts)["contacts"][0] == len(fixture_tables()["contacts"]) - 1


def test_a_bad_file_lists_every_problem_and_cannot_be_imported(
    qtbot, workspace, make_page, tmp_path
):
    tables = fixture_tables()
    clients = tables["clients"]
    born = clients[0].index("birth_date")
    clients[2][born] = "31-02-1990"  # the second client: row 3 in Excel
    clients[4][0] = "C1"  # the fourth client repeats the first one's ref: row 5
    tables["households"][1][1] = ""  # housed_on is required: row 2
    path = write_xlsx(tables, tmp_path / "fouten.xlsx")
    page = make_page(workspace)
    wizard = choose(qtbot, page, path)

    check = wizard.check
    assert wizard.step == wizard.CHECK
    assert not check.import_button.isEnabled()
    assert check.problem_box.isVisible() and check.refusal.isVisible()
    assert "er wordt niets opgeslagen" in check.refusal.text()
    model = check.problems
    headers = [model.headerData(c, Qt.Orientation.Horizontal, 0) for c in range(4)]
    assert headers == ["Tabel", "Rij", "Kolom", "Reden"]
    rows = [tuple(model.index(r, c).data() for c in range(4)) for r in range(model.rowCount())]
    assert (
        "Huishoudens (households)",
        2,
        "housed_on",
        "housed_on is leeg, maar is verplicht.",
    ) in rows
    assert (
        "Cliënten (clients)",
        3,
        "birth_date",
        "birth_date 31-02-1990 is geen datum.",
    ) in rows
    assert (
        "Cliënten (clients)",
        5,
        "client_ref",
        "client_ref C1 komt twee keer voor (ook op rij 2).",
    ) in rows
    assert check.refusal.text().startswith(f"{len(rows)} fouten gevonden")

    # Exported for the team leader to work through: the same four columns, real row numbers.
    target = tmp_path / "importfouten.xlsx"
    page.ctx.dialogs.files = [target]
    page.ctx.dialogs.answers = [True]
    assert check.export_button.isVisible()
    qtbot.mouseClick(check.export_button, LEFT)
    settle(qtbot, page.ctx)
    sheet = openpyxl.load_workbook(target).active
    written = [tuple(r) for r in sheet.iter_rows(values_only=True)]
    assert written[0] == ("Tabel", "Rij", "Kolom", "Reden")
    assert written[1:] == rows

    # Nothing was written, also not by trying the import directly.
    assert wizard.confirm_import() is None
    assert client_names(workspace) == set()
    assert workspace.team.choices(include_inactive=True) == []


def test_stopping_the_import_halfway_writes_nothing(qtbot, workspace, make_page, tmp_path):
    page = make_page(workspace)
    wizard = choose(qtbot, page, write_xlsx(fixture_tables(), tmp_path / "team.xlsx"))
    assert wizard.check.import_button.isEnabled()

    gate = threading.Event()
    page.ctx.worker.run(gate.wait)  # hold the worker so the import cannot finish before the stop
    page.ctx.dialogs.answers = [True]
    qtbot.mouseClick(wizard.check.import_button, LEFT)
    assert wizard.busy
    assert wizard.indicator.current == 2  # "3 Importeren"
    dialog = wizard.findChild(ProgressDialog)
    stop = next(b for b in dialog.findChildren(QPushButton) if b.text() == "Annuleren")
    qtbot.mouseClick(stop, LEFT)
    gate.set()
    settle(qtbot, page.ctx)

    assert page.ctx.dialogs.shown[-1] == (
        "info",
        "Het importeren is gestopt; er is niets opgeslagen.",
    )
    assert wizard.step == wizard.CHECK and wizard.indicator.current == 1
    assert client_names(workspace) == set()
    assert workspace.team.choices(include_inactive=True) == []
    # and it can still be imported afterwards
    page.ctx.dialogs.answers = [True]
    qtbot.mouseClick(wizard.check.import_button, LEFT)
    settle(qtbot, page.ctx)
    assert wizard.step == wizard.DONE and "Amal Haddad" in client_names(workspace)


def test_the_empty_template_is_saved(qtbot, workspace, make_page, tmp_path):
    page = make_page(workspace)
    target = tmp_path / "sjabloon"
    page.ctx.dialogs.files = [target]
    qtbot.mouseClick(page.wizard.choose.template_button, LEFT)
    settle(qtbot, page.ctx)
    written = target.with_suffix(".xlsx")
    sheets = openpyxl.load_workbook(written).sheetnames
    assert sheets[0] == "Uitleg" and "clients" in sheets
    assert page.ctx.dialogs.shown[-1][0] == "info"
    assert "sjabloon.xlsx" in page.ctx.dialogs.shown[-1][1]
    # the empty template itself imports as "nothing to do", not as an error
    wizard = choose(qtbot, page, written)
    assert wizard.check.problem_box.isHidden()
    assert "geen rijen" in wizard.check.verdict.text()
    assert not wizard.check.import_button.isEnabled()


def test_a_volunteer_sees_one_sentence_and_no_wizard(qtbot, new_file, dialogs, preferences):
    ws = Workspace.open(new_file, "teamleider", PASSWORD)
    ws.accounts.add("vrijwilliger", "wachtwoord-1", Role.VOLUNTEER)
    ws.close()
    volunteer = Workspace.open(new_file, "vrijwilliger", "wachtwoord-1")
    ctx = UiContext(Worker(), dialogs, preferences)
    ctx.set_workspace(volunteer)
    try:
        tab = AdminTab(ctx)
        qtbot.addWidget(tab)
        tab.resize(1280, 800)
        tab.show()
        tab.refresh()
        page = tab.show_page("importeren")
        settle(qtbot, ctx)
        index = tab.tabs.indexOf(page)
        assert tab.tabs.isTabVisible(index) and tab.tabs.tabText(index) == "Importeren"
        assert page.stack.currentWidget() is page.refusal
        assert page.refusal.isVisible() and not page.wizard.isVisible()
        assert page.refusal.text().startswith("Alleen een teamleider kan gegevens importeren")
    finally:
        ctx.close_workspace()
        ctx.worker.shutdown()


def test_lock_forgets_the_file(qtbot, workspace, make_page, tmp_path):
    page = make_page(workspace)
    wizard = choose(qtbot, page, write_xlsx(fixture_tables(), tmp_path / "team.xlsx"))
    assert wizard.check.counts.rowCount() > 0
    page.clear()
    assert wizard.path is None and wizard.preview is None
    assert wizard.check.counts.rowCount() == 0 and wizard.check.problems.rowCount() == 0
    assert wizard.step == wizard.CHOOSE and page.stack.currentWidget() is page.refusal


def test_stopping_the_check_keeps_the_wizard_where_it_was(qtbot, workspace, make_page, tmp_path):
    page = make_page(workspace)
    wizard = page.wizard
    gate = threading.Event()
    page.ctx.worker.run(gate.wait)
    page.ctx.dialogs.files = [write_xlsx(fixture_tables(), tmp_path / "team.xlsx")]
    qtbot.mouseClick(wizard.choose.file_button, LEFT)
    dialog = wizard.findChild(ProgressDialog)
    stop = next(b for b in dialog.findChildren(QPushButton) if b.text() == "Annuleren")
    qtbot.mouseClick(stop, LEFT)
    gate.set()
    settle(qtbot, page.ctx)
    assert wizard.step == wizard.CHOOSE and wizard.preview is None
    assert page.ctx.dialogs.shown == [("open_file", "Kies het bestand om te importeren")]
