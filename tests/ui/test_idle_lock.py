"""Locking by itself: idle minutes from the team setting, input that keeps it open, sleep,
Windows' session lock, and every dialog closed on lock."""

from __future__ import annotations

import ctypes
from ctypes import wintypes

import shiboken6
from PySide6.QtCore import QByteArray, QEvent, QPointF, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QDialog, QLineEdit, QMessageBox

from tests.conftest import PASSWORD
from tests.ui.conftest import sign_in
from vwdesk.ui.idle_lock import (
    WM_WTSSESSION_CHANGE,
    WTS_SESSION_LOCK,
    IdleLock,
    close_dialogs,
    is_session_lock,
)


class Clocks:
    """A monotonic and a wall clock the test moves by hand."""

    def __init__(self) -> None:
        self.mono = 1000.0
        self.wall = 1_700_000_000.0

    def pass_(self, seconds: float, *, asleep: bool = False) -> None:
        self.wall += seconds
        if not asleep:  # the monotonic clock stops while the laptop sleeps
            self.mono += seconds

    def pair(self):
        return (lambda: self.mono, lambda: self.wall)


def _idle(qapp, clocks: Clocks) -> tuple[IdleLock, list[int]]:
    idle = IdleLock(qapp, clocks=clocks.pair())
    fired: list[int] = []
    idle.lock_requested.connect(lambda: fired.append(1))
    return idle, fired


def _shown(qtbot, idle: IdleLock) -> QLineEdit:
    """A field in a window of its own that the idle lock watches."""
    field = QLineEdit()
    qtbot.addWidget(field)
    field.show()
    qtbot.waitExposed(field)
    idle.watch(field)
    return field


def _key(widget) -> None:
    """A key press as the platform delivers it: to the window first, then the widget."""
    QApplication.sendEvent(
        widget.windowHandle(),
        QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_A, Qt.KeyboardModifier.NoModifier, "a"),
    )


def test_locks_after_the_idle_minutes_and_input_keeps_it_open(qtbot, qapp):
    clocks = Clocks()
    idle, fired = _idle(qapp, clocks)
    field = _shown(qtbot, idle)
    try:
        idle.start(5)
        assert idle.active
        clocks.pass_(4 * 60)
        idle._check()
        assert fired == []
        _key(field)  # typing counts as use
        clocks.pass_(4 * 60)
        idle._check()
        assert fired == []
        clocks.pass_(61)
        idle._check()
        assert fired == [1]
        assert not idle.active  # asks once; armed again at the next sign-in
    finally:
        idle.close()


def test_a_laptop_that_slept_locks_when_it_wakes(qapp):
    clocks = Clocks()
    idle, fired = _idle(qapp, clocks)
    try:
        idle.start(5)
        clocks.pass_(3 * 3600, asleep=True)
        idle._check()
        assert fired == [1]
    finally:
        idle.close()


def test_zero_minutes_means_never(qapp):
    clocks = Clocks()
    idle, fired = _idle(qapp, clocks)
    try:
        idle.start(0)
        assert not idle.active
        clocks.pass_(24 * 3600)
        idle._check()
        assert fired == []
    finally:
        idle.close()


def test_the_timer_fires_by_itself(qtbot, qapp):
    idle = IdleLock(qapp)
    try:
        with qtbot.waitSignal(idle.lock_requested, timeout=5_000):
            idle.start(0.2 / 60)  # 0.2 seconds
    finally:
        idle.close()


def test_windows_session_lock_message_is_recognised():
    msg = wintypes.MSG()
    msg.message = WM_WTSSESSION_CHANGE
    msg.wParam = WTS_SESSION_LOCK
    pointer = shiboken6.VoidPtr(ctypes.addressof(msg))
    assert is_session_lock(QByteArray(b"windows_generic_MSG"), pointer)
    msg.wParam = 0x8  # WTS_SESSION_UNLOCK
    assert not is_session_lock(QByteArray(b"windows_generic_MSG"), pointer)
    msg.wParam, msg.message = WTS_SESSION_LOCK, 0x0100  # WM_KEYDOWN
    assert not is_session_lock(QByteArray(b"windows_generic_MSG"), pointer)
    assert not is_session_lock(QByteArray(b"xcb_generic_event_t"), pointer)


def test_input_elsewhere_does_not_count(qtbot, qapp):
    clocks = Clocks()
    idle, fired = _idle(qapp, clocks)
    other = QLineEdit()  # a window nobody told the idle lock about, and never focused
    qtbot.addWidget(other)
    other.show()
    qtbot.waitExposed(other)
    other.windowHandle().removeEventFilter(idle)
    try:
        idle.start(1)
        clocks.pass_(61)
        _key(other)
        idle._check()
        assert fired == [1]
    finally:
        idle.close()


def test_a_dialog_that_takes_the_focus_is_watched(qtbot, qapp):
    clocks = Clocks()
    idle, fired = _idle(qapp, clocks)
    dialog = QDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    idle._focus_window(dialog.windowHandle())  # what focusWindowChanged does
    try:
        idle.start(1)
        clocks.pass_(50)
        _key(dialog)
        clocks.pass_(50)
        idle._check()
        assert fired == []
    finally:
        idle.close()
        idle.close()  # twice is fine (the window's shutdown and the test's)


def test_off_windows_the_session_is_not_watched(qapp, qtbot):
    idle = IdleLock(qapp)
    window = QDialog()
    qtbot.addWidget(window)
    try:
        assert idle.watch_session(window) is False
    finally:
        idle.close()


def test_close_dialogs_keeps_only_what_it_is_told(qtbot):
    keep, form, box = QDialog(), QDialog(), QMessageBox()
    for dialog in (keep, form, box):
        qtbot.addWidget(dialog)
        dialog.open()
    assert close_dialogs(keep=[keep]) == 2
    assert keep.isVisible() and not form.isVisible() and not box.isVisible()
    keep.close()


# -- in the application ----------------------------------------------------------------------
def test_sign_in_arms_the_lock_with_the_team_setting(qtbot, make_gui, new_file):
    gui = make_gui(new_file)
    gui.controller.start()
    sign_in(qtbot, gui, "teamleider", PASSWORD)
    qtbot.waitUntil(lambda: gui.controller.idle.active, timeout=10_000)
    assert gui.controller.idle._limit == 5 * 60  # the default of lock_minutes


def test_an_idle_window_locks_closes_its_dialogs_and_signs_in_again(qtbot, make_gui, new_file):
    gui = make_gui(new_file)
    gui.controller.start()
    sign_in(qtbot, gui, "teamleider", PASSWORD)
    qtbot.waitUntil(gui.window.isVisible)
    qtbot.waitUntil(lambda: gui.controller.idle.active, timeout=10_000)
    about = gui.window.show_about()
    privacy = gui.window.show_privacy()
    form = QDialog(gui.window)
    form.open()
    workspace = gui.ctx.workspace

    gui.controller.idle.start(0.2 / 60)
    qtbot.waitUntil(lambda: gui.ctx.workspace is None, timeout=10_000)
    assert gui.login.isVisible() and not gui.window.isVisible()
    assert not about.isVisible() and not form.isVisible()
    assert not shiboken6.isValid(privacy) or not privacy.isVisible()  # deleted on close
    qtbot.waitUntil(lambda: not workspace.is_open, timeout=20_000)
    assert gui.login.username.text() == "teamleider" and gui.login.password.text() == ""

    sign_in(qtbot, gui, "teamleider", PASSWORD)
    qtbot.waitUntil(gui.window.isVisible)
    assert gui.ctx.workspace is not None


def test_ctrl_l_closes_dialogs_too(qtbot, make_gui, new_file):
    gui = make_gui(new_file)
    gui.controller.start()
    sign_in(qtbot, gui, "teamleider", PASSWORD)
    qtbot.waitUntil(gui.window.isVisible)
    form = QDialog(gui.window)
    form.open()
    gui.window.lock_action.trigger()
    assert not form.isVisible()
    assert gui.login.isVisible()
    assert not gui.controller.idle.active


def test_move_of_the_mouse_counts_as_use(qtbot, qapp):
    clocks = Clocks()
    idle, fired = _idle(qapp, clocks)
    field = _shown(qtbot, idle)
    try:
        idle.start(1)
        clocks.pass_(50)
        from PySide6.QtGui import QMouseEvent

        QApplication.sendEvent(
            field.windowHandle(),
            QMouseEvent(
                QEvent.Type.MouseMove,
                QPointF(3, 3),
                QPointF(3, 3),
                Qt.MouseButton.NoButton,
                Qt.MouseButton.NoButton,
                Qt.KeyboardModifier.NoModifier,
            ),
        )
        clocks.pass_(50)
        idle._check()
        assert fired == []
    finally:
        idle.close()
