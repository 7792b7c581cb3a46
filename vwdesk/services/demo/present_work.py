"""The present's daily work: consultation hours, contacts, home visits, trajectories,
referrals and checklists of the households in demo/present.py, up to `today`.

The consultation hours of the last eight weeks are held and logged; from
today on they stay planned (the sessions service shows them from the
weekly schedules). One household is a few days past its home visit, with a
visit planned in the coming days, as are two others; one checklist item is a
few days past its date and others are planned in the coming weeks.
"""

from __future__ import annotations

from datetime import date, timedelta

from vwdesk.db.records import (
    ChecklistItemRecord,
    ConsultationScheduleRecord,
    ConsultationSessionRecord,
    PlannedVisitRecord,
    ReferralRecord,
    TrajectoryRecord,
)
from vwdesk.domain.checklists import PAYMENT_ARRANGEMENT
from vwdesk.domain.enums import (
    Channel,
    ChecklistItemStatus,
    ChecklistKind,
    ContactKind,
    SessionKind,
    TrajectoryKind,
)
from vwdesk.domain.months import add_months
from vwdesk.services.demo.casework import ITEM_PARTNERS, start_checklist
from vwdesk.services.demo.contacts import add_contact
from vwdesk.services.demo.households import Home
from vwdesk.services.demo.names import CREDITORS, REFERRAL_REASONS
from vwdesk.services.demo.plan import Plan, in_session_weeks, is_active, is_holiday
from vwdesk.services.demo.team import Team

SG, INFO, LEGAL = (k.value for k in ContactKind)
OPEN, DONE, NOT_NEEDED = (s.value for s in ChecklistItemStatus)
LOGGED_WEEKS = 8  # consultation hours held and logged before today
ANONYMOUS_SHARE = 0.45  # of info-point contacts
POOL_SHARE = 0.1  # home visits by a volunteer from the pool instead of the contact person
# Visits planned in the coming week: (household, days from today or the next working day, purpose).
PLANNED_VISITS = (
    ("family", 2, "Post en toeslagen doornemen; het bezoek was te laat"),
    ("yemeni", 4, "Gezinshereniging: de aanvraag voorbereiden, papieren verzamelen"),
    ("reunited", 6, "Kennismaken met het gezin; school voor de kinderen regelen"),
)
# Referrals of the present: (household, partner, days ago, the referred member's index).
REFERRALS = (
    ("family", "OBS de Vuurvogel", 120, 2),
    ("family", "CJG", 95, 1),
    ("eritrean", "Taalhuis", 70, 0),
    ("syrian", "VIP/Welzijn Lansingerland", 60, 0),
    ("afghan", "Kwadraad", 40, 0),
    ("reunited", "OBS de Vuurvogel", 30, 2),
    ("reunited", "Plangroep", 18, 0),
    ("somali", "Bibliotheek Oostland", 8, 0),
)
DEBT_CHECKLISTS = ("family", "syrian", "reunited")  # households with a debt-prevention checklist
INTEGRATION_CHECKLISTS = ("syrian", "reunited")  # heads in their second-year coaching
PAST_DUE_ITEM = ("family", "finance_workshop")  # the workshop passed without being ticked


class PresentWork:
    def __init__(
        self,
        plan: Plan,
        team: Team,
        homes: dict[str, Home],
        visits: dict[str, tuple[int, int]],
        partners: dict[str, int],
        templates: dict,
        today: date,
    ):
        self.plan = plan
        self.rng = plan.rng
        self.team = team
        self.homes = homes
        self.visits = visits  # household -> (planned frequency, days since the last visit)
        self.partners = partners
        self.templates = templates
        self.today = today
        self.adults = [m for h in homes.values() for m in h.members if m["_adult"]]
        self.referents = {h.members[0]["id"] for h in homes.values()}

    def ago(self, days: int) -> date:
        return self.today - timedelta(days=days)

    def run(self) -> None:
        self._staffing()
        self._sessions()
        for key, home in self.homes.items():
            self._remote_contacts(home)
            self._home_visits(key, home)
        self._trajectories()
        self._referrals()
        self._checklists()

    # -- consultation hours ----------------------------------------------------------------
    def _open_schedules(self) -> list[dict]:
        return [s for s in self.plan.rows[ConsultationScheduleRecord] if s["valid_until"] is None]

    def _staffing(self) -> None:
        """Today's team on the weekly schedules that still run."""
        active = self.team.active(self.today)
        legal = [v for v in active if v["legal"]]
        others = [v for v in active if not v["legal"]]
        for schedule in self._open_schedules():
            if schedule["kind"] == SessionKind.LEGAL.value:
                staff = legal
            else:
                staff = self.rng.sample(others, min(3, len(others)))
            schedule["staffing"] = ",".join(str(v["id"]) for v in sorted(staff, key=_by_id))

    def _sessions(self) -> None:
        first = self.ago(7 * LOGGED_WEEKS)
        for schedule in self._open_schedules():
            day = first + timedelta(days=(schedule["weekday"] - 1 - first.weekday()) % 7)
            staff_ids = {int(i) for i in schedule["staffing"].split(",") if i}
            staff = [v for v in self.team.volunteers if v["id"] in staff_ids]
            while day < self.today:
                row = self.plan.add(
                    ConsultationSessionRecord,
                    ref=None,
                    schedule_id=schedule["id"],
                    kind=schedule["kind"],
                    location_id=schedule["location_id"],
                    date=day,
                    start=schedule["start"],
                    end=schedule["end"],
                    cancelled=not in_session_weeks(day),
                )
                if not row["cancelled"]:
                    self._session_contacts(row, staff)
                day += timedelta(days=7)

    def _session_contacts(self, session: dict, staff: list[dict]) -> None:
        day = session["date"]
        housed = [a for a in self.adults if a["housed_on"] <= day]
        if session["kind"] == SessionKind.LEGAL.value:
            referents = [a for a in housed if a["id"] in self.referents]
            kinds = [LEGAL] * self.rng.randint(1, 4)
            pool = referents or housed
        else:
            kinds = self.rng.choices((SG, SG, INFO), k=self.rng.randint(3, 8))
            pool = housed
        for kind in kinds:
            client = self.rng.choice(pool) if pool else None
            if kind == INFO and self.rng.random() < ANONYMOUS_SHARE:
                client = None
            elif client is None:
                continue
            volunteer = self.rng.choice(staff) if staff else None
            self._contact(day, kind, Channel.CONSULTATION, client, volunteer, session)

    # -- contacts outside the consultation hours ---------------------------------------------
    def _remote_contacts(self, home: Home) -> None:
        """Phone and e-mail with the household's adults: often at first, less later."""
        volunteer = self._volunteer(home.row["contact_volunteer_id"])
        for adult in (m for m in home.members if m["_adult"]):
            day = adult["housed_on"] + timedelta(days=self.rng.randint(1, 4))
            while day < self.today:
                if day.weekday() < 5:
                    channel = Channel.PHONE if self.rng.random() < 0.8 else Channel.EMAIL
                    self._contact(day, SG, channel, adult, volunteer, None)
                weeks = (day - adult["housed_on"]).days // 7
                day += timedelta(days=self.rng.randint(6, 12) + min(weeks, 20))
        head = home.members[0]
        if head["id"] in self.referents:  # the legal volunteers call about the procedure
            for days in sorted(self.rng.sample(range(3, 60), 2), reverse=True):
                if self.ago(days) >= head["housed_on"] and self.ago(days).weekday() < 5:
                    legal = self.rng.choice(self.team.active(self.ago(days), self.team.legal))
                    self._contact(self.ago(days), LEGAL, Channel.PHONE, head, legal, None)

    def _home_visits(self, key: str, home: Home) -> None:
        every, last = self.visits[key]
        home.row["visit_interval_days"] = every
        own = self._volunteer(home.row["contact_volunteer_id"])
        day = self.ago(last)
        visits = []
        while day >= home.row["housed_on"] + timedelta(days=3):
            # On a working day: moved back from a weekend (the visit only gets older).
            visits.append(day - timedelta(days=max(0, day.weekday() - 4)))
            day -= timedelta(days=every + self.rng.randint(-6, 3))
        for n, day in enumerate(sorted(visits)):
            volunteer = own
            if own is None or not is_active(own, day) or self.rng.random() < POOL_SHARE:
                volunteer = self.rng.choice(self.team.active(day, self.team.pool))
            contact = self._contact(
                day, SG, Channel.HOME_VISIT, home.members[0], volunteer, None, minutes=(45, 90)
            )
            if n == len(visits) - 1:  # the last one was planned, then recorded
                self._planned_visit(home, day, volunteer, "Maandelijks huisbezoek", contact)
        for household, days, purpose in PLANNED_VISITS:
            if household == key:
                day = self.today + timedelta(days=days)
                while day.weekday() >= 5 or is_holiday(day):
                    day += timedelta(days=1)
                self._planned_visit(home, day, own, purpose, None)

    def _planned_visit(self, home: Home, day: date, volunteer, purpose, contact) -> None:
        self.plan.add(
            PlannedVisitRecord,
            household_id=home.row["id"],
            planned_on=day,
            volunteer_id=volunteer["id"] if volunteer else None,
            purpose=purpose,
            contact_id=contact["id"] if contact else None,
        )

    def _volunteer(self, volunteer_id: int | None) -> dict | None:
        return next((v for v in self.team.volunteers if v["id"] == volunteer_id), None)

    def _contact(self, day, kind, channel, client, volunteer, session, *, minutes=(5, 30)) -> dict:
        return add_contact(
            self.plan,
            self.rng,
            day,
            kind,
            channel,
            client,
            volunteer,
            session,
            minutes,
            legal_referents=self.referents,
        )

    # -- trajectories and referrals ------------------------------------------------------
    def _trajectories(self) -> None:
        for adult in self.adults:
            housed = adult["housed_on"]
            settled = add_months(housed, 6)
            self._trajectory(adult, TrajectoryKind.SETTLEMENT, housed, settled)
            if settled < self.today:
                self._trajectory(adult, TrajectoryKind.INTEGRATION, settled, None)

    def _trajectory(self, client: dict, kind: TrajectoryKind, start: date, end: date | None):
        self.plan.add(
            TrajectoryRecord,
            client_id=client["id"],
            kind=kind.value,
            started_on=start,
            ended_on=end if end is not None and end < self.today else None,
        )

    def _referrals(self) -> None:
        for household, partner, days, member in REFERRALS:
            home = self.homes[household]
            if partner not in self.partners or member >= len(home.members):
                continue
            client = home.members[member]
            day = max(self.ago(days), client["housed_on"])
            self.plan.add(
                ReferralRecord,
                client_id=client["id"],
                partner_id=self.partners[partner],
                date=day,
                reason=REFERRAL_REASONS.get(partner, ""),
                outcome=self.rng.choice(("aangemeld", "in behandeling", "")),
                contact_id=None,
            )

    # -- checklists ----------------------------------------------------------------------
    def _checklists(self) -> None:
        settlement = self.templates.get(ChecklistKind.SETTLEMENT.value)
        debt = self.templates.get(ChecklistKind.DEBT_PREVENTION.value)
        integration = self.templates.get(ChecklistKind.INTEGRATION.value)
        for key, home in self.homes.items():
            housed = home.row["housed_on"]
            if settlement:
                self._checklist(settlement, key, home, None, housed)
            if debt and key in DEBT_CHECKLISTS:
                self._checklist(debt, key, home, None, housed + timedelta(days=60))
            if integration and key in INTEGRATION_CHECKLISTS:
                self._checklist(integration, key, None, home.members[0], add_months(housed, 6))

    def _checklist(self, template, key: str, home: Home | None, client, started: date) -> None:
        rng = self.rng
        template_id, items = template
        owner = home.row if home else client
        checklist = start_checklist(self.plan, template_id, home, client, started)
        age = (self.today - started).days
        done_dates: list[date] = []
        still_open = False
        for position, (item_key, title, needed) in enumerate(items, start=1):
            item = {"status": OPEN, "done_on": None, "due_on": None, "creditor": "",
                    "amount_cents": None, "monthly_cents": None, "partner_id": None}  # fmt: skip
            # Items get done over the first months: earlier items sooner.
            done = started + timedelta(days=rng.randint(2, 12) + 9 * position)
            if (key, item_key) == PAST_DUE_ITEM and home is not None:
                item["due_on"] = self.ago(3)
            elif needed and not (item_key == PAYMENT_ARRANGEMENT and key == "reunited"):
                item["status"] = NOT_NEEDED
            elif done < self.today and (age > 200 or rng.random() < 0.9):
                item["status"], item["done_on"] = DONE, done
                done_dates.append(done)
                self._item_details(item, item_key)
            elif rng.random() < 0.5:
                item["due_on"] = self.today + timedelta(days=rng.randint(3, 25))
            still_open = still_open or item["status"] == OPEN
            self.plan.add(
                ChecklistItemRecord,
                checklist_id=checklist["id"],
                position=position,
                key=item_key,
                title=title,
                volunteer_id=owner["contact_volunteer_id"],
                note="",
                **item,
            )
        if not still_open and done_dates:
            checklist["closed_on"] = max(done_dates)

    def _item_details(self, item: dict, key: str) -> None:
        if key == PAYMENT_ARRANGEMENT:
            item["creditor"] = self.rng.choice(CREDITORS)
            item["amount_cents"] = self.rng.randint(300, 1800) * 100
            item["monthly_cents"] = self.rng.choice((25, 40, 50)) * 100
        partner = ITEM_PARTNERS.get(key)
        if partner in self.partners:
            item["partner_id"] = self.partners[partner]


def _by_id(row: dict) -> int:
    return row["id"]
