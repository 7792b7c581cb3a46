"""`vwdesk user add/list/disable/passwd`: account management (team leaders only).

Passwords: the signing-in user's from VWDESK_PASSWORD, a new password from
VWDESK_NEW_PASSWORD, the recovery key from VWDESK_RECOVERY_KEY; each is asked
without echo when its variable is not set. Never an argument.
"""

from __future__ import annotations

from vwdesk.cli.common import (
    RECOVERY_ENV,
    add_db,
    add_user,
    open_workspace,
    read_new_password,
    read_password,
    read_secret,
)
from vwdesk.domain.enums import Role

ROLE_LABELS = {
    Role.TEAM_LEADER: "team leader",
    Role.JUNIOR_TEAM_LEADER: "junior team leader",
    Role.VOLUNTEER: "volunteer",
}


def register(sub) -> None:
    p = sub.add_parser("user", help="manage sign-in accounts")
    actions = p.add_subparsers(dest="action", metavar="ACTION", required=True)

    add = actions.add_parser("add", help="add an account")
    add_db(add)
    add_user(add)
    add.add_argument("name", help="the new account's user name")
    add.add_argument("--role", choices=[r.value for r in Role], default=Role.VOLUNTEER.value)
    add.add_argument("--display-name", default="")
    add.set_defaults(func=run_add)

    lst = actions.add_parser("list", help="list the accounts")
    add_db(lst)
    add_user(lst)
    lst.set_defaults(func=run_list)

    dis = actions.add_parser("disable", help="disable an account and rotate the file's key")
    add_db(dis)
    add_user(dis)
    dis.add_argument("name")
    dis.set_defaults(func=run_disable)

    pw = actions.add_parser(
        "passwd", help="change your password, or (team leader) set someone else's"
    )
    add_db(pw)
    pw.add_argument("--user", metavar="NAME", help="the account to sign in with")
    pw.add_argument("name", nargs="?", help="whose password to set (default: your own)")
    pw.add_argument(
        "--recovery",
        action="store_true",
        help=f"sign in with the recovery key ({RECOVERY_ENV}) to set NAME's password",
    )
    pw.set_defaults(func=run_passwd)


def run_add(args) -> int:
    ws = open_workspace(args)
    try:
        info = ws.accounts.add(
            args.name, read_new_password(), Role(args.role), display_name=args.display_name
        )
    finally:
        ws.close()
    print(f"Added {info.username} ({ROLE_LABELS[info.role]}).")
    return 0


def run_list(args) -> int:
    ws = open_workspace(args)
    try:
        accounts = ws.accounts.list()
        recovery = ws.accounts.has_recovery_key()
    finally:
        ws.close()
    for a in accounts:
        state = "disabled" if a.disabled else "active"
        print(f"{a.username:<20} {ROLE_LABELS[a.role]:<20} {state:<9} {a.display_name}")
    print(f"recovery key: {'set' if recovery else 'none'}")
    return 0


def run_disable(args) -> int:
    ws = open_workspace(args)
    try:
        ws.accounts.disable(args.name)
    finally:
        ws.close()
    print(f"Disabled {args.name}; the file's key was rotated.")
    return 0


def run_passwd(args) -> int:
    from vwdesk.domain.errors import UsageError
    from vwdesk.services.workspace import Workspace

    if args.recovery:
        if not args.name:
            raise UsageError("say whose password to set")
        key = read_secret(RECOVERY_ENV, "Recovery key: ")
        ws = Workspace.open_with_recovery_key(args.db, key)
    else:
        if not args.user:
            raise UsageError("--user is required (or --recovery)")
        password = read_password()
        ws = open_workspace(args, password=password)
    try:
        target = args.name or ws.user.username
        if target == ws.user.username and not args.recovery:
            ws.accounts.change_own_password(password, read_new_password())
        else:
            ws.accounts.reset_password(target, read_new_password())
    finally:
        ws.close()
    print(f"The password of {target} was changed.")
    return 0
