"""Words people type that mean the same thing, in Thai (Central and Isan) and English."""

from __future__ import annotations

from handlers.thai.normalise import compact, strip_particles

_WORDS: dict[str, tuple[str, ...]] = {
    "cancel": ("ยกเลิก", "เลิก", "ไม่แจ้งแล้ว", "cancel", "stop filing"),
    "back": ("ย้อนกลับ", "กลับ", "ย้อน", "back", "previous"),
    "restart": ("เริ่มใหม่", "restart", "start over"),
    "help": ("ช่วยเหลือ", "วิธีใช้", "help", "?", "ทำยังไง", "ทำอย่างไร"),
    "menu": ("เมนู", "menu", "สวัสดี", "hello", "hi", "หวัดดี", "ฮัลโหล"),
    "complain": (
        "ร้องเรียน",
        "แจ้งเรื่อง",
        "แจ้งเรื่องร้องเรียน",
        "อยากร้องเรียน",
        "อยากแจ้งเรื่อง",
        "file a complaint",
        "complain",
        "report",
    ),
    "track": (
        "ติดตามเรื่อง",
        "เรื่องของฉัน",
        "ติดตามเรื่องของฉัน",
        "ติดตาม",
        "my complaints",
        "track",
        "status",
    ),
    "lookup": ("ค้นหาด้วยรหัส", "ตรวจสอบด้วยรหัส", "find by code", "lookup"),
    "news": ("ข่าวสาร", "ข่าวสารและเวที", "news", "news and forums"),
    "skip": ("ข้าม", "ไม่มี", "บ่มี", "skip", "none", "no", "-", "ไม่มีเลย", "บ่มีเลย"),
    "done": ("เสร็จแล้ว", "เสร็จ", "พอแล้ว", "พอ", "หมดแล้ว", "ส่งครบแล้ว", "done", "finished"),
    "yes": (
        "ใช่",
        "ใช่แล้ว",
        "ครับ",
        "ค่ะ",
        "ยืนยัน",
        "yes",
        "y",
        "ok",
        "okay",
        "ตกลง",
        "ได้",
        "ได้เลย",
        "โอเค",
        "เอา",
        "เอาเลย",
        "แม่น",
        "แม่นแล้ว",
        "จ้ะ",
        "จ้า",
        "ถูกต้อง",
    ),
    "no": (
        "ไม่",
        "ไม่ใช่",
        "บ่",
        "บ่แม่น",
        "ไม่เอา",
        "บ่เอา",
        "ไม่ได้",
        "no",
        "n",
    ),
    "never": ("ไม่เคย", "ยังไม่เคย", "บ่เคย", "ยังบ่เคย", "ยังบ่ได้", "ยังไม่ได้", "ยังไม่ได้แจ้ง"),
    "unknown": ("ไม่ทราบ", "ไม่รู้", "จำไม่ได้", "บ่ฮู้", "จำบ่ได้", "don't know", "unknown"),
    "continue": ("ทำต่อ", "กรอกต่อ", "ต่อ", "ไปต่อ", "continue", "go on"),
    "english": ("english", "ภาษาอังกฤษ", "eng"),
    "thai": ("ภาษาไทย", "thai", "ไทย"),
}
# Compared without spaces or particles, so "ยกเลิก ครับ" and "ยก เลิก" are both "cancel".
_KEYS: dict[str, dict[str, str]] = {}
for _name, _words in _WORDS.items():
    for _word in _words:
        _KEYS.setdefault(compact(_word) or _word, {})[_name] = _name


def normalise(text: str | None) -> str:
    """Lower case, trimmed, single spaces, no trailing Thai politeness particles."""
    return strip_particles(text)


def _key(text: str | None) -> str:
    return compact(text) or (text or "").strip().lower()


def meaning(text: str | None) -> str | None:
    """The global meaning of a typed word ('cancel', 'help', …) or None."""
    if not text:
        return None
    found = _KEYS.get(_key(text))
    return next(iter(found)) if found else None


def means(text: str | None, name: str) -> bool:
    """True when the text is one of the words for `name`."""
    return bool(text) and name in _KEYS.get(_key(text), {})


def words_for(name: str) -> tuple[str, ...]:
    """The words that mean `name` (for steps that extend them with their own)."""
    return _WORDS[name]
