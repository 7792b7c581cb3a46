"""A family member who joins later (nareiziger), and moving a member to another household."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QSize, QTimer, Signal
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from vwdesk.domain.clients import ClientInput, DuplicateCandidate, HouseholdChoice, HouseholdInput
from vwdesk.domain.errors import InvalidInput
from vwdesk.domain.team import VolunteerChoice
from vwdesk.ui.context import UiContext
from vwdesk.ui.tabs.clients.client_form import ClientForm
from vwdesk.ui.tabs.clients.client_models import HouseholdChoiceTableModel
from vwdesk.ui.tabs.clients.client_texts import failure_text, invalid_date_text
from vwdesk.ui.tabs.clients.duplicate_dialog import OPEN_EXISTING, DuplicateDialog
from vwdesk.ui.tabs.clients.household_dialog import household_fields, household_input
from vwdesk.ui.tabs.sessions.tables import selected, table
from vwdesk.ui.widgets.screen_fit import fit_to_screen

SEARCH_PAUSE_MS = 250


class AddMemberDialog(QDialog):
    """A person who joins the household later, with their own housing date."""

    open_existing = Signal(int)

    def __init__(
        self,
        ctx: UiContext,
        household_id: int,
        household_label: str,
        volunteers: list[VolunteerChoice],
        template: ClientInput | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.household_id = household_id
        self.added: int | None = None
        self.duplicate_dialog: DuplicateDialog | None = None
        self._leave = False
        self.setWindowTitle(self.tr("Add a family member who joins later"))
        intro = QLabel(
            self.tr(
                "A family member who comes to live at {address} later (a nareiziger). "
                "Their own housing date is the day they were housed here."
            ).format(address=household_label or self.tr("this household"))
        )
        intro.setWordWrap(True)
        self.form = ClientForm()
        self.form.set_volunteers(volunteers)
        start = template or ClientInput("", "", None, "", "")
        self.form.set_value(
            ClientInput("", start.last_name, None, "", start.nationality, housed_on=date.today())
        )
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.form)
        self.status = QLabel(objectName="muted")
        self.status.setWordWrap(True)
        cancel = QPushButton(self.tr("Cancel"))
        cancel.clicked.connect(self.reject)
        self.save_button = QPushButton(self.tr("Add to the household"), objectName="primary")
        self.save_button.clicked.connect(self.save)
        buttons = QHBoxLayout()
        buttons.addWidget(self.status, 1)
        buttons.addWidget(cancel)
        buttons.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(scroll, 1)
        layout.addLayout(buttons)
        fit_to_screen(self, QSize(980, 680))  # the form scrolls on a small laptop screen
        self.form.first_name.setFocus()

    def save(self) -> None:
        if not self.form.check_dates():
            return
        data = self.form.value()
        self.save_button.setEnabled(False)
        self.ctx.run(
            lambda ws: ws.clients.duplicates(data.first_name, data.last_name, data.birth_date),
            on_success=lambda found: self._checked(data, found),
            on_failure=self._failed,
            owner=self,
        )

    def _checked(self, data: ClientInput, found: list[DuplicateCandidate]) -> None:
        if not found:
            self._add(data)
            return
        self.save_button.setEnabled(True)
        name = f"{data.first_name} {data.last_name}".strip()
        self.duplicate_dialog = DuplicateDialog(name, found, self)
        self.duplicate_dialog.finished.connect(lambda _r: self._answered(data))
        self.duplicate_dialog.open()

    def _answered(self, data: ClientInput) -> None:
        dialog, self.duplicate_dialog = self.duplicate_dialog, None
        dialog.deleteLater()
        if dialog.result() != QDialog.DialogCode.Accepted:
            return
        chosen = dialog.chosen()
        if dialog.choice == OPEN_EXISTING and chosen is not None:
            self._leave = True
            self.open_existing.emit(chosen.client_id)
            self.done(QDialog.DialogCode.Rejected)
            return
        self._add(data)

    def _add(self, data: ClientInput) -> None:
        self.save_button.setEnabled(False)
        self.ctx.run(
            lambda ws: ws.households.add_member(self.household_id, data),
            on_success=self._added,
            on_failure=self._failed,
            owner=self,
        )

    def _added(self, client_id: int) -> None:
        self.added = client_id
        self._leave = True
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self.save_button.setEnabled(True)
        if isinstance(exc, InvalidInput):
            self.form.show_problems(exc.problems)
            self.status.setText(self.tr("Not saved yet: please look at the marked fields."))
        else:
            self.status.setText(failure_text(exc))

    def has_unsaved(self) -> bool:
        """Quitting would lose what was typed (the application asks once)."""
        return self.form.dirty

    def discard(self) -> None:
        self._leave = True
        self.reject()

    def reject(self) -> None:
        if self.duplicate_dialog is not None:
            self.duplicate_dialog.reject()
        if (
            not self._leave
            and self.has_unsaved()
            and not self.ctx.dialogs.question(
                self.tr("Close without adding this person? What you typed is lost."), parent=self
            )
        ):
            return
        super().reject()


class MoveMemberDialog(QDialog):
    """Move one person to a household found by a member's name or the address, or to a
    new household of their own (when they get their own dwelling)."""

    def __init__(
        self,
        ctx: UiContext,
        client_id: int,
        name: str,
        current_household_id: int,
        volunteers: list[VolunteerChoice],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.client_id = client_id
        self.current_household_id = current_household_id
        self.moved_to: int | None = None
        self.setWindowTitle(self.tr("Move {name} to another household").format(name=name))

        self.to_existing = QRadioButton(self.tr("To a household that is already registered"))
        self.to_existing.setChecked(True)
        self.to_new = QRadioButton(self.tr("To a new household (their own dwelling)"))
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Name of someone in that household, or the address"))
        self.search.setClearButtonEnabled(True)
        self.choices = HouseholdChoiceTableModel(self)
        self.choice_view, _ = table(self.choices, HouseholdChoiceTableModel.LABEL)
        self.choice_view.doubleClicked.connect(lambda _i: self.save())
        self._pause = QTimer(self, singleShot=True, interval=SEARCH_PAUSE_MS)
        self._pause.timeout.connect(self._search)
        self.search.textEdited.connect(lambda _t: self._pause.start())

        self.fields = household_fields(self, volunteers)
        self.fields["housed_on"].set_value(date.today())
        new_form = QFormLayout()
        new_form.addRow(self.tr("Housed on"), self.fields["housed_on"])
        new_form.addRow(self.tr("Address"), self.fields["address"])
        new_form.addRow(self.tr("Postcode"), self.fields["postcode"])
        new_form.addRow(self.tr("Place"), self.fields["city"])
        new_form.addRow(self.tr("Contact volunteer"), self.fields["contact_volunteer"])
        self.new_box = QWidget()
        self.new_box.setLayout(new_form)
        self.to_existing.toggled.connect(self._mode)

        self.status = QLabel(objectName="muted")
        self.status.setWordWrap(True)
        cancel = QPushButton(self.tr("Cancel"))
        cancel.clicked.connect(self.reject)
        self.save_button = QPushButton(self.tr("Move"), objectName="primary")
        self.save_button.clicked.connect(self.save)
        buttons = QHBoxLayout()
        buttons.addWidget(self.status, 1)
        buttons.addWidget(cancel)
        buttons.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.to_existing)
        layout.addWidget(self.search)
        layout.addWidget(self.choice_view, 1)
        layout.addWidget(self.to_new)
        layout.addWidget(self.new_box)
        layout.addLayout(buttons)
        self._mode()
        self.resize(640, 560)
        self.search.setFocus()

    def _mode(self, *_args) -> None:
        existing = self.to_existing.isChecked()
        self.search.setEnabled(existing)
        self.choice_view.setEnabled(existing)
        self.new_box.setEnabled(not existing)

    def _search(self) -> None:
        text = self.search.text()
        self.ctx.run(
            lambda ws: ws.households.find(text),
            on_success=self._found,
            owner=self,
        )

    def search_now(self) -> None:
        self._pause.stop()
        self._search()

    def _found(self, choices: list[HouseholdChoice]) -> None:
        choices = [c for c in choices if c.household_id != self.current_household_id]
        self.choices.set_rows(choices)
        if choices:
            self.choice_view.selectRow(0)
            self.status.clear()
        else:
            self.status.setText(self.tr("No household found; try another name or the street."))

    def save(self) -> None:
        if self.to_existing.isChecked():
            choice: HouseholdChoice | None = selected(self.choice_view)
            if choice is None:
                self.status.setText(self.tr("Choose the household first."))
                return
            target = choice.household_id
            op = lambda ws: ws.households.move_member(self.client_id, target)  # noqa: E731
        else:
            if self.fields["housed_on"].value() is None:
                self.status.setText(invalid_date_text())
                return
            new: HouseholdInput = household_input(self.fields)
            op = lambda ws: ws.households.move_member(self.client_id, new_household=new)  # noqa: E731
        self.save_button.setEnabled(False)
        self.ctx.run(op, on_success=self._moved, on_failure=self._failed, owner=self)

    def _moved(self, household_id: int) -> None:
        self.moved_to = household_id
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self.save_button.setEnabled(True)
        self.status.setText(failure_text(exc))

    def discard(self) -> None:
        self.reject()
