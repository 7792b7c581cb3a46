"""The selftest's PDF reader (no ReportLab, no pypdf) against pypdf, and on broken files."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader

from tests.export.figures_2017 import AGE_SEX_2017, FIGURES_2017, MONTHLY_2017
from vwdesk.export.pdf_builder import build_pdf
from vwdesk.export.report_model import ReportSettings, build_report_model
from vwdesk.services.selftest_pdf import NotAPdf, inspect_pdf

SETTINGS = ReportSettings(
    organisation="VluchtelingenWerk Lansingerland", municipality="Lansingerland"
)
LONG_PROSE = {"other": "\n".join(f"Alinea {n}: " + "woorden " * 60 for n in range(40))}


def _report(path: Path, texts: dict[str, str]) -> Path:
    model = build_report_model(
        FIGURES_2017,
        texts,
        SETTINGS,
        "nl",
        monthly=MONTHLY_2017,
        age_sex=AGE_SEX_2017,
        today=date(2018, 2, 1),
    )
    return build_pdf(model, path)


@pytest.fixture(scope="module")
def report(tmp_path_factory) -> Path:
    return _report(tmp_path_factory.mktemp("pdf") / "jaarverslag.pdf", {})


@pytest.fixture(scope="module")
def long_report(tmp_path_factory) -> Path:
    return _report(tmp_path_factory.mktemp("pdf") / "lang.pdf", LONG_PROSE)


@pytest.mark.parametrize("which", ["report", "long_report"])
def test_pages_as_pypdf_counts_them_and_fonts_embedded(which, request):
    path = request.getfixturevalue(which)
    facts = inspect_pdf(path)
    assert facts.pages == len(PdfReader(str(path)).pages)
    assert facts.size == path.stat().st_size
    assert facts.embedded_fonts == 3  # DejaVu Sans, bold, oblique
    assert facts.standard_fonts == 0


def test_the_figures_alone_fill_the_selftests_minimum(report: Path):
    from vwdesk.services.selftest import MIN_PAGES

    assert inspect_pdf(report).pages == MIN_PAGES


def test_prose_adds_pages(report: Path, long_report: Path):
    assert inspect_pdf(long_report).pages > inspect_pdf(report).pages


def _broken(tmp_path: Path, data: bytes) -> Path:
    path = tmp_path / "broken.pdf"
    path.write_bytes(data)
    return path


@pytest.mark.parametrize(
    ("damage", "reason"),
    [
        (lambda d: b"", "header"),
        (lambda d: b"<html>not a report</html>", "header"),
        (lambda d: d[: len(d) // 2], "end-of-file"),
        (lambda d: d[:-300] + d[-300:].replace(b"startxref", b"startxrof"), "offset is missing"),
        (lambda d: d.replace(b"2 0 obj", b"2 0 jbo", 1), "object 2"),
        (lambda d: d.replace(b"/Type /Pages", b"/Type /Pagez", 1), "page"),
    ],
    ids=["empty", "html", "truncated", "no-startxref", "moved-object", "no-page-tree"],
)
def test_a_damaged_file_is_not_a_pdf(report: Path, tmp_path: Path, damage, reason):
    with pytest.raises(NotAPdf, match=reason):
        inspect_pdf(_broken(tmp_path, damage(report.read_bytes())))


def test_a_page_count_that_disagrees_with_the_pages(report: Path, tmp_path: Path):
    data = report.read_bytes()
    pages = inspect_pdf(report).pages
    wrong = data.replace(f"/Count {pages}".encode(), f"/Count {pages + 1}".encode(), 1)
    assert wrong != data
    with pytest.raises(NotAPdf, match="counts"):
        inspect_pdf(_broken(tmp_path, wrong))
