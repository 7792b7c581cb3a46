"""The application log's file rotates like logging.handlers.RotatingFileHandler (1 MB x 3)."""

from __future__ import annotations

import logging
from pathlib import Path

from vwdesk.logs import RotatingLogFile


def test_the_log_rotates_into_numbered_files_and_keeps_only_the_newest(tmp_path: Path):
    path = tmp_path / "vwdesk.log"
    handler = RotatingLogFile(path, max_bytes=200, backups=3)
    handler.setFormatter(logging.Formatter("%(message)s"))
    log = logging.getLogger("test_logs.rotation")
    log.propagate = False
    log.addHandler(handler)
    try:
        for n in range(40):
            log.warning("event %02d %s", n, "x" * 40)  # 51 characters a line: three a file
    finally:
        log.removeHandler(handler)
        handler.close()
    files = sorted(p.name for p in tmp_path.iterdir())
    assert files == ["vwdesk.log", "vwdesk.log.1", "vwdesk.log.2", "vwdesk.log.3"]
    for name in files:
        assert (tmp_path / name).stat().st_size < 200
    assert path.read_text(encoding="utf-8").splitlines()[-1].startswith("event 39")
    newest_backup = (tmp_path / "vwdesk.log.1").read_text(encoding="utf-8").splitlines()
    oldest_kept = (tmp_path / "vwdesk.log.3").read_text(encoding="utf-8").splitlines()
    assert newest_backup[-1] < path.read_text(encoding="utf-8").splitlines()[0]
    assert oldest_kept[0] > "event 2"  # the first events are gone
