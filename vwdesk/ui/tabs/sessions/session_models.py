"""Table models of the Spreekuren overview: the week's sessions, the schedules, per location."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt

from vwdesk.domain.sessions import LocationStats, ScheduleInfo, SessionInfo
from vwdesk.ui.labels import session_kind_label
from vwdesk.ui.tabs.sessions.texts import long_date, time_range, weekday_name
from vwdesk.ui.widgets.date_field import short_date
from vwdesk.ui.widgets.rows_table_model import RowsTableModel

RIGHT = Qt.AlignmentFlag.AlignRight


class SessionTableModel(RowsTableModel[SessionInfo]):
    DATE, TIME, KIND, LOCATION, CONTACTS, STATUS = range(6)

    def headers(self) -> list[str]:
        return [
            self.tr("Date"),
            self.tr("Time"),
            self.tr("Kind"),
            self.tr("Location"),
            self.tr("Contacts"),
            self.tr("Status"),
        ]

    def status(self, row: SessionInfo) -> str:
        if row.cancelled:
            return self.tr("Cancelled")
        if row.id is None:
            return self.tr("Planned")
        return self.tr("Opened")

    def display(self, row: SessionInfo, column: int) -> str:
        if column == self.DATE:
            return long_date(row.date)
        if column == self.TIME:
            return time_range(row.start, row.end)
        if column == self.KIND:
            return session_kind_label(row.kind)
        if column == self.LOCATION:
            return row.location_name
        if column == self.CONTACTS:
            return "" if row.id is None else str(row.contact_count)
        return self.status(row)

    def sort_key(self, row: SessionInfo, column: int) -> Any:
        if column == self.DATE:
            return f"{row.date.isoformat()} {row.start}"
        if column == self.CONTACTS:
            return row.contact_count
        return super().sort_key(row, column)

    def muted(self, row: SessionInfo) -> bool:
        return row.cancelled

    def alignment(self, column: int):
        return RIGHT if column == self.CONTACTS else None


class ScheduleTableModel(RowsTableModel[ScheduleInfo]):
    WEEKDAY, TIME, KIND, LOCATION, PERIOD, STAFFING = range(6)

    def headers(self) -> list[str]:
        return [
            self.tr("Weekday"),
            self.tr("Time"),
            self.tr("Kind"),
            self.tr("Location"),
            self.tr("Valid"),
            self.tr("Staffing"),
        ]

    def display(self, row: ScheduleInfo, column: int) -> str:
        if column == self.WEEKDAY:
            return weekday_name(row.weekday)
        if column == self.TIME:
            return time_range(row.start, row.end)
        if column == self.KIND:
            return session_kind_label(row.kind)
        if column == self.LOCATION:
            return row.location_name
        if column == self.STAFFING:
            names = ", ".join(row.staffing_names) or self.tr("nobody yet")
            if row.missing_legal_volunteer:
                return self.tr("{names} (no legal volunteer!)").format(names=names)
            return names
        return self.period(row)

    def period(self, row: ScheduleInfo) -> str:
        if row.valid_until is None:
            return self.tr("from {day}").format(day=short_date(row.valid_from))
        return self.tr("{first} to {last}").format(
            first=short_date(row.valid_from), last=short_date(row.valid_until)
        )

    def sort_key(self, row: ScheduleInfo, column: int) -> Any:
        if column in (self.WEEKDAY, self.TIME):
            return f"{row.weekday} {row.start}"
        if column == self.PERIOD:
            return row.valid_from.isoformat()
        return super().sort_key(row, column)

    def warning(self, row: ScheduleInfo, column: int) -> bool:
        return column == self.STAFFING and row.missing_legal_volunteer

    def tooltip(self, row: ScheduleInfo, column: int) -> str | None:
        if self.warning(row, column):
            return self.tr(
                "A legal consultation needs at least one legal volunteer in its staffing."
            )
        return None


class LocationStatsTableModel(RowsTableModel[LocationStats]):
    LOCATION, HELD, CONTACTS, AVERAGE, CANCELLED = range(5)

    def headers(self) -> list[str]:
        return [
            self.tr("Location"),
            self.tr("Held"),
            self.tr("Contacts"),
            self.tr("Per hour"),
            self.tr("Cancelled"),
        ]

    def display(self, row: LocationStats, column: int) -> str:
        values = [row.location, row.sessions_held, row.contacts, row.average, row.cancelled]
        return str(values[column])

    def sort_key(self, row: LocationStats, column: int) -> Any:
        if column == self.LOCATION:
            return row.location
        return [0, row.sessions_held, row.contacts, row.average, row.cancelled][column]

    def alignment(self, column: int):
        return None if column == self.LOCATION else RIGHT

    def tooltip(self, row: LocationStats, column: int) -> str | None:
        if column == self.AVERAGE:
            return self.tr("Contacts per consultation hour held, rounded (as in the annual report)")
        return None
