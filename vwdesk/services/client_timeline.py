"""Everything that happened about one client, newest first, in one list.

Contacts and home visits, checklist items (the client's own checklists and
their household's), referrals, and the family-reunification dossiers they
are the referent of or a family member in: opened, each procedure step,
closed. A few small queries on indexed columns; merged and sorted here.
"""

from __future__ import annotations

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from vwdesk.db.records import (
    ChecklistItemRecord,
    ChecklistRecord,
    ClientRecord,
    ContactRecord,
    FamilyMemberRecord,
    PartnerRecord,
    ProcedureStepRecord,
    ReferralRecord,
    ReunificationDossierRecord,
)
from vwdesk.domain.clients import TimelineEntry, TimelineKind
from vwdesk.domain.enums import Channel
from vwdesk.services.team import volunteer_names

# Within one day: what ends a story comes first, what opens it last (newest first).
_DAY_ORDER = {
    TimelineKind.CLOSED: 0,
    TimelineKind.DOSSIER_CLOSED: 1,
    TimelineKind.DOSSIER_STEP: 2,
    TimelineKind.REFERRAL: 3,
    TimelineKind.CONTACT: 4,
    TimelineKind.HOME_VISIT: 4,
    TimelineKind.CHECKLIST_ITEM: 5,
    TimelineKind.DOSSIER_OPENED: 6,
    TimelineKind.HOUSED: 7,
}


def client_timeline(s: Session, client_id: int) -> list[TimelineEntry]:
    client = s.get(ClientRecord, client_id)
    assert client is not None
    volunteers = volunteer_names(s)

    def who(volunteer_id: int | None) -> str:
        return volunteers.get(volunteer_id, "") if volunteer_id is not None else ""

    entries = [TimelineEntry(client.housed_on, TimelineKind.HOUSED, "", "")]
    if client.closed_on is not None:
        entries.append(
            TimelineEntry(client.closed_on, TimelineKind.CLOSED, client.close_reason, "")
        )

    for c in s.scalars(select(ContactRecord).where(ContactRecord.client_id == client_id)):
        channel = Channel(c.channel)
        kind = TimelineKind.HOME_VISIT if channel == Channel.HOME_VISIT else TimelineKind.CONTACT
        topics = tuple(t.strip() for t in c.topics.split(",") if t.strip())
        entries.append(
            TimelineEntry(c.date, kind, c.kind, c.notes, who(c.volunteer_id), c.id, topics, channel)
        )

    items = s.execute(
        select(ChecklistItemRecord)
        .join(ChecklistRecord, ChecklistRecord.id == ChecklistItemRecord.checklist_id)
        .where(
            or_(
                ChecklistRecord.client_id == client_id,
                ChecklistRecord.household_id == client.household_id,
            )
        )
    ).scalars()
    for item in items:
        on = item.done_on or item.due_on
        if on is not None:
            entries.append(
                TimelineEntry(
                    on, TimelineKind.CHECKLIST_ITEM, item.status, item.title,
                    who(item.volunteer_id), item.id,
                )
            )  # fmt: skip

    referrals = s.execute(
        select(ReferralRecord, PartnerRecord.name)
        .join(PartnerRecord, PartnerRecord.id == ReferralRecord.partner_id)
        .where(ReferralRecord.client_id == client_id)
    )
    for ref, partner in referrals:
        text = f"{partner}: {ref.reason}" if ref.reason else partner
        entries.append(TimelineEntry(ref.date, TimelineKind.REFERRAL, "", text, "", ref.id))

    as_member = select(FamilyMemberRecord.dossier_id).where(
        FamilyMemberRecord.client_id == client_id
    )
    dossiers = s.scalars(
        select(ReunificationDossierRecord).where(
            or_(
                ReunificationDossierRecord.client_id == client_id,
                ReunificationDossierRecord.id.in_(as_member),
            )
        )
    )
    for d in dossiers:
        entries.append(TimelineEntry(d.opened_on, TimelineKind.DOSSIER_OPENED, "", "", "", d.id))
        if d.closed_on is not None:
            entries.append(
                TimelineEntry(
                    d.closed_on, TimelineKind.DOSSIER_CLOSED, d.outcome or "", "", "", d.id
                )
            )
    steps = s.scalars(
        select(ProcedureStepRecord).where(
            or_(
                ProcedureStepRecord.dossier_id.in_(
                    select(ReunificationDossierRecord.id).where(
                        ReunificationDossierRecord.client_id == client_id
                    )
                ),
                ProcedureStepRecord.dossier_id.in_(as_member),
            )
        )
    )
    for step in steps:
        entries.append(
            TimelineEntry(step.date, TimelineKind.DOSSIER_STEP, step.step, step.note, "", step.id)
        )

    entries.sort(key=lambda e: (e.on, -_DAY_ORDER[e.kind], e.ref_id or 0), reverse=True)
    return entries
