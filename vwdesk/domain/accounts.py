"""Account data and the rules for user names and passwords."""

from __future__ import annotations

import re
from dataclasses import dataclass

from vwdesk.domain.enums import Role
from vwdesk.domain.errors import InputProblem, InvalidInput
from vwdesk.domain.permissions import Permission, allowed

MIN_PASSWORD_LENGTH = 8
_USERNAME = re.compile(r"^[a-z0-9][a-z0-9._-]{1,31}$")


@dataclass(frozen=True)
class CurrentUser:
    """The signed-in person, as the services see them."""

    account_id: int
    username: str
    display_name: str
    role: Role
    volunteer_id: int | None = None

    def can(self, permission: Permission) -> bool:
        return allowed(self.role, permission)


@dataclass(frozen=True)
class AccountInfo:
    account_id: int
    username: str
    display_name: str
    role: Role
    disabled: bool
    has_slot: bool
    volunteer_id: int | None


def check_username(name: str) -> str:
    name = name.strip().lower()
    if name == "recovery" or not _USERNAME.match(name):
        raise InvalidInput(
            InputProblem(
                "a user name is 2 to 32 lower-case letters, digits, dots, dashes or underscores",
                field="username",
            )
        )
    return name


def check_password(password: str) -> str:
    if len(password) < MIN_PASSWORD_LENGTH:
        raise InvalidInput(
            InputProblem(
                f"a password needs at least {MIN_PASSWORD_LENGTH} characters", field="password"
            )
        )
    return password
