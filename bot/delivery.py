"""Sends outbox rows through the gateway: retry keys, back-off, reply→push fallback."""

from __future__ import annotations

import logging
from collections import Counter
from dataclasses import dataclass
from datetime import timedelta
from types import SimpleNamespace

from tenacity import wait_exponential_jitter

from bot.gateway import LineGateway, SendResult
from bot.render import render
from handlers.replies import from_json
from storage import outbox
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
    reply_token: str | None
    messages: list[dict]
    attempts: int


@dataclass(frozen=True)
class ReadyReply:
    """A reply row written already claimed, with what it says, to send straight away."""

    id: str
    reply_token: str
    recipient: str | None
    items: list
    language: str


class OutboxSender:
    """Delivers due outbox rows; safe to run in several processes at once."""

    def __init__(
        self, uow_factory: UnitOfWorkFactory, gateway: LineGateway, max_attempts: int = MAX_ATTEMPTS
    ) -> None:
        self.uow_factory = uow_factory
        self.gateway = gateway
        self.max_attempts = max_attempts

    def send_due(self, ids: list[str] | None = None, limit: int = 100) -> Counter:
        """Send what is due (or just `ids`); returns counts by outcome."""
        outcome: Counter = Counter()
        for job in self._claim(ids, limit):
            result = self._send(job)
            outcome[self._record(job, result)] += 1
        return outcome

    def send_ready(self, replies: list[ReadyReply]) -> Counter:
        """Send replies that the webhook wrote already claimed (no claiming round trip)."""
        outcome: Counter = Counter()
        clock = self.uow_factory.clock()
        tz = self.uow_factory.settings.get("tz")
        today = clock.astimezone(tz).date() if tz else None
        for reply in replies:
            messages = render(reply.items, reply.language, today)
            job = _Job(reply.id, "reply", reply.recipient, reply.reply_token, messages, 0)
            outcome[self._record(job, self._send(job))] += 1
        return outcome

    def _claim(self, ids, limit) -> list[_Job]:
        with self.uow_factory() as uow:
            rows = outbox.claim_due(uow, limit=limit, ids=ids)
            tz = uow.settings.get("tz")
            today = uow.now().astimezone(tz).date() if tz else None
            jobs = []
            for row in rows:
                recipient = uow.vault.decrypt(row.recipient_enc) if row.recipient_enc else None
                messages = render(from_json(outbox.payload_of(uow, row)), row.language, today)
                jobs.append(
                    _Job(row.id, row.channel, recipient, row.reply_token, messages, row.attempts)
                )
            uow.commit()
        return jobs

    def _send(self, job: _Job) -> SendResult:
        if job.channel == "reply":
            return self.gateway.reply(job.reply_token, job.messages)
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
            elif job.channel == "reply" and job.recipient and result.status in (400, 410):
                # The reply token expired or was used (a redelivery): push the same messages.
                outbox.convert_reply_to_push(uow, job.id, job.recipient)
                state = "fallback"
            elif result.retryable:
                delay = backoff(job.attempts + 1, result.retry_after)
                state = outbox.mark_retry(
                    uow, job.id, f"{result.status} {result.error}", delay, self.max_attempts
                )
            else:
                state = outbox.mark_retry(
                    uow, job.id, f"{result.status} {result.error}", timedelta(0), max_attempts=0
                )
            uow.commit()
        if state not in ("sent", "fallback"):
            log.warning("outbox %s: LINE answered %s (%s)", job.id, result.status, state)
        if state == "fallback":
            return self._record_fallback(job)
        return state

    def _record_fallback(self, job: _Job) -> str:
        pushed = _Job(job.id, "push", job.recipient, None, job.messages, job.attempts)
        return "fallback_" + self._record(pushed, self._send(pushed))
