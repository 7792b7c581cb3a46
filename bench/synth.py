"""Synthetic national-scale data: households, clients, the team, sessions, contacts, casework.

Ten years (2016-2025) of a made-up national team, written through bench/bulk.py.
The shapes follow the demo's (households housed in waves, contacts mostly in a
client's first two years, sessions weekly per location, dossiers of adults),
at scale; the names come from the demo's lists plus syllable-built family
names, so the search meets both very common and rare names. Ids are assigned
here, in chronological order, so the tables refer to each other without
reading back. Deterministic for a seed.
"""

from __future__ import annotations

import bisect
import csv
import random
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from bench.bulk import Bulk
from vwdesk.db.records import (
    ChecklistItemRecord,
    ChecklistRecord,
    ClientRecord,
    ConsultationScheduleRecord,
    ConsultationSessionRecord,
    ContactRecord,
    FamilyMemberRecord,
    HouseholdRecord,
    HousingTargetRecord,
    LocationRecord,
    PlannedVisitRecord,
    ProcedureStepRecord,
    ProjectMembershipRecord,
    ProjectRecord,
    ReferralRecord,
    ReunificationDossierRecord,
    TrajectoryRecord,
    VolunteerRecord,
)
from vwdesk.domain.checklists import PAYMENT_ARRANGEMENT
from vwdesk.domain.names import client_search_key
from vwdesk.services.demo.names import (
    CITIES,
    CREDITORS,
    PEOPLE,
    REFERRAL_REASONS,
    TOPICS,
    VOLUNTEER_FIRST,
    VOLUNTEER_LAST,
)

FIRST_YEAR, YEARS = 2016, 10
LAST_YEAR = FIRST_YEAR + YEARS - 1
START = date(FIRST_YEAR, 1, 1).toordinal()
END = date(LAST_YEAR, 12, 31).toordinal()
# Households housed per year, relative (the 2016 wave, a dip, the 2022-2023 rise).
YEAR_WEIGHTS = (1.5, 1.0, 0.8, 0.8, 0.7, 0.9, 1.2, 1.3, 1.1, 0.9)
NATIONALITIES = (("SY", 45), ("ER", 20), ("AF", 10), ("IR", 5), ("IQ", 8), ("SO", 7), ("YE", 5))
SYLLABLES = (
    "ab",
    "dul",
    "ra",
    "him",
    "ka",
    "rim",
    "sa",
    "lem",
    "ha",
    "mid",
    "za",
    "her",
    "na",
    "sir",
    "ya",
    "sin",
    "ta",
    "rek",
    "fa",
    "rid",
    "ma",
    "jid",
    "ba",
    "shir",
    "ga",
    "dir",
    "te",
    "kle",
    "ge",
    "bre",
    "ha",
    "go",
    "wel",
    "du",
    "mus",
    "ta",
    "fa",
    "nu",
    "ri",
    "que",
    "hu",
)
CITY_NAMES = (
    "Amsterdam",
    "Rotterdam",
    "Den Haag",
    "Utrecht",
    "Eindhoven",
    "Groningen",
    "Tilburg",
    "Almere",
    "Breda",
    "Nijmegen",
    "Apeldoorn",
    "Arnhem",
    "Haarlem",
    "Enschede",
    "Amersfoort",
    "Zaanstad",
    "Den Bosch",
    "Zwolle",
    "Leiden",
    "Maastricht",
    "Dordrecht",
    "Zoetermeer",
    "Emmen",
    "Ede",
    "Deventer",
    "Delft",
    "Venlo",
    "Leeuwarden",
    "Helmond",
    "Lansingerland",
)
STREETS = tuple(s for _prefixes, streets in CITIES.values() for s in streets)
SESSION_KINDS = ("social_guidance", "legal", "info_point", "walk_in")
KINDS = (("social_guidance", 62), ("legal", 23), ("info_point", 15))
CHANNELS = (("consultation", 50), ("phone", 25), ("home_visit", 10), ("email", 10), ("other", 5))
PROJECTS = ("VIP", "Taalmaatje", "Werkfit", "Samen Koken", "Fietsles")


def iso(ordinal: int) -> str:
    return date.fromordinal(ordinal).isoformat()


def _apportion(total: int, weights: list[float]) -> list[int]:
    """Whole counts proportional to weights, summing to `total` exactly."""
    whole = sum(weights)
    out, carry = [], 0.0
    for w in weights:
        carry += total * w / whole
        n = int(carry)
        carry -= n
        out.append(n)
    out[-1] += total - sum(out)
    return out


@dataclass
class Client:
    id: int
    ref: str
    household: int
    housed: int
    born: int
    adult: bool
    nationality: str
    first_name: str
    last_name: str


@dataclass
class World:
    """What the later tables need of the earlier ones."""

    rng: random.Random
    counts: dict[str, int]
    clients: list[Client] = field(default_factory=list)
    households: list[tuple[int, str, int, str]] = field(
        default_factory=list
    )  # id, ref, housed, nat
    volunteers: list[tuple[int, str, int, int]] = field(
        default_factory=list
    )  # id, ref, from, until
    sessions: dict[int, list[tuple[int, str, str]]] = field(
        default_factory=dict
    )  # day -> id,kind,ref
    partners: list[int] = field(default_factory=list)
    templates: dict[str, tuple[int, list[tuple[int, str, str, int]]]] = field(default_factory=dict)
    _active: dict[int, list] = field(default_factory=dict)

    def active_volunteers(self, day: int) -> list[tuple[int, str, int, int]]:
        """The team active on a day (by month: close enough, and 30 times cheaper)."""
        month = day // 30
        found = self._active.get(month)
        if found is None:
            day = month * 30
            found = [v for v in self.volunteers if v[2] <= day <= v[3]] or self.volunteers
            self._active[month] = found
        return found


def _family_name(rng: random.Random, names: tuple[str, ...]) -> str:
    if rng.random() < 0.4:
        return rng.choice(names)
    n = rng.choice((2, 2, 3))
    stem = "".join(rng.choice(SYLLABLES) for _ in range(n)).capitalize()
    return f"Al {stem}" if rng.random() < 0.15 else stem


def people(bulk: Bulk, w: World) -> None:
    """Volunteers, households and their clients (with search keys)."""
    rng, n = w.rng, w.counts
    v_rows = []
    for i in range(1, n["volunteers"] + 1):
        start = rng.randint(START - 4 * 365, END - 60)
        until = start + rng.randint(365, 6 * 365) if rng.random() < 0.55 else None
        paid = rng.random() < 0.04
        role = "team_leader" if rng.random() < 0.03 else "volunteer"
        v_rows.append(
            (
                i,
                f"V{i:05d}",
                rng.choice(VOLUNTEER_FIRST),
                rng.choice(VOLUNTEER_LAST),
                iso(start),
                None if until is None or until > END else iso(until),
                role,
                paid,
                rng.random() < 0.3,
                rng.random() < 0.1,
                "135",
            )
        )
        w.volunteers.append((i, f"V{i:05d}", start, until if until and until <= END else 10**7))
    bulk.insert(
        VolunteerRecord.__table__,
        (
            "id",
            "ref",
            "first_name",
            "last_name",
            "active_from",
            "active_until",
            "role",
            "paid",
            "home_visit_pool",
            "legal",
            "availability",
        ),
        v_rows,
    )

    per_year = _apportion(n["households"], list(YEAR_WEIGHTS))
    housed_days = sorted(
        rng.randint(date(y, 1, 1).toordinal(), date(y, 12, 31).toordinal())
        for y, k in zip(range(FIRST_YEAR, LAST_YEAR + 1), per_year, strict=True)
        for _ in range(k)
    )
    sizes = [1] * n["households"]
    families = [i for i in range(n["households"]) if rng.random() >= 0.35] or [0]
    for i in rng.choices(families, k=n["clients"] - n["households"]):
        sizes[i] += 1
    nat_codes, nat_weights = zip(*NATIONALITIES, strict=True)
    h_rows, c_rows = [], []
    cid = 0
    for hid, (housed, size) in enumerate(zip(housed_days, sizes, strict=True), start=1):
        nat = rng.choices(nat_codes, nat_weights)[0]
        male, female, family, langs = PEOPLE[nat]
        city = rng.choice(CITY_NAMES)
        address = f"{rng.choice(STREETS)} {rng.randint(1, 250)}"
        postcode = f"{rng.randint(1000, 9999)} {chr(65 + rng.randint(0, 25))}{chr(65 + hid % 26)}"
        volunteer = rng.choice(w.active_volunteers(housed))[0] if rng.random() < 0.7 else None
        ref = f"H{hid:06d}"
        h_rows.append((hid, ref, iso(housed), address, postcode, city, volunteer))
        w.households.append((hid, ref, housed, nat))
        last = _family_name(rng, family)
        for m in range(size):
            cid += 1
            adult = m == 0 or (m == 1 and rng.random() < 0.75) or rng.random() < 0.08
            age = rng.randint(19, 60) if adult else rng.randint(0, 17)
            if m == 0:
                sex = head = "M" if rng.random() < 0.7 else "F"
            elif m == 1 and adult:
                sex = "F" if head == "M" else "M"
            else:
                sex = rng.choice("MF")
            if rng.random() < 0.005:
                sex = "X"
            first = rng.choice(male if sex == "M" else female if sex == "F" else male + female)
            joined = housed
            if m > 0 and rng.random() < 0.15:
                joined = min(END, housed + rng.randint(100, 600))
            born = joined - age * 365 - rng.randint(0, 364)
            closed = None
            if joined < END - 3 * 365 and rng.random() < 0.5:
                closed = joined + 3 * 365 + rng.randint(0, 365)
                closed = None if closed > END else closed
            pvt = joined + rng.randint(60, 300) if adult and rng.random() < 0.7 else None
            v_number = f"{rng.randint(10**9, 10**10 - 1)}"
            phone = f"06{rng.randint(10**7, 10**8 - 1)}" if adult else ""
            key = client_search_key(
                first,
                last,
                v_number=v_number,
                phone=phone,
                address=address,
                postcode=postcode,
                city=city,
            )
            c_rows.append(
                (
                    cid,
                    f"P{cid:07d}",
                    hid,
                    first,
                    last,
                    iso(born),
                    sex,
                    nat,
                    iso(joined),
                    v_number,
                    phone,
                    langs,
                    adult,
                    iso(pvt) if pvt and pvt <= END else None,
                    iso(closed) if closed else None,
                    key,
                )
            )
            w.clients.append(Client(cid, f"P{cid:07d}", hid, joined, born, adult, nat, first, last))
    bulk.insert(
        HouseholdRecord.__table__,
        ("id", "ref", "housed_on", "address", "postcode", "city", "contact_volunteer_id"),
        h_rows,
    )
    bulk.insert(
        ClientRecord.__table__,
        (
            "id",
            "ref",
            "household_id",
            "first_name",
            "last_name",
            "birth_date",
            "sex",
            "nationality",
            "housed_on",
            "v_number",
            "phone",
            "languages",
            "pvt_required",
            "pvt_signed_on",
            "closed_on",
            "search_key",
        ),
        c_rows,
    )


def sessions(bulk: Bulk, w: World) -> None:
    rng = w.rng
    loc_rows, sched_rows, sess_rows = [], [], []
    sid = 0
    for lid in range(1, w.counts["locations"] + 1):
        loc_rows.append((lid, f"Spreekuur {CITY_NAMES[(lid - 1) % len(CITY_NAMES)]} {lid}"))
        for s in range(2):
            sched = (lid - 1) * 2 + s + 1
            kind = SESSION_KINDS[(lid + s) % len(SESSION_KINDS)]
            weekday = 1 + (lid + 2 * s) % 5
            sched_rows.append((sched, kind, lid, weekday, "09:30", "12:00", iso(START), ""))
            day = START + (weekday - 1 - date.fromordinal(START).weekday()) % 7
            while day <= END:
                sid += 1
                cancelled = rng.random() < 0.03
                sess_rows.append(
                    (sid, f"S{sid:07d}", sched, kind, lid, iso(day), "09:30", "12:00", cancelled)
                )
                if not cancelled:
                    w.sessions.setdefault(day, []).append((sid, kind, f"S{sid:07d}"))
                day += 7
    bulk.insert(LocationRecord.__table__, ("id", "name"), loc_rows)
    bulk.insert(
        ConsultationScheduleRecord.__table__,
        ("id", "kind", "location_id", "weekday", "start", "end", "valid_from", "staffing"),
        sched_rows,
    )
    bulk.insert(
        ConsultationSessionRecord.__table__,
        ("id", "ref", "schedule_id", "kind", "location_id", "date", "start", "end", "cancelled"),
        sess_rows,
    )


class ContactMaker:
    """Contacts of a day: mostly of clients housed in the last two years, some anonymous."""

    def __init__(self, w: World):
        self.w = w
        self.rng = w.rng
        order = sorted(w.clients, key=lambda c: c.housed)
        self.by_housing = order
        self.housed = [c.housed for c in order]
        self.kinds, self.kind_weights = zip(*KINDS, strict=True)
        self.channels, self.channel_weights = zip(*CHANNELS, strict=True)

    def weights(self, first: int, last: int) -> list[float]:
        out = []
        for day in range(first, last + 1):
            k = bisect.bisect_right(self.housed, day)
            recent = k - bisect.bisect_right(self.housed, day - 730)
            weekday = date.fromordinal(day).weekday() < 5
            out.append((recent + 0.1 * k + 50) * (1.0 if weekday else 0.1))
        return out

    def day(self, day: int, count: int):
        """(client, volunteer, session, kind, channel, minutes, topics) of `count` contacts."""
        rng = self.rng
        k = bisect.bisect_right(self.housed, day)
        lo = bisect.bisect_right(self.housed, day - 730)
        kinds = rng.choices(self.kinds, self.kind_weights, k=count)
        channels = rng.choices(self.channels, self.channel_weights, k=count)
        todays = self.w.sessions.get(day, ())
        team = self.w.active_volunteers(day)
        for kind, channel in zip(kinds, channels, strict=True):
            client = None
            if k and not (kind == "info_point" and rng.random() < 0.3):
                j = rng.randrange(lo, k) if lo < k and rng.random() < 0.8 else rng.randrange(k)
                client = self.by_housing[j]
            elif not k:
                kind = "info_point"
            if channel == "home_visit" and kind != "social_guidance":
                channel = "phone"
            session = None
            if channel == "consultation" and todays and rng.random() < 0.75:
                session = rng.choice(todays)
                if session[1] != "walk_in" and (client is not None or session[1] == "info_point"):
                    kind = session[1]
            volunteer = rng.choice(team) if rng.random() < 0.9 else None
            minutes = rng.choice((None, 15, 30, 30, 45, 60))
            yield client, volunteer, session, kind, channel, minutes, rng.choice(TOPICS[kind])


def contacts(bulk: Bulk, w: World) -> None:
    maker = ContactMaker(w)
    per_day = _apportion(w.counts["contacts"], maker.weights(START, END))
    migrated_until = date(2019, 1, 1).toordinal()  # contacts before 2019 came from spreadsheets

    def rows():
        n = 0
        for day, count in zip(range(START, END + 1), per_day, strict=True):
            when = iso(day)
            for client, vol, session, kind, channel, minutes, topics in maker.day(day, count):
                n += 1
                yield (
                    f"K{n:08d}" if day < migrated_until else None,
                    when,
                    kind,
                    channel,
                    client.id if client else None,
                    vol[0] if vol else None,
                    session[0] if session else None,
                    minutes,
                    topics,
                )

    with bulk.without_indexes("contact"):
        bulk.insert(
            ContactRecord.__table__,
            (
                "ref",
                "date",
                "kind",
                "channel",
                "client_id",
                "volunteer_id",
                "session_id",
                "minutes",
                "topics",
            ),
            rows(),
        )


def import_csv(w: World, folder: Path, rows: int) -> Path:
    """contacts.csv for the import measure: the last two years, refs of this file."""
    maker = ContactMaker(w)
    first = END - 2 * 365
    per_day = _apportion(rows, maker.weights(first, END))
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "contacts.csv"
    with path.open("w", newline="", encoding="utf-8") as fh:
        out = csv.writer(fh)
        out.writerow(
            (
                "contact_ref",
                "date",
                "kind",
                "channel",
                "client_ref",
                "volunteer_ref",
                "session_ref",
                "minutes",
                "topics",
            )
        )
        n = 0
        for day, count in zip(range(first, END + 1), per_day, strict=True):
            when = iso(day)
            for client, vol, session, kind, channel, minutes, topics in maker.day(day, count):
                n += 1
                out.writerow(
                    (
                        f"I{n:08d}",
                        when,
                        kind,
                        channel,
                        client.ref if client else "",
                        vol[1] if vol else "",
                        session[2] if session else "",
                        "" if minutes is None else minutes,
                        topics,
                    )
                )
    return path


def casework(bulk: Bulk, w: World) -> None:
    """Dossiers with family and steps, trajectories, referrals, projects, targets, visits."""
    rng, n = w.rng, w.counts
    adults = [c for c in w.clients if c.adult]
    d_rows, f_rows, s_rows = [], [], []
    for did, c in enumerate(sorted(rng.sample(adults, n["dossiers"]), key=lambda c: c.housed), 1):
        opened = min(END - rng.randint(0, 90), c.housed + rng.randint(0, 200))
        closed = opened + rng.randint(90, 540) if rng.random() < 0.75 else None
        closed = None if closed is not None and closed > END else closed
        outcome = rng.choices(("successful", "rejected", "withdrawn"), (7, 2, 1))[0]
        d_rows.append(
            (
                did,
                f"D{did:06d}",
                c.id,
                iso(opened),
                rng.random() < 0.1,
                iso(closed) if closed else None,
                outcome if closed else None,
            )
        )
        for _ in range(rng.randint(1, 4)):
            relation = rng.choice(("partner", "child", "child", "parent"))
            born = opened - rng.randint(1, 60) * 365
            f_rows.append(
                (
                    did,
                    f"{rng.choice(PEOPLE[c.nationality][1])} {c.last_name}",
                    relation,
                    iso(born),
                    c.nationality,
                )
            )
        steps = [("permit", opened - 30), ("preparing", opened), ("submitted", opened + 30)]
        if closed:
            steps.append(("decision" if outcome == "successful" else "refusal", closed))
        s_rows += [(did, step, iso(min(day, END))) for step, day in steps]
    bulk.insert(
        ReunificationDossierRecord.__table__,
        ("id", "ref", "client_id", "opened_on", "nidos", "closed_on", "outcome"),
        d_rows,
    )
    bulk.insert(
        FamilyMemberRecord.__table__,
        ("dossier_id", "name", "relation", "birth_date", "country"),
        f_rows,
    )
    bulk.insert(ProcedureStepRecord.__table__, ("dossier_id", "step", "date"), s_rows)

    t_rows = []
    integrating = []
    for c in adults:
        ended = c.housed + 365
        t_rows.append((c.id, "settlement", iso(c.housed), iso(ended) if ended <= END else None))
        start = c.housed + 365 + rng.randint(0, 60)
        if start <= END and rng.random() < 0.75:
            t_rows.append(
                (c.id, "integration", iso(start), iso(start + 365) if start + 365 <= END else None)
            )
            integrating.append((c, start))
    bulk.insert(TrajectoryRecord.__table__, ("client_id", "kind", "started_on", "ended_on"), t_rows)
    checklists(bulk, w, integrating)

    r_rows = []
    reasons = list(REFERRAL_REASONS.values())
    for _ in range(n["referrals"]):
        c = rng.choice(w.clients)
        day = min(END, c.housed + rng.randint(0, 700))
        r_rows.append((c.id, rng.choice(w.partners), iso(day), rng.choice(reasons)))
    r_rows.sort(key=lambda r: r[2])
    bulk.insert(ReferralRecord.__table__, ("client_id", "partner_id", "date", "reason"), r_rows)

    bulk.insert(ProjectRecord.__table__, ("id", "name"), list(enumerate(PROJECTS, 1)))
    m_rows = []
    for _ in range(n["participants"]):
        c = rng.choice(adults)
        start = min(END - 30, c.housed + rng.randint(30, 900))
        until = start + rng.randint(90, 300)
        m_rows.append(
            (
                rng.randint(1, len(PROJECTS)),
                c.id,
                None,
                "participant",
                iso(start),
                iso(until) if until <= END else None,
            )
        )
    for year in range(FIRST_YEAR, LAST_YEAR + 1):
        day = date(year, 3, 1).toordinal()
        for project in range(1, len(PROJECTS) + 1):
            for role, k in (("trainer", 2), ("coach", 5)):
                team = w.active_volunteers(day)
                for v in rng.sample(team, min(k, len(team))):
                    m_rows.append((project, None, v[0], role, iso(day), iso(day + 300)))
    bulk.insert(
        ProjectMembershipRecord.__table__,
        ("project_id", "client_id", "volunteer_id", "role", "from_on", "until_on"),
        m_rows,
    )

    housed_per_year: dict[int, int] = {}
    for c in w.clients:
        y = date.fromordinal(c.housed).year
        housed_per_year[y] = housed_per_year.get(y, 0) + 1
    bulk.insert(
        HousingTargetRecord.__table__,
        ("year", "target", "opening_backlog"),
        [
            (
                y,
                round(housed_per_year.get(y, 0) * rng.uniform(0.9, 1.1)),
                max(1, n["clients"] // 200) if y == FIRST_YEAR else None,
            )
            for y in range(FIRST_YEAR, LAST_YEAR + 1)
        ],
    )
    recent = [h for h in w.households if h[2] > END - 2 * 365] or w.households
    p_rows = []
    for _ in range(n["planned_visits"]):
        h = rng.choice(recent)
        p_rows.append(
            (h[0], iso(END - 180 + rng.randint(0, 540)), rng.choice(w.active_volunteers(END))[0])
        )
    bulk.insert(
        PlannedVisitRecord.__table__, ("household_id", "planned_on", "volunteer_id"), p_rows
    )


def checklists(bulk: Bulk, w: World, integrating: list[tuple[Client, int]]) -> None:
    """Settlement per household, integration per integrating adult, debt prevention for some."""
    rng = w.rng
    c_rows, i_rows = [], []
    cid = 0

    def add(template: str, household: int | None, client: int | None, start: int) -> None:
        nonlocal cid
        cid += 1
        tid, items = w.templates[template]
        c_rows.append((cid, tid, household, client, iso(start)))
        for position, key, title, when_needed in items:
            done_on = start + rng.randint(7, 400)
            status, creditor, amount, monthly = "open", "", None, None
            if when_needed and rng.random() > (0.3 if key == PAYMENT_ARRANGEMENT else 0.05):
                status, done_on = "n/a", None
            elif done_on <= END and rng.random() < 0.8:
                status = "done"
                if key == PAYMENT_ARRANGEMENT:
                    creditor = rng.choice(CREDITORS)
                    amount, monthly = rng.randint(100, 5000) * 100, rng.randint(10, 100) * 100
            else:
                done_on = None
            i_rows.append(
                (
                    cid,
                    position,
                    key,
                    title,
                    status,
                    iso(done_on) if done_on else None,
                    creditor,
                    amount,
                    monthly,
                )
            )

    for hid, _ref, housed, _nat in w.households:
        add("settlement", hid, None, housed)
        if rng.random() < 0.25:
            add("debt_prevention", hid, None, min(END, housed + rng.randint(60, 700)))
    for c, start in integrating:
        if rng.random() < 0.6:
            add("integration", None, c.id, start)
    bulk.insert(
        ChecklistRecord.__table__,
        ("id", "template_id", "household_id", "client_id", "started_on"),
        c_rows,
    )
    with bulk.without_indexes("checklist_item"):
        bulk.insert(
            ChecklistItemRecord.__table__,
            (
                "checklist_id",
                "position",
                "key",
                "title",
                "status",
                "done_on",
                "creditor",
                "amount_cents",
                "monthly_cents",
            ),
            i_rows,
        )


def load_shipped(raw, w: World) -> None:
    """The file's own partners and current templates (seeded by Workspace.create)."""
    w.partners = [r[0] for r in raw.execute("SELECT id FROM partner ORDER BY id")]
    rows = raw.execute(
        "SELECT t.key, t.id, i.position, i.key, i.title, i.when_needed "
        "FROM checklist_template t JOIN checklist_template_item i ON i.template_id = t.id "
        "WHERE t.current = 1 ORDER BY t.key, i.position"
    ).fetchall()
    for key, tid, position, item_key, title, when_needed in rows:
        w.templates.setdefault(key, (tid, []))[1].append((position, item_key, title, when_needed))


def search_names(w: World) -> list[str]:
    """What the keystroke measure types: a very common name, and one client's own."""
    rng = random.Random(7)
    c = rng.choice(w.clients)
    return ["Mohammed Al Hassan", f"{c.first_name} {c.last_name}"]
