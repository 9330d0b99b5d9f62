"""What reads like danger but is something else: a threat that is a price or a service
withheld unless paid (extortion, a kind), a consequence of reporting (retaliation), the
violence that keeps it danger after all, harm words in harmless use, and a threat denied."""

from __future__ import annotations

#: A consequence conditioned on reporting (or on not stopping), not on a payment: whatever
#: it withholds ("ถ้ายังแจ้งจะไม่ได้เงินช่วยเหลือ"), it is retaliation, never extortion.
IF_REPORTING = (
    r"(?:ถ้า|หาก|ใคร|คนที่)\S{0,10}?(?:ยัง|ขืน)?(?:แจ้ง|ฟ้อง|ร้องเรียน|ร้อง|เปิดโปง|ไม่ถอน|ไม่เลิก"
    r"|ไม่หยุด|ไม่เงียบ|ไม่ยอมถอน)|(?:if|unless)(?:you|we|i)\S{0,12}?(?:report|complain|stop|withdraw)"
    # … or on someone speaking ("she'd disappear if she says anything", "if he talks")
    r"|(?:if|unless|anyonewho|anybodywho|whoever)(?:you|we|i|she|he|they|anyone|anybody)?"
    r"(?:ever)?(?:says?anything|says?aword|talks?|tells?anyone|speaks?up|testif)"
    # … or said to be because of it ("ย้อนไปฟ้องเพิ่น", "เพราะไปร้องเรียน", "because I complained")
    r"|(?:เพราะ|เพาะ|ย้อน|โทษฐาน)(?:ว่า)?\S{0,6}?(?:ไป)?(?:แจ้ง|ฟ้อง|ร้องเรียน|ร้อง|เปิดโปง)"
    r"|because(?:i|we|she|he|my\w{0,8})\S{0,8}?(?:complain|report)"
)
#: "ถ้าไม่จ่าย…", "unless we pay": a threat that is a price, so extortion (a kind), not danger.
PAYMENT_CONDITION = (
    "ไม่ซื้อ",
    "ไม่จ่าย",
    "ถ้าไม่ให้",
    "ไม่มีเงิน",
    "ไม่ให้เงิน",
    "ไม่ยอมจ่าย",
    "ไม่มีค่า",
    # "unless" alone is any condition ("unless I drop it" is a threat): a payment named
    "unlesswepay",
    "unlessipay",
    "unlesswegive",
    "unlessigive",
    "unlessyoupay",
    "unlessmoney",
    "ifwedontpay",
    "ifidontpay",
)
#: Withholding a service unless paid is extortion (a kind), not danger.
SERVICE_WITHHELD = (
    "ไม่ให้เบี้ย",
    "ตัดเบี้ย",
    "ไม่ให้เงิน",
    "ตัดเงิน",
    "ตัดสิทธิ",
    "ไม่ให้สิทธิ",
    "ไม่ออกใบ",
    "ไม่เซ็น",
    "ไม่อนุมัติ",
    "ไม่ต่อใบ",
    "ไม่ให้ผ่าน",
    "ไม่ได้รับ",
    "ไม่ได้งาน",
    "ไม่ให้งาน",
    "ไม่ให้ทำ",
    "ไม่ช่วย",
    "ไม่รับเรื่อง",
    "ไม่ได้ถุง",
    "ไม่ให้ถุง",
    "ไม่ได้เบี้ย",
    "ไม่ให้เข้า",
    "เอาชื่อออก",
    "ตัดชื่อ",
    "withhold",
    "cut my",
    "won't sign",
    "won't give",
)
PAYMENT = ("จ่าย", "เงิน", "ให้เงิน", "บาท", "ค่า", "pay", "money", "baht", "ลุย", "ปรัก")
#: Harm beyond the withheld service: keeps an extortion with violence as danger.
VIOLENCE = (
    "ทำร้าย",
    "ยิง",
    "ปืน",
    "มีด",
    "ฆ่า",
    "ตาย",
    "ตี",
    "เผา",
    "ไล่ที่",
    "ตาม",
    "ลูก",
    "หลาน",
    "ครอบครัว",
    "ทั้งบ้าน",
    "ไม่มีที่ฝัง",
    "กลางคืน",
    "kill",
    "hurt",
    "gun",
    "shoot",
)
#: Fire that is farm or household work, not arson ("เขาเผาขยะ", "ไฟไหม้ป่า"): not read as harm.
HARMLESS_FIRE = (
    "เผาขยะ",
    "เผาฟาง",
    "เผาหญ้า",
    "เผาอ้อย",
    "เผาตอซัง",
    "เผาถ่าน",
    "เผาศพ",
    "เผาเทียน",
    "ไฟไหม้ป่า",
    "ไฟไหม้หญ้า",
    "burningrubbish",
    "burningstraw",
    # a fire for warmth ("ก่อไฟผิงอยู่หน้าบ้าน")
    "ก่อกองไฟ",
    "ก่อไฟ",
    "ผิงไฟ",
    "ไฟผิง",
    "จุดไฟกองฟาง",
)
#: The teller's mark of play ("555", "ฮ่าๆ", "😂", "lol", "ล้อเล่น"), as typed.
PLAYED = (
    r"(?<!\d)5{3,}|ฮ่า|ฮา\s?ๆ|😂|🤣|😆|😝|😜|\bhaha|\blol\b|\blmao\b|ล้อเล่น|พูดเล่น|\bjk\b"
    r"|just kidding|\bjoking"
)
#: A world of play or tales where harm is done to no one real: a film, a series, a game, a
#: match or a bet, a ghost ("หนังผี", "เกมฟีฟาย", "ดูบอล … ตายแน่กับเจ้ามือ", "ผีปอบ").
PLAY_FRAMES = (
    r"หนัง(?!สือ)|ซีรี่?ส์|ละคร(?!ับ)|นิยาย|การ์ตูน|เกม|ฟีฟาย|ฟรีฟาย|พับจี|ดูบอล|แทงบอล|ดูมวย|เจ้ามือ|ผี(?!ว|เสื้อ)"
    r"|ซอมบี้|\b(?:free ?fire|pubg|rov|games?|movies?|films?|series|drama|cartoons?|ghosts?|zombies?"
    r"|nang ?phee|khon ?phee)\b"
)
#: A threat read or seen in the news, to someone elsewhere ("ดูข่าวเมื่อคืน มีคนแจ้งทุจริตที่จังหวัด
#: อื่นแล้วโดนขู่ฆ่า", "I read about a whistleblower being threatened in Bangkok"): told of, not
#: done to the teller (`NEWS_NEAR` keeps it danger when the teller or kin are in it).
NEWS_TOLD = (
    r"(?:ดู|อ่าน|เห็น|ฟัง|ได้ยิน)(?:ใน)?ข่าว(?!ลือ)|ข่าว(?!ลือ)(?:ว่า|เมื่อ|ใน|ทีวี|ช่อง|ออก)|ในทีวี|ในเฟส|ในติ๊กต็อก"
    r"|\b(?:read|saw|heard|seen|watched)\s+(?:about|on\s+(?:the\s+)?(?:news|tv|facebook|tiktok)|in\s+the\s+"
    r"(?:news|paper))|\bon\s+the\s+news\b|\bin\s+the\s+news\b|\bnews\s+(?:story|report|about)\b"
)
#: A threat said to be made to the teller ("เขาขู่ผม", "ขู่หนูไว้"): never news of elsewhere.
THREAT_AT_TELLER = r"ขู่\S{0,6}?(?:ผม|หนู|ฉัน|ข้อย|ข่อย|เรา|กู|ดิฉัน)"
#: … the teller, kin or village in the news told ("เห็นข่าวแล้วกลัวว่าเขาจะทำกับผม", "my village
#: on the news"), or a warning to them beside it: no longer news from elsewhere.
NEWS_NEAR = (
    r"(?<!ใน)(?:ผม|หนู|ฉัน|ข้อย|ข่อย|กู|ดิฉัน|เรา|ลูก|ครอบครัว|บ้านเรา|หมู่บ้านนี้|ที่นี่)(?!ดู|อ่าน|เห็น|ฟัง)"
    r"|หมู่บ้าน|แถวนี้|แถวบ้าน|ในตำบล|ข่าวลือ|ลือกัน|ค่าหัว|รับจ้าง|\b(?:village|here|rumou?rs?)\b"
    r"|ระวัง|เตือน|"
    + THREAT_AT_TELLER
    + r"|\b(?:me|my|us|our|mine|we)\b|\bi(?!\s+(?:read|saw|heard|watched))\b"
)
#: What makes a jest no jest: a report, a withdrawal, the police, someone told, a curse at "you".
JEST_NOT = r"แจ้ง|ฟ้อง|ร้อง|ถอน|ตำรวจ|บอกใคร|พยาน|หลักฐาน|มึงตาย"
#: … nor one who relays another's words ("เพื่อนบอกว่าผู้ใหญ่บ้านจะฆ่าผม"): someone else, an
#: official, named before the kill.
JEST_RELAYED = r"เขา|เค้า|มัน|พวก|คน|ผู้ใหญ่|กำนัน|นายก|ปลัด|อบต|เจ้าหน้าที่|หัวคะแนน|ลูกน้อง|เสี่ย"
#: A kill said by a friend, kin or a boss ("เพื่อนบอกจะฆ่าฉัน", "หัวหน้าที่โรงงานบอกว่า…จะฆ่า"):
#: a jest only with the teller's mark of one beside it (`HARMLESS_HARM`).
JEST_TOLD = (
    r"(?<!ลูก)(?:เพื่อน|พี่|น้อง|แม่|พ่อ|เมีย|ผัว|แฟน|หัวหน้า|เจ้านาย|บอส|ครู|ลูก|หลาน|ยาย|ย่า|ปู่|ลุง|ป้า|น้า)"
    r"(?:สาว|ชาย|สนิท|ที่\S{0,10}?)?(?:ก็|เขา|มัน)?(?:ชอบ)?(?:บอก|พูด|แซว|ขู่|ตะโกน|ว่า)(?:ว่า)?"
    rf"(?:(?!{JEST_NOT}|{JEST_RELAYED})[^.!?]){{0,30}}?(?:จะ|สิ|ต้อง)?(?:ฆ่า|เอาตาย|ยิง|ตี|บีบคอ|เตะ|ต่อย)"
)
#: Harm words in harmless use, as shapes (compacted or spaced text): an animal killed for a meal or
#: a game, a sport, a film or game watched, a job lost (a fear worth hearing, not danger).
#: A field's pests, named before the harm done to them or by them ("หนู" alone, also "I", only
#: when it gnaws a crop).
_PESTS = (
    r"(?:หนูนา|หนูพุก|หนูท้องขาว|หนูบ้าน|หนู(?=(?:เข้า)?(?:มา)?(?:กัด|แทะ|กิน|ขุด)(?:กิน)?(?:ต้น|ใบ|ราก|รวง|ข้าว"
    r"|ผัก|อ้อย|มัน|ถั่ว|สายไฟ|กระสอบ))|ปูนา|หอยเชอรี่|เพลี้ย|หนอน|ตั๊กแตน|ปลวก|แมลง|นกกระจอก)"
)
HARMLESS_HARM = (
    # a fright from the sky or a beast, nearly died of ("ฟ้าผ่าต้นตาล ย่านแทบตาย", "งูเห่าไล่
    # เกือบไม่รอด"), or a price to starve on ("กิโลละบาทกว่า จะตายอยู่แล้ว"): no one means harm
    r"(?:ฟ้าผ่า|ฟ้าร้อง|ฟ้าแลบ|พายุ|งู|ตะขาบ|แมงป่อง|ผึ้ง|[กโ]ิ?โลละ|ตันละ|ราคา)"
    r"(?:(?!ขู่|ฆ่า|ยิง|เขา|ระวัง|แจ้ง|ฟ้อง)[^.!?]){0,40}?(?:แทบ|เกือบ|จะ)\s?(?:อด)?(?:ตาย|ไม่รอด|บ่รอด)",
    # "I could murder the referee": a figure of speech, the teller's own temper
    r"(?<![a-z])i\s?(?:could|coulda)\s?(?:just\s?)?(?:kill|murder|strangle|throttle)",
    # a public work unsafe to everyone ("สะพานพังจนรถจะตกคลอง อันตรายมาก", "the bridge is
    # dangerous"): a hazard of the story told, not harm meant to the teller (no threat between)
    r"(?:สะพาน|ถนน|ท่อ|ฝาท่อ|ตลิ่ง|อาคาร|ตึก|หลังคา|เสาไฟ|สายไฟ|หลุม|บ่อ|ราวกั้น|เขื่อน|ฝาย|\b(?:bridge|road"
    r"|pipe|drain|wall|roof|pole|wires?)\b)(?:(?!ขู่|ฆ่า|ยิง|ระวัง|แจ้ง|ฟ้อง|threat|kill|careful)[^.!?]){0,60}?"
    r"(?:อันตราย|\bdangerous\b)",
    # the teller's own errand, in English ("I'll send the photos tonight", "let me send the
    # video when I'm home"): evidence to come, not pictures held over them (flat key)
    r"(?<![a-z])(?:ill|iwill|ican|icould|letme|imgoingto|iamgoingto|illtryto|iwilltryto)"
    r"(?:also)?send(?:you|them|it)?(?:the|my|our|all(?:the)?)?(?:photos?|pictures?|video|clip)",
    # money collected ("โดนเก็บไป 2,000", "ถูกเก็บเงินค่าน้ำ"), or collected again and again
    # ("โดนเก็บมาตั้งแต่ปีที่แล้ว", "โดนเก็บทุกเดือน"): a charge, not a killing
    r"(?:โดน|ถูก|เจอ)(?:เขา|มัน)?เก็บ(?=\S{0,6}?(?:เงิน|ค่า|ตัง|ส่วย|ดอก|ภาษี|บาท|พัน|ร้อย|หมื่น|แสน"
    r"|ล้าน|\d)|มา(?:ตั้งแต่|หลาย|ตลอด|นาน)|ทุก(?:เดือน|ปี|งวด|รอบ|ครั้ง))",
    # an underling sent on an errand: to collect the money for him, measure, deliver, work
    # ("เขาให้ลูกน้องมาเก็บแทน", "ส่งลูกน้องมาวัดที่"): who collects, not men sent to harm
    # ("ลูกน้องมาเก็บผม", "ลูกน้องมาหน้าบ้าน" stay)
    r"ลูกน้อง\S{0,8}?มา(?=(?:เก็บ|รับ)(?:เงิน|ค่า|ส่วย|แทน|ทุก|ตัง|ดอก|ภาษี|หัวคิว|\d)|วัด(?:ที่|ดิน|พื้นที่)"
    r"|ส่งของ|ทำงาน|ทำแทน|แจก)",
    # (Isan "ข้า" is ฆ่า: "ข้าไก่เลี้ยงหมู่")
    r"(?:ฆ่า|เชือด|ล้ม|ยิง|ข้า)(?:หมู|ไก่|วัว|ควาย|เป็ด|ปลา|นก|กระต่าย)(?=\S{0,16}(?:เลี้ยง|กิน|งาน|บุญ|ขาย|ป่า"
    r"|แกง|ต้ม|ลาบ|ย่าง|ทอด|กับข้าว))",
    # … or the dish said first ("แกงไก่บ้านวันนี้ ต้องเชือดไก่แต่เช้า"), and what is pounded or
    # chopped for it ("ทุบกระเทียมทุบพริก", "สับหมูทำลาบ")
    r"(?:แกง|ต้ม|ลาบ|ย่าง|ทอด|ทำกับข้าว|ทำอาหาร|ทำแกง)\S{0,24}?(?:ฆ่า|เชือด|ล้ม)(?:หมู|ไก่|วัว|ควาย|เป็ด|ปลา|กบ)"
    r"|(?:ทุบ|ตำ|สับ|บุบ)(?:กระเทียม|พริก|ตะไคร้|ข่า|ขิง|หอม|น้ำแข็ง|ปู|กุ้ง|หมู|ไก่|มะพร้าว|ถั่ว|เมล็ด|น้ำพริก"
    r"|ส้มตำ|มะละกอ|ปลาร้า)",
    # a mosquito or a fly swatted ("ตบยุงทั้งคืน")
    # … or chased and killed, one's own pest control ("ไปไล่ฆ่ายุงในมุ้ง", "ไล่ตีแมลงสาบในครัว",
    # "ฆ่ามดที่ขึ้นน้ำตาล"); not a poison named by its pest ("เทยาฆ่าแมลงลงบ่อ")
    r"(?:ไล่)?(?<!ยา)(?<!สาร)(?:ตบ|ตี|ฆ่า|ทุบ|เหยียบ|ฉีด|จับ|บี้)(?:ยุง|แมลงวัน|แมลงสาบ|แมลง|มด|ริ้น|ปลวก|เห็บ|เหา|แมงมุม"
    r"|จิ้งจก|ตุ๊กแก|หนอน|เพลี้ย)",
    # a fish or a frog stunned for the pot ("จับปลาดุกได้ ตีหัวแล้วเอาไปย่าง")
    r"(?:ปลา\S{0,6}?|กบ|ไก่|เป็ด)[^.!?]{0,16}?(?:ตี|ทุบ)หัว(?=[^.!?]{0,24}?(?:ย่าง|ต้ม|แกง|ทอด|ปิ้ง|กิน"
    r"|ทำ|ขาย))",
    # a pet or livestock dead of the road, an illness or age ("แมวตายเพราะโดนรถชน", "เป็ดของยาย
    # โดนรถกระบะทับตาย", "ลูกวัวตายเพราะท้องเสีย"): no one's doing (a hand in it stays: "มีคน
    # วางยา", "จงใจชน")
    r"(?:หมา|แมว|วัว|ลูกวัว|ควาย|ไก่|เป็ด|หมู|แพะ|ห่าน|นก|ปลา)(?:(?!มีคน|ใคร|เขา|มัน|ขู่|แจ้ง|ฟ้อง|ตั้งใจ"
    r"|จงใจ|แกล้ง|วางยา|ใส่ยา|ยิง|ฆ่า|ตี|แทง|เผา)[^.!?]){0,24}?(?:(?:โดน|ถูก)?รถ\S{0,8}?(?:ชน|ทับ|เหยียบ"
    r"|เฉี่ยว)(?:ตาย)?|ตาย(?:แล้ว|ไป)?(?:(?!มีคน|ใคร|เขา|มัน|วางยา|ใส่ยา|ยา)[^.!?]){0,14}?(?:ป่วย|โรค"
    r"|ท้องเสีย|แก่|อายุมาก|ไม่สบาย|คลอด|หนาว|ขาดน้ำ|งูกัด|กินเบ็ด|(?:โดน|ถูก)?รถ\S{0,8}?(?:ชน|ทับ|เหยียบ"
    r"|เฉี่ยว)))",
    # a reminder of a date or a payment ("ธนาคารโทรมาเตือนว่าถึงกำหนดจ่ายค่างวด", "อสม.มาเตือนให้
    # พาหลานไปฉีดวัคซีน"): a service's notice, no warning of harm
    r"เตือน(?:ว่า|ให้)?(?:ไป)?(?:ครบกำหนด|ถึงกำหนด|ใกล้(?:ครบ|ถึง)กำหนด|ครบรอบ|นัด|จ่าย|ชำระ|ต่อดอก|ส่งดอก"
    r"|ค่างวด|ผ่อน|ฉีดวัคซีน|ฉีดยา|พา(?:ลูก|หลาน|ยาย|ตา|พ่อ|แม่)?ไป|กินยา|ตรวจ|ประชุม|เลือกตั้ง|ต่อภาษี"
    r"|ต่อทะเบียน|ต่อใบ|ยื่น|ส่ง(?:เอกสาร|งาน|การบ้าน))",
    # fire safety taught ("อบต.มาแจกถังดับเพลิง บอกว่าบ้านมุงหญ้าคาไหม้ง่าย"): no arson veiled
    r"(?:ดับเพลิง|อัคคีภัย|ป้องกันไฟ|กันไฟ|อบรม)[^.!?]{0,50}?(?:ไหม้|ติดไฟ|ไฟติด|ลุกไหม้)(?:ได้)?ง่าย",
    r"hit ?(?:me|us) ?up",
    # a game won over someone ("he beat me at cards again", "beat us in the final")
    r"beat\w{0,3} ?(?:me|us|him|her|them|everyone|my ?\w{0,10}) ?(?:at|in) ?(?:a|the)? ?"
    r"(?:cards|chess|pool|snooker|darts|football|petanque|games?|karaoke|takraw|checkers|race"
    r"|match|final|election|vote|contest|boxing|volleyball|badminton)",
    # a threat of one's own doing, said of oneself ("ขู่ว่าจะลาออกทุกปี", "ขู่ว่าจะซ่อนแว่น"): no harm
    r"ขู่(?:ว่า)?(?:จะ|สิ)(?:ลาออก|เลิก(?:เล่น|คุย|ทำ)|ย้ายออก|หนีออกจากบ้าน|ไม่กินข้าว|ไม่ลงสมัคร|ไม่ไปโรงเรียน"
    r"|ซ่อน|งอน|ไม่พูดด้วย|ไม่เล่นด้วย|ไม่ให้ขนม|ไม่ให้เล่น)",
    # a child's bottom smacked, the parent's jest ("ถ้าสอบตกจะตีก้นให้ลาย")
    r"ตีก้น(?:ให้ลาย)?",
    # medicine that kills germs, a doctor's advice ("หมอบอกว่ายาตัวนี้ฆ่าเชื้อ")
    r"(?:(?:หมอ|พยาบาล|เภสัช)\S{0,12}?(?:บอก|สั่ง|ให้)\S{0,12}?)?(?:ยา\S{0,8}?)?ฆ่าเชื้อ(?:โรค)?"
    r"|antibiotics?|kills? ?(?:germs|bacteria|viruses)",
    # a fighting cock, bull or fish of the family's killed in its bout ("ไก่ชนของลุงโดนจิกตายใน
    # สนาม", "วัวชนของน้าแพ้แล้วโดนขวิดตาย"): no one did it to them ("จะตายทุกตัว" foretold stays)
    r"(?:ไก่ชน|วัวชน|ปลากัด|ไก่เก่ง)(?:ตัว\S{0,8}?)?(?:ของ\S{1,8}?)?(?:แพ้\S{0,6}?)?(?:แล้ว)?(?:โดน|ถูก)?"
    r"(?:ตี|จิก|ชน|ขวิด|กัด|แทง|ตีแพ้)(?:จน)?ตาย(?:คา)?(?:ใน)?(?:บ่อน|สนาม|สังเวียน|ซุ้ม)?",
    # tapping rubber, a living ("ตีสี่ไปกรีดยาง", "คนกรีดยางแปลงข้างๆ", "มีดกรีดยาง"): not a tyre
    # slashed ("กรีดยางรถ") nor trees cut by someone ("มีคนมากรีด…", "แอบกรีด…")
    r"(?<!มีคน)(?<!ใคร)(?<!แอบ)(?<!มา)(?<!เขา)(?<!มัน)(?<!โดน)(?<!ถูก)(?<!จะ)(?<!สิ)กรีด(?:น้ำ)?ยาง"
    r"(?!รถ|ล้อ|มอ|จักร|ของ(?:หนู|ผม|ฉัน|เรา|พ่อ|แม่|ข้อย))",
    # a stage's props and scenes ("ปืนปลอม", "ดาบไม้", "ลิเกฉากแทงกัน", "ได้บทโจร"): a show
    r"(?:ปืน|ดาบ|มีด|ขวาน|หอก|ระเบิด)(?:ปลอม|ไม้|กระดาษ|พลาสติก|ยาง|ประกอบฉาก)"
    # (no threat, a henchman or the teller between: "พระเอกลิเก…เป็นลูกน้องกำนัน มันขู่จะยิงหนู")
    r"|(?:ลิเก|ละคร|หมอลำ|ลำเรื่อง|ลำซิ่ง|หนังตะลุง|โขน|งิ้ว|ลิเกฮูลู|มโนราห์)"
    r"(?:(?!ชื่อ|ขู่|มึง|ลูกน้อง|แจ้ง|ฟ้อง|หนู|ผม|ฉัน|ข้อย)\S){0,24}?(?:ฉาก|ตอน|บท)?"
    r"(?:(?!ชื่อ|ขู่|มึง|ลูกน้อง|แจ้ง|ฟ้อง|หนู|ผม|ฉัน|ข้อย)\S){0,8}?(?:(?:พระเอก|นางเอก|ตัวร้าย|โจร)\S{0,4}?)?(?:โดน|ถูก)?(?:ยิง|แทง|ฆ่า|ฟัน|ตี|ต่อย)(?:กัน)?(?:ตาย)?"
    r"|(?:ได้|เล่น|เป็น)บท(?:โจร|ผู้ร้าย|ตัวร้าย|ฆาตกร|ทหาร|ตำรวจ|มือปืน|นักเลง)",
    # a bout or a cockfight and the blows in it, up to a few words on ("มวยคู่เอกเตะกันจะตาย",
    # "ชกมวยงานวัด โดนเตะก้านคอ", "ไก่ชนตีกันจนเลือดออก"): no word of reporting between
    # (no one who came, no kin between: "ไก่ชนมาตีพ่อ" is a beating)
    r"(?:ชก|ต่อย|ซ้อม|ดู|เชียร์|พากย์|แข่ง)?(?:มวย(?:ไทย|ตู้|สากล|วัด)?|ไก่ชน|ชนไก่|ตีไก่|วัวชน|ชนวัว"
    r"|คู่เอก|สังเวียน)(?:(?!ถ้า|หาก|แจ้ง|ฟ้อง|ร้อง|ขู่|มึง|บ้าน|มา|คน|เขา|พ่อ|แม่|ลูก|เมีย|ผัว)\S){0,30}?"
    r"(?:โดน|ถูก)?(?:เตะ|ต่อย|ชก|ตี|ซัด|อัด|เข่า|ศอก|ถีบ)(?:กัน|ก้านคอ|หน้า|ท้อง|หัว|มัน)?(?:ให้)?(?:จน)?"
    r"(?:จะ)?(?:ตาย|น่วม|สลบ|น็อก|มึน|ระบม|ช้ำ|(?:ขา)?เขียว|เลือด(?:ออก|ไหล|สาด|ตก)?)?(?:ทั้งคู่|เลย)?",
    # a goal scored, a score told ("ยิงสามศูนย์", "ยิงขาดสี่ต่อหนึ่ง", "ยิงได้สองประตู")
    r"ยิง(?:ขาด|ชนะ|ถล่ม|แซง|นำ|ตีเสมอ|ได้|เข้า|ไป)?(?:(?:หนึ่ง|สอง|สาม|สี่|ห้า|หก|เจ็ด|แปด|เก้า|สิบ)"
    r"(?:ต่อ)?(?:ศูนย์|หนึ่ง|สอง|สาม|สี่|ห้า|หก|เจ็ด|แปด|เก้า|สิบ)|\d+ต่อ\d+"
    r"|(?:(?!ไป|ใส่|ใน)\S){0,6}?ประตู(?!บ้าน|รั้ว|ห้อง|รถ|หน้า|หลัง))",
    # a gun that is a toy or a tool ("ปืนฉีดน้ำ", "ปืนของเล่น", "ปืนยิงกาว", "water gun")
    r"ปืน(?:ฉีดน้ำ|น้ำ|ของเล่น|เด็กเล่น|พลาสติก|แก๊ป|บีบี(?:กัน)?|กาว|ยิงกาว|ยิงตะปู|ยิงซิลิโคน|ฉีดโฟม"
    r"|ฉีดยา|วัดไข้)(?:(?:(?!ขู่|จะ|สิ|ถ้า|หาก|มึง|เขา|มัน)\S){0,24}?(?:ไล่)?(?:ยิง|ฉีด|สาด)(?:ใส่)?(?:กัน|คน)?)?"
    r"|(?:water|toy|nerf|glue|nail|bb) ?guns?",
    # a shop that sells guns, where someone works ("ทำงานร้านขายปืนอัดลม"): a workplace
    r"ร้าน(?:ขาย)?ปืน(?:อัดลม|บีบี(?:กัน)?|ลม)?|(?:airsoft|gun|bb ?gun) ?(?:shop|store)",
    # a cook's knife and what it is for ("slice and dice with a chef's knife", "knife skills"),
    # a finger nearly cut doing it: the kitchen, not a weapon
    # (spaces optional: the rules read the flat key)
    r"(?:chef'?s?|kitchen|paring|bread|carving|butcher'?s?|cooking|vegetable) ?"
    r"(?:knife|knives|cleavers?)|(?:knife|cleaver) ?skills?"
    r"|(?:slic|dic|chop|debon|fillet|minc|peel|carv)\w*[^.!?]{0,40}?(?:with|using) ?"
    r"(?:a|an|the|my|his|her)? ?(?:big|sharp|new|huge|small|heavy)? ?(?:knife|cleaver)"
    r"|(?:nearly|almost) ?(?:cut|lost|sliced|nicked)(?: ?off)? ?(?:a|my) ?"
    r"(?:finger|fingertip|thumb)s?",
    # game hunted or fished for the pot, and what it was shot with ("ยิงกระรอกในป่า", "เอาปืนลมยิง
    # นก", "ยิงปลาในห้วยด้วยหน้าไม้"): no person, no livestock of anyone's
    r"(?:ปืน\S{0,6}?|หน้าไม้\S{0,6}?|หนังสติ๊ก\S{0,6}?|ธนู\S{0,6}?)?ยิง(?:นก|ปลา|กระรอก|กระแต|กระต่าย"
    r"|ไก่ป่า|หนูนา|กบ|อึ่ง|ตะกวด|บ่าง|เก้ง)(?:\S{0,16}?ด้วย(?:ปืน\S{0,4}|หน้าไม้|หนังสติ๊ก|ธนู))?",
    # shooting practised or played as a sport ("ฝึกยิงปืนที่ค่าย", "แข่งยิงธนู", "ยิงเป้า")
    r"(?:ฝึก|ซ้อม|แข่ง|สนาม|กีฬา|ชมรม|หัด)ยิง(?:ปืน|ธนู|เป้า)?|ยิงเป้า|ยิงธนู",
    # a weapon in a show ("โชว์กลืนดาบ", "รำดาบ", "ควงมีดที่งานวัด", "พ่นไฟ")
    r"(?:โชว์|การแสดง|แสดง|กายกรรม|ลิเก)?(?:กลืน|ควง|รำ|ระบำ|พ่น)(?:ดาบ|มีด|ไฟ|กระบี่)|กระบี่กระบอง",
    # a title: a song, a molam, a film named, whatever its words ("เพลงใหม่ชื่อ ฆ่าให้ตายกลางใจ"),
    # up to what is said of it ("เพราะมาก", "ฟังทั้งวัน")
    r"(?:เพลง|หมอลำ|ลูกทุ่ง|ละคร|หนัง(?!สือ|สติ๊ก)|นิยาย|ซีรีส์|ลิเก|อัลบั้ม)\S{0,10}?ชื่อ(?:เพลง|เรื่อง)?"
    r"\S{1,20}?(?=เพราะ|ฟัง|ของ|ร้อง|เล่น|ไม่|บ่|ค่ะ|คะ|ครับ|นะ|ส่วน|ตอบ|สนุก|ดัง|$)",
    # a child scared into eating or sleeping by a parent ("แม่ขู่ลูกว่าจะให้ตุ๊กแกกินตับ", "ยายขู่
    # หลานว่าผีปอบจะมาเอาตัว"): the bogeyman's deed with it
    r"(?:แม่|พ่อ|ยาย|ย่า|ปู่|ตา)(?:ชอบ|มัก|เคย|ก็|จะ)?(?:ขู่|หลอก)(?:ลูก|หลาน|เด็ก|น้อง)(?:ว่า)?"
    r"(?:\S{0,24}?(?:ผี\S{0,6}?|ตุ๊กแก|ยักษ์|ตำรวจ|หมอ|แม่ซื้อ|กระสือ|ปอบ|ตาแก่)\S{0,6}?(?:จะ|สิ)?(?:มา)?"
    r"(?:เอาตัว|จับ|กิน\S{0,4}|ฉีดยา|เอาไป|ลัก))?",
    # … or told them as a saying ("แม่ชอบพูดว่าถ้ากินข้าวไม่หมดผีจะมาเอาตัวไป", "ยายเล่าว่าผีกระสือจะมา
    # กินตับ"): the bogeyman's deed, said by a parent or a grandparent
    r"(?:แม่|พ่อ|ยาย|ย่า|ปู่|ตา)(?:ชอบ|มัก|เคย|ก็)?(?:พูด|บอก|เล่า|สอน)(?:ลูก|หลาน|เด็ก|น้อง)?(?:ว่า)"
    r"\S{0,30}?(?:ผี\S{0,6}?|ตุ๊กแก|ยักษ์|แม่ซื้อ|กระสือ|ปอบ)\S{0,6}?(?:จะ|สิ)?(?:มา)?"
    r"(?:เอาตัว|จับ|กิน\S{0,4}|เอาไป|ลัก)",
    # the season's work or a job still going on ("ตั้งแต่ตุลาจนถึงตอนนี้ยังไม่จบ", "งานสร้างศาลา
    # ยังไม่จบ"): "not over" said of a time or a task, not of a quarrel
    r"(?:ถึง(?:ตอนนี้|ปัจจุบัน|วันนี้|บัดนี้)|จนบัดนี้)(?:ก็)?(?:ยัง)?(?:ไม่|บ่)จบ"
    r"|(?:งาน|โครงการ|ถนน|สร้าง|ซ่อม|ทำ|เรียน|อ่าน|เล่า|เขียน|เกี่ยว|ดำนา|ขุด)(?:(?!เรื่อง)\S){0,10}?"
    r"(?:ยัง)?(?:ไม่|บ่)จบ"
    r"(?!แน่|ง่าย|แค่|หรอก|ดอก|เด้อ)",
    r"ยิงนก|ล่าสัตว์|ตีไก่|ชนไก่|ไก่ชน|ตีกอล์ฟ|ตีแบด|ตีปิงปอง|ตีกลอง|ชกมวย|ต่อยมวย|มวยตู้",
    # a harm word only across two words run together: "แต่อยู่" holds "ต่อย", "ต่อยอด" too
    r"แต่อ(?=ยู่|ย่า|ยาก)|ต่อยอด",
    # dealt with on one's behalf ("ใครจะมาจัดการให้"), the service asked for, not a threat
    r"มาจัดการให้(?!ตาย|หาย|เรียบ|สิ้นซาก|หมด|เข็ด|จบ)",
    r"(?:ดู|ใน|เรื่อง)?(?:หนัง(?!สือ|สติ๊ก)|ละคร|ซีรีส์|การ์ตูน|นิยาย|เกม)(?:เรื่อง)?\S{0,12}?(?:ยิง|ฆ่า|ปืน|ตี|ผี)",
    # what befalls a story's characters ("นางเอกโดนขู่ฆ่า", "พระเอกโดนยิง"), and life beside
    # it ("เหมือนชีวิตจริง")
    r"(?:นางเอก|พระเอก|ตัวร้าย|ผู้ร้าย|นางร้าย|ตัวละคร|ตัวเอก)(?:ก็|เลย)?(?:โดน|ถูก)?(?:เขา|มัน)?(?:ขู่)?(?:จะ|ว่าจะ)?"
    r"(?:ฆ่า|ยิง|แทง|ตี|ทำร้าย|ฟัน|ขู่)(?:ตาย|กัน)?(?:คน\S{0,6})?|ชีวิตจริง|in real life",
    # the foot of a hill, not a kick ("บ้านอยู่ตีนเขา": "ตีน" holds "ตี")
    r"ตีน(?:เขา|ภู|ดอย|เนิน|บันได|ตุ๊กแก|เปล่า|กา)",
    # a mouth, not a throw ("บอกนายกปากเปล่า": "ปาก" holds "ปา"); only "ปาก" goes, so "ปากดีนัก"
    # and "ปากโป้ง" stay for the shapes of a threat
    r"ปาก(?=เปล่า|คำ|ซอย|ทาง|กา|ท้อง|น้ำ|ต่อปาก|ว่า|บอก)|(?:ด้วย|ทาง|บอก)ปาก",
    # looked on at what was done, there and then ("he watched me the whole time", "she watched
    # us count the money"): seen, not followed; watching kept up ("keeps watching", "every night",
    # "my house") is not taken
    r"(?:watched|was watching|were watching|stood watching)\s(?:me|us|him|her|them)?\s?"
    r"(?:the\s(?:whole|entire)\s(?:time|meeting|while)|(?:sign|fill|count|hand|pay|queue|vote)\w*)",
    # a relative who will come along or be a witness ("พ่อผมจะไปด้วยครับ", "แม่สิไปนำ"): no
    # harm to befall them ("ลูกจะ…" is read as one)
    r"(?:พ่อ|แม่|ลูก|หลาน|เมีย|ผัว|สามี|ภรรยา|ยาย|ตา|ปู่|ย่า|พี่|น้อง)(?:สาว|ชาย|ใหญ่|บ้าน|เขย|สะใภ้)?"
    r"(?:ผม|ฉัน|หนู|ข้อย|เรา|ดิฉัน|กู)?(?:ก็)?(?:จะ|สิ|ซิ)(?:ขับรถ|พา)?(?:ไป|มา)"
    r"(?:ด้วย|นำ|เป็นพยาน|เป็นเพื่อน|ช่วย|ส่ง)"
    # … or who will take the photos or a clip for it ("ลูกจะถ่ายให้", "หลานจะถ่ายส่งมาให้")
    r"|(?:พ่อ|แม่|ลูก|หลาน|เมีย|ผัว|สามี|ภรรยา|ยาย|ตา|ปู่|ย่า|พี่|น้อง)(?:สาว|ชาย|เขย|สะใภ้)?"
    r"(?:ผม|ฉัน|หนู|ข้อย|เรา|ดิฉัน)?(?:ก็)?(?:จะ|สิ|ซิ)(?:ช่วย)?(?:ถ่าย|อัด|บันทึก|ส่ง)(?:รูป|คลิป|วิดีโอ|เสียง"
    r"|ภาพ)?(?:ส่ง)?(?:มา|ไป)?(?:ให้)?",
    # losing work is a fear worth hearing, not danger; threatened as the price of reporting
    # it is retaliation (DANGER_PATTERNS), so only the fear of it is taken out here
    # (a posting is work too: "กลัวไม่ได้ย้ายกลับบ้าน", "กลัวโดนย้าย", "กลัวไม่ได้เลื่อนขั้น")
    r"(?:กลัว|ย่าน|ย้าน|ห่วง|กังวล)\S{0,8}?(?:(?:โดน|ถูก)?(?:ไล่|ให้)?ออกจากงาน|ตกงาน|เลิกจ้าง"
    r"|ไม่ต่อสัญญา|ไม่ได้ต่อสัญญา|ไม่จ้าง|(?:ไม่|บ่)(?:ได้|ให้)(?:ทำ)?งาน|(?:ไม่|บ่)(?:ได้|ให้)(?:เป็น)?(?:ลูกจ้าง|รับจ้าง)"
    r"|(?:ไม่ได้|โดน|ถูก|บ่ได้)(?:สั่ง)?ย้าย(?:กลับ)?(?:บ้าน)?|(?:ไม่ได้|บ่ได้)เลื่อน(?:ขั้น|ตำแหน่ง|ซี))",
    r"(?:scared|afraid|worried|fear)[^.!?]{0,12}?(?:lose|lost|losing) ?(?:my|our|the)? ?"
    r"(?:job|contract|work)",
    # a pest or a stray animal, killed or feared: "งูเข้าบ้าน ตีตายแล้ว", "กลัวหมาไล่กัด"
    r"(?:งู|หนู|ตะขาบ|แมงป่อง|ตัวเงินตัวทอง)\S{0,30}?(?:ตี|ฆ่า)\S{0,4}ตาย|(?:ตี|ฆ่า)(?:งู|หนู|ตะขาบ|แมงป่อง)",
    # … trapped or poisoned, weeds sprayed ("กรงดักหนู", "พ่นยาฆ่าหญ้าในไร่", "rat traps"), a
    # poison's price: farm and kitchen work, only as work done or bought (a poison drunk, or said
    # to go where people eat or drink, or "will", stays a threat or despair)
    r"(?:กรง|กับ|กาว|ไซ|ลอบ|แร้ว|ที่|เครื่อง)?ดัก(?:หนู|นก|ปลา|แมลง|มด|ยุง|กบ|ตุ่น|ปู)"
    r"|(?:(?:พ่น|ฉีด|ซื้อ|วาง|หว่าน|โรย|ผสม|ราด|ขาย|ใช้)(?=(?:ยา|สาร))|(?=(?:ยา|สาร)(?:ฆ่า|เบื่อ|กำจัด)\S{1,8}?"
    r"(?:ขึ้นราคา|ราคา|แกลลอนละ|ขวดละ|ถังละ|ลิตรละ)))"
    r"(?:ยา|สาร)(?:ฆ่า|เบื่อ|กำจัด)(?:หญ้า|หนู|แมลง|ปลวก|มด|ยุง|เพลี้ย|หนอน|วัชพืช|หอย|ศัตรูพืช)"
    r"(?!(?:(?!ที่ร้าน)\S){0,16}?(?:จะ|สิ|ใส่|ลงใน|ลงบ่อ|ในโอ่ง|ในบ่อ|ในน้ำ|ในอาหาร|ในข้าว|ในหม้อ|กิน|ดื่ม))"
    r"|(?:rat|mouse|mice) ?traps?|bug ?spray|insecticide|weed ?killer"
    r"(?! ?(?:in|into) ?(?:your|his|her|their|the)? ?(?:well|water|food|rice|pond|tank|jar|pot))",
    # a fear of the harmless said to be greater than the fear of someone ("กลัวผีมากกว่ากลัว
    # ผู้ใหญ่บ้านอีก 555", "กลัวเมียมากกว่ากลัวนายก"): a joke, the second fear goes with the first
    r"(?:กลัว|ย่าน|ย้าน)(?:หมา|สุนัข|งู|ผี|วัว|ควาย|เมีย|ผัว|แฟน|แม่ยาย|แม่|ครู|เข็ม|หมอฟัน|ความมืด|ตุ๊กแก"
    r"|แมงมุม)\S{0,6}?(?:มากกว่า|กว่า)(?:กลัว|ย่าน|ย้าน)?",
    r"(?:กลัว|ย่าน|ย้าน)(?:หมา|สุนัข|งู|ผี|วัว|ควาย)",
    # homework or reading kept up late ("นั่งทำการบ้านถึงดึก"): not a visit at night; homework
    # ("การบ้าน") is no house ("ส่งการบ้านจะ…" is not "บ้าน…จะ", a home threatened)
    r"(?:ทำ|อ่าน|เรียน|ติว|เขียน|ท่อง)\S{0,10}?(?:ถึง|จน|ยัน)(?:ดึก|ดึกดื่น|เที่ยงคืน)|(?<!จัด)การบ้าน",
    # marks "cut to death" by a teacher ("จะตัดคะแนนตาย", "หักคะแนนจนตาย"): a figure of speech
    # (the teacher's whole saying goes: "ครูบอกว่าถ้าไม่ส่ง…จะหักคะแนนจนตายเลย")
    r"(?:(?:ครู|อาจารย์|ผอ)\S{0,40}?)?(?:ตัด|หัก|ลด)คะแนน\S{0,6}?(?:จน)?(?:จะ)?ตาย(?:เลย)?",
    # a complaint not pursued, forgiven ("ไม่เอาเรื่องแล้ว", "ไม่เอาความเขา"): no "เอาเรื่อง" threat
    r"(?:ไม่|บ่)(?:อยาก|คิดจะ|ขอ)?เอา(?:เรื่อง|ความ)",
    # the news, read or watched ("ดูข่าวเห็นเขายิงกันที่อื่น"), first whole:
    # the harm in it told of someone elsewhere, with how scary it was ("อ่านในเฟซว่าที่อื่น
    # มีคนแจ้งแล้วโดนยิงตาย น่ากลัว", "saw on TV a reporter in Khon Kaen was shot, scary"): not
    # when it is held up as what awaits the teller ("ระวังจะเป็นรายต่อไป", "you're next")
    r"(?:ดู|อ่าน|ฟัง|เห็น|ตาม|ใน|ออก|^)(?:ข่าว(?:ช่อง\S{0,6}?)?|เฟซ|เฟส|ทีวี|ติ๊กต็อก|ยูทูบ|หนังสือพิมพ์|โซเชียล)"
    r"[^.!?]{0,60}?(?:โดน|ถูก)?(?:ยิง|ฆ่า|แทง|ทำร้าย|ซ้อม)(?:ตาย|กัน)?(?:\S{0,16}?(?:น่ากลัว|ใจหาย"
    r"|สยอง|ขนลุก))?(?![^!?]*(?:ระวัง|รายต่อไป|คนต่อไป|แบบเขา|เหมือนเขา|อยากเป็น|เป็นข่าว))",
    r"(?:saw|read|watched|heard|seen)\s(?:it\s)?(?:on|in)\s(?:the\s)?(?:tv|news|facebook|tiktok"
    r"|youtube|paper|newspaper)[^.!?]{0,60}?(?:shot|killed|stabbed|murdered|attacked|beaten)"
    r"(?:[^.!?]{0,12}?(?:scary|frightening|terrible|awful))?"
    r"(?![^!?]*(?:you'?re next|be next|careful|same to you|like him|like her))",
    # (what was felt on seeing it, up to the reason given or a threat to the teller: "เห็นข่าว
    # แล้วกลัว เพราะเขาขู่ผม…" is the teller's own danger)
    r"(?:ดู|อ่าน|ฟัง|เห็น|ตาม|ใน|ออก)ข่าว(?:(?!เพราะ|" + THREAT_AT_TELLER + r")\S){0,20}",
    r"(?:on|in|saw|read|watched) the news[^.!?]{0,30}",
    # … told as the news says it, or read in the paper: a threat to someone elsewhere ("The news
    # says a reporter in Bangkok got death threats", "read in the paper that a whistleblower got
    # threatened"), never one held up to the teller
    r"(?:the ?news|the ?paper|the ?newspaper|tv|facebook) ?(?:says?|said|reported|reports|showed)"
    r"(?: ?that)?[^.!?]{0,60}?(?:got|received|gets|was|were)? ?(?:death ?)?threat(?:s|ened)?"
    r"(?![^!?]*(?:you'?re next|be next|careful|same to you|like him|like her))",
    r"(?:saw|read|watched|heard|seen) ?(?:it ?)?(?:on|in) ?(?:the ?)?(?:tv|news|facebook|tiktok"
    r"|youtube|paper|newspaper)[^.!?]{0,60}?(?:got|received|was|were)? ?(?:death ?)?"
    r"threat(?:s|ened)?"
    r"(?![^!?]*(?:you'?re next|be next|careful|same to you|like him|like her))",
    # a film of fright named, and when it was on ("That horror movie last night was terrifying",
    # "the horror movie on channel 7 tonight"): a fright of fiction
    r"(?:horror|scary|ghost|zombie|creepy|thriller) ?(?:movie|film|show|series|flick|drama|story"
    r"|stories)s?"
    r"(?: ?(?:on ?)?(?:channel ?\d+|last ?night|tonight|yesterday))*",
    # a matter followed up, a call back, no one followed ("nobody followed up", "they'd follow up")
    r"follow(?:s|ed|ing)? ?-?up(?! ?(?:the|to|hill|stairs|road|street|path|lane|alley|steps))",
    # a threat that is a boast about losing a game ("jokes he'll kill anyone who beats him at
    # petanque", "ใครชนะเปตองจะฆ่าทิ้ง"): winning a game is "beating" him, no one threatened
    r"(?:kill|murder|shoot|strangle)\w{0,3} ?(?:anyone|anybody|whoever|everyone|people)"
    r"(?: ?who| ?that)? ?(?:beats?|wins?|bests?) ?(?:him|her|them)?[^.!?]{0,20}?(?:petanque|cards?"
    r"|chess|pool|snooker|football|darts|games?|bets?|checkers|karaoke|takraw|boxing|cockfight\w*)",
    r"(?:ใคร|คนที่|คนไหน|ไผ)\S{0,4}?(?:ชนะ|เอาชนะ|ตีแพ้)\S{0,6}?(?:เปตอง|ไพ่|หมากรุก|หมากฮอส|บอล|ตะกร้อ|สนุ้ก"
    r"|เกม|พนัน|ไก่ชน|คาราโอเกะ)\S{0,12}?(?:จะ|สิ)?(?:ฆ่า|ยิง|ตี|เตะ)(?:ทิ้ง|ให้ตาย)?",
    # a film or a show watched
    r"(?:ดู|ฉาย|เบิ่ง)(?:หนัง(?!สือ|สติ๊ก)|ละคร|ซีรีส์|การ์ตูน)\S{0,16}",
    r"(?:watch|watched|watching|saw|seen)\s(?:a|an|the)?\s?[a-z]*\s?(?:film|movie|series|drama|show"
    r"|video|clip|tutorial)",
    # a game played, a tool sharpened, a gun carried for work, a hot day, a joke at home,
    # and the person's own threat to report ("ผมเคยขู่ว่าจะฟ้อง"): harm words, no harm
    # … and its gunfire through the house ("เล่นเกมยิงกันทั้งคืน เสียงปืนดังลั่นบ้าน"): the game's
    # sound, not shots heard outside ("ได้ยินเสียงปืนหน้าบ้าน" stays)
    r"เล่นเกม(?:(?!ได้ยิน|หน้าบ้าน|นอกบ้าน|ข้างนอก|มีคน)[^.!?]){0,40}?เสียง(?:ปืน|ระเบิด|ยิง)"
    r"(?:ดัง)?(?:ลั่น|สนั่น|ตูมตาม)?(?:ทั้ง)?(?:บ้าน|เฮือน)?",
    r"เล่นเกม\S{0,30}?(?:ยิง|ฆ่า|ต่อย|ปืน|ตี)(?:ปืน|กัน)?|(?:เกม|game)(?:ยิง|ปืน|shooting|shooter)",
    r"(?:free ?fire|pubg|rov|fortnite|call ?of ?duty|counter ?strike|valorant)[^.!?]{0,40}?"
    r"(?:shots?|shoot\w*|guns?\w*|kill\w*|fight\w*|explosions?|bombs?)",
    r"shoot(?:ing)? ?(?:hoops|pool|baskets|photos|pictures|a video|videos?)|photo ?shoot"
    r"|ยิงประตู(?!บ้าน|รั้ว|ห้อง|รถ|หน้า|หลัง)|ยิงลูกโทษ|ยิงพลุ|ยิงบั้งไฟ|ยิงแอด|ยิงโฆษณา|ชู้ตบาส",
    r"ลับมีด|ช่างตีมีด|ตีมีดขาย|ทำมีด\S{0,8}?ขาย|ขายมีด|มีดทำครัว|knife ?sharpen\w*|sharpen\w* ?knives"
    r"|(?:sell|sells|selling|sold|make|makes|making) ?(?:machetes?|knives|knife)",
    # shot or killed inside a game named by its name ("เกมฟีฟายเมื่อคืนผมโดนยิงหัว")
    r"(?:ฟีฟาย|ฟรีฟาย|พับจี|free ?fire|pubg|rov)\S{0,24}?(?:ยิง|ฆ่า|ตาย)(?:ตาย)?",
    r"(?:เป็น|อาชีพ)(?:ทหาร|ตำรวจ|ทหารพราน|อส|อาสา|ยาม|รปภ|ชรบ|พราน|ผู้พิทักษ์ป่า|เจ้าหน้าที่ป่า|รักษาป่า"
    r"|ป่าไม้).{0,24}?(?:ถือ|พก|มี|ใช้)ปืน",
    # not afraid, in Thai, Isan and Northern Khmer ("บ่ย่านดอก", "อ็อตขลาจ")
    # … and the harm they are not afraid of with it ("ไม่ได้กลัวโดนทำร้าย กลัวแค่เรื่องเงียบ")
    # (the one afraid is the one harmed: "ไม่กลัวฆ่าคน", "not afraid of hurting me" stay)
    r"(?:ไม่|บ่|ไม่ได้|บ่ได้|อ็อต|อ๊อต)(?:ค่อย|เคย)?(?:กลัว|ย่าน|ย้าน|ขลาจ|คลาจ)"
    r"(?:(?:ว่า)?(?:จะ)?(?:(?:โดน|ถูก)(?:ใคร)?|ใคร(?:มา)?)(?:ทำร้าย|ทำอะไร|ตีหัว|ฆ่า|ยิง))?"
    r"|not (?:afraid|scared|worried)(?: (?:of|about|for) (?:my safety|anyone|anybody|someone|them"
    r"|being|getting)(?: (?:hurt\w*|attacked|harmed|beaten|threatened))?(?: me)?)?|unafraid",
    # something abandoned or painful to watch, not someone killed: "ฆ่าโครงการทิ้ง", "it was
    # killing me to watch", "it nearly killed me seeing…"
    r"ฆ่า(?:โครงการ|ความฝัน|ฝัน|แผน|ไอเดีย|อนาคต|งาน(?:วิจัย|พัฒนา)|ข้อเสนอ)",
    r"(?:it|that|this)?\s?(?:was|is|nearly|almost|just|really)?\s?kill(?:s|ed|ing)\s?me"
    r"(?=\s?(?:to|that|seeing|watching|inside|when|how))",
    r"killer ?(?:heat|sun|traffic|deal|price|app|view)|kill(?:ing)? ?(?:time|me with laughter)"
    r"|(?:heat|sun|rain|drought|frost|cold|weather|flood)(?: is| was)? ?(?:killing|murdering)"
    r"|ฆ่าเวลา"
    # crops or a garden "killed" by the weather or pests ("murdering my chilli plants")
    r"|(?:kill|murder)(?:s|ed|ing)? ?(?:my|our|the|all the)? ?"
    r"(?:chilli|chili|rice|plants?|crops?|seedlings?|garden|flowers?|trees?|lawn|vegetables?"
    r"|cassava|sugar ?cane)"
    # a career or a budget killed, a price that cuts ("โดนฟันไปสามพัน"), two birds with one shot
    # (a project, an application, a career or trucks "killed": no one harmed)
    r"|kill(?:s|ed|ing)? ?(?:his|her|their|its|my|our|the|the ?\w+?'?s)? ?(?:political ?)?(?:career"
    r"|chances|reputation|image|budget|business|votes?|application|project|plan|trucks?|cars?)"
    r"|ฆ่า(?:โครงการ|แผนงาน)|(?:โครงการ|แผนงาน)\S{0,4}?(?:ถูก|โดน)?ฆ่า(?:ตัดตอน|ทิ้ง)?"
    r"|(?:โดน|ถูก)?ฟัน(?:ไป|เอา)?(?:ค่า\S{0,10}?)?(?:\d[\d,]*|หนึ่ง|สอง|สาม|สี่|ห้า|หก|เจ็ด|แปด|เก้า|สิบ)"
    r"\S{0,4}?(?:บาท|ร้อย|พัน|หมื่น|แสน)|ฟันราคา|ยิงปืนนัดเดียวได้นกสองตัว|นัดเดียวได้นกสองตัว"
    r"|(?:ร้อน|หิว|เหนื่อย|ขำ|เบื่อ|หัวเราะ|ง่วง|อิ่ม|หนาว|เหงา|แทบอด|แพ้|เจ๊ง|ขาดทุน)(?:จน)?(?:จะ|แทบ)?(?:อยาก)?"
    r"(?:บ้า)?ตาย"
    # an ache or a jab that hurts "to death" ("เจ็บแขนจนแทบตาย" after a shot, "ปวดหัวจะตาย")
    r"|(?:เจ็บ|ปวด|แสบ|คัน|ระบม)(?:แขน|ขา|หัว|ท้อง|ฟัน|หลัง|เอว|ไหล่|แผล|คอ|ตา|เข่า)?(?:จน)?(?:แทบ)?(?:จะ)?(?:อยาก)?ตาย"
    r"|ฉีด(?:ยา|วัคซีน)(?:กัน)?(?:บาดทะยัก|พิษสุนัขบ้า|หมาบ้า|ไข้หวัด|ไข้เลือดออก)"
    # teeth, not a blade ("ถอนฟัน", "ปวดฟัน", "หมอฟัน": "ฟัน" is a tooth as well as to slash)
    r"|(?:ถอน|อุด|ทำ|แปรง|ขูด|จัด|ปวด|เสียว|หมอ|คลินิก)ฟัน|ฟัน(?:ผุ|น้ำนม|ปลอม|กราม|คุด|ซี่)"
    r"|(?:โดน|ถูก|เหยียบ)(?:ตะปู|หนาม|เศษแก้ว|เศษกระเบื้อง|ก้างปลา)(?:ตำ|ทิ่ม|แทง|บาด)"
    # "very", said with "จะตาย" after a pleasure, a longing or a "น่า…" ("อร่อยจนอยากตาย",
    # "คิดถึงแม่จะตายอยู่แล้ว", "น่ากลัวจะตาย"; not "น่าจะตาย", likely to die)
    r"|(?:อร่อย|แซ่บ|นัว|เผ็ด|สวย|หล่อ|เก่ง|หอม|เพราะ|สนุก|ม่วน|มันส์|ตื่นเต้น|ดีใจ|ชอบ|แพง|เยอะ|เมื่อย|เขิน|อาย"
    r"|เสียดาย|คิดถึง\S{0,8}?|น่า(?!จะ)(?:(?!ว่า)\S){1,6}?)(?:จน)?(?:จะ|อยาก)?ตาย(?:อยู่แล้ว)?"
    # going mad "to death" at a delay, and a trade's people "all dead" of a price ("ส่งของช้ามาก
    # จะบ้าตาย", "ราคามันตกหนักมาก ชาวไร่ตายกันหมด"): a figure of speech, no one harmed
    r"|(?:จะ|แทบ|จน)?บ้าตาย|(?:ชาวไร่|ชาวนา|ชาวสวน|เกษตรกร|คนปลูก\S{0,6}?|แม่ค้า|พ่อค้า)(?:จะ|คง|ก็)?ตายกัน(?:หมด)?"
    # shock as a joke ("คงช็อกตาย 555", "แทบหัวใจวายตาย"): a figure of speech, no one harmed
    r"|(?:ช็อก|ช๊อก|ช็อค|ช๊อค|หัวใจวาย|เป็นลม|ตกใจ|อกแตก|ลมจับ)(?:จน)?(?:จะ)?(?:ล้ม)?ตาย",
    # … with who would be shocked, if they knew ("ถ้านายกรู้ว่าหนูแจ้ง คงช็อก"): the official's
    # surprise imagined, not a threat of what they know
    r"(?:ถ้า|หาก)[^.!?]{0,12}?รู้ว่า[^.!?]{0,24}?(?:คง|คงจะ)"
    r"(?:ช็อก|ช๊อก|ช็อค|ตกใจ|เป็นลม|หัวใจวาย|อึ้ง|งง)(?:จน)?(?:จะ)?(?:ตาย)?",
    # prices that "kill" ("ราคานี่ฆ่ากันชัดๆ", "ฆ่ากันตายแน่ … แพงจนขำ"): dear, not deadly; so do
    # bills, interest, fuel and fertiliser, the poor or the farmers "killed" or "dying" of them
    # ("ค่าไฟโหดจะฆ่ากันให้ตายหรือไง", "ปุ๋ยขึ้นอีก ชาวนาตายกันหมด"), no threat or report between
    r"(?:ราคา|แพง|ค่า(?:ไฟ|น้ำ|ครองชีพ|เทอม|แก๊ส|ปุ๋ย|เช่า|รักษา|ยา)|ดอกเบี้ย|ภาษี|น้ำมัน|ปุ๋ย|หนี้)"
    r"(?:(?!ขู่|มึง|เอ็ง|ถ้า|หาก|ว่าจะ|แจ้ง|ฟ้อง|ร้อง)\S){0,30}?"
    r"(?:(?:จะ|มัน|คง)*ฆ่า(?:กัน|คนจน|ชาวบ้าน|ชาวนา|ชาวไร่|เกษตรกร|พวกเรา|เรา|คน)?(?:ให้)?(?:ตาย)?"
    r"|(?:คนจน|ชาวบ้าน|ชาวนา|ชาวไร่|เกษตรกร|พวกเรา)(?:ก็|คง|จะ)*(?:อด)?ตาย"
    # … or the price fallen "dead" ("ราคาข้าวตกตาย", "ราคาร่วงตาย")
    r"|(?:ตก|ร่วง|ดิ่ง|ลด|ถูก)(?:ลง)?(?:จน)?(?:จะ|แทบ)?ตาย)(?:กัน)?(?:หมด)?"
    r"|ฆ่ากัน(?:ตาย)?(?:แน่|ชัดๆ|ชัด ๆ|เลย)?(?=[^!?]{0,60}?(?:ราคา|แพง))",
    # a boss, a parent, a partner or a teacher who will "kill" me for a lapse or a laugh ("My
    # boss will kill me if I'm late", "she'd kill me if I bought another rod, lol", "หัวหน้าฆ่า
    # ผมแน่ถ้าส่งงานช้า"): a figure of speech, never with a report or a complaint as its cause
    r"(?:boss|mum|mom|mother|dad|father|wife|husband|teacher|coach|manager|supervisor|girlfriend"
    r"|boyfriend|grandma|granny|missus|mother ?-?in ?-?law|friend|bestie|sister|brother|sis|bro"
    r"|buddy|mate|cousin)s?"
    r"(?:(?!report|complain|police|sue|withdraw)[^.!?]){0,24}?(?:kill|murder|strangle)s? ?(?:me|us)"
    r"(?=(?:(?!report|complain|police|sue|withdraw|tell|told)[^.!?]){0,60}?"
    r"(?:\b(?:if|when|for|cause|because)\b ?(?:i|we)? ?'?(?:m|am|are|re)? ?"
    r"(?:late|forget|forgot|miss|missed|buy|bought|spend|spent|break|broke|lose|lost|come"
    r"|get ?home|again|eat|ate|drink)|lol|haha|555|jk|😂|🤣"
    r"|(?<!not )(?<!not)(?<!wasn't )(?<!wasnt)(?:joking|kidding|teasing|as ?a ?joke))"
    r"|(?:if|when)(?:i|we)(?:m|am|are|re)?(?:late|forget|forgot|miss|buy|bought|spend|spent|break"
    r"|broke|lose|lost|again))",
    r"(?:หัวหน้า|เจ้านาย|บอส|แม่|เมีย|แฟน|ครู|ผัว|สามี|ภรรยา|แม่ยาย)(?:ผม|หนู|ฉัน|ข้อย|เรา)?"
    r"(?:ต้อง|คง|จะ|สิ|ได้)*(?:ฆ่า|เอาตาย|บีบคอ)(?:ผม|หนู|ฉัน|ข้อย|กู|เรา)?(?:ตาย)?(?:แน่|แน่ๆ|แน่ ๆ)?"
    r"(?=(?:(?!แจ้ง|ฟ้อง|ร้อง|บอกใคร|ขู่)\S){0,8}?(?:(?:ถ้า|หาก)(?:(?!แจ้ง|ฟ้อง|ร้อง|บอกใคร)\S){0,16}?"
    r"(?:สาย|ช้า|ลืม|ไม่ทัน|ทำหาย|ทำแตก|กลับดึก|เมา|ซื้อ|ไปไม่ทัน)|5))",
    # … or said by a friend, kin or a boss and marked a joke by the teller, before or after ("ตลก
    # มาก เพื่อนบอกจะฆ่าฉันถ้าไม่เลี้ยงส้มตำ", "หัวหน้าบอกว่าถ้าส่งงานช้าจะฆ่าให้ตาย 555 เขาพูดเล่น"):
    # never with a report, a withdrawal or the police in it, nor a joke doubted or denied
    # ("พูดเล่นหรือเปล่าไม่รู้", "ไม่ได้พูดเล่น", "ขำไม่ออก")
    r"(?:(?:ตลก(?!ไม่|ร้าย)|ขำ(?!ไม่)|ฮา|(?<!\d)5+)(?:มาก|ดี|จัง|เลย)?[^.!?]{0,12}?"
    rf"{JEST_TOLD}(?:(?:(?!{JEST_NOT})[^.!?]){{0,40}}?(?:ตาย|ทิ้ง))?"
    rf"|{JEST_TOLD}(?:(?!{JEST_NOT})[^.!?]){{0,40}}?(?:(?<!\d)5+(?!\d)|ล้อเล่น|พูดเล่น|หยอก|แซว|ตลก"
    r"|ขำ(?!ไม่ออก)|ฮ่า)(?!หรือเปล่า|รึเปล่า|หรือไม่|ไหม|มั้ย))",
    # a kill shouted in a game named after it ("yells 'I'm gonna kill you' at his friends playing
    # Free Fire all night", "ตะโกนว่าจะฆ่ามึงทั้งคืนตอนเล่นฟีฟาย")
    r"(?:kill|shoot|murder)\w{0,3} ?(?:you|him|her|them|everyone|everybody|each ?other)"
    r"[^.!?]{0,60}?(?:play\w*|in|on) ?(?:free ?fire|pubg|rov|fortnite|call ?of ?duty"
    r"|counter ?strike"
    r"|valorant|minecraft|roblox|mobile ?legends|video ?games?|games?)"
    r"(?: ?(?:all|every|the ?whole) ?night)?",
    r"(?:ตะโกน|พูด|บอก|ร้อง|ด่า)?(?:ว่า)?(?:จะ|สิ)?(?:ฆ่า|ยิง)(?:มึง|กู|แก|เอ็ง|มัน|กัน)?(?:ให้)?(?:ตาย)?"
    r"(?:(?!ขู่|แจ้ง|ฟ้อง|ถอน|บ้าน|ลูก|หลาน|เมีย|ผัว|ผม|หนู|ฉัน|ข้อย|แม่|พ่อ)[^.!?]){0,30}?"
    r"(?:ตอน|ขณะ|เวลา|ระหว่าง|ที่)?(?:กำลัง)?เล่น(?:เกม|ฟีฟาย"
    r"|ฟรีฟาย|พับจี|โรบล็อกซ์|มายคราฟ|rov|free ?fire|pubg|roblox)",
    # the heat, the traffic or the bills that "will kill us all" ("this heat is going to kill us")
    r"(?:heat|sun|rain|drought|cold|weather|flood|traffic|prices?|bills?|rent|inflation|humidity)"
    r"(?: ?is| ?was| ?will| ?s)? ?(?:going ?to|gonna)? ?(?:kill|murder)(?:ing)? ?(?:us|me|everyone"
    r"|everybody)?(?: ?all)?",
    # sent to sleep outside or with the animals, a partner's joke ("จะไล่ไปนอนกับหมา",
    # "ให้ไปนอนเล้าไก่"): no harm; the one who said it goes with it ("เมียบอกว่า…")
    r"(?:(?:เมีย|ผัว|แฟน|แม่|พ่อ|ภรรยา|สามี|แม่ยาย|ยาย|ย่า)\S{0,4}?(?:บอก|ขู่|เตือน|เว้า)(?:ว่า)?)?"
    r"(?:(?:ถ้า|หาก)(?:(?!ขู่|มึง|เอ็ง|แจ้ง|ฟ้อง|ร้อง)\S){0,24}?(?:จะ|สิ)?)?"
    r"(?:ไล่|ให้)(?:ไป|ออกไป)?นอน(?:นอกบ้าน|กับหมา|กับแมว|กับไก่|ข้างนอก|ที่โซฟา|โซฟา|ใต้ถุน|คนเดียว"
    r"|เล้าไก่|คอกวัว|คอกหมู|ในรถ|ที่ระเบียง|ระเบียง|หน้าบ้าน)(?:กับ(?:หมา|แมว|ไก่|วัว))?",
    # "dead" of laughter, in Thai and Isan ("ข้อยสิตายแล้ว … หัวเราะจนท้องแข็ง", "ตายแล้ว ตลกแท้"),
    # a laugh said beside it; never "you" dead ("มึงตายแน่ 555" stays)
    r"(?<!มึง)(?<!เอ็ง)(?<!มึงจะ)(?<!มึงสิ)(?<!เอ็งจะ)(?<!มึงต้อง)(?<!แก)(?<!สู)(?<!แกจะ)"
    r"(?:จะ|สิ|ซิ)?ตาย(?:แล้ว|คักๆ|คัก ๆ|คัก|หลาย|แน่)?(?:ๆ)?"
    r"(?=(?:(?!ขู่|มึง|ฆ่า|ยิง|เอ็ง)\S){0,30}?(?:หัวเราะ|ขำ|ฮา|ตลก|555|5(?=$|\s)|ม่วน|😂|🤣))"
    r"|(?:หัวเราะ|ขำ|ฮา|ตลก|😂|🤣)(?:(?!ขู่|มึง|ฆ่า|ยิง|เอ็ง)\S){0,20}?(?:จะ|สิ)?ตาย(?:แล้ว|คักๆ|คัก)?",
    # a spirit, a shrine, a cemetery or a haunted tree that all fear ("ศาลปู่ตา … คนกลัวกันทั้ง
    # หมู่บ้าน", "scared to death of the ghost house"): awe of no person
    r"(?:ผี|ศาล(?:ปู่ตา|เจ้า|พระภูมิ|ตาปู่|เจ้าพ่อ|เจ้าแม่)?|ปู่ตา|ป่าช้า|ต้นตะเคียน|นางตะเคียน|นางไม้|เจ้าที่"
    r"|เจ้าพ่อ|เจ้าแม่|บ้านร้าง|สุสาน|เฮี้ยน)(?:(?!ขู่|มึง|ฆ่า|ยิง|ทำร้าย|เผา|ผู้ใหญ่|กำนัน|นายก|ปลัด)\S){0,40}?"
    r"(?:เกรง)?(?:กลัว|ย่าน|ย้าน)(?:กัน)?(?:ทั้ง(?:หมู่บ้าน|บ้าน|ตำบล|อำเภอ|จังหวัด)|ทุกคน|มาก|หลาย|นักหนา)?",
    r"(?:scared|afraid|terrified|frightened)(?: ?to ?death)? ?of ?(?:the|a|that)? ?"
    r"(?:ghosts?|haunted|spirits?|dentist|dark|snakes?|spiders?|needles?|heights|ghost ?house)",
    r"kill(?:s|ed|ing)? ?it(?= ?(?:with|at|on|in)|\b)",  # "the mayor is killing it": doing well
    # the front of the official's own house ("ศาลาหน้าบ้านตัวเอง"): where the money went
    r"หน้าบ้าน(?:ของ)?(?:ตัวเอง|นายก|กำนัน|ผู้ใหญ่บ้าน|ปลัด)",
    # scolded "go home and die" ("ไล่ให้กลับไปตายที่บ้าน"): an insult told, no harm threatened
    r"(?:ไล่|ด่า)[^.!?]{0,30}?ไป(?:นอน)?(?:รอ)?ตาย(?:ที่บ้าน)?",
    # nearly died for want of a service ("เกือบไม่รอด เพราะรถไม่มาส่ง"): neglect to report
    r"เกือบ(?:จะ)?(?:ไม่รอด|ตาย|เสียชีวิต)[^.!?]{0,12}?(?:เพราะ|เพราะว่า|เหตุ)",
    r"(?:lets?|left|leaves|leaving)\s(?:the\s)?(?:patients?|people|villagers|sick|elderly|them)"
    r"\s(?:to\s)?(?:bleed|suffer|wait|lie)|(?:a|his|her|my)\scut\s(?:hand|finger|leg|foot|arm)",
    # the official's own kin given what was taken ("สร้างบ้านให้ลูกสาว", "โอนที่ให้ลูกชาย"):
    # who gained, not a family threatened
    r"(?:สร้าง|ซื้อ|ยก|แบ่ง|โอน|ปลูก|ถม|จ้าง|built|bought|gave|transferred)\S{0,24}?"
    r"(?:ให้|for|to)(?:his|her)?(?:ลูกสาว|ลูกชาย|ลูกเขย|ลูกสะใภ้|เมีย|daughter|son|wife)(?:ตัวเอง|เขา)?",
    # the teller's own evidence sent ("ส่งรูปบ้านที่สร้างบนหนองแล้วค่ะ"): photos of a house or a
    # family sent to them ("ส่งรูปลูกมา", "มีคนส่งรูปบ้านมาให้") stay a threat
    r"(?<!เขา)(?<!มัน)(?<!คน)(?<!มี)(?<!พวก)(?:ส่ง|ถ่าย)(?:รูป|คลิป|วิดีโอ)"
    r"(?!\S{0,40}?มา)(?=\S{0,40}?(?:แล้ว|ครบ|เสร็จ|ให้ดู|ไปให้|ไม่ไป|ไม่ได้|ไม่ผ่าน|บ่ไป|บ่ได้))",
    # harm as a likeness ("ให้ราคาต่ำเหมือนเอามีดปาดคอ", "ยังกับโดนปล้น"): what a price or a deal
    # feels like, no one's deed; not a deed promised like another's ("จะทำให้เหมือน…")
    r"(?<!ทำ)(?<!ให้)(?<!จะ)(?<!สิ)(?:เหมือน|ยังกับ|ยังกะ|ราวกับ|อย่างกับ|ประหนึ่ง)(?:โดน|ถูก|เอา|กับ)?"
    r"(?:มีด|ปืน|ขวาน|ดาบ)?\S{0,3}?(?:ปาดคอ|เชือดคอ|เชือด|ฆ่า|ปล้น|แทง|บีบคอ)(?:กัน)?(?:ทั้งเป็น|ตาย)?",
    # a child spanked or caned on the bottom by kin ("ตาจะเอาไม้เรียวมาหวดก้น"): upbringing
    r"(?:ไม้เรียว\S{0,8}?)?(?:หวด|ตี|ฟาด|เฆี่ยน)(?:ให้)?ก้น(?:ลาย)?|ไม้เรียว",
    # fired for being late or absent ("บอกจะไล่ออกถ้ามาสายอีก"): a job lost, not harm
    r"(?:จะ|สิ)?ไล่ออก(?:จากงาน|จากโรงงาน|จากบริษัท)?(?=(?:(?!แจ้ง|ฟ้อง|ร้อง|พูด)\S){0,16}?"
    r"(?:สาย|ช้า|ขาดงาน|ลางาน|ไม่ทัน|หลับ|เมา|ขี้เกียจ))",
    r"help ?me ?(?:to ?)?(?:use|with the|understand|fill|file|write|send|start|make|find"
    r"|figure|learn)",
    # a threat marked as a joke at once ("ขู่ว่าจะไม่ให้ยืมควายอีก 555 ล้อเล่นกันค่ะ", "threatened
    # to throw out my fishing rods lol"), naming no harm, no report and no one's kin: teasing
    # (a laugh after a harm or a warning is mockery and stays: "ขู่จะเผาบ้าน 555", "ระวังตัวนะ 555")
    r"(?:ขู่|ขุ่)(?:(?!ถอน|แจ้ง|ฟ้อง|ร้อง|มึง|ลูก|เมีย|ยิง|ฆ่า|ตี|ทำร้าย|เผา|ตาย|เจ็บ|จัดการ|เก็บ|ระวัง"
    r"|ไล่|ชีวิต|ปืน|มีด|ทุบ|แทง|ต่อย|ตบ|เตะ|เอาเรื่อง|เล่นงาน|รู้นะ|คนแจ้ง)[^.!?\n]){0,60}?"
    r"(?:5{3,}|(?<!ไม่ได้)(?<!ไม่)(?<!บ่)ล้อเล่น|ขำ ?ๆ|ขำขำ|หยอก(?:กัน)?เล่น"
    # … its "5555" cut to one "5" in the key (`_REPEATS`), ending the text or before a particle
    r"|(?<!\d)5(?=$|ล้อ|ขำ|หยอก|ตลก|ค่ะ|คะ|ครับ|จ้า|นะ|เด้อ))",
    r"threat(?:en(?:ed|s|ing)?)?(?:(?!kill|shoot|hurt|burn|beat|harm|stab|report|complain|withdraw"
    r"|dead|die|knife|gun|kid|son|daughter|wife|husband|family|house|home|careful|regret)[^.!?\n])"
    r"{0,60}?(?:lol|haha|555|just ?kidding|jk\b|(?<!not)(?<!not )joking)",
    r"(?:ผม|ฉัน|หนู|เรา|ข้อย|ดิฉัน|i)(?:เคย|ก็|เลย|ever|once|already)?(?:ขู่|threatened)\S{0,16}?(?:ว่า|to)?"
    r"(?:จะ|สิ)?(?:ไป)?(?:ฟ้อง|แจ้ง|ร้องเรียน|ร้อง|sue|report|complain)",
    r"(?:ขู่|ขุ่)\S{0,6}?(?:ว่า)?(?:ถ้า|หาก)(?:ไม่|บ่)(?:รีบ)?(?:ไป)?(?:ส่ง|แจ้ง|ฟ้อง|ร้องเรียน|ร้อง)",
    r"(?:ขู่|ขุ่)\S{0,40}?(?:ไม่ทำกับข้าว|ไม่ให้กินข้าว|ไม่ทำข้าว|ไม่คุยด้วย|ยึดมือถือ|ไม่ให้เล่นเกม|งอน)",
    r"(?:be|get|getting) ?fired|sacked",
    # idioms with a weapon word and no weapon: "ยิงยาว" (tell it all in one go), "ยิงมุก" (a
    # joke), "แทงหวย" (a lottery bet), "ฟันธง" (to be sure), "ตีความ" (to interpret)
    r"ยิงยาว|ยิงรวด|ยิงมุก|ยิงมุข|ยิงคำถาม|แทงหวย|แทงบอล|ฟันธง|ฟันกำไร|ตีความ|ตีตั๋ว|ตีพิมพ์|ตีเนียน"
    # a broken heart, a child disowned, a colour, a game ("ฆ่าใจ", "ตัดหางปล่อยวัด", "สีแดงเลือดนก",
    # "ฟุตบอล", which holds "ตบ")
    r"|ฆ่า(?:กันทาง)?ใจ|ตัดหางปล่อยวัด|(?:สี|แดง)เลือด(?:นก|หมู)|ฟุตบอล|ฟุตซอล"
    r"|fire ?away|shoot (?:me )?(?:a|an) (?:message|text|email|question)|kill two birds"
    r"|bored to death"
    # dead of laughter ("lol I'm dead 😂", "i'm dying haha")
    r"|(?:lol|lmao|haha|555)\W{0,3}i'?m ?(?:dead|dying)"
    r"|i'?m ?(?:dead|dying) ?(?:lol|lmao|haha|555|😂|🤣)"
    # a phone, a battery or a line gone dead, dead tired: no one ("my phone is dead, using my
    # daughter's", "แบตจะตายแล้วค่ะ"); not what someone did to it beside ("smashed it")
    r"|(?:phone|battery|batt|mobile|cellphone|line|signal|screen|laptop|tablet|charger|engine)\S{0,2}"
    r"(?: ?(?:is|was|went|has|had|just|already|almost|nearly|about|to|gone|going|s|got|totally"
    r"|completely|kind of|basically))* ?(?:dead|died|dying|die)"
    r"(?! ?(?:because|after|when|since|they|he|she))"
    r"|dead ?(?:battery|batteries|phone|line|signal)|(?:dead|dog) ?tired"
    r"|(?:แบต(?:เตอรี่|เตอร์รี่)?|มือถือ|โทรศัพท์|เครื่อง|เน็ต|สัญญาณ)(?:มือถือ|โทรศัพท์)?(?:ก็|มัน)?"
    r"(?:จะ|ใกล้|เกือบ)?(?:จะ)?ตาย(?!เพราะ)",
    # a child or grandchild scolded ("ดุลูกอยู่ บอกว่าจะตีให้ก้นลาย", "ดุหลานว่าจะตีให้ตาย"),
    # a match or a bout cheered ("เชียร์บอลตะโกนว่าฆ่ามันเลย", "ดูมวยร้องว่าอัดให้ตาย"), a film
    # told of ("หนังกลางแปลงเป็นเรื่องมาเฟียยิงกัน"), a storm, an animal biting another, a
    # family's nagging ("แม่เตือนว่าอย่าไปยุ่ง … แม่แค่ขี้บ่น"): harm words, no one threatened
    r"ดุ(?:ลูก|หลาน|เด็ก)\S{0,40}?(?:ตี|ฆ่า|ฟาด)(?:ให้)?(?:ก้น\S{0,3}|ตาย|ลาย|แตก|น่วม)?"
    r"|(?:ถ้า\S{0,24}?)?(?:(?:จะ|สิ)?(?:ตี|ฟาด)(?:ให้)?(?:ก้น\S{0,3}|ตาย|น่วม))(?=\S{0,50}?ดุ(?:ลูก|หลาน|เด็ก))",
    r"(?:เชียร์|ดู|พากย์)(?:บอล|ฟุตบอล|มวย|ไก่ชน|กีฬา|วอลเลย์)\S{0,24}?(?:ฆ่า|อัด|ซัด|ตี|ต่อย|ยิง)"
    r"(?:มัน)?(?:ให้)?(?:ตาย)?(?:เลย)?",
    r"หนัง(?!สือ|สติ๊ก)\S{0,30}?เรื่อง\S{0,12}?(?:ยิง|ฆ่า|ปืน|ตี|ผี)(?:กัน)?",
    # the weather, what it struck and the fright it gave ("ฟ้าผ่าต้นตาลหน้าบ้าน … น่ากลัวมาก",
    # "พายุเมื่อคืนต้นมะพร้าวล้มทับเล้าไก่ น่ากลัว"): no one's doing, no threat in between
    r"(?:(?:สาย)?ฟ้า(?:ผ่า|ร้อง|แลบ)|พายุ(?:เข้า)?|ลมกรรโชก|ลมแรง|น้ำท่วม|น้ำป่า|แผ่นดินไหว|ต้นไม้ล้ม)"
    r"(?:(?:(?!ขู่|มีคน|ใคร|ถ้า|หาก|แจ้ง|เขา|มัน)\S){0,40}?(?:น่ากลัว|ตกใจ|ใจหาย|ขวัญเสีย|ขวัญผวา)"
    r"(?:มาก|แทบแย่|จัง|สุดๆ|เลย)?|\S{0,16}?(?:หน้าบ้าน|ข้างบ้าน|หลังบ้าน))?",
    r"(?:หมา|สุนัข|วัว|ควาย|แมว)\S{0,20}?(?:กัด|ขวิด)\S{0,12}?(?:ไก่|เป็ด|หมา|แมว|ห่าน)\S{0,12}?ตาย",
    r"(?:หมา|สุนัข)\S{0,24}?(?:อยากจะ|อยาก|จะ)?ฆ่ามัน(?:ทิ้ง)?",
    r"(?:แม่|พ่อ|ยาย|ย่า|ตา|ปู่|เมีย|ผัว|สามี|แฟน)(?:เตือน|บ่น|ห้าม)\S{0,6}?ว่า?\S{0,4}?"
    r"(?:อย่าไปยุ่ง|อย่ายุ่ง|อย่าไปหาเรื่อง)(?=\S{0,60}?(?:ขี้บ่น|แค่บ่น|บ่นทุกวัน|แค่ห่วง|เหนื่อยฟรี"
    r"|เสียเวลา))",
    # whether the one who reports is at fault, asked ("แม่จะโดนจับไหมถ้าไปแจ้ง", "ตำรวจจะมาจับแม่
    # ไหม", "คนแจ้งผิดอะไรไหม"): the law asked about, not a threat
    r"(?:ตำรวจ)?(?:จะ)?(?:โดน|ถูก|มา)?(?:ตำรวจ)?(?:จับ|ฟ้องกลับ|ดำเนินคดี|เรียกไปให้การ)\S{0,8}?"
    r"(?:ไหม|มั้ย|หรือเปล่า|รึเปล่า|หรือไม่)|(?:ผิด(?:อะไร)?|มีความผิด)(?:ไหม|มั้ย|หรือเปล่า|รึเปล่า)",
    # someone else's house named as where it happens ("อยู่หน้าบ้านผู้ใหญ่"), not the teller's
    r"(?:หน้า|หลัง|ข้าง)บ้าน(?:ของ)?(?:ผู้ใหญ่|กำนัน|นายก|ผู้ช่วย|สารวัตร|ปลัด|สจ|ส\.จ|อบต|เสี่ย|เจ๊|เฮีย"
    r"|หัวคะแนน|ประธาน)",
    # a ball struck in a game ("ตบลูกวอลเลย์", "ตบบอลหน้าเน็ต", "ฟาดลูกตะกร้อ"): a sport's blow
    r"(?:ตบ|ตี|เตะ|ฟาด|ยิง|สับ|หยอด)(?:ลูก)?(?:วอลเลย์(?:บอล)?|บอล|ตะกร้อ|แบด|ขนไก่|เทนนิส|ปิงปอง)"
    r"(?:หน้าเน็ต|ข้ามเน็ต)?|ตบหน้าเน็ต",
    # a teacher or a coach scolding pupils ("ครูขู่นักเรียนว่าถ้ามาสายจะให้วิ่งรอบสนาม")
    r"(?:ครู|อาจารย์|โค้ช|ผอ)(?:ชอบ|มัก|ก็|เคย)?(?:ขู่|ดุ)(?:นักเรียน|เด็ก|ลูกศิษย์|ลูก|หลาน)(?:ว่า)?"
    r"(?:(?:ถ้า|หาก)\S{0,20}?(?:จะ|สิ)\S{0,6}?(?:ตี|ให้วิ่ง|ทำโทษ|หักคะแนน|ไม่ให้)\S{0,8})?",
    # a near miss on the road ("เกือบโดนรถชน", "เกือบตาย … รถสิบล้อปาดหน้า"): a fright, no one's doing
    r"เกือบ(?:จะ)?(?:ตาย|โดน(?:รถ)?ชน|ถูก(?:รถ)?ชน|ชน|ไม่รอด|คว่ำ|ล้ม)"
    r"\S{0,40}?(?:รถ|มอไซ|มอเตอร์ไซ|ถนน|ขี่|ขับ|ปั่น|หมา|วัว|ควาย|ปาดหน้า|ตัดหน้า)\S{0,30}",
    # a dream of ghosts or monsters ("ฝันว่าผีไล่ฆ่า", "ฝันร้ายว่าปอบมาบีบคอ"): a night's fright
    # … or any harm in the teller's own dream ("ฝันว่าบ้านไฟไหม้", "เมื่อคืนฝันว่ามีคนเอามีดมาไล่ฟัน"):
    # not one told of by someone else ("เขาฝันเห็นบ้านหนูไฟไหม้" is a warning)
    r"(?:^|เมื่อคืน|คืนก่อน|หนู|ผม|ฉัน|ข้อย|ดิฉัน|ยาย|แม่|พ่อ)(?:นอน)?(?:ก็)?ฝัน(?:ร้าย)?(?:ว่า|เห็น|ถึง)"
    r"\S{0,40}?(?:ฆ่า|ยิง|แทง|ฟัน|ไล่|ไฟไหม้|ไหม้|ตาย|เผา|ทำร้าย|น้ำท่วม|มีด|ปืน)\S{0,8}?(?=ตื่น|ใจ|คน|แม่|ยาย"
    r"|เลย|ค่ะ|คะ|ครับ|จะ|\d|$)",
    r"ฝัน(?:ร้าย)?(?:ว่า|เห็น|ถึง)?(?:\S{0,12}?)(?:ผี|ปอบ|กระสือ|ยักษ์|สัตว์ประหลาด|ซอมบี้)"
    r"\S{0,12}?(?:ไล่|มา)?(?:ฆ่า|ยิง|แทง|กิน|บีบคอ|ทำร้าย|จับ|หลอก)(?:ตาย)?",
    # a vice as the killer, taught or said ("ความโกรธฆ่าเรา", "ความโลภเผาใจ"): a sermon's figure
    r"ความ(?:โกรธ|โลภ|หลง|แค้น|อิจฉา|ริษยา|เครียด|จน|ทุกข์|เหงา|เกลียด|พยาบาท|ประมาท)"
    r"\S{0,4}?(?:ฆ่า|ทำร้าย|เผา|กัดกิน|ทำลาย)(?:คน|เรา|ใจ|ตัวเอง|ชีวิต|ข่อย|ข้อย|ผม|ฉัน|หนู|กู)?"
    r"(?:ให้)?(?:ตาย)?",
    # resolve to fight on ("สู้ตาย", "สู้จนตัวตาย", "สู้ยิบตา"): the teller's own fight, no harm
    r"(?:จะ|สิ)?(?:ขอ)?สู้(?:จน)?(?:ตัว)?ตาย|(?:จะ|สิ)?สู้ยิบตา|(?:จะ|สิ)?สู้ไม่ถอย",
    # kept home by the weather or an illness ("ไม่กล้าออกไปไหนเพราะฝนตกหนัก"): no one feared
    r"(?:ไม่|บ่)(?:ค่อย)?กล้า(?:ออก)?(?:ไป)?(?:ไหน|นอกบ้าน|จากบ้าน|ข้างนอก)?(?:ตอนนี้|ช่วงนี้)?"
    r"(?:เลย)?(?:เพราะ|เพาะ|ย้อน)(?:ว่า)?(?:ฝน|น้ำท่วม|น้ำป่า|พายุ|แดด|อากาศ|ร้อน|หนาว|ป่วย"
    r"|ไม่สบาย|บ่สบาย|ไข้|โควิด|หมอก|ถนน)",
    r"(?:movie|film|series|drama|video ?game|game)[^.!?]{0,24}?(?:shoot|gun|kill|fight)"
    r"|(?:shoot|gun|kill|fight)[^.!?]{0,12}?(?:movie|film|series|drama|game)",
    # stung or bitten by an insect or a snake, a cow or crops killed by one or by the weather
    # ("โดนผึ้งรุมต่อย", "วัวโดนงูเห่ากัดตาย", "หนอนลงไร่ ต้นตายหมด", "ฝนทิ้งช่วง ข้าวแห้งตาย"):
    # nature's doing, no one's (poison or a hand in it stays: "มีคนวางยาวัวตาย")
    r"(?:โดน|ถูก)?(?:ผึ้ง|แตน|ตัวต่อ|ต่อหัวเสือ|มด\S{0,4}?|ยุง|แมงป่อง|ตะขาบ|งู\S{0,6}?|ปลิง|ทาก)"
    r"(?:รุม)?(?:ต่อย|กัด|ฉก|ดูด|ต่อ)(?:ตาย)?",
    r"(?:หนอน\S{0,6}?|เพลี้ย\S{0,4}?|แมลง|โรค\S{0,8}?|ฝนแล้ง|แล้ง|ฝนทิ้งช่วง|น้ำท่วม|หนาวจัด|ลมแรง)"
    r"(?:(?!มีคน|ใคร|เขา|มัน|วางยา|ใส่ยา)\S){0,30}?(?:แห้ง|เน่า|เหี่ยว)?ตาย(?:หมด|เกือบหมด|ไป|ครึ่ง|เยอะ)?",
    r"(?:ต้น|ข้าว|กล้า|ผัก|อ้อย|มัน|ข้าวโพด)\S{0,10}?(?:แห้ง|เน่า|เหี่ยว)ตาย",
    # an animal hit on the road ("ขับรถชนควายกลางทาง ควายตาย"): an accident, no one's doing
    r"(?:ขับ|ขี่)?(?:รถ)?ชน(?:ควาย|วัว|หมา|แมว|ไก่|เป็ด|หมู|แพะ)(?:(?:(?!มีคน|ใคร|ขู่|จะ|สิ)\S){0,30}?"
    r"(?:ควาย|วัว|หมา|แมว|ไก่|เป็ด|หมู|แพะ)\S{0,4}?ตาย)?",
    # an animal killed or cut up for the pot or the monks ("ฆ่าปลาดุกทำฉู่ฉี่", "เชือดเป็ดทำลาบ",
    # "รอเขาเชือดหมูที่โรงฆ่าสัตว์"), the slaughterhouse and blood dishes: the kitchen, not a
    # killing; never one likened to a person ("จะเชือดผมเหมือนเชือดหมู")
    r"(?<!เหมือน)(?<!อย่าง)(?<!แบบ)(?<!ยัง)(?:ฆ่า|เชือด|ล้ม|ชำแหละ|ข้า|สับ|ทุบ|หั่น)"
    r"(?:หมู|ไก่|วัว|ควาย|เป็ด|ปลา\S{0,4}?|กบ|ห่าน|แพะ|เนื้อ)(?:\S{0,3}?ตัว)?"
    r"(?=\S{0,24}?(?:ทำ|ต้ม|แกง|ลาบ|ก้อย|ทอด|ปิ้ง|ย่าง|อ่อม|ฉู่ฉี่|ผัด|นึ่ง|เลี้ยง|กิน|งาน|บุญ|ขาย|ถวาย"
    r"|ตลาด|เขียง|อาหาร|กับข้าว|เมนู|ที่โรงฆ่า|ที่โรงเชือด))"
    r"|โรง(?:ฆ่าสัตว์|เชือด|ฆ่า)|(?:ต้ม|ลาบ|ก้อย|แกง)?เลือด(?:หมู|ไก่|วัว|เป็ด)|ลาบเลือด|หลู้",
    # a song's words or loud music "to kill each other" ("เปิดหมอลำ … ฆ่ากันให้ตายดีกว่า"): a
    # line sung or the din, no one threatened
    r"(?:เพลง|หมอลำ|ลำซิ่ง|ลำเพลิน|ลูกทุ่ง|เครื่องเสียง|ลำโพง|รถแห่|คาราโอเกะ|วงดนตรี|ดนตรี)"
    r"(?:(?!ขู่|มึง|แจ้ง|ฟ้อง|ถ้า)\S){0,24}?(?:ฆ่า|ยิง|ตี|ทุบ|แทง)(?:กัน)?(?:ให้)?(?:ตาย)?(?:ไป)?(?:เลย)?"
    r"(?:ดีกว่า)?",
    # a child threatened with a spanking for a child's misdeed ("ถ้าสอบตกจะตีก้นให้ลาย", "แม่บอก
    # ว่าจะตีก้น"): a parent's warning, not a threat to the teller
    r"(?:ถ้า|หาก)\S{0,6}?(?:สอบตก|ดื้อ|ซน|เกเร|โดดเรียน|หนีเรียน|ไม่ทำการบ้าน|ไม่อ่านหนังสือ|ไม่อาบน้ำ"
    r"|ไม่นอน|ไม่กินข้าว|กลับดึก|เล่นเกม|ติดเกม|ได้เกรด|ได้ศูนย์|ทำแตก|ทำหาย|ไม่เชื่อฟัง)\S{0,24}?"
    r"(?:จะ|สิ)?(?:โดน)?(?:ตี|ฟาด|หวด|เฆี่ยน)(?:ก้น|มือ|ขา|น่อง)?(?:ให้)?(?:ก้น)?(?:ลาย|แตก|ระบม|ตาย|น่วม)?",
    r"(?:แม่|พ่อ|ยาย|ย่า|ตา|ปู่|ครู)(?:บอก|ขู่|ว่า|ดุ|เตือน)(?:(?!ถอน|แจ้ง|ฟ้อง|ร้อง)\S){0,30}?"
    r"(?:จะ|สิ)(?:ตี|ฟาด|หวด)(?:ให้)?ก้น(?:ลาย|แตก|ระบม)?",
    # a threat no harm is in: to resign, to sulk, to go hungry, to make someone sleep outside
    # ("ชอบขู่ว่าจะลาออก", "ขู่ว่าถ้าไม่ซื้อให้จะไม่ยอมกินข้าว", "ขู่ว่าจะให้ไปนอนกับหมา"); and
    # a sky, a dog, a cat or a snake that "threatens" ("ฟ้าขู่ฝน", "หมาแยกเขี้ยวขู่", "แมวขู่ฟ่อ")
    r"(?:ขู่|ขุ่)(?:ว่า)?(?:(?!ถอน|แจ้ง|ฟ้อง|ร้อง|มึง|ลูก|เมีย|ยิง|ฆ่า|ตี|ทำร้าย|เผา)\S){0,30}?(?:จะ|สิ)"
    r"(?:ไม่ยอม)?(?:ลาออก|ไม่ลงสมัคร|เลิกเล่น|ไม่กิน\S{0,4}|ไม่ยอมกิน\S{0,4}|อดข้าว|หนีออกจากบ้าน"
    r"|ไม่คุยด้วย|ไม่พูดด้วย|งอน|ร้องไห้|หย่า|ไม่ไปโรงเรียน|ไม่ไปเรียน|ให้(?:ไป)?นอน(?:นอกบ้าน|กับหมา"
    r"|ข้างนอก|ที่โซฟา|ใต้ถุน|คนเดียว))",
    r"ฟ้า(?:ร้อง)?ขู่|(?:แยกเขี้ยว|เห่า|ฟ่อ|หาง\S{0,4})(?:ขู่)|(?:หมา|แมว|งู|ห่าน|ไก่)\S{0,12}?ขู่(?:ฟ่อ)?"
    r"|ขู่ฟ่อ|ขู่คำราม",
    # teeth and a dentist, the pain "killing me" ("the pain is killing me", "my back is killing
    # me"), spicy food that does: no one harmed
    r"(?:pain|ache|tooth|teeth|back|feet|legs?|knees?|head|headache|toothache|spicy|chilli|chili"
    r"|som ?tam|heat|sun|hangover)[^.!?]{0,20}?(?:is|are|was)? ?killing ?me"
    r"|(?:mouth|tongue|throat|lips|stomach|belly)[^.!?]{0,6}?(?:is|was|are)? ?on ?fire",
    # a doctor's word on an illness ("หมอบอกว่าถ้ามาช้ากว่านี้อาจตายได้"), a medicine that kills
    # germs or worms ("ยาฆ่าเชื้อ", "ฆ่าพยาธิ"), a disinfectant: care, not a killing
    r"หมอ\S{0,6}?(?:บอก|ว่า|แจ้ง)\S{0,40}?(?:อาจ|คง|เกือบ|จะ)(?:จะ)?(?:ตาย|เสียชีวิต|ไม่รอด)(?:ได้)?",
    r"(?:ยา|เจล|สบู่|น้ำยา|แอลกอฮอล์|สเปรย์)?(?:ถ่าย|ฆ่า)(?:เชื้อ(?:โรค|รา|แบคทีเรีย|ไวรัส)?|พยาธิ"
    r"|ไวรัส|แบคทีเรีย|เซลล์มะเร็ง|เหา|ไข่เหา|หมัด|เห็บ|ลูกน้ำ)",
    # combat sport practised or fought, and its blows ("แข่งเทควันโด โดนเตะหน้า", "ซ้อมชกที่ค่าย
    # โดนหมัดฮุค ตาบวม"): a sport, no one threatened
    r"(?:แข่ง|ซ้อม|เรียน|ฝึก|ไป)?(?:เทควันโด|คาราเต้|ยูโด|กังฟู|มวยปล้ำ|ยิวยิตสู|ฟันดาบ|กระบี่|ซ้อมชก|ชกกระสอบ"
    r"|ค่ายมวย|เวทีมวย)(?:(?!ถ้า|หาก|แจ้ง|ฟ้อง|ร้อง|ขู่|มึง|บ้าน|มาหา|เขามา)\S){0,30}?"
    r"(?:โดน|ถูก)?(?:เตะ|ต่อย|ชก|ตี|ทุ่ม|ล็อก|หมัด\S{0,4}?|ศอก|เข่า)(?:กัน|หน้า|ท้อง|หัว|ตา)?(?:จน)?"
    r"(?:ตาเขียว|ตาบวม|ปากแตก|เลือดกำเดา\S{0,4}|เลือด\S{0,4}|น็อก|ช้ำ|ระบม|บวม)?"
    r"|(?:โดน|ถูก)?หมัด(?:ฮุค|ตรง|เสย|สวิง|แย็บ)\S{0,30}?(?:ซ้อม|ชก|ค่าย|เวที|แข่ง)\S{0,8}",
    r"(?:knocked ?out|ko'?d)[^.!?]{0,30}?(?:fight|bout|match|muay|boxing|round)"
    r"|(?:muay ?thai|boxing|kickboxing|taekwondo|karate|judo)[^.!?]{0,30}?"
    r"(?:fight|match|bout|class)",
    # farm and garden work with a blade ("ไปฟันอ้อยทั้งวัน", "เอามีดพร้าถางป่า", "ใบมีดเครื่องตัดหญ้า"):
    # a tool at work, not a weapon
    r"ฟัน(?:อ้อย|หญ้า|ไม้|กิ่ง|ฟืน|ต้นไม้|ป่า|ตอ|กล้วย|ไผ่)|(?:ใบ)?มีด(?:ตัดหญ้า|ตัดอ้อย|กรีดยาง)"
    r"|เครื่องตัดหญ้า(?:\S{0,30}?(?:ใบมีด|มีด))?|(?:ใบ)?มีด\S{0,4}?(?:เครื่องตัดหญ้า)"
    r"|(?:มีด(?:พร้า|อีโต้|โต้)?|พร้า|ขวาน|เคียว|จอบ|เสียม)(?:(?!มา|ขู่|ไล่|ถือ|จะฟัน|ใส่)\S){0,6}?"
    r"(?:ถาง|ตัด|ฟัน|ผ่า|เกี่ยว|สับ|หั่น|ปอก|แกะ|ขุด|ดาย|โค่น)(?:ป่า|หญ้า|ไม้|กิ่ง|ฟืน|อ้อย|ข้าว|ต้น|ผัก"
    r"|หมู|ไก่|เนื้อ|ผลไม้|มะพร้าว|หน่อไม้|ดิน|ตอ|กล้วย|ไผ่)",
    # children playing at cops and robbers or at war ("เด็กๆ เล่นโจรกับตำรวจ ถือไม้แทนปืนไล่ยิงกัน")
    r"เล่น(?:โจร|ตำรวจ|ทหาร|สงคราม|ปืน|ยิงกัน|ไล่จับ|คาวบอย)(?:(?!ขู่|มึง|ถ้า|แจ้ง)\S){0,40}?"
    r"(?:ยิง|ฆ่า|ปืน|ไล่|ตาย|ฟัน)(?:กัน)?",
    # a relative's own death, long past, said of someone who knows of it or of the dead
    # ("ลูกสาวเขาก็รู้ว่าแม่ตายแล้ว", "ยายตายไปสองปีแล้วเงินยังเข้า", "น้องสาวของผู้ตาย"): the
    # dead still paid is a complaint, the one who knows a witness; not a death done to someone
    # ("โดนยิงตาย") nor foretold ("จะตาย")
    r"(?<!โดน)(?<!ถูก)(?<!จะ)(?<!สิ)(?:พ่อ|แม่|ยาย|ย่า|ตา|ปู่|ลุง|ป้า|น้า|อา|พี่|น้อง|ผัว|เมีย|สามี|ภรรยา)"
    r"(?:สาว|ชาย|เขา|ของเขา|ของเธอ|ของมัน|ผู้ตาย)?(?:ก็)?(?:ได้)?(?:ตาย|เสีย(?:ชีวิต)?)(?:ไป)?"
    r"(?:แล้ว|ตั้งแต่|นานแล้ว|\S{0,8}?(?:ปี|เดือน)(?:ที่แล้ว|ก่อน|แล้ว))",
    r"ผู้ตาย|ผู้เสียชีวิต|ผู้วายชนม์|คนที่ตายไปแล้ว|คนตายไปแล้ว",
    # a threat that is a bad review, a star taken away or custom taken elsewhere ("ลูกค้าขู่จะ
    # รีวิวร้านหนูหนึ่งดาว", "ขู่สิเลิกอุดหนุน", "threatened to leave a one-star review"): a
    # grumble, no harm (a harm said with it stays: "ขู่จะเผาร้านแล้วรีวิว")
    r"ขู่(?:ว่า)?(?:จะ|สิ|ซิ)\S{0,6}?(?:รีวิว|ให้\S{0,8}?ดาว|ติดดาว|กดดาว|แบน|บล็อก|บล็อค|อันฟอล|อันเฟรนด์"
    r"|เลิก(?:ซื้อ|อุดหนุน|คบ|ตาม|ใช้|เป็นลูกค้า|สั่ง)|(?:ไม่|บ่)(?:มา)?(?:ซื้อ|อุดหนุน|ใช้บริการ|มาอีก|กินอีก"
    r"|สั่งอีก)|ไปซื้อ(?:ร้าน|เจ้า)อื่น|ยกเลิก(?:ออเดอร์|ออร์เดอร์|คำสั่งซื้อ)|คอมเมนต์|ด่า(?:ใน|ลง)(?:เพจ|เฟส))",
    r"threat\w{0,5} ?(?:to)?(?:(?!kill|burn|shoot|hurt|beat|stab|harm|attack|come)[^.!?]){0,40}?"
    r"(?:one|1|bad|negative|zero|0|low|lousy)[ -]?(?:star|rating|review|comment)s?(?: ?reviews?)?"
    r"|threat\w{0,5} ?to ?(?:unfollow|unfriend|block|sto"
    r"p ?buying|cancel ?(?:the|his|her|their)? ?order)",
    # harm done by one character of a soap, a series or a film to another ("นางร้ายวางยาพิษ
    # พระเอก", "ตัวร้ายเอามีดแทงนางเอก", "the villain poisoned the heroine"): fiction
    r"(?:นางร้าย|ตัวร้าย|ตัวโกง|พระเอก|นางเอก|ตัวละคร|ตัวเอก|นางอิจฉา)(?:(?!ขู่|แจ้ง|ฟ้อง|บ้าน|ลูก|หนู|ผม|ฉัน"
    r"|ข้อย|มึง)\S){0,12}?(?:โดน|ถูก)?(?:วางยา(?:พิษ)?|ใส่ยา|ยิง|ฆ่า|แทง|ฟัน|ตบ|ทำร้าย|ลักพาตัว|จับตัว|เผา"
    r"|ซ้อม|ต่อย|กระทืบ|ผลัก|บีบคอ)(?:กัน)?(?:ตาย)?(?:พระเอก|นางเอก|นางร้าย|ตัวร้าย|ตัวเอก)?",
    r"(?:villain(?:ess)?|hero(?:ine)?|bad ?guy|main ?cha"
    r"racter|character)s?(?: ?in ?(?:the|a|this|that)? ?"
    r"(?:lakorn|drama|soap|series|show|movie|film|nove"
    r"l))? ?(?:poison|shot|shoot|kill|stab|slap|kidnap"
    r"|murder|beat)\w* ?(?:the|his|her)? ?(?:hero(?:ine)?|villain(?:ess)?|wife|husband|rival)?",
    # a game won by a wide margin ("ถล่มคู่แข่ง 4-0 ฆ่าขาดเลย", "บดขยี้เวียดนาม 3-0", "murdered
    # them 5-1"): a score, no one harmed
    r"ฆ่าขาด(?:ลอย)?|(?:ถล่ม|ขยี้|บดขยี้|ไล่ถล่ม)(?:(?!บ้าน|ร้าน|รถ|ลูก|เมีย|หนู|ผม|ฉัน|มึง|ข้อย)[^.!?]){0,16}?"
    r"(?:ขาด(?:ลอย)?|เละ|ยับ|คาบ้าน|คารัง|\d+ ?(?:ต่อ|[-–:])? ?\d+)",
    r"(?:killed|murdered|destroyed|slaughtered|crushed|smashed|massacred|thrashed|demolished|kill|murder)"
    r" ?(?:them|us|him|[a-z]+)? ?(?:\d+ ?[-–:]? ?\d+|in"
    r" ?the ?(?:match|game|final|league|derby|semis?))",
    # a field's pests and the poison put out for them ("หนูนาเข้ามากัดต้นข้าว ต้องวางยาเบื่อ",
    # "หนูพุกแทะต้นอ้อย เลยโรยยาเบื่อรอบแปลง"): farm work, never a poison put where someone's
    # animals, water or food are
    _PESTS
    + r"(?:(?!มีคน|ใคร|เขา|มัน|ขู่|แจ้ง|ฟ้อง|หมา|แมว|วัว|ควาย|บ่อ)\S){0,40}?(?:วาง|ใส่|โรย|ฉีด|พ่น|หว่าน|ราด)"
    r"(?:ยา|สาร)(?:เบื่อ|ฆ่า|กำจัด|พิษ)?"
    r"(?!\S{0,6}?(?:หมา|แมว|วัว|ควาย|ใส่|ลงบ่อ|ในบ่อ|ในน้ำ|ในอาหาร|ในโอ่ง|ให้\S{0,4}?กิน))",
    _PESTS
    + r"(?:เข้า)?(?:มา)?(?:กัด|แทะ|กิน|ขุด)(?:กิน)?(?:ต้น|ใบ|ราก|รวง|ข้าว|ผัก|อ้อย|มัน|ถั่ว|สายไฟ|กระสอบ)",
    # a beast of the farm that nearly killed its keeper ("my buffalo almost killed me lol",
    # "ควายตัวผู้เกือบขวิดพ่อตาย 555"): no one's doing
    r"(?:buffalo|bull|cow|ox|goat|horse|dog|snake|cobra|pig|boar|elephant|rooster|bee|wasp|hornet)"
    r"(?:e?s)? ?(?:almost|nearly|just ?about|could ?ha"
    r"ve|about ?to) ?(?:killed|kill|bit|gored|trampled"
    r"|kicked|stomped)\w* ?(?:me|us|him|her|my ?\w+)?",
    r"(?:ควาย|วัว|งัว|กระทิง|หมา|งู\S{0,4}?|ม้า|แพะ|หมู|ช้าง|ผึ้ง|ต่อ|แตน|ไก่)(?:ตัวผู้|ตัวเมีย|ตัวใหญ่|ของ"
    r"\S{0,6}?)?(?:เกือบ(?:จะ)?|แทบ)(?:ขวิด|กัด|เหยียบ|เตะ|ถีบ|ชน|ทับ|ฉก|ฆ่า)\S{0,8}?ตาย",
    # the teller's own pictures promised ("I'll send the photos tonight when I get home"): no
    # blackmail, unless they go to someone's family, everyone or online
    r"(?:(?<!w)i'?ll|i ?will|i'?m ?going ?to|i'?m ?gonn"
    r"a|let ?me|(?<!the)(?<!th)we'?ll|^will|^ok ?will)"
    r" ?send ?(?:you|them|it)? ?(?:the|my|some|those|the"
    r"se|all ?the)? ?(?:photos?|pictures?|pics?|videos?"
    r"|clips?|recordings?|files?)(?![^.!?]{0,40}?(?:to"
    r" ?(?:your|his|her|everyone|everybody|all|facebook"
    r"|the ?village|the ?whole)|unless|if ?you|online))",
    # an animal scolded or threatened, a pet or a beast of the farm ("ชอบขู่หมาที่มาเห่า", "ขู่ไก่
    # ชนว่าจะเอาไปแกง", "yells at his goats he'll curry them"): no person threatened
    r"(?:ขู่|ด่า|ตะคอก|ไล่ตี|ไล่ฟาด)(?:ใส่)?(?:น้อง)?(?:หมา|แมว|ไก่|วัว|งัว|ควาย|เป็ด|ห่าน|แพะ|หมู|นก)"
    r"(?:ชน|แจ้|บ้าน|ตัว\S{0,6}?|ของ\S{0,8}?)?"
    r"|(?:threaten|yell|shout|scream)\w* ?at ?(?:his|her|their|the|my|our)? ?(?:own ?)?"
    r"(?:dogs?|cats?|goats?|chickens?|roosters?|pigs?|cows?|buffalo(?:es)?|ducks?)",
    # longing or loneliness that "kills" ("คิดถึงหลานจนจะขาดใจตาย", "ความคึดฮอดบ้านสิฆ่าข้อย
    # ตาย", "missing home is killing me"): a heart's ache, no one's deed
    r"(?:ความ)?(?:คิดถึง|คึดฮอด|ฮอด|เหงา|คิดฮอด)\S{0,12}?(?:จน)?(?:จะ|สิ|ซิ)?(?:ฆ่า\S{0,6}?)?"
    r"(?:ให้)?(?:ขาดใจ)?ตาย"
    r"|(?:missing|homesick\w*|loneliness)[^.!?]{0,24}?(?:kill|killing|will ?kill)\w* ?(?:me|us)?",
    # afraid of missing a bus, a train or a deadline ("ย่านบ่ทันรถ", "กลัวไม่ทันเครื่อง"): a
    # hurry, no one feared
    r"(?:กลัว|ย่าน|ย้าน)(?:ว่า)?(?:จะ|สิ)?(?:ไป|ขึ้น|กลับ)?(?:ไม่|บ่)ทัน(?:รถ|เครื่อง|เรือ|เวลา|นัด|งาน"
    r"|ปีใหม่|กำหนด|ส่ง|สอบ|ตลาด)?",
    # … or of the weather, a crop spoilt or a slip of one's own ("ย่านฝนตกก่อนเกี่ยวข้าว", "แม่
    # ย่านลืมกระเป๋าไว้ในรถ"): a worry about things, no one feared
    r"(?:กลัว|ย่าน|ย้าน)(?:ว่า)?(?:จะ|สิ)?(?:ฝน(?:จะ|สิ)?(?:ตก|บ่ตก|ไม่ตก|แล้ง)|น้ำท่วม|แล้ง|พายุ|ข้าว\S{0,4}?"
    r"(?:เปียก|เสีย|ตาย|ไม่งาม|บ่งาม)|ลืม|หลงทาง|ทำ\S{0,6}?หาย|ทำ\S{0,6}?ตก|ตกรถ)",
)
#: A time before dawn ("ตั้งแต่ตีสี่", "ตื่นตีห้า"): the hour, no blow; taken out only when
#: nothing of the night is told (`NIGHT_TOLD`), where the hour is part of a threat ("มีคนโทรมาตอน
#: ตีสอง … ทุกคืน").
SMALL_HOURS = (
    r"(?:ตั้งแต่|ตอน|ราว|ประมาณ|ถึง|จน|เวลา|ก่อน|หลัง|ตื่น|ตื่นตอน|ตื่นแต่|ออกจากบ้าน|ไป|กลับ)"
    r"ตี(?:หนึ่ง|สอง|สาม|สี่|ห้า|\d)(?:ครึ่ง|กว่า|กว่าๆ)?"
)
NIGHT_TOLD = r"คืน|โทร|เคาะ|ยืน|จอด|หน้าบ้าน|มาหา|เสียง|ขู่|ดัก|แอบ|ป้วนเปี้ยน|ด้อม|ไฟ|ตาม"
#: Visits that have stopped, told as calm now ("เขาไม่ได้มาอะไรอีก", "ไม่ได้มาป้วนเปี้ยนแล้ว",
#: "บ่ได้มาอีกแล้ว"): no harm, and with nothing threatening beside them, no danger; not a visit
#: foretold ("จะไม่ได้มาเห็นหน้าลูกอีก"), nor one with a "but" or a sending in it (read flat).
VISITS_STOPPED = (
    r"(?<!จะ)(?<!คง)(?<!อาจ)(?:ไม่|บ่)(?:ได้|เห็น|เคย)?(?:มา|โผล่มา|เข้ามา)"
    r"(?:(?!แต่|ส่ง|ให้|จะ|ลูก|เมีย|ผัว)\S){0,10}?(?:อีก(?:แล้ว|เลย)?|แล้ว)"
)
#: Said to deny a threat: "ไม่ได้โดนขู่", "ไม่มีใครขู่", "nobody threatened".
DANGER_DENIED = (
    "ไม่ได้โดนขู่",
    "ไม่ได้ถูกขู่",
    "ไม่ได้ขู่",
    "ไม่มีใครขู่",
    "ไม่มีใครมาขู่",
    "ไม่เคยโดนขู่",
    "ไม่เคยถูกขู่",
    "ยังไม่โดนขู่",
    "ยังไม่มีใครขู่",
    "บ่ได้โดนขู่",
    "บ่มีไผขู่",
    "ไม่ได้อันตราย",
    "ไม่อันตราย",
    # no danger said ("ไม่ได้มีอันตรายครับ กรอกต่อ", "mai mee antarai"): an answer to are you safe
    "ไม่มีอันตราย",
    "ไม่ได้มีอันตราย",
    "บ่มีอันตราย",
    "ปลอดภัยดี",
    # the Isan and English ways of it with a word between ("บ่มีไผมาขู่", "no one has")
    "บ่มีไผมาขู่",
    "บ่ได้ถืกขู่",
    "บ่ได้ถูกขู่",
    "ไม่มีใครมาทำอะไร",
    # "ไม่ได้มีใครขู่ครับ แค่เขากลัว": the same denial with ได้ before it
    "ไม่ได้มีใครขู่",
    "ไม่ได้มีใครมาขู่",
    "ยังไม่มีใครมาขู่",
    "บ่ได้มีไผขู่",
    "บ่ได้มีไผมาขู่",
    "บ่มีไผมาเฮ็ดหยัง",
    "noonethreatened",
    # "nobody's threatened me", "no one's threatened us"
    "nobodysthreatened",
    "noonesthreatened",
    "nobodyhasthreatened",
    "noonehasthreatened",
    # safe again, said to go on ("ตอนนี้ปลอดภัยแล้ว ทำต่อได้เลย", "I'm safe now, let's go on")
    "ปลอดภัยแล้ว",
    "imsafenow",
    "imokaynow",
    "imoknow",
    "imfinenow",
    "nobodythreatened",
    "notthreatened",
    "nothreat",
)
#: After a denial, "just …" retracts it ("เขาไม่ได้ขู่หรอก แค่บอกว่าบ้านไม้ไฟติดง่าย"): what was
#: "just" said is for the models to judge, the denial no longer rules danger out (compacted).
DENIAL_RETRACTED = (
    r"^(?:อะไร|ไร|หยัง)?(?:หรอก|ดอก|นะ|เลย)?(?:ค่ะ|คะ|ครับ|จ้ะ|เด้อ)?(?:เขา|เพิ่น|มัน)?"
    r"(?:แค่|เพียง|just|only)"
)
#: Family and household named at the witnesses question: who was there, not who is
#: threatened ("my wife was with me", "ลูกชายเห็นด้วย"); a threat word that is only one of
#: these ("ลูกสาว", "หลาน") is no threat there. Not "ตา", "ย่า": inside "ตาม", "ตาย", "ย่าน".
FAMILY_AS_WITNESSES = (
    r"ลูก(?:สาว|ชาย|เขย|สะใภ้|เมีย|หลาน)?|หลาน(?:สาว|ชาย)?|เมีย|ผัว|สามี|ภรรยา|ภริยา|แฟน"
    r"|(?:พ่อ|แม่)(?:บ้าน|ตา|ยาย|ปู่|ย่า|เฒ่า|ใหญ่|เลี้ยง)?|ปู่|ยาย|พี่(?:สาว|ชาย|เขย|สะใภ้)?"
    r"|น้อง(?:สาว|ชาย|เขย|สะใภ้)?|ญาติ|ครอบครัว|คนในบ้าน"
    r"|\b(?:wife|husband|son|daughter|kids?|child(?:ren)?|mother|father|mom|mum|dad|parents?"
    r"|brother|sister|grand(?:mother|father|ma|pa|son|daughter)|in-?laws?|nephew|niece|cousin"
    r"|uncle|aunt|family|girlfriend|boyfriend)s?\b"
)
#: … joined by these alone ("ลูกสาวกับเมีย", "my son and my wife"): named as the answer …
FAMILY_JOINED_BY = (
    r"\b(?:my|our|and|the|in-?law|his|her)\b|ของ|ผม|ดิฉัน|ฉัน|หนู|ข่อย|กับ|และ|ค่ะ|ครับ|คับ|นะ"
    r"|เด้อ|[\s,&+-]"
)
#: … said as who saw or was there ("อยู่ด้วย", "เห็น", "was with me"), or named alone.
WAS_THERE = (
    r"เห็น|อยู่ด้วย|อยู่นำ|ไปด้วย|ไปนำ|มาด้วย|มานำ|ด้วยกัน|อยู่ที่นั่น|อยู่ตรงนั้น|อยู่ข้าง|ยืนอยู่|รู้เห็น"
    r"|(?:มา|ไป)(?:ใน|บน|กับ)\S{0,12}?(?:ด้วย|นำ)"  # "นั่งมาในรถด้วย": rode along, not arrived
    r"|\b(?:saw|seen|see|witness(?:ed|es)?|(?:was|were) (?:there|with|home|beside|next)"
    r"|with me|too|also|next to (?:me|us)|beside (?:me|us)"
    r"|(?:standing|stood|sitting|sat|came|come|went) (?:next to|beside|with|along))\b"
)
#: … or by the work they do or where they help ("ลูกสาวที่ช่วยขายอยู่ในร้านค่ะ", "ลูกชายที่ขายของ
#: อยู่หน้าบ้าน"): a relative known by their work, no threat; the clause is who they are.
FAMILY_AT_WORK = (
    r"(?<=[ก-๙])\s*ที่\s*(?:ช่วย|ขาย|เฝ้า|ทำงาน|ทำกับข้าว|ทำนา|ทำสวน|เปิดร้าน|ค้าขาย|รับจ้าง|สอน)"
    r"[^\s,]*(?:\s*(?:ของ|อยู่|ใน|ที่|หน้า|ร้าน|บ้าน|ตลาด|แผง)[^\s,]*){0,3}"
)
#: … or as who passed the answer on ("ลูกสาวบอกว่าเป็นปลัด อบต.", "my son says it was the kamnan"):
#: the relative is the one who told, not one threatened.
#: The words that pass on what someone else said ("แม่บอกว่า", "ลูกสาวเล่าว่า", "ได้ยินมาว่า",
#: "my son says"): the one list of them, read by danger (a relative relaying a threat is not
#: the teller threatened) and by the values (`people_values.RELAYED`: the relayed words are the
#: answer, not who passed them on).
RELAY_VERBS = r"บอก|เล่า|ได้ยิน\S{0,4}?|ฟัง\S{0,4}?"
RELAY_ENGLISH = r"\b(?:says?|said|told me|tells me)\b"
FAMILY_RELAYED = rf"(?:{RELAY_VERBS})ว่า|{RELAY_ENGLISH}"
#: Others who dare not speak, testify or be named ("เขาบ่กล้าพูด", "ชาวบ้านไม่มีใครกล้าเป็นพยาน",
#: "people are too scared to say anything"): a witness's silence, not a threat to the reporter.
OTHERS_SILENT = (
    r"(?:ไม่|บ่)(?:มีใคร|มีไผ)?(?:ค่อย)?กล้า\s*(?:ที่จะ|จะ|มา|ไป)?\s*"
    r"(?:พูด|เว้า|บอก|ออกชื่อ|ออกหน้า|ให้ปากคำ|เป็นพยาน|แจ้ง|ยุ่ง|ร้อง|ฟ้อง|เปิดเผย|เปิดปาก)"
    r"|(?:ไม่|บ่)อยาก(?:ออกหน้า|ออกชื่อ|เป็นพยาน|ให้ปากคำ|ยุ่ง|มีเรื่อง)"
    r"|ขอ(?:ไม่|บ่)(?:ให้)?(?:บอก|ออก|เปิดเผย)ชื่อ"
    r"|\b(?:too\s+)?(?:scared|afraid|frightened)\s+to\s+"
    r"(?:say|speak|talk|testify|come forward|give)"
    r"|\b(?:won'?t|will not|dare not|daren'?t|do(?:n'?t| not) dare(?: to)?)\s+"
    r"(?:say|speak|talk|testify|come forward)"
)
#: … and whom they fear, an official, said after it ("ไม่กล้าพูด กลัวผู้ใหญ่บ้าน", "เพราะย้านกำนัน"):
#: the reason for their silence, a person, not a harm ("บ้าน" in "ผู้ใหญ่บ้าน" is no house).
OTHERS_SILENT_FOR_FEAR_OF = r"(?:เพราะ|เพาะ|ก็)?\s*(?:กลัว|ย้าน|ย่าน|เกรง(?:ใจ)?)\s*(?:ท่าน)?\s*"
#: The teller, right before such words ("ผมไม่กล้าพูด", "I'm too scared to"): their own fear is
#: the models' to judge.
TELLER_BEFORE = (
    r"(?:ผม|ดิฉัน|ฉัน|หนู|ข้อย|ข่อย|กู|กระผม)\s*(?:ก็|เอง)?\s*(?:ยัง)?\s*$"
    r"|\b(?:i|i'm|i am|we|we're|we are)\s+$"
)
#: Someone at the door, said as the reason for a pause ("เดี๋ยวนะ มีคนมาหน้าบ้าน", "hold on,
#: someone is at the door"): a visit, no threat, unless a threat, weapon or fear is named too.
AT_THE_DOOR = r"หน้าบ้าน|เคาะ(?:ประตู)?|ประตู|\b(?:door|gate|knock(?:ing)?|outside)\b"
#: Safe again, said after a threat ("ตอนนี้มาอยู่บ้านพี่สาวแล้ว ปลอดภัยค่ะ", "I'm at my sister's,
#: safe now"): news for the committee, not a new danger (compacted, lower case; never with
#: `UNSAFE_NOW`).
SAFE_NOW = (
    "ปลอดภัยแล้ว",
    "ปลอดภัยดี",
    "ตอนนี้ปลอดภัย",
    "ปลอดภัยอยู่",
    "ปลอดภัย",
    "บ่เป็นหยังแล้ว",
    "ไม่เป็นอะไรแล้ว",
    "safenow",
    "imsafe",
    "iamsafe",
    "weresafe",
    "wearesafe",
    "allsafe",
    "safehere",
)
#: News of safety, or of those who came being gone, said before asking to go on (`GO_ON_LAST`):
#: "ปลอดภัยแล้วค่ะ", "เขากลับไปแล้ว", "ตำรวจมาแล้ว", "I'm okay now, they left", "plod pai laew".
SAFE_NEWS = (
    r"ปลอดภัย|(?:ไม่|บ่)เป็น(?:ไร|อะไร|หยัง)แล้ว|โอเคแล้ว|(?:ผม|หนู|ฉัน|ดิฉัน|ข่อย|เรา)โอเค"
    r"|(?:กลับ|ไป|หนี|ออกไป)แล้ว|(?:ไม่|บ่)มี(?:ใคร|ไผ)อยู่แล้ว|ตำรวจ\S{0,4}มา(?:ถึง)?แล้ว"
    r"|\b(?:safe|okay|ok|fine|alright|left|gone)\b|plod\s*p?h?ai"
)
#: Asking to go on with the filing, said last ("ทำต่อได้เลยค่ะ", "ไปต่อกันเลย", "let's continue",
#: "tam tor dai loei"): with `SAFE_NEWS` before it, a yes to going on after a threat.
GO_ON_LAST = (
    r"(?:(?:ทำ|ไป|กรอก|แจ้ง|คุย|เล่า|เฮ็ด|ตอบ)ต่อ|(?:^|\s)ต่อ)(?:กัน)?(?:ได้)?"
    r"(?:เลย|เถอะ|เด้อ|นะ|ค่ะ|คะ|ครับ|คับ|จ้ะ|จ้า|ค้า|ได้|\s)*$"
    r"|\b(?:continue|go on|carry on|keep going|proceed|move on)\W*$"
    r"|\b(?:tam|tum|pai)\s*tor(?:\s*(?:dai|loei|loey|kan|na|kha|krap|ka))*\W*$"
)
#: Not safe, or asking whether it is, or doubting it: never "safe again". Read on the text
#: without spaces, with and without its punctuation. A few words may stand between the "not"
#: and the safety ("ไม่รู้สึกปลอดภัย", "ไม่ค่อยจะปลอดภัย", "ไม่มีที่ไหนปลอดภัย", "บ่ค่อยปลอดภัย"),
#: but not a word that closes what the "not" was about ("ไม่ต้องห่วงนะคะ ปลอดภัยแล้ว",
#: "ไม่ได้โดนขู่ ปลอดภัยดี").
UNSAFE_NOW = (
    r"(?:ไม่|บ่|มิ)(?:(?!ขู่|โดน|ต้อง|เป็นไร|เป็นอะไร|เป็นหยัง|แล้ว|ค่ะ|คะ|ครับ|คับ|นะ|จ้า|จ้ะ)\S){0,10}"
    r"ปลอดภัย"
    r"|ปลอดภัย\S{0,8}?(?:ไหม|มั้ย|ม้าย|หรือ|รึ|ป่าว|เปล่า|บ่(?:\?|$)|\?|ที่ไหน|ตรงไหน|ยังไง|อย่างไร"
    r"|เหรอ|หรอ|เรอะ|รึยัง|หรือยัง)"
    # a wish, a condition or hearsay of safety ("อยากให้ปลอดภัย", "ถ้าปลอดภัยแล้วจะบอก",
    # "ใครบอกว่าปลอดภัยแล้ว") is no news of it
    r"|(?:อยาก|ขอให้|หวัง|ภาวนา|ถ้า|หาก|จนกว่า|ต่อเมื่อ|เมื่อไหร่|เมื่อไร|ใครบอก|ใครว่า|ไหนว่า"
    r"|เขาว่า|เขาบอกว่า)\S{0,10}ปลอดภัย"
    r"|notsafe|unsafe|notyetsafe|safe\S{0,8}\?|n'?t\S{0,6}safe|(?:notsure|unsure|notcertain)\S{0,10}safe"
    r"|(?:ami|arewe|isit|willi?be|amireally)safe|(?:never|nowhere|nolonger|notreally)\S{0,10}safe"
    r"|(?:hardly|barely|scarcely|farfrom|anythingbut|wish|hope|ifi(?:m|am)|ifwe|once(?:i|we)|until|whosaid)\S{0,10}safe"
)
#: Safety as a thing, not a state ("กล้องวงจรปิดเพื่อความปลอดภัย", "safety cameras"): never news
#: of being safe again (the words are taken out before "safe now" is looked for).
SAFETY_NOUN = r"(?<!มี)ความปลอดภัย|\bsafety\b"
