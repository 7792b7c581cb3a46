"""Writing an exported file so that a half-written one never carries its name.

The bytes go to a temporary name in the target folder, are flushed to disk,
and only then renamed into place; on any error or cancellation the temporary
file is removed. Used for the annual report (PDF and JSON) and the
right-of-access report.
"""

from __future__ import annotations

import os
import secrets
from collections.abc import Callable
from pathlib import Path
from typing import BinaryIO


def write_atomically(
    path: Path,
    write: Callable[[BinaryIO], object],
    *,
    mode: int = 0o666,
    before_rename: Callable[[], object] | None = None,
) -> Path:
    """`write` fills the open binary file; `mode` is the new file's permissions (before
    the umask); `before_rename` runs once the data is on disk, a last chance to cancel."""
    path = Path(path)
    folder = path.parent if str(path.parent) else Path(".")
    tmp = folder / f".{path.name}.{secrets.token_hex(4)}.part"
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), mode)
    try:
        with os.fdopen(fd, "wb") as fh:
            write(fh)
            fh.flush()
            os.fsync(fh.fileno())
        if before_rename is not None:
            before_rename()
        os.replace(tmp, path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    return path
