"""The window step of `vwdesk selftest`: sign in offscreen, show every tab, close.

It goes through the real wiring (vwdesk.app.build) and the real sign-in on
the worker thread, so a Qt module, plugin, icon or catalogue missing from a
packaged build fails here rather than on a volunteer's laptop. Nothing is
drawn on screen (Qt's offscreen platform) and nothing of the user's own is
touched: the preferences live in the selftest's temporary folder.
"""

from __future__ import annotations

import sys
import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QEventLoop,
    QMessageLogContext,
    QThread,
    QtMsgType,
    qInstallMessageHandler,
)
from PySide6.QtWidgets import QApplication

from vwdesk.app import build, configure_application
from vwdesk.preferences import Preferences
from vwdesk.services.selftest import SelfTestFailure
from vwdesk.ui.dialogs import DialogService
from vwdesk.ui.i18n import install_translators, remove_translators

TIMEOUT_SECONDS = 60.0


class _QuietDialogs(DialogService):
    """Records instead of showing: a modal box would hang an unattended selftest."""

    def __init__(self) -> None:
        super().__init__()
        self.errors: list[str] = []

    def info(self, text, *, title=None, parent=None):
        pass

    def warning(self, text, *, title=None, parent=None):
        self.errors.append(text)

    def error(self, text, *, title=None, parent=None):
        self.errors.append(text)

    def question(self, text, *, title=None, parent=None):
        return False

    def choose_open_file(self, *, title, name_filter, directory=None, parent=None):
        return None

    def choose_save_file(self, *, title, name_filter, suggested=None, parent=None):
        return None


def application() -> QApplication:
    """The running QApplication, or a new one on the offscreen platform."""
    app = QApplication.instance()
    if app is None:
        app = QApplication([sys.argv[0] if sys.argv else "vwdesk", "-platform", "offscreen"])
        configure_application(app)
    if not isinstance(app, QApplication):
        raise SelfTestFailure("a Qt application without widgets is already running")
    return app


def check_main_window(path: Path, username: str, password: str) -> str:
    app = application()
    translators = install_translators(app, "nl")
    dialogs = _QuietDialogs()
    quits: list[bool] = []
    preferences = Preferences.load(Path(path).parent / "preferences.json")
    gui = build(preferences, Path(path), quit_app=lambda: quits.append(True), dialogs=dialogs)
    failures: list[BaseException] = []
    gui.ctx.worker.set_failure_handler(failures.append)  # the exception, not its sentence
    previous_handler = qInstallMessageHandler(_quiet_offscreen)
    try:
        if app.windowIcon().isNull():
            raise SelfTestFailure("the application icon did not load")
        gui.controller.start()
        gui.login.username.setText(username)
        gui.login.password.setText(password)
        gui.login.submit()
        _wait_until(lambda: gui.window.isVisible() or bool(gui.login.error_text()))
        if not gui.window.isVisible():
            reason = gui.login.error_text() or "no answer in time"
            raise SelfTestFailure(f"the sign-in failed: {reason}")

        window = gui.window
        shown = 0
        for index, spec in enumerate(window.specs):
            if window.tab_widget.isTabVisible(index):
                window.show_tab(spec.key)
                _wait_until(lambda: not gui.ctx.worker.busy)
                shown += 1
        about = window.show_about()
        about.close()
        about.deleteLater()
        if failures:
            exc = failures[0]
            raise SelfTestFailure(f"a tab failed: {type(exc).__name__}: {exc}") from exc
        if dialogs.errors:
            raise SelfTestFailure(f"the window reported: {dialogs.errors[0]}")
        dutch = sum(1 for spec in window.specs if spec.translated_title() != spec.title)
        if not dutch:
            raise SelfTestFailure("the tabs are not in Dutch: the catalogue did not load")

        window.close()  # as the user would: the controller closes the file and quits
        _wait_until(lambda: bool(quits) and not gui.ctx.worker.busy)
        if not quits or gui.ctx.workspace is not None:
            raise SelfTestFailure("closing the window did not close the file")
    finally:
        gui.shutdown()
        for widget in (gui.window, gui.login):
            widget.hide()
            widget.deleteLater()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        remove_translators(app, translators)
        qInstallMessageHandler(previous_handler)
    return f"signed in as {username}, {shown} tabs shown in Dutch, About, closed"


def _quiet_offscreen(mode: QtMsgType, context: QMessageLogContext, message: str) -> None:
    """Qt's offscreen platform says what it cannot do (raise(), size hints); the rest passes."""
    if message.startswith("This plugin does not support"):
        return
    print(message, file=sys.stderr)


def _wait_until(condition: Callable[[], bool], timeout: float = TIMEOUT_SECONDS) -> None:
    """Let Qt deliver the worker's answers until `condition()` holds or time runs out."""
    deadline = time.monotonic() + timeout
    while not condition() and time.monotonic() < deadline:
        QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
        QThread.msleep(5)
