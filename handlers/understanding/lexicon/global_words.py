"""Words that are the whole message, read at any step: the global commands (cancel, back,
help, menu, yes, no, skip, done …, with their Isan and Northern Khmer forms) and the citizen's
safety words (discreet notices, reminders, safety). The other lists build on `GLOBAL`."""

from __future__ import annotations

GLOBAL: dict[str, tuple[str, ...]] = {
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
    # Northern Khmer (เขมรถิ่นไทย, Buriram and Surin) beside Isan: "อ็อต" is not, "เมียน" there
    # is, "เคย" ever, "เดิง" know, "ตวน/ทัน" yet, "รวจ/เหย" done, "บาท/บาด/จ๊ะ" yes (alone or
    # beside a yes word, never a sum: "200 บาท" is money), "ตรั๊ว" right, "เตียต" more, "เท" no
    # (at the end). "อ็อต" typed "อัต" is one spelling, and before a Thai verb "ไม่" (`normalise`).
    "skip": (
        "ข้าม",
        "ไม่มี",
        "บ่มี",
        "skip",
        "none",
        "no",
        "-",
        "ไม่มีเลย",
        "บ่มีเลย",
        "อ็อตเมียน",
        "อ๊อตเมียน",
        "อ็อตเมียนเท",
        "อ๊อตเมียนเท",
        "อ็อตเมียนเอ็ย",
        "อ็อตเมียนอเว",
    ),
    "done": (
        "เสร็จแล้ว",
        "เสร็จ",
        "พอแล้ว",
        "พอ",
        "หมดแล้ว",
        "ส่งครบแล้ว",
        "done",
        "finished",
        "รวจ",
        "รวจเหย",
        "รวจเฮย",
        "รวจเหยเท",
        "อ็อตเมียนเตียต",
        "อ๊อตเมียนเตียต",
        "อ็อตเมียนเตียตเท",
    ),
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
        "บาท",
        "บาด",
        "จ๊ะ",
        "จ๋ะ",
        "ตรั๊ว",
        "ตรูว",
        "ตรั๊วเหย",
        "ตรั๊วเฮย",
        "เมนเหย",
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
        "อ็อต",
        "อ๊อต",
        "อ็อตเท",
        "อ๊อตเท",
        "อ็อตเมน",
        "อ็อตแมน",
        "อ็อตจง",
        "อ็อตยก",
        "อ็อตบาน",
    ),
    "never": (
        "ไม่เคย",
        "ยังไม่เคย",
        "บ่เคย",
        "ยังบ่เคย",
        "ยังบ่ได้",
        "ยังไม่ได้",
        "ยังไม่ได้แจ้ง",
        "อ็อตเคย",
        "อ๊อตเคย",
        "อ็อตเคยเท",
        "อ็อตเคยแจ้ง",
        "อ็อตตวน",
        "อ็อตทัน",
        "อ็อตตัน",
    ),
    "unknown": (
        "ไม่ทราบ",
        "ไม่รู้",
        "จำไม่ได้",
        "บ่ฮู้",
        "จำบ่ได้",
        "don't know",
        "unknown",
        "อ็อตเดิง",
        "อ๊อตเดิง",
        "อ็อตเดง",
        "อ็อตดึง",
        "อ็อตเดิงเท",
        "อ็อตจำ",
        "เพล็จ",
        "เพล็จเหย",
    ),
    "continue": ("ทำต่อ", "กรอกต่อ", "ต่อ", "ไปต่อ", "continue", "go on"),
    # A language asked for as people ask it ("English please", "ขอเป็นภาษาไทย"), not only named.
    "english": (
        "english",
        "ภาษาอังกฤษ",
        "eng",
        "english please",
        "english pls",
        "in english",
        "in english please",
        "speak english",
        "please speak english",
        "can you speak english",
        "reply in english",
        "english only",
        "ขอภาษาอังกฤษ",
        "ขอเป็นภาษาอังกฤษ",
        "พูดภาษาอังกฤษ",
        "ตอบเป็นภาษาอังกฤษ",
        "ภาษาอังกฤษได้ไหม",
    ),
    "thai": (
        "ภาษาไทย",
        "thai",
        "ไทย",
        "thai please",
        "thai pls",
        "in thai",
        "in thai please",
        "speak thai",
        "please speak thai",
        "reply in thai",
        "ขอภาษาไทย",
        "ขอเป็นภาษาไทย",
        "พูดไทย",
        "พูดภาษาไทย",
        "ตอบเป็นภาษาไทย",
        "ภาษาไทยได้ไหม",
    ),
}
#: The citizen's safety words: discreet notices, reading what waits, reminders, safety.
SAFETY: dict[str, tuple[str, ...]] = {
    "read": ("อ่าน", "อ่านข้อความ", "เปิดอ่าน", "read"),
    "discreet_on": ("แจ้งแบบปิดบัง", "แจ้งเตือนแบบปิดบัง", "ปิดบังข้อความ", "discreet"),
    "discreet_off": ("แจ้งแบบปกติ", "แจ้งเตือนแบบปกติ", "normal notices"),
    "reminders_off": ("ปิดการเตือน", "ไม่ต้องเตือน", "หยุดเตือน", "stop reminders"),
    "reminders_on": ("เปิดการเตือน", "เตือนด้วย", "remind me"),
    # "ความเป็นส่วนตัว" / "privacy" open the PDPA notice (handlers/privacy); this is the
    # practical side: what LINE sees, who sees what, how to stay unidentifiable.
    "safety": ("ความปลอดภัย", "ปลอดภัยไหม", "ปลอดภัยไหมคะ", "ปลอดภัยไหมครับ", "safety"),
}
#: The discreet-notices choice in the person's own words, heard only when no complaint is being
#: filed (at the name choice "ไม่เปิดเผย" and "discreet please" mean anonymous).
SAFETY_OUTSIDE_FILING: dict[str, tuple[str, ...]] = {
    "discreet_on": (
        "discreet please",
        "keep it discreet",
        "discreet notices",
        "แบบปิดบัง",
        "ขอแบบปิดบัง",
        "แบบไม่เปิดเผย",
        "ขอแบบไม่เปิดเผย",
        "ขอแบบลับ",  # "ขอแบบลับ ๆ": the repeat mark goes with the particles
        "แบบลับ",
        "ปิดบัง",  # "ปิดบังค่ะ": the question's own word
        "ขอปิดบัง",
        "ปิดบังไว้",
        "ปิดบังดีกว่า",
    ),
    "discreet_off": (
        "แบบปกติ",
        "ขอแบบปกติ",
        "ปกติ",
        "ไม่ต้องปิดบัง",
        "ไม่ปิดบัง",
        "normal",
        "normal please",
        "normal is fine",
    ),
}
#: "Keep it hidden" in one's own words, outside filing, with who would see the phone after it
#: ("ปิดไว้เด้อ ลูกหลานเห็นโทรศัพท์", "บ่แม่น แม่ใหญ่อยากให้มันปิดไว้"): discreet notices. Read
#: without spaces; short, and opening with it ("เขาปิดเรื่องไว้" is a cover-up told, not this).
DISCREET_SAID = (
    r"^(?:บ่แม่น|ไม่ใช่|บ่|ไม่)?(?:ค่ะ|ครับ|จ้า|เด้อ)?"
    r"(?:แม่ใหญ่|พ่อใหญ่|ยาย|ตา|ป้า|ลุง|น้า|หนู|ผม|ฉัน|ดิฉัน|เรา|ข้อย|แม่|พ่อ)?"
    r"(?:อยาก|ขอ)?(?:ให้)?(?:มัน)?(?:ปิด(?:บัง)?(?:เอา)?ไว้|ปิดบัง|แบบปิด)"
    r"(?:เด้อ|เน้อ|นะ|เนาะ|จ้า|จ้ะ|ค่ะ|ครับ|ก่อน|ดีกว่า|หน่อย|เถอะ)*"
    r"(?:$|ลูก|หลาน|ผัว|เมีย|สามี|แฟน|คนอื่น|คนใน|คนที่บ้าน|กลัว|ย้าน|ย่าน|เพราะ|เดี๋ยว)"
)
DISCREET_SAID_LONGEST = 60  # characters without spaces: longer is a story, not this answer
#: What is said after the discreet choice in one's own words and changes nothing of it
#: ("ปกติจ้า", "ปิดบังไว้ดีกว่า", "แบบปกติก็ได้เด้อ"): said last, stripped one after another.
SAFETY_CHOICE_ENDINGS = (
    r"(?:จ้า|จ้ะ|จ๊ะ|ค่า|เด้อ|เนาะ|นะ|เลย|ละ|ไว้|ไว้ก่อน|ก่อน|ดีกว่า|ก็ได้|ก็พอ|พอ|แหละ|เถอะ)$"
)
