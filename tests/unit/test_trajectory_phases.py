"""Phases after housing, on the exact boundary days (both ends inclusive)."""

from __future__ import annotations

from datetime import date

import pytest

from vwdesk.domain.enums import TrajectoryKind
from vwdesk.domain.errors import InvalidInput
from vwdesk.domain.phases import Phase, add_months, check_period, expected_end, phase_on

D = date.fromisoformat


@pytest.mark.parametrize(
    ("housed", "day", "phase"),
    [
        ("2017-03-15", "2017-03-14", Phase.NOT_YET_HOUSED),
        ("2017-03-15", "2017-03-15", Phase.INTENSIVE),  # the housing day itself
        ("2017-03-15", "2017-09-14", Phase.INTENSIVE),  # last day of 6 months
        ("2017-03-15", "2017-09-15", Phase.GUIDANCE),  # 6 months to the day
        ("2017-03-15", "2018-09-14", Phase.GUIDANCE),  # last day of 18 months
        ("2017-03-15", "2018-09-15", Phase.AFTER),
        # 31 August + 6 months is the end of February: 28th, or 29th in a leap year
        ("2017-08-31", "2018-02-27", Phase.INTENSIVE),
        ("2017-08-31", "2018-02-28", Phase.GUIDANCE),
        ("2019-08-31", "2020-02-28", Phase.INTENSIVE),
        ("2019-08-31", "2020-02-29", Phase.GUIDANCE),
        # housed on a leap day: 18 months on is 29 August, no clamping needed
        ("2016-02-29", "2017-08-28", Phase.GUIDANCE),
        ("2016-02-29", "2017-08-29", Phase.AFTER),
    ],
)
def test_phase_boundaries_on_the_exact_days(housed, day, phase):
    assert phase_on(D(housed), D(day)).phase == phase


def test_phase_tells_its_first_and_last_day():
    info = phase_on(D("2017-03-15"), D("2017-10-01"))
    assert (info.since, info.until) == (D("2017-09-15"), D("2018-09-14"))
    assert phase_on(D("2017-03-15"), D("2020-01-01")).until is None


def test_add_months_clamps_to_the_month_end():
    assert add_months(D("2017-01-31"), 1) == D("2017-02-28")
    assert add_months(D("2016-01-31"), 1) == D("2016-02-29")
    assert add_months(D("2016-02-29"), 12) == D("2017-02-28")
    assert add_months(D("2017-11-30"), 3) == D("2018-02-28")
    assert add_months(D("2018-03-31"), -1) == D("2018-02-28")


def test_expected_end_uses_the_usual_length_when_open():
    assert expected_end(TrajectoryKind.SETTLEMENT, D("2017-03-15"), None) == D("2017-09-14")
    assert expected_end(TrajectoryKind.INTEGRATION, D("2017-09-15"), None) == D("2018-09-14")
    assert expected_end(TrajectoryKind.SETTLEMENT, D("2017-03-15"), D("2017-05-01")) == D(
        "2017-05-01"
    )
    with pytest.raises(InvalidInput):
        check_period(D("2017-03-15"), D("2017-03-14"))
