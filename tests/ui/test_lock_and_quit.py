"""Locking and quitting with typed work on screen, through the session controller.

Locking protects the people in the file: every dialog closes at once, without a
question (a question would hold the lock up with a client's name and notes on screen
and the file open). Quitting asks once when typed work would be lost; "stay" keeps
everything as it was.
"""

from __future__ import annotations

import importlib
import inspect
import pkgutil

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog
from shiboken6 import isValid

import vwdesk.ui
from tests.conftest import PASSWORD
from tests.ui.conftest import settle, sign_in
from vwdesk.ui.tabs.sessions.contact_dialog import ContactDialog

QUIT_QUESTION = (
    "Afsluiten zonder op te slaan? Wat je hebt getypt en niet hebt opgeslagen, gaat verloren."
)


def _signed_in(qtbot, make_gui, new_file):
    gui = make_gui(new_file)
    gui.controller.start()
    sign_in(qtbot, gui, "teamleider", PASSWORD)
    qtbot.waitUntil(gui.window.isVisible)
    return gui


def _closed(dialog: QDialog) -> bool:
    return not isValid(dialog) or not dialog.isVisible()  # closed dialogs delete themselves


def _typed_contact(qtbot, gui) -> ContactDialog:
    """A contact outside an hour with a note typed, open over the Spreekuren tab."""
    tab = gui.window.show_tab("spreekuren")
    settle(qtbot, gui.ctx)
    qtbot.mouseClick(tab.contact_button, Qt.MouseButton.LeftButton)
    settle(qtbot, gui.ctx)
    dialog = tab.dialog_host.current
    assert isinstance(dialog, ContactDialog) and dialog.isVisible()
    dialog.notes.setPlainText("Belde over de brief van de gemeente")
    return dialog


def test_the_lock_closes_a_typed_dialog_without_asking(qtbot, make_gui, new_file, dialogs):
    gui = _signed_in(qtbot, make_gui, new_file)
    dialog = _typed_contact(qtbot, gui)
    asked = len(dialogs.shown)
    gui.controller.lock()
    assert _closed(dialog)
    assert dialogs.shown[asked:] == []  # no "close without saving?" holding the lock up
    assert gui.login.isVisible() and not gui.window.isVisible()


def test_quitting_asks_once_and_staying_keeps_the_typed_work(qtbot, make_gui, new_file, dialogs):
    gui = _signed_in(qtbot, make_gui, new_file)
    dialog = _typed_contact(qtbot, gui)
    asked = len(dialogs.shown)
    dialogs.answers = [False]  # stay
    gui.window.close()
    assert dialogs.shown[asked:] == [("question", QUIT_QUESTION)]
    assert gui.quit_app.calls == 0 and gui.window.isVisible()
    assert dialog.isVisible()
    assert dialog.notes.toPlainText() == "Belde over de brief van de gemeente"

    dialogs.answers = [True]  # quit: one question, the dialog's own is not asked again
    gui.window.close()
    qtbot.waitUntil(lambda: gui.quit_app.calls == 1, timeout=20_000)
    assert dialogs.shown[asked:] == [("question", QUIT_QUESTION)] * 2
    assert _closed(dialog)


def test_quitting_asks_for_a_half_typed_contact_at_the_hour(qtbot, make_gui, new_file, dialogs):
    gui = _signed_in(qtbot, make_gui, new_file)
    assert not gui.window.has_unsaved()
    tab = gui.window.pages["spreekuren"]
    hour = tab.hour
    hour.session = object()  # an hour opened and on screen (its form is what counts here)
    tab.stack.setCurrentWidget(hour)
    hour.anonymous.setChecked(True)
    assert gui.window.has_unsaved()
    dialogs.answers = [False]
    gui.window.close()
    assert gui.quit_app.calls == 0 and gui.window.isVisible()
    assert dialogs.shown[-1] == ("question", QUIT_QUESTION)


def test_quitting_without_typed_work_asks_nothing(qtbot, make_gui, new_file, dialogs):
    gui = _signed_in(qtbot, make_gui, new_file)
    asked = len(dialogs.shown)
    gui.window.close()
    qtbot.waitUntil(lambda: gui.quit_app.calls == 1, timeout=20_000)
    assert dialogs.shown[asked:] == []


def test_every_dialog_that_asks_before_closing_can_be_closed_without_asking():
    """A dialog whose reject() asks must have discard() (the lock closes it with that) and
    has_unsaved() (quitting asks once for all). The sign-in dialog is kept open by both."""
    for info in pkgutil.walk_packages(vwdesk.ui.__path__, "vwdesk.ui."):
        module = importlib.import_module(info.name)
        for _name, cls in inspect.getmembers(module, inspect.isclass):
            if cls.__module__ != module.__name__ or not issubclass(cls, QDialog):
                continue
            if "reject" in vars(cls) and cls.__name__ != "LoginDialog":
                assert callable(getattr(cls, "discard", None)), cls
                assert callable(getattr(cls, "has_unsaved", None)), cls
