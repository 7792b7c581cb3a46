"""An extra consultation hour outside the schedules, or a new location.

Both dialogs only collect; the tab saves through the services.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from vwdesk.domain.enums import SessionKind
from vwdesk.domain.sessions import LocationInfo, normalise_time
from vwdesk.ui.labels import session_kind_label
from vwdesk.ui.tabs.sessions.schedule_dialog import from_qdate, to_qdate


@dataclass(frozen=True)
class ExtraSession:
    kind: SessionKind
    location_id: int
    on: date
    start: str
    end: str


class SessionDialog(QDialog):
    def __init__(
        self, locations: list[LocationInfo], on: date, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Extra consultation hour"))
        self.kind = QComboBox()
        for kind in SessionKind:
            self.kind.addItem(session_kind_label(kind), kind)
        self.location = QComboBox()
        for loc in locations:
            self.location.addItem(loc.name, loc.id)
        self.day = QDateEdit(to_qdate(on), calendarPopup=True)
        self.start = QLineEdit()
        self.end = QLineEdit()
        self.start.setPlaceholderText("10:00")
        self.end.setPlaceholderText("12:00")
        times = QHBoxLayout()
        times.setContentsMargins(0, 0, 0, 0)
        times.addWidget(self.start)
        times.addWidget(QLabel(self.tr("to")))
        times.addWidget(self.end)
        times_box = QWidget()
        times_box.setLayout(times)
        self.problem = QLabel(objectName="errorMessage")
        self.problem.setWordWrap(True)
        self.problem.hide()
        form = QFormLayout()
        form.addRow(self.tr("Kind"), self.kind)
        form.addRow(self.tr("Location"), self.location)
        form.addRow(self.tr("Date"), self.day)
        form.addRow(self.tr("Time"), times_box)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)

    def value(self) -> ExtraSession:
        return ExtraSession(
            kind=self.kind.currentData(),
            location_id=self.location.currentData(),
            on=from_qdate(self.day.date()),
            start=self.start.text().strip(),
            end=self.end.text().strip(),
        )

    def _accept(self) -> None:
        v = self.value()
        times_ok = all(normalise_time(t) for t in (v.start, v.end) if t)
        if v.location_id is None:
            self.problem.setText(self.tr("Add a location first."))
            self.problem.show()
        elif not times_ok:
            self.problem.setText(self.tr("Give the times as 10:00 and 12:00, or leave them empty."))
            self.problem.show()
        else:
            self.accept()


class LocationDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("New location"))
        self.name = QLineEdit()
        self.name.setPlaceholderText(self.tr("For example De Hergerborch"))
        self.address = QLineEdit()
        form = QFormLayout()
        form.addRow(self.tr("Name"), self.name)
        form.addRow(self.tr("Address"), self.address)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def _accept(self) -> None:
        if self.name.text().strip():
            self.accept()
