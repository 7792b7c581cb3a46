"""The encrypted file: create, open, damage matrix, second instance, key rotation."""

from __future__ import annotations

import hashlib
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import PASSWORD
from vwdesk.cli import main
from vwdesk.db.engine import APPLICATION_ID, connect
from vwdesk.domain.enums import Role
from vwdesk.domain.errors import (
    AuthenticationError,
    DamagedFile,
    FileError,
    FileLocked,
    NotAVwdeskFile,
    PathTaken,
)
from vwdesk.security.keyslots import KeyFile, keys_path_for
from vwdesk.services.workspace import Workspace


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_new_file_is_encrypted_and_marked(new_file: Path):
    raw = new_file.read_bytes()
    assert not raw.startswith(b"SQLite format 3")
    assert b"teamleider" not in raw
    key = KeyFile.load(keys_path_for(new_file)).unlock("teamleider", PASSWORD)
    conn = connect(new_file, key)
    try:
        assert conn.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
        assert conn.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL
    finally:
        conn.close()


def test_wrong_password(new_file: Path):
    before = digest(new_file)
    with pytest.raises(AuthenticationError):
        Workspace.open(new_file, "teamleider", "niet-het-wachtwoord")
    with pytest.raises(AuthenticationError):
        Workspace.open(new_file, "onbekend", PASSWORD)
    assert digest(new_file) == before


@pytest.mark.parametrize("existing", ["empty", "text", "data"])
def test_never_creates_over_an_existing_path(tmp_path: Path, existing: str):
    path = tmp_path / "x.vwdesk"
    content = {"empty": b"", "text": b"notes", "data": os.urandom(4096)}[existing]
    path.write_bytes(content)
    with pytest.raises(PathTaken):
        Workspace.create(path, "teamleider", PASSWORD)
    assert path.read_bytes() == content
    assert not keys_path_for(path).exists()


def _damage(path: Path, how: str) -> None:
    data = path.read_bytes()
    if how == "truncated":
        path.write_bytes(data[: len(data) // 2 + 100])
    elif how == "byte_flipped_header":
        path.write_bytes(data[:40] + bytes([data[40] ^ 0xFF]) + data[41:])
    elif how == "byte_flipped_late":
        i = len(data) - 2000
        path.write_bytes(data[:i] + bytes([data[i] ^ 0x01]) + data[i + 1 :])
    elif how == "random":
        path.write_bytes(os.urandom(len(data)))
    elif how == "zero_bytes":
        path.write_bytes(b"")
    elif how == "plain_sqlite":
        path.unlink()
        conn = sqlite3.connect(path)
        conn.execute("CREATE TABLE client (name TEXT)")
        conn.commit()
        conn.close()
    elif how == "keys_missing":
        keys_path_for(path).unlink()


DAMAGES = [
    "truncated",
    "byte_flipped_header",
    "byte_flipped_late",
    "random",
    "zero_bytes",
    "plain_sqlite",
    "keys_missing",
]


@pytest.mark.parametrize("how", DAMAGES)
def test_damage_matrix_check_exits_5_and_leaves_the_file(
    new_file: Path, how: str, monkeypatch, capsys
):
    _damage(new_file, how)
    before = digest(new_file)
    monkeypatch.setenv("VWDESK_PASSWORD", PASSWORD)
    code = main(["check", "--db", str(new_file), "--user", "teamleider"])
    err = capsys.readouterr().err.strip()
    assert code == 5, err
    assert len(err.splitlines()) == 1 and "Traceback" not in err
    assert digest(new_file) == before


@pytest.mark.parametrize("how", ["truncated", "byte_flipped_header", "random", "plain_sqlite"])
def test_damage_is_told_apart_from_a_wrong_password(new_file: Path, how: str):
    _damage(new_file, how)
    before = digest(new_file)
    with pytest.raises(FileError):
        Workspace.open(new_file, "teamleider", PASSWORD)
    assert digest(new_file) == before


def test_wrong_password_on_a_sound_file_is_exit_3(new_file: Path, monkeypatch, capsys):
    monkeypatch.setenv("VWDESK_PASSWORD", "verkeerd-wachtwoord")
    assert main(["check", "--db", str(new_file), "--user", "teamleider"]) == 3
    assert capsys.readouterr().err.strip() == "Wrong user name or password."


def test_check_of_a_sound_file(new_file: Path, monkeypatch, capsys):
    before = digest(new_file)
    monkeypatch.setenv("VWDESK_PASSWORD", PASSWORD)
    assert main(["check", "--db", str(new_file), "--user", "teamleider"]) == 0
    assert "audit trail: ok" in capsys.readouterr().out
    assert digest(new_file) == before


def test_a_second_instance_is_refused(workspace, new_file: Path):
    with pytest.raises(FileLocked):
        Workspace.open(new_file, "teamleider", PASSWORD)


def test_a_second_process_is_refused_with_one_sentence(workspace, new_file: Path):
    env = {**os.environ, "VWDESK_PASSWORD": PASSWORD}
    proc = subprocess.run(
        [sys.executable, "-m", "vwdesk", "check", "--db", str(new_file), "--user", "teamleider"],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert proc.returncode == 5
    assert "open in another vwdesk window" in proc.stderr
    assert "Traceback" not in proc.stderr


def test_lock_is_released_on_close(new_file: Path):
    Workspace.open(new_file, "teamleider", PASSWORD).close()
    Workspace.open(new_file, "teamleider", PASSWORD).close()


def test_disabling_a_user_rotates_the_key(workspace, new_file: Path, tmp_path: Path):
    workspace.accounts.add("vrijwilliger", "vrijwilliger-1", Role.VOLUNTEER)
    old_keys = keys_path_for(new_file).read_bytes()
    workspace.accounts.disable("vrijwilliger")
    workspace.close()
    # The disabled user is refused, the others still get in.
    with pytest.raises(AuthenticationError):
        Workspace.open(new_file, "vrijwilliger", "vrijwilliger-1")
    Workspace.open(new_file, "teamleider", PASSWORD).close()
    # An old copy of the key file no longer opens the rekeyed data file.
    keys_path_for(new_file).write_bytes(old_keys)
    with pytest.raises(DamagedFile):
        Workspace.open(new_file, "vrijwilliger", "vrijwilliger-1")


def test_interrupted_rotation_is_finished_on_next_open(workspace, new_file: Path):
    """Simulate a crash after the rekey, before the new key file was promoted."""
    from vwdesk.security.keyslots import pending_keys_path_for

    workspace.accounts.add("vrijwilliger", "vrijwilliger-1", Role.VOLUNTEER)
    df = workspace.datafile
    old_keys = keys_path_for(new_file).read_bytes()
    df.remove_slot_and_rotate("vrijwilliger")
    workspace.close()
    # Put the world back as a crash would have left it: new key file pending, old in place.
    pending_keys_path_for(new_file).write_bytes(keys_path_for(new_file).read_bytes())
    keys_path_for(new_file).write_bytes(old_keys)
    Workspace.open(new_file, "teamleider", PASSWORD).close()
    assert not pending_keys_path_for(new_file).exists()
    assert KeyFile.load(keys_path_for(new_file)).slot_for("vrijwilliger") is None


def test_recovery_key_opens_and_resets_a_password(tmp_path: Path):
    path = tmp_path / "r.vwdesk"
    ws, recovery = Workspace.create(path, "teamleider", PASSWORD)
    ws.close()
    ws = Workspace.open_with_recovery_key(path, recovery.lower().replace("-", " "))
    ws.accounts.reset_password("teamleider", "een-nieuw-wachtwoord")
    ws.close()
    Workspace.open(path, "teamleider", "een-nieuw-wachtwoord").close()
    with pytest.raises(AuthenticationError):
        Workspace.open_with_recovery_key(path, "AAAAA-BBBBB-CCCCC-DDDDD-EEEEE")


def test_foreign_key_file_is_refused(tmp_path: Path):
    a, b = tmp_path / "a.vwdesk", tmp_path / "b.vwdesk"
    for p in (a, b):
        Workspace.create(p, "teamleider", PASSWORD)[0].close()
    keys_path_for(a).write_bytes(keys_path_for(b).read_bytes())
    before = digest(a)
    with pytest.raises((NotAVwdeskFile, DamagedFile)):
        Workspace.open(a, "teamleider", PASSWORD)
    assert digest(a) == before


def test_failed_sign_ins_are_counted_slowed_and_audited(new_file: Path):
    from sqlalchemy import select

    from vwdesk.db.records import AuditEventRecord
    from vwdesk.security.throttle import SignInThrottle, attempts_path_for, delay_after

    assert [delay_after(n) for n in range(1, 7)] == [0, 0, 1, 2, 4, 8]
    assert delay_after(50) == 30
    for _ in range(2):
        with pytest.raises(AuthenticationError):
            Workspace.open(new_file, "teamleider", "fout-wachtwoord")
    assert SignInThrottle(new_file).failures() == 2
    assert "teamleider" not in attempts_path_for(new_file).read_text()
    waited = []
    assert SignInThrottle(new_file, sleep=waited.append).failed() == 1.0
    assert waited == [1.0]
    ws = Workspace.open(new_file, "teamleider", PASSWORD)
    try:
        with ws.reading() as s:
            failed = s.scalars(
                select(AuditEventRecord).where(AuditEventRecord.action == "sign_in.failed")
            ).one()
        assert failed.detail == '{"count":3}'
    finally:
        ws.close()
    assert not attempts_path_for(new_file).exists()


def test_every_connection_keeps_32_mib_of_pages(workspace):
    """The figures' working set fits, so pages are not decrypted again (bench/README.md)."""
    from vwdesk.db.engine import CACHE_SIZE

    with workspace.datafile.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA cache_size").scalar() == CACHE_SIZE == -32768
