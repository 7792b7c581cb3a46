"""Help > Privacy: what vwdesk stores, where, how it is protected, and what it never does.

For volunteers and for the people they help (a team leader can show it);
plain words, no jargon beyond what a privacy officer will ask about.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QScrollArea, QVBoxLayout, QWidget


class PrivacyDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Privacy and security"))
        self.setMinimumWidth(620)
        self.resize(680, 640)

        self.text = QLabel(self.html())
        self.text.setTextFormat(Qt.TextFormat.RichText)
        self.text.setWordWrap(True)
        self.text.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.text.setContentsMargins(4, 4, 12, 4)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(self.text)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 16)
        layout.addWidget(QLabel(self.tr("Privacy and security"), objectName="pageTitle"))
        layout.addWidget(scroll, 1)
        layout.addWidget(buttons)

    def sections(self) -> list[tuple[str, str]]:
        return [
            (
                self.tr("What is stored"),
                self.tr(
                    "What your team records to do its work: households and clients (names, date "
                    "of birth, sex, nationality, address, phone, e-mail, languages, permit, "
                    "V-number and BSN when filled in), contacts and home visits with their "
                    "notes, family reunification dossiers with the family members, "
                    "trajectories, checklists, referrals and projects; the team's volunteers "
                    "and sign-in accounts; and an audit trail of who did what and when, which "
                    "holds record numbers, never names."
                ),
            ),
            (
                self.tr("Where"),
                self.tr(
                    "In the data file your team chose (on this computer or a network folder), "
                    "with its key file (.keys) beside it, and in the backup folder. On this "
                    "computer vwdesk also keeps a few preferences (language, last file, window "
                    "position, backup folder) and a log of what the program did (errors, "
                    "timings): neither holds names or anything typed about a person."
                ),
            ),
            (
                self.tr("How it is protected"),
                self.tr(
                    "The data file and every backup are encrypted (SQLCipher, AES-256) with a "
                    "random key. That key opens only with the password of an account or with "
                    "the recovery key; passwords are never stored. Each person has their own "
                    "account; what they may do depends on their role. vwdesk locks itself "
                    "after a few minutes without use (and with Windows' own lock) and then "
                    "shows nothing until someone signs in. Opening a client's record, every "
                    "change, export, import and backup is written to the audit trail, which "
                    "cannot be changed unnoticed. Deleted and anonymised data is overwritten "
                    "in the file."
                ),
            ),
            (
                self.tr("How long"),
                self.tr(
                    "Clients closed longer ago than the team's retention period (7 years unless "
                    "the team leader changes it) are anonymised by the team leader: names and "
                    "contact details go, the counts for the annual reports stay. Backups keep "
                    "older data until they are replaced by newer ones."
                ),
            ),
            (
                self.tr("What vwdesk never does"),
                self.tr(
                    "vwdesk never connects to the internet or any network: no updates, no "
                    "statistics, no cloud, no e-mail. Nothing leaves this computer unless "
                    "someone exports it on purpose (an annual report, a list, an access "
                    "report); those files are not encrypted, so keep them safe and delete them "
                    "when they are no longer needed."
                ),
            ),
            (
                self.tr("The rights of the people you help"),
                self.tr(
                    "Someone may ask what is stored about them: a team leader makes an access "
                    "report (Administration > Privacy) with all their data and who opened or "
                    "changed it. Mistakes are corrected in their record; someone entered by "
                    "mistake is deleted, and someone who asks to be forgotten is anonymised."
                ),
            ),
        ]

    def html(self) -> str:
        parts = [
            f"<h3 style='margin-top:10px'>{escape(title)}</h3><p>{escape(body)}</p>"
            for title, body in self.sections()
        ]
        return "".join(parts)
