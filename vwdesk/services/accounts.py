"""Sign-in accounts. Only team leaders manage them; every change is audited."""

from __future__ import annotations

from typing import TYPE_CHECKING

from sqlalchemy import func, select

from vwdesk.db.records import AccountRecord
from vwdesk.domain.accounts import AccountInfo, check_password, check_username
from vwdesk.domain.enums import Role
from vwdesk.domain.errors import InputProblem, InvalidInput, NotFound
from vwdesk.domain.permissions import Permission

if TYPE_CHECKING:
    from vwdesk.services.workspace import Workspace


def _info(acc: AccountRecord, slot_names: set[str]) -> AccountInfo:
    return AccountInfo(
        account_id=acc.id,
        username=acc.username,
        display_name=acc.display_name,
        role=Role(acc.role),
        disabled=acc.disabled,
        has_slot=acc.username in slot_names,
        volunteer_id=acc.volunteer_id,
    )


class AccountService:
    def __init__(self, ws: Workspace):
        self._ws = ws

    def list(self) -> list[AccountInfo]:
        self._ws.require(Permission.MANAGE_ACCOUNTS)
        names = set(self._ws.datafile.keys.names())
        with self._ws.reading() as s:
            accounts = s.scalars(select(AccountRecord).order_by(AccountRecord.username)).all()
            return [_info(a, names) for a in accounts]

    def has_recovery_key(self) -> bool:
        return self._ws.datafile.keys.has_recovery()

    def add(
        self,
        username: str,
        password: str,
        role: Role,
        *,
        display_name: str = "",
        volunteer_id: int | None = None,
    ) -> AccountInfo:
        self._ws.require(Permission.MANAGE_ACCOUNTS)
        username = check_username(username)
        check_password(password)
        with self._ws.unit() as s:
            if s.scalar(select(AccountRecord).where(AccountRecord.username == username)):
                raise InvalidInput(InputProblem("this user name is taken", field="username"))
            acc = AccountRecord(
                username=username,
                display_name=display_name or username,
                role=Role(role).value,
                volunteer_id=volunteer_id,
            )
            s.add(acc)
            s.flush()
            self._ws.audit.record(s, self._ws.user.account_id, "account.add", "account", acc.id)
            # The slot is written last: if it fails, the transaction rolls back.
            self._ws.datafile.add_slot(username, password)
            return _info(acc, {username})

    def disable(self, username: str) -> None:
        """Disable an account: drop its slot and rotate the data key."""
        self._ws.require(Permission.MANAGE_ACCOUNTS)
        username = username.strip().lower()
        if username == self._ws.user.username:
            raise InvalidInput(InputProblem("you cannot disable your own account"))
        with self._ws.unit() as s:
            acc = s.scalar(select(AccountRecord).where(AccountRecord.username == username))
            if acc is None:
                raise NotFound(f"no account named {username}")
            if acc.role == Role.TEAM_LEADER and not acc.disabled:
                leaders = s.scalar(
                    select(func.count()).where(
                        AccountRecord.role == Role.TEAM_LEADER.value,
                        AccountRecord.disabled.is_(False),
                    )
                )
                if leaders <= 1:
                    raise InvalidInput(InputProblem("the last team leader cannot be disabled"))
            acc.disabled = True
            self._ws.audit.record(s, self._ws.user.account_id, "account.disable", "account", acc.id)
        # After the commit: the rotation re-opens the file with the new key.
        self._ws.datafile.remove_slot_and_rotate(username)
        self._ws.rebind()

    def reset_password(self, username: str, new_password: str) -> None:
        """A team leader (or the recovery key) gives a user a new password."""
        self._ws.require(Permission.MANAGE_ACCOUNTS)
        username = username.strip().lower()
        check_password(new_password)
        with self._ws.unit() as s:
            acc = s.scalar(select(AccountRecord).where(AccountRecord.username == username))
            if acc is None or acc.disabled:
                raise NotFound(f"no active account named {username}")
            self._ws.audit.record(s, self._ws.user.account_id, "account.reset", "account", acc.id)
            self._ws.datafile.reset_slot(username, new_password)

    def change_own_password(self, old_password: str, new_password: str) -> None:
        check_password(new_password)
        self._ws.datafile.change_password(self._ws.user.username, old_password, new_password)
        with self._ws.unit() as s:
            self._ws.audit.record(
                s, self._ws.user.account_id, "account.passwd", "account", self._ws.user.account_id
            )

    def new_recovery_key(self) -> str:
        self._ws.require(Permission.MANAGE_ACCOUNTS)
        key = self._ws.datafile.new_recovery_key()
        with self._ws.unit() as s:
            self._ws.audit.record(s, self._ws.user.account_id, "recovery_key.new")
        return key
