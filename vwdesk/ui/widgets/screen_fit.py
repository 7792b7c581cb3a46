"""Windows that fit the screen they open on.

A laptop of 1366x768 with a taskbar leaves about 1366x728 for a window, title
bar included; a dialog sized for a desktop screen would put its buttons out of
reach there. A dialog keeps the size it prefers where there is room, and
shrinks to the screen's free area where there is not (its long parts scroll).
"""

from __future__ import annotations

from PySide6.QtCore import QSize
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
    anchor = window.parentWidget() or window
    # Called through QWidget: a parent may have a child widget named `screen`.
    screen = QWidget.screen(QWidget.window(anchor))
    if screen is None:
        window.resize(preferred)
        return
    window.resize(fitted_size(preferred, screen.availableGeometry().size()))
