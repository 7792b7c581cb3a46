"""The annual report's charts as plain data: which bars and lines, from which figures.

Apart from report_model.py (the wording) so each stays small; charts.py draws
a Chart with ReportLab and the Rapportage tab's preview lists it. Like the
model, a chart holds aggregates only.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from vwdesk.export.report_texts import country_name, month_names, text

SMALL = 5  # with the small_counts setting, counts 1..SMALL-1 read "<5"
MAX_NATIONALITY_BARS = 8
CONTACT_KINDS = ("social_guidance", "info_point", "legal")


@dataclass(frozen=True)
class Series:
    name: str
    values: tuple[int, ...]


@dataclass(frozen=True)
class Chart:
    """A chart as data; vwdesk/export/charts.py draws it."""

    key: str  # nationalities | age_sex | contacts_by_month
    kind: str  # hbar | bars | lines
    title: str
    categories: tuple[str, ...]
    series: tuple[Series, ...]
    small_counts: bool = False


def nationality_chart(
    by_nationality: Mapping[str, int], lang: str, small_counts: bool
) -> Chart | None:
    items = sorted(
        ((n, code) for code, n in by_nationality.items() if n > 0), key=lambda x: (-x[0], x[1])
    )
    if not items:
        return None
    shown, rest = items[:MAX_NATIONALITY_BARS], items[MAX_NATIONALITY_BARS:]
    if small_counts:
        # A bar per nationality of one or two people would point at them: group them.
        rest = rest + [x for x in shown if x[0] < SMALL]
        shown = [x for x in shown if x[0] >= SMALL]
    categories = [country_name(code, lang) for _, code in shown]
    values = [n for n, _ in shown]
    if rest:
        categories.append(text(lang, "chart.other_nationalities"))
        values.append(sum(n for n, _ in rest))
    return Chart(
        key="nationalities",
        kind="hbar",
        title=text(lang, "chart.nationalities"),
        categories=tuple(categories),
        series=(Series("", tuple(values)),),
        small_counts=small_counts,
    )


def age_sex_chart(
    age_sex: Mapping[str, Mapping[str, int]], lang: str, small_counts: bool
) -> Chart | None:
    if not age_sex or not any(sum(v.values()) for v in age_sex.values()):
        return None
    bands = list(age_sex)
    sexes = ["M", "F"]
    if any(age_sex[b].get("X", 0) for b in bands):
        sexes.append("X")
    series = tuple(
        Series(text(lang, f"sex.{s}"), tuple(int(age_sex[b].get(s, 0)) for b in bands))
        for s in sexes
    )
    return Chart(
        key="age_sex",
        kind="bars",
        title=text(lang, "chart.age_sex"),
        categories=tuple(bands),
        series=series,
        small_counts=small_counts,
    )


def contacts_chart(monthly: Mapping[str, Sequence[int]], lang: str) -> Chart | None:
    if not monthly or not any(sum(v) for v in monthly.values()):
        return None
    series = tuple(
        Series(text(lang, f"kind.{kind}"), tuple(int(x) for x in monthly.get(kind, [0] * 12)))
        for kind in CONTACT_KINDS
        if kind in monthly
    )
    return Chart(
        key="contacts_by_month",
        kind="lines",
        title=text(lang, "chart.contacts"),
        categories=tuple(month_names(lang)),
        series=series,
    )
