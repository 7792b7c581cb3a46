"""Everything typed on a client's page (details, household, a checklist item) is asked about
once before it is lost, and never lost by opening the same client again.

Driven on a real encrypted file, in Dutch, through the Cliënten tab.
"""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtWidgets import QApplication

from tests.ui.conftest import settle
from vwdesk.domain.clients import ClientInput, HouseholdInput
from vwdesk.domain.enums import ChecklistItemStatus as S
from vwdesk.domain.enums import ChecklistKind
from vwdesk.ui.dialogs import SaveChoice
from vwdesk.ui.tabs.clients.clients_view import ClientsTab

NOTE = "Gesprek met de klantmanager op 12 december, met tolk"
ADDRESS = "Hoefweg 14"


@pytest.fixture
def tab(qtbot, workspace, open_tab) -> ClientsTab:
    """The Cliënten tab on Tesfaye's page, with his Integratie checklist shown."""
    detail = workspace.households.register(
        HouseholdInput(date(2017, 5, 10), "Hoefweg 12"),
        [ClientInput("Tesfaye", "Gebremedhin", date(1990, 2, 1), "M", "ER")],
    )
    client_id = detail.members[0].client_id
    workspace.checklists.start(ChecklistKind.INTEGRATION.value, client_id=client_id)
    tab = open_tab(workspace, ClientsTab)
    tab.open_client(client_id)
    settle(qtbot, tab.ctx)
    assert tab.page.checklists.view.checklist is not None
    return tab


def type_details(qtbot, tab: ClientsTab) -> None:
    tab.page.form.first_name.clear()
    qtbot.keyClicks(tab.page.form.first_name, "Tesfay")


def type_checklist(tab: ClientsTab) -> None:
    view = tab.page.checklists.view
    view.editor.set_status(S.DONE)
    view.editor.note.setText(NOTE)


def asked(tab: ClientsTab) -> list[tuple[str, str]]:
    return [
        (kind, text) for kind, text in tab.ctx.dialogs.shown if kind in ("question", "ask_save")
    ]


def stored_notes(tab: ClientsTab) -> list[str]:
    view = tab.page.checklists.view
    return [i.note for i in tab.ctx.workspace.checklists.get(view.checklist.id).items]


def test_details_and_checklist_unsaved_ask_once_and_staying_keeps_both(qtbot, tab):
    page = tab.page
    type_details(qtbot, tab)
    type_checklist(tab)

    # Before, the checklist asked first ("Niet opslaan" undid the item at once) and then
    # the details ("Nee" stayed, with the checklist work gone): two questions, work lost.
    tab.ctx.dialogs.save_answers = [SaveChoice.DISCARD]
    tab.ctx.dialogs.answers = [False]  # "Nee": stay
    page.back_button.click()
    settle(qtbot, tab.ctx)
    QApplication.processEvents()
    questions = asked(tab)
    assert len(questions) == 1, questions
    kind, text = questions[0]
    assert kind == "question"
    assert "checklist" in text and page.checklists.view.editor.item.title in text
    assert tab.stack.currentIndex() == tab.PAGE
    assert page.form.first_name.text() == "Tesfay" and page.form.dirty
    view = page.checklists.view
    assert (view.editor.status(), view.editor.note.text()) == (S.DONE, NOTE) and view.dirty
    assert tab.has_unsaved()

    # "Ja": the page is left once, and nothing typed is written.
    tab.ctx.dialogs.save_answers = []
    tab.ctx.dialogs.answers = [True]
    page.back_button.click()
    settle(qtbot, tab.ctx)
    assert len(asked(tab)) == 2
    assert tab.stack.currentIndex() == tab.LIST
    assert NOTE not in stored_notes(tab)
    assert tab.ctx.workspace.clients.get(page.client_id).data.first_name == "Tesfaye"
    assert not tab.has_unsaved()  # quitting now has nothing left to ask about


def test_only_the_checklist_unsaved_still_offers_to_save_it(qtbot, tab):
    type_checklist(tab)
    tab.ctx.dialogs.save_answers = [SaveChoice.SAVE]
    tab.page.back_button.click()
    settle(qtbot, tab.ctx)
    QApplication.processEvents()
    assert [kind for kind, _text in asked(tab)] == ["ask_save"]
    assert tab.stack.currentIndex() == tab.LIST
    assert NOTE in stored_notes(tab)


def test_opening_the_same_client_again_keeps_what_is_typed(qtbot, tab):
    page = tab.page
    client_id = page.client_id
    type_details(qtbot, tab)
    type_checklist(tab)
    page.household.fields["address"].setText(ADDRESS)

    def still_typed() -> None:
        assert tab.stack.currentIndex() == tab.PAGE and page.client_id == client_id
        assert page.form.first_name.text() == "Tesfay" and page.form.dirty
        view = page.checklists.view
        assert (view.editor.status(), view.editor.note.text()) == (S.DONE, NOTE)
        assert page.household.fields["address"].text() == ADDRESS and page.household.dirty

    tab.open_record("client", client_id)  # Overzicht, after another tab was shown
    settle(qtbot, tab.ctx)
    still_typed()
    page.household.open_client.emit(client_id)  # the member list's own line
    settle(qtbot, tab.ctx)
    still_typed()
    assert asked(tab) == []  # nothing to ask: nothing was going to be lost


def test_has_unsaved_follows_every_part_of_the_page(qtbot, tab):
    page = tab.page
    assert not tab.has_unsaved()
    type_details(qtbot, tab)
    assert tab.has_unsaved()
    page.undo_button.click()
    assert not tab.has_unsaved()

    page.household.fields["address"].setText(ADDRESS)
    assert tab.has_unsaved()
    page.household.fields["address"].setText("Hoefweg 12")
    assert not tab.has_unsaved()

    type_checklist(tab)
    assert tab.has_unsaved()
    page.checklists.view.editor.undo_button.click()
    assert not tab.has_unsaved()
