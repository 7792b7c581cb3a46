"""Figures + the team's prose + settings + a language -> the annual report as plain data.

The PDF builder only lays this out, and the Rapportage tab can preview it, so
every decision about wording, order, singular/plural and small counts is made
here and tested without drawing anything. It holds aggregates only: the
names in it are those of the municipality, the organisation, partners,
projects and locations, never of a person.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date

from vwdesk.domain.errors import VwdeskError
from vwdesk.domain.figures import YearFigures
from vwdesk.export.report_charts import (
    SMALL,
    Chart,
    age_sex_chart,
    contacts_chart,
    nationality_chart,
)
from vwdesk.export.report_texts import counted, demonym, long_date, text

# Stable section keys shared by the model, the PDF, the stored prose and the tab.
HOUSING = "housing"
CONSULTATION = "consultation"
LEGAL = "legal"
COOPERATION = "cooperation"
SOCIAL_GUIDANCE = "social_guidance"
HOME_VISITS = "home_visits"
DEBT = "debt"
PVT = "pvt"
OTHER = "other"
TEAM = "team"
PROJECT_PREFIX = "project:"
LOCATION_PREFIX = "location:"

# The seed report's order; projects and locations come between these two runs.
_BEFORE = (HOUSING, CONSULTATION, LEGAL, COOPERATION, SOCIAL_GUIDANCE)
_AFTER = (HOME_VISITS, DEBT, PVT, OTHER, TEAM)
# Shown even when empty: what a municipality always expects to read about.
_ALWAYS = frozenset({HOUSING, CONSULTATION, LEGAL, SOCIAL_GUIDANCE, TEAM})


class ExportCancelled(VwdeskError):
    """The user stopped an export; no file was written. (Here, not in the PDF builder,
    so the services can name it without loading ReportLab.)"""


def project_key(name: str) -> str:
    return PROJECT_PREFIX + name


def location_key(name: str) -> str:
    return LOCATION_PREFIX + name


@dataclass(frozen=True)
class ReportSettings:
    organisation: str = ""
    municipality: str = ""
    small_counts: bool = False
    logo_path: str | None = None


@dataclass(frozen=True)
class Highlight:
    value: str
    label: str


@dataclass(frozen=True)
class Section:
    key: str
    title: str
    lead: str = ""  # a sentence before the figures (the taakstelling)
    bullets_intro: str = ""
    bullets: tuple[str, ...] = ()
    charts: tuple[Chart, ...] = ()
    prose: tuple[str, ...] = ()  # the team's text, one entry per line


@dataclass(frozen=True)
class ReportModel:
    year: int
    lang: str
    title: str
    subject: str
    organisation: str
    municipality: str
    generated: str
    page_label: str  # "pagina {page} van {pages}"
    highlights: tuple[Highlight, ...] = ()
    sections: tuple[Section, ...] = ()
    logo_path: str | None = None
    small_counts: bool = False

    def section(self, key: str) -> Section:
        for s in self.sections:
            if s.key == key:
                return s
        raise KeyError(key)

    def all_text(self) -> str:
        """Every word the report shows, for checks and previews."""
        parts = [self.title, self.subject, self.organisation, self.generated]
        parts += [f"{h.value} {h.label}" for h in self.highlights]
        for s in self.sections:
            parts += [s.title, s.lead, s.bullets_intro, *s.bullets, *s.prose]
            for c in s.charts:
                parts += [c.title, *c.categories, *(x.name for x in c.series)]
        return "\n".join(p for p in parts if p)


class _Say:
    """Phrases in one language, with the small-counts rule applied to every count."""

    def __init__(self, lang: str, small_counts: bool):
        self.lang = lang
        self.small_counts = small_counts

    def shown(self, n: int) -> str:
        return f"<{SMALL}" if self.small_counts and 0 < n < SMALL else str(n)

    def n(self, key: str, n: int, **values) -> str:
        return counted(self.lang, key, n, self.shown(n), **values)

    def t(self, key: str, **values) -> str:
        return text(self.lang, key, **values)


def editable_sections(
    figures: YearFigures, lang: str = "nl", municipality: str = ""
) -> list[tuple[str, str]]:
    """Every section a team can write prose for this year, in report order: (key, title)."""
    return [(key, _title(key, figures.year, lang, municipality)) for key in _keys(figures)]


def _keys(figures: YearFigures) -> list[str]:
    projects = [project_key(p) for p in sorted(figures.projects)]
    locations = [location_key(loc) for loc in sorted(figures.sessions.avg_contacts_by_location)]
    return [*_BEFORE, *projects, *locations, *_AFTER]


def _title(key: str, year: int, lang: str, municipality: str) -> str:
    if key.startswith(PROJECT_PREFIX):
        return key[len(PROJECT_PREFIX) :]
    if key.startswith(LOCATION_PREFIX):
        return key[len(LOCATION_PREFIX) :]
    if key == TEAM and municipality:
        return text(lang, "sec.team_place", place=municipality)
    return text(lang, f"sec.{key}", year=year)


def build_report_model(
    figures: YearFigures,
    texts: Mapping[str, str],
    settings: ReportSettings,
    lang: str = "nl",
    *,
    monthly: Mapping[str, Sequence[int]] | None = None,
    age_sex: Mapping[str, Mapping[str, int]] | None = None,
    today: date | None = None,
) -> ReportModel:
    """The whole report; `monthly` and `age_sex` feed the charts when given."""
    lang = lang if lang in ("nl", "en") else "nl"
    say = _Say(lang, settings.small_counts)
    year = figures.year
    place = settings.municipality.strip()
    title = say.t("title", place=place, year=year) if place else say.t("title_no_place", year=year)
    bodies = _bodies(figures, say, place, monthly or {}, age_sex or {})
    sections = []
    for key in _keys(figures):
        lead, intro, bullets, charts, has_data = bodies.get(key, ("", "", (), (), False))
        prose = _paragraphs(texts.get(key, ""))
        if not (prose or has_data or key in _ALWAYS):
            continue
        sections.append(
            Section(
                key=key,
                title=_title(key, year, lang, place),
                lead=lead,
                bullets_intro=intro,
                bullets=tuple(bullets),
                charts=tuple(charts),
                prose=prose,
            )
        )
    return ReportModel(
        year=year,
        lang=lang,
        title=title,
        subject=say.t("subject", year=year),
        organisation=settings.organisation.strip(),
        municipality=place,
        generated=say.t("generated", date=long_date(lang, today or date.today())),
        page_label=text(lang, "page", page="{page}", pages="{pages}"),
        highlights=_highlights(figures, say),
        sections=tuple(sections),
        logo_path=settings.logo_path or None,
        small_counts=settings.small_counts,
    )


def _paragraphs(prose: str) -> tuple[str, ...]:
    return tuple(line.strip() for line in (prose or "").splitlines() if line.strip())


def _highlights(f: YearFigures, say: _Say) -> tuple[Highlight, ...]:
    contacts = f.contacts.social_guidance + f.contacts.info_point + f.contacts.legal
    items = (
        ("hl.housed", f.housed.total),
        ("hl.contacts", contacts),
        ("hl.dossiers", f.reunification.total),
        ("hl.volunteers", f.volunteers.end),
    )
    return tuple(
        Highlight(say.shown(n), counted(say.lang, key, n, say.shown(n))) for key, n in items
    )


def _bodies(f: YearFigures, say: _Say, place: str, monthly, age_sex) -> dict:
    """key -> (lead, bullets intro, bullets, charts, has any non-zero figure)."""
    y = f.year
    h = f.housed
    out: dict[str, tuple] = {}

    housing = [
        say.n("b.housed", h.total),
        f"{say.n('adults', h.adults)}, {say.n('children', h.children)}",
        _sexes(h, say),
    ]
    largest = _largest_group(h.by_nationality, say)
    if largest:
        housing.append(largest)
    housing.append(say.n("b.dwellings", h.dwellings))
    charts = [
        nationality_chart(h.by_nationality, say.lang, say.small_counts),
        age_sex_chart(age_sex, say.lang, say.small_counts),
    ]
    out[HOUSING] = (_housing_lead(f, say, place), "", housing, [c for c in charts if c], True)

    c = f.contacts
    out[CONSULTATION] = (
        "",
        "",
        [
            say.n("b.contacts_sg", c.social_guidance),
            say.n("b.contacts_ip", c.info_point),
            say.n("b.contacts_legal", c.legal),
        ],
        [ch for ch in (contacts_chart(monthly, say.lang),) if ch],
        True,
    )

    r = f.reunification
    new = (
        say.n("b.dossiers_new_nidos", r.new, year=y, k=say.shown(r.new_nidos))
        if r.new_nidos
        else say.n("b.dossiers_new", r.new, year=y)
    )
    out[LEGAL] = (
        "",
        "",
        [
            new,
            say.t("b.dossiers_total", n=say.shown(r.total)),
            say.n("b.dossiers_successful", r.successful),
        ],
        [],
        True,
    )

    partners = sorted(f.referrals.by_partner.items(), key=lambda kv: (-kv[1], kv[0].lower()))
    out[COOPERATION] = (
        "",
        say.t("referrals_intro", year=y) if partners else "",
        [say.n("b.referrals", n, partner=name) for name, n in partners],
        [],
        any(n for _, n in partners),
    )

    t = f.trajectories
    out[SOCIAL_GUIDANCE] = (
        "",
        "",
        [
            say.n("b.settlement", t.settlement_started),
            say.n("b.integration", t.integration_started),
        ],
        [],
        True,
    )

    for name, p in f.projects.items():
        bullets = [say.n("b.participants", p.participants)]
        if p.trainers:
            bullets.append(say.n("b.trainers", p.trainers))
        if p.coaches:
            bullets.append(say.n("b.coaches", p.coaches))
        has = bool(p.participants or p.trainers or p.coaches)
        out[project_key(name)] = ("", "", bullets, [], has)

    for name, avg in f.sessions.avg_contacts_by_location.items():
        # An average is not a count of people: small counts leave it alone.
        line = counted(say.lang, "b.location_avg", avg, str(avg), avg=avg, location=name)
        out[location_key(name)] = ("", "", [line], [], True)

    hv = f.home_visits
    visits = [say.n("b.home_visits", hv.total, year=y)]
    if hv.pool_size:
        visits.append(say.n("b.home_pool", hv.pool_size))
    out[HOME_VISITS] = ("", "", visits, [], bool(hv.total or hv.pool_size))

    d = f.debt
    out[DEBT] = (
        "",
        "",
        [
            say.n("b.debt_checklists", d.checklists_started),
            say.n("b.debt_arrangements", d.payment_arrangements),
        ],
        [],
        bool(d.checklists_started or d.payment_arrangements),
    )

    out[PVT] = ("", "", [say.n("b.pvt_signed", f.pvt.signed)], [], bool(f.pvt.signed))

    v = f.volunteers
    team = [
        say.n("b.volunteers_end", v.end),
        say.t("b.volunteers_change", year=y, start=say.shown(v.start), end=say.shown(v.end)),
    ]
    if f.staff.paid_start:
        team.append(say.n("b.paid_start", f.staff.paid_start, year=y))
    out[TEAM] = ("", "", team, [], True)
    return out


def _sexes(h, say: _Say) -> str:
    parts = [
        say.n("men", h.men),
        say.n("women", h.women),
        say.n("girls", h.girls),
        say.n("boys", h.boys),
    ]
    if h.other_sex:
        parts.append(say.n("other_sex", h.other_sex))
    return ", ".join(parts)


def _largest_group(by_nationality: Mapping[str, int], say: _Say) -> str:
    counts = sorted(((n, code) for code, n in by_nationality.items() if n > 0), reverse=True)
    if not counts:
        return ""
    top = counts[0][0]
    leaders = sorted(code for n, code in counts if n == top)
    if len(leaders) > 1:
        names = [demonym(code, say.lang) for code in leaders]
        groups = ", ".join(names[:-1]) + f" {say.t('and')} " + names[-1]
        return say.t("largest_tie", groups=groups, n=say.shown(top))
    second = counts[1][0] if len(counts) > 1 else 0
    key = "largest_by_far" if top >= 2 * second else "largest"
    return say.t(key, group=demonym(leaders[0], say.lang), n=say.shown(top))


def _housing_lead(f: YearFigures, say: _Say, place: str) -> str:
    in_place = say.t("in_place", place=place) if place else say.t("in_place_default")
    sentence = say.n("housed.sentence", f.housed.total, in_place=in_place, year=f.year)
    t = f.target
    if t.target is None or t.backlog_start is None or t.backlog_end is None:
        return sentence
    start, end, prev = t.backlog_start, t.backlog_end, f.year - 1
    if start > 0:
        if end > start:
            key = "target.grown"
        elif end == start:
            key = "target.same"
        elif end > 0:
            key = "target.reduced"
        elif end == 0:
            key = "target.cleared"
        else:
            key = "target.cleared_ahead"
    elif end > 0:
        key = "target.behind"
    elif end == 0:
        key = "target.met"
    else:
        key = "target.ahead"
    return sentence + " " + say.t(key, start=start, end=end, prev=prev, target=t.target, ahead=-end)
