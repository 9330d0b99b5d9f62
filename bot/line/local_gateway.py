"""Local mode's gateway: keeps every send in the database for the chat simulator.

Works across processes (several gunicorn workers and the scheduler write to the
same tables) and behaves like LINE where it matters to the bot: single-use reply
tokens, 409 on a repeated retry key, 400 for messages over LINE's limits, and
message content for what the simulator uploaded.
"""

from __future__ import annotations

import logging

from bot.line.gateway import Content, ContentStream, Quota, SendResult, stream_of
from bot.line.limits import limit_violations, recipients_violations
from storage import simulator
from storage.uow import UnitOfWorkFactory

log = logging.getLogger(__name__)


class LocalGateway:
    """A LineGateway that delivers into the simulator's tables instead of LINE."""

    def __init__(self, uow_factory: UnitOfWorkFactory) -> None:
        self.uow_factory = uow_factory

    def _refuse(self, problems: list[str]) -> SendResult:
        log.warning("local mode: LINE would refuse this request: %s", "; ".join(problems))
        return SendResult(False, 400, error="; ".join(problems)[:500])

    def _deliver(self, recipients, messages, channel: str, retry_key: str | None) -> SendResult:
        problems = limit_violations(messages)
        if problems:
            return self._refuse(problems)
        with self.uow_factory() as uow:
            if retry_key and not simulator.claim_retry_key(uow, retry_key):
                return SendResult(False, 409, retry_key, error="already accepted")
            targets = recipients(uow) if callable(recipients) else recipients
            for user_id in targets:
                for message in messages:
                    simulator.record(uow, user_id, "bot", channel, message)
            uow.commit()
        return SendResult(True, 200, retry_key)

    def reply(self, reply_token: str, messages: list[dict]) -> SendResult:
        """Deliver a reply to the user whose event carried this token (once)."""
        problems = limit_violations(messages)
        if problems:
            return self._refuse(problems)
        with self.uow_factory() as uow:
            user_id = simulator.use_reply_token(uow, reply_token or "")
            if user_id is None:
                return SendResult(False, 400, error="Invalid reply token")
            for message in messages:
                simulator.record(uow, user_id, "bot", "reply", message)
            uow.commit()
        return SendResult(True, 200)

    def push(self, to: str, messages: list[dict], retry_key: str) -> SendResult:
        """Deliver a push to one simulated user."""
        return self._deliver([to], messages, "push", retry_key)

    def multicast(self, to: list[str], messages: list[dict], retry_key: str) -> SendResult:
        """Deliver to each listed simulated user."""
        problems = recipients_violations(to)
        if problems:
            return self._refuse(problems)
        return self._deliver(list(to), messages, "multicast", retry_key)

    def broadcast(self, messages: list[dict], retry_key: str) -> SendResult:
        """Deliver to every simulated user who follows the account."""
        return self._deliver(simulator.followers, messages, "broadcast", retry_key)

    def quota(self) -> Quota:
        """Local mode sends nothing to LINE, so there is no quota to spend."""
        return Quota(None)

    def followers(self) -> int | None:
        """No LINE insight in local mode; callers count followers themselves."""
        return None

    def content(self, message_id: str) -> Content:
        """The bytes the simulator uploaded for this message id."""
        with self.uow_factory() as uow:
            found = simulator.content(uow, message_id)
            if found is None:
                return Content(404)
            return Content(200, bytes(found.data), found.content_type)

    def open_content(self, message_id: str) -> ContentStream:
        """The simulator's upload as a stream."""
        return stream_of(self.content(message_id))
