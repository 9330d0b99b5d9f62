"""Queries for the local chat simulator's tables (local mode only)."""

from __future__ import annotations

import secrets

from sqlalchemy import select, update
from sqlalchemy.exc import IntegrityError

from storage.simulator_models import (
    SimulatedContent,
    SimulatedMessage,
    SimulatedUser,
    SimulatorKey,
)
from storage.uow import UnitOfWork


def new_line_user_id() -> str:
    """A fake LINE user id in LINE's shape: 'U' and 32 hex digits."""
    return "U" + secrets.token_hex(16)


def ensure_user(uow: UnitOfWork, line_user_id: str, display_name: str = "") -> SimulatedUser:
    """The simulated user with this id, created when new."""
    user = uow.session.scalars(
        select(SimulatedUser).where(SimulatedUser.line_user_id == line_user_id)
    ).first()
    if user is None:
        user = SimulatedUser(
            line_user_id=line_user_id,
            display_name=(display_name or line_user_id[:9])[:100],
            following=False,
            created_at=uow.now(),
        )
        uow.session.add(user)
        uow.session.flush()
    return user


def all_users(uow: UnitOfWork) -> list[SimulatedUser]:
    """Every simulated user, oldest first."""
    return list(uow.session.scalars(select(SimulatedUser).order_by(SimulatedUser.id)))


def followers(uow: UnitOfWork) -> list[str]:
    """Ids of the simulated users who follow the account (a broadcast reaches them)."""
    stmt = select(SimulatedUser.line_user_id).where(SimulatedUser.following.is_(True))
    return list(uow.session.scalars(stmt))


def record(uow: UnitOfWork, line_user_id: str, sender: str, channel: str, message: dict) -> None:
    """Add one message to a simulated chat."""
    uow.session.add(
        SimulatedMessage(
            line_user_id=line_user_id,
            sender=sender,
            channel=channel,
            message=message,
            created_at=uow.now(),
        )
    )


def messages_after(
    uow: UnitOfWork, line_user_id: str, after_id: int = 0, limit: int = 200
) -> list[SimulatedMessage]:
    """The chat's messages newer than `after_id`, oldest first."""
    stmt = (
        select(SimulatedMessage)
        .where(SimulatedMessage.line_user_id == line_user_id, SimulatedMessage.id > after_id)
        .order_by(SimulatedMessage.id)
        .limit(limit)
    )
    return list(uow.session.scalars(stmt))


def issue_reply_token(uow: UnitOfWork, line_user_id: str) -> str:
    """A single-use reply token for an event the simulator sends."""
    token = secrets.token_hex(16)
    uow.session.add(
        SimulatorKey(key=token, kind="reply", line_user_id=line_user_id, created_at=uow.now())
    )
    return token


def use_reply_token(uow: UnitOfWork, token: str) -> str | None:
    """The user a reply token belongs to, spending it; None if unknown or already used."""
    spent = uow.session.execute(
        update(SimulatorKey)
        .where(
            SimulatorKey.key == token, SimulatorKey.kind == "reply", SimulatorKey.used.is_(False)
        )
        .values(used=True)
    )
    if spent.rowcount != 1:
        return None
    return uow.session.get(SimulatorKey, token).line_user_id


def claim_retry_key(uow: UnitOfWork, key: str) -> bool:
    """Record a retry key; False when it was seen before (LINE answers 409 then)."""
    try:
        with uow.session.begin_nested():
            uow.session.add(SimulatorKey(key=key, kind="retry", used=True, created_at=uow.now()))
    except IntegrityError:
        return False
    return True


def store_content(
    uow: UnitOfWork, data: bytes, content_type: str, file_name: str | None = None
) -> str:
    """Keep an uploaded photo or file; returns the message id it is served under."""
    message_id = str(secrets.randbelow(10**17) + 10**17)
    uow.session.add(
        SimulatedContent(
            message_id=message_id,
            content_type=content_type[:120],
            file_name=(file_name or None) and file_name[:255],
            data=data,
            created_at=uow.now(),
        )
    )
    return message_id


def content(uow: UnitOfWork, message_id: str) -> SimulatedContent | None:
    """An uploaded photo or file by message id."""
    return uow.session.get(SimulatedContent, message_id)
