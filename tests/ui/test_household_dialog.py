"""The people of a household being registered, picked in the list by a volunteer.

The names are typed in an order that is not the alphabet's, so a list shown in
one order and read in another gives one person's data to another.
"""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QPoint, QRect, QSize, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QWidget

from tests.ui.conftest import settle
from tests.ui.test_clients_tab import HOUSED, fill_person, person
from vwdesk.domain.clients import HouseholdInput
from vwdesk.ui import theme
from vwdesk.ui.tabs.clients.clients_view import ClientsTab
from vwdesk.ui.tabs.clients.household_dialog import RegisterHouseholdDialog
from vwdesk.ui.tabs.clients.member_dialogs import AddMemberDialog
from vwdesk.ui.widgets.rows_table_model import ROW_ROLE
from vwdesk.ui.widgets.screen_fit import fitted_size


@pytest.fixture
def register(qtbot, workspace, open_tab):
    """The tab and its "Huishouden registreren" dialog, opened with Ctrl+N."""
    tab = open_tab(workspace, ClientsTab)
    qtbot.keyClick(tab, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    dialog = tab.dialogs.current
    assert isinstance(dialog, RegisterHouseholdDialog)
    qtbot.keyClicks(dialog.fields["address"], "Hoefweg 12")
    return tab, dialog


def listed(dialog: RegisterHouseholdDialog) -> list[str]:
    view = dialog.member_view
    return [view.model().index(r, 0).data() for r in range(view.model().rowCount())]


def click(qtbot, view, first_name: str) -> None:
    """Click the line of the list that shows `first_name`, where the volunteer sees it."""
    model = view.model()
    rows = [r for r in range(model.rowCount()) if model.index(r, 0).data().startswith(first_name)]
    assert len(rows) == 1, (first_name, [model.index(r, 0).data() for r in range(model.rowCount())])
    index = model.index(rows[0], 0)
    view.scrollTo(index)
    qtbot.mouseClick(
        view.viewport(), Qt.MouseButton.LeftButton, pos=view.visualRect(index).center()
    )


def highlighted(dialog: RegisterHouseholdDialog) -> str:
    rows = dialog.member_view.selectionModel().selectedRows()
    assert len(rows) == 1
    return rows[0].data()


def type_into(qtbot, edit, text: str) -> None:
    edit.setFocus()
    edit.selectAll()
    qtbot.keyClicks(edit, text)


def registered_people(workspace, dialog) -> dict[str, object]:
    detail = workspace.households.get(dialog.registered.household_id)
    return {m.name: workspace.clients.get(m.client_id).data for m in detail.members}


def test_the_line_clicked_is_the_person_edited_removed_and_saved(qtbot, workspace, register):
    tab, dialog = register
    form = dialog.form
    fill_person(qtbot, form, "Zaid", "Haddad", "01-02-1980", 1)
    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    fill_person(qtbot, form, "Mohammed", "Haddad", "07-07-2005", 1)
    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    fill_person(qtbot, form, "Bilal", "Haddad", "03-03-2015", 1)
    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    fill_person(qtbot, form, "Amira", "Haddad", "05-05-1985", 2)
    assert highlighted(dialog) == "Amira Haddad"  # the person just added, being typed

    # Each click shows the person clicked, and what is typed then goes to that person.
    for first, born, phone in (
        ("Zaid", "01-02-1980", "06-11111111"),
        ("Bilal", "03-03-2015", ""),
        ("Mohammed", "07-07-2005", "06-22222222"),
        ("Amira", "05-05-1985", "06-33333333"),
    ):
        click(qtbot, dialog.member_view, first)
        assert highlighted(dialog) == f"{first} Haddad"
        assert (form.first_name.text(), form.birth_date.text()) == (first, born)
        if phone:
            type_into(qtbot, form.phone, phone)
    click(qtbot, dialog.member_view, "Zaid")
    assert form.phone.text() == "06-11111111"
    type_into(qtbot, form.first_name, "Zayd")  # the list follows the name as it is typed
    assert highlighted(dialog) == "Zayd Haddad"
    assert sorted(listed(dialog)) == [
        "Amira Haddad", "Bilal Haddad", "Mohammed Haddad", "Zayd Haddad",
    ]  # fmt: skip

    # Verwijderen removes the person highlighted, no one else.
    click(qtbot, dialog.member_view, "Bilal")
    qtbot.mouseClick(dialog.remove_button, Qt.MouseButton.LeftButton)
    assert sorted(listed(dialog)) == ["Amira Haddad", "Mohammed Haddad", "Zayd Haddad"]
    assert form.first_name.text() + " Haddad" == highlighted(dialog)

    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.registered is not None, timeout=15_000)
    settle(qtbot, tab.ctx)
    stored = registered_people(workspace, dialog)
    assert sorted(stored) == ["Amira Haddad", "Mohammed Haddad", "Zayd Haddad"]
    assert (stored["Zayd Haddad"].birth_date, stored["Zayd Haddad"].sex) == (date(1980, 2, 1), "M")
    assert stored["Zayd Haddad"].phone == "06-11111111"
    assert stored["Mohammed Haddad"].birth_date == date(2005, 7, 7)
    assert stored["Mohammed Haddad"].phone == "06-22222222"
    assert (stored["Amira Haddad"].birth_date, stored["Amira Haddad"].sex) == (
        date(1985, 5, 5),
        "F",
    )
    assert stored["Amira Haddad"].phone == "06-33333333"


def test_after_a_refused_save_the_person_with_the_problem_is_shown_and_corrected(
    qtbot, workspace, register
):
    tab, dialog = register
    form = dialog.form
    fill_person(qtbot, form, "Mohammed", "Al Hassan", "01-02-1980", 1)
    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    fill_person(qtbot, form, "Omar", "Al Hassan", "03-03-2012", 1)
    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    fill_person(qtbot, form, "Fatima", "Al Hassan", "01-01-2030", 2)  # born in the future
    click(qtbot, dialog.member_view, "Omar")

    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    settle(qtbot, tab.ctx)
    assert dialog.registered is None
    assert dialog.status.text() == "Nog niet opgeslagen: kijk even naar de gemarkeerde velden."
    # Fatima is shown, with her problem under her date of birth.
    assert highlighted(dialog) == "Fatima Al Hassan"
    assert (form.first_name.text(), form.birth_date.text()) == ("Fatima", "01-01-2030")
    assert form.problem_texts() == {"birth_date": "Deze datum ligt in de toekomst."}
    red = {
        index.data(): index.data(Qt.ItemDataRole.ForegroundRole)
        for index in (dialog.member_view.model().index(r, 0) for r in range(3))
    }
    assert red == {
        "Mohammed Al Hassan": None, "Omar Al Hassan": None,
        "Fatima Al Hassan": QColor(theme.ERROR),
    }  # fmt: skip

    # Looking at Mohammed shows him without a problem; back to Fatima shows hers again.
    click(qtbot, dialog.member_view, "Mohammed")
    assert (form.first_name.text(), form.birth_date.text()) == ("Mohammed", "01-02-1980")
    assert form.problem_texts() == {}
    click(qtbot, dialog.member_view, "Fatima")
    assert form.problem_texts() == {"birth_date": "Deze datum ligt in de toekomst."}

    # Correcting her date changes her, and only her.
    type_into(qtbot, form.birth_date.edit, "09-07-1984")
    drafts = {f"{d.first_name} {d.last_name}": d for d in dialog.drafts()}
    assert drafts["Fatima Al Hassan"].birth_date == date(1984, 7, 9)
    assert drafts["Mohammed Al Hassan"].birth_date == date(1980, 2, 1)
    assert drafts["Omar Al Hassan"].birth_date == date(2012, 3, 3)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.registered is not None, timeout=15_000)
    settle(qtbot, tab.ctx)
    stored = registered_people(workspace, dialog)
    assert {name: (d.birth_date, d.sex) for name, d in stored.items()} == {
        "Mohammed Al Hassan": (date(1980, 2, 1), "M"),
        "Omar Al Hassan": (date(2012, 3, 3), "M"),
        "Fatima Al Hassan": (date(1984, 7, 9), "F"),
    }


def test_a_date_that_cannot_be_read_keeps_its_person_on_screen(qtbot, register):
    _tab, dialog = register
    form = dialog.form
    fill_person(qtbot, form, "Zaid", "Haddad", "01-02-1980", 1)
    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    fill_person(qtbot, form, "Amira", "Haddad", "31-02-1985", 2)  # no such day
    click(qtbot, dialog.member_view, "Zaid")
    qtbot.waitUntil(lambda: highlighted(dialog) == "Amira Haddad")
    assert form.first_name.text() == "Amira"
    assert form.birth_date.text() == "31-02-1985"  # still there to correct
    assert form.problem_texts() == {
        "birth_date": "Typ een datum als dd-mm-jjjj, of kies er een in de kalender."
    }
    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    assert dialog.members.rowCount() == 2 and form.birth_date.text() == "31-02-1985"


def test_the_household_page_lists_members_in_the_services_order(qtbot, workspace, open_tab):
    detail = workspace.households.register(
        HouseholdInput(HOUSED, "Hoefweg 12"),
        [person("Zaid", "Haddad", date(1980, 2, 1)), person("Bilal", "Haddad", date(2015, 3, 3))],
    )
    later = workspace.households.add_member(
        detail.household_id,
        person("Amira", "Haddad", date(1985, 5, 5), "F", housed_on=date(2018, 1, 15)),
    )
    tab = open_tab(workspace, ClientsTab)
    tab.open_client(later)
    settle(qtbot, tab.ctx)
    panel = tab.page.household
    tab.page.tabs.setCurrentIndex(tab.page.HOUSEHOLD)
    service_order = [m.name for m in workspace.households.get(detail.household_id).members]
    assert [panel.member_view.model().index(r, 0).data() for r in range(3)] == service_order
    opened: list[int] = []
    panel.open_client.connect(opened.append)
    for name in ("Amira Haddad", "Zaid Haddad", "Bilal Haddad"):
        click(qtbot, panel.member_view, name)
        member = panel.member_view.currentIndex().data(ROW_ROLE)
        assert member.name == name and panel.selected_member() == member
        qtbot.mouseClick(panel.open_button, Qt.MouseButton.LeftButton)
        assert opened[-1] == member.client_id
        settle(qtbot, tab.ctx)
        assert tab.page.title.text() == name


@pytest.mark.parametrize("available", [QSize(1366, 728), QSize(1280, 680), QSize(1024, 560)])
def test_the_dialog_fits_a_small_screen_with_its_save_button(qtbot, register, available):
    _tab, dialog = register
    size = fitted_size(QSize(1100, 760), available)
    assert size.width() <= available.width() and size.height() <= available.height() - 30
    dialog.resize(size)
    dialog.move(0, 0)
    qtbot.waitUntil(lambda: dialog.size() == size)
    room = QRect(QPoint(0, 0), available)
    assert room.contains(dialog.frameGeometry())
    button = dialog.save_button
    assert button.isVisible()
    assert dialog.rect().contains(QRect(button.mapTo(dialog, QPoint(0, 0)), button.size()))


def test_the_dialog_keeps_its_size_where_there_is_room_and_fits_its_own_screen(qtbot, register):
    assert fitted_size(QSize(1100, 760), QSize(1920, 1040)) == QSize(1100, 760)
    tab, dialog = register
    screen = QWidget.screen(tab).availableGeometry()  # 800x800 under offscreen
    assert dialog.width() <= screen.width() and dialog.height() < screen.height()
    nareiziger = AddMemberDialog(tab.ctx, 1, "Hoefweg 12", [], parent=tab)
    qtbot.addWidget(nareiziger)
    assert nareiziger.width() <= screen.width() and nareiziger.height() < screen.height()
