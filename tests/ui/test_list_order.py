"""Lists that show the service's order show it: sorting turned off on a view does not undo
the sort `table()` started with (the proxy stays sorted by its first column), so a client's
timeline read oldest first although the service gives it newest first, and the Overzicht
and dossier lists were sorted by their first column instead of by urgency."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QSortFilterProxyModel
from PySide6.QtWidgets import QAbstractItemView, QTableView

from tests.ui.conftest import settle
from tests.ui.test_log_contact import open_page, register_omar
from tests.ui.test_small_screen import open_every_tab
from vwdesk.domain.enums import Channel, ContactKind
from vwdesk.domain.sessions import ContactInput
from vwdesk.ui.widgets.rows_table_model import ROW_ROLE


def _shown(view: QTableView) -> list:
    model = view.model()
    return [model.index(r, 0).data(ROW_ROLE) for r in range(model.rowCount())]


def test_the_timeline_shows_the_newest_first(qtbot, workspace, open_tab):
    client_id = register_omar(workspace)
    today = date.today()
    for days in (30, 2, 60):
        workspace.contacts.log(
            ContactInput(
                ContactKind.SOCIAL_GUIDANCE, Channel.PHONE, today - timedelta(days=days), client_id
            )
        )
    page = open_page(qtbot, open_tab, workspace).page
    shown = _shown(page.timeline_view)
    assert shown == page.timeline.rows()  # the service's order, newest first
    days = [entry.on for entry in shown]
    assert days == sorted(days, reverse=True) and days[0] == today - timedelta(days=2)


def test_no_list_with_sorting_off_is_sorted_after_all(qtbot, make_gui, demo_file):
    gui = open_every_tab(qtbot, make_gui, demo_file)
    clients = gui.window.pages["clienten"]
    gui.window.show_tab("clienten")
    clients.open_selected()  # a client's page, with its timeline and deadlines
    settle(qtbot, gui.ctx)
    sorted_anyway = [
        f"{type(view.parent()).__name__}: sorted by column {view.model().sortColumn()}"
        for view in gui.window.findChildren(QTableView)
        if not view.isSortingEnabled()
        and isinstance(view.model(), QSortFilterProxyModel)
        and view.model().sortColumn() != -1
    ]
    assert sorted_anyway == []
    # and no read-only list keeps Tab for its cells (the hour's contacts, the clients list)
    walking_cells = [
        f"{type(view.parent()).__name__}.{view.objectName()}"
        for view in gui.window.findChildren(QTableView)
        if view.tabKeyNavigation()
        and view.editTriggers() == QAbstractItemView.EditTrigger.NoEditTriggers
    ]
    assert walking_cells == []


def test_tab_leaves_a_list_instead_of_walking_its_cells(qtbot):
    """Read-only lists take the arrow keys; Tab moves on to the next field (a volunteer
    tabbing through the hour was kept in its contacts table, cell after cell)."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication, QLineEdit, QVBoxLayout, QWidget

    from vwdesk.domain.visits import HouseholdDue
    from vwdesk.ui.tabs.sessions.tables import table
    from vwdesk.ui.tabs.visits.visit_models import HouseholdDueTableModel

    page = QWidget()
    qtbot.addWidget(page)
    model = HouseholdDueTableModel(page)
    view, _ = table(model)
    after = QLineEdit()
    layout = QVBoxLayout(page)
    layout.addWidget(view)
    layout.addWidget(after)
    model.set_rows(
        [
            HouseholdDue(i, name, None, "", 28, None, None, None, None)
            for i, name in enumerate("ABC")
        ]
    )
    page.show()
    view.setCurrentIndex(view.model().index(0, 0))
    view.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is view)
    qtbot.keyClick(view, Qt.Key.Key_Tab)
    QApplication.processEvents()
    assert QApplication.focusWidget() is after
