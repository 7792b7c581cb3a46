"""The Qt binding itself must be sound: PySide6 6.12.0 broke every Python slot call.

On that release each call of a Python slot dropped one reference to `True`;
on Python 3.11 the process then aborts ("bool_dealloc") after some thousands
of signals, in the application as in the test run. pyproject.toml excludes
it; this test catches a release with the same fault.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject, Signal


class _Sender(QObject):
    plain = Signal()
    flag = Signal(bool)


def test_calling_python_slots_keeps_the_reference_counts_of_true_and_false():
    sender = _Sender()
    seen = []
    sender.plain.connect(lambda: seen.append(1))
    sender.flag.connect(lambda value: seen.append(value))
    before = (sys.getrefcount(True), sys.getrefcount(False))
    for _ in range(200):
        sender.plain.emit()
        sender.flag.emit(True)
        sender.flag.emit(False)
    after = (sys.getrefcount(True), sys.getrefcount(False))
    assert len(seen) == 600
    assert after[0] >= before[0] - 5 and after[1] >= before[1] - 5, (before, after)
