"""The deadline rules, for the team leader: the law changes, the code does not.

A list of every rule with its period and legal source, and a form to change
the selected one (or add one). Saving goes through the deadline service,
which checks EDIT_RULES; every deadline the rule governs moves with it.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from vwdesk.domain.deadlines import (
    MAX_DAYS,
    MAX_MONTHS,
    MAX_REMIND_DAYS,
    DeadlineAnchor,
    DeadlineRule,
    DeadlineRuleDraft,
)
from vwdesk.ui.tabs.dossiers.dossier_models import RuleTableModel
from vwdesk.ui.tabs.dossiers.dossier_texts import anchor_label, deadline_label
from vwdesk.ui.tabs.sessions.tables import selected, table
from vwdesk.ui.widgets.checklist_fields import OptionalDateEdit


class RulesDialog(QDialog):
    """Emits `save_requested(rule_id or None, draft)`; the tab writes and calls `set_rules`."""

    save_requested = Signal(object, object)

    def __init__(self, rules: list[DeadlineRule], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Deadline rules"))
        self.resize(980, 600)
        self.editing: DeadlineRule | None = None

        intro = QLabel(
            self.tr(
                "Every deadline the app shows comes from one of these rules. When the law "
                "changes, change the rule: all deadlines it governs move with it. Write "
                "down where the period comes from and when you checked it."
            )
        )
        intro.setWordWrap(True)
        self.model = RuleTableModel(self)
        self.view, _ = table(self.model, RuleTableModel.SOURCE, sort_column=None)
        self.view.setSortingEnabled(False)
        self.view.selectionModel().currentRowChanged.connect(lambda *_: self._edit_selected())

        self.label = QLineEdit()
        self.anchor = QComboBox()
        for anchor in DeadlineAnchor:
            self.anchor.addItem(anchor_label(anchor), anchor.value)
        self.months = QSpinBox(minimum=-MAX_MONTHS, maximum=MAX_MONTHS)
        self.months.setSuffix(self.tr(" months"))
        self.days = QSpinBox(minimum=-MAX_DAYS, maximum=MAX_DAYS)
        self.days.setSuffix(self.tr(" days"))
        period = QHBoxLayout()
        period.addWidget(self.months)
        period.addWidget(self.days)
        period.addStretch(1)
        self.remind = QSpinBox(minimum=0, maximum=MAX_REMIND_DAYS)
        self.remind.setSuffix(self.tr(" days before"))
        self.source = QLineEdit()
        self.source.setPlaceholderText(self.tr("For example: Vreemdelingenwet 2000, art. 69"))
        self.checked_on = OptionalDateEdit()
        self.active = QCheckBox(self.tr("In use (switch off instead of deleting)"))
        form = QFormLayout()
        form.addRow(self.tr("Name"), self.label)
        form.addRow(self.tr("Counted from when"), self.anchor)
        form.addRow(self.tr("Period"), period)
        form.addRow(self.tr("Show in the overview"), self.remind)
        form.addRow(self.tr("Legal source"), self.source)
        form.addRow(self.tr("Checked on"), self.checked_on)
        form.addRow("", self.active)
        self.problems = QLabel(objectName="errorMessage")
        self.problems.setWordWrap(True)
        self.problems.hide()
        self.new_button = QPushButton(self.tr("New rule"))
        self.new_button.clicked.connect(self.start_new)
        self.save_button = QPushButton(self.tr("Save rule"), objectName="primary")
        self.save_button.clicked.connect(self._save)
        buttons = QHBoxLayout()
        buttons.addWidget(self.new_button)
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        self.editor = QGroupBox(self.tr("Rule"))
        editor_layout = QVBoxLayout(self.editor)
        editor_layout.addLayout(form)
        editor_layout.addWidget(self.problems)
        editor_layout.addLayout(buttons)

        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.editor)
        layout.addWidget(close)
        self.set_rules(rules)

    def set_rules(self, rules: list[DeadlineRule], select_id: int | None = None) -> None:
        self.model.set_rows(rules)
        target = select_id if select_id is not None else (rules[0].id if rules else None)
        for row, rule in enumerate(rules):
            if rule.id == target:
                self.view.selectRow(row)
                break
        self._edit_selected()

    def _edit_selected(self) -> None:
        rule = selected(self.view)
        if rule is not None:
            self.fill(rule)

    def fill(self, rule: DeadlineRule | None) -> None:
        self.editing = rule
        self.show_problems([])
        self.label.setText(deadline_label(rule) if rule else "")
        index = self.anchor.findData(DeadlineAnchor(rule.anchor).value) if rule else 0
        self.anchor.setCurrentIndex(max(index, 0))
        self.months.setValue(rule.months if rule else 0)
        self.days.setValue(rule.days if rule else 0)
        self.remind.setValue(rule.remind_days_before if rule else 14)
        self.source.setText(rule.legal_source if rule else "")
        self.source.setCursorPosition(0)
        self.checked_on.set_value(rule.checked_on if rule else None)
        self.active.setChecked(rule.active if rule else True)
        self.editor.setTitle(self.tr("Rule") if rule else self.tr("New rule"))

    def start_new(self) -> None:
        self.view.clearSelection()
        self.fill(None)
        self.label.setFocus()

    def draft(self) -> DeadlineRuleDraft:
        label = self.label.text()
        rule = self.editing
        if rule is not None and label == deadline_label(rule):
            label = rule.label  # unchanged: keep the stored (translatable) source text
        return DeadlineRuleDraft(
            label=label,
            anchor=DeadlineAnchor(self.anchor.currentData()),
            months=self.months.value(),
            days=self.days.value(),
            remind_days_before=self.remind.value(),
            legal_source=self.source.text(),
            checked_on=self.checked_on.value(),
            active=self.active.isChecked(),
        )

    def _save(self) -> None:
        self.save_requested.emit(self.editing.id if self.editing else None, self.draft())

    def show_problems(self, sentences: list[str]) -> None:
        self.problems.setText("\n".join(sentences))
        self.problems.setVisible(bool(sentences))
