"""Schema versions: create at head, upgrade older files after a backup copy.

Opening a file at the current schema only compares its revision with HEAD,
so Alembic (with Mako and Pygments, about 0.25 s to import and 17 MiB) is
imported only when a file is created or must actually be upgraded.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Connection

if TYPE_CHECKING:
    from alembic.config import Config

MIGRATIONS = Path(__file__).with_name("migrations")

# The newest migration's revision. A new migration must update it:
# tests/db/test_migrations.py checks it against Alembic's ScriptDirectory.
HEAD = "0003"


def _config(connection: Connection | None = None) -> Config:
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    if connection is not None:
        cfg.attributes["connection"] = connection
    return cfg


def head_revision() -> str:
    return HEAD


def script_head_revision() -> str:
    """The head as Alembic reads it from the scripts (what HEAD must equal)."""
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(_config()).get_current_head()


def current_revision(connection: Connection) -> str | None:
    """The file's revision, as Alembic's MigrationContext would read it (None: no schema)."""
    has_table = connection.exec_driver_sql(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'alembic_version'"
    ).first()
    if has_table is None:
        return None
    rows = connection.exec_driver_sql("SELECT version_num FROM alembic_version").all()
    if len(rows) <= 1:
        return rows[0][0] if rows else None
    from alembic.runtime.migration import MigrationContext  # several heads: Alembic says why

    return MigrationContext.configure(connection).get_current_revision()


def known_revisions() -> set[str]:
    from alembic.script import ScriptDirectory

    return {rev.revision for rev in ScriptDirectory.from_config(_config()).walk_revisions()}


def upgrade(connection: Connection, target: str = "head") -> None:
    from alembic import command

    command.upgrade(_config(connection), target)
