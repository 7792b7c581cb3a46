"""A country picked by typing part of its Dutch or English name: "Syr" offers Syrië.

The suggestions come from domain/countries.py (folded, so "syrie" finds Syrië
too); the value is the ISO 3166-1 alpha-2 code, or None while the text is not
a country.
"""

from __future__ import annotations

from PySide6.QtCore import QStringListModel, Qt, Signal
from PySide6.QtWidgets import QCompleter, QLineEdit, QWidget

from vwdesk.domain.countries import country_code, dutch_name, find_countries

MAX_SUGGESTIONS = 12


class CountryField(QLineEdit):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setPlaceholderText(self.tr("Type to search, e.g. Syr"))
        self._suggestions = QStringListModel(self)
        completer = QCompleter(self._suggestions, self)
        completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.activated.connect(self._chosen)
        self.setCompleter(completer)
        self.textEdited.connect(self._typed)
        self.editingFinished.connect(self._tidy)

    def value(self) -> str | None:
        return country_code(self.text())

    def set_value(self, code: str | None) -> None:
        self.setText(dutch_name(code) if code else "")

    def _typed(self, text: str) -> None:
        names = [c.dutch for c in find_countries(text)[:MAX_SUGGESTIONS]] if text.strip() else []
        self._suggestions.setStringList(names)
        if names:
            self.completer().complete()
        self.changed.emit()

    def _chosen(self, text: str) -> None:
        self.setText(text)
        self.changed.emit()

    def _tidy(self) -> None:
        """`sy` or `Syria` typed: show the Dutch name once the field is left."""
        code = self.value()
        if code is not None and self.text() != dutch_name(code):
            self.setText(dutch_name(code))
