"""`vwdesk restore --backup FILE --db PATH`: verify, then write to a new path."""

from __future__ import annotations

from pathlib import Path

from vwdesk.cli.common import add_db


def register(sub) -> None:
    p = sub.add_parser("restore", help="restore a backup to a new path after verifying it")
    p.add_argument("--backup", type=Path, required=True, metavar="FILE")
    add_db(p)
    p.set_defaults(func=run)


def run(args) -> int:
    from vwdesk.services.backup import restore_backup

    manifest = restore_backup(args.backup, args.db)
    print(
        f"Restored the backup of {manifest['created']} to {args.db}; "
        "sign in with the accounts of that moment."
    )
    return 0
