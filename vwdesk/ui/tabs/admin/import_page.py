"""Beheer > Importeren: the import wizard for team leaders; one sentence for everyone else.

The page is listed for every role, so nobody wonders where importing went;
only a role with Permission.IMPORT gets the wizard (the service refuses the
others anyway).
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QStackedWidget, QVBoxLayout, QWidget

from vwdesk.domain.permissions import Permission
from vwdesk.ui.context import UiContext
from vwdesk.ui.import_wizard.wizard import ImportWizard


class ImportPage(QWidget):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.wizard = ImportWizard(ctx)
        self.refusal = QLabel(
            self.tr(
                "Only a team leader can import data, because an import changes many records "
                "at once. Ask your team leader when data from a spreadsheet has to come into "
                "vwdesk."
            ),
            objectName="muted",
        )
        self.refusal.setWordWrap(True)
        self.refusal.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.refusal)
        self.stack.addWidget(self.wizard)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.addWidget(self.stack)

    @property
    def allowed(self) -> bool:
        user = self.ctx.user
        return user is not None and user.can(Permission.IMPORT)

    def refresh(self) -> None:
        """Only who may import; a wizard halfway (or showing its result) stays where it is."""
        self.stack.setCurrentWidget(self.wizard if self.allowed else self.refusal)

    def clear(self) -> None:
        self.wizard.clear()
        self.stack.setCurrentWidget(self.refusal)
