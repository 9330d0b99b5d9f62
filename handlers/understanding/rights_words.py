"""The typed words for people's rights (PDPA), recognised however they are typed.

Villagers type "ขอลบข้อมูลของผมด้วยครับ", "ข้อมูล ของฉัน", "delete my data please":
spaces, polite particles, a leading "please", and the speaker's own pronoun do not matter.
"""

from __future__ import annotations

import re

from handlers.understanding.words import normalise

_WORDS: dict[str, tuple[str, ...]] = {
    "erase": (
        "ลบข้อมูลของฉัน",
        "ลบข้อมูล",
        "ลบข้อมูลส่วนตัว",
        "ลบข้อมูลส่วนตัวของฉัน",
        "deletemydata",
        "erasemydata",
        "deletemypersonaldata",
    ),
    "withdraw": (
        "ถอนความยินยอม",
        "ยกเลิกความยินยอม",
        "ไม่ยินยอมแล้ว",
        "withdrawconsent",
        "withdrawmyconsent",
    ),
    "mydata": (
        "ข้อมูลของฉัน",
        "ข้อมูลส่วนตัวของฉัน",
        "ดูข้อมูลของฉัน",
        "เบิ่งข้อมูลของฉัน",
        "มีข้อมูลอะไรของฉันบ้าง",
        "mydata",
        "mypersonaldata",
    ),
    "notice": ("นโยบายความเป็นส่วนตัว", "ความเป็นส่วนตัว", "privacy", "privacypolicy", "pdpa"),
}
# The speaker's own pronoun, whichever they use, means "my".
_PRONOUNS = re.compile(r"ของ(ผม|หนู|ดิฉัน|เรา|ข้าพเจ้า|กู|ข้อย|เค้า)")
_LEADING = re.compile(r"^(ขอ|ต้องการ|อยาก|อยากจะ|ช่วย|กรุณา|please)+")
# Central Thai and Isan endings ("…แน", "…เด้อ", "…แหน่") add politeness, not meaning.
_TRAILING = re.compile(r"(ด้วย|หน่อย|ให้|นะ|please|ครับ|ค่ะ|คะ|จ้า|แน่|แน|แหน่|เด้อ|เด้|เน้อ)+$")


def _squash(text: str | None) -> str:
    value = normalise(text).replace(" ", "")
    value = _PRONOUNS.sub("ของฉัน", value)
    value = _TRAILING.sub("", _LEADING.sub("", value))
    return value.rstrip(".!?")


def rights_word(text: str | None) -> str | None:
    """'erase', 'withdraw', 'mydata' or 'notice' for a typed request, else None."""
    if not text or len(text) > 60:
        return None
    value = _squash(text)
    for name, words in _WORDS.items():
        if value in words:
            return name
    return None
