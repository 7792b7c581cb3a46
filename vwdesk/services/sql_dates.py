"""Date arithmetic in SQL on the ISO text dates SQLAlchemy stores in SQLite.

A `date` parameter compares with a stored `YYYY-MM-DD` as plain text, and
slices of that text give years, months and month-days without reading rows
into Python, so counts by year, month or age stay single aggregates. (`substr`
rather than `strftime`, which parses the date again on every call: the age
figures of a year at national scale took three times as long with it.)
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import ColumnElement, Integer, and_, case, cast, func, or_


def year_bounds(year: int) -> tuple[date, date]:
    return date(year, 1, 1), date(year, 12, 31)


def in_year(column, year: int) -> ColumnElement[bool]:
    first, last = year_bounds(year)
    return column.between(first, last)


def active_on(start, end, day: date) -> ColumnElement[bool]:
    """figures.md: start <= D and (end is empty or end >= D)."""
    return and_(start <= day, or_(end.is_(None), end >= day))


def overlaps_year(start, end, year: int) -> ColumnElement[bool]:
    first, last = year_bounds(year)
    return and_(start <= last, or_(end.is_(None), end >= first))


def age_on(birth, day) -> ColumnElement[int]:
    """Whole years between two ISO date columns, in SQL.

    Year difference minus one when the month-day of `day` comes before the
    birthday's, so a birthday on `day` itself counts. (SQLite's
    `date(day, '-18 years')` would shift 29 February to 1 March and be a day off.)
    """
    years = year_of(day) - year_of(birth)
    before_birthday = case((func.substr(day, 6) < func.substr(birth, 6), 1), else_=0)  # MM-DD
    return years - before_birthday


def count_if(condition) -> ColumnElement[int]:
    """COUNT of the rows meeting a condition (CASE without ELSE gives NULL, not counted)."""
    return func.count(case((condition, 1)))


def year_of(column) -> ColumnElement[int]:
    return cast(func.substr(column, 1, 4), Integer)


def month_of(column) -> ColumnElement[int]:
    return cast(func.substr(column, 6, 2), Integer)
