"""The demo's present: the team at work in the months before the day the demo is built.

The history (2015-2018, finished in 2019-2021 by demo/aftermath.py) gives the
2017 report; this slice makes the file look like a team that is alive today.
Eight households housed in the last ten months, one joined by the family its
reunification brought; six open reunification dossiers whose deadlines fall
in the coming weeks (two within 14 days, one a few days past, as when the
IND decides late); contacts and consultation hours of the last eight weeks,
home visits with one household a few days overdue and visits planned for the
coming week, checklists in progress, and volunteers who joined recently.

Every date counts from `today`, and the random draws come from a generator
seeded with the demo's seed and that day, so a build for the same day is the
same file. The dossiers' deadlines are placed with the file's own deadline
rules (the anchor step is the due date less the rule's period), so the
Overzicht shows the same picture whatever the periods are set to. Nothing
lies after today but plans, deadlines and expiries, and nothing reportable
more than ten months back: the slice touches at most the year before today's,
which follows years without data, so the Rapportage opens on 2018, the last
whole year (ReportService.default_year), on any day the demo is built.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from itertools import pairwise

from vwdesk.db.records import (
    ClientRecord,
    FamilyMemberRecord,
    ProcedureStepRecord,
    ReunificationDossierRecord,
)
from vwdesk.domain.deadlines import DeadlineRule
from vwdesk.domain.enums import DossierOutcome
from vwdesk.services.demo.dossiers import ABROAD
from vwdesk.services.demo.households import Home, HouseholdPlanner, Recipe
from vwdesk.services.demo.names import PEOPLE
from vwdesk.services.demo.plan import Plan
from vwdesk.services.demo.present_work import PresentWork
from vwdesk.services.demo.team import Team, add_person

# The slice needs room after the history: its oldest dates lie about a year back.
FIRST_PRESENT_DAY = date(2022, 1, 1)


@dataclass(frozen=True)
class Newcomers:
    """A household of the present, with days counted back from today."""

    key: str
    nationality: str
    roles: tuple[str, ...]  # households.py roles; a "man" alone has his family abroad
    housed: int
    visit_every: int  # the planned home-visit frequency, in days
    last_visit: int
    own_volunteer: bool = False  # its contact person is the demo's `vrijwilliger`
    later: tuple[str, ...] = ()  # family who joined after the reunification
    later_housed: int = 0
    travel_document_expires_in: int | None = None  # days from today


NEWCOMERS = (
    Newcomers(
        "family", "SY", ("man", "woman", "child", "child"), 150, 28, 33,  # visit 5 days over
        travel_document_expires_in=60,
    ),
    Newcomers("eritrean", "ER", ("man",), 120, 28, 12, own_volunteer=True),
    Newcomers("yemeni", "YE", ("man",), 60, 28, 9),
    Newcomers("somali", "SO", ("woman", "child"), 21, 28, 15),
    Newcomers("syrian", "SY", ("man",), 250, 42, 20, own_volunteer=True),
    Newcomers("afghan", "AF", ("man",), 140, 28, 17),
    Newcomers(
        "reunited", "SY", ("man",), 300, 28, 10,
        later=("woman", "child", "child"), later_housed=45,
    ),
    Newcomers("nidos", "ER", ("young_man",), 75, 28, 22),
)  # fmt: skip


@dataclass(frozen=True)
class Procedure:
    """An open dossier: its steps in days from the step its running deadline counts from."""

    household: str
    family: tuple[str, ...]  # relations of the members abroad
    steps: tuple[tuple[str, int], ...]  # (step, days after the anchor step); the anchor is 0
    rule: str  # the deadline rule the anchor step starts
    due_in: int  # days from today to that deadline (negative: past)
    nidos: bool = False
    reviewed: str = "this month"  # or "last month", or "never"
    note: str = ""


PROCEDURES = (
    Procedure("eritrean", ("partner", "child", "child"),
              (("permit", -75), ("preparing", -34), ("submitted", 0)), "ind_decision", 6),
    Procedure("yemeni", ("partner", "child", "child", "child"),
              (("permit", 0), ("preparing", 40)), "reunification_application", 12,
              reviewed="last month"),
    Procedure("syrian", ("partner", "child"),
              (("permit", -240), ("preparing", -236), ("submitted", -156), ("decision", -33),
               ("visa", 0)), "mvv_validity", 18),
    Procedure("afghan", ("partner", "child", "child"),
              (("permit", -80), ("preparing", -45), ("submitted", 0)), "ind_decision", -4,
              note="De IND heeft niet binnen de termijn beslist: ingebrekestelling versturen."),
    Procedure("nidos", ("parent", "parent", "sibling"),
              (("permit", -240), ("preparing", -236), ("submitted", -205), ("refusal", 0)),
              "objection", 16, nidos=True,
              note="Afgewezen: bij de aanvraag was hij al meerderjarig. Bezwaar met de advocaat."),
    Procedure("somali", ("partner", "child"),
              (("permit", -70), ("preparing", -9), ("submitted", 0)), "ind_decision", 80,
              reviewed="never"),
)  # fmt: skip
# The reunited household's dossier, closed: its family arrived on the mvv (days before today).
REUNITED_STEPS = (("permit", 360), ("preparing", 298), ("submitted", 292), ("decision", 175),
                  ("visa", 118), ("arrival", 45))  # fmt: skip
REUNITED_CLOSED = 38
# Volunteers who joined the team lately: (days ago, legal, in the home-visit pool, trained).
JOINED = ((400, True, False, True), (230, False, True, True), (95, False, False, True),
          (30, False, False, False))  # fmt: skip


def plan_present(
    plan: Plan,
    team: Team,
    partners: dict[str, int],
    templates: dict,
    rules: dict[str, DeadlineRule],
    today: date,
) -> list[dict]:
    """Plan the slice for `today`; returns its clients (to strip of planning fields)."""
    if today < FIRST_PRESENT_DAY:
        return []
    plan.reseed(f"present:{today.isoformat()}")
    present = Present(plan, team, rules, today)
    present.run()
    visits = {n.key: (n.visit_every, n.last_visit) for n in NEWCOMERS}
    PresentWork(plan, team, present.homes, visits, partners, templates, today).run()
    return [m for home in present.homes.values() for m in home.members]


class Present:
    def __init__(self, plan: Plan, team: Team, rules: dict[str, DeadlineRule], today: date):
        self.plan = plan
        self.rng = plan.rng
        self.team = team
        self.rules = rules
        self.today = today
        self.homes: dict[str, Home] = {}

    def ago(self, days: int) -> date:
        return self.today - timedelta(days=days)

    def run(self) -> None:
        self._volunteers()
        self._households()
        for procedure in PROCEDURES:
            self._open_dossier(procedure)
        self._reunited_dossier()

    # -- the team --------------------------------------------------------------------------
    def _volunteers(self) -> None:
        for days, legal, pool, trained in JOINED:
            row = add_person(
                self.plan,
                self.team,
                active_from=self.ago(days),
                active_until=None,
                legal=legal,
                home_visit_pool=pool,
                trained=trained,
            )
            self.team.volunteers.append(row)
            if legal:
                self.team.legal.append(row)
            if pool:
                self.team.pool.append(row)

    # -- households ----------------------------------------------------------------------
    def _households(self) -> None:
        planner = HouseholdPlanner(self.plan, self.team)
        planner.avoid_v_numbers(c["v_number"] for c in self.plan.rows[ClientRecord])
        for spec in NEWCOMERS:
            housed = self.ago(spec.housed)
            home = planner.add_home(Recipe(list(spec.roles)), housed, spec.nationality)
            for role in spec.later:
                planner.add_later_member(home, role, self.ago(spec.later_housed))
            account = self.team.volunteer_account
            if spec.own_volunteer:
                home.row["contact_volunteer_id"] = account["id"]
            elif home.row["contact_volunteer_id"] == account["id"]:  # hers are only her own
                others = [v for v in self.team.active(housed) if v is not account]
                home.row["contact_volunteer_id"] = self.rng.choice(others)["id"]
            self._space_children(home)
            for member in home.members:
                member["contact_volunteer_id"] = home.row["contact_volunteer_id"]
                self._pvt(member)
            if spec.travel_document_expires_in is not None:
                home.members[0]["travel_document_expires_on"] = self.today + timedelta(
                    days=spec.travel_document_expires_in
                )
            self.homes[spec.key] = home

    def _space_children(self, home: Home) -> None:
        """Brothers and sisters at least a year apart (ages are drawn one by one)."""
        children = sorted(
            (m for m in home.members if not m["_adult"]), key=lambda m: m["birth_date"]
        )
        for older, younger in reversed(list(pairwise(children))):  # the youngest stay
            if (younger["birth_date"] - older["birth_date"]).days < 365:
                born = younger["birth_date"] - timedelta(days=self.rng.randint(450, 800))
                if younger["housed_on"] - born < timedelta(days=16 * 365):
                    older["birth_date"] = born

    def _pvt(self, client: dict) -> None:
        """The participation statement: the course a few weeks after housing, then signed."""
        if not client["pvt_required"]:
            return
        course = client["housed_on"] + timedelta(days=self.rng.randint(21, 75))
        if course < self.today:
            client["pvt_course_on"] = course
            signed = course + timedelta(days=self.rng.choice((0, 0, 7, 14)))
            if signed < self.today:
                client["pvt_signed_on"] = signed

    # -- reunification ---------------------------------------------------------------------
    def _anchor(self, rule_key: str, due_in: int) -> date:
        """The date the rule must count from for its deadline to fall `due_in` days from today."""
        due = self.today + timedelta(days=due_in)
        rule = self.rules.get(rule_key)
        if rule is None:  # the file has no such rule: keep the default periods' picture
            return due - timedelta(days=90)
        day = due - timedelta(days=31 * rule.months + rule.days + 3)
        while rule.due_after(day) < due:  # month lengths vary; the first day that reaches it
            day += timedelta(days=1)
        return day

    def _open_dossier(self, procedure: Procedure) -> None:
        home = self.homes[procedure.household]
        anchor = self._anchor(procedure.rule, procedure.due_in)
        steps = [(kind, anchor + timedelta(days=offset)) for kind, offset in procedure.steps]
        opened = next(day for kind, day in steps if kind == "preparing")
        first_of_month = self.today.replace(day=1)
        reviewed: date | None = None
        if procedure.reviewed == "this month":
            reviewed = max(opened, first_of_month, self.ago(self.rng.randint(0, 12)))
        elif procedure.reviewed == "last month":
            reviewed = max(opened, first_of_month - timedelta(days=self.rng.randint(3, 15)))
        dossier = self._dossier(home, opened, None, None, procedure.nidos, reviewed)
        dossier["notes"] = procedure.note
        self._steps(dossier, steps)
        self._family_abroad(dossier, home, procedure.family)

    def _reunited_dossier(self) -> None:
        home = self.homes["reunited"]
        steps = [(kind, self.ago(days)) for kind, days in REUNITED_STEPS]
        opened = next(day for kind, day in steps if kind == "preparing")
        closed = self.ago(REUNITED_CLOSED)
        ok = DossierOutcome.SUCCESSFUL.value
        dossier = self._dossier(home, opened, closed, ok, False, closed - timedelta(days=3))
        self._steps(dossier, steps)
        for member in home.later_members:
            self.plan.add(
                FamilyMemberRecord,
                dossier_id=dossier["id"],
                name=f"{member['first_name']} {member['last_name']}",
                relation="partner" if member["_adult"] else "child",
                birth_date=member["birth_date"],
                country=self.rng.choice(ABROAD[home.nationality]),
                place="",
                client_id=member["id"],
            )

    def _dossier(self, home: Home, opened, closed, outcome, nidos, reviewed) -> dict:
        return self.plan.add(
            ReunificationDossierRecord,
            ref=None,
            client_id=home.members[0]["id"],
            opened_on=opened,
            nidos=nidos,
            closed_on=closed,
            outcome=outcome,
            last_reviewed_on=reviewed,
            reviewed_by_account_id=None,
            notes="",
        )

    def _steps(self, dossier: dict, steps: list[tuple[str, date]]) -> None:
        for kind, day in steps:
            self.plan.add(
                ProcedureStepRecord, dossier_id=dossier["id"], step=kind, date=day, note=""
            )

    def _family_abroad(self, dossier: dict, home: Home, relations: tuple[str, ...]) -> None:
        referent = home.members[0]
        males, females, families, _ = PEOPLE[home.nationality]
        for relation in relations:
            if relation == "partner":  # a married woman keeps her own name
                first = self.rng.choice(females if referent["sex"] == "M" else males)
                last = self.rng.choice(families)
            else:
                first = self.rng.choice(males + females)
                last = referent["last_name"] if relation != "parent" else self.rng.choice(families)
            if home.nationality == "ER" and relation == "child":
                last = referent["first_name"]  # Eritrean children carry their father's name
            self.plan.add(
                FamilyMemberRecord,
                dossier_id=dossier["id"],
                name=f"{first} {last}",
                relation=relation,
                birth_date=None,
                country=self.rng.choice(ABROAD[home.nationality]),
                place="",
                client_id=None,
            )


__all__ = ["FIRST_PRESENT_DAY", "plan_present"]
