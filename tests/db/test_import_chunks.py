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
