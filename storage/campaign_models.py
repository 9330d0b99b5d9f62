"""Models of campaigns, their weekly runs, forums and RSVPs (issue #5)."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import Boolean, Float, ForeignKey, Index, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from storage.models import Base, LineUser
from storage.types import utcnow

CAMPAIGN_STATUSES = ("draft", "scheduled", "held", "sending", "sent", "cancelled")

# Segments pick subscribed followers, optionally of one district.
Index("ix_line_users_audience", LineUser.following, LineUser.subscribed, LineUser.district)


class Campaign(Base):
    """A message organizers send to an audience, now, at a time, or every week.

    `payload` holds message intents (handlers.replies JSON), rendered in each
    recipient's language when the outbox sends a batch.
    """

    __tablename__ = "campaigns"

    id: Mapped[int] = mapped_column(primary_key=True)
    title: Mapped[str] = mapped_column(String(200))
    text: Mapped[str] = mapped_column(Text, default="")
    image_url: Mapped[str | None] = mapped_column(Text)
    as_card: Mapped[bool] = mapped_column(Boolean, default=False)
    payload: Mapped[list[Any]] = mapped_column()
    audience: Mapped[str] = mapped_column(String(80), default="subscribers")
    status: Mapped[str] = mapped_column(String(16), default="draft", index=True)
    send_at: Mapped[datetime | None]
    weekly: Mapped[bool] = mapped_column(Boolean, default=False)
    next_run_at: Mapped[datetime | None] = mapped_column(index=True)
    runs_made: Mapped[int] = mapped_column(Integer, default=0)
    force: Mapped[bool] = mapped_column(Boolean, default=False)
    warning: Mapped[str | None] = mapped_column(Text)
    forum_id: Mapped[int | None] = mapped_column(ForeignKey("forums.id"), index=True)
    created_by: Mapped[str] = mapped_column(String(64), default="cli")
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow)


class CampaignRun(Base):
    """One sending of a campaign (a weekly campaign has one per week).

    Its batches are outbox rows with purpose `campaign:{id}:{run_no}`, all
    written in the run's own transaction before the first call to LINE.
    """

    __tablename__ = "campaign_runs"
    __table_args__ = (UniqueConstraint("campaign_id", "run_no"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    campaign_id: Mapped[int] = mapped_column(ForeignKey("campaigns.id"), index=True)
    run_no: Mapped[int] = mapped_column(Integer)
    channel: Mapped[str] = mapped_column(String(16))
    status: Mapped[str] = mapped_column(String(16), default="sending", index=True)
    recipients: Mapped[int] = mapped_column(Integer, default=0)
    batches: Mapped[int] = mapped_column(Integer, default=0)
    scheduled_for: Mapped[datetime]
    started_at: Mapped[datetime] = mapped_column(default=utcnow)
    finished_at: Mapped[datetime | None]


class Forum(Base):
    """A public forum (เวทีเสวนา): when, where and what will be discussed."""

    __tablename__ = "forums"

    id: Mapped[int] = mapped_column(primary_key=True)
    title: Mapped[str] = mapped_column(String(200))
    starts_at: Mapped[datetime] = mapped_column(index=True)
    venue: Mapped[str] = mapped_column(String(200))
    latitude: Mapped[float | None] = mapped_column(Float)
    longitude: Mapped[float | None] = mapped_column(Float)
    agenda: Mapped[str] = mapped_column(Text, default="")
    cancelled: Mapped[bool] = mapped_column(Boolean, default=False)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)


class ForumRsvp(Base):
    """One person's answer to a forum; a change of mind is kept in `history`."""

    __tablename__ = "forum_rsvps"
    __table_args__ = (UniqueConstraint("forum_id", "user_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    forum_id: Mapped[int] = mapped_column(ForeignKey("forums.id"), index=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("line_users.id"), index=True)
    answer: Mapped[str] = mapped_column(String(8))
    history: Mapped[list[Any]] = mapped_column(default=list)
    answered_at: Mapped[datetime] = mapped_column(default=utcnow)
    reminded_at: Mapped[datetime | None]
