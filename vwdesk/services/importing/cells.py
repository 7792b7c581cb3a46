"""One parser per column: a cell in, the value as the database stores it out.

Dates come out as ISO text and yes/no as 1/0, exactly as SQLAlchemy stores
them in SQLite, so rows can be compared with what is stored and written in
bulk without a conversion per value. Results are remembered per column: a
million contacts hold a few thousand distinct dates.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from vwdesk.domain.countries import country_code
from vwdesk.domain.import_contract import Column, Kind
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
)

Parser = Callable[[object], object]
_MEMO_LIMIT = 50_000


def _country(value: object, field: str) -> str:
    text = as_text(value)
    code = country_code(text)
    if code is None:
        raise ParseError(f"{field} {text} is not a country (write SY, Syria or Syrië)")
    return code


def _text(value: object) -> str:
    return value.strip() if isinstance(value, str) else as_text(value)


def column_parser(col: Column, today: date) -> Parser:
    """A function from a cell to its stored value (None when blank); raises ParseError."""
    key = col.kind
    field = col.key
    if key in (Kind.TEXT, Kind.REF):
        return lambda v: None if is_blank(v) else _text(v)
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
    else:  # pragma: no cover - every Kind is handled above
        raise AssertionError(key)
    return _remembered(convert)


def _remembered(convert: Callable[[object], object]) -> Parser:
    memo: dict[object, object] = {}

    def parse(value: object) -> object:
        if value is None or value == "" or isinstance(value, bool):
            return None if value is None or value == "" else convert(value)
        try:
            found = memo[value]
        except KeyError:
            try:
                found = convert(value) if not is_blank(value) else None
            except ParseError as exc:
                found = exc
            if len(memo) < _MEMO_LIMIT:
                memo[value] = found
        if isinstance(found, ParseError):
            raise ParseError(str(found))
        return found

    return parse
