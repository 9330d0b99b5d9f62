"""One incoming event as the conversations read it: its postback fields, its text, and what
the text means (understood once, on first use, and shared by every stage that asks)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from handlers.events import Incoming
from handlers.intake.answers import MEDIA, postback_fields
from handlers.intake.expecting import expecting
from handlers.understanding import Understanding, understand


@dataclass
class Turn:
    """The event, the postback's fields, the typed text and its understanding."""

    event: Incoming
    language: str = "th"
    today: date | None = None  # the bot's day, that "เมื่อวาน" is read against
    fields: dict[str, str] = field(init=False)
    text: str | None = field(init=False)
    _heard: dict[str | None, Understanding] = field(default_factory=dict, init=False, repr=False)

    def __post_init__(self) -> None:
        event = self.event
        self.fields = postback_fields(event.postback_data) if event.type == "postback" else {}
        self.text = event.text if event.message_type == "text" else None

    def heard(self, expecting: str | None = None) -> Understanding | None:
        """What the typed text means (None for anything but text), `expecting` an answer to
        the named question."""
        if not self.text or not self.text.strip():
            return None
        if expecting not in self._heard:
            self._heard[expecting] = understand(
                self.text.strip(), expecting=expecting, lang=self.language, today=self.today
            )
        return self._heard[expecting]

    def heard_at(self, step: str | None) -> Understanding | None:
        """What the typed text means as the answer to the complaint's question `step` (None:
        no question): the one reading the danger check, the menu and the step share."""
        return self.heard(expecting(step))

    def intent(self, expecting: str | None = None) -> str | None:
        """The intent of the typed text, or None when there is no text."""
        heard = self.heard(expecting)
        return heard.intent if heard is not None else None

    @property
    def media(self) -> str | None:
        """The kind of a photo, video, voice message or file sent."""
        kind = self.event.message_type
        return kind if self.event.type == "message" and kind in MEDIA else None
