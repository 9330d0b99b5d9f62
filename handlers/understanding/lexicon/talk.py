"""Talk about the conversation itself: "I told you already", a change of mind, the fields as
people name them ("แก้วันที่"), and a correction that names the wrong value, then the right one."""

from __future__ import annotations

ALREADY_SAID = (
    "บอกไปแล้ว",
    "บอกแล้ว",
    "เล่าไปแล้ว",
    "เล่าแล้ว",
    "ตอบไปแล้ว",
    "ตอบแล้ว",
    "พิมพ์ไปแล้ว",
    "พิมพ์แล้ว",
    "ใส่ไปแล้ว",
    "ให้ไปแล้ว",
    "บอกไปตั้งแต่",
    "บอกข้างบน",
    "บอกไว้แล้ว",
    "เล่าไว้แล้ว",
    "บอกแล้วนี่",
    "บอกไปหมดแล้ว",
    "บอกแล้วเด้",
    "บอกไปแล้วว่า",
    "ตอบไปแล้วว่า",
    # Isan: เว้า is "to say"
    "เว้าแล้ว",
    "เว้าไปแล้ว",
    "เว้าไว้แล้ว",
    "เว้าให้ฟังแล้ว",
    # the same as said before ("หน่วยงานเดียวกับที่บอกไปตอนเล่าเรื่อง", "same as I said")
    "เดียวกับที่บอก",
    "เดียวกับที่เล่า",
    "เดียวกับที่พิมพ์",
    "เดียวกับที่เว้า",
    "sameasisaid",
    "sameasitold",
    "alreadytold",
    "alreadysaid",
    "alreadyanswered",
    "alreadygave",
    "isaid",
    "itoldyou",
    "toldyou",
    "ijustsaid",
    "ijusttoldyou",
    "asimentioned",
    "asiwrote",
)
#: "… that I told already" said after a value ("ปลัดอำเภอที่บอกไปแล้ว", "ครูที่พูดถึงข้างบน",
#: "นายก อบต.คนที่บอกไปตอนแรก"): pointing back at the story, no part of the value (spaced text).
TOLD_BEFORE_TAIL = (
    r"\s*(?:คน|ตัว)?ที่\s*(?:บอก|เล่า|ตอบ|พิมพ์|เว้า|พูดถึง|กล่าวถึง|แจ้ง)(?:ไป|ไว้|มา)?\s*"
    r"(?:แล้ว|ตอนแรก|ตอนต้น|ข้างบน|เมื่อกี้|ก่อนหน้า|ตั้งแต่แรก|ในเรื่อง).*$"
)
#: "บอกวันที่ไปแล้ว", "เล่าไว้ข้างบนแล้ว": telling, then "already" (compacted text).
ALREADY_SAID_PATTERN = (
    r"^(?:ก็|ได้|เคย|กะ)?(?:บอก|เล่า|ตอบ|พิมพ์|ให้ข้อมูล|เว้า)(?:ไป|ไว้)?(?:เมื่อกี้|ข้างบน|ตอนแรก|หลายรอบ)|"
    r"(?:บอก|เล่า|ตอบ|พิมพ์|แจ้งชื่อ|เว้า)\S{0,14}?(?:ไปแล้ว|ไว้แล้ว|แล้วนี่|แล้วไง|แล้วเด้|ข้างบนแล้ว|หมดแล้ว)"
    # a photo or file sent already, at the question that asks for it: "ส่งรูปไปแล้วสามรูป"
    r"|^(?:ก็|ได้)?ส่ง(?:รูป|ภาพ|คลิป|ไฟล์|เอกสาร|หลักฐาน)\S{0,6}?(?:ไปแล้ว|ไว้แล้ว|ให้แล้ว)"
    r"|^(?:ก็|ได้)?(?:บอก|เล่า|ตอบ|พิมพ์)\S{0,16}แล้ว$"
    # "as I sent" ("ตามที่ส่งไปค่ะ", "ก็ตามที่พิมพ์ไปแล้ว", "ตามข้อความที่ส่งไปนะครับ"): what was sent
    r"|^(?:ก็|เป็น)?ตาม(?:ข้อความ|เรื่อง|ที่เล่า)?ที่(?:ส่ง|บอก|เล่า|พิมพ์|แจ้ง|เว้า|เขียน|ตอบ)(?:ไป|ไว้|มา|ให้)"
    r"|already(?:told|said|gave|answered|wrote|sent)|(?:answered|told|said)\S{0,10}already"
)
#: "As I sent", "as told" said first, pointing back at the story ("ตามที่ส่งไปค่ะ ครูหลายคนก็รู้",
#: "as I wrote, the whole office knows"): no one's name, whatever follows it.
AS_TOLD_LEAD = (
    r"^\s*(?:(?:ก็)?(?:ตาม|อย่าง|เหมือน|เช่น)ที่(?:ได้)?(?:ส่ง|บอก|เล่า|พิมพ์|แจ้ง|เว้า|เขียน)"
    r"(?:ไป|ไว้|มา|ให้)?(?:แล้ว)?(?:ข้างบน|ตอนแรก|เมื่อกี้)?"
    r"|(?:as|like)\s+(?:i\s+)?(?:already\s+|just\s+)?(?:said|sent|wrote|told\s+you|mentioned))"
    r"(?:\s*(?:ค่ะ|คะ|ค่า|ครับ|คับ|นะ|จ้า|เด้อ))*[\s,.:;-]*"
)
#: The English of it in running text, taken off what is said beside it ("I already said, a bribe").
ALREADY_SAID_ENGLISH = (
    r"\b(?:i\s+|i've\s+|i have\s+)?(?:already\s+(?:told|said|gave|answered|wrote|sent)"
    r"(?:\s+(?:you|it|that|this))?|(?:told|said|answered)\s+(?:you\s+|it\s+|that\s+)?already"
    r"|(?:as|like)\s+i\s+(?:just\s+|already\s+)?(?:said|told\s+you|wrote|mentioned)"
    r"|i\s+just\s+(?:said|told\s+you))"
    r"\b[\s,.:!-]*"
)
CHANGE_MIND = (
    "เปลี่ยนใจ",
    "คืนคำ",  # "ขอคืนคำ": take back what was said
    "ถอนคำพูด",
    "ขอแก้คำตอบ",
    "คิดอีกที",
    "คิดไปคิดมา",
    "คิดใหม่",
    "เปลี่ยนคำตอบ",
    "changedmymind",
    "changemymind",
    "onsecondthought",
)
#: Said with a new choice ("ไม่เอาแล้ว ไม่บอกชื่อดีกว่า"): a change of mind only beside one.
CHANGE_MIND_WEAK = ("ไม่เอาแล้ว", "บ่เอาแล้ว", "ดีกว่า", "เอาใหม่", "ขอเปลี่ยนเป็น", "actually")
#: Field names as people say them (compacted), for "แก้วันที่", "บอกไปแล้ว (อำเภอ)".
FIELDS: dict[str, tuple[str, ...]] = {
    "when": ("วันที่", "วันเวลา", "เวลา", "วันเกิดเหตุ", "เมื่อไหร่", "วัน", "เดือน", "date", "when", "time"),
    "subdistrict": ("ตำบล", "subdistrict", "sub-district", "tambon"),
    "district": (
        "อำเภอ",
        "สถานที่",
        "ที่เกิดเหตุ",
        "ที่ไหน",
        "หมู่บ้าน",
        "district",
        "amphoe",
        "amphur",
        "place",
        "where",
    ),
    "agency": ("หน่วยงาน", "ชื่อหน่วยงาน", "อบต", "เทศบาล", "agency", "office"),
    "official": (
        "คนทำ",
        "คนที่ทำ",
        # the doer's name said with what they did ("ชื่อคนทำบ่แม่นเด้อ", "ชื่อคนที่เรียกเงินผิด")
        "ชื่อคนทำ",
        "ชื่อคนที่ทำ",
        "ชื่อคนเรียกเงิน",
        "ชื่อคนที่เรียกเงิน",
        "ชื่อคนเก็บเงิน",
        "ชื่อคนที่เก็บเงิน",
        "official's name",
        "officer's name",
        "เจ้าหน้าที่",
        "ชื่อเจ้าหน้าที่",
        "ชื่อเขา",
        "ชื่อคน",
        "ชื่อนายก",
        "ตำแหน่ง",
        "คนผิด",
        "official",
        "who",
    ),
    "kind": ("ประเภท", "ชนิด", "แบบไหน", "kind", "type"),
    "what": ("เรื่องราว", "รายละเอียด", "เรื่องที่เล่า", "ที่เล่า", "เล่า", "เรื่อง", "story", "details", "what"),
    "evidence": ("หลักฐาน", "รูป", "คลิป", "เอกสาร", "evidence", "photo"),
    "witnesses": ("พยาน", "ชื่อพยาน", "คนเห็น", "คนรู้เห็น", "witness"),
    "reported": ("เคยแจ้ง", "เคยไปแจ้ง", "เคยร้อง", "เคยไปร้อง", "แจ้งที่อื่น", "reported"),
    "identity": (
        "ชื่อ",
        "ชื่อตัวเอง",
        "ชื่อฉัน",
        "ชื่อผม",
        "ชื่อเรา",
        "เปิดเผยชื่อ",
        "เบอร์",
        "เบอร์โทร",
        "name",
        "identity",
        "phone",
    ),
}
#: The phone number itself said wrong or changed ("เบอร์ผิดค่ะ", "แก้เบอร์เป็น…", "new phone
#: number"): the number is the field, not whether one's name and number are given.
PHONE_FIXED = (
    r"(?:แก้|เปลี่ยน)\s*เบอร์|เบอร์(?:โทร)?(?:ศัพท์)?\s*(?:ผิด|ไม่ถูก|บ่ถูก|ใหม่|ที่ถูก)"
    r"|\b(?:change|fix|wrong|new)\s+(?:the\s+|my\s+)?(?:phone|number)|\bphone\s+number\s+is\s+wrong"
)
#: A correction that names the wrong value, then the right one ("ไม่ใช่ อบต.X แก้เป็น อบต.Y",
#: "not X, it's Y"): the words that deny, and the words that turn to what is meant (regular
#: expressions; the longer turns first, so "แก้เป็น" is not read as "เป็น").
CORRECTION_DENIED = ("ไม่ใช่", "บ่แม่น", "มิใช่", r"\bnot\b")
CORRECTION_TURNS = (
    "แก้เป็น",
    "เปลี่ยนเป็น",
    "ต้องเป็น",
    "ที่ถูกคือ",
    "ที่ถูกต้องคือ",
    "แต่เป็น",
    "เป็น",
    "คือ",
    # "ไม่ใช่พฤษภา เปิดเทอมจริง ๆ มิถุนาค่ะ": what really was, after the one denied
    r"(?<!ความ)(?<!ที่)จริง\s*ๆ(?:\s*แล้ว)?",
    r"(?<!บ่)(?<!บ่\s)แม่น(?!แล้ว|บ่)",  # Isan "it is": "บ่แม่นหมอเด้อ แม่นผอ."
    r"\b(?:it\s+)?should\s+be\b",
    r"\bit\s+(?:is|was)\b",
    r"\bit'?s\b",
    r"\bbut\b",
)
#: Turns that say what is meant with no wrong value named before them ("ตำบลผิดค่ะ ที่ถูกคือ
#: ละเวี้ย", "change the district to Prakhon Chai"): the new value follows.
CORRECTED_TO = (
    "แก้เป็น",
    "เปลี่ยนเป็น",
    "ต้องเป็น",
    "ที่ถูกต้องคือ",
    "ที่ถูกคือ",
    r"\b(?:it\s+)?should\s+be\b",
    r"\bchange\b.{0,40}?\bto\b",
    # "Edit district: Prakhon Chai", "fix the amphoe - Nang Rong": the field, then its value
    r"\b(?:edit|change|fix|correct)\s+(?:the\s+)?(?:district|amphoe|amphur)\s*(?::|-|=|\bis\b|\bto\b)",
    r"\bwrong\b.{0,30}?\bit\s+(?:was|is)\b",  # "wrong district, it was Satuek not Krasang"
)

#: Said aside while answering, never an answer (a sigh, a pause, a feeling, talk about the
#: chat itself): "เฮ้อ เรื่องมันยาว", "รอแป๊บนะคะ", "เดี๋ยวถามลูกก่อน", "my Thai is bad".
#: A pause said first ("เดี๋ยวนะ มีคนมาหน้าบ้าน", Isan "ถ้าแหน่", "hang on, …"): a remark,
#: unless what follows says more ("เดี๋ยวนะ วันผิด" corrects). Not "เดี๋ยวนี้" (nowadays) nor
#: "รอ" before what was waited for ("รอเงินมาสามเดือน"), nor "wait" ("wait, it was May").
PAUSE_FIRST = (
    r"^(?:(?:เดี๋ยว|เด๋ว|เดะ|แป๊บ|รอ|ถ้าแหน่|ถ้าจักหน่อย|ท่าแหน่)(?:ก่อน|หน่อย|นึง|หนึ่ง)?"
    r"(?:นะ|น้า|นะคะ|นะครับ|ค่ะ|คะ|ครับ|คับ|เด้อ|เน้อ|จ้า)*(?=\s|$|[.!,])"
    r"|(?:hold on|hang on|brb|be right back|one (?:moment|sec|second|min|minute)"
    r"|(?:wait|just) a (?:sec|second|min|minute|moment)|gimme a (?:sec|minute))\b)[\s.!,]*"
)
#: "That's wrong", said alone right after a value was said back ("บ่แม่น", "ผิดแล้วค่ะ อันนั้น
#: ไม่ถูก", "that's wrong"): the answer just given is corrected (read on the flattened text).
SAID_WRONG_ALONE = (
    r"^(?:ขอโทษ\S{0,6}|อ้าว|เอ๊ะ|เอ้ย)?(?:มัน|อันนั้น|อันนี้|ที่บอก|ตรงนั้น|นั่น|นี่|อันนั่น)?"
    r"(?:ผิด|ไม่ถูก(?:ต้อง)?|บ่ถูก|บ่แม่น|มิใช่)(?:แล้ว|อยู่|นะ|น่ะ|ค่ะ|คะ|ครับ|คับ|เด้อ|เด้|จ้า|หนา)*"
    r"(?:(?:มัน|อันนั้น|อันนี้|นั่น)?(?:ผิด|ไม่ถูก(?:ต้อง)?|บ่ถูก|บ่แม่น)(?:แล้ว|นะ|ค่ะ|ครับ|เด้อ)*)?$"
    r"|^(?:no,?)?(?:that|it|this)?(?:s|is|was)?(?:wrong|notright|incorrect|notcorrect)$"
)
#: A pause asked for, to come back later ("ขอไว้ก่อนนะคะ ไว้พรุ่งนี้ค่อยมาต่อ", "ยังไม่ตอบตอนนี้
#: พักไว้ก่อน", "can we pause here"): the draft is kept, and how to come back is said.
#: Not "ส่งรูปไว้ก่อน" (evidence later) nor "รอก่อน" (a moment's wait, a remark).
PAUSE_ASKED = (
    r"(?:^|\s)(?:ขอ|เอา)?พัก(?:ไว้)?ก่อน"  # not "หยุดก่อน": stopping is a cancel
    r"|^(?:ขอ|เอา)ไว้ก่อน"
    r"|(?:ค่อย|จะ|แล้ว|เดี๋ยว|เด๋ว|เดะ|ไว้)\s?(?:กลับ)?มา(?:ตอบ|ทำ|กรอก|แจ้ง|คุย|เล่า)?(?:ต่อ|ใหม่)"
    r"|มา(?:ตอบ|ทำ|กรอก|แจ้ง|คุย|เล่า)?ต่อ(?:ที)?(?:หลัง|วันหลัง|พรุ่งนี้|มื้ออื่น)"
    r"|ยังไม่(?:พร้อม|สะดวก)?(?:ตอบ|ทำต่อ|กรอกต่อ)(?:ตอนนี้|ตอนนี่|ตอนนั้น)?(?:\s|$)"
    r"|\b(?:pause|take\s+a\s+break)\s+(?:here|for\s+now|now)\b"
    r"|\b(?:continue|finish|carry\s+on|come\s+back)\s+(?:\w+\s+)?(?:later|tomorrow)\b"
)
#: A wish to stop the filing said inside a longer message, most often with the fear that
#: moves it ("ข้อยบ่แจ้งแล้วดีกว่า ขอหยุดก่อนเด้อ ย่านเขามาเฮ็ดหยังลูกเมีย", "please stop this,
#: I'm scared"): the draft is stopped beside the safety answer. Short stops alone are `CANCEL`;
#: never "stop asking me for money", "หยุดงาน", nor what someone is told to stop ("ถ้าไม่หยุด").
STOP_ASKED = (
    r"(?:ขอ|อยาก|จะ)?(?:หยุด|เซา)(?:ก่อน|ไว้|แค่นี้|เลย|ดีกว่า|แจ้ง|ทำ|กรอก)"
    r"|(?:ไม่|บ่)(?:อยาก|ขอ)?(?:แจ้ง|กรอก|เอา|ฟ้อง)(?:ต่อ)?(?:แล้ว|ละ|ดีกว่า)"
    r"|(?:ไม่|บ่)(?:อยาก|ขอ)?(?:ไป|แจ้ง|ทำ|กรอก|เฮ็ด)ต่อ(?!\S{0,3}(?:ใคร|ไผ|ที่|กับ))"
    r"|พอ(?:ก่อน|แค่นี้)|ยกเลิก(?:ก่อน|ดีกว่า|เรื่องนี้)"
    r"|\b(?:please\s+)?stop\s+(?:this|it|now|here|the\s+report)\b|\bi\s+(?:want|need)\s+to\s+stop\b"
    r"|\bdon'?t\s+want\s+to\s+(?:go\s+on|continue|report|file)"
    r"|\byu[td]\s*(?:kon|gon|wai)\b|\bmai\s*(?:jaeng|chaeng|tham|tam|ao)\s*(?:tor|laew|lew|dee\s*kwa)\b"
)
#: … unless told as what someone else demands or does ("ถ้าไม่หยุด", "บอกให้หยุดแจ้ง", "เขาไม่เอา
#: แล้ว", "told me to stop").
STOP_DEMANDED = (
    r"(?:ถ้า|หาก|ให้|สั่ง|บังคับ|ขู่|บอกว่า)\S{0,6}$|(?:เขา|เพิ่น|มัน|พวกนั้น)\s?(?:ก็|เลย)?$"
    r"|\b(?:told|make|made|forced?|or)\s+(?:me\s+)?(?:to\s+)?$"
)
#: The draft stopped before, named by someone with one to take up again ("มื้อวานเว้าค้างไว้
#: เรื่องกำนัน … สิแจ้งต่อ", "เรื่องเก่าที่พิมพ์ไว้มื้อวานไปไสแล้ว", "I stopped my report yesterday,
#: can I carry on?"): the stopped draft is offered, never a new story begun with its words.
LEFT_DRAFT_NAMED = (
    r"ค้างไว้|เว้าค้าง|ทำค้าง|กรอกค้าง|แจ้งค้าง|พิมพ์ค้าง"
    r"|เรื่อง(?:เก่า|เดิม)|ที่(?:ยกเลิก|หยุด|พิมพ์|กรอก|แจ้ง)ไว้(?:เมื่อวาน|มื้อวาน|วันก่อน|มื้อก่อน)?"
    r"|(?:แจ้ง|กรอก|ทำ|เฮ็ด)ต่อ(?:จาก)?(?:เรื่อง)?(?:เดิม|เก่า|ที่|เมื่อวาน|มื้อวาน)"
    r"|\b(?:stopped|cancelled|canceled|left)\s+(?:my|the)\s+(?:report|complaint)"
    r"|\b(?:carry\s+on|continue|go\s+on)\s+(?:with\s+)?(?:my|the)\s+(?:old\s+|last\s+)?(?:report|complaint)"
    r"|\bwhere\s+(?:is|did)\s+my\s+(?:old\s+|last\s+)?(?:report|complaint)"
)
#: Coming back to the draft left ("กลับมาแล้วค่ะ ขอทำเรื่องเดิมต่อ", "I'm back"): the open
#: question is asked. Never "เขากลับมาอีก" (someone came back: the danger rules read it first).
#: Going on with the filing, said alone ("จะแจ้งต่อ", "ยังอยากแจ้งต่อค่ะ", "ทำต่อ", "สิแจ้งต่อเด้อ",
#: "I still want to continue"): after the safety answer, on from the question left. Not "แจ้งต่อ"
#: with whom after it ("แจ้งต่อนายอำเภอ": to whom it was reported).
#: A change of mind back to filing, said after stopping ("เปลี่ยนใจค่ะ คิดดูแล้วจะแจ้งต่อ ไม่อยากให้
#: อสม.คนอื่นโดนอีก", "คิดดูอีกทีแล้ว ขอแจ้งต่อนะคะ"): the stopped draft taken up again. Not "แจ้งต่อ"
#: with whom after it ("แจ้งต่อนายอำเภอ": to whom it was reported).
MIND_BACK_TO_FILING = (
    r"(?:เปลี่ยนใจ|คิด(?:ดู)?(?:อีกที|ใหม่|ไปคิดมา|ดูแล้ว))\S*\s*(?:\S{0,12}\s)?\s*"
    r"(?:ก็)?(?:ยัง)?(?:จะ|ขอ|อยาก|สิ)?(?:จะ)?(?:แจ้ง|ทำ|กรอก|เฮ็ด)(?:เรื่อง)?(?:นี้)?ต่อ"
    r"(?!\s*(?:ที่|กับ|ให้|นาย|ผู้|อำเภอ|ตำรวจ|ป\.?ป|ศูนย์|หน่วย|จังหวัด|สำนัก|สื่อ))"
)
GO_ON_ALONE = (
    # "ไม่เป็นไรครับ ต่อได้", "โอเคค่ะ ทำต่อ": a word that waves the worry off may lead, and
    # then "ต่อ" needs no verb
    r"^(?:(?:ไม่เป็นไร|โอเค)(?:แล้ว)?(?:ค่ะ|คะ|ครับ|คับ|จ้ะ|จ้า|\s|,)*(?=(?:\S{0,8})?ต่อ)"
    r"|(?=.{0,30}?(?:ทำ|แจ้ง|กรอก|ตอบ|เล่า|เฮ็ด|ไป)(?:เรื่อง)?(?:นี้)?ต่อ))"
    r"(?:ฉัน|หนู|ผม|ข้อย|เรา|ดิฉัน)?\s*(?:ก็)?(?:ยัง)?(?:จะ|อยาก|ขอ|สิ|ต้องการ|ตั้งใจ)?(?:จะ)?\s*"
    r"(?:ทำ|แจ้ง|กรอก|ตอบ|เล่า|เฮ็ด|ไป)?(?:เรื่อง)?(?:นี้)?ต่อ(?:กัน)?(?:ไป)?(?:ได้)?"
    r"(?:เลย|เถอะ|เด้อ|เนาะ|นะ|ค่ะ|คะ|ครับ|คับ|จ้ะ|จ้า|ค้า|ได้|แหละ|\s)*"
    # "ยังอยากแจ้งต่อค่ะ แต่ขอไม่บอกชื่อนะคะ": going on, the name kept out (flow keeps it so)
    r"(?:,?\s*(?:แต่)?\s*(?:ขอ)?(?:ไม่|บ่)(?:ขอ)?(?:อยาก)?(?:บอก|ให้|เปิดเผย)ชื่อ"
    r"(?:เด้อ|เนาะ|นะ|ค่ะ|คะ|ครับ|คับ|จ้ะ|จ้า|\s)*)?[.!]*$"
    r"|^i\s+(?:still\s+)?(?:want|wish|would\s+like|'d\s+like)\s+to\s+(?:continue|go\s+on|carry\s+on|keep\s+going)"
)
COMING_BACK = (
    r"^(?:หนู|ผม|ฉัน|ดิฉัน|ข้อย|เรา|แม่|ป้า|ลุง|ยาย|ตา)?\s*(?:กลับ)?มา(?:แล้ว|ละ|แล่ว)(?!\S*(?:เขา|อีก))"
    r"|(?:ทำ|ตอบ|คุย)?ต่อจาก(?:เมื่อกี้|เมื่อกี๊|เมื่อวาน|ที่ค้าง(?:ไว้)?|ที่ทำไว้)"
    r"|(?:ทำ|กรอก|แจ้ง|ตอบ|คุย)(?:เรื่อง)?(?:เดิม|ที่ค้าง(?:ไว้)?|เมื่อวาน)\s?ต่อ"
    r"|(?:ขอ|จะ)(?:ทำ|กรอก|ตอบ)ต่อ(?:จาก|เรื่อง)"
    r"|^i'?m\s+back\b|\blet'?s\s+(?:carry\s+on|continue)\b"
    r"|กลับมา(?:ทำ|กรอก|แจ้ง|ตอบ|เล่า|เฮ็ด)ต่อ"
    r"|" + GO_ON_ALONE
)
#: Chit-chat told at no step that names an official, cheats, money or a day and still tells no
#: wrong done by anyone to the teller or the village: a wish or curse on cheats in general ("ขอให้
#: คนโกงได้รับกรรม", "อยากให้เลิกโกงสักที"), a sigh about them, an official's promise to deal with
#: them, an official's news (arrested, to the teller's joy; moved, elected, at a party), a wrong
#: denied or the tale marked as only told ("แต่ไม่ได้ขู่อะไร", "เล่าเฉยๆ"), one's own money, debt
#: or time worries, safe now: none, not a story's start (`CHIT_CHAT_NOT` keeps a deed told).
CHIT_CHAT_TOLD = (
    r"ขอให้[^.!?]{0,30}?(?:ได้รับ|เจอ|รับ|ชดใช้|ใช้)(?:เวร)?กรรม|สาธุ|กรรมตามสนอง|เวรกรรมมีจริง"
    r"|(?:อยากให้|ขอให้|เมื่อไหร่จะ|เมื่อไรจะ)[^.!?]{0,24}?(?:เลิก|หยุด)(?:โกง|กินเมือง|ทุจริต|คอร์?รัปชั่?น)"
    r"|เบื่อ(?:พวก|คน|นักการเมือง)[^.!?]{0,20}?โกง|โกงบ้านโกงเมือง|โกงกินบ้านเมือง"
    r"|\bmay\s+(?:the\s+|all\s+)?(?:cheats?|crooks?|corrupt\s+\w+)\b[^.!?]{0,40}?\bkarma\b"
    r"|(?:บอก|ประกาศ|สัญญา|ลั่น|ยืนยัน|พูด)[^.!?]{0,24}?(?:ว่า)?(?:จะ)(?:จัดการ|ปราบ|กวาดล้าง|เอาผิด|เอาจริง"
    r"|ตรวจสอบ)[^.!?]{0,10}?(?:คน|พวก)?(?:ขี้)?(?:โกง|ทุจริต|คอร์?รัปชั่?น|ผู้กระทำผิด)"
    r"|\b(?:promised|vowed|announced|says|said)\b[^.!?]{0,30}?\b(?:crack\s+down|deal\s+with|punish|go\s+after)\b"
    r"|(?:โดน|ถูก)(?:ตำรวจ|ตร\.?|ดีเอสไอ|ป\.?ป\.?ช\.?)?(?:จับ|รวบ|ปลด|ไล่ออก|พักงาน)[^.!?]{0,40}?(?:ดีใจ|สะใจ"
    r"|สมน้ำหน้า|สมควร|สาแก่ใจ|ดีแล้ว)|(?:ดีใจ|สะใจ|สมน้ำหน้า)[^.!?]{0,30}?(?:โดน|ถูก)(?:ตำรวจ)?(?:จับ|รวบ|ปลด)"
    r"|(?:ตำรวจ|ตร\.?|ดีเอสไอ|ป\.?ป\.?ช\.?)(?:มา)?(?:จับ|รวบ|ปลด)[^.!?]{0,40}?(?:ดีใจ|สะใจ|สมน้ำหน้า|สาแก่ใจ"
    r"|ดีแล้ว)"
    r"|ได้รับเลือก|ชนะเลือกตั้ง|มาร่วมงาน|แสดงความยินดี|ย้ายไป[^.!?]{0,24}?(?:เสียดาย|คิดถึง)|เกษียณ"
    r"|(?:ไม่|บ่)ได้(?:ขู่|โกง|เรียก|ทำผิด)(?:อะไร|ใคร)|ไม่เกี่ยว(?:นะ|กับเรื่อง|อะไร)|(?:เล่า|ถาม|พูด)เฉยๆ"
    r"|(?:กังวล|เครียด|กลุ้ม|เป็นห่วง|stress)[^.!?]{0,10}?(?:เรื่อง)?(?:เงิน|หนี้|ค่าเทอม|ค่าเรียน|ค่างวด"
    r"|ค่าใช้จ่าย)|หนี้(?:บัตร|ท่วม|นอกระบบ|ธกส|ธ\.ก\.ส|กยศ)"
    r"|(?:กลัว|ห่วง|กังวล)(?:ว่า)?[^.!?]{0,16}?(?:ไม่ทัน|ช้า|นาน)"
    r"|\b(?:worried|stressed|anxious)\b[^.!?]{0,40}?\b(?:money|debts?|tuition|bills?|rent|loan)\b"
    r"|(?<!ไม่)(?<!บ่)ปลอดภัย(?:ดี)?(?:แล้ว)?(?:ค่ะ|ครับ|นะ|จ้า)?(?!ไหม|มั้ย|หรือ|รึ|บ่)|สบายใจขึ้น"
    r"|\b(?:i'?m|we'?re|i\s+am|we\s+are)\s+(?:safe|fine|ok(?:ay)?)\s+now\b"
)
#: … unless a deed is told beside it: money asked, kept or not given, a bribe, a report made
#: ("ดีใจที่ผู้ใหญ่บ้านโดนจับ เพราะเขาเก็บเงินค่าน้ำเกิน"): a complaint, however it opens.
CHIT_CHAT_NOT = (
    r"เรียก(?:เงิน|รับ|เก็บ)|เก็บ(?:เงิน|ค่า)|(?<!พอ)จ่าย|ใต้โต๊ะ|สินบน|หัวคิว|ยักยอก|ขโมย|รีดไถ|ส่วย|(?:ไม่|บ่)ได้รับ"
    r"|ตัดชื่อ|ซื้อเสียง|ฮั้ว|เอา(?:เงิน|ของ|รถ|งบ)|งบ(?![่้])|โครงการ|ประมูล|ใบเสร็จ|ถนน|เบี้ย|ชดเชย"
    r"|แจ้ง(?!ข่าว)|ร้องเรียน|ฟ้อง|เพราะ(?:เขา|เค้า|มัน)|แต่(?:ตัวเอง|เขา|เค้า|ก็ยัง|ยัง)"
    r"|\b(?:bribes?|paid|pay|kickbacks?|stole|took|kept|charged|budget|funds?|road|report(?:ed)?)\b"
)
#: Small talk (the weather, hunger, sleep, being tired, laughter, a sticker typed as text):
#: said alone it tells nothing, outside any question or at one ("ร้อนจังเลยค่ะวันนี้", "ฝนตก
#: ทั้งวัน เบื่อมาก", "หิวข้าวจัง", "[สติกเกอร์]", "hot day today, phew").
SMALL_TALK = (
    r"ร้อน(?:จัง|มาก|จะ|จน|ตับ|เหลือ|ชิบ|โคตร|แท้|หลาย|อีก|เนาะ|ๆ|ขนาด)|อากาศ|หนาว(?:จัง|มาก|จะ|จน|ๆ|เนาะ|หลาย)"
    r"|ฝน(?:ตก|จะตก|ฟ้า|ชุก|ลง)|แดด(?:ร้อน|แรง|เปรี้ยง|ออก)|ลม(?:แรง|พัด)|ฟ้า(?:ร้อง|ผ่า|มืด)"
    r"|หิว|กินข้าว(?:ยัง|หรือยัง|แล้ว|อิ่ม|กัน|ด้วย)|ง่วง|นอนไม่หลับ|เหนื่อย(?:จัง|มาก|หลาย|ๆ|เนาะ)|เพลีย|เมื่อย"
    r"|^(?:5{3,}|๕{3,}|ฮ่า|ฮา{2,}|haha|lol|lmao)"
    r"|\[(?:sticker|สติ๊?กเกอร์|emoji|อีโมจิ)\]|\((?:sticker|สติ๊?กเกอร์|ยิ้ม|หัวเราะ|ร้องไห้|กอด|ไหว้)\)"
    r"|^(?:sticker|สติ๊?กเกอร์)$"
    r"|\b(?:so|very|really|too)\s+(?:hot|cold|humid|tired|hungry|sleepy)\b"
    r"|\b(?:hot|cold|rainy|humid|sunny|windy)\s+(?:day|today|again|here|weather|morning|night)\b"
    r"|\bit'?s\s+(?:raining|pouring|so\s+hot|hot|cold)\b|\bweather\b|\braining\b"
    # dying of the heat or the cold ("จะตายเพราะร้อนแล้วค่ะ", "สิตายย้อนหนาว")
    r"|(?:ตาย|แย่|ละลาย|ไหม้)\s*(?:เพราะ|เพาะ|ย้อน)\s*(?:อากาศ|แดด)?(?:ร้อน|หนาว)"
)
#: Not for the bot at all, said outside any question ("วันนี้วันพระหรือเปล่าคะ", "สั่งส้มตำได้
#: ไหมคะ", "ส่งสติกเกอร์ผิดค่ะ", "อยากได้สูตรแกงหน่อไม้", "kin khao rue yang", "wrong chat
#: sorry"): a slip, a question about daily life or about the bot as a person, a recipe, a pet
#: shown, a price at market, the family's health or debts. Neither a story, an answer nor a
#: question about reporting: none (the bot offers to take a report as to anything unread).
NOT_FOR_THE_BOT = (
    # a slip: sent, typed or pressed by mistake, or only to try
    r"(?:ส่ง|พิมพ์|กด|แชท|ทัก|แปะ)(?:สติ๊?กเกอร์|รูป|ข้อความ|คลิป|ไฟล์|ลิงก์|ลิงค์|เสียง|อีโมจิ)?ผิด"
    r"(?!สเป|ขนาด|จำนวน|กฎ|ระเบียบ|สัญญา)|ลอง(?:กด|พิมพ์|ส่ง)(?:ดู|เล่น)|กดเล่น|แค่ลอง(?:ดู|กด)"
    r"|\bwrong\s+(?:chat|group|person|number|button|window|line)\b|\bby\s+(?:mistake|accident)\b"
    r"|^oops\b|\bjust\s+testing\b|\bignore\s+(?:this|that|it|me)\b"
    # a question about daily life: holy days, food ordered, market prices, phones to buy
    r"|วันพระ|ออกพรรษา|เข้าพรรษา"
    r"|สั่ง(?:ส้มตำ|ตำ|ข้าว|อาหาร|กาแฟ|ก๋วยเตี๋ยว|ลาบ|ไก่|หมู|ชา|พิซซ่า|ขนม|เค้ก|กับข้าว|ของกิน)"
    r"|(?:ข้าวเปลือก|ข้าวสาร|ข้าวหอม(?:มะลิ)?|ข้าวเหนียว|ปาล์ม|ลำไย|ทุเรียน|ยางพารา|ยางแผ่น|น้ำยาง|มันสำปะหลัง|มันเส้น|อ้อย|ทองคำ|ดีเซล|น้ำมัน|ไข่ไก่)"
    r"[^.!?]{0,20}?(?:ราคา|[กโ]ิ?โลละ|ตันละ|ลิตรละ|บาทละ|ถังละ|แผงละ)?[^.!?]{0,8}?(?:เท่าไหร่|เท่าไร|กี่บาท"
    r"|ขึ้นไหม|ลงไหม|ราคาดี(?:ไหม|มั้ย|บ่|หรือเปล่า))|\bprice\s+of\s+(?:rice|rubber|gold"
    r"|diesel|petrol|gas|fuel|cassava|sugar ?cane|eggs)"
    r"|(?:iphone|ไอโฟน|android|แอนดรอยด์|samsung|ซัมซุง|oppo|vivo|xiaomi|realme|huawei)[^.!?]{0,30}?"
    r"(?:ดีกว่า|ดีไหม|ดีมั้ย|รุ่นไหน|ยี่ห้อไหน|\bbetter\b|\bwhich\b)"
    # a shop or a market's hours, a place to eat ("ร้านส้มตำเปิดวันไหน", "a good noodle shop?")
    r"|(?:ร้าน|ตลาด)\S{0,24}?(?:เปิด|ปิด)(?:วัน|กี่โมง|ไหม|มั้ย|ยัง|บ่|ถึง)"
    r"|\b(?:good|best|nice|cheap|tasty)\s+(?:noodles?|som\s*tam|food|restaurants?|cafes?|coffee|shops?"
    r"|places?\s+to\s+eat)\b|\b(?:where|which)\b[^.?!]{0,25}\b(?:eat|noodles?|som\s*tam|restaurants?"
    r"|cafes?|coffee)\b|\b(?:shops?|markets?|restaurants?|cafes?|stores?)\s+open\b"
    # family news told with joy ("ลูกสาวสอบติดพยาบาลแล้วค่ะ ดีใจมาก")
    r"|(?:สอบ(?:ติด|ได้|ผ่าน|เข้า)|ได้งาน|รับปริญญา|เรียนจบ)[^.!?]{0,40}?(?:ดีใจ|ภูมิใจ|ปลื้ม)"
    # an invitation to go out together, in Thai, Isan and Latin letters ("ไปนำกันบ่")
    r"|ไป\S{0,16}?(?:นำ|ด้วย)กัน(?:บ่|ไหม|มั้ย|ป่ะ|เปล่า)|\bpai\b[^.?!]{0,30}?\b(?:kan|gan)\s*(?:mai|bor?)\b"
    # an outing, a fair, a show or a match, asked about or enjoyed ("งานกาชาดมีวันไหน", "คอนเสิร์ต
    # เมื่อวานดีมาก", "ไปบุญกฐินมา คนหลายคัก", "is the MotoGP race on in March?")
    r"|หมอลำ|งาน(?:กาชาด|วัด|แฟร์|เทศกาล|ประจำปี|ลอยกระทง|สงกรานต์|ปีใหม่|บุญ|บวช|แต่ง|กฐิน|ผ้าป่า)|คอนเสิร์ต"
    r"|บุญ(?:กฐิน|ผ้าป่า|บั้งไฟ|มหาชาติ|ผะเหวด|ข้าวจี่|ข้าวสาก)|ตลาดนัด|เทศกาล|ฟุตบอล|บอลไทย|ดูบอล|มวยไทย|ต่อยมวย"
    r"|โมโตจีพี|ทีมชาติ|\b(?:concerts?|festivals?|motogp|moto\s?gp|football|soccer|marathon)\b"
    # the weather to come, asked ("พรุ่งนี้ฝนจะตกไหม", "อาทิตย์หน้าอากาศจะหนาวไหม", "will it rain")
    r"|(?:ฝน|พายุ|อากาศ)(?:จะ|สิ)?(?:ตก|เข้า|หนาว|ร้อน|ดี|เย็น)?(?:ไหม|มั้ย|หรือเปล่า|รึเปล่า|ป่าว|บ่|หรือยัง)"
    r"|\bwill\s+it\s+(?:rain|be\s+(?:cold|hot|sunny))\b|\bweather\s+forecast\b"
    # about the bot as a person
    r"|(?:บอท|น้องบอท|แอดมิน)\S{0,4}?(?:เป็น(?:ผู้ชาย|ผู้หญิง|ชาย|หญิง)|อายุ|มีแฟน|มีผัว|มีเมีย|กินข้าว"
    r"|ชอบกิน|ชอบสี|หน้าตา|สวยไหม|หล่อไหม|โสด)|\bare\s+you\s+(?:a\s+)?(?:boy|girl|man|woman|male"
    r"|female|single|married)\b|\bhow\s+old\s+are\s+you\b"
    # a recipe
    r"|สูตร(?:แกง|ต้ม|ผัด|ทอด|ทำ|อาหาร|ขนม|ส้มตำ|ตำ|ลาบ|น้ำพริก|หมัก|ย่าง|ก๋วยเตี๋ยว|กับข้าว|ไก่|หมู|ปลา|เค้ก)"
    r"|วิธี(?:ทำ|ต้ม|ผัด|ทอด|แกง)(?:แกง|ต้ม|ผัด|ลาบ|ส้มตำ|ตำ|ขนม|อาหาร|กับข้าว|น้ำพริก|ไก่|หมู|ปลา|ไข่|ข้าว"
    r"|เค้ก)|\brecipes?\b|\bhow\s+(?:do\s+i|to)\s+(?:cook|make)\s+(?:som\s*tam|larb|curry|sticky)"
    # chit-chat asked back, in Thai, Isan and Latin letters
    r"|(?:ทำ|เฮ็ด)(?:อะไร|หยัง|ไร|อิหยัง)อยู่|ว่าง(?:บ่|ไหม|มั้ย|ป่าว|เปล่า)|อยู่ไส(?:น้อ|หนอ)|ไปไหนมา|ไปไส(?:มา)?"
    r"|กิน(?:ข้าว|เข้า)(?:งาย|แลง|เที่ยง|ท่ยง)?(?:แล้ว)?(?:บ่|ยัง|หรือยัง|รึยัง)"
    r"|\bkin\s*khao\s*(?:rue|reu|lue|leu)?\s*(?:yang|laew)\b|\bpai\s*nai\s*(?:ma|kha|krub|krap)?\s*$"
    r"|\bwhat(?:'?s|\s+are)\s+you\s+(?:doing|up\s+to)\b|\bhave\s+you\s+eaten\b"
    # a pet or a view shown
    r"|(?:รูป|คลิป|ภาพ)(?:แมว|หมา|น้องหมา|น้องแมว|หลาน|ดอกไม้|วิว)[^.!?]{0,24}?(?:น่ารัก|สวย|ตลก)"
    # the family's own health, a school play, a private debt
    r"|(?:เป็น|ป่วย)(?:มะเร็ง|เบาหวาน|ความดัน|อัมพาต|ไข้เลือดออก|โควิด)|ฉายแสง|คีโม|ฟอกไต|อินซูลิน"
    r"|ละคร(?:โรงเรียน|วันเด็ก)|\bschool\s+play\b|ทวงหนี้|หนังสือทวง|\bdebt\s+collect\w*"
)
#: … unless a public matter, an official or a wrong is named beside it (a price asked at the
#: market is no sum paid to anyone): a complaint, however it opens.
NOT_FOR_THE_BOT_NOT = (
    r"เก็บ(?:เงิน|ค่า)|รีดไถ|ส่วย|หัวคิว|ยักยอก|ขโมย|(?:เอา|ยัก)\S{0,6}?เงิน|เงิน\S{0,12}?(?:หาย|ไม่ครบ|ไปไหน)"
    r"|ถนน|ประปา|(?<!ว่า)งบ(?![่้])|ซ่อม|สร้าง|โครงการ|ผู้รับเหมา|(?<!ส)อบต|เทศบาล|ราชการ|เจ้าหน้าที่|เบี้ย|โกง|ใต้โต๊ะ|สินบน"
    r"|เรียก(?:เงิน|รับ|เก็บ)|หัก|ฟ้อง|แจ้ง|ร้องเรียน|ผู้ใหญ่บ้าน|กำนัน|นายก|ปลัด|ตำรวจ|อสม|ข้าราชการ"
    r"|\b(?:road|budget|bribe|complain|report|official|police|headman|mayor)"
    r"|\b(?:jaeng|chaeng|rong\s?rian|kong)\b"
)
#: … unless a public matter is named beside it ("ฝนตกทีไรถนนพัง", "ร้อนจนน้ำประปาไม่ไหล",
#: "หิวเพราะเบี้ยไม่ได้"): a complaint, however it opens; or it opens with a word that carries
#: on what was said before ("แต่…ฝนตกทีเดียวก็เละ"): a story told in pieces, not a remark.
SMALL_TALK_NOT = (
    r"^(?:แต่|และ|แล้ว|ส่วน|ซึ่ง|เพราะ|ทั้งที่|พอ)|^(?:but|and|then|because|so)\b"
    r"|ถนน|ประปา|น้ำไม่ไหล|งบ(?![่้])|เงิน|บาท|ซ่อม|สร้าง|โครงการ|ผู้รับเหมา|อบต|เทศบาล|ราชการ|เจ้าหน้าที่|เบี้ย|โกง"
    r"|เรียก|จ่าย|ฟ้อง|แจ้ง|ร้องเรียน|road|budget|money|baht|repair|bribe|complain|report"
)
#: Sounds said to fill a chat outside any question: laughter ("5555555", "ฮ่าๆ"), a giggle
#: ("อิอิ", "คิคิ"), Isan's "เด้อ" and a drawn-out "จ้าาา", alone or one after another.
FILLER = r"^(?:(?:5{3,}|(?:อิ){2,}|(?:คิ){2,}|ฮ่า(?:ๆ|ฮ่า)*|เด้อ+|จ้า+|ๆ)[\s!.~,]*)+$"
#: What marks a filler as one (a "จ้า" alone is a yes to whatever was said).
FILLER_MARK = r"5{3}|อิอิ|คิคิ|ฮ่า|เด้อ"
#: Laughter that opens a remark ("5555555 ขำตาเปลี่ยนยางรถ"): chatter, outside any question.
LAUGHTER_FIRST = r"^(?:5{3,}|ฮ่า(?:ๆ|ฮ่า)+|haha+)"


REMARKS = (
    r"^(?:เฮ้อ|เฮ่อ|โอ้ย|โอ๊ย|ฮือ|แหม|ugh|sigh|haha+|555+)(?=\s|$|[ๆ.!,])",  # not "อืม": it thinks
    r"แป๊บ|[สซ]ักครู่|ครู่(?:หนึ่ง|นึง|เดียว)|เดี๋ยว\S{0,14}(?:ก่อน|มาตอบ|มาบอก)|รอ(?:ก่อน|แป๊บ|เดี๋ยว)",
    r"one (?:moment|sec)|hold on|wait a (?:sec|second|minute)|let me (?:think|check|ask)",
    PAUSE_FIRST,
    r"ตอบช้า|my thai|ภาษาไทย\S{0,6}(?:ไม่|บ่)|เป็นคนหรือ\S{0,4}(?:บอท|หุ่นยนต์)|are you a (?:bot|robot)",
    r"เหนื่อยใจ|ปวดหัว|เครียด(?:จัง|มาก)|ท้อใจ|ท้อแท้|เศร้าใจ|ขำ(?:ดี|จัง)?$",
)


#: What makes a text told at no step a complaint even when no official, agency or kind is read
#: surely: money asked or paid, a report or a complaint named, a wrong named (cheating, theft,
#: a budget, a bribe), in Thai, Isan, English or Latin-typed Thai. Without one, and with no
#: official, agency or kind, a text at no step is chit-chat (the weather, family news, a
#: funeral), not a story's start.
COMPLAINT_CUE = (
    r"เงิน|บาท|ค่า(?!ะ)|จ่าย|แจ้ง|ร้องเรียน|ร้องทุกข์|ฟ้อง|โกง|ทุจริต|คอรัปชั่น|คอร์รัปชัน|งบ(?![่้])|ใต้โต๊ะ|สินบน"
    r"|เรียกรับ|เรียกเก็บ|หัวคิว|ยักยอก|ขโมย|ไม่ได้รับ|บ่ได้รับ|ตัดชื่อ|เส้นสาย|ซื้อเสียง|ถนน|โครงการ|ประมูล|ใบเสร็จ|ขู่"
    r"|แต่|(?:ไม่|บ่)(?:ไหล|ได้|มี|เห็น|ทำ|ซ่อม|เสร็จ|ครบ|ตรง)|พัง|ชำรุด|เก่า|ทาสี|เสีย|หาย|ป้าย"
    r"|ฟรี|\d|money|baht|free|pay|paid|bribe|receipt|threat|report|complain|fraud|cheat|corrupt|budget|stole|steal|fee|kickback"
    r"|ngoen|ngern|jaeng|chaeng|rong ?rian|kong\b|tutjarit"
)
