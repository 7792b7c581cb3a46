"""A weekly consultation hour: kind, place, weekday, times, period and who staffs it.

The dialog only collects; the tab saves through the service. A legal
consultation without a legal volunteer is allowed but warned about, here
while choosing and in the schedule list afterwards.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QVBoxLayout,
    QWidget,
)

from vwdesk.domain.enums import SessionKind
from vwdesk.domain.sessions import (
    LocationInfo,
    ScheduleInfo,
    ScheduleInput,
    StaffMember,
    normalise_time,
)
from vwdesk.ui.labels import session_kind_label
from vwdesk.ui.tabs.sessions.contact_models import StaffListModel
from vwdesk.ui.tabs.sessions.texts import weekday_name


def to_qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def from_qdate(day: QDate) -> date:
    return date(day.year(), day.month(), day.day())


class ScheduleDialog(QDialog):
    def __init__(
        self,
        locations: list[LocationInfo],
        staff: list[StaffMember],
        current: ScheduleInfo | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Change schedule") if current else self.tr("New schedule"))
        self.kind = QComboBox()
        for kind in SessionKind:
            self.kind.addItem(session_kind_label(kind), kind)
        self.kind.currentIndexChanged.connect(self._check_staffing)
        self.location = QComboBox()
        for loc in locations:
            self.location.addItem(loc.name, loc.id)
        self.weekday = QComboBox()
        for iso in range(1, 8):
            self.weekday.addItem(weekday_name(iso), iso)
        self.start = QLineEdit("14:00")
        self.end = QLineEdit("16:00")
        for field in (self.start, self.end):
            field.setMaximumWidth(80)
            field.setInputMask("")
        times = QHBoxLayout()
        times.addWidget(self.start)
        times.addWidget(QLabel(self.tr("to")))
        times.addWidget(self.end)
        times.addStretch(1)
        self.valid_from = QDateEdit(to_qdate(date.today()), calendarPopup=True)
        self.has_end = QCheckBox(self.tr("until"))
        self.valid_until = QDateEdit(to_qdate(date.today()), calendarPopup=True)
        self.valid_until.setEnabled(False)
        self.has_end.toggled.connect(self.valid_until.setEnabled)
        period = QHBoxLayout()
        period.addWidget(self.valid_from)
        period.addWidget(self.has_end)
        period.addWidget(self.valid_until)
        period.addStretch(1)
        self.staff = StaffListModel(self)
        self.staff.set_items(staff)
        self.staff.dataChanged.connect(self._check_staffing)
        self.staff_view = QListView()
        self.staff_view.setModel(self.staff)
        self.staff_view.setMinimumHeight(140)
        self.warning = QLabel(
            self.tr("A legal consultation needs a legal volunteer; none is chosen yet."),
            objectName="errorMessage",
        )
        self.warning.setWordWrap(True)
        self.problem = QLabel(objectName="errorMessage")
        self.problem.setWordWrap(True)
        self.problem.hide()

        form = QFormLayout()
        form.addRow(self.tr("Kind"), self.kind)
        form.addRow(self.tr("Location"), self.location)
        form.addRow(self.tr("Weekday"), self.weekday)
        form.addRow(self.tr("Time"), _box(times))
        form.addRow(self.tr("Valid from"), _box(period))
        form.addRow(self.tr("Staffing"), self.staff_view)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self._accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.warning)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        self.resize(520, 520)
        if current is not None:
            self._fill(current)
        self._check_staffing()

    def _fill(self, s: ScheduleInfo) -> None:
        self.kind.setCurrentIndex(self.kind.findData(s.kind))
        self.location.setCurrentIndex(max(0, self.location.findData(s.location_id)))
        self.weekday.setCurrentIndex(s.weekday - 1)
        self.start.setText(s.start)
        self.end.setText(s.end)
        self.valid_from.setDate(to_qdate(s.valid_from))
        if s.valid_until is not None:
            self.has_end.setChecked(True)
            self.valid_until.setDate(to_qdate(s.valid_until))
        self.staff.set_checked(set(s.staffing))

    def _check_staffing(self, *_args) -> None:
        legal_ids = {m.id for m in self.staff.items() if m.legal}
        missing = self.kind.currentData() == SessionKind.LEGAL and not (
            legal_ids & set(self.staff.checked())
        )
        self.warning.setVisible(missing)

    def value(self) -> ScheduleInput:
        return ScheduleInput(
            kind=self.kind.currentData(),
            location_id=self.location.currentData(),
            weekday=self.weekday.currentData(),
            start=self.start.text(),
            end=self.end.text(),
            valid_from=from_qdate(self.valid_from.date()),
            valid_until=from_qdate(self.valid_until.date()) if self.has_end.isChecked() else None,
            staffing=tuple(self.staff.checked()),
        )

    def _accept(self) -> None:
        """Catch what a volunteer can fix here; the service checks everything again."""
        start, end = normalise_time(self.start.text()), normalise_time(self.end.text())
        if self.location.currentData() is None:
            self._problem(self.tr("Add a location first."))
        elif start is None or end is None or end <= start:
            self._problem(self.tr("Give the times as 14:00 and 16:00, the end after the start."))
        else:
            self.accept()

    def _problem(self, text: str) -> None:
        self.problem.setText(text)
        self.problem.show()


def _box(layout) -> QWidget:
    box = QWidget()
    layout.setContentsMargins(0, 0, 0, 0)
    box.setLayout(layout)
    return box
