"""The Spreekuren tab: the week's consultation hours, the weekly schedule, per location.

Opening a session switches to the hour screen (hour_panel.py). A phone call or
e-mail outside an hour (an anonymous info point call, or for a client chosen in
the dialog) is logged with "Contact outside an hour…" (Ctrl+K). The tab only
lays out and forwards: every read and write is a service call through ctx.run.
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from vwdesk.domain.permissions import Permission
from vwdesk.domain.sessions import SessionInfo, week_of
from vwdesk.ui import icons
from vwdesk.ui.context import UiContext
from vwdesk.ui.tabs.base import TabPage
from vwdesk.ui.tabs.sessions.contact_dialog import ContactDialog
from vwdesk.ui.tabs.sessions.contacts_panel import ContactsPanel
from vwdesk.ui.tabs.sessions.dialog_host import DialogHost
from vwdesk.ui.tabs.sessions.hour_panel import HourPanel
from vwdesk.ui.tabs.sessions.schedule_panel import SchedulePanel
from vwdesk.ui.tabs.sessions.session_dialog import SessionDialog
from vwdesk.ui.tabs.sessions.session_models import (
    LocationStatsTableModel,
    SessionTableModel,
)
from vwdesk.ui.tabs.sessions.tables import selected, table
from vwdesk.ui.tabs.sessions.texts import refusal_sentence
from vwdesk.ui.widgets.date_field import short_date


class SessionsTab(TabPage):
    # request_open("session", id): the hour screen of that session (the overview's week list)
    opens = frozenset({"session"})

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.monday, _ = week_of(date.today())
        self.year: int | None = None
        self.locations: list[Any] = []
        self.dialog_host = DialogHost()  # the tab's open dialog, closed on lock

        self.stack = QStackedWidget()
        self.overview = QWidget()
        self.hour = HourPanel(ctx)
        self.hour.back_requested.connect(self.show_overview)
        self.stack.addWidget(self.overview)
        self.stack.addWidget(self.hour)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.stack)
        self._build_overview()

    # -- layout ------------------------------------------------------------------------
    def _build_overview(self) -> None:
        title = QLabel(self.tr("Consultation hours"), objectName="pageTitle")
        self.week_label = QLabel()
        self.previous_button = QPushButton(self.tr("◀ Previous week"))
        self.next_button = QPushButton(self.tr("Next week ▶"))
        self.this_week_button = QPushButton(self.tr("This week"))
        self.previous_button.clicked.connect(lambda: self.go_to_week(-7))
        self.next_button.clicked.connect(lambda: self.go_to_week(7))
        self.this_week_button.clicked.connect(lambda: self.go_to_week(None))
        top = QHBoxLayout()
        top.addWidget(title)
        top.addSpacing(16)
        top.addWidget(self.week_label, 1)
        for b in (self.previous_button, self.this_week_button, self.next_button):
            top.addWidget(b)

        self.sessions = SessionTableModel(self)
        self.session_view, self.session_proxy = table(self.sessions, SessionTableModel.LOCATION)
        self.session_view.doubleClicked.connect(lambda _i: self.open_selected())
        self.session_view.setMinimumHeight(150)
        self.empty_week = QLabel(
            self.tr("No consultation hours this week. Add a schedule or an extra hour."),
            objectName="muted",
        )
        self.empty_week.setWordWrap(True)
        self.open_button = QPushButton(
            icons.icon("log-in"), self.tr("Open the hour"), objectName="primary"
        )
        self.open_button.clicked.connect(self.open_selected)
        self.cancel_button = QPushButton(self.tr("Cancel session"))
        self.cancel_button.clicked.connect(self.cancel_selected)
        self.restore_button = QPushButton(self.tr("Restore"))
        self.restore_button.clicked.connect(self.restore_selected)
        self.extra_button = QPushButton(self.tr("Extra hour…"))
        self.extra_button.clicked.connect(self.add_extra)
        self.contact_button = QPushButton(self.tr("Contact outside an hour…"))
        self.contact_button.setToolTip(
            self.tr(
                "Ctrl+K: a phone call, e-mail or other contact, or an anonymous info point call"
            )
        )
        self.contact_button.clicked.connect(self.log_contact)
        contact = QShortcut(QKeySequence("Ctrl+K"), self.overview)
        contact.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        contact.activated.connect(self.log_contact)
        session_buttons = QHBoxLayout()
        session_buttons.addStretch(1)
        session_buttons.addWidget(self.contact_button)
        session_buttons.addSpacing(12)
        for b in (self.extra_button, self.restore_button, self.cancel_button, self.open_button):
            session_buttons.addWidget(b)
        week_box = QWidget()
        week_layout = QVBoxLayout(week_box)
        week_layout.setContentsMargins(0, 0, 0, 0)
        week_layout.addWidget(self.session_view)
        # Above the buttons, not beside them: together they were wider than a laptop screen.
        week_layout.addWidget(self.empty_week)
        week_layout.addLayout(session_buttons)

        self.schedule_panel = SchedulePanel(self.ctx, self.dialog_host)
        self.schedule_panel.changed.connect(self.refresh)
        self.schedules = self.schedule_panel.model

        self.stats = LocationStatsTableModel(self)
        self.stats_view, _ = table(self.stats, LocationStatsTableModel.LOCATION)
        self.year_box = QComboBox()
        self.year_box.currentIndexChanged.connect(self._year_chosen)
        stats_box = QWidget()
        stats_layout = QVBoxLayout(stats_box)
        year_row = QHBoxLayout()
        year_row.addWidget(QLabel(self.tr("Year")))
        year_row.addWidget(self.year_box)
        year_row.addStretch(1)
        stats_layout.addLayout(year_row)
        stats_layout.addWidget(self.stats_view)
        self.no_stats = QLabel(objectName="muted")
        self.no_stats.setWordWrap(True)
        self.no_stats.hide()
        stats_layout.addWidget(self.no_stats)

        # Side by side both tables would be clipped on a laptop screen: tabs, full width.
        self.bottom = QTabWidget()
        self.bottom.addTab(self.schedule_panel, self.tr("Weekly schedule"))
        self.bottom.addTab(stats_box, self.tr("Per location"))
        self.contacts_panel = ContactsPanel(self.ctx)  # every contact of a period, exportable
        self.bottom.addTab(self.contacts_panel, self.tr("Contacts"))
        bottom = self.bottom
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(week_box)
        split.addWidget(bottom)
        split.setSizes([300, 380])
        split.setChildrenCollapsible(False)

        layout = QVBoxLayout(self.overview)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.addLayout(top)
        layout.addWidget(split, 1)
        self.session_view.selectionModel().currentRowChanged.connect(self._update_buttons)
        self._update_buttons()

    # -- loading -----------------------------------------------------------------------
    def refresh(self) -> None:
        self.load_week()
        self.ctx.run(
            lambda ws: (
                ws.sessions.schedules(),
                ws.sessions.locations(),
                ws.sessions.staff(),
                ws.sessions.years(),
            ),
            on_success=self._lists_loaded,
            owner=self,
        )
        if self.stack.currentWidget() is self.hour:
            self.hour.reload()
        self.contacts_panel.refresh()

    def _lists_loaded(self, lists: tuple) -> None:
        schedules, self.locations, staff, years = lists
        user = self.ctx.user
        may_plan = bool(user and user.can(Permission.MANAGE_TEAM))
        self.schedule_panel.set_data(schedules, self.locations, staff, may_plan)
        this_year = date.today().year
        choices = sorted(set(years) | {this_year}, reverse=True)
        keep = self.year or next((y for y in choices if y in years and y <= this_year), this_year)
        self.year_box.blockSignals(True)
        self.year_box.clear()
        for y in choices:
            self.year_box.addItem(str(y), y)
        self.year_box.setCurrentIndex(max(0, self.year_box.findData(keep)))
        self.year_box.blockSignals(False)
        self._year_chosen()

    def _year_chosen(self, _index: int = 0) -> None:
        year = self.year_box.currentData()
        if year is None or self.ctx.workspace is None:
            return
        self.year = year
        self.ctx.run(
            lambda ws: ws.sessions.location_stats(year),
            on_success=self._stats_loaded,
            owner=self,
        )

    def _stats_loaded(self, rows: list[Any]) -> None:
        self.stats.set_rows(rows)
        self.no_stats.setText(
            self.tr("No consultation hours were held in {year}.").format(year=self.year)
        )
        self.no_stats.setVisible(not rows)

    def load_week(self) -> None:
        first, last = self.monday, self.monday + timedelta(days=6)
        week = first.isocalendar().week
        self.week_label.setText(
            self.tr("Week {week}: {first} to {last}").format(
                week=week, first=short_date(first), last=short_date(last)
            )
        )
        if self.ctx.workspace is None:
            return
        self.ctx.run(
            lambda ws: ws.sessions.between(first, last),
            on_success=self._week_loaded,
            owner=self,
        )

    def _week_loaded(self, sessions: list[SessionInfo]) -> None:
        self.sessions.set_rows(sessions)
        self.session_view.sortByColumn(SessionTableModel.DATE, Qt.SortOrder.AscendingOrder)
        self.empty_week.setVisible(not sessions)
        today = next((i for i, s in enumerate(sessions) if s.date >= date.today()), 0)
        if sessions:
            self.session_view.selectRow(
                self.session_proxy.mapFromSource(self.sessions.index(today, 0)).row()
            )
        self._update_buttons()

    def go_to_week(self, days: int | None) -> None:
        if days is None:
            self.monday, _ = week_of(date.today())
        else:
            self.monday += timedelta(days=days)
        self.load_week()

    def _update_buttons(self, *_args) -> None:
        s = selected(self.session_view)
        self.open_button.setEnabled(s is not None and not s.cancelled)
        self.cancel_button.setEnabled(s is not None and not s.cancelled)
        self.restore_button.setEnabled(s is not None and s.cancelled)

    # -- sessions ----------------------------------------------------------------------
    def open_selected(self) -> None:
        s = selected(self.session_view)
        if s is None or s.cancelled:
            return
        self.ctx.run(
            lambda ws: ws.sessions.open(s),
            on_success=self.show_hour,
            on_failure=self._refused,
            owner=self,
        )

    def show_hour(self, session: SessionInfo) -> None:
        self.hour.show_session(session)
        self.stack.setCurrentWidget(self.hour)
        self.hour.picker.search.setFocus()

    def show_overview(self) -> None:
        self.stack.setCurrentWidget(self.overview)
        self.load_week()
        self._year_chosen()

    def cancel_selected(self) -> None:
        s = selected(self.session_view)
        if s is None:
            return
        if not self.ctx.dialogs.question(
            self.tr("Cancel this consultation hour? Nobody can log contacts in it then."),
            parent=self,
        ):
            return
        self._write(lambda ws: ws.sessions.cancel(s))

    def restore_selected(self) -> None:
        s = selected(self.session_view)
        if s is not None and s.id is not None:
            session_id = s.id
            self._write(lambda ws: ws.sessions.restore(session_id))

    def add_extra(self) -> None:
        dialog = SessionDialog(self.locations, max(self.monday, date.today()), self)

        def accepted() -> None:
            v = dialog.value()
            self._write(lambda ws: ws.sessions.add(v.kind, v.location_id, v.on, v.start, v.end))

        self.dialog_host.show(dialog, accepted)

    def log_contact(self) -> None:
        """Outside an hour: every role may (the services check nothing more for contacts)."""
        if self.ctx.workspace is None:
            return
        dialog = ContactDialog(self.ctx, parent=self, kind=None)
        self.dialog_host.show(dialog, self.contacts_panel.refresh)

    def _write(self, op) -> None:
        self.ctx.run(op, on_success=self._written, on_failure=self._refused, owner=self)

    def _written(self, _result: object) -> None:
        self.ctx.notify_changed("sessions")
        self.load_week()

    def _refused(self, exc: BaseException) -> None:
        self.ctx.dialogs.warning(refusal_sentence(exc), parent=self)

    def open_record(self, kind: str, record_id: int) -> None:
        on_hour = self.stack.currentWidget() is self.hour
        if kind == "session" and (not on_hour or self.hour.may_leave()):
            self.ctx.run(
                lambda ws: ws.sessions.get(record_id),
                on_success=self._open_stored,
                on_failure=self._refused,
                owner=self,
            )

    def _open_stored(self, session: SessionInfo) -> None:
        self.monday, _ = week_of(session.date)
        if session.cancelled:
            self.stack.setCurrentWidget(self.overview)
            self.load_week()
        else:
            self.show_hour(session)

    # -- lock --------------------------------------------------------------------------
    def has_unsaved(self) -> bool:
        on_hour = self.stack.currentWidget() is self.hour
        return on_hour and self.hour.session is not None and self.hour.has_input()

    def clear(self) -> None:
        dialog = self.dialog_host.current
        if dialog is not None and hasattr(dialog, "discard"):
            dialog.discard()  # no "lose what you typed?" question while locking
        self.dialog_host.close()
        self.hour.clear()
        self.contacts_panel.clear()
        self.stack.setCurrentWidget(self.overview)
        for model in (self.sessions, self.stats):
            model.set_rows([])
        self.schedule_panel.forget()
        self.locations = []
        self.year = None
        self.year_box.clear()
        self.monday, _ = week_of(date.today())
        self.no_stats.hide()
        self.empty_week.hide()
        self._update_buttons()
