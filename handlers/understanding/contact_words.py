"""What is said about being contacted and about the name at the name questions: whether the
committee may call, and a wish to use the name given last time."""

from __future__ import annotations


def call_allowed(text: str | None) -> bool | None:
    """True when the teller says the committee may call them, False when they ask not to be
    called, None when neither is said."""
    return None


def asks_same_name(text: str | None) -> bool:
    """Whether the answer asks to use the name given in an earlier complaint."""
    return False
