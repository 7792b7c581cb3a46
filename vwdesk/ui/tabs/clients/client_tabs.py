"""The six tabs of the client page: details, household, timeline, guidance, checklists
and deadlines.

Only lays out and fills them from what the page read (`display`); the page
(ClientPage) holds the logic: saving the details, the unsaved-work question,
the dialogs. The last three tabs are panels of the teams that own them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from vwdesk.ui.context import UiContext
from vwdesk.ui.tabs.clients.client_form import ClientForm
from vwdesk.ui.tabs.clients.client_models import TimelineTableModel
from vwdesk.ui.tabs.clients.household_panel import HouseholdPanel
from vwdesk.ui.tabs.dossiers.client_deadlines_panel import ClientDeadlinesPanel
from vwdesk.ui.tabs.sessions.tables import table
from vwdesk.ui.widgets.checklist_panel import ChecklistPanel
from vwdesk.ui.widgets.referral_panel import ReferralPanel
from vwdesk.ui.widgets.trajectory_panel import TrajectoryPanel

if TYPE_CHECKING:
    from vwdesk.ui.tabs.clients.client_page import ClientScreen


class ClientTabs(QTabWidget):
    """The tabs of one client's page, in this order (the constants are the tab indexes)."""

    DETAILS, HOUSEHOLD, TIMELINE, GUIDANCE, CHECKLISTS, DEADLINES = range(6)

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # -- details: the form, with its own Save row --------------------------------------------
        self.form = ClientForm()
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.form)
        self.save_status = QLabel(objectName="muted")
        self.undo_button = QPushButton(self.tr("Undo changes"))
        self.save_button = QPushButton(self.tr("Save"), objectName="primary")
        self.save_button.setToolTip(self.tr("Ctrl+S"))
        save_row = QHBoxLayout()
        save_row.addWidget(self.save_status, 1)
        save_row.addWidget(self.undo_button)
        save_row.addWidget(self.save_button)
        details = QWidget()
        details_layout = QVBoxLayout(details)
        details_layout.addWidget(scroll, 1)
        details_layout.addLayout(save_row)

        # -- household, timeline, guidance -----------------------------------------------------
        self.household = HouseholdPanel(ctx)
        self.timeline = TimelineTableModel(self)
        self.timeline_view, _ = table(self.timeline, TimelineTableModel.DETAILS, sort_column=None)
        self.timeline_view.setSortingEnabled(False)  # newest first, as the service gives it
        self.timeline_empty = QLabel(objectName="muted")
        timeline_page = QWidget()
        timeline_layout = QVBoxLayout(timeline_page)
        timeline_layout.addWidget(self.timeline_view, 1)
        timeline_layout.addWidget(self.timeline_empty)
        self.trajectories = TrajectoryPanel(ctx)
        self.referrals = ReferralPanel(ctx)
        guidance = QWidget()
        guidance_layout = QVBoxLayout(guidance)
        guidance_layout.addWidget(self.trajectories, 1)
        guidance_layout.addWidget(self.referrals, 1)

        self.addTab(details, self.tr("Details"))
        self.addTab(self.household, self.tr("Household"))
        self.addTab(timeline_page, self.tr("Timeline"))
        self.addTab(guidance, self.tr("Guidance"))
        self.checklists = ChecklistPanel(ctx)
        self.addTab(self.checklists, self.tr("Checklists"))
        self.deadlines = ClientDeadlinesPanel(ctx)
        self.addTab(self.deadlines, self.tr("Deadlines"))

    def display(self, screen: ClientScreen, *, same: bool) -> None:
        """`same`: the client already shown, so what was typed (details, household) is kept."""
        client = screen.client
        if not (same and self.form.dirty):
            self.form.set_volunteers(screen.volunteers, client.data.contact_volunteer_id)
            self.form.set_value(client.data, household_housed_on=client.household_housed_on)
        self.household.display(screen.household, screen.volunteers, keep_input=same)
        self.timeline.set_rows(screen.timeline)
        self.timeline_empty.setText(
            "" if screen.timeline else self.tr("Nothing has been recorded about this person yet.")
        )
        for panel in (self.trajectories, self.referrals, self.checklists, self.deadlines):
            panel.set_client(client.client_id)

    def forget(self) -> None:
        """Every tab blank (the lock). Not `clear()`: QTabWidget's would remove the tabs."""
        self.form.clear()
        self.household.clear()
        self.timeline.set_rows([])
        for panel in (self.trajectories, self.referrals, self.checklists, self.deadlines):
            panel.clear()
        self.save_status.clear()
        self.setCurrentIndex(self.DETAILS)
