"""Synthetic national-scale data: the team, households and clients, locations and sessions.

Ten years (2016-2025) of a made-up national team, written through bench/bulk.py.
The shapes follow the demo's (households housed in waves, contacts mostly in a
client's first two years, sessions weekly per location, dossiers of adults),
at scale; the names come from the demo's lists plus syllable-built family
names, so the search meets both very common and rare names. Ids are assigned
here, in chronological order, so the tables refer to each other without
reading back. Deterministic for a seed. Contacts are in bench/contacts.py,
dossiers, trajectories, checklists and the rest in bench/casework.py.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import date

from bench.bulk import Bulk
from vwdesk.db.records import (
    ClientRecord,
    ConsultationScheduleRecord,
    ConsultationSessionRecord,
    HouseholdRecord,
    LocationRecord,
    VolunteerRecord,
)
from vwdesk.domain.names import client_search_key
from vwdesk.services.demo.names import (
    CITIES,
    PEOPLE,
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
# fmt: off
SYLLABLES = (
    "ab", "dul", "ra", "him", "ka", "rim", "sa", "lem", "ha", "mid", "za", "her", "na", "sir",
    "ya", "sin", "ta", "rek", "fa", "rid", "ma", "jid", "ba", "shir", "ga", "dir", "te", "kle",
    "ge", "bre", "ha", "go", "wel", "du", "mus", "ta", "fa", "nu", "ri", "que", "hu",
)
# fmt: on
# fmt: off
CITY_NAMES = (
    "Amsterdam", "Rotterdam", "Den Haag", "Utrecht", "Eindhoven", "Groningen", "Tilburg", "Almere",
    "Breda", "Nijmegen", "Apeldoorn", "Arnhem", "Haarlem", "Enschede", "Amersfoort", "Zaanstad",
    "Den Bosch", "Zwolle", "Leiden", "Maastricht", "Dordrecht", "Zoetermeer", "Emmen", "Ede",
    "Deventer", "Delft", "Venlo", "Leeuwarden", "Helmond", "Lansingerland",
)
# fmt: on
STREETS = tuple(s for _prefixes, streets in CITIES.values() for s in streets)
SESSION_KINDS = ("social_guidance", "legal", "info_point", "walk_in")
KINDS = (("social_guidance", 62), ("legal", 23), ("info_point", 15))
CHANNELS = (("consultation", 50), ("phone", 25), ("home_visit", 10), ("email", 10), ("other", 5))
PROJECTS = ("VIP", "Taalmaatje", "Werkfit", "Samen Koken", "Fietsles")


def iso(ordinal: int) -> str:
    return date.fromordinal(ordinal).isoformat()


def apportion(total: int, weights: list[float]) -> list[int]:
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

    per_year = apportion(n["households"], list(YEAR_WEIGHTS))
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
