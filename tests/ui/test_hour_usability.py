"""The consultation hour as a volunteer meets it: nothing typed is lost, no contact is
dated in the future, Tab walks the form in reading order, an unknown name gets an answer.

Real file, real widgets, real key presses (Dutch interface).
"""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget

from tests.ui.conftest import settle, show_tab
from tests.ui.test_clients_tab import choose_country
from tests.ui.test_sessions_tab import contacts_in_file, open_todays_hour, pick
from tests.unit.test_sessions_world import TODAY
from vwdesk.domain.enums import SessionKind
from vwdesk.domain.sessions import ScheduleInput
from vwdesk.ui.tabs.sessions.contact_dialog import ContactDialog
from vwdesk.ui.tabs.sessions.sessions_view import SessionsTab
from vwdesk.ui.widgets.rows_table_model import ROW_ROLE


def half_typed(qtbot, ctx, hour) -> None:
    pick(qtbot, ctx, hour, "amal")
    hour.form.follow_up.setFocus()
    qtbot.keyClicks(hour.form.follow_up, "Volgende week terugbellen")


# -- 1. a half-typed contact is not thrown away silently ---------------------------------------
def test_back_to_the_week_asks_before_a_half_typed_contact_is_lost(qtbot, world_ui):
    ctx, world = world_ui
    tab, hour = open_todays_hour(qtbot, ctx, world)
    half_typed(qtbot, ctx, hour)

    ctx.dialogs.answers.append(False)  # "no, stay"
    qtbot.mouseClick(hour.back_button, Qt.MouseButton.LeftButton)
    settle(qtbot, ctx)
    assert ctx.dialogs.shown[-1] == (
        "question",
        "Het contact dat je aan het invullen bent, is nog niet opgeslagen. "
        "Weggaan zonder op te slaan?",
    )
    assert tab.stack.currentWidget() is hour
    assert hour.picker.current.name == "Amal Haddad"
    assert hour.form.follow_up.text() == "Volgende week terugbellen"
    assert tab.has_unsaved()  # quitting now would ask

    ctx.dialogs.answers.append(True)  # "yes, leave it"
    qtbot.mouseClick(hour.back_button, Qt.MouseButton.LeftButton)
    settle(qtbot, ctx)
    assert tab.stack.currentWidget() is tab.overview
    assert contacts_in_file(ctx.workspace) == 0
    # thrown away as agreed: quitting does not ask about it again
    assert not hour.has_input() and not tab.has_unsaved()


def test_back_to_the_week_with_an_empty_form_asks_nothing(qtbot, world_ui):
    ctx, world = world_ui
    tab, hour = open_todays_hour(qtbot, ctx, world)
    pick(qtbot, ctx, hour, "amal")
    qtbot.keyClick(hour.picker.search, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    settle(qtbot, ctx)  # saved: the form is empty again for the next person
    asked = len(ctx.dialogs.shown)
    qtbot.mouseClick(hour.back_button, Qt.MouseButton.LeftButton)
    settle(qtbot, ctx)
    assert len(ctx.dialogs.shown) == asked
    assert tab.stack.currentWidget() is tab.overview


def test_opening_another_hour_from_elsewhere_asks_first(qtbot, world_ui):
    """The Overzicht tab opens an hour through open_record: that too would wipe the form."""
    ctx, world = world_ui
    tab, hour = open_todays_hour(qtbot, ctx, world)
    session_id = hour.session.id
    half_typed(qtbot, ctx, hour)

    ctx.dialogs.answers.append(False)
    tab.open_record("session", session_id)
    settle(qtbot, ctx)
    assert ctx.dialogs.shown[-1][0] == "question"
    assert hour.form.follow_up.text() == "Volgende week terugbellen"
    assert hour.picker.current is not None


# -- 2. no contact dated in the future ----------------------------------------------------
def test_a_contact_cannot_be_logged_in_next_weeks_hour(qtbot, world_ui):
    ctx, world = world_ui
    ws = ctx.workspace
    next_week = TODAY + timedelta(days=7)
    ws.sessions.save_schedule(
        ScheduleInput(
            SessionKind.WALK_IN, world.hergerborch, next_week.isoweekday(), "14:00", "16:00", TODAY
        )
    )
    tab = show_tab(qtbot, ctx, SessionsTab)
    tab.go_to_week(7)
    settle(qtbot, ctx)
    rows = [
        tab.session_proxy.index(r, 0).data(ROW_ROLE) for r in range(tab.session_proxy.rowCount())
    ]
    assert [s.date for s in rows] == [next_week]
    tab.session_view.selectRow(0)
    qtbot.mouseClick(tab.open_button, Qt.MouseButton.LeftButton)
    settle(qtbot, ctx)
    hour = tab.hour
    assert tab.stack.currentWidget() is hour

    # said at once, before anything is typed
    assert hour.future.isVisible()
    assert hour.future.text().startswith("Dit spreekuur is pas op ")
    assert hour.future.text().endswith("; je kunt de contacten vanaf die dag vastleggen.")

    # and refused if a save is asked for all the same (Ctrl+Enter), nothing written
    hour.picker.choose(ws.clients.row(world.clients[0]))
    qtbot.keyClick(
        QApplication.focusWidget() or hour, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier
    )
    settle(qtbot, ctx)
    assert contacts_in_file(ws) == 0
    assert hour.future.isVisible()
    assert tab.stack.currentWidget() is hour


def test_todays_hour_says_nothing_about_the_future(qtbot, world_ui):
    ctx, world = world_ui
    _tab, hour = open_todays_hour(qtbot, ctx, world)
    assert not hour.future.isVisible()
    assert hour.picker.isEnabled() and hour.save_button.isEnabled()


# -- 3. Tab walks the form in reading order; Enter saves, never clears ---------------------------
def tab_walk(qtbot, expected: list[QWidget]) -> list[QWidget | None]:
    """Press Tab from the first widget on; the widgets reached, in order (a date field's
    own Tab stops, day to month to year, count once)."""
    start = expected[0]
    start.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None)
    seen = [owner(QApplication.focusWidget(), expected)]
    for _ in range(40):
        if len(seen) == len(expected):
            break
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        QApplication.processEvents()
        reached = owner(QApplication.focusWidget(), expected)
        if reached is not seen[-1] or reached is None:
            seen.append(reached)
    return seen


def owner(widget: QWidget | None, candidates: list[QWidget]) -> QWidget | None:
    """The candidate that is the widget or holds it (a spin box focuses its line edit)."""
    for c in candidates:
        if widget is c or (widget is not None and c.isAncestorOf(widget)):
            return c
    return None


def test_tab_walks_the_hour_in_reading_order(qtbot, world_ui):
    ctx, world = world_ui
    _tab, hour = open_todays_hour(qtbot, ctx, world)
    f = hour.form
    f.partner.setCurrentIndex(1)  # a referral chosen: its reason field takes part too
    expected = [
        hour.picker.search,
        hour.anonymous,
        f.kind,
        f.topic_view,
        f.new_topic,
        f.add_topic_button,
        f.minutes,
        f.follow_up,
        f.partner,
        f.reason,
        hour.save_button,
        hour.clear_button,
    ]
    assert tab_walk(qtbot, expected) == expected


def test_enter_saves_on_opslaan_and_never_clears(qtbot, world_ui):
    ctx, world = world_ui
    _tab, hour = open_todays_hour(qtbot, ctx, world)
    half_typed(qtbot, ctx, hour)
    assert hour.save_button.isDefault() and not hour.clear_button.isDefault()

    # Enter on Leegmaken: the contact stays
    hour.clear_button.setFocus()
    qtbot.keyClick(hour.clear_button, Qt.Key.Key_Return)
    settle(qtbot, ctx)
    assert hour.picker.current is not None
    assert hour.form.follow_up.text() == "Volgende week terugbellen"

    # Enter in a field stores nothing half filled in (as in the contact dialog)
    hour.form.follow_up.setFocus()
    qtbot.keyClick(hour.form.follow_up, Qt.Key.Key_Return)
    settle(qtbot, ctx)
    assert contacts_in_file(ctx.workspace) == 0

    # Tab on from the follow-up reaches Opslaan (past Doorverwijzing); Enter there saves
    for _ in range(2):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is hour.save_button
    qtbot.keyClick(hour.save_button, Qt.Key.Key_Return)
    settle(qtbot, ctx)
    assert contacts_in_file(ctx.workspace) == 1
    assert hour.contacts.row_at(0).follow_up == "Volgende week terugbellen"
    assert hour.picker.current is None  # ready for the next person


def test_the_contact_dialog_keeps_its_reading_order(qtbot, world_ui):
    ctx, world = world_ui
    dialog = ContactDialog(ctx, world.clients[1], "Yusuf Haddad")
    qtbot.addWidget(dialog)
    dialog.open()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    settle(qtbot, ctx)
    f = dialog.form
    save = dialog.buttons.button(dialog.buttons.StandardButton.Save)
    cancel = dialog.buttons.button(dialog.buttons.StandardButton.Cancel)
    expected = [
        dialog.channel,
        dialog.day,
        f.kind,
        f.topic_view,
        f.new_topic,
        f.add_topic_button,
        f.minutes,
        f.follow_up,
        f.partner,
        dialog.notes,
        save,
        cancel,
    ]
    assert tab_walk(qtbot, expected) == expected


# -- 4. an unknown name gets an answer, and a way to register the person ---------------------------
def test_an_unknown_name_says_nobody_was_found(qtbot, world_ui):
    ctx, world = world_ui
    _tab, hour = open_todays_hour(qtbot, ctx, world)
    picker = hour.picker
    picker.search.setFocus()
    qtbot.keyClicks(picker.search, "Jansenxx")
    qtbot.waitUntil(lambda: picker.nobody.isVisible(), timeout=10_000)
    assert picker.nobody.text() == "Niemand gevonden met ‘Jansenxx’."
    assert not picker.results.isVisible()

    # a name that is there: the line goes away
    picker.search.clear()
    qtbot.keyClicks(picker.search, "amal")
    qtbot.waitUntil(lambda: picker.model.rowCount() > 0, timeout=10_000)
    assert not picker.nobody.isVisible()


def test_an_unknown_person_can_be_registered_from_the_hour(qtbot, world_ui):
    ctx, world = world_ui
    _tab, hour = open_todays_hour(qtbot, ctx, world)
    picker = hour.picker
    picker.search.setFocus()
    qtbot.keyClicks(picker.search, "Fatima Jansen")
    qtbot.waitUntil(lambda: picker.nobody.isVisible(), timeout=10_000)
    assert picker.register_button.isVisible()
    assert picker.register_button.text() == "Huishouden registreren…"

    qtbot.mouseClick(picker.register_button, Qt.MouseButton.LeftButton)
    settle(qtbot, ctx)
    dialog = hour.registration.dialogs.current
    assert dialog is not None and dialog.isVisible()
    assert (dialog.form.first_name.text(), dialog.form.last_name.text()) == ("Fatima", "Jansen")
    qtbot.keyClicks(dialog.form.birth_date.edit, "01-02-1990")
    dialog.form.sex.setCurrentIndex(2)
    choose_country(qtbot, dialog.form.nationality, "Syr", "Syrië")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: hour.picker.current is not None, timeout=20_000)
    settle(qtbot, ctx)
    assert hour.picker.current.name == "Fatima Jansen"
    assert picker.search.text() == "Fatima Jansen" and not picker.nobody.isVisible()
    qtbot.keyClick(hour.picker.search, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    settle(qtbot, ctx)
    assert hour.contacts.row_at(0).client_name == "Fatima Jansen"


def test_lock_closes_the_registration_dialog(qtbot, world_ui):
    ctx, world = world_ui
    tab, hour = open_todays_hour(qtbot, ctx, world)
    qtbot.keyClicks(hour.picker.search, "Fatima Jansen")
    qtbot.waitUntil(lambda: hour.picker.nobody.isVisible(), timeout=10_000)
    qtbot.mouseClick(hour.picker.register_button, Qt.MouseButton.LeftButton)
    settle(qtbot, ctx)
    dialog = hour.registration.dialogs.current
    assert dialog is not None
    tab.clear()
    assert hour.registration.dialogs.current is None and not dialog.isVisible()
    assert not hour.picker.nobody.isVisible()


def test_a_name_spelled_otherwise_is_not_taken_by_enter_alone(qtbot, world_ui):
    """The search is tolerant: 'Yousef' finds Yusuf Haddad. Enter alone does not take a
    person whose name does not hold what was typed (a quick Enter logged a contact on the
    wrong person); one line says so, and ↓ then Enter takes them."""
    ctx, _world = world_ui
    _tab, hour = open_todays_hour(qtbot, ctx, _world)
    picker = hour.picker
    picker.search.setFocus()
    qtbot.keyClicks(picker.search, "Yousef")
    qtbot.waitUntil(lambda: picker.model.rowCount() > 0, timeout=10_000)
    settle(qtbot, ctx)
    assert picker.model.index(0).data().startswith("Yusuf Haddad")
    assert not picker.results.currentIndex().isValid()
    assert picker.inexact.isVisibleTo(picker)
    assert picker.inexact.text() == (
        "Geen precieze treffer voor ‘Yousef’: kies de persoon met ↓ of met de muis."
    )
    qtbot.keyClick(picker.search, Qt.Key.Key_Return)
    assert picker.current is None
    qtbot.keyClick(picker.search, Qt.Key.Key_Down)
    qtbot.keyClick(picker.search, Qt.Key.Key_Return)
    assert picker.current is not None and picker.current.name == "Yusuf Haddad"

    picker.reset()  # what was typed is in the name: Enter takes the first, as before
    pick(qtbot, ctx, hour, "yusuf")
    assert picker.current.name == "Yusuf Haddad" and not picker.inexact.isVisibleTo(picker)
