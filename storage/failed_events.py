"""Webhook events whose handling failed: kept encrypted, listed, replayed by operators."""

from __future__ import annotations

import json

from sqlalchemy import select

from storage.models import FailedEvent
from storage.uow import UnitOfWork


def keep(uow: UnitOfWork, event_id: str, event_type: str, error: str, raw_text: str) -> FailedEvent:
    """Keep one failed event; its body (which names people) only encrypted."""
    row = FailedEvent(
        webhook_event_id=event_id[:64],
        event_type=event_type[:32],
        error=error[:2000],
        raw_enc=uow.vault.encrypt(raw_text),
        created_at=uow.now(),
    )
    uow.session.add(row)
    return row


def listed(uow: UnitOfWork, include_replayed: bool = False, limit: int = 50) -> list[FailedEvent]:
    """The newest failed events, without those replayed since unless asked."""
    query = select(FailedEvent).order_by(FailedEvent.id.desc()).limit(limit)
    if not include_replayed:
        query = query.where(FailedEvent.replayed_at.is_(None))
    return list(uow.session.scalars(query))


def for_replay(uow: UnitOfWork, failed_id: int) -> tuple[FailedEvent, str]:
    """The failed event and its body as received; KeyError when there is no such event."""
    row = uow.session.get(FailedEvent, failed_id)
    if row is None:
        raise KeyError(failed_id)
    return row, uow.vault.decrypt(row.raw_enc)


def settle(uow: UnitOfWork, failed_id: int, error: str | None) -> None:
    """Record how a replay went: done (no longer listed), or the error it failed with again."""
    row = uow.session.get(FailedEvent, failed_id)
    if error is None:
        row.replayed_at = uow.now()
    else:
        row.error = error[:2000]


def forget_person(uow: UnitOfWork, line_user_id: str) -> int:
    """Erasure: take the person's events (their LINE id and words) out of every kept body,
    the others' events still kept for replay; a body that cannot be read but names them is
    emptied. The row stays (nothing is deleted by a user's act); how many rows changed."""
    changed = 0
    for row in uow.session.scalars(select(FailedEvent)):
        raw = uow.vault.decrypt(row.raw_enc) or ""
        if line_user_id not in raw:
            continue
        row.raw_enc = uow.vault.encrypt(_without(raw, line_user_id))
        changed += 1
    return changed


def _without(raw: str, line_user_id: str) -> str:
    try:
        body = json.loads(raw)
        events = body["events"]
        kept = [e for e in events if line_user_id not in json.dumps(e)]
    except (ValueError, KeyError, TypeError):
        return json.dumps({"events": []})
    body["events"] = kept
    text = json.dumps(body, ensure_ascii=False)
    return text if line_user_id not in text else json.dumps({"events": []})
