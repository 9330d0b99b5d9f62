"""What handlers answer with: message intents, rendered later in the user's language.

Handlers never build LINE JSON or call HTTP. They return `Say` (a catalogue text
with quick replies) and `Card` (a named Flex layout with data); `bot.line.render`
turns them into LINE messages when they are sent.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any, Literal

#: A cut text ends at a word when one ends in its last part, not mid-word ("Public money/propert…").
_WORD_END_WITHIN = 0.6


def shortened(text: str, limit: int) -> str:
    """`text` in at most `limit` characters: whole, or cut with "…" after the last word that
    fits (at the limit when no space falls in its last part, as in Thai written unspaced)."""
    if len(text) <= limit:
        return text
    cut = text[: limit - 1]
    space = cut.rfind(" ")
    if space >= limit * _WORD_END_WITHIN:
        cut = cut[:space]
    return cut.rstrip(" ,;:/-") + "…"


QuickKind = Literal["message", "postback", "date", "location", "camera", "cameraRoll", "uri"]


@dataclass(frozen=True)
class T:
    """A catalogue key used as a parameter value, translated when rendered."""

    key: str


@dataclass(frozen=True)
class Day:
    """A date used as a parameter value, shown in the recipient's way when rendered
    (a Thai date with the Buddhist year, e.g. "14 มี.ค. 2568"; never ISO)."""

    iso: str


@dataclass(frozen=True)
class Named:
    """A value with a Thai and an English form (a province, a list of typed words),
    picked by the recipient's language when rendered."""

    th: str
    en: str


@dataclass(frozen=True)
class Numbered:
    """A question's options as a numbered list ("1 …\n2 …"), each a button's label key: the
    words and the number typed are those of the button, from one list."""

    labels: tuple[str, ...]


@dataclass(frozen=True)
class Quick:
    """A quick-reply button: `label` is a catalogue key, `value` the text or postback data."""

    label: str
    kind: QuickKind = "postback"
    value: str = ""


@dataclass(frozen=True)
class Say:
    """A text from the catalogue, with optional quick replies."""

    key: str
    params: dict[str, Any] = field(default_factory=dict)
    quick: tuple[Quick, ...] = ()


@dataclass(frozen=True)
class Card:
    """A Flex layout by name (see bot/cards/) with the data it shows."""

    name: str
    data: dict[str, Any] = field(default_factory=dict)
    quick: tuple[Quick, ...] = ()


@dataclass(frozen=True)
class Raw:
    """Organizer-authored content sent as is: kind `text` {text}, `image` {url},
    or `location` {title, address, latitude, longitude}."""

    kind: Literal["text", "image", "location"]
    data: dict[str, Any] = field(default_factory=dict)
    quick: tuple[Quick, ...] = ()


Out = Say | Card | Raw


def to_json(items: list[Out]) -> list[dict[str, Any]]:
    """Intents as JSON, for the outbox."""
    result = []
    for item in items:
        body = asdict(item)
        if isinstance(item, Raw):
            body["_"] = "raw"
            result.append(body)
            continue
        body["params" if isinstance(item, Say) else "data"] = _encode(
            item.params if isinstance(item, Say) else item.data
        )
        body["_"] = "say" if isinstance(item, Say) else "card"
        result.append(body)
    return result


def from_json(items: list[dict[str, Any]]) -> list[Out]:
    """Intents back from the outbox."""
    result: list[Out] = []
    for body in items:
        quick = tuple(Quick(**q) for q in body.get("quick", ()))
        if body["_"] == "say":
            result.append(Say(body["key"], _decode(body.get("params", {})), quick))
        elif body["_"] == "raw":
            result.append(Raw(body["kind"], body.get("data", {}), quick))
        else:
            result.append(Card(body["name"], _decode(body.get("data", {})), quick))
    return result


def _encode(value: Any) -> Any:
    if isinstance(value, T):
        return {"$t": value.key}
    if isinstance(value, Day):
        return {"$d": value.iso}
    if isinstance(value, Named):
        return {"$th": value.th, "$en": value.en}
    if isinstance(value, Say):
        return {"$say": value.key, "$params": _encode(value.params)}
    if isinstance(value, dict):
        return {k: _encode(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_encode(v) for v in value]
    return value


def _decode(value: Any) -> Any:
    if isinstance(value, dict):
        if set(value) == {"$t"}:
            return T(value["$t"])
        if set(value) == {"$d"}:
            return Day(value["$d"])
        if set(value) == {"$th", "$en"}:
            return Named(value["$th"], value["$en"])
        if set(value) == {"$say", "$params"}:
            return Say(value["$say"], _decode(value["$params"]))
        return {k: _decode(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_decode(v) for v in value]
    return value
