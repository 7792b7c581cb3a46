"""A date typed as dd-mm-jjjj or picked from a calendar, and that may be left empty.

QDateEdit makes typing awkward (sections, no empty value), so this is a line
edit that reads what people type (10-5-2017, 10052017, 10.05.2017, 10/5/17)
with a calendar button beside it. `value()` is None when empty; `is_valid()`
says whether the text is a date at all, so a form can say so next to the field.
"""

from __future__ import annotations

import re
from datetime import date

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import (
    QCalendarWidget,
    QHBoxLayout,
    QLineEdit,
    QMenu,
    QToolButton,
    QWidget,
    QWidgetAction,
)

from vwdesk.ui import icons

_PARTS = re.compile(r"^\s*(\d{1,2})\s*[-./ ]\s*(\d{1,2})\s*[-./ ]\s*(\d{2}|\d{4})\s*$")
_DIGITS = re.compile(r"^\s*(\d{2})(\d{2})(\d{4}|\d{2})\s*$")


def parse_date(text: str, *, century_pivot: int | None = None) -> date | None:
    """`10-5-2017` -> 2017-05-10; raises ValueError for text that is not a date.

    Two-digit years count back from this year (a birth in '98 is 1998, not 2098).
    """
    text = text.strip()
    if not text:
        return None
    match = _PARTS.match(text) or _DIGITS.match(text)
    if match is None:
        raise ValueError(f"not a date: {text!r}")
    day, month, year = (int(g) for g in match.groups())
    if len(match.group(3)) == 2:
        pivot = century_pivot if century_pivot is not None else date.today().year % 100
        year += 2000 if year <= pivot else 1900
    return date(year, month, day)


def short_date(day: date | None) -> str:
    """A date as every list and form of the window writes it, and as DateField reads it
    back: dd-mm-yyyy in both languages; "" for no date."""
    return "" if day is None else day.strftime("%d-%m-%Y")


class DateField(QWidget):
    """A line edit for dd-mm-jjjj with a calendar button; emits `changed` on every edit."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.edit = QLineEdit()
        self.edit.setPlaceholderText(self.tr("dd-mm-yyyy"))
        self.edit.setMaxLength(12)
        self.edit.setClearButtonEnabled(True)
        self.edit.textEdited.connect(lambda _t: self.changed.emit())
        self.edit.editingFinished.connect(self._tidy)
        self.button = QToolButton()
        self.button.setIcon(icons.icon("calendar-clock"))
        self.button.setToolTip(self.tr("Pick a date from the calendar"))
        self.button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes from field to field
        self.button.clicked.connect(self.open_calendar)
        self.calendar = QCalendarWidget()
        self.calendar.setGridVisible(True)
        self.calendar.clicked.connect(self._picked)
        self.calendar.activated.connect(self._picked)
        self._menu = QMenu(self)
        action = QWidgetAction(self._menu)
        action.setDefaultWidget(self.calendar)
        self._menu.addAction(action)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.edit, 1)
        layout.addWidget(self.button)
        self.setFocusProxy(self.edit)
        self.setMinimumWidth(140)
        self.setMaximumWidth(260)

    def value(self) -> date | None:
        """The date, or None when empty or not a date (ask `is_valid()` which it is)."""
        try:
            return parse_date(self.edit.text())
        except ValueError:
            return None

    def is_valid(self) -> bool:
        try:
            parse_date(self.edit.text())
        except ValueError:
            return False
        return True

    def set_value(self, day: date | None) -> None:
        self.edit.setText(short_date(day))

    def clear(self) -> None:
        self.edit.clear()

    def text(self) -> str:
        return self.edit.text()

    def open_calendar(self) -> None:
        day = self.value() or date.today()
        self.calendar.setSelectedDate(QDate(day.year, day.month, day.day))
        self._menu.popup(self.edit.mapToGlobal(self.edit.rect().bottomLeft()))

    def _picked(self, qdate: QDate) -> None:
        self._menu.close()
        self.set_value(date(qdate.year(), qdate.month(), qdate.day()))
        self.changed.emit()
        self.edit.setFocus()

    def _tidy(self) -> None:
        """Write a date typed any way as dd-mm-jjjj once the field is left."""
        if self.is_valid() and self.edit.text().strip():
            formatted = short_date(self.value())
            if formatted != self.edit.text():
                self.edit.setText(formatted)
