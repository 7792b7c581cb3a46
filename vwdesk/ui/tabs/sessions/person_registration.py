"""Register someone the picker does not know, without leaving the hour.

The Cliënten tab's own dialog (RegisterHouseholdDialog) opens with the name
typed in the picker filled in; when the household is registered (or the
volunteer finds the person already there) the new client is handed back as a
ClientRow, so the hour carries on with that person chosen.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import QWidget

from vwdesk.ui.context import UiContext
from vwdesk.ui.tabs.clients.household_dialog import RegisterHouseholdDialog
from vwdesk.ui.tabs.sessions.dialog_host import DialogHost


class PersonRegistration:
    def __init__(self, ctx: UiContext, parent: QWidget, chosen: Callable[[Any], None]) -> None:
        self.ctx = ctx
        self.parent = parent
        self.chosen = chosen  # called with the ClientRow of the registered (or found) person
        self.dialogs = DialogHost()

    def start(self, typed: str) -> None:
        self.ctx.run(
            lambda ws: ws.team.choices(include_inactive=True),
            on_success=lambda volunteers: self._open(typed, volunteers),
            owner=self.parent,
        )

    def _open(self, typed: str, volunteers: list[Any]) -> None:
        dialog = RegisterHouseholdDialog(self.ctx, volunteers, self.parent)
        first, last = split_name(typed)
        dialog.form.first_name.setText(first)
        dialog.form.last_name.setText(last)
        dialog.open_existing.connect(self._choose)
        self.dialogs.show(dialog, lambda: self._registered(dialog))

    def _registered(self, dialog: RegisterHouseholdDialog) -> None:
        detail = dialog.registered
        self.ctx.notify_changed("clients")
        if detail is not None and detail.members:
            self._choose(detail.members[0].client_id)

    def _choose(self, client_id: int) -> None:
        self.ctx.run(
            lambda ws: ws.clients.row(client_id), on_success=self.chosen, owner=self.parent
        )

    def close(self) -> None:
        """On lock: the dialog goes without asking, and what was typed in it with it."""
        dialog = self.dialogs.current
        if isinstance(dialog, RegisterHouseholdDialog):
            dialog.discard()
        self.dialogs.close()


def split_name(typed: str) -> tuple[str, str]:
    """'Fatima van Dijk' -> ('Fatima', 'van Dijk'); a date or a phone number fills in nothing."""
    if any(ch.isdigit() for ch in typed):
        return "", ""
    words = typed.split()
    return (words[0], " ".join(words[1:])) if words else ("", "")
