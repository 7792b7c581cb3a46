"""Any list the app shows, written to .xlsx or .csv for a team leader to work with.

Plain data in, a file out: the caller gives the column titles as shown
(already translated) and the rows as values (text, numbers, dates, yes/no,
None). CSV is written the way Dutch Excel opens it by double-click: UTF-8
with BOM, semicolons. Dates are real date cells in .xlsx (shown as
DD-MM-YYYY) and ISO text in CSV, which Excel reads as a date in any locale.

Text that a spreadsheet would run as a formula (`=...`, `@...`, `+cmd(...)`)
is written as text: a client's name must never become a formula in the team
leader's Excel.
"""

from __future__ import annotations

import csv
from collections.abc import Iterable, Sequence
from datetime import date, datetime
from pathlib import Path

FORMATS = (".xlsx", ".csv")
_DATE_FORMAT = "DD-MM-YYYY"
_FORMULA_START = ("=", "@", "\t", "\r")


def looks_like_formula(text: str) -> bool:
    """`=SUM(A1)`, `@cmd`, `+cmd|...`; a phone number such as `+31 6 1234 5678` is no formula."""
    if text.startswith(_FORMULA_START):
        return True
    return text[:1] in ("+", "-") and any(ch.isalpha() or ch in "(|!" for ch in text)


def _plain(value: object) -> object:
    if isinstance(value, bool):
        return "ja" if value else "nee"
    return value


def write_list(path: Path, columns: Sequence[str], rows: Iterable[Sequence[object]]) -> int:
    """Write the list to `path` (.xlsx or .csv, by its suffix); the number of rows."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix == ".xlsx":
        return _write_xlsx(path, columns, rows)
    if suffix == ".csv":
        return _write_csv(path, columns, rows)
    raise ValueError(f"{path.name}: a list is written as .xlsx or .csv")


def _write_csv(path: Path, columns: Sequence[str], rows) -> int:
    count = 0
    with path.open("w", encoding="utf-8-sig", newline="") as f:
        writer = csv.writer(f, delimiter=";")
        writer.writerow(columns)
        for row in rows:
            writer.writerow([_csv_value(v) for v in row])
            count += 1
    return count


def _csv_value(value: object) -> object:
    value = _plain(value)
    if value is None:
        return ""
    if isinstance(value, datetime):
        return value.strftime("%Y-%m-%d %H:%M")
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, str) and looks_like_formula(value):
        return "'" + value
    return value


def _write_xlsx(path: Path, columns: Sequence[str], rows) -> int:
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Font

    wb = Workbook(write_only=True)
    ws = wb.create_sheet("Lijst")
    ws.freeze_panes = "A2"
    header = []
    for title in columns:
        cell = WriteOnlyCell(ws, value=str(title))
        cell.font = Font(bold=True)
        header.append(cell)
    ws.append(header)
    widths = [len(str(c)) for c in columns]
    count = 0
    for row in rows:
        ws.append([_xlsx_cell(ws, v) for v in row])
        for i, v in enumerate(row[: len(widths)]):
            widths[i] = max(widths[i], min(len(str(v or "")), 50))
        count += 1
    for i, width in enumerate(widths):
        ws.column_dimensions[_letter(i)].width = max(8, width + 2)
    wb.save(path)
    return count


def _xlsx_cell(ws, value: object):
    from openpyxl.cell import WriteOnlyCell

    value = _plain(value)
    if isinstance(value, date):
        cell = WriteOnlyCell(ws, value=value)
        cell.number_format = _DATE_FORMAT if not isinstance(value, datetime) else "DD-MM-YYYY HH:MM"
        return cell
    if isinstance(value, str) and value.startswith("="):
        cell = WriteOnlyCell(ws, value=value)
        cell.data_type = "s"  # openpyxl would write it as a formula
        return cell
    return value


def _letter(index: int) -> str:
    from openpyxl.utils import get_column_letter

    return get_column_letter(index + 1)
