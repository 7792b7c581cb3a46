"""What the Rapportage tab shows for one year, read in one go on the worker thread.

`load_report_data(ws, year, lang)` only calls services and returns plain
data; the tab hands it to its models on the UI thread.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from typing import TYPE_CHECKING

from vwdesk.domain.figures import YearFigures
from vwdesk.export.report_model import ReportModel
from vwdesk.services.report import default_report_year
from vwdesk.services.report_prose import StaleSection

if TYPE_CHECKING:
    from vwdesk.services.workspace import Workspace


@dataclass(frozen=True)
class ReportTabData:
    year: int
    lang: str
    years: tuple[int, ...]  # the years the team can choose, oldest first
    figures: YearFigures
    previous: YearFigures | None  # None when the year before has no data at all
    sections: tuple[tuple[str, str], ...]  # (key, title) of every section that takes prose
    texts: dict[str, str] = field(default_factory=dict)
    # Sections still carrying another year's text or figures (the editor marks them,
    # the PDF export asks about them).
    stale: tuple[StaleSection, ...] = ()
    model: ReportModel | None = None  # for the preview
    municipality: str = ""


def load_report_data(
    ws: Workspace, year: int | None, lang: str, *, today: date | None = None
) -> ReportTabData:
    today = today or date.today()
    with_data = ws.figures.years_with_data()
    # The service's rule, on the years just read (ReportService.default_year would read them again).
    chosen = year if year is not None else default_report_year(with_data, today)
    years = tuple(sorted(set(with_data) | {chosen}))
    previous = ws.figures.compute(chosen - 1) if chosen - 1 in with_data else None
    sections = tuple(ws.report.sections(chosen, lang))
    return ReportTabData(
        year=chosen,
        lang=lang,
        years=years,
        figures=ws.figures.compute(chosen),
        previous=previous,
        sections=sections,
        texts=ws.report.texts(chosen, lang),
        stale=tuple(ws.report.stale_sections(chosen, lang, sections=sections)),
        model=ws.report.model(chosen, lang, today=today),
        municipality=ws.settings.get("municipality") or "",
    )


def suggested_name(municipality: str, year: int, kind: str, lang: str = "nl") -> str:
    """`Lansingerland-2017-in-vogelvlucht.pdf`, `Lansingerland-2017-cijfers.json`."""
    place = re.sub(r"[^\w-]+", "-", municipality.strip()).strip("-_")
    if kind == "json":
        tail = "cijfers.json" if lang == "nl" else "figures.json"
    else:
        tail = "in-vogelvlucht.pdf" if lang == "nl" else "at-a-glance.pdf"
    return "-".join(part for part in (place, str(year), tail) if part)
