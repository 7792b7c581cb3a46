"""The team leader's editor for a checklist template (Permission.EDIT_RULES).

Saving makes a new version when checklists already use the current one;
those checklists keep their version, which the dialog says up front.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from vwdesk.domain.checklists import ChecklistTemplate, TemplateDraft, TemplateItemDraft
from vwdesk.domain.errors import InvalidInput
from vwdesk.ui.context import UiContext
from vwdesk.ui.errors import message_for
from vwdesk.ui.widgets.checklist_template_model import ChecklistTemplateItemsTableModel


class ChecklistTemplateDialog(QDialog):
    def __init__(
        self, ctx: UiContext, template: ChecklistTemplate, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.template = template
        self.saved: ChecklistTemplate | None = None
        self.setWindowTitle(self.tr("Change checklist"))
        self.name = QLineEdit(template.name)
        if template.instances:
            note = self.tr(
                "Version %1 is used by %2 checklists. Saving makes version %3; "
                "checklists already started keep their version."
            )
            note = note.replace("%1", str(template.version)).replace("%2", str(template.instances))
            note = note.replace("%3", str(template.version + 1))
        else:
            note = self.tr("No checklist uses this version yet; saving changes it in place.")
        self.note = QLabel(note, objectName="muted")
        self.note.setWordWrap(True)

        self.items = ChecklistTemplateItemsTableModel(self)
        self.items.set_items(
            TemplateItemDraft(i.title, i.help, i.fields, i.when_needed, i.key)
            for i in template.items
        )
        self.table = QTableView()
        self.table.setModel(self.items)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(self.items.TITLE, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(self.items.HELP, QHeaderView.ResizeMode.Stretch)
        header.resizeSection(self.items.TITLE, 300)

        self.add_button = QPushButton(self.tr("Add item"))
        self.add_button.clicked.connect(self.add_item)
        self.remove_button = QPushButton(self.tr("Remove"))
        self.remove_button.clicked.connect(self.remove_item)
        self.up_button = QPushButton(self.tr("Up"))
        self.up_button.clicked.connect(lambda: self.move_item(-1))
        self.down_button = QPushButton(self.tr("Down"))
        self.down_button.clicked.connect(lambda: self.move_item(1))
        row = QHBoxLayout()
        for b in (self.add_button, self.remove_button, self.up_button, self.down_button):
            row.addWidget(b)
        row.addStretch(1)

        self.problem = QLabel(objectName="errorMessage")
        self.problem.setWordWrap(True)
        self.problem.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)

        form = QFormLayout()
        form.addRow(self.tr("Name"), self.name)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.note)
        layout.addWidget(self.table, 1)
        layout.addLayout(row)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        self.resize(980, 560)

    def add_item(self) -> None:
        row = self.items.add(self.tr("New item"))
        index = self.items.index(row, self.items.TITLE)
        self.table.setCurrentIndex(index)
        self.table.edit(index)

    def remove_item(self) -> None:
        self.items.remove(self.table.currentIndex().row())

    def move_item(self, delta: int) -> None:
        current = self.table.currentIndex()
        if current.isValid():
            row = self.items.move(current.row(), delta)
            self.table.setCurrentIndex(self.items.index(row, current.column()))

    def draft(self) -> TemplateDraft:
        return TemplateDraft(
            self.template.key, self.name.text(), self.template.scope, self.items.items()
        )

    def save(self) -> None:
        draft = self.draft()
        self.buttons.setEnabled(False)
        self.ctx.run(
            lambda ws: ws.checklist_templates.save_template(draft),
            on_success=self._saved,
            on_failure=self._failed,
            owner=self,
        )

    def _saved(self, template: ChecklistTemplate) -> None:
        self.saved = template
        self.buttons.setEnabled(True)
        self.ctx.notify_changed("checklist_templates")
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self.buttons.setEnabled(True)
        if isinstance(exc, InvalidInput):
            text = self.tr("Give the checklist a name and every item a title.")
        else:
            text = message_for(exc)
        self.problem.setText(text)
        self.problem.show()
