"""The Cliënten tab driven like a volunteer would, on a real encrypted file, in Dutch."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt

from tests.ui.conftest import settle
from tests.unit.test_names import FOUND
from vwdesk.domain.clients import ClientInput, HouseholdInput
from vwdesk.domain.enums import Role
from vwdesk.domain.errors import PermissionDenied
from vwdesk.services.workspace import Workspace
from vwdesk.ui.tabs.clients.clients_view import ClientsTab
from vwdesk.ui.tabs.clients.duplicate_dialog import DuplicateDialog
from vwdesk.ui.tabs.clients.household_dialog import RegisterHouseholdDialog
from vwdesk.ui.tabs.clients.member_dialogs import AddMemberDialog

HOUSED = date(2017, 5, 10)


@pytest.fixture
def make_tab(open_tab):
    return lambda ws: open_tab(ws, ClientsTab)


def person(first, last, born, sex="M", **kw) -> ClientInput:
    return ClientInput(first, last, born, sex, kw.pop("nationality", "SY"), **kw)


def shown(tab: ClientsTab) -> list[str]:
    return [r.name for r in tab.model.visible_rows()]


def choose_country(qtbot, field, typed: str, name: str) -> None:
    field.setFocus()
    field.clear()
    qtbot.keyClicks(field, typed)
    suggestions = field.completer().model().stringList()
    assert name in suggestions, suggestions
    field.completer().activated.emit(name)


def fill_person(qtbot, form, first, last, born, sex_index, country=("Syr", "Syrië")) -> None:
    qtbot.keyClicks(form.first_name, first)
    form.last_name.clear()
    qtbot.keyClicks(form.last_name, last)
    qtbot.keyClicks(form.birth_date.edit, born)
    form.sex.setCurrentIndex(sex_index)
    choose_country(qtbot, form.nationality, *country)


def test_register_a_household_of_three_and_a_nareiziger_later(qtbot, workspace, make_tab):
    tab = make_tab(workspace)
    assert tab.empty.text().startswith("Nog geen cliënten")
    qtbot.keyClick(tab, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)  # Ctrl+N
    dialog = tab.dialogs.current
    assert isinstance(dialog, RegisterHouseholdDialog)
    assert dialog.windowTitle() == "Huishouden registreren"
    dialog.fields["housed_on"].edit.clear()
    qtbot.keyClicks(dialog.fields["housed_on"].edit, "10-5-2017")
    qtbot.keyClicks(dialog.fields["address"], "Hoefweg 12")
    qtbot.keyClicks(dialog.fields["postcode"], "2651 AB")
    qtbot.keyClicks(dialog.fields["city"], "Bergschenhoek")
    fill_person(qtbot, dialog.form, "Mohammed", "Al Hassan", "01-02-1980", 1)
    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    assert dialog.form.last_name.text() == "Al Hassan"  # the family name carries over
    fill_person(qtbot, dialog.form, "Fatima", "Al Hassan", "09071984", 2)
    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    fill_person(qtbot, dialog.form, "Omar", "Al Hassan", "3-3-2012", 1)
    assert [dialog.members.index(r, 0).data() for r in range(3)] == [
        "Mohammed Al Hassan", "Fatima Al Hassan", "Omar Al Hassan",
    ]  # fmt: skip
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.registered is not None, timeout=15_000)
    settle(qtbot, tab.ctx)

    # The new household's first member is open; the list has all three.
    assert tab.stack.currentIndex() == tab.PAGE
    assert tab.page.title.text() == "Mohammed Al Hassan"
    assert sorted(shown(tab)) == ["Fatima Al Hassan", "Mohammed Al Hassan", "Omar Al Hassan"]
    household = tab.page.household
    assert household.members.rowCount() == 3
    assert household.fields["address"].text() == "Hoefweg 12"

    # Months later the eldest son arrives: a nareiziger with his own housing date.
    tab.page.tabs.setCurrentIndex(tab.page.HOUSEHOLD)
    qtbot.mouseClick(household.add_button, Qt.MouseButton.LeftButton)
    add = tab.page.dialogs.current
    assert isinstance(add, AddMemberDialog)
    assert add.form.last_name.text() == "Al Hassan"
    assert add.form.nationality.text() == "Syrië"
    qtbot.keyClicks(add.form.first_name, "Yusuf")
    qtbot.keyClicks(add.form.birth_date.edit, "15-06-2001")
    add.form.sex.setCurrentIndex(1)
    add.form.housed_on.edit.clear()
    qtbot.keyClicks(add.form.housed_on.edit, "15-01-2018")
    qtbot.mouseClick(add.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: add.added is not None, timeout=15_000)
    settle(qtbot, tab.ctx)
    members = household.members.rows()
    assert len(members) == 4
    (later,) = [m for m in members if m.joined_later]
    assert later.name == "Yusuf Al Hassan" and later.housed_on == date(2018, 1, 15)
    cell = household.members.index(members.index(later), household.members.HOUSED_ON).data()
    assert cell == "15-01-2018 (later gekomen)"
    assert workspace.figures.compute(2018).housed.total == 1
    assert workspace.figures.compute(2017).housed.dwellings == 1


def test_search_finds_every_spelling_of_the_table(qtbot, workspace, make_tab):
    people = sorted({(first, last) for _q, first, last in FOUND})
    for i, (first, last) in enumerate(people):
        workspace.households.register(
            HouseholdInput(HOUSED, "Hoefweg 12", "2651 AB", "Bergschenhoek"),
            [
                person(
                    first,
                    last,
                    date(1970, 1, 1) + timedelta(days=i),
                    v_number="1234567890",
                    phone="06-12345678",
                )
            ],
        )
    tab = make_tab(workspace)
    assert tab.summary.text() == f"{len(people)} van {len(people)} cliënten"
    qtbot.keyClick(tab, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)  # Ctrl+F
    assert tab.search.hasFocus()
    for query, first, last in FOUND:
        tab.search.clear()
        qtbot.keyClicks(tab.search, query)
        assert f"{first} {last}" in shown(tab), query
    tab.search.clear()
    qtbot.keyClicks(tab.search, "Mahmoud")
    assert "Mohammed Haddad" not in shown(tab)


def test_enter_opens_and_escape_goes_back(qtbot, workspace, make_tab):
    workspace.households.register(
        HouseholdInput(HOUSED, "Hoefweg 12"),
        [person("Tesfaye", "Gebremedhin", date(1990, 2, 1), nationality="ER")],
    )
    tab = make_tab(workspace)
    tab.focus_search()
    qtbot.keyClicks(tab.search, "tesfay")
    qtbot.keyClick(tab.search, Qt.Key.Key_Return)
    settle(qtbot, tab.ctx)
    assert tab.stack.currentIndex() == tab.PAGE
    assert tab.page.title.text() == "Tesfaye Gebremedhin"
    assert "Eritrea" in tab.page.subtitle.text()
    qtbot.keyClick(tab.page.form.first_name, Qt.Key.Key_Escape)
    assert tab.stack.currentIndex() == tab.LIST

    # Unsaved changes: leaving asks, and "no" stays.
    tab.open_selected()
    settle(qtbot, tab.ctx)
    qtbot.keyClicks(tab.page.form.languages, "Tigrinya")
    # The first Escape only closes the list of languages under the field.
    assert tab.page.form.languages.suggester.popup().isVisible()
    shown_before = len(tab.ctx.dialogs.shown)
    qtbot.keyClick(tab.page.form.languages, Qt.Key.Key_Escape)
    assert not tab.page.form.languages.suggester.popup().isVisible()
    assert len(tab.ctx.dialogs.shown) == shown_before
    tab.ctx.dialogs.answers = [False]
    qtbot.keyClick(tab.page.form.languages, Qt.Key.Key_Escape)
    assert tab.stack.currentIndex() == tab.PAGE
    assert tab.ctx.dialogs.shown[-1][0] == "question"
    qtbot.keyClick(tab.page.form.languages, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    settle(qtbot, tab.ctx)
    assert tab.page.save_status.text() == "Opgeslagen."
    assert workspace.clients.search("tesfay")[0].client_id == tab.page.client_id
    assert workspace.clients.get(tab.page.client_id).data.languages == "ti"


def test_each_bad_field_gets_its_own_message(qtbot, workspace, make_tab):
    workspace.households.register(
        HouseholdInput(HOUSED, "Hoefweg 12"), [person("Omar", "Haddad", date(1990, 1, 1))]
    )
    tab = make_tab(workspace)
    tab.open_selected()
    settle(qtbot, tab.ctx)
    form = tab.page.form
    form.birth_date.set_value(date.today() + timedelta(days=3))
    form.sex.setCurrentIndex(0)
    form.nationality.setText("Atlantis")
    form.bsn.setText("123456789")
    form.v_number.setText("V12345")
    form.phone.setText("06-123")
    form.email.setText("omar@")
    form.pvt_course_on.set_value(date(2017, 6, 1))
    form.pvt_signed_on.set_value(date(2017, 5, 1))
    form.changed.emit()
    qtbot.mouseClick(tab.page.save_button, Qt.MouseButton.LeftButton)
    settle(qtbot, tab.ctx)
    assert form.problem_texts() == {
        "birth_date": "Deze datum ligt in de toekomst.",
        "sex": "Kies man, vrouw of X.",
        "nationality": "Kies een land uit de lijst (typ een deel van de naam).",
        "bsn": "Dit is geen geldig BSN: 9 cijfers die de elfproef doorstaan.",
        "v_number": "Een V-nummer heeft alleen cijfers, hooguit 10.",
        "phone": "Een telefoonnummer heeft 10 tot 15 cijfers (spaties, streepjes en + mogen).",
        "email": "Dit is geen e-mailadres.",
        "pvt_signed_on": "De verklaring is vóór de bijeenkomst ondertekend.",
        "housed_on": "De huisvestingsdatum ligt vóór de geboortedatum.",
    }
    assert tab.page.save_status.text() == "Niet opgeslagen: kijk even naar de gemarkeerde velden."
    # A date that cannot be read is caught before anything is sent.
    form.birth_date.edit.setText("31-02-1990")
    form.changed.emit()
    qtbot.mouseClick(tab.page.save_button, Qt.MouseButton.LeftButton)
    assert form.problem_texts() == {
        "birth_date": "Typ een datum als dd-mm-jjjj, of kies er een in de kalender."
    }
    form.last_name.clear()
    form.first_name.clear()
    form.birth_date.set_value(date(1990, 1, 1))
    form.changed.emit()
    qtbot.mouseClick(tab.page.save_button, Qt.MouseButton.LeftButton)
    settle(qtbot, tab.ctx)
    assert form.problem_texts()["last_name"] == "Vul dit in, alstublieft."
    assert workspace.clients.get(tab.page.client_id).data.bsn == ""  # nothing was saved


def test_the_duplicate_warning_lets_the_volunteer_choose(qtbot, workspace, make_tab):
    workspace.households.register(
        HouseholdInput(HOUSED, "Hoefweg 12"),
        [person("Mohammed", "Al Hassan", date(1980, 2, 1))],
    )
    tab = make_tab(workspace)
    existing = tab.model.visible_rows()[0].client_id

    def register_lookalike():
        tab.new_household()
        dialog = tab.dialogs.current
        fill_person(qtbot, dialog.form, "Muhammad", "El-Hassan", "01-02-1980", 1)
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: dialog.duplicate_dialog is not None, timeout=15_000)
        return dialog, dialog.duplicate_dialog

    # "Open the existing person": nothing is registered, the existing client opens.
    dialog, warning = register_lookalike()
    assert isinstance(warning, DuplicateDialog)
    assert warning.windowTitle() == "Staat deze persoon er al in?"
    assert warning.model.index(0, 0).data() == "Mohammed Al Hassan"
    assert warning.model.index(0, 1).data() == "01-02-1980"
    qtbot.mouseClick(warning.open_button, Qt.MouseButton.LeftButton)
    settle(qtbot, tab.ctx)
    assert tab.dialogs.current is None
    assert tab.page.client_id == existing
    assert len(workspace.clients.rows()) == 1

    # "Go back": the form stays open with what was typed.
    tab.show_list()
    dialog, warning = register_lookalike()
    qtbot.mouseClick(warning.back_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and dialog.form.first_name.text() == "Muhammad"

    # "Save as a new person": registered after all.
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.duplicate_dialog is not None, timeout=15_000)
    qtbot.mouseClick(dialog.duplicate_dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.registered is not None, timeout=15_000)
    settle(qtbot, tab.ctx)
    assert len(workspace.clients.rows()) == 2


def test_close_and_reopen_from_the_client_page(qtbot, workspace, make_tab):
    workspace.households.register(
        HouseholdInput(HOUSED, "Hoefweg 12"), [person("Omar", "Haddad", date(1990, 1, 1))]
    )
    tab = make_tab(workspace)
    tab.open_selected()
    settle(qtbot, tab.ctx)
    qtbot.mouseClick(tab.page.close_button, Qt.MouseButton.LeftButton)
    dialog = tab.page.dialogs.current
    dialog.reason.setCurrentIndex(0)  # moved away
    dialog.accept()
    settle(qtbot, tab.ctx)
    assert "afgesloten op" in tab.page.subtitle.text() and "Verhuisd" in tab.page.subtitle.text()
    assert tab.page.reopen_button.isVisible() and not tab.page.close_button.isVisible()
    assert shown(tab) == []  # the list shows active clients
    tab.status_filter.setCurrentIndex(1)
    assert shown(tab) == ["Omar Haddad"]
    qtbot.mouseClick(tab.page.reopen_button, Qt.MouseButton.LeftButton)
    settle(qtbot, tab.ctx)
    assert tab.page.close_button.isVisible()


def test_a_volunteer_cannot_delete_or_export(qtbot, new_file, make_tab):
    from tests.conftest import PASSWORD

    ws = Workspace.open(new_file, "teamleider", PASSWORD)
    ws.households.register(
        HouseholdInput(HOUSED, "Hoefweg 12"), [person("Omar", "Haddad", date(1990, 1, 1))]
    )
    ws.accounts.add("vrijwilliger", "wachtwoord-1", Role.VOLUNTEER)
    ws.close()
    volunteer = Workspace.open(new_file, "vrijwilliger", "wachtwoord-1")
    tab = make_tab(volunteer)
    assert not tab.export_button.isVisible()
    tab.open_selected()
    settle(qtbot, tab.ctx)
    assert tab.page.title.text() == "Omar Haddad"
    assert not tab.page.delete_button.isVisible()
    assert not tab.page.anonymise_button.isVisible()
    assert tab.page.close_button.isVisible()  # closing is everyday work
    client_id = tab.page.client_id
    with pytest.raises(PermissionDenied):
        volunteer.clients.delete(client_id)
    with pytest.raises(PermissionDenied):
        volunteer.list_export.export([], ["a"], new_file.with_name("x.csv"), "clients")
    assert not new_file.with_name("x.csv").exists()


def test_the_team_leader_exports_the_shown_list(qtbot, workspace, make_tab, tmp_path):
    workspace.households.register(
        HouseholdInput(HOUSED, "Hoefweg 12"), [person("Omar", "Haddad", date(1990, 1, 1))]
    )
    tab = make_tab(workspace)
    assert tab.export_button.isVisible()
    target = tmp_path / "lijst.csv"
    tab.ctx.dialogs.files = [target]
    tab.ctx.dialogs.answers = [True]
    qtbot.mouseClick(tab.export_button, Qt.MouseButton.LeftButton)
    settle(qtbot, tab.ctx)
    lines = target.read_text(encoding="utf-8-sig").splitlines()
    assert lines[0].startswith("Naam;Huishouden;Nationaliteit")
    assert lines[1].startswith("Omar Haddad;Hoefweg 12;Syrië;2017-05-10")  # a date Excel reads
    assert tab.ctx.dialogs.shown[-1] == ("info", "1 rij geëxporteerd naar lijst.csv.")


def test_lock_clears_everything(qtbot, workspace, make_tab):
    workspace.households.register(
        HouseholdInput(HOUSED, "Hoefweg 12"), [person("Omar", "Haddad", date(1990, 1, 1))]
    )
    tab = make_tab(workspace)
    tab.open_selected()
    settle(qtbot, tab.ctx)
    tab.new_household()
    tab.clear()
    assert tab.model.total == 0 and tab.page.title.text() == ""
    assert tab.page.form.first_name.text() == "" and tab.dialogs.current is None
    assert tab.stack.currentIndex() == tab.LIST


def test_the_coaching_lists_load_when_first_shown(qtbot, workspace, make_tab):
    """Not with the list: they hold every open client once more (issue #11, memory)."""
    workspace.households.register(
        HouseholdInput(date.today() - timedelta(days=30), "Hoefweg 12"),
        [person("Omar", "Haddad", date(1990, 1, 1))],
    )
    tab = make_tab(workspace)
    assert tab.model.total == 1
    assert tab.coaching.phases.rowCount() == 0  # not loaded behind the list
    tab.list_tabs.setCurrentWidget(tab.coaching)
    settle(qtbot, tab.ctx)
    assert [p.client_name for p in tab.coaching.phases.rows()] == ["Omar Haddad"]

    # A refresh while they are shown loads them again; one while hidden waits for the next look.
    workspace.households.register(
        HouseholdInput(date.today() - timedelta(days=10), "Dorpsstraat 1"),
        [person("Sara", "Tesfaye", date(1992, 3, 1), sex="F", nationality="ER")],
    )
    tab.refresh()
    settle(qtbot, tab.ctx)
    assert tab.coaching.phases.rowCount() == 2
    tab.list_tabs.setCurrentIndex(0)
    tab.clear()
    assert tab.coaching.phases.rowCount() == 0
    tab.refresh()
    settle(qtbot, tab.ctx)
    assert tab.coaching.phases.rowCount() == 0
    tab.list_tabs.setCurrentWidget(tab.coaching)
    settle(qtbot, tab.ctx)
    assert tab.coaching.phases.rowCount() == 2
