"""Danger read by rules: a threat, harm, being followed or evicted, fear of what they will do.
Recall first; only two things are taken out: a threat denied, and extortion (a service
withheld unless paid, with no harm named), which is a kind of complaint, not danger."""

from __future__ import annotations

import re

from handlers.understanding.lexicon import (
    DANGER_CUES,
    DANGER_DENIED,
    DANGER_PATTERNS,
    FEAR_HARM,
    FEAR_WORDS,
    PAYMENT,
    SERVICE_WITHHELD,
    VIOLENCE,
)

_THAI_CUES = tuple(c for c in DANGER_CUES if not c.isascii())
_ENGLISH_CUES = re.compile(
    r"\b(?:" + "|".join(re.escape(c) for c in DANGER_CUES if c.isascii()) + r")", re.I
)
_SHAPES = re.compile("|".join(DANGER_PATTERNS), re.I)
_FEAR = re.compile(
    "(?:" + "|".join(FEAR_WORDS) + ")(?:.{0,14}?)(?:" + "|".join(map(re.escape, FEAR_HARM)) + ")"
)
#: A question about what might happen if they report: safety asked about, not danger now.
_IF = re.compile(r"ถ้า|หาก|will i|would i|if i|\?|ไหม|มั้ย|บ่$|หรือเปล่า")
_WEAK = ("อันตราย", "ไม่ปลอดภัย", "เล่นงาน", "unsafe", "danger", "not safe")


def flat(text: str) -> str:
    """Lower case without spaces or punctuation, for finding words inside Thai text."""
    return re.sub(r"[\s'.,\-!?()/\"]", "", text)


def _extortion(key: str) -> bool:
    """A service withheld unless paid, and no harm named: bribery, not danger."""
    withheld = any(w in key for w in SERVICE_WITHHELD)
    paid = any(w in key for w in PAYMENT)
    harm = any(w in key for w in VIOLENCE)
    return withheld and paid and not harm


def danger_score(cleaned: str) -> float:
    """0..1: how surely the text says the person or family is unsafe now."""
    key = flat(cleaned)
    for denied in DANGER_DENIED:
        key = key.replace(denied, "")
    cues = [c for c in _THAI_CUES if c in key]
    english = _ENGLISH_CUES.search(cleaned)
    if not cues and _SHAPES.search(key):
        cues = ["shape"]
    fear = _FEAR.search(key)
    if not cues and not english and not fear:
        return 0.0
    if _extortion(key):
        return 0.0
    if cues and all(c in _WEAK for c in cues) and not fear and _IF.search(cleaned):
        return 0.3  # "จะไม่ปลอดภัยไหม": a question about safety
    if english and not cues and not fear and _IF.search(cleaned) and "threat" not in cleaned:
        return 0.4
    return 0.95 if cues or english else 0.8
