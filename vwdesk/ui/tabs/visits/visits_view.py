"""The Huisbezoeken tab: households by how overdue their visit is, planned visits, the pool.

The tab lays out and forwards; every read and write is a service call
through ctx.run, and every list is a table model.
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from vwdesk.domain.permissions import Permission
from vwdesk.domain.sessions import week_of
from vwdesk.domain.visits import HouseholdDue, PlannedVisit
from vwdesk.ui.context import UiContext
from vwdesk.ui.tabs.base import TabPage
from vwdesk.ui.tabs.sessions.dialog_host import DialogHost
from vwdesk.ui.tabs.sessions.tables import selected, table
from vwdesk.ui.tabs.sessions.texts import refusal_sentence
from vwdesk.ui.tabs.visits.visit_dialogs import (
    FrequencyDialog,
    PlanVisitDialog,
    RecordVisitDialog,
    SaveDialog,
)
from vwdesk.ui.tabs.visits.visit_models import (
    HouseholdDueTableModel,
    HouseholdFilter,
    PlannedVisitTableModel,
    PoolTableModel,
    WeekLoadTableModel,
)
from vwdesk.ui.widgets.list_export import ListExportButton
from vwdesk.ui.widgets.rows_table_model import ROW_ROLE

WEEKS_AHEAD = 8


class VisitsTab(TabPage):
    # request_open("visit_household", household id): that household chosen in the list
    opens = frozenset({"visit_household"})

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.pool: list[Any] = []
        self._wanted: int | None = None  # a household to select once the list is loaded
        self.dialog_host = DialogHost()  # the tab's open dialog, closed on lock

        title = QLabel(self.tr("Home visits"), objectName="pageTitle")
        self.summary = QLabel(objectName="muted")
        top = QHBoxLayout()
        top.addWidget(title)
        top.addSpacing(16)
        top.addWidget(self.summary, 1)

        # -- households --------------------------------------------------------------------
        self.households = HouseholdDueTableModel(self)
        self.household_view, _ = table(self.households, HouseholdDueTableModel.HOUSEHOLD)
        self.household_filter = HouseholdFilter(self)
        self.household_filter.setSourceModel(self.households)
        self.household_view.setModel(self.household_filter)
        self.household_view.setSortingEnabled(False)  # the service's order: most overdue first
        self.household_view.doubleClicked.connect(lambda _i: self.plan_selected())
        self.show_box = QComboBox()
        for mode, text in (
            (HouseholdFilter.ALL, self.tr("All households, most overdue first")),
            (HouseholdFilter.OVERDUE, self.tr("Only overdue")),
            (HouseholdFilter.WATCHED, self.tr("With a planned frequency")),
            (HouseholdFilter.NO_FREQUENCY, self.tr("Without a planned frequency")),
        ):
            self.show_box.addItem(text, mode)
        self.show_box.currentIndexChanged.connect(
            lambda _i: self.household_filter.set_mode(self.show_box.currentData())
        )
        self.frequency_button = QPushButton(self.tr("Frequency…"))
        self.frequency_button.clicked.connect(self.set_frequency)
        self.plan_button = QPushButton(self.tr("Plan a visit…"), objectName="primary")
        self.plan_button.clicked.connect(self.plan_selected)
        filter_row = QHBoxLayout()
        filter_row.addWidget(QLabel(self.tr("Show")))
        filter_row.addWidget(self.show_box, 1)
        household_buttons = QHBoxLayout()
        self.household_export = ListExportButton(ctx, "visit_households", self.household_view, self)
        household_buttons.addWidget(self.household_export)
        household_buttons.addStretch(1)
        household_buttons.addWidget(self.frequency_button)
        household_buttons.addWidget(self.plan_button)
        household_box = QGroupBox(self.tr("Households"))
        household_layout = QVBoxLayout(household_box)
        household_layout.addLayout(filter_row)
        household_layout.addWidget(self.household_view)
        household_layout.addLayout(household_buttons)

        # -- planned, per week, pool ---------------------------------------------------------
        self.planned = PlannedVisitTableModel(self)
        self.planned_view, _ = table(self.planned, PlannedVisitTableModel.PURPOSE)
        self.planned_view.doubleClicked.connect(lambda _i: self.record_selected())
        self.include_recorded = QCheckBox(self.tr("Also visits already made"))
        self.include_recorded.toggled.connect(lambda _on: self.load_planned())
        self.cancel_button = QPushButton(self.tr("Cancel visit"))
        self.cancel_button.clicked.connect(self.cancel_selected)
        self.record_button = QPushButton(self.tr("Record the visit…"), objectName="primary")
        self.record_button.clicked.connect(self.record_selected)
        self.no_planned = QLabel(
            self.tr("No visits planned. Choose a household above and plan one."),
            objectName="muted",
        )
        self.no_planned.setWordWrap(True)
        planned_buttons = QHBoxLayout()
        planned_buttons.addWidget(self.include_recorded)
        planned_buttons.addStretch(1)
        self.planned_export = ListExportButton(ctx, "home_visits", self.planned_view, self)
        planned_buttons.addWidget(self.planned_export)
        planned_buttons.addWidget(self.cancel_button)
        planned_buttons.addWidget(self.record_button)
        planned_page = QWidget()
        planned_layout = QVBoxLayout(planned_page)
        planned_layout.addWidget(self.planned_view)
        planned_layout.addWidget(self.no_planned)
        planned_layout.addLayout(planned_buttons)

        self.loads = WeekLoadTableModel(self)
        self.loads_view, _ = table(self.loads, WeekLoadTableModel.VOLUNTEER)
        self.pool_model = PoolTableModel(self)
        self.pool_view, _ = table(self.pool_model, PoolTableModel.AREA)

        self.pages = QTabWidget()
        self.pages.addTab(planned_page, self.tr("Planned visits"))
        self.pages.addTab(self.loads_view, self.tr("Per volunteer per week"))
        self.pages.addTab(self.pool_view, self.tr("Home-visit pool"))

        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(household_box)
        split.addWidget(self.pages)
        split.setSizes([420, 330])
        split.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.addLayout(top)
        layout.addWidget(split, 1)

    # -- loading -----------------------------------------------------------------------
    def refresh(self) -> None:
        user = self.ctx.user
        self.frequency_button.setVisible(bool(user and user.can(Permission.MANAGE_TEAM)))
        self.ctx.run(
            lambda ws: (ws.home_visits.households(), ws.home_visits.pool()),
            on_success=self._loaded,
            owner=self,
        )
        self.load_planned()

    def _loaded(self, lists: tuple[list[HouseholdDue], list[Any]]) -> None:
        households, self.pool = lists
        self.households.set_rows(households)
        self.pool_model.set_rows(self.pool)
        if self._wanted is not None:
            self._select_wanted()
        overdue = sum(1 for h in households if h.overdue)
        self.summary.setText(
            self.tr("%n household(s) overdue for a home visit", "", overdue)
            + " · "
            + self.tr("%n volunteer(s) in the pool", "", len(self.pool))
        )

    def load_planned(self) -> None:
        if self.ctx.workspace is None:
            return
        everything = self.include_recorded.isChecked()
        monday, _ = week_of(date.today())
        until = monday + timedelta(weeks=WEEKS_AHEAD) - timedelta(days=1)
        self.ctx.run(
            lambda ws: (
                ws.home_visits.planned(include_recorded=everything),
                ws.home_visits.week_loads(monday, until),
            ),
            on_success=self._planned_loaded,
            owner=self,
        )

    def _planned_loaded(self, lists: tuple[list[PlannedVisit], list[Any]]) -> None:
        visits, loads = lists
        self.planned.set_rows(visits)
        self.loads.set_rows(loads)
        self.no_planned.setVisible(not visits)

    # -- actions -----------------------------------------------------------------------
    def _write(self, op) -> None:
        self.ctx.run(op, on_success=self._written, on_failure=self._refused, owner=self)

    def _written(self, _result: object) -> None:
        self.ctx.notify_changed("home_visits")
        self.refresh()

    def _refused(self, exc: BaseException) -> None:
        self.ctx.dialogs.warning(refusal_sentence(exc), parent=self)

    def _show_saving(self, dialog: SaveDialog, op) -> None:
        """Show `dialog`; OK runs `op()`'s write, and the dialog closes only once it is saved.
        A refusal is one sentence in the dialog, so nothing typed is lost."""

        def submitted() -> None:
            self.ctx.run(
                op(),
                on_success=lambda result: self._saved(dialog, result),
                on_failure=lambda exc: self._save_failed(dialog, exc),
                owner=self,
            )

        dialog.submitted.connect(submitted)
        self.dialog_host.show(dialog, lambda: None)

    def _saved(self, dialog: SaveDialog, result: object) -> None:
        if self.dialog_host.current is dialog:
            dialog.finish()
        self._written(result)

    def _save_failed(self, dialog: SaveDialog, exc: BaseException) -> None:
        if self.dialog_host.current is dialog:
            dialog.show_problem(refusal_sentence(exc))
        else:  # the dialog was closed by a lock meanwhile
            self._refused(exc)

    def plan_selected(self) -> None:
        household = selected(self.household_view)
        if household is None:
            return
        dialog = PlanVisitDialog(household, self.pool, self.ctx.dialogs, self)

        def op():
            plan = dialog.value()
            return lambda ws: ws.home_visits.plan(plan)

        self._show_saving(dialog, op)

    def record_selected(self) -> None:
        visit = selected(self.planned_view)
        if visit is None or visit.recorded:
            return
        household_id = visit.household_id
        self.ctx.run(
            lambda ws: ws.home_visits.members(household_id),
            on_success=lambda members: self._record(visit, members),
            owner=self,
        )

    def _record(self, visit: PlannedVisit, members: list[Any]) -> None:
        dialog = RecordVisitDialog(visit, members, self.ctx.dialogs, self)

        def op():
            report, visit_id = dialog.value(), visit.id
            return lambda ws: ws.home_visits.record(visit_id, report)

        self._show_saving(dialog, op)

    def cancel_selected(self) -> None:
        visit = selected(self.planned_view)
        if visit is None or visit.recorded:
            return
        if self.ctx.dialogs.question(
            self.tr("Cancel the visit to {household}?").format(household=visit.household),
            parent=self,
        ):
            visit_id = visit.id
            self._write(lambda ws: ws.home_visits.cancel(visit_id))

    def set_frequency(self) -> None:
        household = selected(self.household_view)
        if household is None:
            return
        dialog = FrequencyDialog(household, self.ctx.dialogs, self)

        def op():
            days, household_id = dialog.days(), household.household_id
            return lambda ws: ws.home_visits.set_interval(household_id, days)

        self._show_saving(dialog, op)

    def open_record(self, kind: str, record_id: int) -> None:
        if kind == "visit_household":
            self._wanted = record_id
            self.show_box.setCurrentIndex(0)
            self._select_wanted()

    def _select_wanted(self) -> None:
        proxy = self.household_filter
        for row in range(proxy.rowCount()):
            if proxy.index(row, 0).data(ROW_ROLE).household_id == self._wanted:
                self.household_view.selectRow(row)
                self._wanted = None
                return

    # -- lock --------------------------------------------------------------------------
    def clear(self) -> None:
        if self.dialog_host.current is not None:
            self.dialog_host.current.discard()  # the lock: close without asking
        self.dialog_host.close()
        for model in (self.households, self.planned, self.loads, self.pool_model):
            model.set_rows([])
        self.pool = []
        self.summary.clear()
        self.no_planned.hide()
