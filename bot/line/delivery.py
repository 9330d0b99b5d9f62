"""Sends outbox rows through the gateway: retry keys, back-off, reply→push fallback."""

from __future__ import annotations

import logging
from collections import Counter
from dataclasses import dataclass
from datetime import timedelta
from types import SimpleNamespace

from sqlalchemy.exc import SQLAlchemyError
from tenacity import wait_exponential_jitter

from bot.line.gateway import LineGateway, SendResult
from bot.line.render import render
from handlers.replies import from_json, to_json
from handlers.tickets import anchor_codes
from storage import journal_lines, outbox
from storage.owner_bindings import recipient_of
from storage.uow import UnitOfWorkFactory

log = logging.getLogger(__name__)
MAX_ATTEMPTS = 8
# 5 s, 10 s, 20 s … capped at an hour, each with up to 5 s of jitter so retries spread out.
BACKOFF = wait_exponential_jitter(multiplier=5, max=3600, exp_base=2, jitter=5)


def backoff(attempt: int, retry_after: float | None = None) -> timedelta:
    """How long to wait before attempt `attempt + 1`; LINE's Retry-After wins if longer."""
    delay = BACKOFF(SimpleNamespace(attempt_number=attempt))
    return timedelta(seconds=max(delay, retry_after or 0))


@dataclass(frozen=True)
class _Job:
    id: str
    channel: str
    recipient: str | None
    messages: list[dict]
    attempts: int
    dedupe_key: str | None = None
    kind: str = outbox.MESSAGE
    items: tuple = ()  # the intents the messages were rendered from


@dataclass(frozen=True)
class ReadyReply:
    """A direct reply to an event, sent after its transaction has committed."""

    reply_token: str
    recipient: str | None
    items: list
    language: str


class OutboxSender:
    """Delivers due outbox rows; safe to run in several processes at once."""

    def __init__(
        self,
        uow_factory: UnitOfWorkFactory,
        gateway: LineGateway,
        max_attempts: int = MAX_ATTEMPTS,
        requeue=None,
    ) -> None:
        self.uow_factory = uow_factory
        self.gateway = gateway
        self.max_attempts = max_attempts
        # Run first in each pass over what is due (not for one unit of work's own rows): puts
        # back what the journal says must be sent (bot.services `_requeue`).
        self.requeue = requeue

    def send_due(self, ids: list[str] | None = None, limit: int = 100) -> Counter:
        """Send what is due (or just `ids`); returns counts by outcome."""
        outcome: Counter = Counter()
        if ids is None and self.requeue is not None:
            try:
                self.requeue()
            except SQLAlchemyError:
                log.exception("outbox: what the journal says must be sent was not queued again")
        for job in self._claim(ids, limit):
            result = self._send(job)
            outcome[self._record(job, result)] += 1
        return outcome

    def send_committed(self, outbox_ids: list[str]) -> Counter:
        """Send the rows a unit of work just committed (its after-commit step, see services).

        Every unit of work the process makes runs this right after its commit (the webhook
        after its answer), so what it caused leaves at once; what fails stays due and the
        outbox job retries it, even when the database fails here: the work is committed.
        """
        if not outbox_ids:
            return Counter()
        try:
            return self.send_due(ids=outbox_ids)
        except SQLAlchemyError:
            log.exception("outbox: %d committed message(s) left for the job", len(outbox_ids))
            return Counter({"left": len(outbox_ids)})

    def send_ready(self, replies: list[ReadyReply]) -> Counter:
        """Answer with reply tokens; a reply LINE refuses is pushed instead, through the outbox.

        Replies are free and single-use, so they are not written to the outbox first: if
        one fails (its token expired, as on a redelivery, or LINE had trouble), the same
        messages become an outbox push, which is retried with its retry key until sent.
        """
        outcome: Counter = Counter()
        clock = self.uow_factory.clock()
        today = clock.astimezone(self.uow_factory.settings.tz).date()
        for reply in replies:
            result = self.gateway.reply(
                reply.reply_token, render(reply.items, reply.language, today)
            )
            if result.ok:
                outcome["sent"] += 1
            elif reply.recipient:
                log.warning("reply refused (%s); pushing instead", result.status)
                for state, count in self.push_instead(reply).items():
                    outcome["fallback_" + state] += count
            else:
                outcome["lost"] += 1
                log.error("reply refused (%s) and there is no one to push to", result.status)
        return outcome

    def push_instead(self, reply: ReadyReply) -> Counter:
        """Send a reply's messages as an outbox push (its token was refused or is too old)."""
        with self.uow_factory() as uow:
            outbox.enqueue(
                uow,
                "push",
                to_json(reply.items),
                recipient=reply.recipient,
                language=reply.language,
                purpose="reply-fallback",
            )
            uow.commit()
        return uow.delivery

    def _claim(self, ids, limit) -> list[_Job]:
        with self.uow_factory() as uow:
            rows = outbox.claim_due(uow, limit=limit, ids=ids)
            today = uow.now().astimezone(uow.settings.tz).date()
            jobs = []
            for row in rows:
                recipient = recipient_of(uow.vault, row)
                items = from_json(outbox.payload_of(uow, row))
                messages = render(items, row.language, today)
                job = _Job(
                    row.id,
                    row.channel,
                    recipient,
                    messages,
                    row.attempts,
                    row.dedupe_key,
                    row.kind,
                    tuple(items),
                )
                jobs.append(job)
            uow.commit()
        return jobs

    def _send(self, job: _Job) -> SendResult:
        if not _own(job):
            # Its sealed recipient or messages are another's (storage.owner_bindings).
            return SendResult(False, 400, error="no recipient or messages of its own")
        if job.channel == "push":
            return self.gateway.push(job.recipient, job.messages, job.id)
        if job.channel == "multicast":
            return self.gateway.multicast(job.recipient.split("\n"), job.messages, job.id)
        if job.channel == "broadcast":
            return self.gateway.broadcast(job.messages, job.id)
        return SendResult(False, 400, error=f"unknown channel {job.channel}")

    def _record(self, job: _Job, result: SendResult) -> str:
        with self.uow_factory() as uow:
            if result.ok or result.already_accepted:
                outbox.mark_sent(uow, job.id, result.request_id)
                state = "sent"
            elif result.retryable:
                delay = backoff(job.attempts + 1, result.retry_after)
                state = outbox.mark_retry(
                    uow, job.id, f"{result.status} {result.error}", delay, self.max_attempts
                )
            else:
                state = outbox.mark_retry(
                    uow, job.id, f"{result.status} {result.error}", timedelta(0), max_attempts=0
                )
            _journal_refusal(uow, job, state)
            uow.commit()
        if state != "sent":
            log.warning("outbox %s: LINE answered %s (%s)", job.id, result.status, state)
        return state


def _own(job: _Job) -> bool:
    """Whether a row has messages and a recipient of its own, so LINE is asked at all."""
    return bool(job.messages) and (job.channel not in ("push", "multicast") or bool(job.recipient))


def _journal_refusal(uow, job: _Job, state: str) -> None:
    """A chair's notice of a start refused at the shell (its `kind`, and its sealed message
    that refusal's notice): journal that LINE took it, or that LINE was asked and it was given
    up (a retry spent), since a row marked sent or dead in SQL tells nobody
    (handlers/tickets/anchor_codes.py)."""
    if job.kind != outbox.REFUSAL_NOTICE or state not in ("sent", "dead") or not _own(job):
        return
    name = outbox.name_of(job.dedupe_key)
    if not anchor_codes.is_refusal_notice(uow, name, list(job.items)):
        return
    line = (
        journal_lines.refusal_sent_line(uow.vault, name)
        if state == "sent"
        else journal_lines.refusal_gave_up_line(uow.vault, name)
    )
    journal_lines.note(uow.session, line)
