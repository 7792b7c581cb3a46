"""Composition root: builds the Qt application and its objects, wires them; no logic.

`build()` is also what the UI tests and tools/screenshots.py use, so they
exercise the same wiring as the real application.
"""

from __future__ import annotations

import logging
import sys
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QTranslator
from PySide6.QtWidgets import QApplication

from vwdesk import __version__
from vwdesk.logs import configure_logging
from vwdesk.preferences import Preferences
from vwdesk.services.workspace import Workspace
from vwdesk.ui import icons, theme
from vwdesk.ui.auto_backup_runner import AutoBackupRunner
from vwdesk.ui.context import UiContext
from vwdesk.ui.dialogs import DialogService
from vwdesk.ui.errors import message_for
from vwdesk.ui.i18n import install_translators
from vwdesk.ui.idle_lock import IdleLock
from vwdesk.ui.login_dialog import LoginDialog, Opener
from vwdesk.ui.main_window import MainWindow
from vwdesk.ui.session import SessionController
from vwdesk.ui.tabs import TabSpec, tab_specs
from vwdesk.ui.worker import Worker


@dataclass
class Gui:
    ctx: UiContext
    login: LoginDialog
    window: MainWindow
    controller: SessionController

    def shutdown(self) -> None:
        """Close the workspace (if still open) and let the worker finish."""
        if self.controller.idle is not None:
            self.controller.idle.close()
        self.ctx.close_workspace()
        self.ctx.worker.shutdown()


def configure_application(app: QApplication) -> None:
    app.setApplicationName("vwdesk")
    app.setOrganizationName("vwdesk")
    app.setApplicationVersion(__version__)
    app.setApplicationDisplayName("vwdesk")
    app.setQuitOnLastWindowClosed(False)  # the controller quits; lock hides the window
    theme.apply(app)
    app.setWindowIcon(icons.icon("heart-handshake"))


def build(
    preferences: Preferences,
    db_path: Path | None,
    *,
    quit_app: Callable[[], None],
    dialogs: DialogService | None = None,
    opener: Opener = Workspace.open,
    specs: Iterable[TabSpec] | None = None,
) -> Gui:
    worker = Worker()
    dialogs = dialogs or DialogService()
    worker.set_failure_handler(lambda exc: dialogs.error(message_for(exc)))
    ctx = UiContext(worker, dialogs, preferences)
    login = LoginDialog(ctx, opener, db_path or _existing(preferences.last_file))
    window = MainWindow(ctx, tab_specs() if specs is None else specs)
    idle = IdleLock(QApplication.instance(), window)
    backups = AutoBackupRunner(ctx, window)
    controller = SessionController(ctx, login, window, quit_app, idle=idle, backups=backups)
    return Gui(ctx, login, window, controller)


def _existing(path: Path | None) -> Path | None:
    return path if path is not None and path.is_file() else None


def run_gui(db_path: Path | None, lang: str | None = None) -> int:
    try:
        configure_logging()  # the rotating log; never personal data (logs.py)
    except OSError:
        logging.basicConfig(level=logging.WARNING)
    preferences = Preferences.load()
    app = QApplication(sys.argv[:1])
    configure_application(app)
    translators: list[QTranslator] = install_translators(app, lang or preferences.language)
    gui = build(preferences, db_path, quit_app=app.quit)
    gui.controller.start()
    try:
        return app.exec()
    finally:
        gui.shutdown()
        del translators
