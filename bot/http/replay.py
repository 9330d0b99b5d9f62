"""Replays a kept failed event through the webhook's own path (`flask --app bot events replay`)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from bot.http.inbound import Outcome, describe, process_event
from bot.http.webhook import after_webhook
from bot.http.webhook_body import RawEvent
from bot.services import Services
from storage import failed_events


@dataclass(frozen=True)
class Replayed:
    """How a replay went: `handled`, `duplicate` (handled before), `failed` or `done` earlier."""

    result: str
    event_type: str
    error: str | None = None
    replayed_at: datetime | None = None


def replay(services: Services, failed_id: int) -> Replayed:
    """Process failed event `failed_id` again; idempotent (an event is handled at most once)."""
    with services.uow() as uow:
        row, text = failed_events.for_replay(uow, failed_id)
        if row.replayed_at is not None:
            return Replayed("done", row.event_type, replayed_at=row.replayed_at)
        event_type = row.event_type
    outcome = Outcome()
    error = process_event(services.uow, RawEvent.from_text(text), outcome)
    with services.uow() as uow:
        failed_events.settle(uow, failed_id, None if error is None else describe(error))
        uow.commit()
    if error is not None:
        return Replayed("failed", event_type, describe(error))
    # The reply token has long expired by now: a refused reply is pushed through the outbox.
    after_webhook(services, outcome)
    return Replayed("handled" if outcome.handled else "duplicate", event_type)
