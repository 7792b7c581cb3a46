"""The application's icons: Lucide SVGs from resources/icons, drawn in the palette's colour.

Lucide draws with `stroke="currentColor"`, which Qt's SVG renderer would paint
black; we substitute a colour and render pixmaps at the usual sizes. Icons are
cached per name and colour (rendering is cheap, but tabs ask often).
"""

from __future__ import annotations

import functools
import logging

from PySide6.QtCore import QByteArray, QRectF
from PySide6.QtGui import QColor, QIcon, QPainter, QPixmap
from PySide6.QtSvg import QSvgRenderer

from vwdesk.resources import resource
from vwdesk.ui import theme

log = logging.getLogger(__name__)

_SIZES = (16, 20, 24, 32, 48, 64, 96, 128)


def exists(name: str) -> bool:
    return resource("icons", f"{name}.svg").is_file()


@functools.cache
def _svg(name: str, colour: str) -> QByteArray:
    path = resource("icons", f"{name}.svg")
    try:
        text = path.read_text(encoding="utf-8")
    except OSError:
        log.warning("icon %s is missing", name)
        return QByteArray()
    return QByteArray(text.replace("currentColor", colour).encode("utf-8"))


def pixmap(name: str, size: int, colour: str = theme.ACCENT, ratio: float = 1.0) -> QPixmap:
    """One rendered icon; `ratio` is the device pixel ratio of the screen it is for."""
    pixels = max(1, round(size * ratio))
    pm = QPixmap(pixels, pixels)
    pm.fill(QColor(0, 0, 0, 0))  # transparent; not Qt.GlobalColor, see login_dialog.py
    data = _svg(name, colour)
    if not data.isEmpty():
        renderer = QSvgRenderer(data)
        painter = QPainter(pm)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        renderer.render(painter, QRectF(0, 0, pixels, pixels))
        painter.end()
    pm.setDevicePixelRatio(ratio)
    return pm


@functools.cache
def icon(name: str, colour: str = theme.ACCENT) -> QIcon:
    result = QIcon()
    if _svg(name, colour).isEmpty():
        return result
    for size in _SIZES:
        result.addPixmap(pixmap(name, size, colour))
    return result
