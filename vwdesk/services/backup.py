"""Encrypted backups: one `.vwbackup` file that opens with the same accounts.

A backup is a zip (stored, not compressed: the content is encrypted) holding
the data file exported with `sqlcipher_export` from a consistent snapshot
(never a copy of the live file: with WAL the newest pages are elsewhere), its
key file, and a manifest with row counts and SHA-256 digests. It is built and
verified under a temporary name in the target folder, then renamed into place,
so a failed or interrupted backup never replaces a good one.

Restoring needs no password: the digests prove the files are the ones that
were verified (cipher integrity, integrity, row counts) when the backup was
made. It writes to a new path only.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import shutil
import zipfile
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from vwdesk import __version__
from vwdesk.db import migrate
from vwdesk.db.datafile import remove_data_file
from vwdesk.domain.errors import DamagedFile, NotAVwdeskFile, PathTaken
from vwdesk.domain.permissions import Permission
from vwdesk.security.keyslots import KeyFile, keys_path_for

if TYPE_CHECKING:
    from vwdesk.services.workspace import Workspace

FORMAT = "vwdesk-backup"
DATA_NAME = "data.vwdesk"
KEYS_NAME = "data.vwdesk.keys"
MANIFEST_NAME = "manifest.json"
COUNTED_TABLES = ("household", "client", "volunteer", "contact", "reunification_dossier")


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    created: str
    schema: str
    rows: dict[str, int]
    size: int


def _sha256(path: Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


def _fsync(path: Path) -> None:
    with open(path, "rb") as fh:
        os.fsync(fh.fileno())


class BackupService:
    def __init__(self, ws: Workspace):
        self._ws = ws

    def make(self, target: Path) -> BackupInfo:
        """Write a verified backup to `target` (which must not exist yet)."""
        self._ws.require(Permission.BACKUP)
        target = Path(target)
        if target.exists():
            raise PathTaken(f"{target.name} exists already")
        work = target.with_name(f".{target.name}.work")
        partial = target.with_name(f".{target.name}.partial")
        shutil.rmtree(work, ignore_errors=True)
        work.mkdir()
        try:
            datafile = self._ws.datafile
            copy = work / DATA_NAME
            datafile.export_copy(copy)
            with self._ws.datafile.engine.connect() as conn:
                expected = {
                    t: conn.exec_driver_sql(f"SELECT count(*) FROM {t}").scalar_one()
                    for t in COUNTED_TABLES
                }
                schema = migrate.current_revision(conn)
            rows = self._verify_copy(copy, expected)
            created = datetime.now().isoformat(timespec="seconds")
            manifest = {
                "format": FORMAT,
                "version": 1,
                "created": created,
                "app_version": __version__,
                "schema": schema,
                "file_uuid": datafile.keys.file_uuid,
                "rows": rows,
                "sha256": {DATA_NAME: _sha256(copy), KEYS_NAME: _sha256(work / KEYS_NAME)},
            }
            with zipfile.ZipFile(partial, "w", compression=zipfile.ZIP_STORED) as zf:
                zf.writestr(MANIFEST_NAME, json.dumps(manifest, indent=1))
                zf.write(copy, DATA_NAME)
                zf.write(work / KEYS_NAME, KEYS_NAME)
            _fsync(partial)
            os.replace(partial, target)
        finally:
            shutil.rmtree(work, ignore_errors=True)
            with contextlib.suppress(FileNotFoundError):
                partial.unlink()
        with self._ws.unit() as s:
            self._ws.audit.record(s, self._ws.user.account_id, "backup", detail={"rows": rows})
        return BackupInfo(target, created, schema or "", rows, target.stat().st_size)

    def _verify_copy(self, copy: Path, expected: dict[str, int]) -> dict[str, int]:
        rows = self._ws.datafile.verify_copy(copy, COUNTED_TABLES)
        if rows != expected:
            raise DamagedFile("the backup copy does not hold every row")
        return rows


def read_backup(backup: Path) -> dict:
    """The manifest of a backup after checking its digests; FileError when it is not sound."""
    backup = Path(backup)
    if not backup.is_file():
        raise NotAVwdeskFile(f"{backup.name} does not exist")
    try:
        with zipfile.ZipFile(backup) as zf:
            manifest = json.loads(zf.read(MANIFEST_NAME))
            if manifest.get("format") != FORMAT:
                raise NotAVwdeskFile(f"{backup.name} is not a vwdesk backup")
            for name in (DATA_NAME, KEYS_NAME):
                h = hashlib.sha256()
                with zf.open(name) as fh:
                    for block in iter(lambda fh=fh: fh.read(1 << 20), b""):
                        h.update(block)
                if h.hexdigest() != manifest["sha256"][name]:
                    raise DamagedFile(f"{backup.name} is damaged ({name} differs)")
    except (zipfile.BadZipFile, KeyError, ValueError, OSError) as exc:
        raise DamagedFile(f"{backup.name} is damaged ({type(exc).__name__})") from None
    return manifest


def restore_backup(backup: Path, target: Path) -> dict:
    """Verify `backup`, then write it to the new path `target` (never over a file)."""
    target = Path(target)
    manifest = read_backup(backup)
    if target.exists() or keys_path_for(target).exists():
        raise PathTaken(f"{target.name} exists already; restore to a new name")
    partial = target.with_name(f".{target.name}.restoring")
    try:
        with zipfile.ZipFile(backup) as zf:
            with zf.open(DATA_NAME) as src, open(partial, "wb") as dst:
                shutil.copyfileobj(src, dst, 1 << 20)
            keys = zf.read(KEYS_NAME)
        _fsync(partial)
        if _sha256(partial) != manifest["sha256"][DATA_NAME]:
            raise DamagedFile("the restored file differs from the backup")
        keyfile_tmp = keys_path_for(target).with_name(keys_path_for(target).name + ".tmp")
        keyfile_tmp.write_bytes(keys)
        KeyFile.load(keyfile_tmp)  # parses: slots intact
        os.replace(keyfile_tmp, keys_path_for(target))
        os.replace(partial, target)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            partial.unlink()
        if not target.exists():
            remove_data_file(target)
        raise
    return manifest
