"""Beheer > Logboek (team leaders): who did what, when, and about whom.

Filters by account, kind of action, period and person; the newest events
first. The trail holds only ids: the person's name is looked up through the
clients service when the page loads (an anonymised person shows as such).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from vwdesk.services.audit_view import AuditAccount, AuditEntry, AuditPage, AuditQuery
from vwdesk.ui.context import UiContext
from vwdesk.ui.tabs.admin.audit_texts import action_label, group_label
from vwdesk.ui.tabs.sessions.client_picker import ClientPicker
from vwdesk.ui.tabs.sessions.tables import selected, table
from vwdesk.ui.widgets.date_field import DateField, short_date
from vwdesk.ui.widgets.rows_table_model import RowsTableModel

RELOAD_PAUSE_MS = 250


@dataclass(frozen=True)
class AuditScreen:
    page: AuditPage
    names: dict[int, str]  # client id -> name ("" once anonymised; a deleted one is absent)
    accounts: list[AuditAccount] = field(default_factory=list)
    groups: list[str] = field(default_factory=list)


def load_audit(ws, query: AuditQuery, *, with_choices: bool) -> AuditScreen:
    page = ws.audit_view.events(query)
    ids = {e.client_id for e in page.entries if e.client_id is not None}
    names = ws.clients.names(ids)
    if not with_choices:
        return AuditScreen(page, names)
    return AuditScreen(page, names, ws.audit_view.accounts(), ws.audit_view.action_groups())


class AuditTableModel(RowsTableModel[AuditEntry]):
    WHEN, WHO, WHAT, PERSON = range(4)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.names: dict[int, str] = {}

    def headers(self) -> list[str]:
        return [self.tr("When"), self.tr("Account"), self.tr("What"), self.tr("Person")]

    def person(self, row: AuditEntry) -> str:
        if row.client_id is None:
            return ""
        if row.client_id not in self.names:
            return self.tr("(deleted)")
        return self.names[row.client_id] or self.tr("(anonymised)")

    def display(self, row: AuditEntry, column: int) -> str:
        if column == self.WHEN:
            return f"{short_date(row.at.date())} {row.at:%H:%M:%S}"
        if column == self.WHO:
            return row.account or self.tr("(nobody signed in)")
        if column == self.WHAT:
            return action_label(row.action)
        return self.person(row)

    def sort_key(self, row: AuditEntry, column: int) -> Any:
        if column == self.WHEN:
            return row.event_id
        return self.display(row, column).casefold()

    def muted(self, row: AuditEntry) -> bool:
        return row.account == ""


class AuditPageView(QWidget):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.person_id: int | None = None
        self._choices_loaded = False

        self.account_box = QComboBox()
        self.action_box = QComboBox()
        self.since = DateField()
        self.until = DateField()
        self.person = ClientPicker(ctx, active_only=False)
        self.person.search.setPlaceholderText(self.tr("Everyone; or type a client's name"))
        self.person_label = QLabel(objectName="muted")
        self.clear_button = QPushButton(self.tr("Clear filters"))
        self.clear_button.clicked.connect(self.clear_filters)

        filters = QGridLayout()
        filters.setHorizontalSpacing(8)
        filters.addWidget(QLabel(self.tr("Who")), 0, 0)
        filters.addWidget(self.account_box, 0, 1)
        filters.addWidget(QLabel(self.tr("What")), 0, 2)
        filters.addWidget(self.action_box, 0, 3)
        filters.addWidget(QLabel(self.tr("From")), 0, 4)
        filters.addWidget(self.since, 0, 5)
        filters.addWidget(QLabel(self.tr("Until")), 0, 6)
        filters.addWidget(self.until, 0, 7)
        filters.addWidget(QLabel(self.tr("Person")), 1, 0)
        filters.addWidget(self.person, 1, 1, 1, 3)
        filters.addWidget(self.person_label, 1, 4, 1, 3)
        filters.addWidget(self.clear_button, 1, 7)
        filters.setColumnStretch(1, 1)
        filters.setColumnStretch(3, 1)

        self.model = AuditTableModel(self)
        self.view, _ = table(self.model, AuditTableModel.PERSON)
        self.view.sortByColumn(AuditTableModel.WHEN, Qt.SortOrder.DescendingOrder)
        self.summary = QLabel(objectName="muted")
        self.summary.setWordWrap(True)
        self.only_person_button = QPushButton(self.tr("Only this person"))
        self.only_person_button.clicked.connect(self.only_selected_person)
        footer = QHBoxLayout()
        footer.addWidget(self.summary, 1)
        footer.addWidget(self.only_person_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        intro = QLabel(
            self.tr(
                "Everything done in this file, newest first: sign-ins, opened records, "
                "changes, exports, imports and backups. The trail cannot be changed."
            ),
            objectName="muted",
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        layout.addLayout(filters)
        layout.addWidget(self.view, 1)
        layout.addLayout(footer)

        self._reload_timer = QTimer(self, singleShot=True, interval=RELOAD_PAUSE_MS)
        self._reload_timer.timeout.connect(self.refresh)
        self.account_box.currentIndexChanged.connect(self._filters_changed)
        self.action_box.currentIndexChanged.connect(self._filters_changed)
        self.since.changed.connect(self._filters_changed)
        self.until.changed.connect(self._filters_changed)
        self.person.picked.connect(self._person_picked)
        self._fill_choices([], [])

    # -- loading ---------------------------------------------------------------------------
    def query(self) -> AuditQuery:
        return AuditQuery(
            account_id=self.account_box.currentData(),
            action=self.action_box.currentData() or "",
            since=self.since.value(),
            until=self.until.value(),
            client_id=self.person_id,
        )

    def refresh(self) -> None:
        if self.ctx.workspace is None:
            return
        self._reload_timer.stop()
        query, with_choices = self.query(), not self._choices_loaded
        self.ctx.run(
            lambda ws: load_audit(ws, query, with_choices=with_choices),
            on_success=self.display,
            owner=self,
        )

    def display(self, screen: AuditScreen) -> None:
        if screen.accounts or screen.groups:
            self._fill_choices(screen.accounts, screen.groups)
            self._choices_loaded = True
        self.model.names = screen.names
        self.model.set_rows(screen.page.entries)
        shown, total = len(screen.page.entries), screen.page.total
        if shown < total:
            self.summary.setText(
                self.tr(
                    "The newest {shown} of {total} events; narrow the filters to see older ones."
                ).format(shown=shown, total=total)
            )
        else:
            self.summary.setText(self.tr("%n event(s)", "", total))
        if self.person_id is not None and self.person.current is None:
            name = screen.names.get(self.person_id)
            self.person_label.setText(
                self.tr("Only: {name}").format(name=name) if name else self.tr("Only: (anonymised)")
            )

    def clear(self) -> None:
        self._reload_timer.stop()
        self.model.set_rows([])
        self.model.names = {}
        self.summary.clear()
        self.person.reset()
        self.person_id = None
        self.person_label.clear()
        self._choices_loaded = False
        self._fill_choices([], [])
        self.since.clear()
        self.until.clear()

    # -- filters ---------------------------------------------------------------------------
    def _fill_choices(self, accounts: list[AuditAccount], groups: list[str]) -> None:
        for box in (self.account_box, self.action_box):
            box.blockSignals(True)
        wanted_account = self.account_box.currentData()
        wanted_group = self.action_box.currentData()
        self.account_box.clear()
        self.account_box.addItem(self.tr("Everyone"), None)
        for account in accounts:
            label = account.username
            if account.display_name and account.display_name != account.username:
                label = f"{account.username} ({account.display_name})"
            self.account_box.addItem(label, account.account_id)
        self.action_box.clear()
        self.action_box.addItem(self.tr("Everything"), "")
        for group in sorted(groups, key=lambda g: group_label(g).casefold()):
            self.action_box.addItem(group_label(group), group)
        for box, wanted in ((self.account_box, wanted_account), (self.action_box, wanted_group)):
            index = box.findData(wanted)
            box.setCurrentIndex(max(index, 0))
            box.blockSignals(False)

    def _filters_changed(self, *_args) -> None:
        if self.since.is_valid() and self.until.is_valid():
            self._reload_timer.start()

    def _person_picked(self, row) -> None:
        self.person_id = row.client_id if row is not None else None
        self.person_label.clear()
        self._reload_timer.start()

    def set_person(self, client_id: int | None) -> None:
        self.person.reset()
        self.person_id = client_id
        self.person_label.clear()
        self.refresh()

    def only_selected_person(self) -> None:
        entry: AuditEntry | None = selected(self.view)
        if entry is not None and entry.client_id is not None:
            self.set_person(entry.client_id)

    def clear_filters(self) -> None:
        for box in (self.account_box, self.action_box):
            box.blockSignals(True)
            box.setCurrentIndex(0)
            box.blockSignals(False)
        self.since.clear()
        self.until.clear()
        self.set_person(None)

    def set_period(self, since: date | None, until: date | None) -> None:
        self.since.set_value(since)
        self.until.set_value(until)
        self.refresh()
