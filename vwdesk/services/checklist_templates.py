"""Checklist templates: the shipped ones for a new file, and the team leader's edits.

Templates are versioned: saving a template whose current version already has
checklists makes a new version; checklists keep the version they started
from, and their items keep the titles they were given. A version that nobody
uses yet is simply rewritten, so a team leader's typo fixes do not pile up
versions.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from sqlalchemy import Connection, and_, func, insert, select
from sqlalchemy.orm import Session

from vwdesk.db.records import ChecklistRecord, ChecklistTemplateItemRecord, ChecklistTemplateRecord
from vwdesk.domain.checklists import (
    SHIPPED_TEMPLATES,
    ChecklistTemplate,
    Scope,
    TemplateDraft,
    TemplateItem,
    check_template,
    format_fields,
    parse_fields,
)
from vwdesk.domain.errors import NotFound
from vwdesk.domain.permissions import Permission

if TYPE_CHECKING:
    from vwdesk.services.workspace import Workspace


def _template(rec: ChecklistTemplateRecord, instances: int = 0) -> ChecklistTemplate:
    return ChecklistTemplate(
        id=rec.id,
        key=rec.key,
        name=rec.name,
        version=rec.version,
        scope=Scope(rec.scope),
        current=rec.current,
        items=tuple(
            TemplateItem(i.position, i.key, i.title, i.help, parse_fields(i.fields), i.when_needed)
            for i in rec.items
        ),
        instances=instances,
    )


class ChecklistTemplateService:
    def __init__(self, ws: Workspace):
        self._ws = ws

    def templates(self, *, include_old: bool = False) -> list[ChecklistTemplate]:
        """The current version of every template (every version with include_old)."""
        with self._ws.reading() as s:
            query = select(ChecklistTemplateRecord).order_by(
                ChecklistTemplateRecord.key, ChecklistTemplateRecord.version
            )
            if not include_old:
                query = query.where(ChecklistTemplateRecord.current.is_(True))
            counts = dict(
                s.execute(
                    select(ChecklistRecord.template_id, func.count()).group_by(
                        ChecklistRecord.template_id
                    )
                ).all()
            )
            return [_template(t, counts.get(t.id, 0)) for t in s.scalars(query)]

    def template(self, template_id: int) -> ChecklistTemplate:
        with self._ws.reading() as s:
            rec = s.get(ChecklistTemplateRecord, template_id)
            if rec is None:
                raise NotFound(f"no checklist template {template_id}")
            used = s.scalar(select(func.count()).where(ChecklistRecord.template_id == template_id))
            return _template(rec, used or 0)

    def save_template(self, draft: TemplateDraft) -> ChecklistTemplate:
        """Store a template: a new version when checklists use the current one."""
        self._ws.require(Permission.EDIT_RULES)
        draft = check_template(draft)
        with self._ws.unit() as s:
            current = current_template(s, draft.key)
            used = current is not None and bool(
                s.scalar(select(func.count()).where(ChecklistRecord.template_id == current.id))
            )
            if current is not None and not used:
                rec = current
                rec.items.clear()
                s.flush()
            else:
                rec = ChecklistTemplateRecord(
                    key=draft.key, version=(current.version + 1) if current else 1
                )
                if current is not None:
                    current.current = False
                    s.flush()  # only one current version per key
                s.add(rec)
            rec.name = draft.name
            rec.scope = draft.scope.value
            rec.current = True
            rec.items.extend(
                ChecklistTemplateItemRecord(
                    position=n,
                    key=item.key,
                    title=item.title,
                    help=item.help,
                    fields=format_fields(item.fields),
                    when_needed=item.when_needed,
                )
                for n, item in enumerate(draft.items, start=1)
            )
            s.flush()
            self._ws.audit.record(
                s, self._ws.user.account_id, "checklist_template.save", "checklist_template",
                rec.id, {"version": rec.version, "items": len(draft.items)},
            )  # fmt: skip
            return _template(rec)


def current_template(s: Session, key: str) -> ChecklistTemplateRecord | None:
    return s.scalar(
        select(ChecklistTemplateRecord).where(
            and_(ChecklistTemplateRecord.key == key, ChecklistTemplateRecord.current.is_(True))
        )
    )


def insert_shipped_templates(conn: Connection) -> None:
    """The Dutch templates of domain/checklists.py, version 1, into a brand-new file."""
    for draft in SHIPPED_TEMPLATES:
        template_id = conn.execute(
            insert(ChecklistTemplateRecord).values(
                key=draft.key, name=draft.name, version=1, scope=draft.scope.value, current=True
            )
        ).inserted_primary_key[0]
        conn.execute(
            insert(ChecklistTemplateItemRecord),
            [
                {
                    "template_id": template_id,
                    "position": n,
                    "key": item.key,
                    "title": item.title,
                    "help": item.help,
                    "fields": format_fields(item.fields),
                    "when_needed": item.when_needed,
                }
                for n, item in enumerate(draft.items, start=1)
            ],
        )
