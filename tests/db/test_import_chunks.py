"""The machinery of big imports. A file read in many chunks imports exactly as in one:
the whole-chunk conversion of contacts (convert_columns) agrees with convert() row by
row, a ref twice in different chunks is still found, and rows that break a rule are told
wherever they fall. The import's larger page cache is given back, also after a problem."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import text

from tests.conftest import PASSWORD
from tests.db.test_import import FIXTURE, edit, only, read_fixture, rejected, write_folder
from vwdesk.db.engine import CACHE_SIZE
from vwdesk.services.importing import service
from vwdesk.services.importing.context import BROKEN, ClientRef, ImportContext
from vwdesk.services.workspace import Workspace

CONTACT = "date, kind, channel, client_id, volunteer_id, session_id, minutes, topics, ref"


def _contacts(ws: Workspace) -> list[tuple]:
    with ws.reading() as s:
        return [tuple(r) for r in s.execute(text(f"SELECT {CONTACT} FROM contact ORDER BY id"))]


@pytest.fixture
def small_chunks(monkeypatch):
    monkeypatch.setattr(service, "CHUNK", 2)


def test_two_rows_a_chunk_import_what_one_chunk_does(
    workspace: Workspace, tmp_path: Path, monkeypatch
):
    whole = workspace.importer.run(FIXTURE)
    expected = _contacts(workspace)
    monkeypatch.setattr(service, "CHUNK", 2)
    other, _ = Workspace.create(tmp_path / "other.vwdesk", "teamleider", PASSWORD)
    try:
        assert other.importer.run(FIXTURE) == whole
        assert _contacts(other) == expected
        again = other.importer.run(FIXTURE)  # found in other chunks than they were written
        assert again.tables["contacts"].unchanged == 3 and again.tables["contacts"].added == 2
    finally:
        other.close()


def test_a_contact_ref_in_two_chunks_is_told(workspace: Workspace, tmp_path: Path, small_chunks):
    tables = edit(read_fixture(), "contacts", 5, "contact_ref", "K1")  # row 2 has K1
    problems = rejected(workspace, write_folder(tables, tmp_path / "f"))
    only(problems, "contacts", 5, "contact_ref", "K1 appears twice (also on row 2)")
    assert len(problems) == 1


@pytest.mark.parametrize(
    "column, value, field, words",
    [
        ("client_ref", "C99", "client_ref", "client_ref C99 is not a client"),
        ("volunteer_ref", "V99", "volunteer_ref", "volunteer_ref V99 is not a volunteer"),
        ("session_ref", "S99", "session_ref", "session_ref S99 is not a session"),
        ("date", "2017-03-08", "date", "differs from the date of session"),
        ("minutes", "-5", "minutes", "minutes -5 is less than 0"),
        ("client_ref", "", "client_ref", "only info_point contacts may be anonymous"),
    ],
)
def test_a_broken_contact_in_a_later_chunk_is_told_once(
    workspace: Workspace, tmp_path: Path, small_chunks, column, value, field, words
):
    tables = edit(read_fixture(), "contacts", 3, column, value)  # the second chunk's first
    problems = rejected(workspace, write_folder(tables, tmp_path / "f"))
    only(problems, "contacts", 3, field, words)
    assert len(problems) == 1, problems


@pytest.mark.parametrize("fine", [True, False])
def test_the_import_gives_its_page_cache_back(workspace: Workspace, tmp_path: Path, fine: bool):
    tables = read_fixture() if fine else edit(read_fixture(), "contacts", 3, "minutes", "-5")
    folder = write_folder(tables, tmp_path / "f")
    if fine:
        workspace.importer.run(folder)
    else:
        rejected(workspace, folder)
    engine = workspace.datafile.engine
    with engine.connect() as a, engine.connect() as b:  # the pool's two connections
        for conn in (a, b):
            assert conn.exec_driver_sql("PRAGMA cache_size").scalar() == CACHE_SIZE


def _indexes(ws: Workspace) -> list[tuple]:
    with ws.reading() as s:
        sql = "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = 'contact'"
        return sorted(tuple(r) for r in s.execute(text(sql)))


def _bulk_mode(monkeypatch) -> list[str]:
    """Contacts imported as a big first import is: the plain indexes dropped while the rows
    go in and built again after (store.BULK_INDEX_THRESHOLD), in chunks of two rows. The
    list fills with the CREATE INDEX statements of what was dropped."""
    from vwdesk.services.importing import store

    monkeypatch.setattr(store, "BULK_INDEX_THRESHOLD", 1)
    monkeypatch.setattr(service, "CHUNK", 2)
    dropped: list[str] = []
    expect = store.TableStore.expect

    def noting(self, new_rows):
        expect(self, new_rows)
        dropped.extend(self._dropped)

    monkeypatch.setattr(store.TableStore, "expect", noting)
    return dropped


def test_a_bulk_import_builds_the_indexes_again(workspace: Workspace, tmp_path: Path, monkeypatch):
    expected_rows = None
    other, _ = Workspace.create(tmp_path / "plain.vwdesk", "teamleider", PASSWORD)
    try:
        other.importer.run(FIXTURE)  # five contacts: far below the threshold
        expected_rows = _contacts(other)
    finally:
        other.close()
    before = _indexes(workspace)
    assert len(before) >= 4
    dropped = _bulk_mode(monkeypatch)
    workspace.importer.run(FIXTURE)  # the tables after contacts follow the queued rebuild
    assert len(dropped) >= 4  # the bulk way was taken
    assert _indexes(workspace) == before
    assert _contacts(workspace) == expected_rows
    with workspace.reading() as s:
        assert s.execute(text("PRAGMA integrity_check")).scalar() == "ok"
        plan = s.execute(text("EXPLAIN QUERY PLAN SELECT id FROM contact WHERE client_id = 1"))
        assert "ix_contact_client_date" in " ".join(str(r) for r in plan)


@pytest.mark.parametrize("row", [2, 5])
def test_a_rejected_bulk_import_leaves_the_indexes(
    workspace: Workspace, tmp_path: Path, monkeypatch, row: int
):
    dropped = _bulk_mode(monkeypatch)
    before = _indexes(workspace)
    tables = edit(read_fixture(), "contacts", row, "minutes", "-5")
    only(
        rejected(workspace, write_folder(tables, tmp_path / "f")),
        "contacts",
        row,
        "minutes",
        "minutes -5 is less than 0",
    )
    assert dropped  # the bulk way was taken
    assert _indexes(workspace) == before
    assert _contacts(workspace) == []


@pytest.mark.parametrize("chunk", [2, 10_000])
def test_a_contact_of_a_client_with_a_problem_is_not_told_again(
    workspace: Workspace, tmp_path: Path, monkeypatch, chunk: int
):
    """C1's row is wrong; the contacts naming C1 (rows 2 and 6) have no problem of their
    own: one mistake, one problem, in the whole-chunk way and row by row."""
    monkeypatch.setattr(service, "CHUNK", chunk)
    tables = edit(read_fixture(), "clients", 2, "birth_date", "1985-02-30")
    folder = write_folder(tables, tmp_path / "f")
    problems = rejected(workspace, folder)
    only(problems, "clients", 2, "birth_date", "1985-02-30")
    assert len(problems) == 1, problems
    preview = workspace.importer.inspect(folder)  # C1's two contacts are not counted in
    assert preview.summary.tables["contacts"].added == 3


def test_contacts_alone_find_the_stored_clients(workspace: Workspace, tmp_path: Path):
    """A file of contacts only takes its clients' ids from the unique index on client.ref
    (ImportContext.client_ids) without reading the clients' rows; the ids are the same."""
    workspace.importer.run(FIXTURE)
    tables = read_fixture()
    contacts = [
        tables["contacts"][0],
        *([*r[:-1], f"N{i}"] for i, r in enumerate(tables["contacts"][1:])),
    ]
    summary = workspace.importer.run(write_folder({"contacts": contacts}, tmp_path / "f"))
    assert summary.tables["contacts"].added == 5
    with workspace.reading() as s:
        pairs = s.execute(
            text(
                "SELECT c.ref, k.client_id FROM contact k JOIN client c ON c.id = k.client_id "
                "WHERE k.ref LIKE 'N%' ORDER BY k.ref"
            )
        ).all()
    assert [ref for ref, _ in pairs] == ["C1", "C3", "C1"]
    with workspace.unit() as s:
        ctx = ImportContext(s.connection(), write=False)
        ids = ctx.client_ids
        assert "clients" not in vars(ctx)  # the rows were not read
        assert ids == {ref: c.id for ref, c in ctx.clients.items()}
        assert dict(pairs) == {ref: ids[ref] for ref, _ in pairs}


def test_client_ids_follow_the_clients_read_in_this_import(workspace: Workspace):
    """Once `clients` is read (a file with a clients table), the ids come from it, new and
    broken rows included."""
    workspace.importer.run(FIXTURE)
    with workspace.unit() as s:
        ctx = ImportContext(s.connection(), write=False)
        ctx.clients["C1"] = BROKEN
        ctx.clients["C9"] = ClientRef(99, 1)
        ids = ctx.client_ids
        assert ids["C1"] is BROKEN and ids["C9"] == 99
        assert ids["C3"] == ctx.clients["C3"].id
