"""Every saved file of every older schema opens, is upgraded, and keeps its data."""

from __future__ import annotations

import shutil
from datetime import date
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import func, select

from vwdesk.db import migrate
from vwdesk.db.datafile import DataFile
from vwdesk.db.records import Base, ClientRecord, ContactRecord
from vwdesk.security.keyslots import keys_path_for
from vwdesk.services.workspace import Workspace

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"
SAVED = sorted(FIXTURES.glob("schema_*/team.vwdesk"))
PASSWORD = "fixture-password"


def test_there_is_a_saved_file_of_the_first_schema():
    assert FIXTURES / "schema_0001" / "team.vwdesk" in SAVED


@pytest.mark.parametrize("saved", SAVED, ids=lambda p: p.parent.name)
def test_saved_file_opens_at_head_with_its_data(saved: Path, tmp_path: Path):
    path = tmp_path / "team.vwdesk"
    shutil.copy2(saved, path)
    shutil.copy2(saved.with_name("team.vwdesk.keys"), tmp_path / "team.vwdesk.keys")
    saved_rev = saved.parent.name.removeprefix("schema_")
    ws = Workspace.open(path, "teamleider", PASSWORD)
    try:
        with ws.datafile.engine.connect() as conn:
            assert migrate.current_revision(conn) == migrate.head_revision()
            # Upgraded, it has the schema of a new file: every index of the records, no more.
            assert compare_metadata(MigrationContext.configure(conn), Base.metadata) == []
        with ws.reading() as s:
            client = s.scalar(select(ClientRecord))
            assert (client.first_name, client.housed_on) == ("Testnaam", date(2017, 3, 1))
            assert s.scalar(select(func.count()).select_from(ContactRecord)) == 1
        assert ws.integrity.check().ok
    finally:
        ws.close()
    backups = sorted(tmp_path.glob("team.vwdesk.before-upgrade-*"))
    if saved_rev == migrate.head_revision():
        assert backups == []
    else:  # an upgrade happened: a copy of the old file (and its key file) was made first
        copy = tmp_path / backups[0].name.removesuffix(".keys")
        assert backups == [copy, keys_path_for(copy)]
        old = DataFile.open(copy, "teamleider", PASSWORD, read_only=True)
        try:
            with old.engine.connect() as conn:
                assert migrate.current_revision(conn) == saved_rev
        finally:
            old.close()


def test_head_constant_is_the_newest_migration():
    """A new migration must update migrate.HEAD, which opening a file compares with."""
    from alembic.script import ScriptDirectory

    head = ScriptDirectory.from_config(migrate._config()).get_current_head()
    assert head == migrate.HEAD == migrate.head_revision() == migrate.script_head_revision()
    assert migrate.HEAD in migrate.known_revisions()


def test_current_revision_reads_what_alembic_reads(new_file: Path):
    ws = Workspace.open(new_file, "teamleider", "geheim-wachtwoord")
    try:
        with ws.datafile.engine.connect() as conn:
            expected = MigrationContext.configure(conn).get_current_revision()
            assert migrate.current_revision(conn) == expected == migrate.HEAD
            conn.exec_driver_sql("DELETE FROM alembic_version")
            assert migrate.current_revision(conn) is None
            conn.exec_driver_sql("DROP TABLE alembic_version")
            assert migrate.current_revision(conn) is None
            conn.rollback()
    finally:
        ws.close()


def test_models_and_migrations_agree(new_file: Path):
    """Autogenerate against a migrated file finds nothing: no model change lacks a migration."""
    ws = Workspace.open(new_file, "teamleider", "geheim-wachtwoord")
    try:
        with ws.datafile.engine.connect() as conn:
            diff = compare_metadata(MigrationContext.configure(conn), Base.metadata)
    finally:
        ws.close()
    assert diff == []
