"""What organizers and admins see of the outbox: delivery counts, recent rows, dead letters."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import func, select

from storage.models import OutboxMessage
from storage.uow import UnitOfWork


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


def recent(uow: UnitOfWork, status: str = "", limit: int = 100) -> list[OutboxMessage]:
    """The newest outbox rows (optionally of one status)."""
    stmt = select(OutboxMessage).order_by(OutboxMessage.created_at.desc()).limit(limit)
    if status:
        stmt = stmt.where(OutboxMessage.status == status)
    return list(uow.session.scalars(stmt))


def resend(uow: UnitOfWork, row_id: str) -> bool:
    """Give a dead message another round of attempts, under the same id (its retry key)."""
    row = uow.session.get(OutboxMessage, row_id)
    if row is None or row.status != "dead":
        return False
    row.status = "pending"
    row.attempts = 0
    row.next_attempt_at = uow.now()
    return True
