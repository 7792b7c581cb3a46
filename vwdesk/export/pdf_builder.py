"""The report model -> an A4 PDF an organisation can send to its municipality.

ReportLab platypus lays out the model; the charts are ReportLab drawings, so
nothing but the PDF itself touches the disk. The PDF is written under a
temporary name in the target folder and renamed into place when complete, so
an interrupted or cancelled export never leaves a half-written report. Fonts,
colours and paragraph styles are pdf_style.py's.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen import canvas as pdfcanvas
from reportlab.platypus import (
    Flowable,
    HRFlowable,
    Image,
    KeepTogether,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
)

from vwdesk import __version__
from vwdesk.export import charts
from vwdesk.export.atomic_file import write_atomically
from vwdesk.export.pdf_style import (
    ACCENT,
    FONT,
    GRID,
    MUTED,
    TINT,
    register_fonts,
    report_styles,
    table_style,
)
from vwdesk.export.report_charts import Chart
from vwdesk.export.report_model import ExportCancelled, ReportModel, Section

log = logging.getLogger(__name__)

MARGIN_X = 20 * mm
MARGIN_TOP = 20 * mm
MARGIN_BOTTOM = 22 * mm
FRAME_PADDING = 6  # platypus frames keep 6 pt inside each side
WIDTH = A4[0] - 2 * MARGIN_X - 2 * FRAME_PADDING

Progress = Callable[[int], None]
Cancelled = Callable[[], bool]


def _p(text: str, style: ParagraphStyle, **kw) -> Paragraph:
    return Paragraph(escape(text), style, **kw)


# -- the story -----------------------------------------------------------------------------


def _header(model: ReportModel, st) -> list[Flowable]:
    left: list[Flowable] = []
    if model.organisation:
        left.append(_p(model.organisation, st["org"]))
    left += [_p(model.title, st["title"]), _p(model.generated, st["meta"])]
    logo = _logo(model.logo_path)
    if logo is None:
        block: list[Flowable] = left
    else:
        table = Table([[left, logo]], colWidths=[WIDTH - logo.drawWidth - 6, logo.drawWidth + 6])
        table.setStyle(
            table_style(
                [
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("ALIGN", (1, 0), (1, 0), "RIGHT"),
                    ("LEFTPADDING", (0, 0), (-1, -1), 0),
                    ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                ]
            )
        )
        block = [table]
    return [*block, Spacer(1, 10), _highlights(model, st), Spacer(1, 4)]


def _logo(path: str | None) -> Image | None:
    if not path:
        return None
    try:
        img = Image(path)
        scale = min(46 / img.imageHeight, 130 / img.imageWidth)
        img.drawHeight = img.imageHeight * scale
        img.drawWidth = img.imageWidth * scale
        return img
    except Exception as exc:  # a missing or unreadable logo must not stop the report
        log.warning("logo not used: %s", type(exc).__name__)
        return None


def _highlights(model: ReportModel, st) -> Flowable:
    cells = [[_p(h.value, st["hl_value"]), _p(h.label, st["hl_label"])] for h in model.highlights]
    n = max(len(cells), 1)
    table = Table([cells], colWidths=[WIDTH / n] * n)
    table.setStyle(
        table_style(
            [
                ("BACKGROUND", (0, 0), (-1, -1), TINT),
                ("LINEAFTER", (0, 0), (-2, -1), 2, colors.white),
                ("LINEABOVE", (0, 0), (-1, 0), 2.5, ACCENT),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 10),
                ("RIGHTPADDING", (0, 0), (-1, -1), 8),
                ("TOPPADDING", (0, 0), (-1, -1), 8),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 10),
            ]
        )
    )
    return table


def _figures_box(section: Section, st) -> Flowable | None:
    rows: list[list[Flowable]] = []
    if section.bullets_intro:
        rows.append([_p(section.bullets_intro, st["intro"])])
    rows += [[_p(b, st["bullet"], bulletText="•")] for b in section.bullets]
    if not rows:
        return None
    table = Table(rows, colWidths=[WIDTH])
    table.setStyle(
        table_style(
            [
                ("BACKGROUND", (0, 0), (-1, -1), TINT),
                ("LINEBEFORE", (0, 0), (0, -1), 3, ACCENT),
                ("LEFTPADDING", (0, 0), (-1, -1), 12),
                ("RIGHTPADDING", (0, 0), (-1, -1), 10),
                ("TOPPADDING", (0, 0), (-1, -1), 1.5),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
                ("TOPPADDING", (0, 0), (-1, 0), 7),
                ("BOTTOMPADDING", (0, -1), (-1, -1), 7),
            ]
        )
    )
    return table


def _chart_block(chart: Chart, width: float, st) -> list[Flowable]:
    return [_p(chart.title, st["chart"]), charts.draw(chart, width)]


def _charts(section: Section, st) -> list[Flowable]:
    if not section.charts:
        return []
    if len(section.charts) == 2 and section.charts[0].kind == "hbar":
        # Nationalities and age/sex side by side: both about the same people.
        gap = 16
        half = (WIDTH - gap) / 2
        cells = [_chart_block(c, half, st) for c in section.charts]
        table = Table([cells], colWidths=[half + gap, half])
        table.setStyle(
            table_style(
                [
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("LEFTPADDING", (0, 0), (-1, -1), 0),
                    ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                    ("RIGHTPADDING", (0, 0), (0, 0), gap),
                ]
            )
        )
        return [table, Spacer(1, 6)]
    return [KeepTogether(_chart_block(c, WIDTH, st)) for c in section.charts] + [Spacer(1, 6)]


def _prose(section: Section, st) -> list[Flowable]:
    out: list[Flowable] = []
    for line in section.prose:
        if line[:2] in ("- ", "• ", "* ", "– "):
            out.append(_p(line[2:].strip(), st["list"], bulletText="–"))
        else:
            out.append(_p(line, st["body"]))
    return out


def _section(section: Section, st) -> list[Flowable]:
    head: list[Flowable] = [
        _p(section.title, st["h2"]),
        HRFlowable(width="100%", thickness=0.6, color=GRID, spaceBefore=3, spaceAfter=7),
    ]
    if section.lead:
        head.append(_p(section.lead, st["lead"]))
    box = _figures_box(section, st)
    prose = _prose(section, st)
    if box is not None:
        head += [box, Spacer(1, 6)]
    elif prose:
        head.append(prose.pop(0))  # never a heading alone at the foot of a page
    return [KeepTogether(head), *_charts(section, st), *prose]


def story(model: ReportModel) -> list[Flowable]:
    st = report_styles()
    flow = _header(model, st)
    for section in model.sections:
        flow += _section(section, st)
    return flow


# -- pages -----------------------------------------------------------------------------


def _canvas_class(model: ReportModel):
    """A canvas that holds the pages back until the end, to write "pagina 3 van 5"."""
    footer_left = " · ".join(x for x in (model.organisation, model.title) if x)

    class NumberedCanvas(pdfcanvas.Canvas):
        def __init__(self, *args, **kwargs):
            super().__init__(*args, **kwargs)
            self._pages: list[dict] = []

        def showPage(self):
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self):
            total = len(self._pages)
            for number, state in enumerate(self._pages, start=1):
                self.__dict__.update(state)
                self._decorate(number, total)
                super().showPage()
            super().save()

        def _decorate(self, number: int, total: int) -> None:
            width, height = A4
            self.saveState()
            self.setFillColor(ACCENT)
            self.rect(0, height - 6, width, 6, stroke=0, fill=1)
            y = MARGIN_BOTTOM - 10 * mm
            self.setStrokeColor(GRID)
            self.setLineWidth(0.6)
            left, right = MARGIN_X + FRAME_PADDING, width - MARGIN_X - FRAME_PADDING
            self.line(left, y + 11, right, y + 11)
            self.setFont(FONT, 7.5)
            self.setFillColor(MUTED)
            self.drawString(left, y, footer_left)
            label = model.page_label.format(page=number, pages=total)
            self.drawRightString(right, y, label)
            self.restoreState()

    return NumberedCanvas


class _Doc(SimpleDocTemplate):
    def __init__(self, target, *, total: int, on_flowable: Callable[[int, int], None], **kw):
        super().__init__(target, **kw)
        self._total = max(total, 1)
        self._done = 0
        self._on_flowable = on_flowable

    def afterFlowable(self, flowable):
        self._done += 1
        self._on_flowable(self._done, self._total)


def _leaves(flow: list[Flowable]) -> int:
    """About how many times platypus reports a finished flowable (KeepTogether unpacks)."""
    return sum(len(f._content) + 1 if isinstance(f, KeepTogether) else 1 for f in flow)


def build_pdf(
    model: ReportModel,
    path: Path | str,
    *,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> Path:
    """Write the report to `path` atomically; raise ExportCancelled when asked to stop."""
    path = Path(path)
    report = progress or (lambda _pct: None)
    stop = cancelled or (lambda: False)

    last = [-1]

    def step(pct: int) -> None:
        if stop():
            raise ExportCancelled("the export was cancelled")
        if pct > last[0]:
            last[0] = pct
            report(pct)

    step(0)
    register_fonts()
    flow = story(model)
    step(30)

    def on_flowable(done: int, total: int) -> None:
        step(min(90, 30 + 60 * done // total))

    def write(fh) -> None:
        doc = _Doc(
            fh,
            total=_leaves(flow),
            on_flowable=on_flowable,
            pagesize=A4,
            leftMargin=MARGIN_X,
            rightMargin=MARGIN_X,
            topMargin=MARGIN_TOP,
            bottomMargin=MARGIN_BOTTOM,
            title=model.title,
            author=model.organisation or None,
            subject=model.subject,
            creator=f"vwdesk {__version__}",
            keywords=[x for x in (model.subject, model.municipality, str(model.year)) if x],
            lang=model.lang,
            initialFontName=FONT,  # else the canvas starts in (unembedded) Helvetica
            initialFontSize=9.6,
            initialLeading=14.2,
            displayDocTitle=True,
        )
        doc.build(flow, canvasmaker=_canvas_class(model))
        step(95)

    write_atomically(path, write, before_rename=lambda: step(98))
    report(100)
    return path
