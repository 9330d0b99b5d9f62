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
    after_safety: bool = False  # the reply before this event was the safety answer
    story_under_way: bool = False  # a story is being told: a text may be its next bubble
    fields: dict[str, str] = field(init=False)
    text: str | None = field(init=False)
    _heard: dict[str | None, Understanding] = field(default_factory=dict, init=False, repr=False)

    def __post_init__(self) -> None:
        event = self.event
        self.fields = postback_fields(event.postback_data) if event.type == "postback" else {}
        self.text = event.text if event.message_type == "text" else None

    def heard(self, step: str | None = None) -> Understanding | None:
        """What the typed text means (None for anything but text), read as an answer to the
        question `step` asks; read once per event however many ask (danger, the menu, the
        complaint's step). Emoji are read by the understanding itself (a 👍 alone is a yes).
        Outside a question, the understanding is told whether a story is under way: only then
        may a text with no complaint cue of its own be a line of one."""
        if not self.text or not self.text.strip():
            return None
        expected = expecting(step)
        if expected not in self._heard:
            self._heard[expected] = understand(
                self.text.strip(),
                expecting=expected,
                lang=self.language,
                today=self.today,
                story_under_way=self.story_under_way,
            )
        return self._heard[expected]

    def intent(self, step: str | None = None) -> str | None:
        """The intent of the typed text at the question `step`, or None when there is no text."""
        heard = self.heard(step)
        return heard.intent if heard is not None else None

    @property
    def media(self) -> str | None:
        """The kind of a photo, video, voice message or file sent."""
        kind = self.event.message_type
        return kind if self.event.type == "message" and kind in MEDIA else None
