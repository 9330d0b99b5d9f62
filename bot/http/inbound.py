"""Processes webhook events: dedupe and handle each in one transaction; replies follow."""

from __future__ import annotations

import logging
import time
import traceback
from dataclasses import dataclass, field
from datetime import timedelta

from sqlalchemy.exc import IntegrityError, OperationalError

from bot.http.webhook_body import RawEvent
from bot.line.delivery import ReadyReply
from handlers.dispatch import handle_event
from handlers.events import Incoming, MalformedEvent
from handlers.replies import Say
from storage import failed_events
from storage.inbox import record_once
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
    stale: int = 0


def process_event(
    uow_factory: UnitOfWorkFactory,
    raw: RawEvent,
    outcome: Outcome,
    max_age: timedelta | None = None,
):
    """Handle one event in its own transaction; returns why it failed, or None.

    With `max_age` (the webhook's: how long processed event ids are kept), an event stamped
    earlier is refused unhandled: its id may be pruned already, so only its age can tell a
    replayed body from a new one.
    """
    try:
        if raw.problem:
            raise MalformedEvent(raw.problem)
        event = Incoming.from_line(raw.data)
    except MalformedEvent as exc:
        outcome.failed += 1
        log.warning("malformed event %s: %s", _label(raw)[0], exc)
        return exc
    # LINE stamps events by the wall clock, so they are compared with it, not the app's clock.
    if max_age is not None and event.timestamp / 1000 < time.time() - max_age.total_seconds():
        outcome.stale += 1
        log.warning("stale event refused", extra={"event_id": event.event_id})
        return None
    try:
        # Not sent at commit: the webhook answers LINE first, then sends (`after_webhook`).
        with uow_factory(after_commit=False) as uow:
            uow.after_commit(outcome.outbox_ids.extend)
            if not record_once(uow, event.event_id, event.fingerprint, event.type):
                outcome.duplicates += 1
                return None
            replies = handle_event(uow, event)
            if replies and event.reply_token:
                language = "th"
                if event.is_from_person:
                    language = user_for_line_id(uow, event.user_id).language
                reply = ReadyReply(event.reply_token, event.chat_id, replies, language)
            else:
                reply = None
            # The pushes this event caused (alerts, login links) go to outcome.outbox_ids.
            uow.commit()
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
        # Where it failed, never the exception's message: it may quote what the person typed.
        log.error(
            "event failed",
            extra={
                "event_id": event.event_id,
                "event_type": event.type,
                "error": type(exc).__name__,
                "stack": "".join(traceback.format_tb(exc.__traceback__)),
            },
        )
        if event.reply_token and event.is_from_person:
            # A bug must not leave a person in silence: they are told their message was not
            # taken and is kept (the failed event, for operators to replay), and to send again.
            language = _language(uow_factory, event.user_id)
            outcome.replies.append(
                ReadyReply(event.reply_token, event.chat_id, [Say("error.not_taken")], language)
            )
        return exc
    return None


def _language(uow_factory: UnitOfWorkFactory, line_user_id: str) -> str:
    """The person's language, read apart from the transaction that failed; Thai if even that
    cannot be read."""
    try:
        with uow_factory(after_commit=False) as uow:
            return user_for_line_id(uow, line_user_id, lock=False).language or "th"
    except Exception:
        return "th"


def describe(exc: Exception) -> str:
    """What went wrong, for operators: the error's kind, and our own reason for a malformed
    event (other errors' messages may quote what the person wrote, so they are left out)."""
    if isinstance(exc, MalformedEvent):
        return f"{type(exc).__name__}: {exc}"
    return type(exc).__name__


def _label(raw: RawEvent) -> tuple[str, str]:
    """The event's id and type as far as they can be read, for the failed-events list."""
    data = raw.data if isinstance(raw.data, dict) else {}
    event_id, kind = data.get("webhookEventId"), data.get("type")
    return (
        event_id if isinstance(event_id, str) and event_id else "-",
        kind if isinstance(kind, str) and kind else "(unreadable)",
    )


def _keep_failed(uow_factory: UnitOfWorkFactory, raw: RawEvent, exc: Exception) -> None:
    try:
        with uow_factory() as uow:
            event_id, kind = _label(raw)
            failed_events.keep(uow, event_id, kind, describe(exc), raw.text)
            uow.commit()
    except Exception:
        log.exception("could not keep failed event %s", _label(raw)[0])


def process_body(
    uow_factory: UnitOfWorkFactory,
    events: list[RawEvent | dict],
    max_age: timedelta | None = None,
) -> Outcome:
    """Process every event of a webhook body, in order; keep the ones that fail."""
    outcome = Outcome()
    for raw in events:
        if not isinstance(raw, RawEvent):  # a parsed event, as tests build them
            raw = RawEvent.from_data(raw)
        error = process_event(uow_factory, raw, outcome, max_age)
        if error is not None:
            _keep_failed(uow_factory, raw, error)
    return outcome
