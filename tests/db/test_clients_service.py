"""Households and clients through the services, on a real encrypted file."""

from __future__ import annotations

import json
from datetime import date

import pytest
from sqlalchemy import func, select

from vwdesk.db.records import AuditEventRecord, ClientRecord, ContactRecord
from vwdesk.domain.clients import (
    ClientInput,
    ClientStatus,
    CloseReason,
    HouseholdInput,
    TimelineKind,
)
from vwdesk.domain.enums import Channel, ContactKind
from vwdesk.domain.errors import InvalidInput, NotFound, PermissionDenied
from vwdesk.domain.phases import Phase
from vwdesk.domain.team import VolunteerInput
from vwdesk.domain.validation import CLIENT_HAS_HISTORY

TODAY = date(2018, 3, 1)


def person(first, last, born, sex="M", **kw) -> ClientInput:
    return ClientInput(first, last, born, sex, kw.pop("nationality", "SY"), **kw)


def register_family(ws, housed=date(2017, 5, 10)):
    return ws.households.register(
        HouseholdInput(housed, "Hoefweg 12", "2651 ab", "Bergschenhoek"),
        [
            person("Mohammed", "Al Hassan", date(1980, 2, 1), phone="06-12345678",
                   v_number="1234567890"),
            person("Fatima", "Al Hassan", date(1984, 7, 9), "F"),
        ],
        today=TODAY,
    )  # fmt: skip


def test_register_a_household_and_a_nareiziger(workspace):
    hh = register_family(workspace)
    assert [m.name for m in hh.members] == ["Mohammed Al Hassan", "Fatima Al Hassan"]
    assert hh.postcode == "2651 AB"
    assert all(m.housed_on == date(2017, 5, 10) and not m.joined_later for m in hh.members)

    later = workspace.households.add_member(
        hh.household_id,
        person("Yusuf", "Al Hassan", date(2012, 3, 3), housed_on=date(2018, 1, 15)),
        today=TODAY,
    )
    hh = workspace.households.get(hh.household_id)
    assert len(hh.members) == 3
    (joined,) = [m for m in hh.members if m.joined_later]
    assert joined.client_id == later and joined.housed_on == date(2018, 1, 15)
    # The nareiziger counts as housed in 2018; the dwelling stays one of 2017.
    assert workspace.figures.compute(2018).housed.total == 1
    assert workspace.figures.compute(2018).housed.dwellings == 0
    assert workspace.figures.compute(2017).housed.dwellings == 1


def test_register_reports_every_bad_member_field(workspace):
    with pytest.raises(InvalidInput) as err:
        workspace.households.register(
            HouseholdInput(date(2017, 5, 10)),
            [
                person("A", "B", date(2090, 1, 1), sex="Q", nationality="ZZ"),
                person("C", "D", date(1990, 1, 1), bsn="123456789"),
            ],
            today=TODAY,
        )
    found = {(p.row, p.field) for p in err.value.problems}
    assert found == {(1, "birth_date"), (1, "sex"), (1, "nationality"), (2, "bsn")}
    with workspace.reading() as s:
        assert s.scalar(select(func.count()).select_from(ClientRecord)) == 0


def test_rows_search_and_phase(workspace):
    register_family(workspace)
    rows = workspace.clients.rows(today=TODAY)
    assert [r.name for r in rows] == ["Fatima Al Hassan", "Mohammed Al Hassan"]
    assert rows[0].household == "Hoefweg 12, 2651 AB Bergschenhoek"
    assert rows[0].phase == Phase.GUIDANCE  # 9 months after housing
    assert rows[0].status == ClientStatus.ACTIVE
    for query in ("muhammad el-hassan", "Mohamed", "1234567890", "0612345678"):
        assert [r.name for r in workspace.clients.search(query)] == ["Mohammed Al Hassan"], query
    assert len(workspace.clients.search("alhassan")) == 2
    assert len(workspace.clients.search("hoefweg 12")) == 2
    assert workspace.clients.search("Mahmoud") == []


def test_search_keys_written_elsewhere_are_rebuilt(workspace):
    register_family(workspace)
    with workspace.unit() as s:
        for c in s.scalars(select(ClientRecord)):
            c.search_key = f"{c.first_name} {c.last_name}".lower()  # as an import might
    assert len(workspace.clients.search("Muhammad")) == 1


def test_update_moves_the_key_with_the_address(workspace):
    hh = register_family(workspace)
    workspace.households.update(
        hh.household_id, HouseholdInput(date(2017, 5, 11), "Dorpsstraat 3", "", "Berkel")
    )
    assert len(workspace.clients.search("dorpsstraat")) == 2
    assert workspace.clients.search("hoefweg") == []
    # Members who followed the household's date follow its correction.
    assert {m.housed_on for m in workspace.households.get(hh.household_id).members} == {
        date(2017, 5, 11)
    }


def test_client_update_and_detail(workspace):
    hh = register_family(workspace)
    cid = hh.members[0].client_id
    detail = workspace.clients.get(cid, TODAY)
    assert detail.data.v_number == "1234567890" and not detail.own_housed_on
    changed = person("Mohammed", "Al Hassan", date(1980, 2, 1), phone="0687654321",
                     languages="ar, en", bsn="111222333")  # fmt: skip
    detail = workspace.clients.update(cid, changed, TODAY)
    assert detail.data.phone == "0687654321" and detail.data.bsn == "111222333"
    assert workspace.clients.search("0687654321")[0].client_id == cid


def test_duplicates_need_the_same_birth_date_and_a_similar_name(workspace):
    register_family(workspace)
    found = workspace.clients.duplicates("Muhammad", "El-Hassan", date(1980, 2, 1))
    assert [d.name for d in found] == ["Mohammed Al Hassan"]
    assert workspace.clients.duplicates("Muhammad", "El-Hassan", date(1980, 2, 2)) == []
    assert workspace.clients.duplicates("Ahmad", "Al Hassan", date(1980, 2, 1)) == []


def test_move_member_to_another_and_to_a_new_household(workspace):
    hh = register_family(workspace)
    other = workspace.households.register(
        HouseholdInput(date(2017, 8, 1), "Kerkweg 1"),
        [person("Omar", "Haddad", date(1990, 1, 1))],
        today=TODAY,
    )
    fatima = hh.members[1].client_id
    workspace.households.move_member(fatima, other.household_id)
    assert len(workspace.households.get(other.household_id).members) == 2
    assert workspace.clients.search("fatima kerkweg")[0].client_id == fatima
    # Her own housing date stays hers.
    assert workspace.clients.get(fatima).data.housed_on == date(2017, 5, 10)
    new_id = workspace.households.move_member(
        fatima, new_household=HouseholdInput(date(2018, 2, 1), "Nieuwe Weg 9")
    )
    assert [m.client_id for m in workspace.households.get(new_id).members] == [fatima]
    choices = workspace.households.find("haddad")
    assert [c.household_id for c in choices] == [other.household_id]
    assert "Omar Haddad" in choices[0].label and "Kerkweg 1" in choices[0].label


def test_assign_contact_volunteer(workspace):
    hh = register_family(workspace)
    vol = workspace.team.add(VolunteerInput("Anna", "de Vries", date(2016, 1, 1)))
    workspace.households.assign_contact_volunteer(hh.household_id, vol.volunteer_id)
    rows = workspace.clients.rows(TODAY)
    assert {r.contact_volunteer for r in rows} == {"Anna de Vries"}
    assert workspace.households.get(hh.household_id).contact_volunteer == "Anna de Vries"


def test_close_and_reopen_keep_the_figures(workspace):
    hh = register_family(workspace)
    cid = hh.members[0].client_id
    before = workspace.figures.compute(2017).housed.total
    workspace.clients.close(cid, date(2018, 2, 1), CloseReason.MOVED_AWAY)
    detail = workspace.clients.get(cid, TODAY)
    assert detail.status == ClientStatus.CLOSED and detail.close_reason == "moved_away"
    assert workspace.figures.compute(2017).housed.total == before
    with pytest.raises(InvalidInput):
        workspace.clients.close(cid, date(2016, 1, 1), CloseReason.OTHER)
    workspace.clients.reopen(cid)
    assert workspace.clients.get(cid, TODAY).status == ClientStatus.ACTIVE


def test_timeline_newest_first(workspace):
    hh = register_family(workspace)
    cid = hh.members[0].client_id
    with workspace.unit() as s:
        for day, channel in (
            (date(2017, 6, 1), Channel.PHONE),
            (date(2017, 9, 1), Channel.HOME_VISIT),
        ):
            s.add(
                ContactRecord(
                    date=day,
                    kind=ContactKind.SOCIAL_GUIDANCE.value,
                    channel=channel.value,
                    client_id=cid,
                    topics="housing,income",
                )
            )
    workspace.clients.close(cid, date(2018, 1, 2), CloseReason.TRAJECTORY_ENDED)
    kinds = [(e.on, e.kind) for e in workspace.clients.timeline(cid)]
    assert kinds == [
        (date(2018, 1, 2), TimelineKind.CLOSED),
        (date(2017, 9, 1), TimelineKind.HOME_VISIT),
        (date(2017, 6, 1), TimelineKind.CONTACT),
        (date(2017, 5, 10), TimelineKind.HOUSED),
    ]
    assert workspace.clients.timeline(cid)[2].topics == ("housing", "income")


def test_a_contacts_timeline_entry_says_how_it_took_place(workspace):
    """A phone call, an e-mail and a contact at an hour all have kind CONTACT; only the
    channel tells a volunteer reading the history which it was."""
    from vwdesk.domain.enums import SessionKind
    from vwdesk.domain.sessions import ContactInput

    hh = register_family(workspace)
    cid = hh.members[0].client_id
    office = workspace.sessions.add_location("Kantoor").id
    hour = workspace.sessions.add(SessionKind.LEGAL, office, date(2017, 8, 1), "14:00", "16:00")
    for day, channel, session_id in (
        (date(2017, 6, 1), Channel.PHONE, None),
        (date(2017, 7, 1), Channel.EMAIL, None),
        (date(2017, 8, 1), Channel.CONSULTATION, hour.id),
        (date(2017, 9, 1), Channel.HOME_VISIT, None),
    ):
        workspace.contacts.log(
            ContactInput(ContactKind.SOCIAL_GUIDANCE, channel, day, cid, session_id=session_id)
        )
    entries = [e for e in workspace.clients.timeline(cid) if e.ref_id is not None]
    assert [(e.on, e.kind, e.channel) for e in entries] == [
        (date(2017, 9, 1), TimelineKind.HOME_VISIT, Channel.HOME_VISIT),
        (date(2017, 8, 1), TimelineKind.CONTACT, Channel.CONSULTATION),
        (date(2017, 7, 1), TimelineKind.CONTACT, Channel.EMAIL),
        (date(2017, 6, 1), TimelineKind.CONTACT, Channel.PHONE),
    ]


def test_only_team_leaders_delete_anonymise_and_export(workspace, tmp_path):
    from vwdesk.domain.enums import Role
    from vwdesk.services.workspace import Workspace

    hh = register_family(workspace)
    workspace.accounts.add("vrijwilliger", "wachtwoord-1", Role.VOLUNTEER)
    path = workspace.datafile.path
    workspace.close()
    ws = Workspace.open(path, "vrijwilliger", "wachtwoord-1")
    try:
        cid = hh.members[0].client_id
        with pytest.raises(PermissionDenied):
            ws.clients.delete(cid)
        with pytest.raises(PermissionDenied):
            ws.clients.anonymise(cid)
        with pytest.raises(PermissionDenied):
            ws.list_export.export([["b"]], ["a"], tmp_path / "x.csv", "clients")
        assert not (tmp_path / "x.csv").exists()
        # Volunteers do register and edit.
        ws.households.add_member(
            hh.household_id, person("Sara", "Al Hassan", date(2015, 1, 1), "F")
        )
    finally:
        ws.close()


def test_delete_refuses_a_client_with_history_and_anonymise_keeps_the_count(workspace, tmp_path):
    hh = register_family(workspace)
    first, second = (m.client_id for m in hh.members)
    with workspace.unit() as s:
        s.add(ContactRecord(date=date(2017, 6, 1), kind="social_guidance", channel="phone",
                            client_id=first, notes="private"))  # fmt: skip
    with pytest.raises(InvalidInput) as err:
        workspace.clients.delete(first)
    assert err.value.problems[0].message == CLIENT_HAS_HISTORY
    workspace.clients.delete(second)
    with pytest.raises(NotFound):
        workspace.clients.get(second)

    workspace.clients.anonymise(first, today=TODAY)
    with workspace.reading() as s:
        rec = s.get(ClientRecord, first)
        assert (rec.first_name, rec.last_name, rec.v_number, rec.phone) == ("", "", "", "")
        # Only the year of birth stays (and the age on the housing date: privacy.py).
        assert rec.birth_date == date(1980, 1, 1) and rec.household.address == ""
        assert s.scalar(select(ContactRecord.notes)) == ""
    assert workspace.figures.compute(2017).housed.total == 1
    assert workspace.clients.search("hassan") == []
    with pytest.raises(NotFound):
        workspace.clients.update(first, person("X", "Y", date(1980, 2, 1)))

    n = workspace.list_export.export([["Iemand"]], ["Naam"], tmp_path / "lijst.csv", "clients")
    assert n == 1
    assert (tmp_path / "lijst.csv").read_text(encoding="utf-8-sig").splitlines() == [
        "Naam",
        "Iemand",
    ]


def test_every_change_is_audited_with_ids_only(workspace):
    hh = register_family(workspace)
    cid = hh.members[0].client_id
    workspace.clients.close(cid, date(2018, 2, 1), CloseReason.MOVED_AWAY)
    with workspace.reading() as s:
        events = s.scalars(select(AuditEventRecord).order_by(AuditEventRecord.id)).all()
    actions = [e.action for e in events]
    assert {"household.register", "client.add", "client.close"} <= set(actions)
    for e in events:
        text = json.dumps([e.entity, e.detail])
        assert "Hassan" not in text and "Hoefweg" not in text
    assert workspace.integrity  # the chain stays verifiable
    with workspace.reading() as s:
        assert workspace.audit.verify(s) == []
