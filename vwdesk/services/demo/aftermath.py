"""The demo's history finished: what 2015-2018 left open is done in 2019-2021.

The detailed history stops at the end of 2018 (plan.LAST_DAY). Left there, a
file opened years later shows clients in guidance since 2017, dossiers whose
mvv ran out in 2017 and deadlines thousands of days overdue: a team that
stopped working. So here, after the history is planned:

- every client still open closes when the 18 months of guidance end (a few
  moved away before), the PVT is signed within its year, and the trajectories
  still running end (no new one starts: a year of its own would need all its
  work, and would become the Rapportage tab's default year);
- every open reunification dossier gets the rest of its procedure and an
  outcome in 2019 (a long one through a refusal and a granted objection; the
  family travels on the mvv well inside its 90 days);
- every open checklist item is done, or turned out not to be needed;
- some volunteers leave in 2019-2021, and a junior team leader hands over.

Every date set here lies after LAST_DAY (only the undated leftovers of
checklists that ended before are dated within them), and the random draws
come from a generator of their own, so no figure of 2015-2018 changes.
"""

from __future__ import annotations

from collections import defaultdict
from datetime import date, timedelta

from vwdesk.db.records import (
    ChecklistItemRecord,
    ChecklistRecord,
    ClientRecord,
    ProcedureStepRecord,
    ReunificationDossierRecord,
    TrajectoryRecord,
)
from vwdesk.domain.checklists import PAYMENT_ARRANGEMENT
from vwdesk.domain.clients import CloseReason
from vwdesk.domain.enums import (
    ChecklistItemStatus,
    DossierOutcome,
    ProcedureStepKind,
    Role,
    TrajectoryKind,
)
from vwdesk.domain.months import add_months
from vwdesk.services.demo.names import CREDITORS
from vwdesk.services.demo.plan import LAST_DAY, Plan
from vwdesk.services.demo.team import Team, add_person

OK, REJECTED, WITHDRAWN = (o.value for o in DossierOutcome)
Step = ProcedureStepKind
OPEN, DONE, NOT_NEEDED = (s.value for s in ChecklistItemStatus)
FIRST_DAY_AFTER = LAST_DAY + timedelta(days=1)
MOVED_AWAY_SHARE = 0.06  # of the households still in guidance at the end of 2018
# The nine dossiers open at the end of 2018 end like this (in the order they were opened).
OUTCOMES = (OK, OK, REJECTED, OK, OK, WITHDRAWN, OK, OK, REJECTED)
LEAVING_VOLUNTEERS = 5
DEPARTURES = (date(2019, 3, 1), date(2021, 12, 31))
HANDOVER = date(2021, 9, 1)  # a junior team leader leaves, the next starts


def finish_history(plan: Plan, team: Team) -> None:
    plan.reseed("aftermath")
    Aftermath(plan, team).run()


class Aftermath:
    def __init__(self, plan: Plan, team: Team):
        self.plan = plan
        self.rng = plan.rng
        self.team = team
        self.clients = {c["id"]: c for c in plan.rows[ClientRecord]}

    def run(self) -> None:
        self._close_clients()
        self._trajectories()
        self._dossiers()
        self._checklists()
        self._team()

    def _day(self, first: date, last: date) -> date:
        """A working day from `first` to `last`, or in the week from `first` when that is later."""
        return self.plan.weekday_in(first, max(first + timedelta(days=6), last))

    # -- clients ---------------------------------------------------------------------------
    def _close_clients(self) -> None:
        by_household: dict[int, list[dict]] = defaultdict(list)
        for client in self.clients.values():
            if client["closed_on"] is None:
                by_household[client["household_id"]].append(client)
        for members in by_household.values():
            moved = self.rng.random() < MOVED_AWAY_SHARE
            last_housed = max(c["housed_on"] for c in members)
            moved_on = self._day(
                max(FIRST_DAY_AFTER, last_housed + timedelta(days=120)),
                add_months(last_housed, 17),
            )
            for client in members:
                if moved:
                    client["closed_on"] = max(moved_on, client["housed_on"])
                    client["close_reason"] = CloseReason.MOVED_AWAY.value
                else:
                    client["closed_on"] = add_months(client["housed_on"], 18)
                    client["close_reason"] = CloseReason.TRAJECTORY_ENDED.value
                self._pvt(client)

    def _pvt(self, client: dict) -> None:
        """The course and the signature the end of 2018 cut off, within the year."""
        if not client["pvt_required"] or client["pvt_signed_on"] is not None:
            return
        year_end = min(add_months(client["housed_on"], 12), client["closed_on"])
        course = client["pvt_course_on"] or self._day(
            max(FIRST_DAY_AFTER, client["housed_on"] + timedelta(days=21)),
            year_end - timedelta(days=30),
        )
        signed = self._day(max(FIRST_DAY_AFTER, course), course + timedelta(days=21))
        if signed <= client["closed_on"]:  # not when the household moved away before
            client["pvt_course_on"], client["pvt_signed_on"] = course, signed

    # -- trajectories --------------------------------------------------------------------
    def _trajectories(self) -> None:
        for row in self.plan.rows[TrajectoryRecord]:
            client = self.clients[row["client_id"]]
            if row["ended_on"] is None:
                if row["kind"] == TrajectoryKind.SETTLEMENT.value:
                    row["ended_on"] = min(add_months(row["started_on"], 6), client["closed_on"])
                else:
                    row["ended_on"] = client["closed_on"]

    # -- reunification dossiers ----------------------------------------------------------
    def _dossiers(self) -> None:
        open_ones = [
            d for d in self.plan.rows[ReunificationDossierRecord] if d["closed_on"] is None
        ]
        open_ones.sort(key=lambda d: (d["opened_on"], d["id"]))
        if len(open_ones) > len(OUTCOMES):
            raise AssertionError(f"{len(open_ones)} dossiers open at the end of 2018")
        steps: dict[int, list[dict]] = defaultdict(list)
        for step in self.plan.rows[ProcedureStepRecord]:
            steps[step["dossier_id"]].append(step)
        for dossier, outcome in zip(open_ones, OUTCOMES, strict=False):
            self._finish(dossier, outcome, steps[dossier["id"]])

    def _finish(self, dossier: dict, outcome: str, steps: list[dict]) -> None:
        """The procedure from its application on, replanned to end after 2018."""
        rng = self.rng
        submitted = next(s["date"] for s in steps if s["step"] == Step.SUBMITTED)
        kept = {Step.PERMIT, Step.PREPARING, Step.SUBMITTED}
        self.plan.rows[ProcedureStepRecord] = [
            s
            for s in self.plan.rows[ProcedureStepRecord]
            if s["dossier_id"] != dossier["id"] or s["step"] in kept
        ]
        later: list[tuple[str, date]] = []
        if outcome == OK:
            closed = self._day(date(2019, 1, 14), date(2019, 9, 27))
            arrival = closed - timedelta(days=rng.randint(0, 10))
            visa = arrival - timedelta(days=rng.randint(25, 75))  # the mvv holds 90 days
            decision = max(visa - timedelta(days=rng.randint(20, 50)), submitted + timedelta(60))
            if decision >= visa:  # a late application: the family follows a little later
                visa = decision + timedelta(days=rng.randint(20, 40))
                arrival = visa + timedelta(days=rng.randint(25, 60))
                closed = arrival + timedelta(days=rng.randint(0, 10))
            if (decision - submitted).days > 240:  # refused first, granted on objection
                refusal = submitted + timedelta(days=rng.randint(90, 150))
                later += [
                    (Step.REFUSAL, refusal),
                    (Step.OBJECTION, refusal + timedelta(days=rng.randint(10, 26))),
                ]
            later += [(Step.DECISION, decision), (Step.VISA, visa), (Step.ARRIVAL, arrival)]
        elif outcome == REJECTED:
            refusal = max(
                submitted + timedelta(days=rng.randint(90, 180)),
                LAST_DAY - timedelta(days=rng.randint(0, 60)),
            )
            objection = refusal + timedelta(days=rng.randint(10, 26))
            later += [(Step.REFUSAL, refusal), (Step.OBJECTION, objection)]
            # The objection is declined; the team closes once the family decides not to appeal.
            closed = self._day(
                max(FIRST_DAY_AFTER + timedelta(days=14), objection + timedelta(days=60)),
                objection + timedelta(days=200),
            )
        else:  # withdrawn: the family found another way, or could not travel to an embassy
            closed = self._day(date(2019, 1, 14), date(2019, 6, 28))
        for kind, day in later:
            self.plan.add(
                ProcedureStepRecord, dossier_id=dossier["id"], step=kind.value, date=day, note=""
            )
        dossier["closed_on"] = closed
        dossier["outcome"] = outcome
        dossier["last_reviewed_on"] = max(
            dossier["opened_on"], closed - timedelta(days=rng.randint(0, 20))
        )

    # -- checklists ----------------------------------------------------------------------
    def _checklists(self) -> None:
        ends: dict[int, date] = {}
        for client in self.clients.values():
            household = client["household_id"]
            ends[household] = max(ends.get(household, client["closed_on"]), client["closed_on"])
        items: dict[int, list[dict]] = defaultdict(list)
        for item in self.plan.rows[ChecklistItemRecord]:
            items[item["checklist_id"]].append(item)
        for checklist in self.plan.rows[ChecklistRecord]:
            if checklist["closed_on"] is not None:
                continue
            if checklist["client_id"] is not None:
                end = self.clients[checklist["client_id"]]["closed_on"]
            else:
                end = ends[checklist["household_id"]]
            done = [i["done_on"] for i in items[checklist["id"]] if i["done_on"] is not None]
            for item in items[checklist["id"]]:
                if item["status"] == OPEN:
                    self._finish_item(item, checklist["started_on"], end)
                    if item["done_on"] is not None:
                        done.append(item["done_on"])
            checklist["closed_on"] = max(done, default=checklist["started_on"])

    def _finish_item(self, item: dict, started: date, end: date) -> None:
        rng = self.rng
        if end <= LAST_DAY:  # left behind when the guidance ended: dated within it
            if item["key"] == PAYMENT_ARRANGEMENT:  # (a payment arrangement is a 2015-18 figure)
                item["status"] = NOT_NEEDED
                return
            day = self._day(started + timedelta(days=14), end)
        else:
            day = self._day(
                max(FIRST_DAY_AFTER, started + timedelta(days=14)),
                min(end, FIRST_DAY_AFTER + timedelta(days=150)),
            )
        item["status"] = DONE
        item["done_on"] = day
        if item["key"] == PAYMENT_ARRANGEMENT:
            item["creditor"] = rng.choice(CREDITORS)
            item["amount_cents"] = rng.randint(150, 2500) * 100
            item["monthly_cents"] = rng.choice((25, 40, 50, 75, 100)) * 100

    # -- the team ------------------------------------------------------------------------
    def _team(self) -> None:
        """Some of the 2018 team leave over the next years; the core stays."""
        keep = {id(v) for v in (*self.team.legal, *self.team.pool, self.team.volunteer_account)}
        candidates = [
            v
            for v in self.team.volunteers
            if v["active_until"] is None and v["active_from"] <= LAST_DAY and id(v) not in keep
        ]
        for volunteer in self.rng.sample(candidates, min(LEAVING_VOLUNTEERS, len(candidates))):
            volunteer["active_until"] = self._day(*DEPARTURES)
        junior = next(
            p
            for p in reversed(self.team.paid)
            if p["role"] == Role.JUNIOR_TEAM_LEADER.value and p["active_until"] is None
        )
        junior["active_until"] = HANDOVER - timedelta(days=1)
        self.team.paid.append(
            add_person(
                self.plan,
                self.team,
                role=Role.JUNIOR_TEAM_LEADER.value,
                paid=True,
                active_from=HANDOVER,
                active_until=None,
                languages="nl,en",
            )
        )


__all__ = ["finish_history"]
