"""Family reunification dossiers of the demo, with their family members and steps.

Laid out by category so that 2017 has 12 new dossiers (3 NIDOS), 37 open at
some moment and 21 closed successfully; none that ended before 2017 counts.
The successful dossiers whose family came over are linked to the nareizigers
who joined the referent's household, and close shortly before they arrive.
"""

from __future__ import annotations

from datetime import date, timedelta

from vwdesk.db.records import FamilyMemberRecord, ProcedureStepRecord, ReunificationDossierRecord
from vwdesk.domain.enums import DossierOutcome
from vwdesk.services.demo.households import Home, People
from vwdesk.services.demo.names import PEOPLE
from vwdesk.services.demo.plan import LAST_DAY, ByDate, Plan

OK, REJECTED, WITHDRAWN = (o.value for o in DossierOutcome)
# (opened in, closed in or None, outcome, nidos, how many): the unlinked dossiers.
DOSSIERS = (
    (2015, 2016, REJECTED, False, 1),
    (2016, 2016, REJECTED, False, 1),
    (2015, 2016, WITHDRAWN, False, 1),
    (2015, 2016, OK, False, 2),
    (2015, 2016, OK, False, 2),  # with the three linked below: 7 successful in 2016
    (2015, 2017, OK, False, 4),
    (2016, 2017, OK, False, 7),  # with the seven linked below: 18 successful in 2017
    (2015, 2017, REJECTED, False, 1),
    (2016, 2017, REJECTED, False, 1),
    (2016, 2017, WITHDRAWN, False, 1),
    (2016, 2018, OK, False, 1),  # with the two linked below: 3 successful in 2018
    (2016, 2018, REJECTED, False, 1),
    (2017, 2017, OK, True, 1),
    (2017, 2017, OK, False, 2),
    (2017, 2017, REJECTED, False, 1),
    (2017, 2018, OK, True, 1),
    (2017, 2018, WITHDRAWN, False, 1),
    (2017, None, None, True, 1),
    (2017, None, None, False, 1),
    (2018, 2018, OK, False, 2),
    (2018, None, None, True, 1),
    (2018, None, None, False, 6),
)
ABROAD = {"SY": ("TR", "LB", "SY"), "ER": ("ET", "SD", "ER"), "AF": ("IR", "AF"),
          "IR": ("IR", "TR"), "IQ": ("IQ", "TR"), "SO": ("KE", "SO"), "YE": ("YE",)}  # fmt: skip


class DossierPlanner:
    def __init__(self, plan: Plan, people: People):
        self.plan = plan
        self.rng = plan.rng
        self.people = people
        self.adults = ByDate(people.adults(), "housed_on")

    def run(self) -> None:
        for home in self.people.homes:
            if home.later_members:
                self._linked_dossier(home)
        for opened_in, closed_in, outcome, nidos, n in DOSSIERS:
            for _ in range(n):
                latest = (
                    date(opened_in, 10, 15) if closed_in == opened_in else date(opened_in, 12, 20)
                )
                opened = self.plan.weekday_in(date(opened_in, 1, 2), latest)
                closed = None
                if closed_in is not None:
                    first = max(date(closed_in, 1, 2), opened + timedelta(days=45))
                    closed = self.plan.weekday_in(first, date(closed_in, 12, 22))
                referent = self._referent(opened, young=nidos)
                self._dossier(referent, opened, closed, outcome, nidos, None)

    def _linked_dossier(self, home: Home) -> None:
        """The head's dossier, closed successfully shortly before his family arrived."""
        arrival = home.later_members[0]["housed_on"]
        year = arrival.year
        closed = max(date(year, 1, 2), arrival - timedelta(days=self.rng.randint(10, 40)))
        head = home.head
        if home.row["housed_on"].year == 2017 and year == 2018:  # among the new 2017 dossiers
            opened = min(
                date(2017, 12, 20), head["housed_on"] + timedelta(days=self.rng.randint(5, 40))
            )
        else:  # the procedure began in the reception centre, the year before the arrival
            opened = min(
                date(year - 1, 12, 20),
                head["housed_on"] - timedelta(days=self.rng.randint(0, 120)),
            )
        self._dossier(head, opened, closed, OK, False, home)

    def _referent(self, opened: date, *, young: bool) -> dict:
        for _ in range(50):
            row = self.adults.pick(self.rng, opened - timedelta(days=400), opened + timedelta(60))
            if row is not None and (not young or row["_age"] <= 21):
                return row
        return self.adults.pick(self.rng, date(2000, 1, 1), opened + timedelta(days=60))

    def _dossier(self, referent, opened, closed, outcome, nidos, home: Home | None) -> None:
        row = self.plan.add(
            ReunificationDossierRecord,
            ref=None,
            client_id=referent["id"],
            opened_on=opened,
            nidos=nidos,
            closed_on=closed,
            outcome=outcome,
            last_reviewed_on=(closed or LAST_DAY) - timedelta(days=self.rng.randint(0, 25)),
            reviewed_by_account_id=None,
            notes="",
        )
        if row["last_reviewed_on"] < opened:
            row["last_reviewed_on"] = opened
        self._family(row, referent, home)
        self._steps(row)

    def _family(self, dossier: dict, referent: dict, home: Home | None) -> None:
        nat = referent["nationality"]
        if home is not None:
            for member in home.later_members:
                self.plan.add(
                    FamilyMemberRecord,
                    dossier_id=dossier["id"],
                    name=f"{member['first_name']} {member['last_name']}",
                    relation="child" if not member["_adult"] else "partner",
                    birth_date=member["birth_date"],
                    country=self.rng.choice(ABROAD[nat]),
                    place="",
                    client_id=member["id"],
                )
            return
        males, females, families, _ = PEOPLE[nat]
        relations = ["partner"] + ["child"] * self.rng.randint(0, 3)
        if dossier["nidos"]:
            relations = ["parent", "parent"] + ["sibling"] * self.rng.randint(0, 2)
        for relation in relations:
            first = self.rng.choice(males + females)
            self.plan.add(
                FamilyMemberRecord,
                dossier_id=dossier["id"],
                name=f"{first} {self.rng.choice(families)}",
                relation=relation,
                birth_date=None,
                country=self.rng.choice(ABROAD[nat]),
                place="",
                client_id=None,
            )

    def _steps(self, dossier: dict) -> None:
        """Milestones up to the dossier's end (values of domain.enums.ProcedureStepKind)."""
        rng = self.rng
        end = dossier["closed_on"] or LAST_DAY
        opened = dossier["opened_on"]
        outcome = dossier["outcome"]
        steps = [("permit", opened - timedelta(days=rng.randint(5, 40))), ("preparing", opened)]
        day = opened + timedelta(days=rng.randint(14, 45))
        steps.append(("submitted", day))
        day += timedelta(days=rng.randint(90, 180))
        if outcome == REJECTED:
            steps += [("refusal", day), ("objection", day + timedelta(days=28))]
        elif outcome == OK or (outcome is None and day <= end):
            steps += [("decision", day), ("visa", day + timedelta(days=rng.randint(20, 60)))]
        if outcome == OK:
            steps.append(("arrival", end))
        last = None
        for step, when in steps:
            when = min(when, end)
            if step != "permit":
                when = max(when, opened if last is None else last)
                last = when
            if step == "arrival" or when <= end:
                self.plan.add(
                    ProcedureStepRecord, dossier_id=dossier["id"], step=step, date=when, note=""
                )


def plan_dossiers(plan: Plan, people: People) -> None:
    DossierPlanner(plan, people).run()
