"""Planning a visit, recording it, and a household's planned frequency.

The dialogs only collect; the tab writes through the home-visit service.
OK does not close them: the tab saves and closes them once the save
succeeded, or shows the refusal in them with everything typed still there.
"""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from vwdesk.domain.enums import ContactKind
from vwdesk.domain.sessions import MAX_MINUTES
from vwdesk.domain.visits import (
    HouseholdDue,
    MemberChoice,
    PlannedVisit,
    PoolVolunteer,
    VisitPlan,
    VisitReport,
)
from vwdesk.ui.dialogs import DialogService
from vwdesk.ui.labels import contact_kind_label
from vwdesk.ui.tabs.sessions.schedule_dialog import from_qdate, to_qdate
from vwdesk.ui.tabs.sessions.texts import weekdays_text
from vwdesk.ui.widgets.screen_fit import fit_height


class SaveDialog(QDialog):
    """OK emits `submitted` and waits: the tab calls `finish()` once the save succeeded, or
    `show_problem()`, which keeps the dialog open with one sentence and the input intact.
    Esc and Cancel ask before typed text is thrown away; `discard()` (the lock) does not."""

    submitted = Signal()

    def __init__(self, dialogs: DialogService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._dialogs = dialogs
        self._leave = False
        self.saving = False
        self.problem = QLabel(objectName="errorMessage")
        self.problem.setWordWrap(True)
        self.problem.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

    def _ok(self) -> QPushButton:
        return self.buttons.button(QDialogButtonBox.StandardButton.Ok)

    def has_unsaved(self) -> bool:
        """Whether closing would throw away text the volunteer typed: Esc asks, and so does
        quitting."""
        return False

    def discard_question(self) -> str:
        return ""

    def accept(self) -> None:
        if self.saving:
            return
        self.saving = True
        self._ok().setEnabled(False)
        self.problem.hide()
        self.submitted.emit()

    def finish(self) -> None:
        self._leave = True
        super().accept()

    def show_problem(self, text: str) -> None:
        self.saving = False
        self._ok().setEnabled(True)
        self.problem.setText(text)
        self.problem.show()
        fit_height(self)

    def discard(self) -> None:
        """Close without asking (the application is being locked)."""
        self._leave = True
        self.reject()

    def reject(self) -> None:
        if not self._leave:
            if self.saving:
                return  # the answer is on its way; it closes the dialog or says why not
            question = self.discard_question()
            if self.has_unsaved() and not self._dialogs.question(question, parent=self):
                return
        super().reject()

    def _finish_layout(self, form: QFormLayout) -> None:
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        self.extra_rows(layout)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)

    def extra_rows(self, layout: QVBoxLayout) -> None:
        """Widgets between the form and the problem sentence."""


class PlanVisitDialog(SaveDialog):
    """The fixed contact person is chosen; a pool volunteer shows the 'exception' warning."""

    def __init__(
        self,
        household: HouseholdDue,
        pool: list[PoolVolunteer],
        dialogs: DialogService,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(dialogs, parent)
        self.household = household
        self.setWindowTitle(self.tr("Plan a home visit"))
        tomorrow = date.today() + timedelta(days=1)
        suggested = max(household.due_on or tomorrow, tomorrow)
        self.day = QDateEdit(to_qdate(suggested), calendarPopup=True)
        self.volunteer = QComboBox()
        if household.contact_volunteer_id is not None:
            self.volunteer.addItem(
                self.tr("{name} (contact person)").format(name=household.contact_volunteer),
                household.contact_volunteer_id,
            )
        for p in pool:
            if p.id == household.contact_volunteer_id:
                continue
            details = ", ".join(t for t in (weekdays_text(p.weekdays), p.area) if t)
            label = f"{p.name} ({details})" if details else p.name
            self.volunteer.addItem(label, p.id)
        self.volunteer.currentIndexChanged.connect(self._check_volunteer)
        self.warning = QLabel(
            self.tr(
                "A home visit is made by the household's contact person; "
                "a volunteer from the pool should be the exception."
            ),
            objectName="errorMessage",
        )
        self.warning.setWordWrap(True)
        self.purpose = QLineEdit()
        self.purpose.setPlaceholderText(self.tr("For example: how is the household doing"))
        form = QFormLayout()
        form.addRow(self.tr("Household"), QLabel(household.label))
        form.addRow(self.tr("Date"), self.day)
        form.addRow(self.tr("Volunteer"), self.volunteer)
        form.addRow(self.tr("Purpose"), self.purpose)
        self._finish_layout(form)
        self.resize(520, 240)
        self._check_volunteer()

    def extra_rows(self, layout: QVBoxLayout) -> None:
        layout.addWidget(self.warning)

    def has_unsaved(self) -> bool:
        return bool(self.purpose.text().strip())

    def discard_question(self) -> str:
        return self.tr("Close without planning this visit? What you typed is lost.")

    def choose_volunteer(self, volunteer_id: int) -> None:
        self.volunteer.setCurrentIndex(self.volunteer.findData(volunteer_id))

    @property
    def is_exception(self) -> bool:
        chosen = self.volunteer.currentData()
        return chosen is not None and chosen != self.household.contact_volunteer_id

    def _check_volunteer(self, _index: int = 0) -> None:
        self.warning.setVisible(self.is_exception or self.volunteer.count() == 0)

    def value(self) -> VisitPlan:
        return VisitPlan(
            household_id=self.household.household_id,
            planned_on=from_qdate(self.day.date()),
            volunteer_id=self.volunteer.currentData(),
            purpose=self.purpose.text().strip(),
        )


class RecordVisitDialog(SaveDialog):
    def __init__(
        self,
        visit: PlannedVisit,
        members: list[MemberChoice],
        dialogs: DialogService,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(dialogs, parent)
        self.visit = visit
        self.setWindowTitle(self.tr("Record the home visit"))
        self.day = QDateEdit(to_qdate(min(visit.planned_on, date.today())), calendarPopup=True)
        self.day.setMaximumDate(to_qdate(date.today()))
        self.member = QComboBox()
        for m in members:
            self.member.addItem(m.name, m.client_id)
        self.kind = QComboBox()
        for kind in ContactKind:
            if kind != ContactKind.INFO_POINT:
                self.kind.addItem(contact_kind_label(kind), kind)
        self.minutes = QSpinBox()
        self.minutes.setRange(0, MAX_MINUTES)
        self.minutes.setSingleStep(15)
        self.minutes.setValue(60)
        self.minutes.setSuffix(self.tr(" min"))
        self.minutes.setSpecialValueText(self.tr("not noted"))
        self.findings = QPlainTextEdit()
        self.findings.setTabChangesFocus(True)  # Tab goes on to the follow-up, as in a form
        self.findings.setPlaceholderText(self.tr("What did you find? How is the household doing?"))
        self.follow_up = QLineEdit()
        self.follow_up.setPlaceholderText(self.tr("What happens next, and who does it"))
        form = QFormLayout()
        form.addRow(self.tr("Household"), QLabel(visit.household))
        form.addRow(self.tr("Visited on"), self.day)
        form.addRow(self.tr("Contact about"), self.member)
        form.addRow(self.tr("Kind"), self.kind)
        form.addRow(self.tr("Minutes"), self.minutes)
        form.addRow(self.tr("Findings"), self.findings)
        form.addRow(self.tr("Follow-up"), self.follow_up)
        self._finish_layout(form)
        self.resize(540, 420)

    def has_unsaved(self) -> bool:
        return bool(self.findings.toPlainText().strip() or self.follow_up.text().strip())

    def discard_question(self) -> str:
        return self.tr("Close without recording this visit? What you typed is lost.")

    def value(self) -> VisitReport:
        return VisitReport(
            held_on=from_qdate(self.day.date()),
            findings=self.findings.toPlainText().strip(),
            follow_up=self.follow_up.text().strip(),
            minutes=self.minutes.value() or None,
            kind=self.kind.currentData(),
            client_id=self.member.currentData(),
        )


class FrequencyDialog(SaveDialog):
    """Nothing is typed here (a number of weeks), so closing never asks."""

    def __init__(
        self, household: HouseholdDue, dialogs: DialogService, parent: QWidget | None = None
    ) -> None:
        super().__init__(dialogs, parent)
        self.household = household
        self.setWindowTitle(self.tr("Visit frequency"))
        self.weeks = QSpinBox()
        self.weeks.setRange(0, 52)
        self.weeks.setSpecialValueText(self.tr("no fixed frequency"))
        self.weeks.setPrefix(self.tr("every "))
        self.weeks.setSuffix(self.tr(" weeks"))
        self.weeks.setValue(round((household.interval_days or 0) / 7))
        form = QFormLayout()
        form.addRow(self.tr("Household"), QLabel(household.label))
        form.addRow(self.tr("Home visit"), self.weeks)
        self._finish_layout(form)

    def days(self) -> int | None:
        return self.weeks.value() * 7 or None
