"""Accounts, settings, targets, report prose and the audit trail."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from vwdesk.db.records.base import Base


class AccountRecord(Base):
    """A sign-in account. The password lives only in the key slot of the same name."""

    __tablename__ = "account"

    id: Mapped[int] = mapped_column(primary_key=True)
    username: Mapped[str] = mapped_column(String(64), unique=True)
    display_name: Mapped[str] = mapped_column(default="")
    role: Mapped[str] = mapped_column(String(32))
    disabled: Mapped[bool] = mapped_column(default=False)
    volunteer_id: Mapped[int | None] = mapped_column(
        ForeignKey("volunteer.id", ondelete="SET NULL"), index=True
    )
    created_at: Mapped[datetime] = mapped_column(default=datetime.now)


class SettingRecord(Base):
    """Team settings kept inside the encrypted file (name of the organisation, ...)."""

    __tablename__ = "setting"

    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text, default="")


class HousingTargetRecord(Base):
    """The taakstelling of one year; the opening backlog only for the first year."""

    __tablename__ = "housing_target"

    year: Mapped[int] = mapped_column(primary_key=True)
    target: Mapped[int]
    opening_backlog: Mapped[int | None]


class ReportTextRecord(Base):
    """The team's prose for one section of one year's report."""

    __tablename__ = "report_text"

    year: Mapped[int] = mapped_column(primary_key=True)
    section: Mapped[str] = mapped_column(String(32), primary_key=True)
    lang: Mapped[str] = mapped_column(String(2), primary_key=True, default="nl")
    text: Mapped[str] = mapped_column(Text, default="")


class AuditEventRecord(Base):
    """Append-only (triggers refuse UPDATE and DELETE), chained by HMAC."""

    __tablename__ = "audit_event"

    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[datetime] = mapped_column(default=datetime.now, index=True)
    account_id: Mapped[int | None]
    action: Mapped[str] = mapped_column(String(48), index=True)
    entity: Mapped[str] = mapped_column(String(48), default="")
    entity_id: Mapped[int | None]
    detail: Mapped[str] = mapped_column(Text, default="")
    mac: Mapped[str] = mapped_column(String(64), default="")
