"""Beheer > Vrijwilligers: the team as it is and as it was, and one person's details.

Everyone sees the team (the pickers need it); adding, changing and ending a
period need Permission.MANAGE_TEAM. Ending a period never deletes anyone.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from vwdesk.domain.errors import InvalidInput
from vwdesk.domain.permissions import Permission
from vwdesk.domain.team import Volunteer
from vwdesk.ui.context import UiContext
from vwdesk.ui.tabs.admin.team_models import VolunteerTableModel
from vwdesk.ui.tabs.admin.volunteer_form import VolunteerForm
from vwdesk.ui.tabs.clients.client_texts import failure_text, invalid_date_text
from vwdesk.ui.tabs.sessions.tables import selected, table
from vwdesk.ui.widgets.rows_table_model import ROW_ROLE

TOPIC = "team"


class VolunteersPage(QWidget):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.all: list[Volunteer] = []
        self.current: Volunteer | None = None  # None with a filled form: a new person
        self._wanted: int | None = None

        self.show_box = QComboBox()
        self.show_box.addItem(self.tr("Active now"), True)
        self.show_box.addItem(self.tr("Everyone who was ever on the team"), False)
        self.show_box.currentIndexChanged.connect(lambda _i: self._show_rows())
        self.summary = QLabel(objectName="muted")
        self.summary.setWordWrap(True)  # on a laptop screen the list is narrow
        self.new_button = QPushButton(self.tr("New team member…"))
        self.new_button.clicked.connect(self.new_volunteer)
        top = QHBoxLayout()
        top.addWidget(self.show_box)
        top.addWidget(self.summary, 1)
        top.addWidget(self.new_button)

        self.model = VolunteerTableModel(self)
        self.view, _ = table(self.model, VolunteerTableModel.LANGUAGES)
        self.view.selectionModel().currentRowChanged.connect(self._chosen)

        self.form = VolunteerForm()
        self.form.changed.connect(self._form_changed)
        self.heading = QLabel(objectName="pageTitle")
        self.status = QLabel(objectName="muted")
        self.status.setWordWrap(True)
        self.end_button = QPushButton(self.tr("Leaves the team…"))
        self.end_button.clicked.connect(self.end_period)
        self.save_button = QPushButton(self.tr("Save"), objectName="primary")
        self.save_button.clicked.connect(self.save)
        buttons = QHBoxLayout()
        buttons.addWidget(self.end_button)
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.form)
        # As wide as the form needs (the weekday row is the widest), so no field is cut
        # off at the right; the list beside it gives up the room.
        scroll.setMinimumWidth(
            self.form.minimumSizeHint().width()
            + scroll.verticalScrollBar().sizeHint().width()
            + 2 * scroll.frameWidth()
        )
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.addWidget(self.heading)
        right_layout.addWidget(scroll, 1)
        right_layout.addWidget(self.status)
        right_layout.addLayout(buttons)

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addLayout(top)
        left_layout.addWidget(self.view, 1)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([780, 480])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)
        self._rights()

    # -- loading -----------------------------------------------------------------------------
    def refresh(self) -> None:
        self._rights()
        self.ctx.run(lambda ws: ws.team.volunteers(), on_success=self.display, owner=self)

    def show_volunteer(self, volunteer_id: int) -> None:
        """Select this person once the team is loaded (showing everyone, in case they left)."""
        self._wanted = volunteer_id
        self.show_box.setCurrentIndex(1)
        self.refresh()

    def display(self, volunteers: list[Volunteer]) -> None:
        wanted = self.current.volunteer_id if self.current else None
        if self._wanted is not None:
            wanted, self._wanted = self._wanted, None
        self.all = volunteers
        self._show_rows(wanted)

    def _show_rows(self, wanted: int | None = None) -> None:
        today = date.today()
        active_only = self.show_box.currentData()
        rows = [v for v in self.all if not active_only or v.active_on(today)]
        self.model.set_rows(rows)
        active = sum(v.active_on(today) for v in self.all)
        self.summary.setText(
            self.tr("{active} active, {total} in all").format(active=active, total=len(self.all))
        )
        for place, v in enumerate(rows):
            if v.volunteer_id == wanted:
                self.view.selectRow(place)
                return
        if rows:
            self.view.selectRow(0)
        else:
            self._load_form(None)

    def has_unsaved(self) -> bool:
        return self.form.dirty

    def clear(self) -> None:
        self.all = []
        self.current = None
        self.model.set_rows([])
        self.form.set_value(None)
        self.heading.clear()
        self.status.clear()
        self.summary.clear()

    def _rights(self) -> None:
        user = self.ctx.user
        may = user is not None and user.can(Permission.MANAGE_TEAM)
        self.new_button.setVisible(may)
        self.save_button.setVisible(may)
        self.end_button.setVisible(may)
        self.form.setEnabled(may)

    # -- choosing and editing ----------------------------------------------------------------------
    def _chosen(self, current, _previous) -> None:
        self._load_form(current.data(ROW_ROLE) if current.isValid() else None)

    def _load_form(self, volunteer: Volunteer | None) -> None:
        same = (
            volunteer is not None
            and self.current is not None
            and (volunteer.volunteer_id == self.current.volunteer_id)
        )
        self.current = volunteer
        self.form.set_value(volunteer)
        self.heading.setText(volunteer.name if volunteer else "")
        if not same:  # "Saved." stays when the saved person comes back from the reload
            self.status.clear()
        self._form_changed()

    def _form_changed(self) -> None:
        self.save_button.setEnabled(self.form.dirty)
        self.end_button.setEnabled(
            self.current is not None and self.current.data.active_until is None
        )

    def new_volunteer(self) -> None:
        self.view.clearSelection()
        self.current = None
        self.form.set_value(None)
        self.form.active_from.set_value(date.today())
        self.heading.setText(self.tr("New team member"))
        self.status.setText(self.tr("Fill in the details and press Save."))
        self.form.first_name.setFocus()
        self._form_changed()
        self.save_button.setEnabled(True)

    def save(self) -> None:
        if self.form.unreadable_dates():
            self.form.show_text("active_from", invalid_date_text())
            return
        data = self.form.value()
        current = self.current
        if current is None:
            op = lambda ws: ws.team.add(data)  # noqa: E731
        else:
            op = lambda ws: ws.team.update(current.volunteer_id, data)  # noqa: E731
        self.save_button.setEnabled(False)
        self.ctx.run(op, on_success=self._saved, on_failure=self._failed, owner=self)

    def _saved(self, volunteer: Volunteer) -> None:
        self.current = volunteer
        self.status.setText(self.tr("Saved."))
        self.ctx.notify_changed(TOPIC)
        self.refresh()

    def _failed(self, exc: BaseException) -> None:
        self.save_button.setEnabled(True)
        if isinstance(exc, InvalidInput):
            self.form.show_problems(exc.problems)
            self.status.setText(self.tr("Not saved: please look at the marked fields."))
        else:
            self.status.setText(failure_text(exc))

    def end_period(self) -> None:
        volunteer = self.current
        if volunteer is None:
            return
        last_day = self.form.active_until.value() or date.today()
        if not self.ctx.dialogs.question(
            self.tr(
                "{name} leaves the team; {date} is their last day. Their contacts and "
                "history stay, and they keep counting in the figures of the years they "
                "were active. Households they are the contact volunteer of keep them until "
                "you assign someone else. Continue?"
            ).format(name=volunteer.name, date=last_day.strftime("%d-%m-%Y")),
            parent=self,
        ):
            return
        self.ctx.run(
            lambda ws: ws.team.end(volunteer.volunteer_id, last_day),
            on_success=self._saved,
            on_failure=self._failed,
            owner=self,
        )

    def selected_volunteer(self) -> Volunteer | None:
        return selected(self.view)
