"""The team's work: sessions and contacts, trajectories, checklists, referrals, projects."""

from __future__ import annotations

from datetime import date

from sqlalchemy import CheckConstraint, ForeignKey, Index, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from vwdesk.db.records.base import Base, Stamped


class LocationRecord(Base):
    __tablename__ = "location"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(unique=True)
    address: Mapped[str] = mapped_column(default="")


class ConsultationScheduleRecord(Base):
    """A weekly consultation hour: kind, place, weekday and times, for a period."""

    __tablename__ = "consultation_schedule"

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(32))
    location_id: Mapped[int] = mapped_column(ForeignKey("location.id"), index=True)
    weekday: Mapped[int]  # ISO 1 = Monday
    start: Mapped[str] = mapped_column(String(5))
    end: Mapped[str] = mapped_column(String(5))
    valid_from: Mapped[date]
    valid_until: Mapped[date | None]
    staffing: Mapped[str] = mapped_column(default="")  # volunteer ids, comma separated


class ConsultationSessionRecord(Base):
    __tablename__ = "consultation_session"
    __table_args__ = (
        Index("ix_consultation_session_location_date", "location_id", "date"),
        # A schedule's session of one day (found or made when a contact is logged).
        Index("ix_consultation_session_schedule_date", "schedule_id", "date"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    ref: Mapped[str | None] = mapped_column(String(64), unique=True)
    schedule_id: Mapped[int | None] = mapped_column(
        ForeignKey("consultation_schedule.id", ondelete="SET NULL")
    )
    kind: Mapped[str] = mapped_column(String(32))
    location_id: Mapped[int] = mapped_column(ForeignKey("location.id"))
    date: Mapped[date] = mapped_column(index=True)
    start: Mapped[str] = mapped_column(String(5), default="")
    end: Mapped[str] = mapped_column(String(5), default="")
    cancelled: Mapped[bool] = mapped_column(default=False)


class ContactRecord(Stamped, Base):
    """One contact moment; home visits are contacts with channel home_visit."""

    __tablename__ = "contact"
    __table_args__ = (
        CheckConstraint("kind IN ('social_guidance', 'info_point', 'legal')", name="kind"),
        CheckConstraint(
            "channel IN ('consultation', 'phone', 'home_visit', 'email', 'other')",
            name="channel",
        ),
        CheckConstraint("client_id IS NOT NULL OR kind = 'info_point'", name="anonymous"),
        Index("ix_contact_date_kind", "date", "kind"),
        Index("ix_contact_channel_date", "channel", "date"),
        Index("ix_contact_session", "session_id"),
        Index("ix_contact_client_date", "client_id", "date"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    ref: Mapped[str | None] = mapped_column(String(64), unique=True)
    date: Mapped[date]
    kind: Mapped[str] = mapped_column(String(32))
    channel: Mapped[str] = mapped_column(String(32))
    client_id: Mapped[int | None] = mapped_column(ForeignKey("client.id"))
    volunteer_id: Mapped[int | None] = mapped_column(
        ForeignKey("volunteer.id", ondelete="SET NULL")
    )
    session_id: Mapped[int | None] = mapped_column(ForeignKey("consultation_session.id"))
    minutes: Mapped[int | None]
    topics: Mapped[str] = mapped_column(default="")  # comma separated topic keys
    follow_up: Mapped[str] = mapped_column(default="")
    notes: Mapped[str] = mapped_column(default="")


class TrajectoryRecord(Base):
    __tablename__ = "trajectory"
    __table_args__ = (
        CheckConstraint("kind IN ('settlement', 'integration')", name="kind"),
        Index("ix_trajectory_kind_started", "kind", "started_on"),
        UniqueConstraint("client_id", "kind", "started_on"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    # No index of its own: the unique (client_id, kind, started_on) starts with it.
    client_id: Mapped[int] = mapped_column(ForeignKey("client.id"))
    kind: Mapped[str] = mapped_column(String(32))
    started_on: Mapped[date]
    ended_on: Mapped[date | None]


class ChecklistTemplateRecord(Base):
    """A versioned template; instances keep the version they started from."""

    __tablename__ = "checklist_template"
    __table_args__ = (UniqueConstraint("key", "version"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    key: Mapped[str] = mapped_column(String(32))  # settlement / integration / debt_prevention
    name: Mapped[str]
    version: Mapped[int] = mapped_column(default=1)
    scope: Mapped[str] = mapped_column(String(16), default="household")  # or "client"
    current: Mapped[bool] = mapped_column(default=True)

    items: Mapped[list[ChecklistTemplateItemRecord]] = relationship(
        order_by="ChecklistTemplateItemRecord.position", cascade="all, delete-orphan"
    )


class ChecklistTemplateItemRecord(Base):
    __tablename__ = "checklist_template_item"

    id: Mapped[int] = mapped_column(primary_key=True)
    template_id: Mapped[int] = mapped_column(ForeignKey("checklist_template.id"), index=True)
    position: Mapped[int]
    key: Mapped[str] = mapped_column(String(48), default="")
    title: Mapped[str]
    help: Mapped[str] = mapped_column(default="")
    fields: Mapped[str] = mapped_column(default="")  # e.g. "date,amount,creditor"
    when_needed: Mapped[bool] = mapped_column(default=False)


class ChecklistRecord(Base):
    __tablename__ = "checklist"
    __table_args__ = (Index("ix_checklist_template_started", "template_id", "started_on"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    template_id: Mapped[int] = mapped_column(ForeignKey("checklist_template.id"))
    household_id: Mapped[int | None] = mapped_column(ForeignKey("household.id"), index=True)
    client_id: Mapped[int | None] = mapped_column(ForeignKey("client.id"), index=True)
    started_on: Mapped[date]
    closed_on: Mapped[date | None]

    items: Mapped[list[ChecklistItemRecord]] = relationship(
        order_by="ChecklistItemRecord.position", cascade="all, delete-orphan"
    )


class ChecklistItemRecord(Base):
    __tablename__ = "checklist_item"
    __table_args__ = (
        CheckConstraint("status IN ('open', 'done', 'n/a')", name="status"),
        Index("ix_checklist_item_key_done", "key", "status", "done_on"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    checklist_id: Mapped[int] = mapped_column(ForeignKey("checklist.id"), index=True)
    position: Mapped[int]
    key: Mapped[str] = mapped_column(String(48), default="")
    title: Mapped[str]
    status: Mapped[str] = mapped_column(String(8), default="open")
    due_on: Mapped[date | None]
    done_on: Mapped[date | None]
    volunteer_id: Mapped[int | None] = mapped_column(
        ForeignKey("volunteer.id", ondelete="SET NULL")
    )
    note: Mapped[str] = mapped_column(default="")
    amount_cents: Mapped[int | None]
    monthly_cents: Mapped[int | None]
    creditor: Mapped[str] = mapped_column(default="")
    partner_id: Mapped[int | None] = mapped_column(ForeignKey("partner.id"))


class PartnerRecord(Base):
    __tablename__ = "partner"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(unique=True)
    description: Mapped[str] = mapped_column(default="")
    active: Mapped[bool] = mapped_column(default=True)


class ReferralRecord(Stamped, Base):
    __tablename__ = "referral"
    __table_args__ = (
        Index("ix_referral_date_partner", "date", "partner_id"),
        # A partner's referrals of one year, by date (the coaching lists).
        Index("ix_referral_partner_date", "partner_id", "date"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    client_id: Mapped[int] = mapped_column(ForeignKey("client.id"), index=True)
    partner_id: Mapped[int] = mapped_column(ForeignKey("partner.id"))
    date: Mapped[date]
    reason: Mapped[str] = mapped_column(default="")
    outcome: Mapped[str] = mapped_column(default="")
    contact_id: Mapped[int | None] = mapped_column(
        ForeignKey("contact.id", ondelete="SET NULL"), index=True
    )


class ProjectRecord(Base):
    __tablename__ = "project"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(unique=True)


class ProjectMembershipRecord(Base):
    """A person's part in a project for a period: a client or a team member."""

    __tablename__ = "project_membership"
    __table_args__ = (
        CheckConstraint("role IN ('participant', 'trainer', 'coach')", name="role"),
        CheckConstraint(
            "(client_id IS NOT NULL) + (volunteer_id IS NOT NULL) = 1", name="one_person"
        ),
        Index("ix_project_membership_project_role", "project_id", "role"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    project_id: Mapped[int] = mapped_column(ForeignKey("project.id"))
    client_id: Mapped[int | None] = mapped_column(ForeignKey("client.id"), index=True)
    volunteer_id: Mapped[int | None] = mapped_column(ForeignKey("volunteer.id"))
    role: Mapped[str] = mapped_column(String(16))
    from_on: Mapped[date]
    until_on: Mapped[date | None]
