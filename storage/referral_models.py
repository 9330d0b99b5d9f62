"""Forwarding to the authorities: the agencies the network writes to, and each referral.

A referral is one letter to one agency about one ticket, and the agency's clock: when it
was sent (`forwarded_at`), the agency's own reference, when they must answer
(`answer_due_at`, in Thai working days) and when they did (`answered_at`).
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Boolean, Date, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from storage.models import Base
from storage.types import utcnow


class ReferralAgency(Base):
    """An agency the network forwards complaints to; the network keeps these up to date."""

    __tablename__ = "referral_agencies"

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(32), unique=True)
    name: Mapped[str] = mapped_column(Text)
    addressee: Mapped[str] = mapped_column(Text)  # เรียน …: the head of the agency, by title
    address: Mapped[str] = mapped_column(Text)
    answer_working_days: Mapped[int | None] = mapped_column(Integer)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow)
    updated_by: Mapped[str] = mapped_column(String(64), default="seed")


class Referral(Base):
    """One letter to one agency about one ticket, and that agency's answer clock."""

    __tablename__ = "referrals"
    __table_args__ = (Index("ix_referrals_waiting", "answered_at", "answer_due_at"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    ticket_id: Mapped[int] = mapped_column(ForeignKey("tickets.id"), index=True)
    agency_code: Mapped[str] = mapped_column(String(32), index=True)
    agency_name: Mapped[str] = mapped_column(Text)  # as written on the letter
    letter_number: Mapped[str] = mapped_column(String(64), unique=True)
    letter_date: Mapped[date] = mapped_column(Date)
    identity_included: Mapped[bool] = mapped_column(Boolean, default=False)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    created_by: Mapped[str] = mapped_column(String(64))
    forwarded_at: Mapped[datetime | None] = mapped_column(index=True)
    agency_reference: Mapped[str | None] = mapped_column(Text)
    answer_due_at: Mapped[datetime | None]
    answered_at: Mapped[datetime | None]
    answer_summary: Mapped[str | None] = mapped_column(Text)
