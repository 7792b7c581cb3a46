"""Beheer > Privacy on the demo: the retention list, anonymising with the figures unchanged,
the team settings, and an access report written as PDF and JSON; Help > Privacy."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtCore import QItemSelectionModel
from PySide6.QtWidgets import QApplication, QLabel

from tests.conftest import PASSWORD
from tests.export.pdf_helpers import flat_text
from tests.ui.conftest import sign_in
from vwdesk.domain.countries import dutch_name
from vwdesk.services.workspace import Workspace
from vwdesk.ui.context import UiContext
from vwdesk.ui.tabs.admin.admin_view import AdminTab
from vwdesk.ui.widgets.rows_table_model import ROW_ROLE


def settle(qtbot, ctx: UiContext) -> None:
    qtbot.waitUntil(lambda: not ctx.worker.busy, timeout=60_000)
    QApplication.processEvents()


@pytest.fixture
def privacy_page(qtbot, open_tab):
    def make(ws: Workspace):
        tab = open_tab(ws, AdminTab)
        page = tab.show_page("privacy")
        settle(qtbot, tab.ctx)
        return page

    return make


def _select(page, rows: list[int]) -> None:
    selection = page.view.selectionModel()
    proxy = page.view.model()
    for row in rows:
        selection.select(
            proxy.index(row, 0),
            QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows,
        )


def test_anonymise_chosen_clients_and_the_figures_stay(qtbot, demo_workspace, privacy_page):
    ws = demo_workspace
    # Everyone closed before the cut-off of seven years ago, as the page lists them.
    ws.settings.set("retention_years", 7)
    page = privacy_page(ws)
    due = page.model.rowCount()
    if due < 2:
        pytest.skip("the demo's closed clients are not yet seven years past")
    figures = {y: ws.figures.compute(y) for y in ws.figures.years_with_data()}
    assert page.explanation.text().startswith("Cliënten die meer dan 7 jaar geleden")
    chosen = {page.view.model().index(r, 0).data(ROW_ROLE).client_id for r in (0, 1)}
    _select(page, [0, 1])
    assert page.status.text() == "2 cliënten gekozen."
    page.ctx.dialogs.answers = [True]
    page.anonymise_button.click()
    settle(qtbot, page.ctx)
    assert page.ctx.dialogs.shown[-1] == (
        "question",
        "2 cliënten anonimiseren? Hun namen, contactgegevens en notities worden voorgoed "
        "verwijderd. De cijfers van elk jaar blijven gelijk.",
    )
    assert page.status.text() == "2 cliënten geanonimiseerd."
    assert page.model.rowCount() == due - 2
    assert not chosen & {r.client_id for r in page.model.rows()}
    assert {y: ws.figures.compute(y) for y in figures} == figures


def test_saying_no_changes_nothing(qtbot, demo_workspace, privacy_page):
    page = privacy_page(demo_workspace)
    if page.model.rowCount() == 0:
        pytest.skip("nobody past the retention period")
    due = page.model.rowCount()
    _select(page, [0])
    page.ctx.dialogs.answers = [False]
    page.anonymise_button.click()
    settle(qtbot, page.ctx)
    assert page.model.rowCount() == due


def test_the_team_settings_are_saved(qtbot, workspace, privacy_page):
    page = privacy_page(workspace)
    assert page.status.text() == "Er is niemand om te anonimiseren."
    assert (page.retention_box.value(), page.lock_box.value()) == (7, 5)
    assert page.lock_box.specialValueText() == "nooit"
    page.lock_box.setValue(10)
    page.lock_box.editingFinished.emit()
    settle(qtbot, page.ctx)
    assert workspace.settings.get("lock_minutes") == 10
    assert (
        page.status.text()
        == "Opgeslagen; de nieuwe vergrendeltijd geldt vanaf de volgende aanmelding."
    )
    page.retention_box.setValue(10)
    page.retention_box.editingFinished.emit()
    settle(qtbot, page.ctx)
    assert workspace.settings.get("retention_years") == 10
    assert page.explanation.text().startswith("Cliënten die meer dan 10 jaar geleden")


def test_an_access_report_for_one_person(qtbot, demo_workspace, privacy_page, tmp_path: Path):
    ws = demo_workspace
    page = privacy_page(ws)
    person = ws.clients.rows()[3]
    page.export_access()
    assert page.access_status.text() == "Kies eerst de persoon."
    page.access_picker.choose(person)
    page.ctx.dialogs.files = [tmp_path / "inzage"]
    page.access_button.click()
    settle(qtbot, page.ctx)
    pdf, js = tmp_path / "inzage.pdf", tmp_path / "inzage.json"
    assert page.access_status.text() == (
        "Geschreven: inzage.pdf en inzage.json. Verwijder ze zodra ze zijn afgegeven."
    )
    assert page.ctx.dialogs.shown[-1] == ("opened", str(pdf))
    data = json.loads(js.read_text(encoding="utf-8"))
    assert data["client_id"] == person.client_id
    text = flat_text(pdf)
    assert "Inzage in persoonsgegevens" in text and person.name.split()[-1] in text
    assert "Inzageverslag gemaakt" in flat_text(pdf) or "Logboek" in text
    # For the person: Dutch words and dates, not the codes the JSON keeps.
    assert dutch_name(person.nationality) in text
    assert person.birth_date.strftime("%d-%m-%Y") in text
    assert "social_guidance" not in text and "consultation" not in text
    assert data["sections"]["person"][0]["nationality"] == person.nationality


def test_help_privacy_says_what_vwdesk_never_does(qtbot, make_gui, new_file):
    gui = make_gui(new_file)
    gui.controller.start()
    sign_in(qtbot, gui, "teamleider", PASSWORD)
    qtbot.waitUntil(gui.window.isVisible)
    assert gui.window.privacy_action.text() == "&Privacy en beveiliging"
    dialog = gui.window.show_privacy()
    text = " ".join(label.text() for label in dialog.findChildren(QLabel))
    assert dialog.windowTitle() == "Privacy en beveiliging"
    for words in (
        "Wat er wordt bewaard",
        "Hoe het beveiligd is",
        "Wat vwdesk nooit doet",
        "maakt nooit verbinding met internet",
        "versleuteld",
    ):
        assert words in text
    dialog.close()
