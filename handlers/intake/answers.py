"""What a person answered, read from an event: typed text, a tapped choice, a date, a place."""

from __future__ import annotations

from dataclasses import dataclass
from urllib.parse import parse_qs

from handlers.events import Incoming
from handlers.understanding import Understanding

MEDIA = ("image", "video", "audio", "file")
SURE = 0.7  # how sure the understanding must be of an intent for a step to act on it


@dataclass(frozen=True)
class Answer:
    """One answer to the current question, whatever form it came in."""

    text: str | None = None
    step: str | None = None
    choice: str | None = None
    date: str | None = None
    latitude: float | None = None
    longitude: float | None = None
    address: str | None = None
    media: str | None = None
    other: str | None = None
    understood: Understanding | None = None  # what a typed text means (handlers.understanding)

    @property
    def is_location(self) -> bool:
        """A LINE location share."""
        return self.latitude is not None

    @property
    def intent(self) -> str | None:
        """The understood intent of a typed answer (None for a tap, a place, a file); a
        guess below SURE is read as a plain answer."""
        if self.understood is None:
            return None
        return self.understood.intent if self.understood.confidence >= SURE else "answer"

    def value(self, name: str, default=None):
        """A value understood in a typed answer ("agency", "date", …), or `default`."""
        return self.understood.value(name, default) if self.understood else default


def postback_fields(data: str | None) -> dict[str, str]:
    """The key=value pairs of a postback's data."""
    parsed = parse_qs(data or "", keep_blank_values=True)
    return {key: values[0] for key, values in parsed.items()}


def choice_data(step: str, value: str) -> str:
    """Postback data for answering `step` with `value` (kept far below LINE's 300)."""
    return f"a={step}:{value}"


def of_draft(data: str, draft_id: int) -> str:
    """A complaint button's data naming the draft it belongs to ("a=summary:confirm&d=42"),
    so that a tap on it later never acts on another draft."""
    if not data.startswith("a=") or "&d=" in data:
        return data
    return f"{data}&d={draft_id}"


def draft_named(fields: dict[str, str]) -> int | None:
    """The draft a tapped complaint button names; None for buttons made before they did."""
    value = fields.get("d", "")
    return int(value) if value.isdigit() else None


def read_answer(event: Incoming) -> Answer:
    """Turn an event into an Answer; stickers and the like become `other`."""
    if event.type == "postback":
        fields = postback_fields(event.postback_data)
        step, _, value = fields.get("a", "").partition(":")
        return Answer(
            step=step or None, choice=value or None, date=event.postback_params.get("date")
        )
    if event.type != "message":
        return Answer(other=event.type)
    if event.message_type == "text":
        return Answer(text=(event.text or "").strip())
    if event.message_type == "location":
        return Answer(latitude=event.latitude, longitude=event.longitude, address=event.address)
    if event.message_type in MEDIA:
        return Answer(media=event.message_type)
    return Answer(other=event.message_type or "unknown")
