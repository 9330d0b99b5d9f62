"""Typed answers to the questions with options: the button's own words (Thai and English),
synonyms and Isan forms, the option's number. (The kind of misconduct a plain description
is comes from the understanding: `handlers.understanding`.)"""

from __future__ import annotations

from rapidfuzz import fuzz, process

from handlers.intake.answers import Answer
from handlers.intake.fields import KINDS
from handlers.replies import Numbered
from handlers.thai.normalise import compact, is_dont_know, is_empty
from handlers.understanding.lexicon import NON_ANSWERS, OPTIONS
from handlers.understanding.words import means

# The words live in the understanding's lexicon (one home); here they are read per step.
_NON_ANSWERS = frozenset(compact(w) for w in NON_ANSWERS)
_KEYS = {
    step: {value: {compact(w) for w in words} for value, words in options.items()}
    for step, options in OPTIONS.items()
}


# The questions with options: each option's value and its button's label key, in the order
# they are numbered (typed "2" is the second) and shown as buttons. One list for both.
LABELS: dict[str, tuple[tuple[str, str], ...]] = {
    "consent": (("yes", "choice.agree"), ("no", "choice.decline")),
    "kind": tuple((kind, f"kind.{kind}") for kind in KINDS),
    "reported": (("yes", "choice.yes"), ("no", "choice.no")),
    "identity": (("anonymous", "choice.anonymous"), ("named", "choice.named")),
}


def numbered(step: str) -> Numbered:
    """The options of `step` as the numbered list its question shows."""
    return Numbered(tuple(label for _, label in LABELS[step]))


def number_or_yes(text: str, count: int) -> int | None:
    """The index picked from a numbered list by its number, or the first by "ใช่"."""
    key = compact(text)
    if key.isdigit() and 1 <= int(key) <= count:
        return int(key) - 1
    if count and means(text, "yes"):
        return 0
    return None


def pick(answer: Answer, step: str) -> str | None:
    """The option of `step` tapped, or typed as its words, a synonym or its number."""
    options = OPTIONS[step]
    if answer.choice and answer.step in (step, "*") and answer.choice in options:
        return answer.choice
    if not answer.text:
        return None
    key = compact(answer.text)
    if key.isdigit():
        index = int(key) - 1
        order = [value for value, _ in LABELS[step]] if step in LABELS else list(options)
        return order[index] if 0 <= index < len(order) else None
    for value, words in _KEYS[step].items():
        if key in words:
            return value
    return _typo(key, step)


def _typo(key: str, step: str) -> str | None:
    """An option's word typed one letter off ("ยินยม"), when no other option is as close."""
    if len(key) < 4:
        return None
    table = {word: value for value, words in _KEYS[step].items() for word in words if len(word) > 3}
    found = process.extract(key, list(table), scorer=fuzz.ratio, score_cutoff=85, limit=None)
    values = {table[word] for word, _, _ in found}
    return values.pop() if len(values) == 1 else None


def is_non_answer(text: str | None) -> bool:
    """A greeting, "โอเค", "ฮัลโหล", a laugh: not an answer to any question."""
    return compact(text) in _NON_ANSWERS


def says_none(text: str) -> bool:
    """ "ไม่มี", "-", "ข้าม", "บ่มี", "ไม่มีเลข", "ไม่ทราบ": nothing to give here."""
    key = compact(text)
    if means(text, "skip") or is_empty(text) or is_dont_know(text):
        return True
    return key.startswith(("ไม่มี", "บ่มี")) and len(key) <= 12
