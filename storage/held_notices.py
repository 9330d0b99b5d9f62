"""Messages held for discreet citizens, one row per batch, the recipient sealed on each.

No row names its person in a way rows can be matched by: the recipient is encrypted with a
fresh nonce each time (as on the outbox), so a person's rows are found by opening every
row's recipient. The rows are few (a batch per status notice to discreet citizens, gone
soon after it is read, or after the retention period when never read: `expire`), so
the scan is cheap; a keyed index would tell a database reader which notices belong to one
person. A row keeps the day it was held, not the time: a time would pair it with the push
announcing it."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from sqlalchemy import delete, select

from storage.models import HeldNotice
from storage.owner_bindings import READ as _READ
from storage.owner_bindings import misbound
from storage.uow import UnitOfWork


def hold(uow: UnitOfWork, line_user_id: str, items: list[Any]) -> None:
    """Keep one batch (intents as JSON) until the person taps "อ่าน"."""
    row = HeldNotice(
        recipient_enc=uow.vault.encrypt(line_user_id),
        items=items,
        held_on=uow.now().astimezone(UTC).date(),
    )
    uow.session.add(row)


# A batch read but not yet deleted: its recipient sealed with `_READ` before it. Deleting all a
# person's read batches in the one transaction of their "อ่าน" would show a database reader
# which rows were one person's: a tap deletes one row; the others are marked read inside
# their sealed recipient while every held row is sealed again (`mark_read`), and go one per
# later tap or all together at the retention job's common time (`forget_read`).


def _rows(uow: UnitOfWork) -> list[HeldNotice]:
    return list(uow.session.scalars(select(HeldNotice).order_by(HeldNotice.id)))


def _theirs(uow: UnitOfWork, recipient: str) -> list[HeldNotice]:
    # A batch sealed for another person under this recipient (moved in the database: its
    # items read empty, storage.owner_bindings) is nobody's: neither shown nor deleted here.
    return [
        r for r in _rows(uow) if uow.vault.decrypt(r.recipient_enc) == recipient and not misbound(r)
    ]


def of(uow: UnitOfWork, line_user_id: str) -> list[HeldNotice]:
    """The person's held batches not yet read, oldest first."""
    return _theirs(uow, line_user_id)


def read_of(uow: UnitOfWork, line_user_id: str) -> list[HeldNotice]:
    """The person's batches read and waiting to be deleted, oldest first."""
    return _theirs(uow, _READ + line_user_id)


def mark_read(uow: UnitOfWork, line_user_id: str, read: list[HeldNotice]) -> None:
    """Mark these batches of the person read, sealing every held row's recipient again
    (a fresh nonce on each, read or not): no row's change tells which were read."""
    read_ids = {row.id for row in read}
    for row in _rows(uow):
        plain = _READ + line_user_id if row.id in read_ids else uow.vault.decrypt(row.recipient_enc)
        row.recipient_enc = uow.vault.encrypt(plain)


def forget_read(uow: UnitOfWork) -> int:
    """Delete every batch marked read, everyone's at once (the retention job); how many."""
    ids = [r.id for r in _rows(uow) if uow.vault.decrypt(r.recipient_enc).startswith(_READ)]
    if ids:
        uow.session.execute(delete(HeldNotice).where(HeldNotice.id.in_(ids)))
    return len(ids)


def forget(uow: UnitOfWork, line_user_id: str) -> int:
    """Delete every batch held for the person, read or not (erasure); how many."""
    ids = [row.id for row in (*of(uow, line_user_id), *read_of(uow, line_user_id))]
    if ids:
        uow.session.execute(delete(HeldNotice).where(HeldNotice.id.in_(ids)))
    return len(ids)


def expire(uow: UnitOfWork, before: datetime) -> int:
    """Delete every batch held on a day before `before`'s (UTC), whoever it waits for: the
    retention period, never a person's act; how many."""
    day = before.astimezone(UTC).date()
    return uow.session.execute(delete(HeldNotice).where(HeldNotice.held_on < day)).rowcount
