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

#: What comes right before a time that is when the teller saw or was sent the news, not when it
#: happened ("เห็นในเฟซเมื่อวาน", "เห็นโพสต์เมื่อวานซืน", "เพื่อนส่งไลน์มาเมื่อวาน"), spaced text.
SEEN_AT_SECOND_HAND = (
    r"(?:เห็น|อ่าน|ดู|เจอ)\s*(?:ใน|จาก|ทาง)?\s*"
    r"(?:เฟซ|เฟส|facebook|fb|โพสต์|โพส|ไลน์|line|ข่าว|ติ๊กต็อก|tiktok|ยูทูบ|youtube|เพจ|กลุ่ม|โซเชียล|ทีวี)\S*\s*$"
    r"|(?:ส่ง|แชร์|แชร์|ฟอร์เวิร์ด)\s*(?:ไลน์|ลิงก์|ลิ้งค์|โพสต์|โพส|ข้อความ|ข่าว)?\s*มา(?:ให้)?(?:ดู)?\s*$"
)
