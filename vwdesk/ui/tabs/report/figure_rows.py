"""The rows of the Cijfers table: a year's figures beside the previous year's.

Plain data built from two YearFigures, so the table model and its tests need
no database. Object-valued figures (by nationality, by location, by partner)
and the projects become a labelled row with one indented row per entry.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum

from vwdesk.domain.figures import OBJECT_FIGURES, YearFigures
from vwdesk.export.report_texts import country_name
from vwdesk.ui.tabs.report.figure_labels import GROUPS, PROJECT_ROLES, PROJECTS_GROUP, translate

NATIONALITY = "housed.by_nationality"
# An average over no consultation hours is not zero: a missing location shows "—".
AVERAGES = frozenset({"sessions.avg_contacts_by_location"})


class RowKind(Enum):
    HEADING = "heading"  # a group title ("Huisvesting"), no numbers
    FIGURE = "figure"  # one number per year
    GROUP = "group"  # the label of an object-valued figure or a project, no numbers
    ITEM = "item"  # one entry of an object-valued figure or project, indented


@dataclass(frozen=True)
class FigureRow:
    kind: RowKind
    label: str
    key: str = ""  # the figure key, "<key>/<entry>" for an entry; never shown
    current: int | None = None
    previous: int | None = None

    @property
    def has_numbers(self) -> bool:
        return self.kind in (RowKind.FIGURE, RowKind.ITEM)

    @property
    def difference(self) -> int | None:
        if self.current is None or self.previous is None:
            return None
        return self.current - self.previous


def figure_rows(
    current: YearFigures, previous: YearFigures | None, lang: str = "nl"
) -> list[FigureRow]:
    """Every figure of `current` in report order; `previous` None when that year has no data."""
    now = current.flat()
    before = previous.flat() if previous is not None else {}
    rows: list[FigureRow] = []
    for group, title, figures in GROUPS:
        rows.append(FigureRow(RowKind.HEADING, translate(title), key=group))
        if group == PROJECTS_GROUP:
            rows += _project_rows(current, previous)
            if rows[-1].kind is RowKind.HEADING:
                rows.pop()  # no projects in either year: no heading
            continue
        for key, label in figures:
            if key in OBJECT_FIGURES:
                rows += _object_rows(key, translate(label), now, before, previous, lang)
            else:
                rows.append(
                    FigureRow(
                        RowKind.FIGURE,
                        translate(label),
                        key=key,
                        current=_int(now.get(key)),
                        previous=_int(before.get(key)) if previous is not None else None,
                    )
                )
    return rows


def _int(value: object) -> int | None:
    return value if isinstance(value, int) else None


def _object_rows(key, label, now, before, previous, lang) -> list[FigureRow]:
    mine: dict[str, int] = dict(now.get(key) or {})
    theirs: dict[str, int] = dict(before.get(key) or {})
    missing = None if key in AVERAGES else 0
    entries = sorted(
        set(mine) | set(theirs),
        key=lambda e: (-(mine.get(e) or 0), -(theirs.get(e) or 0), _entry_label(key, e, lang)),
    )
    rows = [FigureRow(RowKind.GROUP, label, key=key)]
    for entry in entries:
        rows.append(
            FigureRow(
                RowKind.ITEM,
                _entry_label(key, entry, lang),
                key=f"{key}/{entry}",
                current=mine.get(entry, missing),
                previous=theirs.get(entry, missing) if previous is not None else None,
            )
        )
    return rows


def _entry_label(key: str, entry: str, lang: str) -> str:
    return country_name(entry, lang) if key == NATIONALITY else entry


def _project_rows(current: YearFigures, previous: YearFigures | None) -> list[FigureRow]:
    before = previous.projects if previous is not None else {}
    rows: list[FigureRow] = []
    for name in sorted(set(current.projects) | set(before), key=str.lower):
        rows.append(FigureRow(RowKind.GROUP, name, key=f"projects.{name}"))
        for role, label in PROJECT_ROLES:
            now = current.projects.get(name)
            then = before.get(name)
            rows.append(
                FigureRow(
                    RowKind.ITEM,
                    translate(label),
                    key=f"projects.{name}.{role}",
                    current=getattr(now, role) if now is not None else 0,
                    previous=(getattr(then, role) if then is not None else 0)
                    if previous is not None
                    else None,
                )
            )
    return rows


def covered_keys(rows: list[FigureRow]) -> set[str]:
    """The figure keys the rows show (for the test that no figure is left out)."""
    return {r.key for r in rows if r.kind in (RowKind.FIGURE, RowKind.GROUP, RowKind.ITEM)}
