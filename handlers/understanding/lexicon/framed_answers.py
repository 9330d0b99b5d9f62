"""Answers said in a frame, meant plainly (issue 16): a question back or emphasis around the
answer, agreement asked back, consent said as what it allows, "not all of it is right", and
the agency question's frame denied with the body named instead."""

from __future__ import annotations

from handlers.understanding.lexicon.identity import RELATIVES_TH

#: An answer said as a question back or with a frame of emphasis, meant plainly (issue 16):
#: "ก็ … ไง(ล่ะ)", "… นั่นแหละ", then "ใครจะกล้า(ทำ)อีกล่ะ", "who else would dare?". The frame
#: is dropped before the answer is read (flattened text, particles allowed after it).
RHETORICAL_LEAD = r"^(?:ก็|กะ|ก้|well|of course|obviously)[\s,]*(?=\S)"
RHETORICAL_TAIL = (
    r"[\s,]*(?:"
    r"(?:ใคร|ไผ)(?:จะ|สิ|ซิ)กล้า\S{0,16}"
    r"|(?:ใคร|ไผ)(?:จะ|สิ|ซิ)(?:ทำ|เฮ็ด|เป็น|โกง|กิน)\S{0,16}?(?:อีก|ล่ะ|ละ|เล่า|หละ)+"
    r"|(?:ใคร|ไผ)(?:อีก|อื่น)?(?:ซะอีก|ล่ะ|ละ|เล่า|หละ)|(?:ใคร|ไผ)(?:อีก|อื่น)"
    r"|จะ(?:เป็น|แม่น)?(?:ใคร|ไผ)(?:ไป)?(?:ได้)?(?:ซะ)?(?:อีก)?(?:ล่ะ|ละ|หละ)?"
    r"|จะ(?:เป็น)?(?:เรื่อง)?(?:อะไร|อิหยัง|หยัง)(?:ได้)?(?:อีก|ไป)?(?:ล่ะ|ละ|หละ)?"
    r"|ถามได้|ถามแปลก\S{0,3}"
    r"|who else\b[^.!\n]*|of course|obviously"
    # what the thing told is called, asked after telling it ("แบบนี้เรียกว่าอะไรคะ", "อันนี้เรียกว่า
    # โกงใช่ไหม"): the telling is the answer, the name is the bot's to give
    r"|(?:ทำ)?(?:แบบ|อย่าง|อัน|ยัง)(?:นี้|นั้น|งี้)(?:เขา)?เรียก(?:ว่า)?\S{0,10}?"
    r"(?:อะไร|หยัง|ใช่ไหม|ใช่มั้ย|ไหม|มั้ย|หรือเปล่า|รึเปล่า|ได้ไหม|ได้มั้ย)(?:คะ|ครับ|คับ|จ๊ะ|นะ|เนาะ)*"
    # a worry for them said after ("มีเพื่อนรู้ด้วย แต่ไม่อยากให้เพื่อนโดนไปด้วย"): no part of it
    r"|แต่\s?(?:ก็)?(?:ไม่อยากให้|กลัว|ห่วง|เกรงว่า|but I don'?t want|but I'?m afraid)[^\n]*"
    r")[\s?!.]*$"
)
#: The question asked back before its answer (walk17): "เคยแจ้งศูนย์ดำรงธรรมไหมน่ะเหรอ? ยังครับ",
#: "ถามว่าเคยร้องเรียนที่อื่นไหม ยังไม่เคย" (an echo, marked by "เหรอ"/"หรอ" or "ถามว่า"): only
#: what follows answers.
RHETORICAL_ECHO = (
    r"^(?:ถามว่า\s*\S[^?\n]{0,40}?(?:ไหม|มั้ย|มั๊ย|หรือยัง|รึยัง|หรือเปล่า|รึเปล่า)"
    r"|\S[^?\n]{0,40}?(?:ไหม|มั้ย|มั๊ย|หรือยัง|รึยัง|หรือเปล่า|รึเปล่า)(?:น่ะ|นะ|หนะ)?(?:เหรอ|หรอ|เหรอะ))"
    r"(?:คะ|ครับ|คับ|จ๊ะ|จ้ะ)?[\s?]*\s(?=\S)"
)
RHETORICAL_END = (
    r"(?<=\S)\s*(?:ไง|ไงล่ะ|ไงละ|ไงเล่า|นั่นแหละ|นั่นแหล่ะ|นั่นล่ะ|นั่นละ|นี่แหละ|น่ะสิ|น่ะ|แหละ|แหล่ว|เด้|ซิ)"
    r"(?:ค่ะ|คะ|ครับ|คับ|จ้ะ|จ้า|นะ|เด้อ|เนาะ)*[\s?!.]*$"
)
#: Agreement said as a question back: "ถ้าไม่ยินยอมจะพิมพ์มาทำไม" (if I did not agree, why
#: would I type?), "ไม่งั้นจะมาแจ้งทำไม", "why else would I be here": a yes (flattened text).
AFFIRMED_AS_ASKED = (
    r"(?:ถ้า|หาก)(?:ไม่|บ่)\S{0,24}?(?:จะ|สิ|ซิ|คง)\S{0,30}?(?:ทำไม|เฮ็ดหยัง|ทำหยัง|เฮ็ดอีหยัง)"
    r"|(?:ไม่|บ่)(?:งั้น|ยังงั้น|อย่างนั้น|ซั้น|จั่งซั้น)\S{0,30}?(?:ทำไม|เฮ็ดหยัง|ทำหยัง)"
    r"|(?:ไม่|บ่)(?:ยอม|ยินยอม|ตกลง|อยากแจ้ง)\S{0,4}(?:จะ|สิ)\S{0,24}?(?:ทำไม|เฮ็ดหยัง)"
    r"|whyelsewouldi|ifididn'?tagree|ifididnotagree|whywouldibe(?:here|typing|writing)"
)
#: At the summary, "not all of it is right" without naming what: a no, after which the bot asks
#: what to change ("มีบางอันผิดอยู่ค่ะ", "ยังมีที่ต้องแก้", "บ่ถูกทั้งหมดเด้อ", "some of it is wrong";
#: flattened text).
PARTLY_WRONG = (
    r"^(?:แต่)?(?:ยัง)?มี(?:บาง)?(?:ข้อ|อัน|ที่|จุด|ตรง|อย่าง|ส่วน)\S{0,10}?(?:ไม่ถูก|ผิด|ไม่ใช่|บ่แม่น"
    r"|บ่ถูก|ต้องแก้|ต้องเปลี่ยน|ไม่ตรง)"
    r"|^(?:ยัง)?(?:ไม่|บ่)(?:ถูก|ใช่|แม่น|ครบ)(?:ทั้งหมด|หมด|ทุกข้อ|ทุกอย่าง|ซะทีเดียว)"
    # "ยังไม่ถูกนะคะ มีข้อผิดอยู่", "…มีผิดอยู่สองที่", "ข้อมูลยังผิดอยู่": not right, no field named
    # … "ยังไม่ถูกสักทีค่ะ มีข้อนึงผิด": how long it has not been right, and how many are wrong
    r"|^(?:ยัง)?(?:ไม่|บ่)(?:ถูก|แม่น)(?:สักที|ซักที|เลย)?(?:นะ|ค่ะ|คะ|ครับ|คับ|เด้อ)*(?:แต่)?(?:ยัง)?มี(?:บาง)?"
    r"(?:ข้อ|อัน|ที่|จุด|ตรง)?\S{0,6}?(?:ผิด|ไม่ถูก|ไม่ตรง)"
    r"|^(?:ข้อมูล|มัน|อัน)?ยัง(?:ผิด|ไม่ถูก)(?:อยู่)?(?:นะ|ค่ะ|คะ|ครับ|คับ|เด้อ)*"
    r"(?:มี(?:ข้อ|อัน|ที่|จุด|ตรง)\S{0,6}?(?:ผิด|ไม่ถูก|ไม่ตรง))?$"
    r"|^(?:some|part|one)(?:of(?:it|them|this))?(?:is|are|'s)?(?:wrong|notright|incorrect)"
    r"|^(?:not|isn't|itisn't|it'snot)(?:all|everything)(?:is)?(?:right|correct)"
)
#: At the agency question, the question's frame denied and the body that did it named instead:
#: "ไม่ใช่หน่วยงานค่ะ เป็นกลุ่มออมทรัพย์", "บ่แม่นราชการ เป็นสหกรณ์", "not an office, the village
#: fund" (cleaned text; what follows the group is the answer).
NOT_AN_OFFICE = (
    r"^\s*(?:มัน)?(?:ไม่|บ่)(?:ใช่|แม่น|ได้เป็น|ได้)\s*(?:หน่วยงาน|ราชการ|ของรัฐ|ของหลวง|สำนักงาน|ออฟฟิศ"
    r"|ที่ทำการ|หน่วยราชการ)\S{0,6}\s*(?:นะ|ครับ|ค่ะ|คะ|จ้า|เด้อ)*[\s,]*(?:แต่)?\s*(?:เป็น|คือ|มัน)?\s*"
    r"|^\s*(?:it'?s\s+)?not\s+(?:an?\s+|the\s+|a\s+government\s+)?(?:office|agency|government)"
    r"[\s,;.]*(?:it'?s|but|just)?\s*"
)
#: Consent said as what it allows, not as "ยินยอม": "อนุญาตให้เอาข้อมูลไปใช้ได้", "ให้ใช้ได้เลย",
#: "เอาไปใช้ได้", "you can use what I tell you" (flattened text; a "ไม่"/"บ่" before it refuses).
CONSENT_GIVEN = (
    r"(?<!ไม่)(?<!บ่)(?<!อ็อต)(?:ยอม|ยินยอม|อนุญาต|ตกลง|เต็มใจ)ให้\S{0,12}?(?:ใช้|เอาไป|เก็บ|ดู)"
    r"|^(?:ให้|เอาไป|เอา)?ใช้(?:ข้อมูล\S{0,8})?ได้(?:เลย|เต็มที่|ตามสบาย)?$"
    r"|^(?:you|u)(?:can|may)use(?:it|them|my\S{0,12}|what\S{0,16})?$"
    r"|^(?:i)?(?:allow|permit)(?:it|you|that)?\S{0,24}$"
    # the one filed for agrees ("ยายยอมครับ", "แม่ตกลงค่ะ"): a relay's yes, said for them
    rf"|^(?:{'|'.join(RELATIVES_TH)})(?:เพิ่น|เขา|แก|ท่าน)?(?:ก็)?(?:ยอม|ยินยอม|ตกลง)(?:แล้ว|ด้วย)?"
    r"(?:ครับ|คับ|ค่ะ|คะ|จ้า|จ้ะ|นะ|เด้อ)*$"
)
#: An answer put as a check (issue 16): "มันคือเรียกเงินใช่ไหมครับ", "เมื่อวันศุกร์ที่ผ่านมาใช่ไหมนะ",
#: "อบต.ปะคำหรือเปล่าครับ", "มื้อวานแม่นบ่", "ส่งได้เลยใช่ไหมครับ": the words before the check are
#: the answer, meant tentatively (cleaned text; a clause with "ที่…" may follow the check).
CHECKED_TAIL = (
    r"\s*(?:(?:ใช่|แม่น|ถูก)(?:ไหม|มั้ย|มั๊ย|ไม๊|บ่|ป่ะ|ปะ|ป่าว|เปล่า|หรือเปล่า|รึเปล่า|หรือไม่|ไม่)"
    r"|(?:หรือ|รึ)(?:เปล่า|ป่าว|ไม่)|ป่าว|ป่ะ|มั้ง)"
    r"(?:นะ|คะ|ครับ|คับ|จ๊ะ|จ้ะ|เด้อ|น้อ|นอ|ล่ะ|หนอ)*(?:[\s?]+ที่\S[^?\n]{0,40})?[\s?!.]*$"
)
#: At the witness question, whether the one named counts (issue 16): "แฟนผมไปด้วย นับไหมครับ",
#: "เมียผมอยู่ด้วย นับเป็นพยานได้ไหม", "พ่อผมเห็นเหมือนกัน ได้ไหมครับ": the one named, with a yes.
COUNTS_TAIL = (
    r"[\s,]*(?:(?:นับ|ใช้|เป็น)(?:เป็น)?(?:พยาน)?(?:ได้)?|ได้)"
    r"(?:ไหม|มั้ย|มั๊ย|บ่|หรือเปล่า|รึเปล่า|ป่าว)(?:นะ|คะ|ครับ|คับ|จ๊ะ|เด้อ)*[\s?!.]*$"
)
#: … but not a check of what the bot meant ("หน่วยงานนี่หมายถึงที่ทำงานเขาใช่ไหม"), nor whether
#: something may be done ("ลูกชายจะแจ้งแทนพ่อได้หรือเปล่า"), nor, at a yes/no
#: question, of what must be done or what follows ("ต้องส่งก่อนใช่ไหม", "ส่งแล้วแก้ไม่ได้ใช่ไหม").
#: At the kind question, the check names the kind: "มันคือเรียกเงินใช่ไหม", "แบบนี้นับเป็นสินบน
#: หรือเปล่า", "อันนี้โกงงบแม่นบ่", or the kind's word alone ("ฮั้วใช่ไหม"): the named part.
KIND_CHECKED = r"(?:^|คือ|เป็น|เรียกว่า|นับว่า|ถือว่า|แบบนี้|อย่างนี้|อันนี้|น่าจะ)\s*(?:การ)?(\S{2,20})$"
CHECKS_MEANING = r"หมายถึง|หมายความ|แปลว่า|ที่ถามว่า|means?\b|ได้$"
CHECKS_A_RULE = (
    r"ต้อง|ถ้า|แล้ว(?:จะ|ก็)?\S{0,8}(?:ไม่|บ่)|ไม่ได้|บ่ได้"
    # a question asked before agreeing ("ก่อนยินยอม ขอเรียนถามว่า…", "ขอทราบว่า…มีค่าธรรมเนียม
    # หรือเปล่า"): asking, not the yes
    r"|ก่อน(?:ที่)?(?:จะ)?(?:ตกลง|ยินยอม|ยอม|ส่ง|แจ้ง)|(?:ขอ|อยาก)(?:เรียน)?(?:ทราบ|ถาม|รู้)"
)
