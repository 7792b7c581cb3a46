"""A killed writer loses nothing it acknowledged; a full disk rolls back cleanly."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import func, insert, select

from tests.conftest import PASSWORD
from vwdesk.cli import main
from vwdesk.db.datafile import as_file_error
from vwdesk.db.records import ContactRecord
from vwdesk.domain.errors import StorageFull
from vwdesk.services.workspace import Workspace

WRITER = textwrap.dedent(
    """
    import sys
    from datetime import date
    from vwdesk.db.records import ContactRecord
    from vwdesk.services.workspace import Workspace

    ws = Workspace.open(sys.argv[1], "teamleider", sys.argv[2])
    n = 0
    while True:
        n += 1
        with ws.unit() as s:
            for _ in range(20):
                s.add(ContactRecord(date=date(2017, 1, 2), kind="info_point",
                                    channel="consultation", topics="kill"))
            s.flush()
        print(n * 20, flush=True)  # acknowledged: committed
    """
)


def test_sigkill_while_writing_keeps_every_acknowledged_commit(new_file: Path, monkeypatch):
    env = {**os.environ, "VWDESK_KDF_SECONDS": "0"}
    proc = subprocess.Popen(
        [sys.executable, "-c", WRITER, str(new_file), PASSWORD],
        stdout=subprocess.PIPE,
        text=True,
        env=env,
    )
    acknowledged = 0
    try:
        for line in proc.stdout:
            acknowledged = int(line)
            if acknowledged >= 2000:
                break
    finally:
        proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=30)
    assert proc.returncode == -signal.SIGKILL
    monkeypatch.setenv("VWDESK_PASSWORD", PASSWORD)
    assert main(["check", "--db", str(new_file), "--user", "teamleider"]) == 0
    ws = Workspace.open(new_file, "teamleider", PASSWORD)
    try:
        with ws.reading() as s:
            stored = s.scalar(select(func.count()).select_from(ContactRecord))
        assert stored >= acknowledged
        assert stored % 20 == 0  # whole transactions only
    finally:
        ws.close()


def test_disk_full_rolls_back_with_one_sentence(workspace, monkeypatch, capsys):
    with workspace.unit() as s:
        s.add(ContactRecord(date=date(2017, 1, 2), kind="info_point", channel="phone"))
    rows = [
        {"date": date(2017, 1, 3), "kind": "info_point", "channel": "phone", "notes": "x" * 500}
        for _ in range(5000)
    ]
    with pytest.raises(Exception) as caught, workspace.unit() as s:
        pages = s.connection().exec_driver_sql("PRAGMA page_count").scalar_one()
        s.connection().exec_driver_sql(f"PRAGMA max_page_count = {pages + 5}")
        s.execute(insert(ContactRecord), rows)
    error = as_file_error(caught.value)
    assert isinstance(error, StorageFull)
    with workspace.unit() as s:
        s.connection().exec_driver_sql("PRAGMA max_page_count = 1073741823")
    with workspace.reading() as s:
        assert s.scalar(select(func.count()).select_from(ContactRecord)) == 1
    assert workspace.integrity.check().ok
