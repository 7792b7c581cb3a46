"""Exporting the annual report: a file name from the DialogService, the work on the worker.

The PDF export reports its progress and stops when cancelled (the service
raises ExportCancelled and leaves no file); the JSON export is quick but
runs the same way. After a PDF the user may open it, through the
DialogService, so tests never start a PDF viewer.
"""

from __future__ import annotations

import io
import json
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal

from vwdesk.export.atomic_file import write_atomically
from vwdesk.export.report_model import ExportCancelled
from vwdesk.ui.progress import run_with_progress
from vwdesk.ui.tabs.report.report_data import suggested_name
from vwdesk.ui.widgets.file_exporter import FileExporter
from vwdesk.ui.worker import Cancelled, Job, Progress

if TYPE_CHECKING:
    from vwdesk.services.workspace import Workspace


def write_json(path: Path, data: dict) -> Path:
    """Write atomically, as the PDF builder does: a half-written file never has the name.
    As text, so line ends are the platform's."""

    def write(fh) -> None:
        text = io.TextIOWrapper(fh, encoding="utf-8")
        json.dump(data, text, ensure_ascii=False, indent=2)
        text.write("\n")
        text.flush()
        text.detach()  # the binary file stays open for write_atomically to sync

    return write_atomically(path, write)


def _with_suffix(path: Path, suffix: str) -> Path:
    return path if path.suffix.lower() == suffix else path.with_name(path.name + suffix)


class ReportExporter(FileExporter):
    """Runs one export at a time for the tab; `job` is the running one (tests wait on it)."""

    finished = Signal(str)  # the path written, "" when cancelled or failed

    # -- PDF -----------------------------------------------------------------------------
    def export_pdf(self, year: int, lang: str, municipality: str) -> Job | None:
        if self.busy:
            return None
        chosen = self._ctx.dialogs.choose_save_file(
            title=self.tr("Save the annual report as PDF"),
            name_filter=self.tr("PDF documents (*.pdf)"),
            suggested=self._suggest(suggested_name(municipality, year, "pdf", lang)),
            parent=self._parent,
        )
        if chosen is None:
            return None
        path = _with_suffix(chosen, ".pdf")
        ws = self._ctx.require_workspace()

        def op(progress: Progress) -> Path:
            try:
                return ws.report.export_pdf(
                    year,
                    path,
                    lang,
                    progress=lambda pct: progress.report(pct, 100),
                    cancelled=lambda: progress.cancelled,
                )
            except ExportCancelled:
                raise Cancelled from None

        return self._start(
            op,
            ws,
            title=self.tr("Annual report"),
            label=self.tr("Making the annual report of {year}…").format(year=year),
            done=self._pdf_written,
        )

    def _pdf_written(self, path: Path) -> None:
        open_it = self._ctx.dialogs.question(
            self.tr("The annual report has been saved as {name}. Open it now?").format(
                name=path.name
            ),
            title=self.tr("Annual report"),
            parent=self._parent,
        )
        if open_it:
            self._ctx.dialogs.open_file(path)

    # -- JSON ----------------------------------------------------------------------------
    def export_json(self, year: int, municipality: str) -> Job | None:
        if self.busy:
            return None
        chosen = self._ctx.dialogs.choose_save_file(
            title=self.tr("Save the figures as JSON"),
            name_filter=self.tr("JSON files (*.json)"),
            suggested=self._suggest(suggested_name(municipality, year, "json")),
            parent=self._parent,
        )
        if chosen is None:
            return None
        path = _with_suffix(chosen, ".json")
        ws = self._ctx.require_workspace()

        def op(progress: Progress) -> Path:
            progress.report(0, 2)
            data = ws.report.export_json(year)
            progress.check()  # the last moment to stop: nothing has been written yet
            progress.report(1, 2)
            return write_json(path, data)

        return self._start(
            op,
            ws,
            title=self.tr("Figures"),
            label=self.tr("Saving the figures of {year}…").format(year=year),
            done=None,
        )

    # -- both ----------------------------------------------------------------------------
    def _start(self, op, ws: Workspace, *, title: str, label: str, done) -> Job:
        def succeeded(path: Path) -> None:
            if self._ctx.workspace is not ws:  # locked meanwhile: say nothing
                return
            self.folder = path.parent
            self.finished.emit(str(path))
            if done is not None:
                done(path)

        def failed(exc: BaseException) -> None:
            self.finished.emit("")
            if self._ctx.workspace is not ws:
                return
            if isinstance(exc, OSError):
                self._ctx.dialogs.error(
                    self.tr(
                        "The file could not be written there. Choose another folder and try again."
                    ),
                    parent=self._parent,
                )
            else:
                self._ctx.worker.handle_failure(exc)

        self.job = run_with_progress(
            self._ctx.worker,
            parent=self._parent,
            title=title,
            label=label,
            op=op,
            on_success=succeeded,
            on_failure=failed,
            on_cancelled=lambda: self.finished.emit(""),
        )
        return self.job

    def cancel(self) -> None:
        if self.job is not None and not self.job.done:
            self.job.cancel()
