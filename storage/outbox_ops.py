"""Outbox operations for jobs and admins: delivery figures, list, resend."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import func, or_, select

from storage import audit
from storage.models import OutboxMessage
from storage.outbox import stored_scopes
from storage.uow import UnitOfWork


def _like(prefix: str):
    pattern = prefix.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
    return OutboxMessage.dedupe_key.like(pattern, escape="\\")


def any_with_prefix(uow: UnitOfWork, prefix: str) -> bool:
    """True when some message's dedupe key starts with `prefix`, a scope ending in ":" (a
    threshold already met); keys are stored hashed by scope (storage/outbox.py)."""
    stmt = select(OutboxMessage.id).where(or_(*map(_like, stored_scopes(uow.vault, prefix))))
    return uow.session.scalar(stmt.limit(1)) is not None


def summary(uow: UnitOfWork, since: datetime) -> list[tuple[str, str, int, int]]:
    """(purpose, status, rows, recipients) for messages created since `since`."""
    stmt = (
        select(
            OutboxMessage.purpose,
            OutboxMessage.status,
            func.count(),
            func.coalesce(func.sum(OutboxMessage.recipient_count), 0),
        )
        .where(OutboxMessage.created_at >= since)
        .group_by(OutboxMessage.purpose, OutboxMessage.status)
        .order_by(OutboxMessage.purpose, OutboxMessage.status)
    )
    return [tuple(row) for row in uow.session.execute(stmt)]


def rows(uow: UnitOfWork, status: str | None = None, limit: int = 50) -> list[OutboxMessage]:
    """The newest outbox rows, optionally only those with `status` (e.g. 'dead')."""
    stmt = select(OutboxMessage).order_by(OutboxMessage.created_at.desc()).limit(limit)
    if status:
        stmt = stmt.where(OutboxMessage.status == status)
    return list(uow.session.scalars(stmt))


class NotResendable(ValueError):
    """Only a dead (or failed) message can be sent again."""


def resend(uow: UnitOfWork, row_id: str, actor: str) -> OutboxMessage:
    """Make a dead message due again (audited): same row, same retry key, attempts afresh.

    The unit of work notes it like a new message, so the edge sends it right after commit.
    """
    row = uow.session.get(OutboxMessage, row_id, with_for_update=True)
    if row is None:
        raise KeyError(row_id)
    if row.status != "dead":
        raise NotResendable(f"message {row_id} is {row.status}, not dead")
    row.status = "pending"
    row.attempts = 0
    row.next_attempt_at = uow.now()
    row.last_error = f"resent after: {row.last_error or ''}"[:2000]
    audit.record(uow, actor, "outbox_resend", row_id)
    uow.enqueued(row.id)
    return row
