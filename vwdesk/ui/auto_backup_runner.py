"""The day's automatic backup, made just before the file is closed (quit or lock).

The backup needs the data key, so it runs while the workspace is still open,
on the worker, queued before the close (which then waits behind it):

* quitting waits for it behind a progress dialog and says so if it failed;
* locking does not wait: the screen is cleared at once, the backup and then
  the close run on the worker while the sign-in is already shown.

At most one automatic backup is made a calendar day (services/auto_backup.py).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from vwdesk.ui.context import UiContext

if TYPE_CHECKING:
    from vwdesk.services.workspace import Workspace

log = logging.getLogger(__name__)


class AutoBackupRunner(QObject):
    def __init__(self, ctx: UiContext, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.last_error: BaseException | None = None

    def _op(self, ws: Workspace):
        folder = self.ctx.preferences.backup_folder

        def op(progress=None):
            if progress is not None:
                progress.check()  # cancelled before it started; once begun it finishes
            return ws.auto_backup.run(folder)

        return op

    def before_lock(self) -> None:
        """Queue today's backup (if due) ahead of the close; nothing waits for it."""
        ws = self.ctx.workspace
        if ws is None:
            return
        self.ctx.worker.run(self._op(ws), on_failure=self._failed_quietly)

    def before_quit(self, then: Callable[[], None]) -> None:
        """Make today's backup (if due) with a progress dialog, then call `then`."""
        # Imported here: its `Qt` (PySide6 makes the namespace on first use, 30 ms)
        # is not needed before the sign-in dialog shows (#11).
        from vwdesk.ui.progress import run_with_progress

        ws = self.ctx.workspace
        if ws is None:
            then()
            return

        def failed(exc: BaseException) -> None:
            self._failed_quietly(exc)
            self.ctx.dialogs.warning(
                self.tr(
                    "The automatic backup could not be made; the older backups are unchanged. "
                    "Make one by hand next time (Administration > Backup)."
                )
            )
            then()

        run_with_progress(
            self.ctx.worker,
            parent=None,
            title=self.tr("Backup"),
            label=self.tr("Making the daily backup before closing…"),
            op=self._op(ws),
            on_success=lambda _result: then(),
            on_failure=failed,
            on_cancelled=then,
        )

    def _failed_quietly(self, exc: BaseException) -> None:
        self.last_error = exc
        log.warning("the automatic backup failed: %s", type(exc).__name__)
