"""The weekly schedule of the Spreekuren tab: the list, and adding, changing, ending.

Planning schedules and locations is for those who manage the team
(Permission.MANAGE_TEAM); the buttons are hidden for others and the service
refuses anyway.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from vwdesk.domain.sessions import LocationInfo, ScheduleInfo, StaffMember
from vwdesk.ui.context import UiContext
from vwdesk.ui.tabs.sessions.dialog_host import DialogHost
from vwdesk.ui.tabs.sessions.schedule_dialog import ScheduleDialog
from vwdesk.ui.tabs.sessions.session_dialog import LocationDialog
from vwdesk.ui.tabs.sessions.session_models import ScheduleTableModel
from vwdesk.ui.tabs.sessions.tables import selected, table
from vwdesk.ui.tabs.sessions.texts import refusal_sentence


class SchedulePanel(QWidget):
    changed = Signal()  # a schedule or location was written: the tab reloads

    def __init__(self, ctx: UiContext, dialogs: DialogHost, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.dialogs = dialogs
        self.locations: list[LocationInfo] = []
        self.staff: list[StaffMember] = []
        self.may_plan = False

        self.model = ScheduleTableModel(self)
        self.view, _ = table(self.model, ScheduleTableModel.STAFFING)
        self.view.doubleClicked.connect(lambda _i: self.edit())
        self.new_button = QPushButton(self.tr("New schedule…"))
        self.new_button.clicked.connect(lambda: self.edit(new=True))
        self.edit_button = QPushButton(self.tr("Change…"))
        self.edit_button.clicked.connect(lambda: self.edit())
        self.end_button = QPushButton(self.tr("End"))
        self.end_button.clicked.connect(self.end)
        self.location_button = QPushButton(self.tr("New location…"))
        self.location_button.clicked.connect(self.add_location)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        for b in (self.location_button, self.end_button, self.edit_button, self.new_button):
            buttons.addWidget(b)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view)
        layout.addLayout(buttons)

    def set_data(
        self,
        schedules: list[ScheduleInfo],
        locations: list[LocationInfo],
        staff: list[StaffMember],
        may_plan: bool,
    ) -> None:
        self.model.set_rows(schedules)
        self.locations, self.staff, self.may_plan = locations, staff, may_plan
        for b in (self.new_button, self.edit_button, self.end_button, self.location_button):
            b.setVisible(may_plan)

    def forget(self) -> None:
        self.set_data([], [], [], self.may_plan)

    def _refused(self, exc: BaseException) -> None:
        self.ctx.dialogs.warning(refusal_sentence(exc), parent=self)

    def edit(self, new: bool = False) -> None:
        current = None if new else selected(self.view)
        if not self.may_plan or (not new and current is None):
            return
        dialog = ScheduleDialog(self.locations, self.staff, current, self)
        schedule_id = None if current is None else current.id

        def accepted() -> None:
            value = dialog.value()
            self.ctx.run(
                lambda ws: ws.sessions.save_schedule(value, schedule_id),
                on_success=self._saved,
                on_failure=self._refused,
                owner=self,
            )

        self.dialogs.show(dialog, accepted)

    def _saved(self, schedule: Any) -> None:
        if schedule.missing_legal_volunteer:
            self.ctx.dialogs.warning(
                self.tr(
                    "Saved. Note: this legal consultation has no legal volunteer in its staffing."
                ),
                parent=self,
            )
        self.ctx.notify_changed("sessions")
        self.changed.emit()

    def end(self) -> None:
        s = selected(self.view)
        if s is None or not self.may_plan:
            return
        if not self.ctx.dialogs.question(
            self.tr("End this schedule after today? Sessions already held stay."), parent=self
        ):
            return
        schedule_id, today = s.id, max(date.today(), s.valid_from)
        self.ctx.run(
            lambda ws: ws.sessions.end_schedule(schedule_id, today),
            on_success=lambda _r: self.changed.emit(),
            on_failure=self._refused,
            owner=self,
        )

    def add_location(self) -> None:
        dialog = LocationDialog(self)

        def accepted() -> None:
            name, address = dialog.name.text(), dialog.address.text()
            self.ctx.run(
                lambda ws: ws.sessions.add_location(name, address),
                on_success=lambda _r: self.changed.emit(),
                on_failure=self._refused,
                owner=self,
            )

        self.dialogs.show(dialog, accepted)
