"""Plain answers found inside the text: done (nothing more to send), none, yes and no, with
their Isan and Northern Khmer forms."""

from __future__ import annotations

from handlers.understanding.lexicon.global_words import GLOBAL

DONE = (
    "เท่านี้",
    "มีเท่านี้",
    "ครบละ",
    "หมดละ",
    # got them all across ("ได้ครบละนะ", "ส่งหมดละจ้า")
    "ได้ครบ",
    "ได้ครบแล้ว",
    "ได้ครบละ",
    "ส่งหมดละ",
    "ส่งครบละ",
    "donesending",
    "ครบ",
    "ครบแล้ว",
    "แค่นี้",
    "แค่นั้น",
    "จบ",
    "จบแล้ว",
    "เสร็จ",
    "เสร็จแล้ว",
    "พอแล้ว",
    "พอ",
    "หมดแล้ว",
    "ส่งครบแล้ว",
    "ส่งหมดแล้ว",
    "มีแค่นี้",
    "หมด",
    "done",
    "finished",
    "thatsall",
    "thatsit",
    "allsent",
    # nothing more to tell: "nothing else to add, that is all"
    "thatisall",
    "thatisit",
    "thatiseverything",
    "thatseverything",
    "thatseverythingivegot",
    "thatsallivegot",
    "thatisallihave",
    "nothingelsetoadd",
    "nothingmoretoadd",
    "nothingtoadd",
    "nothingelsetosay",
    "nothingmoretosay",
    "ไม่มีอะไรเพิ่ม",
    "ไม่มีอะไรจะเพิ่ม",
    "ไม่มีอะไรเพิ่มเติม",
    "ไม่มีอะไรเพิ่มแล้ว",
    "ไม่มีอะไรจะเพิ่มแล้ว",
    "บ่มีหยังเพิ่ม",
    "บ่มีหยังเพิ่มแล้ว",
)
NONE = (
    "มีแต่ผมคนเดียว",
    "มีแต่ฉันคนเดียว",
    "ผมคนเดียว",
    "ฉันคนเดียว",
    "คนเดียว",
    "nowitness",
    "nowitnesses",
    "noone",
    "nobodysaw",
    "ไม่มี",
    "บ่มี",
    "ไม่มีเลย",
    "บ่มีเลย",
    "ไม่มีค่ะ",
    "ยัง",
    "ยังเลย",
    "ไม่เคย",
    "ไม่เคยเลย",
    "บ่เคย",
    "ยังไม่เคย",
    "ยังบ่เคย",
    "ยังบ่ได้",
    "ยังไม่ได้",
    "ไม่รู้",
    "ไม่ทราบ",
    "บ่ฮู้",
    "บ่รู้",
    "จำไม่ได้",
    "จำบ่ได้",
    "ไม่แน่ใจ",
    "ข้าม",
    "ไม่มีใคร",
    "บ่มีไผ",
    "ไม่มีคน",
    "ลืม",
    "ลืมแล้ว",
    "ไม่ได้สังเกต",
    "none",
    "nothing",
    "nobody",
    "noone",
    "skip",
    "dontknow",
    "idk",
    "notyet",
    "never",
    "cantremember",
    "na",
    # Northern Khmer: none, nobody, never, not yet, don't know (the GLOBAL words)
    *GLOBAL["skip"][-6:],
    *GLOBAL["never"][-7:],
    *GLOBAL["unknown"][-8:],
    "อ็อตเมียนเนียะณา",
    "อ็อตเมียนนะณา",
)
YES = (
    "ที่นี่แหละ",
    "ที่นี่",
    "นี่แหละ",
    "ถูกแล้ว",
    "ครบถูกต้อง",
    "i agree",
    "ได้สิ",
    "ได้อยู่แล้ว",
    "แม่นๆ",
    *GLOBAL["yes"],
    "ยินยอม",
    "ยินดี",
    "ยอมรับ",
    "อนุญาต",
    "ได้จ้า",
    "ได้ค่ะ",
    "ได้ครับ",
    "ได้เลยจ้า",
    "เออ",
    "เออได้",
    "อือ",
    "อื้อ",
    "ตามนั้น",
    "ถูก",
    "ช่าย",
    "ใช่ค่ะ",
    "แม่นแล้ว",
    "แม่นอยู่",
    "ได้อยู่",
    "ยอม",
    "ok",
    "sure",
    "yep",
    "yeah",
    "agree",
    "correct",
    "right",
    "okได้",
    "บาทยอม",
    "everythingiscorrect",
    "everythingscorrect",
    "allcorrect",
    "allgood",
    "looksgood",
    "thatsright",
    "itsallcorrect",
    "itsallright",
)
NO = (
    "บ่ยินยอม",
    "ไม่ตกลง",
    "ยังไม่ใช่",
    "i don't agree",
    "don't agree",
    "👎",
    *GLOBAL["no"],
    "ไม่ยินยอม",
    "ไม่ยอม",
    "ไม่อนุญาต",
    "บ่อนุญาต",
    "บ่ยอม",
    "ไม่ดีกว่า",
    "ไม่ต้อง",
    "บ่ต้อง",
    "ไม่ถูก",
    "ผิด",
    "ไม่ใช่นะ",
    "nope",
    "nah",
    "wrong",
    "disagree",
    "อ็อตยอม",
    "อ๊อตยอม",
    "อ็อตยินยอม",
    "อ๊อตยินยอม",
    "อ็อตตรั๊ว",
)

#: Agreement said with a "no" in it, or loosely in English, at a yes/no question (consent, the
#: summary): "ไม่มีปัญหาค่ะ", "ไม่ขัดข้อง", "no problem", "fine by me", "go ahead".
AGREED = (
    r"^(?:ได้(?:เลย)?\s*)?(?:ไม่มีปัญหา|ไม่ขัดข้อง|ไม่ว่าอะไร|บ่มีปัญหา|บ่ว่าหยัง)",
    r"^(?:ok(?:ay)?\W*|sure\W*|yes\W*)?(?:no problem|no objections?|fine (?:by|with) me"
    r"|(?:that'?s|it'?s) (?:fine|ok(?:ay)?|alright|all right)|go ahead|sounds good"
    r"|you (?:have|got) my (?:permission|consent|ok))\b",
)
#: Who it was (the official, a witness) withheld ("ไม่อยากบอกว่าใคร", "ขอไม่บอกนะคะว่าเป็นใคร",
#: "I'd rather not say who"): no one named, an answer of none (compacted, lower case).
WHO_WITHHELD = (
    r"(?:ไม่|บ่)(?:อยาก|ขอ)?(?:บอก|เปิดเผย|ระบุ|ออกชื่อ|เว้า)(?:นะ|เด้อ)?(?:คะ|ค่ะ|ครับ)?(?:ว่า)?(?:เป็น)?"
    r"(?:ใคร|ไผ)"
    # a witness refused ("ไม่ใส่พยานค่ะ", "ไม่ขอระบุพยาน", "ไม่อยากใส่ชื่อใคร"): none named
    r"|(?:ไม่|บ่)(?:อยาก|ขอ|ต้องการ)?(?:ใส่|ระบุ|บอก|ให้|เอา)(?:ชื่อ)?(?:คน)?(?:เป็น)?พยาน"
    r"|(?:ไม่|บ่)(?:อยาก|ขอ|ต้องการ)?(?:ใส่|ระบุ)ชื่อ(?:ใคร|ไผ|คนอื่น)"
    r"|(?:rather|prefer)not(?:to)?(?:say|name|tell)(?:who|them|him|her)"
    r"|(?:won'?t|willnot|cannot|can'?t)(?:say|name|tell(?:you)?)(?:who|them|him|her)"
)
#: After a witness's name, how to know them ("ยายคำปุ่นข้างบ้าน", "ลุงเปลี่ยนที่ขายก๋วยเตี๋ยว"), and
#: before it in English, who they are to the teller ("my neighbour Noi"): the witness is the name.
WITNESS_DESCRIBED_AFTER = (
    r"(?<=\S{3})(?:ข้างบ้าน|บ้านติดกัน|บ้านตรงข้าม|ที่(?!ดิน)|ซึ่ง|แม่ค้า|พ่อค้า|เจ้าของ|ลูกจ้าง"
    # what they do or keep, glued after the name ("พี่สมพรร้านค้าในหมู่บ้าน", "ลุงบุญมีคนขับรถ")
    r"|ร้าน|คน(?:ขาย|ขับ|เฝ้า|เก็บ|ส่ง|งาน|ดูแล|ทำ)|อสม)"
)
#: A witness called by kin word and name, then, after a space, what they do or where they live
#: ("พี่หนึ่ง คนขับรถรับจ้าง", "น้าสมศรี แม่ค้าในตลาด"): the name is who, the rest how to know them.
WITNESS_TITLES = r"(?:พี่|น้า|ลุง|ป้า|ยาย|ตา|น้อง|อา|เจ๊|เฮีย|ทิด|ครู|หมอ|แม่ใหญ่|พ่อใหญ่|อ้าย|เอื้อย)"
#: … and a teacher or doctor then where they work, "ที่" glued or apart ("ครูวิไลที่สอนอนุบาล").
WITNESS_DESCRIBED_APART = (
    rf"^(?P<who>{WITNESS_TITLES}[ก-๙]{{2,}}?)(?:\s+(?=คน|แม่ค้า|พ่อค้า|วิน|ข้างบ้าน|บ้าน|ที่|เจ้าของ"
    r"|ลูกจ้าง|ร้าน|อสม)|\s*(?=ที่(?:สอน|อยู่|ทำงาน|ขาย|เป็น|ร้าน|บ้าน|โรง|ตลาด|วัด|อนามัย|รพ)))"
)
#: … or closed by a polite particle, then more words ("ป้าจันทร์ค่ะ ตอนนั้นกลับจากงานศพพอดี").
WITNESS_CLOSED = rf"^(?P<who>{WITNESS_TITLES}[ก-๙]{{2,}}?)(?:ค่ะ|คะ|ครับ|คับ|จ้า|จ้ะ|เด้อ)\s+\S"
#: Two witnesses typed with "กับ" between them and no space ("ลุงคำกับป้าหอม").
WITNESS_AND_GLUED = rf"(?<=[ก-๙])\s*กับ\s*(?={WITNESS_TITLES}[ก-๙]{{2,}})"
WITNESS_RELATION_BEFORE = (
    r"^(?:my|our)\s+(?:next[- ]door\s+)?(?:neighbou?r|cousin|friend|aunt|uncle|colleague"
    r"|classmate|co-?worker)\s+(?=[A-Z])"
    # any words in lower case before a capitalised name ("our shopkeeper Daeng", "the village
    # volunteer Somsri"): who they are to the teller, the name after
    r"|^(?:my|our|the)\s+(?:(?-i:[a-z][a-z'-]*)\s+){1,3}(?=(?-i:[A-Z][a-z]))"
)
#: A name in Latin letters, after "คุณ" or not, then Thai words saying who they are ("คุณ Nid
#: ที่เป็น อสม.", "Tom ลูกจ้าง อบต."): the name is who.
WITNESS_LATIN_THEN_THAI = (
    r"^(?:คุณ|khun)?\s*(?P<who>[a-z][a-z.'-]*(?:\s[a-z][a-z.'-]*)?)\s*(?=[ก-๙])"
)
