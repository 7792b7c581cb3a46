"""Typed errors to one Dutch sentence for a volunteer: the only place that does this.

The core raises typed errors with English developer messages; the UI chooses
the sentence by type and never shows exception text or a traceback (those go
to the log). A service that adds an error type adds its sentence here.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication

from vwdesk.domain.errors import (
    AuthenticationError,
    DamagedFile,
    FileLocked,
    InvalidInput,
    NotAVwdeskFile,
    NotFound,
    PathTaken,
    PermissionDenied,
    StorageFull,
    VwdeskError,
)

log = logging.getLogger(__name__)


def message_for(exc: BaseException) -> str:
    """One sentence that says what happened and, where possible, what to do."""
    if isinstance(exc, AuthenticationError):
        return QCoreApplication.translate(
            "errors", "The user name or password is not correct. Please try again."
        )
    if isinstance(exc, FileLocked):
        return QCoreApplication.translate(
            "errors",
            "This file is already open in another vwdesk window. "
            "Close that window first, then try again.",
        )
    if isinstance(exc, NotAVwdeskFile | DamagedFile):
        return QCoreApplication.translate(
            "errors",
            "This file is not a vwdesk file or it is damaged; it has not been changed. "
            "Choose another file or ask your team leader for help.",
        )
    if isinstance(exc, PathTaken):
        return QCoreApplication.translate(
            "errors", "A file with this name already exists; choose another name."
        )
    if isinstance(exc, StorageFull):
        return QCoreApplication.translate(
            "errors",
            "The disk is full, so the last change was not saved. Free some space and try again.",
        )
    if isinstance(exc, PermissionDenied):
        return QCoreApplication.translate(
            "errors", "Your role does not allow this; ask a team leader."
        )
    if isinstance(exc, NotFound):
        return QCoreApplication.translate(
            "errors", "This item no longer exists; it may have been removed in the meantime."
        )
    if isinstance(exc, InvalidInput):
        return QCoreApplication.translate(
            "errors", "Some of the entered information is not correct; nothing was saved."
        )
    if isinstance(exc, VwdeskError):
        return QCoreApplication.translate("errors", "This could not be done; nothing was changed.")
    log.error("unexpected error", exc_info=exc)
    return QCoreApplication.translate(
        "errors",
        "Something unexpected went wrong; please try again. "
        "If it happens again, tell your team leader.",
    )
