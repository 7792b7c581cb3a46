"""Refer a household member to debt counselling (Plangroep unless another is chosen)."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from vwdesk.domain.checklists import Choice
from vwdesk.ui.widgets.checklist_fields import OptionalDateEdit


class ReferDialog(QDialog):
    def __init__(
        self,
        household_name: str,
        members: list[Choice],
        partners: list[Choice],
        default_partner: Choice | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Refer to debt counselling"))
        intro = QLabel(
            self.tr("The referral is recorded for the partner and ticks off the checklist item.")
        )
        intro.setWordWrap(True)
        intro.setObjectName("muted")
        heading = QLabel(household_name)
        self.member = QComboBox()
        for m in members:
            self.member.addItem(m.name, m.id)
        self.partner = QComboBox()
        for p in partners:
            self.partner.addItem(p.name, p.id)
        if default_partner is not None:
            self.partner.setCurrentIndex(max(self.partner.findData(default_partner.id), 0))
        self.on = OptionalDateEdit()
        self.on.set_value(date.today())
        self.reason = QLineEdit(placeholderText=self.tr("for example: rent arrears"))
        self.problem = QLabel(objectName="errorMessage")
        self.problem.setWordWrap(True)
        self.problem.hide()

        form = QFormLayout()
        form.addRow(self.tr("Household"), heading)
        form.addRow(self.tr("Client"), self.member)
        form.addRow(self.tr("Partner"), self.partner)
        form.addRow(self.tr("Date"), self.on)
        form.addRow(self.tr("Reason"), self.reason)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Refer"))
        self.buttons.accepted.connect(self._check)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(440)

    def show_problem(self, text: str) -> None:
        self.problem.setText(text)
        self.problem.show()

    def _check(self) -> None:
        if self.member.currentData() is None or self.partner.currentData() is None:
            self.show_problem(self.tr("Choose a client and a partner."))
        elif self.on.value() is None or self.on.value() > date.today():
            self.show_problem(self.tr("Fill in a date that is not in the future."))
        else:
            self.accept()
