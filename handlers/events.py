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
    def from_line(cls, raw: object) -> Incoming:
        """Read one event of LINE's webhook body; MalformedEvent when it breaks LINE's shapes.

        Unknown types and unknown fields are fine (LINE adds them); a known field of the
        wrong kind (a `source` that is not an object, a `timestamp` that is not a number)
        is not, and such an event is kept as failed rather than guessed at.
        """
        if not isinstance(raw, dict):
            raise MalformedEvent("the event is not an object")
        source = _object(raw, "source")
        message = _object(raw, "message")
        postback = _object(raw, "postback")
        provider = _object(message, "contentProvider")
        timestamp = raw.get("timestamp", 0)
        if not isinstance(timestamp, int) or isinstance(timestamp, bool):
            raise MalformedEvent("timestamp is not a number")
        return cls(
            event_id=_text(raw, "webhookEventId") or "",
            type=_text(raw, "type") or "unknown",
            source_type=_text(source, "type") or "unknown",
            user_id=_text(source, "userId"),
            reply_token=_text(raw, "replyToken"),
            timestamp=timestamp,
            redelivery=_object(raw, "deliveryContext").get("isRedelivery") is True,
            message_type=_text(message, "type"),
            message_id=_text(message, "id"),
            text=_text(message, "text"),
            file_name=_text(message, "fileName"),
            file_size=message.get("fileSize"),
            postback_data=_text(postback, "data"),
            postback_params=_object(postback, "params"),
            latitude=message.get("latitude"),
            longitude=message.get("longitude"),
            address=_text(message, "address") or _text(message, "title"),
            content_provider=_text(provider, "type"),
            raw=raw,
        )


class MalformedEvent(ValueError):
    """An event that does not have the shape LINE documents; the reason names no content."""


def _object(parent: dict, key: str) -> dict:
    value = parent.get(key)
    if value is None:
        return {}
    if not isinstance(value, dict):
        raise MalformedEvent(f"{key} is not an object")
    return value


def _text(parent: dict, key: str) -> str | None:
    value = parent.get(key)
    if value is not None and not isinstance(value, str):
        raise MalformedEvent(f"{key} is not a string")
    return value
