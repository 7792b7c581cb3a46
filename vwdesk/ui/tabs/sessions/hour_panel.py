"""The screen for the hour itself: who, what, Ctrl+Enter, next person.

Typing a name and pressing Enter picks the client; Ctrl+Enter (or Enter on
Opslaan) saves and clears the form for the next person, while Enter in a field
saves nothing half filled in, as in the contact dialog. The hour's contacts are
listed beside it, the latest on top, and the latest can be undone. Tab walks
the form top to bottom, then Opslaan, then Leegmaken.

A half-typed contact is never dropped without asking (`may_leave`), and an
hour that is still to come takes no contacts: they are counted by date.
"""

from __future__ import annotations

from datetime import date
from itertools import pairwise
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from vwdesk.domain.enums import Channel, ContactKind
from vwdesk.domain.sessions import ContactInfo, ContactInput, SessionInfo
from vwdesk.ui import icons
from vwdesk.ui.context import UiContext
from vwdesk.ui.labels import session_kind_label
from vwdesk.ui.tabs.sessions.client_picker import ClientPicker
from vwdesk.ui.tabs.sessions.contact_form import ContactForm
from vwdesk.ui.tabs.sessions.contact_models import ContactTableModel
from vwdesk.ui.tabs.sessions.person_registration import PersonRegistration
from vwdesk.ui.tabs.sessions.texts import long_date, refusal_sentence, time_range
from vwdesk.ui.widgets.date_field import short_date


class HourPanel(QWidget):
    back_requested = Signal()

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.session: SessionInfo | None = None
        self.saving = False

        self.back_button = QPushButton(icons.icon("calendar-clock"), self.tr("Back to the week"))
        self.back_button.clicked.connect(self.go_back)
        self.title = QLabel(objectName="pageTitle")
        self.subtitle = QLabel(objectName="muted")
        header = QHBoxLayout()
        titles = QVBoxLayout()
        titles.addWidget(self.title)
        titles.addWidget(self.subtitle)
        header.addLayout(titles, 1)
        header.addWidget(self.back_button, 0, Qt.AlignmentFlag.AlignTop)

        # -- the form ------------------------------------------------------------------
        self.picker = ClientPicker(ctx, can_register=True)
        self.picker.picked.connect(self._client_picked)
        self.registration = PersonRegistration(ctx, self, self._registered)
        self.picker.register_requested.connect(self.registration.start)
        self.anonymous = QCheckBox(self.tr("Anonymous (info point only)"))
        self.anonymous.toggled.connect(self._anonymous_toggled)
        self.hint = QLabel(objectName="muted")
        self.hint.setWordWrap(True)
        self.hint.hide()
        self.form = ContactForm()
        self.form.kind_changed.connect(self._kind_changed)
        self.form.topic_added.connect(self._add_topic)
        self.form.form.insertRow(0, self.tr("Client"), self.picker)
        self.form.form.insertRow(1, "", self.anonymous)
        self.form.form.insertRow(2, "", self.hint)
        self.problem = QLabel(objectName="errorMessage")
        self.problem.setWordWrap(True)
        self.problem.hide()
        self.future = QLabel(objectName="errorMessage")  # an hour still to come
        self.future.setWordWrap(True)
        self.future.hide()
        self.save_button = QPushButton(self.tr("Save (Ctrl+Enter)"), objectName="primary")
        self.save_button.clicked.connect(self.save)
        self.save_button.setDefault(True)  # Enter on it saves; Enter in a field does nothing
        self.clear_button = QPushButton(self.tr("Clear"))
        self.clear_button.clicked.connect(self.next_person)
        self.clear_button.setAutoDefault(False)  # Enter never clears what was typed
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.clear_button)
        buttons.addWidget(self.save_button)

        form_card = QFrame(objectName="card")
        form_layout = QVBoxLayout(form_card)
        form_layout.setContentsMargins(16, 14, 16, 14)
        form_heading = QLabel(self.tr("<b>Next contact</b>"))
        form_layout.addWidget(form_heading)
        form_layout.addWidget(self.future)
        self.editable = QWidget()  # what a future hour disables
        editable_layout = QVBoxLayout(self.editable)
        editable_layout.setContentsMargins(0, 0, 0, 0)
        editable_layout.addWidget(self.form)
        editable_layout.addLayout(buttons)
        form_layout.addWidget(self.editable)
        form_layout.addWidget(self.problem)
        form_layout.addStretch(1)

        # -- the hour's contacts -----------------------------------------------------------
        self.contacts = ContactTableModel(self)
        self.table = QTableView()
        self.table.setModel(self.contacts)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QTableView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)  # Tab moves on; the arrow keys walk the rows
        self.table.verticalHeader().hide()
        self.table.setAlternatingRowColors(True)
        header_view = self.table.horizontalHeader()
        header_view.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header_view.setSectionResizeMode(
            ContactTableModel.FOLLOW_UP, QHeaderView.ResizeMode.Stretch
        )
        self.count_label = QLabel()
        self.undo_button = QPushButton(self.tr("Undo the last contact"))
        self.undo_button.clicked.connect(self.undo_last)
        self.undo_button.setEnabled(False)
        list_top = QHBoxLayout()
        list_top.addWidget(self.count_label, 1)
        list_top.addWidget(self.undo_button)
        list_box = QWidget()
        list_layout = QVBoxLayout(list_box)
        list_layout.setContentsMargins(0, 0, 0, 0)
        list_layout.addLayout(list_top)
        list_layout.addWidget(self.table)

        splitter = QSplitter()
        splitter.addWidget(form_card)
        splitter.addWidget(list_box)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([560, 700])
        splitter.setChildrenCollapsible(False)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.addLayout(header)
        layout.addWidget(splitter, 1)

        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(self.save)

        # Tab in reading order: the form's rows, Opslaan, Leegmaken, then the hour's list.
        chain = [
            *self.form.order_tabs(),
            self.save_button,
            self.clear_button,
            self.undo_button,
            self.table,
        ]
        for a, b in pairwise(chain):
            QWidget.setTabOrder(a, b)

    # -- showing a session -------------------------------------------------------------
    def show_session(self, session: SessionInfo) -> None:
        self.session = session
        self.title.setText(
            self.tr("{kind} at {location}").format(
                kind=session_kind_label(session.kind), location=session.location_name
            )
        )
        self.subtitle.setText(
            f"{long_date(session.date)}  {time_range(session.start, session.end)}".strip()
        )
        self.form.set_default_kind(session.contact_kind)
        future = self._future_sentence()
        self.future.setText(future)
        self.future.setVisible(bool(future))
        self.editable.setEnabled(not future)
        self.next_person()
        if future:
            self.back_button.setFocus()  # Ctrl+Enter still answers with the sentence
        self.contacts.set_rows([])
        self._update_count()
        self.reload()
        self.ctx.run(
            lambda ws: (ws.contacts.topics(), ws.contacts.partners()),
            on_success=self._lists_loaded,
            owner=self,
        )

    def _lists_loaded(self, lists: tuple[list[str], list[Any]]) -> None:
        topics, partners = lists
        self.form.set_topics(topics)
        self.form.set_partners(partners)

    def reload(self) -> None:
        if self.session is None or self.session.id is None or self.ctx.workspace is None:
            return
        session_id = self.session.id
        self.ctx.run(
            lambda ws: ws.contacts.for_session(session_id),
            on_success=self._contacts_loaded,
            owner=self,
        )

    def _contacts_loaded(self, rows: list[ContactInfo]) -> None:
        self.contacts.set_rows(rows)
        self._update_count()

    def _update_count(self) -> None:
        n = self.contacts.rowCount()
        self.count_label.setText(self.tr("%n contact(s) in this hour", "", n))
        self.undo_button.setEnabled(n > 0)

    # -- the form's reactions ----------------------------------------------------------
    def _client_picked(self, row: Any) -> None:
        self.problem.hide()
        if row is not None:
            self.anonymous.setChecked(False)
        self._update_hint()

    def _registered(self, row: Any) -> None:
        """The person registered from the picker (or found after all) is the one at the desk."""
        if self.session is None:
            return
        self.picker.choose(row)
        self.activateWindow()
        self.picker.search.setFocus()

    def _anonymous_toggled(self, on: bool) -> None:
        if on:
            self.picker.reset()
            self.form.set_kind(ContactKind.INFO_POINT)
        self.picker.setEnabled(not on)
        self._update_hint()

    def _kind_changed(self, kind: ContactKind | None) -> None:
        if kind != ContactKind.INFO_POINT and self.anonymous.isChecked():
            self.anonymous.setChecked(False)
        self._update_hint()

    def _update_hint(self) -> None:
        row = self.picker.current
        if row is None or self.form.chosen_kind() != ContactKind.SOCIAL_GUIDANCE:
            self.hint.hide()
            return
        client_id = row.client_id
        on = self.session.date if self.session else None
        self.ctx.run(
            lambda ws: ws.contacts.client_hint(client_id, on),
            on_success=self._show_hint,
            owner=self,
        )

    def _show_hint(self, hint: Any) -> None:
        row = self.picker.current
        if row is None or row.client_id != hint.client_id:
            return
        if hint.beyond_guidance_period:
            self.hint.setText(
                self.tr(
                    "Housed on {housed}: social guidance was meant to end on {end}. "
                    "You can still log it; the list will show it."
                ).format(housed=short_date(hint.housed_on), end=short_date(hint.guidance_ends_on))
            )
            self.hint.show()
        else:
            self.hint.hide()

    def _add_topic(self, text: str) -> None:
        self.ctx.run(
            lambda ws: ws.contacts.add_topic(text),
            on_success=self.form.topic_stored,
            owner=self,
        )

    # -- saving, clearing, undoing -------------------------------------------------------
    def _future_sentence(self) -> str:
        """The refusal for an hour still to come; empty for today's hour or an earlier one."""
        if self.session is None or self.session.date <= date.today():
            return ""
        return self.tr(
            "This consultation hour is not until {date}; contacts can be logged from that day on."
        ).format(date=long_date(self.session.date))

    def contact_input(self) -> ContactInput | None:
        """The form as a ContactInput; None (with a sentence shown) when it cannot be saved."""
        assert self.session is not None
        if self._future_sentence():  # contacts count by date: next week's would count early
            self.future.show()  # the sentence above the form says why; nothing is written
            return None
        values = self.form.values()
        client = self.picker.current
        if client is None and not self.anonymous.isChecked():
            self._show_problem(
                self.tr("Choose the client, or tick anonymous for an info point contact.")
            )
            return None
        return ContactInput(
            kind=values.kind,
            channel=Channel.CONSULTATION,
            date=self.session.date,
            client_id=None if client is None else client.client_id,
            session_id=self.session.id,
            volunteer_id=None,
            minutes=values.minutes,
            topics=values.topics,
            follow_up=values.follow_up,
            referral_partner_id=values.referral_partner_id,
            referral_reason=values.referral_reason,
        )

    def save(self) -> None:
        if self.session is None or self.saving:
            return
        inp = self.contact_input()
        if inp is None:
            return
        self.saving = True
        self.save_button.setEnabled(False)
        self.ctx.run(
            lambda ws: ws.contacts.log(inp),
            on_success=self._saved,
            on_failure=self._failed,
            owner=self,
        )

    def _saved(self, contact: ContactInfo) -> None:
        self.saving = False
        self.save_button.setEnabled(True)
        self.contacts.set_rows([contact, *self.contacts.rows()])
        self._update_count()
        self.next_person()
        self.ctx.notify_changed("contacts")

    def _failed(self, exc: BaseException) -> None:
        self.saving = False
        self.save_button.setEnabled(True)
        self._show_problem(refusal_sentence(exc))

    def _show_problem(self, text: str) -> None:
        self.problem.setText(text)
        self.problem.show()

    def has_input(self) -> bool:
        """Something chosen or typed for the next contact that is not saved yet."""
        return (
            self.picker.current is not None
            or bool(self.picker.search.text().strip())
            or self.anonymous.isChecked()
            or self.form.has_input()
        )

    def may_leave(self) -> bool:
        """Ask before a half-typed contact is lost; True when the hour may be left."""
        if self.session is None or not self.has_input():
            return True
        return self.ctx.dialogs.question(
            self.tr("The contact you are filling in is not saved yet. Leave without saving it?"),
            parent=self,
        )

    def go_back(self) -> None:
        if self.may_leave():
            self.next_person()  # what was typed is given up, as agreed: nothing asks about it again
            self.back_requested.emit()

    def next_person(self) -> None:
        self.problem.hide()
        self.hint.hide()
        self.anonymous.setChecked(False)
        self.anonymous.setEnabled(self.session is not None)
        self.picker.reset()
        self.form.reset()
        self.picker.search.setFocus()

    def undo_last(self) -> None:
        if not self.contacts.rowCount():
            return
        last = self.contacts.row_at(0)
        who = last.client_name or self.tr("an anonymous visitor")
        if not self.ctx.dialogs.question(
            self.tr("Undo the last contact, with {who}?").format(who=who), parent=self
        ):
            return
        self.ctx.run(
            lambda ws: ws.contacts.undo(last.id),
            on_success=lambda _none: self._undone(last.id),
            on_failure=lambda exc: self.ctx.dialogs.warning(refusal_sentence(exc), parent=self),
            owner=self,
        )

    def _undone(self, contact_id: int) -> None:
        self.contacts.set_rows([c for c in self.contacts.rows() if c.id != contact_id])
        self._update_count()
        self.ctx.notify_changed("contacts")

    def clear(self) -> None:
        self.registration.close()
        self.session = None
        self.saving = False
        self.save_button.setEnabled(True)
        self.contacts.set_rows([])
        self.form.forget()
        self.next_person()
        self.title.clear()
        self.subtitle.clear()
        self.count_label.clear()
        self.future.hide()
        self.editable.setEnabled(True)
