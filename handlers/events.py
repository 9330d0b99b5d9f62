"""Incoming LINE events, reduced to what the handlers need."""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True)
class Incoming:
    """One webhook event. Unknown types keep their raw form and are acknowledged."""

    event_id: str
    type: str
    source_type: str
    user_id: str | None
    reply_token: str | None
    timestamp: int
    redelivery: bool
    message_type: str | None = None
    message_id: str | None = None
    text: str | None = None
    file_name: str | None = None
    file_size: int | None = None
    postback_data: str | None = None
    postback_params: dict[str, Any] = field(default_factory=dict)
    latitude: float | None = None
    longitude: float | None = None
    address: str | None = None
    content_provider: str | None = None
    raw: dict[str, Any] = field(default_factory=dict, compare=False, repr=False)

    @property
    def is_from_person(self) -> bool:
        """A one-to-one chat with a user (the only place complaints are taken)."""
        return self.source_type == "user" and bool(self.user_id)

    @property
    def chat_id(self) -> str | None:
        """Where a push would go: the group or room, else the user."""
        source = self.raw.get("source") or {}
        return source.get("groupId") or source.get("roomId") or self.user_id

    @property
    def fingerprint(self) -> str:
        """A digest of the event without delivery details, to tell redeliveries apart."""
        body = {k: v for k, v in self.raw.items() if k not in ("deliveryContext", "replyToken")}
        canonical = json.dumps(body, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
        return hashlib.sha256(canonical.encode("utf-8")).hexdigest()

    @classmethod
    def from_line(cls, raw: dict[str, Any]) -> Incoming:
        """Read one event of LINE's webhook body, tolerating unknown shapes."""
        source = raw.get("source") or {}
        message = raw.get("message") or {}
        postback = raw.get("postback") or {}
        provider = message.get("contentProvider") or {}
        return cls(
            event_id=str(raw.get("webhookEventId") or ""),
            type=str(raw.get("type") or "unknown"),
            source_type=str(source.get("type") or "unknown"),
            user_id=source.get("userId"),
            reply_token=raw.get("replyToken"),
            timestamp=int(raw.get("timestamp") or 0),
            redelivery=bool((raw.get("deliveryContext") or {}).get("isRedelivery")),
            message_type=message.get("type"),
            message_id=message.get("id"),
            text=message.get("text"),
            file_name=message.get("fileName"),
            file_size=message.get("fileSize"),
            postback_data=postback.get("data"),
            postback_params=postback.get("params") or {},
            latitude=message.get("latitude"),
            longitude=message.get("longitude"),
            address=message.get("address") or message.get("title"),
            content_provider=provider.get("type"),
            raw=raw,
        )
