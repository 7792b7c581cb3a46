"""The benchmark's data file: built once per parameters and schema, then kept in bench/cache/.

    .venv/bin/python -m bench.generate --scale 0.05     # build (or find) the file only

A cache entry is a folder bench/cache/<digest>/ holding the encrypted file
(`bench.vwdesk` and its `.keys`), the contacts.csv the import measure reads,
`key.json` (what the digest was made of: the parameters, the schema revision
with a hash of the migration scripts, and a hash of the generator) and
`meta.json` (row counts, build time, the names the search measure types).
Anything in the key changes, the file is built again; an older entry of the
same scale is removed then, so the cache does not pile up gigabytes. The
first-import measure has a file of its own, the same people, sessions and
casework without a contact (`--no-contacts`, `scale-<s>-no-contacts-<digest>`).

The file is made by Workspace.create (the real schema, seed and first
account), then filled through bench/bulk.py. Key derivation is at its floor
(the sign-in measure excludes it anyway and reports it apart).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import random
import re
import shutil
import sys
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass
from datetime import datetime
from pathlib import Path

BENCH = Path(__file__).resolve().parent
ROOT = BENCH.parent
CACHE = BENCH / "cache"
USER = "teamleider"
PASSWORD = "bench-wachtwoord-11"
FILE_NAME = "bench.vwdesk"

# Row counts at scale 1: a national file.
FULL = {
    "households": 30_000,
    "clients": 100_000,
    "contacts": 2_000_000,
    "dossiers": 20_000,
    "volunteers": 500,
    "locations": 25,
    "referrals": 50_000,
    "participants": 6_000,
    "planned_visits": 3_000,
    "import_contacts": 200_000,
}
FLOORS = {"households": 20, "volunteers": 12, "locations": 2, "import_contacts": 1_000}


@dataclass(frozen=True)
class Params:
    scale: float = 1.0
    seed: int = 11
    # False: the same people, sessions and casework without a single contact, the file a
    # team's contact history is first imported into (the first-import measure).
    contacts: bool = True

    def counts(self) -> dict[str, int]:
        out = {k: max(FLOORS.get(k, 1), round(v * self.scale)) for k, v in FULL.items()}
        out["clients"] = max(out["clients"], 2 * out["households"])
        out["dossiers"] = min(out["dossiers"], out["clients"] // 5)
        if not self.contacts:
            out["contacts"] = 0
        return out

    @property
    def name(self) -> str:
        """The cache folder's name before its digest."""
        return f"scale-{self.scale:g}" + ("" if self.contacts else "-no-contacts")


@dataclass(frozen=True)
class BenchFile:
    path: Path
    folder: Path
    key: dict
    meta: dict

    @property
    def import_folder(self) -> Path:
        return self.folder / "import"

    @property
    def year(self) -> int:
        return int(self.meta["year"])


def _hash_files(paths: list[Path]) -> str:
    h = hashlib.sha256()
    for p in sorted(paths):
        h.update(p.name.encode())
        h.update(p.read_bytes())
    return h.hexdigest()[:16]


def cache_key(params: Params) -> dict:
    from vwdesk.db import migrate

    versions = ROOT / "vwdesk" / "db" / "migrations" / "versions"
    generator = [BENCH / f"{m}.py" for m in ("synth", "contacts", "casework", "bulk")]
    generator += [ROOT / "vwdesk" / "services" / "demo" / "names.py"]
    generator += [ROOT / "vwdesk" / "domain" / "names.py"]  # the search-key rule
    given = asdict(params)
    if params.contacts:  # the national file keeps the key it had before this parameter
        del given["contacts"]
    return {
        "params": given,
        "counts": params.counts(),
        "schema_revision": migrate.head_revision(),
        "schema_scripts": _hash_files(list(versions.glob("*.py"))),
        "generator": _hash_files(generator),
    }


def digest(key: dict) -> str:
    return hashlib.sha256(json.dumps(key, sort_keys=True).encode()).hexdigest()[:12]


def ensure(params: Params, cache: Path = CACHE, log: Callable[[str], None] = print) -> BenchFile:
    """The cached file for these parameters, built first when there is none.

    One process at a time per kind of file: two runs started together once built the
    same file side by side, and one removed the other's `.building-*` folder."""
    from filelock import FileLock

    cache.mkdir(parents=True, exist_ok=True)
    with FileLock(cache / f".{params.name}.lock"):
        return _ensure(params, cache, log)


def _ensure(params: Params, cache: Path, log: Callable[[str], None]) -> BenchFile:
    key = cache_key(params)
    folder = cache / f"{params.name}-{digest(key)}"
    meta_path = folder / "meta.json"
    if meta_path.exists() and json.loads((folder / "key.json").read_text()) == key:
        log(f"data: {folder.relative_to(cache.parent)} (cached)")
        meta = json.loads(meta_path.read_text())
        meta["cached"] = True
        return BenchFile(folder / FILE_NAME, folder, key, meta)
    for old in cache.glob(f"{params.name}-*"):
        if re.fullmatch(re.escape(params.name) + "-[0-9a-f]{12}", old.name):
            log(f"data: removing the outdated {old.name}")
            shutil.rmtree(old, ignore_errors=True)
    building = cache / f".building-{digest(key)}"
    shutil.rmtree(building, ignore_errors=True)
    building.mkdir(parents=True)
    meta = build(building / FILE_NAME, params, log)
    (building / "key.json").write_text(json.dumps(key, indent=2, sort_keys=True) + "\n")
    (building / "meta.json").write_text(json.dumps(meta, indent=2, sort_keys=True) + "\n")
    building.rename(folder)
    meta["cached"] = False
    return BenchFile(folder / FILE_NAME, folder, key, meta)


def build(path: Path, params: Params, log: Callable[[str], None] = print) -> dict:
    from bench import casework, contacts, synth
    from bench.bulk import Bulk
    from vwdesk.security.kdf import KdfParams
    from vwdesk.services.workspace import Workspace

    counts = params.counts()
    log(f"data: building {path.parent.name} at scale {params.scale:g}: " + _describe(counts))
    start = time.perf_counter()
    ws, _recovery = Workspace.create(
        path,
        USER,
        PASSWORD,
        display_name="Bench",
        params=KdfParams(),
        settings={"municipality": "Nederland (synthetisch)", "organisation": "vwdesk bench"},
    )
    try:
        raw = ws.datafile.engine.raw_connection()
        try:
            driver = raw.driver_connection
            driver.execute("PRAGMA synchronous = OFF")  # a synthetic file: no fsync per chunk
            now = datetime.now().replace(microsecond=0).isoformat(sep=" ") + ".000000"
            bulk = Bulk(driver, now, log)
            world = synth.World(random.Random(params.seed), counts)
            synth.load_shipped(driver, world)
            phases = {}
            for name, step in (
                ("people", synth.people),
                ("sessions", synth.sessions),
                ("contacts", contacts.contacts),
                ("casework", casework.casework),
            ):
                t = time.perf_counter()
                step(bulk, world)
                phases[name] = round(time.perf_counter() - t, 1)
            caught_up = catch_up_indexes(driver, log)
            t = time.perf_counter()
            contacts.import_csv(world, path.parent / "import", counts["import_contacts"])
            phases["import_csv"] = round(time.perf_counter() - t, 1)
        finally:
            raw.close()
    finally:
        ws.close()
    took = time.perf_counter() - start
    size = path.stat().st_size
    log(f"data: built in {took:.0f} s, {size / 2**20:,.0f} MiB")
    return {
        "year": synth.LAST_YEAR,
        "years": [synth.FIRST_YEAR, synth.LAST_YEAR],
        "rows": bulk.counts,
        "build_seconds": round(took, 1),
        "phases_seconds": phases,
        "bytes": size,
        "search_names": synth.search_names(world),
        "indexes_caught_up": caught_up,
        "user": USER,
        "password": PASSWORD,
    }


def catch_up_indexes(raw, log: Callable[[str], None]) -> list[str]:
    """Indexes the ORM records declare that the migration did not make (yet).

    A record may gain an index before the lead regenerates the first migration;
    the bench file then carries it, and the run says so.
    """
    from sqlalchemy.dialects import sqlite
    from sqlalchemy.schema import CreateIndex

    from vwdesk.db.records import Base

    present = {r[0] for r in raw.execute("SELECT name FROM sqlite_master WHERE type = 'index'")}
    made = []
    for table in Base.metadata.sorted_tables:
        for index in table.indexes:
            if index.name not in present:
                raw.execute(str(CreateIndex(index).compile(dialect=sqlite.dialect())))
                made.append(index.name)
    if made:
        log(f"data: indexes of the records not in the migration yet, made here: {made}")
    return made


def _describe(counts: dict[str, int]) -> str:
    shown = ("clients", "households", "contacts", "dossiers", "volunteers")
    return ", ".join(f"{counts[k]:,} {k}" for k in shown)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--scale", type=float, default=1.0)
    parser.add_argument("--cache", type=Path, default=CACHE)
    parser.add_argument(
        "--no-contacts", action="store_true", help="the first-import measure's file"
    )
    args = parser.parse_args(argv)
    found = ensure(Params(args.scale, contacts=not args.no_contacts), args.cache)
    print(json.dumps(found.meta["rows"], indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
