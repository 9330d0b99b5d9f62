"""Related complaints (#23): each ticket's signature, the links between tickets that are
probably the same matter, and cases (tickets a reviewer confirmed are one matter).

Nothing here names a ticket's owner: links come from content alone, so no row can tell
that two tickets were sent by one LINE user.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from sqlalchemy import Date, Float, ForeignKey, Index, Integer, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from storage.models import Base
from storage.types import utcnow


class TicketSignature(Base):
    """What a ticket says, precomputed for look-ups: the canonical agency, the official's
    key, kind, place, month bucket (year × 12 + month) and the story's words."""

    __tablename__ = "ticket_signatures"
    __table_args__ = (
        Index("ix_ticket_signatures_agency_month", "agency_id", "month"),
        Index("ix_ticket_signatures_subdistrict_month", "district", "subdistrict", "month"),
        Index("ix_ticket_signatures_official_month", "official_key", "district", "month"),
    )

    ticket_id: Mapped[int] = mapped_column(ForeignKey("tickets.id"), primary_key=True)
    agency_id: Mapped[int | None] = mapped_column(Integer)
    official_key: Mapped[str] = mapped_column(String(64), default="")
    kind: Mapped[str] = mapped_column(String(32), default="")
    district: Mapped[str] = mapped_column(String(64), default="")
    subdistrict: Mapped[str] = mapped_column(String(64), default="")
    day: Mapped[date | None] = mapped_column(Date)
    month: Mapped[int] = mapped_column(Integer)
    words: Mapped[list[Any]] = mapped_column(default=list)
    computed_at: Mapped[datetime] = mapped_column(default=utcnow)


class TicketLink(Base):
    """Two tickets probably about the same matter (`ticket_a_id` < `ticket_b_id`): the score,
    the reasons as codes, and what a reviewer decided (suggested, confirmed, dismissed)."""

    __tablename__ = "ticket_links"
    __table_args__ = (UniqueConstraint("ticket_a_id", "ticket_b_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    ticket_a_id: Mapped[int] = mapped_column(ForeignKey("tickets.id"), index=True)
    ticket_b_id: Mapped[int] = mapped_column(ForeignKey("tickets.id"), index=True)
    score: Mapped[float] = mapped_column(Float)
    story: Mapped[float] = mapped_column(Float)
    reasons: Mapped[str] = mapped_column(String(200), default="")
    state: Mapped[str] = mapped_column(String(16), default="suggested")
    decided_by: Mapped[str | None] = mapped_column(String(64))
    decided_at: Mapped[datetime | None]
    created_at: Mapped[datetime] = mapped_column(default=utcnow)


class Case(Base):
    """Tickets confirmed to be one matter; each keeps its own reporter, timeline and status.
    `number` is the case's number as people say it (handlers.patterns.case_numbers: drawn
    at random, so it tells neither how many cases there are nor their order); a case whose
    tickets moved into another keeps it, and `merged_into_id` leads on to that case."""

    __tablename__ = "cases"

    id: Mapped[int] = mapped_column(primary_key=True)
    number: Mapped[str] = mapped_column(String(8), unique=True)
    merged_into_id: Mapped[int | None] = mapped_column(ForeignKey("cases.id"))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    created_by: Mapped[str] = mapped_column(String(64))


class CaseTicket(Base):
    """A ticket's place in a case (one case at most per ticket)."""

    __tablename__ = "case_tickets"

    ticket_id: Mapped[int] = mapped_column(ForeignKey("tickets.id"), primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id"), index=True)
    joined_at: Mapped[datetime] = mapped_column(default=utcnow)
    joined_by: Mapped[str] = mapped_column(String(64))
