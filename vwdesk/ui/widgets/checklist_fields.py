"""Small widgets of the checklist screens: an optional date, a list or its empty state."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QDateEdit,
    QLabel,
    QStackedWidget,
    QWidget,
)

_EMPTY = QDate(1900, 1, 1)


class OptionalDateEdit(QDateEdit):
    """A date field that can be left empty: its lowest value shows as blank and means None."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setCalendarPopup(True)
        self.setDisplayFormat("dd-MM-yyyy")
        self.setMinimumDate(_EMPTY)
        self.setSpecialValueText(" ")
        self.set_value(None)

    def value(self) -> date | None:
        qd = self.date()
        return None if qd == _EMPTY else date(qd.year(), qd.month(), qd.day())

    def set_value(self, day: date | None) -> None:
        self.setDate(_EMPTY if day is None else QDate(day.year, day.month, day.day))

    def set_today_if_empty(self) -> None:
        if self.value() is None:
            self.set_value(date.today())


class ListOrEmpty(QStackedWidget):
    """A list, or a sentence saying it is empty: never a blank white box."""

    def __init__(self, view: QWidget, empty_text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.view = view
        self.empty = QLabel(empty_text, objectName="muted")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        self.addWidget(view)
        self.addWidget(self.empty)

    def show_rows(self, count: int) -> None:
        self.setCurrentWidget(self.view if count else self.empty)
