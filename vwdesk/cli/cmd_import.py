"""`vwdesk import --db PATH --user NAME FILE`: a template workbook, CSV folder or zip.

All or nothing: on bad input nothing is written and every problem is listed
(table, row, column, reason) with exit status 4. Progress goes to stderr, the
summary to stdout. Team leaders only.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

from vwdesk.cli.common import add_db, add_user, open_workspace, progress
from vwdesk.domain.errors import InvalidInput, UsageError


def register(sub) -> None:
    p = sub.add_parser(
        "import",
        help="import a template workbook, CSV folder or zip (team leaders)",
        description="Import a filled-in template (.xlsx), a folder or .zip of <table>.csv "
        "files, or one <table>.csv. All or nothing: one bad row and nothing is written; "
        "every problem is listed. Importing the same file twice changes nothing.",
    )
    add_db(p)
    add_user(p)
    p.add_argument("file", type=Path, metavar="FILE", help="the workbook, folder, zip or csv")
    p.add_argument(
        "--dry-run",
        action="store_true",
        help="only check the file and show what importing it would do; write nothing",
    )
    p.set_defaults(func=run)


def run(args) -> int:
    if not args.file.exists():
        raise UsageError(f"{args.file} does not exist")
    ws = open_workspace(args)
    try:
        if args.dry_run:
            preview = ws.importer.inspect(args.file, progress=_Progress("Checking"))
            _print_summary(preview.summary, "Would import")
            if preview.problems:
                raise InvalidInput(preview.problems)
            return 0
        summary = ws.importer.run(args.file, progress=_Progress("Importing"))
    finally:
        ws.close()
    _print_summary(summary, "Imported")
    return 0


class _Progress:
    """A line per 10 per cent (and at most one a second) on stderr; stdout stays clean."""

    def __init__(self, verb: str):
        self._verb = verb
        self._shown = -1
        self._at = 0.0

    def __call__(self, done: int, total: int) -> None:
        pct = 100 * done // total if total else 100
        now = time.monotonic()
        if pct // 10 > self._shown and (now - self._at >= 1 or pct == 100):
            self._shown, self._at = pct // 10, now
            progress(f"{self._verb}: {pct}% ({done} rows)")


def _print_summary(summary, verb: str) -> None:
    out = sys.stdout
    tables = {k: c for k, c in summary.tables.items() if c.rows}
    if not tables:
        out.write("The file holds no rows to import (example rows are skipped).\n")
        out.flush()
        return
    width = max(len(k) for k in tables)
    out.write(f"{verb}:\n")
    out.write(f"  {'table':<{width}}  {'added':>8}  {'updated':>8}  {'unchanged':>9}\n")
    for key, c in tables.items():
        out.write(f"  {key:<{width}}  {c.added:>8}  {c.updated:>8}  {c.unchanged:>9}\n")
    for key, n in summary.created.items():
        out.write(f"  new {key} (by name): {n}\n")
    if not summary.changed:
        out.write("Nothing changed: everything in the file was there already.\n")
    out.flush()
