"""Creating, unlocking and closing one encrypted data file.

This module joins the key slots (security) to the SQLCipher engine (db). It
is the only place that holds the data key, and it promises:

* a wrong password is told apart from a damaged or foreign file
  (AuthenticationError vs FileError);
* it never creates or opens a database over a path that is not a vwdesk
  file (SQLCipher would silently treat a 0-byte file as a new database);
* a file that fails to open is left byte-identical;
* a second running instance on the same file is refused (InstanceLock);
* a file written by an older version is upgraded after a backup copy.
"""

from __future__ import annotations

import contextlib
import logging
import os
import sqlite3
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

import sqlcipher3
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.kdf.hkdf import HKDF
from sqlalchemy import Engine, text

from vwdesk.db import migrate
from vwdesk.db.engine import APPLICATION_ID, PLAIN_SQLITE_HEADER, connect, initialise, make_engine
from vwdesk.db.lock import InstanceLock, lock_path_for
from vwdesk.domain.errors import (
    AuthenticationError,
    DamagedFile,
    NotAVwdeskFile,
    PathTaken,
    StorageFull,
)
from vwdesk.security.kdf import KdfParams
from vwdesk.security.keyslots import (
    RECOVERY_SLOT,
    KeyFile,
    keys_path_for,
    new_data_key,
    new_recovery_key,
    normalise_recovery_key,
    pending_keys_path_for,
)

log = logging.getLogger(__name__)

SIDE_SUFFIXES = ("-wal", "-shm", "-journal")


class NewerFileError(DamagedFile):
    """Written by a newer vwdesk; opening it here could lose data."""


@dataclass(frozen=True)
class Created:
    datafile: DataFile
    recovery_key: str


def _side_files(path: Path) -> list[Path]:
    return [path.with_name(path.name + s) for s in SIDE_SUFFIXES]


def _wipe(buffer: bytearray) -> None:
    for i in range(len(buffer)):
        buffer[i] = 0


def sqlcipher_error_is_damage(exc: Exception) -> bool:
    return isinstance(exc, sqlcipher3.DatabaseError | sqlite3.DatabaseError)


class DataFile:
    """An unlocked data file: the engine, the key slots and the instance lock."""

    def __init__(
        self,
        path: Path,
        keys: KeyFile,
        key: bytearray,
        lock: InstanceLock,
        *,
        read_only: bool = False,
    ):
        self.path = path
        self.keys = keys
        self._key = key
        self._lock = lock
        self.read_only = read_only
        self.engine: Engine | None = make_engine(path, key, read_only=read_only)

    # -- creation ------------------------------------------------------------------
    @classmethod
    def create(
        cls,
        path: Path,
        username: str,
        password: str,
        *,
        params: KdfParams | None = None,
        seed=None,
    ) -> Created:
        """A new file with its first team-leader slot and a recovery slot.

        `seed(connection)` runs inside the creating transaction to add the
        first account and shipped defaults (the services layer provides it).
        """
        path = Path(path)
        keys_path = keys_path_for(path)
        for taken in (path, keys_path, *_side_files(path)):
            if taken.exists():
                raise PathTaken(f"{taken.name} exists already")
        if not path.parent.is_dir():
            raise PathTaken(f"the folder {path.parent} does not exist")
        lock = InstanceLock(path)
        lock.acquire()
        building = path.with_name(path.name + ".creating")
        try:
            key = new_data_key()
            keys = KeyFile.new()
            keys.add_slot(username, password, key, params=params)
            recovery = new_recovery_key()
            keys.add_slot(RECOVERY_SLOT, recovery, key, kind="recovery", params=params)
            _build_database(building, key, keys.file_uuid, seed)
            keys.save(keys_path)
            os.replace(building, path)
        except BaseException:
            for leftover in (building, *_side_files(building)):
                with contextlib.suppress(FileNotFoundError):
                    leftover.unlink()
            lock.release()
            raise
        return Created(cls(path, keys, key, lock), recovery)

    # -- opening -------------------------------------------------------------------
    @classmethod
    def open(
        cls,
        path: Path,
        username: str,
        secret: str,
        *,
        recovery: bool = False,
        read_only: bool = False,
    ) -> DataFile:
        """Unlock with a user's password, or with the recovery key when `recovery`.

        `read_only` opens without upgrading or writing anything (for `check`).
        """
        path = Path(path)
        keys = _precheck(path)
        lock = InstanceLock(path)
        lock.acquire()
        try:
            name = RECOVERY_SLOT if recovery else username
            key = _unlock(keys, username, secret, recovery)
            keys, key = _settle_rotation(path, keys, key, name, secret)
            _verify_readable(path, key, keys.file_uuid)
            datafile = cls(path, keys, key, lock, read_only=read_only)
            if not read_only:
                datafile._upgrade_if_needed()
            return datafile
        except BaseException:
            lock.release()
            raise

    def _upgrade_if_needed(self) -> None:
        with self.engine.connect() as conn:
            current = migrate.current_revision(conn)
        head = migrate.head_revision()
        if current == head:
            return
        if current is not None and current not in migrate.known_revisions():
            self.close()
            raise NewerFileError("the file was made by a newer version of vwdesk")
        stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
        backup = self.path.with_name(f"{self.path.name}.before-upgrade-{stamp}")
        self.export_copy(backup)
        log.info("upgrading the schema from %s to %s (backup made)", current, head)
        with self.engine.begin() as conn:
            migrate.upgrade(conn)

    # -- operations that need the key ---------------------------------------------
    def export_copy(self, target: Path) -> None:
        """A consistent encrypted copy (same key) plus its key file, via sqlcipher_export."""
        target = Path(target)
        if target.exists():
            raise PathTaken(f"{target.name} exists already")
        with self.engine.connect() as conn:
            raw = conn.connection.driver_connection
            raw.execute(
                f"ATTACH DATABASE ? AS copy KEY \"x'{bytes(self._key).hex()}'\"", (str(target),)
            )
            try:
                raw.execute("SELECT sqlcipher_export('copy')")
                raw.execute(f"PRAGMA copy.application_id = {APPLICATION_ID}")
            finally:
                raw.execute("DETACH DATABASE copy")
        self.keys.save(keys_path_for(target))

    def verify_copy(self, copy: Path, tables: tuple[str, ...]) -> dict[str, int]:
        """Open a copy made by export_copy with this file's key and check it whole.

        Returns the row counts of `tables`; DamagedFile when any check fails.
        """
        conn = connect(copy, self._key)
        try:
            if conn.execute("PRAGMA cipher_integrity_check").fetchall():
                raise DamagedFile("the copy failed its cipher integrity check")
            if conn.execute("PRAGMA integrity_check").fetchone()[0] != "ok":
                raise DamagedFile("the copy failed its integrity check")
            return {t: conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in tables}
        except (sqlcipher3.DatabaseError, sqlite3.DatabaseError) as exc:
            raise DamagedFile(f"the copy cannot be read ({exc})") from None
        finally:
            conn.close()

    def audit_key(self) -> bytes:
        """The audit chain's HMAC key, kept inside the encrypted file.

        It is derived from the first data key when the file is made and then
        stored, so that rotating the data key does not break the chain.
        """
        with self.engine.connect() as conn:
            row = conn.execute(text("SELECT value FROM setting WHERE key = 'audit_key'")).first()
        if row is None:
            raise DamagedFile("the file has no audit key")
        return bytes.fromhex(row[0])

    def add_slot(self, username: str, password: str, params: KdfParams | None = None) -> None:
        self.keys.add_slot(username, password, self._key, params=params)
        self.keys.save(keys_path_for(self.path))

    def reset_slot(self, username: str, password: str) -> None:
        self.keys.reset_secret(username, password, self._key)
        self.keys.save(keys_path_for(self.path))

    def change_password(self, username: str, old: str, new: str) -> None:
        self.keys.change_secret(username, old, new)
        self.keys.save(keys_path_for(self.path))

    def new_recovery_key(self) -> str:
        """Replace the recovery slot; the old recovery key stops working."""
        recovery = new_recovery_key()
        self.keys.remove_slot(RECOVERY_SLOT)
        self.keys.add_slot(RECOVERY_SLOT, recovery, self._key, kind="recovery")
        self.keys.save(keys_path_for(self.path))
        return recovery

    def remove_slot_and_rotate(self, username: str) -> None:
        """Drop a user's slot and rotate the data key, so an old key file no longer opens.

        Order matters for crash safety: the new key file is written aside first,
        then the database is rekeyed, then the new key file is promoted. A crash
        in between is finished on the next open (_promote_pending).
        """
        new_key = new_data_key()
        pending = KeyFile(file_uuid=self.keys.file_uuid, slots=list(self.keys.slots))
        pending.remove_slot(username)
        pending.reseal_all(new_key)
        pending.save(pending_keys_path_for(self.path))
        self.engine.dispose()
        conn = connect(self.path, self._key)
        try:
            conn.execute(f"PRAGMA rekey = \"x'{bytes(new_key).hex()}'\"")
        finally:
            conn.close()
        os.replace(pending_keys_path_for(self.path), keys_path_for(self.path))
        _wipe(self._key)
        self._key = new_key
        self.keys = pending
        self.engine = make_engine(self.path, new_key)

    # -- closing -------------------------------------------------------------------
    @property
    def is_open(self) -> bool:
        return self.engine is not None

    def close(self) -> None:
        """Dispose the engine, drop the key from memory and release the lock."""
        if self.engine is not None:
            if not self.read_only:
                with contextlib.suppress(Exception), self.engine.connect() as conn:
                    conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
            self.engine.dispose()
            self.engine = None
        _wipe(self._key)
        self._lock.release()

    def __enter__(self) -> DataFile:
        return self

    def __exit__(self, *exc) -> None:
        self.close()


# -- helpers ------------------------------------------------------------------------
def _build_database(path: Path, key: bytearray, file_uuid: str, seed) -> None:
    conn = connect(path, key)
    try:
        initialise(conn)
    finally:
        conn.close()
    engine = make_engine(path, key)
    try:
        with engine.begin() as sa_conn:
            migrate.upgrade(sa_conn)
            sa_conn.execute(
                text(
                    "INSERT INTO setting (key, value) VALUES ('file_uuid', :u), ('audit_key', :a)"
                ),
                {"u": file_uuid, "a": _derive_audit_key(key).hex()},
            )
            if seed is not None:
                seed(sa_conn)
        with engine.connect() as sa_conn:
            sa_conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        engine.dispose()


def _derive_audit_key(key: bytearray) -> bytes:
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=None, info=b"vwdesk audit").derive(
        bytes(key)
    )


def _precheck(path: Path) -> KeyFile:
    """Everything that can be said about the file before any key is tried."""
    if not path.exists():
        raise NotAVwdeskFile(f"{path.name} does not exist")
    if not path.is_file():
        raise NotAVwdeskFile(f"{path.name} is not a file")
    size = path.stat().st_size
    if size == 0:
        raise NotAVwdeskFile(f"{path.name} is empty")
    with open(path, "rb") as fh:
        head = fh.read(16)
    if head == PLAIN_SQLITE_HEADER:
        raise NotAVwdeskFile(f"{path.name} is an unencrypted SQLite file")
    if size < 1024 or size % 512:
        raise DamagedFile(f"{path.name} is truncated or damaged")
    return KeyFile.load(keys_path_for(path))


def _unlock(keys: KeyFile, username: str, secret: str, recovery: bool) -> bytearray:
    if recovery:
        return keys.unlock(RECOVERY_SLOT, normalise_recovery_key(secret))
    if username == RECOVERY_SLOT:
        raise AuthenticationError("wrong user name or password")
    return keys.unlock(username, secret)


def _settle_rotation(
    path: Path, keys: KeyFile, key: bytearray, name: str, secret: str
) -> tuple[KeyFile, bytearray]:
    """Finish or forget a key rotation that a crash interrupted.

    If the database still opens with the current key file's key, the rekey never
    happened and the pending file is dropped. Otherwise the rekey did happen and
    the pending key file (which must open the database) is promoted.
    """
    pending_path = pending_keys_path_for(path)
    if not pending_path.exists():
        return keys, key
    try:
        _verify_readable(path, key, keys.file_uuid)
    except DamagedFile:
        pending = KeyFile.load(pending_path)
        if name == RECOVERY_SLOT:
            secret = normalise_recovery_key(secret)
        new_key = pending.unlock(name, secret)
        _verify_readable(path, new_key, pending.file_uuid)
        os.replace(pending_path, keys_path_for(path))
        log.info("finished an interrupted key rotation")
        return pending, new_key
    pending_path.unlink()
    return keys, key


def _verify_readable(path: Path, key: bytearray, file_uuid: str) -> None:
    """Read the header, schema and our marks without writing anything.

    On failure every side file this attempt created is removed again, so the
    file and its folder are left exactly as they were.
    """
    existed = {p for p in _side_files(path) if p.exists()}
    before = path.stat().st_mtime_ns, path.stat().st_size
    try:
        conn = connect(path, key)
        try:
            app_id = conn.execute("PRAGMA application_id").fetchone()[0]
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
            stored = None
            if app_id == APPLICATION_ID:
                row = conn.execute("SELECT value FROM setting WHERE key = 'file_uuid'").fetchone()
                stored = row[0] if row else None
        finally:
            conn.close()
    except (sqlcipher3.DatabaseError, sqlite3.DatabaseError) as exc:
        _remove_new_side_files(path, existed)
        raise DamagedFile(f"{path.name} cannot be read: {exc}") from None
    if app_id != APPLICATION_ID or stored != file_uuid:
        _remove_new_side_files(path, existed)
        raise NotAVwdeskFile(f"{path.name} does not belong to this key file")
    after = path.stat().st_mtime_ns, path.stat().st_size
    if before != after:  # pragma: no cover - would be a SQLCipher surprise
        log.warning("the data file changed while it was only read")


def _remove_new_side_files(path: Path, existed: set[Path]) -> None:
    for side in _side_files(path):
        if side not in existed:
            with contextlib.suppress(FileNotFoundError):
                side.unlink()


def as_file_error(exc: BaseException) -> DamagedFile | StorageFull | None:
    """A database error met after opening (a damaged page, a full disk) as a typed error."""
    orig = getattr(exc, "orig", exc)
    if getattr(orig, "sqlite_errorname", "") == "SQLITE_FULL":
        return StorageFull("the disk is full; nothing of the last change was saved")
    if isinstance(orig, sqlcipher3.DatabaseError | sqlite3.DatabaseError) and not isinstance(
        orig, sqlcipher3.OperationalError | sqlite3.OperationalError | sqlcipher3.IntegrityError
    ):
        return DamagedFile(f"the file cannot be read ({orig})")
    return None


def remove_data_file(path: Path) -> None:
    """Delete a data file with its key file and side files (tests and restore use it)."""
    for p in (path, keys_path_for(path), lock_path_for(path), *_side_files(path)):
        with contextlib.suppress(FileNotFoundError):
            p.unlink()
