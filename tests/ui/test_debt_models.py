"""The checklist and debt table models, tested without any widget (in Dutch)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor

from vwdesk.domain.checklists import ChecklistItem, ItemField, PastDueItem, Progress
from vwdesk.domain.debt import DebtHousehold, DebtReferral, PaymentArrangement
from vwdesk.domain.enums import ChecklistItemStatus as S
from vwdesk.ui import theme
from vwdesk.ui.tabs.debt.debt_models import (
    DebtHouseholdTableModel,
    DebtReferralTableModel,
    PaymentArrangementTableModel,
)
from vwdesk.ui.widgets.checklist_models import ChecklistItemsTableModel, PastDueTableModel
from vwdesk.ui.widgets.rows_table_model import ROW_ROLE, SORT_ROLE

D = date.fromisoformat


def cell(model, row, column, role=Qt.ItemDataRole.DisplayRole):
    return model.data(model.index(row, column), role)


def item(**kw) -> ChecklistItem:
    values = dict(
        id=1, position=1, key="x", title="Huurcontract getekend", help="Met de corporatie.",
        fields=(), when_needed=False, status=S.OPEN, due_on=None, done_on=None,
        volunteer_id=None, volunteer_name="", note="", amount_cents=None, monthly_cents=None,
        creditor="", partner_id=None, partner_name="",
    )  # fmt: skip
    values.update(kw)
    return ChecklistItem(**values)


def household(**kw) -> DebtHousehold:
    values = dict(
        checklist_id=1, household_id=1, owner_name="Ahmad Haddad", started_on=D("2017-04-01"),
        closed_on=None, progress=Progress(5, 1, 3), arrangements_pending=0,
        arrangements_made=0, arrears_cents=0, monthly_cents=0, past_due=0,
        referred_to="", referred_on=None,
    )  # fmt: skip
    values.update(kw)
    return DebtHousehold(**values)


def test_checklist_items_show_status_dates_details_in_dutch():
    model = ChecklistItemsTableModel()
    model.today = D("2018-01-10")
    model.set_rows(
        [
            item(status=S.DONE, done_on=D("2018-01-02"), volunteer_name="Els de Vries"),
            item(id=2, key="payment_arrangement", title="Betalingsregeling getroffen",
                 when_needed=True, fields=(ItemField.CREDITOR,), due_on=D("2018-01-09"),
                 creditor="Energie", amount_cents=84_000, monthly_cents=3_500,
                 note="per 1 februari"),
            item(id=3, status=S.NOT_APPLICABLE, title="Vangnet besproken"),
        ]
    )  # fmt: skip
    m = ChecklistItemsTableModel
    assert [model.headerData(c, Qt.Orientation.Horizontal) for c in range(5)] == [
        "Status", "Punt", "Datum", "Gegevens", "Vrijwilliger",
    ]  # fmt: skip
    assert cell(model, 0, m.STATUS) == "✓  Gedaan"
    assert cell(model, 0, m.DATE) == "02-01-2018"
    assert cell(model, 1, m.TITLE) == "Betalingsregeling getroffen (indien nodig)"
    assert cell(model, 1, m.DATE) == "uiterlijk 09-01-2018"
    assert cell(model, 1, m.DETAILS) == "Energie · € 840,00 · € 35,00 per maand"
    assert cell(model, 1, m.DATE, Qt.ItemDataRole.ForegroundRole) == QColor(theme.ERROR)
    tip = cell(model, 1, m.TITLE, Qt.ItemDataRole.ToolTipRole)
    assert tip == "Betalingsregeling getroffen\n\nMet de corporatie.\n\nper 1 februari"
    assert cell(model, 2, m.STATUS) == "–  N.v.t."
    assert cell(model, 2, m.STATUS, Qt.ItemDataRole.ToolTipRole) == "Niet van toepassing"
    assert cell(model, 2, m.TITLE, Qt.ItemDataRole.ForegroundRole) == QColor(theme.MUTED)
    assert cell(model, 2, m.TITLE, ROW_ROLE).id == 3
    assert cell(model, 2, m.TITLE, SORT_ROLE) == 1  # the template's order


def test_households_show_money_progress_and_referral():
    model = DebtHouseholdTableModel()
    model.set_rows(
        [
            household(arrangements_made=1, arrangements_pending=2, arrears_cents=209_050,
                      monthly_cents=3_500, past_due=2, referred_to="Plangroep",
                      referred_on=D("2017-06-01")),
            household(checklist_id=2, owner_name="Sara Tesfay", closed_on=D("2017-12-01")),
        ]
    )  # fmt: skip
    m = DebtHouseholdTableModel
    assert model.headerData(m.ARREARS, Qt.Orientation.Horizontal) == "Achterstand"
    assert cell(model, 0, m.PROGRESS) == "6 van 9"
    assert cell(model, 0, m.ARRANGEMENTS) == "1 getroffen, 2 te treffen"
    assert cell(model, 0, m.ARREARS) == "€ 2.090,50"
    assert cell(model, 0, m.MONTHLY) == "€ 35,00"
    assert cell(model, 0, m.REFERRED) == "Plangroep, 01-06-2017"
    assert cell(model, 0, m.PAST_DUE, Qt.ItemDataRole.ForegroundRole) == QColor(theme.ERROR)
    assert cell(model, 0, m.ARREARS, SORT_ROLE) == 209_050
    assert cell(model, 1, m.ARRANGEMENTS) == cell(model, 1, m.ARREARS) == ""
    assert cell(model, 1, m.HOUSEHOLD, Qt.ItemDataRole.ForegroundRole) == QColor(theme.MUTED)
    assert cell(model, 1, m.HOUSEHOLD, Qt.ItemDataRole.ToolTipRole) == "Afgesloten op 01-12-2017"
    alignment = cell(model, 0, m.ARREARS, Qt.ItemDataRole.TextAlignmentRole)
    assert alignment & int(Qt.AlignmentFlag.AlignRight)


def test_arrangements_past_due_and_referrals():
    arrangements = PaymentArrangementTableModel()
    arrangements.set_rows(
        [
            PaymentArrangement(1, 1, 1, "Ahmad Haddad", "Energie", 84_000, 3_500, S.DONE,
                               None, D("2017-05-02")),
            PaymentArrangement(2, 1, 1, "Ahmad Haddad", "Zorg", 125_050, None, S.OPEN,
                               D("2017-06-01"), None),
            PaymentArrangement(3, 2, 2, "Sara Tesfay", "Water", None, None, S.OPEN, None, None),
        ]
    )  # fmt: skip
    m = PaymentArrangementTableModel
    assert cell(arrangements, 0, m.STATUS) == "Getroffen op 02-05-2017"
    assert cell(arrangements, 1, m.STATUS) == "Te treffen uiterlijk 01-06-2017"
    assert cell(arrangements, 1, m.STATUS, Qt.ItemDataRole.ForegroundRole) == QColor(theme.ERROR)
    assert cell(arrangements, 2, m.STATUS) == "Te treffen"
    assert cell(arrangements, 2, m.AMOUNT) == ""

    late = PastDueTableModel()
    late.set_rows([PastDueItem(5, 1, "Schuldpreventie", 1, None, "Ahmad Haddad",
                               "Workshop financiën", D("2017-03-01"), "Els de Vries")])  # fmt: skip
    assert [cell(late, 0, c) for c in range(4)] == [
        "Ahmad Haddad", "Workshop financiën", "01-03-2017", "Els de Vries",
    ]  # fmt: skip
    assert late.headerData(2, Qt.Orientation.Horizontal) == "Uiterlijk"

    referrals = DebtReferralTableModel()
    referrals.set_rows([DebtReferral(7, 1, 1, "Ahmad Haddad", "Plangroep", D("2017-06-01"),
                                     "Els de Vries", "huurachterstand")])  # fmt: skip
    assert cell(referrals, 0, DebtReferralTableModel.DATE, SORT_ROLE) == "2017-06-01"
    assert referrals.headerData(3, Qt.Orientation.Horizontal) == "Doorverwezen door"
    referrals.set_rows([])
    assert referrals.rowCount() == 0
