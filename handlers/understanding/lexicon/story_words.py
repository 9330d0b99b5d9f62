"""Words a story says in several ways (Isan, colloquial), read as one for story similarity."""

from __future__ import annotations

#: Words a story says in several ways, read as one for story similarity (Isan, colloquial).
STORY_SAME_WORDS: dict[str, tuple[str, ...]] = {
    "ไม่": ("บ่", "อ็อต", "อ๊อต"),
    "เรา": ("เฮา",),
    "มาก": ("หลาย",),
    "ผู้ใหญ่บ้าน": ("ผุ้ใหญ่บ้าน", "พ่อใหญ่บ้าน", "ผญบ", "ผู้ใหญ่"),
    "บัตรสวัสดิการ": ("บัตรคนจน", "บัตรสวัศดิการ"),
    "ผู้สูงอายุ": ("คนแก่", "คนชรา", "คนเฒ่า", "ผู้เฒ่า"),
    "เจ้าหน้าที่": ("จนท",),
    "ตำรวจ": ("ตร",),
    "โรงพยาบาล": ("โรงบาล", "รพ"),
    "โรงเรียน": ("รร",),
    "เมีย": ("ภรรยา",),
    "รู้": ("ฮู้",),
}
