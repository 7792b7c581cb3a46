"""What one import run knows: the refs already stored, the names, the problems so far.

Refs resolve against the database and the rows of the file read so far
(tables are read in the contract's order, so a contact finds the clients and
sessions above it). Location, partner and project names resolve case- and
accent-insensitively and are created when unknown.
"""

from __future__ import annotations

from dataclasses import InitVar, dataclass, field
from datetime import date, datetime
from functools import cached_property
from typing import NamedTuple

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


class ClientRef(NamedTuple):
    """A tuple of plain values: 100,000 of them are no work for the garbage collector."""

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
    """The refs of the file are read when a table first needs them (a contacts-only import
    of a national file does not read its 57,000 checklists), always before that table's own
    importer writes to it, and as SQLite holds them: dates as ISO text, as rows compare."""

    connection: Connection
    write: InitVar[bool]
    today: date = field(default_factory=date.today)
    now: str = ""
    problems: list[InputProblem] = field(default_factory=list)
    more_problems: int = 0
    touched_clients: set[int] = field(default_factory=set)
    touched_households: set[int] = field(default_factory=set)
    new_checklists: set[int] = field(default_factory=set)
    # A read transaction of its own beside `connection`, where stored rows are looked up
    # while the writer's thread inserts (store.Writer.lookups).
    snapshot: InitVar[Connection | None] = None

    @property
    def conn(self) -> Connection:
        """The connection for reading (after every queued write has run)."""
        return self.writer.read()

    def __post_init__(self, write: bool, snapshot: Connection | None) -> None:
        self.writer = Writer(self.connection, writing=write, snapshot=snapshot)
        if not self.now:
            stamp = datetime.now().replace(microsecond=0)
            self.now = stamp.isoformat(sep=" ") + ".000000"  # SQLAlchemy's SQLite format
        self.locations = NameRegistry(self, LocationRecord.__table__)
        self.partners = NameRegistry(self, PartnerRecord.__table__)
        self.projects = NameRegistry(self, ProjectRecord.__table__)

    def _rows(self, stmt: sa.Select) -> list[tuple]:
        """The rows of `stmt` as SQLite stores them (dates as ISO text), straight from the
        driver: SQLAlchemy's processing of every value cost more than the query."""
        sql = stmt.compile(dialect=self.connection.dialect, compile_kwargs={"literal_binds": True})
        return self.conn.connection.driver_connection.execute(str(sql)).fetchall()

    @cached_property
    def households(self) -> dict[str, tuple[int, str]]:
        """ref -> (id, housed_on)"""
        h = HouseholdRecord
        rows = self._rows(sa.select(h.ref, h.id, h.housed_on).where(h.ref.isnot(None)))
        return {ref: (pk, housed) for ref, pk, housed in rows}

    @cached_property
    def volunteers(self) -> dict[str, int]:
        v = VolunteerRecord
        return dict(self._rows(sa.select(v.ref, v.id).where(v.ref.isnot(None))))

    @cached_property
    def clients(self) -> dict[str, ClientRef]:
        c = ClientRecord
        rows = self._rows(
            sa.select(c.ref, c.id, c.household_id, c.anonymised_on.isnot(None)).where(
                c.ref.isnot(None)
            )
        )
        return {ref: ClientRef(pk, household, bool(gone)) for ref, pk, household, gone in rows}

    @cached_property
    def client_ids(self) -> dict[str, object]:
        """ref -> id (or BROKEN): all a contact needs of its client. Unless an earlier table
        loaded `clients`, read from the unique index on client.ref alone, which covers it:
        0.14 s for 100,000 clients against 0.35 s for their rows, and a contacts-only import
        writes nothing until it has them. Only the clients table's importer adds clients,
        and it comes before every table that asks for this (IMPORTERS' order)."""
        if "clients" in self.__dict__:
            return {ref: getattr(c, "id", c) for ref, c in self.clients.items()}
        c = ClientRecord
        return dict(self._rows(sa.select(c.ref, c.id).where(c.ref.isnot(None))))

    @cached_property
    def sessions(self) -> dict[str, tuple[int, str]]:
        """ref -> (id, date)"""
        s = ConsultationSessionRecord
        rows = self._rows(sa.select(s.ref, s.id, s.date).where(s.ref.isnot(None)))
        return {ref: (pk, day) for ref, pk, day in rows}

    @cached_property
    def dossiers(self) -> dict[str, int]:
        d = ReunificationDossierRecord
        return dict(self._rows(sa.select(d.ref, d.id).where(d.ref.isnot(None))))

    @cached_property
    def template_keys(self) -> dict[int, str]:
        """Every version's id -> its key."""
        t = ChecklistTemplateRecord
        return dict(self._rows(sa.select(t.id, t.key)))

    @cached_property
    def checklists(self) -> dict[tuple, int]:
        """(template key, household id, client id, started_on) -> checklist id"""
        c = ChecklistRecord
        keys = self.template_keys
        rows = self._rows(sa.select(c.id, c.template_id, c.household_id, c.client_id, c.started_on))
        return {
            (keys[template], household, client, started): pk
            for pk, template, household, client, started in rows
        }

    @cached_property
    def templates(self) -> dict[str, Template]:
        """The current version of each template, by key, with its items in order."""
        t, i = ChecklistTemplateRecord, ChecklistTemplateItemRecord
        rows = self._rows(
            sa.select(t.key, t.id, t.scope, i.position, i.key, i.title)
            .join(i, i.template_id == t.id)
            .where(t.current.is_(True))
            .order_by(t.key, i.position)
        )
        out: dict[str, Template] = {}
        for key, pk, scope, position, item_key, title in rows:
            template = out.setdefault(key, Template(pk, scope, []))
            template.items.append((position, item_key, title))
        return out

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
