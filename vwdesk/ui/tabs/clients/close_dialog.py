"""Closing a client: the date and why (moved away, guidance ended, ...)."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from vwdesk.domain.clients import CloseReason
from vwdesk.ui.tabs.clients.client_texts import close_reason_label, invalid_date_text
from vwdesk.ui.widgets.date_field import DateField
from vwdesk.ui.widgets.problem_label import problem_label


class CloseClientDialog(QDialog):
    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Close client"))
        intro = QLabel(
            self.tr(
                "{name} leaves the list of active clients. Everything recorded stays, and "
                "so do the figures of the years they were here. You can reopen later."
            ).format(name=name)
        )
        intro.setWordWrap(True)
        self.closed_on = DateField()
        self.closed_on.set_value(date.today())
        self.reason = QComboBox()
        for reason in CloseReason:
            self.reason.addItem(close_reason_label(reason), reason.value)
        self.problem = problem_label()
        form = QFormLayout()
        form.addRow(self.tr("Closed on"), self.closed_on)
        form.addRow(self.tr("Reason"), self.reason)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Close client"))
        buttons.accepted.connect(self._check)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)
        self.resize(460, 220)

    def value(self) -> tuple[date, CloseReason]:
        return self.closed_on.value() or date.today(), CloseReason(self.reason.currentData())

    def show_problem(self, text: str) -> None:
        self.problem.setText(text)
        self.problem.show()

    def _check(self) -> None:
        if self.closed_on.value() is None:
            self.show_problem(invalid_date_text())
            return
        self.accept()
