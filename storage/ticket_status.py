"""Every ticket status, and the sets of them the rules ask about: one home for handlers and SQL."""

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
# Not yet decided: the committee's own clock runs.
UNDECIDED = frozenset({"submitted", "in_review", "needs_info"})
# Still to act on: by the committee, or (forwarded) by an agency, whose clock then runs.
OPEN = UNDECIDED | {"forwarded"}
# The committee's decisions that end a ticket (a complainant may answer them).
DECIDED = frozenset({"resolved", "rejected"})
# Ended: decided or withdrawn (closed_at is set).
CLOSED = DECIDED | {"withdrawn"}


def sql_list(statuses: frozenset[str]) -> str:
    """The statuses as an SQL list, in the order of STATUSES ("'submitted', 'in_review'"), for
    predicates written as text (the open tickets' partial index)."""
    return ", ".join(f"'{status}'" for status in STATUSES if status in statuses)
