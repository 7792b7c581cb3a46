"""Help > About: version, our licence and the licences of what we ship."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QHBoxLayout, QLabel, QVBoxLayout, QWidget

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
        third_party = QLabel(self._third_party_html())
        third_party.setTextFormat(Qt.TextFormat.RichText)
        third_party.setWordWrap(True)

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
        layout.addWidget(third_party)
        layout.addWidget(buttons)

    def _third_party_html(self) -> str:
        rows = [
            ("Qt / PySide6", "LGPL-3.0"),
            ("SQLCipher", self.tr("BSD-style licence")),
            ("ReportLab", "BSD"),
            (self.tr("Lucide icons"), "ISC"),
            ("SQLAlchemy, Alembic, argon2-cffi, openpyxl, platformdirs, filelock", "MIT"),
            ("cryptography", "Apache-2.0 / BSD"),
            ("pycountry", "LGPL-2.1"),
            ("sqlcipher3", "zlib"),
            # Also in the installed program (build.spec), so named here as well.
            ("DejaVu Sans", "Bitstream Vera / DejaVu"),
            ("Python, typing_extensions", "PSF-2.0"),
            ("OpenSSL", "Apache-2.0"),
            ("Pillow", "MIT-CMU"),
            ("Mako, cffi, charset-normalizer, et-xmlfile", "MIT"),
            ("MarkupSafe", "BSD-3-Clause"),
        ]
        items = "".join(f"<tr><td>{name}</td><td>&nbsp;&nbsp;{lic}</td></tr>" for name, lic in rows)
        heading = self.tr("Built with")
        where = self.tr(
            "The full licence texts are in THIRD-PARTY-NOTICES.txt in the program folder."
        )
        return f"<p><b>{heading}</b></p><table>{items}</table><p>{where}</p>"
