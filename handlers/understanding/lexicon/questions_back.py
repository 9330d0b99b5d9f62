"""Questions back about the process (faq): what makes a text a question, the language
asked about, and the cue words of each question back."""

from __future__ import annotations

#: The question words a place's name can hold ("อ.หนองกี่ วันที่ 3" compacts to "…หนองกี่วันที่…",
#: "กี่วัน" in it; เขตสายไหม, อ.สระใคร): every province and district named so is a place named,
#: nothing asked, and is left out before the marks and cues are found (`questions.without_places`).
PLACES_ASKING_NOTHING = r"กี่|ไหม|ใคร"

#: A question word followed by "(แล้ว)ก็ไม่รู้" ("นานแค่ไหนแล้วก็ไม่รู้ ผู้ใหญ่บ้านเก็บเงิน…", "ทำไม
#: ก็ไม่รู้", "กี่ปีแล้วก็บ่ฮู้"): "who knows how long", told, nothing asked; left out before
#: the marks and cues are found, like a place's name (compacted text).
ASKING_NOTHING_UNKNOWN = (
    r"(?:นาน)?(?:แค่ไหน|เท่าไหร่|เท่าไร|กี่[ก-๙]{1,6}?|ทำไม|ยังไง|อย่างไร|เมื่อไหร่|เมื่อไร|ที่ไหน"
    r"|ใคร|อะไร)(?:แล้ว|กัน|ล่ะ)?(?:ก็|กะ)(?:ไม่|บ่)(?:รู้|ฮู้|ทราบ)"
)

#: Evidence promised for later, no question put ("พรุ่งนี้จะถ่ายรูปกองปุ๋ยส่งมาให้นะครับ", "เดี๋ยวจะส่ง
#: คลิปตามมา"): answered as "can I send it later?" (compacted text).
EVIDENCE_PROMISED = (
    r"(?:จะ|เดี๋ยว|ไว้|พรุ่งนี้|มะรืน)\S{0,20}?(?:ถ่าย|ส่ง|อัด|เอา|ไปหา|หา)\S{0,12}?"
    r"(?:รูป|ฮูป|ภาพ|คลิป|วิดีโอ|วีดีโอ|เสียง|หลักฐาน|เอกสาร|ใบเสร็จ|สลิป)\S{0,30}?"
    r"(?:ส่งมา|มาให้|ส่งให้|ตามมา|ทีหลัง|ภายหลัง)"
)

#: Reporting here set beside another body that takes complaints ("แจ้งที่นี่กับแจ้ง ป.ป.ช.
#: ต่างกันยังไง", "ต่างจากแจ้ง สตง. ยังไง", "เคยแจ้งศูนย์ดำรงธรรมแล้ว แจ้งซ้ำได้ไหม", "different
#: from the NACC"): the question where else to report (faq.report_elsewhere), not "other".
#: Read on the cleaned lower-case question; a body named alone ("จะส่งให้ ป.ป.ช. ไหม") is not it.
_ELSEWHERE_BODY = (
    r"(?:ป\.?\s*ป\.?\s*ช|ป\.?\s*ป\.?\s*ท|(?:ศูนย์)?ดำรงธรรม|สตง|ผู้ตรวจการแผ่นดิน|1567"
    r"|\bnacc\b|damrongdhama|ombudsman|anti-?corruption commission)"
)
_ELSEWHERE_SET_BESIDE = r"(?:ต่างกัน|ต่างจาก|ต่างยังไง|ต่างไง|เหมือนกัน|ซ้ำ|differen|same as|instead of)"
REPORT_ELSEWHERE_ASKED = (
    rf"{_ELSEWHERE_BODY}.{{0,40}}{_ELSEWHERE_SET_BESIDE}"
    rf"|{_ELSEWHERE_SET_BESIDE}.{{0,40}}{_ELSEWHERE_BODY}"
)


#: The text is a question when it carries one of these (compacted) or a "?".
QUESTION_MARKS = (
    "แน่นะ",
    "ใช่ไหม",
    "จริงไหม",
    "จริงเหรอ",
    "ไหม",
    "มั้ย",
    "มั๊ย",
    "ไม๊",
    "หรือเปล่า",
    "รึเปล่า",
    "หรือไม่",
    "หรือยัง",
    "บ่",  # Isan end-of-question particle ("ต้องบอกชื่อบ่")
    "ยังไง",
    "อย่างไร",
    "ยังงัย",
    "เท่าไร",
    "เท่าไหร่",
    "กี่วัน",
    "นานไหม",
    "นานแค่ไหน",
    "นานเท่าใด",  # formal
    "ใครบ้าง",
    "เมื่อไหร่",
    "เมื่อไร",
    "แค่ไหน",
    "คืออะไร",
    "ได้ไหม",
    "ได้มั้ย",
    "ได้บ่",
    "บ่ล่ะ",
    "แม่นบ่",
    "ไหมคะ",
    "อะไรต่อ",
    "ต่อไปยังไง",
    "can i",
    "do i",
    "will they",
    "who ",
    "how ",
    "what happens",
    "is it",
    "does it",
)
#: Which language to type in ("พิมพ์ภาษาไทยได้ไหม", "can I type in Thai?", "เว้าอีสานได้บ่"): the
#: question back "language", read by these words alone (flattened), not by the question model.
LANGUAGE_ASKED = (
    "ภาษาไทย",
    "ภาษาอังกฤษ",
    "ภาษาอีสาน",
    "ภาษาลาว",
    "ภาษาเขมร",
    "พิมพ์ไทย",
    "พิมพ์อังกฤษ",
    "เว้าอีสาน",
    "พูดอีสาน",
    "เว้าลาว",
    "inthai",
    "inenglish",
    "typethai",
    "speakthai",
    "writethai",
)
#: Whether this is the government ("เป็นของรัฐบาลไหม", "is this a government service?"): asked
#: back as "other", answered with who runs it (the talk reads these words in the question).
GOVERNMENT_ASKED = r"รัฐบาล|ราชการ|หน่วยงานรัฐ|ของรัฐ|ทางการ|\bgovernment\b|\bgovt\b|state[- ]run"
#: Whether a complaint without a name gets the same care ("ไม่บอกชื่อ เรื่องจะได้รับการดูแล
#: เหมือนกันไหม", "…จะถูกปัดตกไหม"): asked as "must I give my name", answered yes or no (the
#: talk reads these words in the question).
SAME_CARE_ASKED = (
    r"(?:ดูแล|สนใจ|ตรวจสอบ|รับเรื่อง|เบิ่ง|ใส่ใจ|จัดการ|ทำเรื่อง)\S{0,16}?(?:เหมือน|เท่า|คือกัน|เสมอ)"
    r"|ปัดตก|ไม่สนใจ|ไม่ดูแล|ถูกเมิน|โยนทิ้ง|ไม่ตรวจสอบ|same\s+care|taken\s+as\s+seriously"
)
#: Whether someone inside the office concerned asks what reporting costs them there ("หัวหน้า
#: จะรู้ไหมคะว่าหนูแจ้ง", "ถ้าแจ้งแล้วจะโดนย้ายไหม", "will my supervisor find out?"): their boss,
#: their post or their work named in a question back, answered with what the committee sees,
#: anonymity and whom to tell if pressed (`faq.insider`; the talk reads these words in it).
INSIDER_ASKED = (
    r"หัวหน้า(?!หมู่บ้าน|คุ้ม|ชุมชน|กลุ่ม|ครอบครัว)|ผู้บังคับบัญชา|เจ้านาย|นายจ้าง"
    r"|(?:โดน|ถูก|สั่ง|จะ)\s*ย้าย(?!บ้าน|ที่อยู่)|ไล่ออก|เลิกจ้าง|ต่อสัญญา|ตกงาน|ออกจากงาน|เสียงาน"
    r"|หน่วยงาน(?:ของ)?ตัวเอง|ที่ทำงาน|เพื่อนร่วมงาน|คนในหน่วยงาน|ลูกจ้าง"
    r"|(?:^|ผม|หนู|ดิฉัน|ฉัน|ข้อย|เรา)\s*(?:ก็|เอง)?\s*(?:ทำงาน|เป็น\s*(?:ครู|พยาบาล|เสมียน|พนักงาน"
    r"|เจ้าหน้าที่|ธุรการ|ข้าราชการ|จนท|คนงาน|การเงิน|พัสดุ))"
    r"|\b(?:boss|supervisor|manager|my\s+(?:own\s+)?(?:office|job|post|contract|department)"
    r"|colleagues?|(?:get|be|being)\s+(?:fired|sacked|transferred|moved)|lose\s+my\s+job"
    r"|i\s+work\s+(?:at|in|for)|i'?m\s+an?\s+(?:clerk|nurse|teacher|officer|employee|staff))\b"
)
#: Whether gathering evidence is against the law ("ถ้าแอบถ่ายรูปอาหารเด็กมาให้จะผิดกฎหมายไหม",
#: "อัดเสียงเขาไว้ จะโดนฟ้องกลับบ่", "is it illegal to record him"): the taking of a picture,
#: a recording or a copy, and a breach of the law, either said first.
_GATHERED = (
    r"(?:แอบ)?(?:ถ่าย(?:รูป|ภาพ|คลิป|วิดีโอ|วีดีโอ)?|อัด(?:เสียง|คลิป|วิดีโอ)?|บันทึก(?:เสียง|ภาพ)"
    r"|ถ่ายเอกสาร|เอาเอกสาร|แคป(?:หน้าจอ)?|record\w*|film\w*|photograph\w*|(?:take|taking)\s+(?:a\s+)?(?:photo|picture)s?)"
)
_UNLAWFUL = (
    r"(?:ผิดกฎหมาย|ผิดกฏหมาย|ผิด\s*พ\.?ร\.?บ|มีความผิด|โดนฟ้อง|ถูกฟ้อง|ฟ้องกลับ|ติดคุก|โดนจับ|ถูกจับ"
    r"|illegal|against\s+the\s+law|unlawful|get\s+(?:me\s+)?(?:in)?to\s+trouble|be\s+sued|sue\s+me)"
)
EVIDENCE_LAW_ASKED = rf"{_GATHERED}.{{0,60}}?{_UNLAWFUL}|{_UNLAWFUL}.{{0,30}}?{_GATHERED}"
#: One's own legal risk for reporting asked back (issue 16, walk30): "แล้วตำรวจจะมาจับกูไหม",
#: "ยายผิดไหมลูก", "เขาจะฟ้องกลับหาว่าหมิ่นประมาทไหม", "แจ้งแล้วจะมีคดีติดตัวไหม", "will the police
#: arrest me?", "can I get sued?": answered "legal_risk" (reporting in good faith is no crime;
#: the committee passes no names to the police). Read on the cleaned lower-case question; a
#: wrongdoer's arrest asked about ("ตำรวจจับคนผิดได้ไหม") names no one reporting, so is not it.
_ME = r"(?:กู|ผม|ฉัน|หนู|เรา|ข้อย|ยาย|ตา|ลุง|ป้า|น้า|พ่อ|แม่|ดิฉัน|ตัวเอง|me|i|us|we)"
LEGAL_RISK_ASKED = (
    r"(?:จับ|เอาตัว|มาเอา)\s*" + _ME + r"(?!\S*ผิด)"
    r"|" + _ME + r"\s*(?:จะ|สิ|ก็)?\s*(?:โดน|ถูก)\s*(?:ตำรวจ)?\s*(?:จับ|ฟ้อง|ดำเนินคดี)"
    r"|(?:^|\s|แล้ว|ไป)(?:จะ|สิ)?\s*(?:โดน|ถูก)\s*(?:จับ|ฟ้อง|ดำเนินคดี)"
    r"|ฟ้องกลับ|หมิ่นประมาท|คดีติดตัว|ติดคุก|(?:แจ้ง|บอก)\S{0,12}ผิดกฎหมาย|ผิดกฎหมาย\S{0,6}(?:ที่|ถ้า)?(?:แจ้ง|บอก)"
    r"|" + _ME + r"\s*(?:จะ)?(?:ผิด|มีความผิด)\s*(?:ไหม|มั้ย|บ่|หรือเปล่า|รึเปล่า)"
    r"|ว่า\s*(?:ผิด|มีความผิด)\s*(?:ไหม|มั้ย|บ่)"
    r"|ชื่อ\S{0,12}(?:ให้|ไปให้|ถึง)\s*ตำรวจ"
    r"|arrest\s*(?:me|us)|\b(?:i|we)\s+(?:get|be)\s+arrested|get\s+sued|be\s+sued|sue\s+me|defamation"
    r"|legal\s+trouble|breaking\s+the\s+law|against\s+the\s+law\s+to\s+report|go\s+to\s+jail"
)
#: Money still being collected ("สงกรานต์ปีนี้ ก็ยังเก็บอยู่ หลานจะช่วยได้ไหม", "เขาเก็บค่าหัวคิว"):
#: "เก็บ" of the wrong done, never how long what is sent is kept, unless the data is named
#: (flattened text).
COLLECTING_NOT_KEPT = r"(?:ยัง|ก็|มา|ไป|เขา)เก็บ(?:อยู่|ทุก|เงิน|ค่า)|เก็บเงิน|เก็บค่า"
KEPT_DATA_NAMED = r"ข้อมูล|ชื่อ|เบอร์|ไว้นาน|ลบ|data|name"
#: What is sent asked as kept ("เรื่องที่แจ้งจะเก็บไว้นานเท่าไหร่", "เก็บไว้กี่ปี"): how long it is
#: kept, not how long until someone acts on it (flattened text).
KEEPING_ASKED = r"เก็บ(?:ไว้)?(?:นาน|กี่|ตลอด)|kept\s+for|keep\s+it"
#: Leave asked before a question ("ขอถามก่อนนะคะ", "ถามหน่อยครับ", "may I ask"): it names no topic,
#: what follows it does.
LEAVE_TO_ASK = (
    r"^\s*(?:ขอ)?(?:สอบ)?ถาม(?:ก่อน|หน่อย|นิดนึง|นิดหนึ่ง|อะไรหน่อย)*(?:นะ|ได้ไหม|ได้มั้ย)?"
    r"(?:คะ|ค่ะ|ครับ|คับ|จ้ะ|จ้า|เด้อ)*\s+|^\s*(?:can|may)\s+i\s+ask(?:\s+something)?\s*(?:first)?[,.?]?\s+"
)
#: Whether what the official did is wrong, asked back (walk40: "แบบนี้ผิดไหมครับ", "อย่างนี้ถือว่า
#: โกงไหม", "เขาทำแบบนี้ได้ด้วยเหรอ", "is that even legal?"): what may make it wrong, never a
#: ruling. Read on the cleaned lower-case question, after one's own risk and evidence's law.
_THIS_DONE = r"(?:แบบนี้|แบบนั้น|อย่างนี้|อย่างนั้น|อย่างงี้|งี้|แบบเนี้ย|จังซี่|จั่งซี่)"
_ASKED_TAIL = r"(?:ไหม|มั้ย|บ่|หรือเปล่า|รึเปล่า|หรือไม่|เหรอ|หรอ|ป่าว|ป่ะ)"
IS_WRONG_ASKED = (
    rf"{_THIS_DONE}\S{{0,20}}?(?:ผิด|โกง|ทุจริต|สินบน|คอร์รัปชัน|คอรัปชั่น)\S{{0,12}}?{_ASKED_TAIL}"
    rf"|(?:ทำ|เรียก|เก็บ)\S{{0,12}}?ได้(?:ด้วย)?(?:เหรอ|หรอ|หรือ|จริง)"
    r"|\b(?:is|isn't|was|wasn't)\s+(?:this|that|it|what\s+they\s+did)\s+(?:even\s+)?"
    r"(?:legal|illegal|allowed|wrong|corruption|a\s+bribe|against\s+the\s+law)\b"
    r"|\b(?:are|were)\s+they\s+(?:even\s+)?allowed\b|\bcan\s+they\s+(?:legally\s+)?(?:do|charge|ask)\b"
)
#: What evidence would help, asked at the evidence question (walk40: "ต้องถ่ายรูปอะไรบ้างคะ",
#: "หลักฐานแบบไหนถึงจะใช้ได้", "what kind of photos would help?"): what to photograph or keep,
#: not how many files may be sent.
WHAT_EVIDENCE_ASKED = (
    r"(?:ถ่าย(?:รูป|ภาพ|คลิป)?|รูป|ภาพ|หลักฐาน|เอกสาร)\S{0,8}?(?:อะไร|อันไหน|แบบไหน|ตรงไหน|อย่างไหน|อิหยัง)"
    r"|\bwhat\s+(?:kind\s+of\s+|sort\s+of\s+)?(?:photos?|pictures?|evidence|documents?|proof)\b"
    r"|\bwhich\s+(?:photos?|pictures?|documents?)\b"
    r"|\bwhat\s+should\s+i\s+(?:photograph|take\s+(?:photos?|pictures?)\s+of|send|keep)\b"
)
FAQ_CUES: dict[str, tuple[str, ...]] = {
    "must_give_name": (
        "ต้องบอกชื่อ",
        "ต้องใส่ชื่อ",
        "ต้องระบุชื่อ",
        "ต้องเปิดเผยชื่อ",
        "เป็นใคร",
        "ไม่ใส่ชื่อ",
        "บอกชื่อไหม",
        "ไม่บอกชื่อได้",
        "ไม่ระบุชื่อ",
        "ระบุชื่อ",
        "ไม่ใส่ชื่อได้",
        "ไม่ต้องบอกชื่อได้",
        "บ่บอกชื่อได้",
        "ไม่บอกชื่อ",
        "ต้องบอกชื่อบ่",
        "ใส่ชื่อจริง",
        "เลขบัตร",
        "บัตรประชาชน",
        "บอกเบอร์",
        "ให้เบอร์",
        "บอกที่อยู่",
        # Isan "ซื่อ" for ชื่อ ("ต้องบอกซื่อบ่", "บ่ใส่ซื่อได้บ่")
        "บอกซื่อ",
        "ใส่ซื่อ",
        "ระบุซื่อ",
        "เปิดเผยซื่อ",
        "ซื่อแท้",
        "ซื่อจริง",
        "give my name",
        "my name",
        "anonymous",
    ),
    "will_they_know": (
        "เขาจะรู้",
        "จะรู้ไหม",
        "รู้ไหมว่า",
        "รู้ไหมคะว่า",
        "รู้ว่าใคร",
        "รู้ว่าเรา",
        "ว่าเราแจ้ง",
        "ว่าหนูแจ้ง",
        "ว่าผมแจ้ง",
        "รู้ว่าผม",
        "รู้ว่าฉัน",
        "สิฮู้",
        "ฮู้บ่",
        "จะรู้บ่",
        "รู้ตัว",
        "รู้ชื่อ",
        "จะรู้",
        "หลุดไป",
        "สืบ",
        "รู้ได้ไหม",
        # said as what would follow (walk29): "เขาก็เดาได้ว่าหนู", "รู้กันแค่หนูกับกำนัน"
        "เดาได้ว่า",
        "เดาได้เลยว่า",
        "เดาออกว่า",
        "เดาถูกแน่ว่า",
        "สิฮู้ว่า",
        "รู้กันแค่",
        "ชื่อหลุด",
        "รั่ว",
        "know it was me",
        "find out",
        "will they know",
    ),
    "is_safe": (
        "ปลอดภัยไหม",
        "ปลอดภัยมั้ย",
        "ปลอดภัยบ่",
        "ปลอดภัยจริง",
        "จะปลอดภัย",
        "ปลอดภัยแน่",
        "ปลอดภัยหรือเปล่า",
        "คุ้มครอง",
        "จะโดนอะไรไหม",
        "จะเป็นอะไรไหม",
        "โดนเล่นงานไหม",
        "จะโดนเล่นงาน",
        "จะเดือดร้อน",
        "มีปัญหาไหม",
        "เป็นอันตรายไหม",
        "มีอันตราย",
        "อันตรายกับ",
        "จะมาหาที่บ้าน",
        "จะโดนทำร้าย",
        "is it safe",
        "safe",
        "get in trouble",
    ),
    "who_sees": (
        # Isan: who ("ไผ") will see, read or know
        "ไผเห็น",
        "ไผสิเห็น",
        "ไผอ่าน",
        "ไผสิอ่าน",
        "ไผสิฮู้",
        "ไผฮู้",
        "ใครเห็น",
        "ใครอ่าน",
        "ใครดู",
        "ใครจะรู้",
        "ใครรู้บ้าง",
        "ส่งไปที่ไหน",
        "ส่งให้ใคร",
        "ไปถึงใคร",
        "ใครเป็นคน",
        "ใครจะมา",
        "คณะกรรมการ",
        "ใครตัดสิน",
        "ใครเป็นคนตัดสิน",
        "ใครพิจารณา",
        "ไปถึง",
        "ไปไส",  # Isan: where it goes ("เรื่องยายไปถึงไส")
        "สิเบิ่ง",
        "ส่งไปที่",
        "ปปช",
        "เก็บไว้ที่ไหน",
        "ข้อมูลเรา",
        "who sees",
        "who reads",
        "who will see",
        "goes to",
    ),
    "how_long": (
        # Isan: how many days ("จักมื้อ", "กี่มื้อ"), long ("ดน"), know ("ฮู้") the outcome
        "กี่มื้อ",
        "จักมื้อ",
        "จักวัน",
        "ดนบ่",
        "ดนปานใด",
        "อีกดน",
        "สิฮู้ผล",
        "สิฮู้เรื่อง",
        "นานไหม",
        "นานแค่ไหน",
        "กี่วัน",
        "นานเท่าไร",
        "นานเท่าไหร่",
        "เมื่อไหร่จะ",
        "เมื่อไรจะ",
        "อีกนาน",
        "รอนานไหม",
        "กี่เดือน",
        "กี่อาทิตย์",
        "กี่สัปดาห์",
        "นานมั้ย",
        "นานบ่",
        "กว่าจะได้",
        "กว่าจะรู้",
        "ต้องรอนาน",
        "จะรู้เรื่อง",
        "จะรู้ผล",
        "ใช้เวลา",
        "how long",
        "when will",
    ),
    # How one sees later where the complaint has got to (not whether the accused will know;
    # "where is my complaint?" itself is the look-up, `TRACK`).
    "follow_up": (
        "รู้ได้ยังไงว่าเรื่อง",
        "รู้ได้อย่างไรว่าเรื่อง",
        "ดูยังไงว่าเรื่อง",
        "ติดตามยังไง",
        "ตามยังไง",
        "ดูได้ยังไง",
        "ดูได้ที่ไหน",
        "เช็คยังไง",
        "ฮู้ได้จั่งใด",
        "check on it",
        "follow it up",
        "how do i follow",
        "how can i see",
        "keep track",
    ),
    "cost": (
        "เสียเงิน",
        "เสียตังค์",
        "ค่าใช้จ่าย",
        "มีค่า",
        "เสียค่า",
        "ต้องจ่าย",
        "ฟรีไหม",
        "ฟรีบ่",
        "ฟรีมั้ย",
        "ฟรี",
        "ค่าธรรมเนียม",
        "เสียตัง",
        "ค่าอะไร",
        "กี่บาท",
        "ค่าแจ้ง",
        "cost",
        "fee",
        "free",
        "pay anything",
    ),
    "can_withdraw": (
        "ถอนได้",
        "ถอนเรื่องได้",
        "ยกเลิกได้",
        "ยกเลิกทีหลัง",
        "ถอนทีหลัง",
        "เปลี่ยนใจทีหลัง",
        "ถอนคืน",
        "จะถอน",
        "ถอนต้อง",
        "ถอนยังไง",
        "ถอนคำร้อง",
        "ถอนเรื่อง",
        "withdraw later",
        "can i withdraw",
        "take it back",
    ),
    "send_later": (
        "ส่งทีหลัง",
        "ส่งภายหลัง",
        "ส่งพรุ่งนี้",
        "ส่งวันหลัง",
        "ค่อยส่ง",
        "ส่งเพิ่มทีหลัง",
        "ส่งรูปทีหลัง",
        "ไว้ส่ง",
        "ส่งหลักฐานพรุ่งนี้",
        "พรุ่งนี้ได้",
        "ทีหลังได้",
        "ภายหลัง",
        "ส่งเพิ่ม",
        "วันหลังได้",
        # Isan "another day" ("ส่งฮูปมื้ออื่นได้บ่"), as the evidence list's "later" reads it
        "มื้ออื่นได้",
        "มื้อหน้าได้",
        "วันอื่นได้",
        "send later",
        "send photos later",
        "later",
    ),
    "what_happens_next": (
        "แล้วจะทำยังไงต่อ",
        "ทำอะไรต่อ",
        "ต่อไปยังไง",
        "ขั้นตอนต่อไป",
        "ขั้นตอน",
        "แล้วจะเป็นยังไง",
        "จะได้อะไร",
        "จะมีใครมา",
        "จะมีคนมา",
        "จะจัดการ",
        "จะดำเนินการ",
        "เกิดอะไรขึ้น",
        "จะทำอะไร",
        "ลงโทษ",
        "มาสอบถาม",
        "โทรกลับ",
        "หลังจากนี้",
        "ยังไงต่อ",
        "ต่อยังไง",
        "แล้วไงต่อ",
        # Isan: how will it be ("สิเป็นจั่งใด๋", its tone mark as typed), what is done next
        "เป็นจั่งใด",
        "เป็นจั๋งใด",
        "เป็นจังใด",
        "เป็นแนวใด",
        "เฮ็ดหยังต่อ",
        "สิเฮ็ดหยัง",
        "สิเฮ็ดจั่งใด",
        "what happens",
        "what next",
        "what will you do",
    ),
    # How long what is sent is kept, and whether one's data can be erased (the retention the
    # privacy notice tells; withdrawing the complaint itself is "can_withdraw").
    "kept_how_long": (
        "เก็บไว้นาน",
        "เก็บไว้กี่",
        "เก็บนาน",
        "เก็บกี่ปี",
        "เก็บไว้ตลอด",
        "อยู่ในระบบตลอด",
        "อยู่ในระบบนาน",
        "อยู่ตลอดไป",
        "ถูกลบเมื่อไหร่",
        "ถูกลบเมื่อไร",
        "ลบเมื่อไหร่",
        "ลบเมื่อไร",
        "ลบข้อมูล",
        "ลบทิ้ง",
        "ลบชื่อ",
        "ลบเบอร์",
        "ลบออกจากระบบ",
        "เก็บข้อมูลนาน",
        "เก็บไว้ดน",
        "how long do you keep",
        "how long is it kept",
        "how long will you keep",
        "kept for",
        "delete my",
        "erase my",
        "deleted",
    ),
    # Whether the exact date is needed ("ต้องบอกวันที่เป๊ะไหม", "บอกแค่เดือนได้ไหม").
    "exact_date": (
        "วันที่เป๊ะ",
        "วันที่แน่นอน",
        "วันที่ตรง",
        "วันที่ชัด",
        "ตรงเป๊ะ",
        "ต้องเป๊ะ",
        "จำวันที่ไม่ได้",
        "ไม่รู้วันที่",
        "จำวันไม่ได้",
        "แค่เดือน",
        "บอกแค่ปี",
        "ประมาณได้ไหม",
        "คร่าวๆได้ไหม",
        "บ่ฮู้มื้อ",
        "exact date",
        "exact day",
        "the exact",
        "only the month",
        "just the month",
    ),
    # Whether it can be kept quiet: filing without a name ("ขอเงียบๆ" at the name choice is
    # that choice, `identity`) and notices no one else can read on the phone.
    "discreet": (
        "เงียบๆ",
        "เงียบ",
        "เป็นความลับ",
        "ปิดเป็นความลับ",
        "เก็บเป็นความลับ",
        "ไม่ให้ใครรู้",
        "ไม่ให้ใครในหมู่บ้าน",
        "บ่ให้ไผฮู้",
        "ข้อความเด้ง",
        "แจ้งเตือนขึ้น",
        "low-key",
        "low key",
        "discreet",
        "secret",
        "confidential",
    ),
    # Whether one may file for someone else (a parent, a neighbour who cannot type).
    "for_someone_else": (
        "แจ้งแทน",
        "ร้องเรียนแทน",
        "ทำแทน",
        "พิมพ์แทน",
        "แทนพ่อ",
        "แทนแม่",
        "แทนยาย",
        "แทนตา",
        "แทนคนอื่น",
        "on behalf",
        "for someone else",
        "for my mother",
        "for my father",
        "for my grandmother",
        "for a neighbour",
        "for my neighbour",
    ),
}


#: The word of the question asked back with "what?" (walk17): "ยินยอมหยัง" (consent to what?),
#: "ห๊ะ แจ้งอีหยัง" (file what?), "ยืนยันอะไรคะ": the question is not understood, and is
#: explained, never answered by it (flattened text, an exclamation allowed before).
WHAT_IS_ASKED = (
    r"^(?:ห๊ะ|หะ|ห้ะ|หา|ห๋า|ฮะ|ฮ้ะ|หือ|ฮึ|เอ๊ะ|อ้าว|ว่า)?"
    r"(?:ยินยอม|ยอม|แจ้ง|ตกลง|ยืนยัน|ส่ง|อนุญาต)(?:ให้)?(?:เรื่อง)?(?:อะไร|อิหยัง|อีหยัง|หยัง|ไร)"
    r"(?!กัน|ก็ได้|ได้หมด)"
)
#: Whether the thing the question asks for is needed at all (issue 16): "ต้องมีรูปด้วยเหรอครับ",
#: "จำเป็นต้องมีพยานไหม", "หลักฐานต้องมีไหม", "ต้องเคยแจ้งที่อื่นก่อนเหรอ", "ต้องมีฮูปบ่",
#: "do I need a photo?" (flattened text), asked alone: answered for the question asked
#: ("required"), then it again.
REQUIRED_ASKED = (
    r"(?:^(?:แล้ว)?(?:จำเป็น)?(?:ต้อง|จำเป็น)\S{0,36}?(?:เหรอ|หรอ|ไหม|มั้ย|มั๊ย|ไม๊|บ่|หรือเปล่า|รึเปล่า|ป่าว)"
    r"|^\S{1,12}?(?:ต้อง|จำเป็นต้อง)(?:มี|ใช้|บอก)(?:ด้วย)?(?:ไหม|มั้ย|บ่|เหรอ|หรอ)"
    r"|^(?:do|must)i(?:really)?(?:need|haveto)\S{0,30}|^is(?:it|an?\w{1,12})(?:required|needed|necessary)"
    # asked alone: an answer after it ("ต้องบอกหน่วยงานด้วยเหรอ ก็ อบต.… นั่นแหละ") is the answer
    r")(?:ว่า\S{0,30})?(?:ครับ|คะ|ค่ะ|คับ|จ๊ะ|จ้ะ|นะ|เด้อ|น้อ|ล่ะ)*\??$"
)
#: Whether reporting makes one go to court or testify ("ต้องไปขึ้นศาลไหมคะ", "ข้อยต้องไปศาลนำบ่",
#: "will I have to testify?"): asked back as "court", read on the flattened lower-case text. Not
#: a pavilion, a shrine or a spirit house (ศาลา, ศาลเจ้า, ศาลพระภูมิ, ศาลปู่ตา).
COURT_ASKED = r"ศาล(?!า|เจ้า|พระภูมิ|ปู่ตา|ตายาย|เพียงตา)|court(?!es|eo)|testif|witnessstand|giveevidence"
#: Whether a person or a program answers ("นี่คุยกับคนจริงหรือคอมพิวเตอร์", "ตอบอัตโนมัติหรือเปล่า",
#: Isan "แม่นคนบ่", "เว้าอยู่กับคนแท้ๆ บ่"), read on the flattened lower-case text with a question
#: said after it (not "คนจริงๆ เห็นกับตา", "คอมพิวเตอร์ของโรงเรียนหาย").
BOT_ASKED = (
    r"(?:(?:คนจริง|คนแท้)\S{0,24}?(?:ไหม|มั้ย|บ่|หรือ|เปล่า|ป่าว|ป่ะ|เหรอ|รึ|\?)"
    r"|(?:บอท|(?<![ก-๙a-z])ai(?![a-z]))\S{0,24}?(?:ไหม|มั้ย|บ่|หรือ|เปล่า|ป่าว|ป่ะ|เหรอ|รึ|\?)"
    r"|(?:คุย|เว้า|แชท|ตอบ)\S{0,8}?(?:คอมพิวเตอร์|คอม|โปรแกรม|หุ่นยนต์|อัตโนมัติ|ระบบ)"
    r"\S{0,16}?(?:ไหม|มั้ย|บ่|หรือ|เปล่า|ป่าว|ป่ะ|เหรอ|รึ|\?)"
    r"|คน(?:หรือ|รึ)(?:ว่า)?(?:เป็น)?(?:บอท|คอม|โปรแกรม|หุ่นยนต์|ระบบ|เครื่อง)"
    r"|(?:^|นี่|คุณ|เจ้า|แอดมิน|ที่นี่)(?:แม่น|เป็น)คน(?:บ่|ไหม|มั้ย|หรือ|รึ))"
)
#: … not asking to talk to one ("คุยกับคนจริงได้ไหม") nor whose it is ("บอทนี้ของรัฐบาลเหรอ").
BOT_ASKED_NOT = r"ได้(?:ไหม|มั้ย|บ่)|ขอคุย|ของ(?:รัฐ|ใคร|หน่วยงาน)|รัฐบาล|khong\s*khrai"
#: … and in English ("are you a real person?", "is this a bot or a human?", "am I talking to a
#: machine").
BOT_ASKED_EN = (
    r"\b(?:are\s+you|is\s+(?:this|it|that)|am\s+i\s+(?:talking|chatting|speaking)\s+(?:to|with))"
    r"\b[^.!?\n]{0,30}?\b(?:bot|chatbot|robot|human|real\s+person|machine|computer|ai"
    r"|automated|program)\b"
)
#: … unless it asks about giving one's own name or number, the exact day, sending later or a
#: cost: those have their own answers.
REQUIRED_NOT = (
    r"บอกชื่อ|ใส่ชื่อ|ระบุชื่อ|เปิดเผยชื่อ|บอกซื่อ|ใส่ซื่อ|ชื่อจริง|ชื่อเรา|ชื่อผม|ชื่อฉัน|ชื่อหนู|เบอร์|บัตร"
    r"|วันที่|เป๊ะ|แน่นอน|ทีหลัง|เสียเงิน|ค่าใช้จ่าย|จ่าย|name|date|later|pay"
)

#: What opens a clause that belongs to the question after it, so is no answer before it
#: ("ถ้าแจ้งไปแล้ว ต้องไปเป็นพยานไหม", "if I say which office, will my boss know?", "ผมเป็นลูกจ้าง
#: อบต. ถ้าแจ้งจะถูกเลิกจ้างไหม"): a condition, or the teller saying who they are.
CLAUSE_OF_THE_QUESTION = (
    r"^(?:ถ้า|หาก|สมมติ|สมมุติ|if\b|what\s+if\b|suppose\b"
    r"|(?:ผม|หนู|ฉัน|ดิฉัน|ข้อย|ข่อย|เรา|กู)\s*(?:เป็น|ทำงาน)|i\s*(?:am\b|'m\b|work\b))"
)

#: What befalls the one named, asked at the official question ("เขาจะโดนอะไรไหม", "เขาจะ
#: เดือดร้อนไหม", "will he get in trouble"): answered about them, not about the teller.
ACCUSED_FATE_ASKED = (
    r"เขา(?:จะ)?(?:โดน|ถูก|เดือดร้อน|เป็นอะไร|ติดคุก|ออกจากงาน)|(?:he|she|they)\s+(?:will\s+)?get"
)
