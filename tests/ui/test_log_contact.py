"""A contact outside a consultation hour (phone, e-mail, other), logged from the client's page
and from the Spreekuren tab, on a real encrypted file, in Dutch."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QWidget
from sqlalchemy import func, select

from tests.ui.conftest import settle, show_tab
from vwdesk.db.records import ContactRecord
from vwdesk.domain.clients import ClientInput, HouseholdInput, TimelineKind
from vwdesk.domain.enums import Channel, ContactKind, Role
from vwdesk.services.workspace import Workspace
from vwdesk.ui.tabs.clients.clients_view import ClientsTab
from vwdesk.ui.tabs.sessions.contact_dialog import ContactDialog
from vwdesk.ui.tabs.sessions.sessions_view import SessionsTab

HOUSED = date(2017, 5, 10)
CTRL = Qt.KeyboardModifier.ControlModifier


def contacts_in_file(ws) -> int:
    with ws.reading() as s:
        return s.scalar(select(func.count()).select_from(ContactRecord))


def register_omar(ws) -> int:
    ws.households.register(
        HouseholdInput(HOUSED, "Hoefweg 12"),
        [ClientInput("Omar", "Haddad", date(1990, 1, 1), "M", "SY")],
    )
    return ws.clients.search("Omar Haddad")[0].client_id


def open_page(qtbot, open_tab, ws) -> ClientsTab:
    tab = open_tab(ws, ClientsTab)
    tab.open_selected()
    settle(qtbot, tab.ctx)
    assert tab.page.title.text() == "Omar Haddad"
    return tab


def tick(dialog: ContactDialog, topic: str) -> None:
    model = dialog.form.topics
    row = model.items().index(topic)
    model.setData(model.index(row), Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole)


def test_a_phone_call_from_the_clients_page_is_stored_and_shown(qtbot, workspace, open_tab):
    client_id = register_omar(workspace)
    tab = open_page(qtbot, open_tab, workspace)
    page = tab.page
    assert page.contact_button.isVisible()
    assert page.contact_button.text() == "Contact vastleggen…"
    assert "Ctrl+K" in page.contact_button.toolTip()

    qtbot.mouseClick(page.contact_button, Qt.MouseButton.LeftButton)
    settle(qtbot, tab.ctx)
    dialog = page.dialogs.current
    assert isinstance(dialog, ContactDialog) and dialog.isVisible()
    assert dialog.windowTitle() == "Contact met Omar Haddad"
    # Outside an hour: phone, e-mail or other; home visits have their own flow.
    assert [dialog.channel.itemText(i) for i in range(dialog.channel.count())] == [
        "Telefoon",
        "E-mail",
        "Anders",
    ]
    # Not in the future: the date field stops at today.
    dialog.day.setDate(QDate.currentDate().addDays(3))
    assert dialog.day.date() == QDate.currentDate()

    # No kind: one Dutch sentence, nothing stored.
    dialog.form.set_kind(None)
    qtbot.keyClick(dialog.form.follow_up, Qt.Key.Key_Return, CTRL)
    settle(qtbot, tab.ctx)
    assert dialog.problem.text() == "Kies wat voor contact dit was; er is niets opgeslagen."
    assert dialog.isVisible() and contacts_in_file(workspace) == 0

    yesterday = date.today() - timedelta(days=1)
    dialog.form.set_kind(ContactKind.SOCIAL_GUIDANCE)
    dialog.channel.setCurrentIndex(dialog.channel.findData(Channel.PHONE))
    dialog.day.setDate(QDate(yesterday.year, yesterday.month, yesterday.day))
    dialog.form.minutes.setValue(20)
    tick(dialog, "housing")
    qtbot.keyClicks(dialog.form.follow_up, "Huurtoeslag aanvragen")
    qtbot.keyClick(dialog.form.follow_up, Qt.Key.Key_Return, CTRL)  # Ctrl+Enter saves
    settle(qtbot, tab.ctx)
    settle(qtbot, tab.ctx)

    stored = workspace.contacts.for_client(client_id)
    assert len(stored) == 1
    c = stored[0]
    assert (c.kind, c.channel, c.date, c.client_id) == (
        ContactKind.SOCIAL_GUIDANCE,
        Channel.PHONE,
        yesterday,
        client_id,
    )
    assert c.session_id is None and c.minutes == 20 and c.topics == ("housing",)
    assert c.follow_up == "Huurtoeslag aanvragen"
    assert page.dialogs.current is None

    # The page shows it at once, on the timeline.
    assert page.tabs.currentIndex() == page.TIMELINE
    rows = page.timeline.rows()
    contact_rows = [r for r in rows if r.kind == TimelineKind.CONTACT]
    assert [(r.on, r.ref_id) for r in contact_rows] == [(yesterday, c.id)]
    row = rows.index(contact_rows[0])
    assert page.timeline.index(row, page.timeline.WHAT).data() == (
        "Telefoon (Maatschappelijke begeleiding)"
    )


def test_ctrl_k_opens_it_and_cancel_keeps_what_was_typed(qtbot, workspace, open_tab):
    register_omar(workspace)
    tab = open_page(qtbot, open_tab, workspace)
    page = tab.page
    page.tabs.setCurrentIndex(page.TIMELINE)
    page.timeline_view.setFocus()
    qtbot.keyClick(page.timeline_view, Qt.Key.Key_K, CTRL)
    settle(qtbot, tab.ctx)
    dialog = page.dialogs.current
    assert isinstance(dialog, ContactDialog)

    dialog.notes.setPlainText("Belde over de brief van de gemeente")
    tab.ctx.dialogs.answers = [False]  # "close without saving?" -> no
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert dialog.isVisible()
    assert tab.ctx.dialogs.shown[-1][0] == "question"
    assert dialog.notes.toPlainText() == "Belde over de brief van de gemeente"

    # Locking closes it without asking.
    asked = len(tab.ctx.dialogs.shown)
    tab.clear()
    assert page.dialogs.current is None and len(tab.ctx.dialogs.shown) == asked
    assert contacts_in_file(tab.ctx.workspace) == 0


def test_a_volunteer_may_log_a_contact(qtbot, new_file, open_tab):
    from tests.conftest import PASSWORD

    ws = Workspace.open(new_file, "teamleider", PASSWORD)
    client_id = register_omar(ws)
    ws.accounts.add("vrijwilliger", "wachtwoord-1", Role.VOLUNTEER)
    ws.close()
    volunteer = Workspace.open(new_file, "vrijwilliger", "wachtwoord-1")
    tab = open_page(qtbot, open_tab, volunteer)
    assert tab.page.contact_button.isVisible()  # everyday work, every role
    tab.page.log_contact()
    dialog = tab.page.dialogs.current
    settle(qtbot, tab.ctx)
    dialog.channel.setCurrentIndex(dialog.channel.findData(Channel.EMAIL))
    dialog.buttons.button(dialog.buttons.StandardButton.Save).click()
    settle(qtbot, tab.ctx)
    settle(qtbot, tab.ctx)
    assert [(c.channel, c.date) for c in volunteer.contacts.for_client(client_id)] == [
        (Channel.EMAIL, date.today())
    ]


def test_not_for_an_anonymised_person(qtbot, workspace, open_tab):
    client_id = register_omar(workspace)
    workspace.clients.anonymise(client_id)
    tab = open_tab(workspace, ClientsTab)
    tab.open_client(client_id)
    settle(qtbot, tab.ctx)
    assert tab.page.title.text() == "(geanonimiseerd)"
    assert not tab.page.contact_button.isVisible()
    tab.page.log_contact()  # Ctrl+K does nothing either
    assert tab.page.dialogs.current is None


# -- the Spreekuren tab ---------------------------------------------------------------------


def open_sessions(qtbot, ctx) -> SessionsTab:
    return show_tab(qtbot, ctx, SessionsTab)


def test_an_anonymous_info_point_call_from_the_spreekuren_tab(qtbot, world_ui):
    ctx, _world = world_ui
    tab = open_sessions(qtbot, ctx)
    assert tab.contact_button.isVisible()
    qtbot.mouseClick(tab.contact_button, Qt.MouseButton.LeftButton)
    settle(qtbot, ctx)
    dialog = tab.dialog_host.current
    assert isinstance(dialog, ContactDialog) and dialog.isVisible()
    assert dialog.windowTitle() == "Contact buiten een spreekuur"

    # Neither a client nor anonymous: one sentence, nothing stored.
    dialog.form.set_kind(ContactKind.INFO_POINT)
    dialog.save()
    settle(qtbot, ctx)
    assert dialog.problem.text() == (
        "Kies de cliënt, of vink anoniem aan voor een contact bij het infopunt."
    )
    assert contacts_in_file(ctx.workspace) == 0

    dialog.anonymous.setChecked(True)
    assert dialog.form.chosen_kind() == ContactKind.INFO_POINT
    dialog.form.set_kind(ContactKind.LEGAL)  # anonymous is for the info point only
    assert not dialog.anonymous.isChecked()
    dialog.anonymous.setChecked(True)
    dialog.channel.setCurrentIndex(dialog.channel.findData(Channel.PHONE))
    dialog.form.minutes.setValue(10)
    dialog.save()
    settle(qtbot, ctx)
    settle(qtbot, ctx)
    assert tab.dialog_host.current is None
    with ctx.workspace.reading() as s:
        rec = s.scalars(select(ContactRecord)).one()
        stored = (rec.kind, rec.channel, rec.date, rec.client_id, rec.session_id, rec.minutes)
    assert stored == ("info_point", "phone", date.today(), None, None, 10)
    # The Contacten list of this month shows it.
    assert tab.contacts_panel.model.rowCount() == 1


def test_a_call_for_a_client_chosen_in_the_dialog(qtbot, world_ui):
    ctx, world = world_ui
    tab = open_sessions(qtbot, ctx)
    tab.overview.setFocus()
    qtbot.keyClick(tab.session_view, Qt.Key.Key_K, CTRL)
    dialog = tab.dialog_host.current
    assert isinstance(dialog, ContactDialog)
    settle(qtbot, ctx)
    qtbot.keyClicks(dialog.picker.search, "yusuf")
    qtbot.waitUntil(lambda: dialog.picker.model.rowCount() > 0, timeout=10_000)
    qtbot.keyClick(dialog.picker.search, Qt.Key.Key_Return)
    assert dialog.picker.current.client_id == world.clients[1]
    settle(qtbot, ctx)
    # Enter chooses the client; it does not save the dialog half filled in.
    assert dialog.isVisible() and not dialog.problem.isVisible()
    assert contacts_in_file(ctx.workspace) == 0
    dialog.form.set_kind(ContactKind.LEGAL)
    dialog.channel.setCurrentIndex(dialog.channel.findData(Channel.OTHER))
    dialog.save()
    settle(qtbot, ctx)
    settle(qtbot, ctx)
    stored = ctx.workspace.contacts.for_client(world.clients[1])
    assert [(c.kind, c.channel, c.date, c.session_id) for c in stored] == [
        (ContactKind.LEGAL, Channel.OTHER, date.today(), None)
    ]


def test_the_dialog_grows_for_its_problem_sentence(qtbot, world_ui):
    ctx, _world = world_ui
    tab = open_sessions(qtbot, ctx)
    qtbot.mouseClick(tab.contact_button, Qt.MouseButton.LeftButton)
    settle(qtbot, ctx)
    dialog = tab.dialog_host.current
    assert isinstance(dialog, ContactDialog) and dialog.isVisible()
    layout = dialog.layout()
    layout.activate()
    dialog.resize(dialog.width(), layout.totalHeightForWidth(dialog.width()))  # no room to spare
    before = dialog.height()

    dialog.form.set_kind(ContactKind.INFO_POINT)
    dialog.save()  # neither a client nor anonymous: a sentence appears under the form
    assert dialog.problem.isVisibleTo(dialog)
    # the dialog grew for the sentence: the form above it is not squeezed
    assert dialog.height() > before
    assert dialog.height() >= layout.totalHeightForWidth(dialog.width())
    room = QWidget.screen(dialog).availableGeometry()
    assert dialog.height() < room.height()
