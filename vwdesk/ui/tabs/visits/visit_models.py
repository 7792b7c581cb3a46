"""Table models of the Huisbezoeken tab, tested without widgets."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, QSortFilterProxyModel, Qt

from vwdesk.domain.visits import HouseholdDue, PlannedVisit, PoolVolunteer, WeekLoad
from vwdesk.ui.labels import languages_label
from vwdesk.ui.tabs.sessions.texts import weekdays_text
from vwdesk.ui.widgets.date_field import short_date
from vwdesk.ui.widgets.rows_table_model import ROW_ROLE, RowsTableModel

RIGHT = Qt.AlignmentFlag.AlignRight


class HouseholdDueTableModel(RowsTableModel[HouseholdDue]):
    HOUSEHOLD, CONTACT, FREQUENCY, LAST_VISIT, DUE, OVERDUE, PLANNED = range(7)

    def headers(self) -> list[str]:
        return [
            self.tr("Household"),
            self.tr("Contact person"),
            self.tr("Frequency"),
            self.tr("Last visit"),
            self.tr("Due"),
            self.tr("Overdue"),
            self.tr("Planned"),
        ]

    def frequency(self, days: int | None) -> str:
        if days is None:
            return self.tr("none")
        if days % 7 == 0:
            return self.tr("every %n week(s)", "", days // 7)
        return self.tr("every %n day(s)", "", days)

    def overdue_text(self, row: HouseholdDue) -> str:
        n = row.days_overdue
        if n is None:
            return ""
        if n > 0:
            return self.tr("%n day(s) late", "", n)
        if n == 0:
            return self.tr("today")
        return self.tr("in %n day(s)", "", -n)

    def display(self, row: HouseholdDue, column: int) -> str:
        if column == self.HOUSEHOLD:
            return row.label
        if column == self.CONTACT:
            return row.contact_volunteer or self.tr("nobody")
        if column == self.FREQUENCY:
            return self.frequency(row.interval_days)
        if column == self.LAST_VISIT:
            return short_date(row.last_visit) if row.last_visit else self.tr("never")
        if column == self.DUE:
            return short_date(row.due_on)
        if column == self.OVERDUE:
            return self.overdue_text(row)
        return short_date(row.planned_on)

    def sort_key(self, row: HouseholdDue, column: int) -> Any:
        if column == self.FREQUENCY:
            return row.interval_days or 0
        if column == self.OVERDUE:
            return -100_000 if row.days_overdue is None else row.days_overdue
        dates = {
            self.LAST_VISIT: row.last_visit,
            self.DUE: row.due_on,
            self.PLANNED: row.planned_on,
        }
        if column in dates:
            day = dates[column]
            return day.isoformat() if day else ""
        return super().sort_key(row, column)

    def warning(self, row: HouseholdDue, column: int) -> bool:
        return column == self.OVERDUE and row.overdue

    def muted(self, row: HouseholdDue) -> bool:
        return row.interval_days is None

    def alignment(self, column: int):
        return RIGHT if column == self.OVERDUE else None


class HouseholdFilter(QSortFilterProxyModel):
    """All households, only the overdue ones, or those without a planned frequency."""

    ALL, OVERDUE, WATCHED, NO_FREQUENCY = range(4)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.mode = self.ALL

    def set_mode(self, mode: int) -> None:
        self.beginFilterChange()
        self.mode = mode
        self.endFilterChange()

    def filterAcceptsRow(self, source_row: int, source_parent) -> bool:
        row: HouseholdDue = self.sourceModel().index(source_row, 0, source_parent).data(ROW_ROLE)
        if self.mode == self.OVERDUE:
            return row.overdue
        if self.mode == self.WATCHED:
            return row.interval_days is not None
        if self.mode == self.NO_FREQUENCY:
            return row.interval_days is None
        return True


class PlannedVisitTableModel(RowsTableModel[PlannedVisit]):
    DATE, HOUSEHOLD, VOLUNTEER, PURPOSE, STATUS = range(5)

    def headers(self) -> list[str]:
        return [
            self.tr("Date"),
            self.tr("Household"),
            self.tr("Volunteer"),
            self.tr("Purpose"),
            self.tr("Status"),
        ]

    def display(self, row: PlannedVisit, column: int) -> str:
        if column == self.DATE:
            return short_date(row.planned_on)
        if column == self.HOUSEHOLD:
            return row.household
        if column == self.VOLUNTEER:
            if row.by_pool_volunteer:
                return self.tr("{name} (pool)").format(name=row.volunteer)
            return row.volunteer
        if column == self.PURPOSE:
            return row.purpose
        if row.recorded:
            return self.tr("Made on {day}").format(day=short_date(row.held_on))
        return self.tr("Planned")

    def sort_key(self, row: PlannedVisit, column: int) -> Any:
        if column == self.DATE:
            return row.planned_on.isoformat()
        return super().sort_key(row, column)

    def muted(self, row: PlannedVisit) -> bool:
        return row.recorded

    def warning(self, row: PlannedVisit, column: int) -> bool:
        return column == self.VOLUNTEER and row.by_pool_volunteer and not row.recorded

    def tooltip(self, row: PlannedVisit, column: int) -> str | None:
        if column == self.VOLUNTEER and row.by_pool_volunteer:
            return self.tr("Not the household's contact person: this should be the exception.")
        if column == self.STATUS and row.recorded:
            return "\n".join(t for t in (row.findings, row.follow_up) if t) or None
        return None


class WeekLoadTableModel(RowsTableModel[WeekLoad]):
    WEEK, VOLUNTEER, VISITS = range(3)

    def headers(self) -> list[str]:
        return [self.tr("Week"), self.tr("Volunteer"), self.tr("Visits")]

    def display(self, row: WeekLoad, column: int) -> str:
        if column == self.WEEK:
            return self.tr("Week {week} (from {monday})").format(
                week=row.week, monday=short_date(row.monday)
            )
        if column == self.VOLUNTEER:
            return row.volunteer
        return str(row.visits)

    def sort_key(self, row: WeekLoad, column: int) -> Any:
        if column == self.WEEK:
            return row.monday.isoformat()
        if column == self.VISITS:
            return row.visits
        return super().sort_key(row, column)

    def alignment(self, column: int):
        return RIGHT if column == self.VISITS else None


class PoolTableModel(RowsTableModel[PoolVolunteer]):
    NAME, DAYS, LANGUAGES, AREA, PLANNED, CONTACT_FOR = range(6)

    def headers(self) -> list[str]:
        return [
            self.tr("Volunteer"),
            self.tr("Available on"),
            self.tr("Languages"),
            self.tr("Area"),
            self.tr("Planned"),
            self.tr("Contact person for"),
        ]

    def display(self, row: PoolVolunteer, column: int) -> str:
        if column == self.NAME:
            return row.name
        if column == self.DAYS:
            return weekdays_text(row.weekdays) or self.tr("not given")
        if column == self.LANGUAGES:
            return languages_label(row.languages)
        if column == self.AREA:
            return row.area
        if column == self.PLANNED:
            return str(row.planned)
        return self.tr("%n household(s)", "", row.contact_for)

    def sort_key(self, row: PoolVolunteer, column: int) -> Any:
        if column == self.PLANNED:
            return row.planned
        if column == self.CONTACT_FOR:
            return row.contact_for
        if column == self.DAYS:
            return "".join(str(d) for d in row.weekdays) or "9"
        return super().sort_key(row, column)

    def alignment(self, column: int):
        return RIGHT if column == self.PLANNED else None
