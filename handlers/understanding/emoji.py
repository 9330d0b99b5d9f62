"""Emoji as people type them: one small table of what an emoji means when it is the whole
answer, and the rule that emoji beside words only decorate them (the words say it)."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from handlers.thai.normalise import strip_particles
from handlers.understanding.lexicon import DANGER_CUES

#: What an emoji sent alone answers, in the words the understanding already reads. Emoji not
#: listed mean nothing by themselves (😡, 🏢, 📍 decorate a sentence).
MEANINGS: dict[str, str] = {
    "👍": "ใช่",
    "👌": "ใช่",
    "🙆": "ใช่",
    "✅": "ใช่",
    "✔": "ใช่",
    "🆗": "โอเค",
    "👎": "ไม่",
    "❌": "ไม่",
    "✖": "ไม่",
    "🙅": "ไม่",
    "🚫": "ไม่มี",
    "📷": "ส่งรูปแล้ว",
    "📸": "ส่งรูปแล้ว",
    "🖼": "ส่งรูปแล้ว",
    "🤐": "ไม่บอกชื่อ",
    "🤷": "ไม่รู้",
}

# Joiners, variation selectors and skin tones belong to the emoji before them.
_PARTS = {"\u200d", "\ufe0f", "\ufe0e", "\u20e3"}


def _harm(char: str) -> bool:
    """An emoji the danger words list (a knife, a gun, a bomb): never dropped as decoration."""
    return char in _HARM


_HARM = frozenset(c for cue in DANGER_CUES for c in cue if unicodedata.category(c) == "So")


def of_harm(text: str) -> bool:
    """The text holds an emoji of harm (🔪 🔫 💣): a cue no model reads inside a sentence."""
    return any(map(_harm, text))


@lru_cache(maxsize=4096)  # every character of every message is asked about: a few hundred differ
def _is_emoji(char: str) -> bool:
    return char in _PARTS or unicodedata.category(char) == "So" or 0x1F3FB <= ord(char) <= 0x1F3FF


def as_words(text: str) -> str:
    """The text the understanding should read: emoji beside words dropped (the words carry
    the meaning) except those of harm, which danger reads ("เจอกันแน่ 🔪"); an answer of
    emoji alone read through `MEANINGS`; text without emoji, or emoji meaning nothing,
    unchanged."""
    if not any(map(_is_emoji, text)):
        return text
    kept = "".join(c for c in text if not _is_emoji(c) or _harm(c))
    words = re.sub(r"\s+", " ", kept).strip()
    if words and strip_particles(words) not in ("", "ครับ", "ค่ะ", "คะ", "จ้า", "นะ"):
        if any(c in _LAUGHS for c in text):  # the laugh kept, as typed
            laughed = "".join(
                _LAUGHED if c in _LAUGHS else c
                for c in text
                if c in _LAUGHS or not _is_emoji(c) or _harm(c)
            )
            return re.sub(r"\s+", " ", laughed).strip()
        return words
    meant = [MEANINGS[c] for c in text if c in MEANINGS]
    return " ".join(dict.fromkeys(meant)) if meant else text


#: A laugh beside words is read as the laugh typed ("สิเอาไปเทถิ่ม 😂" as "… 555"): a joke
#: marked, which danger weighs (`danger.harm_not_meant`); alone it means nothing.
_LAUGHS = frozenset("😂🤣😆😹")
_LAUGHED = " 555 "


def only_emoji(text: str) -> bool:
    """The text is emoji alone, none of harm (a row of 🙏, "👍👍"): a courtesy, no fact."""
    return (
        bool(text.strip()) and not of_harm(text) and all(_is_emoji(c) or c.isspace() for c in text)
    )
