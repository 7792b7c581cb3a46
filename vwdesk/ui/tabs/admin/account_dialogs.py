"""Dialogs of the accounts page: a new account, a new password, a link, the recovery key."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from vwdesk.domain.accounts import MIN_PASSWORD_LENGTH, check_username
from vwdesk.domain.enums import Role
from vwdesk.domain.errors import InvalidInput
from vwdesk.domain.team import VolunteerChoice
from vwdesk.ui.labels import role_label
from vwdesk.ui.widgets.problem_label import problem_label


def _password_field() -> QLineEdit:
    field = QLineEdit()
    field.setEchoMode(QLineEdit.EchoMode.Password)
    return field


def _volunteer_box(parent: QWidget, volunteers: list[VolunteerChoice]) -> QComboBox:
    box = QComboBox()
    box.addItem(QCoreApplication.translate("admin", "(not linked)"), None)
    for v in volunteers:
        box.addItem(v.name, v.volunteer_id)
    return box


class _Checked(QDialog):
    """OK runs `problem()` first: a sentence keeps the dialog open and shows it."""

    def __init__(self, title: str, ok_text: str, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.form = QFormLayout()
        self.problem = problem_label()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(ok_text)
        self.buttons.accepted.connect(self._ok)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.intro.hide()
        layout.addWidget(self.intro)
        layout.addLayout(self.form)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(460)

    def set_intro(self, text: str) -> None:
        self.intro.setText(text)
        self.intro.show()

    def check(self) -> str | None:
        return None

    def show_problem(self, text: str) -> None:
        self.problem.setText(text)
        self.problem.show()

    def _ok(self) -> None:
        text = self.check()
        if text:
            self.show_problem(text)
            return
        self.accept()

    def _passwords(self, first: QLineEdit, second: QLineEdit) -> str | None:
        if len(first.text()) < MIN_PASSWORD_LENGTH:
            return self.tr("A password needs at least {n} characters.").format(
                n=MIN_PASSWORD_LENGTH
            )
        if first.text() != second.text():
            return self.tr("The two passwords are not the same.")
        return None


class AddAccountDialog(_Checked):
    def __init__(self, volunteers: list[VolunteerChoice], parent: QWidget | None = None) -> None:
        super().__init__(self.tr("New account"), self.tr("Add account"), parent)
        self.username = QLineEdit()
        self.username.setPlaceholderText(self.tr("e.g. anna"))
        self.display_name = QLineEdit()
        self.role = QComboBox()
        for role in (Role.VOLUNTEER, Role.JUNIOR_TEAM_LEADER, Role.TEAM_LEADER):
            self.role.addItem(role_label(role), role.value)
        self.password = _password_field()
        self.repeat = _password_field()
        self.volunteer = _volunteer_box(self, volunteers)
        self.form.addRow(self.tr("User name"), self.username)
        self.form.addRow(self.tr("Name"), self.display_name)
        self.form.addRow(self.tr("Role"), self.role)
        self.form.addRow(self.tr("Password"), self.password)
        self.form.addRow(self.tr("Password again"), self.repeat)
        self.form.addRow(self.tr("Team member"), self.volunteer)
        self.set_intro(
            self.tr(
                "Tell the person their password in private; they can change it after "
                "signing in. Volunteers cannot delete clients or export."
            )
        )

    def check(self) -> str | None:
        try:
            check_username(self.username.text())
        except InvalidInput:
            return self.tr(
                "A user name is 2 to 32 lower-case letters, digits, dots, dashes or "
                "underscores, starting with a letter or digit."
            )
        return self._passwords(self.password, self.repeat)

    def value(self) -> tuple[str, str, Role, str, int | None]:
        return (
            self.username.text().strip().lower(),
            self.password.text(),
            Role(self.role.currentData()),
            self.display_name.text().strip(),
            self.volunteer.currentData(),
        )


class ResetPasswordDialog(_Checked):
    def __init__(self, username: str, parent: QWidget | None = None) -> None:
        super().__init__(
            self.tr("New password for {name}").format(name=username),
            self.tr("Set password"),
            parent,
        )
        self.password = _password_field()
        self.repeat = _password_field()
        self.form.addRow(self.tr("New password"), self.password)
        self.form.addRow(self.tr("Password again"), self.repeat)
        self.set_intro(
            self.tr(
                "The old password stops working at once. The data stays encrypted with the "
                "same key; only this person's key slot is wrapped again with the new password."
            )
        )

    def check(self) -> str | None:
        return self._passwords(self.password, self.repeat)

    def value(self) -> str:
        return self.password.text()


class LinkVolunteerDialog(_Checked):
    def __init__(
        self,
        username: str,
        volunteers: list[VolunteerChoice],
        current: int | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(
            self.tr("Team member of {name}").format(name=username), self.tr("Save"), parent
        )
        self.volunteer = _volunteer_box(self, volunteers)
        self.volunteer.setCurrentIndex(max(self.volunteer.findData(current), 0))
        self.form.addRow(self.tr("Team member"), self.volunteer)
        self.set_intro(
            self.tr("Contacts this account logs are recorded in the name of this team member.")
        )

    def value(self) -> int | None:
        return self.volunteer.currentData()


class RecoveryKeyDialog(QDialog):
    """Shows a new recovery key once, to write down and keep in a safe place."""

    def __init__(self, key: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("New recovery key"))
        text = QLabel(
            self.tr(
                "Write this key down and keep it somewhere safe, away from the laptop. With "
                "it a team leader can set a new password when every team leader has forgotten "
                "theirs. The old recovery key no longer works. This key is shown only now."
            )
        )
        text.setWordWrap(True)
        self.key = QLineEdit(key)
        self.key.setReadOnly(True)
        self.key.setStyleSheet("font-family: monospace; font-size: 13pt;")
        copy = QPushButton(self.tr("Copy"))
        copy.clicked.connect(lambda: QGuiApplication.clipboard().setText(key))
        row = QHBoxLayout()
        row.addWidget(self.key, 1)
        row.addWidget(copy)
        done = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok)
        done.accepted.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addLayout(row)
        layout.addWidget(done)
        self.setMinimumWidth(560)

    def done(self, result: int) -> None:
        self.key.clear()  # the key leaves the screen with the dialog
        super().done(result)
