"""Reading an import file: one .xlsx workbook, a folder or .zip of `<table>.csv`, or one .csv.

Whatever the container, each table comes out the same way: the contract keys
of its columns, and its rows as (row number as the user sees it, values in
that column order). Row 1 is the header (contract keys or the template's
Dutch labels, one per cell, `*` marks ignored). Skipped without a word:
a second header row holding the labels (or keys), the template's example row
left as it was, blank rows, columns without a header and columns whose header
starts with `#` (the team's own notes). An unknown column or sheet is a
problem, not silently dropped data.

CSV: UTF-8 with or without BOM (Windows-1252 when the first 64 KiB are not
UTF-8: what Dutch Excel writes as "CSV (gescheiden door lijstscheidingsteken)"),
comma, semicolon or tab separated, sniffed from the header line.
"""

from __future__ import annotations

import codecs
import contextlib
import csv
import io
import itertools
import operator
import re
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO

from vwdesk.domain.errors import InputProblem
from vwdesk.domain.import_contract import TABLES, Table
from vwdesk.domain.names import fold
from vwdesk.domain.parsing import as_text

# Sheets of the template that are not tables.
INFO_SHEETS = frozenset({"uitleg", "toelichting", "instructions", "readme"})
_SNIFF_BYTES = 64 * 1024
_SPACES = re.compile(r"\s+")

Values = tuple[object, ...]


def header_key(text: object) -> str:
    """How a header cell is compared: folded, `*` and surrounding space dropped."""
    return _SPACES.sub(" ", fold(as_text(text)).replace("*", " ")).strip()


def _names(table: Table) -> dict[str, str]:
    """Folded key or Dutch label -> contract key, for one table's columns."""
    names: dict[str, str] = {}
    for col in table.columns:
        names[header_key(col.label)] = col.key
        names[header_key(col.key)] = col.key
    return names


def _table_for(name: str) -> Table | None:
    wanted = header_key(name)
    for t in TABLES:
        if wanted in (header_key(t.key), header_key(t.label)):
            return t
    return None


@dataclass
class SourceTable:
    """One table of the file: its columns (contract keys) and a way to walk its rows."""

    table: Table
    origin: str  # sheet or file name, for messages
    columns: tuple[str, ...]
    positions: tuple[int, ...]  # where each column sits in the file's rows
    approx_rows: int
    _rows: Iterator[tuple[int, Values]] | None = field(default=None, repr=False)

    def rows(self) -> Iterator[tuple[int, Values]]:
        """(row number, values) for every data row; may be walked once."""
        if self._rows is None:
            raise RuntimeError("rows already read")
        rows, self._rows = self._rows, None
        return self._data_rows(rows)

    def _data_rows(self, rows: Iterator[tuple[int, Values]]) -> Iterator[tuple[int, Values]]:
        width = max(self.positions, default=-1) + 1
        if len(self.positions) == 1:
            only = self.positions[0]

            def pick(raw):
                return (raw[only],)
        elif self.positions:
            pick = operator.itemgetter(*self.positions)
        else:

            def pick(raw):
                return ()

        names = _names(self.table)
        example = tuple(as_text(self.table.column(c).example) for c in self.columns)
        leading = 2  # the label row and the example row may come first
        for number, raw in rows:
            if len(raw) < width:
                raw = [*raw, *([None] * (width - len(raw)))]
            values = pick(raw)
            if not any(values) and all(v is None or v == "" for v in values):
                continue
            leading -= 1
            texts = tuple(as_text(v) for v in values)
            if texts != example and not _is_label_row(texts, self.columns, names):
                yield number, values
            if not leading:
                break
        # The rest: a million rows, so as little as possible per row.
        for number, raw in rows:
            if len(raw) < width:
                raw = [*raw, *([None] * (width - len(raw)))]
            values = pick(raw)
            if any(values) or not all(v is None or v == "" for v in values):
                yield number, values


def _holds_data(first: tuple[int, Values] | None, rows: Iterator[tuple[int, Values]]) -> bool:
    for _, raw in itertools.chain([first] if first else [], itertools.islice(rows, 1000)):
        if any(v is not None and v != "" for v in raw):
            return True
    return False


def _is_label_row(texts: tuple[str, ...], columns: tuple[str, ...], names: dict) -> bool:
    return all(not t or names.get(header_key(t)) == c for t, c in zip(texts, columns, strict=True))


@dataclass
class ImportSource:
    """What a file holds, table by table, with the problems of its headers and sheets."""

    path: Path
    tables: dict[str, SourceTable] = field(default_factory=dict)
    problems: list[InputProblem] = field(default_factory=list)
    _closers: contextlib.ExitStack = field(default_factory=contextlib.ExitStack, repr=False)

    def close(self) -> None:
        self._closers.close()

    def __enter__(self) -> ImportSource:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def add(self, origin: str, rows: Iterator[tuple[int, Values]], approx_rows: int) -> None:
        """Read the header of one sheet or file and register it under its table."""
        table = _table_for(Path(origin).stem if origin.lower().endswith(".csv") else origin)
        first = next(rows, None)
        if table is None:
            if header_key(Path(origin).stem) in INFO_SHEETS or origin.startswith("#"):
                return
            if not _holds_data(first, rows):
                return  # an empty extra sheet (Excel's "Blad1")
            known = ", ".join(t.key for t in TABLES)
            self.problems.append(
                InputProblem(f"{origin} is not a table of the template ({known})", table=origin)
            )
            return
        if table.key in self.tables:
            self.problems.append(
                InputProblem(f"{origin}: this table appears twice", table=table.key)
            )
            return
        if first is None:
            return  # an empty sheet is an absent table
        self._header(table, origin, first[1], rows, approx_rows)

    def _header(self, table: Table, origin: str, header: Values, rows, approx_rows: int) -> None:
        names = _names(table)
        columns: list[str] = []
        positions: list[int] = []
        for i, cell in enumerate(header):
            text = as_text(cell)
            if not text or text.startswith("#"):
                continue
            key = names.get(header_key(text))
            if key is None:
                self.problems.append(
                    InputProblem(
                        f"the column {text} is not known here; rename it, remove it or start its "
                        f"name with # (columns: {', '.join(c.key for c in table.columns)})",
                        field=text,
                        table=table.key,
                        row=1,
                    )
                )
            elif key in columns:
                self.problems.append(
                    InputProblem(
                        f"the column {key} appears twice", field=key, table=table.key, row=1
                    )
                )
            else:
                columns.append(key)
                positions.append(i)
        self.tables[table.key] = SourceTable(
            table, origin, tuple(columns), tuple(positions), max(approx_rows - 1, 0), rows
        )


def open_source(path: Path) -> ImportSource:
    """Open a workbook, a folder or zip of CSV files, or one CSV file."""
    path = Path(path)
    source = ImportSource(path)
    try:
        if path.is_dir():
            _open_folder(source, path)
        elif not path.exists():
            source.problems.append(InputProblem(f"{path.name} does not exist"))
        elif zipfile.is_zipfile(path) and path.suffix.lower() != ".xlsx":
            _open_zip(source, path)
        elif path.suffix.lower() in (".xlsx", ".xlsm"):
            _open_workbook(source, path)
        elif path.suffix.lower() == ".csv":
            _add_csv(source, path.name, path.open("rb"), path.stat().st_size)
        else:
            source.problems.append(
                InputProblem(
                    f"{path.name} is not an .xlsx workbook, a .zip, a folder or a .csv file"
                )
            )
    except (OSError, zipfile.BadZipFile, ValueError, KeyError) as exc:
        source.close()
        source.problems.append(InputProblem(f"{path.name} cannot be read ({exc})"))
    return source


def _open_workbook(source: ImportSource, path: Path) -> None:
    import openpyxl

    wb = openpyxl.load_workbook(path, read_only=True, data_only=True)
    source._closers.callback(wb.close)
    for ws in wb.worksheets:
        rows = enumerate(ws.iter_rows(values_only=True), start=1)
        source.add(ws.title, rows, ws.max_row or 0)


def _open_folder(source: ImportSource, folder: Path) -> None:
    files = sorted(p for p in folder.iterdir() if p.suffix.lower() == ".csv" and p.is_file())
    if not files:
        source.problems.append(InputProblem(f"the folder {folder.name} holds no .csv files"))
    for p in files:
        _add_csv(source, p.name, p.open("rb"), p.stat().st_size)


def _open_zip(source: ImportSource, path: Path) -> None:
    zf = zipfile.ZipFile(path)
    source._closers.enter_context(zf)
    members = [
        m
        for m in zf.infolist()
        if m.filename.lower().endswith(".csv")
        and not m.is_dir()
        and "__MACOSX" not in m.filename
        and not Path(m.filename).name.startswith(".")
    ]
    if not members:
        source.problems.append(InputProblem(f"{path.name} holds no .csv files"))
    for m in members:
        _add_csv(source, Path(m.filename).name, zf.open(m), m.file_size)


def _add_csv(source: ImportSource, name: str, raw: IO[bytes], size: int) -> None:
    source._closers.callback(raw.close)
    stream = io.BufferedReader(raw, buffer_size=_SNIFF_BYTES)  # type: ignore[arg-type]
    head = stream.peek(_SNIFF_BYTES)[:_SNIFF_BYTES]
    encoding = _encoding(head)
    text = io.TextIOWrapper(stream, encoding=encoding, newline="")
    first_line = head.decode(encoding, errors="replace").split("\n", 1)[0]
    delimiter = max((";", ",", "\t"), key=first_line.count)
    if not first_line.count(delimiter):
        delimiter = ","
    reader = csv.reader(text, delimiter=delimiter)
    approx = head.count(b"\n") * max(size, 1) // max(len(head), 1)
    source.add(name, enumerate(reader, start=1), approx)


def _encoding(head: bytes) -> str:
    """utf-8-sig when the start reads as UTF-8 (a cut-off last character allowed)."""
    decoder = codecs.getincrementaldecoder("utf-8")()
    try:
        decoder.decode(head, final=False)
    except UnicodeDecodeError:
        return "cp1252"
    return "utf-8-sig"
