"""The demo file reproduces every 2017 figure of the seed report (shared/spec/figures.md)."""

from __future__ import annotations

import hashlib
import shutil
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import func, select

from tests.conftest import DEMO_PASSWORD
from tests.export.figures_2017 import SEED_REPORT_2017
from vwdesk.cli import main
from vwdesk.db.records import (
    ClientRecord,
    ContactRecord,
    HouseholdRecord,
    ProjectMembershipRecord,
    VolunteerRecord,
)
from vwdesk.domain.enums import Role
from vwdesk.domain.names import matches, parse_query
from vwdesk.security.keyslots import keys_path_for
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


@pytest.fixture(scope="module")
def years(demo):
    return {year: demo.figures.compute(year) for year in (2016, 2017, 2018)}


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
