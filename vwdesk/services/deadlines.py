"""Deadline rules (edited by the team leader) and the deadlines they give today.

The rules are rows of `deadline_rule`; a new file gets the documented
defaults of resources/deadline_rules.json, so no legal period is written in
the code. Computing needs no permission; changing a rule needs EDIT_RULES.

The loaders below take the caller's session, so the dossier list and the
overview compute their deadlines inside their own single read.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Iterable
from datetime import date
from typing import TYPE_CHECKING

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from vwdesk.db.records import (
    ClientRecord,
    DeadlineRuleRecord,
    ProcedureStepRecord,
    ReunificationDossierRecord,
)
from vwdesk.domain.deadlines import (
    ClientFacts,
    Deadline,
    DeadlineAnchor,
    DeadlineRule,
    DeadlineRuleDraft,
    DossierFacts,
    StepFact,
    client_deadlines,
    dossier_deadlines,
)
from vwdesk.domain.errors import NotFound
from vwdesk.domain.permissions import Permission
from vwdesk.resources import resource

if TYPE_CHECKING:
    from vwdesk.services.workspace import Workspace

DEFAULTS_FILE = ("deadline_rules.json",)


# -- the shipped defaults ----------------------------------------------------------------
def default_rule_rows() -> list[dict]:
    """The default rules as rows for `deadline_rule` (read from the resources folder)."""
    data = json.loads(resource(*DEFAULTS_FILE).read_text(encoding="utf-8"))
    rows = []
    for rule in data["rules"]:
        draft = DeadlineRuleDraft(
            label=rule["label"],
            anchor=DeadlineAnchor(rule["anchor"]),
            months=int(rule["months"]),
            days=int(rule["days"]),
            remind_days_before=int(rule["remind_days_before"]),
            legal_source=rule["legal_source"],
            checked_on=date.fromisoformat(rule["checked_on"]) if rule["checked_on"] else None,
        ).validated()
        rows.append({"key": rule["key"], **_values(draft)})
    return rows


def _values(draft: DeadlineRuleDraft) -> dict:
    return {
        "label": draft.label,
        "anchor": draft.anchor.value,
        "months": draft.months,
        "days": draft.days,
        "remind_days_before": draft.remind_days_before,
        "legal_source": draft.legal_source,
        "checked_on": draft.checked_on,
        "active": draft.active,
    }


# -- loading inside a caller's session --------------------------------------------------
def _rule(rec: DeadlineRuleRecord) -> DeadlineRule | None:
    try:
        anchor = DeadlineAnchor(rec.anchor)
    except ValueError:
        return None  # a rule another part of the app keeps (e.g. a guidance period)
    return DeadlineRule(
        id=rec.id,
        key=rec.key,
        label=rec.label,
        anchor=anchor,
        months=rec.months,
        days=rec.days,
        remind_days_before=rec.remind_days_before,
        legal_source=rec.legal_source,
        checked_on=rec.checked_on,
        active=rec.active,
    )


def load_rules(s: Session, *, active_only: bool = True) -> list[DeadlineRule]:
    query = select(DeadlineRuleRecord).order_by(DeadlineRuleRecord.id)
    if active_only:
        query = query.where(DeadlineRuleRecord.active.is_(True))
    return [r for r in map(_rule, s.scalars(query)) if r is not None]


def _full_name(first, last):
    return first + " " + last


def load_dossier_deadlines(
    s: Session,
    rules: list[DeadlineRule],
    *,
    dossier_ids: Iterable[int] | None = None,
    client_ids: Iterable[int] | None = None,
) -> dict[int, list[Deadline]]:
    """Running deadlines per open dossier (dossier id -> deadlines by due date)."""
    d, c = ReunificationDossierRecord, ClientRecord
    query = (
        select(d.id, d.client_id, c.first_name, c.last_name)
        .join(c, c.id == d.client_id)
        .where(d.closed_on.is_(None))
    )
    if dossier_ids is not None:
        query = query.where(d.id.in_(list(dossier_ids)))
    if client_ids is not None:
        query = query.where(d.client_id.in_(list(client_ids)))
    heads = s.execute(query).all()
    if not heads or not any(r.anchor.on_dossier for r in rules):
        return {row.id: [] for row in heads}
    steps: dict[int, list[StepFact]] = defaultdict(list)
    p = ProcedureStepRecord
    step_rows = s.execute(
        select(p.dossier_id, p.step, p.date).where(p.dossier_id.in_([h.id for h in heads]))
    )
    for dossier_id, kind, on in step_rows:
        steps[dossier_id].append(StepFact(kind, on))
    return {
        h.id: dossier_deadlines(
            rules,
            DossierFacts(
                dossier_id=h.id,
                client_id=h.client_id,
                client_name=_full_name(h.first_name, h.last_name),
                closed=False,
                steps=tuple(steps[h.id]),
            ),
        )
        for h in heads
    }


def load_client_deadlines(
    s: Session, rules: list[DeadlineRule], *, client_ids: Iterable[int] | None = None
) -> list[Deadline]:
    """Reminders from the dates of open clients (not closed, not anonymised)."""
    if not any(not r.anchor.on_dossier for r in rules):
        return []
    c = ClientRecord
    query = select(
        c.id,
        c.first_name,
        c.last_name,
        c.housed_on,
        c.permit_expires_on,
        c.travel_document_expires_on,
        c.pvt_required,
        c.pvt_signed_on,
    ).where(c.closed_on.is_(None), c.anonymised_on.is_(None))
    if client_ids is not None:
        query = query.where(c.id.in_(list(client_ids)))
    found: list[Deadline] = []
    for row in s.execute(query):
        found += client_deadlines(
            rules,
            ClientFacts(
                client_id=row.id,
                client_name=_full_name(row.first_name, row.last_name),
                housed_on=row.housed_on,
                permit_expires_on=row.permit_expires_on,
                travel_document_expires_on=row.travel_document_expires_on,
                pvt_required=row.pvt_required,
                pvt_signed_on=row.pvt_signed_on,
            ),
        )
    return found


def by_due_date(deadlines: Iterable[Deadline]) -> list[Deadline]:
    return sorted(deadlines, key=lambda d: (d.due_on, d.client_name, d.label))


class DeadlineService:
    def __init__(self, ws: Workspace):
        self._ws = ws

    # -- the rules ---------------------------------------------------------------------
    def rules(self) -> list[DeadlineRule]:
        """Every rule the deadlines come from, inactive ones included (for the editor)."""
        with self._ws.reading() as s:
            return load_rules(s, active_only=False)

    def create_rule(self, draft: DeadlineRuleDraft, *, today: date | None = None) -> DeadlineRule:
        self._ws.require(Permission.EDIT_RULES)
        draft = draft.validated(today or date.today())
        with self._ws.unit() as s:
            number = (s.scalar(select(func.max(DeadlineRuleRecord.id))) or 0) + 1
            key = f"team_{number}"
            while s.scalar(select(DeadlineRuleRecord.id).where(DeadlineRuleRecord.key == key)):
                number += 1
                key = f"team_{number}"
            rec = DeadlineRuleRecord(key=key, **_values(draft))
            s.add(rec)
            s.flush()
            self._audit(s, "deadline_rule.create", rec)
            return _rule(rec)

    def update_rule(
        self, rule_id: int, draft: DeadlineRuleDraft, *, today: date | None = None
    ) -> DeadlineRule:
        """Change a rule; every deadline it governs moves with it (they are computed)."""
        self._ws.require(Permission.EDIT_RULES)
        draft = draft.validated(today or date.today())
        with self._ws.unit() as s:
            rec = s.get(DeadlineRuleRecord, rule_id)
            if rec is None or _rule(rec) is None:
                raise NotFound(f"no deadline rule {rule_id}")
            changed = sorted(k for k, v in _values(draft).items() if getattr(rec, k) != v)
            for key, value in _values(draft).items():
                setattr(rec, key, value)
            s.flush()
            self._audit(s, "deadline_rule.update", rec, {"fields": changed})
            return _rule(rec)

    def restore_defaults(self) -> int:
        """Add the shipped rules the file lacks (by key); edited rules stay as they are."""
        self._ws.require(Permission.EDIT_RULES)
        with self._ws.unit() as s:
            have = set(s.scalars(select(DeadlineRuleRecord.key)))
            added = 0
            for row in default_rule_rows():
                if row["key"] in have:
                    continue
                rec = DeadlineRuleRecord(**row)
                s.add(rec)
                s.flush()
                self._audit(s, "deadline_rule.create", rec, {"default": True})
                added += 1
            return added

    def _audit(self, s: Session, action: str, rec: DeadlineRuleRecord, detail=None) -> None:
        self._ws.audit.record(
            s, self._ws.user.account_id, action, "deadline_rule", rec.id, detail or {}
        )

    # -- the deadlines -------------------------------------------------------------------
    def for_dossier(self, dossier_id: int) -> list[Deadline]:
        with self._ws.reading() as s:
            found = load_dossier_deadlines(s, load_rules(s), dossier_ids=[dossier_id])
            return found.get(dossier_id, [])

    def for_client(self, client_id: int) -> list[Deadline]:
        """The client's own reminders and those of the dossiers they are the referent of."""
        with self._ws.reading() as s:
            rules = load_rules(s)
            found = load_client_deadlines(s, rules, client_ids=[client_id])
            for deadlines in load_dossier_deadlines(s, rules, client_ids=[client_id]).values():
                found += deadlines
            return by_due_date(found)

    def needing_attention(
        self,
        today: date,
        *,
        horizon_days: int = 14,
        client_ids: Iterable[int] | None = None,
    ) -> list[Deadline]:
        """Overdue, due within `horizon_days`, or inside their rule's reminder window."""
        with self._ws.reading() as s:
            return attention_in(s, today, horizon_days=horizon_days, client_ids=client_ids)


def attention_in(
    s: Session,
    today: date,
    *,
    horizon_days: int = 14,
    client_ids: Iterable[int] | None = None,
) -> list[Deadline]:
    rules = load_rules(s)
    ids = None if client_ids is None else list(client_ids)
    found = load_client_deadlines(s, rules, client_ids=ids)
    for deadlines in load_dossier_deadlines(s, rules, client_ids=ids).values():
        found += deadlines
    return by_due_date(d for d in found if d.needs_attention(today, horizon_days))
