"""The one dialog a tab has open: shown with open(), never exec(), and closed on lock.

open() keeps the event loop running, so tests fill a dialog in and press OK
like a volunteer would; a tab's clear() calls `close()` so no dialog with
personal data outlives a lock.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QDialog


class DialogHost:
    def __init__(self) -> None:
        self.current: QDialog | None = None

    def show(self, dialog: QDialog, accepted: Callable[[], None]) -> None:
        self.close()
        self.current = dialog
        dialog.accepted.connect(accepted)
        dialog.finished.connect(lambda _result: self._closed(dialog))
        dialog.open()

    def _closed(self, dialog: QDialog) -> None:
        if self.current is dialog:
            self.current = None
        dialog.deleteLater()

    def close(self) -> None:
        if self.current is not None:
            self.current.reject()
