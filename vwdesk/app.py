"""Composition root: builds the Qt application and its objects, wires them; no logic.

`build()` is also what the UI tests and tools/screenshots.py use, so they
exercise the same wiring as the real application.

Start-up (#11): `vwdesk gui` imports Qt, the sign-in dialog and the preferences,
and shows the dialog. Once it has painted, the storage side (SQLAlchemy, the
records, the services) loads on the worker (ui/preload.py), then the main window
is made and its first tab's page built (each tab's module loads with its page,
ui/tabs TabClass): all while the person types a user name and password.
"""

from __future__ import annotations

import logging
import sys
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer, QTranslator
from PySide6.QtWidgets import QApplication

from vwdesk.logs import configure_logging
from vwdesk.preferences import Preferences
from vwdesk.ui import icons, main_thread_gc, theme
from vwdesk.ui.auto_backup_runner import AutoBackupRunner
from vwdesk.ui.context import UiContext
from vwdesk.ui.dialogs import DialogService
from vwdesk.ui.errors import message_for
from vwdesk.ui.i18n import install_translators
from vwdesk.ui.idle_lock import IdleLock
from vwdesk.ui.login_dialog import LoginDialog, Opener
from vwdesk.ui.module_sources import forget_module_sources
from vwdesk.ui.preload import Preload, after_first_paint
from vwdesk.ui.session import SessionController
from vwdesk.ui.worker import Worker

if TYPE_CHECKING:
    from vwdesk.services.workspace import Workspace
    from vwdesk.ui.main_window import MainWindow
    from vwdesk.ui.tabs import TabSpec


@dataclass
class Gui:
    ctx: UiContext
    login: LoginDialog
    controller: SessionController
    preload: Preload | None = None

    @property
    def window(self) -> MainWindow:
        """The main window (made now if it was not yet: session.py)."""
        return self.controller.window

    def shutdown(self) -> None:
        """Close the workspace (if still open) and let the worker finish."""
        if self.controller.idle is not None:
            self.controller.idle.close()
        self.ctx.close_workspace()
        self.ctx.worker.shutdown()


def configure_application(app: QApplication) -> None:
    forget_module_sources()  # else PySide6 keeps the source of every later module
    main_thread_gc.install(app)  # cycles freed on the UI thread, never on the worker
    # No setApplicationVersion: nothing reads it, and the number costs importlib.metadata
    # (30-50 ms) before the sign-in dialog; the About dialog looks it up when it opens.
    app.setApplicationName("vwdesk")
    app.setOrganizationName("vwdesk")
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
    opener: Opener | None = None,
    specs: Iterable[TabSpec] | None = None,
    preload: Preload | None = None,
) -> Gui:
    """The application's objects, wired; the sign-in dialog is shown by `controller.start()`.

    Without `preload` the main window is made here and its first tab's page is
    built as soon as the event loop runs. With it (run_gui) neither is made
    before the dialog has painted: then the storage side loads on the worker,
    and after it the window and the page are made on this thread.
    """
    worker = Worker()
    dialogs = dialogs or DialogService()
    worker.set_failure_handler(lambda exc: dialogs.error(message_for(exc)))
    ctx = UiContext(worker, dialogs, preferences)
    opener = opener or open_workspace
    if preload is not None:
        opener = _after(preload, opener)
    login = LoginDialog(ctx, opener, db_path or _existing(preferences.last_file))

    def make_window() -> MainWindow:
        from vwdesk.ui.main_window import MainWindow
        from vwdesk.ui.tabs import tab_specs

        return MainWindow(ctx, tab_specs() if specs is None else specs)

    idle = IdleLock(QApplication.instance())
    backups = AutoBackupRunner(ctx)
    controller = SessionController(ctx, login, make_window, quit_app, idle=idle, backups=backups)
    if preload is None:
        window = controller.window
        QTimer.singleShot(0, window, window.build_current)  # while the login waits
    else:

        def ready(_result: object) -> None:
            if preload.error is None:  # else the sign-in raises it: nothing to build for
                controller.window.build_current()

        # The worker's first job; the UI thread imports no storage module while it runs.
        after_first_paint(login, lambda: worker.run(preload.run, on_success=ready, owner=login))
    return Gui(ctx, login, controller, preload)


def open_workspace(path: Path, username: str, password: str) -> Workspace:
    """The sign-in (on the worker): Workspace.open, imported only now."""
    from vwdesk.services.workspace import Workspace

    return Workspace.open(path, username, password)


def _after(preload: Preload, opener: Opener) -> Opener:
    def open_when_loaded(path: Path, username: str, password: str) -> Workspace:
        preload.check()  # already done (the worker's first job), or raises its error
        return opener(path, username, password)

    return open_when_loaded


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
    gui = build(preferences, db_path, quit_app=app.quit, preload=Preload())
    gui.controller.start()
    try:
        return app.exec()
    finally:
        gui.shutdown()
        del translators
