"""Privacy (AVG): retention, anonymising, and the right of access.

Retention. A client closed longer ago than `retention_years` (team setting,
default 7) is listed for the team leader, who anonymises them. Anonymising
removes what identifies the person and keeps what the figures of past years
count, so an old report computes the same afterwards:

* gone: names, V-number, BSN, phone, e-mail, languages, permit, every free
  text about them (client, contacts, dossiers, procedure steps, referrals,
  checklists) and the names and places of family members; the address of a
  household once all its members are anonymised;
* kept: sex, nationality, housing date, household, every date and kind
  (contacts, dossiers, trajectories, referrals, checklists, projects);
* the birth date becomes 1 January or 31 December of the birth year: the
  year stays, and of the day only whether the birthday came before the
  housing date in the year. That is exactly what the age at housing needs
  (adults/children, age bands), so those figures do not move.

Deletion is real: every connection runs with `secure_delete` (db/engine.py),
so SQLite overwrites freed cell space with zeros, and after anonymising the
WAL is checkpointed and truncated, so no older copy of a page lingers there.
tests/db/test_privacy.py decrypts every page of the file and of its WAL and
searches them for the old name. Backups made before still hold it until they
are pruned (auto_backup.py).

Right of access: `access_report()` gathers every record about one person,
including the audit events about them; export/access_report.py writes it as
PDF and JSON. Team leaders only, and audited.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from vwdesk.db.records import (
    AccountRecord,
    ChecklistItemRecord,
    ChecklistRecord,
    ChecklistTemplateRecord,
    ClientRecord,
    ContactRecord,
    FamilyMemberRecord,
    PartnerRecord,
    PlannedVisitRecord,
    ProcedureStepRecord,
    ProjectMembershipRecord,
    ProjectRecord,
    ReferralRecord,
    ReunificationDossierRecord,
    TrajectoryRecord,
    VolunteerRecord,
)
from vwdesk.domain.access import AccessReport, AccessSection, Fields
from vwdesk.domain.clients import full_name
from vwdesk.domain.errors import NotFound
from vwdesk.domain.names import EMPTY_KEY
from vwdesk.domain.permissions import Permission

if TYPE_CHECKING:
    from vwdesk.services.workspace import Workspace

# What identifies a client; emptied when they are anonymised.
CLIENT_TEXT_FIELDS = (
    "first_name", "last_name", "v_number", "bsn", "phone", "email",
    "languages", "permit_type", "notes",
)  # fmt: skip
CLIENT_DATE_FIELDS = ("permit_expires_on", "travel_document_expires_on")


@dataclass(frozen=True)
class RetentionCandidate:
    """A client closed longer ago than the retention period; the team leader decides."""

    client_id: int
    name: str
    birth_year: int
    closed_on: date
    close_reason: str
    years_closed: int


@dataclass(frozen=True)
class AnonymiseResult:
    anonymised: int
    skipped: int  # gone or anonymised already
    stopped: bool  # the volunteer cancelled; those done stay done
    checkpointed: bool  # the WAL was emptied afterwards


# -- the wipe itself (also used by ClientService.anonymise) ----------------------------------
def generalised_birth_date(born: date, housed: date) -> date:
    """A birth date that keeps the year and the age on the housing date, and nothing else."""
    if (housed.month, housed.day) >= (born.month, born.day):
        return date(born.year, 1, 1)  # the birthday had come: any earlier day gives the same age
    return date(born.year, 12, 31)


def anonymise_client(s: Session, rec: ClientRecord, today: date) -> None:
    """Remove what identifies the person inside the caller's unit of work (see the module)."""
    client_id = rec.id
    for name in CLIENT_TEXT_FIELDS:
        setattr(rec, name, "")
    for name in CLIENT_DATE_FIELDS:
        setattr(rec, name, None)
    rec.birth_date = generalised_birth_date(rec.birth_date, rec.housed_on)
    rec.anonymised_on = today
    rec.closed_on = rec.closed_on or today
    rec.search_key = EMPTY_KEY
    s.execute(
        update(ContactRecord)
        .where(ContactRecord.client_id == client_id)
        .values(notes="", follow_up="")
    )
    dossiers = select(ReunificationDossierRecord.id).where(
        ReunificationDossierRecord.client_id == client_id
    )
    s.execute(
        update(ReunificationDossierRecord)
        .where(ReunificationDossierRecord.id.in_(dossiers))
        .values(notes="")
    )
    s.execute(
        update(FamilyMemberRecord)
        .where(FamilyMemberRecord.dossier_id.in_(dossiers))
        .values(name="", place="", birth_date=None)
    )
    s.execute(
        update(ProcedureStepRecord)
        .where(ProcedureStepRecord.dossier_id.in_(dossiers))
        .values(note="")
    )
    s.execute(
        update(ReferralRecord)
        .where(ReferralRecord.client_id == client_id)
        .values(reason="", outcome="")
    )
    _wipe_checklists(s, ChecklistRecord.client_id == client_id)
    household = rec.household
    if all(m.anonymised_on is not None for m in household.members):
        household.address = household.postcode = household.notes = ""
        _wipe_checklists(s, ChecklistRecord.household_id == household.id)
        s.execute(
            update(PlannedVisitRecord)
            .where(PlannedVisitRecord.household_id == household.id)
            .values(purpose="")
        )


def _wipe_checklists(s: Session, which) -> None:
    lists = select(ChecklistRecord.id).where(which)
    s.execute(
        update(ChecklistItemRecord)
        .where(ChecklistItemRecord.checklist_id.in_(lists))
        .values(note="", creditor="")
    )


def retention_cutoff(today: date, years: int) -> date:
    """The day `years` before `today` (28 February for a 29th in a year without one)."""
    try:
        return today.replace(year=today.year - years)
    except ValueError:
        return today.replace(year=today.year - years, day=28)


class PrivacyService:
    def __init__(self, ws: Workspace):
        self._ws = ws

    # -- retention -----------------------------------------------------------------------
    def retention_years(self) -> int:
        return int(self._ws.settings.get("retention_years"))

    def retention_due(self, today: date | None = None) -> list[RetentionCandidate]:
        """Closed clients past the retention period, not yet anonymised, longest closed first."""
        self._ws.require(Permission.ANONYMISE)
        today = today or date.today()
        cutoff = retention_cutoff(today, self.retention_years())
        c = ClientRecord
        with self._ws.reading() as s:
            rows = s.execute(
                select(c.id, c.first_name, c.last_name, c.birth_date, c.closed_on, c.close_reason)
                .where(c.closed_on.is_not(None), c.closed_on < cutoff, c.anonymised_on.is_(None))
                .order_by(c.closed_on, c.last_name, c.id)
            ).all()
        return [
            RetentionCandidate(
                client_id=cid,
                name=full_name(first, last),
                birth_year=born.year,
                closed_on=closed,
                close_reason=reason,
                years_closed=_whole_years(closed, today),
            )
            for cid, first, last, born, closed, reason in rows
        ]

    def anonymise(
        self,
        client_ids: Iterable[int],
        *,
        today: date | None = None,
        progress: Callable[[int, int], None] | None = None,
        should_stop: Callable[[], bool] | None = None,
    ) -> AnonymiseResult:
        """Anonymise these clients, one unit of work each, then empty the WAL.

        Cancelling stops between clients: those done stay done (and the WAL is
        still checkpointed), nothing is half done.
        """
        self._ws.require(Permission.ANONYMISE)
        ids = list(dict.fromkeys(client_ids))
        with self._ws.reading() as s:
            open_ids = set(
                s.scalars(
                    select(ClientRecord.id).where(
                        ClientRecord.id.in_(ids), ClientRecord.anonymised_on.is_(None)
                    )
                )
            )
        done = 0
        stopped = False
        for n, client_id in enumerate(ids):
            if should_stop is not None and should_stop():
                stopped = True
                break
            if client_id in open_ids:
                self._ws.clients.anonymise(client_id, today)
                done += 1
            if progress is not None:
                progress(n + 1, len(ids))
        checkpointed = self.checkpoint() if done else True
        return AnonymiseResult(done, len(ids) - done if not stopped else 0, stopped, checkpointed)

    # -- real deletion -------------------------------------------------------------------
    def checkpoint(self) -> bool:
        """Copy the WAL into the file and truncate it; False when a reader kept it busy."""
        with self._ws.datafile.engine.connect() as conn:
            busy, _log, _done = conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)").one()
        return busy == 0

    def secure_delete_on(self) -> bool:
        with self._ws.datafile.engine.connect() as conn:
            return bool(conn.exec_driver_sql("PRAGMA secure_delete").scalar_one())

    # -- the right of access -------------------------------------------------------------
    def access_report(self, client_id: int) -> AccessReport:
        """Everything stored about one client, the audit events about them included."""
        self._ws.require(Permission.ACCESS_REPORT)
        with self._ws.reading() as s:
            rec = s.get(ClientRecord, client_id)
            if rec is None:
                raise NotFound(f"no client {client_id}")
            sections = _AccessCollector(s, rec).sections()
        events = self._ws.audit_view.about_client(client_id)
        sections.append(
            AccessSection(
                "audit_events",
                tuple(
                    (
                        ("at", e.at.isoformat(sep=" ")),
                        ("account", e.account),
                        ("action", e.action),
                        ("entity", e.entity),
                        ("entity_id", "" if e.entity_id is None else str(e.entity_id)),
                    )
                    for e in events
                ),
            )
        )
        with self._ws.unit() as s:
            self._ws.audit.record(
                s, self._ws.user.account_id, "client.access_report", "client", client_id
            )
        return AccessReport(
            client_id=client_id,
            made_at=datetime.now().replace(microsecond=0),
            made_by=self._ws.user.username,
            organisation=str(self._ws.settings.get("organisation")),
            sections=tuple(sections),
        )

    def export_access(
        self,
        client_id: int,
        pdf: Path | None,
        json_path: Path | None,
        *,
        lang: str = "nl",
        action_labels: Mapping[str, str] | None = None,
        value_labels: Mapping[str, Mapping[str, str]] | None = None,
    ) -> list[Path]:
        """Write the access report as PDF and/or JSON (not encrypted: give it to the person).

        `action_labels` and `value_labels` name the audit actions and coded values in the
        PDF (the window passes its translations); the JSON keeps the codes."""
        from vwdesk.export.access_report import write_json, write_pdf

        report = self.access_report(client_id)
        written = []
        if json_path is not None:
            written.append(write_json(report, Path(json_path)))
        if pdf is not None:
            written.append(
                write_pdf(
                    report,
                    Path(pdf),
                    lang=lang,
                    action_labels=action_labels,
                    value_labels=value_labels,
                )
            )
        return written


def _whole_years(start: date, end: date) -> int:
    return end.year - start.year - ((end.month, end.day) < (start.month, start.day))


def _text(value) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, datetime):
        return value.replace(microsecond=0).isoformat(sep=" ")
    if isinstance(value, date):
        return value.isoformat()
    return str(value)


class _AccessCollector:
    """Reads one client's records into sections: every column, foreign keys as names."""

    SKIP = frozenset({"id", "search_key"})

    def __init__(self, s: Session, rec: ClientRecord) -> None:
        self.s = s
        self.rec = rec
        self.volunteers = {
            v.id: full_name(v.first_name, v.last_name) for v in s.scalars(select(VolunteerRecord))
        }
        self.partners = dict(s.execute(select(PartnerRecord.id, PartnerRecord.name)).all())
        self.projects = dict(s.execute(select(ProjectRecord.id, ProjectRecord.name)).all())
        self.templates = dict(
            s.execute(select(ChecklistTemplateRecord.id, ChecklistTemplateRecord.name)).all()
        )
        accounts = dict(s.execute(select(AccountRecord.id, AccountRecord.username)).all())
        # Foreign keys as what they point to, never as a bare id.
        self.lookups = {
            "volunteer_id": ("volunteer", self.volunteers),
            "contact_volunteer_id": ("contact_volunteer", self.volunteers),
            "partner_id": ("partner", self.partners),
            "project_id": ("project", self.projects),
            "template_id": ("checklist", self.templates),
            "reviewed_by_account_id": ("reviewed_by", accounts),
        }

    def fields(self, record, *, skip: Iterable[str] = ()) -> Fields:
        out = []
        skipped = self.SKIP | set(skip)
        for column in record.__table__.columns:
            name = column.key
            if name in skipped:
                continue
            value = getattr(record, name)
            if name in self.lookups:
                key, names = self.lookups[name]
                out.append((key, "" if value is None else names.get(value, "")))
            elif not name.endswith("_id"):  # other keys say nothing to the person
                out.append((name, _text(value)))
        return tuple(out)

    def sections(self) -> list[AccessSection]:
        s, rec = self.s, self.rec
        cid = rec.id
        household = rec.household
        dossiers = list(
            s.scalars(
                select(ReunificationDossierRecord)
                .where(ReunificationDossierRecord.client_id == cid)
                .order_by(ReunificationDossierRecord.opened_on)
            )
        )
        dossier_ids = [d.id for d in dossiers]
        checklists = list(
            s.scalars(
                select(ChecklistRecord)
                .where(ChecklistRecord.client_id == cid)
                .order_by(ChecklistRecord.started_on)
            )
        )

        def many(record, *where, order) -> tuple[Fields, ...]:
            rows = s.scalars(select(record).where(*where).order_by(order))
            return tuple(self.fields(r) for r in rows)

        members = len(household.members)
        household_fields = (
            *self.fields(household),
            ("members", str(members)),
        )
        return [
            AccessSection("person", (self.fields(rec),)),
            AccessSection("household", (household_fields,)),
            AccessSection(
                "contacts",
                many(ContactRecord, ContactRecord.client_id == cid, order=ContactRecord.date),
            ),
            AccessSection("dossiers", tuple(self.fields(d) for d in dossiers)),
            AccessSection(
                "family_members",
                many(
                    FamilyMemberRecord,
                    FamilyMemberRecord.dossier_id.in_(dossier_ids),
                    order=FamilyMemberRecord.id,
                ),
            ),
            AccessSection(
                "procedure_steps",
                many(
                    ProcedureStepRecord,
                    ProcedureStepRecord.dossier_id.in_(dossier_ids),
                    order=ProcedureStepRecord.date,
                ),
            ),
            AccessSection(
                "trajectories",
                many(
                    TrajectoryRecord,
                    TrajectoryRecord.client_id == cid,
                    order=TrajectoryRecord.started_on,
                ),
            ),
            AccessSection("checklists", tuple(self.fields(c) for c in checklists)),
            AccessSection(
                "checklist_items",
                many(
                    ChecklistItemRecord,
                    ChecklistItemRecord.checklist_id.in_([c.id for c in checklists]),
                    order=ChecklistItemRecord.id,
                ),
            ),
            AccessSection(
                "referrals",
                many(ReferralRecord, ReferralRecord.client_id == cid, order=ReferralRecord.date),
            ),
            AccessSection(
                "projects",
                many(
                    ProjectMembershipRecord,
                    ProjectMembershipRecord.client_id == cid,
                    order=ProjectMembershipRecord.from_on,
                ),
            ),
            AccessSection(
                "planned_visits",
                many(
                    PlannedVisitRecord,
                    PlannedVisitRecord.household_id == household.id,
                    order=PlannedVisitRecord.planned_on,
                ),
            ),
        ]
