"""What one message means: an intent and the values it carries, each with how sure we are."""

from __future__ import annotations

from dataclasses import dataclass, field

DANGER = "danger"
QUESTION = "question"
ALREADY_SAID = "already_said"
CHANGE_MIND = "change_mind"
EDIT = "edit"
WITHDRAW = "withdraw"
CANCEL = "cancel"
START = "start"
TRACK = "track"
HELP = "help"
GREETING = "greeting"
THANKS = "thanks"
YES = "yes"
NO = "no"
NONE = "none"
DONE = "done"
REMARK = "remark"  # a sigh, "รอแป๊บ", "my Thai is bad": said aside, never an answer
ANSWER = "answer"

INTENTS = (
    DANGER,
    QUESTION,
    ALREADY_SAID,
    CHANGE_MIND,
    EDIT,
    WITHDRAW,
    CANCEL,
    START,
    TRACK,
    HELP,
    GREETING,
    THANKS,
    YES,
    NO,
    NONE,
    DONE,
    REMARK,
    ANSWER,
)
VALUE_NAMES = (
    "kind",
    "agency",
    "official",
    "district",
    "subdistrict",
    "date",
    "phone",
    "witnesses",
    "identity",
    "name",
    "reported",
    "reported_to",
    "evidence",
    "reference",
    "code",  # the tracking code typed beside its reference
    "reason",
    "faq",
    "faq_also",  # a second question asked in the same message ("…จะรู้ไหม แล้วเสียเงินไหม")
    "field",
    "said",
    "checked",  # an answer put as a check ("…ใช่ไหมครับ"): the words before it, said back
)
FAQS = (
    "must_give_name",
    "will_they_know",
    "is_safe",
    "who_sees",
    "how_long",
    "follow_up",
    "cost",
    "can_withdraw",
    "send_later",
    "what_happens_next",
    "kept_how_long",
    "exact_date",
    "discreet",
    "for_someone_else",
    "language",
    "court",  # whether reporting means going to court or testifying (it does not, by the bot)
    "required",  # whether what the question asks for is needed at all (answered per question)
    "evidence_law",  # whether gathering evidence (a secret photo, a recording) breaks the law
    "legal_risk",  # whether reporting puts oneself at legal risk (arrest, a suit): it does not
    "is_bot",  # whether a person or a program is answering ("คุยกับคนจริงไหม"): said honestly
    "report_elsewhere",  # reporting here beside another body (ป.ป.ช., ศูนย์ดำรงธรรม): why here
    "is_wrong",  # whether what the official did is wrong: what may make it so, never a ruling
    "what_evidence",  # what would help as evidence (what to photograph or keep)
    "other",
)


@dataclass(frozen=True)
class Value:
    """One value read from a message: its normalised form, how sure, and the words it came from."""

    name: str
    value: object
    confidence: float
    span: str


@dataclass(frozen=True)
class Understanding:
    """What one incoming text means: the intent, every value found, and the text itself."""

    intent: str
    confidence: float
    values: dict[str, Value] = field(default_factory=dict)
    text: str = ""

    def value(self, name: str, default: object = None) -> object:
        """The normalised value called `name`, or `default` when the text did not carry it."""
        found = self.values.get(name)
        return found.value if found is not None else default
