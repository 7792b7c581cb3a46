"""One client: the form, their household, everything that happened, their guidance,
checklists and deadlines (the last three are panels of the teams that own them).

Saving is explicit (the Save button or Ctrl+S); leaving with unsaved changes
asks once first (`may_leave`): about a checklist item alone, the checklist
view asks "Save the changes?" and, on Save, the page is left once the item is
saved; about the details or the household, one "Leave without saving?" that
names a changed checklist item too. Opening the client already shown keeps
what was typed. The team leader's actions (anonymise, delete) only show for a
role that may use them; the services check again.

A phone call, e-mail or other contact outside a consultation hour is logged
with "Log a contact…" (Ctrl+K, every role) and shows on the timeline at once.

The page holds the header, loading, saving the details and the question before
leaving; the tabs are laid out and filled by ClientTabs (client_tabs.py), and
the dialogs and questions behind the header's buttons and the household's
member buttons live in ClientController (client_actions.py).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from vwdesk.domain.clients import ClientDetail, ClientStatus, HouseholdDetail, TimelineEntry
from vwdesk.domain.errors import InvalidInput
from vwdesk.domain.permissions import Permission
from vwdesk.domain.team import VolunteerChoice
from vwdesk.ui.context import UiContext
from vwdesk.ui.tabs.clients.client_actions import ClientController
from vwdesk.ui.tabs.clients.client_tabs import ClientTabs
from vwdesk.ui.tabs.clients.client_texts import (
    close_reason_label,
    country_label,
    failure_text,
    status_label,
)
from vwdesk.ui.tabs.sessions.dialog_host import DialogHost
from vwdesk.ui.widgets.checklist_labels import phase_label
from vwdesk.ui.widgets.date_field import short_date


@dataclass(frozen=True)
class ClientScreen:
    """Everything the page shows, read in one worker call."""

    client: ClientDetail
    household: HouseholdDetail
    timeline: list[TimelineEntry]
    volunteers: list[VolunteerChoice]


def load_client(ws, client_id: int, *, opening: bool = False) -> ClientScreen:
    """`opening`: a volunteer opens the record (audited), rather than a reload after a change."""
    client = ws.clients.open(client_id) if opening else ws.clients.get(client_id)
    return ClientScreen(
        client=client,
        household=ws.households.get(client.household_id),
        timeline=ws.clients.timeline(client_id),
        volunteers=ws.team.choices(include_inactive=True),
    )


class ClientPage(QWidget):
    back_requested = Signal()
    changed = Signal(int)  # a client id whose line in the list should be reloaded
    removed = Signal(int)  # a client deleted
    open_client = Signal(int)

    # the tab indexes, for callers that know the page only
    DETAILS, HOUSEHOLD, TIMELINE = ClientTabs.DETAILS, ClientTabs.HOUSEHOLD, ClientTabs.TIMELINE
    GUIDANCE, CHECKLISTS, DEADLINES = (
        ClientTabs.GUIDANCE,
        ClientTabs.CHECKLISTS,
        ClientTabs.DEADLINES,
    )

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.shown: ClientScreen | None = None
        self.dialogs = DialogHost()
        self.actions = ClientController(self)

        self.back_button = QPushButton(self.tr("← Back to the list"))
        self.back_button.setToolTip(self.tr("Esc"))
        self.back_button.clicked.connect(self.go_back)
        self.title = QLabel(objectName="pageTitle")
        self.subtitle = QLabel(objectName="muted")
        self.subtitle.setWordWrap(True)
        self.contact_button = QPushButton(self.tr("Log a contact…"))
        self.contact_button.setToolTip(
            self.tr("Ctrl+K: a phone call, e-mail or other contact outside a consultation hour")
        )
        self.contact_button.clicked.connect(self.actions.log_contact)
        self.close_button = QPushButton(self.tr("Close client…"))
        self.close_button.clicked.connect(self.actions.close_client)
        self.reopen_button = QPushButton(self.tr("Reopen"))
        self.reopen_button.clicked.connect(self.actions.reopen_client)
        self.anonymise_button = QPushButton(self.tr("Anonymise…"))
        self.anonymise_button.clicked.connect(self.actions.anonymise_client)
        self.delete_button = QPushButton(self.tr("Delete…"))
        self.delete_button.clicked.connect(self.actions.delete_client)
        heading = QVBoxLayout()
        heading.addWidget(self.title)
        heading.addWidget(self.subtitle)
        top = QHBoxLayout()
        top.addWidget(self.back_button, 0, Qt.AlignmentFlag.AlignTop)
        top.addSpacing(12)
        top.addLayout(heading, 1)
        for button in (self.contact_button, self.close_button, self.reopen_button,
                       self.anonymise_button, self.delete_button):  # fmt: skip
            top.addWidget(button, 0, Qt.AlignmentFlag.AlignTop)

        # -- the tabs: laid out and filled by ClientTabs; their widgets under the names callers
        # and tests use, and their logic (saving the details) here ------------------------------
        self.tabs = ClientTabs(ctx)
        self.form = self.tabs.form
        self.form.changed.connect(self._form_changed)
        self.save_status = self.tabs.save_status
        self.undo_button = self.tabs.undo_button
        self.undo_button.clicked.connect(self.undo)
        self.save_button = self.tabs.save_button
        self.save_button.clicked.connect(self.save)
        self.household = self.tabs.household
        self.household.changed.connect(self._household_changed)
        self.household.open_client.connect(self.open_client)
        self.household.add_member_requested.connect(self.actions.add_member)
        self.household.move_member_requested.connect(self.actions.move_member)
        self.timeline = self.tabs.timeline
        self.timeline_view = self.tabs.timeline_view
        self.timeline_empty = self.tabs.timeline_empty
        self.trajectories = self.tabs.trajectories
        self.referrals = self.tabs.referrals
        self.checklists = self.tabs.checklists
        self.deadlines = self.tabs.deadlines

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.tabs, 1)

        save = QShortcut(QKeySequence.StandardKey.Save, self)
        save.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        save.activated.connect(self.save)
        back = QShortcut(QKeySequence(Qt.Key.Key_Escape), self)
        back.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        back.activated.connect(self.go_back)
        contact = QShortcut(QKeySequence("Ctrl+K"), self)
        contact.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        contact.activated.connect(self.actions.log_contact)

    # -- loading ---------------------------------------------------------------------------
    @property
    def client_id(self) -> int | None:
        return self.shown.client.client_id if self.shown else None

    def load(self, client_id: int, *, opening: bool = True) -> None:
        self.ctx.run(
            lambda ws: load_client(ws, client_id, opening=opening),
            on_success=self.display,
            owner=self,
        )

    def reload(self) -> None:
        if self.client_id is not None:
            self.load(self.client_id, opening=False)

    def display(self, screen: ClientScreen) -> None:
        same = self.shown is not None and self.shown.client.client_id == screen.client.client_id
        self.shown = screen
        self.title.setText(screen.client.name or self.tr("(anonymised)"))
        self._subtitle()
        self.tabs.display(screen, same=same)
        self._buttons()
        self._form_changed()

    def _subtitle(self) -> None:
        client = self.shown.client
        parts = [
            country_label(client.data.nationality),
            self.tr("born {date}").format(date=short_date(client.data.birth_date)),
            self.tr("housed {date}").format(date=short_date(client.data.housed_on)),
            phase_label(client.phase),
        ]
        if client.status == ClientStatus.CLOSED:
            reason = close_reason_label(client.close_reason)
            closed = short_date(client.closed_on)
            parts.append(self.tr("closed on {date} ({reason})").format(date=closed, reason=reason))
        elif client.status != ClientStatus.ACTIVE:
            parts.append(status_label(client.status))
        if client.household_address:
            parts.append(client.household_address)
        if client.contact_volunteer:
            parts.append(self.tr("contact: {name}").format(name=client.contact_volunteer))
        self.subtitle.setText(" · ".join(p for p in parts if p))

    def _buttons(self) -> None:
        user = self.ctx.user
        status = self.shown.client.status if self.shown else None
        self.close_button.setVisible(status == ClientStatus.ACTIVE)
        self.reopen_button.setVisible(status == ClientStatus.CLOSED)
        may_anonymise = user is not None and user.can(Permission.ANONYMISE)
        may_delete = user is not None and user.can(Permission.DELETE_CLIENT)
        self.anonymise_button.setVisible(may_anonymise and status != ClientStatus.ANONYMISED)
        self.delete_button.setVisible(may_delete)
        editable = status != ClientStatus.ANONYMISED
        self.contact_button.setVisible(status is not None and editable)  # every role may
        self.form.setEnabled(editable)
        self.household.setEnabled(editable)

    def clear(self) -> None:
        """Forget the person (lock): every field blank, every dialog closed."""
        self._close_dialog()
        self.shown = None
        self.title.clear()
        self.subtitle.clear()
        self.tabs.forget()

    def _close_dialog(self) -> None:
        dialog = self.dialogs.current
        if dialog is not None and hasattr(dialog, "discard"):
            dialog.discard()
        self.dialogs.close()

    # -- saving ----------------------------------------------------------------------------
    def _form_changed(self) -> None:
        dirty = self.shown is not None and self.form.dirty
        self.save_button.setEnabled(dirty)
        self.undo_button.setEnabled(dirty)
        if dirty:
            self.save_status.setText(self.tr("Changes not saved yet."))

    def undo(self) -> None:
        if self.shown is not None:
            c = self.shown.client
            self.form.set_value(c.data, household_housed_on=c.household_housed_on)
            self._form_changed()
            self.save_status.clear()

    def save(self) -> None:
        if self.shown is None or not self.form.dirty:
            return
        if not self.form.check_dates():
            self.tabs.setCurrentIndex(self.DETAILS)
            return
        client_id = self.shown.client.client_id
        data = self.form.value()
        if data.housed_on is None:  # empty: follows the household's date
            data = replace(data, housed_on=self.shown.client.household_housed_on)
        self.save_button.setEnabled(False)
        self.save_status.setText(self.tr("Saving…"))
        self.ctx.run(
            lambda ws: ws.clients.update(client_id, data),
            on_success=self._saved,
            on_failure=self._save_failed,
            owner=self,
        )

    def _saved(self, detail: ClientDetail) -> None:
        self.form.mark_saved()
        self.save_status.setText(self.tr("Saved."))
        self.changed.emit(detail.client_id)
        self.ctx.notify_changed("clients")
        self.load(detail.client_id, opening=False)

    def _save_failed(self, exc: BaseException) -> None:
        self._form_changed()
        self.tabs.setCurrentIndex(self.DETAILS)
        if isinstance(exc, InvalidInput):
            self.form.show_problems(exc.problems)
            self.save_status.setText(self.tr("Not saved: please look at the marked fields."))
        else:
            self.save_status.setText(failure_text(exc))

    # -- leaving -----------------------------------------------------------------------------
    def has_unsaved(self) -> bool:
        """Typed and not saved: the details, the household, a checklist item, or a dialog."""
        if self.shown is None:
            return False
        dialog = self.dialogs.current
        return (
            self.form.dirty
            or self.household.dirty
            or self.checklists.view.dirty
            or bool(dialog is not None and getattr(dialog, "has_unsaved", bool)())
        )

    def may_leave(self, proceed: Callable[[], None] | None = None) -> bool:
        """Ask once before unsaved changes are lost; True when the page may be left now.

        Only a checklist item changed: the checklist's own question (Save / Don't save /
        Cancel); `proceed` is what to do once the item the volunteer chose to save is
        saved (leave then); without it they stay and leave again by hand. The details or
        the household changed (with or without the item): one Yes/No question naming the
        item too; nothing is undone before the answer, and Yes drops it all."""
        if self.shown is None:
            return True
        checklist = self.checklists.view
        if not (self.form.dirty or self.household.dirty):
            if checklist.dirty:
                self.tabs.setCurrentIndex(self.CHECKLISTS)  # show what the question is about
                return checklist.may_leave(proceed or (lambda: None))
            return True
        item = checklist.editor.item if checklist.dirty else None
        if item is None:
            text = self.tr("You have changes that are not saved. Leave without saving?")
        else:
            text = self.tr(
                "You have changes that are not saved, on the checklist item “%1” too. "
                "Leave without saving?"
            ).replace("%1", item.title)
        if not self.ctx.dialogs.question(text, parent=self):
            return False
        self._discard()
        return True

    def _discard(self) -> None:
        """The volunteer chose to leave without saving: back to what is stored, so nothing
        asks about these changes again (the next question, quitting)."""
        self.undo()
        if self.household.dirty:  # its detail: a save of it may be newer than self.shown
            self.household.display(self.household.detail, self.shown.volunteers)
        if self.checklists.view.dirty:
            self.checklists.view.editor.undo()

    def go_back(self) -> None:
        if self.may_leave(self.go_back):
            self.back_requested.emit()

    # -- household changes -------------------------------------------------------------------
    def _household_changed(self) -> None:
        if self.client_id is not None:
            self.changed.emit(self.client_id)
            self.ctx.notify_changed("clients")
            self.reload()

    # -- the dialogs (ClientController) ------------------------------------------------------
    def log_contact(self) -> None:
        """What Ctrl+K and the header's button do, for callers that know the page only."""
        self.actions.log_contact()
