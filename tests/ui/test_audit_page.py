"""Beheer > Logboek on the demo: filters, names resolved at display time, Dutch words."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest

from tests.conftest import DEMO_PASSWORD
from tests.ui.conftest import settle
from vwdesk.services.workspace import Workspace
from vwdesk.ui.tabs.admin.admin_view import AdminTab
from vwdesk.ui.tabs.admin.audit_page import AuditTableModel
from vwdesk.ui.tabs.admin.audit_texts import ACTIONS, action_label, action_labels


@pytest.fixture
def admin(open_tab):
    return lambda ws: open_tab(ws, AdminTab)


def rows(page) -> list[list[str]]:
    proxy = page.view.model()
    return [
        [proxy.index(r, c).data() for c in range(proxy.columnCount())]
        for r in range(proxy.rowCount())
    ]


def test_the_trail_newest_first_with_names_and_dutch_words(qtbot, demo_workspace, admin):
    ws = demo_workspace
    first, second = ws.clients.rows()[:2]
    ws.clients.open(first.client_id)
    ws.clients.open(second.client_id)
    tab = admin(ws)
    page = tab.show_page("logboek")
    settle(qtbot, tab.ctx)
    shown = rows(page)
    assert shown[0][1:] == ["teamleider", "Dossier van cliënt geopend", second.name]
    assert shown[1][3] == first.name
    assert page.summary.text().endswith("gebeurtenissen")
    assert page.account_box.itemText(0) == "Iedereen"
    assert page.action_box.findText("Cliënten") > 0

    # Only one person, from the row.
    page.view.selectRow(1)
    page.only_person_button.click()
    settle(qtbot, tab.ctx)
    assert [r[3] for r in rows(page)] == [first.name]
    assert page.person_label.text() == f"Alleen: {first.name}"

    # A kind of action, and a period without events.
    page.clear_filters()
    settle(qtbot, tab.ctx)
    page.action_box.setCurrentIndex(page.action_box.findData("sign_in"))
    page.refresh()
    settle(qtbot, tab.ctx)
    assert {r[2] for r in rows(page)} == {"Aangemeld"}
    page.action_box.setCurrentIndex(0)
    page.set_period(date.today() - timedelta(days=400), date.today() - timedelta(days=300))
    settle(qtbot, tab.ctx)
    assert rows(page) == [] and page.summary.text() == "0 gebeurtenissen"


def test_picking_a_person_by_name(qtbot, demo_workspace, admin):
    ws = demo_workspace
    closed = next(r for r in ws.clients.rows() if r.closed_on is not None)
    ws.clients.open(closed.client_id)
    tab = admin(ws)
    page = tab.show_page("logboek")
    settle(qtbot, tab.ctx)
    page.person.search.setText(closed.name)
    page.person.search_now()  # closed clients can be found here
    settle(qtbot, tab.ctx)
    match = next(r for r in page.person.model.rows() if r.client_id == closed.client_id)
    page.person.choose(match)
    page.refresh()
    settle(qtbot, tab.ctx)
    assert {r[3] for r in rows(page)} == {closed.name}


def test_an_anonymised_person_shows_as_such(qtbot, demo_workspace, admin):
    ws = demo_workspace
    closed = next(r for r in ws.clients.rows() if r.closed_on is not None)
    ws.clients.open(closed.client_id)
    ws.clients.anonymise(closed.client_id)
    tab = admin(ws)
    page = tab.show_page("logboek")
    settle(qtbot, tab.ctx)
    people = {r[3] for r in rows(page) if r[3]}
    assert people == {"(geanonimiseerd)"}


def test_a_volunteer_sees_no_trail_and_no_privacy_page(qtbot, demo_file: Path, admin):
    ws = Workspace.open(demo_file, "vrijwilliger", DEMO_PASSWORD)
    tab = admin(ws)
    visible = {spec.key for i, spec in enumerate(tab.specs) if tab.tabs.isTabVisible(i)}
    assert "logboek" not in visible and "privacy" not in visible
    assert "backup" in visible


def test_every_known_action_has_its_own_dutch_words():
    labels = action_labels()
    assert set(labels) == set(ACTIONS)
    assert len(set(labels.values())) == len(labels)  # no two read the same
    assert action_label("client.open") == "Dossier van cliënt geopend"
    assert action_label("client.something_new") == "Cliënten (client.something_new)"


def test_the_table_model_without_widgets():
    from datetime import datetime

    from vwdesk.services.audit_view import AuditEntry

    model = AuditTableModel()
    model.names = {7: "Amal Haddad", 8: ""}
    at = datetime(2024, 3, 4, 9, 5, 1)
    model.set_rows(
        [
            AuditEntry(1, at, None, "", "sign_in.failed", "", None, None),
            AuditEntry(2, at, 1, "anna", "client.update", "client", 7, 7),
            AuditEntry(3, at, 1, "anna", "client.anonymise", "client", 8, 8),
            AuditEntry(4, at, 1, "anna", "client.delete", "client", 9, 9),
        ]
    )
    shown = [[model.index(r, c).data() for c in range(4)] for r in range(4)]
    assert shown == [
        ["04-03-2024 09:05:01", "(niemand aangemeld)", "Mislukte aanmeldingen vóór deze", ""],
        ["04-03-2024 09:05:01", "anna", "Gegevens van cliënt gewijzigd", "Amal Haddad"],
        ["04-03-2024 09:05:01", "anna", "Cliënt geanonimiseerd", "(geanonimiseerd)"],
        ["04-03-2024 09:05:01", "anna", "Cliënt verwijderd", "(verwijderd)"],
    ]
