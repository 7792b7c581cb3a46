"""The client form: every field of a person, with problems shown next to the field.

Used on the client page and, one person at a time, when a household is
registered. It only lays out and converts: `value()` gives a ClientInput,
`set_value()` fills it, `show_problems()` puts the service's problems (and
dates that cannot be read) under their fields. Tab order follows the form.
"""

from __future__ import annotations

from datetime import date
from itertools import pairwise

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from vwdesk.domain.clients import PERMIT_TYPES, ClientInput
from vwdesk.domain.enums import Sex
from vwdesk.domain.errors import InputProblem
from vwdesk.domain.team import VolunteerChoice
from vwdesk.ui.tabs.clients.client_texts import invalid_date_text, problem_text, sex_label
from vwdesk.ui.widgets.country_field import CountryField
from vwdesk.ui.widgets.date_field import DateField
from vwdesk.ui.widgets.language_field import LanguagesField
from vwdesk.ui.widgets.problem_label import add_field_row

FOLLOW_HOUSEHOLD = -1  # the contact-volunteer choice "the household's"


class ClientForm(QWidget):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None, *, with_housing: bool = True) -> None:
        super().__init__(parent)
        self._errors: dict[str, QLabel] = {}
        self._loaded: ClientInput | None = None

        self.first_name = QLineEdit()
        self.last_name = QLineEdit()
        self.birth_date = DateField()
        self.sex = QComboBox()
        self.sex.addItem("", "")
        for sex in Sex:
            self.sex.addItem(sex_label(sex), sex.value)
        self.nationality = CountryField()
        self.languages = LanguagesField()
        self.phone = QLineEdit()
        self.phone.setPlaceholderText(self.tr("e.g. 06-12345678"))
        self.email = QLineEdit()
        self.v_number = QLineEdit()
        self.v_number.setPlaceholderText(self.tr("digits only"))
        self.v_number.setMaxLength(10)
        self.bsn = QLineEdit()
        self.bsn.setMaxLength(9)
        self.housed_on = DateField()
        self.housed_on.edit.setPlaceholderText(self.tr("empty: the household's date"))
        self.contact_volunteer = QComboBox()
        self.permit_type = QComboBox()
        self.permit_type.setEditable(True)
        self.permit_type.addItems(["", *PERMIT_TYPES])
        self.permit_expires_on = DateField()
        self.integration_obliged = QCheckBox(self.tr("Obliged to integrate (inburgeringsplichtig)"))
        self.pvt_required = QCheckBox(self.tr("Participation statement (PVT) required"))
        self.pvt_course_on = DateField()
        self.pvt_signed_on = DateField()
        self.notes = QPlainTextEdit()
        self.notes.setTabChangesFocus(True)
        self.notes.setFixedHeight(64)

        person = QGroupBox(self.tr("Person"))
        form = QFormLayout(person)
        self._row(form, self.tr("First name"), self.first_name, "first_name")
        self._row(form, self.tr("Family name"), self.last_name, "last_name")
        self._row(form, self.tr("Date of birth"), self.birth_date, "birth_date")
        self._row(form, self.tr("Sex"), self.sex, "sex")
        self._row(form, self.tr("Nationality"), self.nationality, "nationality")
        self._row(form, self.tr("Languages"), self.languages, "languages")
        self._row(form, self.tr("Phone"), self.phone, "phone")
        self._row(form, self.tr("E-mail"), self.email, "email")

        papers = QGroupBox(self.tr("Numbers and residence"))
        form = QFormLayout(papers)
        self._row(form, self.tr("V-number"), self.v_number, "v_number")
        self._row(form, self.tr("BSN"), self.bsn, "bsn")
        self._row(form, self.tr("Residence permit"), self.permit_type, "permit_type")
        self._row(form, self.tr("Permit valid until"), self.permit_expires_on, "permit_expires_on")

        guidance = QGroupBox(self.tr("Housing and integration"))
        form = QFormLayout(guidance)
        self.housing_row = with_housing
        if with_housing:
            self._row(form, self.tr("Housed on"), self.housed_on, "housed_on")
        self._row(form, self.tr("Contact volunteer"), self.contact_volunteer, "contact_volunteer")
        form.addRow("", self.integration_obliged)
        form.addRow("", self.pvt_required)
        self._row(form, self.tr("PVT course on"), self.pvt_course_on, "pvt_course_on")
        self._row(form, self.tr("PVT signed on"), self.pvt_signed_on, "pvt_signed_on")
        self._row(form, self.tr("Notes"), self.notes, "notes")

        grid = QGridLayout()
        grid.setContentsMargins(0, 0, 0, 0)
        grid.addWidget(person, 0, 0, 2, 1)
        grid.addWidget(papers, 0, 1)
        grid.addWidget(guidance, 1, 1)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addLayout(grid)
        outer.addStretch(1)

        self._set_tab_order()
        for edit in (self.first_name, self.last_name, self.phone, self.email, self.v_number,
                     self.bsn):  # fmt: skip
            edit.textEdited.connect(self._edited)
        for field in (self.birth_date, self.housed_on, self.permit_expires_on,
                      self.pvt_course_on, self.pvt_signed_on, self.nationality,
                      self.languages):  # fmt: skip
            field.changed.connect(self._edited)
        for box in (self.sex, self.contact_volunteer, self.permit_type):
            box.currentIndexChanged.connect(self._edited)
        self.permit_type.editTextChanged.connect(self._edited)
        for check in (self.integration_obliged, self.pvt_required):
            check.toggled.connect(self._edited)
        self.notes.textChanged.connect(self._edited)
        self.set_volunteers([])

    def _row(self, form: QFormLayout, label: str, field: QWidget, name: str) -> None:
        self._errors[name] = add_field_row(form, label, field)

    def _set_tab_order(self) -> None:
        chain = [
            self.first_name, self.last_name, self.birth_date.edit, self.sex,
            self.nationality, self.languages, self.phone, self.email, self.v_number,
            self.bsn, self.permit_type, self.permit_expires_on.edit,
            *([self.housed_on.edit] if self.housing_row else []), self.contact_volunteer,
            self.integration_obliged, self.pvt_required, self.pvt_course_on.edit,
            self.pvt_signed_on.edit, self.notes,
        ]  # fmt: skip
        for first, second in pairwise(chain):
            QWidget.setTabOrder(first, second)

    # -- values ----------------------------------------------------------------------------
    def set_volunteers(self, volunteers: list[VolunteerChoice], current: int | None = None) -> None:
        """The active team, plus the current one if they have left since."""
        self.contact_volunteer.blockSignals(True)
        self.contact_volunteer.clear()
        self.contact_volunteer.addItem(self.tr("(the household's)"), FOLLOW_HOUSEHOLD)
        for v in volunteers:
            if v.active or v.volunteer_id == current:
                self.contact_volunteer.addItem(v.name, v.volunteer_id)
        self.contact_volunteer.blockSignals(False)

    def value(self) -> ClientInput:
        volunteer = self.contact_volunteer.currentData()
        return ClientInput(
            first_name=self.first_name.text().strip(),
            last_name=self.last_name.text().strip(),
            birth_date=self.birth_date.value(),
            sex=self.sex.currentData() or "",
            nationality=self.nationality.value() or "",
            housed_on=self.housed_on.value() if self.housing_row else None,
            v_number=self.v_number.text().strip(),
            bsn=self.bsn.text().strip(),
            phone=self.phone.text().strip(),
            email=self.email.text().strip(),
            languages=self.languages.value(),
            permit_type=self.permit_type.currentText().strip(),
            permit_expires_on=self.permit_expires_on.value(),
            integration_obliged=self.integration_obliged.isChecked(),
            pvt_required=self.pvt_required.isChecked(),
            pvt_course_on=self.pvt_course_on.value(),
            pvt_signed_on=self.pvt_signed_on.value(),
            contact_volunteer_id=None if volunteer in (None, FOLLOW_HOUSEHOLD) else volunteer,
            notes=self.notes.toPlainText(),
        )

    def set_value(
        self, data: ClientInput | None, *, household_housed_on: date | None = None
    ) -> None:
        """Fill the form (None: empty); a housing date equal to the household's shows empty."""
        self.blockSignals(True)
        data = data or ClientInput("", "", None, "", "")
        self.first_name.setText(data.first_name)
        self.last_name.setText(data.last_name)
        self.birth_date.set_value(data.birth_date)
        self.sex.setCurrentIndex(max(self.sex.findData(data.sex), 0))
        self.nationality.set_value(data.nationality)
        own = data.housed_on if data.housed_on != household_housed_on else None
        self.housed_on.set_value(own)
        self.v_number.setText(data.v_number)
        self.bsn.setText(data.bsn)
        self.phone.setText(data.phone)
        self.email.setText(data.email)
        self.languages.set_value(data.languages)
        self.permit_type.setCurrentText(data.permit_type)
        self.permit_expires_on.set_value(data.permit_expires_on)
        self.integration_obliged.setChecked(data.integration_obliged)
        self.pvt_required.setChecked(data.pvt_required)
        self.pvt_course_on.set_value(data.pvt_course_on)
        self.pvt_signed_on.set_value(data.pvt_signed_on)
        wanted = data.contact_volunteer_id
        if wanted is None:
            wanted = FOLLOW_HOUSEHOLD
        self.contact_volunteer.setCurrentIndex(max(self.contact_volunteer.findData(wanted), 0))
        self.notes.setPlainText(data.notes)
        self.blockSignals(False)
        self.show_problems([])
        self._loaded = self.value()

    def clear(self) -> None:
        self.set_value(None)

    @property
    def dirty(self) -> bool:
        """Changed since set_value(), or text in a date field that is not a date yet."""
        return self.value() != self._loaded or bool(self.unreadable_dates())

    def mark_saved(self) -> None:
        self._loaded = self.value()

    # -- problems --------------------------------------------------------------------------
    def unreadable_dates(self) -> list[str]:
        fields = {
            "birth_date": self.birth_date,
            "housed_on": self.housed_on,
            "permit_expires_on": self.permit_expires_on,
            "pvt_course_on": self.pvt_course_on,
            "pvt_signed_on": self.pvt_signed_on,
        }
        return [name for name, field in fields.items() if not field.is_valid()]

    def check_dates(self) -> bool:
        """Show "type a date as dd-mm-jjjj" under unreadable dates; True when all read."""
        bad = self.unreadable_dates()
        self.show_problems([])
        for name in bad:
            self._show(name, invalid_date_text())
        return not bad

    def show_problems(self, problems: list[InputProblem]) -> None:
        for label in self._errors.values():
            label.hide()
            label.clear()
        for problem in problems:
            self._show(problem.field or "last_name", problem_text(problem))

    def _show(self, field: str, text: str) -> None:
        label = self._errors.get(field)
        if label is None:
            return
        label.setText(f"{label.text()} {text}".strip())
        label.show()

    def problem_texts(self) -> dict[str, str]:
        """What is shown under which field (for tests and screen readers)."""
        return {name: label.text() for name, label in self._errors.items() if label.text()}

    def _edited(self, *_args) -> None:
        self.changed.emit()
