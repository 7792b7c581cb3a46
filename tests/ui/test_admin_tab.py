"""Beheer: the team and the sign-in accounts, driven with qtbot on a real file, in Dutch."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from tests.conftest import PASSWORD
from tests.ui.conftest import settle
from vwdesk.domain.enums import Role
from vwdesk.domain.team import VolunteerInput
from vwdesk.services.workspace import Workspace
from vwdesk.ui.tabs.admin.account_dialogs import (
    AddAccountDialog,
    RecoveryKeyDialog,
    ResetPasswordDialog,
)
from vwdesk.ui.tabs.admin.admin_view import AdminTab
from vwdesk.ui.tabs.admin.team_models import VolunteerTableModel


@pytest.fixture
def make_tab(open_tab):
    return lambda ws: open_tab(ws, AdminTab)


def ok(dialog) -> None:
    dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok).click()


def test_volunteer_table_model_without_widgets():
    from vwdesk.domain.team import Volunteer

    model = VolunteerTableModel()
    model.set_rows(
        [
            Volunteer(
                1,
                VolunteerInput(
                    "Anna",
                    "de Vries",
                    date(2016, 1, 1),
                    paid=False,
                    home_visit_pool=True,
                    languages="nl, ar",
                    availability=(1, 3),
                ),
                "anna",
                2,
            ),
        ]
    )
    cells = [model.index(0, c).data() for c in range(model.columnCount())]
    assert cells == [
        "Anna de Vries", "Vrijwilliger", "", "01-01-2016", "", "ja", "", "Nederlands, Arabisch",
        "ma, wo", "anna", "2",
    ]  # fmt: skip


def test_add_a_volunteer_change_them_and_let_them_leave(qtbot, workspace, make_tab):
    tab = make_tab(workspace)
    page = tab.pages["vrijwilligers"]
    assert tab.tabs.tabText(0) == "Vrijwilligers" and tab.tabs.tabText(1) == "Accounts"
    qtbot.mouseClick(page.new_button, Qt.MouseButton.LeftButton)
    form = page.form
    qtbot.keyClicks(form.first_name, "Anna")
    qtbot.keyClicks(form.last_name, "de Vries")
    form.active_from.edit.clear()
    qtbot.keyClicks(form.active_from.edit, "01-03-2016")
    form.home_visit_pool.setChecked(True)
    form.legal.setChecked(True)
    qtbot.keyClicks(form.languages, "Nederlands, Arabisch")
    form.days[0].setChecked(True)  # Monday
    form.days[3].setChecked(True)  # Thursday
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    settle(qtbot, tab.ctx)
    assert page.status.text() == "Opgeslagen."
    (anna,) = workspace.team.volunteers()
    assert anna.data.availability == (1, 4) and anna.data.legal and anna.data.home_visit_pool
    assert anna.data.languages == "nl,ar"
    assert page.model.index(0, VolunteerTableModel.DAYS).data() == "ma, do"
    assert page.model.index(0, VolunteerTableModel.LANGUAGES).data() == "Nederlands, Arabisch"

    # A mistake is shown next to its field.
    form.active_until.set_value(date(2015, 1, 1))
    form.changed.emit()
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    settle(qtbot, tab.ctx)
    assert form.problem_texts() == {"active_until": "De einddatum ligt vóór de begindatum."}

    # Leaving: an end date, and the history stays.
    form.active_until.set_value(date(2017, 6, 30))
    tab.ctx.dialogs.answers = [True]
    qtbot.mouseClick(page.end_button, Qt.MouseButton.LeftButton)
    settle(qtbot, tab.ctx)
    assert workspace.team.volunteers()[0].data.active_until == date(2017, 6, 30)
    assert page.model.rowCount() == 0  # "active now" by default
    page.show_box.setCurrentIndex(1)
    assert page.model.index(0, 0).data() == "Anna de Vries"
    assert page.summary.text() == "0 actief, 1 in totaal"


def test_accounts_add_reset_link_disable_and_recovery_key(qtbot, workspace, make_tab):
    workspace.team.add(VolunteerInput("Anna", "de Vries", date(2016, 1, 1)))
    tab = make_tab(workspace)
    page = tab.show_page("accounts")
    settle(qtbot, tab.ctx)
    assert page.model.rowCount() == 1
    assert page.recovery.text().startswith("Er is een herstelsleutel")

    qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)
    dialog = page.dialogs.current
    assert isinstance(dialog, AddAccountDialog)
    qtbot.keyClicks(dialog.username, "Anna!")
    qtbot.keyClicks(dialog.password, "kort")
    ok(dialog)
    assert dialog.problem.text().startswith("Een gebruikersnaam bestaat uit")
    dialog.username.setText("anna")
    ok(dialog)
    assert dialog.problem.text() == "Een wachtwoord heeft minstens 8 tekens."
    dialog.password.setText("wachtwoord-1")
    dialog.repeat.setText("wachtwoord-2")
    ok(dialog)
    assert dialog.problem.text() == "De twee wachtwoorden zijn niet gelijk."
    dialog.repeat.setText("wachtwoord-1")
    dialog.volunteer.setCurrentIndex(1)
    ok(dialog)
    settle(qtbot, tab.ctx)
    assert page.status.text() == "Account anna toegevoegd."
    rows = {a.username: a for a in page.model.rows()}
    assert rows["anna"].role == Role.VOLUNTEER
    anna_row = page.model.rows().index(rows["anna"])
    assert page.model.index(anna_row, page.model.VOLUNTEER).data() == "Anna de Vries"
    assert page.model.index(anna_row, page.model.ROLE).data() == "Vrijwilliger"

    page.view.selectRow(anna_row)
    qtbot.mouseClick(page.reset_button, Qt.MouseButton.LeftButton)
    reset = page.dialogs.current
    assert isinstance(reset, ResetPasswordDialog)
    reset.password.setText("nieuw-wachtwoord")
    reset.repeat.setText("nieuw-wachtwoord")
    ok(reset)
    settle(qtbot, tab.ctx)
    assert page.status.text() == "anna heeft een nieuw wachtwoord."

    tab.ctx.dialogs.answers = [True]
    qtbot.mouseClick(page.recovery_button, Qt.MouseButton.LeftButton)
    settle(qtbot, tab.ctx)
    shown = page.dialogs.current
    assert isinstance(shown, RecoveryKeyDialog) and len(shown.key.text()) > 20
    shown.accept()

    page.view.selectRow(anna_row)
    tab.ctx.dialogs.answers = [True]
    qtbot.mouseClick(page.disable_button, Qt.MouseButton.LeftButton)
    settle(qtbot, tab.ctx)
    assert page.status.text() == "anna is uitgeschakeld."
    states = {a.username: a.disabled for a in page.model.rows()}
    assert states == {"anna": True, "teamleider": False}


def test_a_volunteer_sees_the_team_but_no_accounts_and_changes_nothing(qtbot, new_file, make_tab):
    ws = Workspace.open(new_file, "teamleider", PASSWORD)
    ws.team.add(VolunteerInput("Anna", "de Vries", date(2016, 1, 1)))
    ws.accounts.add("vrijwilliger", "wachtwoord-1", Role.VOLUNTEER)
    ws.close()
    volunteer = Workspace.open(new_file, "vrijwilliger", "wachtwoord-1")
    tab = make_tab(volunteer)
    assert not tab.tabs.isTabVisible(1)  # Accounts
    page = tab.pages["vrijwilligers"]
    assert page.model.rowCount() == 1
    assert not page.new_button.isVisible() and not page.save_button.isVisible()
    assert not page.form.isEnabled()
