"""Contact moments: logged at the hour, by phone or e-mail, or as a home visit.

Every volunteer may log and undo (the same day) contacts; each write is
audited with ids only. `add_contact` is the one place a ContactRecord is
made, so the home-visit service goes through the same rules.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING

from sqlalchemy import delete, select, update
from sqlalchemy.orm import Session, aliased

from vwdesk.db.records import (
    ClientRecord,
    ConsultationSessionRecord,
    ContactRecord,
    DeadlineRuleRecord,
    PartnerRecord,
    PlannedVisitRecord,
    ReferralRecord,
    SettingRecord,
    VolunteerRecord,
)
from vwdesk.domain.enums import Channel, ContactKind
from vwdesk.domain.errors import InputProblem, InvalidInput, NotFound
from vwdesk.domain.permissions import Permission
from vwdesk.domain.sessions import (
    DEFAULT_TOPICS,
    SOCIAL_GUIDANCE_MONTHS,
    SOCIAL_GUIDANCE_RULE,
    ClientHint,
    ContactInfo,
    ContactInput,
    PartnerChoice,
    Refusal,
    Refused,
    beyond_guidance,
    guidance_ends_on,
    normalise_topic,
    parse_topics,
    topics_text,
    validate_contact,
)

if TYPE_CHECKING:
    from vwdesk.services.workspace import Workspace

TOPICS_KEY = "contact_topics"  # the team's topic list, comma separated, in the setting table


def guidance_months(s: Session) -> int:
    months = s.scalar(
        select(DeadlineRuleRecord.months).where(DeadlineRuleRecord.key == SOCIAL_GUIDANCE_RULE)
    )
    return months or SOCIAL_GUIDANCE_MONTHS


def add_contact(ws: Workspace, s: Session, inp: ContactInput) -> ContactRecord:
    """Check and store one contact (and its referral) inside the caller's unit of work."""
    validate_contact(inp)
    on = inp.date
    if inp.session_id is not None:
        session = s.get(ConsultationSessionRecord, inp.session_id)
        if session is None:
            raise NotFound(f"no session {inp.session_id}")
        if session.cancelled:
            raise Refused(Refusal.SESSION_CANCELLED, "this session is cancelled")
        on = session.date
    # A contact that has not happened yet: a date typed ahead outside an hour, an hour still
    # to come, a home visit recorded before its day. The figures count contacts by date.
    if on > date.today():
        raise Refused(Refusal.DATE_IN_FUTURE, "a contact cannot lie ahead", field="date")
    if inp.client_id is not None and s.get(ClientRecord, inp.client_id) is None:
        raise NotFound(f"no client {inp.client_id}")
    volunteer_id = inp.volunteer_id if inp.volunteer_id is not None else ws.user.volunteer_id
    if volunteer_id is not None and s.get(VolunteerRecord, volunteer_id) is None:
        raise NotFound(f"no volunteer {volunteer_id}")
    rec = ContactRecord(
        date=on,
        kind=ContactKind(inp.kind).value,
        channel=Channel(inp.channel).value,
        client_id=inp.client_id,
        volunteer_id=volunteer_id,
        session_id=inp.session_id,
        minutes=inp.minutes,
        topics=topics_text(inp.topics),
        follow_up=inp.follow_up.strip(),
        notes=inp.notes.strip(),
    )
    s.add(rec)
    s.flush()
    ws.audit.record(
        s,
        ws.user.account_id,
        "contact.add",
        "contact",
        rec.id,
        {"kind": rec.kind, "channel": rec.channel, "session_id": rec.session_id},
    )
    if inp.referral_partner_id is not None:
        partner = s.get(PartnerRecord, inp.referral_partner_id)
        if partner is None:
            raise NotFound(f"no partner {inp.referral_partner_id}")
        ref = ReferralRecord(
            client_id=inp.client_id,
            partner_id=partner.id,
            date=on,
            reason=inp.referral_reason.strip(),
            contact_id=rec.id,
        )
        s.add(ref)
        s.flush()
        ws.audit.record(
            s,
            ws.user.account_id,
            "referral.add",
            "referral",
            ref.id,
            {"contact_id": rec.id, "partner_id": partner.id},
        )
    return rec


def contact_infos(s: Session, where, order, limit: int | None = None) -> list[ContactInfo]:
    """Contacts with the names the screen shows, in two queries whatever their number."""
    c, cl, v = ContactRecord, ClientRecord, aliased(VolunteerRecord)
    query = (
        select(c, cl.first_name, cl.last_name, cl.housed_on, v.first_name, v.last_name)
        .outerjoin(cl, cl.id == c.client_id)
        .outerjoin(v, v.id == c.volunteer_id)
        .where(where)
        .order_by(*order)
    )
    if limit is not None:
        query = query.limit(limit)
    rows = s.execute(query).all()
    partners: dict[int, str] = {}
    if rows:
        ids = [r[0].id for r in rows]
        for cid, name in s.execute(
            select(ReferralRecord.contact_id, PartnerRecord.name)
            .join(PartnerRecord, PartnerRecord.id == ReferralRecord.partner_id)
            .where(ReferralRecord.contact_id.in_(ids))
        ):
            partners.setdefault(cid, name)
    months = guidance_months(s)
    out = []
    for rec, cf, cln, housed_on, vf, vl in rows:
        kind = ContactKind(rec.kind)
        out.append(
            ContactInfo(
                id=rec.id,
                date=rec.date,
                kind=kind,
                channel=Channel(rec.channel),
                client_id=rec.client_id,
                client_name=f"{cf} {cln}" if rec.client_id is not None else "",
                volunteer_id=rec.volunteer_id,
                volunteer_name=f"{vf} {vl}" if rec.volunteer_id is not None else "",
                session_id=rec.session_id,
                minutes=rec.minutes,
                topics=parse_topics(rec.topics),
                follow_up=rec.follow_up,
                notes=rec.notes,
                referral_partner=partners.get(rec.id, ""),
                beyond_guidance_period=beyond_guidance(kind, housed_on, rec.date, months),
                created_at=rec.created_at,
            )
        )
    return out


class ContactService:
    def __init__(self, ws: Workspace):
        self._ws = ws

    def log(self, inp: ContactInput) -> ContactInfo:
        """One contact, in a session or outside one; the same client twice is fine."""
        with self._ws.unit() as s:
            rec = add_contact(self._ws, s, inp)
            return contact_infos(s, ContactRecord.id == rec.id, [ContactRecord.id])[0]

    def undo(self, contact_id: int) -> None:
        """Take back a contact logged today (a slip at the hour), with its referral."""
        with self._ws.unit() as s:
            rec = s.get(ContactRecord, contact_id)
            if rec is None:
                raise NotFound(f"no contact {contact_id}")
            if rec.created_at.date() != date.today():
                raise Refused(Refusal.UNDO_TOO_LATE, "only today's contacts can be undone")
            referrals = s.scalars(
                select(ReferralRecord.id).where(ReferralRecord.contact_id == contact_id)
            ).all()
            s.execute(delete(ReferralRecord).where(ReferralRecord.id.in_(referrals)))
            s.execute(
                update(PlannedVisitRecord)
                .where(PlannedVisitRecord.contact_id == contact_id)
                .values(contact_id=None)
            )
            s.delete(rec)
            s.flush()
            self._ws.audit.record(
                s,
                self._ws.user.account_id,
                "contact.undo",
                "contact",
                contact_id,
                {"referral_ids": list(referrals)},
            )

    def for_session(self, session_id: int) -> list[ContactInfo]:
        """The hour's contacts, the latest first (what the undo button takes back)."""
        with self._ws.reading() as s:
            return contact_infos(
                s,
                ContactRecord.session_id == session_id,
                [ContactRecord.created_at.desc(), ContactRecord.id.desc()],
            )

    def for_client(self, client_id: int, limit: int | None = None) -> list[ContactInfo]:
        with self._ws.reading() as s:
            return contact_infos(
                s,
                ContactRecord.client_id == client_id,
                [ContactRecord.date.desc(), ContactRecord.id.desc()],
                limit,
            )

    def between(self, first: date, last: date) -> list[ContactInfo]:
        """Every contact dated from `first` to `last` (both included), by date, for the list of
        a period. Read a month at a time: the referral look-up binds one id per contact."""
        out: list[ContactInfo] = []
        start = first
        with self._ws.reading() as s:
            while start <= last:
                end = min(last, start + timedelta(days=30))
                out += contact_infos(
                    s,
                    ContactRecord.date.between(start, end),
                    [ContactRecord.date, ContactRecord.created_at, ContactRecord.id],
                )
                start = end + timedelta(days=1)
        return out

    def logged_today(self) -> list[ContactInfo]:
        """Every contact created today, by anyone, the latest first."""
        start = datetime.combine(date.today(), datetime.min.time())
        with self._ws.reading() as s:
            return contact_infos(
                s,
                ContactRecord.created_at >= start,
                [ContactRecord.created_at.desc(), ContactRecord.id.desc()],
            )

    def client_hint(self, client_id: int, on: date | None = None) -> ClientHint:
        on = on or date.today()
        with self._ws.reading() as s:
            housed_on = s.scalar(select(ClientRecord.housed_on).where(ClientRecord.id == client_id))
            if housed_on is None:
                raise NotFound(f"no client {client_id}")
            months = guidance_months(s)
            return ClientHint(
                client_id=client_id,
                housed_on=housed_on,
                guidance_ends_on=guidance_ends_on(housed_on, months),
                beyond_guidance_period=beyond_guidance(
                    ContactKind.SOCIAL_GUIDANCE, housed_on, on, months
                ),
            )

    # -- the topic list and the partners ---------------------------------------------------
    def topics(self) -> list[str]:
        with self._ws.reading() as s:
            stored = s.scalar(select(SettingRecord.value).where(SettingRecord.key == TOPICS_KEY))
        return list(parse_topics(stored)) if stored is not None else list(DEFAULT_TOPICS)

    def add_topic(self, text: str) -> str:
        """Any volunteer may add a topic at the hour; removing one is for the rule keepers."""
        key = normalise_topic(text)
        if not key:
            raise InvalidInput(InputProblem("a topic needs a name", field="topic"))
        current = self.topics()
        if key not in current:
            self._store_topics([*current, key])
        return key

    def set_topics(self, topics: list[str]) -> list[str]:
        self._ws.require(Permission.EDIT_RULES)
        keys = list(parse_topics(topics_text(topics)))
        if not keys:
            raise InvalidInput(InputProblem("keep at least one topic", field="topic"))
        self._store_topics(keys)
        return keys

    def _store_topics(self, keys: list[str]) -> None:
        with self._ws.unit() as s:
            s.merge(SettingRecord(key=TOPICS_KEY, value=topics_text(keys)))
            self._ws.audit.record(
                s, self._ws.user.account_id, "topics.change", detail={"count": len(keys)}
            )

    def partners(self) -> list[PartnerChoice]:
        with self._ws.reading() as s:
            rows = s.execute(
                select(PartnerRecord.id, PartnerRecord.name)
                .where(PartnerRecord.active.is_(True))
                .order_by(PartnerRecord.name)
            ).all()
            return [PartnerChoice(i, n) for i, n in rows]
