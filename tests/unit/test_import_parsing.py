"""Reading typed values and country names (domain/parsing.py, domain/countries.py)."""

from __future__ import annotations

from datetime import date, datetime, time

import pytest

from vwdesk.domain.countries import (
    countries,
    country_code,
    dutch_name,
    english_name,
    find_countries,
    is_country,
)
from vwdesk.domain.parsing import (
    ParseError,
    parse_bool,
    parse_cents,
    parse_choice,
    parse_date,
    parse_int,
    parse_time,
    parse_weekdays,
    weekdays_text,
)


@pytest.mark.parametrize(
    "typed, expected",
    [
        ("2017-03-31", date(2017, 3, 31)),
        ("31-03-2017", date(2017, 3, 31)),
        ("1-3-2017", date(2017, 3, 1)),
        ("01/03/2017", date(2017, 3, 1)),
        ("2017-03-01 00:00:00", date(2017, 3, 1)),
        (datetime(2017, 3, 1), date(2017, 3, 1)),  # an Excel date cell
        (date(2017, 3, 1), date(2017, 3, 1)),
    ],
)
def test_dates(typed, expected):
    assert parse_date(typed, "housed_on") == expected


@pytest.mark.parametrize("typed", ["31-02-1990", "1990-13-01", "gisteren", "03-31-2017", "2017"])
def test_not_dates_say_so_in_one_sentence(typed):
    with pytest.raises(ParseError) as info:
        parse_date(typed, "birth_date")
    assert str(info.value).startswith(f"birth_date {typed} is not a date")


def test_the_contract_sentence():
    with pytest.raises(ParseError, match=r"^birth_date 31-02-1990 is not a date$"):
        parse_date("31-02-1990", "birth_date")


@pytest.mark.parametrize("typed", ["yes", "Ja", "J", "1", "true", "TRUE", "waar", True, 1])
def test_yes(typed):
    assert parse_bool(typed, "paid") is True


@pytest.mark.parametrize("typed", ["no", "NEE", "0", "false", "onwaar", False, 0])
def test_no(typed):
    assert parse_bool(typed, "paid") is False


def test_neither_yes_nor_no():
    with pytest.raises(ParseError, match=r"^paid misschien is not yes or no$"):
        parse_bool("misschien", "paid")


def test_times_integers_amounts_choices():
    assert parse_time("9:30", "start") == "09:30"
    assert parse_time("14.00", "start") == "14:00"
    assert parse_time(time(14, 0), "start") == "14:00"
    for bad in ("24:00", "9:75", "twee uur"):
        with pytest.raises(ParseError, match="is not a time of day"):
            parse_time(bad, "start")
    assert parse_int("12", "minutes") == 12 and parse_int(12.0, "minutes") == 12
    with pytest.raises(ParseError, match=r"^minutes 12\.5 is not a whole number$"):
        parse_int("12.5", "minutes")
    assert parse_int(str(2**63 - 1), "minutes") == 2**63 - 1  # the most SQLite stores
    with pytest.raises(ParseError, match=r"^minutes 9223372036854775808 is too large$"):
        parse_int(str(2**63), "minutes")
    assert parse_cents("1.250,50", "amount") == 125050
    assert parse_cents("€ 25", "amount") == 2500
    assert parse_cents(12.5, "amount") == 1250
    for huge in ("999999999999999999999999,00", "100000000000000000,00", "1E999999999"):
        with pytest.raises(ParseError, match=r" is too large$"):
            parse_cents(huge, "amount")
    with pytest.raises(ParseError, match="is not an amount in euros"):
        parse_cents("12,505", "amount")
    choices = {"m": "M", "f": "F", "x": "X", "v": "F"}
    assert parse_choice("v", "sex", choices) == "F"
    with pytest.raises(ParseError, match=r"^sex Q is not one of M, F, X$"):
        parse_choice("Q", "sex", choices)


@pytest.mark.parametrize(
    "typed, code",
    [
        ("SY", "SY"), ("sy", "SY"), ("SYR", "SY"), ("Syria", "SY"),
        ("Syrian Arab Republic", "SY"), ("Syrië", "SY"), ("syrie", "SY"), ("SYRIË", "SY"),
        ("Eritrea", "ER"), ("Afghanistan", "AF"), ("Irak", "IQ"), ("Iraq", "IQ"),
        ("Iran", "IR"), ("Turkije", "TR"), ("Turkey", "TR"), ("Somalië", "SO"),
        ("Democratic Republic of the Congo", "CD"), ("Congo, Democratische Republiek", "CD"),
        ("Palestina", "PS"), ("Jemen", "YE"), ("Ethiopië", "ET"), ("Nederland", "NL"),
    ],
)  # fmt: skip
def test_countries_from_codes_and_names(typed, code):
    assert country_code(typed) == code


def test_unknown_countries_and_display_names():
    assert country_code("Narnia") is None and country_code("") is None
    assert is_country("sy") and not is_country("ZZ")
    assert dutch_name("SY") == "Syrië" and english_name("SY") == "Syria"
    assert dutch_name("ZZ") == "ZZ"


def test_the_picker_list():
    listed = countries()
    assert len(listed) > 240
    names = [c.dutch for c in listed]
    assert names.index("Afghanistan") < names.index("Syrië") < names.index("Zweden")
    assert [c.code for c in find_countries("Syr")] == ["SY"]
    assert [c.code for c in find_countries("syrie")] == ["SY"]
    assert "ER" in [c.code for c in find_countries("eri")]
    assert "DE" in [c.code for c in find_countries("Duits")]
    assert "DE" in [c.code for c in find_countries("Germ")]


@pytest.mark.parametrize(
    "typed, stored",
    [
        ("ma, do", "14"),
        ("maandag en donderdag", "14"),
        ("mon,thu", "14"),
        ("Monday and Thursday", "14"),
        ("Ma. Do.", "14"),
        ("do; ma; do", "14"),  # sorted, once each
        ("di/wo", "23"),
        ("ma-vr", "12345"),
        ("ma t/m vr", "12345"),
        ("maandag tot en met woensdag", "123"),
        ("mon - wed", "123"),
        ("za-ma", "167"),  # over the weekend
        ("zaterdag, zondag", "67"),
        ("1,4", "14"),
        ("135", "135"),  # the stored form
        (5, "5"),  # a workbook's number cell
        (135.0, "135"),
    ],
)
def test_weekdays(typed, stored):
    assert parse_weekdays(typed, "available_days") == stored


def test_not_weekdays_say_so_in_one_sentence():
    with pytest.raises(ParseError) as info:
        parse_weekdays("zondagmiddag", "available_days")
    assert str(info.value) == (
        "available_days 'zondagmiddag' is not a weekday (write ma, di, wo, do, vr, za or zo)"
    )
    with pytest.raises(ParseError) as info:
        parse_weekdays("ma, zondagmiddag, 8", "available_days")
    assert str(info.value).startswith("available_days 'zondagmiddag', '8' are not weekdays")
    for typed in ("ma t/m x", "weekend", "0", "ma-", True):
        with pytest.raises(ParseError):
            parse_weekdays(typed, "available_days")


def test_weekdays_as_the_export_writes_them():
    assert weekdays_text("135") == "ma, wo, vr"
    assert weekdays_text("") == ""
    assert parse_weekdays(weekdays_text("1234567"), "d") == "1234567"
