"""What a message asks the bot to do, found inside the text: withdraw (and the pressure
behind it), cancel, tell, start a report, track, help, greet, thank; and the opening that
introduces the person and their wish to report rather than telling what happened."""

from __future__ import annotations

WITHDRAW = (
    "หยุดดำเนินการ",
    "ไม่ต้องตรวจสอบแล้ว",
    "ยุติเรื่อง",
    "ขอยุติ",
    "ไม่ต้องดำเนินการ",
    "ถอนเรื่อง",
    "ถอนคำร้อง",
    "ขอถอน",
    "ถอนการร้องเรียน",
    "ถอนแจ้ง",
    "ถอนออก",
    "ยกเลิกเรื่องที่แจ้ง",
    "ยกเลิกเรื่องที่ส่ง",
    "ยกเลิกคำร้อง",
    "ไม่เอาเรื่องแล้ว",
    "ไม่อยากเอาเรื่อง",
    "ถอน",
    "withdraw",
)
#: A withdrawal taken back ("เอ้ย เปลี่ยนใจครับ ไม่ถอนแล้ว", "ขอเปิดเรื่องนี้อีกครั้ง",
#: "ยกเลิกการถอนเรื่อง", "I changed my mind, don't withdraw it"): a regular expression over
#: the flattened text (`intent_rules.takes_back_withdrawal`).
WITHDRAWAL_TAKEN_BACK = (
    r"(?:ไม่|บ่)(?:ขอ)?ถอน(?:เรื่อง)?(?:แล้ว|ละ|ดีกว่า)|ยกเลิกการถอน"
    r"|(?:เปิด|เอา)เรื่อง(?:นี้|นั้น|เดิม|เก่า|ที่ถอน)?(?:ไว้)?(?:อีกครั้ง|อีกที|กลับ|คืน)"
    r"|changedmymind|undo(?:the|my)?withdraw|reopen|don'?twithdraw|notwithdraw"
)
#: The teller's own request to withdraw, said first ("ถอนเรื่องเถอะครับ ทางบ้านโดนกดดัน", "ขอ
#: ยกเลิกเรื่องค่ะ …"): what follows is the reason, pressure or not (flattened text).
WITHDRAW_ASKED_FIRST = r"^(?:ขอ|อยาก|จะ|ต้องการ)?(?:ถอน|ยุติ|ยกเลิก)(?:เรื่อง|คำร้อง)"
#: Pressure alone as that reason ("ทางบ้านโดนกดดันหนัก"): with it set aside, nothing of danger
#: may be left for the withdrawal to stand over the models (a smashed car, a fear of more does).
PRESSED_ONLY = r"(?:โดน|ถูก)?(?:กดดัน|บีบ)"
#: Why someone withdraws: pressure (the chair is alerted) rather than any other reason.
PRESSURE = (
    "ขู่",
    "กดดัน",
    "กลัว",
    "ย่าน",
    "ไม่อยากมีเรื่อง",
    "บ่อยากมีเรื่อง",
    "ไม่อยากมีปัญหา",
    "มีคนมาบอก",
    "มีคนมาหา",
    "โดนบังคับ",
    "บังคับ",
    "ไม่ปลอดภัย",
    "เดือดร้อน",
    "เขารู้แล้ว",
    # pleaded with or pestered until they give way ("ผู้ใหญ่มาขอร้องทุกวัน", "มาตามตื๊อ", "ทนไม่ไหว")
    "มาขอร้อง",
    "ขอร้องทุกวัน",
    "ตื๊อ",
    "มาง้อ",
    "มาหาทุกวัน",
    "ทนไม่ไหว",
    # scolded for it by kin or neighbours ("โดนญาติด่าว่าทำให้หมู่บ้านเสียชื่อ", "รุมต่อว่า")
    "ด่าว่า",
    "โดนด่า",
    "ถูกด่า",
    "รุมด่า",
    "ต่อว่า",
    # the family pleading, so as to have no trouble ("ครอบครัวขอร้อง ไม่อยากให้มีปัญหา")
    "ครอบครัวขอร้อง",
    "ขอร้องไว้",
    "ขอร้องให้ถอน",
    "ขอร้องให้หยุด",
    "ไม่อยากให้มีปัญหา",
    "ไม่อยากให้มีเรื่อง",
    "beggingme",
    # told or asked by others to let it go ("village elders asked me to drop it", "my family
    # told me to stop"; flattened)
    "askedmetodrop",
    "askedmetostop",
    "askedmetowithdraw",
    "toldmetodrop",
    "toldmetostop",
    "toldmetowithdraw",
    "wantmetodrop",
    "wantsmetodrop",
    "wantmetostop",
    "wantsmetostop",
    "mademedrop",
    "mademewithdraw",
    "pleading",
    "pestering",
    "pressure",
    "threat",
    "afraid",
    "scared",
    "frightened",
    "fearful",
    "forced",
    # kin who forbid it or made them withdraw, and the village's cold shoulder ("พ่อให้ถอน",
    # "แม่ไม่ให้แจ้ง", "ต้องมองหน้ากัน", "ทุกคนมองหนูแปลกๆ", "ไม่มีใครคุยด้วย", "ญาติบ่พอใจ")
    "ให้ถอน",
    "ไม่ยอม",
    "บ่ยอม",
    "ไม่ให้แจ้ง",
    "บ่ให้แจ้ง",
    "ไม่ยอมให้แจ้ง",
    "มองหน้า",
    "มองแปลก",
    "แปลกๆ",
    "ไม่มีใครคุย",
    "บ่มีไผเว้า",
    "ไม่คุยด้วย",
    "ไม่คุยกับ",
    "บ่เว้านำ",
    "ผิดใจ",
    "ไม่พอใจ",
    "บ่พอใจ",
    "นินทา",
    "ซุบซิบ",
    "เสียชื่อ",
    "หมู่บ้านเดียวกัน",
    "maihaijaeng",
    "maihaijang",
    "maiyom",
    "boyom",
    "bohaijaeng",
    "wontletme",
    "doesntletme",
    "notallowed",
    "gossip",
)
#: "Never mind, send it": a cancel word ("ช่างมัน") that gives way to sending, not a cancel.
SEND_ANYWAY = (
    r"(?<!ไม่)(?<!อย่า)(?<!เพิ่ง)(?<!บ่)(?<!ไม่ต้อง)(?<!บ่ต้อง)(?<!don't )(?<!not )"
    r"(?:ส่ง(?:ไป|ให้)?(?:เลย|ได้เลย|ก่อน|ตามนี้|โลด)|(?:just )?send it|go ahead and send"
    # typed in Latin letters ("song loey krub", "song dai loey ka"), said first
    r"|^song\s*(?:pai\s*|hai\s*)?(?:dai\s*)?(?:loey|leoy|loei|lei|loy|leuy|kon|lod)\b)"
)
CANCEL = (
    "ไม่เอาแล้ว",
    "บ่เอาแล้ว",
    "ไม่ต้องแล้ว",
    "พอแค่นี้ก่อน",
    "ลบเรื่องที่กำลัง",
    "ลบทิ้ง",
    "ไม่แจ้งตอนนี้",
    "ไม่อยากทำต่อ",
    "ออกจากการแจ้ง",
    "ยกเลิกการร้องเรียน",
    "ไม่แจ้งละ",
    "ไม่เอาละ",
    "wanttostop",
    "ขอยกเลิก",
    "ไม่อยากแจ้งแล้ว",
    "ช่างมันเถอะ",
    "ช่างมัน",
    "ไม่ทำต่อ",
    "ไม่เอาดีกว่า",
    "ไม่แจ้งดีกว่า",
    "nevermind",
    "ยกเลิก",
    "เลิก",
    "ไม่แจ้งแล้ว",
    "บ่แจ้งแล้ว",
    "หยุด",
    "พอก่อน",
    "ไม่ทำแล้ว",
    "เลิกทำ",
    "ยกเลิกการแจ้ง",
    "ไม่ร้องเรียนแล้ว",
    "cancel",
    "stop",
    "quit",
    "forget it",
    # not wanting to go on with the filing, said in English ("stop, I don't want to do this now")
    "dontwanttodothis",
    "dontwanttodoitnow",
    "dontwanttocontinue",
    "dontwanttogoonwiththis",
    "dontwanttofilethis",
    "dontwanttoreportthis",
    # not going on, said in Isan and plainly ("บ่ไปต่อ หยุดก่อนครับ", "ขอเซาก่อน") or typed in
    # Latin letters ("yut kon krub", "mai jaeng laew")
    "ไม่ไปต่อ",
    "บ่ไปต่อ",
    "บ่ทำต่อ",
    "ไม่กรอกต่อ",
    "บ่กรอกต่อ",
    "ไม่แจ้งต่อแล้ว",
    "บ่แจ้งต่อแล้ว",
    "ขอหยุด",
    "หยุดก่อน",
    "หยุดไว้",
    "ขอเซา",
    "เซาก่อน",
    "yutkon",
    "yudkon",
    "maijaenglaew",
    "maitamtorlaew",
    "maithamtorlaew",
)
#: The teller deciding, in English, not to file after all ("let's stop here, I'm not filing
#: this after all"): a cancel in a longer line too ("she was not reporting this" is a story).
CANCEL_DECIDED = (
    "imnotfilingthis",
    "imnotreportingthis",
    "iwontfilethis",
    "iwontreportthis",
    "iwillnotfilethis",
    "iwillnotreportthis",
)
#: Asking to tell what happened ("ขอเล่าเรื่องหน่อย"): a start, answered "tell me" (the story
#: first) rather than with the questions.
TELL = (
    "ขอเล่า",
    "อยากเล่า",
    "จะเล่า",
    "มีเรื่องจะเล่า",
    "มีเรื่องอยากเล่า",
    "เล่าให้ฟัง",
    "ขอปรึกษา",
    "อยากปรึกษา",
    "มีเรื่องจะปรึกษา",
    "มีเรื่องอยากปรึกษา",
    # Isan "เว้า" (to tell), with the matter had first: "เว้า" alone is any speaking
    "มีเรื่องอยากเว้า",
    "มีเรื่องสิเว้า",
    "มีเรื่องจะเว้า",
    "let me tell",
    "want to tell",
    "can i tell",
)
START = (
    *TELL,
    "ร้องเรียน",
    "แจ้งเรื่อง",
    "แจ้งเรือง",
    "แจ้งเรื่อ",
    "แจ้งเรีอง",
    "ร้องเรียร",
    "ร้องเรีน",
    "อยากแจ้ง",
    "ขอแจ้ง",
    "จะแจ้ง",
    "แจ้งความ",
    "แจ้งทุจริต",
    "แจ้งโกง",
    "แจ้งเบาะแส",
    "ฟ้อง",
    "เรื่องร้องทุกข์",
    "ร้องทุกข์",
    "อยากฟ้อง",
    "complain",
    "report",
    "file",
)
#: Wanting to report, by its shape: "มีเรื่อง(จะ|สิ|อยาก|มา)แจ้ง", "(จะ|สิ|อยาก|ขอ|มา)ร้องเรียน"
#: (Isan "สิ" is Central "จะ"), in flattened text.
START_PATTERN = (
    r"มีเรื่อง\S{0,8}(?:แจ้ง|ร้อง|ฟ้อง)|(?:จะ|สิ|ซิ|อยาก|ขอ|มา)(?:มา)?(?:แจ้ง|ร้องเรียน|ร้องทุกข์|ฟ้อง)"
)
#: Then reporting, said with nothing asked (after an answer to a question: "ถ้าอย่างนั้นแจ้งค่ะ",
#: "ถ้างั้นแจ้งเลย"); never "ไม่งั้นแจ้ง…". At a question it is that question's yes.
START_THEN = r"(?<!ไม่)(?<!บ่)(?:อย่าง|ยัง)?(?:นั้น|งั้น)(?:ก็)?(?:ขอ)?แจ้ง(?!ต่อ|ให้|กับ)"
#: A name said with its rank or title straight after the pronoun ("กระผม จ่าสิบเอกสมาน", "ดิฉัน
#: นางสมศรี"): who tells, in a formal letter (the rank is the teller's, no official named).
TELLER_RANKED = (
    r"(?:ดิฉัน|ผม|ข้าพเจ้า|กระผม)\s*(?:(?:จ่า|สิบ|ร้อย|พัน|พล)(?:สิบ|อากาศ)?(?:เอก|โท|ตรี)|ดาบตำรวจ"
    r"|จ\.ส\.[อทต]\.|ส\.[อทต]\.|ร\.[อทต]\.|พ\.[อทต]\.|นางสาว|น\.ส\.|นาย(?!ก)|นาง(?!าน))\S{0,30}"
)
#: An opening that introduces, not what happened (cleaned text). Who the person is
#: ("ผมเป็นไวยาวัจกรวัดบ้านโคก", "I'm a teacher") and on whose behalf ("หลวงพ่อให้มาแจ้งแทนวัด",
#: "the abbot sent me") …
INTRODUCING_WHO = (
    # "ฉันคนเขมร", "ผมคนลาว": where the teller is from said with "คน"
    # Khmer-Thai "บอง" (I, said by an elder sibling): "บองค้าขายที่ตลาดชายแดน"; "ผมเปิดร้านซ่อมรถ": the
    # teller's own shop is who they are, not a deed
    r"(?:ดิฉัน|ผม|ฉัน|หนู|ข้าพเจ้า|กระผม|ข้อย|เฮา|ข้า|โยม|บอง)\s*(?:ชื่อ|เป็น|ทำงาน|อยู่|อาศัยอยู่|คน|ค้าขาย"
    r"|ขายของ|เปิดร้าน)(?:\S{1,30}|\s+\S{1,30})",
    # the teller's work said with the pronoun dropped, as its own clause ("ทำงานไร่มัน",
    # "มารับจ้างกรีดยาง")
    r"(?:^|(?<=\s))(?:มา)?(?:ทำงาน|รับจ้าง|เกษียณ)\S{0,30}",
    # "ผมไวยาวัจกรวัดโนน": a role said straight after the pronoun, without "เป็น"
    r"(?:ดิฉัน|ผม|หนู|กระผม|ข้อย|โยม)\s*(?:ไวยาวัจกร|มัคนายก|มรรคทายก|กรรมการ|อสม|ลูกบ้าน|ชาวบ้าน"
    r"|ประธาน|เลขา|ตัวแทน|สมาชิก|ครู|ญาติ|ลูกสาว|ลูกชาย|หลาน|ผู้ประกาศ)\S{0,30}",
    TELLER_RANKED,
    r"\S*(?:แทน|ให้มา|ใช้ให้|ส่งมา|ฝากมา|ไหว้วาน|วานให้|มอบหมาย|ในนาม|สั่งให้มา|ขอให้มา|บอกให้มา)\S*",
    r"\b(?:i am|i'm|my name is|this is)\b[^,.!?\n]*",
    r"\bon behalf of\b[^,.!?\n]*|\b(?:sent|asked|told) me\b[^,.!?\n]*",
)
#: The teller's own role or work, said beside another answer ("ดิฉันเป็น อสม.", "ผมทำงานที่
#: โรงสี", "หนูแม่ครัวโรงเรียน"): a fact of the story, not how they feel ("หนูเป็นห่วง").
TELLER_ROLE = (
    r"(?:ดิฉัน|ผม|ฉัน|หนู|ข้าพเจ้า|กระผม|ข้อย|ข่อย|เฮา|ข้า|โยม)\s*(?:ก็)?\s*(?:เป็น|ทำงาน(?:เป็น|ที่|อยู่)?)"
    r"\s*(?!ห่วง|อะไร|ไร|ไง|กังวล|ทุกข์|คนแจ้ง|คนร้อง|ผู้แจ้ง)\S",
    INTRODUCING_WHO[1],
)
#: Others harmed the same way, said beside a "no" ("ไม่มีค่ะ แม่ค้าคนอื่นก็โดนแต่ไม่กล้าพูด"): a
#: fact of the story, not a witness named.
OTHERS_HARMED = (
    r"(?:คนอื่น|ชาวบ้าน|แม่ค้า|พ่อค้า|เพื่อนบ้าน|หลายคน|ทุกคน|หลายบ้าน|ทุกบ้าน)[^\n]{0,24}?"
    r"(?:ก็|กะ)\s*(?:โดน|ถูก|เสีย|จ่าย)"
    r"|\b(?:the\s+)?others?\b[^\n]{0,30}?\b(?:were|got|was)\s+(?:charged|cheated|asked|made)\b"
)
#: Chat between the bubbles of a story, not what happened: the wish to report opening a bubble
#: ("โอเคครับ งั้นผมจะแจ้งเรื่อง…"), "wait, not done yet" ("เดี๋ยวครับ ยังเล่าไม่จบ"), and asking to
#: file closing one ("… แจ้งครับ").
STORY_CHAT_OPENING = (
    r"^(?:(?:โอเค|ok|okay|ตกลง)(?:ครับ|ค่ะ|คะ|คับ|จ้า)?[\s,]*(?:งั้น|ถ้างั้น)?|งั้น|ถ้างั้น)\s*"
    r"(?:ผม|ดิฉัน|หนู|ฉัน|กระผม|ข้อย)?\s*(?:จะ|ขอ)\s*(?:แจ้ง|ร้องเรียน)(?:เรื่อง)?\s*"
    r"|^เดี๋ยว(?:ก่อน)?(?:ครับ|ค่ะ|คะ|คับ|จ้า|นะ)*[\s,]*(?:ยัง)?(?:เล่า|พูด|พิมพ์)(?:ยัง)?(?:ไม่จบ|ไม่หมด)"
    r"(?:ครับ|ค่ะ|คะ|คับ|จ้า|นะ)*[\s,]*"
)
STORY_CHAT_CLOSING = (
    r"\s+(?:แจ้ง|ยื่น)(?:เรื่อง)?(?:เลย|ได้เลย|ไปเลย)?\s*(?:ครับ|คับ|ค่ะ|คะ|จ้า|จ้ะ|นะ|เด้อ)*[\s.!]*$"
)
#: … and the greeting, the wish to report and the language asked about, said around it.
INTRODUCING_WISH = (
    # the letter's addressee said apart ("เรียน เจ้าหน้าที่ผู้เกี่ยวข้อง"): whom it is written to;
    # "สวัดดี" typed a letter short; "ประกาศ ประกาศ... ขออนุญาตครับ": the village loudspeaker's
    # call for attention and "excuse me", said before whoever speaks
    r"^(?:(?:กราบ)?เรียน\s*(?:ท่าน|คุณ)?\s*(?:เจ้าหน้าที่|ผู้เกี่ยวข้อง|ผู้รับผิดชอบ|คณะกรรมการ|กรรมการ)"
    r"|(?:(?:ประกาศ[\s.…]*){2,})?(?:สวัสดี|สวัดดี|หวัดดี|ฮัลโหล|เรียน|นมัสการ|กราบ|ขออนุญาต|ซัวสเด็ย|ซัวสะเด็ย"
    r"|ซัวสเดย|ซัวสะเดย|ซัวสเด|ซัวสะเด|จุมเรียบ|hello|hi|hey)"
    r"|good (?:morning|afternoon|evening))\S*[\s,!.]*",
    r"\bi(?: want| would like| wish| need|'d like|’d like) to (?:report|complain(?: about)?|file"
    r"(?: a (?:complaint|report))?(?: about| against)?|tell you about)\b",
    r"\b(?:can|may) i (?:type|write|speak|talk|use)\b[^,.!?\n]*",
    # formal "ประสงค์จะ", "ใคร่ขอ"; "อยากบอกเรื่อง…" (to tell about, not "บอกว่า" what was said)
    # "ถ้าอย่างนั้นแจ้งเลยค่ะ เรื่อง…" (after questions answered: then file it now, about…)
    r"(?:(?:ประสงค์|ใคร่)(?:ที่)?(?:จะ|ขอ)?|อยาก|จะ|ขอ|มา|สิ|ต้องการ|(?:ถ้า)?(?:อย่างนั้น|งั้น|เช่นนั้น)(?:ก็)?)"
    # "จะแจงเรื่อง": แจ้ง typed without its tone mark, before เรื่อง (not ชี้แจง, "to explain")
    r"(?:มา)?(?:แจ้ง|แจง(?=เรื่อง)|ร้องเรียน|ร้องทุกข์|ฟ้อง|เล่า|บอก(?=เรื่อง))"
    r"(?:เลย(?:ค่ะ|คะ|ครับ|คับ|นะ|จ้า|จ้ะ)*\s*(?=เรื่อง))?(?:เรื่อง|ความ|ว่า)?",
    r"(?:มี)?เรื่อง(?:จะ|อยาก|สิ)?(?:มา)?(?:แจ้ง|ร้องเรียน|เล่า|ปรึกษา)",
    r"\b(?:a|an|the|about|please|some|one|against)\b",
)
TRACK = (
    "เป็นไงบ้าง",
    "ได้เรื่อง",
    "เช็คเรื่อง",
    "เช็กเรื่อง",
    "ตรวจสอบเรื่อง",
    "ผลการ",
    "ไปถึงไหน",
    "เรื่องเก่า",
    "เรื่องที่ส่ง",
    "ได้ผล",
    "update",
    "อัพเดท",
    "อัปเดต",
    "ติดตาม",
    "ตามเรื่อง",
    "เรื่องถึงไหน",
    "ถึงไหนแล้ว",
    "ถึงไสแล้ว",  # Isan
    "ความคืบหน้า",
    "คืบหน้า",
    "สถานะ",
    "เรื่องของฉัน",
    "เรื่องที่แจ้งไว้",
    "เรื่องที่แจ้งไป",
    "ดูเรื่อง",
    "ผลเป็นยังไง",
    "track",
    "status",
    "progress",
    "mycomplaint",
)
#: The status of a filed matter asked with words between ("เรื่องร้านของชำที่แจ้งไว้ เป็นยังไงบ้าง",
#: "ไม่ใช่เรื่องใหม่ ถามความคืบหน้าเรื่องเดิม", "any news on the complaint I sent"), read in the
#: flattened lower-case text: a status question, however long the name of the matter.
TRACK_ASKED = (
    r"(?:(?:เรื่อง|คำร้อง|^(?:อัน)?(?=ที่))\S{0,30}?(?:(?:แจ้ง|ร้องเรียน|ร้อง)(?:ไว้|ไป)|ที่(?:แจ้ง|ร้องเรียน))"
    # … or named as one's own ("เรื่องของยาย", "เรื่องเก่าที่ยายแจ้ง")
    r"|^(?:ขอ|ถาม)?เรื่อง(?:ของ|เก่า)?(?:ยาย|ตา|แม่|พ่อ|ป้า|ลุง|หนู|ผม|ฉัน|ดิฉัน|ข้อย|เฮา))\S{0,24}?"
    r"(?:เป็น(?:ยัง|อย่าง)?ไง|ยังไงบ้าง|ถึงไหน|ถึงไส|(?:ไป)?ฮอดไส|คืบหน้า|ได้เรื่อง|ได้ข่าว|ว่าไง"
    r"|เป็นจั่ง(?:ใด|ได)|แนว(?:ใด|ได)|มี(?:ไผ|ใคร)มาเบิ่ง)"
    r"|ไม่ใช่เรื่องใหม่|(?:ถาม|ติดตาม|ดู|ตาม)\S{0,12}?เรื่องเดิม"
    # "เรื่อง ไปฮอดไส", "ไปฮอดไสแล้ว เรื่องเบี้ยคนแก่": the matter, and where it has got to (walk29)
    r"|^(?:เรื่อง|คำร้อง)(?:ไป)?(?:ถึงไหน|ถึงไส|ฮอดไส|ฮอดใส)|^(?:ไป)?(?:ถึงไหน|ฮอดไส)(?:แล้ว)?เรื่อง"
    r"|(?:news|update|progress)(?:on|about|of|with)(?:the|my)(?:complaint|report|case)"
    # … typed in Latin letters ("ruang BRM-… pen yang ngai bang"): the matter, then how it is
    r"|^ru?e?ang\S{0,24}?pen(?:yang|ngung)ngai"
)
#: Whether anyone has read a filed matter yet ("มีใครอ่านเรื่องหนูหรือยังคะ", "has anyone read my
#: complaint yet"): its status asked, not who may read the data (flattened lower-case text).
READ_YET = (
    r"(?:มีใคร|มีเจ้าหน้าที่|มีคน)\S{0,4}?(?:อ่าน|มาดู|เปิดดู|เปิดอ่าน|รับ)เรื่อง\S{0,16}?(?:หรือยัง|รึยัง|แล้วยัง)"
    # … or acted on yet, the matter named as the one filed ("เรื่องที่แจ้งไปตอนลอยกระทง มีคนทำ
    # อะไรหรือยังคะ")
    r"|(?:เรื่อง|คำร้อง|^(?:อัน)?(?=ที่))\S{0,30}?(?:แจ้ง|ร้องเรียน|ร้อง)\S{0,30}?(?:มี)?(?:ใคร|คน|เจ้าหน้าที่|หน่วยงาน)"
    r"\S{0,4}?(?:ทำ|ดำเนินการ|จัดการ|ตรวจ|มาดู|ลงพื้นที่|ลงมา|เข้ามา)\S{0,8}?(?:หรือยัง|รึยัง|แล้วยัง)"
    r"|(?:has|did)(?:anyone|anybody|someone)(?:read|open|look|seen)\S{0,12}?(?:complaint|report|case)"
)
HELP = (
    "งง",
    "ไม่เข้าใจ",
    "บ่เข้าใจ",
    "ทำไง",
    "อธิบาย",
    "แนะนำหน่อย",
    "ต้องทำอะไร",
    "พิมพ์อะไร",
    "กดตรงไหน",
    "กดอะไร",
    "เมนู",
    "menu",
    "whatcanyoudo",
    "howdoesthiswork",
    "ใช้ไม่เป็น",
    "ช่วยเหลือ",
    "วิธีใช้",
    "ใช้ยังไง",
    "ใช้งานยังไง",
    "ทำยังไง",
    "ทำอย่างไร",
    "help",
    "howto",
    "howtouse",
    "howdoiuse",
    "whatdoido",
    "ทำยังไงต่อ",
    "ใช้ไง",
)
GREETING = (
    "สวัสดี",
    "หวัดดี",
    # typed fast or by ear: "สวัดดี ลูกหลาน", "สวสดีค่ะ"
    "สวัดดี",
    "สวสดี",
    "สะวัสดี",
    "ดีครับ",
    "ดีค่ะ",
    "ดีจ้า",
    "ฮัลโหล",
    "hello",
    "hi",
    "hey",
    "goodmorning",
    "สบายดีไหม",
    "สบายดีมั้ย",
    "สบายดีบ่",
    "สบายดีบ้อ",
    "ว่าไง",
    "อยู่ไหม",
    "ยังอยู่ไหม",
    # Isan and Northern Khmer ways of "how are you" ("เป็นจั่งใด๋แน่", "ซกสะบาย", "จุมเรียบซัว")
    "สบายดีอยู่บ่",
    "สบายดีติ",
    "เป็นจั่งใด๋",
    "เป็นจั่งใด๋แน่",
    "เป็นจั่งได๋",
    "เป็นจั่งได๋แน่",
    "ซกสะบาย",
    "ซกสบาย",
    "ซุกสะบาย",
    "สกสะบาย",
    "จุมเรียบซัว",
    "จุมเรียบสัว",
    "ซัวสะเดย",
    "ซัวสเดย",
    "ซัวสเด็ย",  # typed with the short-vowel mark (round 21)
    "ซัวสะเด็ย",
    "ซัวสเด",  # the final ย left off (walk38)
    "ซัวสะเด",
)
#: Whom a greeting is said to, or how politely ("สบายดีบ่ลูกหลาน", "ซกสะบายบาด"): a greeting
#: made of these and `GREETING` alone is still only a greeting.
GREETED = (
    "ลูกหลาน",
    "พี่น้อง",
    "ลูก",
    "หลาน",
    "พี่",
    "น้อง",
    "แอดมิน",
    "แอด",
    "admin",
    "ทุกคน",
    "บาด",
    "จ๊ะ",
    "จ้ะ",
    "จ้า",
    "เด้อ",
    "แน่",
    "ค่ะ",
    "ครับ",
    "คับ",
    "ค่า",
    "นะ",
    "บ่",
)
#: Not knowing how to work the bot ("ใช้บ่เป็น", "ยายกดอะไรไม่เป็นเลย", "เฮ็ดจั่งใด๋ บ่เป็น",
#: "how does this thing work?"): help, not a question about the complaint.
CANNOT_USE = (
    r"(?:ใช้|กด|พิมพ์)\S{0,8}?(?:ไม่|บ่)เป็น|(?:ทำ|เฮ็ด)(?:อะไร|จั่งใด๋|จั่งได๋|จังใด|ยังไง|ไง)\S{0,4}?"
    r"(?:ไม่|บ่)เป็น|\bhow (?:does|do) (?:this|it)(?: \w+)? work\b|\bhow (?:do|can) i use\b"
)
#: Why a relative does not type for themself, said beside a relay ("แม่พิมพ์ไม่เป็น", "ยายอ่าน
#: หนังสือไม่ออก", "พ่อตามองไม่ค่อยเห็น", "she can't type"): part of who files, not of the matter.
RELAY_REASONS = CANNOT_USE + (
    r"|(?:อ่าน|เขียน)(?:หนังสือ)?\S{0,4}?(?:ไม่|บ่)(?:ออก|ได้|เป็น)|มอง(?:ไม่|บ่)(?:ค่อย)?เห็น"
    r"|ตา(?:ไม่|บ่)(?:ค่อย)?(?:ดี|เห็น)|(?:ไม่|บ่)มี(?:ไลน์|line|โทรศัพท์|มือถือ)|แก่แล้ว|อายุเยอะ"
    r"|\bcan(?:'?t|not) (?:type|read|write|see|use)"
    r"|\b(?:doesn'?t|does not) (?:use|have) (?:line|a phone)"
    # what the one typing will do: write down what is told ("ยายจะบอกให้หนูพิมพ์", "พ่อจะพูดแล้ว
    # หนูพิมพ์ตาม", "he'll tell me what to write")
    r"|(?:จะ|สิ)(?:บอก|เล่า|พูด)\S{0,12}?(?:พิมพ์|เขียน|จด)(?:ตาม|ให้)?"
    r"|\b(?:he|she|they)(?:'ll| will) tell me what to (?:write|type)\b"
)
#: Thanks in Thai and English, and Northern Khmer's "ออกุน" (អរគុណ) typed in Thai letters.
THANKS = (
    "ขอบคุณ",
    "ขอบใจ",
    "ขอบคุณมาก",
    "ขอบพระคุณ",
    "thank",
    "thx",
    "ออกุน",
    "อ๊อกุน",
    "อ็อกุน",
    "ออคุณ",
    "อ๊อคุณ",
    "ออกุณ",
)


#: Whether one may report, asked at the end of a first message ("เรื่องนี้เกี่ยวกับคนในครอบครัว
#: ค่ะ แจ้งได้ไหม", "ร้องเรียนได้บ่ครับ"), no other topic asked: yes, and the filing begins
#: (compacted).
MAY_I_REPORT = (
    r"(?:แจ้ง|ร้องเรียน|ร้องทุกข์)(?:เรื่อง(?:นี้)?)?ได้(?:ไหม|มั้ย|มั๊ย|บ่|ป่าว|หรือเปล่า|รึเปล่า|หรือไม่)"
    r"(?:คะ|ค่ะ|ครับ|คับ|จ้า|จ้ะ|เด้อ|น้อ|นะ)*\??$"
)
