"""The ticket lifecycle: one transition table, one place."""

from __future__ import annotations

STATUSES = (
    "submitted",
    "in_review",
    "needs_info",
    "forwarded",
    "resolved",
    "rejected",
    "withdrawn",
)
CLOSED = frozenset({"resolved", "rejected", "withdrawn"})

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


class TransitionError(ValueError):
    """A status change that the lifecycle does not allow."""


def check_transition(current: str, new: str, reason: str | None = None) -> None:
    """Raise TransitionError unless `current` → `new` is allowed (with a reason if needed)."""
    if new not in TRANSITIONS.get(current, frozenset()):
        raise TransitionError(f"cannot move a ticket from {current} to {new}")
    if new in NEEDS_REASON and not (reason or "").strip():
        raise TransitionError(f"moving to {new} needs a reason")


def can_withdraw(status: str) -> bool:
    """Whether the complainant may still withdraw."""
    return "withdrawn" in TRANSITIONS.get(status, frozenset())
