"""A client's participation statement (PVT): required, deadline, course and signing dates.

The deadline comes from the team's deadline rule; without an active rule the
panel says so instead of guessing a date.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from vwdesk.domain.errors import InvalidInput
from vwdesk.domain.pvt import PvtStatus, PvtUpdate
from vwdesk.ui.context import UiContext
from vwdesk.ui.errors import message_for
from vwdesk.ui.widgets.checklist_fields import OptionalDateEdit
from vwdesk.ui.widgets.checklist_labels import deadline_state_label
from vwdesk.ui.widgets.date_field import short_date

TOPIC = "pvt"


class PvtPanel(QGroupBox):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.status: PvtStatus | None = None
        self.setTitle(self.tr("Participation statement (PVT)"))
        self.required = QCheckBox(self.tr("Required for this client"))
        self.hint = QLabel(objectName="muted")
        self.hint.setWordWrap(True)
        self.deadline = QLabel()
        self.course_on = OptionalDateEdit()
        self.signed_on = OptionalDateEdit()
        self.save_button = QPushButton(self.tr("Save"))
        self.save_button.clicked.connect(self.save)
        self.problem = QLabel(objectName="errorMessage")
        self.problem.setWordWrap(True)
        self.problem.hide()
        form = QFormLayout()
        form.addRow(self.required)
        form.addRow(self.tr("Deadline"), self.deadline)
        form.addRow(self.tr("Course on"), self.course_on)
        form.addRow(self.tr("Signed on"), self.signed_on)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.hint)
        layout.addWidget(self.problem)
        layout.addLayout(buttons)
        self.clear()

    def set_client(self, client_id: int) -> None:
        self.ctx.run(lambda ws: ws.pvt.status(client_id), on_success=self.display, owner=self)

    def display(self, status: PvtStatus) -> None:
        self.status = status
        self.required.setChecked(status.required)
        self.course_on.set_value(status.course_on)
        self.signed_on.set_value(status.signed_on)
        self.deadline.setText(self._deadline_text(status))
        suggest = status.suggested and not status.required
        self.hint.setText(
            self.tr("Obliged to integrate and housed from 1 October 2017: the PVT is required.")
            if suggest
            else ""
        )
        self.hint.setVisible(suggest)
        self.problem.hide()
        self.setEnabled(True)

    def clear(self) -> None:
        self.status = None
        self.required.setChecked(False)
        self.course_on.set_value(None)
        self.signed_on.set_value(None)
        self.deadline.setText("")
        self.hint.hide()
        self.problem.hide()
        self.setEnabled(False)

    def _deadline_text(self, status: PvtStatus) -> str:
        if not status.required:
            return self.tr("not required")
        if status.signed_on is not None:
            return self.tr("signed on %1").replace("%1", short_date(status.signed_on))
        if status.deadline is None:
            return self.tr("no deadline rule for the PVT is active")
        state = deadline_state_label(status.state(date.today()))
        return f"{short_date(status.deadline)} ({state})"

    def save(self) -> None:
        if self.status is None:
            return
        client_id = self.status.client_id
        update = PvtUpdate(
            self.required.isChecked(), self.course_on.value(), self.signed_on.value()
        )
        self.ctx.run(lambda ws: ws.pvt.update(client_id, update), on_success=self._saved,
                     on_failure=self._failed, owner=self)  # fmt: skip

    def _saved(self, status: PvtStatus) -> None:
        self.display(status)
        self.ctx.notify_changed(TOPIC)

    def _failed(self, exc: BaseException) -> None:
        if isinstance(exc, InvalidInput):
            text = self.tr("The dates must lie between the housing date and today.")
        else:
            text = message_for(exc)
        self.problem.setText(text)
        self.problem.show()
