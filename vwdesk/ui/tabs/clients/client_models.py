"""The small tables of the clients tab: a household's members, the timeline, look-alikes."""

from __future__ import annotations

from typing import Any

from vwdesk.domain.clients import (
    ClientStatus,
    DuplicateCandidate,
    HouseholdChoice,
    Member,
    TimelineEntry,
)
from vwdesk.ui.tabs.clients.client_texts import sex_label, status_label, timeline_what
from vwdesk.ui.tabs.sessions.texts import topics_label
from vwdesk.ui.widgets.date_field import short_date
from vwdesk.ui.widgets.rows_table_model import RowsTableModel


class MemberTableModel(RowsTableModel[Member]):
    NAME, BORN, SEX, HOUSED_ON, STATUS = range(5)

    def headers(self) -> list[str]:
        return [
            self.tr("Name"),
            self.tr("Date of birth"),
            self.tr("Sex"),
            self.tr("Housed on"),
            self.tr("Status"),
        ]

    def display(self, row: Member, column: int) -> str:
        if column == self.NAME:
            return row.name or self.tr("(anonymised)")
        if column == self.BORN:
            return short_date(row.birth_date)
        if column == self.SEX:
            return sex_label(row.sex)
        if column == self.HOUSED_ON:
            text = short_date(row.housed_on)
            return self.tr("{date} (joined later)").format(date=text) if row.joined_later else text
        return status_label(row.status)

    def sort_key(self, row: Member, column: int) -> Any:
        if column == self.BORN:
            return row.birth_date.isoformat()
        if column == self.HOUSED_ON:
            return row.housed_on.isoformat()
        return self.display(row, column).casefold()

    def muted(self, row: Member) -> bool:
        return row.status != ClientStatus.ACTIVE


class TimelineTableModel(RowsTableModel[TimelineEntry]):
    DATE, WHAT, DETAILS, VOLUNTEER = range(4)

    def headers(self) -> list[str]:
        return [self.tr("Date"), self.tr("What"), self.tr("Details"), self.tr("Volunteer")]

    def display(self, row: TimelineEntry, column: int) -> str:
        if column == self.DATE:
            return short_date(row.on)
        if column == self.WHAT:
            return timeline_what(row)
        if column == self.DETAILS:
            return "; ".join(p for p in (topics_label(row.topics), row.text) if p)
        return row.volunteer

    def sort_key(self, row: TimelineEntry, column: int) -> Any:
        if column == self.DATE:
            return row.on.isoformat()
        return self.display(row, column).casefold()

    def tooltip(self, row: TimelineEntry, column: int) -> str | None:
        return self.display(row, self.DETAILS) or None


class DuplicateTableModel(RowsTableModel[DuplicateCandidate]):
    NAME, BORN, HOUSEHOLD, STATUS = range(4)

    def headers(self) -> list[str]:
        return [
            self.tr("Name"),
            self.tr("Date of birth"),
            self.tr("Household"),
            self.tr("Status"),
        ]

    def display(self, row: DuplicateCandidate, column: int) -> str:
        if column == self.NAME:
            return row.name
        if column == self.BORN:
            return short_date(row.birth_date)
        if column == self.HOUSEHOLD:
            return row.household
        return status_label(row.status)


class HouseholdChoiceTableModel(RowsTableModel[HouseholdChoice]):
    LABEL, MEMBERS = range(2)

    def headers(self) -> list[str]:
        return [self.tr("Household"), self.tr("People")]

    def display(self, row: HouseholdChoice, column: int) -> str:
        return row.label if column == self.LABEL else str(row.members)

    def sort_key(self, row: HouseholdChoice, column: int) -> Any:
        return row.members if column == self.MEMBERS else row.label.casefold()
