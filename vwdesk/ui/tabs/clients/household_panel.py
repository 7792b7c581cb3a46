"""The household on the client page: the dwelling, its contact volunteer, its members.

From here a member who joins later is added, a member is moved, and the
fixed contact volunteer is assigned. Writes go through ctx.run; `changed`
tells the client page (and through it the list) to reload.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from vwdesk.domain.clients import HouseholdDetail, Member
from vwdesk.domain.errors import InvalidInput
from vwdesk.domain.team import VolunteerChoice
from vwdesk.ui.context import UiContext
from vwdesk.ui.tabs.clients.client_models import MemberTableModel
from vwdesk.ui.tabs.clients.client_texts import failure_text, invalid_date_text, problem_text
from vwdesk.ui.tabs.clients.household_dialog import household_fields, household_input
from vwdesk.ui.tabs.sessions.tables import selected
from vwdesk.ui.widgets.rows_table_view import rows_table


class HouseholdPanel(QWidget):
    changed = Signal()
    open_client = Signal(int)
    add_member_requested = Signal()
    move_member_requested = Signal(object)  # the Member

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.detail: HouseholdDetail | None = None
        self.fields = household_fields(self, [])
        self.status = QLabel(objectName="muted")
        self.status.setWordWrap(True)
        self.save_button = QPushButton(self.tr("Save household"))
        self.save_button.clicked.connect(self.save)
        dwelling = QGroupBox(self.tr("The dwelling"))
        form = QFormLayout(dwelling)
        form.addRow(self.tr("Housed on"), self.fields["housed_on"])
        form.addRow(self.tr("Address"), self.fields["address"])
        place = QHBoxLayout()
        place.addWidget(self.fields["postcode"])
        place.addWidget(self.fields["city"], 1)
        form.addRow(self.tr("Postcode and place"), place)
        form.addRow(self.tr("Fixed contact volunteer"), self.fields["contact_volunteer"])
        save_row = QHBoxLayout()
        save_row.addWidget(self.status, 1)
        save_row.addWidget(self.save_button)
        form.addRow(save_row)

        self.members = MemberTableModel(self)
        # The service's order (by housing date, those who joined later last); table()
        # would sort by name, and turning sorting off afterwards does not undo that.
        self.member_view, _ = rows_table(self.members, MemberTableModel.NAME, word_wrap=True)
        self.member_view.setSortingEnabled(False)
        self.member_view.doubleClicked.connect(lambda _i: self.open_selected())
        self.open_button = QPushButton(self.tr("Open"))
        self.open_button.clicked.connect(self.open_selected)
        self.add_button = QPushButton(self.tr("Add a family member who joins later…"))
        self.add_button.clicked.connect(self.add_member_requested)
        self.move_button = QPushButton(self.tr("Move to another household…"))
        self.move_button.clicked.connect(self.move_selected)
        member_buttons = QHBoxLayout()
        member_buttons.addWidget(self.open_button)
        member_buttons.addWidget(self.move_button)
        member_buttons.addStretch(1)
        member_buttons.addWidget(self.add_button)
        people = QGroupBox(self.tr("Members"))
        people_layout = QVBoxLayout(people)
        people_layout.addWidget(self.member_view)
        people_layout.addLayout(member_buttons)

        layout = QVBoxLayout(self)
        layout.addWidget(dwelling)
        layout.addWidget(people, 1)

    def display(
        self,
        detail: HouseholdDetail,
        volunteers: list[VolunteerChoice],
        *,
        keep_input: bool = False,
    ) -> None:
        """Show the household; with `keep_input`, dwelling fields typed for this same household
        and not saved yet stay as typed (a reload of the page must not drop them)."""
        keep = (
            keep_input
            and self.dirty
            and self.detail is not None
            and self.detail.household_id == detail.household_id
        )
        box = self.fields["contact_volunteer"]
        wanted = box.currentData() if keep else detail.contact_volunteer_id
        self.detail = detail
        box.blockSignals(True)
        box.clear()
        box.addItem(self.tr("(not yet assigned)"), None)
        for v in volunteers:
            if v.active or v.volunteer_id in (detail.contact_volunteer_id, wanted):
                box.addItem(v.name, v.volunteer_id)
        box.setCurrentIndex(max(box.findData(wanted), 0))
        box.blockSignals(False)
        if not keep:
            self.fields["housed_on"].set_value(detail.housed_on)
            self.fields["address"].setText(detail.address)
            self.fields["postcode"].setText(detail.postcode)
            self.fields["city"].setText(detail.city)
        self.members.set_rows(detail.members)
        self.status.clear()

    def clear(self) -> None:
        self.detail = None
        self.members.set_rows([])
        for name in ("address", "postcode", "city"):
            self.fields[name].clear()
        self.fields["housed_on"].clear()
        self.fields["contact_volunteer"].clear()
        self.status.clear()

    def selected_member(self) -> Member | None:
        return selected(self.member_view)

    def open_selected(self) -> None:
        member = self.selected_member()
        if member is not None:
            self.open_client.emit(member.client_id)

    def move_selected(self) -> None:
        member = self.selected_member()
        if member is None:
            self.status.setText(self.tr("Choose the person to move first."))
            return
        self.move_member_requested.emit(member)

    @property
    def dirty(self) -> bool:
        if self.detail is None:
            return False
        value = household_input(self.fields)
        d = self.detail
        return (value.housed_on, value.address, value.postcode, value.city,
                value.contact_volunteer_id) != (d.housed_on, d.address, d.postcode, d.city,
                                                d.contact_volunteer_id)  # fmt: skip

    def save(self) -> None:
        if self.detail is None:
            return
        if self.fields["housed_on"].value() is None:
            self.status.setText(invalid_date_text())
            return
        value = household_input(self.fields)
        d = self.detail
        household_id = d.household_id
        only_volunteer = (value.housed_on, value.address, value.postcode, value.city) == (
            d.housed_on,
            d.address,
            d.postcode,
            d.city,
        )
        if only_volunteer:
            volunteer = value.contact_volunteer_id

            def op(ws):
                ws.households.assign_contact_volunteer(household_id, volunteer)
                return ws.households.get(household_id)
        else:
            value = replace(value, notes=d.notes)

            def op(ws):
                return ws.households.update(household_id, value)

        self.save_button.setEnabled(False)
        self.ctx.run(op, on_success=self._saved, on_failure=self._failed, owner=self)

    def _saved(self, detail: HouseholdDetail) -> None:
        self.save_button.setEnabled(True)
        self.detail = detail
        self.status.setText(self.tr("Saved."))
        self.changed.emit()

    def _failed(self, exc: BaseException) -> None:
        self.save_button.setEnabled(True)
        if isinstance(exc, InvalidInput) and exc.problems:
            self.status.setText(problem_text(exc.problems[0]))
        else:
            self.status.setText(failure_text(exc))
