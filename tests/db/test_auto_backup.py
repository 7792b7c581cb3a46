"""Automatic backups in generations, on real files: made at most daily, pruned only after a
verified new one, untouched by an I/O error; restoring the demo gives the same figures."""

from __future__ import annotations

import hashlib
import os
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import select

from tests.conftest import DEMO_PASSWORD, PASSWORD
from vwdesk.db.records import AuditEventRecord
from vwdesk.domain.errors import DamagedFile, PathTaken
from vwdesk.services.auto_backup import (
    BackupFailed,
    default_folder,
    generation_name,
    generations,
    summarise,
)
from vwdesk.services.workspace import Workspace

MONDAY = datetime(2024, 3, 4, 17, 30)


def _digests(folder: Path) -> dict[str, str]:
    return {
        p.name: hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.iterdir())
        if p.is_file()
    }


def _days(workspace, n: int, start: datetime = MONDAY) -> list[Path]:
    made = []
    for day in range(n):
        result = workspace.auto_backup.run(now=start + timedelta(days=day))
        made.append(result.made.path)
    return made


def test_the_first_backup_goes_to_a_backups_folder_next_to_the_file(workspace, new_file: Path):
    result = workspace.auto_backup.run(now=MONDAY)
    assert result.made is not None
    assert result.made.path == default_folder(new_file) / "team-2024-03-04_173000.vwbackup"
    assert result.made.path.parent == new_file.parent / "backups"
    assert summarise(result.made.path).rows["client"] == 0
    with workspace.reading() as s:
        actions = s.scalars(select(AuditEventRecord.action)).all()
    assert "backup" in actions


def test_at_most_one_automatic_backup_a_day(workspace):
    assert workspace.auto_backup.run(now=MONDAY).made is not None
    assert workspace.auto_backup.is_due(now=MONDAY + timedelta(hours=5)) is False
    assert workspace.auto_backup.run(now=MONDAY + timedelta(hours=5)).made is None
    assert workspace.auto_backup.run(now=MONDAY + timedelta(hours=5), force=True).made is not None
    assert workspace.auto_backup.is_due(now=MONDAY + timedelta(days=1)) is True
    assert len(workspace.auto_backup.generations()) == 2


def test_only_the_newest_generations_are_kept(workspace):
    workspace.settings.set("backup_generations", 3)
    made = _days(workspace, 5)
    kept = [g.path for g in workspace.auto_backup.generations()]
    assert kept == list(reversed(made[-3:]))  # newest first
    assert not made[0].exists() and not made[1].exists()


def test_the_default_keeps_ten(workspace):
    assert workspace.auto_backup.keep() == 10


def test_a_chosen_folder_is_used_and_other_files_there_are_left_alone(workspace, tmp_path: Path):
    usb = tmp_path / "usb"
    usb.mkdir()
    (usb / "foto.jpg").write_bytes(b"x")
    (usb / "ander-2024-03-01_100000.vwbackup").write_bytes(b"another file's backup")
    workspace.settings.set("backup_generations", 1)
    for day in range(3):
        workspace.auto_backup.run(usb, now=MONDAY + timedelta(days=day))
    assert sorted(p.name for p in usb.iterdir()) == [
        "ander-2024-03-01_100000.vwbackup",
        "foto.jpg",
        "team-2024-03-06_173000.vwbackup",
    ]


def test_an_io_error_leaves_every_old_backup_and_prunes_nothing(workspace, new_file: Path):
    _days(workspace, 3)
    workspace.settings.set("backup_generations", 1)  # a successful run would remove two
    folder = default_folder(new_file)
    before = _digests(folder)
    # The backup is written under `.<name>.partial` first; a directory of that name makes the
    # write fail half-way, like a stick pulled out or a full disk.
    tomorrow = MONDAY + timedelta(days=3)
    name = generation_name(new_file, tomorrow)
    (folder / f".{name}.partial").mkdir()
    with pytest.raises(BackupFailed):
        workspace.auto_backup.run(now=tomorrow)
    assert _digests(folder) == before
    assert not (folder / name).exists()
    assert not (folder / f".{name}.work").exists()


def test_a_name_taken_by_a_directory_changes_nothing(workspace, new_file: Path):
    workspace.settings.set("backup_generations", 1)
    _days(workspace, 1)
    folder = default_folder(new_file)
    before = _digests(folder)
    tomorrow = MONDAY + timedelta(days=1)
    (folder / generation_name(new_file, tomorrow)).mkdir()
    with pytest.raises(PathTaken):
        workspace.auto_backup.run(now=tomorrow)
    assert _digests(folder) == before


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="root writes anyway")
def test_a_read_only_folder_fails_cleanly(workspace, new_file: Path):
    _days(workspace, 1)
    folder = default_folder(new_file)
    before = _digests(folder)
    folder.chmod(0o555)
    try:
        with pytest.raises(BackupFailed):
            workspace.auto_backup.run(now=MONDAY + timedelta(days=1))
    finally:
        folder.chmod(0o755)
    assert _digests(folder) == before


def test_a_folder_that_cannot_be_made_is_one_typed_error(workspace, tmp_path: Path):
    blocked = tmp_path / "bestand"
    blocked.write_bytes(b"not a folder")
    with pytest.raises(BackupFailed):
        workspace.auto_backup.run(blocked / "backups", now=MONDAY)


def test_work_files_of_a_killed_backup_are_cleared_at_the_next_one(workspace, new_file: Path):
    folder = default_folder(new_file)
    folder.mkdir()
    work = folder / ".team-2024-03-01_090000.vwbackup.work"
    work.mkdir()
    (work / "data.vwdesk").write_bytes(b"half")
    (folder / ".team-2024-03-01_090000.vwbackup.partial").write_bytes(b"half")
    workspace.auto_backup.run(now=MONDAY)
    assert [p.name for p in folder.iterdir()] == ["team-2024-03-04_173000.vwbackup"]


def test_generations_ignore_names_that_only_look_alike(tmp_path: Path):
    data = tmp_path / "team.vwdesk"
    for name in (
        "team-2024-03-04_173000.vwbackup",
        "team-2024-13-04.vwbackup",
        "teams-2024-03-04_173000.vwbackup",
        "team-2024-03-04_173000.vwbackup.partial",
    ):
        (tmp_path / name).write_bytes(b"x")
    assert [g.path.name for g in generations(tmp_path, data)] == ["team-2024-03-04_173000.vwbackup"]
    assert generations(tmp_path / "missing", data) == []


# -- restoring -----------------------------------------------------------------------------------
def _figures(ws) -> dict:
    years = ws.figures.years_with_data()
    return {
        "years": years,
        **{y: ws.figures.compute(y) for y in years},
        **{f"ages-{y}": ws.figures.housed_age_sex(y) for y in years},
        **{f"months-{y}": ws.figures.monthly_contacts(y) for y in years},
    }


def test_restoring_the_demo_gives_the_same_figures(demo_workspace, demo_file: Path, tmp_path):
    before = _figures(demo_workspace)
    made = demo_workspace.auto_backup.run(now=MONDAY).made
    working = hashlib.sha256(demo_file.read_bytes()).hexdigest()
    target = tmp_path / "terug" / "teruggezet.vwdesk"
    target.parent.mkdir()
    summary = demo_workspace.auto_backup.restore(made.path, target)
    assert summary.rows == made.rows
    assert hashlib.sha256(demo_file.read_bytes()).hexdigest() == working
    with demo_workspace.reading() as s:
        assert "backup.restore" in s.scalars(select(AuditEventRecord.action)).all()
    restored = Workspace.open(target, "teamleider", DEMO_PASSWORD)
    try:
        assert restored.integrity.check().ok
        assert _figures(restored) == before
    finally:
        restored.close()


def test_restore_never_writes_over_a_file(workspace, new_file: Path):
    made = workspace.auto_backup.run(now=MONDAY).made
    before = hashlib.sha256(new_file.read_bytes()).hexdigest()
    with pytest.raises(PathTaken):
        workspace.auto_backup.restore(made.path, new_file)
    assert hashlib.sha256(new_file.read_bytes()).hexdigest() == before


def test_a_damaged_backup_is_refused_before_anything_is_written(workspace, tmp_path: Path):
    made = workspace.auto_backup.run(now=MONDAY).made
    data = bytearray(made.path.read_bytes())
    data[len(data) // 2] ^= 0xFF
    damaged = tmp_path / "kapot.vwbackup"
    damaged.write_bytes(bytes(data))
    with pytest.raises(DamagedFile):
        summarise(damaged)
    with pytest.raises(DamagedFile):
        workspace.auto_backup.restore(damaged, tmp_path / "x.vwdesk")
    assert not (tmp_path / "x.vwdesk").exists()


def test_a_backup_opens_with_the_accounts_of_its_moment(workspace, tmp_path: Path):
    made = workspace.auto_backup.run(now=MONDAY).made
    target = tmp_path / "r.vwdesk"
    workspace.auto_backup.restore(made.path, target)
    ws = Workspace.open(target, "teamleider", PASSWORD)
    ws.close()


# -- killed half-way -----------------------------------------------------------------------------
BACKUP_WRITER = """
import sys
from datetime import datetime, timedelta
from vwdesk.services.workspace import Workspace

ws = Workspace.open(sys.argv[1], "teamleider", sys.argv[2])
start = datetime(2024, 3, 4, 17, 30)
for day in range(9):
    ws.auto_backup.run(now=start + timedelta(days=day))
    print(day + 1, flush=True)  # acknowledged: written, verified and renamed into place
"""


def test_a_backup_killed_half_way_leaves_only_sound_backups(demo_file: Path):
    import signal
    import subprocess
    import sys
    import time

    proc = subprocess.Popen(
        [sys.executable, "-c", BACKUP_WRITER, str(demo_file), DEMO_PASSWORD],
        stdout=subprocess.PIPE,
        text=True,
        env={**os.environ, "VWDESK_KDF_SECONDS": "0"},
    )
    acknowledged = 0
    try:
        for line in proc.stdout:
            acknowledged = int(line)
            if acknowledged >= 2:
                time.sleep(0.4)  # into the next backup: exporting, verifying or zipping
                break
    finally:
        proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=30)
    folder = default_folder(demo_file)
    made = generations(folder, demo_file)
    assert len(made) >= acknowledged
    for generation in made:
        assert summarise(generation.path).rows["client"] > 0  # every one is whole
    ws = Workspace.open(demo_file, "teamleider", DEMO_PASSWORD)
    try:
        assert ws.integrity.check().ok
        ws.auto_backup.run(now=MONDAY + timedelta(days=30))
        leftovers = [p.name for p in folder.iterdir() if p.name.startswith(".")]
        assert leftovers == []
    finally:
        ws.close()
