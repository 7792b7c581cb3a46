"""Every foreign key has an index that starts with its column, or a written reason why not.

SQLite finds the child rows of a parent row being deleted (to refuse the
delete, or to empty an ON DELETE SET NULL column) with a query on the child
column. Without an index whose first column is that column, every such DELETE
reads the whole child table: undoing one contact read all 50,000 referrals
twice. An index is not free either (every insert into the table updates it),
so a column may go without one when nothing deletes its parent rows and no
query looks rows up by it; EXEMPT says so for each, in words.
"""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import PrimaryKeyConstraint, Table, UniqueConstraint

from vwdesk.db.records import Base
from vwdesk.services.workspace import Workspace

# "table.column": why deleting a parent row never needs the index, and what it would cost.
EXEMPT = {
    "contact.volunteer_id": "volunteers are ended, never deleted, and no query looks contacts "
    "up by volunteer; every index on contact costs the import of millions of rows",
    "checklist_item.volunteer_id": "volunteers are ended, never deleted, and items are only "
    "joined to the volunteer's name, never looked up by volunteer; an index costs every one "
    "of the 676,000 items of a national file as it is written or imported",
    "checklist_item.partner_id": "partners are made inactive, never deleted, and items are only "
    "joined to the partner's name, never looked up by partner (the same 676,000 items)",
    "project_membership.volunteer_id": "volunteers are ended, never deleted, and the project "
    "figures read every membership anyway",
    "reunification_dossier.reviewed_by_account_id": "accounts are disabled, never deleted, and "
    "the reviewer is only shown on the dossier, never searched by",
}


def _leading_columns(table: Table) -> set[str]:
    """Columns some index of the table starts with (unique constraints and keys make one)."""
    leading = {ix.expressions[0].name for ix in table.indexes if ix.columns}
    for constraint in table.constraints:
        if isinstance(constraint, UniqueConstraint | PrimaryKeyConstraint) and constraint.columns:
            leading.add(next(iter(constraint.columns)).name)
    return leading


def _unindexed_foreign_keys() -> set[str]:
    missing = set()
    for table in Base.metadata.sorted_tables:
        leading = _leading_columns(table)
        for fk in table.foreign_key_constraints:
            first = fk.columns[0].name
            if first not in leading:
                missing.add(f"{table.name}.{first}")
    return missing


def test_every_foreign_key_has_an_index_or_a_reason():
    assert sorted(_unindexed_foreign_keys() - EXEMPT.keys()) == []


def test_every_exemption_names_a_foreign_key_without_an_index():
    """A stale exemption (the key gone, or indexed after all) would hide the next one."""
    assert sorted(EXEMPT.keys() - _unindexed_foreign_keys()) == []
    assert all(reason.strip() for reason in EXEMPT.values())


def test_the_migrated_file_has_the_indexes(new_file: Path):
    """The same rule read from a file the migrations made, as SQLite itself sees it."""
    ws = Workspace.open(new_file, "teamleider", "geheim-wachtwoord")
    try:
        with ws.datafile.engine.connect() as conn:
            sql = conn.exec_driver_sql
            tables = [
                r[0]
                for r in sql(
                    "SELECT name FROM sqlite_master WHERE type = 'table' "
                    "AND name NOT LIKE 'sqlite_%' AND name != 'alembic_version'"
                )
            ]
            missing = set()
            for table in tables:
                leading = {
                    sql(f'PRAGMA index_info("{ix[1]}")').first()[2]
                    for ix in sql(f'PRAGMA index_list("{table}")')
                }
                leading |= {
                    col[1] for col in sql(f'PRAGMA table_info("{table}")') if col[5] == 1
                }  # the first column of the primary key
                for fk in sql(f'PRAGMA foreign_key_list("{table}")'):
                    if fk[1] == 0 and fk[3] not in leading:  # seq 0: the key's first column
                        missing.add(f"{table}.{fk[3]}")
    finally:
        ws.close()
    assert sorted(missing - EXEMPT.keys()) == []
    assert missing >= EXEMPT.keys()
