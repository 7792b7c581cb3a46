"""The import wizard: choose a file, check it, confirm, import (stoppable), see what changed.

Every step that reads the file runs on the worker behind a progress dialog
that can be stopped: `ws.importer.inspect` for the check (writes nothing),
`ws.importer.run` for the import (all or nothing, one transaction: stopping
rolls it back). The service checks Permission.IMPORT and audits the import;
this widget only lays out, asks and shows. After an import the other tabs
are told (`ctx.notify_changed("import")`) so they reload.
"""

from __future__ import annotations

import threading
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QStandardPaths, Signal
from PySide6.QtWidgets import QStackedWidget, QVBoxLayout, QWidget

from vwdesk.domain.errors import InvalidInput
from vwdesk.services.importing import ImportCancelled, ImportPreview, ImportSummary
from vwdesk.ui.context import UiContext
from vwdesk.ui.errors import message_for
from vwdesk.ui.import_wizard.import_steps import CheckStep, ChooseStep, DoneStep, StepIndicator
from vwdesk.ui.import_wizard.import_texts import created_text, problem_count
from vwdesk.ui.progress import run_with_progress
from vwdesk.ui.worker import Cancelled, Job, Progress

if TYPE_CHECKING:
    from vwdesk.services.workspace import Workspace


class ImportWizard(QWidget):
    CHOOSE, CHECK, DONE = range(3)
    # Indicator steps: choose, check, import, done.
    imported = Signal(object)  # ImportSummary

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.path: Path | None = None
        self.preview: ImportPreview | None = None
        self.summary: ImportSummary | None = None
        self.job: Job | None = None
        self.folder: Path | None = None  # where the last file came from

        self.indicator = StepIndicator()
        self.choose = ChooseStep()
        self.check = CheckStep(ctx)
        self.done = DoneStep()
        self.steps = QStackedWidget()
        for step in (self.choose, self.check, self.done):
            self.steps.addWidget(step)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.indicator)
        layout.addWidget(self.steps, 1)

        self.choose.file_button.clicked.connect(self.choose_file)
        self.choose.folder_button.clicked.connect(self.choose_folder)
        self.choose.template_button.clicked.connect(self.save_template)
        self.check.other_button.clicked.connect(self.choose_file)
        self.check.again_button.clicked.connect(self.check_again)
        self.check.import_button.clicked.connect(self.confirm_import)
        self.done.again_button.clicked.connect(self.start_over)
        self.show_step(self.CHOOSE)

    # -- navigation ----------------------------------------------------------------------
    @property
    def step(self) -> int:
        return self.steps.currentIndex()

    def show_step(self, step: int) -> None:
        self.steps.setCurrentIndex(step)
        self.indicator.set_step({self.CHOOSE: 0, self.CHECK: 1, self.DONE: 3}[step])

    @property
    def busy(self) -> bool:
        return self.job is not None and not self.job.done

    def _start_folder(self) -> Path:
        if self.folder is None:
            docs = QStandardPaths.writableLocation(
                QStandardPaths.StandardLocation.DocumentsLocation
            )
            self.folder = Path(docs) if docs else Path.home()
        return self.folder

    # -- 1. choose -----------------------------------------------------------------------
    def choose_file(self) -> None:
        path = self.ctx.dialogs.choose_open_file(
            title=self.tr("Choose the file to import"),
            name_filter=self.tr(
                "Import files (*.xlsx *.zip *.csv);;Excel workbooks (*.xlsx);;"
                "Zip files of CSV files (*.zip);;CSV files (*.csv)"
            ),
            directory=self._start_folder(),
            parent=self,
        )
        if path is not None:
            self.inspect(path)

    def choose_folder(self) -> None:
        path = self.ctx.dialogs.choose_directory(
            title=self.tr("Choose the folder with the CSV files"),
            directory=self._start_folder(),
            parent=self,
        )
        if path is not None:
            self.inspect(path)

    def save_template(self) -> None:
        chosen = self.ctx.dialogs.choose_save_file(
            title=self.tr("Save the empty import template"),
            name_filter=self.tr("Excel workbook (*.xlsx)"),
            suggested=self._start_folder() / self.tr("vwdesk-import-template.xlsx"),
            parent=self,
        )
        if chosen is None:
            return
        path = chosen if chosen.suffix.lower() == ".xlsx" else chosen.with_suffix(".xlsx")

        def write() -> Path:
            from vwdesk.export.template import write_template

            write_template(path)
            return path

        self.ctx.worker.run(
            write,
            on_success=self._template_saved,
            on_failure=self._template_failed,
            owner=self,
        )

    def _template_saved(self, path: Path) -> None:
        self.folder = path.parent
        self.ctx.dialogs.info(
            self.tr(
                "The empty template has been saved as {name}. Fill it in, then choose it "
                "here to import it."
            ).format(name=path.name),
            parent=self,
        )

    def _template_failed(self, exc: BaseException) -> None:
        if isinstance(exc, OSError):
            text = self.tr(
                "The template could not be written there. Close it if it is open in Excel, "
                "or choose another folder, and try again."
            )
        else:
            text = message_for(exc)
        self.ctx.dialogs.error(text, parent=self)

    # -- 2. check ------------------------------------------------------------------------
    def inspect(self, path: Path) -> Job | None:
        """Check `path` on the worker; shows the counts and problems when done."""
        if self.busy:
            return None
        ws = self.ctx.require_workspace()
        self.path = path
        self.folder = path.parent

        def op(progress: Progress) -> ImportPreview:
            stop = threading.Event()  # stopping a check loses nothing: it writes nothing

            def report(done: int, total: int) -> None:
                progress.report(done, total)
                if progress.cancelled:
                    stop.set()

            try:
                return ws.importer.inspect(path, progress=report, cancel=stop)
            except ImportCancelled:
                raise Cancelled from None

        self.job = run_with_progress(
            self.ctx.worker,
            parent=self,
            title=self.tr("Import"),
            label=self.tr("Checking {name}…").format(name=path.name),
            op=op,
            on_success=lambda preview: self._inspected(ws, preview),
            on_failure=lambda exc: self._failed(ws, exc),
        )
        return self.job

    def check_again(self) -> None:
        if self.path is not None:
            self.inspect(self.path)

    def _inspected(self, ws: Workspace, preview: ImportPreview) -> None:
        if self.ctx.workspace is not ws:
            return
        self.preview = preview
        self._show_preview()

    def _show_preview(self) -> None:
        preview, c = self.preview, self.check
        assert preview is not None and self.path is not None
        c.file_label.setText(self.tr("File: {name}").format(name=self.path.name))
        c.counts.set_summary(preview.summary)
        c.created.setText(created_text(preview.summary.created))
        c.created.setVisible(bool(c.created.text()))
        c.problems.set_rows(preview.problems)
        c.problem_view.resizeRowsToContents()
        c.problem_box.setVisible(bool(preview.problems))
        if preview.problems:
            c.refusal.setText(
                self.tr(
                    "%n problem(s) found, so nothing will be saved. Correct them in the file "
                    "(the list says where), save it and check it again.",
                    "",
                    problem_count(preview.problems),
                )
            )
            c.verdict.setText(self.tr("What the rows without problems would do:"))
        elif not c.counts.rowCount():
            c.verdict.setText(self.tr("This file holds no rows to import."))
        elif not preview.summary.changed:
            c.verdict.setText(
                self.tr(
                    "Everything in this file is already in vwdesk: importing it changes nothing."
                )
            )
        else:
            c.verdict.setText(
                self.tr(
                    "The file is correct. Nothing has been saved yet; importing it will do this:"
                )
            )
        c.refusal.setVisible(bool(preview.problems))
        c.counts_view.setVisible(bool(c.counts.rowCount()))
        c.import_button.setEnabled(preview.ok and preview.summary.changed)
        self.show_step(self.CHECK)

    # -- 3. confirm, 4. import -----------------------------------------------------------
    def confirm_import(self) -> Job | None:
        preview, path = self.preview, self.path
        if self.busy or preview is None or path is None or not preview.ok:
            return None
        counts = preview.summary.tables.values()
        question = self.tr(
            "Import {name} now? {added} rows are added and {updated} changed. It is all or "
            "nothing: if you stop the import, nothing is saved."
        ).format(
            name=path.name,
            added=sum(c.added for c in counts),
            updated=sum(c.updated for c in counts),
        )
        if not self.ctx.dialogs.question(question, title=self.tr("Import"), parent=self):
            return None
        return self.run_import()

    def run_import(self) -> Job | None:
        path = self.path
        if self.busy or path is None:
            return None
        ws = self.ctx.require_workspace()

        def op(progress: Progress) -> tuple[ImportSummary, bool]:
            stop = threading.Event()

            def report(done: int, total: int) -> None:
                progress.report(done, total)
                if progress.cancelled:
                    stop.set()

            try:
                summary = ws.importer.run(path, progress=report, cancel=stop)
            except ImportCancelled:
                raise Cancelled from None
            # Asked to stop after the last moment the importer looked: it is saved anyway.
            return summary, progress.cancelled

        self.indicator.set_step(2)
        self.job = run_with_progress(
            self.ctx.worker,
            parent=self,
            title=self.tr("Import"),
            label=self.tr("Importing {name}… Stopping saves nothing.").format(name=path.name),
            op=op,
            on_success=lambda result: self._imported(ws, *result),
            on_failure=lambda exc: self._failed(ws, exc),
            on_cancelled=lambda: self._stopped(ws),
        )
        return self.job

    def _imported(self, ws: Workspace, summary: ImportSummary, late: bool) -> None:
        if self.ctx.workspace is not ws:
            return
        self.summary = summary
        d = self.done
        assert self.path is not None
        d.verdict.setText(self.tr("Done: {name} has been imported.").format(name=self.path.name))
        d.counts.set_summary(summary)
        d.created.setText(created_text(summary.created))
        d.created.setVisible(bool(d.created.text()))
        self.show_step(self.DONE)
        self.ctx.notify_changed("import")
        self.imported.emit(summary)
        if late:
            self.ctx.dialogs.info(
                self.tr("The import had already finished when you stopped it; it has been saved."),
                parent=self,
            )

    def _stopped(self, ws: Workspace) -> None:
        if self.ctx.workspace is not ws:
            return
        self.indicator.set_step(1)
        self.ctx.dialogs.info(self.tr("The import was stopped; nothing was saved."), parent=self)

    def _failed(self, ws: Workspace, exc: BaseException) -> None:
        if self.ctx.workspace is not ws:
            return
        if self.step == self.CHECK:
            self.indicator.set_step(1)
        if isinstance(exc, InvalidInput) and self.path is not None:
            # Found while importing (the file or the data changed since the check).
            summary = self.preview.summary if self.preview else ImportSummary({})
            self.preview = ImportPreview(summary, list(exc.problems))
            self._show_preview()
            return
        if isinstance(exc, OSError):
            text = self.tr(
                "The file cannot be read. Close it if it is open in Excel and try again."
            )
        else:
            text = message_for(exc)
        self.ctx.dialogs.error(text, parent=self)

    # -- again, lock ---------------------------------------------------------------------
    def start_over(self) -> None:
        self.clear()

    def clear(self) -> None:
        """Forget the file and what it holds (called on lock)."""
        self.path = None
        self.preview = None
        self.summary = None
        self.check.counts.set_summary(None)
        self.check.problems.set_rows([])
        self.check.file_label.clear()
        self.check.created.clear()
        self.done.counts.set_summary(None)
        self.done.verdict.clear()
        self.done.created.clear()
        self.show_step(self.CHOOSE)
