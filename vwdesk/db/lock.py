"""One running instance per data file, through an OS lock on `<file>.lock`.

filelock uses fcntl/msvcrt locks that the OS drops when a process dies, so a
crash never leaves a stale lock behind.
"""

from __future__ import annotations

from pathlib import Path

from filelock import FileLock, Timeout

from vwdesk.domain.errors import FileLocked


def lock_path_for(data_path: Path) -> Path:
    return data_path.with_name(data_path.name + ".lock")


class InstanceLock:
    def __init__(self, data_path: Path):
        self._lock = FileLock(lock_path_for(data_path), timeout=0, is_singleton=False)

    def acquire(self) -> None:
        try:
            self._lock.acquire(timeout=0)
        except Timeout:
            raise FileLocked("the file is open in another vwdesk window") from None

    def release(self) -> None:
        if self._lock.is_locked:
            self._lock.release()

    @property
    def held(self) -> bool:
        return self._lock.is_locked
