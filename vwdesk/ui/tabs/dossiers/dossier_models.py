"""Table models of the Dossiers tab (and the deadlines of the Overzicht), tested without widgets.

Each model shows the dataclasses a service returned, through one `set_rows()`;
the models that count days hold the `today` the rows were computed for.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QObject, QSortFilterProxyModel, Qt

from vwdesk.domain.deadlines import Deadline, DeadlineRule
from vwdesk.domain.dossiers import DossierFilter, DossierSummary, FamilyMember, ProcedureStep
from vwdesk.ui.tabs.dossiers.dossier_texts import (
    anchor_label,
    country_label,
    days_left_text,
    deadline_label,
    outcome_label,
    period_text,
    relation_label,
    step_label,
    step_short_label,
)
from vwdesk.ui.widgets.date_field import short_date
from vwdesk.ui.widgets.rows_table_model import ROW_ROLE, RowsTableModel

RIGHT = Qt.AlignmentFlag.AlignRight


class DatedModel(RowsTableModel):
    """A model whose texts depend on the day the rows were computed for."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.today = date.today()

    def set_rows_for(self, rows, today: date) -> None:
        self.today = today
        self.set_rows(rows)


class DossierTableModel(DatedModel):
    REFERENT, FAMILY, NIDOS, STATUS, NEXT_DEADLINE, REVIEWED = range(6)

    def headers(self) -> list[str]:
        return [
            self.tr("Referent"),
            self.tr("Family"),
            self.tr("NIDOS"),
            self.tr("Status"),
            self.tr("Deadline"),
            self.tr("Reviewed"),
        ]

    def display(self, row: DossierSummary, column: int) -> str:
        if column == self.REFERENT:
            return row.referent
        if column == self.FAMILY:
            return ", ".join(row.family) or self.tr("none yet")
        if column == self.NIDOS:
            return self.tr("NIDOS") if row.nidos else ""
        if column == self.STATUS:
            if not row.is_open:
                return outcome_label(row.outcome)
            return step_short_label(row.status) if row.status else self.tr("Opened")
        if column == self.NEXT_DEADLINE:
            return short_date(row.next_deadline.due_on) if row.next_deadline else ""
        if row.last_reviewed_on is None:
            return self.tr("never")
        return short_date(row.last_reviewed_on)

    def sort_key(self, row: DossierSummary, column: int) -> Any:
        if column == self.NEXT_DEADLINE:
            return row.next_deadline.due_on.isoformat() if row.next_deadline else "9999"
        if column == self.REVIEWED:
            return row.last_reviewed_on.isoformat() if row.last_reviewed_on else ""
        return super().sort_key(row, column)

    def warning(self, row: DossierSummary, column: int) -> bool:
        if column == self.NEXT_DEADLINE:
            return row.next_deadline is not None and row.next_deadline.days_left(self.today) < 0
        return column == self.REVIEWED and row.review_due

    def muted(self, row: DossierSummary) -> bool:
        return not row.is_open

    def tooltip(self, row: DossierSummary, column: int) -> str | None:
        if column == self.FAMILY and row.family:
            return "\n".join(row.family)
        if column == self.STATUS and row.is_open and row.status is not None:
            return step_label(row.status)
        if column == self.STATUS and not row.is_open:
            return self.tr("Closed on {day}").format(day=short_date(row.closed_on))
        if column == self.NEXT_DEADLINE and row.next_deadline is not None:
            d = row.next_deadline
            return f"{deadline_label(d)} ({days_left_text(d, self.today)})"
        if column == self.REVIEWED and row.review_due:
            return self.tr("Not reviewed yet this month")
        return None


class DossierSearchFilter(QSortFilterProxyModel):
    """Narrows the list to dossiers whose referent or family member contains the text."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.text = ""

    def set_text(self, text: str) -> None:
        self.beginFilterChange()
        self.text = text.strip().casefold()
        self.endFilterChange()

    def filterAcceptsRow(self, source_row: int, source_parent) -> bool:
        if not self.text:
            return True
        row: DossierSummary = self.sourceModel().index(source_row, 0, source_parent).data(ROW_ROLE)
        return any(self.text in name.casefold() for name in (row.referent, *row.family))


class DeadlineTableModel(DatedModel):
    """Deadlines by due date: overdue ones in red. The client column is for the Overzicht."""

    DUE, LEFT, WHAT, CLIENT = range(4)

    def headers(self) -> list[str]:
        return [self.tr("Due"), self.tr("Days left"), self.tr("Deadline"), self.tr("Client")]

    def display(self, row: Deadline, column: int) -> str:
        if column == self.DUE:
            return short_date(row.due_on)
        if column == self.LEFT:
            return days_left_text(row, self.today)
        if column == self.WHAT:
            return deadline_label(row)
        return row.client_name

    def sort_key(self, row: Deadline, column: int) -> Any:
        if column in (self.DUE, self.LEFT):
            return row.due_on.isoformat()
        return super().sort_key(row, column)

    def warning(self, row: Deadline, column: int) -> bool:
        return row.days_left(self.today) < 0

    def tooltip(self, row: Deadline, column: int) -> str | None:
        return self.tr("Counted from {day}").format(day=short_date(row.anchor_on))

    def alignment(self, column: int):
        return RIGHT if column == self.LEFT else None


class FamilyMemberTableModel(RowsTableModel):
    NAME, RELATION, BORN, COUNTRY, PLACE, CLIENT = range(6)

    def headers(self) -> list[str]:
        return [
            self.tr("Name"),
            self.tr("Relation"),
            self.tr("Born"),
            self.tr("Country"),
            self.tr("Staying in"),
            self.tr("Client"),
        ]

    def display(self, row: FamilyMember, column: int) -> str:
        if column == self.NAME:
            return row.name
        if column == self.RELATION:
            return relation_label(row.relation)
        if column == self.BORN:
            return short_date(row.birth_date)
        if column == self.COUNTRY:
            return country_label(row.country)
        if column == self.PLACE:
            return row.place
        return self.tr("yes") if row.client_id is not None else ""

    def sort_key(self, row: FamilyMember, column: int) -> Any:
        if column == self.BORN:
            return row.birth_date.isoformat() if row.birth_date else ""
        return super().sort_key(row, column)


class StepTableModel(RowsTableModel):
    DATE, STEP, NOTE = range(3)

    def headers(self) -> list[str]:
        return [self.tr("Date"), self.tr("Step"), self.tr("Note")]

    def display(self, row: ProcedureStep, column: int) -> str:
        if column == self.DATE:
            return short_date(row.on)
        if column == self.STEP:
            return step_label(row.kind)
        return row.note

    def sort_key(self, row: ProcedureStep, column: int) -> Any:
        if column == self.DATE:
            return row.on.isoformat()
        return super().sort_key(row, column)


class RuleTableModel(RowsTableModel):
    """The rules: name, period (what it counts from in the tooltip), reminder, check, source."""

    RULE, PERIOD, REMIND, CHECKED, SOURCE = range(5)

    def headers(self) -> list[str]:
        return [
            self.tr("Deadline"),
            self.tr("Period"),
            self.tr("Remind"),
            self.tr("Checked on"),
            self.tr("Legal source"),
        ]

    def display(self, row: DeadlineRule, column: int) -> str:
        if column == self.RULE:
            return deadline_label(row)
        if column == self.PERIOD:
            return period_text(row.months, row.days)
        if column == self.REMIND:
            return self.tr("%n day(s) before", "", row.remind_days_before)
        if column == self.SOURCE:
            return row.legal_source
        return short_date(row.checked_on) if row.checked_on else self.tr("not yet")

    def muted(self, row: DeadlineRule) -> bool:
        return not row.active

    def warning(self, row: DeadlineRule, column: int) -> bool:
        return column == self.CHECKED and row.checked_on is None and row.active

    def tooltip(self, row: DeadlineRule, column: int) -> str | None:
        if not row.active:
            return self.tr("Switched off: this rule gives no deadlines")
        if column == self.PERIOD:
            return self.tr("Counted from: {event}").format(event=anchor_label(row.anchor))
        if column == self.SOURCE:
            return row.legal_source or None
        return None


class DossierModeFilter(QSortFilterProxyModel):
    """Which dossiers the chosen list filter shows (DossierSummary.shown_by)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.which = DossierFilter.OPEN
        self.today = date.today()

    def set_filter(self, which: DossierFilter, today: date) -> None:
        self.beginFilterChange()
        self.which, self.today = which, today
        self.endFilterChange()

    def filterAcceptsRow(self, source_row: int, source_parent) -> bool:
        row: DossierSummary = self.sourceModel().index(source_row, 0, source_parent).data(ROW_ROLE)
        return row.shown_by(self.which, self.today)
