"""The Dossiers tab: family reunification dossiers with their deadlines and monthly review.

The list (all dossiers, filtered and searched in the proxy) on the left, the
chosen dossier on the right. The tab lays out and forwards: every read and
write is a dossier or deadline service call through ctx.run.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from vwdesk.domain.dossiers import DossierDetail, DossierFilter, DossierSummary
from vwdesk.domain.permissions import Permission
from vwdesk.ui.context import UiContext
from vwdesk.ui.tabs.base import TabPage
from vwdesk.ui.tabs.dossiers.dossier_actions import DossierController
from vwdesk.ui.tabs.dossiers.dossier_models import (
    DossierModeFilter,
    DossierSearchFilter,
    DossierTableModel,
)
from vwdesk.ui.tabs.dossiers.dossier_panel import DossierPanel
from vwdesk.ui.tabs.dossiers.dossier_texts import filter_label
from vwdesk.ui.tabs.sessions.tables import table
from vwdesk.ui.widgets.list_export import ListExportButton
from vwdesk.ui.widgets.rows_table_model import ROW_ROLE

FILTERS = (
    DossierFilter.OPEN,
    DossierFilter.OVERDUE,
    DossierFilter.REVIEW_DUE,
    DossierFilter.NIDOS,
    DossierFilter.CLOSED,
    DossierFilter.ALL,
)


class DossiersTab(TabPage):
    opens = frozenset({"dossier", "dossier_review"})

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.clock: Callable[[], date] = date.today  # tests and screenshots fix "today"
        self.today = self.clock()
        self.current_id: int | None = None

        title = QLabel(self.tr("Family reunification"), objectName="pageTitle")
        self.summary = QLabel(objectName="muted")
        self.summary.setWordWrap(True)  # on a 1024-wide screen it takes two lines
        self.rules_button = QPushButton(self.tr("Deadline rules…"))
        self.rules_button.clicked.connect(lambda: self.actions.edit_rules())
        self.new_button = QPushButton(self.tr("New dossier…"), objectName="primary")
        self.new_button.clicked.connect(lambda: self.actions.new_dossier())
        top = QHBoxLayout()
        top.addWidget(title)
        top.addSpacing(16)
        top.addWidget(self.summary, 1)
        top.addWidget(self.rules_button)
        top.addWidget(self.new_button)

        self.model = DossierTableModel(self)
        self.view, sorter = table(self.model, DossierTableModel.FAMILY)
        self.mode = DossierModeFilter(self)
        self.mode.setSourceModel(self.model)
        self.search = DossierSearchFilter(self)
        self.search.setSourceModel(self.mode)
        sorter.setSourceModel(self.search)
        self.view.sortByColumn(DossierTableModel.NEXT_DEADLINE, Qt.SortOrder.AscendingOrder)
        self.view.selectionModel().currentRowChanged.connect(lambda *_: self._selected())

        self.filter_box = QComboBox()
        for which in FILTERS:
            self.filter_box.addItem(filter_label(which), which.value)
        self.filter_box.currentIndexChanged.connect(lambda _i: self._apply_filter())
        self.search_field = QLineEdit()
        self.search_field.setPlaceholderText(self.tr("Search a referent or family member"))
        self.search_field.setClearButtonEnabled(True)
        self.search_field.textChanged.connect(self.search.set_text)
        self.empty = QLabel(objectName="muted")
        self.empty.setWordWrap(True)
        self.empty.hide()
        filters = QHBoxLayout()
        filters.addWidget(self.filter_box)
        filters.addWidget(self.search_field, 1)
        self.export_button = ListExportButton(ctx, "dossiers", self.view, self)
        filters.addWidget(self.export_button)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addLayout(filters)
        left_layout.addWidget(self.view, 1)
        left_layout.addWidget(self.empty)

        self.panel = DossierPanel()
        self.panel.hide()
        self.hint = QLabel(
            self.tr("Choose a dossier on the left to see its deadlines, family and steps."),
            objectName="muted",
        )
        self.hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.hint.setWordWrap(True)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.panel, 1)
        right_layout.addWidget(self.hint, 1)
        self.actions = DossierController(self)
        self._connect_panel()

        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(left)
        split.addWidget(right)
        split.setSizes([680, 580])
        split.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.addLayout(top)
        layout.addWidget(split, 1)

    def _connect_panel(self) -> None:
        p, a = self.panel, self.actions
        p.edit_requested.connect(a.edit_dossier)
        p.review_requested.connect(a.mark_reviewed)
        p.close_requested.connect(a.close_dossier)
        p.reopen_requested.connect(a.reopen_dossier)
        p.arrivals_requested.connect(lambda: a.register_arrivals())
        p.member_add_requested.connect(lambda: a.edit_member(None))
        p.member_edit_requested.connect(a.edit_member)
        p.member_remove_requested.connect(a.remove_member)
        p.step_add_requested.connect(lambda: a.edit_step(None))
        p.step_edit_requested.connect(a.edit_step)
        p.step_remove_requested.connect(a.remove_step)

    @property
    def dialog(self) -> QDialog | None:
        """The dialog the tab has open, if any (one at a time)."""
        return self.actions.dialog

    # -- loading -----------------------------------------------------------------------
    def refresh(self) -> None:
        user = self.ctx.user
        self.rules_button.setVisible(bool(user and user.can(Permission.EDIT_RULES)))
        self.today = today = self.clock()
        self.ctx.run(
            lambda ws: ws.dossiers.summaries(DossierFilter.ALL, today=today),
            on_success=self._listed,
            owner=self,
        )

    def _listed(self, rows: list[DossierSummary]) -> None:
        self.model.set_rows_for(rows, self.today)
        self.mode.set_filter(DossierFilter(self.filter_box.currentData()), self.today)
        open_rows = [r for r in rows if r.is_open]
        overdue = sum(r.overdue(self.today) for r in open_rows)
        unreviewed = sum(r.review_due for r in open_rows)
        self.summary.setText(
            " · ".join(
                (
                    self.tr("%n open dossier(s)", "", len(open_rows)),
                    self.tr("%n with an overdue deadline", "", overdue),
                    self.tr("%n not reviewed this month", "", unreviewed),
                )
            )
        )
        self._update_empty()
        if self.current_id is not None and not self._select(self.current_id):
            # e.g. just closed while the list shows open dossiers: keep it in view
            self.load_detail(self.current_id)
        elif self.current_id is None and self.view.model().rowCount():
            self.view.selectRow(0)

    def _apply_filter(self) -> None:
        self.mode.set_filter(DossierFilter(self.filter_box.currentData()), self.today)
        self._update_empty()

    def _update_empty(self) -> None:
        nothing = self.view.model().rowCount() == 0
        self.empty.setText(
            self.tr("No dossier fits this choice.")
            if self.model.rowCount()
            else self.tr("No dossiers yet. Open one with “New dossier…”.")
        )
        self.empty.setVisible(nothing)

    def _select(self, dossier_id: int) -> bool:
        proxy = self.view.model()
        for row in range(proxy.rowCount()):
            if proxy.index(row, 0).data(ROW_ROLE).id == dossier_id:
                self.view.selectRow(row)
                self.load_detail(dossier_id)
                return True
        return False

    def _selected(self) -> None:
        index = self.view.currentIndex()
        if index.isValid():
            self.load_detail(index.data(ROW_ROLE).id)

    def load_detail(self, dossier_id: int) -> None:
        self.current_id = dossier_id
        self.ctx.run(
            lambda ws: ws.dossiers.get(dossier_id), on_success=self._show_detail, owner=self
        )

    def _show_detail(self, detail: DossierDetail) -> None:
        if detail.id != self.current_id:
            return  # the volunteer chose another dossier meanwhile
        self.panel.show_detail(detail, self.today)
        self.panel.show()
        self.hint.hide()

    def _show_nothing(self) -> None:
        self.current_id = None
        self.panel.clear()
        self.panel.hide()
        self.hint.show()

    def open_record(self, kind: str, record_id: int) -> None:
        """From the Overzicht: show this dossier whatever the filter was, or the reviews due."""
        if kind == "dossier_review":
            self.filter_box.setCurrentIndex(
                self.filter_box.findData(DossierFilter.REVIEW_DUE.value)
            )
            return
        if kind != "dossier":
            return
        self.current_id = record_id
        if not self._select(record_id):
            self.filter_box.setCurrentIndex(self.filter_box.findData(DossierFilter.ALL.value))
            self.search_field.clear()
            if not self._select(record_id):
                self.load_detail(record_id)  # the list is still loading: _listed selects it

    # -- lock --------------------------------------------------------------------------
    def clear(self) -> None:
        if self.actions.dialog is not None:
            self.actions.dialog.reject()
        self.model.set_rows([])
        self.summary.clear()
        self.search_field.clear()
        self._show_nothing()
        self.empty.hide()
