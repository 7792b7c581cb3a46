"""A whole walk-in hour driven through the Spreekuren tab, on a real file, in Dutch."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from sqlalchemy import func, select

from tests.ui.conftest import settle
from tests.unit.test_sessions_world import TODAY
from vwdesk.db.records import ContactRecord, ReferralRecord
from vwdesk.domain.enums import ContactKind, SessionKind
from vwdesk.domain.sessions import ScheduleInput
from vwdesk.ui.tabs.sessions.contact_dialog import ContactDialog
from vwdesk.ui.tabs.sessions.sessions_view import SessionsTab
from vwdesk.ui.widgets.rows_table_model import ROW_ROLE


def pick(qtbot, ctx, hour, text: str) -> None:
    """Type part of a name and press Enter, as a volunteer does."""
    hour.picker.search.setFocus()
    qtbot.keyClicks(hour.picker.search, text)
    qtbot.waitUntil(lambda: hour.picker.model.rowCount() > 0, timeout=10_000)
    settle(qtbot, ctx)
    qtbot.keyClick(hour.picker.search, Qt.Key.Key_Return)
    assert hour.picker.current is not None


def tick(hour, topic: str) -> None:
    model = hour.form.topics
    row = model.items().index(topic)
    model.setData(model.index(row), Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole)


def save(qtbot, ctx, hour) -> None:
    qtbot.keyClick(hour.picker.search, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    settle(qtbot, ctx)


def contacts_in_file(ws) -> int:
    with ws.reading() as s:
        return s.scalar(select(func.count()).select_from(ContactRecord))


def open_todays_hour(qtbot, ctx, world) -> tuple[SessionsTab, object]:
    ws = ctx.workspace
    ws.sessions.save_schedule(
        ScheduleInput(
            SessionKind.WALK_IN, world.hergerborch, TODAY.isoweekday(), "09:00", "11:00", TODAY
        )
    )
    tab = SessionsTab(ctx)
    qtbot.addWidget(tab)
    tab.resize(1280, 800)
    tab.show()
    qtbot.waitExposed(tab)
    tab.activateWindow()
    tab.refresh()
    settle(qtbot, ctx)
    rows = [
        tab.session_proxy.index(r, 0).data(ROW_ROLE) for r in range(tab.session_proxy.rowCount())
    ]
    assert [(s.date, s.id) for s in rows] == [(TODAY, None)]  # planned, not stored yet
    tab.session_view.selectRow(0)
    qtbot.mouseClick(tab.open_button, Qt.MouseButton.LeftButton)
    settle(qtbot, ctx)
    assert tab.stack.currentWidget() is tab.hour
    return tab, tab.hour


def test_a_whole_walk_in_hour(qtbot, world_ui):
    ctx, world = world_ui
    ws = ctx.workspace
    tab, hour = open_todays_hour(qtbot, ctx, world)
    assert hour.title.text() == "Inloopspreekuur in De Hergerborch"
    assert hour.form.chosen_kind() == ContactKind.SOCIAL_GUIDANCE

    # ten contacts, Amal twice (the same client twice in one session is fine)
    names = ["amal", "yusuf", "rania", "omar", "lina", "sami", "nour", "karim", "amal", "hiba"]
    for i, name in enumerate(names):
        pick(qtbot, ctx, hour, name)
        tick(hour, "housing" if i % 2 else "income")
        if name == "hiba":  # housed three years ago: allowed, but the screen says so
            qtbot.waitUntil(lambda: hour.hint.isVisible(), timeout=10_000)
            assert "maatschappelijke begeleiding liep tot" in hour.hint.text()
        save(qtbot, ctx, hour)
        assert not hour.problem.isVisible(), hour.problem.text()
        assert hour.picker.search.text() == ""  # cleared for the next person
        assert hour.form.topics.checked() == ()
    assert hour.contacts.rowCount() == 10 == contacts_in_file(ws)
    assert hour.count_label.text() == "10 contacten in dit spreekuur"
    latest = hour.contacts.row_at(0)
    assert latest.client_name == "Hiba Mansour" and latest.beyond_guidance_period
    assert [c.client_name for c in hour.contacts.rows()].count("Amal Haddad") == 2

    # one undone: the last one, after a question answered yes
    ctx.dialogs.answers.append(True)
    qtbot.mouseClick(hour.undo_button, Qt.MouseButton.LeftButton)
    settle(qtbot, ctx)
    assert ctx.dialogs.shown[-1][0] == "question"
    assert hour.contacts.rowCount() == 9 == contacts_in_file(ws)
    assert "Hiba Mansour" not in [c.client_name for c in hour.contacts.rows()]

    # one anonymous info-point contact: ticking anonymous switches the kind
    hour.anonymous.setChecked(True)
    assert hour.form.chosen_kind() == ContactKind.INFO_POINT
    save(qtbot, ctx, hour)
    anonymous = hour.contacts.row_at(0)
    assert anonymous.anonymous and anonymous.kind == ContactKind.INFO_POINT
    assert hour.contacts.index(0, hour.contacts.CLIENT).data() == "Anoniem"

    # one referral to a partner
    pick(qtbot, ctx, hour, "rania")
    tick(hour, "debts")
    hour.form.partner.setCurrentIndex(hour.form.partner.findText("Plangroep"))
    hour.form.reason.setText("betalingsachterstand")
    hour.form.follow_up.setText("Plangroep belt haar")
    save(qtbot, ctx, hour)
    referred = hour.contacts.row_at(0)
    assert referred.referral_partner == "Plangroep"
    assert hour.contacts.index(0, hour.contacts.TOPICS).data() == "Schulden"
    with ws.reading() as s:
        referral = s.scalar(select(ReferralRecord))
        assert (referral.contact_id, referral.reason) == (referred.id, "betalingsachterstand")

    # a contact without a kind is refused with a sentence, and nothing is saved
    pick(qtbot, ctx, hour, "omar")
    hour.form.kind.setCurrentIndex(0)
    save(qtbot, ctx, hour)
    assert hour.problem.isVisible()
    assert hour.problem.text() == "Kies wat voor contact dit was; er is niets opgeslagen."
    assert hour.contacts.rowCount() == 11 == contacts_in_file(ws)

    # back in the week (leaving Omar's refused contact, after the question): the hour is
    # held with its contacts, and cannot be cancelled now
    ctx.dialogs.answers.append(True)
    qtbot.mouseClick(hour.back_button, Qt.MouseButton.LeftButton)
    settle(qtbot, ctx)
    session = tab.sessions.row_at(0)
    assert (session.contact_count, tab.sessions.status(session)) == (11, "Geopend")
    ctx.dialogs.answers.append(True)
    tab.session_view.selectRow(0)
    qtbot.mouseClick(tab.cancel_button, Qt.MouseButton.LeftButton)
    settle(qtbot, ctx)
    assert ctx.dialogs.shown[-1] == (
        "warning",
        "In dit spreekuur zijn al contacten vastgelegd, dus het kan niet worden geannuleerd. "
        "Maak die contacten eerst ongedaan als het spreekuur echt niet doorging.",
    )
    assert not ws.sessions.get(session.id).cancelled

    # per location: one session held with eleven contacts
    tab.year_box.setCurrentIndex(tab.year_box.findData(TODAY.year))
    settle(qtbot, ctx)
    stats = {r.location: r for r in tab.stats.rows()}
    assert (stats["De Hergerborch"].sessions_held, stats["De Hergerborch"].average) == (1, 11)


def test_a_planned_session_can_be_cancelled_and_restored(qtbot, world_ui):
    ctx, world = world_ui
    tab, hour = open_todays_hour(qtbot, ctx, world)
    qtbot.mouseClick(hour.back_button, Qt.MouseButton.LeftButton)
    settle(qtbot, ctx)
    ctx.dialogs.answers.append(True)
    tab.session_view.selectRow(0)
    qtbot.mouseClick(tab.cancel_button, Qt.MouseButton.LeftButton)
    settle(qtbot, ctx)
    session = tab.sessions.row_at(0)
    assert session.cancelled and tab.sessions.status(session) == "Geannuleerd"
    tab.session_view.selectRow(0)
    assert not tab.open_button.isEnabled() and tab.restore_button.isEnabled()
    qtbot.mouseClick(tab.restore_button, Qt.MouseButton.LeftButton)
    settle(qtbot, ctx)
    assert not tab.sessions.row_at(0).cancelled


def test_lock_clears_everything_personal(qtbot, world_ui):
    ctx, world = world_ui
    tab, hour = open_todays_hour(qtbot, ctx, world)
    pick(qtbot, ctx, hour, "amal")
    save(qtbot, ctx, hour)
    pick(qtbot, ctx, hour, "yusuf")
    tab.clear()
    assert hour.contacts.rowCount() == 0 and hour.picker.current is None
    assert hour.picker.search.text() == "" and hour.session is None
    assert tab.sessions.rowCount() == 0 and tab.schedules.rowCount() == 0
    assert tab.stack.currentWidget() is tab.overview


def test_a_schedule_for_legal_consultation_warns_without_a_legal_volunteer(qtbot, world_ui):
    ctx, world = world_ui
    tab = SessionsTab(ctx)
    qtbot.addWidget(tab)
    tab.refresh()
    settle(qtbot, ctx)
    assert tab.schedule_panel.new_button.isVisibleTo(tab)  # a team leader plans schedules
    tab.schedule_panel.edit(new=True)
    dialog = tab.dialog_host.current
    dialog.kind.setCurrentIndex(dialog.kind.findData(SessionKind.LEGAL))
    dialog.location.setCurrentIndex(dialog.location.findText("Kantoor"))
    dialog.weekday.setCurrentIndex(1)
    assert dialog.warning.isVisibleTo(dialog)
    bram = [m.id for m in dialog.staff.items()].index(world.bram)
    dialog.staff.setData(
        dialog.staff.index(bram), Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole
    )
    assert dialog.warning.isVisibleTo(dialog)  # Bram is no legal volunteer
    dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()
    settle(qtbot, ctx)
    assert ctx.dialogs.shown[-1][0] == "warning"
    schedule = tab.schedules.row_at(0)
    assert schedule.missing_legal_volunteer
    cell = tab.schedules.index(0, tab.schedules.STAFFING).data()
    assert cell == "Bram Jansen (geen juridisch vrijwilliger!)"


def test_the_contact_dialog_logs_a_phone_call_from_a_clients_page(qtbot, world_ui):
    ctx, world = world_ui
    saved = []
    dialog = ContactDialog(ctx, world.clients[1], "Yusuf Haddad")
    qtbot.addWidget(dialog)
    dialog.saved.connect(saved.append)
    dialog.open()
    settle(qtbot, ctx)
    assert dialog.windowTitle() == "Contact met Yusuf Haddad"
    dialog.form.set_kind(None)
    dialog.save()
    settle(qtbot, ctx)
    assert dialog.problem.text() == "Kies wat voor contact dit was; er is niets opgeslagen."
    dialog.form.set_kind(ContactKind.LEGAL)
    dialog.channel.setCurrentIndex(dialog.channel.findText("Telefoon"))
    dialog.form.follow_up.setText("IND-brief nasturen")
    dialog.save()
    settle(qtbot, ctx)
    assert len(saved) == 1 and saved[0].channel == "phone" and saved[0].session_id is None
    assert saved[0].date == date.today()
    assert not dialog.isVisible()
