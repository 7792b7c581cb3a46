"""Words of the Beheer tab: weekdays, yes/no, account states, account problems."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from vwdesk.domain.accounts import AccountInfo
from vwdesk.domain.errors import InvalidInput
from vwdesk.ui.tabs.clients.client_texts import failure_text


def _t(text: str) -> str:
    return QCoreApplication.translate("admin", text)


def weekday_short(day: int) -> str:
    return (
        _t("Mon"), _t("Tue"), _t("Wed"), _t("Thu"), _t("Fri"), _t("Sat"), _t("Sun"),
    )[day - 1]  # fmt: skip


def weekdays_text(days: tuple[int, ...]) -> str:
    return ", ".join(weekday_short(d) for d in sorted(days))


def yes_no(value: bool) -> str:
    return _t("yes") if value else ""


def account_state(account: AccountInfo) -> str:
    if account.disabled:
        return _t("Disabled")
    if not account.has_slot:
        return _t("No key slot: reset the password")
    return _t("Active")


def account_failure(exc: BaseException) -> str:
    """Account problems by field (the account service's messages are for developers)."""
    if isinstance(exc, InvalidInput) and exc.problems:
        field = exc.problems[0].field
        if field == "username":
            return _t("This user name is already in use; choose another.")
        if field == "password":
            return _t("A password needs at least 8 characters.")
        return _t(
            "This cannot be done: you cannot disable your own account, and the last "
            "team leader always stays."
        )
    return failure_text(exc)
