"""Tables of casework: reunification dossiers and their family members, checklists.

The rules of shared/spec/import-and-cli.md, table by table."""

from __future__ import annotations

from vwdesk.db.records import (
    ChecklistItemRecord,
    ChecklistRecord,
    FamilyMemberRecord,
    ReunificationDossierRecord,
)
from vwdesk.services.importing.base import Row, TableImporter
from vwdesk.services.importing.store import ADDED, TableStore


class Dossiers(TableImporter):
    TABLE = "dossiers"
    RECORD = ReunificationDossierRecord
    REGISTRY = "dossiers"
    FIELDS = {
        "dossier_ref": "ref",
        "client_ref": "client_id",
        "opened_on": "opened_on",
        "nidos": "nidos",
        "closed_on": "closed_on",
        "outcome": "outcome",
    }

    def convert(self, v: Row, number: int):
        client = self.ref(v, number, "client_ref", self.ctx.clients, "client")
        ok = client is not None
        ok = (
            self.order(
                v,
                number,
                "opened_on",
                "closed_on",
                "closed_on {closed_on} lies before opened_on {opened_on}",
            )
            and ok
        )
        if v["closed_on"] is not None and v["outcome"] is None:
            self.problem(number, "outcome", "outcome is empty; it is required with closed_on")
            ok = False
        if v["outcome"] is not None and v["closed_on"] is None and "closed_on" in self.present:
            self.problem(number, "closed_on", "closed_on is empty; an outcome needs it")
            ok = False
        if not ok:
            return None
        values = {db: v[key] for key, db in self.FIELDS.items()}
        values["client_id"] = client.id
        return values

    def stored(self, v: Row, pk, state: str, number: int) -> str:
        self.ctx.dossiers[v["dossier_ref"]] = pk
        return state


class FamilyMembers(TableImporter):
    TABLE = "family_members"
    RECORD = FamilyMemberRecord
    FIELDS = {
        "dossier_ref": "dossier_id",
        "name": "name",
        "relation": "relation",
        "birth_date": "birth_date",
        "country": "country",
    }
    KEY_COLUMN = None
    REPEATS = True
    IDENTITY = ("dossier_id", "name", "relation")

    def convert(self, v: Row, number: int):
        dossier = self.ref(v, number, "dossier_ref", self.ctx.dossiers, "dossier")
        if dossier is None:
            return None
        values = {db: v[key] for key, db in self.FIELDS.items()}
        values["dossier_id"] = dossier
        return values


class Checklists(TableImporter):
    TABLE = "checklists"
    RECORD = ChecklistRecord
    FIELDS = {
        "checklist": "template_id",
        "household_ref": "household_id",
        "client_ref": "client_id",
        "started_on": "started_on",
        "closed_on": "closed_on",
    }
    KEY_COLUMN = None
    IDENTITY = ("template_id", "household_id", "client_id", "started_on")

    def __init__(self, ctx, present):
        super().__init__(ctx, present)
        self.items = TableStore(
            ctx.writer,
            ChecklistItemRecord.__table__,
            ("checklist_id", "position", "key", "title"),
            (),
            key_column=None,
            now=ctx.now,
        )
        ctx.checklists  # noqa: B018 - read before this table writes to it

    def _stored_identity(self, stored: tuple):
        template, household, client, started = super()._stored_identity(stored)
        return (self.ctx.template_keys[template], household, client, started)

    def identity(self, v: Row, values: dict[str, object]):
        return (v["checklist"], values["household_id"], values["client_id"], v["started_on"])

    def convert(self, v: Row, number: int):
        owner = checklist_owner(self, v, number)
        if owner is None:
            return None
        if not self.order(
            v,
            number,
            "started_on",
            "closed_on",
            "closed_on {closed_on} lies before started_on {started_on}",
        ):
            return None
        template = self.ctx.templates[v["checklist"]]
        return {
            "template_id": template.id,
            "household_id": owner[0],
            "client_id": owner[1],
            "started_on": v["started_on"],
            "closed_on": v["closed_on"],
        }

    def stored(self, v: Row, pk, state: str, number: int) -> str:
        owner = checklist_owner(self, v, number)
        self.ctx.checklists[(v["checklist"], *owner, v["started_on"])] = pk
        if state == ADDED:
            self.ctx.new_checklists.add(pk)
            template = self.ctx.templates[v["checklist"]]
            items = [(pk, pos, key, title) for pos, key, title in template.items]
            self.items.put([None] * len(items), items)
        return state


def checklist_owner(
    imp: TableImporter, v: Row, number: int
) -> tuple[int | None, int | None] | None:
    """(household id, client id) as the template's scope wants it, or None after a problem."""
    ctx = imp.ctx
    template = ctx.templates.get(v["checklist"])
    if template is None:
        imp.problem(number, "checklist", f"there is no checklist {v['checklist']} in vwdesk")
        return None
    if template.scope == "client":
        client = imp.ref(v, number, "client_ref", ctx.clients, "client")
        if client is None and v["client_ref"] is None:
            imp.problem(number, "client_ref", f"client_ref is empty; {v['checklist']} needs it")
        return None if client is None else (None, client.id)
    household = imp.ref(v, number, "household_ref", ctx.households, "household")
    if household is not None:
        return (household[0], None)
    if v["household_ref"] is None:
        client = imp.ref(v, number, "client_ref", ctx.clients, "client")
        if client is not None:
            return (client.household_id, None)
        if v["client_ref"] is None:
            imp.problem(
                number, "household_ref", f"household_ref is empty; {v['checklist']} needs it"
            )
    return None


class ChecklistItems(TableImporter):
    TABLE = "checklist_items"
    RECORD = ChecklistItemRecord
    FIELDS = {
        "checklist": "checklist_id",
        "item": "key",
        "status": "status",
        "done_on": "done_on",
        "creditor": "creditor",
        "amount": "amount_cents",
        "monthly": "monthly_cents",
    }
    KEY_COLUMN = None
    REPEATS = True
    IDENTITY = ("checklist_id", "key")

    def convert(self, v: Row, number: int):
        owner = checklist_owner(self, v, number)
        if owner is None:
            return None
        checklist = self.ctx.checklists.get((v["checklist"], *owner, v["started_on"]))
        if checklist is None:
            self.problem(
                number,
                "started_on",
                f"there is no {v['checklist']} checklist started "
                f"on {v['started_on']} for this household or client",
            )
            return None
        return {
            "checklist_id": checklist,
            "key": v["item"],
            "status": v["status"],
            "done_on": v["done_on"],
            "creditor": v["creditor"],
            "amount_cents": v["amount"],
            "monthly_cents": v["monthly"],
        }

    def accept(self, key, v: Row, number: int) -> bool:
        (checklist, item), n = key
        on_it = key in self.store.known
        if not on_it and checklist in self.ctx.new_checklists:  # not written: a dry run
            items = self.ctx.templates[v["checklist"]].items
            on_it = n < sum(k == item for _, k, _ in items)
        if not on_it:
            times = "" if n == 0 else f" {n + 1} times"
            self.problem(number, "item", f"item {item} is not on this checklist{times}")
        return on_it

    def stored(self, v: Row, pk, state: str, number: int) -> str:
        checklist = self.ctx.checklists[
            (v["checklist"], *checklist_owner(self, v, number), v["started_on"])
        ]
        return ADDED if checklist in self.ctx.new_checklists else state
