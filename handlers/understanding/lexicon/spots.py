"""The spots where a matter happens, as villagers name them beside a village or a tambon: a
pavilion, a meeting hall, a market, the front of someone's house or of an office."""

from __future__ import annotations

#: The spot's head word, named alone ("ศาลากลางหมู่บ้าน", "ตลาดนัด", "หอประชุมหมู่บ้าน"); the
#: words right after it that name it come with it ("ตลาดนัดวันพุธ", "ศาลาวัดบ้านหนองแวง").
SPOT_HEADS = (
    "ศาลากลางหมู่บ้าน",
    "ศาลาหมู่บ้าน",
    "ศาลาประชาคม",
    "ศาลาอเนกประสงค์",
    "ศาลาเอนกประสงค์",
    "ศาลาวัด",
    "ศาลาการเปรียญ",
    "หอประชุม",
    "ตลาดนัด",
    "ตลาดสด",
    "ตลาดเช้า",
    "ตลาดเย็น",
    "ลานวัด",
    "ลานหมู่บ้าน",
    "สนามกีฬา",
    "สามแยก",
    "สี่แยก",
    "ปั๊มน้ำมัน",
    "ท่ารถ",
    "ป้ายรถเมล์",
    "บ่อขยะ",
    # landmarks a village names by their own name (walk35: "อ่างห้วยตลาด" was dropped)
    "อ่างเก็บน้ำ",
    "อ่าง",
    "เขื่อน",
    "บึง",
    "หนองน้ำ",
    "ลำห้วย",
    "ป่าชุมชน",
    "ป่าช้า",
)
#: Heads that are a spot only said with where ("ที่วัด…", "หน้าโรงเรียน", "แถวตลาด"): alone
#: they are other things ("วัดที่ดิน" is to measure land, "ราคาตลาด" a price).
SPOT_HEADS_PLACED = ("วัด", "ตลาด", "โรงเรียน", "ร้าน", "ศาลา", "สนาม", "ลาน", "ถนน")
#: The words that place a spot before it ("ที่ศาลา…", "หน้าโรงเรียน"); the first ones are
#: dropped from what is kept, the rest said with it ("หน้าบ้านกำนัน", "แถวตลาดสด").
SPOT_AT = ("ที่", "ตรง", "ใน")
SPOT_NEAR = ("หน้า", "หลัง", "ข้าง", "แถว", "ใกล้", "ริม", "ตรงข้าม")
#: What "บ้าน" is before when it is a house or a home, never a village's name: opening the
#: word ("บ้านผมเอง", "บ้านของยาย"), or the whole of it ("บ้านเขา", "บ้านเกิด"; "บ้านเขาดิน" and
#: "บ้านแก้ว" are villages).
NOT_A_VILLAGE_AFTER = ("ผม", "ฉัน", "ดิฉัน", "กระผม", "หนู", "ข้อย", "เพิ่น", "ตัวเอง", "ของ", "เลขที่")
NOT_A_VILLAGE_NAME = (
    "เรา",
    "เขา",
    "แก",
    "ท่าน",
    "เกิด",
    "พัก",
    "เช่า",
    "ญาติ",
    "คน",
    "ใคร",
    "ไหน",
    "แม่",
    "พ่อ",
    "ยาย",
    "ลุง",
    "ป้า",
    "พี่",
    "น้อง",
    "ลูก",
    "หลาน",
    "เมือง",
    "นี้",
    "นั้น",
    "ใหม่",
    "เก่า",
)
#: Whose house is the spot: an official's or a village figure's ("หน้าบ้านผู้ใหญ่", "ที่บ้านกำนัน"),
#: never the teller's own (a home is kept from an anonymous complaint).
SPOT_HOUSE_OF = (
    "ผู้ใหญ่บ้าน",
    "ผู้ใหญ่",
    "ผู้ช่วยผู้ใหญ่",
    "ผญบ",
    "กำนัน",
    "นายก",
    "รองนายก",
    "ปลัด",
    "ส.อบต.",
    "สอบต",
    "สมาชิก",
    "ประธาน",
    "อสม",
    "สารวัตรกำนัน",
    "ครู",
    "หมอ",
    "ผอ",
    "เจ้าหน้าที่",
    "หัวหน้า",
    "พ่อใหญ่",
    "เลขา",
)
#: Words that end a spot's name in running Thai (what was done there, when, a particle).
SPOT_ENDS = (
    "แล้ว",
    "แต่",
    "และ",
    "ตอน",
    "เมื่อ",
    "ทุก",
    "เขา",
    "มี",
    "เก็บ",
    "เรียก",
    # what officials do at a spot (walk40: "สี่แยกนางรองรีดไถ่วินมอไซต์" kept the deed in the place)
    "รีดไถ",
    "ไถเงิน",
    "ตั้งด่าน",
    "ยึด",
    "จับ",
    "ขู่",
    "โดน",
    "ขาย",
    "แจก",
    "จ่าย",
    "ให้",
    "โดย",
    "ไป",
    "มา",
    "อยู่",
    "เอง",
    "ของ",
    "นั่น",
    "นี่",
    "โน่น",
    "พุ้น",
    "ค่ะ",
    "คะ",
    "ครับ",
    "คับ",
    "จ้า",
    "จ้ะ",
    "เด้อ",
    "นะ",
    "เลย",
    "ก็",
    "ซึ่ง",
    "ที่",
    "ว่า",
    "ใคร",
    "ไม่",
    "บ่",
)

#: A district told by the one it was split from or belonged to, after its name ("บ้านด่านค่ะ
#: อำเภอที่แยกออกมาจากอำเภอเมือง", "…เมื่อก่อนขึ้นกับละหานทราย"): that clause names another
#: district, not the one meant.
DISTRICT_PARENT_SAID = (
    r"(?:อำเภอ|อ\.)?\s*(?:ที่|ซึ่ง)?\s*(?:เขา|มัน)?\s*(?:แยก(?:ออก)?(?:มา)?(?:จาก)|(?:เมื่อ|แต่)ก่อน(?:เคย)?(?:ขึ้น)?(?:กับ|อยู่)"
    r"|เคย(?:ขึ้น)?(?:กับ|เป็นของ|อยู่กับ)|แต่ก่อนเป็น(?:ของ)?)\s*\S+"
)

#: Not knowing the office said first, then a place ("บ่ฮู้ครับ แต่…", "ไม่ทราบค่ะ ส่วน…").
UNKNOWN_THEN_PLACE = (
    r"^\s*(?:ไม่|บ่)(?:รู้|ฮู้|ทราบ|แน่ใจ|แน่)(?:เหมือนกัน|คือกัน|เลย)?(?:ค่ะ|คะ|ครับ|คับ|จ้า|เด้อ|นะ)*"
    r"[\s,]+(?:แต่|ส่วน)?\s*(?P<rest>\S.*)$"
)
#: "…อยู่ตำบลโคกเหล็ก": where a village lies, split from its name.
PLACE_LIES_IN = r"(?:อยู่|ที่|ใน)(?=ตำบล|ต\.|อำเภอ|อ\.)"
#: Where a village or a home lies, said right before a district ("บ้านเราอยู่อำเภอกระสัง",
#: "หมู่บ้านอยู่ในอำเภอนางรอง"): the district named as a place, not its district office (the
#: text before it; "ที่อำเภอ" alone may be the office: "at" it).
LIES_IN_BEFORE = r"(?:อยู่|ตั้งอยู่)\s*(?:ใน|ที่|แถว)?\s*$"
#: The words joining a place's parts ("บ้าน… อยู่ ตำบล…"), said with it.
PLACE_JOINS = r"อยู่|แถว|ที่|ใน|คือ|จังหวัด\S*|จ\.\s?\S*|[,.]"
