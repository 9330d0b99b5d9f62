"""Local mode only: what the chat simulator's users sent and what the bot sent them.

These tables hold fake LINE ids of simulated users, never real people: local
mode refuses to start while a LINE channel is configured.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import Boolean, Index, LargeBinary, String
from sqlalchemy.orm import Mapped, mapped_column

from storage.models import Base
from storage.types import utcnow


class SimulatedUser(Base):
    """A pretend LINE user of the simulator page."""

    __tablename__ = "sim_users"

    id: Mapped[int] = mapped_column(primary_key=True)
    line_user_id: Mapped[str] = mapped_column(String(33), unique=True)
    display_name: Mapped[str] = mapped_column(String(100))
    following: Mapped[bool] = mapped_column(Boolean, default=False)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)


class SimulatedMessage(Base):
    """One message in a simulated chat, from the user or from the bot (as LINE JSON)."""

    __tablename__ = "sim_messages"
    __table_args__ = (Index("ix_sim_messages_user_seq", "line_user_id", "id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    line_user_id: Mapped[str] = mapped_column(String(33))
    sender: Mapped[str] = mapped_column(String(8))  # "user" or "bot"
    channel: Mapped[str] = mapped_column(String(16))  # reply, push, multicast, broadcast, user
    message: Mapped[dict[str, Any]] = mapped_column()
    created_at: Mapped[datetime] = mapped_column(default=utcnow)


class SimulatorKey(Base):
    """A reply token the simulator issued, or a retry key the bot used (single use each)."""

    __tablename__ = "sim_keys"

    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    kind: Mapped[str] = mapped_column(String(8))  # "reply" or "retry"
    line_user_id: Mapped[str | None] = mapped_column(String(33))
    used: Mapped[bool] = mapped_column(Boolean, default=False)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)


class SimulatedContent(Base):
    """A photo or file a simulated user sent, served back as LINE's message content."""

    __tablename__ = "sim_contents"

    message_id: Mapped[str] = mapped_column(String(32), primary_key=True)
    content_type: Mapped[str] = mapped_column(String(120))
    file_name: Mapped[str | None] = mapped_column(String(255))
    data: Mapped[bytes] = mapped_column(LargeBinary)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
