"""Casework of the demo: targets, trajectories, VIP, referrals and checklists.

Every adult gets a settlement trajectory from the housing date (so 2017 has
the report's 60); the second-year integration trajectories start four to
eight months later, and of those falling in 2017 exactly 88 are kept.
Checklists are started from the file's own current templates.
"""

from __future__ import annotations

from datetime import date, timedelta

from vwdesk.db.records import (
    ChecklistItemRecord,
    ChecklistRecord,
    ChecklistTemplateItemRecord,
    ChecklistTemplateRecord,
    HousingTargetRecord,
    ProjectMembershipRecord,
    ProjectRecord,
    ReferralRecord,
    TrajectoryRecord,
)
from vwdesk.domain.checklists import DEBT_COUNSELLING, PAYMENT_ARRANGEMENT
from vwdesk.domain.enums import (
    ChecklistItemStatus,
    ChecklistKind,
    DossierOutcome,
    ProjectRole,
    TrajectoryKind,
)
from vwdesk.domain.months import add_months
from vwdesk.services.demo.dossiers import plan_dossiers
from vwdesk.services.demo.households import Home, People
from vwdesk.services.demo.names import CREDITORS, REFERRAL_REASONS, REFERRAL_WEIGHTS
from vwdesk.services.demo.plan import LAST_DAY, ByDate, Plan
from vwdesk.services.demo.team import Team

OK, REJECTED, WITHDRAWN = (o.value for o in DossierOutcome)
# A template as the planner uses it: (id, [(item key, title, when needed), ...]).
Template = tuple[int, list[tuple[str, str, bool]]]
# Integration trajectories (year 2) started in 2017, as in the seed report.
INTEGRATION_2017 = 88
REFERRALS_PER_YEAR = {2015: 35, 2016: 85, 2017: 92, 2018: 80}
VIP_2017 = ((date(2017, 3, 6), date(2017, 6, 30)), (date(2017, 9, 4), date(2017, 12, 22)))
VIP_2018 = (date(2018, 3, 5), date(2018, 7, 6))
# The debt-prevention items, used only when the file has no such template of its own
# (a new file gets the shipped templates of domain/checklists.py, with the same keys).
DEBT_ITEMS = (  # key, title, fields, when needed
    ("income_expenses", "Overzicht inkomsten en uitgaven gemaakt", "date", False),
    ("entitlements", "Rechten en toeslagen uitgelegd", "", False),
    ("internet_banking", "Internetbankieren uitgelegd", "", False),
    ("saving_tips", "Bespaartips gegeven", "", False),
    ("own_administration", "Eigen administratie opgezet", "", False),
    ("finance_workshop", "Uitgenodigd voor de workshop financiën", "date", False),
    (PAYMENT_ARRANGEMENT, "Betalingsregeling getroffen", "creditor,amount,monthly,date", True),
    (DEBT_COUNSELLING, "Schuldhulpverlening geraadpleegd of doorverwezen", "partner", True),
    ("safety_net", "Vangnet besproken met gemeente en partners", "", True),
)
# How often an item that is only done "when needed" was needed.
NEEDED_CHANCE = {PAYMENT_ARRANGEMENT: 0.3, DEBT_COUNSELLING: 0.08, "safety_net": 0.03}
ITEM_PARTNERS = {
    DEBT_COUNSELLING: "Plangroep",
    "school": "OBS de Vuurvogel",
    "child_health_clinic": "CJG",
    "library": "Bibliotheek Oostland",
    "volunteer_work": "VIP/Welzijn Lansingerland",
    "language_cafe": "Taalhuis",
    "local_organisations": "VIP/Welzijn Lansingerland",
}
TARGETS = ((2016, 155, 19), (2017, 80, None), (2018, 62, None))


def start_checklist(plan: Plan, template_id: int, home: Home | None, client, started: date) -> dict:
    """An open checklist of a household (`home`) or of one client, as the history and the
    present slice both start them."""
    return plan.add(
        ChecklistRecord,
        template_id=template_id,
        household_id=home.row["id"] if home else None,
        client_id=client["id"] if client else None,
        started_on=started,
        closed_on=None,
    )


class CaseworkPlanner:
    def __init__(self, plan, team: Team, people: People, partners: dict[str, int], templates):
        self.plan = plan
        self.templates: dict[str, Template] = dict(templates)
        self._integration_starts: list[tuple[dict, date]] = []
        self.rng = plan.rng
        self.team = team
        self.people = people
        self.partners = partners
        self.adults = ByDate(people.adults(), "housed_on")

    def run(self) -> None:
        for year, target, opening in TARGETS:
            self.plan.add(HousingTargetRecord, year=year, target=target, opening_backlog=opening)
        plan_dossiers(self.plan, self.people)
        self._trajectories()
        self._vip()
        self._referrals()
        self._checklists()

    # -- social guidance trajectories ----------------------------------------------------
    def _trajectories(self) -> None:
        integration = []
        for client in self.people.adults():
            start = client["housed_on"]
            settled = add_months(start, 6)
            self._trajectory(client, TrajectoryKind.SETTLEMENT, start, settled)
            begin = add_months(start, self.rng.choice((4, 5, 6, 6, 7, 8)))
            if begin <= LAST_DAY:
                integration.append((client, begin))
        in_2017 = [pair for pair in integration if pair[1].year == 2017]
        if len(in_2017) < INTEGRATION_2017:
            raise AssertionError(f"only {len(in_2017)} integration candidates in 2017")
        # Some moved away or found work before their second year began.
        dropped = {id(p) for p in self.rng.sample(in_2017, len(in_2017) - INTEGRATION_2017)}
        for pair in integration:
            if id(pair) not in dropped:
                client, begin = pair
                self._trajectory(client, TrajectoryKind.INTEGRATION, begin, client["closed_on"])
                self._integration_starts.append(pair)

    def _trajectory(self, client: dict, kind: TrajectoryKind, start: date, end: date | None):
        self.plan.add(
            TrajectoryRecord,
            client_id=client["id"],
            kind=kind.value,
            started_on=start,
            ended_on=end if end is not None and end <= LAST_DAY else None,
        )

    # -- VIP -----------------------------------------------------------------------------
    def _vip(self) -> None:
        vip = self.plan.add(ProjectRecord, name="VIP")
        early = [
            c for c in self.adults.between(date(2016, 1, 1), date(2017, 2, 28)) if c["_age"] < 50
        ]
        chosen = self.rng.sample(early, 11)
        later = [
            c
            for c in self.adults.between(date(2016, 6, 1), date(2017, 12, 31))
            if c["_age"] < 50 and c not in chosen
        ]
        first, second, third = chosen[:6], chosen[6:], self.rng.sample(later, 7)
        (a_from, a_until), (b_from, b_until) = VIP_2017
        for c in first:
            self._member(vip, ProjectRole.PARTICIPANT, c, a_from, a_until)
        # One takes part again in the autumn (counted once); one carries on into 2018.
        for i, c in enumerate([first[0], *second]):
            self._member(
                vip, ProjectRole.PARTICIPANT, c, b_from, date(2018, 3, 30) if i == 1 else b_until
            )
        for c in third:
            self._member(vip, ProjectRole.PARTICIPANT, c, *VIP_2018)
        for trainer in self.team.trainers:
            self._member(
                vip, ProjectRole.TRAINER, trainer, trainer["active_from"], trainer["active_until"]
            )
        for coach in self.team.coaches_2017:
            self._member(vip, ProjectRole.COACH, coach, max(a_from, coach["active_from"]), b_until)
        for coach in self.team.coaches_2018:
            self._member(
                vip, ProjectRole.COACH, coach, max(VIP_2018[0], coach["active_from"]), VIP_2018[1]
            )

    def _member(self, project, role: ProjectRole, person, start, until) -> None:
        is_client = role == ProjectRole.PARTICIPANT
        self.plan.add(
            ProjectMembershipRecord,
            project_id=project["id"],
            client_id=person["id"] if is_client else None,
            volunteer_id=None if is_client else person["id"],
            role=role.value,
            from_on=start,
            until_on=until,
        )

    # -- referrals and debt prevention ---------------------------------------------------
    def _referrals(self) -> None:
        names = [n for n in REFERRAL_WEIGHTS if n in self.partners]
        weights = [REFERRAL_WEIGHTS[n] for n in names]
        for year, count in REFERRALS_PER_YEAR.items():
            for _ in range(count):
                day = self.plan.weekday_in(date(year, 1, 1), date(year, 12, 31))
                client = self.adults.pick(self.rng, day - timedelta(days=548), day)
                if client is None:
                    continue
                partner = self.rng.choices(names, weights=weights)[0]
                self._referral(client, partner, day)

    def _referral(self, client: dict, partner: str, day: date) -> None:
        self.plan.add(
            ReferralRecord,
            client_id=client["id"],
            partner_id=self.partners[partner],
            date=day,
            reason=REFERRAL_REASONS.get(partner, ""),
            outcome=self.rng.choice(("", "aangemeld", "aangemeld", "in behandeling")),
            contact_id=None,
        )

    # -- checklists ----------------------------------------------------------------------
    def _checklists(self) -> None:
        debt = self._template(ChecklistKind.DEBT_PREVENTION)
        settlement = self.templates.get(ChecklistKind.SETTLEMENT.value)
        integration = self.templates.get(ChecklistKind.INTEGRATION.value)
        for home in self.people.homes:
            housed = home.row["housed_on"]
            if settlement and housed.year >= 2016:
                self._checklist(settlement, home, None, housed, range(2, 150))
            started = housed + timedelta(days=self.rng.randint(60, 150))
            if self.rng.random() < 0.45 and started <= LAST_DAY:
                self._checklist(debt, home, None, started, range(5, 200))
        if integration:
            for client, started in self._integration_starts:
                if started.year >= 2017 and self.rng.random() < 0.5:
                    self._checklist(integration, None, client, started, range(14, 300))

    def _template(self, kind: ChecklistKind) -> Template:
        """The file's current template of this kind, or one planned here if it has none."""
        if kind.value in self.templates:
            return self.templates[kind.value]
        template = self.plan.add(
            ChecklistTemplateRecord,
            key=kind.value,
            name="Schuldpreventie",
            version=1,
            scope="household",
            current=True,
        )
        items = []
        for position, (key, title, fields, needed) in enumerate(DEBT_ITEMS, start=1):
            self.plan.add(
                ChecklistTemplateItemRecord,
                template_id=template["id"],
                position=position,
                key=key,
                title=title,
                help="",
                fields=fields,
                when_needed=needed,
            )
            items.append((key, title, needed))
        self.templates[kind.value] = (template["id"], items)
        return self.templates[kind.value]

    def _checklist(self, template: Template, home: Home | None, client, started, days) -> None:
        rng = self.rng
        template_id, items = template
        checklist = start_checklist(self.plan, template_id, home, client, started)
        volunteer = (home.row if home else client)["contact_volunteer_id"]
        head = client or home.head or home.members[0]
        done_dates = []
        settled = True
        for position, (key, title, needed) in enumerate(items, start=1):
            item = {"status": ChecklistItemStatus.OPEN.value, "done_on": None, "creditor": "",
                    "amount_cents": None, "monthly_cents": None, "partner_id": None}  # fmt: skip
            done = started + timedelta(days=rng.choice(days))
            if needed and rng.random() >= NEEDED_CHANCE.get(key, 0.1):
                item["status"] = ChecklistItemStatus.NOT_APPLICABLE.value
            elif done <= LAST_DAY and rng.random() < 0.92:
                item["status"] = ChecklistItemStatus.DONE.value
                item["done_on"] = done
                done_dates.append(done)
                if key == PAYMENT_ARRANGEMENT:
                    item["creditor"] = rng.choice(CREDITORS)
                    item["amount_cents"] = rng.randint(150, 2500) * 100
                    item["monthly_cents"] = rng.choice((25, 40, 50, 75, 100)) * 100
                partner = ITEM_PARTNERS.get(key)
                if partner in self.partners:
                    item["partner_id"] = self.partners[partner]
                    if key == DEBT_COUNSELLING:
                        self._referral(head, partner, done)
            else:
                settled = False
            self.plan.add(
                ChecklistItemRecord,
                checklist_id=checklist["id"],
                position=position,
                key=key,
                title=title,
                due_on=None,
                volunteer_id=volunteer,
                note="",
                **item,
            )
        if settled and done_dates:
            checklist["closed_on"] = max(done_dates)


def plan_casework(
    plan: Plan, team: Team, people: People, partners: dict[str, int], templates: dict
) -> None:
    CaseworkPlanner(plan, team, people, partners, templates).run()
