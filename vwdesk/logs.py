"""The application log: a rotating file in the user's log folder.

What goes in: events and ids (which operation, how long, which record id),
never names, addresses or any text a volunteer typed. SQLAlchemy's engine
logger stays at WARNING so no statement parameters reach the file, and
tests/ui/test_privacy_log.py searches the log of a whole demo session for
every client name.
"""

from __future__ import annotations

import logging
import os
import traceback
from pathlib import Path

import platformdirs

LOG_NAME = "vwdesk.log"
_FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"


class RotatingLogFile(logging.FileHandler):
    """The file, then `.1` ... `.<backups>`: logging.handlers.RotatingFileHandler's rotation.

    Not that class: logging.handlers imports socket, pickle and queue, 10-20 ms of
    the window's start before its sign-in dialog shows (#11).
    """

    def __init__(self, path: Path, max_bytes: int, backups: int) -> None:
        super().__init__(path, encoding="utf-8")
        self.max_bytes = max_bytes
        self.backups = backups

    def emit(self, record: logging.LogRecord) -> None:
        try:
            if self._full_with(record):
                self._rotate()
        except Exception:
            self.handleError(record)
            return
        super().emit(record)

    def _full_with(self, record: logging.LogRecord) -> bool:
        if self.stream is None:
            self.stream = self._open()
        self.stream.seek(0, os.SEEK_END)
        return self.stream.tell() + len(self.format(record)) + 1 >= self.max_bytes

    def _rotate(self) -> None:
        self.stream.close()
        base = self.baseFilename
        for i in range(self.backups - 1, 0, -1):
            if os.path.exists(f"{base}.{i}"):
                os.replace(f"{base}.{i}", f"{base}.{i + 1}")
        if self.backups > 0:
            os.replace(base, f"{base}.1")
        else:
            os.remove(base)
        self.stream = self._open()


class PrivateFormatter(logging.Formatter):
    """Tracebacks with their frames and exception types, but not the exceptions' messages.

    A message can carry what was typed or stored (a constraint error quoting a
    value, a parse error quoting a cell), and the log is not encrypted.
    """

    def format(self, record: logging.LogRecord) -> str:
        # Another handler may have cached the full traceback text on the record.
        cached = record.exc_text
        record.exc_text = None
        try:
            return super().format(record)
        finally:
            record.exc_text = cached

    def formatException(self, ei) -> str:
        _type, value, tb = ei
        out = ["Traceback (most recent call last):\n", *traceback.format_tb(tb)]
        chain = []
        while value is not None and len(chain) < 10:
            chain.append(f"{type(value).__module__}.{type(value).__qualname__}")
            value = value.__cause__ or value.__context__
        out.append(" <- ".join(chain) + " (message left out: it may hold personal data)")
        return "".join(out)


def default_log_dir() -> Path:
    """The user's log folder; `VWDESK_LOG_DIR` moves it (tests, portable installs)."""
    override = os.environ.get("VWDESK_LOG_DIR")
    if override:
        return Path(override)
    return Path(platformdirs.user_log_dir("vwdesk", appauthor=False))


def configure_logging(log_dir: Path | None = None, *, debug: bool = False) -> Path:
    """Send vwdesk's log to `<log_dir>/vwdesk.log` (1 MB x 3); returns the file's path."""
    folder = log_dir or default_log_dir()
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / LOG_NAME
    root = logging.getLogger()
    for handler in list(root.handlers):
        if getattr(handler, "_vwdesk", False):
            root.removeHandler(handler)
            handler.close()
    handler = RotatingLogFile(path, max_bytes=1_000_000, backups=3)
    handler._vwdesk = True  # type: ignore[attr-defined]
    handler.setFormatter(PrivateFormatter(_FORMAT))
    root.addHandler(handler)
    root.setLevel(logging.DEBUG if debug else logging.INFO)
    # Statement parameters are personal data: never let SQL logging reach the file.
    for noisy in ("sqlalchemy", "alembic"):
        logging.getLogger(noisy).setLevel(logging.WARNING)
    return path
