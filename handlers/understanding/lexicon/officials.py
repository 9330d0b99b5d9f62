"""Officials: the positions people name, the honorific and emphasis said around a role, the
roles as a related-complaints key with all their spellings, and the words that say a village."""

from __future__ import annotations

import re

# The posts that name their body live with the agency names, which read them too.
from handlers.thai.posts import UNIT_HEADS as UNIT_HEADS
from handlers.thai.posts import VILLAGE_HEADS as VILLAGE_HEADS

#: Positions of officials people name ("นายก อบต.", "ผู้ใหญ่บ้าน"); longest first when read.
#: Said around a role, not part of it: the spoken honorific before ("ท่านนายก") and the
#: emphasis after ("…เลย", "…นั่นแหละ"): "ท่านนายกเทศมนตรีเลยครับ" is นายกเทศมนตรี.
SPOKEN_HONORIFICS = ("ท่าน",)
SPOKEN_EMPHASIS = ("นั่นแหละ", "นี่แหละ", "แหละ", "แหล่ว", "นั่นเอง", "นี่เอง", "เลย")
#: Isan's respectful "he, she" said after a role ("กำนันเพิ่นนั่นแหละ"): who is meant, not a name.
SPOKEN_PRONOUNS = ("เพิ่น",)
#: Posts in the public bodies of a village, read as the official with the body's name kept
#: ("ประธานกองทุนหมู่บ้าน", "ประธาน อสม.", "กรรมการหมู่บ้าน"): the village fund lends public money
#: (the national village fund), the health volunteers are paid by the state and the village
#: committee is set up by law; like the village heads, people, never an office. A cooperative,
#: a club, a company or an association is a private body: its chair is no official here (said
#: at the official question it is kept as said, like any answer there).
VILLAGE_BODY_POSTS = ("รองประธาน", "ประธาน", "เหรัญญิก", "กรรมการ", "เลขานุการ", "เลขา")
PUBLIC_VILLAGE_BODIES = ("กองทุนหมู่บ้าน", "กองทุนเงินล้าน", "กองทุน", "อสม.", "หมู่บ้าน")
VILLAGE_BODY_OFFICIALS = (
    *(
        f"{post}{gap}{body}"
        for post in VILLAGE_BODY_POSTS
        for body in PUBLIC_VILLAGE_BODIES
        for gap in ("", " ")
    ),
    "village fund chairman",
    "village fund chair",
    "village fund treasurer",
    "village fund committee",
    "village committee",
)
#: Private bodies, said right after "ประธาน" ("ประธานชมรมผู้สูงอายุ", "ประธานบริษัทรับเหมา").
PRIVATE_BODIES = r"\s*(?:ชมรม|บริษัท|หจก|ห้าง|สหกรณ์|สมาคม|มูลนิธิ|วง|ร้าน|กลุ่มออมทรัพย์|club|company)"
#: Positions people abbreviate, kept spelled out ("ผญบ เอาเงินยาย" names the ผู้ใหญ่บ้าน).
SPELLED_OUT = {
    "ผญบ": "ผู้ใหญ่บ้าน",
    "ผช.ผญบ.": "ผู้ช่วยผู้ใหญ่บ้าน",
    "ผู้ช่วยผญบ.": "ผู้ช่วยผู้ใหญ่บ้าน",
    "ผู้ช่วยผญบ": "ผู้ช่วยผู้ใหญ่บ้าน",
}
#: The assistant headman said in two words ("ผู้ช่วย ผญบ", "ผู้ช่วย ผู้ใหญ่บ้าน", Isan order "ผญบ
#: ช่วย"): one post, never the headman (walk37: her "ผู้ช่วย ผญบ บ่แม่นผญบ" said back as him).
ASSISTANT_HEADMAN_APART = r"ผู้ช่วย\s+(?:ผญบ\.?|ผู้ใหญ่บ้าน|ผู้ใหญ่(?!\S))|ผญบ\.?\s+ช่วย(?=\s|$)"
#: The standard abbreviations of posts inside a label, each spelling with the post spelt out
#: (a reviewer should not have to guess "ผญบ"); longest first when read. "ผอ" only with its dot
#: (without it "ผอม", thin, describes someone).
POSTS_ABBREVIATED = {
    "ผช.ผญบ.": "ผู้ช่วยผู้ใหญ่บ้าน",
    "ผช.ผญบ": "ผู้ช่วยผู้ใหญ่บ้าน",
    "ผช ผญบ": "ผู้ช่วยผู้ใหญ่บ้าน",
    "ผญบ.": "ผู้ใหญ่บ้าน",
    "ผญบ": "ผู้ใหญ่บ้าน",
    "จนท.": "เจ้าหน้าที่",
    "จนท": "เจ้าหน้าที่",
    "ครูใหญ่โรงเรียน": "ผู้อำนวยการโรงเรียน",
    "ครูใหญ่": "ผู้อำนวยการโรงเรียน",
    "ผอ.": "ผู้อำนวยการ",
}
_ABBREVIATED = re.compile(
    "|".join(re.escape(short) for short in sorted(POSTS_ABBREVIATED, key=len, reverse=True))
)


def posts_spelt_out(text: str) -> str:
    """A label of an official with each standard abbreviation of a post spelt out ("ผญบ.หมู่ 7"
    → "ผู้ใหญ่บ้านหมู่ 7", "จนท.กองคลัง" → "เจ้าหน้าที่กองคลัง"), the rest as written."""
    return _ABBREVIATED.sub(lambda m: POSTS_ABBREVIATED[m.group(0)], text)


OFFICIALS = (
    *VILLAGE_BODY_OFFICIALS,
    "ผอ.รพ.สต.",
    "รองผอ.",
    "ผู้อำนวยการกอง",
    "หัวหน้าส่วน",
    "หัวหน้าสำนักปลัด",
    "นักวิชาการ",
    "เจ้าพนักงาน",
    "ผู้กำกับ",
    "ผกก.",
    "สารวัตร",
    "นายตำรวจ",
    "ส.จ.",
    "สมาชิกสภา",
    "ประธานสภา",
    "ภารโรง",
    "นักการภารโรง",
    "พนักงาน",
    "ลูกจ้าง",
    "ข้าราชการ",
    "นายก อบต.",
    "นายก อบจ.",
    "นายกเทศมนตรี",
    "รองนายก",
    "นายก",
    "ปลัด อบต.",
    "ปลัดอำเภอ",
    "ปลัด",
    "ผู้ใหญ่บ้าน",
    "ผู้ใหญ่",
    "ผญบ",
    "ผช.ผญบ.",
    "ผู้ช่วยผญบ.",  # the assistant, "ผู้ช่วย" spelt out and the post shortened
    "ผู้ช่วยผญบ",
    "ผู้ช่วยผู้ใหญ่บ้าน",
    # the kamnan's own assistants, posts of their own (not the police inspector "สารวัตร", nor
    # the kamnan): kept whole
    "สารวัตรกำนัน",
    "แพทย์ประจำตำบล",
    "กำนัน",
    "สมาชิก อบต.",
    "ส.อบต.",
    "ผอ.",
    "ผู้อำนวยการ",
    "ครูใหญ่",
    "ครู",
    "นายอำเภอ",
    # a police branch kept whole ("ตำรวจจราจร ตั้งด่าน…"): who the committee asks for
    "ตำรวจจราจร",
    "ตำรวจทางหลวง",
    "ตำรวจ",
    "ตร.",
    "สารวัตร",
    # police ranks as people say them ("จ่าที่คุมจราจร", "ดาบที่โรงพัก", "ผู้กอง")
    "จ่าสิบตำรวจ",
    "ดาบตำรวจ",
    "ผู้กอง",
    "ผู้หมวด",
    "ดาบ",
    "จ่า",
    "หมออนามัย",
    "หมอ",
    "พยาบาล",
    "เจ้าหน้าที่",
    "จนท.",
    "หัวหน้า",
    "เลขา",
    "อสม.",
    "ประธาน",
    "mayor",
    "village head",
    "headman",
    "officer",
    "official",
    "police",
    "teacher",
    "director",
)
#: Roles of officials as a related-complaints key (`handlers.patterns.officials`): each role and
#: the ways people write it, Central Thai, Isan, abbreviations and English; longest first when read.
OFFICIAL_ROLES: dict[str, tuple[str, ...]] = {
    "assistant_headman": ("ผู้ช่วยผู้ใหญ่บ้าน", "ผช.ผญบ.", "ผช.ผญบ", "ผช ผญบ", "assistant headman"),
    "headman": (
        "ผู้ใหญ่บ้าน",
        "ผุ้ใหญ่บ้าน",
        "พ่อใหญ่บ้าน",
        "ผญบ.",
        "ผญบ",
        "ผู้ใหญ่",
        "ผุ้ใหญ่",
        "village head",
        "headman",
    ),
    "kamnan": ("กำนัน", "kamnan"),
    "deputy_mayor": ("รองนายก", "deputy mayor"),
    "mayor": ("นายกเทศมนตรี", "นายก", "mayor"),
    "district_clerk": ("ปลัดอำเภอ", "ปลัด อำเภอ"),
    "district_chief": ("นายอำเภอ", "district chief"),
    "clerk": ("ปลัด",),
    "director": ("ผู้อำนวยการ", "ผอ.", "ผอ", "ครูใหญ่", "director"),
    "police": (
        "ตำรวจ",
        "ตร.",
        "สารวัตร",
        "ผกก.",
        "ผู้กำกับ",
        "พนักงานสอบสวน",
        "ร.ต.อ.",
        "ด.ต.",
        "ส.ต.อ.",
        "จ่าสิบตำรวจ",
        "ดาบตำรวจ",
        "ผู้กอง",
        "ผู้หมวด",
        "police",
    ),
    "engineer": ("นายช่าง", "กองช่าง", "ช่าง"),
    "finance": ("การเงิน", "finance"),
    "teacher": ("ครู", "teacher"),
    "doctor": ("หมออนามัย", "หมอ", "doctor"),
    "nurse": ("พยาบาล", "nurse"),
    "council_member": ("สมาชิก อบต.", "ส.อบต.", "สมาชิกสภา", "ส.จ."),
    "staff": ("เจ้าหน้าที่", "จนท.", "จนท", "พนักงาน", "ลูกจ้าง", "หัวหน้า", "officer", "staff"),
}
#: Roles whose English name says which Thai post it is: an answer in English naming one alone
#: ("the village headman, moo 7", "the kamnan of this tambon") is kept as that post in Thai.
#: Not "mayor" (of a municipality or an SAO?), "doctor", "staff": their Thai post is not one.
POSTS_NAMED_IN_ENGLISH = (
    "assistant_headman",
    "headman",
    "kamnan",
    "deputy_mayor",
    "district_chief",
    "director",
    "teacher",
    "police",
    "nurse",
)
#: Words beside an English post that say no more than where it is ("the headman of our village").
ENGLISH_POST_FILLER = frozenset(
    "the a an of our my this that his her in from at village tambon subdistrict sub-district"
    " district moo mu no number it was is himself herself".split()
)
#: Words that open the next part of a sentence after a titled first name, never a surname
#: ("ชื่อนายบุญมา ส่วนหน่วยงานคือพัฒนาชุมชน…", walk37: the agency kept as his surname).
NEXT_CLAUSE = ("ส่วนหน่วยงาน", "ส่วนที่", "ส่วนเรื่อง", "หน่วยงาน", "คือ", "ซึ่ง")
#: What the official did, said after the role ("ผู้ใหญ่บ้านเป็นคนสั่ง", "นายก อบต. อนุมัติ", "the
#: kamnan who signed it"): the deed belongs to the story, never to who did it.
OFFICIAL_DEEDS = (
    "เป็นคน",
    "เป็นผู้",
    "คือคน",
    "ที่เป็น",
    "ซึ่ง",
    "เซ็น",
    "อนุมัติ",
    "สั่ง",
    "เก็บเงิน",
    "เก็บค่า",
    "เรียกเงิน",
    "เรียกรับ",
    "เรียกค่า",
    "รับเงิน",
    "รับสินบน",
    "รับซอง",
    "โกง",
    "ฮั้ว",
    "ยักยอก",
    "เอาเงิน",
    "ขอเงิน",
    "เบิกงบ",
    "เบิกเงิน",
    "เบิกจ่าย",
    "who",
    "that",
    "which",
    "signed",
    "approved",
    "took",
    "takes",
    "asked",
    "demanded",
    "collected",
    "did",
)
#: How the official is described after the role ("ปลัดคนใหม่ที่ชอบใส่แว่น", "เจ้าหน้าที่พัสดุคนที่ขับ
#: รถเก๋งสีขาว", "ส.อบต. หมู่ 3 ชื่อเล่นว่าจ่อย", "the assistant headman, the one with the pickup"):
#: how to know them, never who they are (a name said right after the role is kept: "ปลัดสมชาย",
#: and so is which holder of the office: "นายก อบต. คนที่เพิ่งได้เป็นสมัยที่สอง", "ผู้กองคนใหม่").
OFFICIAL_DESCRIBED = (
    "คนที่",
    "หนุ่มๆ",
    "สาวๆ",
    "แก่ๆ",
    "ที่ชอบ",
    "ที่ขับ",
    "ที่ใส่",
    "ชื่อเล่น",
    "ชาวบ้านเรียก",
    "คนเรียก",
    "ที่ชาวบ้านเรียก",
    "ที่คนเรียก",
    "ที่เคยเป็น",
    # the work they are in charge of ("ปลัดอำเภอที่ดูแลงานทะเบียนสมรส", "ครูที่คุมโครงการนม"): which
    # desk, not who; "ที่ทำการ…" (an office) and "ที่ดิน" (land) are no such clause
    "ที่ดูแล",
    "ที่คุม",
    "ที่รับผิดชอบ",
    "ที่จัดการ",
    "ที่นั่ง",
    "nicknamed",
    "the one",
    "the young",
)
#: Which holder of the office, said by when they came or went ("ผอ.คนที่มาใหม่ปีนี้", "ปลัดที่เพิ่ง
#: ย้ายมาเดือนที่แล้ว", "นายกคนเก่าเมื่อปีที่แล้ว", "the headman elected last year"): a time said with
#: these at the "who" question dates the office, not what happened.
OFFICE_TENURE = (
    r"คน(?:ที่)?(?:มา)?ใหม่|คนเก่า|คนก่อน|คนปัจจุบัน|ย้าย(?:มา|ไป|ออก)|มาใหม่|รับตำแหน่ง|เข้ารับ"
    r"|(?:ได้|ถูก)?เลือกตั้ง|ได้เป็น|หมดวาระ|วาระ|สมัย|เกษียณ"
    r"|\b(?:new|former|previous|current|old)\b|took office|elected|appointed|transferred|retired"
)
#: Words a deed, a place or talk opens with, said after an official's first name ("ผู้อำนวยการ
#: สมชาย สั่งซื้อ…", "ผู้ใหญ่สมพงษ์ เอาเงิน…"): what follows the name is no surname when it opens so.
NOT_A_SURNAME = tuple(
    "เอา เก็บ เรียก ขอ รับ โกง กิน อม สั่ง ซื้อ ขาย ใช้ บอก ให้ มา ไป ได้ ไม่ บ่ ก็ "
    "กะ จะ สิ เป็น คือ ที่ ซึ่ง เขา เพิ่น แก และ กับ หัก ทำ เซ็น อนุมัติ ยัก ฮั้ว "
    "เบิก แจก ตั้ง ด่า ขู่ พูด ว่า ชอบ มัก ยัง เคย จ่าย ของ อยู่ หมู่ บ้าน ตำบล อำเภอ "
    "จังหวัด เมื่อ ตอน ช่วง นะ ค่ะ ครับ เด้อ แล้ว เลย นั่น นี่ นี้ โดย แต่ หรือ เวลา "
    "ทุก เห็น ชื่อ คน".split()
)
#: The words after which an answer names who ("คนที่เรียกเงินคือครูใหญ่", "the officer is the
#: village headman"): the clause before them says what was done.
OFFICIAL_NAMED_AFTER = ("คือ", "เป็น", "is", "was")
#: Kin said right before an official's role ("ผู้รับเหมาเป็นญาตินายก", "ร้านเป็นของน้องเมียกำนัน",
#: "แม่นญาติผู้ใหญ่บ้าน"): the official is the public one, the relative is who the story tells
#: of (walk34). Not "พี่"/"น้อง" alone: a word of address before the person themself.
OFFICIAL_KIN_BEFORE = (
    r"(?:เป็น|แม่น|คือ)?\s*(?:ของ)?\s*(?:ญาติ|เครือญาติ|น้องเมีย|พี่เมีย|น้องเขย|พี่เขย|ลูกเขย|ลูกสะใภ้"
    r"|หลาน(?:ชาย|สาว)?|พ่อตา|แม่ยาย|ลูก(?:ชาย|สาว)?|เมีย|ผัว|ภรรยา|สามี|น้อง(?:ชาย|สาว)|พี่(?:ชาย|สาว))"
    r"\s*(?:แท้\s*ๆ|ๆ)?\s*(?:ของ)?\s*(?:ท่าน)?\s*"
)
#: Short position words that begin other words, and the letters after them there: "จ่า" (a
#: sergeant) inside "จ่าย" (pay), "ดาบ" (a police rank) inside "ดาบตำรวจ" is the rank, but
#: "ดาบ" before "ฟัน"/"มีด" is a sword.
#: Positions typed in Latin letters as they are said (the rule-based romaniser spells นายก
#: "naik" and ผู้ใหญ่ "phuhain", so what people type is listed): read by their sound keys, which
#: forgive kh/k, ph/p, j/ch, aa/a, a final d/t ("pa lad", "phu yai baan", "jao nah tee").
OFFICIALS_SAID_IN_LATIN: dict[str, tuple[str, ...]] = {
    "นายก": ("nayok", "na yok", "nayog", "nai kor", "naikor"),
    # "nai kor bor tor", "nai ok bor tor": นายก อบต. as the letters run on (นา-ยก-อ-บ-ต)
    "นายก อบต.": ("nai kor bor tor", "naikorbortor", "nayok bor tor", "nai ok bor tor"),
    "รองนายก": ("rong nayok", "rong na yok"),
    "ปลัด": ("palat", "pa lat", "pha lat", "palad"),
    "ปลัดอำเภอ": ("palat amphoe", "pa lat amphoe", "palat amphur", "palad ampher"),
    "นายอำเภอ": ("nai amphoe", "nai amphur", "nai ampher", "nai amphoer"),
    "ผู้ใหญ่บ้าน": ("phu yai ban", "phuyaiban", "phu yai", "phuyai", "por yai ban"),
    "ผู้ช่วยผู้ใหญ่บ้าน": ("phu chuay phu yai ban", "phu chuai phu yai ban", "phu chuay"),
    "กำนัน": ("kamnan", "kam nan", "kumnan"),
    "ครูใหญ่": ("khru yai", "kru yai"),
    "ครู": ("khru",),
    "ผอ.": ("phor or", "pho o", "por or", "po or"),
    "อสม.": ("or sor mor", "o so mo"),
    "ตำรวจ": ("tamruat", "tam ruat", "tamruad", "tum ruat"),
    "สารวัตร": ("sarawat", "sa ra wat", "sarawut"),
    "เจ้าหน้าที่": ("jao na thi", "chao na thi", "jao nathi", "jaonathi", "chao nathi"),
    "สมาชิก": ("sa ma chik", "samachik"),  # "sa ma chik o bo to": สมาชิก อบต.
}
OFFICIAL_NOT_BEFORE = {
    "จ่า": "ย|หน้า",
    "ดาบ": "ฟัน|มีด|ไม้|ปลอม|ญี่ปุ่น|ซามูไร",
    "ประธาน": PRIVATE_BODIES,
}
#: Who gives care (a doctor, a nurse): in a story they are often who was seen for an illness or
#: whose words are told ("ไปหาหมอที่อนามัย", "หมอบอกว่าแผลไม่หนัก"), not who did wrong.
CARE_GIVERS = ("หมออนามัย", "หมอ", "พยาบาล", "doctor", "nurse")
#: Said right before a care giver: they were visited ("ไปหาหมอ", "พาไปพบหมอ", "ให้หมอดู").
SEEN_FOR_CARE = r"(?:หา|พบ|ให้|to\s+(?:see\s+)?(?:the|a)|visited\s+(?:the|a))\s*$"
#: Said right after one: their care or their words ("หมอบอกว่า…", "หมอตรวจแล้ว…").
CARE_GIVEN = r"^\s*(?:ก็|เขา)?\s*(?:บอก|ว่า|ตรวจ|ให้ยา|นัด|รักษา|said|told|checked)"
#: Said right before a position word, it makes the word part of another: "โรงพยาบาล" is the
#: hospital, not a nurse.
OFFICIAL_NOT_AFTER = {"พยาบาล": "โรง"}
#: Words that say an official's village: "หมู่ 5", "ม.5", "ม 5", "moo 5".
VILLAGE_NUMBER_WORDS = ("หมู่ที่", "หมู่", "ม.", "ม", "moo", "village no.")
#: Words before a school grade ("นักเรียน ม.3", "ลูกเรียน ม.2", "เด็กชั้น ม.1"), as a story's
#: words read them: there "ม." is มัธยม, not a village.
SCHOOL_GRADE_BEFORE = ("นักเรียน", "เรียน", "ชั้น", "ลูก", "เด็ก", "หลาน")


#: A vague post (an officer, a staff member) and the division said right after it ("เจ้าหน้าที่
#: กองช่าง", "จนท.งานสาธารณสุข"): the division is part of who it was, so the post is no longer vague.
VAGUE_POSTS = ("เจ้าหน้าที่", "จนท.", "จนท", "พนักงาน", "ลูกจ้าง")
#: Posts whose section said right after them is part of who it was too ("ครูฝ่ายกิจการนักเรียน",
#: "หัวหน้าฝ่ายพัสดุ"; walk40: kept as "ครู"), beside the vague ones.
POSTS_WITH_DIVISION = (*VAGUE_POSTS, "ครู", "หัวหน้า")
OFFICIAL_DIVISION = (
    r"^\s?(?:(?:กอง|ฝ่าย|แผนก|สำนัก|งาน(?!นี้|นั้น|ศพ|บุญ|บวช|แต่ง|วัด|กฐิน|ประจำปี))[ก-๙]{2,}?"
    # a section said without กอง/ฝ่าย ("เจ้าหน้าที่เทศกิจ", "จนท.พัสดุ")
    r"|เทศกิจ|พัสดุ|โยธา|ธุรการ)"
    r"(?=\s|$|ค่ะ|คะ|ครับ|คับ|เป็น|ที่(?!ดิน)|ของ|เรียก|เก็บ|มา|ไป|ก็|บอก|ขอ|เอา|รับ"
    # the agency said right after the section ("ครูฝ่ายการเงินโรงเรียนบ้านโคก")
    r"|เทศบาล|อบต|โรงเรียน|โรงพยาบาล|รพ\.)"
)
