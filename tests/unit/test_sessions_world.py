"""A small team in a real file, shared by the session, contact and home-visit tests.

Records are written directly here (test set-up only); the tests then go
through the services, as the UI does.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta

from vwdesk.db.records import (
    ClientRecord,
    HouseholdRecord,
    LocationRecord,
    VolunteerRecord,
)

TODAY = date.today()


@dataclass
class World:
    office: int = 0
    hergerborch: int = 0
    anna: int = 0  # legal volunteer, in the pool, Mon/Wed/Fri
    bram: int = 0  # fixed contact person, not in the pool
    chris: int = 0  # pool volunteer
    dirk: int = 0  # left the team
    recent: int = 0  # household housed two months ago, every 6 weeks, never visited
    settled: int = 0  # household housed three years ago, every 30 days
    unwatched: int = 0  # household without a frequency
    clients: list[int] = field(default_factory=list)  # recent household's members first
    old_client: int = 0  # the settled household's main member


def build_world(ws) -> World:
    w = World()
    long_ago = TODAY - timedelta(days=3 * 365)
    with ws.unit() as s:

        def volunteer(first, last, **kw):
            rec = VolunteerRecord(
                first_name=first, last_name=last, active_from=date(2015, 1, 1), **kw
            )
            s.add(rec)
            s.flush()
            return rec.id

        w.anna = volunteer(
            "Anna",
            "de Vries",
            legal=True,
            home_visit_pool=True,
            availability="135",
            languages="nl, ar",
            area="Berkel",
        )
        w.bram = volunteer("Bram", "Jansen")
        w.chris = volunteer(
            "Chris",
            "Bakker",
            home_visit_pool=True,
            availability="24",
            languages="nl, en",
            area="Bergschenhoek",
        )
        w.dirk = volunteer("Dirk", "Smit", active_until=date(2016, 12, 31), home_visit_pool=True)
        for name in ("Kantoor", "De Hergerborch"):
            s.add(LocationRecord(name=name))
        s.flush()
        w.office = s.query(LocationRecord).filter_by(name="Kantoor").one().id
        w.hergerborch = s.query(LocationRecord).filter_by(name="De Hergerborch").one().id

        def household(housed_on, interval, contact, address):
            rec = HouseholdRecord(
                housed_on=housed_on,
                visit_interval_days=interval,
                contact_volunteer_id=contact,
                address=address,
            )
            s.add(rec)
            s.flush()
            return rec.id

        def client(hh, first, last, housed_on, birth=date(1985, 5, 5)):
            rec = ClientRecord(
                household_id=hh,
                first_name=first,
                last_name=last,
                birth_date=birth,
                sex="F",
                nationality="SY",
                housed_on=housed_on,
            )
            s.add(rec)
            s.flush()
            return rec.id

        recent_on = TODAY - timedelta(days=60)
        w.recent = household(recent_on, 42, w.bram, "Westersingel 4")
        w.settled = household(long_ago, 30, w.bram, "Oudeland 12")
        w.unwatched = household(long_ago, None, None, "Noordeind 1")
        first_names = ["Amal", "Yusuf", "Rania", "Omar", "Lina", "Sami", "Nour", "Karim"]
        for i, first in enumerate(first_names):
            w.clients.append(client(w.recent, first, "Haddad" if i < 4 else "Khalil", recent_on))
        w.old_client = client(w.settled, "Hiba", "Mansour", long_ago)
        client(w.unwatched, "Fadi", "Nasser", long_ago)
    return w


def test_the_world_builds(workspace):
    w = build_world(workspace)
    assert w.anna and w.recent and len(w.clients) == 8
