"""drop ix_trajectory_client_id: the unique (client_id, kind, started_on) starts with it

SQLite uses the unique constraint's index for every lookup by client_id (a
client's trajectories, the foreign key's check when a client is deleted), so
the plain index on client_id alone was never read, only written: one more
B-tree insert for every trajectory stored or imported. The rule is kept by
tests/db/test_redundant_indexes.py.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-28
"""

from __future__ import annotations

from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.drop_index("ix_trajectory_client_id", table_name="trajectory")


def downgrade() -> None:
    op.create_index("ix_trajectory_client_id", "trajectory", ["client_id"], unique=False)
