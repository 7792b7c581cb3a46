"""The common walk of one table: cells parsed, required columns checked, duplicates found.

A table importer says which database columns a row fills (`FIELDS`: contract
key -> column) and what its rules are (`convert`); this base does the rest.
A column absent from the file is left as it is on rows that already exist
(and takes its default on new rows); a column present with an empty cell
clears the stored value.
"""

from __future__ import annotations

import operator
from collections.abc import Hashable, Sequence
from typing import ClassVar

from vwdesk.domain.import_contract import Table, table
from vwdesk.domain.parsing import ParseError
from vwdesk.services.importing.cells import column_parser
from vwdesk.services.importing.context import BROKEN, ImportContext
from vwdesk.services.importing.store import ADDED, UNCHANGED, UPDATED, Counts, TableStore

Row = dict[str, object]


class TableImporter:
    TABLE: ClassVar[str]
    RECORD: ClassVar[type]
    # contract key -> the database column(s) it fills
    FIELDS: ClassVar[dict[str, str | tuple[str, ...]]]
    # how stored rows are found: by this column ("ref"), or (None) by `identity()`
    KEY_COLUMN: ClassVar[str | None] = "ref"
    # the database columns of `identity()`, for rows already stored (composite keys)
    IDENTITY: ClassVar[tuple[str, ...]] = ()
    # Several rows may share an identity (two referrals to one partner on one day): the
    # n-th such row of the file is the n-th one stored, so a second import still matches.
    REPEATS: ClassVar[bool] = False
    # the ImportContext map where this table's refs are found by the tables after it
    REGISTRY: ClassVar[str | None] = None

    def __init__(self, ctx: ImportContext, present: Sequence[str]):
        self.ctx = ctx
        self.spec: Table = table(self.TABLE)
        self.present = tuple(present)
        self.counts = Counts()
        self._seen: dict[Hashable, int] = {}  # identity -> first row, or -> rows so far
        self._parsers = [column_parser(self.spec.column(k), ctx.today) for k in present]
        self._defaults = self._blank_defaults()
        self._absent: Row = {
            c.key: self._defaults.get(c.key) for c in self.spec.columns if c.key not in present
        }
        self._required = [k for k in self.spec.required if k in self.present]
        self._ref_key = next((k for k, c in self.FIELDS.items() if c == "ref"), None)
        self.columns = self._db_columns()
        self._values = operator.itemgetter(*self.columns)
        # Rows keyed by their ref (identity() as it is here), and whether stored() does more
        # than count: else process() skips the per-row calls.
        cls = type(self)
        self._by_key_column = self.KEY_COLUMN is not None and cls.identity is _base_identity
        self._registers = cls.stored is not _base_stored
        # A chunk that convert_columns() converted whole goes to the store in one piece.
        self._whole = self._by_key_column and not self.REPEATS and not self._registers
        if self.REGISTRY is not None:  # read before this table writes to it
            getattr(ctx, self.REGISTRY)
        self.store = TableStore(
            ctx.writer,
            self.RECORD.__table__,
            self.columns,
            self._update_columns(),
            key_column=self.KEY_COLUMN,
            existing_key=self._stored_identity if self.KEY_COLUMN is None else None,
            repeats=self.REPEATS,
            now=ctx.now,
        )

    # -- layout ----------------------------------------------------------------------------
    def _db_columns(self) -> tuple[str, ...]:
        out: list[str] = []
        for cols in self.FIELDS.values():
            out += [cols] if isinstance(cols, str) else list(cols)
        return tuple(dict.fromkeys(out))

    def _update_columns(self) -> tuple[str, ...]:
        out: list[str] = []
        for key, cols in self.FIELDS.items():
            if key in self.present or self.spec.column(key).required:
                out += [cols] if isinstance(cols, str) else list(cols)
        return tuple(dict.fromkeys(out))

    def _blank_defaults(self) -> dict[str, object]:
        """Contract key -> what an empty cell stores, for NOT NULL columns with a default
        ('' for text, the default role, no for yes/no)."""
        table = self.RECORD.__table__
        out: dict[str, object] = {}
        for key, cols in self.FIELDS.items():
            col = table.c[cols] if isinstance(cols, str) else None
            if col is None or col.nullable or self.spec.column(key).required:
                continue
            if col.default is not None and col.default.is_scalar:
                arg = col.default.arg
                out[key] = int(arg) if isinstance(arg, bool) else arg
        return out

    def _stored_identity(self, stored: tuple) -> Hashable:
        return tuple(stored[self.columns.index(c)] for c in self.IDENTITY)

    # -- rows ------------------------------------------------------------------------------
    def missing_columns(self) -> list[str]:
        return [k for k in self.spec.required if k not in self.present]

    def process(self, chunk: Sequence[tuple[int, tuple]]) -> None:
        numbers, columns, bad = self._parse(chunk)
        fast = self.convert_columns(columns)
        if fast is not None and not bad and None not in fast and self._whole:
            keys = self._new_keys(numbers, fast)
            if keys is not None:
                self._count(*self.store.put(keys, fast))
                return
        if fast is None:
            fast = [None] * len(numbers)
        for i in bad:
            fast[i] = _SKIP
        names = list(columns)
        cells = list(columns.values())
        convert = self.convert
        by_key = self._by_key_column
        key_column = self.KEY_COLUMN
        key_at = self.columns.index(key_column) if by_key else -1
        seen = self._seen
        values_of = self._values
        single = len(self.columns) == 1
        kept: list[tuple[int, Row | None]] = []
        keys: list[Hashable | None] = []
        batch: list[tuple] = []
        for i, (number, values) in enumerate(zip(numbers, fast, strict=True)):
            if values is _SKIP:
                continue
            if values is None:  # row by row: `convert` checks it (and tells its problems)
                v = dict(zip(names, [col[i] for col in cells], strict=True))
                got = convert(v, number)
                if got is None:
                    self._broken(number, v)
                    continue
                values = (values_of(got),) if single else values_of(got)
                key = got[key_column] if by_key else self.identity(v, got)
            else:  # converted with the whole chunk
                v = None
                key = values[key_at]
            if self.REPEATS:
                seen[key] = n = seen.get(key, -1) + 1
                key = (key, n)
                if not self.accept(key, v, number):
                    continue
            elif key is not None:
                first = seen.setdefault(key, number)
                if first != number:
                    self.duplicate(number, first, key)
                    continue
            kept.append((number, v))
            keys.append(key)
            batch.append(values)
        if batch:
            self._count(*self.store.put(keys, batch), kept)

    def _new_keys(self, numbers: list[int], rows: list[tuple]) -> list | None:
        """The keys of a chunk converted whole, and taken as seen, when none of them is
        in it twice or was in an earlier chunk; None: row by row, to tell which."""
        at = self.columns.index(self.KEY_COLUMN)
        keys = [values[at] for values in rows]
        if None in keys:  # rows without a ref of their own (contacts): always new
            pairs = [(k, n) for k, n in zip(keys, numbers, strict=True) if k is not None]
            named = [k for k, _ in pairs]
        else:
            pairs, named = zip(keys, numbers, strict=True), keys
        if len(set(named)) != len(named) or not self._seen.keys().isdisjoint(named):
            return None
        self._seen.update(pairs)
        return keys

    def _count(self, pks: list, states: list[str], kept: list | None = None) -> None:
        counts = self.counts
        if not self._registers:
            counts.added += states.count(ADDED)
            counts.updated += states.count(UPDATED)
            counts.unchanged += states.count(UNCHANGED)
            return
        stored = self.stored
        for (number, v), pk, state in zip(kept or (), pks, states, strict=True):
            counts.count(stored(v, pk, state, number))

    def _parse(
        self, chunk: Sequence[tuple[int, tuple]]
    ) -> tuple[list[int], dict[str, list], set[int]]:
        """The row numbers, the parsed values column by column (every column of the table,
        the absent ones at their defaults), and the rows with a problem in a cell (told
        here). Column by column: a million rows make a few thousand distinct dates and
        names of kinds."""
        numbers = [number for number, _ in chunk]
        cells = list(zip(*(raw for _, raw in chunk), strict=True)) or [()] * len(self.present)
        columns: dict[str, list] = {}
        bad: set[int] = set()
        for key, parse, col in zip(self.present, self._parsers, cells, strict=True):
            values, wrong = parse(col)
            if wrong:
                for i, value in enumerate(values):
                    if value.__class__ is ParseError:
                        self.problem(numbers[i], key, str(value))
                        bad.add(i)
                        values[i] = None
            if None in values:
                if key in self._required:
                    for i, value in enumerate(values):
                        if value is None and i not in bad:
                            self.problem(numbers[i], key, f"{key} is empty; it is required")
                            bad.add(i)
                elif key in self._defaults:
                    default = self._defaults[key]
                    values = [default if value is None else value for value in values]
            columns[key] = values
        for key, default in self._absent.items():
            columns[key] = [default] * len(numbers)
        for i in sorted(bad):
            self._broken(numbers[i], {key: col[i] for key, col in columns.items()})
        return numbers, columns, bad

    # -- what each table says ----------------------------------------------------------------
    def convert(self, v: Row, number: int) -> dict[str, object] | None:
        """The database values of a parsed row, or None after reporting a problem."""
        raise NotImplementedError

    def convert_columns(self, columns: dict[str, list]) -> list[tuple | None] | None:
        """Optional, for the tables of millions of rows: the database values (a tuple in
        `columns` order) of a whole chunk's rows at once, from its parsed columns (contract
        key -> values); None for a row that `convert` is to check (and tell the problems
        of). It must agree with `convert` on every row it converts, and its table may not
        need `v` in `stored` or `accept` (they get None). None: no such way, row by row."""
        return None

    def identity(self, v: Row, values: dict[str, object]) -> Hashable | None:
        """The row's key: its ref, or its identifying columns; None: always a new row."""
        if self.KEY_COLUMN is not None:
            return values[self.KEY_COLUMN]
        return tuple(values[c] for c in self.IDENTITY)

    def accept(self, key: Hashable, v: Row, number: int) -> bool:
        """With REPEATS: may this (identity, n) be stored? (False after a problem.)"""
        return True

    def stored(self, v: Row, pk, state: str, number: int) -> str:
        """After the row is stored (or, dry, would be): register it; the state to count."""
        return state

    def finish(self) -> None:
        self.store.finish()

    # -- helpers -------------------------------------------------------------------------
    def problem(self, number: int, field: str | None, message: str) -> None:
        self.ctx.problem(message, self.TABLE, number, field)

    def duplicate(self, number: int, first: int, key: Hashable) -> None:
        if self.KEY_COLUMN == "ref":
            key_name = self._ref_key
            self.problem(number, key_name, f"{key_name} {key} appears twice (also on row {first})")
        else:
            named = ", ".join(k for k in self.spec.identity)
            self.problem(number, None, f"this row repeats row {first} (the same {named})")

    def ref(self, v: Row, number: int, key: str, known: dict, what: str):
        """What `v[key]` refers to, or None: with a problem when it is filled in but unknown,
        without one when the row it refers to has a problem of its own."""
        ref = v[key]
        if ref is None:
            return None
        found = known.get(ref)
        if found is None:
            self.problem(number, key, f"{key} {ref} is not a {what} of this file or of vwdesk")
        return None if found is BROKEN else found

    def _broken(self, number: int, v: Row) -> None:
        """A row with a problem still holds its ref: later rows may name it, and a second
        row with the same ref is still a duplicate."""
        if self.REGISTRY is None or self.KEY_COLUMN != "ref":
            return
        ref = v.get(self._ref_key)
        if ref is not None and ref.__class__ is not ParseError:
            getattr(self.ctx, self.REGISTRY).setdefault(ref, BROKEN)
            self._seen.setdefault(ref, number)

    def order(self, v: Row, number: int, first: str, then: str, message: str) -> bool:
        """False (and a problem) when `then` lies before `first`."""
        if v[first] is not None and v[then] is not None and v[then] < v[first]:
            self.problem(number, then, message.format(**v))
            return False
        return True


_SKIP = object()  # a row with a problem in one of its cells
_base_identity = TableImporter.identity
_base_stored = TableImporter.stored
