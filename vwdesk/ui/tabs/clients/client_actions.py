"""What the client page does when asked, beyond typing in its tabs: the dialogs and
questions it opens and the service calls behind them.

The controller of ClientPage (which lays out, loads, saves the details and asks
before unsaved work is lost): adding or moving a household member, logging a
contact outside a consultation hour, closing, reopening, anonymising and
deleting. Every dialog goes through the page's DialogHost, so the lock closes
it and `has_unsaved` sees it; after a write the list is told (`changed`,
`removed`) and the page reloads.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from vwdesk.domain.clients import ClientStatus
from vwdesk.ui.tabs.clients.client_texts import failure_text
from vwdesk.ui.tabs.clients.close_dialog import CloseClientDialog
from vwdesk.ui.tabs.clients.member_dialogs import AddMemberDialog, MoveMemberDialog
from vwdesk.ui.tabs.sessions.contact_dialog import ContactDialog

if TYPE_CHECKING:
    from vwdesk.ui.tabs.clients.client_page import ClientPage


class ClientController(QObject):
    """The client page's workflows; the page forwards its buttons and shortcuts here."""

    def __init__(self, page: ClientPage) -> None:
        super().__init__(page)
        self.page = page
        self.ctx = page.ctx

    # -- household members -------------------------------------------------------------------
    def add_member(self) -> None:
        page = self.page
        if page.shown is None:
            return
        hh = page.shown.household
        dialog = AddMemberDialog(
            self.ctx, hh.household_id, hh.label, page.shown.volunteers,
            template=page.shown.client.data, parent=page,
        )  # fmt: skip
        dialog.open_existing.connect(page.open_client)
        page.dialogs.show(dialog, lambda: self._member_added(dialog.added))

    def _member_added(self, client_id: int | None) -> None:
        if client_id is not None:
            self.page.changed.emit(client_id)
            self.ctx.notify_changed("clients")
            self.page.reload()

    def move_member(self, member) -> None:
        page = self.page
        if page.shown is None:
            return
        dialog = MoveMemberDialog(
            self.ctx, member.client_id, member.name, page.shown.household.household_id,
            page.shown.volunteers, parent=page,
        )  # fmt: skip
        page.dialogs.show(dialog, lambda: self._member_moved(member.client_id))

    def _member_moved(self, client_id: int) -> None:
        self.page.changed.emit(client_id)
        self.ctx.notify_changed("clients")
        self.page.reload()

    # -- a contact outside a consultation hour ------------------------------------------------
    def log_contact(self) -> None:
        """Phone, e-mail or other; an anonymised person has no one left to talk to."""
        page = self.page
        if page.shown is None or page.shown.client.status == ClientStatus.ANONYMISED:
            return
        client = page.shown.client
        dialog = ContactDialog(self.ctx, client.client_id, client.name, page)
        page.dialogs.show(dialog, lambda: self._contact_logged(client.client_id))

    def _contact_logged(self, client_id: int) -> None:
        page = self.page
        page.changed.emit(client_id)
        page.tabs.setCurrentIndex(page.TIMELINE)
        if page.client_id == client_id:
            page.reload()

    # -- closing, anonymising, deleting ---------------------------------------------------------
    def close_client(self) -> None:
        page = self.page
        if page.shown is None:
            return
        dialog = CloseClientDialog(page.shown.client.name, page)
        client_id = page.shown.client.client_id

        def closed() -> None:
            on, reason = dialog.value()
            self._write(lambda ws: ws.clients.close(client_id, on, reason), client_id)

        page.dialogs.show(dialog, closed)

    def reopen_client(self) -> None:
        if self.page.shown is not None:
            client_id = self.page.shown.client.client_id
            self._write(lambda ws: ws.clients.reopen(client_id), client_id)

    def anonymise_client(self) -> None:
        page = self.page
        if page.shown is None:
            return
        if not self.ctx.dialogs.question(
            self.tr(
                "Anonymise {name}? Name, numbers, contact details and notes are removed for "
                "good; what the figures count (birth date, sex, nationality, housing date, "
                "contacts) stays. This cannot be undone."
            ).format(name=page.shown.client.name),
            parent=page,
        ):
            return
        client_id = page.shown.client.client_id
        self._write(lambda ws: ws.clients.anonymise(client_id), client_id)

    def delete_client(self) -> None:
        page = self.page
        if page.shown is None:
            return
        if not self.ctx.dialogs.question(
            self.tr(
                "Delete {name}? Only for someone registered by mistake: a person with "
                "contacts or other history cannot be deleted (anonymise instead)."
            ).format(name=page.shown.client.name or self.tr("this person")),
            parent=page,
        ):
            return
        client_id = page.shown.client.client_id

        def deleted(_result) -> None:
            page.removed.emit(client_id)
            self.ctx.notify_changed("clients")
            page.shown = None
            page.back_requested.emit()

        self.ctx.run(
            lambda ws: ws.clients.delete(client_id),
            on_success=deleted,
            on_failure=lambda exc: self.ctx.dialogs.warning(failure_text(exc), parent=page),
            owner=page,
        )

    def _write(self, op, client_id: int) -> None:
        page = self.page

        def done(_result) -> None:
            page.changed.emit(client_id)
            self.ctx.notify_changed("clients")
            page.load(client_id, opening=False)

        self.ctx.run(
            op,
            on_success=done,
            on_failure=lambda exc: self.ctx.dialogs.warning(failure_text(exc), parent=page),
            owner=page,
        )
