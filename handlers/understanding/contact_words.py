"""What is said about being contacted and about the name at the name questions: whether the
committee may call, a wish to use the name given last time, and an email offered for a phone."""

from __future__ import annotations

import re

from handlers.understanding import lexicon
from handlers.understanding.value_kit import flat

_CALL_ALLOWED = re.compile(lexicon.CALL_ALLOWED, re.I)
_CALL_REFUSED = re.compile(lexicon.CALL_REFUSED, re.I)
_SAME_NAME = re.compile(lexicon.SAME_NAME_ASKED, re.I)
#: An email address, or the word for one ("มีแต่อีเมล", "มีแต่เมล"; not เมล็ด, a seed).
_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+|อีเมล|เมล(?!็)|\be-?mail\b", re.I)


def call_allowed(text: str | None) -> bool | None:
    """True when the teller says the committee may call them ("ให้กรรมการโทรหาได้"), False when
    they ask not to be called ("อย่าโทรมานะคะ"), None when neither is said."""
    said = flat(text or "").lower()
    if _CALL_REFUSED.search(said):
        return False
    return True if _CALL_ALLOWED.search(said) else None


def asks_same_name(text: str | None) -> bool:
    """Whether the answer asks to use the name given in an earlier complaint ("ใช้ชื่อเดิม",
    "ชื่อเหมือนครั้งที่แล้ว"): it gives no name."""
    return bool(_SAME_NAME.search(flat(text or "").lower()))


def offers_email(text: str | None) -> bool:
    """Whether the answer gives or offers an email address ("use my email sarah@example.com",
    "ไม่มีเบอร์ค่ะ มีแต่อีเมล"): no field keeps one, so the teller is told how contact goes."""
    return bool(_EMAIL.search(text or ""))
