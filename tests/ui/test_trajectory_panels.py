"""The client-page panels (trajectories, PVT, referrals) and the coaching lists, in Dutch."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import Qt
from sqlalchemy import select

from tests.db.test_checklists import add_household
from tests.ui.test_debt_tab import ctx, settle  # noqa: F401  (fixtures)
from vwdesk.db.records import ClientRecord, DeadlineRuleRecord
from vwdesk.domain.deadlines import DeadlineAnchor
from vwdesk.domain.enums import TrajectoryKind as K
from vwdesk.domain.phases import ClientPhase, phase_on
from vwdesk.domain.pvt import PvtUpdate
from vwdesk.ui.widgets.coaching_lists import CoachingListsView
from vwdesk.ui.widgets.coaching_models import ClientPhaseTableModel, TrajectoryTableModel
from vwdesk.ui.widgets.pvt_panel import PvtPanel
from vwdesk.ui.widgets.referral_panel import ReferralPanel
from vwdesk.ui.widgets.trajectory_panel import TrajectoryPanel

D = date.fromisoformat


def haddad(ws) -> int:
    with ws.reading() as s:
        return s.scalar(select(ClientRecord.id).where(ClientRecord.first_name == "Ahmad"))


def test_phase_model_names_the_phase_and_its_last_day():
    model = ClientPhaseTableModel()
    info = phase_on(D("2017-03-15"), D("2017-10-01"))
    model.set_rows([ClientPhase(1, "Ahmad Haddad", 1, D("2017-03-15"), info, (K.INTEGRATION,))])
    m = ClientPhaseTableModel
    values = [model.data(model.index(0, c)) for c in range(5)]
    assert values == [
        "Ahmad Haddad", "15-03-2017", "Begeleiding (tot 18 maanden)", "14-09-2018",
        "Coaching integratie",
    ]  # fmt: skip
    assert model.headerData(m.UNTIL, Qt.Orientation.Horizontal) == "Tot en met"


def test_trajectories_from_the_client_panel(qtbot, ctx):  # noqa: F811
    client = haddad(ctx.workspace)
    panel = TrajectoryPanel(ctx)
    qtbot.addWidget(panel)
    panel.set_client(client)
    settle(qtbot, ctx)
    assert panel.phase.text() == "Fase: Na de begeleiding"  # housed 15 March 2017
    panel.on.set_value(D("2017-03-20"))
    ctx.dialogs.answers.extend([True, True, True])  # each change is confirmed
    panel.settlement_button.click()
    settle(qtbot, ctx)
    assert panel.trajectories.rowCount() == 1
    m = TrajectoryTableModel
    assert panel.trajectories.data(panel.trajectories.index(0, m.KIND)) == "Coaching vestiging"
    panel.settlement_button.click()  # a second one at the same time: refused, said in Dutch
    settle(qtbot, ctx)
    assert panel.problem.text() == "Deze cliënt heeft dan al zo'n traject."
    panel.table.setCurrentIndex(panel.table.model().index(0, 0))
    panel.on.set_value(D("2017-09-01"))
    panel.end_button.click()
    settle(qtbot, ctx)
    assert panel.trajectories.data(panel.trajectories.index(0, m.ENDS)) == "01-09-2017"
    assert ctx.workspace.figures.compute(2017).trajectories.settlement_started == 1
    panel.clear()
    assert panel.trajectories.rowCount() == 0 and panel.phase.text() == ""


def test_a_trajectory_starts_or_ends_only_after_a_question_naming_the_date(qtbot, ctx):  # noqa: F811
    """They count in the annual figures, so one stray click must not change them."""
    ws = ctx.workspace
    client = haddad(ws)
    panel = TrajectoryPanel(ctx)
    qtbot.addWidget(panel)
    panel.set_client(client)
    settle(qtbot, ctx)
    panel.on.set_value(D("2017-03-20"))
    counts = "Dit telt mee in de jaarcijfers."

    panel.settlement_button.click()  # "No" (the default): nothing is written
    assert ctx.dialogs.shown[-1] == (
        "question", f"Coaching vestiging starten op 20-03-2017? {counts}"
    )  # fmt: skip
    settle(qtbot, ctx)
    assert ws.trajectories.for_client(client) == []

    panel.integration_button.click()
    assert ctx.dialogs.shown[-1] == (
        "question", f"Coaching integratie starten op 20-03-2017? {counts}"
    )  # fmt: skip
    settle(qtbot, ctx)
    assert ws.trajectories.for_client(client) == []

    ctx.dialogs.answers.append(True)
    panel.integration_button.click()
    settle(qtbot, ctx)
    (started,) = ws.trajectories.for_client(client)
    assert (started.kind, started.started_on) == (K.INTEGRATION, D("2017-03-20"))

    panel.table.setCurrentIndex(panel.table.model().index(0, 0))
    panel.on.set_value(None)  # an empty date is today, and the question says which day that is
    panel.end_button.click()
    today = date.today().strftime("%d-%m-%Y")
    assert ctx.dialogs.shown[-1] == (
        "question",
        f"Coaching integratie (gestart op 20-03-2017) beëindigen op {today}? {counts}",
    )
    settle(qtbot, ctx)
    assert ws.trajectories.for_client(client)[0].ended_on is None

    panel.on.set_value(D("2017-09-01"))
    ctx.dialogs.answers.append(True)
    panel.end_button.click()
    settle(qtbot, ctx)
    assert ws.trajectories.for_client(client)[0].ended_on == D("2017-09-01")
    assert len([k for k, _t in ctx.dialogs.shown if k == "question"]) == 5


def test_pvt_panel_shows_the_leap_day_deadline_from_the_rule(qtbot, ctx):  # noqa: F811
    ws = ctx.workspace
    _, (client,) = add_household(ws, "2020-02-29", (("Lina", "Saleh", "1995-07-07"),))
    with ws.unit() as s:
        s.get(ClientRecord, client).integration_obliged = True
        rule = s.scalar(
            select(DeadlineRuleRecord).where(
                DeadlineRuleRecord.anchor == DeadlineAnchor.FIRST_HOUSING.value
            )
        )
        assert (rule.months, rule.days) == (12, 0)  # the shipped rule
    panel = PvtPanel(ctx)
    qtbot.addWidget(panel)
    panel.set_client(client)
    settle(qtbot, ctx)
    assert panel.hint.text().startswith("Inburgeringsplichtig")
    assert panel.deadline.text() == "niet verplicht"
    panel.required.setChecked(True)
    panel.save_button.click()
    settle(qtbot, ctx)
    assert panel.deadline.text() == "28-02-2021 (Verlopen)"
    panel.signed_on.set_value(date.today() + timedelta(days=2))
    panel.save_button.click()
    settle(qtbot, ctx)
    assert panel.problem.text() == "De datums moeten tussen de huisvestingsdatum en vandaag liggen."
    panel.signed_on.set_value(D("2020-11-02"))
    panel.save_button.click()
    settle(qtbot, ctx)
    assert panel.deadline.text() == "ondertekend op 02-11-2020"
    assert ws.figures.compute(2020).pvt.signed == 1


def test_referrals_from_the_client_panel_and_per_partner(qtbot, ctx):  # noqa: F811
    ws = ctx.workspace
    client = haddad(ws)
    panel = ReferralPanel(ctx)
    qtbot.addWidget(panel)
    panel.set_client(client)
    settle(qtbot, ctx)
    panel.partner.setCurrentIndex(panel.partner.findText("Taalhuis"))
    panel.reason.setText("taalmaatje")
    panel.refer_button.click()
    settle(qtbot, ctx)
    assert panel.referrals.rowCount() == 1
    panel.table.setCurrentIndex(panel.table.model().index(0, 0))
    panel.outcome.setText("gekoppeld")
    panel.outcome_button.click()
    settle(qtbot, ctx)
    (referral,) = ws.referrals.list(client_id=client)
    assert (referral.partner_name, referral.reason, referral.outcome) == (
        "Taalhuis", "taalmaatje", "gekoppeld",
    )  # fmt: skip

    ws.trajectories.start(client, K.INTEGRATION, date.today() - timedelta(days=350))
    ws.pvt.update(client, PvtUpdate(True))
    lists = CoachingListsView(ctx)
    qtbot.addWidget(lists)
    lists.refresh()
    settle(qtbot, ctx)
    assert lists.ending.rowCount() == 1  # 12 months after the start is within a month
    assert lists.pages.tabText(0) == "Eindigen binnen een maand (1)"
    assert lists.pvt.rowCount() == 1
    lists.partner.setCurrentIndex(lists.partner.findData(referral.partner_id))
    settle(qtbot, ctx)
    assert lists.partner.currentText() == "Taalhuis (1)"
    assert [r.client_name for r in lists.referrals.rows()] == ["Ahmad Haddad"]
    lists.clear()
    assert lists.ending.rowCount() == lists.referrals.rowCount() == 0
