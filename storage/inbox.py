"""Which webhook events were already processed (LINE may deliver one more than once)."""

from __future__ import annotations

from sqlalchemy import bindparam, select

from storage.db import insert_unless_exists
from storage.models import ProcessedEvent
from storage.uow import UnitOfWork

FIELDS = ("webhook_event_id", "fingerprint", "event_type", "processed_at")
# One statement per database dialect, built once: this runs for every event.
_STATEMENTS: dict[str, object] = {}


def _statement(uow: UnitOfWork):
    dialect = uow.session.get_bind().dialect.name
    if dialect not in _STATEMENTS:
        values = {name: bindparam(name) for name in FIELDS}
        table = ProcessedEvent.__table__  # a Core insert: the ORM's bulk path costs more than it
        insert = insert_unless_exists(uow.session, table, values, FIELDS[:2])
        _STATEMENTS[dialect] = insert.returning(table.c.id)
    return _STATEMENTS[dialect]


def record_once(uow: UnitOfWork, event_id: str, fingerprint: str, event_type: str) -> bool:
    """Note the event in this transaction; False when it was processed before.

    The fingerprint is kept keyed (HMAC under the lookup key), so a copy of the database
    cannot test a guessed event against it. A concurrent transaction holding the same event
    makes this wait for its outcome, so only one of the two goes on to handle it.
    """
    keyed = uow.vault.indexes(fingerprint, "webhook-event")
    row = {
        "webhook_event_id": event_id or "-",
        "fingerprint": keyed[0],
        "event_type": event_type[:32],
        "processed_at": uow.now(),
    }
    # On the session's connection (the same transaction), as Core: nothing here is an object.
    connection = uow.session.connection()
    if connection.scalar(_statement(uow), row) is None:
        return False
    if len(keyed) == 1:
        return True
    # While lookup keys rotate: the same event noted under an older key (a statement more,
    # only until the old key is dropped, RETENTION_EVENT_DAYS after the rotation).
    older = select(ProcessedEvent.id).where(
        ProcessedEvent.webhook_event_id == row["webhook_event_id"],
        ProcessedEvent.fingerprint.in_(keyed[1:]),
    )
    return connection.scalar(older.limit(1)) is None
