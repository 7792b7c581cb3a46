"""`make bench`: every performance measure of issue #11 against its target, in one run.

    .venv/bin/python -m bench.run                     # national scale (100,000 clients)
    .venv/bin/python -m bench.run --scale 0.05 --runs 3
    .venv/bin/python -m bench.run --only figures,plans  # some measures only

Prints a table and writes bench/results.json (machine, versions, each figure
with min/median/max, its floor and ratio, pass/fail). With --readme the
table also replaces the performance section of README.md. Ratios compare
with floors measured in the same run, so a busy machine moves both.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import sys
import tempfile
import time
from datetime import datetime
from pathlib import Path

from bench import generate
from bench.stats import Result

BENCH = Path(__file__).resolve().parent
ROOT = BENCH.parent
MEASURES = ("import", "figures", "plans", "pdf", "signin", "clients", "packaged")
README_START, README_END = "<!-- bench:start -->", "<!-- bench:end -->"


def machine() -> dict:
    cpu = ""
    with open("/proc/cpuinfo", encoding="utf-8") as fh:
        cpu = next((line.split(":", 1)[1].strip() for line in fh if "model name" in line), "")
    mem = 0
    with open("/proc/meminfo", encoding="utf-8") as fh:
        mem = int(next(line.split()[1] for line in fh if line.startswith("MemTotal")))
    return {
        "platform": platform.platform(),
        "cpu": cpu,
        "cores": os.cpu_count(),
        "memory_gib": round(mem / 2**20, 1),
        "python": platform.python_version(),
    }


def versions() -> dict:
    import importlib.metadata as md
    import sqlite3

    import PySide6
    import sqlcipher3
    from PySide6.QtCore import qVersion

    from vwdesk import __version__

    conn = sqlcipher3.connect(":memory:")
    out = {
        "vwdesk": __version__,
        "PySide6": PySide6.__version__,
        "Qt": qVersion(),
        "SQLAlchemy": md.version("SQLAlchemy"),
        "sqlcipher3": md.version("sqlcipher3"),
        "SQLCipher": conn.execute("PRAGMA cipher_version").fetchone()[0],
        "SQLite (in sqlcipher3)": conn.execute("SELECT sqlite_version()").fetchone()[0],
        "SQLite (Python's sqlite3)": sqlite3.sqlite_version,
        "reportlab": md.version("reportlab"),
    }
    conn.close()
    return out


def cpu_check() -> float:
    """Seconds (best of 3) of a fixed pure-Python loop: how fast this machine's core is
    at the start, beside the load average. A shared virtual machine's cores change speed
    from hour to hour at the same load (the first import's executemany floor: 43,000
    rows/s in one hour, 32,000 in another, both at load 0.1-0.5), which moves every
    absolute time of a run and none of its ratios."""
    best = float("inf")
    for _ in range(3):
        start = time.perf_counter()
        total = 0
        for i in range(5_000_000):
            total += i
        best = min(best, time.perf_counter() - start)
    return round(best, 3)


def run(args: argparse.Namespace, log=print) -> dict:
    only = set(args.only.split(",")) if args.only else set(MEASURES)
    started = datetime.now().astimezone()
    load_before = os.getloadavg()
    cpu_seconds = cpu_check()
    data = generate.ensure(generate.Params(args.scale), args.cache, log)
    meta = data.meta
    results: list[Result] = []
    plans: list[dict] = []
    work = Path(tempfile.mkdtemp(prefix="run-", dir=args.cache))
    try:
        if "import" in only:
            first = generate.ensure(generate.Params(args.scale, contacts=False), args.cache, log)
            log("import: contacts.csv through ImportService, and the executemany floor ...")
            from bench.measures import import_contacts

            results += import_contacts(data, first, work, max(1, min(3, args.runs)))
        if only & {"figures", "plans", "pdf"}:
            results += _with_workspace(data, only, work, args.runs, plans, log)
        if "signin" in only:
            log("sign-in: bare window vs vwdesk, fresh processes ...")
            from bench import gui

            results += gui.signin(data.path, args.cache, meta["password"], args.runs)
        if "clients" in only:
            log("clients: the Cliënten search, typed key by key ...")
            from bench import gui

            results += gui.client_list(
                data.path, args.cache, meta["password"], meta["search_names"], repeat=3
            )
        if "packaged" in only:
            from bench import gui

            results.append(gui.packaged(args.runs))
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return {
        "command": args.command,
        "started": started.isoformat(timespec="seconds"),
        "seconds": round(time.time() - started.timestamp(), 1),
        "machine": {
            **machine(),
            "load_average_before": load_before,
            "cpu_check_seconds": cpu_seconds,
            "load_average_after": os.getloadavg(),
        },
        "versions": versions(),
        "scale": args.scale,
        "runs": args.runs,
        "data": {
            k: meta[k]
            for k in (
                "rows",
                "year",
                "years",
                "bytes",
                "build_seconds",
                "phases_seconds",
                "indexes_caught_up",
            )
        }
        | {
            "cached": meta["cached"],
            "cache": str(data.folder.relative_to(ROOT))
            if data.folder.is_relative_to(ROOT)
            else str(data.folder),
        },
        "results": [r.as_json() for r in results],
        "plans": plans,
        "passed": all(r.passed for r in results if r.passed is not None),
    }


def _with_workspace(data, only, work: Path, runs: int, plans: list, log) -> list[Result]:
    import sqlcipher3

    from bench import measures
    from vwdesk.services.workspace import Workspace

    out: list[Result] = []
    ws = Workspace.open(data.path, data.meta["user"], data.meta["password"])
    try:
        if "figures" in only:
            log("figures: copying to a plain file with sqlcipher_export ...")
            plain_path = work / "plain.sqlite"
            measures.plain_copy(ws, plain_path)
            with ws.datafile.engine.connect() as conn:
                cache_size = int(conn.exec_driver_sql("PRAGMA cache_size").scalar())
            engines = {
                "plain": measures.plain_engine(plain_path, cache_size),
                "control": measures.plain_engine(plain_path, cache_size, module=sqlcipher3),
            }
            log(f"figures: {data.year}, {2 * runs} runs each, encrypted and plain, with floors ...")
            try:
                samples, mismatches = measures.figures(ws, engines, data.year, 2 * runs)
            finally:
                for engine in engines.values():
                    engine.dispose()
                # not left for the kernel to write back while the next measures run
                plain_path.unlink(missing_ok=True)
            out += measures.figures_results(samples, mismatches, "Python's sqlite3", "sqlcipher3")
        if "plans" in only:
            plans += measures.plans(ws, data.year)
            out.append(measures.plans_result(plans))
        if "pdf" in only:
            log("pdf: the year's report ...")
            out.append(measures.pdf(ws, data.year, work, runs))
    finally:
        ws.close()
    return out


# -- output -------------------------------------------------------------------------------
def _fmt(value: float | None, unit: str) -> str:
    if value is None:
        return "–"
    if unit == "s":
        return f"{value * 1000:.0f} ms" if value < 1 else f"{value:.2f} s"
    if unit == "ms":
        return f"{value:.1f} ms"
    if unit == "MiB":
        return f"{value:.0f} MiB"
    if unit == "rows/s":
        return f"{value:,.0f} rows/s"
    return f"{value:g}"


def table(report: dict) -> str:
    lines = [
        "| measure | value | min – max | same-run floor | ratio | target | result |",
        "| --- | --- | --- | --- | --- | --- | --- |",
    ]
    for r in report["results"]:
        st = r["stats"] or {}
        span = f"{_fmt(st['min'], r['unit'])} – {_fmt(st['max'], r['unit'])}" if st else ""
        floor = f"{_fmt(r['floor']['median'], r['unit'])}" if r["floor"] else ""
        ratio = f"{r['ratio']:.2f}x" if r["ratio"] is not None else ""
        verdict = {True: "pass", False: "**FAIL**", None: "reported"}[r["passed"]]
        lines.append(
            f"| {r['what']} | {_fmt(r['value'], r['unit'])} | {span} | {floor} | {ratio} "
            f"| {r['target']} | {verdict} |"
        )
    return "\n".join(lines)


def summary_text(report: dict) -> str:
    m, d = report["machine"], report["data"]
    rows = d["rows"]
    load = ", ".join(f"{x:.1f}" for x in m["load_average_before"])
    head = (
        f"`{report['command']}` on {report['started'][:10]}: {m['cpu']} ({m['cores']} cores, "
        f"{m['memory_gib']} GiB), load average {load} at the start, "
        f"{m.get('cpu_check_seconds', 0) * 1000:.0f} ms for 5,000,000 Python additions "
        f"(the core's speed: `cpu_check` in bench/run.py); "
        f"{rows['client']:,} clients, {rows['household']:,} households, "
        f"{rows['contact']:,} contacts, {rows['reunification_dossier']:,} dossiers, "
        f"year {d['year']}, median of {report['runs']} runs."
    )
    notes = [f"- {r['key']}: {n}" for r in report["results"] for n in r["notes"]]
    return "\n\n".join(x for x in (head, table(report), "\n".join(notes)) if x)


def update_readme(text: str, readme: Path = ROOT / "README.md") -> None:
    content = readme.read_text(encoding="utf-8")
    start, end = content.find(README_START), content.find(README_END)
    if start < 0 or end < start:
        raise SystemExit(f"README.md has no {README_START} ... {README_END} section")
    content = content[: start + len(README_START)] + "\n" + text + "\n" + content[end:]
    readme.write_text(content, encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--scale", type=float, default=float(os.environ.get("BENCH_SCALE", 1)))
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--out", type=Path, default=BENCH / "results.json")
    parser.add_argument("--cache", type=Path, default=generate.CACHE)
    parser.add_argument("--only", default="", help=f"comma separated, of {','.join(MEASURES)}")
    parser.add_argument("--readme", action="store_true", help="update README.md's table")
    parser.add_argument("--strict", action="store_true", help="exit 1 when a target is missed")
    parser.add_argument("--command", help=argparse.SUPPRESS)  # how make called it
    args = parser.parse_args(argv)
    args.cache.mkdir(parents=True, exist_ok=True)
    if not args.command:
        given = sys.argv[1:] if argv is None else argv
        args.command = " ".join(["python -m bench.run", *given])
    report = run(args)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(report, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    text = summary_text(report)
    print()
    print(text)
    print(f"\nresults: {args.out}")
    if args.readme:
        update_readme(text)
    return 1 if args.strict and not report["passed"] else 0


if __name__ == "__main__":
    sys.exit(main())
