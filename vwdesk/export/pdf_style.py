"""The look of the PDFs the app writes: the embedded fonts, the house colours, the styles.

Shared by the annual report (pdf_builder.py and its charts, charts.py) and the
right-of-access report (access_report.py). The DejaVu Sans fonts are embedded:
every Dutch character (ë, ï, é, ĳ) renders on any machine.
"""

from __future__ import annotations

from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import TableStyle

from vwdesk.resources import resource

FONT = "DejaVuSans"
FONT_BOLD = "DejaVuSans-Bold"
FONT_ITALIC = "DejaVuSans-Oblique"
_FONT_FILES = (
    (FONT, "DejaVuSans.ttf"),
    (FONT_BOLD, "DejaVuSans-Bold.ttf"),
    (FONT_ITALIC, "DejaVuSans-Oblique.ttf"),
)

ACCENT = colors.HexColor("#1D4E89")
INK = colors.HexColor("#2B2F33")
MUTED = colors.HexColor("#6B7178")
GRID = colors.HexColor("#DDE3EA")
TINT = colors.HexColor("#EEF3F9")


def register_fonts() -> None:
    """Register the bundled DejaVu Sans once per process (TrueType, embedded as subsets)."""
    known = set(pdfmetrics.getRegisteredFontNames())
    for name, filename in _FONT_FILES:
        if name not in known:
            pdfmetrics.registerFont(TTFont(name, str(resource("fonts", filename))))
    pdfmetrics.registerFontFamily(
        FONT, normal=FONT, bold=FONT_BOLD, italic=FONT_ITALIC, boldItalic=FONT_BOLD
    )


def report_styles() -> dict[str, ParagraphStyle]:
    """The annual report's paragraph styles by role (body, title, h2, bullet, ...)."""
    base = ParagraphStyle(
        "body", fontName=FONT, fontSize=9.6, leading=14.2, textColor=INK, alignment=TA_LEFT
    )
    return {
        "body": ParagraphStyle("prose", parent=base, spaceAfter=5),
        "list": ParagraphStyle(
            "list", parent=base, leftIndent=14, bulletIndent=3, spaceAfter=2, bulletFontName=FONT
        ),
        "org": ParagraphStyle(
            "org", parent=base, fontName=FONT_BOLD, fontSize=10, leading=13, textColor=ACCENT
        ),
        "title": ParagraphStyle(
            "title",
            parent=base,
            fontName=FONT_BOLD,
            fontSize=21,
            leading=26,
            textColor=INK,
            spaceBefore=2,
            spaceAfter=2,
        ),
        "meta": ParagraphStyle(
            "meta", parent=base, fontName=FONT_ITALIC, fontSize=8.5, leading=11, textColor=MUTED
        ),
        "h2": ParagraphStyle(
            "h2",
            parent=base,
            fontName=FONT_BOLD,
            fontSize=13.5,
            leading=17,
            textColor=ACCENT,
            spaceBefore=12,
        ),
        "lead": ParagraphStyle("lead", parent=base, fontSize=10.4, leading=15.2, spaceAfter=8),
        "bullet": ParagraphStyle(
            "bullet",
            parent=base,
            fontSize=9.8,
            leading=13.6,
            leftIndent=13,
            bulletIndent=0,
            bulletFontName=FONT_BOLD,
            bulletColor=ACCENT,
        ),
        "intro": ParagraphStyle("intro", parent=base, fontName=FONT_BOLD, fontSize=9.6),
        "chart": ParagraphStyle(
            "chart",
            parent=base,
            fontName=FONT_BOLD,
            fontSize=8.8,
            leading=12,
            textColor=MUTED,
            spaceBefore=10,
            spaceAfter=4,
        ),
        "hl_value": ParagraphStyle(
            "hl_value", parent=base, fontName=FONT_BOLD, fontSize=21, leading=25, textColor=ACCENT
        ),
        "hl_label": ParagraphStyle("hl_label", parent=base, fontSize=8.2, leading=10.5),
    }


def table_style(commands: list) -> TableStyle:
    # A table sets its own cell font even around Paragraphs: keep it the embedded one.
    return TableStyle([("FONT", (0, 0), (-1, -1), FONT, 9.6), *commands])
