"""The `vwdesk` command: the window, and subcommands that reuse the services.

Each subcommand lives in its own module under vwdesk/cli/ and exposes
`register(subparsers)`; add a module to COMMANDS only once it works.
Exit codes (shared/spec/import-and-cli.md): 0 done, 2 usage, 3 wrong user or
password, 4 bad input, 5 not a vwdesk file / damaged / locked, 1 anything else.
"""

from __future__ import annotations

import argparse
import importlib
import sys

COMMANDS = (
    "gui",
    "init",
    "demo",
    "user",
    "check",
    "backup",
    "restore",
    "report",
    "import",
    "template",
    "selftest",
)


class _VersionAction(argparse.Action):
    """`--version`: the number is looked up only when asked (importlib.metadata is slow)."""

    def __init__(self, option_strings, dest=argparse.SUPPRESS, **kwargs) -> None:
        kwargs.setdefault("help", "show the version and exit")
        super().__init__(option_strings, dest, nargs=0, default=argparse.SUPPRESS, **kwargs)

    def __call__(self, parser, namespace, values, option_string=None) -> None:
        from vwdesk import __version__

        print(f"vwdesk {__version__}", file=sys.stdout)
        parser.exit()


def build_parser(commands: tuple[str, ...] = COMMANDS) -> argparse.ArgumentParser:
    """The parser with `commands` (all of them; `main` gives the window's only its own)."""
    parser = argparse.ArgumentParser(
        prog="vwdesk",
        description="Case and report keeping for local refugee-support teams.",
    )
    parser.add_argument("--version", action=_VersionAction)
    parser.add_argument(
        "--debug", action="store_true", help="show a traceback when something goes wrong"
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in commands:
        importlib.import_module(f"vwdesk.cli.cmd_{name}").register(sub)
    return parser


def _with_default_command(argv: list[str]) -> list[str]:
    """`vwdesk` alone, or with only the window's options (--db, --lang), opens the window."""
    if not argv or argv[0].split("=")[0] in ("--db", "--lang"):
        return ["gui", *argv]
    return argv


def main(argv: list[str] | None = None) -> int:
    from vwdesk.cli.common import run_command

    argv = _with_default_command(list(sys.argv[1:] if argv is None else argv))
    # The window needs none of the other subcommands' modules and parsers (#11 start-up).
    parser = build_parser(("gui",) if argv[0] == "gui" else COMMANDS)
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:  # argparse exits 2 on usage errors, 0 for --help
        return int(exc.code or 0)
    if args.command is None:
        parser.print_help()
        return 2
    return run_command(args)


if __name__ == "__main__":
    raise SystemExit(main())
