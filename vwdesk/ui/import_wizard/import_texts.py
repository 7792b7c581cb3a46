"""The import's words for a team leader: table names, and each problem's reason in Dutch.

The importer (vwdesk/services/importing) reports problems as English sentences
that name the column and the value ("birth_date 31-02-1990 is not a date").
The UI shows them translated: each known form is a pattern here with its
English source marked for translation; the column keys and values in it stay
as they are, because they are what the team leader finds in the file. A
sentence no pattern knows is shown as the importer wrote it (better English
than nothing); tests/ui/test_import_wizard_texts.py feeds real bad files
through the importer to catch a new form.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from vwdesk.domain.errors import InputProblem

TABLE_NAMES: dict[str, str] = {
    "households": QT_TRANSLATE_NOOP("import", "Households"),
    "clients": QT_TRANSLATE_NOOP("import", "Clients"),
    "volunteers": QT_TRANSLATE_NOOP("import", "Volunteers"),
    "locations": QT_TRANSLATE_NOOP("import", "Locations"),
    "sessions": QT_TRANSLATE_NOOP("import", "Consultation hours"),
    "contacts": QT_TRANSLATE_NOOP("import", "Contacts"),
    "dossiers": QT_TRANSLATE_NOOP("import", "Family reunification dossiers"),
    "family_members": QT_TRANSLATE_NOOP("import", "Family members"),
    "trajectories": QT_TRANSLATE_NOOP("import", "Trajectories"),
    "projects": QT_TRANSLATE_NOOP("import", "Projects"),
    "referrals": QT_TRANSLATE_NOOP("import", "Referrals"),
    "targets": QT_TRANSLATE_NOOP("import", "Housing targets"),
    "checklists": QT_TRANSLATE_NOOP("import", "Checklists"),
    "checklist_items": QT_TRANSLATE_NOOP("import", "Checklist items"),
}

# Names a row created because it named them (ImportSummary.created).
CREATED_NAMES: dict[str, str] = {
    "locations": QT_TRANSLATE_NOOP("import", "locations"),
    "partners": QT_TRANSLATE_NOOP("import", "partners"),
    "projects": QT_TRANSLATE_NOOP("import", "projects"),
}

_COL = r"(?P<col>\S+)"
_VALUE = r"(?P<value>.+)"
# (the importer's sentence as a pattern, its English source for translation); first match wins.
_FORMS: tuple[tuple[str, str], ...] = (
    (r"and (?P<count>\d+) more problems not listed",
     QT_TRANSLATE_NOOP("import", "And {count} more problems that are not listed.")),
    (rf"the required column {_COL} is missing",
     QT_TRANSLATE_NOOP("import", "The required column {col} is missing.")),
    (r"the column (?P<col>.+) is not known here; rename it, remove it or start its name "
     r"with # \(columns: (?P<cols>.+)\)",
     QT_TRANSLATE_NOOP("import", "The column {col} is not known in this table; rename it, "
                       "remove it or start its name with # (the columns are: {cols}).")),
    (r"the column (?P<col>.+) appears twice",
     QT_TRANSLATE_NOOP("import", "The column {col} appears twice.")),
    (r"(?P<name>.+) is not a table of the template \((?P<known>.+)\)",
     QT_TRANSLATE_NOOP("import", "{name} is not a table of the template (the tables are: "
                       "{known}).")),
    (r"(?P<name>.+): this table appears twice",
     QT_TRANSLATE_NOOP("import", "{name}: this table appears twice.")),
    (r"(?P<name>.+) cannot be read after row (?P<row>\d+) \((?P<why>.*)\)",
     QT_TRANSLATE_NOOP("import", "{name} cannot be read after row {row} ({why}).")),
    (r"the folder (?P<name>.+) holds no \.csv files",
     QT_TRANSLATE_NOOP("import", "The folder {name} holds no .csv files.")),
    (r"(?P<name>.+) holds no \.csv files",
     QT_TRANSLATE_NOOP("import", "{name} holds no .csv files.")),
    (r"(?P<name>.+) does not exist",
     QT_TRANSLATE_NOOP("import", "{name} does not exist (any more).")),
    (r"(?P<name>.+) is not an \.xlsx workbook, a \.zip, a folder or a \.csv file",
     QT_TRANSLATE_NOOP("import", "{name} is not an .xlsx workbook, a .zip, a folder or a "
                       ".csv file.")),
    (r"(?P<name>.+) cannot be read \((?P<why>.*)\)",
     QT_TRANSLATE_NOOP("import", "{name} cannot be read ({why}).")),
    (rf"{_COL} is empty; it is required with (?P<other>\S+)",
     QT_TRANSLATE_NOOP("import", "{col} is empty; it is required when {other} is filled in.")),
    (rf"{_COL} is empty; it is required",
     QT_TRANSLATE_NOOP("import", "{col} is empty; it is required.")),
    (rf"{_COL} is empty; an outcome needs it",
     QT_TRANSLATE_NOOP("import", "{col} is empty; an outcome needs it.")),
    (rf"{_COL} is empty: only info_point contacts may be anonymous, not (?P<kind>\S+)",
     QT_TRANSLATE_NOOP("import", "{col} is empty: only info_point contacts may be anonymous, "
                       "not {kind}.")),
    (rf"{_COL} is empty; (?P<what>.+) needs it",
     QT_TRANSLATE_NOOP("import", "{col} is empty; {what} needs it.")),
    (rf"{_COL} {_VALUE} appears twice \(also on row (?P<first>\d+)\)",
     QT_TRANSLATE_NOOP("import", "{col} {value} appears twice (also on row {first}).")),
    (r"this row repeats row (?P<first>\d+) \(the same (?P<cols>.+)\)",
     QT_TRANSLATE_NOOP("import", "This row repeats row {first} (the same {cols}).")),
    (rf"{_COL} {_VALUE} is not a client or volunteer of this file or of vwdesk",
     QT_TRANSLATE_NOOP("import", "{col} {value} is not a client or volunteer in this file "
                       "or in vwdesk.")),
    (rf"{_COL} {_VALUE} is not a client of this file or of vwdesk",
     QT_TRANSLATE_NOOP("import", "{col} {value} is not a client in this file or in vwdesk.")),
    (rf"{_COL} {_VALUE} is not a volunteer of this file or of vwdesk",
     QT_TRANSLATE_NOOP("import", "{col} {value} is not a volunteer in this file or in "
                       "vwdesk.")),
    (rf"{_COL} {_VALUE} is not a household of this file or of vwdesk",
     QT_TRANSLATE_NOOP("import", "{col} {value} is not a household in this file or in "
                       "vwdesk.")),
    (rf"{_COL} {_VALUE} is not a session of this file or of vwdesk",
     QT_TRANSLATE_NOOP("import", "{col} {value} is not a consultation hour in this file or "
                       "in vwdesk.")),
    (rf"{_COL} {_VALUE} is not a dossier of this file or of vwdesk",
     QT_TRANSLATE_NOOP("import", "{col} {value} is not a dossier in this file or in vwdesk.")),
    (rf"{_COL} {_VALUE} was anonymised; remove this row so the names stay removed",
     QT_TRANSLATE_NOOP("import", "{col} {value} has been anonymised; remove this row so the "
                       "names stay removed.")),
    (rf"{_COL} {_VALUE} lies before the housing date (?P<other>.+)",
     QT_TRANSLATE_NOOP("import", "{col} {value} lies before the housing date {other}.")),
    (rf"{_COL} {_VALUE} lies before (?P<other_col>\S+) (?P<other>.+)",
     QT_TRANSLATE_NOOP("import", "{col} {value} lies before {other_col} {other}.")),
    (rf"{_COL} {_VALUE} lies in the future",
     QT_TRANSLATE_NOOP("import", "{col} {value} lies in the future.")),
    (rf"{_COL} {_VALUE} is not after (?P<other_col>\S+) (?P<other>.+)",
     QT_TRANSLATE_NOOP("import", "{col} {value} is not after {other_col} {other}.")),
    (rf"{_COL} {_VALUE} differs from the date of session (?P<ref>.+) \((?P<other>.+)\)",
     QT_TRANSLATE_NOOP("import", "{col} {value} differs from the date of consultation hour "
                       "{ref} ({other}).")),
    (rf"{_COL} {_VALUE} is less than (?P<minimum>-?\d+)",
     QT_TRANSLATE_NOOP("import", "{col} {value} is less than {minimum}.")),
    (rf"{_COL} {_VALUE} is too large",
     QT_TRANSLATE_NOOP("import", "{col} {value} is too large.")),
    (rf"{_COL} {_VALUE} is not a year",
     QT_TRANSLATE_NOOP("import", "{col} {value} is not a year.")),
    (rf"{_COL} {_VALUE} is not a country \(write SY, Syria or Syrië\)",
     QT_TRANSLATE_NOOP("import", "{col} {value} is not a country (write SY, Syria or Syrië).")),
    (rf"{_COL} {_VALUE} is not a date \(write 2017-03-31 or 31-03-2017\)",
     QT_TRANSLATE_NOOP("import", "{col} {value} is not a date (write 2017-03-31 or "
                       "31-03-2017).")),
    (rf"{_COL} {_VALUE} is not a date",
     QT_TRANSLATE_NOOP("import", "{col} {value} is not a date.")),
    (rf"{_COL} {_VALUE} is not yes or no",
     QT_TRANSLATE_NOOP("import", "{col} {value} is not yes or no.")),
    (rf"{_COL} {_VALUE} is not a time of day \(HH:MM\)",
     QT_TRANSLATE_NOOP("import", "{col} {value} is not a time of day (write 14:00).")),
    (rf"{_COL} {_VALUE} is not a whole number",
     QT_TRANSLATE_NOOP("import", "{col} {value} is not a whole number.")),
    (rf"{_COL} {_VALUE} is not an amount in euros",
     QT_TRANSLATE_NOOP("import", "{col} {value} is not an amount in euros.")),
    (rf"{_COL} {_VALUE} is not a weekday \(write ma, di, wo, do, vr, za or zo\)",
     QT_TRANSLATE_NOOP("import", "{col} {value} is not a weekday (write ma, di, wo, do, vr, za "
                       "or zo).")),
    (rf"{_COL} {_VALUE} are not weekdays \(write ma, di, wo, do, vr, za or zo\)",
     QT_TRANSLATE_NOOP("import", "{col} {value} are not weekdays (write ma, di, wo, do, vr, "
                       "za or zo).")),
    (rf"{_COL} {_VALUE} is not a phone number \(10 to 15 digits\)",
     QT_TRANSLATE_NOOP("import", "{col} {value} is not a phone number (10 to 15 digits).")),
    (rf"{_COL} {_VALUE} is not an e-mail address",
     QT_TRANSLATE_NOOP("import", "{col} {value} is not an e-mail address.")),
    (rf"{_COL} {_VALUE} is not one of (?P<choices>.+)",
     QT_TRANSLATE_NOOP("import", "{col} {value} is not one of: {choices}.")),
    (r"there is no checklist (?P<name>.+) in vwdesk",
     QT_TRANSLATE_NOOP("import", "There is no checklist {name} in vwdesk.")),
    (r"there is no (?P<name>.+) checklist started on (?P<day>\S+) for this household or client",
     QT_TRANSLATE_NOOP("import", "No {name} checklist was started on {day} for this "
                       "household or client.")),
    (r"item (?P<item>.+) is not on this checklist (?P<times>\d+) times",
     QT_TRANSLATE_NOOP("import", "Item {item} is not on this checklist {times} times.")),
    (r"item (?P<item>.+) is not on this checklist",
     QT_TRANSLATE_NOOP("import", "Item {item} is not on this checklist.")),
)  # fmt: skip
_COMPILED = tuple((re.compile(pattern), text) for pattern, text in _FORMS)


def table_name(key: str | None) -> str:
    """`Cliënten (clients)`: the Dutch name, and the sheet or file name the team leader sees."""
    if not key:
        return ""
    name = TABLE_NAMES.get(key)
    if name is None:
        return key  # a sheet that is not a table of the template: its own name
    return f"{QCoreApplication.translate('import', name)} ({key})"


def reason(message: str) -> str:
    """The importer's sentence in the interface language."""
    for pattern, text in _COMPILED:
        m = pattern.fullmatch(message)
        if m is not None:
            return QCoreApplication.translate("import", text).format(**m.groupdict())
    return message


def is_translated(message: str) -> bool:
    return any(pattern.fullmatch(message) for pattern, _ in _COMPILED)


def problem_cells(problem: InputProblem) -> tuple[str, int | None, str, str]:
    """(table, row, column, reason) as the problem list shows them."""
    return table_name(problem.table), problem.row, problem.field or "", reason(problem.message)


def created_text(created: dict[str, int]) -> str:
    """`New names created: locations (2), partners (1).`; empty when none was created."""
    parts = [
        f"{QCoreApplication.translate('import', CREATED_NAMES.get(k, k))} ({n})"
        for k, n in created.items()
        if n
    ]
    if not parts:
        return ""
    return QCoreApplication.translate("import", "New names created: {names}.").format(
        names=", ".join(parts)
    )


_MORE = re.compile(r"and (\d+) more problems not listed")


def problem_count(problems: list[InputProblem]) -> int:
    """How many problems the file has, the ones past the importer's list included."""
    count = 0
    for problem in problems:
        more = _MORE.fullmatch(problem.message)
        count += int(more[1]) if more else 1
    return count
