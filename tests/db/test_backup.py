"""Backups from a file in use, verified; restore only to a new path."""

from __future__ import annotations

import zipfile
from datetime import date
from pathlib import Path

import pytest

from tests.conftest import PASSWORD
from vwdesk.cli import main
from vwdesk.db.records import HouseholdRecord
from vwdesk.domain.errors import DamagedFile, PathTaken
from vwdesk.services.backup import restore_backup
from vwdesk.services.workspace import Workspace


def _add_household(ws, address: str) -> None:
    with ws.unit() as s:
        s.add(HouseholdRecord(housed_on=date(2017, 5, 1), address=address))


def test_backup_of_a_file_in_use_holds_the_newest_commit(workspace, tmp_path: Path):
    _add_household(workspace, "Laatste 1")  # sits in the WAL, not yet in the main file
    info = workspace.backups.make(tmp_path / "b.vwbackup")
    assert info.rows["household"] == 1
    restored = tmp_path / "terug.vwdesk"
    restore_backup(info.path, restored)
    ws = Workspace.open(restored, "teamleider", PASSWORD)
    try:
        with ws.reading() as s:
            assert s.query(HouseholdRecord).one().address == "Laatste 1"
        assert ws.integrity.check().ok
    finally:
        ws.close()


def test_backup_never_replaces_an_existing_file(workspace, tmp_path: Path):
    target = tmp_path / "b.vwbackup"
    target.write_bytes(b"oud")
    with pytest.raises(PathTaken):
        workspace.backups.make(target)
    assert target.read_bytes() == b"oud"
    assert sorted(p.name for p in tmp_path.iterdir()) == [
        "b.vwbackup",
        "team.vwdesk",
        "team.vwdesk-shm",
        "team.vwdesk-wal",
        "team.vwdesk.keys",
        "team.vwdesk.lock",
    ]


def test_restore_refuses_an_existing_target(workspace, new_file: Path, tmp_path: Path):
    info = workspace.backups.make(tmp_path / "b.vwbackup")
    before = new_file.read_bytes()
    with pytest.raises(PathTaken):
        restore_backup(info.path, new_file)
    assert new_file.read_bytes() == before


def test_restore_refuses_a_damaged_backup(workspace, tmp_path: Path):
    info = workspace.backups.make(tmp_path / "b.vwbackup")
    data = bytearray(info.path.read_bytes())
    data[len(data) // 2] ^= 0xFF
    damaged = tmp_path / "kapot.vwbackup"
    damaged.write_bytes(bytes(data))
    with pytest.raises(DamagedFile):
        restore_backup(damaged, tmp_path / "x.vwdesk")
    assert not (tmp_path / "x.vwdesk").exists()
    assert not (tmp_path / "x.vwdesk.keys").exists()


def test_backup_is_a_zip_of_encrypted_files(workspace, tmp_path: Path):
    _add_household(workspace, "Geheimstraat 7")
    info = workspace.backups.make(tmp_path / "b.vwbackup")
    with zipfile.ZipFile(info.path) as zf:
        assert sorted(zf.namelist()) == ["data.vwdesk", "data.vwdesk.keys", "manifest.json"]
        assert b"Geheimstraat" not in zf.read("data.vwdesk")


def test_cli_backup_and_restore(new_file: Path, tmp_path: Path, monkeypatch, capsys):
    monkeypatch.setenv("VWDESK_PASSWORD", PASSWORD)
    out = tmp_path / "usb" / "team.vwbackup"
    out.parent.mkdir()
    assert main(["backup", "--db", str(new_file), "--user", "teamleider", "--out", str(out)]) == 0
    assert main(["restore", "--backup", str(out), "--db", str(tmp_path / "r.vwdesk")]) == 0
    assert main(["check", "--db", str(tmp_path / "r.vwdesk"), "--user", "teamleider"]) == 0
    assert main(["restore", "--backup", str(out), "--db", str(tmp_path / "r.vwdesk")]) == 5
    assert main(["restore", "--backup", str(new_file), "--db", str(tmp_path / "s.vwdesk")]) == 5
