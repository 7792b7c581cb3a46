"""Planning and recording a home visit through the Huisbezoeken tab, on a real file."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from tests.ui.conftest import settle
from tests.unit.test_sessions_world import TODAY
from vwdesk.domain.visits import VisitPlan
from vwdesk.ui.tabs.visits.visit_dialogs import PlanVisitDialog, RecordVisitDialog
from vwdesk.ui.tabs.visits.visit_models import HouseholdFilter
from vwdesk.ui.tabs.visits.visits_view import VisitsTab
from vwdesk.ui.widgets.rows_table_model import ROW_ROLE


def shown_households(tab: VisitsTab) -> list[int]:
    proxy = tab.household_filter
    return [proxy.index(r, 0).data(ROW_ROLE).household_id for r in range(proxy.rowCount())]


def select_household(tab: VisitsTab, household_id: int) -> None:
    tab.household_view.selectRow(shown_households(tab).index(household_id))


def ok(dialog) -> None:
    box = dialog.findChild(QDialogButtonBox)
    box.button(QDialogButtonBox.StandardButton.Ok).click()


@pytest.fixture
def tab(qtbot, world_ui):
    ctx, _world = world_ui
    page = VisitsTab(ctx)
    qtbot.addWidget(page)
    page.resize(1280, 800)
    page.show()
    page.refresh()
    settle(qtbot, ctx)
    return page


def test_plan_and_record_a_visit_and_the_household_leaves_the_overdue_list(qtbot, world_ui, tab):
    ctx, world = world_ui
    assert shown_households(tab) == [world.settled, world.recent, world.unwatched]
    tab.show_box.setCurrentIndex(tab.show_box.findData(HouseholdFilter.OVERDUE))
    assert shown_households(tab) == [world.settled, world.recent]
    assert tab.summary.text() == (
        "2 huishoudens te laat voor een huisbezoek · 2 vrijwilligers in de pool"
    )
    overdue_cell = tab.household_filter.index(1, tab.households.OVERDUE).data()
    assert overdue_cell == "18 dagen te laat"

    # plan: the fixed contact person by default; a pool volunteer shows the warning
    select_household(tab, world.recent)
    qtbot.mouseClick(tab.plan_button, Qt.MouseButton.LeftButton)
    dialog = tab.dialog_host.current
    assert isinstance(dialog, PlanVisitDialog)
    assert dialog.volunteer.currentText() == "Bram Jansen (vaste contactpersoon)"
    assert not dialog.warning.isVisibleTo(dialog)
    dialog.choose_volunteer(world.anna)
    assert dialog.warning.isVisibleTo(dialog)
    dialog.choose_volunteer(world.bram)
    dialog.purpose.setText("Kennismaking na de verhuizing")
    ok(dialog)
    settle(qtbot, ctx)
    visits = tab.planned.rows()
    assert [(v.household_id, v.volunteer, v.by_pool_volunteer) for v in visits] == [
        (world.recent, "Bram Jansen", False)
    ]
    assert tab.loads.rowCount() == 1 and tab.loads.row_at(0).visits == 1

    # record: a home_visit contact with findings and follow-ups
    tab.planned_view.selectRow(0)
    qtbot.mouseClick(tab.record_button, Qt.MouseButton.LeftButton)
    settle(qtbot, ctx)
    dialog = tab.dialog_host.current
    assert isinstance(dialog, RecordVisitDialog)
    assert dialog.member.currentText() == "Amal Haddad"
    dialog.findings.setPlainText("Het gezin is goed gesetteld; de kinderen gaan naar school.")
    dialog.follow_up.setText("Zorgtoeslag aanvragen")
    ok(dialog)
    settle(qtbot, ctx)
    assert tab.planned.rowCount() == 0 and tab.no_planned.isVisibleTo(tab)
    assert shown_households(tab) == [world.settled]  # recent left the overdue list
    contacts = ctx.workspace.contacts.for_client(world.clients[0])
    assert [(c.channel, c.follow_up) for c in contacts] == [("home_visit", "Zorgtoeslag aanvragen")]
    tab.include_recorded.setChecked(True)
    settle(qtbot, ctx)
    status = tab.planned.index(0, tab.planned.STATUS).data()
    assert status.startswith("Afgelegd op ")


def test_a_pool_visit_is_marked_and_the_pool_and_weeks_are_listed(qtbot, world_ui, tab):
    ctx, world = world_ui
    ws = ctx.workspace
    ws.home_visits.plan(VisitPlan(world.settled, TODAY + timedelta(days=7), world.chris))
    tab.refresh()
    settle(qtbot, ctx)
    cell = tab.planned.index(0, tab.planned.VOLUNTEER)
    assert cell.data() == "Chris Bakker (pool)"
    assert "uitzondering" in cell.data(Qt.ItemDataRole.ToolTipRole)
    assert [p.name for p in tab.pool_model.rows()] == ["Anna de Vries", "Chris Bakker"]
    assert tab.pool_model.index(0, tab.pool_model.DAYS).data() == "ma, wo, vr"
    assert tab.loads.index(0, tab.loads.VOLUNTEER).data() == "Chris Bakker"


def test_cancel_frequency_and_lock(qtbot, world_ui, tab):
    ctx, world = world_ui
    select_household(tab, world.unwatched)
    qtbot.mouseClick(tab.frequency_button, Qt.MouseButton.LeftButton)
    tab.dialog_host.current.weeks.setValue(4)
    ok(tab.dialog_host.current)
    settle(qtbot, ctx)
    unwatched = next(h for h in tab.households.rows() if h.household_id == world.unwatched)
    assert unwatched.interval_days == 28
    assert tab.households.frequency(28) == "elke 4 weken"

    ctx.workspace.home_visits.plan(VisitPlan(world.recent, TODAY))
    tab.refresh()
    settle(qtbot, ctx)
    ctx.dialogs.answers.append(True)
    tab.planned_view.selectRow(0)
    qtbot.mouseClick(tab.cancel_button, Qt.MouseButton.LeftButton)
    settle(qtbot, ctx)
    assert tab.planned.rowCount() == 0

    tab.clear()
    assert tab.households.rowCount() == 0 and tab.pool_model.rowCount() == 0
    assert tab.summary.text() == ""


def test_planning_for_a_household_without_a_contact_person_is_refused_with_a_sentence(
    qtbot, world_ui, tab
):
    ctx, world = world_ui
    tab.pool = []  # nobody to choose: the service says why
    select_household(tab, world.unwatched)
    qtbot.mouseClick(tab.plan_button, Qt.MouseButton.LeftButton)
    ok(tab.dialog_host.current)
    settle(qtbot, ctx)
    kind, text = ctx.dialogs.shown[-1]
    assert kind == "warning" and text.startswith("Huisbezoeken doet de vaste contactpersoon")
