"""Households and clients of the demo, 2015-2018 (and, through `add_home`, of its present).

2017 is composed by hand so that it gives the seed report's numbers exactly:
37 households housed in 2017 (the dwellings) and 106 clients housed in 2017,
among them nareizigers who join a household housed earlier (in 2016, or
earlier in 2017) with their own later housing date. The other years are
drawn from a menu of plausible compositions up to a fixed total, which the
housing targets are set against.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta

from vwdesk.db.records import ClientRecord, HouseholdRecord
from vwdesk.domain.clients import CloseReason
from vwdesk.domain.months import add_months
from vwdesk.domain.names import client_search_key
from vwdesk.services.demo.names import CITIES, CITY_WEIGHTS, OTHER_NATIONALITIES, PEOPLE
from vwdesk.services.demo.plan import LAST_DAY, Plan, birth_date_for
from vwdesk.services.demo.team import Team

# Clients housed per year (2017 follows from its hand-made composition).
HOUSED_TOTALS = {2015: 34, 2016: 130, 2018: 58}
SYRIANS_2017 = 69
# How housing spreads over the months of each year (2016: the second half was busy).
MONTH_WEIGHTS = {
    2015: (1, 1, 1, 1, 1, 1, 2, 2, 2, 2, 2, 2),
    2016: (1, 1, 1, 1, 2, 3, 5, 5, 5, 5, 5, 4),
    2017: (4, 3, 4, 3, 3, 3, 3, 3, 3, 4, 2, 2),
    2018: (2, 2, 2, 2, 2, 2, 1, 1, 2, 2, 2, 2),
}
AGE_RANGES = {
    "man": (26, 52),
    "woman": (21, 48),
    "single_man": (19, 34),
    "single_woman": (19, 45),
    "elder": (58, 74),
    "adult_daughter": (18, 26),
    "young_man": (18, 20),  # came as an unaccompanied minor (a NIDOS referent)
}
MALE_ROLES = frozenset({"man", "single_man", "young_man"})


@dataclass
class Recipe:
    initial: list[str]
    later: list[str] = field(default_factory=list)  # nareizigers, housed in later_year
    later_year: int | None = None


@dataclass
class Home:
    row: dict
    nationality: str
    family_name: str
    recipe: Recipe
    members: list[dict] = field(default_factory=list)
    later_members: list[dict] = field(default_factory=list)

    @property
    def head(self) -> dict | None:
        return next((m for m in self.members if m["sex"] == "M" and m["_adult"]), None)


@dataclass
class People:
    homes: list[Home] = field(default_factory=list)
    clients: list[dict] = field(default_factory=list)
    adult_ids: set[int] = field(default_factory=set)

    def housed_in(self, year: int) -> list[dict]:
        return [c for c in self.clients if c["housed_on"].year == year]

    def adults(self) -> list[dict]:
        return [c for c in self.clients if c["id"] in self.adult_ids]


def _kids(k: int) -> list[str]:
    return ["child"] * k


def recipes_2017() -> list[Recipe]:
    """23 men, 37 women, 46 children housed in 2017, in 37 households (see module doc)."""
    out = [Recipe(["man", "woman", *_kids(k)]) for k in (3, 2, 1, 4, 2, 3, 1, 2, 4, 2)]
    out += [Recipe(["woman", *_kids(k)]) for k in (2, 1, 3, 1, 2, 1)]
    # Single men; the family of the first four follows in 2018.
    out += [Recipe(["single_man"], ["woman", *_kids(k)], 2018) for k in (2, 1, 0, 3)]
    out += [Recipe(["single_man"]) for _ in range(4)]
    out += [Recipe(["single_woman"]) for _ in range(6)]
    # The man comes first, his wife and children join him later the same year.
    out += [Recipe(["single_man"], ["woman", *_kids(k)], 2017) for k in (2, 1, 2)]
    out += [Recipe(["woman", "adult_daughter"]) for _ in range(2)]
    out += [Recipe(["man", "woman", "elder", "child", "child"]) for _ in range(2)]
    return out


# Households whose family follows a year later: (year housed, later groups).
RESERVED = {
    2015: [["woman", "child", "child"], ["woman", "child"], ["woman", "child", "child", "child"]],
    # The four wives (with three children) who join a 2016 household in 2017, and two for 2018.
    2016: [["woman", "child"], ["woman", "child", "child"], ["woman"], ["woman"]],
    2018: [],
}
RESERVED_2016_FOR_2018 = [["woman", "child", "child"], ["woman"]]


# Compositions drawn for the years not composed by hand: (kind, weight per year).
# 2016 brought many single men, whose families followed in 2017.
MENU = {
    "couple_kids": {2015: 8, 2016: 5, 2018: 8},
    "single_man": {2015: 6, 2016: 16, 2018: 5},
    "single_woman": {2015: 2, 2016: 3, 2018: 2},
    "mother_kids": {2015: 2, 2016: 1, 2018: 2},
    "large": {2015: 2, 2016: 1, 2018: 2},
    "couple": {2015: 2, 2016: 3, 2018: 2},
    "three_gen": {2015: 1, 2016: 1, 2018: 1},
}


def _menu_recipe(plan: Plan, year: int) -> Recipe:
    rng = plan.rng
    kind = plan.weighted((name, weights[year]) for name, weights in MENU.items())
    if kind == "couple_kids":
        return Recipe(["man", "woman", *_kids(rng.randint(1, 4))])
    if kind == "mother_kids":
        return Recipe(["woman", *_kids(rng.randint(1, 3))])
    if kind == "large":
        return Recipe(["man", "woman", *_kids(rng.randint(5, 7))])
    if kind == "couple":
        return Recipe(["man", "woman"])
    if kind == "three_gen":
        return Recipe(["man", "woman", "elder", *_kids(rng.randint(1, 3))])
    return Recipe([kind])


def _fill(plan: Plan, year: int, total: int, reserved: list[Recipe]) -> list[Recipe]:
    """Reserved recipes plus menu draws whose first members add up to `total` exactly."""
    out = list(reserved)
    left = total - sum(len(r.initial) for r in out)
    while left > 0:
        recipe = _menu_recipe(plan, year)
        if len(recipe.initial) > left:
            recipe = Recipe([plan.rng.choice(("single_man", "single_woman"))])
        out.append(recipe)
        left -= len(recipe.initial)
    return out


def _dates(plan: Plan, year: int, n: int) -> list[date]:
    months = plan.rng.choices(range(1, 13), weights=MONTH_WEIGHTS[year], k=n)
    out = []
    for m in months:
        last = (date(year + (m == 12), m % 12 + 1, 1)) - timedelta(days=1)
        out.append(plan.weekday_in(date(year, m, 1), last))
    return sorted(out)


class HouseholdPlanner:
    def __init__(self, plan: Plan, team: Team):
        self.plan = plan
        self.team = team
        self.people = People()
        self._v_numbers: set[str] = set()
        self._child_sexes: list[str] = []

    # -- the years -----------------------------------------------------------------------
    def run(self) -> People:
        for year in (2015, 2016, 2017, 2018):
            # 19 boys and 27 girls among the 46 children housed in 2017.
            self._child_sexes = ["M"] * 19 + ["F"] * 27 if year == 2017 else []
            self.plan.rng.shuffle(self._child_sexes)
            self._arrivals(year)
            if year == 2017:
                recipes = recipes_2017()
            else:
                reserved = [Recipe(["single_man"], g, year + 1) for g in RESERVED[year]]
                if year == 2016:
                    reserved += [Recipe(["single_man"], g, 2018) for g in RESERVED_2016_FOR_2018]
                joining = sum(len(h.recipe.later) for h in self._joining(year))
                recipes = _fill(self.plan, year, HOUSED_TOTALS[year] - joining, reserved)
            self._homes(year, recipes)
            self._arrivals(year, same_year=True)
            if self._child_sexes:
                raise AssertionError(f"{len(self._child_sexes)} children of 2017 left over")
        self._name_variants()
        return self.people

    # -- households of a later part of the plan (demo/present.py) -----------------------
    def avoid_v_numbers(self, numbers) -> None:
        """V-numbers given out elsewhere in the plan, so every client's stays unique."""
        self._v_numbers.update(numbers)

    def add_home(self, recipe: Recipe, day: date, nationality: str) -> Home:
        """One household housed on `day` with the recipe's first members."""
        self._home(recipe, day, nationality)
        return self.people.homes[-1]

    def add_later_member(self, home: Home, role: str, day: date) -> dict:
        """A family member who joins `home` on `day` (a nareiziger)."""
        member = self._client(home, role, day)
        home.members.append(member)
        home.later_members.append(member)
        return member

    def _joining(self, year: int) -> list[Home]:
        return [h for h in self.people.homes if h.recipe.later_year == year]

    def _homes(self, year: int, recipes: list[Recipe]) -> None:
        rng = self.plan.rng
        rng.shuffle(recipes)
        dates = _dates(self.plan, year, len(recipes))
        # A family that follows in the same year needs a head who came early in it.
        early = [r for r in recipes if r.later_year == year]
        rest = [r for r in recipes if r.later_year != year]
        slots = sorted(rng.sample(range(len(dates) // 2), len(early)))
        order: list[Recipe | None] = [None] * len(dates)
        for slot, recipe in zip(slots, early, strict=True):
            order[slot] = recipe
        it = iter(rest)
        order = [r if r is not None else next(it) for r in order]
        nationalities = self._nationalities(year, order)
        for recipe, day, nat in zip(order, dates, nationalities, strict=True):
            self._home(recipe, day, nat)

    def _nationalities(self, year: int, recipes: list[Recipe]) -> list[str]:
        """Per household; for 2017 exactly SYRIANS_2017 Syrians among the housed."""
        others = [(code, w) for code, w in OTHER_NATIONALITIES]
        if year != 2017:
            return [
                "SY" if self.plan.rng.random() < 0.55 else self.plan.weighted(others)
                for _ in recipes
            ]
        need = SYRIANS_2017 - sum(
            len(h.recipe.later) for h in self._joining(2017) if h.nationality == "SY"
        )

        def size(r: Recipe) -> int:
            return len(r.initial) + (len(r.later) if r.later_year == 2017 else 0)

        # Families first, then single people fill the remainder exactly.
        order = sorted(range(len(recipes)), key=lambda i: (size(recipes[i]) == 1, i))
        out = [""] * len(recipes)
        for i in order:
            if 0 < size(recipes[i]) <= need and (
                size(recipes[i]) == 1 or self.plan.rng.random() < 0.9
            ):
                out[i] = "SY"
                need -= size(recipes[i])
            else:
                out[i] = self.plan.weighted(others)
        if need:
            raise AssertionError(f"cannot place {need} more Syrians in 2017")
        return out

    # -- one household -------------------------------------------------------------------
    def _home(self, recipe: Recipe, day: date, nationality: str) -> None:
        rng = self.plan.rng
        city = self.plan.weighted(CITY_WEIGHTS)
        prefixes, streets = CITIES[city]
        volunteer = self._contact_volunteer(day)
        letters = "".join(rng.choice("ABCDEGHJKLMNPRSTVWXZ") for _ in range(2))
        row = self.plan.add(
            HouseholdRecord,
            ref=None,
            housed_on=day,
            address=f"{rng.choice(streets)} {rng.randint(1, 180)}",
            # Dutch postcodes are four digits and two letters: 2651 JB.
            postcode=f"{rng.choice(prefixes)[:3]}{rng.randint(10, 99) % 10} {letters}",
            city=city,
            contact_volunteer_id=volunteer["id"] if volunteer else None,
            visit_interval_days=None,
            notes="",
        )
        family = rng.choice(PEOPLE[nationality][2])
        home = Home(row, nationality, family, recipe)
        self.people.homes.append(home)
        for role in recipe.initial:
            home.members.append(self._client(home, role, day))

    def _arrivals(self, year: int, *, same_year: bool = False) -> None:
        """The nareizigers of earlier households who are housed in `year`."""
        for home in self._joining(year):
            if (home.row["housed_on"].year == year) != same_year or home.later_members:
                continue
            first = max(date(year, 2, 1), home.row["housed_on"] + timedelta(days=120))
            day = self.plan.weekday_in(first, date(year, 12, 15))
            for role in home.recipe.later:
                member = self._client(home, role, day)
                home.members.append(member)
                home.later_members.append(member)

    def _contact_volunteer(self, day: date) -> dict | None:
        staying = [
            v
            for v in self.team.active(day)
            if v["active_until"] is None or v["active_until"] > day + timedelta(days=120)
        ]
        pool = staying or self.team.active(day)
        return self.plan.rng.choice(pool) if pool else None

    def _client(self, home: Home, role: str, housed_on: date) -> dict:
        rng = self.plan.rng
        males, females, families, languages = PEOPLE[home.nationality]
        head = home.head
        if role == "child":
            parents = [m for m in home.members if m["_adult"] and m["_age"] < 58]
            mothers = [m["_age"] for m in parents if m["sex"] == "F"]
            parent = max(mothers or [m["_age"] for m in parents] or [30])
            age = rng.randint(0, max(0, min(17, parent - 19)))
            sex = self._child_sexes.pop() if self._child_sexes else rng.choice("MF")
        else:
            age = rng.randint(*AGE_RANGES[role])
            if role == "woman" and head is not None:  # his wife, usually a little younger
                age = max(20, head["_age"] - rng.randint(-2, 8))
            sex = "M" if role in MALE_ROLES else "F"
        first = rng.choice(males if sex == "M" else females)
        if role in ("child", "adult_daughter") and home.nationality == "ER" and head:
            last = head["first_name"]  # Eritrean children carry their father's name
        elif role in ("woman", "elder", "single_woman") and home.members:
            last = rng.choice(families)  # a married woman keeps her own name
        else:
            last = home.family_name
        adult = age >= 18
        obliged = adult and age < 67
        row = self.plan.add(
            ClientRecord,
            ref=None,
            household_id=home.row["id"],
            first_name=first,
            last_name=last,
            birth_date=birth_date_for(rng, age, housed_on),
            sex=sex,
            nationality=home.nationality,
            housed_on=housed_on,
            v_number=self._v_number(),
            bsn="",
            phone=f"06-{rng.randint(10_000_000, 99_999_999)}" if adult else "",
            email="",
            languages=languages + (",en" if adult and rng.random() < 0.3 else ""),
            permit_type="asiel bepaalde tijd",
            permit_expires_on=housed_on + timedelta(days=5 * 365 - rng.randint(30, 300)),
            travel_document_expires_on=None,
            integration_obliged=obliged,
            pvt_required=obliged and housed_on >= date(2017, 10, 1),
            pvt_course_on=None,
            pvt_signed_on=None,
            contact_volunteer_id=home.row["contact_volunteer_id"],
            closed_on=None,
            close_reason="",
            anonymised_on=None,
            notes="",
            search_key="",
        )
        row["search_key"] = _search_key(row, home)
        # Planning-only fields, removed before the insert.
        row["_age"] = age
        row["_adult"] = adult
        self._pvt(row)
        done = add_months(housed_on, 18)
        if done <= LAST_DAY:
            row["closed_on"] = done
            row["close_reason"] = CloseReason.TRAJECTORY_ENDED.value
        self.people.clients.append(row)
        if adult:
            self.people.adult_ids.add(row["id"])
        return row

    def _pvt(self, row: dict) -> None:
        """Newcomers obliged to integrate from 1 October 2017 follow the PVT course."""
        if not row["pvt_required"]:
            return
        course = self.plan.weekday_in(
            row["housed_on"] + timedelta(days=21), row["housed_on"] + timedelta(days=75)
        )
        if course <= LAST_DAY:
            row["pvt_course_on"] = course
            signed = course + timedelta(days=self.plan.rng.choice((0, 0, 7, 14)))
            if signed <= LAST_DAY:
                row["pvt_signed_on"] = signed

    def _v_number(self) -> str:
        while True:
            number = str(self.plan.rng.randint(1_000_000_000, 9_999_999_999))
            if number not in self._v_numbers:
                self._v_numbers.add(number)
                return number

    def _name_variants(self) -> None:
        """Spelling variants a tolerant search must bring together."""
        homes = [h for h in self.people.homes if h.head is not None]
        syrians = [h for h in homes if h.nationality == "SY"]
        eritreans = [h for h in homes if h.nationality == "ER"]
        variants = [
            (syrians[0], "Mohammed", "Al Hassan"),
            (syrians[1], "Muhammad", "El-Hassan"),
            (eritreans[0], "Tesfaye", "Gebremedhin"),
            (eritreans[1], "Tesfay", "Gebremedhin"),
        ]
        for home, first, last in variants:
            head = home.head
            old_first, old_last = head["first_name"], head["last_name"]
            for member in home.members:
                if member is head:
                    member["first_name"], member["last_name"] = first, last
                elif member["last_name"] == (old_first if home.nationality == "ER" else old_last):
                    member["last_name"] = first if home.nationality == "ER" else last
                member["search_key"] = _search_key(member, home)
            home.family_name = last if home.nationality != "ER" else home.family_name


def _search_key(row: dict, home: Home) -> str:
    """The key the tolerant search looks in (domain/names.py), as the clients service makes it."""
    return client_search_key(
        row["first_name"],
        row["last_name"],
        v_number=row["v_number"],
        phone=row["phone"],
        address=home.row["address"],
        postcode=home.row["postcode"],
        city=home.row["city"],
    )


def plan_households(plan: Plan, team: Team) -> People:
    return HouseholdPlanner(plan, team).run()


def strip_planning_fields(people: People) -> None:
    strip_client_fields(people.clients)


def strip_client_fields(clients: list[dict]) -> None:
    for row in clients:
        row.pop("_age", None)
        row.pop("_adult", None)
