"""Two million contacts: mostly of clients in their first two years, some anonymous.

Contacts are made day by day, in date order (as a team logs them), so the
file's rowids follow the dates as a real file's do. Those before 2019 carry a
contact_ref (they came from the spreadsheets), later ones none. The same maker
writes the import measure's contacts.csv, with the refs of this file.
"""

from __future__ import annotations

import bisect
import csv
from datetime import date
from pathlib import Path

from bench.bulk import Bulk
from bench.synth import CHANNELS, END, KINDS, START, World, apportion, iso
from vwdesk.db.records import ContactRecord
from vwdesk.services.demo.names import TOPICS


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
    per_day = apportion(w.counts["contacts"], maker.weights(START, END))
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
    per_day = apportion(rows, maker.weights(first, END))
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
