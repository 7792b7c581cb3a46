"""The audit trail: tampering found by `vwdesk check`, and the viewer's filters.

Tampering is done as someone with the key would: a raw SQLCipher connection
to the file, the append-only triggers dropped, then rows edited.
"""

from __future__ import annotations

import json
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import select

from tests.conftest import PASSWORD
from vwdesk.cli import main
from vwdesk.db.engine import connect
from vwdesk.db.records import AuditEventRecord, ContactRecord
from vwdesk.domain.clients import ClientInput, HouseholdInput
from vwdesk.domain.enums import Channel, ContactKind
from vwdesk.domain.errors import PermissionDenied
from vwdesk.domain.sessions import ContactInput
from vwdesk.security.keyslots import KeyFile, keys_path_for
from vwdesk.services.audit_view import AuditQuery
from vwdesk.services.workspace import Workspace


def _raw(path: Path):
    key = KeyFile.load(keys_path_for(path)).unlock("teamleider", PASSWORD)
    return connect(path, key)


def _with_events(path: Path, n: int = 5) -> None:
    ws = Workspace.open(path, "teamleider", PASSWORD)
    try:
        for i in range(n):
            ws.settings.set("municipality", f"Gemeente {i}")
    finally:
        ws.close()


def _tamper(path: Path, *statements: str) -> None:
    conn = _raw(path)
    try:
        conn.execute("BEGIN")
        conn.execute("DROP TRIGGER audit_event_no_update")
        conn.execute("DROP TRIGGER audit_event_no_delete")
        for statement in statements:
            conn.execute(statement)
        conn.execute("COMMIT")
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        conn.close()


def _check(path: Path, monkeypatch, capsys) -> tuple[int, str]:
    monkeypatch.setenv("VWDESK_PASSWORD", PASSWORD)
    code = main(["check", "--db", str(path), "--user", "teamleider"])
    return code, capsys.readouterr().out


def test_the_triggers_refuse_changes_through_the_application(workspace):
    with pytest.raises(Exception, match="append-only"), workspace.unit() as s:
        s.connection().exec_driver_sql("UPDATE audit_event SET detail = '{}'")
    with pytest.raises(Exception, match="append-only"), workspace.unit() as s:
        s.connection().exec_driver_sql("DELETE FROM audit_event")


def test_a_sound_trail_checks_ok(new_file: Path, monkeypatch, capsys):
    _with_events(new_file)
    code, out = _check(new_file, monkeypatch, capsys)
    assert code == 0 and "audit trail: ok" in out


@pytest.mark.parametrize(
    ("what", "statements"),
    [
        ("altered detail", ["UPDATE audit_event SET detail = '{}' WHERE id = 3"]),
        ("altered account", ["UPDATE audit_event SET account_id = NULL WHERE id = 2"]),
        ("altered time", ["UPDATE audit_event SET at = '2001-01-01 00:00:00' WHERE id = 4"]),
        ("removed event", ["DELETE FROM audit_event WHERE id = 3"]),
        ("removed first", ["DELETE FROM audit_event WHERE id = 1"]),
        ("only the triggers dropped", []),
    ],
)
def test_tampering_is_reported_broken_with_exit_5(
    new_file: Path, monkeypatch, capsys, what: str, statements: list[str]
):
    _with_events(new_file)
    _tamper(new_file, *statements)
    code, out = _check(new_file, monkeypatch, capsys)
    assert code == 5, what
    assert "audit trail: BROKEN" in out


def test_an_event_inserted_by_hand_is_reported(new_file: Path, monkeypatch, capsys):
    _with_events(new_file)
    conn = _raw(new_file)
    try:
        conn.execute(
            "INSERT INTO audit_event (at, account_id, action, entity, entity_id, detail, mac) "
            "VALUES ('2020-01-01 00:00:00', 1, 'client.delete', 'client', 7, '{}', 'x')"
        )
    finally:
        conn.close()
    code, out = _check(new_file, monkeypatch, capsys)
    assert code == 5 and "audit trail: BROKEN" in out


# -- the viewer --------------------------------------------------------------------------------
def _contact(client_id: int) -> ContactInput:
    return ContactInput(
        ContactKind.SOCIAL_GUIDANCE, Channel.PHONE, date(2017, 6, 1), client_id=client_id
    )


def _family(ws) -> list[int]:
    hh = ws.households.register(
        HouseholdInput(date(2017, 5, 10), "Hoefweg 12", "2651 AB", "Bergschenhoek"),
        [
            ClientInput("Mohammed", "Al Hassan", date(1980, 2, 1), "M", "SY"),
            ClientInput("Fatima", "Al Hassan", date(1984, 7, 9), "F", "SY"),
        ],
    )
    return [m.client_id for m in hh.members]


def test_viewer_filters_by_person_account_action_and_period(workspace):
    first, second = _family(workspace)
    workspace.clients.open(first)
    workspace.clients.close(second, date(2018, 1, 1), "moved_away")
    workspace.contacts.log(_contact(first))
    workspace.trajectories.start(first, "settlement", date(2017, 6, 1))

    about_first = workspace.audit_view.events(AuditQuery(client_id=first)).entries
    actions = {e.action for e in about_first}
    assert {"client.add", "client.open", "contact.add", "trajectory.start"} <= actions
    assert all(e.client_id == first for e in about_first)
    assert "client.close" not in actions

    about_second = workspace.audit_view.events(AuditQuery(client_id=second)).entries
    assert {e.action for e in about_second} == {"client.add", "client.close"}

    only_clients = workspace.audit_view.events(AuditQuery(action="client")).entries
    assert only_clients and all(e.action.startswith("client.") for e in only_clients)
    one = workspace.audit_view.events(AuditQuery(action="client.open")).entries
    assert [e.action for e in one] == ["client.open"]

    me = workspace.user.account_id
    assert workspace.audit_view.events(AuditQuery(account_id=me)).total >= 6
    assert workspace.audit_view.events(AuditQuery(account_id=me + 99)).total == 0

    today = datetime.now().date()
    assert workspace.audit_view.events(AuditQuery(since=today, until=today)).total >= 6
    yesterday = today - timedelta(days=1)
    assert workspace.audit_view.events(AuditQuery(until=yesterday)).total == 0

    page = workspace.audit_view.events(AuditQuery(limit=2))
    assert len(page.entries) == 2 and page.total > 2
    assert page.entries[0].event_id > page.entries[1].event_id  # newest first

    assert "client" in workspace.audit_view.action_groups()
    assert [a.username for a in workspace.audit_view.accounts()] == ["teamleider"]
    assert workspace.clients.names([first, second]) == {
        first: "Mohammed Al Hassan",
        second: "Fatima Al Hassan",
    }


def test_events_hold_ids_never_names(workspace):
    _family(workspace)
    with workspace.reading() as s:
        events = s.scalars(select(AuditEventRecord)).all()
    for ev in events:
        text = json.dumps([ev.action, ev.entity, ev.detail])
        assert "Hassan" not in text and "Hoefweg" not in text


def test_opening_is_audited_but_reading_for_a_reload_is_not(workspace):
    first, _ = _family(workspace)
    workspace.clients.get(first)
    assert workspace.audit_view.events(AuditQuery(action="client.open")).total == 0
    workspace.clients.open(first)
    assert workspace.audit_view.events(AuditQuery(action="client.open")).total == 1


def test_only_team_leaders_read_the_trail(new_file: Path):
    ws = Workspace.open(new_file, "teamleider", PASSWORD)
    try:
        ws.accounts.add("vrijwilliger", "nog-een-wachtwoord", "volunteer")
    finally:
        ws.close()
    ws = Workspace.open(new_file, "vrijwilliger", "nog-een-wachtwoord")
    try:
        with pytest.raises(PermissionDenied):
            ws.audit_view.events()
        with pytest.raises(PermissionDenied):
            ws.audit_view.accounts()
    finally:
        ws.close()


def test_the_contact_of_a_client_names_them(workspace):
    first, _ = _family(workspace)
    with workspace.unit() as s:
        s.add(ContactRecord(date=date(2017, 6, 2), kind="legal", channel="phone", client_id=first))
    workspace.contacts.log(_contact(first))
    entry = workspace.audit_view.events(AuditQuery(action="contact.add")).entries[0]
    assert entry.client_id == first
