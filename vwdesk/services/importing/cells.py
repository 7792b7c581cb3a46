"""One parser per column: a cell in, the value as the database stores it out.

Dates come out as ISO text and yes/no as 1/0, exactly as SQLAlchemy stores
them in SQLite, so rows can be compared with what is stored and written in
bulk without a conversion per value. Results are remembered per column: a
million contacts hold a few thousand distinct dates.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from itertools import repeat

from vwdesk.domain.countries import country_code
from vwdesk.domain.import_contract import Column, Kind
from vwdesk.domain.languages import normalise_languages
from vwdesk.domain.parsing import (
    ParseError,
    as_text,
    is_blank,
    parse_bool,
    parse_cents,
    parse_choice,
    parse_date,
    parse_int,
    parse_time,
    parse_weekdays,
)
from vwdesk.domain.validation import phone_ok, team_email_ok

Parser = Callable[[Sequence[object]], tuple[list[object], bool]]
_MEMO_LIMIT = 50_000


def _country(value: object, field: str) -> str:
    text = as_text(value)
    code = country_code(text)
    if code is None:
        raise ParseError(f"{field} {text} is not a country (write SY, Syria or Syrië)")
    return code


def _phone(value: object, field: str) -> str:
    text = as_text(value)
    if value.__class__ in (int, float) and text.isdigit() and len(text) == 9:
        # A number cell: the spreadsheet dropped the leading 0 of 0612345678 or 0101234567
        # (Dutch numbers have ten digits). Typed as text it keeps its 0.
        text = "0" + text
    if not phone_ok(text):
        raise ParseError(f"{field} {text} is not a phone number (10 to 15 digits)")
    return text


def _email(value: object, field: str) -> str:
    text = as_text(value)
    if not team_email_ok(text):
        raise ParseError(f"{field} {text} is not an e-mail address")
    return text


def _text(value: object) -> str | None:
    text = value.strip() if value.__class__ is str else as_text(value)
    return text or None


def _texts(cells: Sequence[object]) -> tuple[list[object], bool]:
    try:  # a CSV column: all text, stripped at C speed
        return [text or None for text in map(str.strip, cells)], False
    except TypeError:  # a workbook's numbers and dates, or a short row's None
        return [_text(v) if v is not None else None for v in cells], False


def column_parser(col: Column, today: date) -> Parser:
    """A function from a column's cells to their stored values (None for a blank cell, a
    ParseError, returned, for a cell that is not what the column holds) and whether any
    ParseError is among them."""
    key = col.kind
    field = col.key
    if key in (Kind.TEXT, Kind.REF):
        return _texts
    if key is Kind.DATE:
        convert: Callable[[object], object] = lambda v: parse_date(v, field).isoformat()  # noqa: E731
    elif key is Kind.PAST_DATE:
        latest = today.isoformat()

        def convert(v):
            iso = parse_date(v, field).isoformat()
            if iso > latest:
                raise ParseError(f"{field} {as_text(v)} lies in the future")
            return iso
    elif key is Kind.BOOL:
        convert = lambda v: int(parse_bool(v, field))  # noqa: E731
    elif key is Kind.INT:
        convert = lambda v: parse_int(v, field)  # noqa: E731
    elif key is Kind.TIME:
        convert = lambda v: parse_time(v, field)  # noqa: E731
    elif key is Kind.CHOICE:
        choices = col.choice_map()
        convert = lambda v: parse_choice(v, field, choices)  # noqa: E731
    elif key is Kind.COUNTRY:
        convert = lambda v: _country(v, field)  # noqa: E731
    elif key is Kind.MONEY:
        convert = lambda v: parse_cents(v, field)  # noqa: E731
    elif key is Kind.LANGUAGES:
        # Names or codes become codes; other text stays as typed (the contract's column
        # was free text, and a file that imported before must still import).
        convert = lambda v: normalise_languages(as_text(v)) or None  # noqa: E731
    elif key is Kind.WEEKDAYS:
        convert = lambda v: parse_weekdays(v, field) or None  # noqa: E731
    elif key is Kind.PHONE:
        convert = lambda v: _phone(v, field)  # noqa: E731
    elif key is Kind.EMAIL:
        convert = lambda v: _email(v, field)  # noqa: E731
    else:  # pragma: no cover - every Kind is handled above
        raise AssertionError(key)
    return _remembered(convert)


_MISS = object()


def _memoisable(value: object) -> bool:
    """Whether `value` may be a memo key. True == 1 == 1.0 share a hash but not a result
    (`1` is a whole number, `True` is not), so no key may equal a bool: then a bool cell
    always misses and is converted on its own."""
    return value.__class__ is str or (value.__class__ is not bool and value not in (0, 1))


def _remembered(convert: Callable[[object], object]) -> Parser:
    """Column-wise with a memo: a dict lookup per cell, `convert` once per distinct value."""
    memo: dict[object, object] = {None: None, "": None}
    wrong: set[object] = set()  # cells seen to be wrong, to spot them again at C speed

    def one(value: object) -> object:
        try:
            return None if is_blank(value) else convert(value)
        except ParseError as exc:
            if value.__class__ is not bool:
                wrong.add(value)
            return exc

    def many(cells: Sequence[object]) -> tuple[list[object], bool]:
        get = memo.get
        out = list(map(get, cells, repeat(_MISS, len(cells))))
        wrong_here = False
        if _MISS in out:
            for i, found in enumerate(out):
                if found is _MISS:
                    # Looked up again: an earlier cell of this same chunk may have filled it
                    # (a date-sorted file brings each new date thousands of times at once).
                    value = cells[i]
                    found = get(value, _MISS)
                    if found is _MISS:
                        found = one(value)
                        if len(memo) < _MEMO_LIMIT and _memoisable(value):
                            memo[value] = found
                    out[i] = found
                    wrong_here = wrong_here or found.__class__ is ParseError
        return out, wrong_here or (bool(wrong) and not wrong.isdisjoint(cells))

    return many
