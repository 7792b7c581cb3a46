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
    model: ReportModel | None = None  # for the preview
    municipality: str = ""


def default_year(years_with_data: list[int] | tuple[int, ...], today: date) -> int:
    """The last complete year with data; else the latest year with data; else last year."""
    complete = [y for y in years_with_data if y < today.year]
    if complete:
        return max(complete)
    if years_with_data:
        return max(years_with_data)
    return today.year - 1


def load_report_data(
    ws: Workspace, year: int | None, lang: str, *, today: date | None = None
) -> ReportTabData:
    today = today or date.today()
    with_data = ws.figures.years_with_data()
    chosen = year if year is not None else default_year(with_data, today)
    years = tuple(sorted(set(with_data) | {chosen}))
    previous = ws.figures.compute(chosen - 1) if chosen - 1 in with_data else None
    return ReportTabData(
        year=chosen,
        lang=lang,
        years=years,
        figures=ws.figures.compute(chosen),
        previous=previous,
        sections=tuple(ws.report.sections(chosen, lang)),
        texts=ws.report.texts(chosen, lang),
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
