"""Calendar months, counted the way a volunteer and a Dutch lawyer count them.

31 August + 6 months is 28 February (29 in a leap year): the same day of the
month later, or the last day of a month that has no such day. Phases,
deadlines, the guidance period and the demo data all move dates this way.
"""

from __future__ import annotations

import calendar
from datetime import date


def add_months(day: date, months: int) -> date:
    """`day` moved by whole months (back when negative), clamped to a shorter month's end."""
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    month += 1
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))
