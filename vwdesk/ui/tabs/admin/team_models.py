"""The tables of the Beheer tab: the team and the sign-in accounts."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import Qt

from vwdesk.domain.accounts import AccountInfo
from vwdesk.domain.team import Volunteer
from vwdesk.ui.labels import languages_label, role_label
from vwdesk.ui.tabs.admin.admin_texts import account_state, weekdays_text, yes_no
from vwdesk.ui.widgets.date_field import short_date
from vwdesk.ui.widgets.rows_table_model import RowsTableModel


class VolunteerTableModel(RowsTableModel[Volunteer]):
    NAME, ROLE, PAID, FROM, UNTIL, POOL, LEGAL, LANGUAGES, DAYS, ACCOUNT, HOUSEHOLDS = range(11)

    def headers(self) -> list[str]:
        return [
            self.tr("Name"),
            self.tr("Role"),
            self.tr("Paid"),
            self.tr("Active from"),
            self.tr("Until"),
            self.tr("Home visits"),
            self.tr("Legal"),
            self.tr("Languages"),
            self.tr("Available"),
            self.tr("Account"),
            self.tr("Households"),
        ]

    def display(self, row: Volunteer, column: int) -> str:
        d = row.data
        values = {
            self.NAME: row.name,
            self.ROLE: role_label(d.role),
            self.PAID: yes_no(d.paid),
            self.FROM: short_date(d.active_from),
            self.UNTIL: short_date(d.active_until),
            self.POOL: yes_no(d.home_visit_pool),
            self.LEGAL: yes_no(d.legal),
            self.LANGUAGES: languages_label(d.languages),
            self.DAYS: weekdays_text(d.availability),
            self.ACCOUNT: row.account,
            self.HOUSEHOLDS: str(row.households) if row.households else "",
        }
        return values[column]

    def tooltip(self, row: Volunteer, column: int) -> str | None:
        """Every language, where a narrow column cuts the names off."""
        if column != self.LANGUAGES:
            return None
        return languages_label(row.data.languages) or None

    def sort_key(self, row: Volunteer, column: int) -> Any:
        if column == self.FROM:
            return (row.data.active_from or date.min).isoformat()
        if column == self.UNTIL:
            return (row.data.active_until or date.max).isoformat()
        if column == self.HOUSEHOLDS:
            return row.households
        return self.display(row, column).casefold()

    def muted(self, row: Volunteer) -> bool:
        return not row.active_on(date.today())

    def alignment(self, column: int) -> Qt.AlignmentFlag | None:
        return Qt.AlignmentFlag.AlignRight if column == self.HOUSEHOLDS else None


class AccountTableModel(RowsTableModel[AccountInfo]):
    USERNAME, NAME, ROLE, STATE, VOLUNTEER = range(5)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.volunteer_names: dict[int, str] = {}

    def headers(self) -> list[str]:
        return [
            self.tr("User name"),
            self.tr("Name"),
            self.tr("Role"),
            self.tr("State"),
            self.tr("Team member"),
        ]

    def display(self, row: AccountInfo, column: int) -> str:
        if column == self.USERNAME:
            return row.username
        if column == self.NAME:
            return row.display_name
        if column == self.ROLE:
            return role_label(row.role)
        if column == self.STATE:
            return account_state(row)
        if row.volunteer_id is None:
            return ""
        return self.volunteer_names.get(row.volunteer_id, "")

    def muted(self, row: AccountInfo) -> bool:
        return row.disabled

    def warning(self, row: AccountInfo, column: int) -> bool:
        return column == self.STATE and not row.disabled and not row.has_slot
