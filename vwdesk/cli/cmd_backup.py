"""`vwdesk backup` and `vwdesk restore`."""

from __future__ import annotations

from pathlib import Path

from vwdesk.cli.common import add_db, add_user, open_workspace


def register(sub) -> None:
    p = sub.add_parser("backup", help="write a verified encrypted backup, also while in use")
    add_db(p)
    add_user(p)
    p.add_argument("--out", type=Path, required=True, metavar="FILE", help="the backup to write")
    p.set_defaults(func=run_backup)


def run_backup(args) -> int:
    ws = open_workspace(args)
    try:
        info = ws.backups.make(args.out)
    finally:
        ws.close()
    total = sum(info.rows.values())
    print(
        f"Backup written to {info.path} ({info.size // 1024} KiB, {total} main records, verified)."
    )
    return 0
