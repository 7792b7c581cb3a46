"""The right of access as files: JSON (complete, every field) and a PDF for the person.

The PDF leaves empty fields out and names every field in Dutch (or English);
the JSON keeps the stable English keys of domain/access.py. Both are written
under a temporary name and renamed into place. Neither is encrypted: the
team leader hands them to the person and then deletes them.
"""

from __future__ import annotations

import json
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
) -> Path:
    """`action_labels`: the audit actions in words (the window passes its translations)."""
    register_fonts()
    texts = _TEXTS.get(lang, _TEXTS["nl"])
    flow = _story(report, lang, action_labels or {})

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
}
_WIDTH = A4[0] - 40 * mm - 12


def _story(report: AccessReport, lang: str, action_labels: Mapping[str, str]) -> list:
    texts = _TEXTS.get(lang, _TEXTS["nl"])
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
            flow += [heading, _events_table(section.records, texts, action_labels)]
            continue
        first = True
        for record in section.records:
            table = _record_table(record, lang, texts)
            flow.append(KeepTogether([heading, table]) if first else table)
            flow.append(Spacer(1, 4))
            first = False
    return flow


def _value(value: str, texts: dict) -> str:
    return texts.get(value, value) if value in ("true", "false") else value


def _record_table(record: Fields, lang: str, texts: dict) -> Table:
    rows = [
        [
            Paragraph(escape(field_label(k, lang)), _STYLES["label"]),
            Paragraph(escape(_value(v, texts)).replace("\n", "<br/>"), _STYLES["cell"]),
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


def _events_table(
    records: tuple[Fields, ...], texts: dict, action_labels: Mapping[str, str]
) -> Table:
    rows = [[Paragraph(texts[k], _STYLES["head"]) for k in ("when", "who", "what")]]
    for record in records:
        values = dict(record)
        action = values.get("action", "")
        rows.append(
            [
                Paragraph(escape(values.get("at", "")), _STYLES["cell"]),
                Paragraph(escape(values.get("account", "")), _STYLES["cell"]),
                Paragraph(escape(action_labels.get(action, action)), _STYLES["cell"]),
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
