"""The demo team: paid staff and volunteers, with the periods they were active.

2017 must give 27 volunteers on 1 January, 18 on 31 December and 3 paid
staff on 1 January (a team leader who leaves at the end of April, two junior
team leaders; the new team leader starts in May and the two VIP trainers in
March, so neither changes the 1 January count).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from vwdesk.db.records import VolunteerRecord
from vwdesk.domain.enums import Role
from vwdesk.services.demo.names import VOLUNTEER_FIRST, VOLUNTEER_LANGUAGES, VOLUNTEER_LAST
from vwdesk.services.demo.plan import Plan

D = date.fromisoformat

# (first, last, role, active_from, active_until): invented names.
PAID = (
    ("Ineke", "Schouten", Role.TEAM_LEADER, "2014-09-01", "2017-04-30"),
    ("Bram", "Dekker", Role.JUNIOR_TEAM_LEADER, "2016-03-01", None),
    ("Lotte", "Hoekstra", Role.JUNIOR_TEAM_LEADER, "2016-09-01", None),
    ("Hanneke", "Verhoeven", Role.TEAM_LEADER, "2017-05-01", None),
)
# Paid VIP trainers: project staff, not team leaders.
TRAINERS = (
    ("Sjoerd", "Koster", "2017-03-01", "2017-12-31"),
    ("Willemijn", "Post", "2017-03-01", "2017-12-31"),
    ("Arjen", "Kok", "2018-02-01", "2018-07-31"),
)

# Unpaid volunteers as (active_from, active_until); flags are added below.
STAYING = (  # active on 1 January 2017 and on 31 December 2017
    ("2014-03-01", None), ("2014-06-15", None), ("2014-11-01", None), ("2015-02-01", None),
    ("2015-04-13", None), ("2015-09-01", "2018-06-30"), ("2015-10-05", None),
    ("2016-01-11", None), ("2016-02-01", "2018-09-30"), ("2016-04-18", None),
    ("2016-06-01", None), ("2016-09-12", "2018-03-31"), ("2016-10-03", None),
    ("2016-11-14", "2017-12-31"),  # leaves on the last day: still counted on 31 December
)  # fmt: skip
LEAVING_2017 = (  # active on 1 January 2017, gone before 31 December
    ("2014-05-01", "2017-02-28"), ("2014-09-15", "2017-03-31"), ("2015-01-05", "2017-04-30"),
    ("2015-03-02", "2017-05-31"), ("2015-05-18", "2017-06-30"), ("2015-08-01", "2017-06-30"),
    ("2015-11-02", "2017-07-31"), ("2016-01-04", "2017-08-31"), ("2016-03-07", "2017-09-30"),
    ("2016-05-02", "2017-10-31"), ("2016-06-20", "2017-11-15"), ("2016-08-29", "2017-11-30"),
    ("2016-10-17", "2017-12-30"),  # leaves the day before: not counted on 31 December
)  # fmt: skip
JOINING_2017 = (
    ("2017-03-06", None),
    ("2017-06-12", None),
    ("2017-09-04", None),
    ("2017-10-02", None),
)
LEFT_2016 = (
    ("2014-02-03", "2016-03-31"), ("2014-08-18", "2016-05-31"), ("2015-01-12", "2016-06-30"),
    ("2015-03-16", "2016-08-31"), ("2015-06-01", "2016-10-31"), ("2015-09-14", "2016-12-31"),
)  # fmt: skip
JOINING_2018 = (
    ("2018-01-15", None), ("2018-03-05", None), ("2018-04-09", None), ("2018-09-03", None),
    ("2018-10-01", None),
)  # fmt: skip


@dataclass
class Team:
    paid: list[dict] = field(default_factory=list)
    trainers: list[dict] = field(default_factory=list)
    volunteers: list[dict] = field(default_factory=list)  # unpaid only
    legal: list[dict] = field(default_factory=list)
    pool: list[dict] = field(default_factory=list)
    coaches_2017: list[dict] = field(default_factory=list)
    coaches_2018: list[dict] = field(default_factory=list)
    team_leader: dict = field(default_factory=dict)  # the one signed in as `teamleider`
    volunteer_account: dict = field(default_factory=dict)  # signed in as `vrijwilliger`

    def active(self, day: date, rows: list[dict] | None = None) -> list[dict]:
        return [
            r
            for r in (self.volunteers if rows is None else rows)
            if r["active_from"] <= day and (r["active_until"] is None or r["active_until"] >= day)
        ]


def _phone(plan: Plan) -> str:
    return f"06-{plan.rng.randint(10_000_000, 99_999_999)}"


def _person(plan: Plan, first: str, last: str, **values) -> dict:
    slug = f"{first}.{last}".lower().replace(" ", "")
    values.setdefault("languages", plan.rng.choice(VOLUNTEER_LANGUAGES))
    return plan.add(
        VolunteerRecord,
        ref=None,
        first_name=first,
        last_name=last,
        role=values.pop("role", Role.VOLUNTEER.value),
        paid=values.pop("paid", False),
        home_visit_pool=values.pop("home_visit_pool", False),
        legal=values.pop("legal", False),
        trained=values.pop("trained", True),
        area=plan.rng.choice(("Bergschenhoek", "Berkel en Rodenrijs", "Bleiswijk")),
        availability="".join(sorted(plan.rng.sample("12345", plan.rng.randint(1, 3)))),
        phone=_phone(plan),
        email=f"{slug}@example.org",
        **values,
    )


def add_person(plan: Plan, team: Team, **values) -> dict:
    """One more member of the team, with a name nobody in it has had."""
    taken = {
        (p["first_name"], p["last_name"]) for p in (*team.paid, *team.trainers, *team.volunteers)
    }
    while True:
        name = (plan.rng.choice(VOLUNTEER_FIRST), plan.rng.choice(VOLUNTEER_LAST))
        if name not in taken:
            return _person(plan, *name, **values)


def plan_team(plan: Plan) -> Team:
    team = Team()
    for first, last, role, start, until in PAID:
        team.paid.append(
            _person(
                plan,
                first,
                last,
                role=role.value,
                paid=True,
                active_from=D(start),
                active_until=D(until) if until else None,
                languages="nl,en",
            )
        )
    team.team_leader = team.paid[3]
    for first, last, start, until in TRAINERS:
        team.trainers.append(
            _person(plan, first, last, paid=True, active_from=D(start), active_until=D(until))
        )
    taken = {(p["first_name"], p["last_name"]) for p in team.paid + team.trainers}
    periods = STAYING + LEAVING_2017 + JOINING_2017 + LEFT_2016 + JOINING_2018
    for start, until in periods:
        while True:
            name = (plan.rng.choice(VOLUNTEER_FIRST), plan.rng.choice(VOLUNTEER_LAST))
            if name not in taken:
                taken.add(name)
                break
        team.volunteers.append(
            _person(
                plan,
                *name,
                active_from=D(start),
                active_until=D(until) if until else None,
                trained=plan.rng.random() < 0.85,
            )
        )
    staying = team.volunteers[: len(STAYING)]
    leaving = team.volunteers[len(STAYING) : len(STAYING) + len(LEAVING_2017)]
    joining = team.volunteers[len(STAYING) + len(LEAVING_2017) :][: len(JOINING_2017)]
    # Two legal volunteers hold the Tuesday consultation; a third left in 2017.
    for row in (staying[0], staying[4], leaving[3]):
        row["legal"] = True
        row["trained"] = True
    # The home-visit pool was founded in 2017.
    for row in (
        staying[1],
        staying[3],
        staying[7],
        staying[9],
        staying[12],
        joining[2],
        leaving[11],
    ):
        row["home_visit_pool"] = True
    team.legal = [r for r in team.volunteers if r["legal"]]
    team.pool = [r for r in team.volunteers if r["home_visit_pool"]]
    team.coaches_2017 = [staying[2], staying[6], staying[10], joining[0], joining[1]]
    team.coaches_2018 = [staying[6], joining[1], team.volunteers[-4]]
    team.volunteer_account = staying[1]
    return team
