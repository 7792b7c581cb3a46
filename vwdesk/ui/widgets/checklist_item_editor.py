"""The form for one checklist item: status, dates, volunteer, note and the item's own fields.

It only lays out and reads back: `edit(item)` fills it, `read()` returns an
ItemUpdate (or raises InvalidInput for an amount it cannot read). Saving is
the ChecklistView's job, through the worker. Like the client page, it shows
when there are changes not saved yet (`dirty`): Save and "Undo changes" only
then, a line under the form and a * after the item's title.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from vwdesk.domain.checklists import ChecklistItem, Choice, ItemField, ItemUpdate
from vwdesk.domain.debt import format_euros, parse_euros
from vwdesk.domain.enums import ChecklistItemStatus as Status
from vwdesk.domain.errors import InputProblem, InvalidInput
from vwdesk.ui.widgets.checklist_fields import OptionalDateEdit
from vwdesk.ui.widgets.checklist_labels import field_label, status_label


class ChecklistItemEditor(QGroupBox):
    save_requested = Signal()
    another_requested = Signal()  # "one more like this" (a second payment arrangement)
    dirty_changed = Signal(bool)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.item: ChecklistItem | None = None
        self._loaded: tuple = ()  # what edit() put in the fields, to compare with
        self._dirty = False
        self._filling = False
        # "“…” saved." after a save, until something is changed or another item is chosen
        # by hand; a refresh showing the same or the next item keeps it.
        self.saved_note = ""
        # The item's title inside the box, wrapped: a group box title is never wrapped and
        # makes the box as wide as the longest title.
        self.heading = QLabel()
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        self.heading.setWordWrap(True)
        font = self.heading.font()
        font.setBold(True)
        self.heading.setFont(font)
        self.help = QLabel(objectName="muted")
        self.help.setWordWrap(True)

        self.status_buttons = QButtonGroup(self)
        status_row = QHBoxLayout()
        for n, status in enumerate(Status):
            button = QRadioButton(status_label(status))
            button.setProperty("status", status.value)
            self.status_buttons.addButton(button, n)
            status_row.addWidget(button)
        status_row.addStretch(1)
        self.status_buttons.idToggled.connect(self._status_toggled)

        self.done_on = OptionalDateEdit()
        self.due_on = OptionalDateEdit()
        self.volunteer = QComboBox()
        self.creditor = QLineEdit()
        self.amount = QLineEdit(placeholderText="0,00")
        self.monthly = QLineEdit(placeholderText="0,00")
        self.partner = QComboBox()
        self.note = QLineEdit()
        self.problem = QLabel(objectName="errorMessage")
        self.problem.setWordWrap(True)
        self.problem.hide()

        self.another_button = QPushButton(self.tr("Add another arrangement"))
        self.another_button.clicked.connect(self.another_requested)

        self.form = QFormLayout()
        # The three choices over the whole width: beside a label "Niet van toepassing"
        # was cut off in a narrow window (usability test 4, d04).
        self.form.addRow(status_row)
        self.form.addRow(self.tr("Done on"), self.done_on)
        self.form.addRow(field_label(ItemField.DATE), self.due_on)
        self.form.addRow(field_label(ItemField.CREDITOR), self.creditor)
        self.form.addRow(self.tr("Amount (arrears)"), self.amount)
        self.form.addRow(field_label(ItemField.MONTHLY), self.monthly)
        self.form.addRow(field_label(ItemField.PARTNER), self.partner)
        self.form.addRow("", self.another_button)
        self.form.addRow(self.tr("Volunteer"), self.volunteer)
        self.form.addRow(self.tr("Note"), self.note)
        self._rows = {
            ItemField.DATE: self.due_on,
            ItemField.CREDITOR: self.creditor,
            ItemField.AMOUNT: self.amount,
            ItemField.MONTHLY: self.monthly,
            ItemField.PARTNER: self.partner,
        }

        self.save_status = QLabel(objectName="muted")
        self.save_status.setWordWrap(True)
        self.save_button = QPushButton(self.tr("Save"), objectName="primary")
        self.save_button.clicked.connect(self.save_requested)
        self.undo_button = QPushButton(self.tr("Undo changes"))
        self.undo_button.clicked.connect(self.undo)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.undo_button)
        buttons.addWidget(self.save_button)

        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.help)
        layout.addLayout(self.form)
        layout.addWidget(self.problem)
        layout.addStretch(1)
        layout.addWidget(self.save_status)
        layout.addLayout(buttons)

        self.status_buttons.idToggled.connect(self._edited)
        for edit in (self.creditor, self.amount, self.monthly, self.note):
            edit.textChanged.connect(self._edited)
        for box in (self.volunteer, self.partner):
            box.currentIndexChanged.connect(self._edited)
        for day in (self.done_on, self.due_on):
            day.dateChanged.connect(self._edited)
        self.edit(None)

    # -- choices -------------------------------------------------------------------------
    def set_choices(self, volunteers: list[Choice], partners: list[Choice]) -> None:
        self._filling = True  # the same choice again: not a change of the volunteer's
        try:
            for box, choices in ((self.volunteer, volunteers), (self.partner, partners)):
                current, name = box.currentData(), box.currentText()
                box.clear()
                box.addItem("", None)
                for choice in choices:
                    box.addItem(choice.name, choice.id)
                self._pick(box, current, name)
        finally:
            self._filling = False
        self._edited()

    def _pick(self, box: QComboBox, value: int | None, name: str) -> None:
        index = box.findData(value)
        if index < 0 and value is not None:  # not active any more: still show who it was
            box.addItem(name, value)
            index = box.count() - 1
        box.setCurrentIndex(max(index, 0))

    # -- filling and reading -------------------------------------------------------------
    def edit(self, item: ChecklistItem | None) -> None:
        self._filling = True
        try:
            self._fill(item)
        finally:
            self._filling = False
        self._loaded = self._fields()
        self._edited()

    def undo(self) -> None:
        """Back to the item as it is stored."""
        self.edit(self.item)

    @property
    def dirty(self) -> bool:
        """Changed since edit(): what would be lost if another item were shown now."""
        return self.item is not None and self._fields() != self._loaded

    def _fields(self) -> tuple:
        return (
            self.status(),
            self.done_on.value() if self.status() == Status.DONE else None,
            self.due_on.value(),
            self.volunteer.currentData(),
            self.note.text(),
            self.creditor.text(),
            self.amount.text(),
            self.monthly.text(),
            self.partner.currentData(),
        )

    def _edited(self, *_args) -> None:
        if self._filling:
            return
        dirty = self.dirty
        self.save_button.setEnabled(dirty)
        self.undo_button.setEnabled(dirty)
        self.save_status.setText(self.tr("Changes not saved yet.") if dirty else self.saved_note)
        title = self.item.title if self.item else self.tr("Choose an item")
        self.heading.setText(f"{title} *" if dirty else title)
        if dirty != self._dirty:
            self._dirty = dirty
            self.dirty_changed.emit(dirty)

    def _fill(self, item: ChecklistItem | None) -> None:
        self.item = item
        self.problem.hide()
        self.setEnabled(item is not None)
        self.help.setText(item.help if item else "")
        self.help.setVisible(bool(item and item.help))
        fields = set(item.fields) if item else set()
        for field, widget in self._rows.items():
            self.form.setRowVisible(widget, field in fields)
        self.form.setRowVisible(self.another_button, ItemField.CREDITOR in fields)
        status = item.status if item else Status.OPEN
        self.status_buttons.button(list(Status).index(status)).setChecked(True)
        self.done_on.set_value(item.done_on if item else None)
        self.due_on.set_value(item.due_on if item else None)
        self.creditor.setText(item.creditor if item else "")
        self.amount.setText(_amount(item.amount_cents) if item else "")
        self.monthly.setText(_amount(item.monthly_cents) if item else "")
        self.note.setText(item.note if item else "")
        self._pick(self.volunteer, item.volunteer_id if item else None,
                   item.volunteer_name if item else "")  # fmt: skip
        self._pick(self.partner, item.partner_id if item else None,
                   item.partner_name if item else "")  # fmt: skip
        self._status_toggled()

    def status(self) -> Status:
        return list(Status)[max(self.status_buttons.checkedId(), 0)]

    def set_status(self, status: Status) -> None:
        self.status_buttons.button(list(Status).index(Status(status))).setChecked(True)

    def read(self) -> ItemUpdate:
        fields = set(self.item.fields) if self.item else set()
        problems = []
        amounts = {}
        for name, field, edit in (
            ("amount_cents", ItemField.AMOUNT, self.amount),
            ("monthly_cents", ItemField.MONTHLY, self.monthly),
        ):
            try:
                amounts[name] = parse_euros(edit.text()) if field in fields else None
            except InvalidInput:
                problems.append(InputProblem("not an amount", field=name))
        if problems:
            raise InvalidInput(problems)
        return ItemUpdate(
            status=self.status(),
            done_on=self.done_on.value() if self.status() == Status.DONE else None,
            due_on=self.due_on.value() if ItemField.DATE in fields else None,
            volunteer_id=self.volunteer.currentData(),
            note=self.note.text(),
            creditor=self.creditor.text() if ItemField.CREDITOR in fields else "",
            partner_id=self.partner.currentData() if ItemField.PARTNER in fields else None,
            **amounts,
        )

    def show_problem(self, text: str) -> None:
        self.problem.setText(text)
        self.problem.setVisible(bool(text))

    def _status_toggled(self, *_args) -> None:
        done = self.status() == Status.DONE
        self.done_on.setEnabled(done)
        if done:
            self.done_on.set_today_if_empty()
        elif self.item is None or self.item.status != Status.DONE:
            self.done_on.set_value(None)


def _amount(cents: int | None) -> str:
    return format_euros(cents).replace("€ ", "") if cents is not None else ""
