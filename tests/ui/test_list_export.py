"""Exporting a list: what is on screen (columns shown, rows the filters let through) to a real
.xlsx or .csv file, read back; team leaders only; every export audited; stoppable."""

from __future__ import annotations

import csv
import threading
from datetime import date, datetime
from pathlib import Path

import openpyxl
import pytest
from PySide6.QtCore import QSortFilterProxyModel, Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QPushButton, QTableView

from tests.conftest import PASSWORD
from tests.ui.conftest import settle
from vwdesk.domain.clients import ClientInput, HouseholdInput
from vwdesk.domain.enums import ContactKind, Role
from vwdesk.services.audit_view import AuditQuery
from vwdesk.services.workspace import Workspace
from vwdesk.ui.context import UiContext
from vwdesk.ui.progress import ProgressDialog
from vwdesk.ui.tabs.clients.clients_view import ClientsTab
from vwdesk.ui.tabs.dossiers.dossiers_view import DossiersTab
from vwdesk.ui.tabs.sessions.sessions_view import SessionsTab
from vwdesk.ui.tabs.visits.visits_view import VisitsTab
from vwdesk.ui.widgets.list_export import (
    ListExportButton,
    cell_value,
    suggested_name,
    view_data,
    with_format,
)
from vwdesk.ui.widgets.referral_panel import ReferralPanel
from vwdesk.ui.worker import Worker

LEFT = Qt.MouseButton.LeftButton
HEADERS = ["Naam", "Huishouden", "Nationaliteit", "Gehuisvest op", "Contactpersoon", "Fase",
           "Status"]  # fmt: skip


@pytest.fixture
def make_tab(open_tab):
    return lambda ws, cls=ClientsTab: open_tab(ws, cls)


def register(ws: Workspace) -> None:
    for address, housed, people in (
        ("Hoefweg 12", date(2017, 5, 10), [("Omar", "Haddad", "SY"), ("Amal", "Haddad", "SY")]),
        ("Dorpsstraat 1", date(2016, 11, 20), [("Sara", "Ahmadi", "AF")]),
        ("Kerkweg 22", date(2018, 1, 15), [("Yonas", "Tesfay", "ER")]),
    ):
        ws.households.register(
            HouseholdInput(housed, address),
            [
                ClientInput(first, last, date(1990, 1, 1), "M", country)
                for first, last, country in people
            ],
        )


def export(qtbot, button: ListExportButton, target: Path) -> None:
    button.ctx.dialogs.files = [target]
    button.ctx.dialogs.answers = [True]
    qtbot.mouseClick(button, LEFT)
    settle(qtbot, button.ctx)


def audited_exports(ws: Workspace) -> list[dict]:
    page = ws.audit_view.events(AuditQuery(action="list.export"))
    return [e.detail for e in page.entries]


def test_the_view_gives_the_shown_columns_and_the_filtered_rows_in_their_order(qtbot):
    model = QStandardItemModel(0, 3)
    model.setHorizontalHeaderLabels(["Naam", "Geheim", "Datum"])
    for name, secret, day in (("Bram", "x", "02-03-2017"), ("Anna", "y", "31-12-2016"),
                              ("Cees", "z", "geen")):  # fmt: skip
        model.appendRow([QStandardItem(name), QStandardItem(secret), QStandardItem(day)])
    proxy = QSortFilterProxyModel()
    proxy.setSourceModel(model)
    proxy.setFilterKeyColumn(0)
    proxy.setFilterRegularExpression("^(Anna|Bram)$")
    view = QTableView()
    qtbot.addWidget(view)
    view.setModel(proxy)
    view.sortByColumn(0, Qt.SortOrder.AscendingOrder)
    view.hideColumn(1)
    view.horizontalHeader().moveSection(2, 0)  # the user dragged Datum to the front

    data = view_data(view)
    assert data.columns == ["Datum", "Naam"]
    assert data.rows == [[date(2016, 12, 31), "Anna"], [date(2017, 3, 2), "Bram"]]
    assert cell_value("31-02-2017") == "31-02-2017"  # not a date: left as shown
    assert cell_value(None) is None


def test_names_and_formats():
    assert suggested_name("clients", date(2026, 11, 28)) == "clienten-2026-11-28.xlsx"
    assert suggested_name("home_visits", date(2026, 1, 2), ".csv") == "huisbezoeken-2026-01-02.csv"
    assert with_format(Path("lijst")) == Path("lijst.xlsx")
    assert with_format(Path("lijst.CSV")) == Path("lijst.CSV")


def test_the_filtered_client_list_exports_exactly_what_is_shown(
    qtbot, workspace, make_tab, tmp_path
):
    register(workspace)
    tab = make_tab(workspace)
    assert tab.export_button.isVisible() and tab.export_button.text() == "Lijst exporteren…"
    tab.search.setText("Haddad")
    qtbot.waitUntil(lambda: tab.model.rowCount() == 2)
    shown = [[tab.model.index(r, c).data() for c in range(7)] for r in range(2)]

    export(qtbot, tab.export_button, tmp_path / "clienten.xlsx")
    kind, question = tab.ctx.dialogs.shown[-2]
    assert kind == "question" and "NIET versleuteld" in question
    assert tab.ctx.dialogs.shown[-1] == ("info", "2 rijen geëxporteerd naar clienten.xlsx.")
    rows = list(
        openpyxl.load_workbook(tmp_path / "clienten.xlsx").active.iter_rows(values_only=True)
    )
    assert list(rows[0]) == HEADERS
    assert len(rows) == 3
    for written, on_screen in zip(rows[1:], shown, strict=True):
        assert written[3] == datetime(2017, 5, 10)  # a real date cell, shown as 10-05-2017
        assert on_screen[3] == "10-05-2017"
        assert [w for i, w in enumerate(written) if i != 3] == [
            s or None for i, s in enumerate(on_screen) if i != 3
        ]
    assert {r[0] for r in rows[1:]} == {"Omar Haddad", "Amal Haddad"}

    # The same list as CSV, the way Dutch Excel opens it: semicolons, UTF-8 with BOM.
    tab.status_filter.setCurrentIndex(2)  # active and closed
    export(qtbot, tab.export_button, tmp_path / "clienten")  # no extension typed: .xlsx
    assert (tmp_path / "clienten.xlsx").exists()
    export(qtbot, tab.export_button, tmp_path / "clienten.csv")
    with (tmp_path / "clienten.csv").open(encoding="utf-8-sig", newline="") as f:
        lines = list(csv.reader(f, delimiter=";"))
    assert lines[0] == HEADERS
    assert sorted(line[0] for line in lines[1:]) == ["Amal Haddad", "Omar Haddad"]
    assert lines[1][3] == "2017-05-10"

    assert audited_exports(workspace) == [
        {"what": "clients", "rows": 2, "format": "csv"},
        {"what": "clients", "rows": 2, "format": "xlsx"},
        {"what": "clients", "rows": 2, "format": "xlsx"},
    ]


def test_an_empty_list_and_a_cancelled_file_choice_write_nothing(
    qtbot, workspace, make_tab, tmp_path
):
    tab = make_tab(workspace)
    qtbot.mouseClick(tab.export_button, LEFT)
    assert tab.ctx.dialogs.shown[-1] == (
        "info",
        "Deze lijst is leeg: er is niets om te exporteren.",
    )
    register(workspace)
    tab.refresh()
    settle(qtbot, tab.ctx)
    export(qtbot, tab.export_button, None)  # the file chooser was closed
    tab.ctx.dialogs.files = [tmp_path / "x.xlsx"]
    tab.ctx.dialogs.answers = [False]  # "not encrypted: continue?" -> no
    qtbot.mouseClick(tab.export_button, LEFT)
    settle(qtbot, tab.ctx)
    assert not (tmp_path / "x.xlsx").exists()
    assert audited_exports(workspace) == []


def test_stopping_an_export_leaves_no_file_and_no_audit(qtbot, workspace, make_tab, tmp_path):
    register(workspace)
    tab = make_tab(workspace)
    gate = threading.Event()
    tab.ctx.worker.run(gate.wait)  # hold the worker: the export is queued behind it
    target = tmp_path / "clienten.csv"
    tab.ctx.dialogs.files = [target]
    tab.ctx.dialogs.answers = [True]
    qtbot.mouseClick(tab.export_button, LEFT)
    dialog = tab.export_button.findChild(ProgressDialog)
    stop = next(b for b in dialog.findChildren(QPushButton) if b.text() == "Annuleren")
    qtbot.mouseClick(stop, LEFT)
    gate.set()
    settle(qtbot, tab.ctx)
    assert not target.exists()
    assert tab.ctx.dialogs.shown[-1] == (
        "info",
        "Het exporteren is gestopt; er is geen bestand opgeslagen.",
    )
    assert audited_exports(workspace) == []


def test_the_contacts_of_a_period_export_with_the_kind_filter(
    qtbot, demo_workspace, make_tab, tmp_path
):
    tab = make_tab(demo_workspace, SessionsTab)
    panel = tab.contacts_panel
    panel.first.set_value(date(2017, 3, 1))
    panel.last.set_value(date(2017, 3, 31))
    qtbot.mouseClick(panel.show_button, LEFT)
    settle(qtbot, tab.ctx)
    everything = panel.filter.rowCount()
    assert everything > 0
    panel.kind.setCurrentIndex(panel.kind.findData(ContactKind.LEGAL))
    legal = panel.filter.rowCount()
    assert 0 < legal < everything
    assert panel.count.text() == f"{legal} contactmomenten"

    export(qtbot, panel.export_button, tmp_path / "contacten.xlsx")
    rows = list(
        openpyxl.load_workbook(tmp_path / "contacten.xlsx").active.iter_rows(values_only=True)
    )
    assert rows[0][0] == "Datum" and rows[0][2] == "Soort"
    assert len(rows) == legal + 1
    assert all(r[2].startswith("Juridisch") for r in rows[1:])
    assert all(datetime(2017, 3, 1) <= r[0] <= datetime(2017, 3, 31) for r in rows[1:])
    assert audited_exports(demo_workspace)[0] == {"what": "contacts", "rows": legal,
                                                  "format": "xlsx"}  # fmt: skip


def test_dossiers_and_home_visits_export_what_they_show(qtbot, demo_workspace, make_tab, tmp_path):
    dossiers = make_tab(demo_workspace, DossiersTab)
    shown = dossiers.view.model().rowCount()
    assert shown > 0
    export(qtbot, dossiers.export_button, tmp_path / "dossiers.csv")
    with (tmp_path / "dossiers.csv").open(encoding="utf-8-sig", newline="") as f:
        lines = list(csv.reader(f, delimiter=";"))
    assert len(lines) == shown + 1

    visits = make_tab(demo_workspace, VisitsTab)
    overdue = visits.household_view.model().rowCount()
    export(qtbot, visits.household_export, tmp_path / "huishoudens.xlsx")
    sheet = openpyxl.load_workbook(tmp_path / "huishoudens.xlsx").active
    assert sheet.max_row == overdue + 1
    assert [e["what"] for e in audited_exports(demo_workspace)] == ["visit_households", "dossiers"]


def test_a_volunteer_has_no_export_button(qtbot, new_file, make_tab):
    ws = Workspace.open(new_file, "teamleider", PASSWORD)
    register(ws)
    ws.accounts.add("vrijwilliger", "wachtwoord-1", Role.VOLUNTEER)
    ws.close()
    volunteer = Workspace.open(new_file, "vrijwilliger", "wachtwoord-1")
    clients = make_tab(volunteer)
    assert clients.model.rowCount() == 4
    assert not clients.export_button.isVisible()
    buttons = [
        make_tab(volunteer, DossiersTab).export_button,
        make_tab(volunteer, SessionsTab).contacts_panel.export_button,
        make_tab(volunteer, VisitsTab).planned_export,
    ]
    panel = ReferralPanel(clients.ctx)
    qtbot.addWidget(panel)
    buttons.append(panel.export_button)
    assert all(b.isHidden() for b in buttons)
    # and pressing it anyway (a shortcut, a test) is refused before any file is chosen
    clients.export_button.export()
    assert clients.ctx.dialogs.shown[-1] == (
        "warning",
        "Alleen een teamleider mag lijsten exporteren.",
    )


def test_the_button_follows_sign_in_and_lock(qtbot, workspace, dialogs, preferences):
    ctx = UiContext(Worker(), dialogs, preferences)
    try:
        view = QTableView()
        qtbot.addWidget(view)
        button = ListExportButton(ctx, "clients", view, view)
        assert button.isHidden()
        ctx.set_workspace(workspace)
        assert not button.isHidden()
        ctx.close_workspace()
        assert button.isHidden()
    finally:
        ctx.worker.shutdown()
