"""Which webhook events were already processed (LINE may deliver one more than once)."""

from __future__ import annotations

from storage.db import insert_unless_exists
from storage.models import ProcessedEvent
from storage.uow import UnitOfWork


def record_once(uow: UnitOfWork, event_id: str, fingerprint: str, event_type: str) -> bool:
    """Note the event in this transaction; False when it was processed before.

    A concurrent transaction holding the same event makes this wait for its outcome,
    so only one of the two goes on to handle it.
    """
    stmt = insert_unless_exists(
        uow.session,
        ProcessedEvent,
        {
            "webhook_event_id": event_id or "-",
            "fingerprint": fingerprint,
            "event_type": event_type[:32],
            "processed_at": uow.now(),
        },
        ["webhook_event_id", "fingerprint"],
    ).returning(ProcessedEvent.id)
    return uow.session.scalar(stmt) is not None
