"""The sign-in's heavy imports, made while the person types (issue #11, start-up).

Signing in needs SQLAlchemy, the ORM records, SQLCipher, the key slots and
every service (vwdesk.services.workspace): about a second on a busy laptop.
Importing them before the sign-in dialog made a volunteer look at nothing for
that second, then at an idle dialog for the several seconds it takes to type a
user name and password. So the window imports only Qt and the dialog, shows it,
and once it has painted `run()` goes on the worker (the one background thread,
vwdesk/ui/worker.py) as its first job. A sign-in is queued behind it on the same
thread, so it finds the modules loaded: no lock, no join.

`run()` only imports: nothing in it touches Qt. The UI thread imports no module
of the storage side while it runs (two threads importing one package with
circular imports can each see it half made); the tab pages, which import the
services, are built after it (app.py). An import that fails (a broken install)
is kept and raised again by `check()` on the sign-in, which then shows the one
sentence every unexpected error gets.
"""

from __future__ import annotations

import importlib
import logging
import time
from collections.abc import Callable, Iterable

from PySide6.QtCore import QEvent, QObject, QTimer

log = logging.getLogger(__name__)

# What a sign-in and the first tab import on the storage side; the rest follows from them.
SIGN_IN_MODULES = (
    "vwdesk.services.workspace",
    "sqlcipher3.dbapi2",
    "sqlalchemy.dialects.sqlite.pysqlcipher",
)


class Preload:
    """Imports `modules` once, on whichever thread calls `run()` first (the worker)."""

    def __init__(self, modules: Iterable[str] = SIGN_IN_MODULES) -> None:
        self.modules = tuple(modules)
        self.done = False
        self.error: BaseException | None = None
        self.seconds = 0.0

    def run(self) -> None:
        """Import every module; never raises (the sign-in does, through `check()`)."""
        if self.done:
            return
        start = time.perf_counter()
        try:
            for name in self.modules:
                importlib.import_module(name)
        except Exception as exc:
            self.error = exc
        finally:
            self.seconds = time.perf_counter() - start
            self.done = True
        log.info("sign-in modules loaded in %.2f s", self.seconds)

    def check(self) -> None:
        """Run if it has not run yet, then raise what went wrong, if anything did."""
        self.run()
        if self.error is not None:
            raise self.error


def after_first_paint(widget: QObject, callback: Callable[[], None], *, wait_ms: int = 2000):
    """Call `callback` once, right after `widget` has painted for the first time.

    Work started earlier competes with the paint for the interpreter (a thread
    importing modules holds the GIL most of the time). `wait_ms` is a backstop
    for a widget that is never painted (a minimised window).
    """
    watcher = _FirstPaint(widget, callback)
    QTimer.singleShot(wait_ms, watcher, watcher.fire)
    return watcher


class _FirstPaint(QObject):
    def __init__(self, widget: QObject, callback: Callable[[], None]) -> None:
        super().__init__(widget)
        self._widget = widget
        self._callback: Callable[[], None] | None = callback
        widget.installEventFilter(self)

    def eventFilter(self, _obj: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and self._callback is not None:
            QTimer.singleShot(0, self, self.fire)  # after this paint has reached the screen
        return False

    def fire(self) -> None:
        callback, self._callback = self._callback, None
        if callback is None:
            return
        self._widget.removeEventFilter(self)
        callback()
