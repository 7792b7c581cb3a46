"""Households, clients (statushouders) and volunteers."""

from __future__ import annotations

from datetime import date

from sqlalchemy import CheckConstraint, ForeignKey, Index, String
from sqlalchemy.orm import Mapped, mapped_column, relationship

from vwdesk.db.records.base import Base, Stamped


class HouseholdRecord(Stamped, Base):
    """The people who moved into one dwelling; its housing date counts the dwelling."""

    __tablename__ = "household"

    id: Mapped[int] = mapped_column(primary_key=True)
    ref: Mapped[str | None] = mapped_column(String(64), unique=True)
    housed_on: Mapped[date] = mapped_column(index=True)
    address: Mapped[str] = mapped_column(default="")
    postcode: Mapped[str] = mapped_column(String(16), default="")
    city: Mapped[str] = mapped_column(default="")
    contact_volunteer_id: Mapped[int | None] = mapped_column(
        ForeignKey("volunteer.id", ondelete="SET NULL"), index=True
    )
    visit_interval_days: Mapped[int | None]
    notes: Mapped[str] = mapped_column(default="")

    members: Mapped[list[ClientRecord]] = relationship(back_populates="household")


class ClientRecord(Stamped, Base):
    __tablename__ = "client"
    __table_args__ = (
        CheckConstraint("sex IN ('M', 'F', 'X')", name="sex"),
        Index("ix_client_search", "search_key"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    ref: Mapped[str | None] = mapped_column(String(64), unique=True)
    household_id: Mapped[int] = mapped_column(ForeignKey("household.id"), index=True)
    first_name: Mapped[str]
    last_name: Mapped[str]
    birth_date: Mapped[date]
    sex: Mapped[str] = mapped_column(String(1))
    nationality: Mapped[str] = mapped_column(String(2), index=True)
    housed_on: Mapped[date] = mapped_column(index=True)
    v_number: Mapped[str] = mapped_column(String(16), default="")
    bsn: Mapped[str] = mapped_column(String(9), default="")
    phone: Mapped[str] = mapped_column(String(32), default="")
    email: Mapped[str] = mapped_column(default="")
    languages: Mapped[str] = mapped_column(default="")
    permit_type: Mapped[str] = mapped_column(default="")
    permit_expires_on: Mapped[date | None]
    travel_document_expires_on: Mapped[date | None]
    integration_obliged: Mapped[bool] = mapped_column(default=False)
    pvt_required: Mapped[bool] = mapped_column(default=False)
    pvt_course_on: Mapped[date | None]
    pvt_signed_on: Mapped[date | None] = mapped_column(index=True)
    contact_volunteer_id: Mapped[int | None] = mapped_column(
        ForeignKey("volunteer.id", ondelete="SET NULL"), index=True
    )
    closed_on: Mapped[date | None]
    close_reason: Mapped[str] = mapped_column(default="")
    anonymised_on: Mapped[date | None]
    notes: Mapped[str] = mapped_column(default="")
    # Folded form of the name for the tolerant search (see domain/names.py).
    search_key: Mapped[str] = mapped_column(default="")

    household: Mapped[HouseholdRecord] = relationship(back_populates="members")


class VolunteerRecord(Stamped, Base):
    """A person of the team, volunteer or paid, with the period they were active."""

    __tablename__ = "volunteer"
    __table_args__ = (Index("ix_volunteer_active", "active_from", "active_until"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    ref: Mapped[str | None] = mapped_column(String(64), unique=True)
    first_name: Mapped[str]
    last_name: Mapped[str]
    active_from: Mapped[date]
    active_until: Mapped[date | None]
    role: Mapped[str] = mapped_column(String(32), default="volunteer")
    paid: Mapped[bool] = mapped_column(default=False)
    home_visit_pool: Mapped[bool] = mapped_column(default=False)
    legal: Mapped[bool] = mapped_column(default=False)
    trained: Mapped[bool] = mapped_column(default=False)
    languages: Mapped[str] = mapped_column(default="")
    area: Mapped[str] = mapped_column(default="")
    # Weekdays available, ISO numbers 1-7 as a string such as "135".
    availability: Mapped[str] = mapped_column(String(7), default="")
    phone: Mapped[str] = mapped_column(String(32), default="")
    email: Mapped[str] = mapped_column(default="")
