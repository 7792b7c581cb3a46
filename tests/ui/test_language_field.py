"""Languages spoken, as a volunteer types and sees them: names from a list under the field,
several with commas, names (never codes) wherever languages are shown, and a word that is
no language refused next to the field. Real widgets on real files, in Dutch."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QLineEdit, QVBoxLayout, QWidget

from tests.ui.conftest import settle
from vwdesk.domain.clients import ClientInput, HouseholdInput
from vwdesk.domain.team import VolunteerInput
from vwdesk.ui.tabs.admin.admin_view import AdminTab
from vwdesk.ui.tabs.admin.team_models import VolunteerTableModel
from vwdesk.ui.tabs.clients.clients_view import ClientsTab
from vwdesk.ui.widgets.language_field import LanguagesField

UNKNOWN = "Onbekend als taal: {}; kies talen uit de lijst en zet komma's ertussen."


@pytest.fixture
def field(qtbot):
    """The field in a window, with a second field to move the focus to."""
    window = QWidget()
    layout = QVBoxLayout(window)
    field = LanguagesField()
    window.other = QLineEdit()
    layout.addWidget(field)
    layout.addWidget(window.other)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    field.setFocus()
    yield field  # the window stays alive (and owns the field) until the test ends
    window.close()


def pick(qtbot, field: LanguagesField, typed: str, name: str) -> None:
    """Type part of a name and choose `name` from the list with the arrow keys and Enter."""
    qtbot.keyClicks(field, typed)
    suggestions = field.suggestions()
    assert name in suggestions, suggestions
    popup = field.suggester.popup()
    assert popup.isVisible()
    for _ in range(suggestions.index(name) + 1):
        qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    # The offscreen platform made the list the active window; a desktop gives it back.
    field.window().activateWindow()
    qtbot.waitUntil(field.hasFocus)


def test_several_languages_are_picked_from_the_list(qtbot, field):
    changes = []
    field.changed.connect(lambda: changes.append(1))
    pick(qtbot, field, "arab", "Arabisch")
    assert field.text() == "Arabisch, "
    assert not field.suggester.popup().isVisible()
    pick(qtbot, field, "tigr", "Tigrinya")
    pick(qtbot, field, "Far", "Perzisch (Farsi)")  # found by its other name
    assert field.text() == "Arabisch, Tigrinya, Perzisch (Farsi), "
    assert changes
    field.window().other.setFocus()  # leaving the field tidies it
    assert field.value() == "Arabisch, Tigrinya, Perzisch (Farsi)"


def test_the_list_follows_the_language_being_typed(qtbot, field):
    qtbot.keyClicks(field, "Nederlands, koer")
    assert field.suggestions() == [
        "Koerdisch", "Kurmanji (Noord-Koerdisch)", "Sorani (Centraal-Koerdisch)"
    ]  # fmt: skip
    qtbot.keyClicks(field, ", ")
    assert field.suggestions() == [] and not field.suggester.popup().isVisible()
    qtbot.keyClicks(field, "Klingon")
    assert field.suggestions() == []


def test_codes_and_other_spellings_are_shown_as_names_once_the_field_is_left(qtbot, field):
    qtbot.keyClicks(field, "ar; ENGLISH / oekraiens en farsi, Klingon,")
    qtbot.keyClick(field, Qt.Key.Key_Escape)  # the list closes; the text stays
    field.window().other.setFocus()
    assert field.text() == "Arabisch, Engels, Oekraïens, Perzisch (Farsi), Klingon"


def test_stored_codes_are_shown_as_names_dutch_or_english(field):
    field.set_value("ar,ti,prs,ckb")
    assert field.text() == "Arabisch, Tigrinya, Dari, Sorani (Centraal-Koerdisch)"
    field.set_value("Arabisch (goed), en")  # an older file's free text: as it is
    assert field.text() == "Arabisch (goed), Engels"
    field.set_value("")
    assert field.text() == ""
    QLocale.setDefault(QLocale("en"))
    try:
        field.set_value("ar,ti,prs,ckb")
        assert field.text() == "Arabic, Tigrinya, Dari, Sorani (Central Kurdish)"
    finally:
        QLocale.setDefault(QLocale("nl"))


def test_a_volunteer_is_saved_with_names_and_shown_with_names(qtbot, workspace, open_tab):
    tab = open_tab(workspace, AdminTab)
    page = tab.pages["vrijwilligers"]
    qtbot.mouseClick(page.new_button, Qt.MouseButton.LeftButton)
    form = page.form
    qtbot.keyClicks(form.first_name, "Anna")
    qtbot.keyClicks(form.last_name, "de Vries")
    form.active_from.set_value(date(2016, 3, 1))
    form.languages.setFocus()
    pick(qtbot, form.languages, "Ned", "Nederlands")
    pick(qtbot, form.languages, "Tigr", "Tigrinya")
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    settle(qtbot, tab.ctx)
    assert page.status.text() == "Opgeslagen."
    (anna,) = workspace.team.volunteers()
    assert anna.data.languages == "nl,ti"
    assert page.model.index(0, VolunteerTableModel.LANGUAGES).data() == "Nederlands, Tigrinya"
    assert form.languages.text() == "Nederlands, Tigrinya"

    # A word that is no language: said next to the field, and nothing is saved.
    qtbot.keyClicks(form.languages, ", Elfs")
    form.area.setText("Berkel")
    form.changed.emit()
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    settle(qtbot, tab.ctx)
    assert form.problem_texts() == {"languages": UNKNOWN.format("Elfs")}
    assert page.status.text() == "Niet opgeslagen: kijk even naar de gemarkeerde velden."
    assert workspace.team.volunteers()[0].data == anna.data


def test_the_client_form_shows_names_and_refuses_an_unknown_word(qtbot, workspace, open_tab):
    workspace.households.register(
        HouseholdInput(date(2017, 5, 10), "Hoefweg 12"),
        [ClientInput("Tesfaye", "Gebremedhin", date(1990, 2, 1), "M", "ER", languages="ti,ar")],
    )
    tab = open_tab(workspace, ClientsTab)
    tab.open_selected()
    settle(qtbot, tab.ctx)
    form = tab.page.form
    assert form.languages.text() == "Tigrinya, Arabisch"
    assert not form.dirty

    form.languages.setFocus()
    qtbot.keyClicks(form.languages, ", Amharisch, Tigre")
    qtbot.keyClick(form.languages, Qt.Key.Key_Escape)
    qtbot.keyClick(form.languages, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    settle(qtbot, tab.ctx)
    assert form.problem_texts() == {"languages": UNKNOWN.format("Amharisch")}
    client = tab.page.client_id
    assert workspace.clients.get(client).data.languages == "ti,ar"  # nothing was saved

    form.languages.clear()
    pick(qtbot, form.languages, "amh", "Amhaars")
    qtbot.keyClicks(form.languages, "Tigre")
    qtbot.keyClick(form.languages, Qt.Key.Key_Escape)
    qtbot.keyClick(form.languages, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    settle(qtbot, tab.ctx)
    assert tab.page.save_status.text() == "Opgeslagen."
    assert workspace.clients.get(client).data.languages == "am,tig"
    assert form.languages.text() == "Amhaars, Tigre"


def test_a_volunteer_added_in_code_is_listed_with_names(qtbot, workspace, open_tab):
    workspace.team.add(VolunteerInput("Bram", "Bos", date(2016, 1, 1), languages="en,fa,so"))
    tab = open_tab(workspace, AdminTab)
    page = tab.pages["vrijwilligers"]
    cell = page.model.index(0, VolunteerTableModel.LANGUAGES)
    assert cell.data() == "Engels, Perzisch (Farsi), Somalisch"
    assert cell.data(Qt.ItemDataRole.ToolTipRole) == cell.data()  # where the column is narrow
