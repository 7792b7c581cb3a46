"""The whole file written in the import template's format: to move a team to a new file.

Every table of the template is written: an .xlsx workbook (the template's
layout, without the example row), a .zip of `<table>.csv`, or a folder of
them (CSV as Dutch Excel reads it: UTF-8 with BOM, semicolons). Importing the
result into a new file gives the same annual figures for every year.

Rows that were entered in the app have no ref of their own; they get one
here (`H12` for household 12, `C`, `V`, `S`, `D`, `K` for clients, volunteers,
sessions, dossiers and contacts), never one another row already holds.
Anonymised people keep their place in the figures under the name
"(geanonimiseerd)". The export is not encrypted: team leaders only, audited.
"""

from __future__ import annotations

import csv
import io
import zipfile
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import sqlalchemy as sa
from sqlalchemy.orm import Session

from vwdesk.db.records import (
    ChecklistItemRecord,
    ChecklistRecord,
    ChecklistTemplateRecord,
    ClientRecord,
    ConsultationSessionRecord,
    ContactRecord,
    FamilyMemberRecord,
    HouseholdRecord,
    HousingTargetRecord,
    LocationRecord,
    PartnerRecord,
    ProjectMembershipRecord,
    ProjectRecord,
    ReferralRecord,
    ReunificationDossierRecord,
    TrajectoryRecord,
    VolunteerRecord,
)
from vwdesk.domain.errors import PathTaken
from vwdesk.domain.import_contract import TABLES, YES_NO, Table
from vwdesk.domain.parsing import weekdays_text
from vwdesk.domain.permissions import Permission

if TYPE_CHECKING:
    from vwdesk.services.workspace import Workspace

ANONYMISED = "(geanonimiseerd)"
Rows = Iterator[tuple[object, ...]]


class TemplateExportService:
    def __init__(self, ws: Workspace):
        self._ws = ws

    def export(self, path: Path) -> dict[str, int]:
        """Write every table to `path` (.xlsx, .zip, or a new folder); rows per table."""
        self._ws.require(Permission.EXPORT_LISTS)
        path = Path(path)
        if path.exists():
            raise PathTaken(f"{path.name} exists already")
        with self._ws.reading() as s:
            counted = _Counted(_tables(s))
            suffix = path.suffix.lower()
            if suffix == ".xlsx":
                from vwdesk.export.template import write_workbook  # openpyxl: only when used

                write_workbook(path, counted)
            elif suffix == ".zip":
                with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
                    for table, rows in counted:
                        with zf.open(f"{table.key}.csv", "w") as raw:
                            _write_csv(io.TextIOWrapper(raw, "utf-8-sig", newline=""), table, rows)
            else:
                path.mkdir(parents=True)
                for table, rows in counted:
                    with (path / f"{table.key}.csv").open(
                        "w", encoding="utf-8-sig", newline=""
                    ) as f:
                        _write_csv(f, table, rows)
        with self._ws.unit() as s:
            self._ws.audit.record(s, self._ws.user.account_id, "export.template",
                                  detail={"rows": counted.rows})  # fmt: skip
        return counted.rows


class _Counted:
    """The tables, counting the rows as they stream past."""

    def __init__(self, tables: Iterable[tuple[Table, Rows]]):
        self._tables = tables
        self.rows: dict[str, int] = {}

    def __iter__(self):
        for table, rows in self._tables:
            self.rows[table.key] = 0
            yield table, self._count(table.key, rows)

    def _count(self, key: str, rows: Rows) -> Rows:
        for row in rows:
            self.rows[key] += 1
            yield row


def _write_csv(f, table: Table, rows: Rows) -> None:
    writer = csv.writer(f, delimiter=";")
    writer.writerow([c.key for c in table.columns])
    writer.writerows(("" if v is None else v for v in row) for row in rows)
    f.flush()


# -- reading the file ----------------------------------------------------------------------
def _refs(s: Session, record, prefix: str) -> dict[int, str]:
    """id -> the row's ref, or a new one no other row of the table holds."""
    rows = s.execute(sa.select(record.id, record.ref)).all()
    taken = {ref for _, ref in rows if ref}
    out = {}
    for pk, ref in rows:
        if not ref:
            ref = f"{prefix}{pk}"
            while ref in taken:
                ref += "x"
            taken.add(ref)
        out[pk] = ref
    return out


def _d(value) -> str | None:
    return value.isoformat() if value is not None else None


def _yes(value: bool | None) -> str:
    return YES_NO[0] if value else YES_NO[1]


def _euro(cents: int | None) -> str | None:
    return None if cents is None else f"{cents // 100},{cents % 100:02d}"


def _tables(s: Session) -> Iterator[tuple[Table, Rows]]:
    households = _refs(s, HouseholdRecord, "H")
    clients = _refs(s, ClientRecord, "C")
    volunteers = _refs(s, VolunteerRecord, "V")
    sessions = _refs(s, ConsultationSessionRecord, "S")
    dossiers = _refs(s, ReunificationDossierRecord, "D")
    by_key = {t.key: t for t in TABLES}
    makers = {
        "households": lambda: _households(s, households),
        "clients": lambda: _clients(s, clients, households, volunteers),
        "volunteers": lambda: _volunteers(s, volunteers),
        "locations": lambda: _locations(s),
        "sessions": lambda: _sessions(s, sessions),
        "contacts": lambda: _contacts(s, clients, volunteers, sessions),
        "dossiers": lambda: _dossiers(s, dossiers, clients),
        "family_members": lambda: _family(s, dossiers),
        "trajectories": lambda: _trajectories(s, clients),
        "projects": lambda: _projects(s, clients, volunteers),
        "referrals": lambda: _referrals(s, clients),
        "targets": lambda: _targets(s),
        "checklists": lambda: _checklists(s, households, clients),
        "checklist_items": lambda: _checklist_items(s, households, clients),
    }
    for key, make in makers.items():
        yield by_key[key], make()


def _households(s, refs) -> Rows:
    h = HouseholdRecord
    for r in s.execute(sa.select(h.id, h.housed_on, h.address, h.postcode, h.city)):
        yield (refs[r.id], _d(r.housed_on), r.address, r.postcode, r.city)


def _clients(s, refs, households, volunteers) -> Rows:
    c = ClientRecord
    for r in s.scalars(sa.select(c).order_by(c.id)):
        anonymised = r.anonymised_on is not None
        yield (
            refs[r.id], households[r.household_id],
            ANONYMISED if anonymised else r.first_name, ANONYMISED if anonymised else r.last_name,
            _d(r.birth_date), r.sex, r.nationality, _d(r.housed_on), r.v_number, r.phone,
            r.languages, volunteers.get(r.contact_volunteer_id), _d(r.closed_on), r.email,
            _d(r.pvt_course_on), _d(r.pvt_signed_on),
        )  # fmt: skip


def _volunteers(s, refs) -> Rows:
    v = VolunteerRecord
    for r in s.scalars(sa.select(v).order_by(v.id)):
        yield (
            refs[r.id], r.first_name, r.last_name, _d(r.active_from), _d(r.active_until), r.role,
            _yes(r.paid), _yes(r.home_visit_pool), _yes(r.legal), r.languages, r.area, r.phone,
            r.email, _yes(r.trained), weekdays_text(r.availability),
        )  # fmt: skip


def _locations(s) -> Rows:
    loc = LocationRecord
    yield from s.execute(sa.select(loc.name, loc.address).order_by(loc.id))


def _sessions(s, refs) -> Rows:
    cs, loc = ConsultationSessionRecord, LocationRecord
    stmt = sa.select(cs.id, cs.kind, loc.name, cs.date, cs.start, cs.end, cs.cancelled).join(
        loc, loc.id == cs.location_id
    )
    for pk, kind, location, day, start, end, cancelled in s.execute(stmt.order_by(cs.id)):
        yield (refs[pk], kind, location, _d(day), start or None, end or None, _yes(cancelled))


def _contacts(s, clients, volunteers, sessions) -> Rows:
    c = ContactRecord
    cols = (c.id, c.ref, c.date, c.kind, c.channel, c.client_id, c.volunteer_id, c.session_id,
            c.minutes, c.topics)  # fmt: skip
    # Raw values: a million rows do not need SQLAlchemy's date objects made and unmade.
    conn = s.connection()
    sql = str(sa.select(*cols).order_by(c.id).compile(dialect=conn.dialect))
    taken = set(s.scalars(sa.select(c.ref).where(c.ref.isnot(None))))
    for (
        pk,
        ref,
        day,
        kind,
        channel,
        client,
        volunteer,
        session,
        minutes,
        topics,
    ) in conn.exec_driver_sql(sql):
        if not ref:
            ref = f"K{pk}"
            while ref in taken:
                ref += "x"
        yield (
            day, kind, channel, clients.get(client), volunteers.get(volunteer),
            sessions.get(session), minutes, topics, ref,
        )  # fmt: skip


def _dossiers(s, refs, clients) -> Rows:
    d = ReunificationDossierRecord
    for r in s.scalars(sa.select(d).order_by(d.id)):
        yield (refs[r.id], clients[r.client_id], _d(r.opened_on), _yes(r.nidos),
               _d(r.closed_on), r.outcome)  # fmt: skip


def _family(s, dossiers) -> Rows:
    f = FamilyMemberRecord
    for r in s.scalars(sa.select(f).order_by(f.id)):
        yield (dossiers[r.dossier_id], r.name or ANONYMISED, r.relation, _d(r.birth_date),
               r.country or None)  # fmt: skip


def _trajectories(s, clients) -> Rows:
    t = TrajectoryRecord
    for r in s.scalars(sa.select(t).order_by(t.id)):
        yield (clients[r.client_id], r.kind, _d(r.started_on), _d(r.ended_on))


def _projects(s, clients, volunteers) -> Rows:
    m, p = ProjectMembershipRecord, ProjectRecord
    stmt = sa.select(p.name, m).join(p, p.id == m.project_id).order_by(m.id)
    for name, r in s.execute(stmt):
        person = clients[r.client_id] if r.client_id is not None else volunteers[r.volunteer_id]
        yield (name, person, r.role, _d(r.from_on), _d(r.until_on))


def _referrals(s, clients) -> Rows:
    r, p = ReferralRecord, PartnerRecord
    stmt = sa.select(r.client_id, p.name, r.date, r.reason).join(p, p.id == r.partner_id)
    for client, partner, day, reason in s.execute(stmt.order_by(r.id)):
        yield (clients[client], partner, _d(day), reason)


def _targets(s) -> Rows:
    t = HousingTargetRecord
    yield from s.execute(sa.select(t.year, t.target, t.opening_backlog).order_by(t.year))


def _checklist_rows(s, households, clients):
    c, t = ChecklistRecord, ChecklistTemplateRecord
    stmt = sa.select(c, t.key).join(t, t.id == c.template_id).order_by(c.id)
    for r, key in s.execute(stmt):
        yield r, key, households.get(r.household_id), clients.get(r.client_id)


def _checklists(s, households, clients) -> Rows:
    for r, key, household, client in _checklist_rows(s, households, clients):
        yield (key, household, client, _d(r.started_on), _d(r.closed_on))


def _checklist_items(s, households, clients) -> Rows:
    i = ChecklistItemRecord
    for r, key, household, client in _checklist_rows(s, households, clients):
        items = s.scalars(sa.select(i).where(i.checklist_id == r.id).order_by(i.position))
        for item in items:
            if item.status == "open" and not (item.done_on or item.creditor or item.amount_cents):
                continue  # as a new checklist has it
            yield (
                key, household, client, _d(r.started_on), item.key, item.status,
                _d(item.done_on), item.creditor, _euro(item.amount_cents),
                _euro(item.monthly_cents),
            )  # fmt: skip
