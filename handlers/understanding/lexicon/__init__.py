"""Every word list the bot reads messages with: Thai (Central, Isan and the Northern Khmer
words of Buriram's Khmer-speaking villages) and English, one module per feature. Plain data
only; the readers (`handlers.understanding`, `handlers.complaint.choices`, `handlers.patterns`,
`handlers.safety`) build their comparison keys from it. Every list is handed on here, so
`lexicon.NAME` and `from handlers.understanding.lexicon import NAME` read it wherever it lives."""

from handlers.understanding.lexicon.agencies import AGENCY_NAMED_BEFORE, AGENCY_NAMES
from handlers.understanding.lexicon.answers import AGREED, DONE, NO, NONE, YES
from handlers.understanding.lexicon.danger_words import (
    DANGER_CUES,
    DANGER_PATTERNS,
    DANGER_TYPOS,
    FEAR_HARM,
    FEAR_WORDS,
    PRESSED_TO_STOP,
    THREAT_STEMS,
    THREAT_TO_FAMILY,
)
from handlers.understanding.lexicon.english_stop_words import ENGLISH_STOP_WORDS
from handlers.understanding.lexicon.evidence import EVIDENCE, EVIDENCE_ONLY
from handlers.understanding.lexicon.framed_answers import (
    AFFIRMED_AS_ASKED,
    CONSENT_GIVEN,
    NOT_AN_OFFICE,
    PARTLY_WRONG,
    RHETORICAL_END,
    RHETORICAL_LEAD,
    RHETORICAL_TAIL,
)
from handlers.understanding.lexicon.global_words import GLOBAL, SAFETY
from handlers.understanding.lexicon.identity import IDENTITY, KNOWN_FEARED
from handlers.understanding.lexicon.intents import (
    CANCEL,
    GREETING,
    HELP,
    INTRODUCING_WHO,
    INTRODUCING_WISH,
    PRESSURE,
    START,
    START_PATTERN,
    TELL,
    THANKS,
    TRACK,
    WITHDRAW,
)
from handlers.understanding.lexicon.kinds import KIND_KEYWORDS, KIND_TOLD_AS
from handlers.understanding.lexicon.not_danger import (
    DANGER_DENIED,
    HARMLESS_FIRE,
    HARMLESS_HARM,
    IF_REPORTING,
    PAYMENT,
    PAYMENT_CONDITION,
    SERVICE_WITHHELD,
    VIOLENCE,
)
from handlers.understanding.lexicon.officials import (
    OFFICIAL_ROLES,
    OFFICIALS,
    SCHOOL_GRADE_BEFORE,
    SPOKEN_EMPHASIS,
    SPOKEN_HONORIFICS,
    VILLAGE_NUMBER_WORDS,
)
from handlers.understanding.lexicon.options import NON_ANSWERS, OPTIONS
from handlers.understanding.lexicon.questions_back import FAQ_CUES, LANGUAGE_ASKED, QUESTION_MARKS
from handlers.understanding.lexicon.reported_before import REPORTED_BODIES, REPORTED_YES
from handlers.understanding.lexicon.story_words import STORY_SAME_WORDS
from handlers.understanding.lexicon.talk import (
    ALREADY_SAID,
    ALREADY_SAID_ENGLISH,
    ALREADY_SAID_PATTERN,
    CHANGE_MIND,
    CHANGE_MIND_WEAK,
    CORRECTION_DENIED,
    CORRECTION_TURNS,
    FIELDS,
    REMARKS,
)

__all__ = [
    "ENGLISH_STOP_WORDS",
    "AGREED",
    "REMARKS",
    "AFFIRMED_AS_ASKED",
    "AGENCY_NAMED_BEFORE",
    "AGENCY_NAMES",
    "ALREADY_SAID",
    "ALREADY_SAID_ENGLISH",
    "ALREADY_SAID_PATTERN",
    "CANCEL",
    "CHANGE_MIND",
    "CHANGE_MIND_WEAK",
    "CONSENT_GIVEN",
    "CORRECTION_DENIED",
    "CORRECTION_TURNS",
    "DANGER_CUES",
    "DANGER_DENIED",
    "DANGER_PATTERNS",
    "DANGER_TYPOS",
    "DONE",
    "EVIDENCE",
    "EVIDENCE_ONLY",
    "FAQ_CUES",
    "FEAR_HARM",
    "FEAR_WORDS",
    "FIELDS",
    "GLOBAL",
    "GREETING",
    "HARMLESS_FIRE",
    "HARMLESS_HARM",
    "HELP",
    "IDENTITY",
    "IF_REPORTING",
    "INTRODUCING_WHO",
    "INTRODUCING_WISH",
    "KIND_KEYWORDS",
    "KIND_TOLD_AS",
    "KNOWN_FEARED",
    "LANGUAGE_ASKED",
    "NO",
    "NONE",
    "NON_ANSWERS",
    "NOT_AN_OFFICE",
    "OFFICIALS",
    "OFFICIAL_ROLES",
    "OPTIONS",
    "PARTLY_WRONG",
    "PAYMENT",
    "PAYMENT_CONDITION",
    "PRESSED_TO_STOP",
    "PRESSURE",
    "QUESTION_MARKS",
    "REPORTED_BODIES",
    "REPORTED_YES",
    "RHETORICAL_END",
    "RHETORICAL_LEAD",
    "RHETORICAL_TAIL",
    "SAFETY",
    "SERVICE_WITHHELD",
    "SPOKEN_EMPHASIS",
    "SPOKEN_HONORIFICS",
    "START",
    "START_PATTERN",
    "STORY_SAME_WORDS",
    "TELL",
    "THANKS",
    "THREAT_STEMS",
    "THREAT_TO_FAMILY",
    "TRACK",
    "SCHOOL_GRADE_BEFORE",
    "VILLAGE_NUMBER_WORDS",
    "VIOLENCE",
    "WITHDRAW",
    "YES",
]
