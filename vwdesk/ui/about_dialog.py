"""Help > About: version, our licence and the licences of what we ship."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from vwdesk.ui import icons


class AboutDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        from vwdesk import __version__  # importlib.metadata: not at start-up (#11)

        super().__init__(parent)
        self.setWindowTitle(self.tr("About vwdesk"))
        self.setMinimumWidth(520)

        logo = QLabel()
        logo.setPixmap(icons.pixmap("heart-handshake", 48, ratio=self.devicePixelRatioF()))
        title = QLabel("vwdesk", objectName="pageTitle")
        version = QLabel(self.tr("Version {version}").format(version=__version__))
        version.setObjectName("muted")
        purpose = QLabel(
            self.tr(
                "Case and report keeping for local refugee-support teams. "
                "All data stays encrypted on this computer."
            )
        )
        purpose.setWordWrap(True)
        licence = QLabel(
            self.tr(
                "vwdesk is free software under the GNU General Public License, "
                "version 3 or later (GPL-3.0-or-later)."
            )
        )
        licence.setWordWrap(True)
        # A grid of one-line labels: a rich-text table in a word-wrapped QLabel gets a
        # height that cuts off its last row.
        third_party = QGridLayout()
        third_party.setHorizontalSpacing(16)
        third_party.setVerticalSpacing(2)
        built_with = QLabel(self.tr("Built with"))
        bold = built_with.font()
        bold.setBold(True)
        built_with.setFont(bold)
        third_party.addWidget(built_with, 0, 0, 1, 2)
        for row, (name, licence_name) in enumerate(self._third_party(), start=1):
            third_party.addWidget(QLabel(name), row, 0)
            third_party.addWidget(QLabel(licence_name), row, 1)
        third_party.setColumnStretch(0, 1)
        notices = QLabel(
            self.tr("The full licence texts are in THIRD-PARTY-NOTICES.txt in the program folder.")
        )
        notices.setWordWrap(True)

        heading = QVBoxLayout()
        heading.setSpacing(2)
        heading.addWidget(title)
        heading.addWidget(version)
        top = QHBoxLayout()
        top.setSpacing(14)
        top.addWidget(logo, 0, Qt.AlignmentFlag.AlignTop)
        top.addLayout(heading, 1)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 16)
        layout.setSpacing(12)
        layout.addLayout(top)
        layout.addWidget(purpose)
        layout.addWidget(licence)
        layout.addLayout(third_party)
        layout.addWidget(notices)
        layout.addWidget(buttons)

    def _third_party(self) -> list[tuple[str, str]]:
        return [
            ("Qt / PySide6", "LGPL-3.0"),
            ("SQLCipher", self.tr("BSD-style licence")),
            ("ReportLab", "BSD"),
            (self.tr("Lucide icons"), "ISC"),
            ("SQLAlchemy, Alembic, argon2-cffi", "MIT"),
            ("openpyxl, platformdirs, filelock", "MIT"),
            ("cryptography", "Apache-2.0 / BSD"),
            ("pycountry", "LGPL-2.1"),
            ("sqlcipher3", "zlib"),
            ("orjson", "Apache-2.0 / MIT, MPL-2.0"),
            # Also in the installed program (build.spec), so named here as well.
            ("DejaVu Sans", "Bitstream Vera / DejaVu"),
            ("Python, typing_extensions", "PSF-2.0"),
            ("OpenSSL", "Apache-2.0"),
            ("Pillow", "MIT-CMU"),
            ("Mako, cffi, charset-normalizer, et-xmlfile", "MIT"),
            ("MarkupSafe", "BSD-3-Clause"),
        ]
