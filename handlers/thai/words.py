"""Words people type that mean the same thing, in Thai and English."""

from __future__ import annotations

import re

_WORDS: dict[str, tuple[str, ...]] = {
    "cancel": ("ยกเลิก", "เลิก", "cancel", "stop filing"),
    "back": ("ย้อนกลับ", "กลับ", "ย้อน", "back", "previous"),
    "restart": ("เริ่มใหม่", "restart", "start over"),
    "help": ("ช่วยเหลือ", "วิธีใช้", "help", "?", "ช่วยด้วย"),
    "menu": ("เมนู", "menu", "สวัสดี", "hello", "hi"),
    "complain": ("ร้องเรียน", "แจ้งเรื่อง", "แจ้งเรื่องร้องเรียน", "file a complaint", "complain", "report"),
    "track": ("ติดตามเรื่อง", "เรื่องของฉัน", "ติดตาม", "my complaints", "track", "status"),
    "lookup": ("ค้นหาด้วยรหัส", "ตรวจสอบด้วยรหัส", "find by code", "lookup"),
    "news": ("ข่าวสาร", "ข่าวสารและเวที", "news", "news and forums"),
    "skip": ("ข้าม", "ไม่มี", "skip", "none", "no", "-"),
    "done": ("เสร็จแล้ว", "เสร็จ", "พอแล้ว", "done", "finished"),
    "yes": ("ใช่", "ครับ", "ค่ะ", "ยืนยัน", "yes", "y", "ok", "ตกลง"),
    "no": ("ไม่", "ไม่ใช่", "no", "n"),
    "unknown": ("ไม่ทราบ", "ไม่รู้", "จำไม่ได้", "don't know", "dont know", "unknown"),
    "english": ("english", "ภาษาอังกฤษ", "eng"),
    "thai": ("ภาษาไทย", "thai", "ไทย"),
}


def normalise(text: str | None) -> str:
    """Lower case, trimmed, single spaces, no trailing Thai politeness particles."""
    if not text:
        return ""
    value = re.sub(r"\s+", " ", text.strip().lower())
    value = re.sub(r"\s*(ครับ|ค่ะ|คะ|นะคะ|นะครับ|จ้า|จ้ะ)$", "", value) or value
    return value.strip(" .!")


def meaning(text: str | None) -> str | None:
    """The global meaning of a typed word ('cancel', 'help', …) or None."""
    value = normalise(text)
    if not value:
        return None
    for name, words in _WORDS.items():
        if value in words:
            return name
    return None


def means(text: str | None, name: str) -> bool:
    """True when the text is one of the words for `name`."""
    return normalise(text) in _WORDS[name]
