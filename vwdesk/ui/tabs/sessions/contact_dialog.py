"""A contact outside the consultation hours (phone, e-mail, other).

For other tabs:

    dialog = ContactDialog(ctx, client_id, client_name, parent=self)  # a client's page
    dialog = ContactDialog(ctx, parent=self)  # Spreekuren: choose the client, or anonymous
    dialog.saved.connect(lambda contact: ...)   # a ContactInfo, after the write
    host.show(dialog, ...)                      # a DialogHost; on lock call dialog.discard()

The dialog loads its lists and saves through `ctx.run`, tells the other tabs
(`ctx.notify_changed("contacts")`) and closes itself on success. Home visits are
not offered: they have their own flow (Huisbezoeken), with the visit planning.
Closing it with something typed asks first, so a note is never lost by Escape.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from vwdesk.domain.enums import Channel, ContactKind
from vwdesk.domain.sessions import ContactInfo, ContactInput
from vwdesk.ui.context import UiContext
from vwdesk.ui.labels import channel_label
from vwdesk.ui.tabs.sessions.client_picker import ClientPicker
from vwdesk.ui.tabs.sessions.contact_form import ContactForm
from vwdesk.ui.tabs.sessions.schedule_dialog import from_qdate, to_qdate
from vwdesk.ui.tabs.sessions.texts import refusal_sentence
from vwdesk.ui.widgets.date_field import short_date
from vwdesk.ui.widgets.screen_fit import fit_height

OUTSIDE_CHANNELS = (Channel.PHONE, Channel.EMAIL, Channel.OTHER)


class ContactDialog(QDialog):
    saved = Signal(object)  # ContactInfo

    def __init__(
        self,
        ctx: UiContext,
        client_id: int | None = None,
        client_name: str = "",
        parent: QWidget | None = None,
        *,
        kind: ContactKind | None = ContactKind.SOCIAL_GUIDANCE,
    ) -> None:
        """Without `client_id` the volunteer chooses the client in the dialog, or ticks
        anonymous (info point only)."""
        super().__init__(parent)
        self.ctx = ctx
        self.client_id = client_id
        self.busy = False
        self._leave = False
        if client_id is None:
            self.setWindowTitle(self.tr("Contact outside a consultation hour"))
        else:
            self.setWindowTitle(self.tr("Contact with {name}").format(name=client_name))

        self.channel = QComboBox()
        for channel in OUTSIDE_CHANNELS:
            self.channel.addItem(channel_label(channel), channel)
        self.channel.setToolTip(self.tr("Home visits are recorded in the Home visits tab."))
        self.day = QDateEdit(to_qdate(date.today()), calendarPopup=True)
        self.day.setMaximumDate(to_qdate(date.today()))
        self.day.dateChanged.connect(lambda _d: self._ask_hint())
        self.form = ContactForm()
        self.form.set_default_kind(kind)
        self.form.topic_added.connect(self._add_topic)
        self.form.kind_changed.connect(self._kind_changed)
        self.picker: ClientPicker | None = None
        self.anonymous: QCheckBox | None = None
        row = 0
        if client_id is None:
            self.picker = ClientPicker(ctx)
            self.picker.picked.connect(self._client_picked)
            self.anonymous = QCheckBox(self.tr("Anonymous (info point only)"))
            self.anonymous.toggled.connect(self._anonymous_toggled)
            self.form.form.insertRow(0, self.tr("Client"), self.picker)
            self.form.form.insertRow(1, "", self.anonymous)
            row = 2
        self.form.form.insertRow(row, self.tr("How"), self.channel)
        self.form.form.insertRow(row + 1, self.tr("Date"), self.day)
        self.notes = QPlainTextEdit()
        self.notes.setPlaceholderText(self.tr("What was discussed (optional)"))
        self.notes.setMaximumHeight(90)
        self.form.form.addRow(self.tr("Notes"), self.notes)
        self.hint = QLabel(objectName="muted")
        self.hint.setWordWrap(True)
        self.hint.hide()
        self.problem = QLabel(objectName="errorMessage")
        self.problem.setWordWrap(True)
        self.problem.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setToolTip(self.tr("Ctrl+Enter"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.form)
        layout.addWidget(self.hint)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self, activated=self.save)
        self.resize(560, 620 if client_id is None else 560)

        ctx.run(
            lambda ws: (ws.contacts.topics(), ws.contacts.partners()),
            on_success=self._lists_loaded,
            owner=self,
        )
        self._ask_hint()
        if self.picker is not None:
            self.picker.search.setFocus()

    def _lists_loaded(self, lists: tuple[list[str], list[Any]]) -> None:
        topics, partners = lists
        self.form.set_topics(topics)
        self.form.set_partners(partners)

    def chosen_client_id(self) -> int | None:
        if self.picker is None:
            return self.client_id
        row = self.picker.current
        return None if row is None else row.client_id

    def _client_picked(self, row: Any) -> None:
        self.problem.hide()
        if row is not None and self.anonymous is not None:
            self.anonymous.setChecked(False)
        self._ask_hint()

    def _anonymous_toggled(self, on: bool) -> None:
        assert self.picker is not None
        if on:
            self.picker.reset()
            self.form.set_kind(ContactKind.INFO_POINT)
            self.problem.hide()
        self.picker.setEnabled(not on)
        self._ask_hint()

    def _kind_changed(self, kind: ContactKind | None) -> None:
        if self.anonymous is not None and kind != ContactKind.INFO_POINT:
            self.anonymous.setChecked(False)
        self._ask_hint()

    def _ask_hint(self) -> None:
        client_id = self.chosen_client_id()
        if client_id is None or self.form.chosen_kind() != ContactKind.SOCIAL_GUIDANCE:
            self.hint.hide()
            return
        on = from_qdate(self.day.date())
        self.ctx.run(
            lambda ws: ws.contacts.client_hint(client_id, on),
            on_success=self._show_hint,
            owner=self,
        )

    def _show_hint(self, hint: Any) -> None:
        if hint.client_id != self.chosen_client_id():
            return  # the volunteer chose someone else meanwhile
        self.hint.setVisible(hint.beyond_guidance_period)
        self.hint.setText(
            self.tr(
                "Housed on {housed}: social guidance was meant to end on {end}. "
                "You can still log it."
            ).format(housed=short_date(hint.housed_on), end=short_date(hint.guidance_ends_on))
        )

    def _add_topic(self, text: str) -> None:
        self.ctx.run(
            lambda ws: ws.contacts.add_topic(text),
            on_success=self.form.topic_stored,
            owner=self,
        )

    def contact_input(self) -> ContactInput | None:
        """The form as a ContactInput; None (with a sentence shown) when nobody is chosen."""
        client_id = self.chosen_client_id()
        anonymous = self.anonymous is not None and self.anonymous.isChecked()
        if client_id is None and not anonymous:
            self._show_problem(
                self.tr("Choose the client, or tick anonymous for an info point contact.")
            )
            return None
        v = self.form.values()
        return ContactInput(
            kind=v.kind,
            channel=self.channel.currentData(),
            date=from_qdate(self.day.date()),
            client_id=client_id,
            minutes=v.minutes,
            topics=v.topics,
            follow_up=v.follow_up,
            notes=self.notes.toPlainText(),
            referral_partner_id=v.referral_partner_id,
            referral_reason=v.referral_reason,
        )

    def save(self) -> None:
        if self.busy:
            return
        inp = self.contact_input()
        if inp is None:
            return
        self.busy = True
        self.ctx.run(
            lambda ws: ws.contacts.log(inp),
            on_success=self._saved,
            on_failure=self._failed,
            owner=self,
        )

    def _saved(self, contact: ContactInfo) -> None:
        self.busy = False
        self._leave = True
        self.saved.emit(contact)
        self.ctx.notify_changed("contacts")
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self.busy = False
        self._show_problem(refusal_sentence(exc))

    def _show_problem(self, text: str) -> None:
        self.problem.setText(text)
        self.problem.show()
        fit_height(self)  # the form above the sentence keeps its height

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Enter picks a client or adds a topic; only Ctrl+Enter (or a click) saves, as at
        the hour, so a contact is never stored half filled in by the default button."""
        plain = not event.modifiers() & Qt.KeyboardModifier.ControlModifier
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and plain:
            event.accept()
            return
        super().keyPressEvent(event)

    # -- leaving -------------------------------------------------------------------------
    def has_unsaved(self) -> bool:
        """Anything chosen or typed that closing would lose: Esc asks, and so does quitting."""
        chosen = self.picker is not None and (
            self.picker.current is not None or bool(self.picker.search.text().strip())
        )
        return chosen or self.form.has_input() or bool(self.notes.toPlainText().strip())

    def discard(self) -> None:
        """Close without asking (the application is being locked)."""
        self._leave = True
        self.reject()

    def reject(self) -> None:
        if (
            not self._leave
            and self.has_unsaved()
            and not self.ctx.dialogs.question(
                self.tr("Close without saving this contact? What you typed is lost."),
                parent=self,
            )
        ):
            return
        super().reject()
