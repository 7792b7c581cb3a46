"""Beheer > Accounts (team leaders only): add, disable, reset a password, the recovery key.

Everything goes through ws.accounts, which checks Permission.MANAGE_ACCOUNTS
again. Disabling drops the account's key slot and re-encrypts the file with
a new data key, so it takes a moment: it runs on the worker like the rest.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from vwdesk.domain.accounts import AccountInfo
from vwdesk.domain.team import VolunteerChoice
from vwdesk.ui import theme
from vwdesk.ui.context import UiContext
from vwdesk.ui.tabs.admin.account_dialogs import (
    AddAccountDialog,
    LinkVolunteerDialog,
    RecoveryKeyDialog,
    ResetPasswordDialog,
)
from vwdesk.ui.tabs.admin.admin_texts import account_failure
from vwdesk.ui.tabs.admin.team_models import AccountTableModel
from vwdesk.ui.tabs.sessions.dialog_host import DialogHost
from vwdesk.ui.tabs.sessions.tables import selected, table

TOPIC = "accounts"


@dataclass(frozen=True)
class AccountsScreen:
    accounts: list[AccountInfo]
    has_recovery_key: bool
    volunteers: list[VolunteerChoice]


def load_accounts(ws) -> AccountsScreen:
    return AccountsScreen(
        ws.accounts.list(), ws.accounts.has_recovery_key(), ws.team.choices(include_inactive=True)
    )


class AccountsPage(QWidget):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.volunteers: list[VolunteerChoice] = []
        self.dialogs = DialogHost()

        self.recovery = QLabel()
        self.recovery.setWordWrap(True)
        self.recovery_button = QPushButton(self.tr("New recovery key…"))
        self.recovery_button.clicked.connect(self.new_recovery_key)
        recovery_row = QHBoxLayout()
        recovery_row.addWidget(self.recovery, 1)
        recovery_row.addWidget(self.recovery_button)

        self.model = AccountTableModel(self)
        self.view, _ = table(self.model, AccountTableModel.NAME)
        self.add_button = QPushButton(self.tr("New account…"), objectName="primary")
        self.add_button.clicked.connect(self.add_account)
        self.reset_button = QPushButton(self.tr("New password…"))
        self.reset_button.clicked.connect(self.reset_password)
        self.link_button = QPushButton(self.tr("Team member…"))
        self.link_button.clicked.connect(self.link_volunteer)
        self.disable_button = QPushButton(self.tr("Disable…"))
        self.disable_button.clicked.connect(self.disable_account)
        self.status = QLabel(objectName="muted")
        self.status.setWordWrap(True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.disable_button)
        buttons.addWidget(self.reset_button)
        buttons.addWidget(self.link_button)
        buttons.addStretch(1)
        buttons.addWidget(self.add_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(recovery_row)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.status)
        layout.addLayout(buttons)

    def refresh(self) -> None:
        user = self.ctx.user
        if user is None:
            return
        self.ctx.run(load_accounts, on_success=self.display, owner=self)

    def display(self, screen: AccountsScreen) -> None:
        self.volunteers = screen.volunteers
        self.model.volunteer_names = {v.volunteer_id: v.name for v in screen.volunteers}
        wanted = self.selected_account()
        self.model.set_rows(screen.accounts)
        rows = self.model.rows()
        place = next((i for i, a in enumerate(rows) if wanted and a.username == wanted.username), 0)
        if rows:
            self.view.selectRow(place)
        if screen.has_recovery_key:
            self.recovery.setStyleSheet("")
            self.recovery.setText(
                self.tr(
                    "There is a recovery key. Keep it in a safe place: with it a password "
                    "can be reset when every team leader has forgotten theirs."
                )
            )
        else:
            self.recovery.setStyleSheet(f"color: {theme.ERROR};")
            self.recovery.setText(
                self.tr(
                    "There is no recovery key. Make one now, or a forgotten password of the "
                    "last team leader means the data is lost."
                )
            )

    def clear(self) -> None:
        self.dialogs.close()
        self.model.set_rows([])
        self.volunteers = []
        self.recovery.clear()
        self.status.clear()

    def selected_account(self) -> AccountInfo | None:
        return selected(self.view)

    # -- actions -----------------------------------------------------------------------------
    def _run(self, op, done_text: str) -> None:
        def done(_result) -> None:
            self.status.setText(done_text)
            self.ctx.notify_changed(TOPIC)
            self.refresh()

        self.ctx.run(
            op,
            on_success=done,
            on_failure=lambda exc: self.status.setText(account_failure(exc)),
            owner=self,
        )

    def add_account(self) -> None:
        dialog = AddAccountDialog(self.volunteers, self)

        def added() -> None:
            username, password, role, name, volunteer_id = dialog.value()
            self._run(
                lambda ws: ws.accounts.add(
                    username, password, role, display_name=name, volunteer_id=volunteer_id
                ),
                self.tr("Account {name} added.").format(name=username),
            )

        self.dialogs.show(dialog, added)

    def reset_password(self) -> None:
        account = self.selected_account()
        if account is None or account.disabled:
            self.status.setText(self.tr("Choose an active account first."))
            return
        dialog = ResetPasswordDialog(account.username, self)

        def chosen() -> None:
            password = dialog.value()
            self._run(
                lambda ws: ws.accounts.reset_password(account.username, password),
                self.tr("{name} has a new password.").format(name=account.username),
            )

        self.dialogs.show(dialog, chosen)

    def link_volunteer(self) -> None:
        account = self.selected_account()
        if account is None:
            return
        dialog = LinkVolunteerDialog(account.username, self.volunteers, account.volunteer_id, self)

        def chosen() -> None:
            volunteer_id = dialog.value()
            self._run(
                lambda ws: ws.team.link_account(account.username, volunteer_id),
                self.tr("Saved."),
            )

        self.dialogs.show(dialog, chosen)

    def disable_account(self) -> None:
        account = self.selected_account()
        if account is None or account.disabled:
            return
        if not self.ctx.dialogs.question(
            self.tr(
                "Disable {name}? They can no longer sign in. Everything they recorded stays. "
                "The file is re-encrypted with a new key, which takes a moment."
            ).format(name=account.username),
            parent=self,
        ):
            return
        self.status.setText(self.tr("Disabling and re-encrypting…"))
        self._run(
            lambda ws: ws.accounts.disable(account.username),
            self.tr("{name} is disabled.").format(name=account.username),
        )

    def new_recovery_key(self) -> None:
        if not self.ctx.dialogs.question(
            self.tr("Make a new recovery key? The old one stops working."), parent=self
        ):
            return

        def made(key: str) -> None:
            dialog = RecoveryKeyDialog(key, self)
            self.dialogs.show(dialog, lambda: None)
            self.refresh()

        self.ctx.run(
            lambda ws: ws.accounts.new_recovery_key(),
            on_success=made,
            on_failure=lambda exc: self.status.setText(account_failure(exc)),
            owner=self,
        )
