"""Client form rules: one problem per bad field, all at once."""

from __future__ import annotations

from datetime import date

import pytest

from vwdesk.domain import validation as v
from vwdesk.domain.clients import ClientInput

TODAY = date(2018, 3, 1)


def ok(**kw) -> ClientInput:
    base = dict(first_name="Omar", last_name="Haddad", birth_date=date(1990, 1, 1), sex="M",
                nationality="SY")  # fmt: skip
    base.update(kw)
    return ClientInput(**base)


def problems(inp: ClientInput) -> set[tuple[str | None, str]]:
    return {
        (p.field, p.message)
        for p in v.client_problems(inp, TODAY, known_country=lambda c: c in {"SY", "ER"})
    }


def test_a_good_client_has_no_problems():
    assert problems(ok(bsn="111222333", v_number="1234567890", phone="+31 6-1234 5678")) == set()


@pytest.mark.parametrize(
    ("changes", "field", "message"),
    [
        ({"first_name": "", "last_name": " "}, "last_name", v.REQUIRED),
        ({"birth_date": None}, "birth_date", v.REQUIRED),
        ({"birth_date": date(2018, 3, 2)}, "birth_date", v.DATE_IN_FUTURE),
        ({"birth_date": date(1850, 1, 1)}, "birth_date", v.DATE_TOO_EARLY),
        ({"sex": "V"}, "sex", v.SEX),
        ({"nationality": ""}, "nationality", v.NATIONALITY),
        ({"nationality": "XY"}, "nationality", v.NATIONALITY),
        ({"bsn": "123456789"}, "bsn", v.BSN),
        ({"bsn": "12345"}, "bsn", v.BSN),
        ({"v_number": "V12345"}, "v_number", v.V_NUMBER),
        ({"v_number": "12345678901"}, "v_number", v.V_NUMBER),
        ({"phone": "06-123"}, "phone", v.PHONE),
        ({"phone": "bel me"}, "phone", v.PHONE),
        ({"email": "omar@"}, "email", v.EMAIL),
        ({"housed_on": date(1989, 1, 1)}, "housed_on", v.HOUSED_BEFORE_BIRTH),
        ({"pvt_signed_on": date(2019, 1, 1)}, "pvt_signed_on", v.DATE_IN_FUTURE),
        (
            {"pvt_course_on": date(2017, 5, 1), "pvt_signed_on": date(2017, 4, 1)},
            "pvt_signed_on",
            v.PVT_SIGNED_BEFORE_COURSE,
        ),
    ],
)
def test_each_bad_field_has_its_message(changes, field, message):
    assert problems(ok(**changes)) == {(field, message)}


def test_all_problems_at_once():
    found = problems(ok(sex="", nationality="", bsn="1", phone="x"))
    assert {f for f, _ in found} == {"sex", "nationality", "bsn", "phone"}


@pytest.mark.parametrize(
    ("bsn", "good"),
    [("111222333", True), ("123456782", True), ("12345678", False), ("10000008", True),
     ("10000009", False), ("000000000", False), ("123456789", False), ("11122233a", False)],
)  # fmt: skip
def test_bsn_eleven_test(bsn, good):
    assert v.bsn_ok(bsn) is good


def test_every_message_is_listed_for_the_ui():
    constants = {
        value for name, value in vars(v).items() if name.isupper() and isinstance(value, str)
        and name not in {"WEEKDAY_NUMBERS"}
    }  # fmt: skip
    assert constants == set(v.MESSAGES)
