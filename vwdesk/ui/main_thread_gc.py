"""Python's cycle collector runs on the UI thread only.

Left automatic, the collector runs in whichever thread happens to allocate
when a generation is full: often the worker, in the middle of an SQLAlchemy
query. If the cycles it frees hold PySide wrappers of the UI thread's
QObjects (a closed dialog, a lambda connected to a widget), their C++
objects are destroyed on the worker, while the UI thread may be using them:
the intermittent segmentation faults seen in the worker (in
DataFile.close's checkpoint, in SQLAlchemy's compiler) with the UI thread in
its event loop.

So automatic collection is switched off and a timer on the UI thread does what
the collector would have done: collect a generation when its count is over
its threshold, the same rule CPython applies. Reference counting still frees
everything that is not in a cycle at once; only cycles wait, at most a tick.
Code that disables the collector for a while (the import) finds it disabled
and leaves it so.
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer

_INTERVAL_MS = 500


def collect_due() -> None:
    """Collect the generations whose counts are over their thresholds, oldest last."""
    t0, t1, t2 = gc.get_threshold()
    c0, c1, c2 = gc.get_count()
    if c0 <= t0:
        return
    if c1 > t1 and c2 > t2:
        gc.collect(2)
    elif c1 > t1:
        gc.collect(1)
    else:
        gc.collect(0)


class MainThreadCollector(QObject):
    """Owned by the QApplication; one per process (`install`)."""

    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        self._timer = QTimer(self)
        self._timer.setInterval(_INTERVAL_MS)
        self._timer.timeout.connect(collect_due)
        self._timer.start()
        gc.disable()

    def stop(self) -> None:
        """Automatic collection again (tests that leave the event loop behind)."""
        self._timer.stop()
        gc.enable()


def install(app: QObject) -> MainThreadCollector:
    found = app.findChild(MainThreadCollector)
    return found if found is not None else MainThreadCollector(app)
