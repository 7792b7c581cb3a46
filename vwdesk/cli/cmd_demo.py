"""`vwdesk demo --db PATH`: a demo file that reproduces the 2017 seed report."""

from __future__ import annotations

from vwdesk.cli.common import add_db, progress


def register(sub) -> None:
    p = sub.add_parser(
        "demo", help="create a demo file with invented data that reproduces the 2017 report"
    )
    add_db(p)
    p.set_defaults(func=run)


def run(args) -> int:
    from vwdesk.services.demo import (
        DEMO_PASSWORD,
        TEAM_LEADER_USER,
        VOLUNTEER_USER,
        build_demo,
    )

    progress(f"Building the demo file {args.db} ...")
    build_demo(args.db)
    print(
        f"Created the demo file {args.db} (invented people, Lansingerland 2015-2018 "
        "and the months up to today)."
    )
    print("Accounts:")
    print(f"    {TEAM_LEADER_USER:<14} team leader")
    print(f"    {VOLUNTEER_USER:<14} volunteer")
    print(f"Password for both: {DEMO_PASSWORD}")
    return 0
