"""What every tab and dialog is built with: the current Workspace, the Worker, the dialogs.

There is no global application object: the composition root (vwdesk/app.py)
builds one UiContext and hands it down. It knows whether a workspace is open
and announces the changes:

* `opened`       — someone signed in; tabs may load (the main window calls refresh()).
* `locked`       — the workspace is being closed (lock or quit): drop personal data now.
* `data_changed` — an operation wrote something (argument: a free-form topic such as
  "clients"); the main window refreshes the visible tab and marks the others stale.
* `open_requested` — a tab asks to open a record elsewhere (`request_open(kind, id)`,
  kinds such as "client", "household", "dossier"); the main window shows the tab
  whose page lists that kind in `opens` and calls its `open_record(kind, id)`.
* `file_switch_requested` — a page asks to work in another data file (a restored
  backup): the session controller locks and shows the sign-in for that file.

`run()` is how a tab reads or writes: the operation gets the Workspace on the
worker thread; a result that arrives after the workspace was locked is dropped,
so a cleared tab never fills up again with a dead session's data.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Signal

from vwdesk.preferences import Preferences
from vwdesk.ui.dialogs import DialogService
from vwdesk.ui.worker import FailureHandler, Job, SuccessHandler, Worker

if TYPE_CHECKING:
    from vwdesk.domain.accounts import CurrentUser
    from vwdesk.services.workspace import Workspace


class NotSignedIn(RuntimeError):
    """A tab tried to use the workspace while the application is locked (a bug)."""


class UiContext(QObject):
    opened = Signal()
    locked = Signal()
    data_changed = Signal(str)
    open_requested = Signal(str, int)  # kind, id
    file_switch_requested = Signal(object)  # a Path

    def __init__(
        self,
        worker: Worker,
        dialogs: DialogService,
        preferences: Preferences,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.worker = worker
        self.dialogs = dialogs
        self.preferences = preferences
        self._workspace: Workspace | None = None
        self._generation = 0  # bumped on every open and lock

    # -- state ----------------------------------------------------------------------
    @property
    def workspace(self) -> Workspace | None:
        return self._workspace

    @property
    def user(self) -> CurrentUser | None:
        """The signed-in user (a frozen dataclass, safe to read on the UI thread)."""
        return self._workspace.user if self._workspace is not None else None

    def require_workspace(self) -> Workspace:
        if self._workspace is None:
            raise NotSignedIn("no workspace is open")
        return self._workspace

    def set_workspace(self, workspace: Workspace) -> None:
        """Called by the session controller after a successful sign-in."""
        if self._workspace is not None:
            self.close_workspace()
        self._workspace = workspace
        self._generation += 1
        self.opened.emit()

    def close_workspace(self) -> Job | None:
        """Forget the workspace now and close it on the worker, after the work already queued.

        Tabs are told (`locked`) before anything else happens, so personal data
        leaves the screen at once; the key is dropped when the close runs.
        """
        workspace = self._workspace
        if workspace is None:
            return None
        self._workspace = None
        self._generation += 1
        self.worker.cancel_all()
        self.locked.emit()
        return self.worker.run(workspace.close)

    # -- running operations ------------------------------------------------------------
    def run(
        self,
        op: Callable[[Workspace], Any],
        *,
        on_success: SuccessHandler | None = None,
        on_failure: FailureHandler | None = None,
        owner: QObject | None = None,
    ) -> Job:
        """Run `op(workspace)` on the worker; callbacks on the UI thread, unless locked since."""
        workspace = self.require_workspace()
        generation = self._generation

        def still_current() -> bool:
            return generation == self._generation

        def succeeded(result: Any) -> None:
            if still_current() and on_success is not None:
                on_success(result)

        def failed(exc: BaseException) -> None:
            if not still_current():
                return
            if on_failure is not None:
                on_failure(exc)
            else:
                self.worker.handle_failure(exc)

        return self.worker.run(
            lambda: op(workspace), on_success=succeeded, on_failure=failed, owner=owner
        )

    def notify_changed(self, topic: str = "") -> None:
        """Tell the other tabs that something was written (call it in on_success)."""
        self.data_changed.emit(topic)

    def request_open(self, kind: str, record_id: int) -> None:
        """Open a record in the tab that shows that kind (a line of the Overzicht, a link)."""
        self.open_requested.emit(kind, record_id)
