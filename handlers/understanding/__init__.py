"""One understanding of every message: `understand(text)` → intent and values with confidences.

Rules decide values and the intents where precision matters; a small character n-gram
classifier trained from `examples/*.jsonl` helps with paraphrases; danger is rules OR
classifier, checked on every message."""

from handlers.understanding.intent_rules import (
    asks_to_go_on,
    asks_to_pause,
    asks_to_stop,
    asks_to_withdraw,
    comes_back,
    names_left_draft,
    says_safe_and_going_on,
)
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
from handlers.understanding.name_values import only_a_relay, without_title, without_who_reports
from handlers.understanding.opening import (
    introduces,
    names_a_matter,
    names_only_a_topic,
    tells_beside,
    tells_what_happened,
    without_courtesies,
)
from handlers.understanding.reader import (
    all_the_evidence,
    kind_put_as_check,
    kinds_in_doubt,
    only_courtesy,
    reads_as_name,
    understand,
    warm,
)
from handlers.understanding.rhetoric import not_an_office
from handlers.understanding.rhetoric import plainly as said_plainly
from handlers.understanding.short_answers import no_reference_given
from handlers.understanding.story_added import story_added

__all__ = [
    "kind_put_as_check",
    "kinds_in_doubt",
    "without_courtesies",
    "without_who_reports",
    "without_title",
    "only_a_relay",
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
    "all_the_evidence",
    "story_added",
    "only_courtesy",
    "asks_to_withdraw",
    "introduces",
    "names_a_matter",
    "names_only_a_topic",
    "not_an_office",
    "reads_as_name",
    "no_reference_given",
    "said_plainly",
    "tells_beside",
    "says_safe_and_going_on",
    "asks_to_pause",
    "asks_to_stop",
    "asks_to_go_on",
    "comes_back",
    "names_left_draft",
    "tells_what_happened",
    "understand",
    "warm",
]
