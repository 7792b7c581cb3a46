"""What every export of a tab shares: one at a time, and the folder of the last one."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QStandardPaths
from PySide6.QtWidgets import QWidget

if TYPE_CHECKING:
    from vwdesk.ui.context import UiContext
    from vwdesk.ui.worker import Job


class FileExporter(QObject):
    """`job` is the running export (tests wait on it); a new one waits until it is done."""

    def __init__(self, ctx: UiContext, parent: QWidget) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._parent = parent
        self.job: Job | None = None
        self.folder: Path | None = None  # where the last export went; the next one starts there

    @property
    def busy(self) -> bool:
        return self.job is not None and not self.job.done

    def _suggest(self, name: str) -> Path:
        """`name` in the folder of the last export, or in the person's documents folder."""
        if self.folder is None:
            docs = QStandardPaths.writableLocation(
                QStandardPaths.StandardLocation.DocumentsLocation
            )
            self.folder = Path(docs) if docs else Path.home()
        return self.folder / name
