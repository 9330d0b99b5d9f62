"""Reads a signed webhook body into its events, so that one malformed event cannot sink the rest."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass

# LINE's events are a few levels deep; anything far deeper is not LINE's and is not parsed.
MAX_DEPTH = 32
# JSON strings (with their escapes) and the punctuation that gives a body its shape.
_TOKENS = re.compile(r'"(?:[^"\\]|\\.)*"|[\[\]{},:]')


class NotAWebhook(ValueError):
    """The body is not JSON of the form {"events": [...]}: answered 400."""


@dataclass(frozen=True)
class RawEvent:
    """One element of the body's `events`: its text as sent, and its data when readable."""

    sent: str | None = None
    data: object = None
    problem: str | None = None

    @property
    def text(self) -> str:
        """The event's text: as sent when it was cut from the body, else its data as JSON,
        written only when asked for (only a failed event is kept as text)."""
        if self.sent is not None:
            return self.sent
        return json.dumps(self.data, ensure_ascii=False)

    @classmethod
    def from_data(cls, data: object) -> RawEvent:
        """An element parsed with the whole body."""
        return cls(data=data)

    @classmethod
    def from_text(cls, text: str) -> RawEvent:
        """An element cut from the body as text; parsed only when it is not too deep."""
        if _depth(text) > MAX_DEPTH:
            return cls(text, problem=f"nested more than {MAX_DEPTH} levels deep")
        try:
            return cls(text, json.loads(text))
        except ValueError:
            return cls(text, problem="not valid JSON")


def read_events(body: str) -> list[RawEvent]:
    """The events of a webhook body, in order; NotAWebhook when it has none to give."""
    if _depth(body) <= MAX_DEPTH + 2:  # the body's object, its array, then the events
        try:
            payload = json.loads(body)
        except ValueError as exc:
            raise NotAWebhook("not JSON") from exc
        if not isinstance(payload, dict) or not isinstance(payload.get("events"), list):
            raise NotAWebhook("no events list")
        return [RawEvent.from_data(event) for event in payload["events"]]
    # Too deep for a JSON parser to be trusted with: cut the events out as text instead.
    return [RawEvent.from_text(text) for text in _event_texts(body)]


def _depth(text: str) -> int:
    """How deeply the JSON text nests its arrays and objects (strings are skipped); a text
    with at most MAX_DEPTH brackets opened gives that count (a bound: it cannot nest deeper,
    and every limit compared with is MAX_DEPTH or more), without scanning it."""
    openers = text.count("[") + text.count("{")
    if openers <= MAX_DEPTH:
        return openers
    depth = deepest = 0
    for token in _TOKENS.finditer(text):
        char = token.group()
        if char in "[{":
            depth += 1
            deepest = max(deepest, depth)
        elif char in "]}":
            depth -= 1
    return deepest


def _event_texts(body: str) -> list[str]:
    """The text of each element of the top-level `events` array, found without recursion."""
    depth, last, key, start, texts = 0, None, None, None, []
    for token in _TOKENS.finditer(body):
        char = token.group()
        if start is not None and depth == 2 and char in ",]":
            texts.append(body[start : token.start()].strip())
            start = token.end()
            if char == "]":
                return [text for text in texts if text]
        if char in "[{":
            depth += 1
            if depth == 2 and char == "[" and key == '"events"':
                start = token.end()
        elif char in "]}":
            depth -= 1
        elif depth == 1:
            if char.startswith('"'):
                last = char
            elif char == ":":
                key = last
            else:
                key = None
    raise NotAWebhook("no events list")
