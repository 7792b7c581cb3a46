"""Registering a newly housed household: the dwelling, then each person, then one save.

People are added one at a time with the client form; before the save, the
service is asked for look-alikes of each new person (same birth date, a
name spelled alike) and the volunteer decides. The save is one unit of work:
everyone or no one is registered.

The list shows the people in the order they were added, which is the order the
service numbers them in its problems; a person is always found through the
view's proxy (`_member_of`, `select_member`), never by the line's number alone.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication, QModelIndex, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from vwdesk.domain.clients import ClientInput, DuplicateCandidate, HouseholdDetail, HouseholdInput
from vwdesk.domain.errors import InputProblem, InvalidInput
from vwdesk.domain.team import VolunteerChoice
from vwdesk.ui import theme
from vwdesk.ui.context import UiContext
from vwdesk.ui.tabs.clients.client_form import ClientForm
from vwdesk.ui.tabs.clients.client_texts import failure_text, invalid_date_text, problem_text
from vwdesk.ui.tabs.clients.duplicate_dialog import OPEN_EXISTING, DuplicateDialog
from vwdesk.ui.widgets.date_field import DateField, short_date
from vwdesk.ui.widgets.rows_table_model import RowsTableModel
from vwdesk.ui.widgets.rows_table_view import rows_table
from vwdesk.ui.widgets.screen_fit import fit_to_screen

PREFERRED_SIZE = QSize(1100, 760)


class DraftMemberModel(RowsTableModel[ClientInput]):
    """The people typed so far; those the last save found a problem with show in red."""

    NAME, BORN = range(2)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._with_problems: set[int] = set()

    def replace_row(self, row: int, value: ClientInput) -> None:
        """One person changed as it is typed: no reset, so the view keeps its selection."""
        if self._rows[row] == value:
            return
        self._rows[row] = value
        self.dataChanged.emit(self.index(row, 0), self.index(row, self.columnCount() - 1))

    def set_problem_rows(self, rows: set[int]) -> None:
        self._with_problems = set(rows)
        if self._rows:
            last = self.index(len(self._rows) - 1, self.columnCount() - 1)
            self.dataChanged.emit(self.index(0, 0), last, [Qt.ItemDataRole.ForegroundRole])

    def data(self, index, role: int = Qt.ItemDataRole.DisplayRole):
        if (
            role == Qt.ItemDataRole.ForegroundRole
            and index.isValid()
            and index.row() in self._with_problems
        ):
            return QColor(theme.ERROR)
        return super().data(index, role)

    def headers(self) -> list[str]:
        return [self.tr("Person"), self.tr("Date of birth")]

    def display(self, row: ClientInput, column: int) -> str:
        if column == self.NAME:
            name = f"{row.first_name} {row.last_name}".strip()
            return name or self.tr("(new person)")
        return short_date(row.birth_date)


def household_fields(parent: QWidget, volunteers: list[VolunteerChoice]) -> dict[str, Any]:
    """The dwelling's fields, shared by this dialog and "move to a new household"."""
    fields: dict[str, Any] = {
        "housed_on": DateField(),
        "address": QLineEdit(),
        "postcode": QLineEdit(),
        "city": QLineEdit(),
        "contact_volunteer": QComboBox(),
    }
    fields["address"].setPlaceholderText(QCoreApplication.translate("clients", "Street and number"))
    fields["postcode"].setMaxLength(7)
    fields["contact_volunteer"].addItem(
        QCoreApplication.translate("clients", "(not yet assigned)"), None
    )
    for v in volunteers:
        if v.active:
            fields["contact_volunteer"].addItem(v.name, v.volunteer_id)
    return fields


def household_input(fields: dict[str, Any]) -> HouseholdInput:
    return HouseholdInput(
        housed_on=fields["housed_on"].value(),
        address=fields["address"].text().strip(),
        postcode=fields["postcode"].text().strip(),
        city=fields["city"].text().strip(),
        contact_volunteer_id=fields["contact_volunteer"].currentData(),
    )


class RegisterHouseholdDialog(QDialog):
    """Emits `open_existing(client_id)` when the volunteer finds the person already there."""

    open_existing = Signal(int)

    def __init__(
        self,
        ctx: UiContext,
        volunteers: list[VolunteerChoice],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("Register a household"))
        self.registered: HouseholdDetail | None = None
        self._current = -1  # the person in the form: a row of self.members
        self._problems: dict[int, list[InputProblem]] = {}  # by row of self.members
        self.busy = False
        self._to_confirm: list[tuple[int, list[DuplicateCandidate]]] = []
        self.duplicate_dialog: DuplicateDialog | None = None
        self._leave = False

        self.fields = household_fields(self, volunteers)
        self.fields["housed_on"].set_value(date.today())
        self.household_problem = QLabel()
        self.household_problem.setStyleSheet(f"color: {theme.ERROR};")
        self.household_problem.hide()
        dwelling = QGroupBox(self.tr("The dwelling"))
        form = QFormLayout(dwelling)
        form.addRow(self.tr("Housed on"), self.fields["housed_on"])
        form.addRow(self.tr("Address"), self.fields["address"])
        place = QHBoxLayout()
        place.addWidget(self.fields["postcode"])
        place.addWidget(self.fields["city"], 1)
        form.addRow(self.tr("Postcode and place"), place)
        form.addRow(self.tr("Contact volunteer"), self.fields["contact_volunteer"])
        form.addRow("", self.household_problem)

        self.members = DraftMemberModel(self)
        # In the order they were added: a list sorted by name would move the line being
        # typed in under the cursor at every letter.
        self.member_view, self._member_proxy = rows_table(
            self.members, DraftMemberModel.NAME, word_wrap=True
        )
        self.member_view.setSortingEnabled(False)
        self.member_view.setMaximumWidth(300)
        self.member_view.selectionModel().currentRowChanged.connect(self._member_chosen)
        self.add_button = QPushButton(self.tr("Add a person"))
        self.add_button.clicked.connect(self.add_member)
        self.remove_button = QPushButton(self.tr("Remove"))
        self.remove_button.clicked.connect(self.remove_member)
        people_buttons = QHBoxLayout()
        people_buttons.addWidget(self.add_button)
        people_buttons.addWidget(self.remove_button)
        people = QVBoxLayout()
        people.addWidget(QLabel(self.tr("People in this household")))
        people.addWidget(self.member_view, 1)
        people.addLayout(people_buttons)

        self.form = ClientForm(with_housing=False)
        self.form.set_volunteers(volunteers)
        self.form.changed.connect(self._store_current)  # the list shows the name as typed
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.form)
        body = QHBoxLayout()
        body.addLayout(people)
        body.addWidget(scroll, 1)

        self.status = QLabel(objectName="muted")
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.clicked.connect(self.reject)
        self.save_button = QPushButton(self.tr("Register household"), objectName="primary")
        self.save_button.clicked.connect(self.save)
        buttons = QHBoxLayout()
        buttons.addWidget(self.status, 1)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.save_button)

        layout = QVBoxLayout(self)
        layout.addWidget(dwelling)
        layout.addLayout(body, 1)
        layout.addLayout(buttons)
        fit_to_screen(self, PREFERRED_SIZE)  # the form scrolls on a small laptop screen
        self.add_member()
        self.fields["housed_on"].setFocus()

    # -- people ----------------------------------------------------------------------------
    def drafts(self) -> list[ClientInput]:
        self._store_current()
        return self.members.rows()

    def add_member(self) -> None:
        if not self._may_leave_current():
            return
        self._store_current()
        rows = self.members.rows()
        family = rows[0].last_name if rows else ""
        nationality = rows[0].nationality if rows else ""
        rows.append(ClientInput("", family, None, "", nationality))
        self._current = -1
        self.members.set_rows(rows)
        self.select_member(len(rows) - 1)
        self.form.first_name.setFocus()

    def remove_member(self) -> None:
        """Remove the person in the form (the line highlighted)."""
        rows = self.drafts()
        removed = self._current
        if len(rows) <= 1 or removed < 0:
            return
        del rows[removed]
        self._problems = {
            (row if row < removed else row - 1): problems
            for row, problems in self._problems.items()
            if row != removed
        }
        self._current = -1
        self.members.set_rows(rows)
        self.members.set_problem_rows(set(self._problems))
        self.select_member(min(removed, len(rows) - 1))

    def _store_current(self) -> None:
        if 0 <= self._current < self.members.rowCount():
            self.members.replace_row(self._current, self.form.value())

    def _member_of(self, index: QModelIndex) -> int:
        """The row of self.members behind a line of the view."""
        return self._member_proxy.mapToSource(index).row() if index.isValid() else -1

    def _member_chosen(self, current: QModelIndex, _previous: QModelIndex) -> None:
        member = self._member_of(current)
        if member == self._current:
            return
        if not self._may_leave_current():
            # After the click is handled, so the click does not highlight the other line.
            QTimer.singleShot(0, self, lambda: self.select_member(self._current))
            return
        self._store_current()
        self._current = member
        if member >= 0:
            self.form.set_value(self.members.row_at(member))
            self.form.show_problems(self._problems.get(member, []))

    def _may_leave_current(self) -> bool:
        """A date that cannot be read is no value yet: leaving would lose it unseen."""
        return self._current < 0 or self.form.check_dates()

    def select_member(self, row: int) -> None:
        """Show the person in `row` of self.members (the service's row - 1)."""
        if 0 <= row < self.members.rowCount():
            index = self._member_proxy.mapFromSource(self.members.index(row, 0))
            self.member_view.selectRow(index.row())

    @property
    def dirty(self) -> bool:
        rows = self.drafts()
        return any(r.first_name or r.birth_date for r in rows) or bool(
            self.fields["address"].text()
        )

    # -- saving ------------------------------------------------------------------------------
    def save(self) -> None:
        rows = self.drafts()
        self.household_problem.hide()
        if not self.fields["housed_on"].is_valid() or self.fields["housed_on"].value() is None:
            self._household_problem(invalid_date_text())
            return
        # Only the person in the form can hold an unreadable date: no one is left with one.
        if not self.form.check_dates():
            return
        self._problems = {}
        self.members.set_problem_rows(set())
        self._busy(True, self.tr("Checking whether these people are already registered…"))
        self.ctx.run(
            lambda ws: [
                ws.clients.duplicates(r.first_name, r.last_name, r.birth_date) for r in rows
            ],
            on_success=lambda found: self._checked(rows, found),
            on_failure=self._failed,
            owner=self,
        )

    def _checked(self, rows: list[ClientInput], found: list[list[DuplicateCandidate]]) -> None:
        self._busy(False)
        self._to_confirm = [(i, c) for i, c in enumerate(found) if c]
        self._confirm_next(rows)

    def _confirm_next(self, rows: list[ClientInput]) -> None:
        """One look-alike question at a time; register when every one was answered."""
        if not self._to_confirm:
            self._register(rows)
            return
        i, candidates = self._to_confirm.pop(0)
        self.select_member(i)
        name = f"{rows[i].first_name} {rows[i].last_name}".strip()
        self.duplicate_dialog = DuplicateDialog(name, candidates, self)
        self.duplicate_dialog.finished.connect(lambda _r: self._answered(rows))
        self.duplicate_dialog.open()

    def _answered(self, rows: list[ClientInput]) -> None:
        dialog = self.duplicate_dialog
        self.duplicate_dialog = None
        dialog.deleteLater()
        if dialog.result() != QDialog.DialogCode.Accepted:
            self._to_confirm = []
            return
        chosen = dialog.chosen()
        if dialog.choice == OPEN_EXISTING and chosen is not None:
            self.registered = None
            self._leave = True
            self.open_existing.emit(chosen.client_id)
            self.done(QDialog.DialogCode.Rejected)
            return
        self._confirm_next(rows)

    def _register(self, rows: list[ClientInput]) -> None:
        household = household_input(self.fields)
        self._busy(True, self.tr("Saving…"))
        self.ctx.run(
            lambda ws: ws.households.register(household, rows),
            on_success=self._registered,
            on_failure=self._failed,
            owner=self,
        )

    def _registered(self, detail: HouseholdDetail) -> None:
        self._busy(False)
        self.registered = detail
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self._busy(False)
        if not isinstance(exc, InvalidInput):
            self.status.setText(failure_text(exc))
            return
        member_problems: dict[int, list[InputProblem]] = {}
        for problem in exc.problems:
            if problem.table == "member" and problem.row is not None:
                member_problems.setdefault(problem.row - 1, []).append(problem)
            else:
                self._household_problem(problem_text(problem))
        self._problems = member_problems
        self.members.set_problem_rows(set(member_problems))
        if member_problems:
            first = min(member_problems)
            self.select_member(first)
            self.form.show_problems(member_problems[first])
        self.status.setText(self.tr("Not saved yet: please look at the marked fields."))

    def _household_problem(self, text: str) -> None:
        self.household_problem.setText(text)
        self.household_problem.show()

    def _busy(self, busy: bool, text: str = "") -> None:
        self.busy = busy
        # The rows being checked or saved are numbered as they are now: keep them so.
        for button in (self.save_button, self.add_button, self.remove_button):
            button.setEnabled(not busy)
        self.status.setText(text)

    def has_unsaved(self) -> bool:
        """Quitting would lose what was typed (the application asks once)."""
        return self.registered is None and self.dirty

    def discard(self) -> None:
        """Close without asking (the application is being locked)."""
        self._leave = True
        self.reject()

    def reject(self) -> None:
        if self.duplicate_dialog is not None:
            self.duplicate_dialog.reject()
        if (
            not self._leave
            and self.has_unsaved()
            and not self.ctx.dialogs.question(
                self.tr("Close without registering this household? What you typed is lost."),
                parent=self,
            )
        ):
            return
        super().reject()
