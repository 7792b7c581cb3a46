"""A progress dialog for long work on the worker (import, report, backup) that can be cancelled.

    run_with_progress(
        ctx.worker, parent=self, title=self.tr("Import"), label=self.tr("Reading the file…"),
        op=lambda progress: ws.importer.run(path, progress=progress.report,
                                            should_stop=lambda: progress.cancelled),
        on_success=self._imported,
    )

The operation gets a `Progress`: `report(done, total, text)` and `cancelled`
(or `check()`, which raises Cancelled). Cancelling only asks; the operation
decides where it can stop safely. A cancelled job calls `on_cancelled` (if
given) instead of `on_failure`.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt, Slot
from PySide6.QtWidgets import QProgressDialog, QWidget

from vwdesk.ui.worker import Cancelled, FailureHandler, Job, Progress, SuccessHandler, Worker


class ProgressDialog(QProgressDialog):
    """Shows a Progress; its Cancel button sets the operation's cancel flag."""

    def __init__(self, progress: Progress, title: str, label: str, parent: QWidget | None):
        super().__init__(label, "", 0, 0, parent)
        self.setCancelButtonText(self.tr("Cancel"))
        self.setWindowTitle(title)
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.setMinimumDuration(300)
        self.setAutoClose(False)
        self.setAutoReset(False)
        self.setMinimumWidth(420)
        self._progress = progress
        progress.changed.connect(self.show_progress)
        self.canceled.connect(self._ask_to_stop)

    @Slot(int, int, str)
    def show_progress(self, done: int, total: int, text: str) -> None:
        self.setMaximum(max(total, 0))
        if total:
            self.setValue(min(done, total))
        if text:
            self.setLabelText(text)

    @Slot()
    def _ask_to_stop(self) -> None:
        self._progress.cancel()
        self.setLabelText(self.tr("Stopping…"))
        # Stay visible until the operation has actually stopped.
        self.show()


def run_with_progress(
    worker: Worker,
    *,
    parent: QWidget | None,
    title: str,
    label: str,
    op: Callable[[Progress], Any],
    on_success: SuccessHandler | None = None,
    on_failure: FailureHandler | None = None,
    on_cancelled: Callable[[], None] | None = None,
) -> Job:
    progress = Progress()
    dialog = ProgressDialog(progress, title, label, parent)

    def succeeded(result: Any) -> None:
        dialog.close()
        if on_success is not None:
            on_success(result)

    def failed(exc: BaseException) -> None:
        dialog.close()
        if isinstance(exc, Cancelled):
            if on_cancelled is not None:
                on_cancelled()
        elif on_failure is not None:
            on_failure(exc)
        else:
            worker.handle_failure(exc)

    job = worker.run_with_progress(
        op, on_success=succeeded, on_failure=failed, owner=parent, progress=progress
    )
    job.finished.connect(dialog.deleteLater)
    return job
