"""The Overzicht on the demo file, as the team leader and as the volunteer, on a fixed day."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor

from tests.conftest import DEMO_PASSWORD, DEMO_TODAY
from tests.ui.conftest import sign_in
from vwdesk.ui import theme
from vwdesk.ui.tabs.dossiers.dossier_models import DeadlineTableModel

TODAY = DEMO_TODAY  # a Monday: the day the test demo's present is built around


def start(qtbot, make_gui, path, user):
    gui = make_gui(path)
    for key in ("overzicht", "dossiers"):
        gui.window.pages[key].clock = lambda: TODAY
    gui.controller.start()
    sign_in(qtbot, gui, user, DEMO_PASSWORD)
    qtbot.waitUntil(gui.window.isVisible)
    tab = gui.window.pages["overzicht"]
    qtbot.waitUntil(lambda: tab.overview is not None, timeout=20_000)
    return gui, tab


def test_the_team_leader_sees_the_team_and_opens_a_dossier(qtbot, make_gui, demo_file):
    gui, tab = start(qtbot, make_gui, demo_file, "teamleider")
    assert gui.window.current_page() is tab  # the home tab
    assert tab.day.text() == "maandag 23 november 2026"
    assert tab.scope.text() == "Voor het hele team."
    view = tab.overview
    assert tab.counts.text().startswith(f"{view.overdue_deadlines} termijn")

    deadlines = tab.deadlines.model
    assert deadlines.rowCount() == len(view.deadlines) > 0
    red = QColor(theme.ERROR)
    for row, d in enumerate(view.deadlines):
        colour = deadlines.data(deadlines.index(row, 0), Qt.ItemDataRole.ForegroundRole)
        assert (colour == red) == (d.due_on < TODAY)
    dutch = {
        "Met de mvv naar Nederland reizen",
        "Beslistermijn IND verloopt",
        "Bezwaar of beroep instellen tegen de afwijzing",
        "Aanvraag gezinshereniging indienen (gunstig regime)",
        "Verblijfsvergunning verloopt: tijdig verlenging aanvragen",
        "Reisdocument verloopt",
        "Participatieverklaringstraject (PVT) afronden",
    }
    for r in range(deadlines.rowCount()):
        assert deadlines.data(deadlines.index(r, DeadlineTableModel.WHAT)) in dutch

    sessions = tab.sessions.model
    assert sessions.rowCount() == len(view.sessions_today) + len(view.sessions_coming) > 0
    assert sessions.data(sessions.index(0, 0)) == "vandaag"
    assert tab.sessions.view.isVisible() and not tab.sessions.empty.isVisible()
    assert tab.visits.empty.isVisible() == (not view.overdue_visits)
    assert not tab.clients.isVisible()  # the team leader has no clients of her own

    # a dossier deadline opens its dossier in the Dossiers tab
    row = next(r for r, d in enumerate(view.deadlines) if d.dossier_id is not None)
    wanted = view.deadlines[row]
    tab.open_line(tab.deadlines, row)
    dossiers = gui.window.pages["dossiers"]
    assert gui.window.current_page() is dossiers
    qtbot.waitUntil(
        lambda: dossiers.panel.detail is not None and dossiers.panel.detail.id == wanted.dossier_id,
        timeout=20_000,
    )
    assert dossiers.panel.title.text() == f"Dossier van {wanted.client_name}"


def test_the_volunteer_sees_their_own_clients(qtbot, make_gui, demo_file):
    _gui, tab = start(qtbot, make_gui, demo_file, "vrijwilliger")
    view = tab.overview
    assert view.personal and view.linked
    assert tab.scope.text() == "Voor jou: de cliënten van wie je de contactpersoon bent."
    assert tab.clients.isVisible()
    clients = tab.clients.model
    assert clients.rowCount() == len(view.my_clients) > 0
    assert clients.data(clients.index(0, 0)) == view.my_clients[0].name
    mine = {c.client_id for c in view.my_clients}
    assert all(d.client_id in mine for d in view.deadlines)


def test_lock_empties_the_overview(qtbot, make_gui, demo_file):
    gui, tab = start(qtbot, make_gui, demo_file, "teamleider")
    gui.window.lock_action.trigger()
    qtbot.waitUntil(lambda: gui.ctx.workspace is None, timeout=10_000)
    assert tab.overview is None
    assert all(s.model.rowCount() == 0 for s in tab.sections)
    assert tab.counts.text() == "" and tab.scope.text() == ""
