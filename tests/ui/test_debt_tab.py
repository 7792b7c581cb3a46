"""The Schuldpreventie tab, driven like a volunteer would, on a real encrypted file."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtWidgets import QDialogButtonBox

from tests.conftest import PASSWORD
from tests.db.test_checklists import add_household, add_volunteer
from vwdesk.domain.checklists import DEBT_COUNSELLING, PAYMENT_ARRANGEMENT
from vwdesk.domain.enums import ChecklistItemStatus as S
from vwdesk.services.workspace import Workspace
from vwdesk.ui.context import UiContext
from vwdesk.ui.tabs.debt.debt_view import DebtTab
from vwdesk.ui.tabs.debt.refer_dialog import ReferDialog
from vwdesk.ui.tabs.debt.start_dialog import StartChecklistDialog
from vwdesk.ui.widgets.rows_table_model import ROW_ROLE
from vwdesk.ui.widgets.rows_table_view import select_where
from vwdesk.ui.worker import Worker


@pytest.fixture
def ctx(qtbot, dialogs, preferences, new_file):
    """A UiContext signed in as the team leader, the workspace opened on the worker."""
    worker = Worker()
    context = UiContext(worker, dialogs, preferences)
    job = worker.run(lambda: Workspace.open(new_file, "teamleider", PASSWORD))
    qtbot.waitUntil(lambda: job.done, timeout=20_000)
    ws = job.result
    add_household(ws, names=(("Ahmad", "Haddad", "1980-01-01"), ("Rania", "Haddad", "1982-03-04")))
    add_household(ws, names=(("Sara", "Tesfay", "1990-05-05"),))
    add_volunteer(ws)
    context.set_workspace(ws)
    yield context
    context.close_workspace()
    worker.shutdown()


def settle(qtbot, ctx) -> None:
    qtbot.waitUntil(lambda: not ctx.worker.busy, timeout=20_000)


@pytest.fixture
def tab(qtbot, ctx):
    page = DebtTab(ctx)
    qtbot.addWidget(page)
    page.resize(1280, 800)
    page.show()
    ctx.data_changed.connect(lambda _topic: page.refresh())  # what the main window does
    page.refresh()
    settle(qtbot, ctx)
    return page


def choose_item(qtbot, tab, key: str, nth: int = 0) -> None:
    view = tab.checklist
    rows = [i for i in view.checklist.items if i.key == key]
    assert select_where(view.table, lambda i: i.id == rows[nth].id)
    assert view.editor.item.id == rows[nth].id


def save(qtbot, tab, ctx) -> None:
    tab.checklist.editor.save_button.click()
    settle(qtbot, ctx)


def test_a_full_debt_prevention_checklist_with_a_payment_arrangement(qtbot, ctx, tab):
    assert tab.top_stack.currentWidget() is tab.empty
    assert tab.past_due_page.currentWidget() is tab.past_due_page.empty
    assert tab.start_button.text() == "Nieuwe checklist…"

    # Start the checklist for the Haddad household.
    tab.start_button.click()
    settle(qtbot, ctx)
    dialog = tab.dialog
    assert isinstance(dialog, StartChecklistDialog)
    assert dialog.household.count() == 2
    dialog.household.setCurrentIndex(dialog.household.findText("Ahmad Haddad, Rania Haddad"))
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    settle(qtbot, ctx)
    assert tab.top_stack.currentWidget() is tab.household_view
    assert tab.households.rowCount() == 1
    view = tab.checklist
    assert view.heading.text() == "Schuldpreventie — Ahmad Haddad, Rania Haddad"
    assert view.items.rowCount() == 9
    assert view.progress.text() == "0 van 9 afgerond"

    # The everyday items: done today, by the chosen volunteer.
    for key in ("income_expenses", "entitlements", "internet_banking", "saving_tips",
                "own_administration", "finance_workshop"):  # fmt: skip
        choose_item(qtbot, tab, key)
        editor = view.editor
        assert not editor.creditor.isVisibleTo(editor)  # only where the item asks for it
        editor.set_status(S.DONE)
        assert editor.done_on.value() == date.today()
        editor.volunteer.setCurrentIndex(editor.volunteer.findText("Els de Vries"))
        save(qtbot, tab, ctx)
    assert view.progress.text() == "6 van 9 afgerond"

    # The payment arrangement: creditor, amount and monthly amount, the Dutch way.
    choose_item(qtbot, tab, PAYMENT_ARRANGEMENT)
    editor = view.editor
    assert editor.creditor.isVisibleTo(editor) and editor.monthly.isVisibleTo(editor)
    editor.set_status(S.DONE)
    editor.creditor.setText("Energieleverancier")
    editor.amount.setText("abc")
    save(qtbot, tab, ctx)
    assert editor.problem.isVisibleTo(editor)
    assert editor.problem.text() == "Vul een bedrag in euro's in, zoals 125,50."
    editor.amount.setText("840,00")
    editor.monthly.setText("35")
    save(qtbot, tab, ctx)
    made = next(i for i in view.checklist.items if i.key == PAYMENT_ARRANGEMENT)
    assert (made.status, made.creditor, made.amount_cents, made.monthly_cents) == (
        S.DONE, "Energieleverancier", 84_000, 3_500,
    )  # fmt: skip

    # A second arrangement, still to be made, already late.
    choose_item(qtbot, tab, PAYMENT_ARRANGEMENT)
    editor.another_button.click()
    settle(qtbot, ctx)
    second = editor.item
    assert second.key == PAYMENT_ARRANGEMENT and second.id != made.id
    editor.creditor.setText("Zorgverzekeraar")
    editor.amount.setText("1.250,50")
    editor.due_on.set_value(date.today() - timedelta(days=3))
    save(qtbot, tab, ctx)

    # Safety net not needed.
    choose_item(qtbot, tab, "safety_net")
    editor.set_status(S.NOT_APPLICABLE)
    save(qtbot, tab, ctx)

    # Refer to debt counselling: Plangroep by default; ticks off the item.
    tab.refer_button.click()
    settle(qtbot, ctx)
    refer = tab.dialog
    assert isinstance(refer, ReferDialog)
    assert refer.partner.currentText() == "Plangroep"
    assert refer.member.currentText() == "Ahmad Haddad"
    refer.member.setCurrentIndex(1)
    refer.reason.setText("huurachterstand")
    refer.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    settle(qtbot, ctx)
    counselling = next(i for i in view.checklist.items if i.key == DEBT_COUNSELLING)
    assert (counselling.status, counselling.partner_name) == (S.DONE, "Plangroep")
    assert view.progress.text() == "9 van 10 afgerond"

    # The overview and the lists below.
    (row,) = tab.households.rows()
    assert (row.arrangements_made, row.arrangements_pending) == (1, 1)
    assert row.arrears_cents == 84_000 + 125_050 and row.past_due == 1
    model = tab.households
    assert model.data(model.index(0, model.ARRANGEMENTS)) == "1 getroffen, 1 te treffen"
    assert model.data(model.index(0, model.ARREARS)) == "€ 2.090,50"
    assert model.data(model.index(0, model.REFERRED)).startswith("Plangroep, ")
    assert tab.arrangements.rowCount() == 2 and tab.past_due.rowCount() == 1
    assert tab.referrals.rowCount() == 1
    assert tab.pages.tabText(1) == "Betalingsregelingen (2)"
    assert tab.past_due_page.currentWidget() is tab.past_due_view

    # From the list of arrangements straight to that item on the checklist.
    tab.pages.setCurrentWidget(tab.arrangement_page)
    index = next(
        tab.arrangement_view.model().index(r, 0)
        for r in range(tab.arrangements.rowCount())
        if tab.arrangement_view.model().index(r, 0).data(ROW_ROLE).item_id == second.id
    )
    tab.arrangement_view.doubleClicked.emit(index)
    settle(qtbot, ctx)
    assert tab.pages.currentWidget() is view and view.editor.item.id == second.id

    ws = ctx.workspace
    (referral,) = ws.referrals.list()
    assert (referral.client_name, referral.partner_name, referral.reason) == (
        "Rania Haddad", "Plangroep", "huurachterstand",
    )  # fmt: skip
    figures = ws.figures.compute(date.today().year)
    assert figures.debt.checklists_started == 1
    assert figures.debt.payment_arrangements == 1
    assert figures.referrals.by_partner == {"Plangroep": 1}

    # Locking leaves nothing personal on screen.
    tab.clear()
    assert tab.households.rowCount() == 0 and view.items.rowCount() == 0
    assert tab.summary.text() == "" and "Haddad" not in view.heading.text()


def test_another_tab_opens_a_households_checklist(qtbot, ctx, tab):
    ws = ctx.workspace
    first, second = (
        ws.checklists.start("debt_prevention", household_id=h.id)
        for h in ws.debt.households_without_checklist()
    )
    tab.open_record("debt_checklist", second.id)  # not loaded yet: loads, then chooses it
    settle(qtbot, ctx)
    assert tab.checklist.checklist.id == second.id
    tab.open_record("debt_checklist", first.id)  # already in the list: chosen at once
    settle(qtbot, ctx)
    assert tab.checklist.checklist.id == first.id
