"""Withdrawing a filed complaint: which one, then why."""

from __future__ import annotations

from handlers.conversations.state import FLOW, ConversationState

REFERENCE = "withdraw_reference"
#: The withdrawal was asked beside a threat told (the safety answer came first): its reason is
#: pressure unless the person picks another.
PRESSED = "withdraw_pressed"
#: The withdrawal was asked after its reason was said with it ("ขอถอนเรื่อง… ตอนนี้ ผอ.ให้เด็ก
#: กินดีขึ้นแล้ว"): that reason, proposed back.
PROPOSED = "withdraw_proposed"
#: The words the withdrawal was asked with ("…she is afraid of trouble with the office"): kept
#: with the reason picked after, and whether they told fear (the chair hears, as of a threat).
SAID = "withdraw_said"
FEARED = "withdraw_feared"
#: The reason given, said back to be confirmed before anything is withdrawn, with the words,
#: the threat and the fear told with it; and whether the safety answer was given already.
CHOSEN = "withdraw_chosen"
CHOSEN_WORDS = "withdraw_chosen_words"
CHOSEN_THREAT = "withdraw_chosen_threat"
CHOSEN_FEARED = "withdraw_chosen_feared"
SAFETY_GIVEN = "withdraw_safety_given"
STATE = ConversationState(
    "withdraw",
    (
        FLOW,
        REFERENCE,
        PRESSED,
        PROPOSED,
        SAID,
        FEARED,
        CHOSEN,
        CHOSEN_WORDS,
        CHOSEN_THREAT,
        CHOSEN_FEARED,
        SAFETY_GIVEN,
    ),
)
