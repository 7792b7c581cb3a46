"""Logging, listing and undoing contact moments; the topic list; audit with ids only."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

import pytest
from sqlalchemy import select

from tests.unit.test_sessions_world import TODAY, build_world
from vwdesk.db.records import AuditEventRecord, ContactRecord, ReferralRecord
from vwdesk.domain.enums import Channel, ContactKind, Role, SessionKind
from vwdesk.domain.errors import InvalidInput, PermissionDenied
from vwdesk.domain.sessions import DEFAULT_TOPICS, ContactInput, Refusal, Refused


@pytest.fixture
def world(workspace):
    return build_world(workspace)


def walk_in(ws, w, **kw) -> ContactInput:
    sess = ws.sessions.add(SessionKind.WALK_IN, w.hergerborch, TODAY, "09:00", "11:00")
    values = dict(
        kind=ContactKind.SOCIAL_GUIDANCE,
        channel=Channel.CONSULTATION,
        date=TODAY,
        client_id=w.clients[0],
        session_id=sess.id,
        minutes=15,
        topics=("housing", "income"),
    )
    values.update(kw)
    return ContactInput(**values)


def test_the_same_client_twice_in_one_session_is_allowed(workspace, world):
    inp = walk_in(workspace, world)
    first = workspace.contacts.log(inp)
    second = workspace.contacts.log(replace(inp, topics=("debts",), follow_up="bel Plangroep"))
    listed = workspace.contacts.for_session(inp.session_id)
    assert [c.id for c in listed] == [second.id, first.id]  # the latest first
    assert listed[0].client_name == "Amal Haddad"
    assert listed[0].topics == ("debts",) and listed[1].topics == ("housing", "income")
    assert workspace.sessions.get(inp.session_id).contact_count == 2


def test_a_contact_without_a_kind_is_refused(workspace, world):
    with pytest.raises(Refused) as err:
        workspace.contacts.log(walk_in(workspace, world, kind=None))
    assert err.value.reason == Refusal.KIND_MISSING
    with workspace.reading() as s:
        assert s.scalar(select(ContactRecord.id)) is None


def test_only_info_point_contacts_may_be_anonymous(workspace, world):
    inp = walk_in(workspace, world, client_id=None)
    with pytest.raises(Refused) as err:
        workspace.contacts.log(inp)
    assert err.value.reason == Refusal.ANONYMOUS_NOT_INFO_POINT
    anon = workspace.contacts.log(replace(inp, kind=ContactKind.INFO_POINT, topics=()))
    assert anon.anonymous and anon.client_name == ""
    with pytest.raises(Refused) as err:
        workspace.contacts.log(replace(inp, kind=ContactKind.INFO_POINT, referral_partner_id=1))
    assert err.value.reason == Refusal.REFERRAL_NEEDS_CLIENT


def test_a_contact_outside_a_session_cannot_lie_in_the_future(workspace, world):
    """The date is typed outside an hour; a session's contacts take the session's date."""
    today = date.today()
    call = ContactInput(
        ContactKind.SOCIAL_GUIDANCE, Channel.PHONE, today + timedelta(days=1), world.clients[0]
    )
    with pytest.raises(Refused) as err:
        workspace.contacts.log(call)
    assert err.value.reason == Refusal.DATE_IN_FUTURE
    with workspace.reading() as s:
        assert s.scalar(select(ContactRecord.id)) is None
    assert workspace.contacts.log(replace(call, date=today)).date == today


def test_a_contact_in_an_hour_still_to_come_is_refused(workspace, world):
    """The hour's screen refuses it too; the service is the rule (a session's date counts)."""
    tomorrow = date.today() + timedelta(days=1)
    hour = workspace.sessions.add(
        SessionKind.WALK_IN, world.hergerborch, tomorrow, "09:00", "11:00"
    )
    inp = walk_in(workspace, world, session_id=hour.id, date=date.today())
    with pytest.raises(Refused) as err:
        workspace.contacts.log(inp)
    assert err.value.reason == Refusal.DATE_IN_FUTURE
    with workspace.reading() as s:
        assert s.scalar(select(ContactRecord.id)) is None


def test_a_referral_is_stored_with_the_contact_and_undone_with_it(workspace, world):
    plangroep = next(p for p in workspace.contacts.partners() if p.name == "Plangroep")
    inp = walk_in(
        workspace, world, referral_partner_id=plangroep.id, referral_reason="betalingsachterstand"
    )
    contact = workspace.contacts.log(inp)
    assert contact.referral_partner == "Plangroep"
    with workspace.reading() as s:
        ref = s.scalar(select(ReferralRecord))
        assert (ref.client_id, ref.partner_id, ref.contact_id) == (
            world.clients[0],
            plangroep.id,
            contact.id,
        )
    workspace.contacts.undo(contact.id)
    with workspace.reading() as s:
        assert s.scalar(select(ReferralRecord)) is None
        assert s.get(ContactRecord, contact.id) is None
        actions = s.scalars(select(AuditEventRecord.action).order_by(AuditEventRecord.id)).all()
    assert actions[-4:] == ["session.add", "contact.add", "referral.add", "contact.undo"]


def test_undo_is_for_today_only(workspace, world):
    contact = workspace.contacts.log(walk_in(workspace, world))
    with workspace.unit() as s:
        s.get(ContactRecord, contact.id).created_at -= timedelta(days=1)
    with pytest.raises(Refused) as err:
        workspace.contacts.undo(contact.id)
    assert err.value.reason == Refusal.UNDO_TOO_LATE


def test_social_guidance_beyond_the_period_is_allowed_but_marked(workspace, world):
    hint = workspace.contacts.client_hint(world.old_client)
    assert hint.beyond_guidance_period
    assert not workspace.contacts.client_hint(world.clients[0]).beyond_guidance_period
    contact = workspace.contacts.log(
        ContactInput(ContactKind.SOCIAL_GUIDANCE, Channel.PHONE, TODAY, client_id=world.old_client)
    )
    assert contact.beyond_guidance_period and contact.session_id is None
    legal = workspace.contacts.log(
        ContactInput(ContactKind.LEGAL, Channel.EMAIL, TODAY, client_id=world.old_client)
    )
    assert not legal.beyond_guidance_period
    assert [c.id for c in workspace.contacts.for_client(world.old_client)] == [
        legal.id,
        contact.id,
    ]


def test_a_session_contact_takes_the_sessions_date_and_channel(workspace, world):
    inp = walk_in(workspace, world, date=date(2001, 1, 1))
    assert workspace.contacts.log(inp).date == TODAY
    with pytest.raises(InvalidInput):
        workspace.contacts.log(replace(inp, channel=Channel.PHONE))
    with pytest.raises(InvalidInput):
        workspace.contacts.log(replace(inp, minutes=-5))


def test_the_audit_trail_holds_ids_not_names(workspace, world):
    workspace.contacts.log(walk_in(workspace, world, follow_up="Amal belt terug"))
    with workspace.reading() as s:
        details = " ".join(s.scalars(select(AuditEventRecord.detail)).all())
    assert "Amal" not in details and "Haddad" not in details


def test_the_topic_list_is_editable(workspace, world):
    assert workspace.contacts.topics() == list(DEFAULT_TOPICS)
    assert workspace.contacts.add_topic("Energie, toeslag") == "energie_toeslag"
    assert workspace.contacts.topics()[-1] == "energie_toeslag"
    workspace.contacts.set_topics(["housing", "income"])
    assert workspace.contacts.topics() == ["housing", "income"]
    workspace.user = replace(workspace.user, role=Role.VOLUNTEER)
    workspace.contacts.add_topic("school")  # anyone may add one at the hour
    with pytest.raises(PermissionDenied):
        workspace.contacts.set_topics(["housing"])


def test_logged_today_lists_every_contact_of_the_day(workspace, world):
    a = workspace.contacts.log(walk_in(workspace, world))
    b = workspace.contacts.log(
        ContactInput(ContactKind.LEGAL, Channel.PHONE, TODAY, client_id=world.clients[1])
    )
    assert [c.id for c in workspace.contacts.logged_today()] == [b.id, a.id]
