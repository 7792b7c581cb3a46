"""Typed errors raised by the core.

The UI and the CLI turn each into one sentence for a volunteer; the CLI maps
them to the exit codes of the command-line contract. Messages are English
here (they are also what a developer sees with --debug); the UI translates
by error type, never by parsing the text.
"""

from __future__ import annotations

from dataclasses import dataclass


class VwdeskError(Exception):
    """Base of every error the core raises on purpose."""

    exit_code = 1


class UsageError(VwdeskError):
    exit_code = 2


class AuthenticationError(VwdeskError):
    """Unknown user, wrong password or disabled account: never say which."""

    exit_code = 3


class FileError(VwdeskError):
    """Not a vwdesk file, damaged, or locked by another running instance."""

    exit_code = 5


class NotAVwdeskFile(FileError):
    pass


class DamagedFile(FileError):
    pass


class FileLocked(FileError):
    pass


class PathTaken(FileError):
    """Refuse to create a data file over an existing path."""


class StorageFull(VwdeskError):
    """The disk (or the file's page limit) is full; the transaction was rolled back."""


class PermissionDenied(VwdeskError):
    """The signed-in role may not do this; enforced in the services."""

    exit_code = 1


@dataclass(frozen=True)
class InputProblem:
    """One problem with user input, located as precisely as we can."""

    message: str
    field: str | None = None
    table: str | None = None
    row: int | None = None
    # The part of the input that is wrong, when the sentence names it ("Klingon" for an
    # unknown language); the UI puts it into its own translated sentence.
    value: str | None = None

    def __str__(self) -> str:
        where = []
        if self.table:
            where.append(self.table)
        if self.row is not None:
            where.append(f"row {self.row}")
        if self.field:
            where.append(self.field)
        message = f"{self.message} ({self.value})" if self.value else self.message
        return f"{', '.join(where)}: {message}" if where else message


class InvalidInput(VwdeskError):
    """Bad input; carries every problem found, not just the first."""

    exit_code = 4

    def __init__(self, problems: list[InputProblem] | InputProblem | str):
        if isinstance(problems, str):
            problems = [InputProblem(problems)]
        elif isinstance(problems, InputProblem):
            problems = [problems]
        self.problems = list(problems)
        super().__init__("; ".join(str(p) for p in self.problems))


class NotFound(VwdeskError):
    exit_code = 4
