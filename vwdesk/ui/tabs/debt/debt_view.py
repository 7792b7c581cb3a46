"""The Schuldpreventie tab: households with a debt-prevention checklist and their money.

Top: every household with a checklist (progress, arrangements, arrears, items
past due, referral). Below: the chosen household's checklist, and lists of
all payment arrangements, items past their date and referrals made. The tab
only lays out and forwards; every read and write is a service call. Whatever
shows another checklist first asks the checklist view (`may_leave`), so an
item's unsaved changes are never replaced without a question.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from vwdesk.domain.checklists import Checklist, ChecklistTemplate, Choice, PastDueItem
from vwdesk.domain.debt import DebtHousehold, DebtReferral, PaymentArrangement
from vwdesk.domain.enums import ChecklistKind
from vwdesk.domain.permissions import Permission
from vwdesk.ui import icons
from vwdesk.ui.context import UiContext
from vwdesk.ui.tabs.base import TabPage
from vwdesk.ui.tabs.debt.debt_models import (
    DebtHouseholdTableModel,
    DebtReferralTableModel,
    PaymentArrangementTableModel,
)
from vwdesk.ui.tabs.debt.refer_dialog import ReferDialog
from vwdesk.ui.tabs.debt.start_dialog import StartChecklistDialog
from vwdesk.ui.widgets.checklist_fields import ListOrEmpty
from vwdesk.ui.widgets.checklist_labels import euros
from vwdesk.ui.widgets.checklist_models import PastDueTableModel
from vwdesk.ui.widgets.checklist_template_dialog import ChecklistTemplateDialog
from vwdesk.ui.widgets.checklist_view import ChecklistView
from vwdesk.ui.widgets.row_guard import CurrentRowGuard
from vwdesk.ui.widgets.rows_table_model import ROW_ROLE
from vwdesk.ui.widgets.rows_table_view import rows_table, select_where, selected_row

KEY = ChecklistKind.DEBT_PREVENTION.value


@dataclass(frozen=True)
class DebtScreen:
    """Everything the tab shows, loaded in one go on the worker."""

    households: list[DebtHousehold]
    arrangements: list[PaymentArrangement]
    past_due: list[PastDueItem]
    referrals: list[DebtReferral]
    volunteers: list[Choice]
    partners: list[Choice]
    checklist: Checklist | None


def load_screen(ws, checklist_id: int | None) -> DebtScreen:
    households = ws.debt.overview()
    if checklist_id not in {h.checklist_id for h in households}:
        checklist_id = households[0].checklist_id if households else None
    return DebtScreen(
        households=households,
        arrangements=ws.debt.arrangements(),
        past_due=ws.checklists.past_due(key=KEY),
        referrals=ws.debt.referrals(),
        volunteers=ws.checklists.volunteers(),
        partners=[Choice(p.id, p.name) for p in ws.referrals.partners()],
        checklist=ws.checklists.get(checklist_id) if checklist_id else None,
    )


class DebtTab(TabPage):
    # request_open("debt_checklist", checklist id): that household's checklist chosen
    opens = frozenset({"debt_checklist"})

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.partners: list[Choice] = []
        self.dialog: QDialog | None = None  # the tab's open dialog, closed on lock
        self.wanted: int | None = None  # a checklist to select on the next refresh
        self.wanted_item: int | None = None  # an item to choose once its checklist is shown

        title = QLabel(self.tr("Debt prevention"), objectName="pageTitle")
        self.summary = QLabel(objectName="muted")
        self.start_button = QPushButton(icons.icon("piggy-bank"), self.tr("New checklist…"))
        self.start_button.clicked.connect(self.start_checklist)
        self.refer_button = QPushButton(self.tr("Refer to debt counselling…"))
        self.refer_button.clicked.connect(self.refer)
        self.template_button = QPushButton(self.tr("Change checklist…"))
        self.template_button.setToolTip(self.tr("The items of the debt prevention checklist"))
        self.template_button.clicked.connect(self.change_template)
        titles = QVBoxLayout()
        titles.setSpacing(0)
        titles.addWidget(title)
        titles.addWidget(self.summary)
        top = QHBoxLayout()
        top.addLayout(titles, 1)
        top.addWidget(self.template_button)
        top.addWidget(self.refer_button)
        top.addWidget(self.start_button)

        self.households = DebtHouseholdTableModel(self)
        self.household_view, self.household_proxy = rows_table(
            self.households, DebtHouseholdTableModel.HOUSEHOLD
        )
        self.empty = QLabel(
            self.tr(
                "No household has a debt prevention checklist yet. Start one with “New checklist…”."
            ),
            objectName="muted",
        )
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        self.top_stack = QStackedWidget()
        self.top_stack.addWidget(self.household_view)
        self.top_stack.addWidget(self.empty)

        self.checklist = ChecklistView(ctx)
        self.household_guard = CurrentRowGuard(
            self.household_view,
            key=lambda household: household.checklist_id,
            here=lambda: self.checklist.checklist.id if self.checklist.checklist else None,
            dirty=lambda: self.checklist.dirty,
            may_leave=self.checklist.may_leave,
        )
        self.household_guard.chosen.connect(self._household_chosen)
        self.arrangements = PaymentArrangementTableModel(self)
        self.arrangement_view, _ = rows_table(
            self.arrangements, PaymentArrangementTableModel.STATUS
        )
        self.past_due = PastDueTableModel(self)
        self.past_due_view, _ = rows_table(self.past_due, PastDueTableModel.ITEM)
        self.referrals = DebtReferralTableModel(self)
        self.referral_view, _ = rows_table(self.referrals, DebtReferralTableModel.NOTE)
        for view in (self.arrangement_view, self.past_due_view, self.referral_view):
            view.doubleClicked.connect(lambda index: self._go_to(index.data(ROW_ROLE)))
        self.pages = QTabWidget()
        self.pages.setDocumentMode(True)
        self.arrangement_page = ListOrEmpty(
            self.arrangement_view, self.tr("No payment arrangements have been made or started.")
        )
        self.past_due_page = ListOrEmpty(
            self.past_due_view, self.tr("No debt prevention item is past its planned date.")
        )
        self.referral_page = ListOrEmpty(
            self.referral_view, self.tr("Nobody has been referred to debt counselling yet.")
        )
        self.pages.addTab(self.checklist, self.tr("Checklist"))
        self.pages.addTab(self.arrangement_page, self.tr("Payment arrangements"))
        self.pages.addTab(self.past_due_page, self.tr("Past due"))
        self.pages.addTab(self.referral_page, self.tr("Referrals"))

        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.top_stack)
        split.addWidget(self.pages)
        split.setStretchFactor(0, 2)
        split.setStretchFactor(1, 3)
        split.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.addLayout(top)
        layout.addWidget(split, 1)
        self._update_buttons()

    # -- loading -----------------------------------------------------------------------
    def refresh(self) -> None:
        current = selected_row(self.household_view)
        checklist_id = self.wanted or (current.checklist_id if current else None)
        self.wanted = None
        self.ctx.run(lambda ws: load_screen(ws, checklist_id), on_success=self.show_screen,
                     owner=self)  # fmt: skip

    def show_screen(self, screen: DebtScreen) -> None:
        self.partners = screen.partners
        self.checklist.set_choices(screen.volunteers, screen.partners)
        view = self.household_view
        view.selectionModel().blockSignals(True)
        self.households.set_rows(screen.households)
        if screen.checklist is not None:
            select_where(view, lambda h: h.checklist_id == screen.checklist.id)
        view.selectionModel().blockSignals(False)
        self.top_stack.setCurrentWidget(self.household_view if screen.households else self.empty)
        if screen.checklist is not None:
            self.checklist.display(screen.checklist)
        else:
            self.checklist.clear()
        self.arrangements.set_rows(screen.arrangements)
        self.past_due.set_rows(screen.past_due)
        self.referrals.set_rows(screen.referrals)
        self.arrangement_page.show_rows(len(screen.arrangements))
        self.past_due_page.show_rows(len(screen.past_due))
        self.referral_page.show_rows(len(screen.referrals))
        self.pages.setTabText(1, self._count(self.tr("Payment arrangements"), screen.arrangements))
        self.pages.setTabText(2, self._count(self.tr("Past due"), screen.past_due))
        self.pages.setTabText(3, self._count(self.tr("Referrals"), screen.referrals))
        self.summary.setText(self._summary(screen.households))
        self._update_buttons()

    def open_record(self, kind: str, record_id: int) -> None:
        self.pages.setCurrentWidget(self.checklist)
        if not self.checklist.may_leave(lambda: self.open_record(kind, record_id)):
            return
        if not select_where(self.household_view, lambda h: h.checklist_id == record_id):
            self.wanted = record_id
            self.refresh()

    def has_unsaved(self) -> bool:
        return self.checklist.dirty

    def clear(self) -> None:
        if self.dialog is not None:
            self.dialog.reject()
            self.dialog = None
        self.partners = []
        self.wanted = None
        for model in (self.households, self.arrangements, self.past_due, self.referrals):
            model.set_rows([])
        self.checklist.clear()
        self.summary.setText("")
        self._update_buttons()

    def _count(self, text: str, rows: list) -> str:
        return f"{text} ({len(rows)})" if rows else text

    def _summary(self, rows: list[DebtHousehold]) -> str:
        running = [r for r in rows if r.closed_on is None]
        arrears = sum(r.arrears_cents for r in running)
        text = self.tr("%1 households, %2 still running").replace("%1", str(len(rows)))
        text = text.replace("%2", str(len(running)))
        if arrears:
            text += " · " + self.tr("arrears under arrangement %1").replace("%1", euros(arrears))
        return text

    # -- choosing ----------------------------------------------------------------------
    def _household_chosen(self, *_args) -> None:
        row = selected_row(self.household_view)
        self._update_buttons()
        if row is not None:
            self.checklist.load(row.checklist_id, self.wanted_item)
        self.wanted_item = None

    def _go_to(self, row) -> None:
        """From a list below, to that household's checklist (and the item, when there is one)."""
        if row is None:
            return
        self.pages.setCurrentWidget(self.checklist)
        if not self.checklist.may_leave(lambda: self._go_to(row)):
            return
        self.wanted_item = getattr(row, "item_id", None)
        current = selected_row(self.household_view)
        if current is not None and current.checklist_id == row.checklist_id:
            self._household_chosen()  # already chosen: only the item changes
        else:
            select_where(self.household_view, lambda h: h.checklist_id == row.checklist_id)
        self.pages.setCurrentWidget(self.checklist)

    def _update_buttons(self) -> None:
        user = self.ctx.user
        signed_in = user is not None
        self.template_button.setVisible(bool(user and user.can(Permission.EDIT_RULES)))
        self.start_button.setEnabled(signed_in)
        self.refer_button.setEnabled(signed_in and selected_row(self.household_view) is not None)

    # -- actions -----------------------------------------------------------------------
    def start_checklist(self) -> None:
        if not self.checklist.may_leave(self.start_checklist):  # the new one is shown next
            return
        self.ctx.run(lambda ws: ws.debt.households_without_checklist(),
                     on_success=self._open_start, owner=self)  # fmt: skip

    def _open_start(self, households: list[Choice]) -> None:
        dialog = StartChecklistDialog(households, self)
        dialog.accepted.connect(lambda: self._start(dialog))
        self._open(dialog)

    def _start(self, dialog: StartChecklistDialog) -> None:
        household_id, started_on = dialog.household_id(), dialog.started_on.value()
        self.ctx.run(
            lambda ws: ws.checklists.start(KEY, household_id=household_id, started_on=started_on),
            on_success=self._started,
            owner=self,
        )

    def _started(self, checklist: Checklist) -> None:
        self.checklist.display(checklist)
        self.pages.setCurrentWidget(self.checklist)
        self.wanted = checklist.id
        self.ctx.notify_changed("checklists")

    def refer(self) -> None:
        row = selected_row(self.household_view)
        if row is None or row.household_id is None:
            return
        if not self.checklist.may_leave(self.refer):  # the referral ticks an item off
            return
        household_id = row.household_id
        self.ctx.run(
            lambda ws: (ws.debt.members(household_id), ws.debt.default_partner()),
            on_success=lambda found: self._open_refer(row, *found),
            owner=self,
        )

    def _open_refer(self, row: DebtHousehold, members: list[Choice], default) -> None:
        dialog = ReferDialog(row.owner_name, members, self.partners, default, self)
        dialog.accepted.connect(lambda: self._refer(row, dialog))
        self._open(dialog)

    def _refer(self, row: DebtHousehold, dialog: ReferDialog) -> None:
        client_id, partner_id = dialog.member.currentData(), dialog.partner.currentData()
        on, reason = dialog.on.value() or date.today(), dialog.reason.text()
        self.ctx.run(
            lambda ws: ws.debt.refer(row.checklist_id, client_id, partner_id, on, reason),
            on_success=self._referred,
            owner=self,
        )

    def _referred(self, checklist: Checklist) -> None:
        self.checklist.display(checklist)
        self.ctx.notify_changed("referrals")

    def change_template(self) -> None:
        self.ctx.run(lambda ws: ws.checklist_templates.templates(),
                     on_success=self._open_template, owner=self)  # fmt: skip

    def _open_template(self, templates: list[ChecklistTemplate]) -> None:
        template = next((t for t in templates if t.key == KEY), None)
        if template is not None:
            self._open(ChecklistTemplateDialog(self.ctx, template, self))

    def _open(self, dialog: QDialog) -> None:
        if self.dialog is not None:
            self.dialog.reject()
        self.dialog = dialog
        dialog.finished.connect(lambda _r: setattr(self, "dialog", None))
        dialog.open()
