"""The Rapportage tab's table and list models, without a widget or a file.

Hand-made figures (the seed report's 2017 and an invented 2016); the labels
are the Dutch catalogue's, so a missing translation or a raw key shows here.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

from PySide6.QtCore import Qt

from tests.export.figures_2017 import FIGURES_2017
from vwdesk.domain.figures import Housed, Sessions, Target, YearFigures
from vwdesk.export.report_model import ReportSettings, build_report_model
from vwdesk.ui.tabs.report.figure_models import KEY_ROLE, VALUE_ROLE, FigureTableModel, signed
from vwdesk.ui.tabs.report.figure_rows import RowKind, covered_keys, figure_rows
from vwdesk.ui.tabs.report.preview import model_to_html
from vwdesk.ui.tabs.report.report_data import suggested_name
from vwdesk.ui.tabs.report.section_models import SectionEntry, SectionListModel

FIGURES_2016 = replace(
    FIGURES_2017,
    year=2016,
    housed=Housed(total=130, adults=89, children=41, by_nationality={"SY": 89, "ER": 21, "DE": 2}),
    target=Target(backlog_start=19, target=155, backlog_end=44),
    sessions=Sessions(avg_contacts_by_location={"Kantoor Westersingel": 11}),
    projects={},
)
DISPLAY = Qt.ItemDataRole.DisplayRole


def table(current=FIGURES_2017, previous=FIGURES_2016) -> FigureTableModel:
    model = FigureTableModel()
    model.set_rows(figure_rows(current, previous, "nl"), current.year)
    return model


def cells(model: FigureTableModel, key: str) -> list[str]:
    row = model.row_of(key)
    assert row >= 0, key
    return [model.index(row, c).data(DISPLAY) for c in range(model.columnCount())]


def test_housed_2017_beside_2016_and_the_difference():
    model = table()
    assert [model.headerData(c, Qt.Orientation.Horizontal, DISPLAY) for c in range(4)] == [
        "Cijfer",
        "2017",
        "2016",
        "Verschil",
    ]
    assert cells(model, "housed.total") == ["Statushouders gehuisvest", "106", "130", "−24"]
    assert cells(model, "target.backlog_start") == ["Achterstand op 1 januari", "44", "19", "+25"]
    assert cells(model, "contacts.legal")[3] == "0"
    row = model.row_of("housed.total")
    assert model.index(row, FigureTableModel.DIFFERENCE).data(VALUE_ROLE) == -24
    assert model.index(row, 0).data(KEY_ROLE) == "housed.total"


def test_every_figure_of_the_year_has_a_row_and_no_raw_key_is_shown():
    model = table()
    flat = set(FIGURES_2017.flat())
    assert flat <= covered_keys(model.rows())
    labels = [model.index(r, 0).data(DISPLAY).strip() for r in range(model.rowCount())]
    assert all(labels), "every row has a label"
    keys = {r.key for r in model.rows()} | flat
    shown_keys = [label for label in labels if label in keys or re.fullmatch(r"[a-z_.]+", label)]
    assert shown_keys == []
    headings = [r.label for r in model.rows() if r.kind is RowKind.HEADING]
    assert headings[:3] == ["Huisvesting", "Taakstelling", "Spreekuren en infopunt"]
    assert "Team" in headings


def test_nationalities_are_sub_rows_with_dutch_country_names():
    model = table()
    assert cells(model, "housed.by_nationality")[1:] == ["", "", ""]
    assert cells(model, "housed.by_nationality/SY") == ["      Syrië", "69", "89", "−20"]
    assert cells(model, "housed.by_nationality/ER")[0].strip() == "Eritrea"
    # Only in 2016: zero this year; the largest group comes first.
    assert cells(model, "housed.by_nationality/DE")[1:] == ["0", "2", "−2"]
    order = [r.key for r in model.rows() if r.key.startswith("housed.by_nationality/")]
    assert order[0] == "housed.by_nationality/SY"


def test_an_average_of_a_location_without_hours_is_not_zero():
    model = table()
    assert cells(model, "sessions.avg_contacts_by_location/De Hergerborch")[1:] == [
        "8",
        "—",
        "—",
    ]
    assert cells(model, "sessions.avg_contacts_by_location/Kantoor Westersingel")[1:] == [
        "—",
        "11",
        "—",
    ]


def test_projects_are_grouped_with_dutch_role_labels():
    model = table()
    assert cells(model, "projects.VIP")[0] == "VIP"
    assert cells(model, "projects.VIP.participants") == ["      Deelnemers", "11", "0", "+11"]
    assert cells(model, "projects.VIP.coaches")[0].strip() == "Coaches"
    no_projects = table(replace(FIGURES_2017, projects={}), FIGURES_2016)
    assert "projects" not in {r.key for r in no_projects.rows()}


def test_without_a_previous_year_the_columns_say_so():
    model = table(FIGURES_2017, None)
    assert cells(model, "housed.total")[1:] == ["106", "—", "—"]
    no_target = table(replace(FIGURES_2017, target=Target()), FIGURES_2016)
    assert cells(no_target, "target.target")[1:] == ["—", "155", "—"]


def test_signed_differences():
    assert [signed(n) for n in (3, 0, -4, None)] == ["+3", "0", "−4", "—"]


def test_an_empty_year_still_lists_every_figure():
    model = table(YearFigures(year=2020), YearFigures(year=2019))
    assert cells(model, "housed.total")[1:] == ["0", "0", "0"]
    assert set(YearFigures(year=2020).flat()) <= covered_keys(model.rows())


def test_the_section_list_marks_unsaved_and_empty_sections():
    model = SectionListModel()
    model.set_rows(
        [SectionEntry("housing", "Huisvesting", True), SectionEntry("debt", "Schulden", False)]
    )
    assert model.index(1).data(Qt.ItemDataRole.ToolTipRole) == "Nog geen tekst"
    model.set_unsaved("housing")
    assert model.index(0).data(DISPLAY) == "Huisvesting *"
    assert model.index(0).data(Qt.ItemDataRole.ToolTipRole) == "Wijzigingen nog niet opgeslagen"
    model.set_unsaved(None)
    assert model.index(0).data(DISPLAY) == "Huisvesting"


def test_suggested_file_names():
    assert suggested_name("Lansingerland", 2017, "pdf") == "Lansingerland-2017-in-vogelvlucht.pdf"
    assert suggested_name("Alphen aan den Rijn", 2017, "pdf", "en") == (
        "Alphen-aan-den-Rijn-2017-at-a-glance.pdf"
    )
    assert suggested_name("'s-Hertogenbosch", 2018, "json") == "s-Hertogenbosch-2018-cijfers.json"
    assert suggested_name("", 2017, "pdf") == "2017-in-vogelvlucht.pdf"


def test_the_preview_reads_like_the_report():
    report = build_report_model(
        FIGURES_2017,
        {"debt": "Wij helpen door:\n- een overzicht te maken;\n- bespaartips <te> geven."},
        ReportSettings(organisation="VluchtelingenWerk", municipality="Lansingerland"),
        "nl",
        today=date(2018, 2, 1),
    )
    html = model_to_html(report)
    assert "Lansingerland: 2017 in vogelvlucht" in html
    assert "106 statushouders gehuisvest" in html
    assert "<li>bespaartips &lt;te&gt; geven.</li>" in html
    assert "<p>Wij helpen door:</p>" in html
    assert "project:" not in html and "housed." not in html
