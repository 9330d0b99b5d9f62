"""Who protects people who report, as data: only numbers that can be verified, and the
safety answer given first when someone writes of danger."""

from __future__ import annotations

from handlers.replies import Out, Say
from handlers.understanding import DANGER, understand

# Verified hotlines only: the Damrongdhama Center, the PACC (ป.ป.ท.) and the NACC (ป.ป.ช.).
CONTACTS = {"damrongdhama": "1567", "pacc": "1206", "nacc": "1205"}


def in_danger(text: str | None, expecting: str | None = None) -> bool:
    """The text speaks of danger, threats or asks for help urgently (the one understanding of
    a message decides)."""
    return bool(text) and understand(text, expecting=expecting).intent == DANGER


def safety_first() -> list[Out]:
    """The safety answer: what to do now, and whom to call."""
    return [Say("safety.first", dict(CONTACTS))]


def protection_contacts() -> Say:
    """Whom a person under pressure can turn to."""
    return Say("safety.protection", dict(CONTACTS))
