"""A gateway that records what the bot would send to LINE, and holds it to LINE's limits."""

from __future__ import annotations

from bot.line.gateway import Content, Quota, SendResult, stream_of
from bot.line.limits import limit_violations, recipients_violations


class RecordingGateway:
    """Keeps every send in `sent`; a send that breaks LINE's limits is refused (400)
    and kept in `violations`, so every test that sends checks those limits."""

    def __init__(self) -> None:
        self.sent: list[dict] = []
        self.violations: list[str] = []
        self._keys: set[str] = set()

    def _keep(self, kind: str, to, messages, retry_key=None) -> SendResult:
        problems = limit_violations(messages)
        if kind == "multicast":
            problems += recipients_violations(to)
        if problems:
            self.violations.extend(problems)
            return SendResult(False, 400, error="; ".join(problems))
        if retry_key and retry_key in self._keys:
            return SendResult(False, 409, retry_key)
        if retry_key:
            self._keys.add(retry_key)
        self.sent.append({"kind": kind, "to": to, "messages": messages})
        return SendResult(True, 200, retry_key)

    def reply(self, reply_token, messages):
        """Record a reply."""
        return self._keep("reply", reply_token, messages)

    def push(self, to, messages, retry_key):
        """Record a push."""
        return self._keep("push", to, messages, retry_key)

    def multicast(self, to, messages, retry_key):
        """Record a multicast."""
        return self._keep("multicast", to, messages, retry_key)

    def broadcast(self, messages, retry_key):
        """Record a broadcast."""
        return self._keep("broadcast", None, messages, retry_key)

    def content(self, message_id):
        """No content is stored at this fake."""
        return Content(404)

    def open_content(self, message_id):
        """No content is stored at this fake."""
        return stream_of(self.content(message_id))

    def quota(self):
        """An unlimited quota."""
        return Quota(None)

    def followers(self):
        """No insight figures at this fake."""
        return None
