"""Windows that fit the screen they open on, and grow within it.

A laptop of 1366x768 with a taskbar leaves about 1366x728 for a window, title
bar included; a dialog sized for a desktop screen would put its buttons out of
reach there. A dialog keeps the size it prefers where there is room, and
shrinks to the screen's free area where there is not (its long parts scroll).

A dialog also grows when a sentence appears in it (a refusal under the form):
Qt grows a window only to its minimum size, and word-wrapped labels compute
that for a narrow width, so the text above the new sentence was squeezed and
cut off. `fit_height` gives it the height its layout needs at its current
width, but never more than the screen's free area, so its buttons stay in reach.
"""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtGui import QScreen
from PySide6.QtWidgets import QWidget

# The title bar and borders the window system adds around what resize() sizes.
FRAME = QSize(16, 40)


def fitted_size(preferred: QSize, available: QSize) -> QSize:
    """`preferred`, made no larger than `available` (a screen's free area) less the frame."""
    room = QSize(
        max(available.width() - FRAME.width(), 1), max(available.height() - FRAME.height(), 1)
    )
    return preferred.boundedTo(room)


def fit_to_screen(window: QWidget, preferred: QSize) -> None:
    """Size `window` for the screen it will open on: its parent's, else its own."""
    screen = _screen_of(window)
    if screen is None:
        window.resize(preferred)
        return
    window.resize(fitted_size(preferred, screen.availableGeometry().size()))


def fit_height(window: QWidget, available: QSize | None = None) -> None:
    """Grow `window` to the height its layout needs at its width, within `available`
    (by default the free area of the screen it is on); it never shrinks.

    On its own screen a window that would now reach below the free area moves up."""
    layout = window.layout()
    if layout is None:
        return
    layout.activate()
    screen = _screen_of(window) if available is None else None
    if screen is not None:
        available = screen.availableGeometry().size()
    wanted = QSize(window.width(), layout.totalHeightForWidth(window.width()))
    if available is not None:
        wanted = fitted_size(wanted, available)
    if wanted.height() <= window.height():
        return
    window.resize(window.width(), wanted.height())
    if screen is not None and window.isVisible():
        _keep_on_screen(window, screen)


def _screen_of(window: QWidget) -> QScreen | None:
    """The screen a shown window is on; for one not shown yet, its parent's (where it opens)."""
    anchor = window if window.isVisible() else (window.parentWidget() or window)
    # Called through QWidget: a parent may have a child widget named `screen`.
    return QWidget.screen(QWidget.window(anchor))


def _keep_on_screen(window: QWidget, screen: QScreen) -> None:
    room = screen.availableGeometry()
    frame = window.frameGeometry()
    over = frame.y() + FRAME.height() + window.height() - (room.y() + room.height())
    if over > 0:
        window.move(frame.x(), max(room.y(), frame.y() - over))
