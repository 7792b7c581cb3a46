"""No plain index repeats the first columns of another index on its table.

SQLite serves a lookup on the leading columns of any index, so a plain index
whose columns begin another index (a unique constraint's included) is never
chosen for anything the longer one cannot do, and every insert and update
still writes it: migration 0003 dropped ix_trajectory_client_id, which the
unique (client_id, kind, started_on) made redundant. Read from a file the
migrations made, as SQLite itself sees it.
"""

from __future__ import annotations

from pathlib import Path

from tests.conftest import PASSWORD
from vwdesk.services.workspace import Workspace


def _redundant(conn) -> list[str]:
    sql = conn.exec_driver_sql
    tables = [
        r[0]
        for r in sql(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
        )
    ]
    found = []
    for table in tables:
        indexes = [
            (ix[1], bool(ix[2]), [c[2] for c in sql(f'PRAGMA index_info("{ix[1]}")')])
            for ix in sql(f'PRAGMA index_list("{table}")')
        ]
        for name, unique, columns in indexes:
            if unique:  # a unique index is a rule, not only a way to find rows
                continue
            for other, _, longer in indexes:
                if other != name and longer[: len(columns)] == columns:
                    found.append(f"{name} {columns} begins {other} {longer}")
    return found


def test_no_plain_index_begins_another_index(new_file: Path):
    ws = Workspace.open(new_file, "teamleider", PASSWORD)
    try:
        with ws.datafile.engine.connect() as conn:
            assert _redundant(conn) == []
    finally:
        ws.close()


def test_the_check_finds_a_redundant_index(new_file: Path):
    """The rule itself: the index migration 0003 dropped is found again when put back."""
    ws = Workspace.open(new_file, "teamleider", PASSWORD)
    try:
        with ws.datafile.engine.begin() as conn:
            conn.exec_driver_sql('CREATE INDEX "ix_again" ON trajectory (client_id)')
            assert _redundant(conn) == [
                "ix_again ['client_id'] begins sqlite_autoindex_trajectory_1 "
                "['client_id', 'kind', 'started_on']"
            ]
            conn.rollback()
    finally:
        ws.close()
