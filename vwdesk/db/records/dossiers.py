"""Family reunification dossiers and the deadline rules that watch them."""

from __future__ import annotations

from datetime import date

from sqlalchemy import CheckConstraint, ForeignKey, Index, String
from sqlalchemy.orm import Mapped, mapped_column, relationship

from vwdesk.db.records.base import Base, Stamped


class ReunificationDossierRecord(Stamped, Base):
    __tablename__ = "reunification_dossier"
    __table_args__ = (
        CheckConstraint(
            "outcome IS NULL OR outcome IN ('successful', 'rejected', 'withdrawn')",
            name="outcome",
        ),
        CheckConstraint("closed_on IS NULL OR closed_on >= opened_on", name="closed_after_opened"),
        Index("ix_reunification_dossier_opened", "opened_on"),
        Index("ix_reunification_dossier_closed", "closed_on", "outcome"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    ref: Mapped[str | None] = mapped_column(String(64), unique=True)
    client_id: Mapped[int] = mapped_column(ForeignKey("client.id"), index=True)
    opened_on: Mapped[date]
    nidos: Mapped[bool] = mapped_column(default=False)
    closed_on: Mapped[date | None]
    outcome: Mapped[str | None] = mapped_column(String(16))
    last_reviewed_on: Mapped[date | None]
    reviewed_by_account_id: Mapped[int | None] = mapped_column(
        ForeignKey("account.id", ondelete="SET NULL")
    )
    notes: Mapped[str] = mapped_column(default="")

    members: Mapped[list[FamilyMemberRecord]] = relationship(cascade="all, delete-orphan")
    steps: Mapped[list[ProcedureStepRecord]] = relationship(
        order_by="ProcedureStepRecord.date", cascade="all, delete-orphan"
    )


class FamilyMemberRecord(Base):
    __tablename__ = "family_member"

    id: Mapped[int] = mapped_column(primary_key=True)
    dossier_id: Mapped[int] = mapped_column(
        ForeignKey("reunification_dossier.id", ondelete="CASCADE"), index=True
    )
    name: Mapped[str]
    relation: Mapped[str]
    birth_date: Mapped[date | None]
    country: Mapped[str] = mapped_column(String(2), default="")
    place: Mapped[str] = mapped_column(default="")
    client_id: Mapped[int | None] = mapped_column(
        ForeignKey("client.id", ondelete="SET NULL"), index=True
    )


class ProcedureStepRecord(Base):
    __tablename__ = "procedure_step"

    id: Mapped[int] = mapped_column(primary_key=True)
    dossier_id: Mapped[int] = mapped_column(
        ForeignKey("reunification_dossier.id", ondelete="CASCADE"), index=True
    )
    step: Mapped[str] = mapped_column(String(16))
    date: Mapped[date]
    note: Mapped[str] = mapped_column(default="")


class DeadlineRuleRecord(Base):
    """A legal period as data: what it runs from, how long, and where it comes from."""

    __tablename__ = "deadline_rule"

    id: Mapped[int] = mapped_column(primary_key=True)
    key: Mapped[str] = mapped_column(String(48), unique=True)
    label: Mapped[str]
    anchor: Mapped[str] = mapped_column(String(48))  # the event the period runs from
    months: Mapped[int] = mapped_column(default=0)
    days: Mapped[int] = mapped_column(default=0)
    remind_days_before: Mapped[int] = mapped_column(default=14)
    legal_source: Mapped[str] = mapped_column(default="")
    checked_on: Mapped[date | None]
    active: Mapped[bool] = mapped_column(default=True)
