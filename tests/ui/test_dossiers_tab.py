"""A dossier from opening to the arrival of the family, through the real window, on a real file."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGroupBox, QPushButton

from tests.conftest import PASSWORD
from tests.ui.conftest import settle, sign_in
from tests.unit.test_dossiers_service import add_household
from vwdesk.domain.enums import DossierOutcome, ProcedureStepKind
from vwdesk.services.workspace import Workspace
from vwdesk.ui.tabs.dossiers.arrivals_dialog import ArrivalsDialog, ArrivalTableModel
from vwdesk.ui.tabs.dossiers.dossier_dialogs import (
    CloseDialog,
    DossierDialog,
    MemberDialog,
    StepDialog,
)
from vwdesk.ui.tabs.dossiers.rules_dialog import RulesDialog
from vwdesk.ui.tabs.sessions.schedule_dialog import to_qdate

TODAY = date(2018, 6, 15)


@pytest.fixture
def file_with_referent(new_file):
    ws = Workspace.open(new_file, "teamleider", PASSWORD)
    try:
        household_id, client_id = add_household(ws, housed_on=date(2017, 9, 1))
    finally:
        ws.close()
    return new_file, household_id, client_id


@pytest.fixture
def gui(qtbot, make_gui, file_with_referent):
    path, _household_id, _client_id = file_with_referent
    built = make_gui(path)
    for key in ("overzicht", "dossiers"):
        built.window.pages[key].clock = lambda: TODAY
    built.controller.start()
    sign_in(qtbot, built, "teamleider", PASSWORD)
    qtbot.waitUntil(built.window.isVisible)
    return built


def wait_idle(qtbot, gui) -> None:
    qtbot.waitUntil(lambda: not gui.ctx.worker.busy, timeout=15_000)


def open_dossier_tab(qtbot, gui):
    tab = gui.window.show_tab("dossiers")
    wait_idle(qtbot, gui)
    return tab


def test_open_a_dossier_follow_it_and_register_the_arrivals(
    qtbot, gui, dialogs, file_with_referent
):
    path = file_with_referent[0]
    tab = open_dossier_tab(qtbot, gui)
    assert tab.empty.isVisible() and "Nog geen dossiers" in tab.empty.text()

    # a new dossier: the referent is found with the tolerant search
    tab.new_button.click()
    dialog = tab.dialog
    assert isinstance(dialog, DossierDialog)
    dialog.picker.search.setText("amal hadad")
    dialog.picker.search_now()
    qtbot.waitUntil(lambda: dialog.picker.model.rowCount() == 1, timeout=10_000)
    # spelled otherwise than the name: taken once chosen with the arrow key, not by Enter alone
    assert not dialog.picker.results.currentIndex().isValid()
    qtbot.keyClick(dialog.picker.search, Qt.Key.Key_Down)
    dialog.picker.take_highlighted()
    dialog.opened_on.setDate(to_qdate(TODAY - timedelta(days=30)))
    dialog.accept()
    qtbot.waitUntil(lambda: tab.model.rowCount() == 1 and tab.panel.isVisible(), timeout=10_000)
    assert tab.panel.title.text() == "Dossier van Amal Haddad"

    # a family member abroad and the referent's permit: the application window starts
    tab.actions.edit_member(None)
    member = tab.dialog
    assert isinstance(member, MemberDialog)
    member.name.setText("Omar Haddad")
    member.country.setText("Turkije")
    member.accept()
    qtbot.waitUntil(lambda: tab.panel.members.rowCount() == 1, timeout=10_000)
    assert tab.panel.members.data(tab.panel.members.index(0, 3)) == "Turkije"

    tab.actions.edit_step(None)
    step = tab.dialog
    assert isinstance(step, StepDialog)
    step.kind.setCurrentIndex(step.kind.findData(ProcedureStepKind.PERMIT.value))
    step.on.setDate(to_qdate(date(2018, 4, 30)))
    step.accept()
    qtbot.waitUntil(lambda: tab.panel.deadlines.rowCount() == 1, timeout=10_000)
    deadlines = tab.panel.deadlines
    assert deadlines.data(deadlines.index(0, 0)) == "30-07-2018"  # 30 April + 3 months
    assert deadlines.data(deadlines.index(0, 1)) == "nog 45 dagen"
    assert "gunstig regime" in deadlines.data(deadlines.index(0, 2))

    # a step in the future is refused in the dialog, which stays open with one sentence
    tab.actions.edit_step(None)
    step = tab.dialog
    step.kind.setCurrentIndex(step.kind.findData(ProcedureStepKind.SUBMITTED.value))
    step.on.setDate(to_qdate(TODAY + timedelta(days=2)))
    step.accept()
    qtbot.waitUntil(lambda: step.problems.isVisible(), timeout=10_000)
    assert "toekomst" in step.problems.text() and step.isVisible()
    step.on.setDate(to_qdate(date(2018, 5, 2)))
    step.accept()
    qtbot.waitUntil(lambda: tab.panel.steps.rowCount() == 2, timeout=10_000)
    assert deadlines.data(deadlines.index(0, 2)) == "Beslistermijn IND verloopt"

    # the monthly review records who and when
    tab.panel.review_button.click()
    qtbot.waitUntil(lambda: "Laatst besproken op 15-06-2018" in tab.panel.facts.text())
    assert "teamleider" in tab.panel.facts.text()

    # closing successfully offers to register the arrivals
    dialogs.answers.append(True)
    tab.panel.close_button.click()
    close = tab.dialog
    assert isinstance(close, CloseDialog)
    close.outcome.setCurrentIndex(close.outcome.findData(DossierOutcome.SUCCESSFUL.value))
    close.closed_on.setDate(to_qdate(date(2018, 6, 1)))
    close.accept()
    qtbot.waitUntil(lambda: isinstance(tab.dialog, ArrivalsDialog), timeout=10_000)
    assert dialogs.shown[-1][0] == "question"
    arrivals = tab.dialog
    model = arrivals.model
    assert model.rowCount() == 1
    model.setData(model.index(0, ArrivalTableModel.BORN), to_qdate(date(1983, 1, 1)))
    arrivals.accept()  # no sex chosen yet: refused, the dialog stays
    qtbot.waitUntil(lambda: arrivals.problems.isVisible(), timeout=10_000)
    assert "geslacht" in arrivals.problems.text()
    model.setData(model.index(0, ArrivalTableModel.SEX), "M")
    arrivals.accept()
    qtbot.waitUntil(lambda: ("info", "1 cliënt ingeschreven in het huishouden.") in dialogs.shown)
    members = tab.panel.members
    qtbot.waitUntil(lambda: members.data(members.index(0, 5)) == "ja", timeout=10_000)
    assert "Geslaagd" in tab.panel.facts.text()
    assert not tab.panel.arrivals_button.isVisible()
    wait_idle(qtbot, gui)
    gui.shutdown()

    ws = Workspace.open(path, "teamleider", PASSWORD)
    try:
        figures = ws.figures.compute(2018)
        assert figures.housed.total == 1  # Omar, housed on 1 June 2018 in Amal's household
        assert figures.housed.dwellings == 0
        assert figures.reunification.successful == 1
        assert ws.dossiers.summaries(today=TODAY) == []  # no open dossier is left
    finally:
        ws.close()


def test_the_team_leader_edits_a_rule_and_the_deadline_moves(qtbot, gui):
    tab = open_dossier_tab(qtbot, gui)

    def prepare(w):
        from vwdesk.domain.dossiers import DossierDraft, StepDraft

        dossier_id = w.dossiers.create(DossierDraft(1, date(2018, 5, 1)), today=TODAY)
        w.dossiers.add_step(dossier_id, StepDraft(ProcedureStepKind.REFUSAL, date(2018, 5, 31)),
                            today=TODAY)  # fmt: skip
        return dossier_id

    done = []
    gui.ctx.run(prepare, on_success=done.append)
    qtbot.waitUntil(lambda: bool(done), timeout=10_000)
    gui.ctx.notify_changed("dossiers")
    qtbot.waitUntil(lambda: tab.panel.deadlines.rowCount() == 1, timeout=10_000)
    deadlines = tab.panel.deadlines
    assert deadlines.data(deadlines.index(0, 0)) == "28-06-2018"

    assert tab.rules_button.isVisible()
    tab.rules_button.click()
    qtbot.waitUntil(lambda: isinstance(tab.dialog, RulesDialog), timeout=10_000)
    rules = tab.dialog
    row = next(r for r in range(rules.model.rowCount()) if rules.model.row_at(r).key == "objection")
    rules.view.selectRow(row)
    assert rules.days.value() == 28
    assert rules.label.text() == "Bezwaar of beroep instellen tegen de afwijzing"
    rules.days.setValue(42)
    rules.source.setText("Awb art. 6:7")
    rules.save_button.click()
    qtbot.waitUntil(lambda: rules.model.row_at(row).days == 42, timeout=10_000)
    assert rules.model.row_at(row).label == "Lodge an objection or appeal against the refusal"
    rules.reject()
    qtbot.waitUntil(lambda: deadlines.data(deadlines.index(0, 0)) == "12-07-2018", timeout=10_000)


def test_a_volunteer_sees_no_rule_editor(qtbot, make_gui, file_with_referent):
    path, _h, _c = file_with_referent
    ws = Workspace.open(path, "teamleider", PASSWORD)
    from vwdesk.domain.enums import Role

    ws.accounts.add("vrijwilliger", "wachtwoord-1", Role.VOLUNTEER)
    ws.close()
    gui = make_gui(path)
    gui.controller.start()
    sign_in(qtbot, gui, "vrijwilliger", "wachtwoord-1")
    tab = open_dossier_tab(qtbot, gui)
    assert not tab.rules_button.isVisible()
    assert tab.new_button.isVisible()


def test_lock_clears_the_tab(qtbot, gui):
    tab = open_dossier_tab(qtbot, gui)
    tab.new_button.click()
    dialog = tab.dialog
    dialog.picker.search.setText("haddad")
    dialog.picker.search_now()
    qtbot.waitUntil(lambda: dialog.picker.model.rowCount() == 1, timeout=10_000)
    dialog.picker.take_highlighted()
    dialog.accept()
    qtbot.waitUntil(lambda: tab.panel.isVisible(), timeout=10_000)
    tab.actions.edit_member(None)  # a dialog is open when the laptop is locked

    gui.window.lock_action.trigger()
    qtbot.waitUntil(lambda: gui.ctx.workspace is None, timeout=10_000)
    assert tab.model.rowCount() == 0 and not tab.panel.isVisible()
    assert tab.panel.title.text() == "" and tab.panel.members.rowCount() == 0
    assert tab.dialog is None


def test_a_clients_deadlines_panel_shows_reminders_and_opens_the_dossier(qtbot, gui):
    from vwdesk.domain.dossiers import DossierDraft, StepDraft
    from vwdesk.ui.tabs.dossiers.client_deadlines_panel import ClientDeadlinesPanel

    def prepare(w):
        w.dossiers.add_step(
            w.dossiers.create(DossierDraft(1, date(2018, 5, 1)), today=TODAY),
            StepDraft(ProcedureStepKind.VISA, date(2018, 6, 1)),
            today=TODAY,
        )
        with w.unit() as s:
            from vwdesk.db.records import ClientRecord

            s.get(ClientRecord, 1).travel_document_expires_on = date(2018, 7, 1)

    done = []
    gui.ctx.run(prepare, on_success=done.append)
    qtbot.waitUntil(lambda: bool(done), timeout=10_000)

    panel = ClientDeadlinesPanel(gui.ctx)
    qtbot.addWidget(panel)
    panel.clock = lambda: TODAY
    panel.set_client(1)
    qtbot.waitUntil(lambda: panel.model.rowCount() == 2, timeout=10_000)
    texts = [panel.model.data(panel.model.index(r, 2)) for r in range(2)]
    assert texts == ["Reisdocument verloopt", "Met de mvv naar Nederland reizen"]
    assert panel.model.data(panel.model.index(0, 1)) == "nog 16 dagen"

    panel.view.activated.emit(panel.view.model().index(1, 0))
    dossiers = gui.window.pages["dossiers"]
    assert gui.window.current_page() is dossiers
    qtbot.waitUntil(lambda: dossiers.panel.detail is not None, timeout=10_000)
    panel.clear()
    assert panel.model.rowCount() == 0 and panel.client_id is None


def dossier_with_members(qtbot, gui, tab, *names: str) -> int:
    """A dossier for the referent with these family members abroad, shown in the tab."""
    from vwdesk.domain.dossiers import DossierDraft, FamilyMemberDraft

    def prepare(w):
        dossier_id = w.dossiers.create(DossierDraft(1, date(2018, 5, 1)), today=TODAY)
        for name in names:
            w.dossiers.add_member(dossier_id, FamilyMemberDraft(name, "child"), today=TODAY)
        return dossier_id

    done = []
    gui.ctx.run(prepare, on_success=done.append)
    qtbot.waitUntil(lambda: bool(done), timeout=10_000)
    gui.ctx.notify_changed("dossiers")
    qtbot.waitUntil(
        lambda: tab.panel.detail is not None and tab.panel.members.rowCount() == len(names),
        timeout=10_000,
    )
    return done[0]


def member_button(tab, text: str) -> QPushButton:
    box = next(
        b for b in tab.panel.findChildren(QGroupBox) if b.title() == "Gezinsleden in het buitenland"
    )
    return next(b for b in box.findChildren(QPushButton) if b.text() == text)


def member_names(tab) -> list[str]:
    members = tab.panel.members
    return sorted(members.row_at(r).name for r in range(members.rowCount()))


def test_removing_a_family_member_asks_first_and_removes_it_from_the_file(
    qtbot, gui, dialogs, file_with_referent
):
    path = file_with_referent[0]
    tab = open_dossier_tab(qtbot, gui)
    dossier_id = dossier_with_members(qtbot, gui, tab, "Jawad Noori", "Zaid Noori")
    view = tab.panel.member_view
    row = next(
        r for r in range(view.model().rowCount()) if "Jawad" in view.model().index(r, 0).data()
    )
    view.selectRow(row)

    # "No" is the safe default: nothing is removed
    qtbot.mouseClick(member_button(tab, "Verwijderen"), Qt.MouseButton.LeftButton)
    assert dialogs.shown[-1] == ("question", "Jawad Noori uit dit dossier verwijderen?")
    wait_idle(qtbot, gui)
    assert member_names(tab) == ["Jawad Noori", "Zaid Noori"]

    dialogs.answers.append(True)
    qtbot.mouseClick(member_button(tab, "Verwijderen"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: member_names(tab) == ["Zaid Noori"], timeout=10_000)
    wait_idle(qtbot, gui)
    gui.shutdown()

    ws = Workspace.open(path, "teamleider", PASSWORD)
    try:
        assert [m.name for m in ws.dossiers.get(dossier_id).members] == ["Zaid Noori"]
    finally:
        ws.close()


def test_closing_a_dossier_makes_the_volunteer_choose_the_outcome(qtbot, gui, file_with_referent):
    path = file_with_referent[0]
    tab = open_dossier_tab(qtbot, gui)
    dossier_id = dossier_with_members(qtbot, gui, tab)
    tab.panel.close_button.click()
    close = tab.dialog
    assert isinstance(close, CloseDialog)
    assert close.outcome.currentIndex() == -1  # no outcome chosen for the volunteer
    assert close.outcome.placeholderText() == "Kies de uitkomst…"

    close.accept()  # OK without an outcome: one sentence, the dialog stays, nothing is written
    assert close.isVisible() and tab.dialog is close
    assert close.problems.text() == "Kies hoe het dossier is afgelopen; er is niets opgeslagen."
    assert close.problems.isVisibleTo(close)
    # the dialog grew for the sentence: the wrapped explanation above it is not squeezed
    assert close.height() >= close.layout().totalHeightForWidth(close.width())
    wait_idle(qtbot, gui)
    assert tab.panel.detail.closed_on is None

    close.outcome.setCurrentIndex(close.outcome.findData(DossierOutcome.REJECTED.value))
    close.closed_on.setDate(to_qdate(date(2018, 6, 1)))
    close.accept()
    qtbot.waitUntil(lambda: "Afgewezen" in tab.panel.facts.text(), timeout=10_000)
    wait_idle(qtbot, gui)
    gui.shutdown()

    ws = Workspace.open(path, "teamleider", PASSWORD)
    try:
        detail = ws.dossiers.get(dossier_id)
        assert (detail.outcome, detail.closed_on) == (DossierOutcome.REJECTED, date(2018, 6, 1))
    finally:
        ws.close()


def test_enter_in_the_referent_search_picks_and_does_not_make_the_dossier(qtbot, gui):
    """Enter picks the person typed; the dossier is made only with OK (Enter also pressed
    the dialog's default button, and made the dossier with the default date at once)."""
    tab = open_dossier_tab(qtbot, gui)
    tab.new_button.click()
    dialog = tab.dialog
    picker = dialog.picker
    picker.search.setFocus()
    qtbot.keyClicks(picker.search, "amal haddad")
    qtbot.waitUntil(lambda: picker.model.rowCount() == 1, timeout=10_000)
    settle(qtbot, gui.ctx)
    qtbot.keyClick(picker.search, Qt.Key.Key_Return)
    assert picker.current is not None and picker.current.name == "Amal Haddad"
    assert dialog.isVisible()
    settle(qtbot, gui.ctx)
    assert tab.model.rowCount() == 0  # nothing made yet
