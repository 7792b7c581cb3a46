"""A dialog that grows when a sentence appears in it (a refusal under the form).

Qt grows a window only to its minimum size, and word-wrapped labels compute
that for a narrow width, so the text above the new sentence was squeezed and
cut off. The dialog takes the height its layout needs at its current width.
"""

from __future__ import annotations

from PySide6.QtWidgets import QWidget


def fit_height(window: QWidget) -> None:
    layout = window.layout()
    if layout is None:
        return
    layout.activate()
    needed = layout.totalHeightForWidth(window.width())
    if needed > window.height():
        window.resize(window.width(), needed)
