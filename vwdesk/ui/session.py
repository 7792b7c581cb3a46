"""The cycle of a session: sign in -> main window -> lock -> sign in again -> quit.

This controller holds the little logic the shell has, so the main window and
the login dialog only lay out, and the composition root only wires.

The main window is asked for when it is first needed (`window`): the sign-in
dialog shows without it, and the composition root has it made while the
person types (#11, start-up).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QObject
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication

from vwdesk.ui.context import UiContext
from vwdesk.ui.idle_lock import IdleLock, close_dialogs, open_dialogs
from vwdesk.ui.login_dialog import LoginDialog

if TYPE_CHECKING:
    from vwdesk.ui.auto_backup_runner import AutoBackupRunner
    from vwdesk.ui.main_window import MainWindow

log = logging.getLogger(__name__)

DEFAULT_SIZE = (1280, 800)


class SessionController(QObject):
    def __init__(
        self,
        ctx: UiContext,
        login: LoginDialog,
        make_window: Callable[[], MainWindow],
        quit_app: Callable[[], None],
        *,
        idle: IdleLock | None = None,
        backups: AutoBackupRunner | None = None,
    ) -> None:
        super().__init__()
        self.ctx = ctx
        self.login = login
        self._make_window = make_window
        self._window: MainWindow | None = None
        self._quit_app = quit_app
        self.idle = idle
        self.backups = backups
        self._window_placed = False
        self._quitting = False

        login.signed_in.connect(self._signed_in)
        login.rejected.connect(self.quit)
        ctx.file_switch_requested.connect(self.switch_file)
        if idle is not None:
            idle.lock_requested.connect(self.lock)

    @property
    def window(self) -> MainWindow:
        """The main window, made (and wired) the first time it is asked for."""
        if self._window is None:
            window = self._make_window()
            self._window = window
            self.ctx.dialogs.default_parent = window
            window.set_language(self.ctx.preferences.language)
            window.lock_requested.connect(self.lock)
            window.quit_requested.connect(self.quit)
            window.language_chosen.connect(self._language_chosen)
        return self._window

    @property
    def window_made(self) -> bool:
        return self._window is not None

    def start(self) -> None:
        self.login.reset()
        self.login.show()

    # -- the cycle ---------------------------------------------------------------------
    def _signed_in(self, workspace) -> None:
        log.info("signed in (account %d)", workspace.user.account_id)
        self.ctx.set_workspace(workspace)
        self._remember_file()
        self._place_window()
        self.window.show()
        self.window.raise_()
        self.window.activateWindow()
        self._arm_idle_lock()

    def _arm_idle_lock(self) -> None:
        if self.idle is None:
            return
        self.idle.watch(self.window)
        self.idle.watch_session(self.window)
        self.ctx.run(
            lambda ws: ws.settings.get("lock_minutes"), on_success=self.idle.start, owner=self
        )

    def lock(self) -> None:
        """Drop the key and every piece of personal data on screen; ask for a sign-in again.

        Every open dialog is closed first (what was typed in it is not kept); the
        day's backup, if due, is queued ahead of closing the file."""
        if self.idle is not None:
            self.idle.stop()
        user = self.ctx.user
        if user is not None:
            log.info("locked (account %d)", user.account_id)
        close_dialogs(keep=[self.login])
        if self.backups is not None:
            self.backups.before_lock()
        self.ctx.close_workspace()
        if self._window is not None:
            self._save_geometry()
            self._window.hide()
        self.login.reset(user.username if user else "")
        self.login.show()
        self.login.raise_()
        self.login.activateWindow()

    def quit(self) -> None:
        if self._quitting or not self._may_quit():
            return
        self._quitting = True
        if self.idle is not None:
            self.idle.stop()
        if self._window is not None and self._window.isVisible():
            self._save_geometry()
        close_dialogs(keep=[self.login])  # without their own questions: asked above
        if self._window is not None:
            self._window.hide()
        if self.backups is not None and self.ctx.workspace is not None:
            self.backups.before_quit(self._closed)
        else:
            self._closed()

    def _may_quit(self) -> bool:
        """Ask once when quitting would lose typed work: in an open form, or on a tab."""
        dialogs = open_dialogs(keep=[self.login])
        window = self._window if self._window is not None and self._window.isVisible() else None
        if not any(getattr(d, "has_unsaved", bool)() for d in dialogs) and not (
            window is not None and window.has_unsaved()
        ):
            return True
        modal = QApplication.activeModalWidget()
        return self.ctx.dialogs.question(
            self.tr("Quit without saving? What you typed and did not save is lost."),
            parent=modal if modal is not None and modal is not self.login else window,
        )

    def _closed(self) -> None:
        self.ctx.close_workspace()
        self._quit_app()

    def switch_file(self, path) -> None:
        """Lock, then offer the sign-in for another file (a restored backup)."""
        self.lock()
        self.login.set_file(path)

    # -- preferences -------------------------------------------------------------------
    def _language_chosen(self, code: str) -> None:
        if code == self.ctx.preferences.language:
            return
        self.ctx.preferences.language = code
        self._save_preferences()
        self.ctx.dialogs.info(
            self.tr("The new language is used from the next time you start vwdesk."),
            title=self.tr("Language"),
        )

    def _remember_file(self) -> None:
        if self.login.path is not None:
            self.ctx.preferences.last_file = self.login.path
            self._save_preferences()

    def _place_window(self) -> None:
        if self._window_placed:
            return
        self._window_placed = True
        saved = self.ctx.preferences.window_geometry
        if saved and self.window.restoreGeometry(QByteArray.fromBase64(saved.encode("ascii"))):
            return
        self.window.resize(*DEFAULT_SIZE)
        screen = QGuiApplication.primaryScreen()
        if screen is not None:
            frame = self.window.frameGeometry()
            frame.moveCenter(screen.availableGeometry().center())
            self.window.move(frame.topLeft())

    def _save_geometry(self) -> None:
        geometry = bytes(self.window.saveGeometry().toBase64().data()).decode("ascii")
        self.ctx.preferences.window_geometry = geometry
        self._save_preferences()

    def _save_preferences(self) -> None:
        try:
            self.ctx.preferences.save()
        except OSError as exc:  # a read-only profile must not stop the work
            log.warning("could not save preferences: %s", exc)
