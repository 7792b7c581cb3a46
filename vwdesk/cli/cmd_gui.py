"""`vwdesk [gui] [--db PATH]`: open the window."""

from __future__ import annotations

from vwdesk.cli.common import add_db


def register(sub) -> None:
    p = sub.add_parser("gui", help="open the window (the default)")
    add_db(p, required=False)
    p.add_argument("--lang", choices=("nl", "en"), help="interface language for this run")
    p.set_defaults(func=run)


def run(args) -> int:
    from vwdesk.app import run_gui  # Qt is imported only when a window is wanted

    return run_gui(args.db, lang=args.lang)
