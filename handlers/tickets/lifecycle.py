"""The ticket lifecycle: one transition table, one place, and who may make each move."""

from __future__ import annotations

from storage.ticket_status import DECIDED

TRANSITIONS: dict[str, frozenset[str]] = {
    "submitted": frozenset({"in_review", "rejected", "withdrawn"}),
    "in_review": frozenset({"needs_info", "forwarded", "resolved", "rejected", "withdrawn"}),
    "needs_info": frozenset({"in_review", "rejected", "withdrawn"}),
    "forwarded": frozenset({"resolved", "in_review", "withdrawn"}),
    "resolved": frozenset({"in_review"}),
    "rejected": frozenset({"in_review"}),
    "withdrawn": frozenset(),
}
NEEDS_REASON = frozenset({"rejected", "needs_info", "withdrawn"})

# Four eyes on every ending: who alone may make a move (others only propose or request it).
#   "complainant"  — only the complainant, in LINE (staff may record a request they confirm);
#   "confirmation" — a member proposes, a chair who did not propose confirms (an admin when
#                    no such chair may see the ticket).
ONLY_BY: dict[str, str] = {
    "withdrawn": "complainant",
    "resolved": "confirmation",
    "rejected": "confirmation",
    # Forwarding tells the complainant an agency has the case: a chair confirms it too.
    "forwarded": "confirmation",
}
NEEDS_CONFIRMATION = frozenset(s for s, by in ONLY_BY.items() if by == "confirmation")
# The complainant may send a decided ticket back to the chair ("did not answer" / "contest").
CONTESTABLE = DECIDED
# Why a complaint is not taken up; each has a plain-Thai explanation for the complainant.
REJECTION_REASONS = (
    "outside_scope",
    "not_enough_detail",
    "duplicate",
    "handled_elsewhere",
    "other",
)

# Why a complainant withdraws (the buttons' `withdraw.why.*`), and the timeline's note of a
# withdrawal confirmed in LINE: the note, then the reason's code.
WITHDRAWAL_REASONS = ("solved", "mistake", "pressured", "other")
WITHDRAWN_NOTE = "withdrawn by the complainant: "


#: The timeline's note of a withdrawal the complainant took back ("ไม่ถอนแล้ว"): the ticket goes
#: back to the status it was withdrawn from (`check_taken_back`).
WITHDRAWAL_TAKEN_BACK_NOTE = "withdrawal taken back by the complainant"


def check_taken_back(before: str) -> bool:
    """Whether a withdrawn ticket may go back to `before`, the status it was withdrawn from:
    only to one a complainant may withdraw from (never to a decision)."""
    return before in TRANSITIONS and can_withdraw(before)


def withdrawn_reason(note: str | None) -> str | None:
    """The reason's code in a withdrawal's timeline note ("other"), or None for other notes."""
    if not note or not note.startswith(WITHDRAWN_NOTE):
        return None
    reason = note[len(WITHDRAWN_NOTE) :].strip()
    return reason if reason in WITHDRAWAL_REASONS else None


class TransitionError(ValueError):
    """A status change that the lifecycle does not allow."""


def check_transition(current: str, new: str, reason: str | None = None, by: str = "member") -> None:
    """Raise TransitionError unless `by` may move `current` → `new` (with a reason if needed).

    `by` is "member" (a committee member acting alone), "confirmation" (a proposal being
    confirmed by a second member) or "complainant"."""
    if new not in TRANSITIONS.get(current, frozenset()):
        raise TransitionError(f"cannot move a ticket from {current} to {new}")
    required = ONLY_BY.get(new)
    if required is not None and by != required:
        raise TransitionError(f"{new} is set only by {required}")
    if new in NEEDS_REASON and not (reason or "").strip():
        raise TransitionError(f"moving to {new} needs a reason")


def is_final(status: str) -> bool:
    """Whether the ticket has ended for good (withdrawn): nothing may be taken up or asked."""
    return not TRANSITIONS.get(status)


def can_withdraw(status: str) -> bool:
    """Whether the complainant may still withdraw."""
    return "withdrawn" in TRANSITIONS.get(status, frozenset())
