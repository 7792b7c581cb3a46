"""Automatic backups in generations, manual backups, and restoring from the window.

Built on BackupService (backup.py), which writes a verified `.vwbackup` under
a temporary name and renames it into place. On top of that:

* a folder of generations named `<file>-YYYY-MM-DD_HHMMSS.vwbackup` (the
  folder is a per-machine preference; by default `backups` next to the data
  file), made when the window closes or locks, at most once a calendar day;
* pruning to the newest N (team setting `backup_generations`, default 10), and
  only after the new generation was written and verified: an I/O error on the
  way (a full USB stick, a read-only folder) leaves every older backup as it
  was, and the error reaches the caller as BackupFailed;
* restoring verifies the backup and writes it to a new path only, audited in
  the file that is open.

A backup holds the data as it was: after anonymising, older generations still
hold the names until they are pruned (the Privacy page says so).
"""

from __future__ import annotations

import contextlib
import logging
import re
import shutil
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from vwdesk.domain.errors import VwdeskError
from vwdesk.domain.permissions import Permission
from vwdesk.services.backup import BackupInfo, read_backup, restore_backup

if TYPE_CHECKING:
    from vwdesk.services.workspace import Workspace

log = logging.getLogger(__name__)

SUFFIX = ".vwbackup"
DEFAULT_FOLDER_NAME = "backups"
DEFAULT_GENERATIONS = 10
_STAMP = "%Y-%m-%d_%H%M%S"
_NAME = re.compile(r"^(?P<stem>.+)-(?P<stamp>\d{4}-\d{2}-\d{2}_\d{6})\.vwbackup$")


class BackupFailed(VwdeskError):
    """Writing a backup failed (disk full, folder not writable); older backups are intact."""


@dataclass(frozen=True)
class Generation:
    path: Path
    made_at: datetime
    size: int


@dataclass(frozen=True)
class AutoBackupResult:
    made: BackupInfo | None  # None: not due (one was made today already)
    removed: tuple[Path, ...] = ()


@dataclass(frozen=True)
class BackupSummary:
    """What a chosen backup holds, read after its digests were checked."""

    path: Path
    created: datetime | None
    app_version: str
    rows: dict[str, int]


def default_folder(data_path: Path) -> Path:
    return Path(data_path).resolve().parent / DEFAULT_FOLDER_NAME


def generation_name(data_path: Path, at: datetime) -> str:
    return f"{Path(data_path).stem}-{at.strftime(_STAMP)}{SUFFIX}"


def generations(folder: Path, data_path: Path) -> list[Generation]:
    """This data file's automatic backups in `folder`, newest first."""
    stem = Path(data_path).stem
    found: list[Generation] = []
    try:
        entries = list(Path(folder).iterdir())
    except OSError:
        return []
    for path in entries:
        match = _NAME.match(path.name)
        if match is None or match["stem"] != stem or not path.is_file():
            continue
        made_at = datetime.strptime(match["stamp"], _STAMP)
        with contextlib.suppress(OSError):
            found.append(Generation(path, made_at, path.stat().st_size))
    return sorted(found, key=lambda g: g.made_at, reverse=True)


def is_due(folder: Path, data_path: Path, now: datetime) -> bool:
    """At most one automatic backup a calendar day."""
    newest = next(iter(generations(folder, data_path)), None)
    return newest is None or newest.made_at.date() < now.date()


def summarise(backup: Path) -> BackupSummary:
    """Check a backup's digests and say what it holds (no password needed)."""
    manifest = read_backup(backup)
    try:
        created = datetime.fromisoformat(manifest.get("created", ""))
    except ValueError:
        created = None
    return BackupSummary(
        Path(backup), created, str(manifest.get("app_version", "")), dict(manifest.get("rows", {}))
    )


class AutoBackupService:
    def __init__(self, ws: Workspace):
        self._ws = ws

    # -- where and how many ------------------------------------------------------------
    @property
    def data_path(self) -> Path:
        return Path(self._ws.datafile.path)

    def folder(self, chosen: Path | None = None) -> Path:
        """The chosen folder (a per-machine preference), or `backups` next to the file."""
        return Path(chosen) if chosen else default_folder(self.data_path)

    def keep(self) -> int:
        return max(1, int(self._ws.settings.get("backup_generations")))

    def generations(self, chosen: Path | None = None) -> list[Generation]:
        return generations(self.folder(chosen), self.data_path)

    def is_due(self, chosen: Path | None = None, now: datetime | None = None) -> bool:
        return is_due(self.folder(chosen), self.data_path, now or datetime.now())

    # -- making ------------------------------------------------------------------------
    def run(
        self, chosen: Path | None = None, *, now: datetime | None = None, force: bool = False
    ) -> AutoBackupResult:
        """Make today's generation if due (or when `force`), then prune to the newest N."""
        now = now or datetime.now()
        folder = self.folder(chosen)
        if not force and not is_due(folder, self.data_path, now):
            return AutoBackupResult(None)
        try:
            folder.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise BackupFailed(f"the backup folder cannot be made ({type(exc).__name__})") from None
        made = self.make(folder / generation_name(self.data_path, now))
        return AutoBackupResult(made, tuple(self.prune(folder, keep=self.keep(), newest=made.path)))

    def make(self, target: Path) -> BackupInfo:
        """One verified backup to `target` (a USB stick, say); BackupFailed on an I/O error."""
        try:
            return self._ws.backups.make(Path(target))
        except OSError as exc:
            log.warning("backup failed: %s", type(exc).__name__)
            raise BackupFailed(f"the backup could not be written ({type(exc).__name__})") from None

    def prune(self, folder: Path, *, keep: int, newest: Path) -> list[Path]:
        """Remove generations beyond the newest `keep`; never the one just made."""
        removed: list[Path] = []
        for old in generations(folder, self.data_path)[keep:]:
            if old.path == newest:
                continue
            try:
                old.path.unlink()
                removed.append(old.path)
            except OSError as exc:  # the new backup is fine; try again next time
                log.warning("could not remove an old backup: %s", type(exc).__name__)
        self._remove_leftovers(folder)
        return removed

    def _remove_leftovers(self, folder: Path) -> None:
        """Work files of a backup that was killed half-way (BackupService's own names)."""
        stem = self.data_path.stem
        for path in folder.glob(f".{stem}-*{SUFFIX}.*"):
            if path.name.endswith((".work", ".partial")):
                if path.is_dir():
                    shutil.rmtree(path, ignore_errors=True)
                else:
                    with contextlib.suppress(OSError):
                        path.unlink()

    # -- restoring ---------------------------------------------------------------------
    def restore(self, backup: Path, target: Path) -> BackupSummary:
        """Verify `backup` and write it to the new path `target`; audited in this file."""
        self._ws.require(Permission.BACKUP)
        summary = summarise(backup)
        try:
            restore_backup(backup, target)
        except OSError as exc:
            raise BackupFailed(f"the backup could not be restored ({type(exc).__name__})") from None
        with self._ws.unit() as s:
            self._ws.audit.record(
                s,
                self._ws.user.account_id,
                "backup.restore",
                detail={"created": summary.created.isoformat() if summary.created else ""},
            )
        return summary
