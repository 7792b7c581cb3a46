"""The generator's bulk path: executemany on the raw SQLCipher connection, one transaction
per chunk, with the big tables' plain indexes built once at the end.

Rows are tuples in the order of the columns named; every other column of the
ORM table gets what a fresh insert would give it (created_at/updated_at the
generation time, scalar defaults, else NULL), so the file looks like one the
application wrote. Foreign keys stay on: a generator bug fails loudly.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from itertools import islice

import sqlalchemy as sa

CHUNK = 50_000


def _stored(value: object) -> object:
    return int(value) if isinstance(value, bool) else value


class Bulk:
    def __init__(self, raw, now: str, log: Callable[[str], None] = lambda _m: None):
        self.raw = raw  # a sqlcipher3 connection with isolation_level None
        self.now = now
        self.log = log
        self.counts: dict[str, int] = {}

    def _constants(self, table: sa.Table, columns: Sequence[str]) -> tuple[list[str], tuple]:
        names, values = [], []
        for col in table.columns:
            if col.name in columns or col.primary_key:
                continue
            if col.name in ("created_at", "updated_at"):
                value: object = self.now
            elif col.default is not None and col.default.is_scalar:
                value = _stored(col.default.arg)
            else:
                value = None
            names.append(col.name)
            values.append(value)
        return names, tuple(values)

    def insert(self, table: sa.Table, columns: Sequence[str], rows: Iterable[tuple]) -> int:
        """Insert `rows` (tuples in `columns` order), CHUNK rows per transaction."""
        extra, constants = self._constants(table, columns)
        names = [*columns, *extra]
        quoted = ", ".join(f'"{n}"' for n in names)
        sql = f'INSERT INTO "{table.name}" ({quoted}) VALUES ({", ".join("?" * len(names))})'
        start = time.perf_counter()
        total = 0
        it: Iterator[tuple] = iter(rows)
        while chunk := list(islice(it, CHUNK)):
            if constants:
                chunk = [r + constants for r in chunk]
            self.raw.execute("BEGIN")
            try:
                self.raw.executemany(sql, chunk)
            except BaseException:
                self.raw.execute("ROLLBACK")
                raise
            self.raw.execute("COMMIT")
            total += len(chunk)
        self.counts[table.name] = self.counts.get(table.name, 0) + total
        took = time.perf_counter() - start
        if total:
            self.log(f"  {table.name}: {total:,} rows in {took:.1f} s ({total / took:,.0f}/s)")
        return total

    @contextmanager
    def without_indexes(self, *tables: str) -> Iterator[None]:
        """Drop the plain (non-unique) indexes of `tables`; build them again afterwards."""
        dropped: list[tuple[str, str]] = []
        for table in tables:
            rows = self.raw.execute(
                "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = ? "
                "AND sql IS NOT NULL AND sql NOT LIKE 'CREATE UNIQUE%'",
                (table,),
            ).fetchall()
            for name, sql in rows:
                self.raw.execute(f'DROP INDEX "{name}"')
                dropped.append((name, sql))
        try:
            yield
        finally:
            start = time.perf_counter()
            for _name, sql in dropped:
                self.raw.execute(sql)
            if dropped:
                took = time.perf_counter() - start
                self.log(f"  {len(dropped)} indexes built again in {took:.1f} s")
