"""Message boxes and file choosers behind one small service (Picard's UserDialogService).

Widgets never call QMessageBox or QFileDialog directly: they ask the
DialogService in their UiContext. Tests substitute a subclass that records
what was shown and answers questions, so no test clicks through a modal box.
"""

from __future__ import annotations

from enum import Enum
from pathlib import Path

from PySide6 import QtCore, QtGui, QtWidgets
from PySide6.QtCore import QObject
from PySide6.QtWidgets import QWidget

# QMessageBox, QFileDialog, QDesktopServices and QUrl are named through their
# modules: PySide6 makes a class's Python type when it is first named, and these
# are not needed before the sign-in dialog shows (#11).


class SaveChoice(Enum):
    """The answer to "Save the changes?" when leaving something with unsaved changes."""

    SAVE = "save"
    DISCARD = "discard"  # "Don't save": the volunteer drops the changes on purpose
    CANCEL = "cancel"  # stay where they are, with what they typed


class DialogService(QObject):
    """The real dialogs. `default_parent` is the window they centre on when none is given."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.default_parent: QWidget | None = None

    def _parent(self, parent: QWidget | None) -> QWidget | None:
        """The window to centre on. A parent that is not a widget (a controller, an exporter)
        makes Qt raise TypeError before the box shows, and a slot's exception only reaches the
        log, so the volunteer sees nothing happen; say so here, with the culprit named."""
        if parent is not None and not isinstance(parent, QWidget):
            raise TypeError(f"a message box needs a QWidget parent, not {type(parent).__name__}")
        return parent if parent is not None else self.default_parent

    def _title(self, title: str | None) -> str:
        return title or "vwdesk"

    def info(self, text: str, *, title: str | None = None, parent: QWidget | None = None) -> None:
        QtWidgets.QMessageBox.information(self._parent(parent), self._title(title), text)

    def warning(
        self, text: str, *, title: str | None = None, parent: QWidget | None = None
    ) -> None:
        QtWidgets.QMessageBox.warning(self._parent(parent), self._title(title), text)

    def error(self, text: str, *, title: str | None = None, parent: QWidget | None = None) -> None:
        QtWidgets.QMessageBox.critical(self._parent(parent), self._title(title), text)

    def question(
        self, text: str, *, title: str | None = None, parent: QWidget | None = None
    ) -> bool:
        """Yes/No, with No as the default (the safe answer for a tired volunteer)."""
        button = QtWidgets.QMessageBox.StandardButton
        answer = QtWidgets.QMessageBox.question(
            self._parent(parent), self._title(title), text, button.Yes | button.No, button.No
        )
        return answer == button.Yes

    def ask_save(
        self, text: str, *, detail: str = "", title: str | None = None,
        parent: QWidget | None = None,
    ) -> SaveChoice:  # fmt: skip
        """Save / Don't save / Cancel. Save is the default (Enter keeps the work); Esc cancels."""
        box = QtWidgets.QMessageBox(self._parent(parent))
        box.setIcon(QtWidgets.QMessageBox.Icon.Question)
        box.setWindowTitle(self._title(title))
        box.setText(text)
        box.setInformativeText(detail)
        role = QtWidgets.QMessageBox.ButtonRole
        save = box.addButton(self.tr("Save"), role.AcceptRole)
        discard = box.addButton(self.tr("Don't save"), role.DestructiveRole)
        cancel = box.addButton(self.tr("Cancel"), role.RejectRole)
        box.setDefaultButton(save)
        box.setEscapeButton(cancel)
        box.exec()
        clicked = box.clickedButton()
        if clicked is save:
            return SaveChoice.SAVE
        if clicked is discard:
            return SaveChoice.DISCARD
        return SaveChoice.CANCEL

    def choose_open_file(
        self,
        *,
        title: str,
        name_filter: str,
        directory: Path | None = None,
        parent: QWidget | None = None,
    ) -> Path | None:
        name, _ = QtWidgets.QFileDialog.getOpenFileName(
            self._parent(parent), title, str(directory or ""), name_filter
        )
        return Path(name) if name else None

    def choose_save_file(
        self,
        *,
        title: str,
        name_filter: str,
        suggested: Path | None = None,
        parent: QWidget | None = None,
    ) -> Path | None:
        name, _ = QtWidgets.QFileDialog.getSaveFileName(
            self._parent(parent), title, str(suggested or ""), name_filter
        )
        return Path(name) if name else None

    def choose_directory(
        self, *, title: str, directory: Path | None = None, parent: QWidget | None = None
    ) -> Path | None:
        name = QtWidgets.QFileDialog.getExistingDirectory(
            self._parent(parent), title, str(directory or "")
        )
        return Path(name) if name else None

    def open_file(self, path: Path) -> bool:
        """Open a file in the program the system uses for it (a written PDF in the viewer)."""
        return QtGui.QDesktopServices.openUrl(QtCore.QUrl.fromLocalFile(str(path)))
