"""The friendly page a tab shows until it is built: what will come here, with its icon."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from vwdesk.ui import icons
from vwdesk.ui.context import UiContext
from vwdesk.ui.tabs.base import TabPage

if TYPE_CHECKING:
    from vwdesk.ui.tabs import TabSpec


class PlaceholderTab(TabPage):
    """Holds no data, so refresh() and clear() have nothing to do."""

    def __init__(self, ctx: UiContext, spec: TabSpec, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.spec = spec

        card = QFrame(objectName="card")
        card.setFixedWidth(600)  # a fixed width lets the wrapped text take the height it needs
        inner = QVBoxLayout(card)
        inner.setContentsMargins(40, 36, 40, 36)
        inner.setSpacing(14)

        picture = QLabel()
        picture.setPixmap(icons.pixmap(spec.icon, 56, ratio=self.devicePixelRatioF()))
        picture.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        title = QLabel(spec.translated_title(), objectName="pageTitle")
        title.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.description = QLabel(spec.translated_description())
        self.description.setWordWrap(True)
        self.description.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        note = QLabel(self.tr("This part of vwdesk is being built."), objectName="muted")
        note.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        for widget in (picture, title, self.description, note):
            inner.addWidget(widget)

        # Stretches rather than an alignment flag: an aligned item gets its plain size
        # hint, which cuts off wrapped text; a stretched one gets its height for width.
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(card)
        row.addStretch(1)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(24, 24, 24, 24)
        outer.addStretch(1)
        outer.addLayout(row)
        outer.addStretch(2)

    def refresh(self) -> None:
        pass

    def clear(self) -> None:
        pass
