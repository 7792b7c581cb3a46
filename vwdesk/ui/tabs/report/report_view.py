"""The Rapportage tab: the year's figures beside last year's, the prose per section, a preview,
and the PDF and JSON exports.

The tab lays out and forwards: one `load_report_data` call on the worker
fills the figures table, the section list and the preview; saving prose and
exporting are service calls too. Who may do what mirrors the services:
team leaders export, team leaders and junior team leaders write the prose,
everyone signed in reads the figures (they are totals, never a person).
"""

from __future__ import annotations

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QTabWidget,
    QTextBrowser,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from vwdesk.domain.enums import Role
from vwdesk.domain.permissions import Permission
from vwdesk.ui import icons
from vwdesk.ui.context import UiContext
from vwdesk.ui.tabs.base import TabPage
from vwdesk.ui.tabs.report.figure_models import FigureTableModel
from vwdesk.ui.tabs.report.figure_rows import figure_rows
from vwdesk.ui.tabs.report.preview import model_to_html
from vwdesk.ui.tabs.report.prose_editor import ProseEditor
from vwdesk.ui.tabs.report.report_data import ReportTabData, load_report_data
from vwdesk.ui.tabs.report.report_exporter import ReportExporter

# Mirrors vwdesk/services/report.py: who writes the prose.
WRITERS = frozenset({Role.TEAM_LEADER, Role.JUNIOR_TEAM_LEADER})
PREVIEW_WIDTH = 860


class ReportTab(TabPage):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.data: ReportTabData | None = None
        self._year: int | None = None  # the year asked for; None: the default year
        self._lang = "nl"

        title = QLabel(self.tr("Reports"), objectName="pageTitle")
        self.year_box = QComboBox()
        self.year_box.setMinimumWidth(90)
        self.year_box.activated.connect(self._year_chosen)
        self.lang_box = QComboBox()
        self.lang_box.addItem(self.tr("Dutch"), "nl")
        self.lang_box.addItem(self.tr("English"), "en")
        self.lang_box.activated.connect(self._lang_chosen)
        self.json_button = QPushButton(self.tr("Export figures (JSON)…"))
        self.json_button.clicked.connect(self.export_json)
        self.pdf_button = QPushButton(
            icons.icon("chart-column", colour="#ffffff"),
            self.tr("Export annual report (PDF)…"),
            objectName="primary",
        )
        self.pdf_button.clicked.connect(self.export_pdf)
        top = QHBoxLayout()
        top.addWidget(title)
        top.addStretch(1)
        top.addWidget(self.json_button)
        top.addWidget(self.pdf_button)
        # The year and language on a row of their own, as the other tabs' filters are:
        # beside the title and both export buttons they would not fit a laptop screen.
        choices = QHBoxLayout()
        choices.addWidget(QLabel(self.tr("Year")))
        choices.addWidget(self.year_box)
        choices.addSpacing(12)
        choices.addWidget(QLabel(self.tr("Language of the report")))
        choices.addWidget(self.lang_box)
        choices.addStretch(1)

        self.export_note = QLabel(
            self.tr(
                "Only a team leader can export the annual report: it goes to the municipality "
                "on behalf of the team."
            ),
            objectName="muted",
        )
        self.export_note.setWordWrap(True)
        self.export_note.hide()
        self.status = QLabel(objectName="muted")
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        # -- figures -------------------------------------------------------------------
        self.figures = FigureTableModel(self)
        self.figure_view = QTableView()
        self.figure_view.setModel(self.figures)
        self.figure_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.figure_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.figure_view.setTabKeyNavigation(False)  # Tab moves on; arrow keys walk the rows
        self.figure_view.setAlternatingRowColors(False)
        self.figure_view.setShowGrid(False)
        self.figure_view.verticalHeader().hide()
        self.figure_view.verticalHeader().setDefaultSectionSize(24)
        header = self.figure_view.horizontalHeader()
        header.setSectionResizeMode(FigureTableModel.LABEL, QHeaderView.ResizeMode.Stretch)
        for column in (
            FigureTableModel.CURRENT,
            FigureTableModel.PREVIOUS,
            FigureTableModel.DIFFERENCE,
        ):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Fixed)
            header.resizeSection(column, 110)
        self.figures_caption = QLabel(objectName="muted")
        self.figures_caption.setWordWrap(True)
        figures_page = QWidget()
        figures_layout = QVBoxLayout(figures_page)
        figures_layout.addWidget(self.figures_caption)
        figures_layout.addWidget(self.figure_view, 1)

        # -- prose and preview -----------------------------------------------------------
        self.prose = ProseEditor(ctx.dialogs)
        self.prose.save_requested.connect(self.save_text)
        self.preview = QTextBrowser()
        self.preview.setOpenLinks(False)
        self.preview.document().setDocumentMargin(18)
        # About a page's width: long lines across a wide screen are hard to read.
        self.preview.setLineWrapMode(QTextEdit.LineWrapMode.FixedPixelWidth)
        self.preview.setLineWrapColumnOrWidth(PREVIEW_WIDTH)

        self.pages = QTabWidget()
        self.pages.setDocumentMode(True)
        self.pages.addTab(figures_page, self.tr("Figures"))
        self.pages.addTab(self.prose, self.tr("Text per section"))
        self.pages.addTab(self.preview, self.tr("Preview"))

        self.exporter = ReportExporter(ctx, self)
        self.exporter.finished.connect(self._exported)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.addLayout(top)
        layout.addLayout(choices)
        layout.addWidget(self.export_note)
        layout.addWidget(self.pages, 1)
        layout.addWidget(self.status)

    # -- loading ---------------------------------------------------------------------------
    def refresh(self) -> None:
        user = self.ctx.user
        exports = bool(user and user.can(Permission.EXPORT_REPORT))
        self.pdf_button.setVisible(exports)
        self.json_button.setVisible(exports)
        self.export_note.setVisible(user is not None and not exports)
        self.prose.set_writable(bool(user and user.role in WRITERS))
        self.load()

    def load(self) -> None:
        if self.ctx.workspace is None:
            return
        year, lang = self._year, self._lang
        self.ctx.run(
            lambda ws: load_report_data(ws, year, lang), on_success=self._loaded, owner=self
        )

    def _loaded(self, data: ReportTabData) -> None:
        same = self.data is not None and (self.data.year, self.data.lang) == (data.year, data.lang)
        self.data = data
        self._year = data.year
        self.year_box.blockSignals(True)
        self.year_box.clear()
        for year in sorted(data.years, reverse=True):
            self.year_box.addItem(str(year), year)
        self.year_box.setCurrentIndex(self.year_box.findData(data.year))
        self.year_box.blockSignals(False)
        self.lang_box.setCurrentIndex(self.lang_box.findData(data.lang))

        self.figures.set_rows(figure_rows(data.figures, data.previous, _ui_lang()), data.year)
        if data.previous is None:
            caption = self.tr(
                "The figures of {year}. There is no data for {previous}, so there is nothing "
                "to compare with."
            )
        else:
            caption = self.tr(
                "The figures of {year} beside those of {previous}, counted from what the team "
                "recorded. Only the text of the report is typed in."
            )
        self.figures_caption.setText(caption.format(year=data.year, previous=data.year - 1))
        self.prose.set_content(
            data.sections, data.texts, keep_edits=same, year=data.year, stale=data.stale
        )
        scroll = self.preview.verticalScrollBar().value()
        self.preview.setHtml(model_to_html(data.model) if data.model is not None else "")
        self.preview.verticalScrollBar().setValue(scroll if same else 0)

    def clear(self) -> None:
        self.exporter.cancel()
        self.data = None
        self._year = None
        self.figures.set_rows([])
        self.figures_caption.clear()
        self.prose.clear()
        self.preview.clear()
        self.year_box.clear()
        self.status.clear()

    # -- choosing --------------------------------------------------------------------------
    def choose_year(self, year: int) -> None:
        """Show another year, as choosing it in the box does."""
        index = self.year_box.findData(year)
        if index >= 0:
            self.year_box.setCurrentIndex(index)
            self._year_chosen(index)

    def _year_chosen(self, index: int) -> None:
        year = self.year_box.itemData(index)
        if year is None or self.data is None or year == self.data.year:
            return
        if not self.prose.confirm_leave():
            self.year_box.setCurrentIndex(self.year_box.findData(self.data.year))
            return
        self._year = year
        self.load()

    def choose_language(self, lang: str) -> None:
        """Show the report in another language, as choosing it in the box does."""
        index = self.lang_box.findData(lang)
        if index >= 0:
            self.lang_box.setCurrentIndex(index)
            self._lang_chosen(index)

    def _lang_chosen(self, index: int) -> None:
        lang = self.lang_box.itemData(index)
        if self.data is None or lang == self.data.lang:
            return
        if not self.prose.confirm_leave():
            self.lang_box.setCurrentIndex(self.lang_box.findData(self.data.lang))
            return
        self._lang = lang
        self.load()

    # -- writing ---------------------------------------------------------------------------
    def save_text(self, key: str, text: str) -> None:
        if self.data is None:
            return
        year, lang = self.data.year, self.data.lang

        def saved(_result: object) -> None:
            self.prose.mark_saved(key, text)
            self.status.setText(self.tr("The text has been saved."))
            self.load()  # the preview shows the new text

        self.ctx.run(
            lambda ws: ws.report.set_text(year, key, lang, text), on_success=saved, owner=self
        )

    # -- exporting -------------------------------------------------------------------------
    def has_unsaved(self) -> bool:
        """The prose editor holds text that is not saved (quitting would lose it)."""
        return self.prose.dirty

    def _export_allowed(self) -> bool:
        """The JSON export holds no prose: only unsaved text is asked about."""
        if self.data is None:
            return False
        if not self.prose.dirty:
            return True
        return self.ctx.dialogs.question(self._unsaved_sentence(), parent=self)

    def _unsaved_sentence(self) -> str:
        return self.tr(
            "The text you are editing is not saved, so the export will not contain it. "
            "Export anyway?"
        )

    def _pdf_allowed(self) -> bool:
        """One question for all that is amiss: unsaved text, and sections still carrying
        another year's text or figures (with how many)."""
        if self.data is None:
            return False
        unsaved = self.prose.dirty
        texts = [s for s in self.data.stale if s.kind == "text"]
        figures = [s for s in self.data.stale if s.kind == "figures"]
        if not texts and not figures:
            return not unsaved or self.ctx.dialogs.question(self._unsaved_sentence(), parent=self)
        parts = []
        if texts:
            if unsaved:
                text = self.tr(
                    "Your text is not saved yet, and %n section(s) still have the text of {year}.",
                    "",
                    len(texts),
                )
            else:
                text = self.tr("%n section(s) still have the text of {year}.", "", len(texts))
            parts.append(text.format(year=self._years(texts)))
        if figures:
            if unsaved and not texts:
                text = self.tr(
                    "Your text is not saved yet, and %n section(s) still mention figures of "
                    "{year} in the text.",
                    "",
                    len(figures),
                )
            else:
                text = self.tr(
                    "%n section(s) still mention figures of {year} in the text.", "", len(figures)
                )
            parts.append(text.format(year=self._years(figures)))
        parts.append(
            self.tr("See the marks under “{page}”.").format(
                page=self.pages.tabText(self.pages.indexOf(self.prose))
            )
        )
        parts.append(self.tr("Export anyway?"))
        return self.ctx.dialogs.question(
            " ".join(parts),
            title=self.tr("Annual report {year}").format(year=self.data.year),
            parent=self,
        )

    def _years(self, stale) -> str:
        years = [str(y) for y in sorted({s.year for s in stale})]
        if len(years) == 1:
            return years[0]
        return self.tr("{first} and {last}").format(first=", ".join(years[:-1]), last=years[-1])

    def export_pdf(self) -> None:
        if self._pdf_allowed():
            assert self.data is not None
            self.exporter.export_pdf(self.data.year, self.data.lang, self.data.municipality)

    def export_json(self) -> None:
        if self._export_allowed():
            assert self.data is not None
            self.exporter.export_json(self.data.year, self.data.municipality)

    def _exported(self, path: str) -> None:
        if path:
            self.status.setText(self.tr("Saved: {path}").format(path=path))


def _ui_lang() -> str:
    """Country names in the interface's language (Dutch unless English was chosen)."""
    return "nl" if QLocale().language() == QLocale.Language.Dutch else "en"
