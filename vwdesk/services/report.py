"""The annual report: the year it opens on, the team's prose per section, and the PDF
and JSON exports.

Exports are team leaders' work (Permission.EXPORT_REPORT) and are audited
with the year and the kind only: the report holds aggregates, never names,
and so does its audit trail. Writing the prose is for team leaders and junior
team leaders, who write the report together.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import select

from vwdesk.db.records import ReportTextRecord
from vwdesk.domain.enums import Role
from vwdesk.domain.errors import InputProblem, InvalidInput, PermissionDenied
from vwdesk.domain.permissions import Permission
from vwdesk.export.report_model import (
    ExportCancelled,
    ReportModel,
    ReportSettings,
    build_report_model,
    editable_sections,
)
from vwdesk.services.report_prose import SectionText, StaleSection, stale_sections

if TYPE_CHECKING:
    from vwdesk.services.workspace import Workspace

__all__ = ["ExportCancelled", "ReportService", "default_report_year"]

LANGS = ("nl", "en")
_WRITERS = frozenset({Role.TEAM_LEADER, Role.JUNIOR_TEAM_LEADER})
MAX_SECTION_KEY = 64


def _check_lang(lang: str) -> str:
    if lang not in LANGS:
        raise InvalidInput(InputProblem(f"unknown report language {lang!r}", field="lang"))
    return lang


def default_report_year(years_with_data: Iterable[int], today: date) -> int:
    """The year the annual report opens on, from the years with data (FiguresService).

    The report is made once a year, early in the next year, about the whole year
    that has just ended; a running year's figures change every day. So the
    default is, in January as in December, the last complete year:

    1. the latest year before today's whose year before also has data: the
       year just ended while the team keeps its records, or the last year of
       a file that is no longer added to. A year that follows an empty year
       is the one in which the team began recording (or began again after a
       gap, or the demo's slice of the present reaches back into it), so the
       file holds only part of it; a whole year before it is the better default;
    2. else the latest year before today's with data: a team's first year in
       the application is what it has to report;
    3. else today's year if it has data: a team that has just begun sees its
       first figures;
    4. else the year just ended (an empty file: the empty report of that year).

    Never a year after today's (a housing target entered ahead, a mistyped
    date), and never an empty year while one with data can be had. Every
    year with data stays one choice away in the year list.
    """
    years = set(years_with_data)
    complete = sorted((y for y in years if y < today.year), reverse=True)
    for year in complete:
        if year - 1 in years:
            return year
    if complete:
        return complete[0]
    if today.year in years:
        return today.year
    return today.year - 1


class ReportService:
    def __init__(self, ws: Workspace):
        self._ws = ws

    def default_year(self, today: date | None = None) -> int:
        """The year the report opens on: see `default_report_year` for the rule."""
        return default_report_year(self._ws.figures.years_with_data(), today or date.today())

    # -- the team's prose ------------------------------------------------------------
    def texts(self, year: int, lang: str = "nl") -> dict[str, str]:
        """Section -> prose for the year; a section without text of its own this year
        takes the latest earlier year's, so next year starts from this year's text."""
        return {key: t.text for key, t in self.section_texts(year, lang).items()}

    def section_texts(self, year: int, lang: str = "nl") -> dict[str, SectionText]:
        """The texts of `texts`, each with the year it was written for (before `year`:
        carried over, not yet the team's text for this year)."""
        return self._texts_and_earlier(year, lang)[0]

    def stale_sections(
        self,
        year: int,
        lang: str = "nl",
        *,
        sections: Iterable[tuple[str, str]] | None = None,
    ) -> list[StaleSection]:
        """The sections of the year's report that still carry another year's text, or an
        earlier year's figures kept in this year's text (see report_prose). `sections`:
        the year's `sections()` when the caller has them already (they take the figures)."""
        texts, earlier = self._texts_and_earlier(year, lang)
        if sections is None:
            sections = self.sections(year, lang)
        return stale_sections(year, sections, texts, earlier)

    def _texts_and_earlier(
        self, year: int, lang: str
    ) -> tuple[dict[str, SectionText], dict[str, SectionText]]:
        """Per section: the newest text up to `year`, and the newest before `year`."""
        _check_lang(lang)
        with self._ws.reading() as s:
            rows = s.execute(
                select(ReportTextRecord.section, ReportTextRecord.text, ReportTextRecord.year)
                .where(ReportTextRecord.lang == lang, ReportTextRecord.year <= year)
                .order_by(ReportTextRecord.year)
            ).all()
        # Later years overwrite earlier ones, so each section keeps its newest text.
        texts = {section: SectionText(section, text, written) for section, text, written in rows}
        earlier = {
            section: SectionText(section, text, written)
            for section, text, written in rows
            if written < year
        }
        return texts, earlier

    def set_text(self, year: int, section: str, lang: str, text: str) -> None:
        """Store one section's prose (an empty text is kept: it stops the fallback)."""
        if self._ws.user.role not in _WRITERS:
            raise PermissionDenied(f"the role {self._ws.user.role.value} may not edit the report")
        _check_lang(lang)
        section = section.strip()
        if not section or len(section) > MAX_SECTION_KEY:
            raise InvalidInput(InputProblem("unknown report section", field="section"))
        with self._ws.unit() as s:
            s.merge(ReportTextRecord(year=year, section=section, lang=lang, text=text))
            self._ws.audit.record(
                s,
                self._ws.user.account_id,
                "report.text",
                detail={"year": year, "section": section, "lang": lang},
            )

    def sections(self, year: int, lang: str = "nl") -> list[tuple[str, str]]:
        """Every section of the year's report that can hold prose: (key, title)."""
        figures = self._ws.figures.compute(year)
        return editable_sections(figures, lang, self._ws.settings.get("municipality"))

    # -- the report --------------------------------------------------------------------
    def model(self, year: int, lang: str = "nl", *, today: date | None = None) -> ReportModel:
        """The whole report as plain data (for the PDF and the tab's preview)."""
        _check_lang(lang)
        figures_service = self._ws.figures
        return build_report_model(
            figures_service.compute(year),
            self.texts(year, lang),
            self._report_settings(),
            lang,
            monthly=figures_service.monthly_contacts(year),
            age_sex=figures_service.housed_age_sex(year),
            today=today,
        )

    def export_pdf(
        self,
        year: int,
        path: Path | str,
        lang: str = "nl",
        progress: Callable[[int], None] | None = None,
        cancelled: Callable[[], bool] | None = None,
    ) -> Path:
        """Write the PDF atomically; ExportCancelled when `cancelled()` turns true."""
        from vwdesk.export.pdf_builder import build_pdf  # ReportLab only when exporting

        self._ws.require(Permission.EXPORT_REPORT)
        report = progress or (lambda _pct: None)

        def scaled(pct: int) -> None:  # the figures take the first tenth
            report(10 + pct * 90 // 100)

        report(0)
        model = self.model(year, lang)
        written = build_pdf(model, path, progress=scaled, cancelled=cancelled)
        self._audit_export(year, "pdf", lang)
        return written

    def export_json(self, year: int) -> dict:
        """The figures of figures.md as nested objects with integer values."""
        self._ws.require(Permission.EXPORT_REPORT)
        data = self._ws.figures.compute(year).to_json()
        self._audit_export(year, "json", None)
        return data

    def _audit_export(self, year: int, kind: str, lang: str | None) -> None:
        detail: dict[str, object] = {"year": year, "kind": kind}
        if lang:
            detail["lang"] = lang
        with self._ws.unit() as s:
            self._ws.audit.record(s, self._ws.user.account_id, "report.export", detail=detail)

    def _report_settings(self) -> ReportSettings:
        get = self._ws.settings.get
        try:
            logo = get("report_logo") or None
        except KeyError:  # the setting is optional and may not be declared
            logo = None
        return ReportSettings(
            organisation=get("organisation") or "",
            municipality=get("municipality") or "",
            small_counts=bool(get("small_counts")),
            logo_path=logo,
        )
