"""Languages picked by typing part of a name, several separated by commas: "Ara" offers Arabisch.

The suggestions are for the language being typed (the text after the last
comma) and come from domain/languages.py, folded (so "oekr" finds Oekraïens
and "farsi" Perzisch). Choosing one puts its name in and a comma after it, for
the next. The field shows names in the interface's language, never codes; its
value is the text as shown, which the services read back into codes (and
refuse, with the words they do not know, when a word is no language).
"""

from __future__ import annotations

import re

from PySide6.QtCore import QEvent, QStringListModel, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QCompleter, QLineEdit, QWidget

from vwdesk.domain.languages import find_languages, language_code, shown_name, split_languages
from vwdesk.ui.i18n import interface_language
from vwdesk.ui.labels import languages_label

MAX_SUGGESTIONS = 12
_LAST_SEPARATOR = re.compile(r".*[,;/+&\n]\s*", re.DOTALL)
_CHOOSING_KEYS = (Qt.Key.Key_Enter, Qt.Key.Key_Return, Qt.Key.Key_Tab, Qt.Key.Key_Backtab)


class LanguagesField(QLineEdit):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setPlaceholderText(self.tr("e.g. Arabic, English (type to search)"))
        self._suggestions = QStringListModel(self)
        # Not setCompleter(): that would put a chosen name in place of the whole text.
        self.suggester = QCompleter(self._suggestions, self)
        self.suggester.setWidget(self)
        self.suggester.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self.suggester.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.suggester.activated.connect(self.choose)
        self.textEdited.connect(self._typed)
        self.editingFinished.connect(self._tidy)

    def value(self) -> str:
        return self.text().strip()

    def set_value(self, stored: str) -> None:
        """Show a stored value (`ar,en`) as names."""
        self.setText(languages_label(stored or ""))

    def suggestions(self) -> list[str]:
        """What the list under the field offers now (for tests and screen readers)."""
        return self._suggestions.stringList()

    def choose(self, name: str) -> None:
        """Put `name` in place of the language being typed, with a comma for the next."""
        start, end = self._current_part()
        text = self.text()
        head = text[:start]
        if head and not head.endswith(" "):
            head += " "
        rest = text[end:].lstrip(" ,")
        before = f"{head}{name}, "
        self.setText(before + rest)
        self.setCursorPosition(len(before))
        self.suggester.popup().hide()
        self.setFocus()  # typing goes on here, for the next language
        self.changed.emit()

    def _current_part(self) -> tuple[int, int]:
        """Where the language under the cursor starts and ends in the text."""
        text, cursor = self.text(), self.cursorPosition()
        m = _LAST_SEPARATOR.match(text[:cursor])
        start = m.end() if m else 0
        following = re.search(r"[,;/+&\n]", text[cursor:])
        return start, cursor + following.start() if following else len(text)

    def _typed(self, _text: str) -> None:
        start, _end = self._current_part()
        typed = self.text()[start : self.cursorPosition()]
        lang = interface_language()
        found = find_languages(typed, lang, limit=MAX_SUGGESTIONS) if typed.strip() else []
        self._suggestions.setStringList([shown_name(x, lang) for x in found])
        if found:
            self.suggester.complete()
        else:
            self.suggester.popup().hide()
        self.changed.emit()

    def _tidy(self) -> None:
        """Once the field is left: each language by the name the list shows (`ar` and `arabic`
        as Arabisch), without empty parts; words that are no language stay as typed."""
        parts = split_languages(self.text())
        shown = ", ".join(languages_label(code) if (code := language_code(p)) else p for p in parts)
        if shown != self.text():
            self.setText(shown)

    def event(self, event: QEvent) -> bool:
        """Escape while the list is open is the field's, not a shortcut's (the client page
        goes back on Escape; here it only closes the list)."""
        if (
            event.type() == QEvent.Type.ShortcutOverride
            and event.key() == Qt.Key.Key_Escape
            and self.suggester.popup().isVisible()
        ):
            event.accept()
            return True
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """While the list is open, Escape closes it (and no more: the page does not go back),
        and Enter or Tab is the list's to choose with."""
        if self.suggester.popup().isVisible():
            if event.key() == Qt.Key.Key_Escape:
                self.suggester.popup().hide()
                event.accept()
                return
            if event.key() in _CHOOSING_KEYS:
                event.ignore()
                return
        super().keyPressEvent(event)
