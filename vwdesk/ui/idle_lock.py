"""Locking by itself: after N idle minutes, and when Windows locks the session.

IdleLock watches the input events (keys, mouse buttons and moves, the wheel,
touch) of the application's windows and asks for a lock (`lock_requested`) when
there was none for `lock_minutes` (team setting, default 5; 0 switches it off).
It filters the windows themselves (QWindow: the main window, and each dialog as
it takes the focus), where all their input arrives first, rather than every
event of every widget: a Python filter on the QApplication runs for each paint
and timer event too. It measures with both the monotonic
and the wall clock, so a laptop that slept with its lid closed locks as soon
as it wakes rather than minutes later (the monotonic clock stops during sleep
on Linux and macOS).

The operating system's own lock, only where it is reported reliably:

* Windows: WTSRegisterSessionNotification on the main window, and
  WM_WTSSESSION_CHANGE / WTS_SESSION_LOCK caught by a native event filter
  (WindowsSessionWatcher).
* Linux and macOS: not done. There it would take D-Bus (logind's Lock, the
  screensaver's ActiveChanged; QtDBus is left out of the installed program) or
  the macOS distributed notification `com.apple.screenIsLocked` (not exposed to
  Qt). Qt's `applicationStateChanged` to inactive is NOT a lock (it fires for
  every other window that takes the focus), so it is not used. The idle
  timer covers those systems.

`close_dialogs()` closes every dialog the application has open (except the
sign-in), so a lock never leaves a form with personal data on screen. Drafts
of unsaved input are not kept: what was typed in an open form is gone after a
lock (documented in the README's "How the data is protected").
"""

from __future__ import annotations

import logging
import sys
import time
from collections.abc import Callable, Iterable

from PySide6.QtCore import (
    QAbstractNativeEventFilter,
    QCoreApplication,
    QEvent,
    QObject,
    QTimer,
    Signal,
)
from PySide6.QtGui import QWindow
from PySide6.QtWidgets import QApplication, QDialog, QWidget

log = logging.getLogger(__name__)

INPUT_EVENTS = frozenset(
    {
        QEvent.Type.KeyPress,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseButtonDblClick,
        QEvent.Type.MouseMove,
        QEvent.Type.Wheel,
        QEvent.Type.TouchBegin,
        QEvent.Type.TouchUpdate,
        QEvent.Type.TabletPress,
    }
)
MAX_CHECK_MS = 5_000

WM_WTSSESSION_CHANGE = 0x02B1
WTS_SESSION_LOCK = 0x7
NOTIFY_FOR_THIS_SESSION = 0


class IdleLock(QObject):
    lock_requested = Signal()

    def __init__(
        self,
        app: QCoreApplication,
        parent: QObject | None = None,
        *,
        clocks: tuple[Callable[[], float], Callable[[], float]] = (time.monotonic, time.time),
    ) -> None:
        super().__init__(parent)
        self._app = app
        self._clocks = clocks
        self._limit = 0.0  # seconds; 0 = off
        self._last = self._now()
        self._timer = QTimer(self)
        self._timer.timeout.connect(self._check)
        self._session_watcher: WindowsSessionWatcher | None = None
        self._following_focus = hasattr(app, "focusWindowChanged")
        if self._following_focus:
            app.focusWindowChanged.connect(self._focus_window)

    # -- arming ------------------------------------------------------------------------
    def start(self, minutes: float) -> None:
        """Lock after `minutes` without input; 0 or less: never by itself."""
        self._limit = max(0.0, float(minutes)) * 60.0
        self.touch()
        if self._limit <= 0:
            self._timer.stop()
            return
        self._timer.start(int(min(MAX_CHECK_MS, max(20, self._limit * 1000 / 4))))

    def stop(self) -> None:
        self._timer.stop()
        self._limit = 0.0

    @property
    def active(self) -> bool:
        return self._timer.isActive()

    def touch(self) -> None:
        self._last = self._now()

    # -- watching ----------------------------------------------------------------------
    def watch(self, window: QWidget | QWindow) -> None:
        """Count the input of this window (a widget's native window once it has one)."""
        handle = window.windowHandle() if isinstance(window, QWidget) else window
        if handle is not None:
            handle.installEventFilter(self)  # a second time only moves it to the front

    def _focus_window(self, window: QWindow | None) -> None:
        if window is not None:
            self.watch(window)  # a dialog opened since: its typing counts as use too

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in INPUT_EVENTS:
            self._last = self._now()
        return False

    def _now(self) -> tuple[float, float]:
        return self._clocks[0](), self._clocks[1]()

    def idle_seconds(self) -> float:
        now = self._now()
        return max(now[0] - self._last[0], now[1] - self._last[1])

    def _check(self) -> None:
        if self._limit > 0 and self.idle_seconds() >= self._limit:
            self.stop()
            log.info("locked after %d idle minutes", round(self._limit / 60))
            self.lock_requested.emit()

    # -- the operating system's lock -----------------------------------------------------
    def watch_session(self, window: QWidget) -> bool:
        """On Windows, lock with the session; elsewhere nothing (see the module)."""
        if sys.platform != "win32" or self._session_watcher is not None:
            return False
        watcher = WindowsSessionWatcher(self.lock_requested.emit)
        if not watcher.register(window):
            return False
        self._app.installNativeEventFilter(watcher)
        self._session_watcher = watcher
        return True

    def close(self) -> None:
        """Stop watching (the filters on windows go with this object)."""
        self.stop()
        if self._following_focus:
            self._following_focus = False
            self._app.focusWindowChanged.disconnect(self._focus_window)
        if self._session_watcher is not None:
            self._app.removeNativeEventFilter(self._session_watcher)
            self._session_watcher = None


class WindowsSessionWatcher(QAbstractNativeEventFilter):
    """Calls `on_lock` when Windows reports that the session was locked (Win+L, lid)."""

    def __init__(self, on_lock: Callable[[], None]) -> None:
        super().__init__()
        self._on_lock = on_lock

    def register(self, window: QWidget) -> bool:
        import ctypes  # Windows only; not loaded before the sign-in dialog shows (#11)

        try:
            wtsapi = ctypes.windll.wtsapi32  # type: ignore[attr-defined]
            return bool(
                wtsapi.WTSRegisterSessionNotification(int(window.winId()), NOTIFY_FOR_THIS_SESSION)
            )
        except (AttributeError, OSError) as exc:  # not Windows, or no WTS (a service session)
            log.warning("session lock notifications unavailable: %s", type(exc).__name__)
            return False

    def nativeEventFilter(self, event_type, message):
        if is_session_lock(event_type, message):
            self._on_lock()
        return False, 0


def is_session_lock(event_type, message) -> bool:
    """Whether a native event is Windows' WM_WTSSESSION_CHANGE with WTS_SESSION_LOCK."""
    if bytes(event_type) != b"windows_generic_MSG" or not int(message):
        return False
    from ctypes import wintypes

    msg = wintypes.MSG.from_address(int(message))
    return msg.message == WM_WTSSESSION_CHANGE and msg.wParam == WTS_SESSION_LOCK


def close_dialogs(keep: Iterable[QWidget] = ()) -> int:
    """Close every open dialog (a form, a message box, a chooser) except those in `keep`,
    without asking: a dialog whose `reject()` asks before typed work is lost closes through
    its `discard()` (a question would hold the lock up with the data on screen)."""
    closed = 0
    popup = QApplication.activePopupWidget()
    if popup is not None:
        popup.close()  # a calendar or a menu hanging open
    for widget in open_dialogs(keep):
        discard = getattr(widget, "discard", None)
        if callable(discard):
            discard()
        else:
            widget.reject()
        closed += 1
    return closed


def open_dialogs(keep: Iterable[QWidget] = ()) -> list[QDialog]:
    """The dialogs on screen, except those in `keep`."""
    kept = set(map(id, keep))
    return [
        widget
        for widget in QApplication.topLevelWidgets()
        if isinstance(widget, QDialog) and widget.isVisible() and id(widget) not in kept
    ]
