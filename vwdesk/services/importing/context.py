"""What one import run knows: the refs already stored, the names, the problems so far.

Refs resolve against the database and the rows of the file read so far
(tables are read in the contract's order, so a contact finds the clients and
sessions above it). Location, partner and project names resolve case- and
accent-insensitively and are created when unknown.
"""

from __future__ import annotations

from dataclasses import InitVar, dataclass, field
from datetime import date, datetime

import sqlalchemy as sa
from sqlalchemy import Connection

from vwdesk.db.records import (
    ChecklistRecord,
    ChecklistTemplateItemRecord,
    ChecklistTemplateRecord,
    ClientRecord,
    ConsultationSessionRecord,
    HouseholdRecord,
    LocationRecord,
    PartnerRecord,
    ProjectRecord,
    ReunificationDossierRecord,
    VolunteerRecord,
)
from vwdesk.domain.errors import InputProblem
from vwdesk.domain.import_contract import TABLE_KEYS
from vwdesk.domain.names import fold
from vwdesk.services.importing.store import Writer

# A file with a million bad rows would otherwise list a million problems.
MAX_PROBLEMS = 500


class _Broken:
    """Stands for a row of the file that has a problem of its own: rows referring to it are
    not reported as referring to something unknown (one mistake, one problem)."""

    def __repr__(self) -> str:
        return "BROKEN"


BROKEN = _Broken()


def name_key(name: str) -> str:
    return " ".join(fold(name).split())


@dataclass
class ClientRef:
    id: int
    household_id: int
    anonymised: bool = False


@dataclass
class Template:
    id: int
    scope: str  # household / client
    items: list[tuple[int, str, str]]  # (position, key, title)


class NameRegistry:
    """Names of locations, partners or projects: found by folded name, created when new."""

    def __init__(self, ctx: ImportContext, table: sa.Table):
        self._ctx = ctx
        self._table = table
        self.ids: dict[str, int] = {}
        for pk, name in ctx.conn.execute(sa.select(table.c.id, table.c.name)):
            self.ids.setdefault(name_key(name), pk)
        self._next = (ctx.conn.scalar(sa.select(sa.func.max(table.c.id))) or 0) + 1
        self.created = 0  # by name only, from another table (a session's location, ...)

    def get(self, name: str) -> int | None:
        return self.ids.get(name_key(name))

    def resolve(self, name: str) -> int:
        """The id of this name, created (with only its name) when it is new."""
        pk = self.ids.get(name_key(name))
        if pk is None:
            pk = self.add(name)
            self.created += 1
        return pk

    def taken(self, name: str, pk: int) -> None:
        """A row the locations table stored under this name."""
        self.ids[name_key(name)] = pk
        self._next = max(self._next, pk + 1)

    def add(self, name: str, **values) -> int:
        pk = self._next
        self._next += 1
        self.ids[name_key(name)] = pk
        if self._ctx.writer.writing:
            self._ctx.conn.execute(
                sa.insert(self._table).values(id=pk, name=name.strip(), **values)
            )
        return pk


@dataclass
class ImportContext:
    connection: Connection
    write: InitVar[bool]
    today: date = field(default_factory=date.today)
    now: str = ""
    problems: list[InputProblem] = field(default_factory=list)
    more_problems: int = 0
    households: dict[str, tuple[int, str]] = field(default_factory=dict)  # ref -> (id, housed_on)
    volunteers: dict[str, int] = field(default_factory=dict)
    clients: dict[str, ClientRef] = field(default_factory=dict)
    sessions: dict[str, tuple[int, str]] = field(default_factory=dict)  # ref -> (id, date)
    dossiers: dict[str, int] = field(default_factory=dict)
    templates: dict[str, Template] = field(default_factory=dict)
    touched_clients: set[int] = field(default_factory=set)
    touched_households: set[int] = field(default_factory=set)
    template_keys: dict[int, str] = field(default_factory=dict)  # every version's id -> key
    # (template key, household id, client id, started_on) -> checklist id
    checklists: dict[tuple, int] = field(default_factory=dict)
    new_checklists: set[int] = field(default_factory=set)

    @property
    def conn(self) -> Connection:
        """The connection for reading (after every queued write has run)."""
        return self.writer.read()

    def __post_init__(self, write: bool) -> None:
        self.writer = Writer(self.connection, writing=write)
        if not self.now:
            stamp = datetime.now().replace(microsecond=0)
            self.now = stamp.isoformat(sep=" ") + ".000000"  # SQLAlchemy's SQLite format
        c = self.conn
        h, v, cl = HouseholdRecord, VolunteerRecord, ClientRecord
        for ref, pk, housed in c.execute(
            sa.select(h.ref, h.id, h.housed_on).where(h.ref.isnot(None))
        ):
            self.households[ref] = (pk, housed.isoformat())
        self.volunteers = dict(c.execute(sa.select(v.ref, v.id).where(v.ref.isnot(None))).all())
        rows = c.execute(
            sa.select(cl.ref, cl.id, cl.household_id, cl.anonymised_on).where(cl.ref.isnot(None))
        )
        for ref, pk, household, anonymised in rows:
            self.clients[ref] = ClientRef(pk, household, anonymised is not None)
        s = ConsultationSessionRecord
        for ref, pk, day in c.execute(sa.select(s.ref, s.id, s.date).where(s.ref.isnot(None))):
            self.sessions[ref] = (pk, day.isoformat())
        d = ReunificationDossierRecord
        self.dossiers = dict(c.execute(sa.select(d.ref, d.id).where(d.ref.isnot(None))).all())
        self.locations = NameRegistry(self, LocationRecord.__table__)
        self.partners = NameRegistry(self, PartnerRecord.__table__)
        self.projects = NameRegistry(self, ProjectRecord.__table__)
        self._load_templates()

    def _load_templates(self) -> None:
        t, i, c = ChecklistTemplateRecord, ChecklistTemplateItemRecord, ChecklistRecord
        self.template_keys = dict(self.conn.execute(sa.select(t.id, t.key)).all())
        rows = self.conn.execute(
            sa.select(c.id, c.template_id, c.household_id, c.client_id, c.started_on)
        )
        for pk, template, household, client, started in rows:
            key = (self.template_keys[template], household, client, started.isoformat())
            self.checklists[key] = pk
        rows = self.conn.execute(
            sa.select(t.key, t.id, t.scope, i.position, i.key, i.title)
            .join(i, i.template_id == t.id)
            .where(t.current.is_(True))
            .order_by(t.key, i.position)
        )
        for key, pk, scope, position, item_key, title in rows:
            template = self.templates.setdefault(key, Template(pk, scope, []))
            template.items.append((position, item_key, title))

    def problem(self, message: str, table: str, row: int | None = None, field: str | None = None):
        if len(self.problems) < MAX_PROBLEMS:
            self.problems.append(InputProblem(message, field=field, table=table, row=row))
        else:
            self.more_problems += 1

    def all_problems(self) -> list[InputProblem]:
        """Table by table in the contract's order, row by row; columns as they were found."""
        order = {key: i for i, key in enumerate(TABLE_KEYS)}
        found = sorted(self.problems, key=lambda p: (order.get(p.table or "", -1), p.row or 0))
        if self.more_problems:
            found.append(InputProblem(f"and {self.more_problems} more problems not listed"))
        return found
