"""Global words (cancel, back, help, yes…) looked up whole; the words themselves live in
`handlers.understanding.lexicon`."""

from __future__ import annotations

import re

from handlers.thai.normalise import compact, strip_particles
from handlers.understanding.lexicon import (
    DISCREET_SAID,
    DISCREET_SAID_LONGEST,
    GLOBAL,
    SAFETY,
    SAFETY_CHOICE_ENDINGS,
    SAFETY_OUTSIDE_FILING,
)

_WORDS = GLOBAL  # one home: handlers/understanding/lexicon/global_words.py
#: The global meanings the menu answers ("lookup" and "news" are menu words of their own).
MENU_WORDS = ("complain", "track", "lookup", "news", "menu", "help")
# Compared without spaces or particles, so "ยกเลิก ครับ" and "ยก เลิก" are both "cancel".
_KEYS: dict[str, dict[str, str]] = {}
for _name, _words in _WORDS.items():
    for _word in _words:
        _KEYS.setdefault(compact(_word) or _word, {})[_name] = _name


def normalise(text: str | None) -> str:
    """Lower case, trimmed, single spaces, no trailing Thai politeness particles."""
    return strip_particles(text)


def _key(text: str | None) -> str:
    return compact(text) or (text or "").strip().lower()


def meaning(text: str | None) -> str | None:
    """The global meaning of a typed word ('cancel', 'help', …) or None."""
    if not text:
        return None
    found = _KEYS.get(_key(text))
    return next(iter(found)) if found else None


def means(text: str | None, name: str) -> bool:
    """True when the text is one of the words for `name`."""
    return bool(text) and name in _KEYS.get(_key(text), {})


def words_for(name: str) -> tuple[str, ...]:
    """The words that mean `name` (for steps that extend them with their own)."""
    return _WORDS[name]


def safety_word(normal: str, filing: bool = True) -> str | None:
    """The safety word the normalised text is ("อ่าน", "discreet"), or None; when no complaint
    is being filed (`filing` False), also the discreet choice in own words ("แบบปกติ")."""
    lists = (SAFETY,) if filing else (SAFETY, SAFETY_OUTSIDE_FILING)
    for said in (normal,) if filing else _without_endings(normal):
        for found in lists:
            for name, words in found.items():
                if said in words:
                    return name
    spaceless = normal.replace(" ", "")
    if not filing and len(spaceless) <= DISCREET_SAID_LONGEST and _DISCREET.match(spaceless):
        return "discreet_on"  # "ปิดไว้เด้อ ลูกหลานเห็นโทรศัพท์"
    return None


_DISCREET = re.compile(DISCREET_SAID)


_CHOICE_ENDING = re.compile(SAFETY_CHOICE_ENDINGS)


def _without_endings(normal: str):
    """The text, then without each word said after a choice, one by one ("ปิดบังไว้ดีกว่า",
    "ปิดบังไว้", "ปิดบัง")."""
    said = normal.replace(" ", "")
    yield normal
    while (shorter := _CHOICE_ENDING.sub("", said)) and shorter != said:
        said = shorter
        yield said
