"""`vwdesk init --db PATH --user NAME`: a new encrypted file with a first team leader."""

from __future__ import annotations

from vwdesk.cli.common import add_db, add_user, read_secret


def register(sub) -> None:
    p = sub.add_parser("init", help="create a new encrypted data file")
    add_db(p)
    add_user(p)
    p.add_argument("--name", default="", help="the team leader's display name")
    p.add_argument("--municipality", default="", help="the municipality, for the report title")
    p.add_argument("--organisation", default="", help="the organisation's name")
    p.set_defaults(func=run)


def run(args) -> int:
    from vwdesk.services.workspace import Workspace

    password = read_secret("VWDESK_PASSWORD", "Password for the new file: ", confirm=True)
    settings = {
        k: v
        for k, v in (("municipality", args.municipality), ("organisation", args.organisation))
        if v
    }
    ws, recovery = Workspace.create(
        args.db, args.user, password, display_name=args.name, settings=settings
    )
    ws.close()
    print(f"Created {args.db} with the team-leader account {args.user.strip().lower()}.")
    print()
    print("Recovery key (shown once; print it and keep it in the office safe):")
    print(f"    {recovery}")
    print("With it a team leader can set a new password when every password is lost.")
    return 0
