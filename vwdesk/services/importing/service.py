"""Importing a template file: all or nothing, in one transaction, for team leaders only.

`run` reads the tables in the contract's order, checks every row against the
rules and writes in bulk as it goes; after the first problem it only checks,
and at the end any problem rolls everything back (InvalidInput listing every
problem, with table, row, column and reason). Cancelling rolls back too.
`inspect` is the same walk without writing: what the import wizard shows
before the team leader confirms.
"""

from __future__ import annotations

import contextlib
import csv
import gc
import threading
import zipfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from itertools import islice
from pathlib import Path
from typing import TYPE_CHECKING

import sqlalchemy as sa

from vwdesk.db.records import ClientRecord, HouseholdRecord
from vwdesk.domain.errors import InputProblem, InvalidInput, VwdeskError
from vwdesk.domain.import_contract import TABLE_KEYS
from vwdesk.domain.names import client_search_key
from vwdesk.domain.permissions import Permission
from vwdesk.services.importing.context import ImportContext
from vwdesk.services.importing.sources import ImportSource, SourceTable, open_source
from vwdesk.services.importing.store import Counts
from vwdesk.services.importing.tables import IMPORTERS

if TYPE_CHECKING:
    from vwdesk.services.workspace import Workspace

CHUNK = 10_000
# The page cache of the import's connection while it runs (PRAGMA cache_size, in KiB
# when negative); the engine's own (db/engine.py, 32 MiB) again afterwards, also after an
# error. New rows land all over the indexes of a big table: 200,000 contacts into the
# national file's 2,000,000 took 13-15 s with 32 MiB, 11-13 s with 64, 9.2-10.6 s with
# 128 and 8.8-9.5 s with 256 (2 busy cores). It is filled only as far as the import
# needs: the process's peak was 217, 251, 319 and 359 MB, and stayed about 130 MB above
# the 32 MiB run's afterwards (freed to the allocator, which keeps it for reuse).
IMPORT_CACHE_SIZE = -262144  # 256 MiB
Progress = Callable[[int, int], None]


class ImportCancelled(VwdeskError):
    """The team leader stopped the import; nothing was written."""


@dataclass(frozen=True)
class TableCounts:
    added: int = 0
    updated: int = 0
    unchanged: int = 0

    @property
    def rows(self) -> int:
        return self.added + self.updated + self.unchanged


@dataclass(frozen=True)
class ImportSummary:
    """Per table of the file (contract keys, contract order): rows added, updated, unchanged;
    and names created because a row named them (locations, partners, projects)."""

    tables: dict[str, TableCounts]
    created: dict[str, int] = field(default_factory=dict)

    @property
    def changed(self) -> bool:
        return any(c.added or c.updated for c in self.tables.values()) or any(self.created.values())


@dataclass(frozen=True)
class ImportPreview:
    """What `inspect` found: the summary the import would give, and every problem."""

    summary: ImportSummary
    problems: list[InputProblem]

    @property
    def ok(self) -> bool:
        return not self.problems


class ImportService:
    def __init__(self, ws: Workspace):
        self._ws = ws

    def inspect(
        self,
        path: Path,
        *,
        progress: Progress | None = None,
        cancel: threading.Event | None = None,
    ) -> ImportPreview:
        """Check a file and count what importing it would do; writes nothing."""
        self._ws.require(Permission.IMPORT)
        with open_source(path) as source, self._ws.reading() as s:
            ctx = ImportContext(s.connection(), write=False)
            summary = _walk(source, ctx, progress, cancel)
            return ImportPreview(summary, [*source.problems, *ctx.all_problems()])

    def run(
        self,
        path: Path,
        *,
        progress: Progress | None = None,
        cancel: threading.Event | None = None,
    ) -> ImportSummary:
        """Import everything or nothing. InvalidInput lists every problem; ImportCancelled."""
        self._ws.require(Permission.IMPORT)
        with open_source(path) as source:
            if source.problems and not source.tables:
                raise InvalidInput(source.problems)
            with self._ws.unit() as s:
                conn = s.connection()
                cache = conn.exec_driver_sql("PRAGMA cache_size").scalar()
                conn.exec_driver_sql(f"PRAGMA cache_size = {IMPORT_CACHE_SIZE}")
                try:
                    # ended before the commit, so the checkpoint after it can go all the way
                    with self._ws.reading() as before:
                        ctx = ImportContext(
                            conn, write=not source.problems, snapshot=before.connection()
                        )
                        summary = _walk(source, ctx, progress, cancel)
                    problems = [*source.problems, *ctx.all_problems()]
                    if problems:
                        raise InvalidInput(problems)
                    _refresh_search_keys(conn, ctx)
                    self._ws.audit.record(
                        s, self._ws.user.account_id, "import", detail=_audit_detail(summary)
                    )
                finally:
                    with contextlib.suppress(sa.exc.DBAPIError):  # never hide the real error
                        conn.exec_driver_sql(f"PRAGMA cache_size = {int(cache)}")
            return summary


def _walk(
    source: ImportSource,
    ctx: ImportContext,
    progress: Progress | None,
    cancel: threading.Event | None,
) -> ImportSummary:
    try:
        with _no_cycle_collection():
            counts = _walk_tables(source, ctx, progress, cancel)
    except BaseException:
        ctx.writer.stop()
        raise
    ctx.writer.close()
    created = {
        "locations": ctx.locations.created,
        "partners": ctx.partners.created,
        "projects": ctx.projects.created,
    }
    return ImportSummary(
        {
            k: TableCounts(c.added, c.updated, c.unchanged)
            for k in TABLE_KEYS
            if (c := counts.get(k))
        },
        {k: n for k, n in created.items() if n},
    )


@contextlib.contextmanager
def _no_cycle_collection() -> Iterator[None]:
    """Python's cycle collector off while the rows stream through (reference counting
    still frees every row). A chunk's rows live long enough to be examined again and
    again; importing 200,000 contacts it ran 1,500 times for 0.7-1.1 s of the 5-6 s,
    all of it on the importing thread. Whatever cycles the process makes meanwhile are
    collected once it is on again."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def _walk_tables(
    source: ImportSource,
    ctx: ImportContext,
    progress: Progress | None,
    cancel: threading.Event | None,
) -> dict[str, Counts]:
    tables = [source.tables[key] for key in IMPORTERS if key in source.tables]
    total = sum(t.approx_rows for t in tables)
    done = 0
    counts: dict[str, Counts] = {}
    for st in tables:
        imp = IMPORTERS[st.table.key](ctx, st.columns)
        missing = imp.missing_columns()
        for key in missing:
            ctx.problem(f"the required column {key} is missing", st.table.key, 1, key)
        imp.store.expect(st.approx_rows)
        try:
            for chunk in _chunks(st, ctx):
                if not missing:
                    imp.process(chunk)
                done += len(chunk)
                if ctx.problems:
                    ctx.writer.writing = False  # rolled back anyway: just check on
                if progress is not None:
                    progress(done, max(total, done))
                if cancel is not None and cancel.is_set():
                    raise ImportCancelled("the import was stopped; nothing was written")
        finally:
            imp.finish()
        if not missing:
            counts[st.table.key] = imp.counts
    if progress is not None:
        progress(done, done)
    return counts


def _chunks(st: SourceTable, ctx: ImportContext) -> Iterator[list[tuple[int, tuple]]]:
    """The table's rows in chunks; a file that cannot be read on becomes a problem."""
    rows = st.rows()
    last = 1
    while True:
        try:
            chunk = list(islice(rows, CHUNK))
        except (UnicodeDecodeError, csv.Error, zipfile.BadZipFile, OSError, ValueError) as exc:
            ctx.problem(f"{st.origin} cannot be read after row {last} ({exc})", st.table.key)
            return
        if not chunk:
            return
        last = chunk[-1][0]
        yield chunk


def _refresh_search_keys(conn: sa.Connection, ctx: ImportContext) -> None:
    """The tolerant search's keys (domain/names.py) of every client added or changed,
    and of the members of households whose address changed."""
    c, h = ClientRecord, HouseholdRecord
    ids = sorted(ctx.touched_clients)
    households = sorted(ctx.touched_households)
    updates = []
    cols = (c.id, c.first_name, c.last_name, c.v_number, c.phone, h.address, h.postcode, h.city)
    for where, keys in ((c.id, ids), (c.household_id, households)):
        for i in range(0, len(keys), 900):
            stmt = (
                sa.select(*cols)
                .join(h, h.id == c.household_id)
                .where(where.in_(keys[i : i + 900]), c.anonymised_on.is_(None))
            )
            for pk, first, last, v_number, phone, address, postcode, city in conn.execute(stmt):
                key = client_search_key(
                    first,
                    last,
                    v_number=v_number,
                    phone=phone,
                    address=address,
                    postcode=postcode,
                    city=city,
                )
                updates.append({"pk": pk, "key": key})
    if updates:
        conn.execute(
            sa.update(c.__table__)
            .where(c.__table__.c.id == sa.bindparam("pk"))
            .values(search_key=sa.bindparam("key")),
            updates,
        )


def _audit_detail(summary: ImportSummary) -> dict:
    """Counts only: an import file is full of names, the audit trail holds none."""
    return {
        "tables": {
            k: {"added": c.added, "updated": c.updated, "unchanged": c.unchanged}
            for k, c in summary.tables.items()
        },
        "created": summary.created,
    }
