"""One understanding of every message: `understand(text)` → intent and values with confidences.

Rules decide values and the intents where precision matters; a small character n-gram
classifier trained from `examples/*.jsonl` helps with paraphrases; danger is rules OR
classifier, checked on every message."""

from handlers.understanding.meaning import (
    ALREADY_SAID,
    ANSWER,
    CANCEL,
    CHANGE_MIND,
    DANGER,
    DONE,
    EDIT,
    FAQS,
    GREETING,
    HELP,
    INTENTS,
    NO,
    NONE,
    QUESTION,
    START,
    THANKS,
    TRACK,
    VALUE_NAMES,
    WITHDRAW,
    YES,
    Understanding,
    Value,
)
from handlers.understanding.reader import reads_as_name, understand, warm

__all__ = [
    "ALREADY_SAID",
    "ANSWER",
    "CANCEL",
    "CHANGE_MIND",
    "DANGER",
    "DONE",
    "EDIT",
    "FAQS",
    "GREETING",
    "HELP",
    "INTENTS",
    "NO",
    "NONE",
    "QUESTION",
    "START",
    "THANKS",
    "TRACK",
    "VALUE_NAMES",
    "WITHDRAW",
    "YES",
    "Understanding",
    "Value",
    "reads_as_name",
    "understand",
    "warm",
]
