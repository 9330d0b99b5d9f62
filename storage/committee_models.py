"""Committee access: one-time dashboard login links and single-use join codes."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, String, false
from sqlalchemy.orm import Mapped, mapped_column

from storage.models import Base
from storage.types import utcnow


class LoginToken(Base):
    """A one-time dashboard login link; only the keyed hash of its token is stored."""

    __tablename__ = "login_tokens"

    id: Mapped[int] = mapped_column(primary_key=True)
    token_hash: Mapped[str] = mapped_column(String(64), unique=True)
    member_id: Mapped[int] = mapped_column(ForeignKey("members.id"), index=True)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    expires_at: Mapped[datetime]
    used_at: Mapped[datetime | None]
    # made at the command line (`members login-link`), not asked for by the member in LINE
    from_shell: Mapped[bool] = mapped_column(default=False, server_default=false())
    # the keyed mark (Vault.own_mark) of a sign-in the member asked for in LINE; a row
    # without a fitting one counts as made at a shell, whatever `from_shell` says
    own_mark: Mapped[str | None] = mapped_column(String(64))


class JoinCode(Base):
    """A single-use invitation: whoever sends it to the bot becomes a member with `role`."""

    __tablename__ = "join_codes"

    id: Mapped[int] = mapped_column(primary_key=True)
    code_hash: Mapped[str] = mapped_column(String(64), unique=True)
    role: Mapped[str] = mapped_column(String(16))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    expires_at: Mapped[datetime]
    used_at: Mapped[datetime | None]
    used_by_member_id: Mapped[int | None] = mapped_column(ForeignKey("members.id"))
    # A code a chair made on the dashboard: who, and a keyed mark binding them to this code's
    # role, expiry and use (storage/member_seals.py); without a fitting mark: the shell's.
    made_by_member_id: Mapped[int | None]
    made_mark: Mapped[str | None] = mapped_column(String(64))
