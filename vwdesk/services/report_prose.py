"""Whose year a section's prose belongs to, and what in a report is still another year's.

A section without text of its own for the report's year takes the latest
earlier year's text (next year starts from this year's). That is a draft, not
this year's text: left as it is, the 2026 report says "In 2017 zijn 60
statushouders gestart". So every text says the year it was written for, and
`stale_sections` lists what the team should look at before exporting:

- "text": the section still has an earlier year's text, unchanged;
- "figures": the section has a text of its own, but kept a sentence of the
  earlier year's text that gives a figure of an earlier year ("In 2017 zijn
  60 statushouders gestart"). A year named without a figure ("Sinds 2016
  werken we samen") is history, and a sentence the team wrote itself about an
  earlier year is its own choice: neither is flagged.

Plain data and pure functions; ReportService reads the rows.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Literal

StaleKind = Literal["text", "figures"]


@dataclass(frozen=True)
class SectionText:
    section: str
    text: str
    year: int  # the year it was written for; before the report's year: carried over


@dataclass(frozen=True)
class StaleSection:
    section: str
    title: str
    year: int  # the earlier year whose text, or figures, the section still carries
    kind: StaleKind
    sentences: tuple[str, ...] = ()  # for "figures": the sentences that give them


_SENTENCE_END = re.compile(r"(?<=[.!?])\s+")
_YEAR = re.compile(r"(?<![\d:.,])(19\d\d|20\d\d)(?![\d:])")
_TIME = re.compile(r"\b\d{1,2}[:.]\d{2}\b")
_MONTHS = (
    "januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december|"
    "january|february|march|may|june|july|august|october"
)
_DAY = re.compile(rf"\b\d{{1,2}}\s+(?:{_MONTHS})\b", re.IGNORECASE)
_NUMBER = re.compile(r"(?<![\w:])\d+(?:[.,]\d+)?(?![\w:])")


def sentences(text: str) -> list[str]:
    """The text's sentences: every line is a paragraph, split at a full stop."""
    found = []
    for line in text.splitlines():
        line = line.strip().removeprefix("- ").strip()
        found += [part.strip() for part in _SENTENCE_END.split(line) if part.strip()]
    return found


def earlier_year_with_figure(sentence: str, year: int) -> int | None:
    """The latest year before `year` a sentence names together with a figure, else None.

    A figure is a number that is neither a year nor part of a time ("14:00")
    or a date ("1 oktober").
    """
    years = [int(y) for y in _YEAR.findall(sentence)]
    earlier = [y for y in years if y < year]
    if not earlier:
        return None
    rest = _DAY.sub(" ", _TIME.sub(" ", _YEAR.sub(" ", sentence)))
    return max(earlier) if _NUMBER.search(rest) else None


def carried_figures(own: str, earlier: str, year: int) -> tuple[int, tuple[str, ...]] | None:
    """The sentences of `own` kept from the earlier year's text that give an earlier year's
    figure, with the latest such year; None when there are none."""
    kept = set(sentences(earlier))
    found: list[tuple[int, str]] = []
    for sentence in sentences(own):
        if sentence not in kept:
            continue
        named = earlier_year_with_figure(sentence, year)
        if named is not None:
            found.append((named, sentence))
    if not found:
        return None
    return max(y for y, _ in found), tuple(s for _, s in found)


def stale_sections(
    year: int,
    sections: Iterable[tuple[str, str]],
    texts: Mapping[str, SectionText],
    earlier: Mapping[str, SectionText],
) -> list[StaleSection]:
    """Of the report's sections (key, title), in report order: those still carrying another
    year's text or figures. `texts` are the report's (own or carried over), `earlier` the
    latest earlier year's of each section."""
    stale = []
    for key, title in sections:
        current = texts.get(key)
        if current is None or not current.text.strip():
            continue
        if current.year < year:
            stale.append(StaleSection(key, title, current.year, "text"))
            continue
        before = earlier.get(key)
        carried = carried_figures(current.text, before.text, year) if before else None
        if carried is not None:
            stale.append(StaleSection(key, title, carried[0], "figures", carried[1]))
    return stale
