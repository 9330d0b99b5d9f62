"""Messages held for discreet citizens, one row per batch, the recipient sealed on each.

No row names its person in a way rows can be matched by: the recipient is encrypted with a
fresh nonce each time (as on the outbox), so a person's rows are found by opening every
row's recipient. The rows are few (a batch per status notice to discreet citizens, gone
soon after it is read, or after the retention period when never read: `expire`), so
the scan is cheap; a keyed index would tell a database reader which notices belong to one
person. A row keeps the day it was held, not the time: a time would pair it with the push
announcing it."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from typing import Any

import sqlalchemy as sa
from sqlalchemy import delete, select

from storage.models import HeldNotice, LineUser
from storage.owner_bindings import READ as _READ
from storage.owner_bindings import misbound
from storage.types import open_json, seal_json
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
    retention period, never a person's act; and any dated after tomorrow, which the
    application never writes (a writer's date would keep it for ever); how many."""
    day = before.astimezone(UTC).date()
    tomorrow = uow.now().astimezone(UTC).date() + timedelta(days=1)
    gone = (HeldNotice.held_on < day) | (HeldNotice.held_on > tomorrow)
    return uow.session.execute(delete(HeldNotice).where(gone)).rowcount


# Batches held before migration 0041 lay on the person's row (`line_users.held`), undated.
# They become rows of their own, dated the day they are moved, so they are read as the
# others and expire under RETENTION_HELD_NOTICE_DAYS like them: migration 0044 with the keys,
# else the person's next "อ่าน" (`adopt`) or the retention job (`adopt_all`).
BATCH = 1000


def adopt(uow: UnitOfWork, user: LineUser) -> int:
    """Move the batches held on the person's row into rows of their own; how many."""
    legacy = user.held
    if legacy is None:
        return 0
    user.held = None
    line_user_id = uow.vault.decrypt(user.line_user_id_enc) if user.line_user_id_enc else None
    for items in legacy if line_user_id else ():
        hold(uow, line_user_id, items)
    uow.session.flush()
    return len(legacy) if line_user_id else 0


def adopt_all(uow: UnitOfWork) -> int:
    """`adopt` for every person whose row still holds batches (none once 0044 ran with the
    keys); how many batches."""
    stmt = select(LineUser).where(LineUser.held.is_not(None))
    return sum(adopt(uow, user) for user in uow.session.scalars(stmt).all())


def adopt_stored(conn, vault, day: date) -> int:
    """Migration 0044: `adopt` for every row, set-based (one read, inserts a thousand at a
    time, one update); how many batches."""
    users = sa.table(
        "line_users",
        sa.column("id", sa.Integer()),
        sa.column("line_user_id_enc", sa.Text()),
        sa.column("held", sa.Text()),
    )
    notices = sa.table(
        "held_notices",
        sa.column("recipient_enc", sa.Text()),
        sa.column("items", sa.Text()),
        sa.column("held_on", sa.Date()),
    )
    stmt = select(users.c.line_user_id_enc, users.c.held).where(users.c.held.is_not(None))
    fresh = []
    for row in conn.execute(stmt.order_by(users.c.id)):
        batches = open_json(lambda: vault, row.held)
        if not batches or not row.line_user_id_enc:
            continue  # most rows: an empty list (or an erased person's)
        line_user_id = vault.decrypt(row.line_user_id_enc)
        for items in batches if line_user_id else ():
            fresh.append(
                {
                    "recipient_enc": vault.encrypt(line_user_id),
                    "items": seal_json(vault, items),
                    "held_on": day,
                }
            )
    for start in range(0, len(fresh), BATCH):
        conn.execute(sa.insert(notices), fresh[start : start + BATCH])
    conn.execute(sa.update(users).where(users.c.held.is_not(None)).values(held=None))
    return len(fresh)
