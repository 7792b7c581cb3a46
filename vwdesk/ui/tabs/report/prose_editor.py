"""The Tekst page: the report's sections on the left, the selected section's prose on the right.

Saving is explicit. Leaving a section (another section, another year or
language) with changes asks first; the safe answer, No, stays on the text.
The editor holds no service: it asks its owner to save (`save_requested`)
and is told when that succeeded (`mark_saved`).

A section without text of its own for the year shows the latest earlier
year's, which the report takes over as it is. The editor says so above the
text ("Tekst van 2017 — nog niet aangepast voor 2018") with one click to
start this year's text from it or from nothing; a text of this year that
kept a sentence with an earlier year's figure is pointed out the same way.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QTextBlockFormat, QTextCursor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListView,
    QPushButton,
    QSplitter,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from vwdesk.services.report_prose import StaleSection
from vwdesk.ui.dialogs import DialogService
from vwdesk.ui.tabs.report.section_models import KEY_ROLE, SectionEntry, SectionListModel


class ProseEditor(QWidget):
    save_requested = Signal(str, str)  # section key, text

    def __init__(self, dialogs: DialogService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._dialogs = dialogs
        self._texts: dict[str, str] = {}
        self._titles: dict[str, str] = {}
        self._key: str | None = None
        self._year: int | None = None
        self._stale: dict[str, StaleSection] = {}
        # The section whose stored text the user chose to start this year's from: unsaved
        # (dirty) even while the editor still holds exactly the stored text.
        self._started: str | None = None
        self._writable = False
        self._quiet = False  # set while the list or the editor is filled by code

        self.sections = SectionListModel(self)
        self.section_list = QListView()
        self.section_list.setModel(self.sections)
        self.section_list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.section_list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.section_list.setWordWrap(True)  # long titles ("Voorlichting, ...") wrap, not clip
        self.section_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.section_list.setSpacing(3)
        self.section_list.setMinimumWidth(240)
        self.section_list.selectionModel().currentChanged.connect(self._section_chosen)

        self.title = QLabel(objectName="sectionTitle")
        self.title.setStyleSheet("font-size: 12pt; font-weight: 600;")
        # A QTextEdit for plain text: it can leave room between paragraphs.
        self.editor = QTextEdit(acceptRichText=False)
        self.editor.setTabChangesFocus(True)
        self.editor.document().setDocumentMargin(8)
        self.editor.setPlaceholderText(
            self.tr("No text yet for this section. What did the team do, what stood out?")
        )
        self.editor.textChanged.connect(self._edited)
        self._build_carried_note()
        self.hint = QLabel(
            self.tr(
                "Every line becomes a paragraph; start a line with “- ” for a list item. "
                "Next year's report starts from this text."
            ),
            objectName="muted",
        )
        self.hint.setWordWrap(True)
        self.read_only_note = QLabel(
            self.tr("Only team leaders and junior team leaders write the text of the report."),
            objectName="muted",
        )
        self.read_only_note.setWordWrap(True)
        self.revert_button = QPushButton(self.tr("Undo changes"))
        self.revert_button.clicked.connect(self.revert)
        self.save_button = QPushButton(self.tr("Save text"), objectName="primary")
        self.save_button.setShortcut(QKeySequence(QKeySequence.StandardKey.Save))
        self.save_button.clicked.connect(self.save)

        buttons = QHBoxLayout()
        buttons.addWidget(self.read_only_note, 1)
        buttons.addStretch(0)
        buttons.addWidget(self.revert_button)
        buttons.addWidget(self.save_button)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(8, 0, 0, 0)
        right_layout.addWidget(self.title)
        right_layout.addWidget(self.carried_note)
        right_layout.addWidget(self.editor, 1)
        right_layout.addWidget(self.hint)
        right_layout.addLayout(buttons)

        split = QSplitter()
        split.addWidget(self.section_list)
        split.addWidget(right)
        split.setStretchFactor(1, 1)
        split.setSizes([300, 700])
        split.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.addWidget(split)
        self.set_writable(False)
        self._update_buttons()

    def _build_carried_note(self) -> None:
        self.carried_note = QFrame(objectName="notice")
        self.carried_label = QLabel()
        self.carried_label.setWordWrap(True)
        self.carried_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.start_from_earlier_button = QPushButton(self.tr("Start from this text"))
        self.start_from_earlier_button.clicked.connect(self.start_from_earlier)
        self.start_empty_button = QPushButton(self.tr("Start with an empty text"))
        self.start_empty_button.setToolTip(
            self.tr("Without text, the report shows only the figures of this section.")
        )
        self.start_empty_button.clicked.connect(self.start_empty)
        buttons = QHBoxLayout()
        buttons.addWidget(self.start_from_earlier_button)
        buttons.addWidget(self.start_empty_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self.carried_note)
        layout.setContentsMargins(10, 8, 10, 8)
        layout.addWidget(self.carried_label)
        layout.addLayout(buttons)
        self.carried_note.hide()

    # -- state ---------------------------------------------------------------------------
    @property
    def current_key(self) -> str | None:
        return self._key

    def stored_text(self, key: str | None = None) -> str:
        return self._texts.get(key or self._key or "", "")

    @property
    def dirty(self) -> bool:
        if self._key is None:
            return False
        return self._started == self._key or self.editor.toPlainText() != self.stored_text()

    def stale(self, key: str | None = None) -> StaleSection | None:
        """Whether a section still carries another year's text or figures (as last loaded)."""
        return self._stale.get(key or self._key or "")

    def set_writable(self, writable: bool) -> None:
        self._writable = writable
        self.editor.setReadOnly(not writable)
        self.read_only_note.setVisible(not writable)
        self.hint.setVisible(writable)
        self.save_button.setVisible(writable)
        self.revert_button.setVisible(writable)
        self._update_note()

    def set_content(
        self,
        sections: Iterable[tuple[str, str]],
        texts: dict[str, str],
        *,
        keep_edits: bool,
        year: int | None = None,
        stale: Iterable[StaleSection] = (),
    ) -> None:
        """New sections and stored texts of `year`, and which of them still carry another
        year's text or figures; with `keep_edits`, unsaved typing survives a reload."""
        pending = self.editor.toPlainText() if keep_edits and self.dirty else None
        started = self._started if pending is not None else None
        wanted = self._key
        self._texts = dict(texts)
        self._year = year
        self._stale = {s.section: s for s in stale}
        sections = list(sections)
        self._titles = dict(sections)
        self._quiet = True
        try:
            self.sections.set_rows(
                SectionEntry(
                    key, title, bool(self._texts.get(key, "").strip()), self._stale.get(key)
                )
                for key, title in sections
            )
            row = self.sections.row_of(wanted) if wanted else -1
            if row < 0 and sections:
                row = 0
            self._key = None
            if row >= 0:
                self.section_list.setCurrentIndex(self.sections.index(row))
                self._show(self.sections.rows()[row].key)
            else:
                self._show(None)
            if pending is not None and self._key == wanted:
                self._set_editor_text(pending)
                self._started = started
        finally:
            self._quiet = False
        self._edited()

    def mark_saved(self, key: str, text: str) -> None:
        """The text is now the year's own (whether it still gives old figures, the owner's
        next `set_content` says)."""
        self._texts[key] = text
        self._stale.pop(key, None)
        if self._started == key:
            self._started = None
        row = self.sections.row_of(key)
        if row >= 0:
            rows = self.sections.rows()
            rows[row] = SectionEntry(key, rows[row].title, bool(text.strip()))
            self._quiet = True
            try:
                self.sections.set_rows(rows)
                if self._key is not None:
                    self.section_list.setCurrentIndex(
                        self.sections.index(self.sections.row_of(self._key))
                    )
            finally:
                self._quiet = False
        self._edited()

    def clear(self) -> None:
        self._quiet = True
        try:
            self._texts = {}
            self._titles = {}
            self._stale = {}
            self._year = None
            self._started = None
            self._key = None
            self.sections.set_rows([])
            self.sections.set_unsaved(None)
            self.editor.clear()
            self.title.clear()
        finally:
            self._quiet = False
        self._update_buttons()
        self._update_note()

    # -- leaving ----------------------------------------------------------------------------
    def confirm_leave(self) -> bool:
        """True when there is nothing unsaved, or the user agrees to drop the changes."""
        if not self.dirty:
            return True
        title = self._titles.get(self._key or "", "")
        leave = self._dialogs.question(
            self.tr(
                "The text of “{section}” has changes that are not saved. Leave it without saving?"
            ).format(section=title),
            title=self.tr("Unsaved text"),
            parent=self,
        )
        if leave:
            self.revert()
        return leave

    # -- actions ---------------------------------------------------------------------------
    def save(self) -> None:
        if self._key is None or not self._writable or not self.dirty:
            return
        self.save_requested.emit(self._key, self.editor.toPlainText())

    def revert(self) -> None:
        self._started = None
        self._quiet = True
        try:
            self._set_editor_text(self.stored_text())
        finally:
            self._quiet = False
        self._edited()

    def start_from_earlier(self) -> None:
        """Make the other year's text this year's draft: unsaved until Save."""
        self._start(self.stored_text())

    def start_empty(self) -> None:
        """Start this year's text from nothing: saved empty, the section shows its figures."""
        self._start("")

    def _start(self, text: str) -> None:
        if self._key is None or not self._writable:
            return
        self._started = self._key
        self._quiet = True
        try:
            self._set_editor_text(text)
        finally:
            self._quiet = False
        self._edited()
        self.editor.setFocus()

    def select(self, key: str) -> bool:
        """Choose a section as a click would (asks about unsaved changes)."""
        row = self.sections.row_of(key)
        if row < 0:
            return False
        self.section_list.setCurrentIndex(self.sections.index(row))
        return self._key == key

    # -- internals -------------------------------------------------------------------------
    def _set_editor_text(self, text: str) -> None:
        self.editor.setPlainText(text)
        spaced = QTextBlockFormat()
        spaced.setBottomMargin(6)
        cursor = QTextCursor(self.editor.document())
        cursor.select(QTextCursor.SelectionType.Document)
        cursor.mergeBlockFormat(spaced)
        self.editor.document().setModified(False)

    def _section_chosen(self, current: QModelIndex, previous: QModelIndex) -> None:
        if self._quiet or not current.isValid():
            return
        key = current.data(KEY_ROLE)
        if key == self._key:
            return
        if not self.confirm_leave():
            # Back to the section with the changes, once Qt has finished this selection.
            stay = self._key
            QTimer.singleShot(0, lambda: self._restore(stay))
            return
        self._show(key)

    def _restore(self, key: str | None) -> None:
        row = self.sections.row_of(key) if key else -1
        if row < 0:
            return
        self._quiet = True
        try:
            self.section_list.setCurrentIndex(self.sections.index(row))
        finally:
            self._quiet = False

    def _show(self, key: str | None) -> None:
        quiet, self._quiet = self._quiet, True
        try:
            self._key = key
            self._started = None
            self.title.setText(self._titles.get(key or "", ""))
            self._set_editor_text(self.stored_text(key) if key else "")
            self.editor.setEnabled(key is not None)
        finally:
            self._quiet = quiet
        self._edited()

    def _edited(self) -> None:
        if self._quiet:
            return
        self.sections.set_unsaved(self._key if self.dirty else None)
        self._update_buttons()
        self._update_note()

    def _update_buttons(self) -> None:
        dirty = self.dirty
        self.save_button.setEnabled(self._writable and dirty)
        self.revert_button.setEnabled(self._writable and dirty)

    def _update_note(self) -> None:
        """Above the text: whose year it is, while it is not yet this year's own."""
        stale = self.stale() if self._key is not None and not self.dirty else None
        self.carried_note.setVisible(stale is not None)
        if stale is None:
            return
        carried = stale.kind == "text"
        if carried:
            self.carried_label.setText(
                self.tr(
                    "Text of {earlier} — not yet adapted for {year}. Until it is, the report "
                    "of {year} shows it as it is."
                ).format(earlier=stale.year, year=self._year)
            )
            self.start_from_earlier_button.setToolTip(
                self.tr("Take this text as the start of {year}'s: change it, then save.").format(
                    year=self._year
                )
            )
        else:
            quoted = " ".join(f"“{sentence}”" for sentence in stale.sentences)
            self.carried_label.setText(
                self.tr("This text still gives figures of {earlier}: {sentences}").format(
                    earlier=stale.year, sentences=quoted
                )
            )
        self.start_from_earlier_button.setVisible(carried and self._writable)
        self.start_empty_button.setVisible(carried and self._writable)
