"""Agencies as records, proposed endings, dashboard sessions, throttles and access policy (#9)."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Boolean, ForeignKey, Integer, String, Text, UniqueConstraint, false
from sqlalchemy.orm import Mapped, mapped_column, relationship

from storage.models import Base, Ticket
from storage.types import utcnow


class Agency(Base):
    """A public body complaints are about; typed names resolve to one of these."""

    __tablename__ = "agencies"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(300))
    kind: Mapped[str] = mapped_column(String(32))
    key: Mapped[str] = mapped_column(String(300), index=True)
    district: Mapped[str | None] = mapped_column(String(64), index=True)
    source: Mapped[str] = mapped_column(String(16))  # seed, citizen, declared, admin
    reviewed: Mapped[bool] = mapped_column(Boolean, default=False)
    merged_into_id: Mapped[int | None] = mapped_column(ForeignKey("agencies.id"), index=True)
    merged_at: Mapped[datetime | None]
    merged_by: Mapped[str | None] = mapped_column(String(64))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    # A keyed mark over id, `reviewed` and `merged_into_id` (storage/row_seals.py): a record
    # marked reviewed or merged in the database alone is still new to recusal (fails closed).
    mark: Mapped[str | None] = mapped_column(String(64))


class AgencyAlias(Base):
    """One spelling (as its comparison key) and the agency it was resolved to."""

    __tablename__ = "agency_aliases"

    id: Mapped[int] = mapped_column(primary_key=True)
    key: Mapped[str] = mapped_column(String(300), unique=True)
    agency_id: Mapped[int] = mapped_column(ForeignKey("agencies.id"), index=True)
    sample: Mapped[str] = mapped_column(String(300))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    # A keyed mark over the spelling and its record (storage/row_seals.py): a spelling
    # rewritten or moved to another record in the database alone makes its record unknown
    # to recusal (fails closed).
    mark: Mapped[str | None] = mapped_column(String(64))


class TicketProposal(Base):
    """An ending that waits for a second person: a rejection or resolution the chair
    confirms, or a withdrawal that the complainant confirms in LINE."""

    __tablename__ = "ticket_proposals"

    id: Mapped[int] = mapped_column(primary_key=True)
    ticket_id: Mapped[int] = mapped_column(ForeignKey("tickets.id"), index=True)
    to_status: Mapped[str] = mapped_column(String(16))
    reason: Mapped[str | None] = mapped_column(Text)
    reason_code: Mapped[str | None] = mapped_column(String(32))
    proposed_by_id: Mapped[int] = mapped_column(ForeignKey("members.id"))
    proposed_at: Mapped[datetime] = mapped_column(default=utcnow)
    state: Mapped[str] = mapped_column(String(16), default="pending", index=True)
    decided_by: Mapped[str | None] = mapped_column(String(64))
    decided_at: Mapped[datetime | None]
    note: Mapped[str | None] = mapped_column(Text)
    # What else the act needs, as JSON: a forwarding's agency and reference, an answer's text.
    detail: Mapped[str | None] = mapped_column(Text)


class DashboardSession(Base):
    """A signed-in dashboard session; the cookie holds its token, only the hash is here."""

    __tablename__ = "dashboard_sessions"

    id: Mapped[int] = mapped_column(primary_key=True)
    token_hash: Mapped[str] = mapped_column(String(64), unique=True)
    member_id: Mapped[int] = mapped_column(ForeignKey("members.id"), index=True)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    expires_at: Mapped[datetime]
    ended_at: Mapped[datetime | None]
    ended_reason: Mapped[str | None] = mapped_column(String(32))
    # opened with a link made at the command line: may read, never decide (four eyes)
    from_shell: Mapped[bool] = mapped_column(default=False, server_default=false())
    # the keyed mark (Vault.own_mark) of a sign-in the member asked for in LINE; a row
    # without a fitting one counts as made at a shell, whatever `from_shell` says
    own_mark: Mapped[str | None] = mapped_column(String(64))
    # A keyed seal over the row (storage/access_seals.py): a session ended, stretched or
    # moved in the database alone is no session.
    seal: Mapped[str | None] = mapped_column(String(64))


class ThrottleCount(Base):
    """How many guesses one subject (a LINE user, or everyone) made in one time window."""

    __tablename__ = "throttle_counts"
    __table_args__ = (UniqueConstraint("bucket", "subject", "window_start"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    bucket: Mapped[str] = mapped_column(String(32))
    subject: Mapped[str] = mapped_column(String(64))
    window_start: Mapped[datetime]
    count: Mapped[int] = mapped_column(Integer, default=0)


class PolicySetting(Base):
    """A setting the chair decides, e.g. whether admins may open complainant identity."""

    __tablename__ = "policy_settings"

    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(String(200))
    set_by: Mapped[str] = mapped_column(String(64))
    set_at: Mapped[datetime] = mapped_column(default=utcnow)
    # A keyed seal over the setting (storage/access_seals.py): a row written in the database
    # alone reads as the safe default.
    seal: Mapped[str | None] = mapped_column(String(64))


class TicketAgency(Base):
    """An agency named somewhere in a ticket (official, place, story), as its comparison
    key and every record it may be (none yet: `agency_id` empty until one is made)."""

    __tablename__ = "ticket_agencies"

    id: Mapped[int] = mapped_column(primary_key=True)
    ticket_id: Mapped[int] = mapped_column(ForeignKey("tickets.id"), index=True)
    field: Mapped[str] = mapped_column(String(16))
    key: Mapped[str] = mapped_column(String(300))
    agency_id: Mapped[int | None] = mapped_column(ForeignKey("agencies.id"), index=True)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)

    ticket: Mapped[Ticket] = relationship(backref="agency_mentions")
