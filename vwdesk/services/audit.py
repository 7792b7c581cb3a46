"""The audit trail: append-only events chained with an HMAC keyed from the data key.

Each event's MAC covers its own fields and the previous event's MAC, so a
removed, inserted or altered event breaks the chain (`vwdesk check` walks it).
Events carry ids, never names.
"""

from __future__ import annotations

import hashlib
import hmac
import json
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from vwdesk.db.records import AuditEventRecord


@dataclass(frozen=True)
class AuditProblem:
    event_id: int
    reason: str


def _mac(key: bytes, previous: str, at: datetime, account_id, action, entity, entity_id, detail):
    payload = json.dumps(
        [previous, at.isoformat(), account_id, action, entity, entity_id, detail],
        separators=(",", ":"),
    ).encode("utf-8")
    return hmac.new(key, payload, hashlib.sha256).hexdigest()


class AuditTrail:
    def __init__(self, key: bytes):
        self._key = key

    def record(
        self,
        session: Session,
        account_id: int | None,
        action: str,
        entity: str = "",
        entity_id: int | None = None,
        detail: dict | None = None,
    ) -> None:
        """Add one event inside the caller's transaction (so it commits with the change)."""
        previous = session.scalar(
            select(AuditEventRecord.mac).order_by(AuditEventRecord.id.desc()).limit(1)
        )
        at = datetime.now().replace(microsecond=0)
        detail_text = json.dumps(detail or {}, sort_keys=True, separators=(",", ":"))
        mac = _mac(
            self._key, previous or "", at, account_id, action, entity, entity_id, detail_text
        )
        session.add(
            AuditEventRecord(
                at=at,
                account_id=account_id,
                action=action,
                entity=entity,
                entity_id=entity_id,
                detail=detail_text,
                mac=mac,
            )
        )
        session.flush()

    def verify(self, session: Session) -> list[AuditProblem]:
        problems: list[AuditProblem] = []
        previous = ""
        last_id = 0
        for ev in session.scalars(select(AuditEventRecord).order_by(AuditEventRecord.id)):
            expected = _mac(
                self._key,
                previous,
                ev.at,
                ev.account_id,
                ev.action,
                ev.entity,
                ev.entity_id,
                ev.detail,
            )
            if not hmac.compare_digest(expected, ev.mac):
                problems.append(AuditProblem(ev.id, "altered, or an event before it was removed"))
            if ev.id != last_id + 1 and last_id:
                problems.append(AuditProblem(ev.id, "events before it are missing"))
            previous = ev.mac
            last_id = ev.id
        return problems
