"""A contact outside the consultation hours (phone, e-mail, other), from a client's page.

For other tabs:

    dialog = ContactDialog(ctx, client_id, client_name, parent=self)
    dialog.saved.connect(lambda contact: ...)   # a ContactInfo, after the write
    dialog.open()

The dialog loads its lists and saves through `ctx.run`, tells the other tabs
(`ctx.notify_changed("contacts")`) and closes itself on success.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
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
from vwdesk.ui.tabs.sessions.contact_form import ContactForm
from vwdesk.ui.tabs.sessions.schedule_dialog import from_qdate, to_qdate
from vwdesk.ui.tabs.sessions.texts import refusal_sentence
from vwdesk.ui.widgets.date_field import short_date

OUTSIDE_CHANNELS = (Channel.PHONE, Channel.EMAIL, Channel.OTHER)


class ContactDialog(QDialog):
    saved = Signal(object)  # ContactInfo

    def __init__(
        self,
        ctx: UiContext,
        client_id: int,
        client_name: str,
        parent: QWidget | None = None,
        *,
        kind: ContactKind = ContactKind.SOCIAL_GUIDANCE,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.client_id = client_id
        self.busy = False
        self.setWindowTitle(self.tr("Contact with {name}").format(name=client_name))

        self.channel = QComboBox()
        for channel in OUTSIDE_CHANNELS:
            self.channel.addItem(channel_label(channel), channel)
        self.day = QDateEdit(to_qdate(date.today()), calendarPopup=True)
        self.day.setMaximumDate(to_qdate(date.today()))
        self.form = ContactForm()
        self.form.set_default_kind(kind)
        self.form.topic_added.connect(self._add_topic)
        self.form.kind_changed.connect(lambda _k: self._ask_hint())
        self.form.form.insertRow(0, self.tr("How"), self.channel)
        self.form.form.insertRow(1, self.tr("Date"), self.day)
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
        layout = QVBoxLayout(self)
        layout.addWidget(self.form)
        layout.addWidget(self.hint)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self, activated=self.save)
        self.resize(560, 560)

        ctx.run(
            lambda ws: (ws.contacts.topics(), ws.contacts.partners()),
            on_success=self._lists_loaded,
            owner=self,
        )
        self._ask_hint()

    def _lists_loaded(self, lists: tuple[list[str], list[Any]]) -> None:
        topics, partners = lists
        self.form.set_topics(topics)
        self.form.set_partners(partners)

    def _ask_hint(self) -> None:
        if self.form.chosen_kind() != ContactKind.SOCIAL_GUIDANCE:
            self.hint.hide()
            return
        client_id = self.client_id
        self.ctx.run(
            lambda ws: ws.contacts.client_hint(client_id),
            on_success=self._show_hint,
            owner=self,
        )

    def _show_hint(self, hint: Any) -> None:
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

    def contact_input(self) -> ContactInput:
        v = self.form.values()
        return ContactInput(
            kind=v.kind,
            channel=self.channel.currentData(),
            date=from_qdate(self.day.date()),
            client_id=self.client_id,
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
        self.busy = True
        inp = self.contact_input()
        self.ctx.run(
            lambda ws: ws.contacts.log(inp),
            on_success=self._saved,
            on_failure=self._failed,
            owner=self,
        )

    def _saved(self, contact: ContactInfo) -> None:
        self.busy = False
        self.saved.emit(contact)
        self.ctx.notify_changed("contacts")
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self.busy = False
        self.problem.setText(refusal_sentence(exc))
        self.problem.show()
