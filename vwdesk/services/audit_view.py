"""Reading the audit trail for team leaders (Beheer > Logboek) and for the right of access.

Events carry ids, never names (audit.py). This service filters them by
account, action, period and person, and says which client an event is about:
directly (entity `client`), through the event's detail (`client_id`), or
through the record it names (a dossier, contact, trajectory, referral or
checklist of that client). Names are resolved by the caller through the
clients service at display time and are never stored in the trail.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from typing import TYPE_CHECKING

from sqlalchemy import and_, false, func, or_, select
from sqlalchemy.orm import Session

from vwdesk.db.records import (
    AccountRecord,
    AuditEventRecord,
    ChecklistItemRecord,
    ChecklistRecord,
    ContactRecord,
    ReferralRecord,
    ReunificationDossierRecord,
    TrajectoryRecord,
)
from vwdesk.domain.permissions import Permission

if TYPE_CHECKING:
    from vwdesk.services.workspace import Workspace

DEFAULT_LIMIT = 2000

# Records of one client that events name by (entity, id): entity -> (record, client column).
_OWNED = {
    "dossier": (ReunificationDossierRecord, ReunificationDossierRecord.client_id),
    "contact": (ContactRecord, ContactRecord.client_id),
    "trajectory": (TrajectoryRecord, TrajectoryRecord.client_id),
    "referral": (ReferralRecord, ReferralRecord.client_id),
    "checklist": (ChecklistRecord, ChecklistRecord.client_id),
}


@dataclass(frozen=True)
class AuditQuery:
    account_id: int | None = None
    action: str = ""  # a group ("client") or one action ("client.update"); empty: all
    since: date | None = None
    until: date | None = None  # inclusive
    client_id: int | None = None
    limit: int = DEFAULT_LIMIT


@dataclass(frozen=True)
class AuditEntry:
    event_id: int
    at: datetime
    account_id: int | None
    account: str  # the user name; "" for events without an account (failed sign-ins)
    action: str
    entity: str
    entity_id: int | None
    client_id: int | None  # the person the event is about, when there is one
    detail: dict = field(default_factory=dict)

    @property
    def group(self) -> str:
        return self.action.split(".", 1)[0]


@dataclass(frozen=True)
class AuditPage:
    entries: list[AuditEntry]  # newest first, at most query.limit
    total: int  # every event that matches


@dataclass(frozen=True)
class AuditAccount:
    account_id: int
    username: str
    display_name: str


def action_group(action: str) -> str:
    return action.split(".", 1)[0]


class AuditViewService:
    def __init__(self, ws: Workspace):
        self._ws = ws

    def accounts(self) -> list[AuditAccount]:
        self._ws.require(Permission.VIEW_AUDIT)
        with self._ws.reading() as s:
            rows = s.execute(
                select(
                    AccountRecord.id, AccountRecord.username, AccountRecord.display_name
                ).order_by(AccountRecord.username)
            ).all()
        return [AuditAccount(i, u, d or u) for i, u, d in rows]

    def action_groups(self) -> list[str]:
        """The groups of the actions in this file ("client", "sign_in", "backup" ...)."""
        self._ws.require(Permission.VIEW_AUDIT)
        with self._ws.reading() as s:
            actions = s.scalars(select(AuditEventRecord.action).distinct())
            return sorted({action_group(a) for a in actions})

    def events(self, query: AuditQuery | None = None) -> AuditPage:
        self._ws.require(Permission.VIEW_AUDIT)
        query = query or AuditQuery()
        with self._ws.reading() as s:
            conditions = self._conditions(s, query)
            total = s.scalar(select(func.count()).select_from(AuditEventRecord).where(*conditions))
            rows = list(
                s.scalars(
                    select(AuditEventRecord)
                    .where(*conditions)
                    .order_by(AuditEventRecord.id.desc())
                    .limit(query.limit)
                )
            )
            return AuditPage(self._entries(s, rows), total or 0)

    def about_client(self, client_id: int) -> list[AuditEntry]:
        """Every event about one person, oldest first (for the right of access)."""
        with self._ws.reading() as s:
            rows = list(
                s.scalars(
                    select(AuditEventRecord)
                    .where(self._about(s, client_id))
                    .order_by(AuditEventRecord.id)
                )
            )
            return self._entries(s, rows)

    # -- filters -------------------------------------------------------------------------
    def _conditions(self, s: Session, query: AuditQuery) -> list:
        ev = AuditEventRecord
        conditions = []
        if query.account_id is not None:
            conditions.append(ev.account_id == query.account_id)
        if query.action:
            conditions.append(or_(ev.action == query.action, ev.action.like(f"{query.action}.%")))
        if query.since is not None:
            conditions.append(ev.at >= datetime.combine(query.since, time.min))
        if query.until is not None:
            conditions.append(ev.at < datetime.combine(query.until + timedelta(days=1), time.min))
        if query.client_id is not None:
            conditions.append(self._about(s, query.client_id))
        return conditions

    def _about(self, s: Session, client_id: int):
        """Events about one client: by entity, by detail, or by a record of theirs."""
        ev = AuditEventRecord
        about = [
            and_(ev.entity == "client", ev.entity_id == client_id),
            ev.detail.contains(f'"client_id":{client_id},', autoescape=True),
            ev.detail.contains(f'"client_id":{client_id}}}', autoescape=True),
        ]
        for entity, (record, column) in _OWNED.items():
            ids = select(record.id).where(column == client_id)
            about.append(and_(ev.entity == entity, ev.entity_id.in_(ids)))
        items = select(ChecklistItemRecord.id).where(
            ChecklistItemRecord.checklist_id.in_(
                select(ChecklistRecord.id).where(ChecklistRecord.client_id == client_id)
            )
        )
        about.append(and_(ev.entity == "checklist_item", ev.entity_id.in_(items)))
        return or_(false(), *about)

    # -- rows ----------------------------------------------------------------------------
    def _entries(self, s: Session, rows: list[AuditEventRecord]) -> list[AuditEntry]:
        accounts = dict(s.execute(select(AccountRecord.id, AccountRecord.username)).all())
        owners = self._owners(s, rows)
        out = []
        for ev in rows:
            try:
                detail = json.loads(ev.detail) if ev.detail else {}
            except ValueError:
                detail = {}
            if not isinstance(detail, dict):
                detail = {}
            out.append(
                AuditEntry(
                    event_id=ev.id,
                    at=ev.at,
                    account_id=ev.account_id,
                    account=accounts.get(ev.account_id, "") if ev.account_id is not None else "",
                    action=ev.action,
                    entity=ev.entity,
                    entity_id=ev.entity_id,
                    client_id=self._client_of(ev, detail, owners),
                    detail=detail,
                )
            )
        return out

    @staticmethod
    def _client_of(ev: AuditEventRecord, detail: dict, owners: dict) -> int | None:
        if ev.entity == "client" and ev.entity_id is not None:
            return ev.entity_id
        if isinstance(detail.get("client_id"), int):
            return detail["client_id"]
        return owners.get((ev.entity, ev.entity_id))

    @staticmethod
    def _owners(s: Session, rows: list[AuditEventRecord]) -> dict[tuple[str, int], int]:
        """(entity, id) -> client id for the records these events name."""
        wanted: dict[str, set[int]] = {}
        for ev in rows:
            if ev.entity_id is not None and (ev.entity in _OWNED or ev.entity == "checklist_item"):
                wanted.setdefault(ev.entity, set()).add(ev.entity_id)
        owners: dict[tuple[str, int], int] = {}
        for entity, ids in wanted.items():
            if entity == "checklist_item":
                query = (
                    select(ChecklistItemRecord.id, ChecklistRecord.client_id)
                    .join(ChecklistRecord, ChecklistRecord.id == ChecklistItemRecord.checklist_id)
                    .where(ChecklistItemRecord.id.in_(ids))
                )
            else:
                record, column = _OWNED[entity]
                query = select(record.id, column).where(record.id.in_(ids))
            for record_id, client_id in s.execute(query):
                if client_id is not None:
                    owners[(entity, record_id)] = client_id
        return owners
