"""Reading values typed into spreadsheets: dates, yes/no, times, numbers, choices.

Each parser takes what a cell held (text from a CSV file, or the date,
number or boolean an Excel cell holds) and the column's name, and either
returns a Python value or raises ParseError with a sentence a volunteer
understands: "birth_date 31-02-1990 is not a date". An empty cell is the
caller's business (`is_blank`); the parsers are only given something.
"""

from __future__ import annotations

import re
from datetime import date, datetime, time
from decimal import Decimal, InvalidOperation


class ParseError(ValueError):
    """A value that is not what its column holds; the message names both."""


YES = frozenset({"yes", "y", "ja", "j", "1", "true", "waar", "x"})
NO = frozenset({"no", "n", "nee", "0", "false", "onwaar"})

# 2017-03-01, and 1-3-2017 / 01-03-2017 as Dutch Excel writes them (also with / or .).
_ISO = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})(?:[ T]00:00(?::00(?:\.0+)?)?)?$")
_DMY = re.compile(r"^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$")
_TIME = re.compile(r"^(\d{1,2})[:.](\d{2})(?::00)?$")
_INT = re.compile(r"^[+-]?\d+$")
_INT64_MIN, _INT64_MAX = -(2**63), 2**63 - 1


def is_blank(value: object) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def as_text(value: object) -> str:
    """A cell as text: Excel's 12.0 for a number typed as 12 becomes `12`."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, datetime):
        if value.time() == time(0, 0):
            return value.date().isoformat()
        return value.isoformat(sep=" ")
    if isinstance(value, date | time):
        return value.isoformat()
    return str(value).strip()


def parse_date(value: object, field: str) -> date:
    """`YYYY-MM-DD` or `DD-MM-YYYY` (also D-M-YYYY, with / or .), or an Excel date cell."""
    if isinstance(value, datetime):
        if value.time() != time(0, 0):
            raise ParseError(f"{field} {as_text(value)} is not a date")
        return value.date()
    if isinstance(value, date):
        return value
    text = as_text(value)
    m = _ISO.match(text)
    if m:
        y, mo, d = int(m[1]), int(m[2]), int(m[3])
    else:
        m = _DMY.match(text)
        if not m:
            raise ParseError(f"{field} {text} is not a date (write 2017-03-31 or 31-03-2017)")
        d, mo, y = int(m[1]), int(m[2]), int(m[3])
    try:
        return date(y, mo, d)
    except ValueError:
        raise ParseError(f"{field} {text} is not a date") from None


def parse_bool(value: object, field: str) -> bool:
    """yes/no/ja/nee/1/0/true/false (and an Excel TRUE/FALSE cell)."""
    if isinstance(value, bool):
        return value
    text = as_text(value).casefold()
    if text in YES:
        return True
    if text in NO:
        return False
    raise ParseError(f"{field} {as_text(value)} is not yes or no")


def parse_time(value: object, field: str) -> str:
    """`HH:MM` (also `9:30`, `14.00`, or an Excel time cell) as `HH:MM`."""
    if isinstance(value, datetime):
        value = value.time()
    if isinstance(value, time):
        if value.second or value.microsecond:
            raise ParseError(f"{field} {value.isoformat()} is not a time of day (HH:MM)")
        return f"{value.hour:02d}:{value.minute:02d}"
    text = as_text(value)
    m = _TIME.match(text)
    if not m or int(m[1]) > 23 or int(m[2]) > 59:
        raise ParseError(f"{field} {text} is not a time of day (HH:MM)")
    return f"{int(m[1]):02d}:{m[2]}"


def parse_int(value: object, field: str, *, minimum: int | None = None) -> int:
    """A whole number (an Excel 12.0 will do)."""
    if isinstance(value, bool):
        raise ParseError(f"{field} {as_text(value)} is not a whole number")
    if isinstance(value, int):
        number = value
    elif isinstance(value, float) and value.is_integer():
        number = int(value)
    else:
        text = as_text(value).replace(" ", "")
        if not _INT.match(text):
            raise ParseError(f"{field} {as_text(value)} is not a whole number")
        number = int(text)
    if minimum is not None and number < minimum:
        raise ParseError(f"{field} {number} is less than {minimum}")
    if not _INT64_MIN <= number <= _INT64_MAX:  # what SQLite stores as a whole number
        raise ParseError(f"{field} {number} is too large")
    return number


def parse_cents(value: object, field: str) -> int:
    """An amount in euros (`150`, `150,50`, `1.250,00`, `€ 12.5`) as whole cents."""
    if isinstance(value, int | float) and not isinstance(value, bool):
        amount = Decimal(str(value))
    else:
        text = as_text(value).replace("€", "").replace(" ", "")
        if "," in text:  # Dutch: 1.250,50
            text = text.replace(".", "").replace(",", ".")
        try:
            amount = Decimal(text)
        except InvalidOperation:
            raise ParseError(f"{field} {as_text(value)} is not an amount in euros") from None
    if not amount.is_finite() or amount < 0:
        raise ParseError(f"{field} {as_text(value)} is not an amount in euros")
    # What SQLite stores as a whole number; told before any arithmetic (`1E999999999`
    # overflows Decimal, and as an int it would be a billion digits).
    if amount.adjusted() > 17 or amount * 100 > _INT64_MAX:
        raise ParseError(f"{field} {as_text(value)} is too large")
    cents = amount * 100
    if cents != cents.to_integral_value():
        raise ParseError(f"{field} {as_text(value)} is not an amount in euros")
    return int(cents)


def parse_choice(value: object, field: str, choices: dict[str, str]) -> str:
    """One of a closed list: `choices` maps each accepted folded spelling to the stored value."""
    text = as_text(value)
    found = choices.get(text.casefold())
    if found is None:
        shown = ", ".join(dict.fromkeys(choices.values()))
        raise ParseError(f"{field} {text} is not one of {shown}")
    return found


# Weekdays, ISO numbered (1 = Monday): Dutch and English names and their usual short forms.
WEEKDAYS_NL = ("ma", "di", "wo", "do", "vr", "za", "zo")  # what the export writes
_DAY_NAMES: dict[str, int] = {
    name: day
    for day, names in enumerate(
        (
            ("maandag", "ma", "maa", "monday", "mon", "mo"),
            ("dinsdag", "di", "din", "tuesday", "tue", "tues", "tu"),
            ("woensdag", "wo", "woe", "wednesday", "wed", "we"),
            ("donderdag", "do", "don", "thursday", "thu", "thur", "thurs", "th"),
            ("vrijdag", "vr", "vrij", "friday", "fri", "fr"),
            ("zaterdag", "za", "zat", "saturday", "sat", "sa"),
            ("zondag", "zo", "zon", "sunday", "sun", "su"),
        ),
        start=1,
    )
    for name in names
}
# `ma-vr`, `ma t/m vr`, `maandag tot en met vrijdag`, `mon to fri`: a range, as one part.
_DAY_RANGE = re.compile(
    r"\s*(?:[-\u2013\u2014]|\b(?:t/m|tm|tot en met|tot|to|through|till|until)\b)\s*",
    re.IGNORECASE,
)
# Between days: commas, semicolons, slashes, plus, ampersand, dots, spaces, "en", "and".
_DAY_SEPARATOR = re.compile(r"[\s,;/+&.]+(?:(?:en|and)[\s,;/+&.]+)?", re.IGNORECASE)
_DAY_HINT = "write ma, di, wo, do, vr, za or zo"


def _day(part: str) -> int | None:
    found = _DAY_NAMES.get(part.casefold())
    if found is None and len(part) == 1 and part in "1234567":
        found = int(part)
    return found


def _days_of(part: str) -> list[int] | None:
    """The ISO days one part names: a day, a range of days, or digits (`135`); None: no days."""
    if "-" in part:
        first, _, last = part.partition("-")
        a, b = _day(first), _day(last)
        if a is None or b is None:
            return None
        return list(range(a, b + 1)) if a <= b else [*range(a, 8), *range(1, b + 1)]
    day = _day(part)
    if day is not None:
        return [day]
    if part.isdigit() and all(ch in "1234567" for ch in part):  # the stored form, `135`
        return [int(ch) for ch in part]
    return None


def parse_weekdays(value: object, field: str) -> str:
    """Days of the week as typed (`ma, do`, `maandag en donderdag`, `mon,thu`, `ma-vr`,
    `1,4`) as the ISO numbers the record stores, `14`; empty when no day is named."""
    text = as_text(value)
    marked = _DAY_RANGE.sub("-", text.strip())
    parts = [p for p in _DAY_SEPARATOR.split(" " + marked + " ") if p]
    days: set[int] = set()
    wrong: list[str] = []
    for part in parts:
        found = _days_of(part)
        if found is None:
            wrong.append(part)
        else:
            days.update(found)
    if wrong:
        if not days or any(w not in text for w in wrong):  # no day at all, or a range word
            wrong = [text]  # read as `-`: the cell as it was typed
        named = ", ".join(f"'{w}'" for w in wrong)
        verb = "is not a weekday" if len(wrong) == 1 else "are not weekdays"
        raise ParseError(f"{field} {named} {verb} ({_DAY_HINT})")
    return "".join(str(d) for d in sorted(days))


def weekdays_text(stored: str) -> str:
    """The stored ISO numbers (`14`) as the export writes them: `ma, do`."""
    return ", ".join(WEEKDAYS_NL[int(ch) - 1] for ch in sorted(set(stored)) if ch in "1234567")
