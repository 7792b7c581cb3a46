"""The figures of shared/spec/figures.md at every boundary, on real encrypted files."""

from __future__ import annotations

import shutil
from datetime import date
from pathlib import Path

import pytest

from tests.builders import Build
from tests.conftest import PASSWORD
from vwdesk.domain.enums import Role
from vwdesk.domain.figures import ProjectFigures, round_half_up
from vwdesk.security.keyslots import keys_path_for
from vwdesk.services.workspace import Workspace

D = date.fromisoformat


@pytest.fixture(scope="module")
def blank_master(tmp_path_factory) -> Path:
    """One new file per module; each test works on its own copy (creating is the slow part)."""
    path = tmp_path_factory.mktemp("figures") / "blank.vwdesk"
    ws, _recovery = Workspace.create(path, "teamleider", PASSWORD)
    ws.close()
    return path


@pytest.fixture
def blank_file(blank_master: Path, tmp_path: Path) -> Path:
    target = tmp_path / "team.vwdesk"
    shutil.copy2(blank_master, target)
    shutil.copy2(keys_path_for(blank_master), keys_path_for(target))
    return target


@pytest.fixture
def workspace(blank_file: Path):
    ws = Workspace.open(blank_file, "teamleider", PASSWORD)
    yield ws
    if ws.is_open:
        ws.close()


@pytest.fixture
def build(workspace) -> Build:
    return Build(workspace)


def figures(ws, year: int = 2017):
    return ws.figures.compute(year)


# -- housing ---------------------------------------------------------------------------------
def test_housed_counts_1_january_and_31_december_but_not_the_days_around(workspace, build):
    build.housed(D("2016-12-31"))
    build.housed(D("2017-01-01"))
    build.housed(D("2017-12-31"))
    build.housed(D("2018-01-01"))

    housed = figures(workspace).housed
    assert housed.total == 2
    assert housed.dwellings == 2
    assert figures(workspace, 2016).housed.total == 1
    assert figures(workspace, 2018).housed.total == 1


def test_an_18th_birthday_on_the_housing_day_makes_an_adult_the_day_after_a_child(workspace, build):
    home = build.household(D("2017-06-15"))
    build.client(home, birth_date=D("1999-06-15"), sex="M")  # 18 today
    build.client(home, birth_date=D("1999-06-16"), sex="F")  # 18 tomorrow

    housed = figures(workspace).housed
    assert (housed.adults, housed.children) == (1, 1)
    assert (housed.men, housed.women, housed.boys, housed.girls) == (1, 0, 0, 1)


def test_a_29_february_birthday_comes_of_age_on_1_march(workspace, build):
    build.housed(D("2018-02-28"), birth_date=D("2000-02-29"))
    build.housed(D("2018-03-01"), birth_date=D("2000-02-29"))
    # A leap-day housing date: SQLite's date('2016-02-29', '-18 years') would say 1998-03-01.
    build.housed(D("2016-02-29"), birth_date=D("1998-03-01"))

    housed = figures(workspace, 2018).housed
    assert (housed.adults, housed.children) == (1, 1)
    assert figures(workspace, 2016).housed.children == 1


def test_a_nareiziger_joining_an_earlier_household_counts_as_housed_but_adds_no_dwelling(
    workspace, build
):
    earlier = build.household(D("2016-05-02"))
    build.client(earlier, sex="M")
    build.client(earlier, sex="F", housed_on=D("2017-03-01"))  # his wife, a year later
    this_year = build.household(D("2017-02-01"))
    build.client(this_year, sex="M")
    build.client(this_year, sex="F", birth_date=D("2012-01-01"), housed_on=D("2017-09-01"))

    housed = figures(workspace).housed
    assert housed.total == 3
    assert housed.dwellings == 1
    assert (housed.men, housed.women, housed.girls) == (1, 1, 1)
    assert figures(workspace, 2016).housed.total == 1
    assert figures(workspace, 2016).housed.dwellings == 1


def test_sex_x_is_counted_apart_from_men_women_boys_and_girls(workspace, build):
    build.housed(D("2017-04-03"), sex="X")
    build.housed(D("2017-04-03"), sex="X", birth_date=D("2010-01-01"))
    build.housed(D("2017-04-03"), sex="F")

    housed = figures(workspace).housed
    assert housed.other_sex == 2
    assert (housed.adults, housed.children) == (2, 1)
    assert (housed.men, housed.women, housed.boys, housed.girls) == (0, 1, 0, 0)


def test_nationalities_of_the_housed(workspace, build):
    for nationality in ("SY", "SY", "ER"):
        build.housed(D("2017-05-01"), nationality=nationality)
    build.housed(D("2016-05-01"), nationality="AF")

    assert figures(workspace).housed.by_nationality == {"SY": 2, "ER": 1}


# -- target ----------------------------------------------------------------------------------
def test_the_backlog_runs_over_three_years_from_the_opening_backlog(workspace, build):
    build.target(2016, 100, opening_backlog=10)
    build.target(2017, 80)
    build.target(2018, 50, opening_backlog=999)  # only the first year's opening backlog counts
    for day in ("2016-03-01", "2016-07-01", "2016-12-31", "2017-01-01", "2017-06-01", "2018-02-01"):
        build.housed(D(day))

    t2016, t2017, t2018 = (figures(workspace, y).target for y in (2016, 2017, 2018))
    assert (t2016.backlog_start, t2016.target, t2016.backlog_end) == (10, 100, 107)
    assert (t2017.backlog_start, t2017.target, t2017.backlog_end) == (107, 80, 185)
    assert (t2018.backlog_start, t2018.target, t2018.backlog_end) == (185, 50, 234)


def test_no_target_means_no_target_figures(workspace, build):
    build.target(2016, 10, opening_backlog=5)
    target = figures(workspace, 2017).target
    assert (target.backlog_start, target.target, target.backlog_end) == (None, None, None)
    assert figures(workspace).to_json()["target"] == {
        "backlog_start": None,
        "target": None,
        "backlog_end": None,
    }


def test_a_negative_backlog_means_ahead_of_the_target(workspace, build):
    build.target(2017, 1, opening_backlog=0)
    build.housed(D("2017-02-01"))
    build.housed(D("2017-03-01"))
    assert figures(workspace).target.backlog_end == -1


# -- contacts and sessions -------------------------------------------------------------------
def test_contacts_per_kind_within_the_year_with_anonymous_info_point_contacts(workspace, build):
    client = build.housed(D("2016-06-01"))
    build.contacts(D("2016-12-31"), "social_guidance", client=client)
    build.contacts(D("2017-01-01"), "social_guidance", client=client, n=2)
    build.contacts(D("2017-12-31"), "legal", client=client, channel="phone")
    build.contacts(D("2017-06-01"), "info_point", n=3)  # anonymous
    build.contacts(D("2017-06-01"), "info_point", client=client)
    build.contacts(D("2018-01-01"), "legal", client=client)

    contacts = figures(workspace).contacts
    assert (contacts.social_guidance, contacts.info_point, contacts.legal) == (2, 4, 1)


def test_home_visits_are_contacts_with_that_channel_and_count_as_social_guidance(workspace, build):
    client = build.housed(D("2017-01-10"))
    build.contacts(D("2017-09-01"), client=client, channel="home_visit", n=2)
    build.contacts(D("2017-09-01"), client=client, channel="phone")
    build.contacts(D("2016-12-30"), client=client, channel="home_visit")

    year = figures(workspace)
    assert year.home_visits.total == 2
    assert year.contacts.social_guidance == 3


def test_average_contacts_per_session_rounds_half_up(workspace, build):
    half = build.location("Halverwege")
    for day in ("2017-03-06", "2017-03-13"):
        build.session(half, D(day))
    first = build.session(half, D("2017-03-20"))
    build.contacts(D("2017-03-20"), "info_point", n=15, session=first)  # 15 / 3 = 5

    below = build.location("Net eronder")
    sessions = [build.session(below, D("2017-01-02")) for _ in range(100)]
    for i, session in enumerate(sessions):  # 749 contacts over 100 sessions: 7.49
        build.contacts(D("2017-01-02"), "info_point", n=8 if i < 49 else 7, session=session)

    above = build.location("Precies half")
    a, b = build.session(above, D("2017-05-01")), build.session(above, D("2017-05-08"))
    build.contacts(D("2017-05-01"), "info_point", n=8, session=a)
    build.contacts(D("2017-05-08"), "info_point", n=7, session=b)  # 15 / 2 = 7.5

    averages = figures(workspace).sessions.avg_contacts_by_location
    assert averages == {"Halverwege": 5, "Net eronder": 7, "Precies half": 8}


def test_cancelled_sessions_and_other_years_do_not_count(workspace, build):
    place = build.location("De Hergerborch")
    for day in ("2017-06-12", "2017-06-19"):
        session = build.session(place, D(day))
        build.contacts(D(day), "info_point", n=8, session=session)
    build.session(place, D("2017-12-25"), cancelled=True)
    old = build.session(place, D("2016-12-26"))
    build.contacts(D("2016-12-26"), "info_point", n=30, session=old)
    gone = build.location("Oud kantoor")
    build.session(gone, D("2017-04-17"), cancelled=True)
    build.session(gone, D("2016-04-18"))
    empty = build.location("Leeg spreekuur")
    build.session(empty, D("2017-02-02"))

    averages = figures(workspace).sessions.avg_contacts_by_location
    # Locations without (held) sessions in the year are absent; held but empty gives 0.
    assert averages == {"De Hergerborch": 8, "Leeg spreekuur": 0}


def test_round_half_up():
    assert round_half_up(15, 2) == 8
    assert round_half_up(749, 100) == 7
    assert round_half_up(750, 100) == 8
    assert round_half_up(5, 0) == 0


# -- reunification ---------------------------------------------------------------------------
def test_dossiers_open_in_the_year_and_closed_on_its_edges(workspace, build):
    client = build.housed(D("2015-06-01"))
    build.dossier(client, D("2015-07-01"), D("2016-12-31"), "successful")  # ended before
    build.dossier(client, D("2015-07-01"), D("2017-01-01"), "successful")  # open on 1 Jan
    build.dossier(client, D("2016-02-01"), D("2017-05-01"), "rejected")
    build.dossier(client, D("2016-03-01"))  # still open
    build.dossier(client, D("2017-01-01"), nidos=True)
    build.dossier(client, D("2017-12-31"), D("2018-02-01"), "successful")
    build.dossier(client, D("2018-01-01"))

    year = figures(workspace).reunification
    assert (year.new, year.new_nidos, year.total, year.successful) == (2, 1, 5, 1)
    assert figures(workspace, 2016).reunification.successful == 1
    assert figures(workspace, 2018).reunification.successful == 1


# -- trajectories, projects, referrals, debt, pvt --------------------------------------------
def test_trajectories_started_in_the_year(workspace, build):
    client = build.housed(D("2016-10-03"))
    build.trajectory(client, "settlement", D("2016-10-03"))
    build.trajectory(client, "integration", D("2017-04-03"))
    build.trajectory(client, "settlement", D("2017-12-31"))
    build.trajectory(client, "integration", D("2018-01-01"))

    year = figures(workspace).trajectories
    assert (year.settlement_started, year.integration_started) == (1, 1)


def test_a_project_member_over_two_years_counts_once_in_each(workspace, build):
    twice = build.housed(D("2016-02-01"))
    once = build.housed(D("2016-02-01"))
    build.member("VIP", "participant", D("2017-03-06"), D("2017-06-30"), client=twice)
    build.member("VIP", "participant", D("2017-09-04"), D("2018-03-30"), client=twice)
    build.member("VIP", "participant", D("2016-09-01"), D("2016-12-31"), client=once)
    trainer = build.volunteer(D("2017-03-01"), paid=True)
    build.member("VIP", "trainer", D("2017-03-01"), D("2017-12-31"), volunteer=trainer)
    coach = build.volunteer(D("2015-01-01"))
    build.member("VIP", "coach", D("2017-01-01"), None, volunteer=coach)
    build.member("Taalcafé", "coach", D("2018-01-01"), None, volunteer=coach)

    assert figures(workspace).projects == {"VIP": ProjectFigures(1, 1, 1)}
    assert figures(workspace, 2018).projects == {
        "Taalcafé": ProjectFigures(0, 0, 1),
        "VIP": ProjectFigures(1, 0, 1),
    }
    assert figures(workspace, 2016).projects == {"VIP": ProjectFigures(1, 0, 0)}
    assert figures(workspace, 2017).get("projects.VIP.participants") == 1


def test_referrals_per_partner_only_partners_with_referrals(workspace, build):
    client = build.housed(D("2016-02-01"))
    build.referral(client, "Taalhuis", D("2017-01-01"))
    build.referral(client, "Taalhuis", D("2017-12-31"))
    build.referral(client, "Plangroep", D("2017-05-05"))
    build.referral(client, "CJG", D("2016-12-31"))

    assert figures(workspace).referrals.by_partner == {"Taalhuis": 2, "Plangroep": 1}


def test_debt_checklists_started_and_payment_arrangements_done_in_the_year(workspace, build):
    home = build.household(D("2016-09-01"))
    build.checklist(
        "debt_prevention",
        D("2016-12-01"),
        [("payment_arrangement", "done", D("2016-12-31"))],
        household=home,
    )
    build.checklist(
        "debt_prevention",
        D("2017-01-01"),
        [("payment_arrangement", "done", D("2017-01-01")), ("income_expenses", "done", None)],
        household=home,
    )
    build.checklist(
        "debt_prevention",
        D("2017-11-01"),
        [("payment_arrangement", "open", None)],
        household=home,
    )
    build.checklist(
        "debt_prevention", D("2017-11-01"), [("payment_arrangement", "n/a", None)], household=home
    )
    build.checklist("settlement", D("2017-02-01"), household=home)

    debt = figures(workspace).debt
    assert (debt.checklists_started, debt.payment_arrangements) == (3, 1)
    assert figures(workspace, 2016).debt.payment_arrangements == 1


def test_pvt_signed_in_the_year(workspace, build):
    build.housed(D("2017-10-02"), pvt_signed_on=D("2017-12-31"))
    build.housed(D("2017-11-06"), pvt_signed_on=D("2018-01-01"))
    build.housed(D("2017-11-06"))
    assert figures(workspace).pvt.signed == 1


# -- the team --------------------------------------------------------------------------------
def test_volunteers_on_the_first_and_last_day_and_paid_staff_apart(workspace, build):
    build.volunteer(D("2015-01-01"), D("2017-12-31"))  # counted at the end
    build.volunteer(D("2015-01-01"), D("2017-12-30"))  # gone the day before
    build.volunteer(D("2017-01-01"))  # starts on the first day
    build.volunteer(D("2017-01-02"), D("2017-06-30"))  # neither day
    build.volunteer(D("2016-01-01"), D("2016-12-31"))  # left the day before
    build.volunteer(D("2014-01-01"), paid=True, role="team_leader")
    build.volunteer(D("2014-01-01"), D("2017-04-30"), paid=True)
    build.volunteer(D("2017-03-01"), paid=True)
    build.volunteer(D("2016-01-01"), home_visit_pool=True)
    build.volunteer(D("2016-01-01"), D("2017-12-30"), home_visit_pool=True)
    build.volunteer(D("2016-01-01"), paid=True, home_visit_pool=True)

    year = figures(workspace)
    assert (year.volunteers.start, year.volunteers.end) == (5, 3)
    assert year.home_visits.pool_size == 1  # the paid one in the pool is no volunteer
    assert year.staff.paid_start == 3  # not the one starting on 1 March
    next_year = figures(workspace, 2018)
    assert (next_year.volunteers.start, next_year.staff.paid_start) == (2, 3)


# -- charts and years ------------------------------------------------------------------------
def test_monthly_contacts_age_bands_and_years(workspace, build):
    client = build.housed(D("2017-02-01"))
    build.housed(D("2017-02-01"), birth_date=D("2014-02-01"), sex="F")  # 3: 0-3
    build.housed(D("2017-02-01"), birth_date=D("2013-02-01"), sex="F")  # 4: 4-11
    build.housed(D("2017-02-01"), birth_date=D("1967-02-01"), sex="X")  # 50: 50+
    build.contacts(D("2017-01-31"), "legal", client=client)
    build.contacts(D("2017-12-01"), "info_point", n=2)
    build.contacts(D("2018-01-01"), "legal", client=client)
    build.target(2019, 10)

    monthly = workspace.figures.monthly_contacts(2017)
    assert monthly["legal"] == [1] + [0] * 11
    assert monthly["info_point"] == [0] * 11 + [2]
    assert monthly["social_guidance"] == [0] * 12
    bands = workspace.figures.housed_age_sex(2017)
    assert list(bands) == ["0-3", "4-11", "12-17", "18-29", "30-49", "50+"]
    assert bands["0-3"] == {"M": 0, "F": 1, "X": 0}
    assert bands["4-11"]["F"] == 1
    assert bands["30-49"]["M"] == 1  # born 1985-05-05, 31
    assert bands["50+"]["X"] == 1
    assert workspace.figures.years_with_data() == [2017, 2018, 2019]


def test_computing_figures_needs_no_special_permission(workspace, build, blank_file):
    workspace.accounts.add("vera", "vrijwilliger-1", Role.VOLUNTEER)
    build.housed(D("2017-02-01"))
    workspace.close()
    ws = Workspace.open(blank_file, "vera", "vrijwilliger-1")
    try:
        assert ws.figures.compute(2017).housed.total == 1
    finally:
        ws.close()


def test_an_empty_file_gives_zeros_and_the_json_shape_of_figures_md(workspace):
    out = figures(workspace).to_json()
    assert out["housed"]["total"] == 0
    assert out["projects"] == {}
    assert set(out) == {
        "housed", "target", "contacts", "sessions", "reunification", "trajectories",
        "projects", "home_visits", "volunteers", "staff", "referrals", "debt", "pvt",
    }  # fmt: skip
