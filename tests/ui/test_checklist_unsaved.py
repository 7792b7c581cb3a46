"""Work typed on a checklist item is never dropped without asking (usability test 4, d01-d03).

Leaving an item with unsaved changes (another item, another checklist, another
household, the client page) asks "Wijzigingen opslaan?" with Opslaan / Niet
opslaan / Annuleren, the way the client page asks before it is left. A save
that fails keeps the volunteer on the item with everything they typed.
"""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtWidgets import QApplication
from sqlalchemy import select

from tests.ui.conftest import show_tab
from tests.ui.test_debt_tab import ctx, settle, tab  # noqa: F401  (fixtures)
from vwdesk.db.records import ClientRecord
from vwdesk.domain.checklists import PAYMENT_ARRANGEMENT
from vwdesk.domain.enums import ChecklistItemStatus as S
from vwdesk.ui.dialogs import SaveChoice
from vwdesk.ui.tabs.clients.clients_view import ClientsTab
from vwdesk.ui.widgets.rows_table_view import select_where, selected_row

NOTE = "Komt op 12 december naar de workshop, met tolk"


@pytest.fixture
def view(qtbot, ctx, tab):  # noqa: F811
    """The Schuldpreventie tab's checklist, for the first household, on the workshop item."""
    ws = ctx.workspace
    for household in ws.debt.households_without_checklist():
        ws.checklists.start("debt_prevention", household_id=household.id)
    tab.refresh()
    settle(qtbot, ctx)
    choose(qtbot, ctx, tab.checklist, "finance_workshop")
    return tab.checklist


def choose(qtbot, ctx, view, key: str) -> None:  # noqa: F811
    """Click another item, as the volunteer does; the question (if any) is answered."""
    wanted = next(i for i in view.checklist.items if i.key == key)
    assert select_where(view.table, lambda i: i.id == wanted.id)
    QApplication.processEvents()  # the question is asked once the click has been handled
    settle(qtbot, ctx)
    QApplication.processEvents()


def stored(ctx, view, key: str):  # noqa: F811
    checklist = ctx.workspace.checklists.get(view.checklist.id)
    return next(i for i in checklist.items if i.key == key)


def type_work(view) -> None:
    view.editor.set_status(S.DONE)
    view.editor.note.setText(NOTE)


def questions(dialogs) -> list[str]:
    return [text for kind, text in dialogs.shown if kind == "ask_save"]


def test_the_editor_shows_that_changes_are_not_saved_yet(view):
    editor = view.editor
    assert not editor.save_button.isEnabled() and editor.save_status.text() == ""
    type_work(view)
    assert editor.save_button.isEnabled() and editor.undo_button.isEnabled()
    assert editor.save_status.text() == "Wijzigingen nog niet opgeslagen."
    assert editor.heading.text().endswith(" *")
    editor.undo_button.click()  # back to what is stored
    assert editor.status() == S.OPEN and editor.note.text() == ""
    assert not view.dirty and not editor.save_button.isEnabled()
    assert not editor.heading.text().endswith("*")


def test_another_item_asks_and_saving_keeps_the_work(qtbot, ctx, view, dialogs):  # noqa: F811
    type_work(view)
    dialogs.save_answers = [SaveChoice.SAVE]
    choose(qtbot, ctx, view, "saving_tips")
    assert questions(dialogs) == ["Wijzigingen opslaan?"]
    assert view.editor.item.key == "saving_tips"
    assert selected_row(view.table).key == "saving_tips"
    workshop = stored(ctx, view, "finance_workshop")
    assert (workshop.status, workshop.note) == (S.DONE, NOTE)
    assert view.editor.save_status.text() == f"“{workshop.title}” opgeslagen."

    choose(qtbot, ctx, view, "finance_workshop")  # nothing changed: no question
    assert len(questions(dialogs)) == 1
    assert (view.editor.status(), view.editor.note.text()) == (S.DONE, NOTE)


def test_cancel_stays_on_the_item_with_the_input(qtbot, ctx, view, dialogs):  # noqa: F811
    type_work(view)
    dialogs.save_answers = [SaveChoice.CANCEL]
    choose(qtbot, ctx, view, "saving_tips")
    assert questions(dialogs) == ["Wijzigingen opslaan?"]
    assert view.editor.item.key == "finance_workshop"
    assert selected_row(view.table).key == "finance_workshop"
    assert (view.editor.status(), view.editor.note.text()) == (S.DONE, NOTE)
    assert stored(ctx, view, "finance_workshop").status == S.OPEN  # nothing written


def test_dont_save_drops_the_changes_on_purpose(qtbot, ctx, view, dialogs):  # noqa: F811
    type_work(view)
    dialogs.save_answers = [SaveChoice.DISCARD]
    choose(qtbot, ctx, view, "saving_tips")
    assert view.editor.item.key == "saving_tips"
    assert stored(ctx, view, "finance_workshop").note == ""
    choose(qtbot, ctx, view, "finance_workshop")
    assert (view.editor.status(), view.editor.note.text()) == (S.OPEN, "")
    assert len(questions(dialogs)) == 1


def test_a_failed_save_keeps_the_volunteer_on_the_item(qtbot, ctx, view, dialogs):  # noqa: F811
    editor = view.editor
    type_work(view)
    editor.done_on.set_value(date.today() + timedelta(days=3))  # the service refuses this
    dialogs.save_answers = [SaveChoice.SAVE]
    choose(qtbot, ctx, view, "saving_tips")
    assert editor.item.key == "finance_workshop"
    assert selected_row(view.table).key == "finance_workshop"
    assert editor.problem.isVisibleTo(editor) and editor.problem.text()
    assert (editor.status(), editor.note.text()) == (S.DONE, NOTE)
    assert stored(ctx, view, "finance_workshop").status == S.OPEN

    # An amount it cannot read: the same, before anything is sent to the worker.
    editor.undo_button.click()
    choose(qtbot, ctx, view, PAYMENT_ARRANGEMENT)
    editor.set_status(S.DONE)
    editor.creditor.setText("Eneco")
    editor.amount.setText("1.250,5,0")
    dialogs.save_answers = [SaveChoice.SAVE]
    choose(qtbot, ctx, view, "saving_tips")
    assert editor.item.key == PAYMENT_ARRANGEMENT
    assert editor.problem.text() == "Vul een bedrag in euro's in, zoals 125,50."
    assert (editor.creditor.text(), editor.amount.text()) == ("Eneco", "1.250,5,0")


def test_another_household_asks_first(qtbot, ctx, tab, view, dialogs):  # noqa: F811
    first = view.checklist.id
    type_work(view)
    households = tab.household_view
    here = selected_row(households).checklist_id
    dialogs.save_answers = [SaveChoice.CANCEL]
    assert select_where(households, lambda h: h.checklist_id != here)
    QApplication.processEvents()
    settle(qtbot, ctx)
    assert questions(dialogs) == ["Wijzigingen opslaan?"]
    assert selected_row(households).checklist_id == here and view.checklist.id == first
    assert view.editor.note.text() == NOTE

    dialogs.save_answers = [SaveChoice.SAVE]
    assert select_where(households, lambda h: h.checklist_id != here)
    QApplication.processEvents()
    settle(qtbot, ctx)
    QApplication.processEvents()
    settle(qtbot, ctx)
    assert selected_row(households).checklist_id != here
    assert view.checklist.id == selected_row(households).checklist_id
    saved = next(
        i for i in ctx.workspace.checklists.get(first).items if i.key == "finance_workshop"
    )
    assert saved.note == NOTE


def test_a_refresh_keeps_what_is_typed(qtbot, ctx, tab, view):  # noqa: F811
    type_work(view)
    tab.refresh()  # another tab wrote something; the main window refreshes this one
    settle(qtbot, ctx)
    assert view.editor.item.key == "finance_workshop"
    assert (view.editor.status(), view.editor.note.text()) == (S.DONE, NOTE)
    assert view.dirty


def test_leaving_the_client_page_asks_for_the_checklist(qtbot, ctx, dialogs):  # noqa: F811
    with ctx.workspace.reading() as s:
        ahmad = s.scalars(select(ClientRecord.id).where(ClientRecord.first_name == "Ahmad")).one()
    clients = show_tab(qtbot, ctx, ClientsTab)
    clients.open_client(ahmad)
    settle(qtbot, ctx)
    page = clients.page
    page.tabs.setCurrentIndex(page.CHECKLISTS)
    page.checklists.settlement_button.click()
    settle(qtbot, ctx)
    page.checklists.integration_button.click()
    settle(qtbot, ctx)
    view = page.checklists.view
    assert view.checklist.name == "Integratie"
    type_work(view)

    # Another checklist of the same client.
    dialogs.save_answers = [SaveChoice.CANCEL]
    page.checklists.chooser.setCurrentIndex(1 - page.checklists.chooser.currentIndex())
    QApplication.processEvents()
    settle(qtbot, ctx)
    assert questions(dialogs) == ["Wijzigingen opslaan?"]
    assert view.checklist.name == "Integratie" and page.checklists.chooser.currentText().startswith(
        "Integratie"
    )
    assert view.editor.note.text() == NOTE

    # A reload of the page (the client's details were saved) keeps it too.
    page.reload()
    settle(qtbot, ctx)
    assert view.checklist.name == "Integratie" and view.editor.note.text() == NOTE

    # Back to the list: asked; Annuleren stays, Opslaan saves and then goes.
    dialogs.save_answers = [SaveChoice.CANCEL]
    page.back_button.click()
    settle(qtbot, ctx)
    assert clients.stack.currentIndex() == clients.PAGE
    assert view.editor.note.text() == NOTE
    dialogs.save_answers = [SaveChoice.SAVE]
    page.back_button.click()
    settle(qtbot, ctx)
    QApplication.processEvents()
    assert clients.stack.currentIndex() == clients.LIST
    assert len(questions(dialogs)) == 3
    integration = ctx.workspace.checklists.get(view.checklist.id)
    assert any(i.note == NOTE and i.status == S.DONE for i in integration.items)


def test_not_applicable_and_the_progress_are_not_cut_off(qtbot, ctx, view):  # noqa: F811
    for key in ("finance_workshop", PAYMENT_ARRANGEMENT):
        choose(qtbot, ctx, view, key)
        QApplication.processEvents()
        for button in view.editor.status_buttons.buttons():
            assert button.width() >= button.sizeHint().width(), button.text()
            inside = button.mapTo(view.editor, button.rect().topRight()).x()
            assert inside <= view.editor.contentsRect().right(), button.text()
    assert not view.progress.isTextVisible()
    assert view.progress_text.text() == "0 van 9 afgerond"
    assert not view.progress_text.geometry().intersects(view.progress.geometry())
    assert view.progress_text.width() >= view.progress_text.sizeHint().width()


def test_the_real_question_has_opslaan_niet_opslaan_annuleren(qtbot):
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QMessageBox

    from vwdesk.ui.dialogs import DialogService

    seen: list[list[str]] = []

    def answer(text: str) -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox)
        seen.append([b.text() for b in box.buttons()])
        assert box.defaultButton().text() == "Opslaan"  # Enter keeps the work
        next(b for b in box.buttons() if b.text() == text).click()

    service = DialogService()
    for text, expected in (
        ("Niet opslaan", SaveChoice.DISCARD),
        ("Opslaan", SaveChoice.SAVE),
        ("Annuleren", SaveChoice.CANCEL),
    ):
        QTimer.singleShot(0, lambda t=text: answer(t))
        assert service.ask_save("Wijzigingen opslaan?") == expected
    assert sorted(seen[0]) == ["Annuleren", "Niet opslaan", "Opslaan"]
