"""Tables of people: households, volunteers and clients.

The rules of shared/spec/import-and-cli.md, table by table."""

from __future__ import annotations

from vwdesk.db.records import (
    ClientRecord,
    HouseholdRecord,
    VolunteerRecord,
)
from vwdesk.services.importing.base import Row, TableImporter
from vwdesk.services.importing.context import BROKEN, ClientRef
from vwdesk.services.importing.store import UPDATED


class Households(TableImporter):
    TABLE = "households"
    RECORD = HouseholdRecord
    REGISTRY = "households"
    FIELDS = {
        "household_ref": "ref",
        "housed_on": "housed_on",
        "address": "address",
        "postcode": "postcode",
        "city": "city",
    }

    def convert(self, v: Row, number: int):
        return {
            "ref": v["household_ref"],
            "housed_on": v["housed_on"],
            "address": v["address"],
            "postcode": v["postcode"],
            "city": v["city"],
        }

    def stored(self, v: Row, pk, state: str, number: int) -> str:
        self.ctx.households[v["household_ref"]] = (pk, v["housed_on"])
        if state == UPDATED:
            self.ctx.touched_households.add(pk)
        return state


class Volunteers(TableImporter):
    TABLE = "volunteers"
    RECORD = VolunteerRecord
    REGISTRY = "volunteers"
    FIELDS = {
        "volunteer_ref": "ref",
        "first_name": "first_name",
        "last_name": "last_name",
        "active_from": "active_from",
        "active_until": "active_until",
        "role": "role",
        "paid": "paid",
        "home_visit_pool": "home_visit_pool",
        "legal": "legal",
        "languages": "languages",
        "area": "area",
        "phone": "phone",
        "email": "email",
        "trained": "trained",
        "available_days": "availability",
    }

    def convert(self, v: Row, number: int):
        if not self.order(
            v,
            number,
            "active_from",
            "active_until",
            "active_until {active_until} lies before active_from {active_from}",
        ):
            return None
        return {db: v[key] for key, db in self.FIELDS.items()}

    def stored(self, v: Row, pk, state: str, number: int) -> str:
        self.ctx.volunteers[v["volunteer_ref"]] = pk
        return state


class Clients(TableImporter):
    TABLE = "clients"
    RECORD = ClientRecord
    REGISTRY = "clients"
    FIELDS = {
        "client_ref": "ref",
        "household_ref": "household_id",
        "first_name": "first_name",
        "last_name": "last_name",
        "birth_date": "birth_date",
        "sex": "sex",
        "nationality": "nationality",
        "housed_on": "housed_on",
        "v_number": "v_number",
        "phone": "phone",
        "language": "languages",
        "contact_volunteer_ref": "contact_volunteer_id",
        "closed_on": "closed_on",
        "email": "email",
        "pvt_course_on": "pvt_course_on",
        "pvt_signed_on": "pvt_signed_on",
    }

    def convert(self, v: Row, number: int):
        ctx = self.ctx
        ok = True
        known = ctx.clients.get(v["client_ref"])
        if known is not None and known is not BROKEN and known.anonymised:
            self.problem(
                number,
                "client_ref",
                f"client_ref {v['client_ref']} was anonymised; "
                "remove this row so the names stay removed",
            )
            ok = False
        household = self.ref(v, number, "household_ref", ctx.households, "household")
        volunteer = self.ref(v, number, "contact_volunteer_ref", ctx.volunteers, "volunteer")
        if v["contact_volunteer_ref"] is not None and volunteer is None:
            ok = False
        if household is None:
            return None
        housed_on = v["housed_on"] or household[1]
        if v["housed_on"] is not None and v["housed_on"] < v["birth_date"]:
            self.problem(
                number,
                "housed_on",
                f"housed_on {v['housed_on']} lies before birth_date {v['birth_date']}",
            )
            ok = False
        if v["closed_on"] is not None and v["closed_on"] < housed_on:
            self.problem(
                number,
                "closed_on",
                f"closed_on {v['closed_on']} lies before the housing date {housed_on}",
            )
            ok = False
        ok = (
            self.order(
                v,
                number,
                "pvt_course_on",
                "pvt_signed_on",
                "pvt_signed_on {pvt_signed_on} lies before pvt_course_on {pvt_course_on}",
            )
            and ok
        )
        if not ok:
            return None
        values = {db: v[key] for key, db in self.FIELDS.items()}
        values.update(
            household_id=household[0], housed_on=housed_on, contact_volunteer_id=volunteer
        )
        return values

    def stored(self, v: Row, pk, state: str, number: int) -> str:
        self.ctx.clients[v["client_ref"]] = ClientRef(
            pk, self.ctx.households[v["household_ref"]][0]
        )
        if state != "unchanged":
            self.ctx.touched_clients.add(pk)
        return state
