"""Installing the interface language: our Dutch catalogue plus Qt's own for standard dialogs.

English is the source language of every string, so English needs no catalogue.
Dutch is the shipped default: resources/translations/vwdesk_nl.qm (built from
the .ts by `make translations`) and Qt's qtbase_nl.qm for the buttons and file
dialogs that Qt draws itself.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator
from PySide6.QtWidgets import QApplication

from vwdesk.resources import resource

log = logging.getLogger(__name__)

SOURCE_LANGUAGE = "en"
CATALOGUE = "vwdesk"


def catalogue_dir() -> Path:
    return resource("translations")


def install_translators(
    app: QApplication, language: str, qm_dir: Path | None = None
) -> list[QTranslator]:
    """Install the translators for `language`; returns them (keep them alive, or remove them)."""
    QLocale.setDefault(QLocale(language))
    if language == SOURCE_LANGUAGE:
        return []
    installed: list[QTranslator] = []
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    ours = (qm_dir or catalogue_dir()) / f"{CATALOGUE}_{language}.qm"
    for path in (Path(qt_dir) / f"qtbase_{language}.qm", ours):
        translator = QTranslator(app)
        if translator.load(str(path)):
            app.installTranslator(translator)
            installed.append(translator)
        else:
            log.warning("no translation catalogue %s (run `make translations`)", path)
    return installed


def interface_language() -> str:
    """`nl` or `en`: the language data names (languages spoken) are shown in, the
    interface's own (the default QLocale, set by install_translators)."""
    return "nl" if QLocale().language() == QLocale.Language.Dutch else "en"


def remove_translators(app: QApplication, translators: list[QTranslator]) -> None:
    for translator in translators:
        app.removeTranslator(translator)
