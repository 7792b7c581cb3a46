"""Tables of the work: locations, sessions, contacts, trajectories, projects, referrals, targets.

The rules of shared/spec/import-and-cli.md, table by table."""

from __future__ import annotations

from vwdesk.db.records import (
    ConsultationSessionRecord,
    ContactRecord,
    HousingTargetRecord,
    LocationRecord,
    ProjectMembershipRecord,
    ReferralRecord,
    TrajectoryRecord,
)
from vwdesk.domain.enums import ContactKind, ProjectRole
from vwdesk.services.importing.base import Row, TableImporter
from vwdesk.services.importing.context import BROKEN, name_key

ANONYMOUS_KIND = ContactKind.INFO_POINT.value
_BAD = object()  # a ref that is not known


class Locations(TableImporter):
    TABLE = "locations"
    RECORD = LocationRecord
    FIELDS = {"name": "name", "address": "address"}
    KEY_COLUMN = None
    IDENTITY = ("name",)

    def _update_columns(self) -> tuple[str, ...]:
        return ("address",) if "address" in self.present else ()  # a name is kept as stored

    def _stored_identity(self, stored: tuple):
        return name_key(stored[0])

    def identity(self, v: Row, values: dict[str, object]):
        return name_key(v["name"])

    def convert(self, v: Row, number: int):
        return {"name": v["name"], "address": v["address"]}

    def stored(self, v: Row, pk, state: str, number: int) -> str:
        self.ctx.locations.taken(v["name"], pk)
        return state


class Sessions(TableImporter):
    TABLE = "sessions"
    RECORD = ConsultationSessionRecord
    REGISTRY = "sessions"
    FIELDS = {
        "session_ref": "ref",
        "kind": "kind",
        "location": "location_id",
        "date": "date",
        "start": "start",
        "end": "end",
        "cancelled": "cancelled",
    }

    def convert(self, v: Row, number: int):
        if v["start"] and v["end"] and v["end"] <= v["start"]:
            self.problem(number, "end", f"end {v['end']} is not after start {v['start']}")
            return None
        values = {db: v[key] for key, db in self.FIELDS.items()}
        values["location_id"] = self.ctx.locations.resolve(v["location"])
        return values

    def stored(self, v: Row, pk, state: str, number: int) -> str:
        self.ctx.sessions[v["session_ref"]] = (pk, v["date"])
        return state


class Contacts(TableImporter):
    TABLE = "contacts"
    RECORD = ContactRecord
    FIELDS = {
        "date": "date",
        "kind": "kind",
        "channel": "channel",
        "client_ref": "client_id",
        "volunteer_ref": "volunteer_id",
        "session_ref": "session_id",
        "minutes": "minutes",
        "topics": "topics",
        "contact_ref": "ref",
    }

    def convert_columns(self, columns: dict[str, list]) -> list[tuple | None]:
        """`convert` for a chunk at once; a row that breaks a rule is left to `convert`."""
        ctx = self.ctx
        client = ctx.client_ids.get
        volunteer = ctx.volunteers.get
        session = ctx.sessions.get
        clients = [None if r is None else client(r, _BAD) for r in columns["client_ref"]]
        volunteers = [None if r is None else volunteer(r, _BAD) for r in columns["volunteer_ref"]]
        sessions = [None if r is None else session(r, _BAD) for r in columns["session_ref"]]
        out: list[tuple | None] = []
        add = out.append
        for day, kind, channel, client_id, volunteer_id, on, minutes, topics, ref in zip(
            columns["date"],
            columns["kind"],
            columns["channel"],
            clients,
            volunteers,
            sessions,
            columns["minutes"],
            columns["topics"],
            columns["contact_ref"],
            strict=True,
        ):
            if (
                client_id is _BAD
                or client_id is BROKEN
                or (client_id is None and kind != ANONYMOUS_KIND)
                or volunteer_id is _BAD
                or volunteer_id is BROKEN
                or (on is not None and (on is _BAD or on is BROKEN or on[1] != day))
                or (minutes is not None and minutes < 0)
            ):
                add(None)
            else:
                session_id = None if on is None else on[0]
                add((day, kind, channel, client_id, volunteer_id, session_id, minutes, topics, ref))
        return out

    def convert(self, v: Row, number: int):
        ctx = self.ctx
        ok = True
        client = None
        if v["client_ref"] is None:
            if v["kind"] != ANONYMOUS_KIND:
                self.problem(
                    number,
                    "client_ref",
                    f"client_ref is empty: only info_point contacts may be anonymous, "
                    f"not {v['kind']}",
                )
                ok = False
        else:
            client = self.ref(v, number, "client_ref", ctx.client_ids, "client")
            ok = ok and client is not None
        volunteer = self.ref(v, number, "volunteer_ref", ctx.volunteers, "volunteer")
        if v["volunteer_ref"] is not None and volunteer is None:
            ok = False
        session = None
        if v["session_ref"] is not None:
            found = self.ref(v, number, "session_ref", ctx.sessions, "session")
            if found is None:
                ok = False
            elif found[1] != v["date"]:
                self.problem(
                    number,
                    "date",
                    f"date {v['date']} differs from the date of "
                    f"session {v['session_ref']} ({found[1]})",
                )
                ok = False
            else:
                session = found[0]
        if v["minutes"] is not None and v["minutes"] < 0:
            self.problem(number, "minutes", f"minutes {v['minutes']} is less than 0")
            ok = False
        if not ok:
            return None
        return {
            "date": v["date"],
            "kind": v["kind"],
            "channel": v["channel"],
            "client_id": client,
            "volunteer_id": volunteer,
            "session_id": session,
            "minutes": v["minutes"],
            "topics": v["topics"],
            "ref": v["contact_ref"],
        }


class Trajectories(TableImporter):
    TABLE = "trajectories"
    RECORD = TrajectoryRecord
    FIELDS = {
        "client_ref": "client_id",
        "kind": "kind",
        "started_on": "started_on",
        "ended_on": "ended_on",
    }
    KEY_COLUMN = None
    IDENTITY = ("client_id", "kind", "started_on")

    def convert(self, v: Row, number: int):
        client = self.ref(v, number, "client_ref", self.ctx.clients, "client")
        ok = self.order(
            v,
            number,
            "started_on",
            "ended_on",
            "ended_on {ended_on} lies before started_on {started_on}",
        )
        if client is None or not ok:
            return None
        return {
            "client_id": client.id,
            "kind": v["kind"],
            "started_on": v["started_on"],
            "ended_on": v["ended_on"],
        }


class Projects(TableImporter):
    TABLE = "projects"
    RECORD = ProjectMembershipRecord
    FIELDS = {
        "project": "project_id",
        "person_ref": ("client_id", "volunteer_id"),
        "role": "role",
        "from": "from_on",
        "until": "until_on",
    }
    KEY_COLUMN = None
    REPEATS = True
    IDENTITY = ("project_id", "client_id", "volunteer_id", "role", "from_on")

    def convert(self, v: Row, number: int):
        ctx = self.ctx
        ref = v["person_ref"]
        client = ctx.clients.get(ref)
        volunteer = ctx.volunteers.get(ref)
        if BROKEN in (client, volunteer):
            return None  # that row has a problem of its own
        if client is not None and volunteer is not None:
            # A ref used for both: participants are clients, trainers and coaches team members.
            if v["role"] == ProjectRole.PARTICIPANT.value:
                volunteer = None
            else:
                client = None
        if client is None and volunteer is None:
            self.problem(
                number,
                "person_ref",
                f"person_ref {ref} is not a client or volunteer of this file or of vwdesk",
            )
            return None
        if not self.order(v, number, "from", "until", "until {until} lies before from {from}"):
            return None
        return {
            "project_id": ctx.projects.resolve(v["project"]),
            "client_id": client.id if client else None,
            "volunteer_id": volunteer,
            "role": v["role"],
            "from_on": v["from"],
            "until_on": v["until"],
        }


class Referrals(TableImporter):
    TABLE = "referrals"
    RECORD = ReferralRecord
    FIELDS = {
        "client_ref": "client_id",
        "partner": "partner_id",
        "date": "date",
        "reason": "reason",
    }
    KEY_COLUMN = None
    REPEATS = True
    IDENTITY = ("client_id", "partner_id", "date")

    def convert(self, v: Row, number: int):
        client = self.ref(v, number, "client_ref", self.ctx.clients, "client")
        if client is None:
            return None
        return {
            "client_id": client.id,
            "partner_id": self.ctx.partners.resolve(v["partner"]),
            "date": v["date"],
            "reason": v["reason"],
        }


class Targets(TableImporter):
    TABLE = "targets"
    RECORD = HousingTargetRecord
    FIELDS = {"year": "year", "target": "target", "opening_backlog": "opening_backlog"}
    KEY_COLUMN = "year"

    def convert(self, v: Row, number: int):
        if not 1990 <= v["year"] <= 2100:
            self.problem(number, "year", f"year {v['year']} is not a year")
            return None
        if v["target"] < 0:
            self.problem(number, "target", f"target {v['target']} is less than 0")
            return None
        return {db: v[key] for key, db in self.FIELDS.items()}
