"""first schema: every entity of domain.md, the figure indexes, an append-only audit trail

Revision ID: 0001
Revises:
Create Date: 2026-11-28
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "audit_event",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("account_id", sa.Integer(), nullable=True),
        sa.Column("action", sa.String(length=48), nullable=False),
        sa.Column("entity", sa.String(length=48), nullable=False),
        sa.Column("entity_id", sa.Integer(), nullable=True),
        sa.Column("detail", sa.Text(), nullable=False),
        sa.Column("mac", sa.String(length=64), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_audit_event")),
    )
    with op.batch_alter_table("audit_event", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_audit_event_action"), ["action"], unique=False)
        batch_op.create_index(batch_op.f("ix_audit_event_at"), ["at"], unique=False)

    op.create_table(
        "checklist_template",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("key", sa.String(length=32), nullable=False),
        sa.Column("name", sa.String(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("scope", sa.String(length=16), nullable=False),
        sa.Column("current", sa.Boolean(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_checklist_template")),
        sa.UniqueConstraint("key", "version", name=op.f("uq_checklist_template_key_version")),
    )
    op.create_table(
        "deadline_rule",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("key", sa.String(length=48), nullable=False),
        sa.Column("label", sa.String(), nullable=False),
        sa.Column("anchor", sa.String(length=48), nullable=False),
        sa.Column("months", sa.Integer(), nullable=False),
        sa.Column("days", sa.Integer(), nullable=False),
        sa.Column("remind_days_before", sa.Integer(), nullable=False),
        sa.Column("legal_source", sa.String(), nullable=False),
        sa.Column("checked_on", sa.Date(), nullable=True),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_deadline_rule")),
        sa.UniqueConstraint("key", name=op.f("uq_deadline_rule_key")),
    )
    op.create_table(
        "housing_target",
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("target", sa.Integer(), nullable=False),
        sa.Column("opening_backlog", sa.Integer(), nullable=True),
        sa.PrimaryKeyConstraint("year", name=op.f("pk_housing_target")),
    )
    op.create_table(
        "location",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(), nullable=False),
        sa.Column("address", sa.String(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_location")),
        sa.UniqueConstraint("name", name=op.f("uq_location_name")),
    )
    op.create_table(
        "partner",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(), nullable=False),
        sa.Column("description", sa.String(), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_partner")),
        sa.UniqueConstraint("name", name=op.f("uq_partner_name")),
    )
    op.create_table(
        "project",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_project")),
        sa.UniqueConstraint("name", name=op.f("uq_project_name")),
    )
    op.create_table(
        "report_text",
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("section", sa.String(length=32), nullable=False),
        sa.Column("lang", sa.String(length=2), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("year", "section", "lang", name=op.f("pk_report_text")),
    )
    op.create_table(
        "setting",
        sa.Column("key", sa.String(length=64), nullable=False),
        sa.Column("value", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("key", name=op.f("pk_setting")),
    )
    op.create_table(
        "volunteer",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("ref", sa.String(length=64), nullable=True),
        sa.Column("first_name", sa.String(), nullable=False),
        sa.Column("last_name", sa.String(), nullable=False),
        sa.Column("active_from", sa.Date(), nullable=False),
        sa.Column("active_until", sa.Date(), nullable=True),
        sa.Column("role", sa.String(length=32), nullable=False),
        sa.Column("paid", sa.Boolean(), nullable=False),
        sa.Column("home_visit_pool", sa.Boolean(), nullable=False),
        sa.Column("legal", sa.Boolean(), nullable=False),
        sa.Column("trained", sa.Boolean(), nullable=False),
        sa.Column("languages", sa.String(), nullable=False),
        sa.Column("area", sa.String(), nullable=False),
        sa.Column("availability", sa.String(length=7), nullable=False),
        sa.Column("phone", sa.String(length=32), nullable=False),
        sa.Column("email", sa.String(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_volunteer")),
        sa.UniqueConstraint("ref", name=op.f("uq_volunteer_ref")),
    )
    with op.batch_alter_table("volunteer", schema=None) as batch_op:
        batch_op.create_index("ix_volunteer_active", ["active_from", "active_until"], unique=False)

    op.create_table(
        "account",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("username", sa.String(length=64), nullable=False),
        sa.Column("display_name", sa.String(), nullable=False),
        sa.Column("role", sa.String(length=32), nullable=False),
        sa.Column("disabled", sa.Boolean(), nullable=False),
        sa.Column("volunteer_id", sa.Integer(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["volunteer_id"],
            ["volunteer.id"],
            name=op.f("fk_account_volunteer_id_volunteer"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_account")),
        sa.UniqueConstraint("username", name=op.f("uq_account_username")),
    )
    op.create_table(
        "checklist_template_item",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("template_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("key", sa.String(length=48), nullable=False),
        sa.Column("title", sa.String(), nullable=False),
        sa.Column("help", sa.String(), nullable=False),
        sa.Column("fields", sa.String(), nullable=False),
        sa.Column("when_needed", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(
            ["template_id"],
            ["checklist_template.id"],
            name=op.f("fk_checklist_template_item_template_id_checklist_template"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_checklist_template_item")),
    )
    with op.batch_alter_table("checklist_template_item", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_checklist_template_item_template_id"), ["template_id"], unique=False
        )

    op.create_table(
        "consultation_schedule",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=32), nullable=False),
        sa.Column("location_id", sa.Integer(), nullable=False),
        sa.Column("weekday", sa.Integer(), nullable=False),
        sa.Column("start", sa.String(length=5), nullable=False),
        sa.Column("end", sa.String(length=5), nullable=False),
        sa.Column("valid_from", sa.Date(), nullable=False),
        sa.Column("valid_until", sa.Date(), nullable=True),
        sa.Column("staffing", sa.String(), nullable=False),
        sa.ForeignKeyConstraint(
            ["location_id"],
            ["location.id"],
            name=op.f("fk_consultation_schedule_location_id_location"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_consultation_schedule")),
    )
    with op.batch_alter_table("consultation_schedule", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_consultation_schedule_location_id"), ["location_id"], unique=False
        )

    op.create_table(
        "household",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("ref", sa.String(length=64), nullable=True),
        sa.Column("housed_on", sa.Date(), nullable=False),
        sa.Column("address", sa.String(), nullable=False),
        sa.Column("postcode", sa.String(length=16), nullable=False),
        sa.Column("city", sa.String(), nullable=False),
        sa.Column("contact_volunteer_id", sa.Integer(), nullable=True),
        sa.Column("visit_interval_days", sa.Integer(), nullable=True),
        sa.Column("notes", sa.String(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["contact_volunteer_id"],
            ["volunteer.id"],
            name=op.f("fk_household_contact_volunteer_id_volunteer"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_household")),
        sa.UniqueConstraint("ref", name=op.f("uq_household_ref")),
    )
    with op.batch_alter_table("household", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_household_contact_volunteer_id"), ["contact_volunteer_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_household_housed_on"), ["housed_on"], unique=False)

    op.create_table(
        "client",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("ref", sa.String(length=64), nullable=True),
        sa.Column("household_id", sa.Integer(), nullable=False),
        sa.Column("first_name", sa.String(), nullable=False),
        sa.Column("last_name", sa.String(), nullable=False),
        sa.Column("birth_date", sa.Date(), nullable=False),
        sa.Column("sex", sa.String(length=1), nullable=False),
        sa.Column("nationality", sa.String(length=2), nullable=False),
        sa.Column("housed_on", sa.Date(), nullable=False),
        sa.Column("v_number", sa.String(length=16), nullable=False),
        sa.Column("bsn", sa.String(length=9), nullable=False),
        sa.Column("phone", sa.String(length=32), nullable=False),
        sa.Column("email", sa.String(), nullable=False),
        sa.Column("languages", sa.String(), nullable=False),
        sa.Column("permit_type", sa.String(), nullable=False),
        sa.Column("permit_expires_on", sa.Date(), nullable=True),
        sa.Column("travel_document_expires_on", sa.Date(), nullable=True),
        sa.Column("integration_obliged", sa.Boolean(), nullable=False),
        sa.Column("pvt_required", sa.Boolean(), nullable=False),
        sa.Column("pvt_course_on", sa.Date(), nullable=True),
        sa.Column("pvt_signed_on", sa.Date(), nullable=True),
        sa.Column("contact_volunteer_id", sa.Integer(), nullable=True),
        sa.Column("closed_on", sa.Date(), nullable=True),
        sa.Column("close_reason", sa.String(), nullable=False),
        sa.Column("anonymised_on", sa.Date(), nullable=True),
        sa.Column("notes", sa.String(), nullable=False),
        sa.Column("search_key", sa.String(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.CheckConstraint("sex IN ('M', 'F', 'X')", name=op.f("ck_client_sex")),
        sa.ForeignKeyConstraint(
            ["contact_volunteer_id"],
            ["volunteer.id"],
            name=op.f("fk_client_contact_volunteer_id_volunteer"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["household_id"], ["household.id"], name=op.f("fk_client_household_id_household")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_client")),
        sa.UniqueConstraint("ref", name=op.f("uq_client_ref")),
    )
    with op.batch_alter_table("client", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_client_contact_volunteer_id"), ["contact_volunteer_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_client_housed_on"), ["housed_on"], unique=False)
        batch_op.create_index(batch_op.f("ix_client_household_id"), ["household_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_client_nationality"), ["nationality"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_client_pvt_signed_on"), ["pvt_signed_on"], unique=False
        )
        batch_op.create_index("ix_client_search", ["search_key"], unique=False)

    op.create_table(
        "consultation_session",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("ref", sa.String(length=64), nullable=True),
        sa.Column("schedule_id", sa.Integer(), nullable=True),
        sa.Column("kind", sa.String(length=32), nullable=False),
        sa.Column("location_id", sa.Integer(), nullable=False),
        sa.Column("date", sa.Date(), nullable=False),
        sa.Column("start", sa.String(length=5), nullable=False),
        sa.Column("end", sa.String(length=5), nullable=False),
        sa.Column("cancelled", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(
            ["location_id"],
            ["location.id"],
            name=op.f("fk_consultation_session_location_id_location"),
        ),
        sa.ForeignKeyConstraint(
            ["schedule_id"],
            ["consultation_schedule.id"],
            name=op.f("fk_consultation_session_schedule_id_consultation_schedule"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_consultation_session")),
        sa.UniqueConstraint("ref", name=op.f("uq_consultation_session_ref")),
    )
    with op.batch_alter_table("consultation_session", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_consultation_session_date"), ["date"], unique=False)
        batch_op.create_index(
            "ix_consultation_session_location_date", ["location_id", "date"], unique=False
        )

    op.create_table(
        "checklist",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("template_id", sa.Integer(), nullable=False),
        sa.Column("household_id", sa.Integer(), nullable=True),
        sa.Column("client_id", sa.Integer(), nullable=True),
        sa.Column("started_on", sa.Date(), nullable=False),
        sa.Column("closed_on", sa.Date(), nullable=True),
        sa.ForeignKeyConstraint(
            ["client_id"], ["client.id"], name=op.f("fk_checklist_client_id_client")
        ),
        sa.ForeignKeyConstraint(
            ["household_id"], ["household.id"], name=op.f("fk_checklist_household_id_household")
        ),
        sa.ForeignKeyConstraint(
            ["template_id"],
            ["checklist_template.id"],
            name=op.f("fk_checklist_template_id_checklist_template"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_checklist")),
    )
    with op.batch_alter_table("checklist", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_checklist_client_id"), ["client_id"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_checklist_household_id"), ["household_id"], unique=False
        )
        batch_op.create_index(
            "ix_checklist_template_started", ["template_id", "started_on"], unique=False
        )

    op.create_table(
        "contact",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("ref", sa.String(length=64), nullable=True),
        sa.Column("date", sa.Date(), nullable=False),
        sa.Column("kind", sa.String(length=32), nullable=False),
        sa.Column("channel", sa.String(length=32), nullable=False),
        sa.Column("client_id", sa.Integer(), nullable=True),
        sa.Column("volunteer_id", sa.Integer(), nullable=True),
        sa.Column("session_id", sa.Integer(), nullable=True),
        sa.Column("minutes", sa.Integer(), nullable=True),
        sa.Column("topics", sa.String(), nullable=False),
        sa.Column("follow_up", sa.String(), nullable=False),
        sa.Column("notes", sa.String(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.CheckConstraint(
            "channel IN ('consultation', 'phone', 'home_visit', 'email', 'other')",
            name=op.f("ck_contact_channel"),
        ),
        sa.CheckConstraint(
            "client_id IS NOT NULL OR kind = 'info_point'", name=op.f("ck_contact_anonymous")
        ),
        sa.CheckConstraint(
            "kind IN ('social_guidance', 'info_point', 'legal')", name=op.f("ck_contact_kind")
        ),
        sa.ForeignKeyConstraint(
            ["client_id"], ["client.id"], name=op.f("fk_contact_client_id_client")
        ),
        sa.ForeignKeyConstraint(
            ["session_id"],
            ["consultation_session.id"],
            name=op.f("fk_contact_session_id_consultation_session"),
        ),
        sa.ForeignKeyConstraint(
            ["volunteer_id"],
            ["volunteer.id"],
            name=op.f("fk_contact_volunteer_id_volunteer"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_contact")),
        sa.UniqueConstraint("ref", name=op.f("uq_contact_ref")),
    )
    with op.batch_alter_table("contact", schema=None) as batch_op:
        batch_op.create_index("ix_contact_channel_date", ["channel", "date"], unique=False)
        batch_op.create_index("ix_contact_client_date", ["client_id", "date"], unique=False)
        batch_op.create_index("ix_contact_date_kind", ["date", "kind"], unique=False)
        batch_op.create_index("ix_contact_session", ["session_id"], unique=False)

    op.create_table(
        "project_membership",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("project_id", sa.Integer(), nullable=False),
        sa.Column("client_id", sa.Integer(), nullable=True),
        sa.Column("volunteer_id", sa.Integer(), nullable=True),
        sa.Column("role", sa.String(length=16), nullable=False),
        sa.Column("from_on", sa.Date(), nullable=False),
        sa.Column("until_on", sa.Date(), nullable=True),
        sa.CheckConstraint(
            "role IN ('participant', 'trainer', 'coach')", name=op.f("ck_project_membership_role")
        ),
        sa.CheckConstraint(
            "(client_id IS NOT NULL) + (volunteer_id IS NOT NULL) = 1",
            name=op.f("ck_project_membership_one_person"),
        ),
        sa.ForeignKeyConstraint(
            ["client_id"], ["client.id"], name=op.f("fk_project_membership_client_id_client")
        ),
        sa.ForeignKeyConstraint(
            ["project_id"], ["project.id"], name=op.f("fk_project_membership_project_id_project")
        ),
        sa.ForeignKeyConstraint(
            ["volunteer_id"],
            ["volunteer.id"],
            name=op.f("fk_project_membership_volunteer_id_volunteer"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_project_membership")),
    )
    with op.batch_alter_table("project_membership", schema=None) as batch_op:
        batch_op.create_index(
            "ix_project_membership_project_role", ["project_id", "role"], unique=False
        )

    op.create_table(
        "reunification_dossier",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("ref", sa.String(length=64), nullable=True),
        sa.Column("client_id", sa.Integer(), nullable=False),
        sa.Column("opened_on", sa.Date(), nullable=False),
        sa.Column("nidos", sa.Boolean(), nullable=False),
        sa.Column("closed_on", sa.Date(), nullable=True),
        sa.Column("outcome", sa.String(length=16), nullable=True),
        sa.Column("last_reviewed_on", sa.Date(), nullable=True),
        sa.Column("reviewed_by_account_id", sa.Integer(), nullable=True),
        sa.Column("notes", sa.String(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.CheckConstraint(
            "outcome IS NULL OR outcome IN ('successful', 'rejected', 'withdrawn')",
            name=op.f("ck_reunification_dossier_outcome"),
        ),
        sa.CheckConstraint(
            "closed_on IS NULL OR closed_on >= opened_on",
            name=op.f("ck_reunification_dossier_closed_after_opened"),
        ),
        sa.ForeignKeyConstraint(
            ["client_id"], ["client.id"], name=op.f("fk_reunification_dossier_client_id_client")
        ),
        sa.ForeignKeyConstraint(
            ["reviewed_by_account_id"],
            ["account.id"],
            name=op.f("fk_reunification_dossier_reviewed_by_account_id_account"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_reunification_dossier")),
        sa.UniqueConstraint("ref", name=op.f("uq_reunification_dossier_ref")),
    )
    with op.batch_alter_table("reunification_dossier", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_reunification_dossier_client_id"), ["client_id"], unique=False
        )
        batch_op.create_index(
            "ix_reunification_dossier_closed", ["closed_on", "outcome"], unique=False
        )
        batch_op.create_index("ix_reunification_dossier_opened", ["opened_on"], unique=False)

    op.create_table(
        "trajectory",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("client_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=32), nullable=False),
        sa.Column("started_on", sa.Date(), nullable=False),
        sa.Column("ended_on", sa.Date(), nullable=True),
        sa.CheckConstraint(
            "kind IN ('settlement', 'integration')", name=op.f("ck_trajectory_kind")
        ),
        sa.ForeignKeyConstraint(
            ["client_id"], ["client.id"], name=op.f("fk_trajectory_client_id_client")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_trajectory")),
        sa.UniqueConstraint(
            "client_id", "kind", "started_on", name=op.f("uq_trajectory_client_id_kind_started_on")
        ),
    )
    with op.batch_alter_table("trajectory", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_trajectory_client_id"), ["client_id"], unique=False)
        batch_op.create_index("ix_trajectory_kind_started", ["kind", "started_on"], unique=False)

    op.create_table(
        "checklist_item",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("checklist_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("key", sa.String(length=48), nullable=False),
        sa.Column("title", sa.String(), nullable=False),
        sa.Column("status", sa.String(length=8), nullable=False),
        sa.Column("due_on", sa.Date(), nullable=True),
        sa.Column("done_on", sa.Date(), nullable=True),
        sa.Column("volunteer_id", sa.Integer(), nullable=True),
        sa.Column("note", sa.String(), nullable=False),
        sa.Column("amount_cents", sa.Integer(), nullable=True),
        sa.Column("monthly_cents", sa.Integer(), nullable=True),
        sa.Column("creditor", sa.String(), nullable=False),
        sa.Column("partner_id", sa.Integer(), nullable=True),
        sa.CheckConstraint(
            "status IN ('open', 'done', 'n/a')", name=op.f("ck_checklist_item_status")
        ),
        sa.ForeignKeyConstraint(
            ["checklist_id"],
            ["checklist.id"],
            name=op.f("fk_checklist_item_checklist_id_checklist"),
        ),
        sa.ForeignKeyConstraint(
            ["partner_id"], ["partner.id"], name=op.f("fk_checklist_item_partner_id_partner")
        ),
        sa.ForeignKeyConstraint(
            ["volunteer_id"],
            ["volunteer.id"],
            name=op.f("fk_checklist_item_volunteer_id_volunteer"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_checklist_item")),
    )
    with op.batch_alter_table("checklist_item", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_checklist_item_checklist_id"), ["checklist_id"], unique=False
        )
        batch_op.create_index(
            "ix_checklist_item_key_done", ["key", "status", "done_on"], unique=False
        )

    op.create_table(
        "family_member",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("dossier_id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(), nullable=False),
        sa.Column("relation", sa.String(), nullable=False),
        sa.Column("birth_date", sa.Date(), nullable=True),
        sa.Column("country", sa.String(length=2), nullable=False),
        sa.Column("place", sa.String(), nullable=False),
        sa.Column("client_id", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(
            ["client_id"],
            ["client.id"],
            name=op.f("fk_family_member_client_id_client"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["dossier_id"],
            ["reunification_dossier.id"],
            name=op.f("fk_family_member_dossier_id_reunification_dossier"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_family_member")),
    )
    with op.batch_alter_table("family_member", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_family_member_dossier_id"), ["dossier_id"], unique=False
        )

    op.create_table(
        "planned_visit",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("household_id", sa.Integer(), nullable=False),
        sa.Column("planned_on", sa.Date(), nullable=False),
        sa.Column("volunteer_id", sa.Integer(), nullable=True),
        sa.Column("purpose", sa.String(), nullable=False),
        sa.Column("contact_id", sa.Integer(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["contact_id"],
            ["contact.id"],
            name=op.f("fk_planned_visit_contact_id_contact"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["household_id"], ["household.id"], name=op.f("fk_planned_visit_household_id_household")
        ),
        sa.ForeignKeyConstraint(
            ["volunteer_id"],
            ["volunteer.id"],
            name=op.f("fk_planned_visit_volunteer_id_volunteer"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_planned_visit")),
        sa.UniqueConstraint("contact_id", name=op.f("uq_planned_visit_contact_id")),
    )
    with op.batch_alter_table("planned_visit", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_planned_visit_household_id"), ["household_id"], unique=False
        )
        batch_op.create_index(
            "ix_planned_visit_planned_on", ["planned_on", "volunteer_id"], unique=False
        )

    op.create_table(
        "procedure_step",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("dossier_id", sa.Integer(), nullable=False),
        sa.Column("step", sa.String(length=16), nullable=False),
        sa.Column("date", sa.Date(), nullable=False),
        sa.Column("note", sa.String(), nullable=False),
        sa.ForeignKeyConstraint(
            ["dossier_id"],
            ["reunification_dossier.id"],
            name=op.f("fk_procedure_step_dossier_id_reunification_dossier"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_procedure_step")),
    )
    with op.batch_alter_table("procedure_step", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_procedure_step_dossier_id"), ["dossier_id"], unique=False
        )

    op.create_table(
        "referral",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("client_id", sa.Integer(), nullable=False),
        sa.Column("partner_id", sa.Integer(), nullable=False),
        sa.Column("date", sa.Date(), nullable=False),
        sa.Column("reason", sa.String(), nullable=False),
        sa.Column("outcome", sa.String(), nullable=False),
        sa.Column("contact_id", sa.Integer(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["client_id"], ["client.id"], name=op.f("fk_referral_client_id_client")
        ),
        sa.ForeignKeyConstraint(
            ["contact_id"],
            ["contact.id"],
            name=op.f("fk_referral_contact_id_contact"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["partner_id"], ["partner.id"], name=op.f("fk_referral_partner_id_partner")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_referral")),
    )
    with op.batch_alter_table("referral", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_referral_client_id"), ["client_id"], unique=False)
        batch_op.create_index("ix_referral_date_partner", ["date", "partner_id"], unique=False)
    for verb in ("UPDATE", "DELETE"):
        op.execute(
            f"CREATE TRIGGER audit_event_no_{verb.lower()} BEFORE {verb} ON audit_event "
            "BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only'); END"
        )


def downgrade() -> None:
    with op.batch_alter_table("referral", schema=None) as batch_op:
        batch_op.drop_index("ix_referral_date_partner")
        batch_op.drop_index(batch_op.f("ix_referral_client_id"))

    op.drop_table("referral")
    with op.batch_alter_table("procedure_step", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_procedure_step_dossier_id"))

    op.drop_table("procedure_step")
    with op.batch_alter_table("planned_visit", schema=None) as batch_op:
        batch_op.drop_index("ix_planned_visit_planned_on")
        batch_op.drop_index(batch_op.f("ix_planned_visit_household_id"))

    op.drop_table("planned_visit")
    with op.batch_alter_table("family_member", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_family_member_dossier_id"))

    op.drop_table("family_member")
    with op.batch_alter_table("checklist_item", schema=None) as batch_op:
        batch_op.drop_index("ix_checklist_item_key_done")
        batch_op.drop_index(batch_op.f("ix_checklist_item_checklist_id"))

    op.drop_table("checklist_item")
    with op.batch_alter_table("trajectory", schema=None) as batch_op:
        batch_op.drop_index("ix_trajectory_kind_started")
        batch_op.drop_index(batch_op.f("ix_trajectory_client_id"))

    op.drop_table("trajectory")
    with op.batch_alter_table("reunification_dossier", schema=None) as batch_op:
        batch_op.drop_index("ix_reunification_dossier_opened")
        batch_op.drop_index("ix_reunification_dossier_closed")
        batch_op.drop_index(batch_op.f("ix_reunification_dossier_client_id"))

    op.drop_table("reunification_dossier")
    with op.batch_alter_table("project_membership", schema=None) as batch_op:
        batch_op.drop_index("ix_project_membership_project_role")

    op.drop_table("project_membership")
    with op.batch_alter_table("contact", schema=None) as batch_op:
        batch_op.drop_index("ix_contact_session")
        batch_op.drop_index("ix_contact_date_kind")
        batch_op.drop_index("ix_contact_client_date")
        batch_op.drop_index("ix_contact_channel_date")

    op.drop_table("contact")
    with op.batch_alter_table("checklist", schema=None) as batch_op:
        batch_op.drop_index("ix_checklist_template_started")
        batch_op.drop_index(batch_op.f("ix_checklist_household_id"))
        batch_op.drop_index(batch_op.f("ix_checklist_client_id"))

    op.drop_table("checklist")
    with op.batch_alter_table("consultation_session", schema=None) as batch_op:
        batch_op.drop_index("ix_consultation_session_location_date")
        batch_op.drop_index(batch_op.f("ix_consultation_session_date"))

    op.drop_table("consultation_session")
    with op.batch_alter_table("client", schema=None) as batch_op:
        batch_op.drop_index("ix_client_search")
        batch_op.drop_index(batch_op.f("ix_client_pvt_signed_on"))
        batch_op.drop_index(batch_op.f("ix_client_nationality"))
        batch_op.drop_index(batch_op.f("ix_client_household_id"))
        batch_op.drop_index(batch_op.f("ix_client_housed_on"))
        batch_op.drop_index(batch_op.f("ix_client_contact_volunteer_id"))

    op.drop_table("client")
    with op.batch_alter_table("household", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_household_housed_on"))
        batch_op.drop_index(batch_op.f("ix_household_contact_volunteer_id"))

    op.drop_table("household")
    with op.batch_alter_table("consultation_schedule", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_consultation_schedule_location_id"))

    op.drop_table("consultation_schedule")
    with op.batch_alter_table("checklist_template_item", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_checklist_template_item_template_id"))

    op.drop_table("checklist_template_item")
    op.drop_table("account")
    with op.batch_alter_table("volunteer", schema=None) as batch_op:
        batch_op.drop_index("ix_volunteer_active")

    op.drop_table("volunteer")
    op.drop_table("setting")
    op.drop_table("report_text")
    op.drop_table("project")
    op.drop_table("partner")
    op.drop_table("location")
    op.drop_table("housing_target")
    op.drop_table("deadline_rule")
    op.drop_table("checklist_template")
    with op.batch_alter_table("audit_event", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_audit_event_at"))
        batch_op.drop_index(batch_op.f("ix_audit_event_action"))

    op.drop_table("audit_event")
