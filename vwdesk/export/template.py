"""The import template as an .xlsx workbook, empty or holding a whole file's data.

Layout of every table sheet (the importer reads it back as it is):

* row 1: the contract keys (`client_ref`, `birth_date`, ...), bold; required
  columns on an orange background. Each header cell carries a comment with
  the Dutch explanation. The importer matches these (or the Dutch labels).
* row 2: the Dutch labels, required ones ending in ` *`, in grey italics.
  The importer skips a row whose cells are the labels (or keys) of their columns.
* row 3 (empty template only): one example row, in grey. Its refs start with
  VOORBEELD- and its names with Voorbeeld; the importer skips a row identical
  to the example, so a team may leave it or delete it. Changed, it is data.
* drop-down lists (data validation) on every column with a closed list:
  sex, kinds, channel, outcome, role, status, and ja/nee for yes/no columns.
  Ref and text columns are formatted as text, so Excel keeps `007` as typed.

The first sheet, "Uitleg", explains this in Dutch; the importer ignores it.
Written in openpyxl's write-only mode, so a large export streams to disk.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from pathlib import Path

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.comments import Comment
from openpyxl.styles import Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.datavalidation import DataValidation

from vwdesk.domain.import_contract import TABLES, Kind, Table

INFO_SHEET = "Uitleg"
HEADER_ROWS = 2
# Drop-downs reach this far below the last row written.
VALIDATION_ROWS = 5000
_REQUIRED_FILL = PatternFill("solid", fgColor="FFD8A8")
_HEADER_FONT = Font(bold=True)
_LABEL_FONT = Font(italic=True, color="666666")
_EXAMPLE_FONT = Font(italic=True, color="888888")
_TEXT_KINDS = (Kind.TEXT, Kind.REF, Kind.LANGUAGES, Kind.WEEKDAYS, Kind.PHONE, Kind.EMAIL)

EXPLANATION = (
    "Importsjabloon van vwdesk",
    "",
    "Elk blad is een tabel. Lege bladen en lege kolommen mag je weglaten of leeg laten.",
    "Rij 1 bevat de kolomnamen: verander die niet. Oranje kolommen zijn verplicht.",
    "Rij 2 geeft de Nederlandse omschrijving (verplicht: met *); die rij wordt overgeslagen.",
    "Rij 3 is een voorbeeld. Zolang je hem niet verandert wordt hij overgeslagen; je mag hem "
    "ook verwijderen.",
    "Ga met de muis op een kolomnaam staan voor uitleg over die kolom.",
    "",
    "Datums: 2017-03-31 of 31-03-2017. Ja/nee: ja of nee (ook yes/no, 1/0). Tijden: 14:00.",
    "Nationaliteit en land: een landcode (SY) of de naam van het land (Syrië, Syria).",
    "Taal: een of meer talen met komma's ertussen, als naam (Arabisch, Engels) of code (ar, en).",
    "Weekdagen (vrijwilligers, Beschikbaar op): ma, di, wo, do, vr, za, zo met komma's "
    "ertussen, of voluit (maandag en donderdag), ook in het Engels (mon, thu); ma-vr kan ook.",
    "Telefoon en e-mail van vrijwilligers worden gecontroleerd zoals in het "
    "vrijwilligersformulier: een telefoonnummer heeft 10 tot 15 cijfers, een e-mailadres een @.",
    "De nummers (household_ref, client_ref, ...) zijn je eigen sleutels: elk nummer één "
    "keer per blad. Andere bladen verwijzen ernaar. Wie hetzelfde bestand twee keer "
    "importeert, verandert de tweede keer niets.",
    "Personen worden nooit op naam samengevoegd: alleen de nummers tellen.",
    "Nieuwe namen van locaties, partners en projecten worden aangemaakt.",
    "Kolommen waarvan de naam met # begint worden genegeerd (voor je eigen aantekeningen).",
    "",
    "Importeren gaat alles of niets: bij één fout wordt niets opgeslagen en zie je elke fout "
    "met blad, rijnummer, kolom en reden.",
)


def write_template(path: Path) -> None:
    """The empty template: headers, labels, drop-downs and one example row per sheet."""
    write_workbook(path, ((t, ()) for t in TABLES), examples=True)


def write_workbook(
    path: Path,
    tables: Iterable[tuple[Table, Iterable[Sequence[object]]]],
    *,
    examples: bool = False,
) -> None:
    """One sheet per table; rows hold a value per column of the table, in its order."""
    wb = Workbook(write_only=True)
    info = wb.create_sheet(INFO_SHEET)
    info.column_dimensions["A"].width = 110
    for line in EXPLANATION:
        info.append([line])
    for table, rows in tables:
        _write_sheet(wb, table, rows, examples=examples)
    wb.save(path)


def _write_sheet(wb: Workbook, table: Table, rows, *, examples: bool) -> None:
    ws = wb.create_sheet(table.key)
    ws.freeze_panes = f"A{HEADER_ROWS + 1}"
    for i, col in enumerate(table.columns, start=1):
        letter = get_column_letter(i)
        ws.column_dimensions[letter].width = max(14, min(40, len(col.label) + 4))
        if col.kind in _TEXT_KINDS:
            ws.column_dimensions[letter].number_format = "@"
    ws.append([_header_cell(ws, col) for col in table.columns])
    ws.append([_styled(ws, _label(col), _LABEL_FONT) for col in table.columns])
    written = 0
    if examples:
        ws.append([_styled(ws, col.example or None, _EXAMPLE_FONT) for col in table.columns])
        written += 1
    for row in rows:
        ws.append([_text_cell(ws, v) if v.__class__ is str and v[:1] == "=" else v for v in row])
        written += 1
    last = HEADER_ROWS + written + VALIDATION_ROWS
    for i, col in enumerate(table.columns, start=1):
        if col.dropdown:
            dv = DataValidation(
                type="list",
                formula1='"' + ",".join(col.dropdown) + '"',
                allow_blank=True,
                showErrorMessage=True,
                errorTitle=col.label,
                error="Kies een waarde uit de lijst.",
            )
            letter = get_column_letter(i)
            dv.add(f"{letter}{HEADER_ROWS + 1}:{letter}{last}")
            ws.data_validations.append(dv)


def _label(col) -> str:
    return f"{col.label} *" if col.required else col.label


def _header_cell(ws, col) -> WriteOnlyCell:
    cell = _styled(ws, col.key, _HEADER_FONT)
    if col.required:
        cell.fill = _REQUIRED_FILL
    text = _label(col)
    if col.help:
        text += f"\n{col.help}"
    if col.dropdown:
        dutch = {value: alias for alias, value in reversed(col.aliases)}  # the first alias
        shown = [f"{v} ({dutch[v]})" if v in dutch else v for v in col.dropdown]
        text += "\nKeuze: " + ", ".join(shown)
    cell.comment = Comment(text, "vwdesk", width=300, height=120)
    return cell


def _text_cell(ws, value: str) -> WriteOnlyCell:
    """Text starting with = stays text (openpyxl would write a formula, read back empty)."""
    cell = WriteOnlyCell(ws, value=value)
    cell.data_type = "s"
    return cell


def _styled(ws, value, font: Font) -> WriteOnlyCell:
    cell = WriteOnlyCell(ws, value=value)
    cell.font = font
    return cell
