"""Checklist rules without a database: template checks, item updates, money, progress."""

from __future__ import annotations

from datetime import date

import pytest

from vwdesk.domain.checklists import (
    PAYMENT_ARRANGEMENT,
    SHIPPED_TEMPLATES,
    ItemField,
    ItemUpdate,
    Scope,
    TemplateDraft,
    TemplateItemDraft,
    check_item_update,
    check_template,
    progress_of,
    slug,
)
from vwdesk.domain.debt import format_euros, parse_euros
from vwdesk.domain.enums import ChecklistItemStatus as S
from vwdesk.domain.enums import ChecklistKind
from vwdesk.domain.errors import InvalidInput

TODAY = date(2018, 5, 14)


def test_shipped_templates_cover_the_work_of_domain_md():
    by_key = {t.key: t for t in SHIPPED_TEMPLATES}
    assert set(by_key) == {k.value for k in ChecklistKind}
    assert len(by_key["settlement"].items) == 17
    assert [i.key for i in by_key["integration"].items] == [
        "local_organisations", "volunteer_work", "vip", "language_cafe", "work",
    ]  # fmt: skip
    debt = by_key["debt_prevention"]
    arrangement = next(i for i in debt.items if i.key == PAYMENT_ARRANGEMENT)
    assert arrangement.when_needed
    assert {ItemField.CREDITOR, ItemField.AMOUNT, ItemField.MONTHLY} <= set(arrangement.fields)
    for template in SHIPPED_TEMPLATES:  # the shipped ones pass their own check unchanged
        assert check_template(template) == template


def test_template_check_makes_keys_and_reports_every_problem():
    draft = TemplateDraft(
        "x", "  Eigen lijst ", Scope.CLIENT,
        (TemplateItemDraft("Café bezocht"), TemplateItemDraft("Café bezocht"),
         TemplateItemDraft("  ", help="leeg")),
    )  # fmt: skip
    with pytest.raises(InvalidInput) as caught:
        check_template(draft)
    assert [p.row for p in caught.value.problems] == [3]
    ok = check_template(TemplateDraft("x", " Eigen lijst ", Scope.CLIENT, draft.items[:2]))
    assert ok.name == "Eigen lijst"
    assert [i.key for i in ok.items] == ["cafe_bezocht", "cafe_bezocht_2"]
    with pytest.raises(InvalidInput) as caught:
        check_template(TemplateDraft("", "", Scope.CLIENT, ()))
    assert {p.field for p in caught.value.problems} == {"name", "key", "items"}
    assert slug("Überweisung / Één") == "uberweisung_een"


def test_done_items_get_a_date_and_open_items_lose_it():
    done = check_item_update(ItemUpdate(S.DONE, note="  klaar "), TODAY)
    assert done.done_on == TODAY and done.note == "klaar"
    reopened = check_item_update(ItemUpdate(S.OPEN, done_on=date(2018, 1, 1)), TODAY)
    assert reopened.done_on is None
    with pytest.raises(InvalidInput):
        check_item_update(ItemUpdate(S.DONE, amount_cents=-1), TODAY)
    with pytest.raises(InvalidInput):
        check_item_update(ItemUpdate(S.DONE, done_on=date(2018, 5, 15)), TODAY)


@pytest.mark.parametrize(
    ("text", "cents"),
    [
        ("1.234,56", 123456), ("1234,5", 123450), ("1234.56", 123456), ("€ 80", 8000),
        ("1.250", 125000), ("0,99", 99), ("", None), ("  ", None),
    ],
)  # fmt: skip
def test_euros_are_read_the_dutch_way(text, cents):
    assert parse_euros(text) == cents


def test_euros_refuse_nonsense_and_print_dutch():
    for bad in ("abc", "-5", "1,2,3"):
        with pytest.raises(InvalidInput):
            parse_euros(bad)
    assert format_euros(123456) == "€ 1.234,56"
    assert format_euros(5) == "€ 0,05"
    assert format_euros(None) == ""


def test_progress_counts_not_applicable_as_settled():
    p = progress_of([S.DONE, S.NOT_APPLICABLE, S.OPEN, S.OPEN])
    assert (p.done, p.not_applicable, p.open, p.total, p.settled, p.percent) == (1, 1, 2, 4, 2, 50)
    assert progress_of([]).percent == 100
