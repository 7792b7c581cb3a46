"""The right of access as files: JSON (complete, every field) and a PDF for the person.

The PDF leaves empty fields out and names every field in Dutch (or English);
the JSON keeps the stable English keys of domain/access.py. Both are written
under a temporary name and renamed into place. Neither is encrypted: the
team leader hands them to the person and then deletes them.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from vwdesk import __version__
from vwdesk.domain.access import SECTION_KEYS, AccessReport, Fields
from vwdesk.domain.countries import dutch_name, english_name
from vwdesk.export.atomic_file import write_atomically
from vwdesk.export.pdf_style import ACCENT, FONT, FONT_BOLD, GRID, INK, MUTED, register_fonts

_TEXTS = {
    "nl": {
        "title": "Inzage in persoonsgegevens",
        "intro": (
            "Dit overzicht bevat alle gegevens die {org} in vwdesk over u bewaart, "
            "en wie wanneer iets met uw gegevens deed (het logboek). "
            "Gemaakt op {made} door {by}."
        ),
        "none": "Geen gegevens.",
        "true": "ja",
        "false": "nee",
        "when": "Moment",
        "who": "Account",
        "what": "Handeling",
        "page": "Pagina {n}",
    },
    "en": {
        "title": "Access to personal data",
        "intro": (
            "This overview holds all data {org} keeps about you in vwdesk, "
            "and who did what with your data when (the audit trail). "
            "Made on {made} by {by}."
        ),
        "none": "No data.",
        "true": "yes",
        "false": "no",
        "when": "When",
        "who": "Account",
        "what": "Action",
        "page": "Page {n}",
    },
}

_SECTIONS = {
    "nl": {
        "person": "Persoon",
        "household": "Huishouden",
        "contacts": "Contacten",
        "dossiers": "Gezinsherenigingsdossiers",
        "family_members": "Gezinsleden in het dossier",
        "procedure_steps": "Stappen in de procedure",
        "trajectories": "Trajecten",
        "checklists": "Checklists",
        "checklist_items": "Punten van de checklists",
        "referrals": "Doorverwijzingen",
        "projects": "Projecten",
        "planned_visits": "Geplande huisbezoeken",
        "audit_events": "Logboek",
    },
    "en": {
        "person": "Person",
        "household": "Household",
        "contacts": "Contacts",
        "dossiers": "Family reunification dossiers",
        "family_members": "Family members in the dossier",
        "procedure_steps": "Procedure steps",
        "trajectories": "Trajectories",
        "checklists": "Checklists",
        "checklist_items": "Checklist items",
        "referrals": "Referrals",
        "projects": "Projects",
        "planned_visits": "Planned home visits",
        "audit_events": "Audit trail",
    },
}

# Field keys (column names) in Dutch; English shows the key in words.
_FIELDS_NL = {
    "ref": "Kenmerk",
    "first_name": "Voornaam",
    "last_name": "Achternaam",
    "birth_date": "Geboortedatum",
    "sex": "Geslacht",
    "nationality": "Nationaliteit",
    "housed_on": "Gehuisvest op",
    "v_number": "V-nummer",
    "bsn": "BSN",
    "phone": "Telefoon",
    "email": "E-mail",
    "languages": "Talen",
    "permit_type": "Verblijfsvergunning",
    "permit_expires_on": "Vergunning geldig tot",
    "travel_document_expires_on": "Reisdocument geldig tot",
    "integration_obliged": "Inburgeringsplichtig",
    "pvt_required": "PVT verplicht",
    "pvt_course_on": "PVT-cursus op",
    "pvt_signed_on": "PVT ondertekend op",
    "contact_volunteer": "Vaste contactpersoon",
    "closed_on": "Afgesloten op",
    "close_reason": "Reden van afsluiten",
    "anonymised_on": "Geanonimiseerd op",
    "notes": "Notities",
    "created_at": "Vastgelegd op",
    "updated_at": "Laatst gewijzigd op",
    "address": "Adres",
    "postcode": "Postcode",
    "city": "Plaats",
    "visit_interval_days": "Huisbezoek elke (dagen)",
    "members": "Aantal leden",
    "date": "Datum",
    "kind": "Soort",
    "channel": "Kanaal",
    "volunteer": "Vrijwilliger",
    "minutes": "Minuten",
    "topics": "Onderwerpen",
    "follow_up": "Vervolg",
    "opened_on": "Geopend op",
    "nidos": "Nidos",
    "outcome": "Uitkomst",
    "last_reviewed_on": "Laatst bekeken op",
    "reviewed_by": "Bekeken door",
    "name": "Naam",
    "relation": "Relatie",
    "country": "Land",
    "place": "Woonplaats",
    "step": "Stap",
    "note": "Notitie",
    "started_on": "Begonnen op",
    "ended_on": "Geëindigd op",
    "checklist": "Checklist",
    "position": "Volgorde",
    "title": "Punt",
    "status": "Status",
    "due_on": "Uiterlijk op",
    "done_on": "Gedaan op",
    "amount_cents": "Bedrag (centen)",
    "monthly_cents": "Per maand (centen)",
    "creditor": "Schuldeiser",
    "partner": "Partner",
    "reason": "Reden",
    "project": "Project",
    "role": "Rol",
    "from_on": "Van",
    "until_on": "Tot",
    "planned_on": "Gepland op",
    "purpose": "Doel",
}


def field_label(key: str, lang: str = "nl") -> str:
    if lang == "nl" and key in _FIELDS_NL:
        return _FIELDS_NL[key]
    return key.replace("_", " ").capitalize()


def write_json(report: AccessReport, path: Path) -> Path:
    data = json.dumps(report.as_dict(), ensure_ascii=False, indent=1).encode("utf-8")
    return write_atomically(Path(path), lambda fh: fh.write(data), mode=0o600)


def write_pdf(
    report: AccessReport,
    path: Path,
    *,
    lang: str = "nl",
    action_labels: Mapping[str, str] | None = None,
    value_labels: Mapping[str, Mapping[str, str]] | None = None,
) -> Path:
    """`action_labels`: the audit actions in words; `value_labels`: coded values in words by
    field (kind, channel, sex ...). The window passes its translations; without them the
    codes show."""
    register_fonts()
    texts = _TEXTS.get(lang, _TEXTS["nl"])
    words = _Words(lang, texts, action_labels or {}, value_labels or {})
    flow = _story(report, words)

    def write(fh) -> None:
        doc = SimpleDocTemplate(
            fh,
            pagesize=A4,
            leftMargin=20 * mm,
            rightMargin=20 * mm,
            topMargin=18 * mm,
            bottomMargin=18 * mm,
            title=texts["title"],
            author=report.organisation or None,
            creator=f"vwdesk {__version__}",
            lang=lang,
            initialFontName=FONT,
            initialFontSize=9,
            initialLeading=12,
        )
        doc.build(flow, onFirstPage=_footer(texts), onLaterPages=_footer(texts))

    return write_atomically(Path(path), write, mode=0o600)


# -- layout -------------------------------------------------------------------------------------
_BASE = ParagraphStyle("access", fontName=FONT, fontSize=9, leading=12, textColor=INK)
_STYLES = {
    "title": ParagraphStyle("a-title", parent=_BASE, fontName=FONT_BOLD, fontSize=18, leading=23),
    "intro": ParagraphStyle("a-intro", parent=_BASE, spaceBefore=4, spaceAfter=6),
    "h2": ParagraphStyle(
        "a-h2",
        parent=_BASE,
        fontName=FONT_BOLD,
        fontSize=12,
        leading=15,
        textColor=ACCENT,
        spaceBefore=10,
        spaceAfter=4,
    ),
    "cell": _BASE,
    "label": ParagraphStyle("a-label", parent=_BASE, textColor=MUTED),
    "head": ParagraphStyle("a-head", parent=_BASE, fontName=FONT_BOLD),
    "none": ParagraphStyle("a-none", parent=_BASE, textColor=MUTED),
    "small": ParagraphStyle("a-small", parent=_BASE, fontSize=8, leading=10),
    "small_head": ParagraphStyle(
        "a-small-head", parent=_BASE, fontName=FONT_BOLD, fontSize=8, leading=10
    ),
}
_WIDTH = A4[0] - 40 * mm - 12


class _Words:
    """Field names and values as the person reads them: Dutch labels, dd-mm-jjjj dates."""

    def __init__(self, lang, texts, action_labels, value_labels) -> None:
        self.lang = lang
        self.texts = texts
        self.actions = action_labels
        self.values = value_labels

    def value(self, key: str, value: str) -> str:
        if value in ("true", "false"):
            return self.texts[value]
        if key in ("nationality", "country") and len(value) == 2:
            name = dutch_name(value) if self.lang == "nl" else english_name(value)
            return name or value
        if key == "topics":
            labels = self.values.get("topics", {})
            return ", ".join(labels.get(t, t) for t in value.split(",") if t)
        if key in self.values:
            return self.values[key].get(value, value)
        return _dutch_date(value)


_ISO = re.compile(r"^(\d{4})-(\d{2})-(\d{2})(?:[ T](\d{2}:\d{2})(?::\d{2})?)?$")


def _dutch_date(value: str) -> str:
    """2017-05-10 -> 10-05-2017, a moment with its hour and minute; other text as it is."""
    match = _ISO.match(value)
    if match is None:
        return value
    year, month, day, clock = match.groups()
    return f"{day}-{month}-{year}" + (f" {clock}" if clock else "")


def _story(report: AccessReport, words: _Words) -> list:
    lang, texts = words.lang, words.texts
    names = _SECTIONS.get(lang, _SECTIONS["nl"])
    flow: list = [
        Paragraph(escape(texts["title"]), _STYLES["title"]),
        Paragraph(
            escape(
                texts["intro"].format(
                    org=report.organisation or "vwdesk",
                    made=report.made_at.strftime("%d-%m-%Y %H:%M"),
                    by=report.made_by,
                )
            ),
            _STYLES["intro"],
        ),
    ]
    for key in SECTION_KEYS:
        section = report.section(key)
        heading = Paragraph(escape(names.get(key, key)), _STYLES["h2"])
        if not section.records:
            flow.append(KeepTogether([heading, Paragraph(texts["none"], _STYLES["none"])]))
            continue
        if key == "audit_events":
            flow += [heading, _events_table(section.records, words)]
            continue
        if key in _LIST_COLUMNS:
            flow += [heading, _list_table(section.records, _LIST_COLUMNS[key], words)]
            continue
        first = True
        for record in section.records:
            table = _record_table(record, words)
            flow.append(KeepTogether([heading, table]) if first else table)
            flow.append(Spacer(1, 4))
            first = False
    return flow


def _record_table(record: Fields, words: _Words) -> Table:
    rows = [
        [
            Paragraph(escape(field_label(k, words.lang)), _STYLES["label"]),
            Paragraph(escape(words.value(k, v)).replace("\n", "<br/>"), _STYLES["cell"]),
        ]
        for k, v in record
        if v
    ]
    table = Table(rows or [["", ""]], colWidths=[48 * mm, _WIDTH - 48 * mm])
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("BOX", (0, 0), (-1, -1), 0.5, GRID),
                ("BACKGROUND", (0, 0), (0, -1), colors.HexColor("#F4F6F8")),
                ("TOPPADDING", (0, 0), (-1, -1), 2),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
            ]
        )
    )
    return table


# Sections that read as a list: one line per record with these columns (empty columns are
# left out; the JSON beside the PDF holds every field).
_LIST_COLUMNS = {
    "contacts": ("date", "kind", "channel", "volunteer", "minutes", "topics", "notes", "follow_up"),
    "procedure_steps": ("date", "step", "note"),
    "trajectories": ("kind", "started_on", "ended_on"),
    "checklist_items": ("title", "status", "due_on", "done_on", "note", "creditor"),
    "referrals": ("date", "partner", "reason", "outcome"),
    "projects": ("project", "role", "from_on", "until_on"),
    "planned_visits": ("planned_on", "volunteer", "purpose"),
}
_WIDE = frozenset({"notes", "note", "follow_up", "reason", "outcome", "title", "purpose", "topics"})


_WIDTHS_MM = {"minutes": 17, "kind": 33, "channel": 23, "volunteer": 28, "step": 60, "status": 22}


def _column_width(key: str) -> float:
    """Wide enough for a dd-mm-jjjj date or the longest usual word at 8 pt, padding included."""
    if key == "date" or key.endswith("_on"):
        return 22 * mm
    return _WIDTHS_MM.get(key, 28) * mm


def _list_table(records: tuple[Fields, ...], columns: tuple[str, ...], words: _Words) -> Table:
    rows = [dict(r) for r in records]
    shown = [c for c in columns if any(r.get(c) for r in rows)]
    narrow = sum(_column_width(c) for c in shown if c not in _WIDE)
    wide = [c for c in shown if c in _WIDE]
    share = max(20 * mm, (_WIDTH - narrow) / len(wide)) if wide else 0
    widths = [share if c in _WIDE else _column_width(c) for c in shown]
    scale = min(1.0, _WIDTH / sum(widths)) if widths else 1.0
    small_head, small = _STYLES["small_head"], _STYLES["small"]
    table_rows = [[Paragraph(escape(field_label(c, words.lang)), small_head) for c in shown]]
    for row in rows:
        table_rows.append(
            [
                Paragraph(escape(words.value(c, row.get(c, ""))).replace("\n", "<br/>"), small)
                for c in shown
            ]
        )
    table = Table(table_rows, colWidths=[w * scale for w in widths], repeatRows=1, hAlign="LEFT")
    table.setStyle(
        TableStyle(
            [
                ("LINEBELOW", (0, 0), (-1, 0), 0.6, ACCENT),
                ("LINEBELOW", (0, 1), (-1, -1), 0.3, GRID),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ]
        )
    )
    return table


def _events_table(records: tuple[Fields, ...], words: _Words) -> Table:
    rows = [[Paragraph(words.texts[k], _STYLES["head"]) for k in ("when", "who", "what")]]
    for record in records:
        values = dict(record)
        action = values.get("action", "")
        rows.append(
            [
                Paragraph(escape(_dutch_date(values.get("at", ""))), _STYLES["cell"]),
                Paragraph(escape(values.get("account", "")), _STYLES["cell"]),
                Paragraph(escape(words.actions.get(action, action)), _STYLES["cell"]),
            ]
        )
    table = Table(rows, colWidths=[40 * mm, 40 * mm, _WIDTH - 80 * mm], repeatRows=1)
    table.setStyle(
        TableStyle(
            [
                ("LINEBELOW", (0, 0), (-1, 0), 0.6, ACCENT),
                ("LINEBELOW", (0, 1), (-1, -1), 0.3, GRID),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ]
        )
    )
    return table


def _footer(texts: dict):
    def draw(canvas, doc) -> None:
        canvas.saveState()
        canvas.setFont(FONT, 7.5)
        canvas.setFillColor(MUTED)
        canvas.drawRightString(A4[0] - 20 * mm, 10 * mm, texts["page"].format(n=doc.page))
        canvas.restoreState()

    return draw
