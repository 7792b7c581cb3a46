"""Before a new person is saved: these people look alike (same birth date, a similar name).

The volunteer chooses: save as a new person anyway, open the one that is
already there, or go back to the form.
"""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from vwdesk.domain.clients import DuplicateCandidate
from vwdesk.ui.tabs.clients.client_models import DuplicateTableModel
from vwdesk.ui.tabs.sessions.tables import selected, table

SAVE_ANYWAY = 1
OPEN_EXISTING = 2


class DuplicateDialog(QDialog):
    def __init__(
        self, name: str, candidates: list[DuplicateCandidate], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Is this person already registered?"))
        self.choice = 0
        self.model = DuplicateTableModel(self)
        self.model.set_rows(candidates)
        self.view, _ = table(self.model, DuplicateTableModel.HOUSEHOLD)
        self.view.selectRow(0)
        self.view.doubleClicked.connect(lambda _i: self.open_existing())
        text = QLabel(
            self.tr(
                "{name} may already be registered: these people have the same date of birth "
                "and a name that is spelled alike. Check before you save, so nobody is in the "
                "file twice."
            ).format(name=name)
        )
        text.setWordWrap(True)
        self.back_button = QPushButton(self.tr("Go back to the form"))
        self.back_button.clicked.connect(self.reject)
        self.open_button = QPushButton(self.tr("Open the existing person"))
        self.open_button.clicked.connect(self.open_existing)
        self.save_button = QPushButton(self.tr("Save as a new person"))
        self.save_button.clicked.connect(self.save_anyway)
        buttons = QHBoxLayout()
        buttons.addWidget(self.back_button)
        buttons.addStretch(1)
        buttons.addWidget(self.open_button)
        buttons.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addWidget(self.view)
        layout.addLayout(buttons)
        self.back_button.setDefault(True)  # the safe answer
        self.resize(640, 300)

    def chosen(self) -> DuplicateCandidate | None:
        return selected(self.view)

    def open_existing(self) -> None:
        if self.chosen() is not None:
            self.choice = OPEN_EXISTING
            self.accept()

    def save_anyway(self) -> None:
        self.choice = SAVE_ANYWAY
        self.accept()
