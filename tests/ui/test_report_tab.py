"""The Rapportage tab on the real demo file, driven like a team leader would."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from PySide6.QtWidgets import QProgressDialog, QPushButton

from tests.conftest import DEMO_PASSWORD, DEMO_TODAY
from tests.export.pdf_helpers import flat_text
from tests.ui.conftest import RecordingDialogs
from vwdesk.services.workspace import Workspace
from vwdesk.ui.context import UiContext
from vwdesk.ui.tabs.report.figure_models import FigureTableModel
from vwdesk.ui.tabs.report.report_view import ReportTab
from vwdesk.ui.worker import Worker

DISPLAY = 0  # Qt.ItemDataRole.DisplayRole


class SuggestingDialogs(RecordingDialogs):
    """Also records the file name the tab suggests."""

    def __init__(self) -> None:
        super().__init__()
        self.suggested: list[Path | None] = []

    def choose_save_file(self, *, title, name_filter, suggested=None, parent=None):
        self.suggested.append(suggested)
        return super().choose_save_file(
            title=title, name_filter=name_filter, suggested=suggested, parent=parent
        )


def settle(qtbot, ctx: UiContext) -> None:
    qtbot.waitUntil(lambda: not ctx.worker.busy, timeout=30_000)
    qtbot.wait(1)  # let a QTimer.singleShot(0) of the list run


@pytest.fixture
def signed_in(qtbot, preferences, demo_file):
    """`signed_in(username)` -> (ctx, tab) on a private copy of the demo file."""
    made: list[UiContext] = []

    def make(username: str = "teamleider") -> tuple[UiContext, ReportTab]:
        worker = Worker()
        ctx = UiContext(worker, SuggestingDialogs(), preferences)
        job = worker.run(lambda: Workspace.open(demo_file, username, DEMO_PASSWORD))
        qtbot.waitUntil(lambda: job.done, timeout=30_000)
        assert job.error is None, job.error
        tab = ReportTab(ctx)
        qtbot.addWidget(tab)
        tab.resize(1280, 800)
        tab.show()
        ctx.locked.connect(tab.clear)  # what the main window does
        ctx.set_workspace(job.result)
        made.append(ctx)
        tab.refresh()
        settle(qtbot, ctx)
        return ctx, tab

    yield make
    for ctx in made:
        ctx.close_workspace()
        ctx.worker.shutdown()


@pytest.fixture
def leader(signed_in):
    return signed_in("teamleider")


def cells(tab: ReportTab, key: str) -> list[str]:
    model = tab.figures
    row = model.row_of(key)
    assert row >= 0, key
    return [model.index(row, c).data(DISPLAY) for c in range(model.columnCount())]


def show_year(qtbot, ctx, tab: ReportTab, year: int) -> None:
    tab.choose_year(year)
    settle(qtbot, ctx)
    assert tab.data is not None and tab.data.year == year


def type_prose(tab: ReportTab, key: str, text: str) -> None:
    tab.pages.setCurrentWidget(tab.prose)
    assert tab.prose.select(key)
    tab.prose.editor.setPlainText(text)


def save_prose(qtbot, ctx, tab: ReportTab) -> None:
    assert tab.prose.save_button.isEnabled()
    qtbot.mouseClick(tab.prose.save_button, _left())
    settle(qtbot, ctx)
    assert not tab.prose.dirty


def _left():
    from PySide6.QtCore import Qt

    return Qt.MouseButton.LeftButton


def test_the_default_year_is_the_last_whole_year_and_2017_shows_106_beside_2016(qtbot, leader):
    ctx, tab = leader
    listed = [tab.year_box.itemText(i) for i in range(tab.year_box.count())]
    # The history, and the present the demo was built around (the years between are empty).
    assert listed == [str(DEMO_TODAY.year), "2018", "2017", "2016", "2015"]
    # The last whole year: 2018, also once the present's year has ended (it follows an
    # empty year, so the file holds only its last months).
    assert tab.data.year == 2018
    assert tab.year_box.currentText() == "2018"
    show_year(qtbot, ctx, tab, 2017)
    assert cells(tab, "housed.total") == ["Statushouders gehuisvest", "106", "130", "−24"]
    header = [
        tab.figures.headerData(c, _horizontal(), DISPLAY) for c in range(tab.figures.columnCount())
    ]
    assert header == ["Cijfer", "2017", "2016", "Verschil"]
    assert cells(tab, "housed.by_nationality/SY")[1:] == ["69", "89", "−20"]
    assert cells(tab, "projects.VIP.participants")[0].strip() == "Deelnemers"
    assert "2016" in tab.figures_caption.text()
    # The preview is the report: title, figures and the demo's prose for 2017.
    preview = tab.preview.toPlainText()
    assert "Lansingerland: 2017 in vogelvlucht" in preview
    assert "106 statushouders gehuisvest" in preview
    assert "Ontmoet!" in preview


def _horizontal():
    from PySide6.QtCore import Qt

    return Qt.Orientation.Horizontal


def test_prose_is_kept_per_year_and_next_year_starts_from_it(qtbot, leader):
    ctx, tab = leader
    show_year(qtbot, ctx, tab, 2017)
    text = "In 2017 vierden we ons tienjarig bestaan.\n- met een feest;\n- en taart."
    type_prose(tab, "pvt", text)
    assert tab.prose.sections.index(tab.prose.sections.row_of("pvt")).data(DISPLAY).endswith(" *")
    save_prose(qtbot, ctx, tab)
    assert tab.status.text() == "De tekst is opgeslagen."
    assert "In 2017 vierden we ons tienjarig bestaan." in tab.preview.toPlainText()

    show_year(qtbot, ctx, tab, 2016)
    assert tab.prose.current_key == "pvt"
    assert tab.prose.editor.toPlainText() != text
    show_year(qtbot, ctx, tab, 2017)
    assert tab.prose.editor.toPlainText() == text

    # 2018 has no text of its own yet: it starts from 2017's.
    show_year(qtbot, ctx, tab, 2018)
    assert tab.prose.current_key == "pvt"
    assert tab.prose.editor.toPlainText() == text
    tab.prose.editor.setPlainText("In 2018 ging het verder.")
    save_prose(qtbot, ctx, tab)
    show_year(qtbot, ctx, tab, 2017)
    assert tab.prose.editor.toPlainText() == text


def test_unsaved_prose_is_asked_about_before_leaving(qtbot, leader):
    ctx, tab = leader
    dialogs = ctx.dialogs
    show_year(qtbot, ctx, tab, 2017)
    type_prose(tab, "debt", "Nog niet opgeslagen.")

    dialogs.answers = [False]  # "leave without saving?" No: stay on the text
    tab.prose.section_list.setCurrentIndex(tab.prose.sections.index(0))
    settle(qtbot, ctx)
    assert dialogs.shown[-1][0] == "question"
    assert "Voorkomen van schulden" in dialogs.shown[-1][1]
    assert tab.prose.current_key == "debt"
    assert tab.prose.section_list.currentIndex().row() == tab.prose.sections.row_of("debt")
    assert tab.prose.editor.toPlainText() == "Nog niet opgeslagen."

    dialogs.answers = [False]  # another year: No keeps the year and the text
    tab.choose_year(2016)
    settle(qtbot, ctx)
    assert tab.data.year == 2017 and tab.year_box.currentText() == "2017"
    assert tab.prose.editor.toPlainText() == "Nog niet opgeslagen."

    dialogs.answers = [True]  # Yes: the changes go, the other section opens
    assert tab.prose.select("housing")
    assert tab.prose.editor.toPlainText() == tab.prose.stored_text("housing")
    assert not tab.prose.dirty
    assert tab.prose.stored_text("debt") != "Nog niet opgeslagen."


def test_exporting_the_pdf_holds_the_new_prose_and_the_figures(qtbot, leader, tmp_path: Path):
    ctx, tab = leader
    dialogs = ctx.dialogs
    show_year(qtbot, ctx, tab, 2017)
    type_prose(tab, "team", "Ons team kreeg er in december drie taalcoaches bij.")
    save_prose(qtbot, ctx, tab)

    target = tmp_path / "verslag"  # without .pdf: the tab adds it
    dialogs.files = [target]
    dialogs.answers = [True]  # open it
    assert tab.pdf_button.isVisible() and tab.json_button.isVisible()
    qtbot.mouseClick(tab.pdf_button, _left())
    job = tab.exporter.job
    qtbot.waitUntil(lambda: job.done, timeout=60_000)
    settle(qtbot, ctx)

    written = tmp_path / "verslag.pdf"
    assert dialogs.suggested[-1].name == "Lansingerland-2017-in-vogelvlucht.pdf"
    assert written.is_file()
    text = flat_text(written)
    assert "Ons team kreeg er in december drie taalcoaches bij." in text
    assert "106 statushouders gehuisvest" in text
    question = [t for kind, t in dialogs.shown if kind == "question"][-1]
    assert "verslag.pdf" in question
    assert dialogs.shown[-1] == ("opened", str(written))
    assert str(written) in tab.status.text()


def test_cancelling_an_export_leaves_no_file(qtbot, leader, tmp_path: Path):
    ctx, tab = leader
    dialogs = ctx.dialogs
    show_year(qtbot, ctx, tab, 2017)
    # Hold the worker, so the export is still queued when Cancel is pressed.
    gate = threading.Event()
    ctx.worker.run(lambda: gate.wait(30))
    folder = tmp_path / "export"
    folder.mkdir()
    dialogs.files = [folder / "verslag.pdf"]
    qtbot.mouseClick(tab.pdf_button, _left())
    job = tab.exporter.job
    progress = tab.findChild(QProgressDialog)
    assert progress is not None
    progress.findChild(QPushButton).click()  # its Cancel button
    gate.set()
    qtbot.waitUntil(lambda: job.done, timeout=60_000)
    settle(qtbot, ctx)

    assert list(folder.iterdir()) == []  # no PDF, no half-written part file
    assert not [kind for kind, _ in dialogs.shown if kind in ("question", "error", "opened")]
    assert tab.status.text() == ""


def test_exporting_the_figures_as_json(qtbot, leader, tmp_path: Path):
    import json

    ctx, tab = leader
    show_year(qtbot, ctx, tab, 2017)
    ctx.dialogs.files = [tmp_path / "cijfers.json"]
    qtbot.mouseClick(tab.json_button, _left())
    job = tab.exporter.job
    qtbot.waitUntil(lambda: job.done, timeout=30_000)
    settle(qtbot, ctx)
    assert ctx.dialogs.suggested[-1].name == "Lansingerland-2017-cijfers.json"
    data = json.loads((tmp_path / "cijfers.json").read_text(encoding="utf-8"))
    assert data["housed"]["total"] == 106
    assert data["projects"]["VIP"]["coaches"] == 5


def test_the_report_in_english_has_its_own_prose(qtbot, leader, tmp_path: Path):
    ctx, tab = leader
    show_year(qtbot, ctx, tab, 2017)
    tab.choose_language("en")
    settle(qtbot, ctx)
    assert tab.data.lang == "en"
    assert "Lansingerland: 2017 at a glance" in tab.preview.toPlainText()
    titles = [entry.title for entry in tab.prose.sections.rows()]
    assert "Housing" in titles and "Our team in Lansingerland" in titles
    type_prose(tab, "housing", "Together with the municipality.")
    save_prose(qtbot, ctx, tab)
    assert "Together with the municipality." in tab.preview.toPlainText()
    tab.choose_language("nl")
    settle(qtbot, ctx)
    assert tab.prose.current_key == "housing"
    assert tab.prose.editor.toPlainText() == ""  # the Dutch report has no housing prose

    ctx.dialogs.files = [tmp_path / "report.pdf"]
    tab.choose_language("en")
    settle(qtbot, ctx)
    qtbot.mouseClick(tab.pdf_button, _left())
    job = tab.exporter.job
    qtbot.waitUntil(lambda: job.done, timeout=60_000)
    assert ctx.dialogs.suggested[-1].name == "Lansingerland-2017-at-a-glance.pdf"
    assert "Together with the municipality." in flat_text(tmp_path / "report.pdf")


def test_a_volunteer_sees_the_figures_but_no_export_buttons(qtbot, signed_in):
    ctx, tab = signed_in("vrijwilliger")
    assert not tab.pdf_button.isVisible()
    assert not tab.json_button.isVisible()
    assert tab.export_note.isVisible()
    assert tab.export_note.text().startswith("Alleen een teamleider kan het jaarverslag exporteren")
    show_year(qtbot, ctx, tab, 2017)
    assert cells(tab, "housed.total")[1] == "106"
    tab.pages.setCurrentWidget(tab.prose)
    assert tab.prose.editor.isReadOnly()
    assert not tab.prose.save_button.isVisible()
    assert tab.prose.read_only_note.isVisible()


def test_locking_clears_the_tab(qtbot, leader):
    ctx, tab = leader
    show_year(qtbot, ctx, tab, 2017)
    type_prose(tab, "team", "Vertrouwelijk concept.")
    ctx.close_workspace()
    settle(qtbot, ctx)
    assert tab.data is None
    assert tab.figures.rowCount() == 0
    assert tab.prose.sections.rowCount() == 0
    assert tab.prose.editor.toPlainText() == ""
    assert tab.preview.toPlainText() == ""
    assert tab.year_box.count() == 0


def test_the_main_window_shows_the_report_tab(qtbot, make_gui, demo_file):
    from tests.ui.conftest import sign_in

    gui = make_gui(demo_file)
    sign_in(qtbot, gui, "teamleider", DEMO_PASSWORD)
    page = gui.window.show_tab("rapportage")
    assert isinstance(page, ReportTab)
    qtbot.waitUntil(lambda: page.data is not None, timeout=30_000)
    assert page.figures.rowCount() > 40
    assert isinstance(page.figures, FigureTableModel)


def _row_text(tab: ReportTab, key: str, role: int = DISPLAY) -> str:
    return tab.prose.sections.index(tab.prose.sections.row_of(key)).data(role)


def test_a_section_with_another_years_text_is_marked_and_can_be_started_over(qtbot, leader):
    ctx, tab = leader
    assert tab.data.year == 2018  # the demo wrote its text for 2017 only
    prose = tab.prose
    tab.pages.setCurrentWidget(prose)
    assert prose.select("consultation")
    earlier = prose.editor.toPlainText()
    assert "In de loop van 2017 zijn er verschillende spreekuren gehouden." in earlier
    assert prose.carried_note.isVisible()
    assert prose.carried_label.text().startswith("Tekst van 2017 — nog niet aangepast voor 2018.")
    assert _row_text(tab, "consultation") == "Spreekuur/infopunt — tekst van 2017"
    assert _row_text(tab, "consultation", 3) == "Tekst van 2017, nog niet aangepast voor dit jaar"
    assert not prose.dirty and not prose.save_button.isEnabled()

    # One click starts 2018's text from 2017's: nothing is stored until it is saved.
    qtbot.mouseClick(prose.start_from_earlier_button, _left())
    assert prose.editor.toPlainText() == earlier
    assert prose.dirty and prose.save_button.isEnabled()
    assert not prose.carried_note.isVisible()
    prose.editor.setPlainText(earlier.replace("In de loop van 2017", "In de loop van 2018"))
    save_prose(qtbot, ctx, tab)
    assert not prose.carried_note.isVisible()
    assert _row_text(tab, "consultation") == "Spreekuur/infopunt"
    assert "In de loop van 2018 zijn er" in tab.preview.toPlainText()

    # ... or from the default: no text, so the report shows only the section's figures.
    assert prose.select("legal")
    assert prose.carried_note.isVisible()
    qtbot.mouseClick(prose.start_empty_button, _left())
    assert prose.editor.toPlainText() == "" and prose.dirty
    save_prose(qtbot, ctx, tab)
    assert not prose.carried_note.isVisible()
    assert "Onze juridische begeleiding" not in tab.preview.toPlainText()

    # Undo brings the mark back; a section without any text has none; 2017's own is 2017's.
    assert prose.select("team")
    qtbot.mouseClick(prose.start_empty_button, _left())
    qtbot.mouseClick(prose.revert_button, _left())
    assert prose.carried_note.isVisible() and not prose.dirty
    assert prose.select("housing")
    assert not prose.carried_note.isVisible()
    show_year(qtbot, ctx, tab, 2017)
    assert prose.select("team")
    assert not prose.carried_note.isVisible()
    assert _row_text(tab, "team") == "Ons team in Lansingerland"


def test_a_volunteer_sees_the_mark_without_the_buttons(qtbot, signed_in):
    _ctx, tab = signed_in("vrijwilliger")
    tab.pages.setCurrentWidget(tab.prose)
    assert tab.prose.select("team")
    assert tab.prose.carried_note.isVisible()
    assert not tab.prose.start_from_earlier_button.isVisible()
    assert not tab.prose.start_empty_button.isVisible()


def test_exporting_with_another_years_text_asks_first(qtbot, leader, tmp_path: Path):
    ctx, tab = leader
    dialogs = ctx.dialogs
    assert tab.data.year == 2018
    target = tmp_path / "jaarverslag.pdf"

    dialogs.files = [target]
    dialogs.answers = [False]  # "Toch exporteren?" No: nothing is chosen or written
    qtbot.mouseClick(tab.pdf_button, _left())
    settle(qtbot, ctx)
    kind, asked = dialogs.shown[-1]
    assert kind == "question"
    assert asked.startswith("11 onderdelen hebben nog de tekst van 2017.")
    assert asked.endswith("Toch exporteren?")
    assert tab.exporter.job is None and not target.exists()
    assert dialogs.files == [target]  # no file was asked for

    # Social guidance starts from 2017's text and keeps "In 2017 zijn 60 statushouders ...".
    tab.pages.setCurrentWidget(tab.prose)
    assert tab.prose.select("social_guidance")
    qtbot.mouseClick(tab.prose.start_from_earlier_button, _left())
    save_prose(qtbot, ctx, tab)
    assert tab.prose.carried_note.isVisible()  # now: figures of 2017 in 2018's own text
    assert "In 2017 zijn 60 statushouders gestart met dit traject." in (
        tab.prose.carried_label.text()
    )

    dialogs.answers = [True, False]  # export anyway; do not open it
    qtbot.mouseClick(tab.pdf_button, _left())
    asked = [t for kind, t in dialogs.shown if kind == "question"][-1]
    assert asked.startswith(
        "10 onderdelen hebben nog de tekst van 2017. "
        "1 onderdeel noemt in de tekst nog cijfers van 2017."
    )
    job = tab.exporter.job
    qtbot.waitUntil(lambda: job.done, timeout=60_000)
    settle(qtbot, ctx)
    assert target.is_file()
    assert "In 2017 zijn 60 statushouders gestart met dit traject." in flat_text(target)


def test_a_year_with_its_own_texts_exports_without_that_question(qtbot, leader, tmp_path):
    ctx, tab = leader
    show_year(qtbot, ctx, tab, 2017)
    ctx.dialogs.files = [tmp_path / "r.pdf"]
    qtbot.mouseClick(tab.pdf_button, _left())
    assert ctx.dialogs.shown[0][0] == "save_file"  # the first thing asked
    job = tab.exporter.job
    qtbot.waitUntil(lambda: job.done, timeout=60_000)
    settle(qtbot, ctx)
    assert (tmp_path / "r.pdf").is_file()


def test_unsaved_prose_and_another_years_text_are_one_question(qtbot, leader, tmp_path: Path):
    ctx, tab = leader
    dialogs = ctx.dialogs
    assert tab.data.year == 2018
    type_prose(tab, "debt", "Nog niet opgeslagen.")
    assert tab.has_unsaved()
    target = tmp_path / "jaarverslag.pdf"

    dialogs.files = [target]
    dialogs.answers = [False, False]  # a second question would be answered too: No
    qtbot.mouseClick(tab.pdf_button, _left())
    settle(qtbot, ctx)
    questions = [text for kind, text in dialogs.shown if kind == "question"]
    assert len(questions) == 1, questions
    assert questions[0].startswith(
        "Je tekst is nog niet opgeslagen, en 11 onderdelen hebben nog de tekst van 2017."
    )
    assert questions[0].endswith("Toch exporteren?")
    assert tab.exporter.job is None and not target.exists()
    assert dialogs.files == [target]  # No: no file was asked for
    assert tab.prose.editor.toPlainText() == "Nog niet opgeslagen."  # the text stays
    assert tab.has_unsaved()

    dialogs.shown.clear()
    dialogs.answers = [True, False]  # export anyway; do not open it
    qtbot.mouseClick(tab.pdf_button, _left())
    assert [kind for kind, _text in dialogs.shown] == ["question", "save_file"]
    job = tab.exporter.job
    qtbot.waitUntil(lambda: job.done, timeout=60_000)
    settle(qtbot, ctx)
    assert target.is_file()
    assert tab.prose.editor.toPlainText() == "Nog niet opgeslagen."


def test_has_unsaved_follows_the_prose_editor(qtbot, leader):
    ctx, tab = leader
    show_year(qtbot, ctx, tab, 2017)
    assert not tab.has_unsaved()
    type_prose(tab, "team", "Ons team kreeg er drie taalcoaches bij.")
    assert tab.has_unsaved()
    save_prose(qtbot, ctx, tab)
    assert not tab.has_unsaved()
