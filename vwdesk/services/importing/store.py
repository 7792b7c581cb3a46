"""Bulk upserts of one database table: insert new rows, update changed ones, count.

Rows arrive as (key, values) with values in the order of `columns`, already
as SQLite stores them (ISO dates, 1/0). A row whose key is found is compared
on `update_columns` (the columns the file holds) and updated only when one
differs; a row with key None is always inserted (a contact without a
contact_ref). New rows get their primary keys here, so the importer knows
them without reading back (the import runs alone in one write transaction).

The statements are SQLAlchemy Core `insert()`/`update()`, compiled once and
run with the driver's executemany: at a million rows SQLAlchemy's
per-value type processing costs more than SQLite itself. While the writer is
not `writing` (a dry run, or a file already found wrong) everything is
decided and counted, nothing is executed.
"""

from __future__ import annotations

import contextlib
import operator
import queue
import threading
from collections.abc import Callable, Hashable, Sequence
from dataclasses import dataclass

import orjson
import sqlalchemy as sa
from sqlalchemy import Connection

_LOOKUP_CHUNK = 10_000
# Above this many new rows (and more than the table holds), the table's plain
# indexes are dropped for the inserts and built again at the end: sorting once
# is several times faster than a million B-tree inserts. Inside the transaction,
# so a rejected or cancelled import leaves them as they were.
BULK_INDEX_THRESHOLD = 50_000


ADDED, UPDATED, UNCHANGED = "added", "updated", "unchanged"


class Writer:
    """Runs the bulk statements on a second thread, so that SQLite writes one chunk while
    Python checks the next (SQLite releases the GIL while it works). One statement at a
    time, in order; `read()` waits until the queue is empty, so the connection is never
    used by both threads at once. Not `writing` (a dry run, or once the file is known to be
    wrong and will be rolled back) it runs nothing."""

    def __init__(
        self,
        conn: Connection,
        *,
        writing: bool,
        threaded: bool = True,
        snapshot: Connection | None = None,
    ):
        self._conn = conn
        self._snapshot = snapshot
        self.writing = writing
        self._error: BaseException | None = None
        self._queue: queue.Queue[tuple[Callable, tuple] | None] = queue.Queue(maxsize=2)
        self._thread: threading.Thread | None = None
        if writing and threaded:
            self._thread = threading.Thread(target=self._run, name="import-writer", daemon=True)
            self._thread.start()

    @property
    def dialect(self):
        return self._conn.dialect

    def execute(self, sql: str, params: list | None = None) -> None:
        """executemany `sql` with `params` (or `sql` alone), after everything queued before."""
        if params is None:
            self._put(self._conn.exec_driver_sql, sql)
        else:
            self._put(self._conn.exec_driver_sql, sql, params)

    def insert_rows(self, sql: str, rows: list[tuple], *params: object) -> None:
        """Run `sql`, an INSERT ... SELECT from jsonb_each(?1), with `rows` as one JSON array
        and `params` as ?2, ?3 ...

        One statement for a whole chunk: executemany takes the GIL back after every row,
        and while the importing thread is busy checking the next chunk each row waits for
        it (up to Python's switch interval, 5 ms). Measured on 2 busy cores, 50,000
        contacts: executemany 2.1 s alone and 6.3 s beside a busy Python thread; as one
        statement 2.3 s and 3.4 s. The JSON is made here, so the writer's thread needs
        the GIL for nothing but starting the statement.

        orjson rather than the standard json module: the importing thread is the one that
        holds the GIL longest, and making the JSON of 200,000 contacts took it 0.2-0.47 s
        with json and 0.02 s with orjson. The values are text, whole numbers (SQLite's
        64 bits: domain/parsing.py refuses larger ones) and None."""
        if self.writing:
            text = orjson.dumps(rows).decode()
            self._put(self._conn.exec_driver_sql, sql, (text, *params))

    def _put(self, run: Callable, *args: object) -> None:
        if not self.writing:
            return
        if self._thread is None:
            run(*args)
            return
        self._raise()
        self._queue.put((run, args))

    def read(self) -> Connection:
        """The connection, once every queued statement has run."""
        self.drain()
        return self._conn

    def lookups(self) -> Connection:
        """A connection to find the rows stored before this import: `snapshot`, a read
        transaction of its own that never waits for the queue, when there is one. (Rows
        written by this import are never looked up: a key twice in a file is a problem.)"""
        return self._snapshot if self._snapshot is not None else self.read()

    def drain(self) -> None:
        if self._thread is not None:
            self._queue.join()
        self._raise()

    def close(self) -> None:
        """Stop the thread (after the queued statements); raise what went wrong in it."""
        if self._thread is not None:
            self._queue.put(None)
            self._thread.join()
            self._thread = None
        self._raise()

    def stop(self) -> None:
        """Like close, when something else went wrong already: its error is the one told."""
        with contextlib.suppress(BaseException):
            self.close()

    def _raise(self) -> None:
        if self._error is not None:
            error, self._error = self._error, None
            raise error

    def _run(self) -> None:
        while (item := self._queue.get()) is not None:
            try:
                if self._error is None:
                    run, args = item
                    run(*args)
            except BaseException as exc:  # handed to the importing thread
                self._error = exc
            finally:
                self._queue.task_done()
        self._queue.task_done()


@dataclass
class Counts:
    added: int = 0
    updated: int = 0
    unchanged: int = 0

    def count(self, state: str) -> None:
        if state is ADDED:
            self.added += 1
        elif state is UPDATED:
            self.updated += 1
        else:
            self.unchanged += 1


class TableStore:
    def __init__(
        self,
        writer: Writer,
        table: sa.Table,
        columns: Sequence[str],
        update_columns: Sequence[str],
        *,
        key_column: str | None = "ref",
        existing_key: Callable[[tuple], Hashable] | None = None,
        repeats: bool = False,
        now: str,
    ):
        """`key_column`: rows are found by that column (looked up in chunks); else, with
        `existing_key`, the whole table is read once and each stored row keyed by
        `existing_key(row)` (row = the columns in `columns` order); with `repeats`, keys
        are (identity, n): the n-th row of that identity, in the order they were stored."""
        self.writer = writer
        conn = writer.read()
        self.table = table
        self.columns = tuple(columns)
        self.update_columns = tuple(update_columns)
        self.key_column = key_column
        self._pk = next(iter(table.primary_key.columns)).name
        self._assign_pk = self._pk not in self.columns
        self._update_at = [self.columns.index(c) for c in self.update_columns]
        # what a found row is compared on (the file's columns), at C speed
        self._compared = operator.itemgetter(*self._update_at) if self._update_at else None
        self._stamped = "updated_at" in table.c
        self._now = now
        self._insert_sql = self._compile_insert()
        cols = [table.c[self._pk], *(table.c[c] for c in self.columns)]
        # Read straight from the driver: the values as SQLite stores them (ISO dates, 1/0),
        # which is what rows compare with, without SQLAlchemy processing every value.
        self._select_sql = str(sa.select(*cols).compile(dialect=writer.dialect))
        self._update_sql, self._update_order = self._compile_update()
        self._next_pk = (conn.scalar(sa.select(sa.func.max(table.c[self._pk]))) or 0) + 1
        self._dropped: list[str] = []
        # A table holding no keys yet needs no lookups (keys are unique within the file).
        self._holds_keys = key_column is not None and (
            conn.scalar(
                sa.select(table.c[key_column]).where(table.c[key_column].isnot(None)).limit(1)
            )
            is not None
        )
        self._known: dict[Hashable, tuple[object, tuple]] | None = None
        if key_column is None and existing_key is not None:
            self._known = {}
            seen: dict[Hashable, int] = {}
            for r in _driver(conn).execute(f"{self._select_sql} ORDER BY 1"):
                stored = r[1:]
                key = existing_key(stored)
                if repeats:  # the n-th stored row with this identity
                    seen[key] = n = seen.get(key, -1) + 1
                    key = (key, n)
                self._known[key] = (r[0], stored)

    # -- statements ------------------------------------------------------------------------
    def _defaults(self) -> dict[str, object]:
        """Values for the columns the file does not give, as a fresh insert would have them."""
        out: dict[str, object] = {}
        for col in self.table.columns:
            if col.name in self.columns or (col.name == self._pk and self._assign_pk):
                continue
            if col.name in ("created_at", "updated_at"):
                out[col.name] = self._now
            elif col.default is not None and col.default.is_scalar:
                out[col.name] = _stored(col.default.arg)
            else:  # NULL, or the database refuses a row an importer failed to complete
                out[col.name] = None
        return out

    def _compile_insert(self) -> str:
        """The INSERT of a chunk's new rows (Writer.insert_rows): ?1 their values as one JSON
        array (`value ->> i` gives back the text, integer or NULL each was), ?2 the first
        new primary key when they are numbered here (`key` counts from 0), then the
        defaults. Values only in the JSON: every other one per row costs SQLite a lookup.

        jsonb_each rather than json_each: both parse the text once, but json_each gives each
        row's array back as text, which every `->>` then has to find in SQLite's cache of
        parsed JSON (or parse again); jsonb_each gives it in SQLite's parsed form (JSONB). The
        same values come out (tests/unit/test_import_store.py); 200,000 contacts went in
        in 1.50 s instead of 1.73 (median of 8, 2 cores), and this statement is the longest
        part of a first import."""
        defaults = self._defaults()
        self._constants = tuple(defaults.values())
        names = [*([self._pk] if self._assign_pk else []), *self.columns, *defaults]
        picks = ["?2 + key"] if self._assign_pk else []
        picks += [f"value ->> {i}" for i in range(len(self.columns))]
        first = len(picks) - len(self.columns) + 2
        picks += [f"?{first + i}" for i in range(len(defaults))]
        quote = self.writer.dialect.identifier_preparer.quote
        return (
            f"INSERT INTO {quote(self.table.name)} ({', '.join(map(quote, names))}) "
            f"SELECT {', '.join(picks)} FROM jsonb_each(?1)"
        )

    def _insert(self, first_pk: int | None, rows: list[tuple]) -> None:
        """Queue the INSERT of `rows` (values in `columns` order), numbered from `first_pk`."""
        if self.writer.writing and rows:
            pk = (first_pk,) if self._assign_pk else ()
            self.writer.insert_rows(self._insert_sql, rows, *pk, *self._constants)

    def _compile_update(self) -> tuple[str | None, list[str]]:
        """The UPDATE, and the order of its parameters (names: a column, `pk`, `now`)."""
        if not self.update_columns:
            return None, []
        values = {c: sa.bindparam(f"v_{c}") for c in self.update_columns}
        if self._stamped:
            values["updated_at"] = sa.bindparam("v_now")
        stmt = (
            sa.update(self.table)
            .where(self.table.c[self._pk] == sa.bindparam("v_pk"))
            .values(values)
        )
        compiled = stmt.compile(dialect=self.writer.dialect)
        return str(compiled), [name[2:] for name in compiled.positiontup or ()]

    # -- work ------------------------------------------------------------------------------
    def put(self, keys: Sequence[Hashable | None], rows: Sequence[tuple]) -> tuple[list, list[str]]:
        """Upsert `rows` (values in `columns` order) under `keys` (None: always a new row):
        the primary key and the state (ADDED/UPDATED/UNCHANGED) of each."""
        found = self._lookup(keys)
        if not found:
            return self._insert_all(keys, rows)
        inserts: list[tuple] = []
        updates: list[tuple] = []
        pks = []
        states = []
        compared = self._compared
        for key, values in zip(keys, rows, strict=True):
            old = found.get(key) if key is not None else None
            if old is None:
                pk = self._next_pk if self._assign_pk else values[self.columns.index(self._pk)]
                if self._assign_pk:
                    self._next_pk += 1
                inserts.append((pk, values))
                if self._known is not None and key is not None:
                    self._known[key] = (pk, values)
                state = ADDED
            else:
                pk, stored = old
                if compared is not None and compared(stored) != compared(values):
                    updates.append((pk, values))
                    state = UPDATED
                    if self._known is not None:
                        self._known[key] = (pk, values)
                else:
                    state = UNCHANGED
            pks.append(pk)
            states.append(state)
        if inserts:  # numbered one after the other from the first (or carrying their own)
            self._insert(inserts[0][0], [v for _, v in inserts])
        if self.writer.writing and updates:
            at = {c: self.columns.index(c) for c in self.update_columns}
            order = self._update_order
            params = [
                tuple(pk if n == "pk" else self._now if n == "now" else v[at[n]] for n in order)
                for pk, v in updates
            ]
            self.writer.execute(self._update_sql, params)
        return pks, states

    def _insert_all(self, keys: Sequence, rows: Sequence[tuple]) -> tuple[list, list[str]]:
        """`put` when no row is stored yet: a million new contacts take this way."""
        if self._assign_pk:
            first = self._next_pk
            self._next_pk += len(rows)
            pks = list(range(first, self._next_pk))
            self._insert(first, rows)
        else:
            at = self.columns.index(self._pk)
            pks = [v[at] for v in rows]
            self._insert(None, rows)
        if self._known is not None:
            for pk, key, v in zip(pks, keys, rows, strict=True):
                if key is not None:
                    self._known[key] = (pk, v)
        return pks, [ADDED] * len(rows)

    @property
    def known(self) -> dict[Hashable, tuple[object, tuple]]:
        """The stored rows by key (tables read whole, `key_column` None)."""
        return self._known or {}

    def _lookup(self, keys: Sequence) -> dict[Hashable, tuple[object, tuple]]:
        if self._known is not None:
            return self._known
        if not self._holds_keys:
            return {}
        keys = [k for k in keys if k is not None]
        if not keys:
            return {}
        key_at = self.columns.index(self.key_column) + 1
        where = f" WHERE {self.writer.dialect.identifier_preparer.quote(self.key_column)} IN "
        cursor = _driver(self.writer.lookups()).cursor()
        found = {}
        for i in range(0, len(keys), _LOOKUP_CHUNK):
            chunk = keys[i : i + _LOOKUP_CHUNK]
            marks = ", ".join("?" * len(chunk))
            rows = cursor.execute(f"{self._select_sql}{where}({marks})", chunk)
            found.update({r[key_at]: (r[0], r[1:]) for r in rows})
        return found

    # -- bulk mode -------------------------------------------------------------------------
    def expect(self, new_rows: int) -> None:
        """Drop the table's plain indexes when about to insert very many rows."""
        if not self.writer.writing or new_rows < BULK_INDEX_THRESHOLD:
            return
        conn = self.writer.read()
        held = conn.scalar(sa.select(sa.func.count()).select_from(self.table)) or 0
        if new_rows < held:
            return
        rows = conn.exec_driver_sql(
            "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = ? "
            "AND sql IS NOT NULL AND sql NOT LIKE 'CREATE UNIQUE%'",
            (self.table.name,),
        ).all()
        for name, sql in rows:
            conn.exec_driver_sql(f'DROP INDEX "{name}"')
            self._dropped.append(sql)

    def finish(self) -> None:
        """Build again what `expect` dropped, queued behind the last rows (before anything
        else is written or read: the next table's store reads through `writer.read()`,
        which waits for the queue, so nothing overlaps the build yet). When nothing more is
        written (the import will be rolled back), right away."""
        for sql in self._dropped:
            if self.writer.writing:
                self.writer.execute(sql)
            else:
                self.writer.read().exec_driver_sql(sql)
        self._dropped.clear()


def _stored(value: object) -> object:
    return int(value) if isinstance(value, bool) else value


def _driver(conn: Connection):
    """The DB-API connection under `conn` (sqlcipher3's)."""
    return conn.connection.driver_connection
