"""The text prepared once for every rule, and the measures the rules share: how long, whether it
tells the matter, which steps ask what."""

from __future__ import annotations

from datetime import date, datetime
from zoneinfo import ZoneInfo

from handlers.thai import agencies
from handlers.thai.normalise import clean, compact, strip_particles
from handlers.understanding import meaning
from handlers.understanding.danger import flat
from handlers.understanding.meaning import Value
from handlers.understanding.value_kit import Text

BANGKOK = ZoneInfo("Asia/Bangkok")
REASON_STEPS = ("reason", "withdraw", "withdraw_reason")
#: What a framed answer read plainly may be, however its frame asked ("ก็ยอมสิ", "ก็ไม่มีไง").
PLAIN_ANSWERS = (meaning.YES, meaning.NO, meaning.NONE, meaning.DONE)


def today_or_now(today: date | None) -> date:
    """The day given, else today in Bangkok."""
    return today or datetime.now(BANGKOK).date()


def prepare(text: str | None) -> Text:
    """The text cleaned once, in the forms the readers compare."""
    raw = text or ""
    said = agencies.spelled(raw)  # "ตำหรวจ", "โรงพญาบาล": agencies typed by ear, spelled
    cleaned = clean(said)
    return Text(raw, cleaned, strip_particles(said), compact(said), flat(cleaned))


def short(t: Text, limit: int = 30) -> bool:
    """The text is at most `limit` characters, flattened."""
    return len(t.flat) <= limit


#: Questions whose answer is read otherwise: the story, and the summary's own edits.
NOT_ELSEWHERE = ("what", "what_more", "summary", "consent")
#: The field a question's answer fills, where its step has another name.
PARENT_FIELD = {"subdistrict": "district", "what_more": "what", "reported_to": "reported"}
#: The questions whose answer is the story itself.
STORY_STEPS = ("what", "what_more")
#: How sure the kind read from a text must be for it to tell the matter (the kind model's
#: vote above its margin: `values.KIND_SURE`).
SURE_TOLD = 0.75
#: Values that tell the matter of a complaint, not talk about the conversation.
_MATTER = ("kind", "official", "agency")


def tells(values: dict[str, Value], sure: float = 0.0) -> bool:
    """The text names what was done or who did it (read at least `sure`; "other", the kind of
    "I'm not sure", tells nothing)."""
    return any(
        name in values and values[name].confidence >= sure and values[name].value != "other"
        for name in _MATTER
    )


#: Values that, read surely, make a remark-like message an answer after all ("เฮ้อ นายก อบต.").
SURE_VALUE = 0.7
FACTS = ("kind", "agency", "official", "district", "subdistrict", "date", "phone")


def answers_asked(values: dict[str, Value], expecting: str) -> bool:
    """The values hold the one the question `expecting` asks for."""
    wanted = {"when": "date", "what": "kind"}.get(expecting, expecting)
    return wanted in values
