"""Reported before: the words that say a matter was reported already, and who to besides
the officials and agencies (ศูนย์ดำรงธรรม, ป.ป.ช., the press …)."""

from __future__ import annotations

REPORTED_YES = (
    "เคยแจ้ง",
    "เคยร้อง",
    "แจ้งแล้ว",
    "แจ้งไปที่",
    "เคยไปแจ้ง",
    "เคยบอก",
    "ไปแจ้ง",
    "แจ้งไปแล้ว",
    "ร้องเรียนไปแล้ว",
    # went to ask an official about it ("พ่อเคยไปถามผู้ใหญ่บ้านแล้ว", round 20)
    "เคยไปถาม",
    "ไปถาม",
    "reported",
)
#: A telling run straight on into a question about what follows it ("แจ้งแล้วเสียเงินไหมครับ",
#: "ร้องเรียนแล้วเขาจะรู้ไหมว่าใครแจ้ง"): once reported, what then; asked, never "I have reported".
#: A break after "แล้ว" (a particle, a space: "แจ้งแล้วค่ะ ต้องแจ้งซ้ำไหม") is an answer first.
REPORTING_SUPPOSED = (
    r"^(?:ถ้า|หาก)?(?:ไป)?(?:แจ้ง|ร้องเรียน|ฟ้อง)(?:เรื่อง\S{0,8}?)?(?:ไป)?แล้ว"
    r"(?!ค่ะ|คะ|ครับ|คับ|นะ|จ้า|จ้ะ|เด้อ|ค่า)\S+?(?:ไหม|มั้ย|มั๊ย|ไม๊|หรือเปล่า|รึเปล่า|เหรอ|หรอ|บ่)\S*$"
)
#: Who a matter may have been reported to before, named right after the telling ("เคยบอก
#: นายอำเภอ", "แจ้งศูนย์ดำรงธรรมแล้ว"): besides the officials and agencies.
#: Bodies that are one and the same at every level: the level said after ("ศูนย์ดำรงธรรม
#: จังหวัด", "…ประจำอำเภอ", "ป.ป.ช.ภาค 3") is not kept with where it was reported.
REPORTED_BODIES_AT_LEVELS = ("ศูนย์ดำรงธรรม", "ดำรงธรรม", "ป.ป.ช.", "ปปช", "ป.ป.ท.", "ปปท", "สตง.")
REPORTED_BODIES = (
    "ศูนย์ดำรงธรรม",
    "ดำรงธรรม",
    "ป.ป.ช.",
    "ปปช",
    "ป.ป.ท.",
    "ปปท",
    "สตง.",
    "ตำรวจ",
    "ผู้ว่า",
    "ผู้ว่าราชการจังหวัด",
    "ส.ส.",
    "สื่อ",
    "นักข่าว",
    "1111",
    "สายด่วน",
)
#: Where it was reported, named in English or typed in Latin letters ("told the district chief's
#: office", "koey jaeng por por chor", "went to the police"): each with its Thai name, the more
#: exact first (a district chief's office before a district).
REPORTED_BODIES_SPELT_OTHERWISE = (
    (r"\bnacc\b|anti-?corruption commission|\bpor\s*por\s*chor\b|\bpo\s*po\s*cho\b", "ป.ป.ช."),
    (r"\bpacc\b|\bpor\s*por\s*tor\b|\bpo\s*po\s*to\b", "ป.ป.ท."),
    (r"damrong\s*(?:dhama|tham|thamma)|\bsoon\s*damrong", "ศูนย์ดำรงธรรม"),
    (r"district\s+chief'?s\s+office|district\s+hall|\bthi\s*wa\s*kan\s*amph", "ที่ว่าการอำเภอ"),
    (r"district\s+chief\b|\bnai\s*amph", "นายอำเภอ"),
    (r"\bdistrict(?:\s+office)?\b|\bamph(?:oe|ur|er)\b", "อำเภอ"),
    (r"\bpolice\b|\btam\s*ruat\b|\btamruad\b", "ตำรวจ"),
    (r"\bgovernor\b|\bphu\s*wa\b", "ผู้ว่า"),
    (r"\bkamnan\b", "กำนัน"),
    (r"\bvillage\s+head(?:man)?\b|\bphu\s*yai\s*ba+n\b", "ผู้ใหญ่บ้าน"),
)
#: Reported, said in Latin letters ("koey jaeng …", "jaeng … laew", "rong rian laew").
REPORTED_YES_LATIN = r"\bkoey\s*(?:pai\s*)?(?:jaeng|rong|bok)\b|\b(?:jaeng|rong\s*rian)\b.*\blaew\b"
