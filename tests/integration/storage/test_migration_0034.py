"""Migration 0034 on a database written before it: a delivered message's plain
de-duplication key (naming a ticket, a reference, a member) is stored hashed when the keys
are given, and still de-duplicates: the same notice is not queued twice. Without the keys it
is left plain (and still de-duplicates) until `keys rotate` hides it."""

from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy import text
from sqlalchemy.orm import sessionmaker

from storage.crypto import Vault
from storage.db import make_engine
from storage.outbox import enqueue
from storage.outbox_ops import any_with_prefix
from storage.rekey import rotate_rows
from storage.uow import UnitOfWorkFactory
from tests.conftest import TEST_KEYS
from tests.migrated import upgrade

AT = datetime(2026, 3, 10, 3, 0, tzinfo=UTC)
VAULT = Vault("test-secret-key", *TEST_KEYS.values())
MESSAGE = (
    "INSERT INTO outbox (id, channel, recipient_count, payload, purpose, status, attempts,"
    " next_attempt_at, created_at, dedupe_key) VALUES"
    " (:id, 'push', 1, '[]', :purpose, 'sent', 0, :at, :at, :key)"
)
KEYS = {
    "transfer": ("privacy:transfer", "transfer:4711:nacc"),
    "pressure": ("pressure", "pressure:BRM-2569-48213:7"),
    "sla": ("sla:ack", "sla:4711:ack:7"),
    "campaign": ("campaign:3:1", "campaign:3:1:2"),
}


def _write_before_0034(url: str) -> None:
    upgrade(url, "0032", VAULT)
    engine = make_engine(url)
    with engine.begin() as conn:
        for row_id, (purpose, key) in KEYS.items():
            conn.execute(text(MESSAGE), {"id": row_id, "purpose": purpose, "key": key, "at": AT})
    engine.dispose()


def _stored(url: str) -> dict:
    engine = make_engine(url)
    with engine.connect() as conn:
        stored = dict(conn.execute(text("SELECT id, dedupe_key FROM outbox")).all())
    engine.dispose()
    return stored


def _queue_again(url: str) -> tuple[list, bool]:
    """Each notice queued again with its key; whether the SLA threshold counts as met."""
    engine = make_engine(url)
    with UnitOfWorkFactory(sessionmaker(bind=engine), VAULT)() as uow:
        again = [
            enqueue(uow, "push", [], recipient="U" + "1" * 32, purpose=p, dedupe_key=k)
            for p, k in KEYS.values()
        ]
        met = any_with_prefix(uow, "sla:4711:ack:")
        uow.rollback()
    engine.dispose()
    return again, met


def _named(stored: dict) -> set[str]:
    parts = {part for key in stored.values() for part in key.split(":")}
    return parts & {"4711", "BRM-2569-48213", "7"}


def test_0034_hides_delivered_keys_and_they_still_deduplicate(empty_database):
    _write_before_0034(empty_database)
    upgrade(empty_database, "head", VAULT)
    stored = _stored(empty_database)
    assert not _named({k: v for k, v in stored.items() if k != "campaign"})
    assert stored["campaign"] == "campaign:3:1:2"  # names only the campaign, like its purpose
    assert _queue_again(empty_database) == ([None] * len(KEYS), True)


def test_0034_without_the_keys_leaves_them_plain_until_keys_rotate(empty_database):
    _write_before_0034(empty_database)
    upgrade(empty_database, "head")
    assert _named(_stored(empty_database))
    assert _queue_again(empty_database) == ([None] * len(KEYS), True)
    engine = make_engine(empty_database)
    with UnitOfWorkFactory(sessionmaker(bind=engine), VAULT)() as uow:
        rotate_rows(uow)
        uow.commit()
    engine.dispose()
    assert not _named({k: v for k, v in _stored(empty_database).items() if k != "campaign"})
    assert _queue_again(empty_database) == ([None] * len(KEYS), True)
