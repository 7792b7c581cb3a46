"""`vwdesk report --db PATH --user NAME --year Y [--out FILE.pdf] [--json FILE|-] [--lang nl|en]`.

The annual report for team leaders: the PDF, the figures of figures.md as
JSON, or both. `--json -` writes the JSON to stdout; progress goes to stderr.
A report with sections that still carry another year's text is written all
the same, with one warning line on stderr: a script is never asked anything.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from vwdesk.cli.common import add_db, add_user, open_workspace, progress
from vwdesk.domain.errors import UsageError, VwdeskError
from vwdesk.services.report_prose import StaleSection


def register(sub) -> None:
    p = sub.add_parser(
        "report",
        help="the annual report as PDF and/or the figures as JSON (team leaders)",
        description=(
            "Write the annual report of one year. Give --out, --json or both. Sections whose "
            "text was written for another year give one warning line; the report is written."
        ),
    )
    add_db(p)
    add_user(p)
    p.add_argument("--year", type=int, required=True, metavar="Y", help="the report's year")
    p.add_argument("--out", type=Path, metavar="FILE.pdf", help="write the PDF report here")
    p.add_argument(
        "--json", metavar="FILE", help="write the figures as JSON here; '-' for standard output"
    )
    p.add_argument(
        "--lang", choices=("nl", "en"), default="nl", help="the PDF's language (default nl)"
    )
    p.set_defaults(func=run)


def run(args) -> int:
    if args.out is None and args.json is None:
        raise UsageError("nothing to write: give --out FILE.pdf, --json FILE (or -), or both")
    if not 1900 <= args.year <= 9999:
        raise UsageError(f"{args.year} is not a year")
    if args.out is not None and args.out.is_dir():
        raise UsageError(f"{args.out} is a folder: give a file name ending in .pdf")
    if args.out is not None and not args.out.parent.is_dir():
        raise UsageError(f"the folder {args.out.parent} does not exist")
    if args.json not in (None, "-") and not Path(args.json).parent.is_dir():
        raise UsageError(f"the folder {Path(args.json).parent} does not exist")

    ws = open_workspace(args)
    try:
        if args.json is not None:
            data = json.dumps(ws.report.export_json(args.year), indent=2, ensure_ascii=False)
            if args.json == "-":
                sys.stdout.write(data + "\n")
                sys.stdout.flush()
            else:
                _write(Path(args.json), lambda p: p.write_text(data + "\n", encoding="utf-8"))
                progress(f"Figures of {args.year} written to {args.json}.")
        if args.out is not None:
            shown = [-1]

            def on_progress(pct: int) -> None:
                if pct // 10 > shown[0]:  # one line per ten per cent is plenty
                    shown[0] = pct // 10
                    progress(f"Report {args.year}: {pct}%")

            _write(
                args.out,
                lambda p: ws.report.export_pdf(args.year, p, args.lang, progress=on_progress),
            )
            progress(f"Report of {args.year} written to {args.out}.")
            warning = stale_warning(args.year, ws.report.stale_sections(args.year, args.lang))
            if warning:
                progress(warning)  # one line; a script is never asked anything
    finally:
        ws.close()
    return 0


def stale_warning(year: int, stale: list[StaleSection]) -> str | None:
    """One line about sections that still carry another year's text or figures, else None."""
    parts = []
    texts = [s for s in stale if s.kind == "text"]
    figures = [s for s in stale if s.kind == "figures"]
    if texts:
        n = len(texts)
        verb = "still has" if n == 1 else "still have"
        parts.append(f"{n} section{'s' * (n != 1)} {verb} the text of {_years(texts)}")
    if figures:
        n = len(figures)
        verb = "still mentions" if n == 1 else "still mention"
        parts.append(f"{n} section{'s' * (n != 1)} {verb} figures of {_years(figures)}")
    if not parts:
        return None
    return f"warning: {' and '.join(parts)}, not adapted for {year} (the report is written anyway)"


def _years(stale: list[StaleSection]) -> str:
    years = [str(y) for y in sorted({s.year for s in stale})]
    return years[0] if len(years) == 1 else ", ".join(years[:-1]) + " and " + years[-1]


def _write(path: Path, write) -> None:
    """A disk that is full or a PDF open in a viewer (Windows) becomes one sentence."""
    try:
        write(path)
    except OSError as exc:
        reason = exc.strerror or type(exc).__name__
        raise VwdeskError(
            f"could not write {path} ({reason}); close it if another program has it open"
        ) from exc
