"""Sign in, lock and sign in again on a real encrypted file, through the real wiring."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from tests.conftest import DEMO_PASSWORD, PASSWORD
from tests.ui.conftest import sign_in
from vwdesk.preferences import Preferences
from vwdesk.services.workspace import Workspace
from vwdesk.ui.tabs import TabSpec, tab_specs
from vwdesk.ui.tabs.base import TabPage

WRONG = "De gebruikersnaam of het wachtwoord klopt niet. Probeer het opnieuw."
LOCKED = (
    "Dit bestand is al geopend in een ander vwdesk-venster. "
    "Sluit dat venster eerst en probeer het dan opnieuw."
)
NOT_OURS = (
    "Dit is geen vwdesk-bestand of het is beschadigd; er is niets aan veranderd. "
    "Kies een ander bestand of vraag je teamleider om hulp."
)


class SpyTab(TabPage):
    """A tab that remembers what the main window asked of it."""

    def __init__(self, ctx, parent=None):
        super().__init__(ctx, parent)
        self.calls: list[str] = []
        self.shown_user: str | None = None

    def refresh(self):
        self.calls.append("refresh")
        self.ctx.run(lambda ws: ws.user.display_name, on_success=self._show, owner=self)

    def _show(self, name):
        self.shown_user = name

    def clear(self):
        self.calls.append("clear")
        self.shown_user = None


def spy_specs():
    return (TabSpec("spy", "Spy", "user", factory=SpyTab), *tab_specs())


def test_right_password_opens_the_main_window_with_the_role(qtbot, make_gui, new_file, preferences):
    gui = make_gui(new_file)
    gui.controller.start()
    assert gui.login.isVisible()
    assert gui.login.sign_in_button.text() == "Aanmelden"

    sign_in(qtbot, gui, "teamleider", PASSWORD)

    qtbot.waitUntil(gui.window.isVisible)
    assert not gui.login.isVisible()
    assert gui.ctx.workspace is not None and gui.ctx.workspace.is_open
    status = gui.window.user_label.text()
    assert "Teamleider" in status and "teamleider" in status
    assert status.startswith("Aangemeld als")
    assert gui.window.file_label.text() == f"Bestand: {new_file.name}"
    assert Preferences.load(preferences.path).last_file == new_file


def test_wrong_password_shows_one_dutch_sentence_and_stays(qtbot, make_gui, new_file):
    gui = make_gui(new_file)
    gui.controller.start()

    sign_in(qtbot, gui, "teamleider", "niet-het-wachtwoord")

    assert gui.login.error_text() == WRONG
    assert gui.login.isVisible()
    assert not gui.window.isVisible()
    assert gui.ctx.workspace is None
    assert gui.login.password.text() == ""
    assert gui.login.username.isEnabled()


def test_unknown_user_gets_the_same_sentence(qtbot, make_gui, new_file):
    gui = make_gui(new_file)
    gui.controller.start()
    sign_in(qtbot, gui, "onbekend", PASSWORD)
    assert gui.login.error_text() == WRONG


def test_a_file_open_elsewhere_shows_the_lock_sentence(qtbot, make_gui, new_file):
    other = Workspace.open(new_file, "teamleider", PASSWORD)
    try:
        gui = make_gui(new_file)
        gui.controller.start()
        sign_in(qtbot, gui, "teamleider", PASSWORD)
        assert gui.login.error_text() == LOCKED
        assert not gui.window.isVisible()
    finally:
        other.close()


def test_a_foreign_file_is_named_as_such(qtbot, make_gui, tmp_path: Path):
    stranger = tmp_path / "boodschappen.vwdesk"
    stranger.write_bytes(b"dit is geen database" * 100)
    gui = make_gui(stranger)
    gui.controller.start()
    sign_in(qtbot, gui, "teamleider", PASSWORD)
    assert gui.login.error_text() == NOT_OURS
    assert stranger.read_bytes() == b"dit is geen database" * 100


def test_empty_fields_are_asked_for_without_opening_anything(qtbot, make_gui, new_file):
    gui = make_gui(new_file)
    gui.controller.start()
    sign_in(qtbot, gui, "", "")
    assert gui.login.error_text() == "Vul je gebruikersnaam en wachtwoord in."
    assert not gui.ctx.worker.busy


def test_without_a_file_the_chooser_is_offered(qtbot, make_gui, new_file, dialogs):
    gui = make_gui(None)
    gui.controller.start()
    assert gui.login.file_label.text() == "Geen bestand gekozen"
    sign_in(qtbot, gui, "teamleider", PASSWORD)
    assert gui.login.error_text() == "Kies eerst het vwdesk-bestand van je team."

    dialogs.files.append(new_file)
    qtbot.mouseClick(gui.login.choose_button, Qt.MouseButton.LeftButton)
    assert gui.login.file_label.text() == new_file.name
    assert gui.login.error_text() == ""
    sign_in(qtbot, gui, "teamleider", PASSWORD)
    qtbot.waitUntil(gui.window.isVisible)


def test_ctrl_l_locks_clears_every_tab_and_signing_in_again_works(qtbot, make_gui, new_file):
    gui = make_gui(new_file, specs=spy_specs())
    gui.controller.start()
    sign_in(qtbot, gui, "teamleider", PASSWORD)
    qtbot.waitUntil(gui.window.isVisible)
    spy = gui.window.pages["spy"]
    qtbot.waitUntil(lambda: spy.shown_user == "teamleider")
    first = gui.ctx.workspace

    assert gui.window.lock_action.shortcut().toString() == "Ctrl+L"
    gui.window.activateWindow()
    qtbot.keyClick(gui.window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)

    qtbot.waitUntil(lambda: not first.is_open)
    assert gui.ctx.workspace is None
    assert spy.calls[-1] == "clear" and spy.shown_user is None
    assert not gui.window.isVisible()
    assert gui.login.isVisible()
    assert gui.login.username.text() == "teamleider"
    assert gui.login.password.text() == ""
    assert gui.window.user_label.text() == ""

    sign_in(qtbot, gui, "teamleider", PASSWORD)
    qtbot.waitUntil(gui.window.isVisible)
    assert gui.ctx.workspace is not None and gui.ctx.workspace is not first
    qtbot.waitUntil(lambda: spy.shown_user == "teamleider")
    assert "Teamleider" in gui.window.user_label.text()


def test_results_that_arrive_after_locking_are_dropped(qtbot, make_gui, new_file):
    gui = make_gui(new_file, specs=spy_specs())
    gui.controller.start()
    sign_in(qtbot, gui, "teamleider", PASSWORD)
    qtbot.waitUntil(gui.window.isVisible)
    arrived = []
    job = gui.ctx.run(lambda ws: ws.user.username, on_success=arrived.append)
    gui.controller.lock()
    qtbot.waitUntil(lambda: job.done)
    assert job.result == "teamleider"  # it ran, before the close queued behind it
    assert arrived == []  # but nothing reached the (cleared) screen


def test_the_tabs_are_dutch(qtbot, make_gui, new_file):
    gui = make_gui(new_file)
    gui.controller.start()
    sign_in(qtbot, gui, "teamleider", PASSWORD)
    qtbot.waitUntil(gui.window.isVisible)
    tabs = gui.window.tab_widget
    titles = [tabs.tabText(i) for i in range(tabs.count())]
    assert titles == [
        "Overzicht",
        "Cliënten",
        "Spreekuren",
        "Huisbezoeken",
        "Schuldpreventie",
        "Dossiers",
        "Rapportage",
        "Beheer",
    ]
    assert all(not tabs.tabIcon(i).isNull() for i in range(tabs.count()))


def test_a_tab_not_built_yet_says_what_will_come(qtbot, make_gui, new_file):
    placeholders = [replace(spec, factory=None) for spec in tab_specs()]
    gui = make_gui(new_file, specs=placeholders)
    gui.controller.start()
    sign_in(qtbot, gui, "teamleider", PASSWORD)
    qtbot.waitUntil(gui.window.isVisible)
    for key, page in gui.window.pages.items():
        texts = [label.text() for label in page.findChildren(QLabel) if label.text()]
        assert len(texts) == 3, key  # title, what will come, "being built"
        assert texts[-1] == "Dit onderdeel van vwdesk wordt nog gebouwd."
    assert "spreekuren van deze week" in gui.window.pages["overzicht"].description.text()
    gui.controller.lock()
    assert gui.window.pages["beheer"].description.text()  # holds nothing personal


def test_every_tab_fits_the_team_laptop(qtbot, make_gui, demo_file):
    """1280x800 with a year of data: no tab may force the window past that screen.

    The window is as wide as its widest tab's minimum, so one long unwrapped
    label or a row of buttons pushes the whole application off the screen.
    """
    gui = make_gui(demo_file)
    gui.controller.start()
    sign_in(qtbot, gui, "teamleider", DEMO_PASSWORD)
    qtbot.waitUntil(gui.window.isVisible)
    too_big = {}
    for key, page in gui.window.pages.items():
        gui.window.show_tab(key)
        qtbot.waitUntil(lambda: not gui.ctx.worker.busy, timeout=20_000)
        hint = page.minimumSizeHint()
        if hint.width() > 1260 or hint.height() > 680:
            too_big[key] = (hint.width(), hint.height())
    assert too_big == {}


def test_quit_closes_the_file_and_remembers_the_window(qtbot, make_gui, new_file, preferences):
    gui = make_gui(new_file)
    gui.controller.start()
    sign_in(qtbot, gui, "teamleider", PASSWORD)
    qtbot.waitUntil(gui.window.isVisible)
    ws = gui.ctx.workspace

    gui.window.close()

    # Quitting waits for the day's automatic backup (tests/ui/test_auto_backup_ui.py).
    qtbot.waitUntil(lambda: gui.quit_app.calls == 1, timeout=20_000)
    qtbot.waitUntil(lambda: not ws.is_open)
    assert Preferences.load(preferences.path).window_geometry


def test_closing_the_login_quits(qtbot, make_gui, new_file):
    gui = make_gui(new_file)
    gui.controller.start()
    gui.login.reject()
    assert gui.quit_app.calls == 1


def test_choosing_a_language_is_saved_and_explained(qtbot, make_gui, new_file, dialogs):
    gui = make_gui(new_file)
    gui.controller.start()
    assert gui.window.language_actions["nl"].isChecked()
    gui.window.language_actions["en"].trigger()
    assert gui.ctx.preferences.language == "en"
    assert dialogs.shown == [
        ("info", "De nieuwe taal wordt gebruikt vanaf de volgende keer dat je vwdesk start.")
    ]


def test_about_names_the_licences(qtbot, make_gui, new_file):
    gui = make_gui(new_file)
    dialog = gui.window.show_about()
    qtbot.addWidget(dialog)
    text = " ".join(label.text() for label in dialog.findChildren(QLabel))
    needles = ("GPL-3.0-or-later", "LGPL-3.0", "SQLCipher", "ISC", "Versie", "THIRD-PARTY-NOTICES")
    for needle in needles:
        assert needle in text
    assert dialog.windowTitle() == "Over vwdesk"
    # every package vwdesk itself requires is named (the rest come with them)
    import importlib.metadata as md
    import re

    for requirement in md.requires("vwdesk") or []:
        if "extra ==" in requirement:
            continue
        name = re.split(r"[<>=!;\[ ]", requirement, maxsplit=1)[0].removesuffix("-Essentials")
        assert name.lower() in text.lower(), name
