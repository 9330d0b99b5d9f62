"""Posts of officials that name their body: the heads of a village or sub-district, and the
posts and units of a local body (an อบต., a เทศบาล). Here, not in the officials' lexicon
(`handlers.understanding.lexicon.officials`, which reads them from here), so that the agency
names (`handlers.thai.agencies`) read them too."""

from __future__ import annotations

#: Heads of a village or sub-district: people who do things, never an office (named at the
#: agency question, "ผู้ใหญ่บ้านหนิ" is the official; "ตำรวจ", "ครู" may name their office).
VILLAGE_HEADS = ("ผู้ใหญ่บ้าน", "ผู้ใหญ่", "ผู้ช่วยผู้ใหญ่บ้าน", "กำนัน")
#: Heads of an office's division: the division names them, so the office said after them
#: ("หัวหน้าสำนักปลัด อบต.") is the agency's value, never part of who they are (unlike "นายก อบต.").
UNIT_HEADS = ("หัวหน้าสำนักปลัด", "ผู้อำนวยการกอง", "หัวหน้าส่วน")
#: Posts of a local body (an อบต., a เทศบาล) and its units, as said glued to the place alone
#: ("ปลัดบ้านเป้า", "รองนายกฯกลันทา", "ผอ.กองช่างถนนหัก", "เจ้าหน้าที่ตำบลบ้านเป้า"): they name that
#: place's body (recusal reads them, `handlers.thai.agencies.mentions`).
LOCAL_BODY_POSTS = (
    *UNIT_HEADS,
    "รองนายก",
    "นายก",
    "รองปลัด",
    "ปลัด",
    "ผอ.",
    "ผู้อำนวยการ",
    "หัวหน้า",
    "นักวิชาการ",
    "เจ้าพนักงาน",
    "นายช่าง",
    "เจ้าหน้าที่",
    "จนท.",
    "พนักงาน",
    "ลูกจ้าง",
    "ประธานสภา",
    "สมาชิกสภา",
    "สมาชิก",
    "ส.อบต.",
)
#: A local body's units, said between the post and the place ("ผอ.กองช่างถนนหัก", "เจ้าหน้าที่
#: พัสดุบ้านเป้า"), or alone before it: "กองช่างบ้านเป้า" names that body too.
LOCAL_BODY_UNITS = (
    "กองสาธารณสุขและสิ่งแวดล้อม",
    "กองสวัสดิการสังคม",
    "กองการศึกษา",
    "กองสาธารณสุข",
    "กองช่าง",
    "กองคลัง",
    "กองการเจ้าหน้าที่",
    "สำนักปลัด",
    "ส่วนโยธา",
    "งานพัสดุ",
    "พัสดุ",
    "การเงิน",
    "ธุรการ",
)
