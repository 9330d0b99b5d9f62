"""Processes webhook events: dedupe and handle each in one transaction; replies follow."""

from __future__ import annotations

import json
import logging
from dataclasses import dataclass, field

from sqlalchemy.exc import IntegrityError, OperationalError

from bot.line.delivery import ReadyReply
from handlers.dispatch import handle_event
from handlers.events import Incoming
from storage.inbox import record_once
from storage.models import FailedEvent
from storage.uow import UnitOfWorkFactory
from storage.users import user_for_line_id

log = logging.getLogger(__name__)


class DatabaseUnavailable(RuntimeError):
    """The database did not answer; the webhook asks LINE to deliver again."""


@dataclass
class Outcome:
    """What processing a webhook body produced, for sending after the answer."""

    outbox_ids: list[str] = field(default_factory=list)
    replies: list[ReadyReply] = field(default_factory=list)
    handled: int = 0
    duplicates: int = 0
    failed: int = 0


def process_event(uow_factory: UnitOfWorkFactory, raw: dict, outcome: Outcome) -> None:
    """Handle one event in its own transaction; failures are kept, never lost silently."""
    event = Incoming.from_line(raw)
    try:
        with uow_factory() as uow:
            if not record_once(uow, event.event_id, event.fingerprint, event.type):
                outcome.duplicates += 1
                return
            replies = handle_event(uow, event)
            if replies and event.reply_token:
                language = "th"
                if event.is_from_person:
                    language = user_for_line_id(uow, event.user_id).language
                reply = ReadyReply(event.reply_token, event.chat_id, replies, language)
            else:
                reply = None
            uow.commit()
            # Pushes this event caused (alerts, login links) are sent right after the answer too.
            outcome.outbox_ids.extend(uow.take_committed())
            if reply is not None:
                outcome.replies.append(reply)
            outcome.handled += 1
    except IntegrityError:
        # A concurrent worker committed the same event first.
        outcome.duplicates += 1
    except OperationalError:
        # The database is out of reach: nothing can be kept, so the whole request must
        # fail and LINE deliver it again; what was already handled is deduplicated then.
        raise DatabaseUnavailable from None
    except Exception as exc:  # one bad event must not lose the others
        outcome.failed += 1
        log.exception("event %s (%s) failed", event.event_id, event.type)
        _keep_failed(uow_factory, event, exc)


def _keep_failed(uow_factory: UnitOfWorkFactory, event: Incoming, exc: Exception) -> None:
    try:
        with uow_factory() as uow:
            raw = json.dumps(event.raw, ensure_ascii=False)
            uow.session.add(
                FailedEvent(
                    webhook_event_id=event.event_id or "-",
                    event_type=event.type[:32],
                    error=f"{type(exc).__name__}"[:2000],
                    raw_enc=uow.vault.encrypt(raw),
                    created_at=uow.now(),
                )
            )
            uow.commit()
    except Exception:
        log.exception("could not keep failed event %s", event.event_id)


def process_body(uow_factory: UnitOfWorkFactory, events: list[dict]) -> Outcome:
    """Process every event of a webhook body, in order."""
    outcome = Outcome()
    for raw in events:
        if isinstance(raw, dict):
            process_event(uow_factory, raw, outcome)
    return outcome
