"""The measures that need no window: figures (encrypted and plain), plans, PDF, import.

Each takes several runs after one warm-up; a measure and its floor run in turn
within one loop (A B A B ...), so load from elsewhere on the machine falls
on both alike and the ratio stays meaningful.
"""

from __future__ import annotations

import contextlib
import csv
import inspect
import shutil
import sqlite3
import time
from collections.abc import Iterator
from pathlib import Path

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.pool import QueuePool

from bench import floor
from bench.stats import Result, clock, summary

BIG_TABLE_ROWS = 10_000
# Full scans looked at and kept, with the reason (bench/README.md has the numbers).
EXPLAINED_SCANS = {
    "_reunification": "dossiers open at some moment of the year are every dossier opened "
    "before its end and not closed before its start: in the last year of the file 40% of "
    "them, so a seek plus row lookups is slower than the scan",
}


# -- figures ------------------------------------------------------------------------------
def floor_run(engine: Engine, year: int) -> dict:
    """The hand-written queries in one read transaction, as the service's session has."""
    raw = engine.raw_connection()
    try:
        conn = raw.driver_connection
        conn.execute("BEGIN")
        try:
            return floor.figures(conn, year)
        finally:
            conn.execute("COMMIT")
    finally:
        raw.close()


class PlainWorkspace:
    """Just enough of a Workspace for FiguresService: sessions on another engine."""

    def __init__(self, engine: Engine):
        self._sessions = sessionmaker(bind=engine)

    @contextlib.contextmanager
    def reading(self) -> Iterator[Session]:
        with self._sessions() as session:
            yield session


def plain_copy(ws, target: Path) -> None:
    """An unencrypted copy of the open file, by sqlcipher_export into an attached plain db."""
    with ws.datafile.engine.connect() as conn:
        raw = conn.connection.driver_connection
        raw.execute("ATTACH DATABASE ? AS plain KEY ''", (str(target),))
        try:
            raw.execute("SELECT sqlcipher_export('plain')")
        finally:
            raw.execute("DETACH DATABASE plain")


def plain_engine(path: Path, cache_size: int, *, module=None) -> Engine:
    """A plain SQLite engine with the pragmas of vwdesk's (db/engine.py), minus the key.

    `module` None: Python's own sqlite3 (the plain SQLite); or sqlcipher3 without a
    key, which is the same SQLite library as the encrypted engine's.
    """
    first = sqlite3.connect(path)  # the journal mode is kept in the file, as vwdesk's is
    first.execute("PRAGMA journal_mode = WAL")
    first.close()
    extra = {} if module is None else {"module": module}
    engine = create_engine(
        f"sqlite:///{path}",
        poolclass=QueuePool,
        pool_size=2,
        connect_args={"check_same_thread": False},
        **extra,
    )

    @event.listens_for(engine, "connect")
    def _connect(dbapi_connection, _record):
        dbapi_connection.isolation_level = None
        for pragma in (
            "foreign_keys = ON",
            "synchronous = FULL",
            "busy_timeout = 5000",
            "secure_delete = ON",
            f"cache_size = {cache_size}",
        ):
            dbapi_connection.execute(f"PRAGMA {pragma}")

    @event.listens_for(engine, "begin")
    def _begin(conn):
        conn.exec_driver_sql("BEGIN")

    return engine


def figures(
    ws, plain: dict[str, Engine], year: int, runs: int
) -> tuple[dict[str, list[float]], list[str]]:
    """Samples of compute(year) and of the floor, on the encrypted file and each plain copy;
    and where a floor's figures differ from the service's."""
    from vwdesk.services.figures import FiguresService

    services = {
        "encrypted": ws.figures,
        **{k: FiguresService(PlainWorkspace(e)) for k, e in plain.items()},
    }
    engines = {"encrypted": ws.datafile.engine, **plain}
    samples: dict[str, list[float]] = {}
    for name in services:
        for key in (name, f"{name}.floor"):
            samples[key], samples[f"{key}.cpu"] = [], []
    expected = services["encrypted"].compute(year).to_json()  # warm-up, and the reference
    mismatches: list[str] = []
    for name, engine in engines.items():
        mismatches += [
            f"{name} floor: {d}" for d in floor.differences(floor_run(engine, year), expected)
        ]
        services[name].compute(year)
    for _ in range(runs):
        for name, service in services.items():
            for key, fn in (
                (name, lambda s=service: s.compute(year)),
                (f"{name}.floor", lambda e=engines[name]: floor_run(e, year)),
            ):
                cpu = time.thread_time()
                took, _value = clock(fn)
                samples[f"{key}.cpu"].append(time.thread_time() - cpu)
                samples[key].append(took)
    return samples, mismatches


def _cpu_ratio(samples: dict, a: str, b: str) -> float:
    """The same ratio on this thread's CPU time: what waiting for a busy core cannot move."""
    return summary(samples[f"{a}.cpu"])["median"] / summary(samples[f"{b}.cpu"])["median"]


def figures_results(
    samples: dict, mismatches: list[str], plain_label: str, control_label: str
) -> list[Result]:
    enc, enc_floor = summary(samples["encrypted"]), summary(samples["encrypted.floor"])
    ratio = enc["median"] / enc_floor["median"]
    first = Result(
        "figures",
        "figures of one year (the whole figures.md set)",
        "s",
        "≤ 2x the hand-written SQL floor, and < 1 s",
        value=enc["median"],
        stats=enc,
        floor=enc_floor,
        floor_what="hand-written SQL count queries, same file, same run",
        ratio=ratio,
        passed=ratio <= 2 and enc["median"] < 1 and not mismatches,
        notes=[f"figures differ from the floor's: {m}" for m in mismatches],
        extra={
            "cpu_ratio": round(_cpu_ratio(samples, "encrypted", "encrypted.floor"), 3),
            "cpu_seconds": summary(samples["encrypted.cpu"]),
        },
    )
    plain = summary(samples["plain"])
    cipher_ratio = enc["median"] / plain["median"]
    second = Result(
        "figures_plain",
        "the same figures, encrypted vs an unencrypted copy",
        "s",
        "SQLCipher ≤ 1.3x plain SQLite",
        value=enc["median"],
        stats=enc,
        floor=plain,
        floor_what=f"FiguresService on the sqlcipher_export plain copy, {plain_label}",
        ratio=cipher_ratio,
        passed=cipher_ratio <= 1.3,
        extra={"cpu_ratio": round(_cpu_ratio(samples, "encrypted", "plain"), 3)},
    )
    if "control" in samples:
        control = summary(samples["control"])
        second.extra["same_library_control"] = {
            "what": f"the plain copy through {control_label} (no key)",
            **control,
            "ratio": round(enc["median"] / control["median"], 3),
            "cpu_ratio": round(_cpu_ratio(samples, "encrypted", "control"), 3),
        }
        second.extra["plain_floor"] = summary(samples["plain.floor"])
    return [first, second]


# -- query plans ------------------------------------------------------------------------------
def capture_statements(ws, year: int) -> list[tuple[str, str, tuple]]:
    """(figure method, SQL, parameters) of every statement one compute(year) runs."""
    seen: list[tuple[str, str, tuple]] = []

    def record(_conn, _cursor, statement, parameters, _context, _many):
        method = next(
            (
                f.function
                for f in inspect.stack()
                if f.filename.endswith("figures.py") and f.function.startswith("_")
            ),
            "?",
        )
        seen.append((method, statement, tuple(parameters or ())))

    engine = ws.datafile.engine
    event.listen(engine, "before_cursor_execute", record)
    try:
        ws.figures.compute(year)
    finally:
        event.remove(engine, "before_cursor_execute", record)
    return [s for s in seen if s[1].lstrip().upper().startswith("SELECT")]


def plans(ws, year: int) -> list[dict]:
    """EXPLAIN QUERY PLAN of each figure query; full scans of big tables flagged."""
    out = []
    raw = ws.datafile.engine.raw_connection()
    try:
        conn = raw.driver_connection
        sizes = {}
        for method, sql, params in capture_statements(ws, year):
            lines = [r[3] for r in conn.execute("EXPLAIN QUERY PLAN " + sql, params)]
            times = [
                clock(lambda s=sql, p=params: conn.execute(s, p).fetchall())[0] for _ in range(3)
            ]
            scans, index_scans = [], []
            for line in lines:
                words = line.split()
                if words[:1] != ["SCAN"]:
                    continue
                table = words[1]
                if table not in sizes:
                    sizes[table] = conn.execute(f'SELECT count(*) FROM "{table}"').fetchone()[0]
                if sizes[table] <= BIG_TABLE_ROWS:
                    continue
                if "INDEX" in words:  # every entry of an index: no table rows, but no seek
                    index_scans.append(f"{table} ({sizes[table]:,} rows) via {words[-1]}")
                else:
                    scans.append(f"{table} ({sizes[table]:,} rows)")
            out.append(
                {
                    "figure": method,
                    "ms": round(sorted(times)[1] * 1000, 2),
                    "sql": " ".join(sql.split()),
                    "plan": lines,
                    "full_scans_of_big_tables": scans,
                    "whole_index_scans_of_big_tables": index_scans,
                }
            )
    finally:
        raw.close()
    return out


def plans_result(plans: list[dict]) -> Result:
    """Judged on the full scans of big tables nobody has explained (EXPLAINED_SCANS)."""
    scans, explained, whole = [], [], []
    for p in plans:
        for scan in p["full_scans_of_big_tables"]:
            reason = EXPLAINED_SCANS.get(p["figure"])
            if reason:
                explained.append(f"{p['figure']} scans {scan} ({p['ms']:.1f} ms): kept, {reason}")
            else:
                scans.append(f"{p['figure']} scans {scan} ({p['ms']:.1f} ms)")
        whole += [
            f"{p['figure']} reads all of {w} ({p['ms']:.1f} ms)"
            for w in p["whole_index_scans_of_big_tables"]
        ]
    return Result(
        "plans",
        f"figure queries ({len(plans)}) scanning a big table that an index would avoid",
        "queries",
        "none (EXPLAIN QUERY PLAN)",
        value=len(scans),
        passed=not scans,
        notes=scans + whole + explained,
    )


# -- the PDF ------------------------------------------------------------------------------
def pdf(ws, year: int, folder: Path, runs: int) -> Result:
    ws.report.export_pdf(year, folder / "warm-up.pdf")
    samples, cpu = [], []
    for i in range(runs):
        start = time.thread_time()
        took, _ = clock(lambda i=i: ws.report.export_pdf(year, folder / f"report-{i}.pdf"))
        samples.append(took)
        cpu.append(time.thread_time() - start)
    s = summary(samples)
    size = (folder / "report-0.pdf").stat().st_size
    return Result(
        "pdf",
        "exporting the year's PDF",
        "s",
        "< 1 s",
        value=s["median"],
        stats=s,
        passed=s["median"] < 1,
        extra={"bytes": size, "cpu_seconds": summary(cpu)},
    )


# -- the import ------------------------------------------------------------------------------
FLOOR_INSERT = (
    "INSERT INTO contact (id, ref, date, kind, channel, client_id, volunteer_id, session_id, "
    "minutes, topics, follow_up, notes, created_at, updated_at) "
    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
)


def import_contacts(national, first, work: Path, runs: int) -> list[Result]:
    """ImportService.run on each file's contacts.csv, and the floor beside it.

    `first`: the people and casework of a national file without a single contact, the
    file a team's contact history is first imported into; the target is judged there.
    `national`: 200,000 more into its 2,000,000 contacts, where SQLite itself is the
    limit (five indexes and three foreign keys at 2,000,000 rows), so the import is
    judged against what SQLite takes there: the floor (bench/README.md)."""
    return [
        _import_case(
            first,
            work,
            runs,
            "import",
            "importing contacts: the first {rows:,} into a file without any",
            "≥ 50,000 rows/s",
            lambda rate, ratio: rate >= 50_000,
        ),
        _import_case(
            national,
            work,
            runs,
            "import_national",
            "importing contacts: {rows:,} more into a file holding {held:,}",
            "≤ 1.5x the executemany floor",
            lambda rate, ratio: ratio <= 1.5,
        ),
    ]


def _import_case(data, work: Path, runs: int, key: str, what: str, target: str, judge) -> Result:
    """Runs in turn on fresh copies of the closed file: the import, then the floor."""
    from vwdesk.services.importing.service import IMPORT_CACHE_SIZE

    user, password = data.meta["user"], data.meta["password"]
    with (data.import_folder / "contacts.csv").open(encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    held = data.meta["rows"].get("contact", 0)
    samples: dict[str, list[float]] = {
        k: [] for k in ("seconds", "cpu", "floor", "floor_cpu", "peak", "floor_peak")
    }
    for i in range(runs):
        copy = _fresh_copy(data.path, work / f"{key}-{i}")
        took, cpu, added, peak = _import_run(copy, data.import_folder, user, password)
        shutil.rmtree(copy.parent)
        if added != len(rows):
            raise RuntimeError(f"the import added {added} contacts of {len(rows)}")
        samples["seconds"].append(took)
        samples["cpu"].append(cpu)
        samples["peak"].append(peak)
        copy = _fresh_copy(data.path, work / f"{key}-{i}-floor")
        took, cpu, peak = _floor_run(copy, rows, user, password, IMPORT_CACHE_SIZE)
        shutil.rmtree(copy.parent)
        samples["floor"].append(took)
        samples["floor_cpu"].append(cpu)
        samples["floor_peak"].append(peak)
    n = len(rows)
    rates = summary([n / s for s in samples["seconds"]])
    floor_rates = summary([n / s for s in samples["floor"]])
    ratio = summary(samples["seconds"])["median"] / summary(samples["floor"])["median"]
    cpu_ratio = summary(samples["cpu"])["median"] / summary(samples["floor_cpu"])["median"]
    extra = {
        "rows": n,
        "contacts_held_before": held,
        "seconds": summary(samples["seconds"]),
        "cpu_seconds": summary(samples["cpu"]),
        "floor_seconds": summary(samples["floor"]),
        "floor_cpu_seconds": summary(samples["floor_cpu"]),
        "cpu_ratio": round(cpu_ratio, 3),
        "page_cache_kib": -IMPORT_CACHE_SIZE,
    }
    if None not in samples["peak"] + samples["floor_peak"]:
        extra["peak_rss_growth_mib"] = summary(samples["peak"])
        extra["floor_peak_rss_growth_mib"] = summary(samples["floor_peak"])
    return Result(
        key,
        what.format(rows=n, held=held),
        "rows/s",
        target,
        value=rates["median"],
        stats=rates,
        floor=floor_rates,
        floor_what="executemany of the same rows into contact (refs resolved beforehand) "
        "and the commit, on a fresh copy of the same file at the import's page cache",
        ratio=ratio,
        passed=judge(rates["median"], ratio),
        extra=extra,
    )


def _fresh_copy(master: Path, folder: Path) -> Path:
    folder.mkdir(parents=True)
    copy = folder / master.name
    shutil.copyfile(master, copy)
    shutil.copyfile(master.with_name(master.name + ".keys"), copy.with_name(copy.name + ".keys"))
    return copy


def _import_run(copy: Path, folder: Path, user: str, password: str):
    """(seconds, CPU seconds, contacts added, peak growth in MiB) of one ImportService.run."""
    from vwdesk.services.importing import ImportService
    from vwdesk.services.workspace import Workspace

    ws = Workspace.open(copy, user, password)
    try:
        before = _peak_reset()
        cpu = time.process_time()
        took, summary_ = clock(lambda: ImportService(ws).run(folder))
        cpu = time.process_time() - cpu
        peak = _peak_growth(before)
    finally:
        ws.close()
    return took, cpu, summary_.tables["contacts"].added, peak


def _floor_run(copy: Path, rows: list[dict], user: str, password: str, cache_size: int):
    """(seconds, CPU seconds, peak growth in MiB) of the same rows inserted by hand: one
    executemany into `contact` and the commit, at the page cache the import has. The refs
    are resolved to ids first, untimed; what remains is what SQLite itself takes."""
    from vwdesk.services.workspace import Workspace

    ws = Workspace.open(copy, user, password)
    try:
        raw = ws.datafile.engine.raw_connection()
        try:
            db = raw.driver_connection
            clients = _refs(db, "client")
            volunteers = _refs(db, "volunteer")
            sessions = _refs(db, "consultation_session")
            first = (db.execute("SELECT max(id) FROM contact").fetchone()[0] or 0) + 1
            now = time.strftime("%Y-%m-%d %H:%M:%S.000000")
            params = [
                (
                    first + i,
                    r["contact_ref"] or None,
                    r["date"],
                    r["kind"],
                    r["channel"],
                    clients.get(r["client_ref"]),
                    volunteers.get(r["volunteer_ref"]),
                    sessions.get(r["session_ref"]),
                    int(r["minutes"]) if r["minutes"] else None,
                    r["topics"],
                    "",
                    "",
                    now,
                    now,
                )
                for i, r in enumerate(rows)
            ]
            db.execute(f"PRAGMA cache_size = {cache_size}")
            before = _peak_reset()
            cpu = time.process_time()
            start = time.perf_counter()
            db.execute("BEGIN")
            db.executemany(FLOOR_INSERT, params)
            db.execute("COMMIT")
            took = time.perf_counter() - start
            cpu = time.process_time() - cpu
            peak = _peak_growth(before)
        finally:
            raw.close()
    finally:
        ws.close()
    return took, cpu, peak


def _refs(db, table: str) -> dict[str, int]:
    return dict(db.execute(f"SELECT ref, id FROM {table} WHERE ref IS NOT NULL"))


def _peak_reset() -> int | None:
    """Start the peak resident size (VmHWM) again; the resident size now, in KiB (None
    where /proc/self/clear_refs is not there)."""
    try:
        Path("/proc/self/clear_refs").write_text("5")
    except OSError:
        return None
    return _status_kib("VmRSS")


def _peak_growth(before: int | None) -> float | None:
    if before is None:
        return None
    return (_status_kib("VmHWM") - before) / 1024


def _status_kib(field: str) -> int:
    with open("/proc/self/status", encoding="ascii") as fh:
        return int(next(line.split()[1] for line in fh if line.startswith(field + ":")))
