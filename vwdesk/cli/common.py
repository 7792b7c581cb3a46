"""What every subcommand shares: passwords, opening the file, errors to exit codes."""

from __future__ import annotations

import argparse
import contextlib
import getpass
import logging
import os
import sys
import traceback
from pathlib import Path

from vwdesk.domain.errors import (
    AuthenticationError,
    DamagedFile,
    FileLocked,
    InvalidInput,
    NotAVwdeskFile,
    PathTaken,
    PermissionDenied,
    StorageFull,
    UsageError,
    VwdeskError,
)

PASSWORD_ENV = "VWDESK_PASSWORD"
NEW_PASSWORD_ENV = "VWDESK_NEW_PASSWORD"
RECOVERY_ENV = "VWDESK_RECOVERY_KEY"


def add_db(parser: argparse.ArgumentParser, *, required: bool = True) -> None:
    parser.add_argument("--db", type=Path, required=required, metavar="PATH", help="the data file")


def add_user(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--user", required=True, metavar="NAME", help="the account to sign in with")


def read_secret(env: str, prompt: str, *, confirm: bool = False) -> str:
    """From the environment when set (scripts, tests), else asked without echo."""
    value = os.environ.get(env)
    if value is not None:
        return value
    if not sys.stdin.isatty():
        raise UsageError(f"no terminal to ask the password on: set {env}")
    first = getpass.getpass(prompt)
    if confirm and getpass.getpass("Repeat: ") != first:
        raise UsageError("the two passwords differ")
    return first


def read_password() -> str:
    return read_secret(PASSWORD_ENV, "Password: ")


def read_new_password(prompt: str = "New password: ") -> str:
    return read_secret(NEW_PASSWORD_ENV, prompt, confirm=True)


def open_workspace(args: argparse.Namespace, *, password: str | None = None, read_only=False):
    from vwdesk.services.workspace import Workspace

    secret = read_password() if password is None else password
    return Workspace.open(args.db, args.user, secret, read_only=read_only)


def progress(message: str) -> None:
    """Progress of long work goes to stderr; stdout is for results."""
    print(message, file=sys.stderr, flush=True)


def describe(exc: BaseException, db: Path | None) -> str:
    """One clear sentence for the terminal."""
    name = db.name if db else "the file"
    if isinstance(exc, AuthenticationError):
        return "Wrong user name or password."
    if isinstance(exc, FileLocked):
        return f"{name} is open in another vwdesk window; close that one first."
    if isinstance(exc, PathTaken):
        return f"Refusing to overwrite: {exc}."
    if isinstance(exc, NotAVwdeskFile | DamagedFile):
        return f"{name} is not a vwdesk file or is damaged ({exc}); it was left unchanged."
    if isinstance(exc, StorageFull):
        return (
            "The disk is full; nothing of the last change was saved. Free some space and try again."
        )
    if isinstance(exc, PermissionDenied):
        return "Only a team leader may do this."
    if isinstance(exc, InvalidInput):
        if len(exc.problems) == 1:
            return f"Rejected: {exc.problems[0]}."
        lines = [f"Rejected: {len(exc.problems)} problems, nothing was written."]
        lines += [f"  {p}" for p in exc.problems]
        return "\n".join(lines)
    if isinstance(exc, VwdeskError):
        return f"{exc}."
    if isinstance(exc, KeyboardInterrupt):
        return "Stopped."
    return f"Something went wrong ({type(exc).__name__}); run again with --debug for details."


def run_command(args: argparse.Namespace) -> int:
    from vwdesk.logs import configure_logging

    with contextlib.suppress(OSError):  # a read-only home folder must not stop the command
        configure_logging(debug=args.debug)
    logging.getLogger(__name__).info("command %s", args.command)
    try:
        return int(args.func(args) or 0)
    except (VwdeskError, KeyboardInterrupt, Exception) as exc:
        if args.debug:
            traceback.print_exc()
        exc = _as_file_error(exc) or exc
        print(describe(exc, getattr(args, "db", None)), file=sys.stderr)
        if isinstance(exc, VwdeskError):
            return exc.exit_code
        return 1


def _as_file_error(exc: BaseException) -> VwdeskError | None:
    """A database error as the typed one; the storage code is imported only when needed.

    Importing it up front put SQLAlchemy in front of the window's sign-in dialog (#11).
    """
    try:
        from vwdesk.db.datafile import as_file_error
    except ImportError:  # a broken install: the error at hand is the one to report
        return None
    return as_file_error(exc)
