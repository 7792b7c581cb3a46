"""Render the application icon (Lucide heart-handshake) into a Windows .ico file.

build.spec runs this in a subprocess: Qt needs a QGuiApplication, which the
PyInstaller process should not create. Each size is drawn from the SVG
(sharper than scaling one large picture down) and stored as PNG, which
Windows reads in .ico files since Vista. Qt's own ICO writer stores only one
size, and Pillow would scale instead of draw, hence these few lines.

    python installer/make_icon.py build/vwdesk.ico
"""

from __future__ import annotations

import os
import struct
import sys
from pathlib import Path

SIZES = (16, 20, 24, 32, 40, 48, 64, 128, 256)
ROOT = Path(__file__).resolve().parent.parent
SVG = ROOT / "resources" / "icons" / "heart-handshake.svg"
COLOUR = "#2d6a86"  # vwdesk/ui/theme.py ACCENT; this script must not import the package


def render_png(svg: bytes, size: int) -> bytes:
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRectF, Qt
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    QSvgRenderer(QByteArray(svg)).render(painter, QRectF(0, 0, size, size))
    painter.end()
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    if not image.save(buffer, "PNG"):
        raise RuntimeError(f"could not encode the {size}px icon")
    return bytes(buffer.data())


def ico(images: list[tuple[int, bytes]]) -> bytes:
    """ICONDIR, one ICONDIRENTRY per image, then the PNG data; 256 is written as 0."""
    header = struct.pack("<HHH", 0, 1, len(images))
    offset = len(header) + 16 * len(images)
    entries, blobs = b"", b""
    for size, png in images:
        side = 0 if size >= 256 else size
        entries += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(png), offset)
        offset += len(png)
        blobs += png
    return header + entries + blobs


def main(out: Path) -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    # QPainter wants an application; in a test one may be running already.
    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])  # noqa: F841
    svg = SVG.read_text(encoding="utf-8").replace("currentColor", COLOUR).encode("utf-8")
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_bytes(ico([(size, render_png(svg, size)) for size in SIZES]))
    return 0


if __name__ == "__main__":
    if len(sys.argv) != 2:
        raise SystemExit("usage: make_icon.py OUT.ico")
    raise SystemExit(main(Path(sys.argv[1])))
