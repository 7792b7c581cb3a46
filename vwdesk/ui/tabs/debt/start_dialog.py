"""Start a debt-prevention checklist for a household that has none yet."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from vwdesk.domain.checklists import Choice
from vwdesk.ui.widgets.checklist_fields import OptionalDateEdit


class StartChecklistDialog(QDialog):
    def __init__(self, households: list[Choice], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Start debt prevention"))
        self.household = QComboBox()
        self.household.setEditable(True)  # type a few letters of a name to find it
        self.household.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        for choice in households:
            self.household.addItem(choice.name, choice.id)
        completer = self.household.completer()
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.started_on = OptionalDateEdit()
        self.started_on.set_value(date.today())
        self.problem = QLabel(objectName="errorMessage")
        self.problem.setWordWrap(True)
        self.problem.hide()

        form = QFormLayout()
        form.addRow(self.tr("Household"), self.household)
        form.addRow(self.tr("Started on"), self.started_on)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Start"))
        self.buttons.accepted.connect(self._check)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        if not households:
            layout.addWidget(
                QLabel(self.tr("Every household already has a debt prevention checklist."))
            )
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(420)

    def household_id(self) -> int | None:
        index = self.household.findText(self.household.currentText())
        return self.household.itemData(index) if index >= 0 else None

    def _check(self) -> None:
        if self.household_id() is None:
            self.problem.setText(self.tr("Choose a household from the list."))
        elif self.started_on.value() is None:
            self.problem.setText(self.tr("Fill in the start date."))
        else:
            self.accept()
            return
        self.problem.show()
