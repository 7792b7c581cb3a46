"""The participation statement per client, and the deadlines coming up.

The deadline comes from the team's deadline rule with anchor `first_housing`
(shipped as `pvt`, edited by the team leader in the deadline rules); when no such rule is active,
no deadline is shown rather than a guessed one.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from sqlalchemy import Row, select
from sqlalchemy.orm import Session

from vwdesk.db.records import ClientRecord
from vwdesk.domain.deadlines import DeadlineAnchor, DeadlineRule
from vwdesk.domain.errors import NotFound
from vwdesk.domain.pvt import PvtStatus, PvtUpdate, check_pvt, pvt_suggested
from vwdesk.services.deadlines import load_rules

if TYPE_CHECKING:
    from vwdesk.services.workspace import Workspace


class PvtService:
    def __init__(self, ws: Workspace):
        self._ws = ws

    def status(self, client_id: int) -> PvtStatus:
        with self._ws.reading() as s:
            client = s.get(ClientRecord, client_id)
            if client is None:
                raise NotFound(f"no client {client_id}")
            return _status(client, _rule(s))

    def update(self, client_id: int, update: PvtUpdate, *, today: date | None = None):
        with self._ws.unit() as s:
            client = s.get(ClientRecord, client_id)
            if client is None:
                raise NotFound(f"no client {client_id}")
            update = check_pvt(update, client.housed_on, today or date.today())
            client.pvt_required = update.required
            client.pvt_course_on = update.course_on
            client.pvt_signed_on = update.signed_on
            s.flush()
            self._ws.audit.record(
                s, self._ws.user.account_id, "client.pvt", "client", client.id,
                {"required": update.required, "signed": update.signed_on is not None},
            )  # fmt: skip
            return _status(client, _rule(s))

    def upcoming(
        self, today: date | None = None, *, within_days: int | None = None
    ) -> list[PvtStatus]:
        """Required, unsigned statements of open clients by deadline (overdue first).

        `within_days` keeps those due by then; None keeps them all.
        """
        today = today or date.today()
        with self._ws.reading() as s:
            rule = _rule(s)
            # The columns _status reads, not whole records: at 100,000 clients (12,000
            # waiting) the ORM objects made a 39 MiB peak for the coaching list.
            clients = s.execute(
                select(*_STATUS_COLUMNS).where(
                    ClientRecord.pvt_required.is_(True),
                    ClientRecord.pvt_signed_on.is_(None),
                    ClientRecord.closed_on.is_(None),
                )
            )
            found = [_status(c, rule) for c in clients]
        if within_days is not None:
            found = [p for p in found if (p.days_left(today) or 0) <= within_days and p.deadline]
        return sorted(found, key=lambda p: (p.deadline or date.max, p.client_name))

    def suggestions(self) -> list[PvtStatus]:
        """Open clients the law suggests are required but who are not marked so."""
        with self._ws.reading() as s:
            rule = _rule(s)
            clients = s.scalars(
                select(ClientRecord).where(
                    ClientRecord.integration_obliged.is_(True),
                    ClientRecord.pvt_required.is_(False),
                    ClientRecord.closed_on.is_(None),
                )
            ).all()
            return [_status(c, rule) for c in clients if pvt_suggested(True, c.housed_on)]


def _rule(s: Session) -> DeadlineRule | None:
    """The first active rule counting from first housing (shipped as `pvt`)."""
    rules = [r for r in load_rules(s) if r.anchor is DeadlineAnchor.FIRST_HOUSING]
    return rules[0] if rules else None


# What _status reads of a client; rows of these columns carry the same attribute names.
_STATUS_COLUMNS = (
    ClientRecord.id,
    ClientRecord.first_name,
    ClientRecord.last_name,
    ClientRecord.household_id,
    ClientRecord.housed_on,
    ClientRecord.integration_obliged,
    ClientRecord.pvt_required,
    ClientRecord.pvt_course_on,
    ClientRecord.pvt_signed_on,
)


def _status(c: ClientRecord | Row, rule: DeadlineRule | None) -> PvtStatus:
    deadline = None
    if rule is not None and c.pvt_required:
        deadline = rule.due_after(c.housed_on)
    return PvtStatus(
        client_id=c.id,
        client_name=f"{c.first_name} {c.last_name}",
        household_id=c.household_id,
        housed_on=c.housed_on,
        integration_obliged=c.integration_obliged,
        required=c.pvt_required,
        suggested=pvt_suggested(c.integration_obliged, c.housed_on),
        course_on=c.pvt_course_on,
        signed_on=c.pvt_signed_on,
        deadline=deadline,
        remind_days_before=rule.remind_days_before if rule is not None else 0,
    )
