"""Privacy (AVG) on real files: retention, anonymising that keeps every figure, deletion
that is real (every decrypted page searched), and the right of access."""

from __future__ import annotations

import json
from datetime import date, timedelta
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes
from sqlalchemy import select

from tests.conftest import DEMO_PASSWORD
from tests.export.pdf_helpers import flat_text
from vwdesk.db.records import (
    AuditEventRecord,
    ClientRecord,
    FamilyMemberRecord,
    ReunificationDossierRecord,
    VolunteerRecord,
)
from vwdesk.domain.clients import CloseReason
from vwdesk.domain.errors import NotFound, PermissionDenied
from vwdesk.security.keyslots import KeyFile, keys_path_for
from vwdesk.services.audit_view import AuditQuery
from vwdesk.services.privacy import generalised_birth_date, retention_cutoff
from vwdesk.services.workspace import Workspace

LATER = date(2040, 1, 1)  # every demo client closed long before; no dependence on the clock

# -- reading the encrypted pages -------------------------------------------------------------
PAGE = 4096
RESERVE = 80  # SQLCipher 4: 16 bytes IV + 64 bytes HMAC-SHA512 at the end of every page
WAL_HEADER, FRAME_HEADER = 32, 24


def _decrypt_page(page: bytes, key: bytes, first: bool) -> bytes:
    """AES-256-CBC with the raw key and the page's own IV (the salt of page 1 stays plain)."""
    iv = page[PAGE - RESERVE : PAGE - RESERVE + 16]
    decryptor = Cipher(algorithms.AES(key), modes.CBC(iv)).decryptor()
    return decryptor.update(page[16 if first else 0 : PAGE - RESERVE]) + decryptor.finalize()


def decrypted(path: Path) -> bytes:
    """Every page of the data file and every frame of its WAL, decrypted: free space,
    freed pages and old versions included, which SQL would never show."""
    key = bytes(KeyFile.load(keys_path_for(path)).unlock("teamleider", DEMO_PASSWORD))
    data = path.read_bytes()
    out = [_decrypt_page(data[i : i + PAGE], key, i == 0) for i in range(0, len(data), PAGE)]
    wal = path.with_name(path.name + "-wal")
    if wal.exists():
        frames = wal.read_bytes()[WAL_HEADER:]
        step = FRAME_HEADER + PAGE
        for i in range(0, len(frames) - step + 1, step):
            number = int.from_bytes(frames[i : i + 4], "big")
            out.append(_decrypt_page(frames[i + FRAME_HEADER : i + step], key, number == 1))
    return b"".join(out)


# -- the rule ------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("born", "housed"),
    [
        (date(1980, 2, 1), date(2017, 5, 10)),
        (date(1980, 7, 9), date(2017, 5, 10)),
        (date(1999, 5, 10), date(2017, 5, 10)),  # housed on the birthday
        (date(1999, 5, 11), date(2017, 5, 10)),
        (date(2000, 2, 29), date(2017, 2, 28)),
        (date(2000, 2, 29), date(2017, 3, 1)),
        (date(1999, 12, 31), date(2017, 12, 31)),
        (date(2017, 1, 1), date(2017, 1, 1)),
    ],
)
def test_the_generalised_birth_date_keeps_the_year_and_the_age_at_housing(born, housed):
    def age(b: date, on: date) -> int:
        return on.year - b.year - ((on.month, on.day) < (b.month, b.day))

    general = generalised_birth_date(born, housed)
    assert general.year == born.year
    assert (general.month, general.day) in ((1, 1), (12, 31))
    assert age(general, housed) == age(born, housed)


def test_retention_cutoff_on_a_leap_day():
    assert retention_cutoff(date(2024, 2, 29), 7) == date(2017, 2, 28)
    assert retention_cutoff(date(2024, 3, 1), 7) == date(2017, 3, 1)


# -- retention -----------------------------------------------------------------------------------
def test_clients_closed_longer_than_the_period_are_listed(demo_workspace):
    ws = demo_workspace
    with ws.reading() as s:
        closed = s.scalars(
            select(ClientRecord.closed_on).where(ClientRecord.closed_on.is_not(None))
        )
        newest = max(closed)
    assert ws.privacy.retention_years() == 7
    due = ws.privacy.retention_due(today=newest + timedelta(days=1))
    assert due == []  # closed yesterday at the latest: nobody past seven years
    due = ws.privacy.retention_due(today=LATER)
    assert len(due) == sum(1 for r in ws.clients.rows() if r.closed_on is not None)
    assert all(c.years_closed >= 7 and c.name for c in due)
    assert [c.closed_on for c in due] == sorted(c.closed_on for c in due)
    ws.settings.set("retention_years", 30)
    assert ws.privacy.retention_due(today=LATER) == []


def test_only_team_leaders_see_and_anonymise(demo_file: Path):
    ws = Workspace.open(demo_file, "vrijwilliger", DEMO_PASSWORD)
    try:
        with pytest.raises(PermissionDenied):
            ws.privacy.retention_due(today=LATER)
        with pytest.raises(PermissionDenied):
            ws.privacy.anonymise([1])
        with pytest.raises(PermissionDenied):
            ws.privacy.access_report(1)
    finally:
        ws.close()


# -- anonymising keeps the figures -------------------------------------------------------------
def _figures(ws) -> dict:
    years = ws.figures.years_with_data()
    return {
        "years": years,
        **{y: ws.figures.compute(y) for y in years},
        **{f"ages-{y}": ws.figures.housed_age_sex(y) for y in years},
        **{f"months-{y}": ws.figures.monthly_contacts(y) for y in years},
    }


def test_anonymising_every_closed_client_leaves_every_years_figures(demo_workspace):
    ws = demo_workspace
    # Some clients still open in the demo are closed long ago too, so more is anonymised.
    still_open = [r for r in ws.clients.rows() if r.closed_on is None][:6]
    for row in still_open:
        ws.clients.close(row.client_id, row.housed_on + timedelta(days=400), CloseReason.OTHER)
    before = _figures(ws)
    due = ws.privacy.retention_due(today=LATER)
    assert {r.client_id for r in still_open} <= {c.client_id for c in due}

    seen = []
    result = ws.privacy.anonymise(
        [c.client_id for c in due], today=LATER, progress=lambda d, t: seen.append((d, t))
    )
    assert result.anonymised == len(due) and not result.stopped and result.checkpointed
    assert seen[-1] == (len(due), len(due))
    assert _figures(ws) == before
    assert ws.privacy.retention_due(today=LATER) == []

    with ws.reading() as s:
        rows = s.scalars(select(ClientRecord).where(ClientRecord.anonymised_on.is_not(None))).all()
        assert len(rows) == len(due)
        for rec in rows:
            assert (rec.first_name, rec.last_name, rec.v_number, rec.bsn, rec.phone) == ("",) * 5
            assert (rec.birth_date.month, rec.birth_date.day) in ((1, 1), (12, 31))
        ids = [r.id for r in rows]
        dossiers = select(ReunificationDossierRecord.id).where(
            ReunificationDossierRecord.client_id.in_(ids)
        )
        names = s.scalars(
            select(FamilyMemberRecord.name).where(FamilyMemberRecord.dossier_id.in_(dossiers))
        ).all()
        assert names and set(names) == {""}
        audited = s.scalars(
            select(AuditEventRecord.entity_id).where(AuditEventRecord.action == "client.anonymise")
        ).all()
    assert sorted(audited) == sorted(ids)
    # A second run finds nothing left to do.
    again = ws.privacy.anonymise(ids, today=LATER)
    assert again.anonymised == 0 and again.skipped == len(ids)


def test_cancelling_stops_between_clients(demo_workspace):
    ws = demo_workspace
    due = [c.client_id for c in ws.privacy.retention_due(today=LATER)][:5]
    calls = []

    def stop() -> bool:
        calls.append(1)
        return len(calls) > 2

    result = ws.privacy.anonymise(due, today=LATER, should_stop=stop)
    assert result.stopped and result.anonymised == 2
    assert (
        len(ws.privacy.retention_due(today=LATER))
        == len([c for c in ws.clients.rows() if c.closed_on]) - 2
    )


# -- deletion is real ------------------------------------------------------------------------
def _distinctive(ws, client_id: int) -> list[bytes]:
    """Values of this client that nobody else in the file has (their own V-number, phone,
    family name, the names of their family members)."""
    with ws.reading() as s:
        rec = s.get(ClientRecord, client_id)
        others = s.execute(
            select(ClientRecord.last_name, ClientRecord.phone, ClientRecord.v_number).where(
                ClientRecord.id != client_id
            )
        ).all()
        team = s.scalars(select(VolunteerRecord.last_name)).all()
        dossiers = select(ReunificationDossierRecord.id).where(
            ReunificationDossierRecord.client_id == client_id
        )
        family = s.scalars(
            select(FamilyMemberRecord.name).where(FamilyMemberRecord.dossier_id.in_(dossiers))
        ).all()
        other_family = s.scalars(
            select(FamilyMemberRecord.name).where(FamilyMemberRecord.dossier_id.not_in(dossiers))
        ).all()
        taken = {v for row in others for v in row} | set(team) | set(other_family)
        values = [rec.v_number, rec.phone, rec.last_name, *family]
    return [v.encode() for v in values if v and v not in taken and len(v) >= 5]


def test_anonymised_data_is_gone_from_every_page_and_the_wal(demo_file: Path):
    ws = Workspace.open(demo_file, "teamleider", DEMO_PASSWORD)
    try:
        assert ws.privacy.secure_delete_on()
        due = ws.privacy.retention_due(today=LATER)
        with_family = [
            c.client_id for c in due if any(len(v) for v in _distinctive(ws, c.client_id)[3:])
        ]
        target = with_family[0] if with_family else due[0].client_id
        secrets = _distinctive(ws, target)
        assert len(secrets) >= 3, secrets
        ws.clients.open(target)  # the page shown, the change committed to the WAL
        raw = decrypted(demo_file)
        assert all(secret in raw for secret in secrets), "the search must see live data"

        result = ws.privacy.anonymise([target], today=LATER)
        assert result.checkpointed
        wal = demo_file.with_name(demo_file.name + "-wal")
        assert not wal.exists() or wal.stat().st_size == 0
        raw = decrypted(demo_file)
        found = [secret for secret in secrets if secret in raw]
        assert found == []
    finally:
        ws.close()
    assert not any(s in decrypted(demo_file) for s in secrets)


# -- the right of access ---------------------------------------------------------------------
def test_access_report_holds_everything_about_the_person(demo_workspace, tmp_path: Path):
    ws = demo_workspace
    row = next(r for r in ws.clients.rows() if r.name)
    ws.clients.open(row.client_id)
    pdf, js = tmp_path / "inzage.pdf", tmp_path / "inzage.json"
    written = ws.privacy.export_access(
        row.client_id, pdf, js, action_labels={"client.open": "Dossier geopend"}
    )
    assert written == [js, pdf]
    data = json.loads(js.read_text(encoding="utf-8"))
    person = data["sections"]["person"][0]
    assert f"{person['first_name']} {person['last_name']}" == row.name
    assert data["client_id"] == row.client_id
    contacts = ws.contacts.for_client(row.client_id)
    assert len(data["sections"]["contacts"]) == len(contacts)
    assert "client.open" in [e["action"] for e in data["sections"]["audit_events"]]
    assert all(not k.endswith("_id") for k in person)  # foreign keys as names
    text = flat_text(pdf)
    assert "Inzage in persoonsgegevens" in text
    assert person["last_name"] in text and "Dossier geopend" in text
    events = ws.audit_view.events(AuditQuery(action="client.access_report")).entries
    assert [e.client_id for e in events] == [row.client_id]


def test_access_report_of_an_unknown_client(demo_workspace):
    with pytest.raises(NotFound):
        demo_workspace.privacy.access_report(999_999)
