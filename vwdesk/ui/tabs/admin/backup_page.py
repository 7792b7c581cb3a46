"""Beheer > Back-up: the automatic backups, a backup by hand (to a USB stick), restoring.

Automatic backups are made when vwdesk closes, at most one a day, into a
folder of this computer's choosing (a preference; by default `backups` next
to the data file); the team keeps the newest N (team setting). A backup by
hand goes where the user says. Restoring checks the backup first, writes it
to a new file (never over the one in use) and then offers to open it, which
means signing in again. Every step runs on the worker with a progress dialog.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from vwdesk.domain.permissions import Permission
from vwdesk.services.auto_backup import (
    SUFFIX,
    BackupFailed,
    BackupSummary,
    Generation,
    default_folder,
    generation_name,
    summarise,
)
from vwdesk.ui.context import UiContext
from vwdesk.ui.errors import message_for
from vwdesk.ui.progress import run_with_progress
from vwdesk.ui.tabs.sessions.tables import table
from vwdesk.ui.widgets.date_field import short_date
from vwdesk.ui.widgets.rows_table_model import RowsTableModel

TOPIC = "backups"


@dataclass(frozen=True)
class BackupScreen:
    data_path: Path
    folder: Path
    is_default: bool
    keep: int
    generations: list[Generation]


def load_backups(ws, chosen: Path | None) -> BackupScreen:
    service = ws.auto_backup
    folder = service.folder(chosen)
    return BackupScreen(
        data_path=service.data_path,
        folder=folder,
        is_default=folder == default_folder(service.data_path),
        keep=service.keep(),
        generations=service.generations(chosen),
    )


def when(moment) -> str:
    return f"{short_date(moment.date())} {moment:%H:%M}"


class GenerationTableModel(RowsTableModel[Generation]):
    MADE, SIZE = range(2)

    def headers(self) -> list[str]:
        return [self.tr("Made on"), self.tr("Size")]

    def display(self, row: Generation, column: int) -> str:
        if column == self.MADE:
            return when(row.made_at)
        return _size(row.size)

    def sort_key(self, row: Generation, column: int) -> Any:
        return row.made_at.isoformat() if column == self.MADE else row.size


def _size(size: int) -> str:
    return (
        f"{size / 1_000_000:.1f} MB".replace(".", ",") if size >= 100_000 else f"{size // 1000} kB"
    )


class BackupPage(QWidget):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.shown: BackupScreen | None = None

        intro = QLabel(
            self.tr(
                "vwdesk makes an encrypted backup when it closes or locks, at most one a day. "
                "Each backup is checked before it counts; the oldest are removed only after "
                "a new one was made. A backup opens with the accounts and passwords of its day."
            ),
            objectName="muted",
        )
        intro.setWordWrap(True)

        self.folder_label = QLabel()
        self.folder_label.setWordWrap(True)
        self.folder_button = QPushButton(self.tr("Other folder…"))
        self.folder_button.clicked.connect(self.choose_folder)
        self.default_button = QPushButton(self.tr("Default folder"))
        self.default_button.clicked.connect(self.use_default_folder)
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder_label, 1)
        folder_row.addWidget(self.folder_button)
        folder_row.addWidget(self.default_button)

        self.keep_box = QSpinBox()
        self.keep_box.setRange(1, 100)
        self.keep_box.setSuffix(self.tr(" backups"))
        self.keep_box.editingFinished.connect(self.save_keep)
        keep_row = QHBoxLayout()
        keep_row.addWidget(QLabel(self.tr("Keep the newest")))
        keep_row.addWidget(self.keep_box)
        keep_row.addStretch(1)

        self.model = GenerationTableModel(self)
        self.view, _ = table(self.model, GenerationTableModel.SIZE)
        self.view.sortByColumn(GenerationTableModel.MADE, Qt.SortOrder.DescendingOrder)

        self.status = QLabel(objectName="muted")
        self.status.setWordWrap(True)
        self.restore_button = QPushButton(self.tr("Restore a backup…"))
        self.restore_button.clicked.connect(self.restore)
        self.save_as_button = QPushButton(self.tr("Back up to…"))
        self.save_as_button.setToolTip(
            self.tr("A backup in a place of your choosing, such as a USB stick")
        )
        self.save_as_button.clicked.connect(self.back_up_to)
        self.now_button = QPushButton(self.tr("Back up now"), objectName="primary")
        self.now_button.clicked.connect(self.back_up_now)
        buttons = QHBoxLayout()
        buttons.addWidget(self.restore_button)
        buttons.addStretch(1)
        buttons.addWidget(self.save_as_button)
        buttons.addWidget(self.now_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(intro)
        layout.addLayout(folder_row)
        layout.addLayout(keep_row)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.status)
        layout.addLayout(buttons)

    # -- loading ---------------------------------------------------------------------------
    def refresh(self) -> None:
        user = self.ctx.user
        if user is None:
            return
        self.keep_box.setEnabled(user.can(Permission.EDIT_SETTINGS))
        chosen = self.ctx.preferences.backup_folder
        self.ctx.run(lambda ws: load_backups(ws, chosen), on_success=self.display, owner=self)

    def display(self, screen: BackupScreen) -> None:
        self.shown = screen
        where = (
            self.tr("Folder (next to the data file): {folder}")
            if screen.is_default
            else self.tr("Folder: {folder}")
        )
        self.folder_label.setText(where.format(folder=screen.folder))
        self.folder_label.setToolTip(str(screen.folder))
        self.default_button.setEnabled(not screen.is_default)
        self.keep_box.blockSignals(True)
        self.keep_box.setValue(screen.keep)
        self.keep_box.blockSignals(False)
        self.model.set_rows(screen.generations)
        if not self.status.text():
            self.status.setText(self._last_text(screen))

    def _last_text(self, screen: BackupScreen) -> str:
        if not screen.generations:
            return self.tr("There is no automatic backup in this folder yet.")
        newest = screen.generations[0]
        return self.tr("The newest automatic backup was made on {when}.").format(
            when=when(newest.made_at)
        )

    def clear(self) -> None:
        self.shown = None
        self.model.set_rows([])
        self.folder_label.clear()
        self.status.clear()

    # -- the folder and how many -----------------------------------------------------------
    def choose_folder(self) -> None:
        chosen = self.ctx.dialogs.choose_directory(
            title=self.tr("Folder for the automatic backups"),
            directory=self.shown.folder if self.shown else None,
            parent=self,
        )
        if chosen is not None:
            self._set_folder(chosen)

    def use_default_folder(self) -> None:
        self._set_folder(None)

    def _set_folder(self, folder: Path | None) -> None:
        self.ctx.preferences.backup_folder = folder
        try:
            self.ctx.preferences.save()
        except OSError:
            self.status.setText(self.tr("The choice could not be saved on this computer."))
            return
        self.status.clear()
        self.refresh()

    def save_keep(self) -> None:
        if self.shown is None or self.keep_box.value() == self.shown.keep:
            return
        keep = self.keep_box.value()
        self.ctx.run(
            lambda ws: ws.settings.set("backup_generations", keep),
            on_success=lambda _r: self._done(
                self.tr("Saved: the newest {n} are kept.").format(n=keep)
            ),
            on_failure=self._failed,
            owner=self,
        )

    # -- making ----------------------------------------------------------------------------
    def back_up_now(self) -> None:
        chosen = self.ctx.preferences.backup_folder
        self._with_progress(
            self.tr("Making a backup…"),
            lambda ws: ws.auto_backup.run(chosen, force=True).made,
            self._made,
        )

    def back_up_to(self) -> None:
        if self.shown is None:
            return
        suggested = self.shown.folder.parent / generation_name(self.shown.data_path, datetime.now())
        target = self.ctx.dialogs.choose_save_file(
            title=self.tr("Save a backup as"),
            name_filter=self.tr("vwdesk backups (*.vwbackup)"),
            suggested=suggested,
            parent=self,
        )
        if target is None:
            return
        if target.suffix != SUFFIX:
            target = target.with_name(target.name + SUFFIX)
        self._with_progress(
            self.tr("Making a backup…"), lambda ws: ws.auto_backup.make(target), self._made
        )

    def _made(self, info) -> None:
        self._done(
            self.tr("Backup written and checked: {path}").format(path=info.path)
            if info is not None
            else ""
        )

    # -- restoring -------------------------------------------------------------------------
    def restore(self) -> None:
        backup = self.ctx.dialogs.choose_open_file(
            title=self.tr("Choose a backup to restore"),
            name_filter=self.tr("vwdesk backups (*.vwbackup);;All files (*)"),
            directory=self.shown.folder if self.shown else None,
            parent=self,
        )
        if backup is None:
            return
        self.status.setText(self.tr("Checking the backup…"))
        self.ctx.run(
            lambda _ws: summarise(backup),
            on_success=self._checked,
            on_failure=self._failed,
            owner=self,
        )

    def _checked(self, summary: BackupSummary) -> None:
        self.status.clear()
        made = when(summary.created) if summary.created else self.tr("an unknown day")
        clients = summary.rows.get("client", 0)
        contacts = summary.rows.get("contact", 0)
        if not self.ctx.dialogs.question(
            self.tr(
                "The backup of {when} is sound: {clients} clients, {contacts} contacts. "
                "It is restored to a new file; the file you work in now is not changed. "
                "Choose where to put the restored file."
            ).format(when=made, clients=clients, contacts=contacts),
            title=self.tr("Restore a backup"),
            parent=self,
        ):
            return
        data_path = self.shown.data_path if self.shown else summary.path
        day = summary.created.date() if summary.created else date.today()
        suggested = data_path.with_name(f"{data_path.stem}-{day.isoformat()}.vwdesk")
        target = self.ctx.dialogs.choose_save_file(
            title=self.tr("Save the restored file as"),
            name_filter=self.tr("vwdesk files (*.vwdesk)"),
            suggested=suggested,
            parent=self,
        )
        if target is None:
            return
        if target.suffix != ".vwdesk":
            target = target.with_name(target.name + ".vwdesk")
        self._with_progress(
            self.tr("Restoring the backup…"),
            lambda ws: ws.auto_backup.restore(summary.path, target),
            lambda _summary: self._restored(target),
        )

    def _restored(self, target: Path) -> None:
        self._done(self.tr("Restored to {path}.").format(path=target))
        if self.ctx.dialogs.question(
            self.tr(
                "The backup was restored to {name}. Open it now? You sign in again, "
                "with the accounts and passwords of the day of the backup."
            ).format(name=target.name),
            title=self.tr("Restore a backup"),
            parent=self,
        ):
            self.ctx.file_switch_requested.emit(target)

    # -- helpers ---------------------------------------------------------------------------
    def _with_progress(self, label: str, op, done) -> None:
        workspace = self.ctx.require_workspace()
        run_with_progress(
            self.ctx.worker,
            parent=self,
            title=self.tr("Backup"),
            label=label,
            op=lambda progress: (progress.check(), op(workspace))[1],
            on_success=done,
            on_failure=self._failed,
            on_cancelled=lambda: self.status.setText(self.tr("Stopped; nothing was written.")),
        )

    def _done(self, text: str) -> None:
        self.status.setText(text)
        self.ctx.notify_changed(TOPIC)
        self.refresh()

    def _failed(self, exc: BaseException) -> None:
        self.status.setText(backup_failure(exc))


def backup_failure(exc: BaseException) -> str:
    if isinstance(exc, BackupFailed):
        return QCoreApplication.translate(
            "BackupPage",
            "The backup could not be written. Is the folder or the USB stick writable, and is "
            "there room? The older backups are unchanged.",
        )
    return message_for(exc)
