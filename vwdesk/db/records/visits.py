"""Planned home visits. The visit itself, once made, is a contact with channel home_visit."""

from __future__ import annotations

from datetime import date

from sqlalchemy import ForeignKey, Index
from sqlalchemy.orm import Mapped, mapped_column

from vwdesk.db.records.base import Base, Stamped


class PlannedVisitRecord(Stamped, Base):
    """A home visit planned for a household; `contact_id` is set when it is recorded.

    Findings and follow-ups live on the contact (notes, follow_up), so the
    client's timeline shows them and nothing is kept twice.
    """

    __tablename__ = "planned_visit"
    __table_args__ = (Index("ix_planned_visit_planned_on", "planned_on", "volunteer_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    household_id: Mapped[int] = mapped_column(ForeignKey("household.id"), index=True)
    planned_on: Mapped[date]
    volunteer_id: Mapped[int | None] = mapped_column(
        ForeignKey("volunteer.id", ondelete="SET NULL"), index=True
    )
    purpose: Mapped[str] = mapped_column(default="")
    contact_id: Mapped[int | None] = mapped_column(
        ForeignKey("contact.id", ondelete="SET NULL"), unique=True
    )
