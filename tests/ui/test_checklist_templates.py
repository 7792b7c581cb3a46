"""The team leader edits a checklist template; started checklists keep their version."""

from __future__ import annotations

from PySide6.QtCore import Qt

from tests.ui.test_debt_tab import ctx, settle, tab  # noqa: F401  (fixtures)
from vwdesk.domain.checklists import ItemField, TemplateItemDraft
from vwdesk.ui.widgets.checklist_template_dialog import ChecklistTemplateDialog
from vwdesk.ui.widgets.checklist_template_model import ChecklistTemplateItemsTableModel

CHECK = Qt.ItemDataRole.CheckStateRole


def test_the_template_model_edits_drafts_without_a_widget():
    model = ChecklistTemplateItemsTableModel()
    model.set_items([TemplateItemDraft("Eerste", key="a"), TemplateItemDraft("Tweede", key="b")])
    m = ChecklistTemplateItemsTableModel
    assert model.columnCount() == 8
    assert model.headerData(m.HELP, Qt.Orientation.Horizontal) == "Uitleg"
    assert model.headerData(m.FIRST_FIELD + 1, Qt.Orientation.Horizontal) == "Schuldeiser"
    assert model.setData(model.index(0, m.HELP), "Samen met de cliënt.")
    assert model.setData(model.index(0, m.FIRST_FIELD + 1), Qt.CheckState.Checked.value, CHECK)
    assert model.setData(model.index(0, m.FIRST_FIELD), Qt.CheckState.Checked.value, CHECK)
    assert model.setData(model.index(1, m.WHEN_NEEDED), Qt.CheckState.Checked.value, CHECK)
    assert model.data(model.index(0, m.FIRST_FIELD), CHECK) == Qt.CheckState.Checked
    first = model.items()[0]
    assert first.fields == (ItemField.DATE, ItemField.CREDITOR)  # in the column order
    assert first.help == "Samen met de cliënt." and first.key == "a"
    assert model.move(1, -1) == 0
    assert [i.key for i in model.items()] == ["b", "a"] and model.items()[0].when_needed
    model.add("Derde")
    model.remove(0)
    assert [i.title for i in model.items()] == ["Eerste", "Derde"]
    assert model.flags(model.index(0, m.TITLE)) & Qt.ItemFlag.ItemIsEditable


def test_changing_the_debt_template_through_the_dialog(qtbot, ctx, tab):  # noqa: F811
    ws = ctx.workspace
    household = ws.debt.households_without_checklist()[0].id
    started = ws.checklists.start("debt_prevention", household_id=household)
    tab.refresh()
    settle(qtbot, ctx)
    assert tab.template_button.isVisible()  # a team leader may

    tab.template_button.click()
    settle(qtbot, ctx)
    dialog = tab.dialog
    assert isinstance(dialog, ChecklistTemplateDialog)
    assert "versie 2" in dialog.note.text()
    dialog.add_button.click()
    model = dialog.items
    row = model.rowCount() - 1
    model.setData(model.index(row, model.TITLE), "Energiecontract bekeken")
    dialog.buttons.accepted.emit()
    settle(qtbot, ctx)
    assert dialog.saved is not None and dialog.saved.version == 2
    assert dialog.saved.items[-1].title == "Energiecontract bekeken"
    assert len(ws.checklists.get(started.id).items) == 9  # the started one keeps version 1
