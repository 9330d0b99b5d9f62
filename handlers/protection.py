"""Who protects people who report, as data: only numbers that can be verified, and the
safety answer given first when someone writes of danger."""

from __future__ import annotations

from handlers.replies import Say
from handlers.understanding import DANGER, understand

# Verified numbers only: the police emergency line, the Damrongdhama Center, the PACC
# (ป.ป.ท.) and the NACC (ป.ป.ช.).
CONTACTS = {"police": "191", "damrongdhama": "1567", "pacc": "1206", "nacc": "1205"}
MENTAL_HEALTH_LINE = "1323"  # the Department of Mental Health's line: free, day and night


def in_danger(text: str | None, expecting: str | None = None) -> bool:
    """The text speaks of danger, threats or asks for help urgently (the one understanding of
    a message decides)."""
    return bool(text) and understand(text, expecting=expecting).intent == DANGER


def protection_contacts() -> Say:
    """Whom a person under pressure can turn to."""
    return Say("safety.protection", dict(CONTACTS))
