"""Checks on what a volunteer typed, each problem pinned to its field.

Every message is one of the constants below, so the UI can show its own
translated sentence next to the field (it looks the constant up; it never
parses text). All problems are reported at once, not just the first.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date

from vwdesk.domain.clients import ClientInput, HouseholdInput
from vwdesk.domain.enums import Sex
from vwdesk.domain.errors import InputProblem, InvalidInput
from vwdesk.domain.languages import UNKNOWN_LANGUAGE, language_problems

REQUIRED = "this field is required"
DATE_IN_FUTURE = "this date lies in the future"
DATE_TOO_EARLY = "this date lies too far in the past"
HOUSED_BEFORE_BIRTH = "the housing date lies before the date of birth"
SEX = "choose M, F or X"
NATIONALITY = "choose a country from the list"
BSN = "this is not a valid BSN: 9 digits that pass the 11-test"
V_NUMBER = "a V-number has digits only, at most 10"
PHONE = "a phone number has 10 to 15 digits, with spaces, dashes or a + if you like"
EMAIL = "this is not an e-mail address"
PVT_SIGNED_BEFORE_COURSE = "the statement was signed before the course"
PERIOD_ENDS_BEFORE_START = "the end date lies before the start date"
WEEKDAYS = "weekdays are the numbers 1 (Monday) to 7 (Sunday)"
CLOSED_BEFORE_HOUSED = "the closing date lies before the housing date"
NOT_CLOSED = "this client is not closed"
CLIENT_HAS_HISTORY = "this client has contacts or other history; anonymise instead of deleting"
HOUSEHOLD_NOT_EMPTY = "a household needs at least one member"
SAME_HOUSEHOLD = "this person already belongs to that household"
ALREADY_LINKED = "this person already has an account"

MESSAGES = (
    REQUIRED,
    DATE_IN_FUTURE,
    DATE_TOO_EARLY,
    HOUSED_BEFORE_BIRTH,
    SEX,
    NATIONALITY,
    BSN,
    V_NUMBER,
    PHONE,
    EMAIL,
    PVT_SIGNED_BEFORE_COURSE,
    PERIOD_ENDS_BEFORE_START,
    WEEKDAYS,
    CLOSED_BEFORE_HOUSED,
    NOT_CLOSED,
    CLIENT_HAS_HISTORY,
    HOUSEHOLD_NOT_EMPTY,
    SAME_HOUSEHOLD,
    ALREADY_LINKED,
    UNKNOWN_LANGUAGE,  # domain/languages.py; the problem's value names the words
)

EARLIEST = date(1900, 1, 1)
V_NUMBER_MAX = 10
_PHONE_CHARS = re.compile(r"^\+?[0-9 ()./-]+$")
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")


def bsn_ok(bsn: str) -> bool:
    """The 11-test: 9 digits d1..d9 with 9*d1 + 8*d2 + ... + 2*d8 - d9 divisible by 11.

    An 8-digit number is an old BSN written without its leading zero.
    """
    digits = bsn.strip()
    if len(digits) == 8:
        digits = "0" + digits
    if len(digits) != 9 or not digits.isdigit() or digits == "000000000":
        return False
    total = sum(int(d) * w for d, w in zip(digits[:8], range(9, 1, -1), strict=True))
    return (total - int(digits[8])) % 11 == 0


def phone_ok(phone: str) -> bool:
    digits = sum(ch.isdigit() for ch in phone)
    return bool(_PHONE_CHARS.match(phone.strip())) and 10 <= digits <= 15


def team_email_ok(email: str) -> bool:
    """An e-mail address as the team form takes it: anything with an @ (the client form's
    rule is stricter). The import of volunteers uses it too, so that every address the
    form saved reads back from an export."""
    return "@" in email


def v_number_ok(v_number: str) -> bool:
    return v_number.isdigit() and len(v_number) <= V_NUMBER_MAX


def _past_date(
    problems: list[InputProblem], value: date | None, name: str, today: date, *, required=False
) -> None:
    if value is None:
        if required:
            problems.append(InputProblem(REQUIRED, field=name))
        return
    if value > today:
        problems.append(InputProblem(DATE_IN_FUTURE, field=name))
    elif value < EARLIEST:
        problems.append(InputProblem(DATE_TOO_EARLY, field=name))


def client_problems(
    inp: ClientInput,
    today: date,
    *,
    known_country: Callable[[str], bool],
    stored_languages: str = "",
) -> list[InputProblem]:
    """Everything wrong with a client form; empty when it may be saved.

    `known_country` says whether an ISO code is a country (domain/countries.py).
    `stored_languages` is what the client's record holds: older free text in it may stay.
    """
    problems: list[InputProblem] = []
    if not inp.first_name.strip() and not inp.last_name.strip():
        problems.append(InputProblem(REQUIRED, field="last_name"))
    _past_date(problems, inp.birth_date, "birth_date", today, required=True)
    if inp.sex not in {s.value for s in Sex}:
        problems.append(InputProblem(SEX, field="sex"))
    if not inp.nationality or not known_country(inp.nationality):
        problems.append(InputProblem(NATIONALITY, field="nationality"))
    if inp.housed_on is not None:
        if inp.housed_on < EARLIEST:
            problems.append(InputProblem(DATE_TOO_EARLY, field="housed_on"))
        elif inp.birth_date is not None and inp.housed_on < inp.birth_date:
            problems.append(InputProblem(HOUSED_BEFORE_BIRTH, field="housed_on"))
    if inp.bsn.strip() and not bsn_ok(inp.bsn):
        problems.append(InputProblem(BSN, field="bsn"))
    if inp.v_number.strip() and not v_number_ok(inp.v_number.strip()):
        problems.append(InputProblem(V_NUMBER, field="v_number"))
    if inp.phone.strip() and not phone_ok(inp.phone):
        problems.append(InputProblem(PHONE, field="phone"))
    if inp.email.strip() and not _EMAIL.match(inp.email.strip()):
        problems.append(InputProblem(EMAIL, field="email"))
    problems += language_problems(inp.languages, keep=stored_languages)
    _past_date(problems, inp.pvt_course_on, "pvt_course_on", today)
    _past_date(problems, inp.pvt_signed_on, "pvt_signed_on", today)
    if (
        inp.pvt_course_on is not None
        and inp.pvt_signed_on is not None
        and inp.pvt_signed_on < inp.pvt_course_on
    ):
        problems.append(InputProblem(PVT_SIGNED_BEFORE_COURSE, field="pvt_signed_on"))
    if inp.permit_expires_on is not None and inp.permit_expires_on < EARLIEST:
        problems.append(InputProblem(DATE_TOO_EARLY, field="permit_expires_on"))
    return problems


def household_problems(inp: HouseholdInput) -> list[InputProblem]:
    problems: list[InputProblem] = []
    if inp.housed_on is None:
        problems.append(InputProblem(REQUIRED, field="housed_on"))
    elif inp.housed_on < EARLIEST:
        problems.append(InputProblem(DATE_TOO_EARLY, field="housed_on"))
    return problems


def period_problems(start: date | None, end: date | None) -> list[InputProblem]:
    problems: list[InputProblem] = []
    if start is None:
        problems.append(InputProblem(REQUIRED, field="active_from"))
    elif end is not None and end < start:
        problems.append(InputProblem(PERIOD_ENDS_BEFORE_START, field="active_until"))
    return problems


def raise_if(problems: list[InputProblem]) -> None:
    if problems:
        raise InvalidInput(problems)


def normalise_v_number(v_number: str) -> str:
    return v_number.strip()


def normalise_bsn(bsn: str) -> str:
    digits = bsn.strip()
    return "0" + digits if len(digits) == 8 and digits.isdigit() else digits
