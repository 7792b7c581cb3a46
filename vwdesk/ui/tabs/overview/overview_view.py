"""The Overzicht (home tab): what needs attention today, for the signed-in person.

One service call (`ws.overview.for_today`) fills five lists: deadlines
(overdue in red), this week's consultation hours, overdue home visits,
checklist items past their date and, for a volunteer, their own clients.
Double-clicking a line (or Enter) opens the record in its own tab through
`ctx.request_open`.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QDate, QLocale, QModelIndex, Qt
from PySide6.QtWidgets import (
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from vwdesk.services.overview import Overview
from vwdesk.ui.context import UiContext
from vwdesk.ui.tabs.base import TabPage
from vwdesk.ui.tabs.dossiers.dossier_models import DeadlineTableModel
from vwdesk.ui.tabs.dossiers.dossier_texts import fit_rows
from vwdesk.ui.tabs.overview.overview_models import (
    ClientLineModel,
    ItemLineModel,
    SessionLineModel,
    VisitLineModel,
    deadline_target,
)
from vwdesk.ui.tabs.sessions.tables import table
from vwdesk.ui.widgets.rows_table_model import ROW_ROLE

MAX_ROWS = 8


class OverviewSection(QGroupBox):
    """A titled list with a calm sentence in its place when it is empty."""

    def __init__(self, title: str, model, stretch: int, empty_text: str, target) -> None:
        super().__init__(title)
        self.model = model
        self.target = target
        self.view, _ = table(model, stretch, sort_column=None)
        self.view.setSortingEnabled(False)  # the service's order: most urgent first
        self.view.setToolTip(self.tr("Double-click a line to open it"))
        self.empty = QLabel(empty_text, objectName="muted")
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setMinimumHeight(48)
        layout = QVBoxLayout(self)
        # At the top when the neighbouring section is taller (the list has its rows' height).
        layout.addWidget(self.view, 0, Qt.AlignmentFlag.AlignTop)
        layout.addWidget(self.empty)
        self.show_rows([])

    def show_rows(self, rows, today: date | None = None) -> None:
        if today is not None:
            self.model.set_rows_for(rows, today)
        else:
            self.model.set_rows(rows)
        fit_rows(self.view, len(rows), MAX_ROWS)
        self.view.setVisible(bool(rows))
        self.empty.setVisible(not rows)

    def target_at(self, index: QModelIndex) -> tuple[str, int] | None:
        row = index.data(ROW_ROLE) if index.isValid() else None
        return self.target(row) if row is not None else None


class OverviewTab(TabPage):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.clock: Callable[[], date] = date.today  # tests and screenshots fix "today"
        self.overview: Overview | None = None

        self.title = QLabel(self.tr("What needs attention today"), objectName="pageTitle")
        self.day = QLabel(objectName="muted")
        self.scope = QLabel(objectName="muted")
        self.scope.setWordWrap(True)
        self.counts = QLabel()
        self.counts.setWordWrap(True)
        self.reviews = QPushButton()
        self.reviews.setFlat(True)
        self.reviews.setCursor(Qt.CursorShape.PointingHandCursor)
        self.reviews.setStyleSheet("text-align: left; text-decoration: underline;")
        self.reviews.clicked.connect(lambda: self.ctx.request_open("dossier_review", 0))
        self.reviews.hide()

        self.deadlines = OverviewSection(
            self.tr("Deadlines: overdue and the next 14 days"),
            DeadlineTableModel(self),
            DeadlineTableModel.WHAT,
            self.tr("No deadline is overdue or due in the next 14 days."),
            deadline_target,
        )
        sessions = SessionLineModel(self)
        self.sessions = OverviewSection(
            self.tr("Consultation hours today and this week"),
            sessions,
            SessionLineModel.PLACE,
            self.tr("No consultation hours in the coming seven days."),
            sessions.target,
        )
        visits = VisitLineModel(self)
        self.visits = OverviewSection(
            self.tr("Home visits overdue"),
            visits,
            VisitLineModel.HOUSEHOLD,
            self.tr("Every household with a planned frequency has been visited in time."),
            visits.target,
        )
        items = ItemLineModel(self)
        self.items = OverviewSection(
            self.tr("Checklist items past their date"),
            items,
            ItemLineModel.ITEM,
            self.tr("No checklist item is past its date."),
            items.target,
        )
        clients = ClientLineModel(self)
        self.clients = OverviewSection(
            self.tr("My clients"),
            clients,
            ClientLineModel.NEXT,
            self.tr("No clients have you as their contact person yet."),
            clients.target,
        )
        self.sections = (self.deadlines, self.sessions, self.visits, self.items, self.clients)
        for section in self.sections:
            section.view.activated.connect(lambda index, s=section: self._open(s, index))

        grid = QGridLayout()
        grid.setSpacing(12)
        grid.addWidget(self.deadlines, 0, 0, 1, 2)
        grid.addWidget(self.sessions, 1, 0)
        grid.addWidget(self.visits, 1, 1)
        grid.addWidget(self.items, 2, 0, 1, 2)
        grid.addWidget(self.clients, 3, 0, 1, 2)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)

        inner = QWidget()
        body = QVBoxLayout(inner)
        body.setContentsMargins(0, 0, 0, 0)
        body.addLayout(grid)
        body.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(inner)

        head = QHBoxLayout()
        head.addWidget(self.title)
        head.addSpacing(12)
        head.addWidget(self.day)
        head.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.addLayout(head)
        layout.addWidget(self.scope)
        layout.addWidget(self.counts)
        layout.addWidget(self.reviews, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(scroll, 1)

    # -- loading -----------------------------------------------------------------------
    def refresh(self) -> None:
        today = self.clock()
        self.ctx.run(lambda ws: ws.overview.for_today(today), on_success=self._show, owner=self)

    def _show(self, view: Overview) -> None:
        self.overview = view
        today = view.today
        self.day.setText(
            QLocale().toString(QDate(today.year, today.month, today.day), "dddd d MMMM yyyy")
        )
        if not view.personal:
            self.scope.setText(self.tr("For the whole team."))
        elif view.linked:
            self.scope.setText(self.tr("For you: the clients you are the contact person of."))
        else:
            self.scope.setText(
                self.tr(
                    "Your account is not linked to a volunteer, so no clients are yours yet; "
                    "ask a team leader to link it."
                )
            )
        soon = len(view.deadlines) - view.overdue_deadlines
        self.counts.setText(
            " · ".join(
                (
                    self.tr("%n deadline(s) overdue", "", view.overdue_deadlines),
                    self.tr("%n due soon", "", soon),
                    self.tr("%n home visit(s) overdue", "", len(view.overdue_visits)),
                    self.tr("%n checklist item(s) past their date", "", len(view.overdue_items)),
                )
            )
        )
        self.reviews.setText(
            self.tr("%n dossier(s) not reviewed yet this month", "", view.reviews_due)
        )
        self.reviews.setVisible(view.reviews_due > 0)
        self.deadlines.show_rows(view.deadlines, today)
        self.sessions.show_rows(view.sessions_today + view.sessions_coming, today)
        self.visits.show_rows(view.overdue_visits, today)
        self.items.show_rows(view.overdue_items, today)
        self.clients.setVisible(view.personal or bool(view.my_clients))
        self.clients.show_rows(view.my_clients, today)

    def _open(self, section: OverviewSection, index: QModelIndex) -> None:
        target = section.target_at(index)
        if target is not None:
            self.ctx.request_open(*target)

    def open_line(self, section: OverviewSection, row: int) -> None:
        """Open the record of a line, as a double-click does (tests and keyboard use)."""
        self._open(section, section.view.model().index(row, 0))

    # -- lock --------------------------------------------------------------------------
    def clear(self) -> None:
        self.overview = None
        for section in self.sections:
            section.show_rows([])
        for label in (self.day, self.scope, self.counts):
            label.clear()
        self.reviews.hide()
