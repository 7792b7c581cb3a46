"""Family reunification dossiers: open, follow the steps, review monthly, close.

Each call is one unit of work and is audited with ids only. Closing a dossier
successfully can register the arrived family members as clients in the
referent's household in the same transaction (services/dossier_arrivals.py).
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from sqlalchemy import select
from sqlalchemy.orm import Session

from vwdesk.db.records import (
    AccountRecord,
    ClientRecord,
    FamilyMemberRecord,
    ProcedureStepRecord,
    ReunificationDossierRecord,
)
from vwdesk.domain.dossiers import (
    STEP_ORDER,
    ArrivalDraft,
    DossierDetail,
    DossierDraft,
    DossierFilter,
    DossierSummary,
    FamilyMember,
    FamilyMemberDraft,
    ProcedureStep,
    StepDraft,
    review_due,
)
from vwdesk.domain.enums import DossierOutcome, ProcedureStepKind
from vwdesk.domain.errors import InputProblem, InvalidInput, NotFound
from vwdesk.services.deadlines import load_dossier_deadlines, load_rules
from vwdesk.services.dossier_arrivals import register_arrivals

if TYPE_CHECKING:
    from vwdesk.services.workspace import Workspace


def _status(steps: list[tuple[str, date]]) -> ProcedureStepKind | None:
    """The latest step; on one day, the one later in the usual order."""
    if not steps:
        return None
    kind, _ = max(steps, key=lambda s: (s[1], STEP_ORDER.index(ProcedureStepKind(s[0]))))
    return ProcedureStepKind(kind)


class DossierService:
    def __init__(self, ws: Workspace):
        self._ws = ws

    # -- reading -------------------------------------------------------------------------
    def summaries(
        self, which: DossierFilter = DossierFilter.OPEN, *, today: date | None = None
    ) -> list[DossierSummary]:
        """The dossier list, newest first; `which` filters it in the service."""
        today = today or date.today()
        d, c = ReunificationDossierRecord, ClientRecord
        with self._ws.reading() as s:
            query = select(d, c.first_name, c.last_name).join(c, c.id == d.client_id)
            if which is DossierFilter.CLOSED:
                query = query.where(d.closed_on.is_not(None))
            elif which is DossierFilter.NIDOS:
                query = query.where(d.nidos.is_(True))
            elif which is not DossierFilter.ALL:
                query = query.where(d.closed_on.is_(None))
            rows = s.execute(query.order_by(d.opened_on.desc(), d.id.desc())).all()
            ids = [row[0].id for row in rows]
            family = self._family_names(s, ids)
            steps = self._steps(s, ids)
            deadlines = load_dossier_deadlines(s, load_rules(s), dossier_ids=ids)
        found = []
        for rec, first, last in rows:
            running = deadlines.get(rec.id, [])
            summary = DossierSummary(
                id=rec.id,
                client_id=rec.client_id,
                referent=f"{first} {last}",
                family=tuple(family.get(rec.id, ())),
                nidos=rec.nidos,
                opened_on=rec.opened_on,
                status=_status(steps.get(rec.id, [])),
                closed_on=rec.closed_on,
                outcome=DossierOutcome(rec.outcome) if rec.outcome else None,
                next_deadline=running[0] if running else None,
                last_reviewed_on=rec.last_reviewed_on,
                review_due=review_due(rec.closed_on, rec.last_reviewed_on, today),
            )
            found.append(summary)
        return [row for row in found if row.shown_by(which, today)]

    def review_list(self, *, today: date | None = None) -> list[DossierSummary]:
        """Open dossiers not reviewed in this calendar month."""
        return self.summaries(DossierFilter.REVIEW_DUE, today=today)

    def get(self, dossier_id: int) -> DossierDetail:
        with self._ws.reading() as s:
            rec = self._dossier(s, dossier_id)
            referent = s.get(ClientRecord, rec.client_id)
            reviewer = ""
            if rec.reviewed_by_account_id is not None:
                account = s.get(AccountRecord, rec.reviewed_by_account_id)
                reviewer = (account.display_name or account.username) if account else ""
            deadlines = load_dossier_deadlines(s, load_rules(s), dossier_ids=[rec.id])
            return DossierDetail(
                id=rec.id,
                client_id=rec.client_id,
                referent=f"{referent.first_name} {referent.last_name}",
                household_id=referent.household_id,
                referent_nationality=referent.nationality,
                opened_on=rec.opened_on,
                nidos=rec.nidos,
                closed_on=rec.closed_on,
                outcome=DossierOutcome(rec.outcome) if rec.outcome else None,
                last_reviewed_on=rec.last_reviewed_on,
                reviewed_by=reviewer,
                notes=rec.notes,
                members=tuple(
                    FamilyMember(
                        m.id, m.name, m.relation, m.birth_date, m.country, m.place, m.client_id
                    )
                    for m in sorted(rec.members, key=lambda m: m.id)
                ),
                steps=tuple(
                    ProcedureStep(p.id, ProcedureStepKind(p.step), p.date, p.note)
                    for p in sorted(
                        rec.steps,
                        key=lambda p: (p.date, STEP_ORDER.index(ProcedureStepKind(p.step))),
                    )
                ),
                deadlines=tuple(deadlines.get(rec.id, [])),
            )

    # -- the dossier itself --------------------------------------------------------------
    def create(self, draft: DossierDraft, *, today: date | None = None) -> int:
        draft = draft.validated(today or date.today())
        with self._ws.unit() as s:
            self._open_client(s, draft.client_id)
            rec = ReunificationDossierRecord(
                client_id=draft.client_id,
                opened_on=draft.opened_on,
                nidos=draft.nidos,
                notes=draft.notes,
            )
            s.add(rec)
            s.flush()
            self._audit(s, "dossier.create", rec.id, {"client_id": draft.client_id})
            return rec.id

    def update(self, dossier_id: int, draft: DossierDraft, *, today: date | None = None) -> None:
        draft = draft.validated(today or date.today())
        with self._ws.unit() as s:
            rec = self._dossier(s, dossier_id)
            if draft.client_id != rec.client_id:
                self._open_client(s, draft.client_id)
            if rec.closed_on is not None and draft.opened_on > rec.closed_on:
                raise InvalidInput(InputProblem("opened after it was closed", field="opened_on"))
            changed = [
                name
                for name, old, new in (
                    ("client_id", rec.client_id, draft.client_id),
                    ("opened_on", rec.opened_on, draft.opened_on),
                    ("nidos", rec.nidos, draft.nidos),
                    ("notes", rec.notes, draft.notes),
                )
                if old != new
            ]
            rec.client_id = draft.client_id
            rec.opened_on = draft.opened_on
            rec.nidos = draft.nidos
            rec.notes = draft.notes
            self._audit(s, "dossier.update", rec.id, {"fields": changed})

    def mark_reviewed(self, dossier_id: int, *, today: date | None = None) -> None:
        """The monthly review: who (the signed-in account) and when."""
        today = today or date.today()
        with self._ws.unit() as s:
            rec = self._dossier(s, dossier_id)
            rec.last_reviewed_on = today
            rec.reviewed_by_account_id = self._ws.user.account_id or None
            self._audit(s, "dossier.review", rec.id)

    def close(
        self,
        dossier_id: int,
        outcome: DossierOutcome,
        closed_on: date,
        arrivals: list[ArrivalDraft] | tuple[ArrivalDraft, ...] = (),
        *,
        today: date | None = None,
    ) -> list[int]:
        """Close with an outcome; arrivals (successful only) become clients. Returns their ids."""
        today = today or date.today()
        outcome = DossierOutcome(outcome)
        if closed_on > today:
            raise InvalidInput(InputProblem("the closing date lies in the future", "closed_on"))
        if arrivals and outcome is not DossierOutcome.SUCCESSFUL:
            raise InvalidInput(InputProblem("only a successful dossier brings family members"))
        with self._ws.unit() as s:
            rec = self._dossier(s, dossier_id)
            if rec.closed_on is not None:
                raise InvalidInput(InputProblem("this dossier is already closed"))
            if closed_on < rec.opened_on:
                raise InvalidInput(InputProblem("closed before it was opened", "closed_on"))
            rec.closed_on = closed_on
            rec.outcome = outcome.value
            s.flush()
            self._audit(s, "dossier.close", rec.id, {"outcome": outcome.value})
            return register_arrivals(self._ws, s, rec, arrivals, today)

    def reopen(self, dossier_id: int) -> None:
        with self._ws.unit() as s:
            rec = self._dossier(s, dossier_id)
            rec.closed_on = None
            rec.outcome = None
            self._audit(s, "dossier.reopen", rec.id)

    def register_arrivals(
        self, dossier_id: int, arrivals: list[ArrivalDraft], *, today: date | None = None
    ) -> list[int]:
        """Family members who arrived later (or were not registered on closing)."""
        today = today or date.today()
        with self._ws.unit() as s:
            rec = self._dossier(s, dossier_id)
            if rec.outcome not in (None, DossierOutcome.SUCCESSFUL.value):
                raise InvalidInput(InputProblem("this dossier did not end successfully"))
            return register_arrivals(self._ws, s, rec, arrivals, today)

    # -- family members ------------------------------------------------------------------
    def add_member(
        self, dossier_id: int, draft: FamilyMemberDraft, *, today: date | None = None
    ) -> int:
        draft = draft.validated(today or date.today())
        with self._ws.unit() as s:
            rec = self._dossier(s, dossier_id)
            member = FamilyMemberRecord(dossier_id=rec.id, **_member_values(draft))
            s.add(member)
            s.flush()
            self._audit(s, "dossier.member_add", rec.id, {"family_member_id": member.id})
            return member.id

    def update_member(
        self, member_id: int, draft: FamilyMemberDraft, *, today: date | None = None
    ) -> None:
        draft = draft.validated(today or date.today())
        with self._ws.unit() as s:
            member = self._member(s, member_id)
            for key, value in _member_values(draft).items():
                setattr(member, key, value)
            self._audit(
                s, "dossier.member_update", member.dossier_id, {"family_member_id": member.id}
            )

    def remove_member(self, member_id: int) -> None:
        """Remove a family member from the dossier; a client made from them stays."""
        with self._ws.unit() as s:
            member = self._member(s, member_id)
            dossier_id = member.dossier_id
            s.delete(member)
            self._audit(s, "dossier.member_remove", dossier_id, {"family_member_id": member_id})

    # -- procedure steps -----------------------------------------------------------------
    def add_step(self, dossier_id: int, draft: StepDraft, *, today: date | None = None) -> int:
        draft = draft.validated(today or date.today())
        with self._ws.unit() as s:
            rec = self._dossier(s, dossier_id)
            step = ProcedureStepRecord(
                dossier_id=rec.id, step=draft.kind.value, date=draft.on, note=draft.note
            )
            s.add(step)
            s.flush()
            self._audit(
                s, "dossier.step_add", rec.id, {"step_id": step.id, "step": draft.kind.value}
            )
            return step.id

    def update_step(self, step_id: int, draft: StepDraft, *, today: date | None = None) -> None:
        draft = draft.validated(today or date.today())
        with self._ws.unit() as s:
            step = self._step(s, step_id)
            step.step, step.date, step.note = draft.kind.value, draft.on, draft.note
            self._audit(s, "dossier.step_update", step.dossier_id, {"step_id": step.id})

    def remove_step(self, step_id: int) -> None:
        with self._ws.unit() as s:
            step = self._step(s, step_id)
            dossier_id = step.dossier_id
            s.delete(step)
            self._audit(s, "dossier.step_remove", dossier_id, {"step_id": step_id})

    # -- helpers -------------------------------------------------------------------------
    def _open_client(self, s: Session, client_id: int) -> ClientRecord:
        client = s.get(ClientRecord, client_id)
        if client is None or client.anonymised_on is not None:
            raise NotFound(f"no client {client_id}")
        return client

    def _dossier(self, s: Session, dossier_id: int) -> ReunificationDossierRecord:
        rec = s.get(ReunificationDossierRecord, dossier_id)
        if rec is None:
            raise NotFound(f"no dossier {dossier_id}")
        return rec

    def _member(self, s: Session, member_id: int) -> FamilyMemberRecord:
        member = s.get(FamilyMemberRecord, member_id)
        if member is None:
            raise NotFound(f"no family member {member_id}")
        return member

    def _step(self, s: Session, step_id: int) -> ProcedureStepRecord:
        step = s.get(ProcedureStepRecord, step_id)
        if step is None:
            raise NotFound(f"no procedure step {step_id}")
        return step

    def _family_names(self, s: Session, ids: list[int]) -> dict[int, list[str]]:
        found: dict[int, list[str]] = {}
        if not ids:
            return found
        m = FamilyMemberRecord
        rows = s.execute(select(m.dossier_id, m.name).where(m.dossier_id.in_(ids)).order_by(m.id))
        for dossier_id, name in rows:
            found.setdefault(dossier_id, []).append(name)
        return found

    def _steps(self, s: Session, ids: list[int]) -> dict[int, list[tuple[str, date]]]:
        found: dict[int, list[tuple[str, date]]] = {}
        if not ids:
            return found
        p = ProcedureStepRecord
        for dossier_id, kind, on in s.execute(
            select(p.dossier_id, p.step, p.date).where(p.dossier_id.in_(ids))
        ):
            found.setdefault(dossier_id, []).append((kind, on))
        return found

    def _audit(
        self, s: Session, action: str, entity_id: int, detail=None, *, entity: str = "dossier"
    ) -> None:
        self._ws.audit.record(s, self._ws.user.account_id, action, entity, entity_id, detail)


def _member_values(draft: FamilyMemberDraft) -> dict:
    return {
        "name": draft.name,
        "relation": draft.relation,
        "birth_date": draft.birth_date,
        "country": draft.country,
        "place": draft.place,
    }
