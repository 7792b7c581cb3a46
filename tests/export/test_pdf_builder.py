"""The PDF built from a hand-made model, read back with pypdf."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader

from tests.export.figures_2017 import AGE_SEX_2017, FIGURES_2017, MONTHLY_2017
from tests.export.pdf_helpers import flat_text, font_resources
from vwdesk.export.pdf_builder import build_pdf
from vwdesk.export.report_model import ExportCancelled, ReportSettings, build_report_model

SETTINGS = ReportSettings(
    organisation="VluchtelingenWerk Lansingerland", municipality="Lansingerland"
)
PROSE = {
    "consultation": "Er bestaat een grote informatiebehoefte over financiële zaken & inburgering.",
    "debt": "Wij helpen door:\n- een financieel overzicht te maken;\n"
    "- uitleg over Internetbankieren.",
    "other": "Vrijwilligersmarkt: de teamleider deed mee <met> plezier.",
}


def _model(lang="nl", settings=SETTINGS):
    return build_report_model(
        FIGURES_2017,
        PROSE,
        settings,
        lang,
        monthly=MONTHLY_2017,
        age_sex=AGE_SEX_2017,
        today=date(2018, 2, 1),
    )


@pytest.fixture(scope="module")
def built(tmp_path_factory) -> Path:
    return build_pdf(_model(), tmp_path_factory.mktemp("pdf") / "jaarverslag-2017.pdf")


def test_the_text_holds_the_figures_sentences_and_prose(built: Path):
    text = flat_text(built)
    for expected in (
        "Lansingerland: 2017 in vogelvlucht",
        "VluchtelingenWerk Lansingerland",
        "Gegenereerd op 1 februari 2018",
        "Daarmee heeft de gemeente een achterstand van 44 (uit 2016) op de door het Rijk "
        "vastgestelde taakstelling verkleind tot 18.",
        "veruit grootste groep: Syriërs 69",
        "er zijn 37 woningen beschikbaar gesteld",
        "1551 contacten spreekuur maatschappelijke begeleiding (tot 1,5 jaar na vestiging)",
        "Juridische begeleiding/gezinshereniging",
        "gemiddeld 8 contacten per spreekuur in De Hergerborch",
        "financiële zaken & inburgering",
        "mee <met> plezier",
        "Nationaliteit van de gehuisveste",
        "Somalië",
        "Contacten per maand",
    ):
        assert expected in text, expected


def test_pages_are_numbered_pagina_x_van_y(built: Path):
    reader = PdfReader(str(built))
    total = len(reader.pages)
    assert total >= 2
    for number, page in enumerate(reader.pages, start=1):
        assert f"pagina {number} van {total}" in page.extract_text()


def test_metadata(built: Path):
    meta = PdfReader(str(built)).metadata
    assert meta.title == "Lansingerland: 2017 in vogelvlucht"
    assert meta.author == "VluchtelingenWerk Lansingerland"
    assert meta.subject == "Jaarverslag 2017"
    assert meta.creator.startswith("vwdesk")


def test_only_embedded_dejavu_fonts(built: Path):
    fonts = font_resources(built)
    assert fonts
    assert {f["name"].split("+")[-1] for f in fonts} >= {"DejaVuSans", "DejaVuSans-Bold"}
    assert all(f["embedded"] and f["subtype"] == "/TrueType" for f in fonts), fonts


def test_english(tmp_path: Path):
    path = build_pdf(_model("en"), tmp_path / "report.pdf")
    text = flat_text(path)
    assert "Lansingerland: 2017 at a glance" in text
    assert "Consultation hours/info point" in text
    assert "by far the largest group: Syrians 69" in text
    assert "page 1 of" in text
    assert PdfReader(str(path)).metadata.subject == "Annual report 2017"


def test_progress_runs_from_0_to_100_and_nothing_else_is_left(tmp_path: Path):
    seen: list[int] = []
    build_pdf(_model(), tmp_path / "r.pdf", progress=seen.append)
    assert seen[0] == 0 and seen[-1] == 100
    assert seen == sorted(seen) and len(seen) > 5
    assert [p.name for p in tmp_path.iterdir()] == ["r.pdf"]


@pytest.mark.parametrize("stop_after", [1, 10, 30])
def test_cancel_leaves_no_file_and_keeps_an_old_report(tmp_path: Path, stop_after: int):
    target = tmp_path / "r.pdf"
    target.write_bytes(b"the previous report")
    calls = [0]

    def cancelled() -> bool:
        calls[0] += 1
        return calls[0] > stop_after

    with pytest.raises(ExportCancelled):
        build_pdf(_model(), target, cancelled=cancelled)
    assert target.read_bytes() == b"the previous report"
    assert [p.name for p in tmp_path.iterdir()] == ["r.pdf"]


def test_a_failure_while_writing_leaves_no_temporary_file(tmp_path: Path, monkeypatch):
    import vwdesk.export.atomic_file as atomic_file

    def boom(*_args, **_kwargs):
        raise OSError("disk full")

    monkeypatch.setattr(atomic_file.os, "fsync", boom)
    with pytest.raises(OSError):
        build_pdf(_model(), tmp_path / "r.pdf")
    assert list(tmp_path.iterdir()) == []


def test_small_counts_reach_the_pdf(tmp_path: Path):
    settings = ReportSettings(organisation="VW", municipality="Lansingerland", small_counts=True)
    text = flat_text(build_pdf(_model(settings=settings), tmp_path / "r.pdf"))
    assert "Plangroep: <5 doorverwijzingen" in text
    assert "<5 trainers" in text


def test_a_logo_is_placed_and_a_broken_one_is_ignored(tmp_path: Path):
    from PIL import Image

    logo = tmp_path / "logo.png"
    Image.new("RGB", (200, 80), (29, 78, 137)).save(logo)
    settings = ReportSettings(organisation="VW", municipality="X", logo_path=str(logo))
    with_logo = build_pdf(_model(settings=settings), tmp_path / "a.pdf")
    assert any("/Im" in str(k) or "/FormXob" in str(k) for k in _xobjects(with_logo))
    broken = ReportSettings(organisation="VW", municipality="X", logo_path=str(tmp_path / "no.png"))
    assert build_pdf(_model(settings=broken), tmp_path / "b.pdf").exists()


def _xobjects(path: Path) -> list:
    page = PdfReader(str(path)).pages[0]
    return list(page["/Resources"].get("/XObject", {}).keys())
