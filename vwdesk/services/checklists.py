"""The checklists volunteers work through, per household or per client.

A checklist starts from the current version of its template
(services/checklist_templates.py) and copies the items' titles; the help text
and the fields an item asks for are read from the version it started from.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from sqlalchemy import select
from sqlalchemy.orm import Session

from vwdesk.db.records import (
    ChecklistItemRecord,
    ChecklistRecord,
    ChecklistTemplateRecord,
    ClientRecord,
    HouseholdRecord,
    PartnerRecord,
    VolunteerRecord,
)
from vwdesk.domain.checklists import (
    Checklist,
    ChecklistItem,
    ChecklistSummary,
    Choice,
    ItemUpdate,
    PastDueItem,
    Scope,
    check_item_update,
    parse_fields,
    progress_of,
)
from vwdesk.domain.enums import ChecklistItemStatus
from vwdesk.domain.errors import InputProblem, InvalidInput, NotFound
from vwdesk.services.checklist_templates import current_template
from vwdesk.services.owner_names import owner_names

if TYPE_CHECKING:
    from vwdesk.services.workspace import Workspace


class ChecklistService:
    def __init__(self, ws: Workspace):
        self._ws = ws

    # -- templates ---------------------------------------------------------------------
    # -- checklists --------------------------------------------------------------------
    def start(
        self,
        key: str,
        *,
        household_id: int | None = None,
        client_id: int | None = None,
        started_on: date | None = None,
    ) -> Checklist:
        """A new checklist from the current version of template `key`."""
        with self._ws.unit() as s:
            template = current_template(s, key)
            if template is None:
                raise NotFound(f"no checklist template {key!r}")
            household_id, client_id = _owner(s, Scope(template.scope), household_id, client_id)
            running = s.scalar(
                select(ChecklistRecord.id)
                .join(ChecklistTemplateRecord)
                .where(
                    ChecklistTemplateRecord.key == key,
                    ChecklistRecord.closed_on.is_(None),
                    ChecklistRecord.household_id == household_id
                    if household_id is not None
                    else ChecklistRecord.client_id == client_id,
                )
            )
            if running is not None:
                raise InvalidInput(InputProblem("this checklist has already been started"))
            rec = ChecklistRecord(
                template_id=template.id,
                household_id=household_id,
                client_id=client_id,
                started_on=started_on or date.today(),
            )
            rec.items.extend(
                ChecklistItemRecord(position=i.position, key=i.key, title=i.title)
                for i in template.items
            )
            s.add(rec)
            s.flush()
            self._audit(s, "checklist.start", "checklist", rec.id, {"template_id": template.id})
            return self._load(s, rec.id)

    def get(self, checklist_id: int) -> Checklist:
        with self._ws.reading() as s:
            return self._load(s, checklist_id)

    def summaries(
        self,
        *,
        household_id: int | None = None,
        client_id: int | None = None,
        key: str | None = None,
    ) -> list[ChecklistSummary]:
        """Checklists of a household, of a client (their own and their household's), or all."""
        with self._ws.reading() as s:
            query = select(ChecklistRecord, ChecklistTemplateRecord).join(ChecklistTemplateRecord)
            if client_id is not None:
                home = select(ClientRecord.household_id).where(ClientRecord.id == client_id)
                query = query.where(
                    (ChecklistRecord.client_id == client_id)
                    | (ChecklistRecord.household_id.in_(home.scalar_subquery()))
                )
            elif household_id is not None:
                member_ids = select(ClientRecord.id).where(
                    ClientRecord.household_id == household_id
                )
                query = query.where(
                    (ChecklistRecord.household_id == household_id)
                    | ChecklistRecord.client_id.in_(member_ids)
                )
            if key is not None:
                query = query.where(ChecklistTemplateRecord.key == key)
            rows = s.execute(query.order_by(ChecklistRecord.started_on.desc())).all()
            statuses = _statuses(s, [c.id for c, _t in rows])
            names = owner_names(s, [(c.household_id, c.client_id) for c, _t in rows])
            return [
                ChecklistSummary(
                    id=c.id,
                    template_key=t.key,
                    name=t.name,
                    version=t.version,
                    household_id=c.household_id,
                    client_id=c.client_id,
                    owner_name=names[(c.household_id, c.client_id)],
                    started_on=c.started_on,
                    closed_on=c.closed_on,
                    progress=progress_of(statuses.get(c.id, [])),
                )
                for c, t in rows
            ]

    def update_item(self, item_id: int, update: ItemUpdate, *, today: date | None = None):
        """Record the work on one item; returns the whole checklist, progress included."""
        update = check_item_update(update, today or date.today())
        with self._ws.unit() as s:
            item = s.get(ChecklistItemRecord, item_id)
            if item is None:
                raise NotFound(f"no checklist item {item_id}")
            if update.partner_id is not None and s.get(PartnerRecord, update.partner_id) is None:
                raise InvalidInput(InputProblem("unknown partner", field="partner_id"))
            volunteer_id = update.volunteer_id
            if volunteer_id is None and update.status != ChecklistItemStatus.OPEN:
                volunteer_id = item.volunteer_id or self._ws.user.volunteer_id
            item.status = update.status.value
            item.done_on = update.done_on
            item.due_on = update.due_on
            item.volunteer_id = volunteer_id
            item.note = update.note
            item.amount_cents = update.amount_cents
            item.monthly_cents = update.monthly_cents
            item.creditor = update.creditor
            item.partner_id = update.partner_id
            s.flush()
            self._audit(s, "checklist_item.update", "checklist_item", item.id,
                        {"checklist_id": item.checklist_id, "status": item.status})  # fmt: skip
            return self._load(s, item.checklist_id)

    def add_item(self, checklist_id: int, like_item_id: int) -> Checklist:
        """Another item like an existing one, such as a second payment arrangement."""
        with self._ws.unit() as s:
            like = s.get(ChecklistItemRecord, like_item_id)
            if like is None or like.checklist_id != checklist_id:
                raise NotFound(f"no item {like_item_id} in checklist {checklist_id}")
            checklist = s.get(ChecklistRecord, checklist_id)
            for item in checklist.items:  # insert right after the last item with this key
                if item.position > like.position:
                    item.position += 1
            s.flush()
            new = ChecklistItemRecord(position=like.position + 1, key=like.key, title=like.title)
            checklist.items.append(new)
            s.flush()
            self._audit(s, "checklist_item.add", "checklist_item", new.id,
                        {"checklist_id": checklist_id})  # fmt: skip
            return self._load(s, checklist_id)

    def close(self, checklist_id: int, closed_on: date | None) -> Checklist:
        """Close (a date) or reopen (None) a checklist."""
        with self._ws.unit() as s:
            rec = s.get(ChecklistRecord, checklist_id)
            if rec is None:
                raise NotFound(f"no checklist {checklist_id}")
            if closed_on is not None and closed_on < rec.started_on:
                raise InvalidInput(InputProblem("closed before it started", field="closed_on"))
            rec.closed_on = closed_on
            s.flush()
            action = "checklist.close" if closed_on else "checklist.reopen"
            self._audit(s, action, "checklist", rec.id, None)
            return self._load(s, rec.id)

    def volunteers(self, on: date | None = None) -> list[Choice]:
        """Team members active on a day, by name: who did an item."""
        on = on or date.today()
        v = VolunteerRecord
        with self._ws.reading() as s:
            rows = s.execute(
                select(v.id, v.first_name + " " + v.last_name)
                .where(v.active_from <= on, (v.active_until.is_(None)) | (v.active_until >= on))
                .order_by(v.first_name, v.last_name)
            ).all()
            return [Choice(i, n) for i, n in rows]

    def past_due(self, today: date | None = None, *, key: str | None = None) -> list[PastDueItem]:
        """Open items of open checklists whose date lies before today, oldest first."""
        today = today or date.today()
        with self._ws.reading() as s:
            query = (
                select(
                    ChecklistItemRecord,
                    ChecklistRecord,
                    ChecklistTemplateRecord.name,
                    VolunteerRecord.first_name + " " + VolunteerRecord.last_name,
                )
                .join(ChecklistRecord, ChecklistRecord.id == ChecklistItemRecord.checklist_id)
                .join(ChecklistTemplateRecord)
                .outerjoin(VolunteerRecord, VolunteerRecord.id == ChecklistItemRecord.volunteer_id)
                .where(
                    ChecklistItemRecord.status == ChecklistItemStatus.OPEN.value,
                    ChecklistItemRecord.due_on < today,
                    ChecklistRecord.closed_on.is_(None),
                )
                .order_by(ChecklistItemRecord.due_on, ChecklistItemRecord.id)
            )
            if key is not None:
                query = query.where(ChecklistTemplateRecord.key == key)
            rows = s.execute(query).all()
            names = owner_names(s, [(c.household_id, c.client_id) for _i, c, _n, _v in rows])
            return [
                PastDueItem(
                    item_id=i.id,
                    checklist_id=c.id,
                    checklist_name=name,
                    household_id=c.household_id,
                    client_id=c.client_id,
                    owner_name=names[(c.household_id, c.client_id)],
                    title=i.title,
                    due_on=i.due_on,
                    volunteer_name=volunteer or "",
                )
                for i, c, name, volunteer in rows
            ]

    # -- internals ---------------------------------------------------------------------
    def _load(self, s: Session, checklist_id: int) -> Checklist:
        rec = s.get(ChecklistRecord, checklist_id)
        if rec is None:
            raise NotFound(f"no checklist {checklist_id}")
        template = s.get(ChecklistTemplateRecord, rec.template_id)
        shape = {i.key: i for i in template.items}
        rows = s.execute(
            select(
                ChecklistItemRecord,
                VolunteerRecord.first_name + " " + VolunteerRecord.last_name,
                PartnerRecord.name,
            )
            .outerjoin(VolunteerRecord, VolunteerRecord.id == ChecklistItemRecord.volunteer_id)
            .outerjoin(PartnerRecord, PartnerRecord.id == ChecklistItemRecord.partner_id)
            .where(ChecklistItemRecord.checklist_id == checklist_id)
            .order_by(ChecklistItemRecord.position)
        ).all()
        name = owner_names(s, [(rec.household_id, rec.client_id)])
        return Checklist(
            id=rec.id,
            template_id=template.id,
            template_key=template.key,
            name=template.name,
            version=template.version,
            scope=Scope(template.scope),
            household_id=rec.household_id,
            client_id=rec.client_id,
            owner_name=name[(rec.household_id, rec.client_id)],
            started_on=rec.started_on,
            closed_on=rec.closed_on,
            items=tuple(_item(i, shape.get(i.key), v, p) for i, v, p in rows),
        )

    def _audit(self, s: Session, action: str, entity: str, entity_id: int, detail) -> None:
        self._ws.audit.record(s, self._ws.user.account_id, action, entity, entity_id, detail)


def _item(rec: ChecklistItemRecord, shape, volunteer: str | None, partner: str | None):
    return ChecklistItem(
        id=rec.id,
        position=rec.position,
        key=rec.key,
        title=rec.title,
        help=shape.help if shape else "",
        fields=parse_fields(shape.fields) if shape else (),
        when_needed=shape.when_needed if shape else False,
        status=ChecklistItemStatus(rec.status),
        due_on=rec.due_on,
        done_on=rec.done_on,
        volunteer_id=rec.volunteer_id,
        volunteer_name=volunteer or "",
        note=rec.note,
        amount_cents=rec.amount_cents,
        monthly_cents=rec.monthly_cents,
        creditor=rec.creditor,
        partner_id=rec.partner_id,
        partner_name=partner or "",
    )


def _statuses(s: Session, checklist_ids: list[int]) -> dict[int, list[str]]:
    found: dict[int, list[str]] = {}
    if not checklist_ids:
        return found
    for checklist_id, status in s.execute(
        select(ChecklistItemRecord.checklist_id, ChecklistItemRecord.status).where(
            ChecklistItemRecord.checklist_id.in_(checklist_ids)
        )
    ):
        found.setdefault(checklist_id, []).append(status)
    return found


def _owner(s: Session, scope: Scope, household_id, client_id) -> tuple[int | None, int | None]:
    """A household checklist belongs to a household (a client's household will do)."""
    if scope == Scope.HOUSEHOLD:
        if household_id is None and client_id is not None:
            household_id = s.scalar(
                select(ClientRecord.household_id).where(ClientRecord.id == client_id)
            )
        if household_id is None or s.get(HouseholdRecord, household_id) is None:
            raise InvalidInput(InputProblem("choose a household", field="household_id"))
        return household_id, None
    if client_id is None or s.get(ClientRecord, client_id) is None:
        raise InvalidInput(InputProblem("choose a client", field="client_id"))
    return None, client_id
