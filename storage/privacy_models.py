"""Personal data (PDPA, issue #11): consents, rights requests, one-time export links."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import Boolean, ForeignKey, Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from storage.models import Base
from storage.types import utcnow


class ConsentRecord(Base):
    """A consent given or withdrawn, with the version of the notice the person was shown.

    Append-only: the newest record per person, purpose (and ticket) is what holds.
    `purpose` is `complaint` (processing to handle a complaint) or `transfer:<agency>`
    (passing the complainant's name to an agency a ticket is forwarded to). A person's consent
    names them only encrypted (`owner_enc`): a plain `user_id` (pre-0022 rows) read beside the
    time would pair the person with the ticket sent in the same hour.
    """

    __tablename__ = "consent_records"
    __table_args__ = (Index("ix_consent_records_user_purpose", "user_id", "purpose"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    user_id: Mapped[int | None] = mapped_column(ForeignKey("line_users.id"))
    owner_enc: Mapped[str | None] = mapped_column(Text)
    ticket_id: Mapped[int | None] = mapped_column(ForeignKey("tickets.id"), index=True)
    purpose: Mapped[str] = mapped_column(String(40))
    notice_version: Mapped[str] = mapped_column(String(16))
    granted: Mapped[bool] = mapped_column(Boolean)
    at: Mapped[datetime] = mapped_column(default=utcnow)


class PrivacyRequest(Base):
    """A data-subject request: what was asked, when, what was done — never who asked."""

    __tablename__ = "privacy_requests"

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(16))  # access, export, erase, withdraw, unsend
    at: Mapped[datetime] = mapped_column(default=utcnow, index=True)
    outcome: Mapped[dict[str, Any]] = mapped_column(default=dict)


class ExportLink(Base):
    """A one-time, expiring link to download what the network holds about a person.

    Whose it is is encrypted (`owner_enc`): joined with `privacy_requests` on time, a plain
    person would tell who asked. `user_id` is a pre-0015 column, always empty now.
    """

    __tablename__ = "export_links"

    id: Mapped[int] = mapped_column(primary_key=True)
    token_hash: Mapped[str] = mapped_column(String(64), unique=True)
    user_id: Mapped[int | None] = mapped_column(ForeignKey("line_users.id"), index=True)
    owner_enc: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    expires_at: Mapped[datetime]
    used_at: Mapped[datetime | None]
