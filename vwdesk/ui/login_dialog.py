"""Signing in: which file, who, and the password; one clear sentence when it fails.

Unlocking derives a key (about half a second by design), so the sign-in runs
on the worker while the dialog shows that it is busy. The dialog does not
open the file itself: it calls the `opener` it was given (Workspace.open in
the application), which keeps it testable and free of storage code.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLayout,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from vwdesk.ui import icons
from vwdesk.ui.context import UiContext
from vwdesk.ui.errors import message_for
from vwdesk.ui.preload import after_first_paint

if TYPE_CHECKING:
    from vwdesk.services.workspace import Workspace

Opener = Callable[[Path, str, str], "Workspace"]


class LoginDialog(QDialog):
    signed_in = Signal(object)  # the opened Workspace

    def __init__(
        self,
        ctx: UiContext,
        opener: Opener,
        path: Path | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._opener = opener
        self._path: Path | None = None
        self._busy = False
        self.setWindowTitle(self.tr("Sign in to vwdesk"))
        self.setMinimumWidth(540)
        self._build()
        self.set_file(path)

    # -- layout ------------------------------------------------------------------------
    def _build(self) -> None:
        logo = QLabel()
        logo.setPixmap(icons.pixmap("heart-handshake", 40, ratio=self.devicePixelRatioF()))
        heading = QLabel(self.tr("Welcome to vwdesk"), objectName="pageTitle")
        intro = QLabel(self.tr("Sign in with your own user name and password."))
        intro.setObjectName("muted")
        intro.setWordWrap(True)
        titles = QVBoxLayout()
        titles.setSpacing(2)
        titles.addWidget(heading)
        titles.addWidget(intro)
        logo_column = QVBoxLayout()  # the logo at the top of the header
        logo_column.addWidget(logo)
        logo_column.addStretch(1)
        header = QHBoxLayout()
        header.setSpacing(14)
        header.addLayout(logo_column)
        header.addLayout(titles, 1)

        self.file_label = QLabel()
        # Set once on screen: PySide6 makes the whole `Qt` namespace (every one of its
        # enums) the first time one is used, 30-80 ms, and nothing else here needs it (#11).
        after_first_paint(self, self._make_file_name_selectable)
        self.choose_button = QPushButton(icons.icon("folder-open"), self.tr("Choose file…"))
        self.choose_button.setAutoDefault(False)
        self.choose_button.clicked.connect(self._choose_file)
        file_row = QHBoxLayout()
        file_row.addWidget(self.file_label, 1)
        file_row.addWidget(self.choose_button)

        self.username = QLineEdit()
        self.username.setPlaceholderText(self.tr("for example: anna"))
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        for field in (self.username, self.password):
            field.setMinimumWidth(320)  # keeps the dialog wide when it resizes to its content

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setVerticalSpacing(10)
        form.addRow(self.tr("File"), file_row)
        form.addRow(self.tr("User name"), self.username)
        form.addRow(self.tr("Password"), self.password)

        self.error_label = QLabel(objectName="errorMessage")
        self.error_label.setWordWrap(True)
        self.error_label.hide()

        self.busy_bar = QProgressBar()
        self.busy_bar.setRange(0, 0)
        self.busy_bar.setTextVisible(False)
        self.busy_bar.setMaximumHeight(6)
        self.busy_label = QLabel(self.tr("Signing in…"), objectName="muted")
        busy_row = QHBoxLayout()
        busy_row.addWidget(self.busy_label)
        busy_row.addWidget(self.busy_bar, 1)
        self.busy_widgets = (self.busy_bar, self.busy_label)
        for widget in self.busy_widgets:
            widget.hide()

        self.quit_button = QPushButton(self.tr("Quit"))
        self.quit_button.setAutoDefault(False)
        self.quit_button.clicked.connect(self.reject)
        self.sign_in_button = QPushButton(
            icons.icon("log-in", "#ffffff"), self.tr("Sign in"), objectName="primary"
        )
        self.sign_in_button.setDefault(True)
        self.sign_in_button.clicked.connect(self.submit)
        buttons = QHBoxLayout()
        buttons.addLayout(busy_row, 1)
        buttons.addWidget(self.quit_button)
        buttons.addWidget(self.sign_in_button)

        layout = QVBoxLayout(self)
        # Never squeeze the fields when the error line appears: the dialog grows instead.
        layout.setSizeConstraint(QLayout.SizeConstraint.SetMinimumSize)
        layout.setContentsMargins(28, 24, 28, 22)
        layout.setSpacing(16)
        layout.addLayout(header)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addLayout(buttons)

    def _make_file_name_selectable(self) -> None:
        from PySide6.QtCore import Qt

        self.file_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

    # -- state -------------------------------------------------------------------------
    @property
    def path(self) -> Path | None:
        return self._path

    def set_file(self, path: Path | None) -> None:
        self._path = path
        if path is None:
            self.file_label.setText(self.tr("No file chosen"))
            self.file_label.setToolTip("")
        else:
            self.file_label.setText(path.name)
            self.file_label.setToolTip(str(path))

    def reset(self, username: str = "") -> None:
        """Ready for the next sign-in: no password, no old error; the user name kept if given."""
        self.password.clear()
        self.username.setText(username)
        self.show_error("")
        self._set_busy(False)
        (self.password if username else self.username).setFocus()

    def show_error(self, text: str) -> None:
        self.error_label.setText(text)
        self.error_label.setVisible(bool(text))
        self.adjustSize()

    def error_text(self) -> str:
        return self.error_label.text() if self.error_label.isVisible() else ""

    @property
    def busy(self) -> bool:
        return self._busy

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        for widget in (self.username, self.password, self.choose_button, self.quit_button):
            widget.setEnabled(not busy)
        self.sign_in_button.setEnabled(not busy)
        for widget in self.busy_widgets:
            widget.setVisible(busy)

    # -- actions -----------------------------------------------------------------------
    def _choose_file(self) -> None:
        chosen = self._ctx.dialogs.choose_open_file(
            title=self.tr("Choose a vwdesk file"),
            name_filter=self.tr("vwdesk files (*.vwdesk);;All files (*)"),
            directory=self._path.parent if self._path else None,
            parent=self,
        )
        if chosen is not None:
            self.set_file(chosen)
            self.show_error("")

    def submit(self) -> None:
        if self._busy:
            return
        username = self.username.text().strip()
        password = self.password.text()
        if self._path is None:
            self.show_error(self.tr("Choose the vwdesk file of your team first."))
            return
        if not username or not password:
            self.show_error(self.tr("Fill in your user name and password."))
            (self.password if username else self.username).setFocus()
            return
        self.show_error("")
        self._set_busy(True)
        path, opener = self._path, self._opener
        self._ctx.worker.run(
            lambda: opener(path, username, password),
            on_success=self._succeeded,
            on_failure=self._failed,
            owner=self,
        )

    def _succeeded(self, workspace: Workspace) -> None:
        self._set_busy(False)
        self.password.clear()
        self.signed_in.emit(workspace)
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self._set_busy(False)
        self.password.clear()
        self.show_error(message_for(exc))
        self.password.setFocus()

    def reject(self) -> None:
        if not self._busy:  # never walk away from a sign-in that is half done
            super().reject()
