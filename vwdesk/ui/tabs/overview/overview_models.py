"""Table models of the Overzicht, tested without widgets.

The deadlines use the Dossiers tab's DeadlineTableModel (overdue in red); the
others show the sessions, overdue visits, past-due checklist items and the
volunteer's own clients as the overview service returned them. `target()`
says which record a line opens: (kind, id) for `UiContext.request_open`.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt

from vwdesk.domain.checklists import PastDueItem
from vwdesk.domain.deadlines import Deadline
from vwdesk.domain.sessions import SessionInfo
from vwdesk.domain.visits import HouseholdDue
from vwdesk.services.overview import ClientLine
from vwdesk.ui.labels import session_kind_label
from vwdesk.ui.tabs.dossiers.dossier_models import DatedModel
from vwdesk.ui.tabs.dossiers.dossier_texts import days_left_text, deadline_label
from vwdesk.ui.tabs.sessions.texts import long_date, time_range
from vwdesk.ui.widgets.date_field import short_date

RIGHT = Qt.AlignmentFlag.AlignRight


def late_text(days: int) -> str:
    if days == 1:
        return QCoreApplication.translate("overview", "1 day late")
    return QCoreApplication.translate("overview", "{n} days late").format(n=days)


def deadline_target(row: Deadline) -> tuple[str, int]:
    if row.dossier_id is not None:
        return "dossier", row.dossier_id
    return "client", row.client_id


class SessionLineModel(DatedModel):
    DAY, TIME, KIND, PLACE, CONTACTS = range(5)

    def headers(self) -> list[str]:
        return [
            self.tr("Day"),
            self.tr("Time"),
            self.tr("Consultation hour"),
            self.tr("Location"),
            self.tr("Contacts"),
        ]

    def display(self, row: SessionInfo, column: int) -> str:
        if column == self.DAY:
            return self.tr("today") if row.date == self.today else long_date(row.date)
        if column == self.TIME:
            return time_range(row.start, row.end)
        if column == self.KIND:
            text = session_kind_label(row.kind)
            return self.tr("{kind} (cancelled)").format(kind=text) if row.cancelled else text
        if column == self.PLACE:
            return row.location_name
        return str(row.contact_count) if row.id is not None else ""

    def sort_key(self, row: SessionInfo, column: int) -> Any:
        if column in (self.DAY, self.TIME):
            return f"{row.date.isoformat()} {row.start}"
        return super().sort_key(row, column)

    def muted(self, row: SessionInfo) -> bool:
        return row.cancelled

    def alignment(self, column: int):
        return RIGHT if column == self.CONTACTS else None

    def target(self, row: SessionInfo) -> tuple[str, int] | None:
        return ("session", row.id) if row.id is not None else None


class VisitLineModel(DatedModel):
    HOUSEHOLD, CONTACT, LAST, LATE = range(4)

    def headers(self) -> list[str]:
        return [
            self.tr("Household"),
            self.tr("Contact person"),
            self.tr("Last visit"),
            self.tr("Overdue"),
        ]

    def display(self, row: HouseholdDue, column: int) -> str:
        if column == self.HOUSEHOLD:
            return row.label
        if column == self.CONTACT:
            return row.contact_volunteer or self.tr("nobody")
        if column == self.LAST:
            return short_date(row.last_visit) if row.last_visit else self.tr("never")
        return late_text(row.days_overdue or 0)

    def sort_key(self, row: HouseholdDue, column: int) -> Any:
        if column == self.LATE:
            return row.days_overdue or 0
        if column == self.LAST:
            return row.last_visit.isoformat() if row.last_visit else ""
        return super().sort_key(row, column)

    def warning(self, row: HouseholdDue, column: int) -> bool:
        return column == self.LATE

    def alignment(self, column: int):
        return RIGHT if column == self.LATE else None

    def target(self, row: HouseholdDue) -> tuple[str, int]:
        return "household", row.household_id


class ItemLineModel(DatedModel):
    ITEM, FOR, CHECKLIST, DUE, LATE = range(5)

    def headers(self) -> list[str]:
        return [
            self.tr("Item"),
            self.tr("For"),
            self.tr("Checklist"),
            self.tr("Due"),
            self.tr("Overdue"),
        ]

    def display(self, row: PastDueItem, column: int) -> str:
        if column == self.ITEM:
            return row.title
        if column == self.FOR:
            return row.owner_name
        if column == self.CHECKLIST:
            return row.checklist_name
        if column == self.DUE:
            return short_date(row.due_on)
        return late_text((self.today - row.due_on).days)

    def sort_key(self, row: PastDueItem, column: int) -> Any:
        if column in (self.DUE, self.LATE):
            return row.due_on.isoformat()
        return super().sort_key(row, column)

    def warning(self, row: PastDueItem, column: int) -> bool:
        return column == self.LATE

    def alignment(self, column: int):
        return RIGHT if column == self.LATE else None

    def target(self, row: PastDueItem) -> tuple[str, int] | None:
        if row.client_id is not None:
            return "client", row.client_id
        if row.household_id is not None:
            return "household", row.household_id
        return None


class ClientLineModel(DatedModel):
    NAME, ADDRESS, HOUSED, NEXT = range(4)

    def headers(self) -> list[str]:
        return [
            self.tr("Client"),
            self.tr("Address"),
            self.tr("Housed on"),
            self.tr("Next deadline"),
        ]

    def display(self, row: ClientLine, column: int) -> str:
        if column == self.NAME:
            return row.name
        if column == self.ADDRESS:
            return row.address
        if column == self.HOUSED:
            return short_date(row.housed_on)
        d = row.next_deadline
        if d is None:
            return ""
        return f"{short_date(d.due_on)} ({days_left_text(d, self.today)}): {deadline_label(d)}"

    def sort_key(self, row: ClientLine, column: int) -> Any:
        if column == self.HOUSED:
            return row.housed_on.isoformat()
        if column == self.NEXT:
            return row.next_deadline.due_on.isoformat() if row.next_deadline else "9999"
        return super().sort_key(row, column)

    def warning(self, row: ClientLine, column: int) -> bool:
        d = row.next_deadline
        return column == self.NEXT and d is not None and d.days_left(self.today) < 0

    def target(self, row: ClientLine) -> tuple[str, int]:
        return "client", row.client_id
