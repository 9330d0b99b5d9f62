"""Who protects people who report, as data: only numbers that can be verified, and the
safety answer given first when someone writes of danger."""

from __future__ import annotations

from handlers.replies import Out, Say
from handlers.thai.normalise import compact

# Verified numbers only: the police emergency line, the Damrongdhama Center, the PACC
# (ป.ป.ท.) and the NACC (ป.ป.ช.).
CONTACTS = {"police": "191", "damrongdhama": "1567", "pacc": "1206", "nacc": "1205"}
DANGER_WORDS = tuple(
    compact(w)
    for w in (
        "ช่วยด้วย",
        "ช่วยที",
        "อันตราย",
        "ถูกขู่",
        "ขู่ฆ่า",
        "ข่มขู่",
        "ถูกทำร้าย",
        "ทำร้ายร่างกาย",
        "จะฆ่า",
        "ไม่ปลอดภัย",
        "กลัวตาย",
        "ถูกตาม",
        "ถูกกดดัน",
        "help me",
        "danger",
        "threatened",
    )
)


def in_danger(text: str | None) -> bool:
    """The text speaks of danger, threats or asks for help urgently."""
    key = compact(text)
    return bool(key) and any(word in key for word in DANGER_WORDS)


def safety_first() -> list[Out]:
    """The safety answer: what to do now, and whom to call."""
    return [Say("safety.first", dict(CONTACTS))]


def protection_contacts() -> Say:
    """Whom a person under pressure can turn to."""
    return Say("safety.protection", dict(CONTACTS))
