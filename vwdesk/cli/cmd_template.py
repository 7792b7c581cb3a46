"""`vwdesk template --out FILE.xlsx`: the empty import template."""

from __future__ import annotations

from pathlib import Path

from vwdesk.domain.errors import UsageError


def register(sub) -> None:
    p = sub.add_parser(
        "template",
        help="write the empty import template (.xlsx)",
        description="Write the empty import template: one sheet per table, the column names, "
        "their Dutch labels, drop-down lists and one example row per sheet (skipped when "
        "imported unchanged).",
    )
    p.add_argument("--out", type=Path, required=True, metavar="FILE.xlsx", help="where to write")
    p.add_argument("--force", action="store_true", help="overwrite FILE.xlsx if it exists")
    p.set_defaults(func=run)


def run(args) -> int:
    from vwdesk.export.template import write_template

    out: Path = args.out
    if out.suffix.lower() != ".xlsx":
        raise UsageError(f"{out.name} should end in .xlsx")
    if out.is_dir():
        raise UsageError(f"{out} is a folder: give a file name ending in .xlsx")
    if not out.parent.is_dir():
        raise UsageError(f"the folder {out.parent} does not exist")
    if out.exists() and not args.force:
        raise UsageError(f"{out} exists already (a filled-in template?); add --force to replace it")
    write_template(out)
    print(f"Import template written to {out}.")
    return 0
