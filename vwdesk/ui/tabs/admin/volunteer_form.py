"""One team member's details: period, role, paid, pool, legal, languages, weekly availability."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QWidget,
)

from vwdesk.domain.enums import Role
from vwdesk.domain.errors import InputProblem
from vwdesk.domain.team import Volunteer, VolunteerInput
from vwdesk.ui.labels import role_label
from vwdesk.ui.tabs.admin.admin_texts import weekday_short
from vwdesk.ui.tabs.clients.client_texts import problem_text
from vwdesk.ui.widgets.date_field import DateField
from vwdesk.ui.widgets.language_field import LanguagesField
from vwdesk.ui.widgets.problem_label import add_field_row


class VolunteerForm(QWidget):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._loaded: VolunteerInput | None = None
        self.first_name = QLineEdit()
        self.last_name = QLineEdit()
        self.role = QComboBox()
        for role in (Role.VOLUNTEER, Role.JUNIOR_TEAM_LEADER, Role.TEAM_LEADER):
            self.role.addItem(role_label(role), role.value)
        self.paid = QCheckBox(self.tr("Paid staff"))
        self.active_from = DateField()
        self.active_until = DateField()
        self.active_until.edit.setPlaceholderText(self.tr("still active"))
        self.home_visit_pool = QCheckBox(self.tr("In the home-visit pool"))
        self.legal = QCheckBox(self.tr("Legal volunteer (legal consultation hour)"))
        self.trained = QCheckBox(self.tr("Trained"))
        self.languages = LanguagesField()
        self.area = QLineEdit()
        self.area.setPlaceholderText(self.tr("e.g. Berkel, Bergschenhoek"))
        self.days = [QCheckBox(weekday_short(d)) for d in range(1, 8)]
        self.phone = QLineEdit()
        self.email = QLineEdit()
        self.account = QLabel(objectName="muted")
        self._errors: dict[str, QLabel] = {}

        form = QFormLayout(self)
        # Beside the team list on a 1024-wide screen a long row (the weekdays) puts its
        # field under its label rather than widening the window.
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self._row(form, self.tr("First name"), self.first_name, "first_name")
        self._row(form, self.tr("Family name"), self.last_name, "last_name")
        self._row(form, self.tr("Role"), self.role, "role")
        form.addRow("", self.paid)
        self._row(form, self.tr("Active from"), self.active_from, "active_from")
        self._row(form, self.tr("Active until"), self.active_until, "active_until")
        form.addRow("", self.home_visit_pool)
        form.addRow("", self.legal)
        form.addRow("", self.trained)
        self._row(form, self.tr("Languages spoken"), self.languages, "languages")
        self._row(form, self.tr("Area"), self.area, "area")
        days = QHBoxLayout()
        for box in self.days:
            days.addWidget(box)
        days.addStretch(1)
        days_widget = QWidget()
        days_widget.setLayout(days)
        self._row(form, self.tr("Available on"), days_widget, "availability")
        self._row(form, self.tr("Phone"), self.phone, "phone")
        self._row(form, self.tr("E-mail"), self.email, "email")
        form.addRow(self.tr("Sign-in account"), self.account)

        for edit in (self.first_name, self.last_name, self.area, self.phone, self.email):
            edit.textEdited.connect(lambda _t: self.changed.emit())
        self.languages.changed.connect(self.changed)
        for box in (self.paid, self.home_visit_pool, self.legal, self.trained, *self.days):
            box.toggled.connect(lambda _on: self.changed.emit())
        self.role.currentIndexChanged.connect(lambda _i: self.changed.emit())
        self.active_from.changed.connect(self.changed)
        self.active_until.changed.connect(self.changed)

    def _row(self, form: QFormLayout, label: str, field: QWidget, name: str) -> None:
        self._errors[name] = add_field_row(form, label, field)

    def value(self) -> VolunteerInput:
        return VolunteerInput(
            first_name=self.first_name.text().strip(),
            last_name=self.last_name.text().strip(),
            active_from=self.active_from.value(),
            active_until=self.active_until.value(),
            role=Role(self.role.currentData()),
            paid=self.paid.isChecked(),
            home_visit_pool=self.home_visit_pool.isChecked(),
            legal=self.legal.isChecked(),
            trained=self.trained.isChecked(),
            languages=self.languages.value(),
            area=self.area.text().strip(),
            availability=tuple(d for d, box in enumerate(self.days, start=1) if box.isChecked()),
            phone=self.phone.text().strip(),
            email=self.email.text().strip(),
        )

    def set_value(self, volunteer: Volunteer | None, data: VolunteerInput | None = None) -> None:
        self.blockSignals(True)
        data = volunteer.data if volunteer is not None else data
        data = data or VolunteerInput("", "", None)
        self.first_name.setText(data.first_name)
        self.last_name.setText(data.last_name)
        self.role.setCurrentIndex(max(self.role.findData(Role(data.role).value), 0))
        self.paid.setChecked(data.paid)
        self.active_from.set_value(data.active_from)
        self.active_until.set_value(data.active_until)
        self.home_visit_pool.setChecked(data.home_visit_pool)
        self.legal.setChecked(data.legal)
        self.trained.setChecked(data.trained)
        self.languages.set_value(data.languages)
        self.area.setText(data.area)
        for day, box in enumerate(self.days, start=1):
            box.setChecked(day in data.availability)
        self.phone.setText(data.phone)
        self.email.setText(data.email)
        account = volunteer.account if volunteer is not None else ""
        self.account.setText(account or self.tr("none (link one under Accounts)"))
        self.blockSignals(False)
        self.show_problems([])
        self._loaded = self.value()

    @property
    def dirty(self) -> bool:
        return self._loaded is not None and self.value() != self._loaded

    def unreadable_dates(self) -> bool:
        return not (self.active_from.is_valid() and self.active_until.is_valid())

    def show_problems(self, problems: list[InputProblem]) -> None:
        for label in self._errors.values():
            label.clear()
            label.hide()
        for problem in problems:
            label = self._errors.get(problem.field or "last_name")
            if label is not None:
                label.setText(problem_text(problem))
                label.show()

    def show_text(self, field: str, text: str) -> None:
        label = self._errors[field]
        label.setText(text)
        label.show()

    def problem_texts(self) -> dict[str, str]:
        return {name: label.text() for name, label in self._errors.items() if label.text()}
