"""What needs attention in coaching, for the overview: trajectories ending within a month,
every client's phase, participation statements coming up, checklist items past their
date, and the referrals per partner.

An embeddable widget (the Overview tab or the client list can host it): call
`refresh()` when shown and `clear()` on lock.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QTabWidget, QVBoxLayout, QWidget

from vwdesk.domain.checklists import PastDueItem
from vwdesk.domain.phases import ClientPhase, Trajectory
from vwdesk.domain.pvt import PvtStatus
from vwdesk.domain.referrals import Partner
from vwdesk.ui.context import UiContext
from vwdesk.ui.widgets.checklist_fields import ListOrEmpty
from vwdesk.ui.widgets.checklist_models import PastDueTableModel
from vwdesk.ui.widgets.coaching_models import (
    ClientPhaseTableModel,
    PvtTableModel,
    ReferralTableModel,
    TrajectoryTableModel,
)
from vwdesk.ui.widgets.rows_table_view import rows_table


@dataclass(frozen=True)
class CoachingScreen:
    ending: list[Trajectory]
    phases: list[ClientPhase]
    pvt: list[PvtStatus]
    past_due: list[PastDueItem]
    partners: list[Partner]


def load_coaching(ws) -> CoachingScreen:
    return CoachingScreen(
        ending=ws.trajectories.ending_soon(),
        phases=ws.trajectories.phases(),
        pvt=ws.pvt.upcoming(),
        past_due=ws.checklists.past_due(),
        partners=ws.referrals.partners(include_inactive=True),
    )


class CoachingListsView(QWidget):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.ending = TrajectoryTableModel(self)
        self.phases = ClientPhaseTableModel(self)
        self.pvt = PvtTableModel(self)
        self.past_due = PastDueTableModel(self)
        self.referrals = ReferralTableModel(self)
        self.ending_view, _ = rows_table(self.ending, TrajectoryTableModel.CLIENT)
        self.phase_view, _ = rows_table(self.phases, ClientPhaseTableModel.RUNNING)
        self.pvt_view, _ = rows_table(self.pvt, PvtTableModel.CLIENT)
        self.past_due_view, _ = rows_table(self.past_due, PastDueTableModel.ITEM)
        self.referral_view, _ = rows_table(self.referrals, ReferralTableModel.REASON)

        self.partner = QComboBox()
        self.year = QComboBox()
        self.partner.currentIndexChanged.connect(self._load_referrals)
        self.year.currentIndexChanged.connect(self._load_referrals)
        referral_page = QWidget()
        pick = QHBoxLayout()
        pick.addWidget(QLabel(self.tr("Partner")))
        pick.addWidget(self.partner, 1)
        pick.addWidget(QLabel(self.tr("Year")))
        pick.addWidget(self.year)
        referral_layout = QVBoxLayout(referral_page)
        referral_layout.setContentsMargins(0, 4, 0, 0)
        referral_layout.addLayout(pick)
        referral_layout.addWidget(self.referral_view, 1)
        self.lists = (
            ListOrEmpty(self.ending_view, self.tr("No trajectory ends within a month.")),
            ListOrEmpty(self.phase_view, self.tr("No client is in settlement or guidance.")),
            ListOrEmpty(self.pvt_view, self.tr("No participation statement is waiting.")),
            ListOrEmpty(self.past_due_view, self.tr("No checklist item is past its date.")),
        )

        self.pages = QTabWidget()
        self.pages.setDocumentMode(True)
        self.titles = (
            self.tr("Ending within a month"),
            self.tr("Phase per client"),
            self.tr("Participation statement"),
            self.tr("Items past their date"),
            self.tr("Referrals per partner"),
        )
        for page, title in zip(
            (*self.lists, referral_page),
            self.titles,
            strict=True,
        ):  # fmt: skip
            self.pages.addTab(page, title)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.pages)

    def refresh(self) -> None:
        self.ctx.run(load_coaching, on_success=self.display, owner=self)

    def display(self, screen: CoachingScreen) -> None:
        self.ending.set_rows(screen.ending)
        self.phases.set_rows(screen.phases)
        self.pvt.set_rows(screen.pvt)
        self.past_due.set_rows(screen.past_due)
        for n, rows in enumerate((screen.ending, screen.phases, screen.pvt, screen.past_due)):
            self.pages.setTabText(n, f"{self.titles[n]} ({len(rows)})" if rows else self.titles[n])
            self.lists[n].show_rows(len(rows))
        chosen = self.partner.currentData()
        self.partner.blockSignals(True)
        self.year.blockSignals(True)
        self.partner.clear()
        for p in screen.partners:
            self.partner.addItem(f"{p.name} ({p.referrals})", p.id)
        self.partner.setCurrentIndex(max(self.partner.findData(chosen), 0))
        if self.year.count() == 0:
            self.year.addItem(self.tr("All years"), None)
            for y in range(date.today().year, 2014, -1):
                self.year.addItem(str(y), y)
        self.partner.blockSignals(False)
        self.year.blockSignals(False)
        self._load_referrals()

    def _load_referrals(self, *_args) -> None:
        partner_id, year = self.partner.currentData(), self.year.currentData()
        if partner_id is None or self.ctx.workspace is None:
            self.referrals.set_rows([])
            return
        self.ctx.run(lambda ws: ws.referrals.list(partner_id=partner_id, year=year),
                     on_success=self.referrals.set_rows, owner=self)  # fmt: skip

    def clear(self) -> None:
        for model in (self.ending, self.phases, self.pvt, self.past_due, self.referrals):
            model.set_rows([])
        self.partner.clear()
        for n, title in enumerate(self.titles):
            self.pages.setTabText(n, title)
