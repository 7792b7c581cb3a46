"""The column parsers of the importer (services/importing/cells.py): one conversion per
distinct value, and the same values as converting cell by cell."""

from __future__ import annotations

from datetime import date

from vwdesk.domain.import_contract import table
from vwdesk.domain.parsing import ParseError
from vwdesk.services.importing import cells

TODAY = date(2026, 1, 1)


def _counting(monkeypatch, name: str) -> list[object]:
    calls: list[object] = []
    real = getattr(cells, name)

    def counted(value, field, *args):
        calls.append(value)
        return real(value, field, *args)

    monkeypatch.setattr(cells, name, counted)
    return calls


def test_each_new_value_of_a_chunk_is_converted_once(monkeypatch):
    """A date-sorted file brings a new date thousands of times within one chunk: it is
    parsed once, not once per cell, and never again in later chunks."""
    calls = _counting(monkeypatch, "parse_date")
    parse = cells.column_parser(table("contacts").column("date"), TODAY)
    chunk = ["2024-01-01"] * 500 + ["2024-01-02"] * 500 + ["31-02-2024"] * 3 + [""] * 2
    values, wrong = parse(chunk)
    assert calls == ["2024-01-01", "2024-01-02", "31-02-2024"]
    assert values[:1000] == ["2024-01-01"] * 500 + ["2024-01-02"] * 500
    assert all(isinstance(v, ParseError) for v in values[1000:1003])
    assert values[1003:] == [None, None]
    assert wrong
    values, wrong = parse(["2024-01-02", "2024-01-01", "2024-01-03", "2024-01-03"])
    assert calls[3:] == ["2024-01-03"]
    assert values == ["2024-01-02", "2024-01-01", "2024-01-03", "2024-01-03"] and not wrong
    values, wrong = parse(["31-02-2024"])  # a wrong value remembered is still told
    assert isinstance(values[0], ParseError) and wrong
    assert len(calls) == 4


def test_a_yes_cell_is_not_taken_for_the_number_one():
    """True == 1 in Python: a workbook's TRUE in a number column stays wrong before and
    after a 1, and a 1 stays a number before and after a TRUE."""
    parse = cells.column_parser(table("contacts").column("minutes"), TODAY)
    values, wrong = parse([1, True, 1, 0, False, 1.0])
    assert values[0] == 1 and values[2] == 1 and values[3] == 0 and values[5] == 1
    assert isinstance(values[1], ParseError) and isinstance(values[4], ParseError) and wrong
    values, wrong = parse([True, 1])
    assert isinstance(values[0], ParseError) and values[1] == 1 and wrong


def test_text_columns_strip_and_blank_to_none():
    parse = cells.column_parser(table("contacts").column("topics"), TODAY)
    assert parse([" post ", "", "  ", "a"]) == (["post", None, None, "a"], False)
    assert parse([" post ", None, 12.0, 7]) == (["post", None, "12", "7"], False)


def test_a_phone_number_from_a_number_cell_gets_its_leading_zero_back():
    parse = cells.column_parser(table("volunteers").column("phone"), TODAY)
    values, wrong = parse([612345678, 612345678.0, "06 1234 5678", 31612345678, 12345])
    assert values[:4] == ["0612345678", "0612345678", "06 1234 5678", "31612345678"]
    assert wrong and isinstance(values[4], ParseError)
