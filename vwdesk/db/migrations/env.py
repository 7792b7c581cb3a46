"""Alembic environment: always run on a connection the data file hands us.

There is no URL here on purpose: the key never goes through Alembic's config.
"""

from __future__ import annotations

from alembic import context

from vwdesk.db.records import Base

connection = context.config.attributes["connection"]
context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=True,  # SQLite needs table rebuilds for most ALTERs
    compare_type=True,
)
with context.begin_transaction():
    context.run_migrations()
