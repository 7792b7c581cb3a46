"""ONE background thread that runs every operation on the data file, in order.

Anki's CollectionOp pattern: the UI never waits on the database. A widget
submits a callable; the callable runs on the worker thread; its result (or
the exception it raised) comes back on the UI thread through a queued signal,
where the widget's `on_success` / `on_failure` run. Running everything on one
thread in submission order means two operations never touch the file at the
same time, and closing the workspace (lock, quit) simply queues behind
whatever is still running.

Long work (import, report, backup) takes a `Progress`: it reports how far it
is and looks at the cancel flag; see `run_with_progress` in progress.py for
the dialog that goes with it.
"""

from __future__ import annotations

import logging
import queue
import threading
from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QObject, QThread, Signal, Slot

log = logging.getLogger(__name__)

SuccessHandler = Callable[[Any], None]
FailureHandler = Callable[[BaseException], None]


class Cancelled(Exception):
    """Raised by an operation that saw its cancel flag; reported as a failure, never shown."""


class Progress(QObject):
    """Handed to a long operation on the worker thread; safe to use from there.

    `report()` emits `changed`, which Qt queues to the UI thread; `cancel()`
    is called on the UI thread and only sets a flag the operation looks at.
    """

    changed = Signal(int, int, str)  # done, total (0 = unknown), text

    def __init__(self) -> None:
        super().__init__()
        self._cancel = threading.Event()

    def report(self, done: int, total: int = 0, text: str = "") -> None:
        self.changed.emit(done, total, text)

    def cancel(self) -> None:
        self._cancel.set()

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def check(self) -> None:
        """Raise Cancelled when the user asked to stop; call it between steps."""
        if self._cancel.is_set():
            raise Cancelled


class Job(QObject):
    """One submitted operation. Its signals and callbacks fire on the UI thread."""

    succeeded = Signal(object)
    failed = Signal(object)
    finished = Signal()

    def __init__(
        self,
        call: Callable[[], Any],
        progress: Progress | None,
        on_success: SuccessHandler | None,
        on_failure: FailureHandler | None,
        owner: QObject | None,
    ) -> None:
        super().__init__()
        self._call = call
        self.progress = progress
        self._on_success = on_success
        self._on_failure = on_failure
        self._owner = owner
        self.done = False
        self.result: Any = None
        self.error: BaseException | None = None

    def cancel(self) -> None:
        """Ask a long operation to stop; plain operations run to the end."""
        if self.progress is not None:
            self.progress.cancel()

    def _owner_gone(self) -> bool:
        return self._owner is not None and not shiboken6.isValid(self._owner)


class _WorkerThread(QThread):
    """Takes jobs from a queue and runs them; `None` in the queue stops it."""

    job_done = Signal(object, bool, object)  # job, ok, result or exception

    def __init__(self, jobs: queue.SimpleQueue) -> None:
        super().__init__()
        self._jobs = jobs
        self.setObjectName("vwdesk-worker")

    def run(self) -> None:
        while True:
            job = self._jobs.get()
            if job is None:
                return
            try:
                result, ok = job._call(), True
            except Exception as exc:
                result, ok = exc, False
            # Emitted here, received by the Worker on the UI thread (queued connection).
            self.job_done.emit(job, ok, result)
            # A Job is a QObject of the UI thread (and its call may hold widgets or a
            # Progress): its last reference must be dropped there, where Worker._finish
            # keeps it, not here when the next get() rebinds `job` (that crashed at random).
            del job, result


class Worker(QObject):
    """The one background worker; build one in the composition root and share it."""

    busy_changed = Signal(bool)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._jobs: queue.SimpleQueue = queue.SimpleQueue()
        self._pending: list[Job] = []
        self._last_finished: Job | None = None
        self._failure_handler: FailureHandler | None = None
        self._thread = _WorkerThread(self._jobs)
        self._thread.job_done.connect(self._finish)
        self._thread.start()
        self._stopped = False

    def set_failure_handler(self, handler: FailureHandler | None) -> None:
        """What to do with a failure nobody handled (the app shows one sentence)."""
        self._failure_handler = handler

    def run(
        self,
        op: Callable[[], Any],
        *,
        on_success: SuccessHandler | None = None,
        on_failure: FailureHandler | None = None,
        owner: QObject | None = None,
    ) -> Job:
        """Run `op()` on the worker thread; callbacks run on the UI thread.

        `owner`: a widget whose deletion makes the callbacks moot (a closed
        dialog); they are then skipped instead of touching a dead widget.
        """
        return self._submit(op, None, on_success, on_failure, owner)

    def run_with_progress(
        self,
        op: Callable[[Progress], Any],
        *,
        on_success: SuccessHandler | None = None,
        on_failure: FailureHandler | None = None,
        owner: QObject | None = None,
        progress: Progress | None = None,
    ) -> Job:
        """Run `op(progress)`; the operation reports and may raise Cancelled."""
        progress = progress or Progress()
        return self._submit(lambda: op(progress), progress, on_success, on_failure, owner)

    def _submit(self, call, progress, on_success, on_failure, owner) -> Job:
        if self._stopped:
            raise RuntimeError("the worker has been shut down")
        job = Job(call, progress, on_success, on_failure, owner)
        self._pending.append(job)
        if len(self._pending) == 1:
            self.busy_changed.emit(True)
        self._jobs.put(job)
        return job

    @property
    def busy(self) -> bool:
        return bool(self._pending)

    def cancel_all(self) -> None:
        """Ask every queued or running long operation to stop (used when locking)."""
        for job in list(self._pending):
            job.cancel()

    @Slot(object, bool, object)
    def _finish(self, job: Job, ok: bool, payload: object) -> None:
        if job in self._pending:
            self._pending.remove(job)
        job.done = True
        try:
            if ok:
                job.result = payload
                job.succeeded.emit(payload)
                if job._on_success is not None and not job._owner_gone():
                    job._on_success(payload)
            else:
                assert isinstance(payload, BaseException)
                job.error = payload
                self._report_failure(job, payload)
        finally:
            job.finished.emit()
            # Held until the next job finishes: by then the worker thread has let go of it.
            self._last_finished = job
            if not self._pending:
                self.busy_changed.emit(False)

    def _report_failure(self, job: Job, exc: BaseException) -> None:
        log.debug("operation failed", exc_info=exc)
        job.failed.emit(exc)
        if job._owner_gone():
            return
        if job._on_failure is not None:
            job._on_failure(exc)
        else:
            self.handle_failure(exc)

    def handle_failure(self, exc: BaseException) -> None:
        """The default for failures nobody handled: the app's handler (one sentence)."""
        if isinstance(exc, Cancelled):
            return
        if self._failure_handler is not None:
            self._failure_handler(exc)
        else:
            log.error("unhandled failure in a background operation", exc_info=exc)

    def shutdown(self, timeout_ms: int = 30_000) -> None:
        """Let queued work finish (closing the file is queued last), then stop the thread."""
        if self._stopped:
            return
        self._stopped = True
        self._jobs.put(None)
        if not self._thread.wait(timeout_ms):
            log.error("the worker did not stop within %s ms", timeout_ms)
