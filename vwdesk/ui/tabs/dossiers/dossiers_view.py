"""The Dossiers tab: family reunification dossiers with their deadlines and monthly review.

The list (all dossiers, filtered and searched in the proxy) on the left, the
chosen dossier on the right. The tab lays out and forwards: every read and
write is a dossier or deadline service call through ctx.run.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import QObject, QSortFilterProxyModel, Qt
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
from vwdesk.domain.enums import DossierOutcome
from vwdesk.domain.permissions import Permission
from vwdesk.ui.context import UiContext
from vwdesk.ui.errors import message_for
from vwdesk.ui.tabs.base import TabPage
from vwdesk.ui.tabs.dossiers.arrivals_dialog import ArrivalsDialog
from vwdesk.ui.tabs.dossiers.dossier_dialogs import (
    CloseDialog,
    DossierDialog,
    MemberDialog,
    StepDialog,
    SubmitDialog,
)
from vwdesk.ui.tabs.dossiers.dossier_models import DossierSearchFilter, DossierTableModel
from vwdesk.ui.tabs.dossiers.dossier_panel import DossierPanel
from vwdesk.ui.tabs.dossiers.dossier_texts import filter_label, problem_sentences
from vwdesk.ui.tabs.dossiers.rules_dialog import RulesDialog
from vwdesk.ui.tabs.sessions.rows_model import ROW_ROLE
from vwdesk.ui.tabs.sessions.tables import table

FILTERS = (
    DossierFilter.OPEN,
    DossierFilter.OVERDUE,
    DossierFilter.REVIEW_DUE,
    DossierFilter.NIDOS,
    DossierFilter.CLOSED,
    DossierFilter.ALL,
)


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


class DossiersTab(TabPage):
    opens = frozenset({"dossier", "dossier_review"})

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.clock: Callable[[], date] = date.today  # tests and screenshots fix "today"
        self.today = self.clock()
        self.dialog: QDialog | None = None
        self.current_id: int | None = None

        title = QLabel(self.tr("Family reunification"), objectName="pageTitle")
        self.summary = QLabel(objectName="muted")
        self.rules_button = QPushButton(self.tr("Deadline rules…"))
        self.rules_button.clicked.connect(self.edit_rules)
        self.new_button = QPushButton(self.tr("New dossier…"), objectName="primary")
        self.new_button.clicked.connect(self.new_dossier)
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
        p = self.panel
        p.edit_requested.connect(self.edit_dossier)
        p.review_requested.connect(self.mark_reviewed)
        p.close_requested.connect(self.close_dossier)
        p.reopen_requested.connect(self.reopen_dossier)
        p.arrivals_requested.connect(self.register_arrivals)
        p.member_add_requested.connect(lambda: self.edit_member(None))
        p.member_edit_requested.connect(self.edit_member)
        p.member_remove_requested.connect(self.remove_member)
        p.step_add_requested.connect(lambda: self.edit_step(None))
        p.step_edit_requested.connect(self.edit_step)
        p.step_remove_requested.connect(self.remove_step)

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

    # -- writing -------------------------------------------------------------------------
    def _show_dialog(self, dialog: QDialog) -> None:
        """open(), not exec(): the event loop keeps running, so tests can fill it in."""
        if self.dialog is not None:
            self.dialog.reject()
        self.dialog = dialog
        dialog.finished.connect(lambda _r: self._dialog_closed(dialog))
        dialog.open()

    def _dialog_closed(self, dialog: QDialog) -> None:
        if self.dialog is dialog:
            self.dialog = None
        dialog.deleteLater()

    def _submit(self, dialog: SubmitDialog, make_op, after=None) -> None:
        """Save when OK is pressed; close on success, show the problems in the dialog if not."""

        def submitted() -> None:
            op = make_op()
            self.ctx.run(
                op,
                on_success=lambda result: self._saved(dialog, result, after),
                on_failure=lambda exc: self._form_failed(dialog, exc),
                owner=self,
            )

        dialog.submitted.connect(submitted)
        self._show_dialog(dialog)

    def _saved(self, dialog: SubmitDialog, result: Any, after) -> None:
        dialog.finish()
        self._written(result)
        if after is not None:
            after(result)

    def _form_failed(self, dialog: SubmitDialog, exc: BaseException) -> None:
        dialog.show_problems(problem_sentences(exc) or [message_for(exc)])

    def _write(self, op, after=None) -> None:
        def done(result: Any) -> None:
            self._written(result)
            if after is not None:
                after(result)

        self.ctx.run(op, on_success=done, owner=self)

    def _written(self, _result: Any) -> None:
        self.ctx.notify_changed("dossiers")  # the main window refreshes this tab

    def new_dossier(self) -> None:
        today = self.clock()
        dialog = DossierDialog(self.ctx, None, self, today=today)

        def op():
            draft = dialog.value()
            return lambda ws: ws.dossiers.create(draft, today=today)

        def created(dossier_id: int) -> None:
            self.current_id = dossier_id
            self.filter_box.setCurrentIndex(self.filter_box.findData(DossierFilter.OPEN.value))

        self._submit(dialog, op, created)

    def _detail(self) -> DossierDetail | None:
        return self.panel.detail

    def edit_dossier(self) -> None:
        detail = self._detail()
        if detail is None:
            return
        dialog = DossierDialog(self.ctx, detail, self)
        today = self.clock()

        def op():
            draft = dialog.value()
            return lambda ws: ws.dossiers.update(detail.id, draft, today=today)

        self._submit(dialog, op)

    def mark_reviewed(self) -> None:
        detail, today = self._detail(), self.clock()
        if detail is not None:
            self._write(lambda ws: ws.dossiers.mark_reviewed(detail.id, today=today))

    def close_dossier(self) -> None:
        detail = self._detail()
        if detail is None:
            return
        today = self.clock()
        dialog = CloseDialog(detail, self, today=today)
        chosen: dict[str, Any] = {}

        def op():
            outcome, closed_on = dialog.value()
            chosen.update(outcome=outcome, closed_on=closed_on)
            return lambda ws: ws.dossiers.close(detail.id, outcome, closed_on, today=today)

        def closed(_result: Any) -> None:
            if chosen["outcome"] is not DossierOutcome.SUCCESSFUL:
                return
            waiting = detail.arrived_unregistered()
            if waiting and self.ctx.dialogs.question(
                self.tr(
                    "The dossier is closed. Register the %n family member(s) who arrived "
                    "as clients in the household of {referent}?",
                    "",
                    len(waiting),
                ).format(referent=detail.referent),
                parent=self,
            ):
                self.register_arrivals(chosen["closed_on"])

        self._submit(dialog, op, closed)

    def reopen_dossier(self) -> None:
        detail = self._detail()
        if detail is not None and self.ctx.dialogs.question(
            self.tr("Reopen the dossier of {referent}?").format(referent=detail.referent),
            parent=self,
        ):
            self._write(lambda ws: ws.dossiers.reopen(detail.id))

    def register_arrivals(self, housed_on: date | None = None) -> None:
        """Ask for the arrivals; the detail is reloaded first, so it knows the members now."""
        dossier_id = self.current_id
        if dossier_id is None:
            return
        self.ctx.run(
            lambda ws: ws.dossiers.get(dossier_id),
            on_success=lambda detail: self._arrivals(detail, housed_on),
            owner=self,
        )

    def _arrivals(self, detail: DossierDetail, housed_on: date | None) -> None:
        if not detail.arrived_unregistered():
            return
        dialog = ArrivalsDialog(detail, housed_on or detail.closed_on or self.clock(), self)
        today = self.clock()

        def op():
            drafts = dialog.value()
            return lambda ws: ws.dossiers.register_arrivals(detail.id, drafts, today=today)

        def registered(client_ids: list[int]) -> None:
            self.ctx.notify_changed("clients")
            self.ctx.dialogs.info(
                self.tr("%n client(s) registered in the household.", "", len(client_ids)),
                parent=self,
            )

        self._submit(dialog, op, registered)

    def edit_member(self, member) -> None:
        detail = self._detail()
        if detail is None:
            return
        dialog = MemberDialog(member, self)
        today = self.clock()

        def op():
            draft = dialog.value()
            if member is None:
                return lambda ws: ws.dossiers.add_member(detail.id, draft, today=today)
            return lambda ws: ws.dossiers.update_member(member.id, draft, today=today)

        self._submit(dialog, op)

    def remove_member(self, member) -> None:
        if self.ctx.dialogs.question(
            self.tr("Remove {name} from this dossier?").format(name=member.name), parent=self
        ):
            self._write(lambda ws: ws.dossiers.remove_member(member.id))

    def edit_step(self, step) -> None:
        detail = self._detail()
        if detail is None:
            return
        today = self.clock()
        dialog = StepDialog(step, self, today=today)

        def op():
            draft = dialog.value()
            if step is None:
                return lambda ws: ws.dossiers.add_step(detail.id, draft, today=today)
            return lambda ws: ws.dossiers.update_step(step.id, draft, today=today)

        self._submit(dialog, op)

    def remove_step(self, step) -> None:
        if self.ctx.dialogs.question(self.tr("Remove this step?"), parent=self):
            self._write(lambda ws: ws.dossiers.remove_step(step.id))

    # -- the rules -------------------------------------------------------------------------
    def edit_rules(self) -> None:
        self.ctx.run(lambda ws: ws.deadlines.rules(), on_success=self._rules, owner=self)

    def _rules(self, rules) -> None:
        dialog = RulesDialog(rules, self)
        today = self.clock()

        def save(rule_id: int | None, draft) -> None:
            def op(ws):
                if rule_id is None:
                    saved = ws.deadlines.create_rule(draft, today=today)
                else:
                    saved = ws.deadlines.update_rule(rule_id, draft, today=today)
                return saved.id, ws.deadlines.rules()

            self.ctx.run(
                op,
                on_success=lambda result: self._rule_saved(dialog, result),
                on_failure=lambda exc: dialog.show_problems(
                    problem_sentences(exc) or [message_for(exc)]
                ),
                owner=self,
            )

        dialog.save_requested.connect(save)
        dialog.finished.connect(lambda _r: self.refresh())
        self._show_dialog(dialog)

    def _rule_saved(self, dialog: RulesDialog, result) -> None:
        rule_id, rules = result
        dialog.set_rules(rules, rule_id)
        self.ctx.notify_changed("deadlines")

    # -- lock --------------------------------------------------------------------------
    def clear(self) -> None:
        if self.dialog is not None:
            self.dialog.reject()
        self.model.set_rows([])
        self.summary.clear()
        self.search_field.clear()
        self._show_nothing()
        self.empty.hide()
