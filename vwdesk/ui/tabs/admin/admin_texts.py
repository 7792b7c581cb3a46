"""Words of the Beheer tab: weekdays, yes/no, account states, account problems."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from vwdesk.domain.accounts import AccountInfo
from vwdesk.domain.errors import InvalidInput
from vwdesk.ui.tabs.clients.client_texts import failure_text


def _t(text: str) -> str:
    return QCoreApplication.translate("admin", text)


_WEEKDAYS = (
    QT_TRANSLATE_NOOP("admin", "Mon"),
    QT_TRANSLATE_NOOP("admin", "Tue"),
    QT_TRANSLATE_NOOP("admin", "Wed"),
    QT_TRANSLATE_NOOP("admin", "Thu"),
    QT_TRANSLATE_NOOP("admin", "Fri"),
    QT_TRANSLATE_NOOP("admin", "Sat"),
    QT_TRANSLATE_NOOP("admin", "Sun"),
)


def weekday_short(day: int) -> str:
    return _t(_WEEKDAYS[day - 1])


def weekdays_text(days: tuple[int, ...]) -> str:
    return ", ".join(weekday_short(d) for d in sorted(days))


def yes_no(value: bool) -> str:
    return _t(QT_TRANSLATE_NOOP("admin", "yes")) if value else ""


def account_state(account: AccountInfo) -> str:
    if account.disabled:
        return _t(QT_TRANSLATE_NOOP("admin", "Disabled"))
    if not account.has_slot:
        return _t(QT_TRANSLATE_NOOP("admin", "No key slot: reset the password"))
    return _t(QT_TRANSLATE_NOOP("admin", "Active"))


def account_failure(exc: BaseException) -> str:
    """Account problems by field (the account service's messages are for developers)."""
    if isinstance(exc, InvalidInput) and exc.problems:
        field = exc.problems[0].field
        if field == "username":
            return _t(
                QT_TRANSLATE_NOOP("admin", "This user name is already in use; choose another.")
            )
        if field == "password":
            return _t(QT_TRANSLATE_NOOP("admin", "A password needs at least 8 characters."))
        return _t(
            QT_TRANSLATE_NOOP(
                "admin",
                "This cannot be done: you cannot disable your own account, and the last "
                "team leader always stays.",
            )
        )
    return failure_text(exc)
