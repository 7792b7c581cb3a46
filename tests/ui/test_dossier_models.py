"""The Dossiers and Overzicht table models, without any widget (Dutch catalogue loaded)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QColor

from vwdesk.domain.checklists import PastDueItem
from vwdesk.domain.deadlines import Deadline, DeadlineAnchor, DeadlineRule
from vwdesk.domain.dossiers import DossierDetail, DossierSummary, FamilyMember
from vwdesk.domain.enums import DossierOutcome, ProcedureStepKind
from vwdesk.ui import theme
from vwdesk.ui.tabs.dossiers.arrivals_dialog import ArrivalTableModel, rows_for
from vwdesk.ui.tabs.dossiers.dossier_models import (
    DeadlineTableModel,
    DossierTableModel,
    RuleTableModel,
)
from vwdesk.ui.tabs.dossiers.dossier_texts import period_text
from vwdesk.ui.tabs.overview.overview_models import ItemLineModel, deadline_target

TODAY = date(2018, 12, 3)


def deadline(due: date, dossier_id: int | None = 7) -> Deadline:
    return Deadline(
        rule_id=3,
        rule_key="objection",
        label="Lodge an objection or appeal against the refusal",
        anchor=DeadlineAnchor.REFUSAL,
        anchor_on=date(2018, 11, 1),
        due_on=due,
        remind_days_before=28,
        client_id=5,
        client_name="Amal Haddad",
        dossier_id=dossier_id,
    )


def summary(**kw) -> DossierSummary:
    values = dict(
        id=7,
        client_id=5,
        referent="Amal Haddad",
        family=("Omar Haddad", "Lina Haddad"),
        nidos=True,
        opened_on=date(2018, 1, 10),
        status=ProcedureStepKind.REFUSAL,
        closed_on=None,
        outcome=None,
        next_deadline=deadline(date(2018, 11, 29)),
        last_reviewed_on=date(2018, 11, 20),
        review_due=True,
    )
    values.update(kw)
    return DossierSummary(**values)


def cell(model, row, column, role=Qt.ItemDataRole.DisplayRole):
    return model.data(model.index(row, column), role)


def test_the_dossier_list_speaks_dutch_and_marks_what_is_late():
    model = DossierTableModel()
    closed = summary(
        id=8,
        closed_on=date(2018, 5, 1),
        outcome=DossierOutcome.SUCCESSFUL,
        next_deadline=None,
        review_due=False,
    )
    model.set_rows_for([summary(), closed], TODAY)
    assert [model.headerData(c, Qt.Orientation.Horizontal) for c in range(6)] == [
        "Referent",
        "Gezin",
        "NIDOS",
        "Stand",
        "Termijn",
        "Besproken",
    ]
    assert cell(model, 0, DossierTableModel.FAMILY) == "Omar Haddad, Lina Haddad"
    assert cell(model, 0, DossierTableModel.STATUS) == "Afgewezen"
    assert cell(model, 0, DossierTableModel.NEXT_DEADLINE) == "29-11-2018"
    red = QColor(theme.ERROR)
    assert cell(model, 0, DossierTableModel.NEXT_DEADLINE, Qt.ItemDataRole.ForegroundRole) == red
    assert cell(model, 0, DossierTableModel.REVIEWED, Qt.ItemDataRole.ForegroundRole) == red
    tip = cell(model, 0, DossierTableModel.NEXT_DEADLINE, Qt.ItemDataRole.ToolTipRole)
    assert tip == "Bezwaar of beroep instellen tegen de afwijzing (4 dagen verlopen)"
    assert cell(model, 1, DossierTableModel.STATUS) == "Geslaagd"
    muted = QColor(theme.MUTED)
    assert cell(model, 1, DossierTableModel.REFERENT, Qt.ItemDataRole.ForegroundRole) == muted


def test_deadlines_count_days_and_turn_red_when_overdue():
    model = DeadlineTableModel()
    model.set_rows_for([deadline(date(2018, 11, 29)), deadline(date(2018, 12, 4))], TODAY)
    assert cell(model, 0, DeadlineTableModel.LEFT) == "4 dagen verlopen"
    assert cell(model, 1, DeadlineTableModel.LEFT) == "nog 1 dag"
    assert (
        cell(model, 0, DeadlineTableModel.WHAT) == "Bezwaar of beroep instellen tegen de afwijzing"
    )
    assert cell(model, 0, DeadlineTableModel.DUE, Qt.ItemDataRole.ForegroundRole) == QColor(
        theme.ERROR
    )
    assert cell(model, 1, DeadlineTableModel.DUE, Qt.ItemDataRole.ForegroundRole) is None
    assert deadline_target(model.row_at(0)) == ("dossier", 7)
    assert deadline_target(deadline(TODAY, dossier_id=None)) == ("client", 5)


def test_a_rule_the_team_typed_itself_is_shown_as_typed():
    rule = DeadlineRule(1, "team_1", "Eigen termijn", DeadlineAnchor.PERMIT_EXPIRES, -6, 0,
                        30, "", None, True)  # fmt: skip
    shipped = DeadlineRule(2, "objection", "Lodge an objection or appeal against the refusal",
                           DeadlineAnchor.REFUSAL, 0, 28, 28, "Vw 2000, art. 69 lid 1",
                           date(2018, 1, 2), True)  # fmt: skip
    model = RuleTableModel()
    model.set_rows([rule, shipped])
    assert cell(model, 0, RuleTableModel.RULE) == "Eigen termijn"
    assert cell(model, 0, RuleTableModel.PERIOD) == "6 maanden ervoor"
    assert cell(model, 1, RuleTableModel.PERIOD) == "4 weken erna"
    tip = cell(model, 1, RuleTableModel.PERIOD, Qt.ItemDataRole.ToolTipRole)
    assert tip == "Gerekend vanaf: de IND heeft de aanvraag afgewezen"
    assert cell(model, 0, RuleTableModel.CHECKED) == "nog niet"
    assert cell(model, 1, RuleTableModel.REMIND) == "28 dagen vooraf"


def test_period_texts():
    assert period_text(3, 0) == "3 maanden erna"
    assert period_text(1, 2) == "1 maand en 2 dagen erna"
    assert period_text(0, 90) == "90 dagen erna"
    assert period_text(0, 0) == "op de dag zelf"


def test_arrivals_are_edited_in_the_table_and_become_drafts():
    detail = DossierDetail(
        id=7, client_id=5, referent="Amal Haddad", household_id=2, referent_nationality="SY",
        opened_on=date(2017, 1, 1), nidos=False, closed_on=TODAY,
        outcome=DossierOutcome.SUCCESSFUL, last_reviewed_on=None, reviewed_by="", notes="",
        members=(
            FamilyMember(11, "Omar Al Haddad", "partner", None, "TR", "", None),
            FamilyMember(12, "Lina Haddad", "child", date(2012, 4, 4), "TR", "", None),
            FamilyMember(13, "Sami Haddad", "child", None, "TR", "", 99),
        ),
        steps=(), deadlines=(),
    )  # fmt: skip
    model = ArrivalTableModel()
    model.set_rows(rows_for(detail, TODAY))
    assert model.rowCount() == 2  # Sami is a client already
    assert cell(model, 0, ArrivalTableModel.FIRST) == "Omar Al"
    assert cell(model, 0, ArrivalTableModel.NATIONALITY) == "Syrië"
    assert cell(model, 0, ArrivalTableModel.BORN) == "invullen"
    model.setData(model.index(0, ArrivalTableModel.FIRST), "Omar")
    model.setData(model.index(0, ArrivalTableModel.LAST), "Al Haddad")
    model.setData(model.index(0, ArrivalTableModel.BORN), QDate(1983, 1, 1))
    model.setData(model.index(0, ArrivalTableModel.SEX), "M")
    model.setData(model.index(1, ArrivalTableModel.NATIONALITY), "Eritrea")
    model.setData(
        model.index(1, ArrivalTableModel.MEMBER),
        Qt.CheckState.Unchecked.value,
        Qt.ItemDataRole.CheckStateRole,
    )
    assert cell(model, 0, ArrivalTableModel.SEX) == "Man"
    [draft] = model.drafts()
    assert (draft.family_member_id, draft.first_name, draft.last_name) == (11, "Omar", "Al Haddad")
    assert (draft.birth_date, draft.sex, draft.nationality) == (date(1983, 1, 1), "M", "SY")
    assert draft.housed_on == TODAY
    assert model.rows()[1].nationality == "ER"


def test_past_due_items_open_their_client_or_household():
    item = PastDueItem(1, 2, "Schuldpreventie", 3, None, "Fam. Haddad", "Budgetoverzicht",
                       date(2018, 11, 30), "")  # fmt: skip
    model = ItemLineModel()
    model.set_rows_for([item], TODAY)
    assert cell(model, 0, ItemLineModel.LATE) == "3 dagen te laat"
    assert model.target(item) == ("household", 3)
