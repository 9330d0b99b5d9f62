"""Messages held for discreet citizens, one row per batch, the recipient sealed on each.

No row names its person in a way rows can be matched by: the recipient is encrypted with a
fresh nonce each time (as on the outbox), so a person's rows are found by opening every
row's recipient. The rows are few (a batch per status notice to discreet citizens, gone
once read, or after the retention period when never read: `expire`), so the scan is cheap;
a keyed index would tell a database reader which notices belong to one person. A row keeps
the day it was held, not the time: a time would pair it with the push announcing it."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from sqlalchemy import delete, select

from storage.models import HeldNotice
from storage.uow import UnitOfWork


def hold(uow: UnitOfWork, line_user_id: str, items: list[Any]) -> None:
    """Keep one batch (intents as JSON) until the person taps "อ่าน"."""
    row = HeldNotice(
        recipient_enc=uow.vault.encrypt(line_user_id),
        items=items,
        held_on=uow.now().astimezone(UTC).date(),
    )
    uow.session.add(row)


def of(uow: UnitOfWork, line_user_id: str) -> list[HeldNotice]:
    """The person's held batches, oldest first."""
    rows = uow.session.scalars(select(HeldNotice).order_by(HeldNotice.id))
    return [row for row in rows if uow.vault.decrypt(row.recipient_enc) == line_user_id]


def forget(uow: UnitOfWork, line_user_id: str) -> int:
    """Delete every batch held for the person (erasure); how many."""
    ids = [row.id for row in of(uow, line_user_id)]
    if ids:
        uow.session.execute(delete(HeldNotice).where(HeldNotice.id.in_(ids)))
    return len(ids)


def expire(uow: UnitOfWork, before: datetime) -> int:
    """Delete every batch held on a day before `before`'s (UTC), whoever it waits for: the
    retention period, never a person's act; how many."""
    day = before.astimezone(UTC).date()
    return uow.session.execute(delete(HeldNotice).where(HeldNotice.held_on < day)).rowcount
