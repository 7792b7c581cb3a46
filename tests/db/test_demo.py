"""The demo file reproduces every 2017 figure of the seed report (shared/spec/figures.md),
and looks like a team at work on the day it is built for."""

from __future__ import annotations

import hashlib
import shutil
from datetime import date, timedelta
from pathlib import Path

import pytest
from sqlalchemy import Date, func, select

from tests.conftest import DEMO_PASSWORD, DEMO_TODAY
from tests.export.figures_2017 import SEED_REPORT_2017
from vwdesk.cli import main
from vwdesk.db.records import (
    Base,
    ChecklistRecord,
    ClientRecord,
    ContactRecord,
    HouseholdRecord,
    PlannedVisitRecord,
    ProjectMembershipRecord,
    ReunificationDossierRecord,
    TrajectoryRecord,
    VolunteerRecord,
)
from vwdesk.domain.enums import Role
from vwdesk.domain.names import matches, parse_query
from vwdesk.domain.sessions import DEFAULT_TOPICS
from vwdesk.security.keyslots import keys_path_for
from vwdesk.services.demo import build_demo
from vwdesk.services.workspace import Workspace


@pytest.fixture(scope="module")
def demo(demo_master: Path, tmp_path_factory):
    """A private copy of the demo, opened once for the module (signing in writes audit)."""
    target = tmp_path_factory.mktemp("demo_figures") / "demo.vwdesk"
    shutil.copy2(demo_master, target)
    shutil.copy2(keys_path_for(demo_master), keys_path_for(target))
    ws = Workspace.open(target, "teamleider", DEMO_PASSWORD)
    yield ws
    ws.close()


HISTORY_YEARS = (2015, 2016, 2017, 2018)


@pytest.fixture(scope="module")
def years(demo):
    return {year: demo.figures.compute(year) for year in HISTORY_YEARS}


@pytest.mark.parametrize(("key", "expected"), SEED_REPORT_2017.items())
def test_every_2017_figure_of_the_seed_report(years, key, expected):
    assert years[2017].get(key) == expected


def test_syrians_are_the_largest_group_with_69(years):
    nationalities = years[2017].housed.by_nationality
    assert nationalities["SY"] == 69
    assert max(nationalities, key=nationalities.get) == "SY"
    assert sum(nationalities.values()) == 106
    assert {"ER", "AF"} <= set(nationalities)


def test_de_hergerborch_averages_8_contacts_per_session(years):
    averages = years[2017].sessions.avg_contacts_by_location
    assert averages["De Hergerborch"] == 8
    assert len(averages) >= 2  # the offices hold sessions too


def test_the_any_figures_hold_plausible_values(years):
    y = years[2017]
    assert 0 < y.reunification.new_nidos < y.reunification.new
    assert 0 < y.home_visits.pool_size < y.volunteers.end
    assert sum(y.referrals.by_partner.values()) > 50
    assert all(n > 0 for n in y.referrals.by_partner.values())
    assert "Plangroep" in y.referrals.by_partner
    assert y.debt.checklists_started > 0
    assert y.debt.payment_arrangements > 0
    assert 0 < y.pvt.signed < years[2018].pvt.signed  # the PVT began on 1 October 2017


def test_2016_and_2018_differ_from_2017_and_chain_their_backlog(years):
    y2016, y2017, y2018 = years[2016], years[2017], years[2018]
    for key in ("housed.total", "housed.dwellings", "contacts.social_guidance", "volunteers.end"):
        assert len({y2016.get(key), y2017.get(key), y2018.get(key)}) == 3, key
    assert y2016.target.backlog_end == y2017.target.backlog_start == 44
    assert y2018.target.backlog_start == y2017.target.backlog_end == 18
    assert y2016.home_visits.total == 0  # home visits were recorded from September 2017
    assert y2018.projects["VIP"] != y2017.projects["VIP"]


def test_home_visits_of_2017_are_all_from_september(demo):
    monthly = _home_visits_per_month(demo, 2017)
    assert sum(monthly) == 45
    assert sum(monthly[:8]) == 0


def test_nareizigers_join_earlier_households_including_ones_housed_in_2016(demo):
    with demo.reading() as s:
        joined = s.execute(
            select(func.strftime("%Y", HouseholdRecord.housed_on), func.count())
            .join(ClientRecord.household)
            .where(
                ClientRecord.housed_on > HouseholdRecord.housed_on,
                ClientRecord.housed_on.between(date(2017, 1, 1), date(2017, 12, 31)),
            )
            .group_by(func.strftime("%Y", HouseholdRecord.housed_on))
        ).all()
    assert dict(joined).keys() == {"2016", "2017"}


def test_names_hold_variants_for_the_tolerant_search(demo):
    with demo.reading() as s:
        rows = s.execute(
            select(ClientRecord.first_name, ClientRecord.last_name, ClientRecord.search_key)
        ).all()
        v_numbers = list(s.scalars(select(ClientRecord.v_number)))
    names = {(first, last) for first, last, _key in rows}
    assert {("Mohammed", "Al Hassan"), ("Muhammad", "El-Hassan")} <= names
    assert {("Tesfaye", "Gebremedhin"), ("Tesfay", "Gebremedhin")} <= names
    query = parse_query("Mohamed Hassan")
    found = {(first, last) for first, last, key in rows if matches(query, key)}
    assert {("Mohammed", "Al Hassan"), ("Muhammad", "El-Hassan")} <= found
    assert all(key.startswith(" ") for _first, _last, key in rows)  # made by the current rule
    assert all(len(v) == 10 and v.isdigit() for v in v_numbers)
    assert len(set(v_numbers)) == len(v_numbers)


def test_the_vip_trainers_are_paid_and_start_after_1_january_2017(demo):
    with demo.reading() as s:
        trainers = s.execute(
            select(VolunteerRecord.paid, VolunteerRecord.active_from)
            .join(
                ProjectMembershipRecord, ProjectMembershipRecord.volunteer_id == VolunteerRecord.id
            )
            .where(
                ProjectMembershipRecord.role == "trainer",
                ProjectMembershipRecord.from_on <= date(2017, 12, 31),
            )
        ).all()
    assert len(trainers) == 2
    assert all(paid and start > date(2017, 1, 1) for paid, start in trainers)


@pytest.mark.parametrize(
    ("username", "role"), [("teamleider", Role.TEAM_LEADER), ("vrijwilliger", Role.VOLUNTEER)]
)
def test_both_accounts_sign_in_with_demo1234(demo_file: Path, username: str, role: Role):
    ws = Workspace.open(demo_file, username, "demo1234")
    try:
        assert ws.user.role == role
        assert ws.user.volunteer_id is not None
        assert ws.user.display_name != username
    finally:
        ws.close()


def test_vwdesk_demo_refuses_an_existing_path(demo_file: Path, capsys):
    before = hashlib.sha256(demo_file.read_bytes()).hexdigest()
    assert main(["demo", "--db", str(demo_file)]) == 5
    err = capsys.readouterr().err
    assert "exists already" in err
    assert err.strip().count("\n") <= 1  # progress line and one sentence, no traceback
    assert hashlib.sha256(demo_file.read_bytes()).hexdigest() == before


def test_vwdesk_demo_prints_the_accounts_and_the_password(tmp_path: Path, capsys):
    path = tmp_path / "nieuw.vwdesk"
    assert main(["demo", "--db", str(path)]) == 0
    out = capsys.readouterr().out
    assert "teamleider" in out and "vrijwilliger" in out and "demo1234" in out
    ws = Workspace.open(path, "vrijwilliger", "demo1234")
    try:
        assert ws.figures.compute(2017).housed.total == 106
    finally:
        ws.close()


def _home_visits_per_month(ws, year: int) -> list[int]:
    month = func.strftime("%m", ContactRecord.date)
    with ws.reading() as s:
        rows = s.execute(
            select(month, func.count())
            .where(
                ContactRecord.channel == "home_visit",
                ContactRecord.date.between(date(year, 1, 1), date(year, 12, 31)),
            )
            .group_by(month)
        ).all()
    out = [0] * 12
    for m, n in rows:
        out[int(m) - 1] = n
    return out


# -- the present: the demo looks like a team at work on the day it is built -------------------
HISTORY_END = date(2018, 12, 31)


def test_nothing_the_history_left_open_is_still_open(demo):
    """Every client, dossier, trajectory and checklist of 2015-2018 was finished after 2018."""
    with demo.reading() as s:
        old_open = {
            "clients": s.scalar(
                select(func.count()).where(
                    ClientRecord.closed_on.is_(None), ClientRecord.housed_on <= HISTORY_END
                )
            ),
            "dossiers": s.scalar(
                select(func.count()).where(
                    ReunificationDossierRecord.closed_on.is_(None),
                    ReunificationDossierRecord.opened_on <= HISTORY_END,
                )
            ),
            "trajectories": s.scalar(
                select(func.count()).where(
                    TrajectoryRecord.ended_on.is_(None), TrajectoryRecord.started_on <= HISTORY_END
                )
            ),
            "checklists": s.scalar(
                select(func.count()).where(
                    ChecklistRecord.closed_on.is_(None), ChecklistRecord.started_on <= HISTORY_END
                )
            ),
        }
        last_history_close = s.scalar(
            select(func.max(ReunificationDossierRecord.closed_on)).where(
                ReunificationDossierRecord.opened_on <= HISTORY_END
            )
        )
    assert old_open == dict.fromkeys(old_open, 0)
    assert last_history_close.year == 2019
    # No deadline from years ago: the oldest is a few days past (the IND deciding late).
    deadlines = demo.deadlines.needing_attention(DEMO_TODAY)
    assert min(d.days_left(DEMO_TODAY) for d in deadlines) >= -7


def test_the_overzicht_of_the_day_the_demo_was_built_for(demo):
    view = demo.overview.for_today(DEMO_TODAY)
    left = sorted(d.days_left(DEMO_TODAY) for d in view.deadlines)
    assert view.overdue_deadlines == 1 and -7 <= left[0] < 0  # one a few days past
    assert sum(1 for n in left if 0 <= n <= 14) >= 2  # "verloopt binnenkort"
    assert len(view.deadlines) <= 8  # a small team's week, not a backlog
    assert {d.rule_key for d in view.deadlines} >= {
        "ind_decision",
        "reunification_application",
        "objection",
        "mvv_validity",
    }
    assert [0 < v.days_overdue <= 7 for v in view.overdue_visits] == [True]
    assert view.overdue_items and all(
        DEMO_TODAY - i.due_on <= timedelta(days=7) for i in view.overdue_items
    )
    assert 0 < view.reviews_due < 6
    assert view.sessions_today  # DEMO_TODAY is a Monday: the walk-in at De Hergerborch


def test_the_present_has_recent_work_and_planned_visits(demo):
    week_ago, month_ago = DEMO_TODAY - timedelta(days=7), DEMO_TODAY - timedelta(days=30)
    with demo.reading() as s:
        recent_contacts = s.scalar(
            select(func.count()).where(ContactRecord.date.between(week_ago, DEMO_TODAY))
        )
        held = s.scalar(
            select(func.count(func.distinct(ContactRecord.session_id))).where(
                ContactRecord.date.between(month_ago, DEMO_TODAY)
            )
        )
        planned = s.scalars(
            select(PlannedVisitRecord.planned_on).where(
                PlannedVisitRecord.contact_id.is_(None),
                PlannedVisitRecord.planned_on.between(DEMO_TODAY, DEMO_TODAY + timedelta(days=7)),
            )
        ).all()
        housed_lately = s.scalar(
            select(func.count()).where(
                ClientRecord.closed_on.is_(None),
                ClientRecord.housed_on >= DEMO_TODAY - timedelta(days=320),
            )
        )
        open_clients = s.scalar(select(func.count()).where(ClientRecord.closed_on.is_(None)))
    assert recent_contacts > 5 and held >= 8  # three consultation hours a week
    assert len(planned) >= 2
    assert 0 < housed_lately == open_clients <= 25  # a few households, all of the last months
    active = [v for v in demo.team.volunteers() if v.active_on(DEMO_TODAY)]
    joined = [v for v in active if v.data.active_from > DEMO_TODAY - timedelta(days=365)]
    assert 10 < len(active) < 30 and joined  # the team goes on, with new people


def test_the_volunteer_has_her_own_clients_with_deadlines(demo_file: Path):
    ws = Workspace.open(demo_file, "vrijwilliger", DEMO_PASSWORD)
    try:
        view = ws.overview.for_today(DEMO_TODAY)
    finally:
        ws.close()
    assert view.personal and view.my_clients and view.deadlines


@pytest.fixture(scope="module")
def rebuilt(tmp_path_factory):
    """The demo built again for the same day, and for a January day a year later."""
    folder = tmp_path_factory.mktemp("demo_again")
    build_demo(folder / "same.vwdesk", today=DEMO_TODAY)
    build_demo(folder / "january.vwdesk", today=date(2028, 1, 3))
    return folder


def _data_rows(path: Path) -> dict[str, list]:
    """Every table's rows but the file's own (settings, accounts, audit) and the clock's."""
    ws = Workspace.open(path, "teamleider", DEMO_PASSWORD, read_only=True)
    out = {}
    try:
        with ws.reading() as s:
            for table in Base.metadata.sorted_tables:
                if table.name in ("setting", "account", "audit_event"):
                    continue
                columns = [c for c in table.c if c.name not in ("created_at", "updated_at")]
                query = select(*columns).order_by(*table.primary_key.columns)
                out[table.name] = [tuple(row) for row in s.execute(query)]
    finally:
        ws.close()
    return out


def test_a_build_for_the_same_day_is_the_same_data(demo_master: Path, rebuilt: Path):
    assert _data_rows(rebuilt / "same.vwdesk") == _data_rows(demo_master)


def test_another_day_moves_the_present_and_keeps_every_figure_of_the_history(years, rebuilt):
    january = date(2028, 1, 3)
    ws = Workspace.open(rebuilt / "january.vwdesk", "teamleider", DEMO_PASSWORD)
    try:
        for year in HISTORY_YEARS:
            assert ws.figures.compute(year).to_json() == years[year].to_json(), year
        view = ws.overview.for_today(january)
        with_data = ws.figures.years_with_data()
        default = ws.report.default_year(january)
    finally:
        ws.close()
    assert with_data == [2015, 2016, 2017, 2018, 2027]  # the present's last ten months
    assert view.overdue_deadlines == 1 and view.sessions_today
    assert default == 2018  # not the thin 2027 the present reaches back into


# Dates the demo may hold after the day it is built for: plans, deadlines and expiries.
AHEAD = {
    ("client", "permit_expires_on"),
    ("client", "travel_document_expires_on"),
    ("checklist_item", "due_on"),
    ("planned_visit", "planned_on"),
    ("consultation_schedule", "valid_until"),
    ("deadline_rule", "checked_on"),  # the file's own rules, checked on the computer's day
}


def _latest_dates(ws: Workspace) -> dict[tuple[str, str], date]:
    """The latest value of every date column that records what happened."""
    out = {}
    with ws.reading() as s:
        for table in Base.metadata.sorted_tables:
            for column in table.c:
                if isinstance(column.type, Date) and (table.name, column.name) not in AHEAD:
                    latest = s.scalar(select(func.max(column)))
                    if latest is not None:
                        out[(table.name, column.name)] = latest
    return out


@pytest.mark.parametrize(
    "today",
    [date(2027, 1, 1), date(2027, 6, 30), date(2027, 12, 31), date(2028, 2, 29)],
    ids=str,
)
def test_a_demo_built_on_any_day_opens_its_report_on_a_whole_year(years, tmp_path, today):
    """New Year's Day (the present lies all in the year before), the middle of the year (it
    spans two years), New Year's Eve (all in its year) and a leap day."""
    build_demo(tmp_path / "demo.vwdesk", today=today)
    ws = Workspace.open(tmp_path / "demo.vwdesk", "teamleider", DEMO_PASSWORD, read_only=True)
    try:
        history = {year: ws.figures.compute(year).to_json() for year in HISTORY_YEARS}
        with_data = ws.figures.years_with_data()
        default = ws.report.default_year(today)
        latest = _latest_dates(ws)
        recent = ws.overview.for_today(today)
    finally:
        ws.close()
    assert history == {year: years[year].to_json() for year in HISTORY_YEARS}
    # The present reaches back less than a year, after years without data ...
    present = [y for y in with_data if y not in HISTORY_YEARS]
    assert set(present) <= {today.year - 1, today.year} and present
    # ... so the report opens on 2018, the last whole year, whose figures are the real ones.
    assert default == 2018
    assert years[2018].housed.total > 0 and years[2018].contacts.social_guidance > 0
    # Nothing that happened lies after the day the demo is built for.
    ahead = {column: day for column, day in latest.items() if day > today}
    assert ahead == {}
    assert recent.deadlines  # and the present is still a team at work


def test_the_hour_offers_every_topic_the_demo_contacts_carry(demo):
    """The team's topic list (the checkboxes at the hour) holds the shipped topics and every
    topic of the demo's contacts, so a new contact can be logged like the history's."""
    with demo.reading() as s:
        carried = {
            t for (text,) in s.execute(select(ContactRecord.topics)) for t in text.split(",") if t
        }
    offered = demo.contacts.topics()
    assert carried - set(offered) == set()
    assert offered[: len(DEFAULT_TOPICS)] == list(DEFAULT_TOPICS)
