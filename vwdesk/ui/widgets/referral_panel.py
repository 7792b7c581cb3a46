"""A client's referrals to partners, for the client page: refer, and record the outcome."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import (
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from vwdesk.domain.errors import InvalidInput
from vwdesk.domain.referrals import Partner, Referral, ReferralDraft
from vwdesk.ui.context import UiContext
from vwdesk.ui.errors import message_for
from vwdesk.ui.widgets.checklist_fields import OptionalDateEdit
from vwdesk.ui.widgets.coaching_models import ReferralTableModel
from vwdesk.ui.widgets.list_export import ListExportButton
from vwdesk.ui.widgets.rows_table_view import rows_table, selected_row

TOPIC = "referrals"


class ReferralPanel(QGroupBox):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.client_id: int | None = None
        self.setTitle(self.tr("Referrals"))
        self.referrals = ReferralTableModel(self)
        self.table, _ = rows_table(self.referrals, ReferralTableModel.REASON)
        self.table.hideColumn(ReferralTableModel.CLIENT)
        self.table.setMinimumHeight(90)
        self.table.selectionModel().currentRowChanged.connect(self._chosen)
        self.partner = QComboBox()
        self.partner.setMinimumWidth(200)
        self.on = OptionalDateEdit()
        self.reason = QLineEdit(placeholderText=self.tr("Reason"))
        self.refer_button = QPushButton(self.tr("Refer"))
        self.refer_button.clicked.connect(self.refer)
        self.outcome = QLineEdit(placeholderText=self.tr("Outcome of the chosen referral"))
        self.outcome_button = QPushButton(self.tr("Save outcome"))
        self.outcome_button.clicked.connect(self.save_outcome)
        self.problem = QLabel(objectName="errorMessage")
        self.problem.setWordWrap(True)
        self.problem.hide()
        new_row = QHBoxLayout()
        new_row.addWidget(self.partner)
        new_row.addWidget(self.on)
        new_row.addWidget(self.reason, 1)
        new_row.addWidget(self.refer_button)
        outcome_row = QHBoxLayout()
        outcome_row.addWidget(self.outcome, 1)
        outcome_row.addWidget(self.outcome_button)
        self.export_button = ListExportButton(ctx, "referrals", self.table, self)
        outcome_row.addWidget(self.export_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addLayout(new_row)
        layout.addLayout(outcome_row)
        layout.addWidget(self.problem)
        self.clear()

    def set_client(self, client_id: int) -> None:
        self.client_id = client_id
        self.ctx.run(
            lambda ws: (ws.referrals.list(client_id=client_id), ws.referrals.partners()),
            on_success=lambda found: self.display(*found),
            owner=self,
        )

    def display(self, referrals: list[Referral], partners: list[Partner]) -> None:
        chosen = self.partner.currentData()
        self.partner.clear()
        for p in partners:
            self.partner.addItem(p.name, p.id)
        self.partner.setCurrentIndex(max(self.partner.findData(chosen), 0))
        self.referrals.set_rows(referrals)
        self.on.set_value(date.today())
        self.reason.clear()
        self.outcome.clear()
        self.problem.hide()
        self.setEnabled(True)

    def clear(self) -> None:
        self.client_id = None
        self.referrals.set_rows([])
        self.partner.clear()
        self.reason.clear()
        self.outcome.clear()
        self.problem.hide()
        self.setEnabled(False)

    def _chosen(self, *_args) -> None:
        row = selected_row(self.table)
        self.outcome.setText(row.outcome if row else "")

    def refer(self) -> None:
        client_id, partner_id = self.client_id, self.partner.currentData()
        if client_id is None or partner_id is None:
            return
        draft = ReferralDraft(client_id, partner_id, self.on.value() or date.today(),
                              self.reason.text())  # fmt: skip
        self._write(lambda ws: ws.referrals.add(draft))

    def save_outcome(self) -> None:
        row = selected_row(self.table)
        if row is None:
            self._show_problem(self.tr("Choose the referral first."))
            return
        outcome = self.outcome.text()
        self._write(lambda ws: ws.referrals.set_outcome(row.id, outcome))

    def _write(self, op) -> None:
        client_id = self.client_id
        self.ctx.run(op, on_success=lambda _r: self._written(client_id), on_failure=self._failed,
                     owner=self)  # fmt: skip

    def _written(self, client_id: int) -> None:
        self.set_client(client_id)
        self.ctx.notify_changed(TOPIC)

    def _failed(self, exc: BaseException) -> None:
        if isinstance(exc, InvalidInput):
            self._show_problem(self.tr("A referral cannot be dated in the future."))
        else:
            self._show_problem(message_for(exc))

    def _show_problem(self, text: str) -> None:
        self.problem.setText(text)
        self.problem.show()
