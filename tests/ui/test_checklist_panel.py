"""The client page's checklists: Vestiging for the household, Integratie per client."""

from __future__ import annotations

from sqlalchemy import select

from tests.ui.test_debt_tab import ctx, settle  # noqa: F401  (fixtures)
from vwdesk.db.records import ClientRecord
from vwdesk.domain.enums import ChecklistItemStatus as S
from vwdesk.ui.widgets.checklist_panel import ChecklistPanel


def test_start_and_work_on_settlement_and_integration(qtbot, ctx):  # noqa: F811
    with ctx.workspace.reading() as s:
        ahmad, rania = s.scalars(
            select(ClientRecord.id).where(ClientRecord.last_name == "Haddad")
        ).all()
    panel = ChecklistPanel(ctx)
    qtbot.addWidget(panel)
    panel.set_client(ahmad)
    settle(qtbot, ctx)
    assert panel.chooser.count() == 0 and panel.view.items.rowCount() == 0
    assert panel.settlement_button.text() == "Vestiging starten"

    panel.settlement_button.click()
    settle(qtbot, ctx)
    assert panel.view.checklist.name == "Vestiging" and panel.view.items.rowCount() == 17
    assert not panel.settlement_button.isEnabled()
    panel.integration_button.click()
    settle(qtbot, ctx)
    assert panel.chooser.count() == 2
    assert panel.view.checklist.name == "Integratie"
    assert panel.chooser.currentText().startswith("Integratie, gestart ")

    panel.chooser.setCurrentIndex(panel.chooser.findText("Vestiging", flags=_contains()))
    settle(qtbot, ctx)
    assert panel.view.checklist.name == "Vestiging"
    panel.view.editor.set_status(S.DONE)
    panel.view.editor.save_button.click()
    settle(qtbot, ctx)
    assert panel.view.progress.text() == "1 van 17 afgerond"

    panel.set_client(rania)  # the household's Vestiging, but no Integratie of her own yet
    settle(qtbot, ctx)
    assert panel.chooser.count() == 1 and panel.integration_button.isEnabled()
    assert not panel.settlement_button.isEnabled()
    panel.clear()
    assert panel.chooser.count() == 0 and panel.view.items.rowCount() == 0


def _contains():
    from PySide6.QtCore import Qt

    return Qt.MatchFlag.MatchStartsWith
