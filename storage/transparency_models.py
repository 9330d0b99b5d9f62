"""What public accountability keeps: verification runs of the record, daily anchors of it,
look-up lock-outs, the public figures' releases."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Boolean, Date, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from storage.models import Base
from storage.types import utcnow


class ChainVerification(Base):
    """One check of the tickets' hash chains: when, how many, how many broken."""

    __tablename__ = "chain_verifications"

    id: Mapped[int] = mapped_column(primary_key=True)
    started_at: Mapped[datetime] = mapped_column(default=utcnow, index=True)
    finished_at: Mapped[datetime | None]
    scope: Mapped[str] = mapped_column(String(32))  # "all", or one reference
    source: Mapped[str] = mapped_column(String(16))  # "cli", "job"
    checked: Mapped[int] = mapped_column(Integer, default=0)
    broken: Mapped[int] = mapped_column(Integer, default=0)
    # A hash over every ticket's seal, in reference order: a fingerprint of the whole store.
    store_digest: Mapped[str | None] = mapped_column(String(64))
    detail: Mapped[str | None] = mapped_column(Text)


class TransparencyRelease(Base):
    """The public figures of one period, made once at its start and shown unchanged until the
    next: a ticket filed today moves no published count until the next release."""

    __tablename__ = "transparency_releases"

    id: Mapped[int] = mapped_column(primary_key=True)
    period_start: Mapped[date] = mapped_column(Date, unique=True)  # in the bot's time zone
    made_at: Mapped[datetime] = mapped_column(default=utcnow)
    figures: Mapped[str] = mapped_column(Text)  # the published counts, as JSON
    # The seal of the release before it (None for the first), and an HMAC under
    # RECORD_SEAL_KEY over the period, made_at, the figures and that previous seal.
    previous_seal: Mapped[str | None] = mapped_column(String(64))
    seal: Mapped[str] = mapped_column(String(64))


class LookupThrottle(Base):
    """Wrong tracking codes given for one reference on the web, and its lock-out."""

    __tablename__ = "lookup_throttles"

    key_hash: Mapped[str] = mapped_column(String(64), primary_key=True)
    tries: Mapped[int] = mapped_column(Integer, default=0)
    locked_until: Mapped[datetime | None]
    updated_at: Mapped[datetime] = mapped_column(default=utcnow)


class RecordAnchor(Base):
    """One day's anchor: a digest of every ticket's chain head and entry count, published on
    the transparency page (and kept as a file elsewhere), so a later rewrite shows."""

    __tablename__ = "record_anchors"

    id: Mapped[int] = mapped_column(primary_key=True)
    day: Mapped[date] = mapped_column(Date, index=True)  # in the bot's time zone
    made_at: Mapped[datetime] = mapped_column(default=utcnow)
    tickets: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    digest: Mapped[str] = mapped_column(String(64))
    # The anchored [reference, entry count, head] list as JSON (0019; empty before), so that
    # `tickets verify` checks against the latest anchor without the file kept elsewhere.
    heads: Mapped[str | None] = mapped_column(Text)
    # What it witnesses besides (0047, storage/anchor_witness.py): members' versions, the
    # policy settings and the sessions ended, as JSON, in its digest; None before. Loaded
    # when read, so `tickets verify` still reads a database taken back below 0047.
    witness: Mapped[str | None] = mapped_column(Text, deferred=True)


class PublicCount(Base):
    """How many tickets share one group of what the public page counts (district, status,
    kind, local month of submission, reopened or not), kept in the transaction of every
    change to a ticket (`storage.public_tally`); counts, never a ticket or a person."""

    __tablename__ = "public_counts"

    zone: Mapped[str] = mapped_column(String(64), primary_key=True)  # the months' time zone
    district: Mapped[str] = mapped_column(String(64), primary_key=True)  # "" when not given
    status: Mapped[str] = mapped_column(String(16), primary_key=True)
    kind: Mapped[str] = mapped_column(String(32), primary_key=True)
    month: Mapped[str] = mapped_column(String(7), primary_key=True)  # YYYY-MM, local
    reopened: Mapped[bool] = mapped_column(Boolean, primary_key=True)
    tickets: Mapped[int] = mapped_column(Integer, default=0, server_default="0")


class PublicDuration(Base):
    """How many tickets took one length of time from submission to being taken ("take") or
    decided ("decide"), on a grid of 3 minutes (half the 0.1 hour the page shows), kept in the
    transaction of every change to a ticket (`storage.public_tally`); counts, never a ticket."""

    __tablename__ = "public_durations"

    measure: Mapped[str] = mapped_column(String(8), primary_key=True)  # "take" or "decide"
    # 2m: exactly m × 180 seconds; 2m + 1: strictly between m × 180 and (m + 1) × 180.
    slot: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    tickets: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
