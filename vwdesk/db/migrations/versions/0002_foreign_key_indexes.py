"""foreign key indexes: deleting a parent row no longer reads the whole child table

SQLite finds the child rows of a deleted parent (to refuse the delete or to
set the column to NULL) with a query on the child column; without an index
that starts with it, undoing a contact read every referral twice and
deleting a client read every family member and project membership. The keys
left without one are listed, with the reason, in
tests/db/test_foreign_key_indexes.py.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-28
"""

from __future__ import annotations

from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

# (name, table, columns), as the records declare them.
INDEXES = (
    ("ix_account_volunteer_id", "account", ["volunteer_id"]),
    # Also the session of a schedule on a day, found or made when a contact is logged.
    ("ix_consultation_session_schedule_date", "consultation_session", ["schedule_id", "date"]),
    ("ix_family_member_client_id", "family_member", ["client_id"]),
    ("ix_planned_visit_volunteer_id", "planned_visit", ["volunteer_id"]),
    ("ix_project_membership_client_id", "project_membership", ["client_id"]),
    ("ix_referral_contact_id", "referral", ["contact_id"]),
    # Also a partner's referrals of one year, by date (the coaching lists).
    ("ix_referral_partner_date", "referral", ["partner_id", "date"]),
)


def upgrade() -> None:
    for name, table, columns in INDEXES:
        op.create_index(name, table, columns, unique=False)


def downgrade() -> None:
    for name, table, _columns in reversed(INDEXES):
        op.drop_index(name, table_name=table)
