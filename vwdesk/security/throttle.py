"""Failed sign-ins slow down, and are audited at the next successful one.

A wrong password cannot be written into the encrypted file (there is no key
yet), so failures are counted in `<file>.attempts`: a count and a time, never
a user name. From the third failure on, each failure waits longer before
answering (1, 2, 4 ... up to 30 seconds), which makes guessing slow while a
volunteer who mistyped twice notices nothing.
"""

from __future__ import annotations

import contextlib
import json
import os
import time
from pathlib import Path

FREE_FAILURES = 2
MAX_DELAY_SECONDS = 30.0


def attempts_path_for(data_path: Path) -> Path:
    return data_path.with_name(data_path.name + ".attempts")


def delay_after(failures: int) -> float:
    if failures <= FREE_FAILURES:
        return 0.0
    return min(MAX_DELAY_SECONDS, 2.0 ** (failures - FREE_FAILURES - 1))


class SignInThrottle:
    def __init__(self, data_path: Path, sleep=time.sleep):
        self._path = attempts_path_for(Path(data_path))
        self._sleep = sleep

    def failures(self) -> int:
        try:
            return int(json.loads(self._path.read_text())["failures"])
        except (FileNotFoundError, ValueError, KeyError, TypeError):
            return 0

    def failed(self) -> float:
        """Count one failure and wait the growing delay; returns the delay."""
        failures = self.failures() + 1
        tmp = self._path.with_name(self._path.name + ".tmp")
        with contextlib.suppress(OSError):
            tmp.write_text(json.dumps({"failures": failures, "last": time.time()}))
            os.replace(tmp, self._path)
        delay = delay_after(failures)
        if delay:
            self._sleep(delay)
        return delay

    def succeeded(self) -> int:
        """Reset after a successful sign-in; returns the failures since the last one."""
        failures = self.failures()
        with contextlib.suppress(FileNotFoundError):
            self._path.unlink()
        return failures
