"""Danger: the person or family is threatened or unsafe now. Threat stems, harm cues and
threat shapes, being pressed at home to stop, fear with a harm after it, and the typing slips
mended before danger is read."""

from __future__ import annotations

#: Word stems without which the classifier alone may not call a text danger: a threat, a
#: weapon, harm, fear of harm, being followed or watched (loose on purpose: recall first).
#: Something said to befall the family: "ลูกจะไม่ได้…", "จะเอาลูก…"; not whether they will guess
#: or know who reported ("ถ้าบอกชื่อหมู่บ้าน เขาจะเดาได้ไหมว่าใครแจ้ง": a question, walk29).
THREAT_TO_FAMILY = (
    # not the teller's own errand after it ("มีฮูปในโทรศัพท์แม่ มื้อหน้าสิส่งให้": will send)
    # nor kin who ask it ("ลูกๆ ถามว่ายายจะอยู่ถึงสงกรานต์ไหม": the asker, not one threatened)
    # nor a customer, a hireling, a debtor or a vendor, no kin ("ลูกค้าขู่จะรีวิว", "แม่ค้าจะปิดร้าน")
    r"(?:ลูก(?!ค้า|จ้าง|หนี้|ชิ้น|อม|บอล)|หลาน|เมีย|ผัว|พ่อ(?!ค้า)|แม่(?!ค้า|น้ำ|ครัว|ทัพ)|ครอบครัว|บ้าน)"
    r"(?:(?!ถาม)\S){0,10}(?:(?:จะ|สิ)(?!ส่ง|ถ่าย)|ไม่ได้|บ่ได้)"
    r"(?!(?:เดา|รู้|ฮู้)(?:ได้|ออก)?(?:ไหม|มั้ย|บ่|รึเปล่า|หรือเปล่า|หรือไม่))"
    r"|(?:จะ|สิ)\S{0,6}(?:ลูก|หลาน|เมีย|ผัว|ครอบครัว)"
)
THREAT_STEMS = (
    # veiled: a bad end promised, a condition on stopping, the family or home named
    "กระสุน",
    "ป้วนเปี้ยน",
    "แถวบ้าน",
    "รอบบ้าน",
    "lurk",
    "around my house",
    "ราด",
    "ดึก",
    "ตะโกน",
    "หาเรื่อง",
    "อยู่ไม่ได้",
    "อยู่บ่ได้",
    "เรียกไปพบ",
    "night",
    "disappear",
    "เจอดี",
    # "จะไม่มีที่ฝัง": no grave to lie in, a death foretold
    "ไม่มีที่ฝัง",
    "รอด",
    "ระวัง",
    "จำไว้",
    "เดี๋ยวรู้",
    "ไม่จบ",
    "ไม่หยุด",
    "ไม่ถอน",
    "ไม่เลิก",
    "เรื่องถึง",
    "ลูกสาว",
    "ลูกชาย",
    "ลูกเมีย",
    "รู้ว่า",
    "watch out",
    "careful",
    "regret",
    "or else",
    "you'll see",
    "know where",
    "ขู่",
    "ข่ม",
    "คุกคาม",
    "ทำร้าย",
    "ทำอะไร",
    "เอาเรื่อง",
    "เล่นงาน",
    "หมายหัว",
    "เอาคืน",
    "ยิง",
    "ปืน",
    "มีด",
    "ดาบ",
    "ขวาน",
    "ไม้",
    "อาวุธ",
    "ระเบิด",
    "ฆ่า",
    "ตาย",
    "ชีวิต",
    "ตี",
    "ต่อย",
    "ตบ",
    "เตะ",
    "แทง",
    "ฟัน",
    "ซ้อม",
    "กระทืบ",
    "ทุบ",
    "เผา",
    "ปา",
    "รุม",
    "เจ็บ",
    "เลือด",
    "ไล่",
    "อันตราย",
    "ปลอดภัย",
    "กลัว",
    "ย่าน",
    "ย้าน",
    "หวาด",
    "ระแวง",
    "ตามมา",
    "ตามไป",
    "ตามถึง",
    "ตามดู",
    "ตามหา",
    "ตามหลัง",
    "ขับตาม",
    "เดินตาม",
    "แอบตาม",
    "ตามผม",
    "ตามฉัน",
    "ตามหนู",
    "คนตาม",
    "รถตาม",
    "สะกดรอย",
    "เฝ้า",
    "ดัก",
    "จ้อง",
    "ส่อง",
    "ด้อม",
    "วนเวียน",
    "แอบดู",
    "หน้าบ้าน",
    "เคาะ",
    "หาย",
    "ช่วยด้วย",
    "ช่วยที",
    "หนี",
    "ซ่อน",
    "threat",
    "kill",
    "hurt",
    "harm",
    "gun",
    "knife",
    "weapon",
    "shoot",
    "beat",
    "hit",
    "attack",
    "burn",
    "follow",
    "watch",
    "stalk",
    "afraid",
    "scared",
    "fear",
    "danger",
    "unsafe",
    "safe",
    "help me",
    "die",
    "dead",
    "bomb",
    "warn",
    "revenge",
    "missing",
    "accident",
    "keep talking",
    "shut up",
    "looking for me",
    "asking about me",
    "where i live",
    "เสือก",
    "อยู่ดีๆ",
    "อยู่ดีไม่ว่าดี",
    "ขว้าง",
    "ก้อนหิน",
    "เอาตัว",
    "จะไม่ได้อยู่",
    "ให้ไม่ได้อยู่",
    "สิบ่ได้อยู่",
    "ให้บ่ได้อยู่",
    "อย่าให้เจอ",
    "เจอเมื่อไหร่",
    "ถามหา",
    "แปลกหน้า",
    "ติดคุก",
    "เข้าคุก",
    "bullet",
    "arrest",
    "jail",
    "leave the village",
    "เตือน",
    "ลากขึ้นรถ",
    "ลากตัว",
    "ปล่อยหมา",
    "กัด",
    "ตัดน้ำตัดไฟ",
    "taken by",
    "not come back",
    "abduct",
    "kidnap",
    "molotov",
    "wreath",
    "พวงหรีด",
    "หักคอ",
    "บิดคอ",
    "ควักลูกตา",
    "ตัดลิ้น",
    "นับวันรอ",
    "นับถอยหลัง",
    # a body seized: a throat, a neck, the hair ("เข้ามารัดคอ", "จิกหัวแม่", "grabbed me by the
    # throat"); not a push or a kick alone ("ผลักดันโครงการ", "ถีบจักรยาน", "kickbacks")
    "บีบคอ",
    "รัดคอ",
    "ล็อกคอ",
    "จิกหัว",
    "จิกผม",
    "กระชากผม",
    "กระชากคอ",
    "throat",
    "strangl",
    "choke",
    "punch",
    "slap",
)
#: Who holds a job, a home or land over someone (an employer, a landlord, a shop's boss): a
#: threat's speaker, known by sound when typed in Latin letters ("nai hang bok wa…").
LIVELIHOOD_HOLDERS = (
    "นายห้าง",
    "นายจ้าง",
    "เถ้าแก่",
    "เจ้านาย",
    "หัวหน้างาน",
    "ผู้จัดการ",
    "เจ้าของบ้าน",
    "เจ้าของห้อง",
    "เจ้าของที่",
    "เจ้าของร้าน",
    "เจ้าของโรงงาน",
)
#: A threat or harm, found anywhere in the text (compacted, lower case).
DANGER_CUES = (
    "ไม่มีที่ฝัง",
    "ช่วยด้วย",
    "ช่วยที",
    "อันตราย",
    "ขู่",
    "คุกคาม",
    "ทำร้าย",
    "ทุบตี",
    "ตบตี",
    "ยิง",
    "ปืน",
    "ฆ่า",
    "เอาตาย",
    "เอาชีวิต",
    "ไม่ปลอดภัย",
    "กลัวตาย",
    "ย้านหลาย",
    "ย่านหลาย",
    "เว้าให้ย้าน",
    "ถูกตาม",
    "โดนตาม",
    "ตามมาถึง",
    "ตามมาที่",
    "ตามถึงบ้าน",
    "ตามไปถึง",
    "ขับรถตาม",
    "เดินตาม",
    "แอบตาม",
    "มีคนตาม",
    "ตามผม",
    "ตามฉัน",
    "ตามหนู",
    "ตามเรา",
    "ตามลูก",
    "ระวังตัว",
    "ระวังลูก",
    "ระวังไว้",
    "จอดหน้าบ้าน",
    "จ้องหน้าบ้าน",
    "จ้องบ้าน",
    "ทุบประตู",
    "เคาะประตูตอนดึก",
    "เมื่อคืนมีคนมา",
    "มาตอนดึก",
    "บ้านอยู่ไหน",
    "บ้านอยู่ที่ไหน",
    "เอาให้ตาย",
    "ไม่ให้อยู่",
    "สะกดรอย",
    "ดักรอ",
    "ดักทำร้าย",
    "ถูกกดดัน",
    "โดนกดดัน",
    "เผาบ้าน",
    "เผาเฮือน",
    "เผายุ้ง",
    "โดนเผา",
    "มาเผา",
    "จุดไฟ",
    "วางเพลิง",
    "ไล่ออกจากบ้าน",
    "ไล่ที่",
    "ไล่ออกจากที่",
    "ยึดที่นา",
    "ยึดที่ดินเรา",
    "ยึดบ้าน",
    "เล่นงาน",
    "หมายหัว",
    "เก็บเรา",
    "เก็บผม",
    "เก็บฉัน",
    "เก็บแม่",
    "เก็บพ่อ",
    "ขว้างปา",
    "ปาหิน",
    "ปาบ้าน",
    "บุกบ้าน",
    "มาบ้านตอนกลางคืน",
    "มาหาตอนกลางคืน",
    "มาหาที่บ้านตอนกลางคืน",
    "มาตอนกลางคืน",
    "มาดึกๆ",
    "มายืนหน้าบ้าน",
    "ด้อมๆมองๆ",
    "วนเวียนหน้าบ้าน",
    "help me",
    "danger",
    "threat",
    "unsafe",
    "not safe",
    "kill",
    "shoot",
    "gun",
    "knife",
    "beat",
    "stabbed",
    "shot at",
    "hurt me",
    "hurt my",
    "followed",
    "following me",
    "burn",
    "attack",
    "evict",
    "ถือมีด",
    "เอามีด",
    "มีดมา",
    "มีดจ่อ",
    "ใช้มีด",
    "ขังไว้",
    "ขังลูก",
    "กักขัง",
    "จับตัวไป",
    "ลักพาตัว",
    "เจ็บตัว",
    "มาจัดการ",
    "ลูกน้องมา",
    "มีคนเฝ้า",
    "เฝ้าหน้าบ้าน",
    "มาเฝ้า",
    "ล้อมบ้าน",
    "วางยา",
    "ข่มขวัญ",
    "จะมาอีก",
    "บอกว่าจะมาหา",
    "ถามหาบ้าน",
    "ตามหาคนแจ้ง",
    "ระวังจะ",
    "ระวังให้ดี",
    "รู้นะว่า",
    "บอกว่ารู้นะ",
    "ไม่ได้อยู่หมู่บ้าน",
    "เขาเผา",
    "ไฟไหม้บ้าน",
    "ไฟไหม้ฉาง",
    "ไฟไหม้ยุ้ง",
    "outside my house",
    "watch my back",
    "set fire",
    "following me",
    "following my",
    "threatening",
    "ไม่ได้เห็นหน้า",
    "ขวดน้ำมัน",
    "ราดน้ำมัน",
    "ไม่งั้นเจ็บ",
    "อย่าหาเรื่อง",
    "เลิกยุ่ง",
    "อย่ายุ่ง",
    "อย่าไปยุ่ง",
    "อย่ามายุ่ง",
    "sos",
    "on fire",
    "knives",
    "guns",
    "อยู่เงียบๆ",
    "เงียบไว้",
    "อยู่เงียบ",
    "จะมีเรื่อง",
    "เอาให้หนัก",
    "ให้ตาย",
    "ไม่อยากเจ็บ",
    "โดนกรีด",
    "กรีดยาง",
    "ถ่ายรูปบ้าน",
    "ถามเพื่อนบ้าน",
    "โทรมาเงียบ",
    "ดึงแขน",
    "จับลูก",
    "ไม่ยอมปล่อย",
    "หนีไปอยู่",
    "จัดการคนแจ้ง",
    "เล่นงานคนแจ้ง",
    "ศพหมา",
    "ศพแมว",
    "ดัวย",
    "ถือปึน",
    "ทำรา้ย",
    "keep quiet",
    "slashed",
    "for my life",
    # intimidation that needs no word of harm: a bounty, a funeral wreath, a firebomb, abduction
    "ตั้งค่าหัว",
    "ค่าหัวคนแจ้ง",
    "ส่งพวงหรีดมา",
    "พวงหรีดมาที่บ้าน",
    "พวงหรีดมาวาง",
    "พวงหรีดหน้าบ้าน",
    "ลากขึ้นรถ",
    "จับขึ้นรถ",
    "molotov",
    "firebomb",
    "funeral wreath",
    "kidnapped",
    "abducted",
    # a weapon or a fire sent as a picture says what words would ("🔪🏠", "💣 แท็กชื่อ")
    "🔪",
    "🔫",
    "💣",
    "🗡",
    "⚰",
    "🧨",
    # acid, slang for being "dealt with", a visit promised by whoever was reported
    "น้ำกรด",
    "สาดกรด",
    "acid",
    "เจอเก็บ",
    "โดนเก็บ",
    "เก็บทิ้ง",
    "ไปเยี่ยมถึงบ้าน",
    "จะไปเยี่ยมบ้าน",
    "you know what to do",
    "be your last",
    "be my last",
    "your last complaint",
    "your last report",
    "if anything happens to me",
    "if i go missing",
    "if i disappear",
    # blackmail: private pictures or clips held over the person
    "แบล็กเมล์",
    "แบล็คเมล์",
    "blackmail",
    "ปล่อยคลิป",
    "ปล่อยรูป",
    "ประจานให้",
    "leak your",
    "send the photos",
    "send the pictures",
    "post the photos",
    "post the pictures",
    "send the video",
    "post the video",
    # Northern Khmer as spoken in Buriram: kill, shoot, gun, knife
    "สมลาบ",
    "ซมลาบ",
    "ซ็อมลาบ",
    "ซัมลาบ",
    "กำเพลิง",
    "กำเภลิง",
    "กัมเพลิง",
    "กำเบ็ด",
    "กำเบ็ต",
    "กัมเบ็ต",
)
#: Despair as sentence shapes (compacted text): danger, and the safety answer gives the
#: mental-health line too.
SELF_HARM_PATTERNS = (
    # despair, the teller's own life: not wanting to live, a way to die of their own hand named
    # ("บ่อยากอยู่แล้ว", "ไม่อยากมีชีวิตอยู่", "สิไปผูกคออยู่เถียงนา", "กินยาฆ่าหญ้าไปเลย", "I don't
    # want to live anymore"): danger to answer first, as a threat is (not a plan to move away:
    # "ไม่อยากอยู่ที่นี่", nor children swimming: "โดดน้ำเล่น")
    r"(?:ไม่|บ่)อยาก(?:มีชีวิต)?อยู่(?:บนโลก\S{0,4}?|ต่อ)?(?:แล้ว|อีกแล้ว|ต่อไปแล้ว)"
    r"|(?:ไม่|บ่)อยากมีชีวิต|อยู่ไปก็(?:ไม่มีประโยชน์|เป็นภาระ|ไม่มีความหมาย|ไร้ค่า)|ฆ่าตัว|อยากตาย"
    r"|(?:จะ|สิ|อยาก|คิด|ว่า|ไป|ขอ)\S{0,4}?(?:ผูกคอ|แขวนคอ|กินยา(?:ตาย|ฆ่าหญ้า|ฆ่าแมลง|เบื่อ|พิษ)"
    r"|(?:กระ)?โดด(?:น้ำ|ตึก|สะพาน|เขื่อน)(?!เล่น)|จบชีวิต|ลาโลก)|(?:ผูกคอ|แขวนคอ)ตาย",
    # … or an overdose meant, the whole strip or bottle at once ("คิดแต่ว่าจะกินยาให้หมดแผง",
    # "เก็บยาไว้ ว่าจะกินทีเดียวให้หมด"): not a course a doctor told them to finish ("ต้องกินยา
    # ให้หมดแผง", "หมอให้กินยาให้หมด")
    r"(?:จะ|สิ|อยาก|คิด|ขอ)(?:(?!ต้อง|ให้)\S){0,4}?กินยา\S{0,12}?(?:ให้)?(?:หมด|ทั้ง)(?:แผง|ขวด|กระปุก"
    r"|กล่อง|ซอง|ถุง|ทีเดียว|รวดเดียว)|กินยา\S{0,12}?เกินขนาด"
    r"|(?:เก็บ|สะสม|ซื้อ|ตุน)ยา\S{0,24}?(?:จะ|สิ)กิน(?:ทีเดียว|รวดเดียว)(?:ให้)?หมด",
    r"(?:kill|hurt|harm)(?:ing)?myself|end(?:ing)?(?:my|it)(?:own)?(?:life|all)|suicid"
    # (not a home: "I don't want to live in this village anymore, we're moving")
    r"|(?:don'?t|dont|donot|nolonger)wantto(?:live(?!in|at|near|with|next|on|there|somewhere)"
    r"|bealive|stayalive)|wanttodie|betteroffdead"
    r"|takemy(?:own)?life|nopointin(?:living|beingalive)"
    # … an overdose meant ("swallowing the whole bottle of pills", "take all my sleeping pills")
    r"|(?:swallow|down)(?:ing|ed)?(?:all|the|a)*(?:whole|entire)(?:bottle|strip|pack|packet|box|jar)"
    r"(?:of)?(?:my|the)?(?:sleeping)?(?:pills|tablets|meds|medicine)"
    r"|(?:swallow|take|taking|down)(?:ing)?all(?:of)?my(?:sleeping)?(?:pills|tablets|meds)|overdos",
    # … said as no point or reason left to go on, a wish for it all to end, "ending things", the
    # others better off or not noticing once they are gone ("I don't see the point of going on
    # anymore", "no reason to keep living", "everyone would be better off if I wasn't around",
    # "it would be easier to just not wake up"); not a task or a meeting ("no point filing this",
    # "I can't go on to the district office", "the meeting went on and on")
    r"(?:point|reason|use)(?:of|in|to|for)?(?:me)?(?:to)?(?:goingon|keepgoing|keepingon"
    r"|carryingon|carryon|goon|living|keepliving|stayingalive|stayalive|wakingup|wakeup|gettingup"
    r"|live|being(?:here|alive|around))(?!with|to(?!day|morning)|back|home|there|and)"
    r"|(?:can'?t|cant|cannot|couldn'?t)(?:go|keep)(?:going)?on(?:likethis|anymore|anylonger|living)"
    r"|(?:want|wish|need)(?:it|everything|this)all(?:just)?to(?:end|stop|beover)(?:forgood|forever)?"
    r"|(?:end|ending|endup)(?:things|everything)(?!with)"
    r"|(?:betteroff|happier|easier|better)(?:for(?:them|everyone|everybody|my\w{0,8}))?(?:if|when)i"
    r"(?:was|were|am|m)?(?:(?:n'?t|not|nolonger)(?:here|around|alive|inthepicture)|gone|dead)"
    r"|(?:notice|care|miss\w{0,2})(?:it)?(?:if|when)i(?:was|were|am|m)?(?:gone|dead|died|disappeared)"
    r"|(?:easier|better)to(?:just)?(?:not|never)(?:wake|wakeup|beborn|behere|bearound|goon)",
    # … said as a sleep never woken from, a breath not wanted, a world wearied of, or everyone
    # better off without them ("อยากหลับไปเลยไม่ต้องตื่นอีก", "ไม่อยากหายใจแล้ว", "เบื่อโลก",
    # "ถ้าไม่อยู่แล้วคงดีกว่า ทุกคนจะได้สบาย", "better off without me")
    r"(?:อยาก|ขอ)(?:นอน)?หลับ(?:ไป)?(?:เลย|ยาวๆ|ยาว|ให้สบาย)?(?:แล้ว)?(?:ไม่|บ่)(?:ต้อง)?(?:ได้)?(?:ตื่น|ฟื้น)"
    r"|หลับ(?:แล้ว|ไป)?(?:ไม่|บ่)(?:ต้อง)?(?:ตื่น|ฟื้น)(?:อีก|ขึ้นมาอีก)|(?:ไม่|บ่)อยาก(?:ตื่น|ลืมตา)(?:ขึ้น)?(?:มา)?อีก"
    r"|(?:ไม่|บ่)อยาก(?:หายใจ|ตื่นมาเจอ)(?:ต่อ)?(?:ไป)?(?:อีก)?(?:แล้ว)?|เบื่อโลก|หมดอาลัยตายอยาก"
    r"|(?:ถ้า|หาก)(?:หนู|ผม|ฉัน|ข้อย|เรา|ดิฉัน|กู)?(?:ไม่|บ่)อยู่(?:แล้ว)?\S{0,6}?(?:คง)?(?:จะ)?ดีกว่า"
    r"|(?:ไม่|บ่)มี(?:หนู|ผม|ฉัน|ข้อย|เรา|ดิฉัน|กู)(?:สัก)?คน\S{0,10}?(?:คง)?(?:จะ)?(?:ดีกว่า|สบาย)"
    r"|(?:อยาก)?ไป(?:ให้)?พ้นๆ(?:จากโลก|จากทุกอย่าง)",
    r"betteroffwithoutme|(?:wish|want)(?:to|icould)?(?:sleep|fallasleep)\S{0,12}?(?:never|not)"
    r"(?:wake|towake)|(?:don'?t|dont|donot)wantto(?:wakeup|breathe)(?:anymore)?",
)
#: Threats and harm as sentence shapes, so new wordings are read too (compacted text).
#: A sign left on the teller's property: a pet or a beast killed and hung up or laid at the
#: door, a mark painted or scratched on the house or the car, the tyres let down or slashed
#: ("เอาหมาหนูไปแขวนไว้ที่ต้นไม้", "ปล่อยลมยางรถหนู แล้วขีดรถเป็นรูปกากบาท", "let the air out of
#: my tyres", "left my dog dead on the doorstep"); not a chicken killed for a feast. Harm, even
#: after a refusal to pay (so never mere extortion).
SIGN_LEFT = (
    r"(?:หมา|แมว|ไก่|วัว|ควาย|เป็ด|สุนัข)\S{0,20}?(?:แขวน|ตาย\S{0,8}?(?:วาง|ทิ้ง|หน้าบ้าน|หน้าประตู)|เชือดคอ)",
    r"แขวน\S{0,8}?(?:หมา|แมว|ไก่|สุนัข|ซาก)",
    r"(?:ปล่อยลม|เจาะ|กรีด|แทง)ยาง|ขีด(?:รถ|ประตู|บ้าน)|(?:พ่น|ขีด|เขียน|ทา)\S{0,12}?(?:กากบาท|ไม้กางเขน)",
    r"(?:letthe)?airout(?:of)?\w{0,16}?tyres?|(?:slash|slashed|punctured|cut)\w{0,20}?(?:tyres?|tires?)"
    r"|left(?:my|our|the)?(?:dog|cat|chicken|buffalo|cow|pet)\w{0,6}dead|(?:dog|cat|pet)\w{0,20}?hung",
)


DANGER_PATTERNS = (
    *SELF_HARM_PATTERNS,
    *SIGN_LEFT,
    # the teller's family watched by one of the official's people: stared at, circled, photographed
    # at school or the market ("มายืนจ้องลูกหนูที่หน้าโรงเรียน", "ขี่รถวนดูเมียผม", "แอบถ่ายรูปลูก",
    # "parking outside my kid's school and staring", "watching her")
    r"(?:จ้อง|วนดู|ส่อง|แอบดู|แอบถ่าย\S{0,4}?|ตามดู|เฝ้าดู)\S{0,6}?(?:ลูก|หลาน|เมีย|ผัว|แฟน)",
    r"(?:ลูก|หลาน|เมีย)\S{0,20}?(?:โรงเรียน|ตลาด|ทำงาน)\S{0,12}?(?:จ้อง|ส่อง|แอบดู)",
    r"(?:outside|near|at)(?:my|our)(?:\w{0,6}?)(?:kid|kids|child|children|daughter|son|grand\w{0,6}|wife)'?s?"
    r"\w{0,12}?(?:school|house|work|shop)\w{0,8}?(?:and)?(?:star|watch|photograph|film)",
    r"(?:star(?:e|es|ed|ing)at|watch(?:es|ed|ing)?|photograph\w{0,3})(?:my|our)(?:little)?(?:kid|kids|child"
    r"|children|daughter|son|grand\w{0,6}|wife)",
    # a withdrawal coerced ("ข่มขืนใจให้เซ็นถอนเรื่อง", "บังคับให้เซ็นหนังสือถอนคำร้อง", "บีบให้ข่อยเซ็น
    # ยอมความ", "forced me to sign a paper taking back my complaint")
    r"(?:ข่มขืนใจ|บังคับ|กดดัน|บีบ|ขู่|ข่มขู่)\S{0,12}?ให้\S{0,12}?(?:เซ็น|ลงชื่อ|ยอมความ)",
    r"(?:forced|forcing|pressured|pressuring|made|threatened)(?:me|us|her|him)(?:into|to)?sign\w{0,3}",
    r"(?:ลูก|หลาน|เมีย|ผัว|พ่อ|แม่)\S{0,6}หาย(?:ไป|ตัว)",
    r"(?:จอด|ยืน|วน)\S{0,12}(?:ทั้งคืน|ทุกคืน|หลายคืน|\d+คืน|สามคืน|สองคืน)",
    r"(?:โดน|ถูก)\S{0,8}?(?:ซ้อม|ทำร้าย|ยิง|แทง|กระทืบ|ต่อย|ตบ|ขู่|เผา)",
    r"(?:จอด|ยืน|ขับ|วน|เดิน)\S{0,8}(?:ดู|มอง|จ้อง|ส่อง)\S{0,4}บ้าน",
    r"รู้(?:นะ)?ว่า(?:ลูก|บ้าน|เมีย|ผัว|แม่|พ่อ|หลาน)\S{0,12}(?:ที่ไหน|อยู่)",
    # … where or when a child or a spouse studies, waits or walks home, known and said to the
    # teller ("บอกว่ารู้นะว่าลูกสาวเรียนโรงเรียนไหน", Isan "ฮู้อยู่เด้อว่าหลานไปโรงเรียนใส", "he knows
    # which school my daughter goes to", "knows what time my kids walk home")
    r"(?:รู้|ฮู้)(?:อยู่)?(?:นะ|เด้อ|น่ะ|แล้ว)?ว่า(?:ลูก|หลาน|เมีย|ผัว|แฟน)\S{0,16}?(?:เรียน|ไป|อยู่|ทำงาน|กลับ|รอ"
    r"|ขึ้นรถ)\S{0,16}?(?:ไหน|ใส|กี่โมง|ตอนไหน|เวลาไหน)",
    r"(?:he|she|they|someone)(?:already|also)?(?:know|knows|knew)(?:exactly)?(?:which|what|where|when|how)"
    r"\w{0,24}?(?:my|our)(?:little)?(?:daughter|son|kid|child|grand\w{0,6}|wife|husband|family)",
    # a penalty said to be for the complaint, an aid list, a service or a right cut because
    # they reported ("สิตัดชื่อออกจากบัญชีเงินช่วยภัยแล้ง ย้อนไปฟ้องเพิ่น", "taken off the welfare
    # list because I complained"): retaliation, never a price asked
    r"(?:จะ|สิ)(?:(?:ไม่|บ่)\S{1,30}?|(?:ตัด|ขีด|ถอด|ยึด|ริบ|งด|เอา\S{0,8}?ออก)\S{0,40}?)"
    r"(?:เพราะ|เพาะ|ย้อน|โทษฐาน)(?:ว่า)?(?:หนู|ผม|ฉัน|เรา|เฮา|ข้อย|ดิฉัน|แม่|พ่อ|ยาย|ตา|มึง|แก)?(?:ไป)?"
    r"(?:แจ้ง|ฟ้อง|ร้องเรียน|ร้อง|เปิดโปง)",
    r"(?:takenoff|take(?:me|us|her|him)off|removed|cut(?:me|us|her|him)?(?:off|from)|kick(?:ed)?(?:me|us)?off"
    r"|struck(?:me|us)?off|strike(?:me|us)off|lose|won'?t(?:get|receive)|nomore|stop(?:my|our|her|his))"
    r"\S{0,40}?(?:because|since|for)(?:i|we|she|he|they|my\w{0,8})?(?:had)?(?:complain|report|spoke"
    r"|talk|sue|went)",
    r"(?:โดน|ถูก|เจอ)(?:เขา|มัน|คน)?(?:รุม)?(?:ตี(?!กลับ)|ตบ|ต่อย|เตะ|ทำร้าย|ยิง|แทง|ฟัน|เผา|ขู่|ขุ่|ผลัก|ชก|ขัง"
    r"|ตาม(?!เรื่อง)|ซ้อม|กระทืบ|ทุบ|ปา|ล้อม|ดัก|บีบคอ|รัดคอ|ล็อกคอ|ถีบ|กระชาก|จิก(?:หัว|ผม))",
    # … or told as done to the teller or their kin ("เขาลุกมาบีบคอหนู", "ลุงผู้ช่วยเข้ามาถีบหนูล้ม",
    # "นายกกระชากผมหนู", Isan "เพิ่นมาตบหน้าข้อย"): a blow, then who took it; not a ball struck
    # ("เตะลูกบอล"), a push for a project ("ผลักดัน"), nor teeth ("ฟัน")
    r"(?:ตี(?!กลับ|ราคา|ตั๋ว|ความ|พิมพ์|เนียน)|ต่อย|ตบ|เตะ|ถีบ|ชก|ผลัก(?!ดัน)|กระชาก|บีบคอ|รัดคอ|ล็อกคอ"
    r"|จิก(?=หัว|ผม)|ทุบ|ฟาด|กระทืบ|ทำร้าย)(?:หัว|หน้า|ท้อง|คอ|ผม|แขน|ขา|ปาก|หู)?(?:ของ)?"
    r"(?:ผม|หนู|ฉัน|ข้อย|ข่อย|ดิฉัน|เรา|เฮา|กู|แม่|พ่อ|เมีย|ผัว|สามี|ภรรยา|หลาน|ยาย|ปู่|ย่า|พี่|น้อง"
    r"|ลูก(?!บอล|ฟุตบอล|ตะกร้อ|กอล์ฟ|ขนไก่|ปิงปอง|เทนนิส|วอลเลย์|เปตอง|แก้ว|หิน|ข่าง|เต๋า|โทษ|ชิ้น"
    r"|เหล็ก|กุญแจ|ปืน|ระเบิด|ศร|ดอก|เสือ|น้ำ|ค้า|มะ|หมู|ไก่|วัว|ควาย|เป็ด|หมา|แมว|ตุ้ม|บิด))",
    r"(?<!it)(?<!car)(?<!truck)(?<!bike)(?<!ball)(?<!bus)(?:hit|hits|hitting|slapped|slaps|slapping"
    r"|punched|punches|punching|kicked|kicks|kicking|choked|chokes|choking|strangled|strangling"
    r"|shoved|shoving|beaten|beating|beat)(?:me|us|my(?:wife|husband|son|daughter|mother|father|mom"
    r"|mum|dad|kids?|children|grand\w{0,6}|brother|sister|uncle|aunt|baby|boy|girl|parents))"
    r"(?!s?(?:car|truck|bike|motorbike|pickup|house|shop|fence|gate|wall|cow|buffalo|dog)|up"
    r"|(?:at|in)(?:a|the)?(?:cards|chess|pool|snooker|darts|football|petanque|games?|karaoke"
    r"|takraw|checkers|race|match|election|vote|contest)|to(?:it|the|file)|the(?:deadline|queue))",
    r"(?:grab|grabbed|grabbing|grabs|seized|seizing|held|holding|took)(?:me|us|him|her|my\w{0,10})"
    r"by(?:the|my|his|her)(?:throat|neck|hair|collar)",
    r"(?:จะ|สิ|ว่าจะ|ขู่|ขุ่)(?:มา)?(?:ยิง|ฆ่า|เผา|ตี(?!กลับ|ราคา)|ทำร้าย|เอาตาย|ฟัน|แทง|ซ้อม|รื้อบ้าน|ทุบ)",
    r"(?:มีคน|มีรถ|คนมา|รถมา|มาจอด|มายืน|มาวน|มาด้อม)\S{0,12}(?:หน้าบ้าน|ที่บ้าน|รอบบ้าน|แถวบ้าน)\S{0,12}"
    r"(?:กลางคืน|ตอนดึก|ทุกคืน|เมื่อคืน|ทั้งคืน)",
    r"(?:กลางคืน|ตอนดึก|ดึกๆ|ทุกคืน|เมื่อคืน|ทั้งคืน)\S{0,16}"
    r"(?:หน้าบ้าน|ที่บ้าน|รอบบ้าน|ประตู|เคาะ|ทุบ|จอด|วนเวียน|ด้อม|มายืน|มาหา)",
    r"รู้แล้ว(?:ว่า)?(?:ใคร|เรา|ผม|ฉัน|หนู|ข้อย)(?:เป็นคน)?แจ้ง",
    r"(?:ไม่|บ่)กล้า(?:ออกจากบ้าน|นอน|กลับบ้าน|ไปโรงเรียน|ไปไหน|อยู่บ้าน|ออกไป)",
    r"ถือ(?:ไม้(?!เท้า|กวาด|ค้ำ|บรรทัด)|มีด|ปืน|ดาบ|ขวาน|อาวุธ)",  # not a walking stick, a broom
    r"(?:ปา|ขว้าง|โยน)\S{0,12}ใส่(?:บ้าน|หลังคา|รถ|เรา|ผม|ฉัน|หน้าต่าง|ประตู)",
    r"มา\S{0,6}ถาม(?:ว่า)?ใคร(?:เป็นคน)?แจ้ง",
    r"(?:ขุ่|ขู่)(?:จะ|ว่า|ฆ่า|ยิง)",
    # retaliation against whoever reports: "ใครฟ้องจะไม่ได้อยู่ในตำบลนี้", "ถ้าแจ้งจะเจ็บตัว"
    # (losing work, or a bed in hospital, as the price of speaking is retaliation too)
    r"(?:ใคร|ถ้า|หาก|คนที่|คนไหน|ผู้ใด|บ้านไหน|ครอบครัวไหน)\S{0,16}?(?:ฟ้อง|แจ้ง|ร้องเรียน|ร้อง|เปิดโปง"
    r"|ปากโป้ง|ปูด|พูด|บอกใคร|ชี้ตัว|ชี้เป้า|เป็นพยาน|ให้การ)\S{0,24}?(?:จะ|สิ|ก็|ต้อง)\S{0,30}?"
    r"(?:ไม่ได้อยู่|อยู่ไม่ได้|อยู่บ่ได้|บ่ได้อยู่|ตกจาก|หลุดจาก"
    r"|ออกจาก|ย้ายออก|ไล่|เจ็บ|ตาย|เจอดี|มีเรื่อง|ไม่รอด|บ่รอด|เล่นงาน|โดนดี|โดนเก็บ|จัดการ"
    r"|เลิกจ้าง|ตกงาน|ไม่ต่อสัญญา|โรงพยาบาล|โรงหมอ|หามส่ง|ไม่ได้กลับ"
    # … or a living taken away for it: land, a welfare card, aid, a buyer, a job
    r"|ยึด|ตัดชื่อ|ตัดสิทธิ|ไม่ได้เงิน|ไม่ได้รับ|ไม่ได้บัตร|ไม่ให้ขาย|ไม่รับซื้อ|ไม่ได้ทำงาน|ไม่ให้ทำงาน"
    r"|ไม่มีงาน|ไม่ให้เช่า"
    # a livelihood or a home taken as that price: a mill, a loan, the land rented, the water
    r"|(?:ไม่|บ่)(?:ยอม|ให้)?(?:รับซื้อ|ซื้อ|ขาย|ให้กู้|ให้ยืม|ให้เชื่อ|ให้เช่า|จ้าง|ต้องมา|มีบ้าน|มีที่"
    r"|มีงาน|ได้ทำนา|ได้ทำกิน)|ตัดน้ำ|ตัดไฟ|ปิดน้ำ|ยึด|หายไป|เห็นดี|เสียใจ"
    # … or a loan from the village fund, or the care a sick or bedridden relative lives on
    r"|(?:ไม่|บ่)ได้(?:กู้|ยืม)|อดกู้|(?:ไม่|บ่)(?:มีใคร|มีไผ)?(?:มา)?(?:เยี่ยม|ดูแล|รักษา|จ่ายยา|ให้ยา"
    r"|ล้างแผล|ทำแผล|เปลี่ยนสาย|ฉีดยา|รับส่ง))",
    # a living taken for not keeping quiet: "ถ้าไม่เงียบ สัญญาปีหน้าไม่ต่อ", a name struck off
    # a list of aid or land for the report ("ขีดชื่อออกจากบัญชี", "removed from the list")
    r"(?:ถ้า|หาก|ขืน)\S{0,8}?(?:ยัง)?(?:ไม่|บ่)(?:ยอม)?(?:เงียบ|ถอน|หยุด|เลิก|เซา|จบ)\S{0,40}?"
    r"(?:ไม่ต่อ|ไม่จ้าง|เลิกจ้าง|ไล่ออก|ตกงาน|ไม่ต้องมา|ไม่ให้ทำ|ไม่ให้ขาย|ไม่ให้เช่า|ตัดชื่อ|ขีดชื่อ"
    r"|ถอดชื่อ|เอาชื่อ\S{0,20}?ออก"
    # … or a home or rented land taken ("ถ้าไม่ถอนเรื่อง สิ้นเดือนต้องย้ายออก", "สิให้ออกจากเฮือน")
    # (not the teller's own guess: "ถ้าไม่จบ ผมคงต้องย้ายออกไปเอง")
    r"|(?<!คงต้อง)(?<!คง)(?:ย้ายออก|(?<!ย้าย)ออกจาก(?:บ้าน|ห้อง|ที่|เฮือน|หมู่บ้าน)|เก็บของออก))",
    # … or for still meddling, with a post, a place or a right taken ("ถ้ายังยุ่งเรื่องเงิน
    # ปีหน้าไม่ต้องมาเป็นกรรมการแล้ว", "ถ้ายังปากมากต่อไปไม่ต้องมาขอยา", "เตรียมหางานใหม่ได้เลย")
    r"(?:ถ้า|หาก|ขืน)\S{0,8}?ยัง(?:ไป)?(?:ยุ่ง|พูด|ปากมาก|ปากดี|เสือก|แจ้ง|ฟ้อง|ร้อง|ขุด|ถาม|จุ้น|ปูด|เว้า"
    r"|แส่|สาว|ตาม(?:เรื่อง|เรื่อ)|คุ้ย)\S{0,50}?(?:ไม่ต้อง(?:มา|หวัง|กลับ|คิด)|บ่ต้อง(?:มา|หวัง)|อย่าหวัง"
    r"|หมดสิทธิ|ตัดชื่อ|ขีดชื่อ|(?:ไม่|บ่)(?:ได้)?(?:อยู่ใน|มีชื่อ|เป็น\S{0,12}?(?:แล้ว|อีก))"
    r"|หางานใหม่|เตรียม(?:ตัว|หา|ย้าย|เก็บของ|ใจ))",
    r"(?:ถ้า|หาก|ขืน)\S{0,8}?(?:ยัง)?(?:ไม่|บ่)(?:ยอม)?(?:เงียบ|ถอน|หยุด|เลิก|เซา|จบ)\S{0,50}?"
    r"(?:หางานใหม่|เตรียม(?:ตัว|หา|ย้าย|เก็บของ|ใจ)|อย่าหวัง|ไม่ต้องหวัง)",
    r"(?:ตัดชื่อ|ขีดชื่อ|ถอดชื่อ|เอาชื่อ\S{0,20}?ออก)\S{0,40}?(?:ถ้า|หาก|เพราะ|หลังจาก|ตั้งแต่)\S{0,16}?"
    r"(?:ยัง)?(?:ไม่|บ่)?(?:แจ้ง|ฟ้อง|ร้อง|ถอน|เลิก|หยุด|เงียบ)",
    r"if(?:i|we|you)(?:don'?t|do not|donot|won'?t|refuse to)(?:drop|stop|withdraw|keepquiet|shutup)"
    r"\S{0,80}?(?:removed|struck|crossed|dropped|taken|cut|kicked|fired|sacked|notrenewed|lose)",
    r"(?:removed|struckoff|crossedoff|droppedfrom|takenoff|cutfrom|kickedoff)\S{0,60}?"
    r"(?:unless|ifi|ifwe|ifyou)(?:i|we|you)?(?:stop|drop|withdraw|keepquiet|don'?t|dont)",
    # a home or land lost as the price of the complaint, either way round ("we must leave the
    # house by Friday if I don't take it back", "if I keep reporting we'll be thrown off the
    # land"): not a lease ending, nor a thing taken back
    r"(?:leave|moveoutof|moveoffof|getoutof|getoffof|getoff|beoutof|kick(?:ed|s)?(?:us|me|her|him|them)?"
    r"(?:out|off)(?:of)?|throw(?:n|s)?(?:us|me|her|him|them)?(?:out|off)(?:of)?|evict(?:ed|s)?(?:us|me"
    r"|her|him|them)?(?:from)?)(?:the|our|my|his|her|their|this)?(?:house|home|land|room|place|farm"
    r"|plot|field|shop|stall|village)\S{0,50}?(?:unless|if)(?:i|we|you|he|she|they|my\w{0,12})"
    r"(?:do|does)?(?:n'?t|not|wont|refuse(?:s|d)?to)?(?:drop|withdraw|takeitback|takeback|pull\w{0,4}back"
    r"|stop|keep(?:on)?(?:report|complain|talk|push|go)|report|complain)",
    r"(?:unless|if)(?:i|we|you|he|she|they|my\w{0,12})(?:do|does)?(?:n'?t|not|wont|refuse(?:s|d)?to)?"
    r"(?:drop|withdraw|takeitback|takeback|stop|keep(?:on)?(?:report|complain|talk|push)|report"
    r"|complain)\S{0,50}?(?:leave|moveout|getout|getoff|kick(?:ed)?(?:us|me|her|him|them)?(?:out|off)"
    r"|thrown?(?:us|me|her|him|them)?(?:out|off)|evict)\S{0,12}?(?:house|home|land|room|place|farm"
    r"|plot|field|shop|stall|village)",
    # those who report are barred: "คนที่ร้องเรียนห้ามเช่าแผง", "ใครฟ้องไม่มีสิทธิ์ขายของ"
    r"(?:ใคร|คนที่|คนไหน|ผู้ใด|พวกที่)\S{0,6}?(?:ฟ้อง|แจ้ง|ร้องเรียน|ร้อง)\S{0,16}?"
    r"(?:ห้าม|ไม่ให้|ไม่ต้อง|ไม่มีสิทธิ์?|อย่าหวัง)(?:มา)?(?:เช่า|ขาย|ตั้ง|มา|ได้|อยู่|เข้า|รับ|ทำ)",
    # death veiled as a day not reached: "ไม่ให้ได้เห็นปีใหม่", "อยู่ไม่ถึงสงกรานต์"
    r"(?:ไม่|บ่)(?:ให้)?\S{0,6}?(?:ได้)?(?:เห็น|อยู่ถึง|อยู่ฉลอง|ฉลอง|ผ่าน)\S{0,4}?(?:ปีใหม่|ปีหน้า|สงกรานต์"
    r"|ออกพรรษา|เข้าพรรษา|หน้าฝน|หน้าหนาว|ลอยกระทง|วันเกิด)|อยู่(?:ไม่|บ่)ถึง(?:ปีใหม่|ปีหน้า|สงกรานต์"
    r"|ออกพรรษา|เข้าพรรษา|หน้าฝน|หน้าหนาว|ลอยกระทง)",
    r"(?:won'?t|wont|not|never|mightnot)(?:live|makeit|bearound|see)\S{0,12}?(?:newyear|nextyear"
    r"|songkran|nextharvest|nextfestival|christmas)",
    # … or asked by those who came, whether one will live to it ("มีผู้ชายมาถามว่ายายจะอยู่ถึง
    # สงกรานต์ไหม", "ส่งไลน์มาถามว่าจะได้อยู่ถึงปีใหม่ไหม", "asked if my father would live to see
    # New Year"): not a worry of kin or a doctor over an illness, nor an old animal
    r"(?:มา|แวะ)\S{0,16}?ถาม\S{0,12}?ว่า\S{0,20}?(?:จะ)?(?:ได้)?(?:ยัง)?(?:อยู่|มีชีวิต)(?:อยู่)?(?:ได้)?"
    r"(?:ถึง|ทัน|จนถึง|ฉลอง|เห็น)(?:ปีใหม่|ปีหน้า|สงกรานต์|ออกพรรษา|เข้าพรรษา|หน้าฝน|หน้าหนาว|ลอยกระทง"
    r"|วันเกิด|สิ้นปี|สิ้นเดือน|เดือนหน้า|อาทิตย์หน้า|งานบุญ|บุญบั้งไฟ|เกี่ยวข้าว|หน้าเกี่ยว|ปลายปี)"
    r"\S{0,6}?(?:ไหม|มั้ย|หรือเปล่า|รึเปล่า|หรือไม่|บ่|ป่าว)(?!\S{0,40}?(?:ป่วย|หมอ|โรงพยาบาล|อาการ|มะเร็ง))",
    r"(?:asked|asking|asks|wondered|wonder|wantedtoknow|wantstoknow)\S{0,30}?(?:if|whether)\S{0,24}?"
    r"(?:live|makeit|survive|bearound|bealive|stillbehere|stillbealive)\S{0,4}?(?:to|till|until|through"
    r"|past)(?:see)?(?:the)?(?:newyear|nextyear|songkran|christmas|nextmonth|harvest|nextweek"
    r"|(?:my|his|her|their)birthday|endoftheyear|yearend)(?!\S{0,40}?(?:sick|ill|doctor|hospital|cancer))",
    # a home said, sent or written to burn easily ("ข้อความส่งมาว่าบ้านมุงหญ้าคาไหม้ง่ายนะ", "แปะ
    # กระดาษว่าบ้านไม้ไฟติดง่าย", "a note saying wooden houses like mine burn easily"): arson
    # veiled as a remark; not a fire-safety word (`HARMLESS_HARM`), nor dry straw
    r"(?:ว่า|บอก|เขียน|ฝาก)(?:(?!ดับเพลิง|ป้องกัน|อัคคีภัย)\S){0,24}?(?:บ้าน|เฮือน|ยุ้ง"
    r"|ฉาง|หลังคา|เถียงนา|โรงนา|ร้าน|กระท่อม|เล้า|คอก)\S{0,20}?(?:ไฟ)?(?:ไหม้|ติดไฟ|ไฟติด|ลุกไหม้|ลุก)"
    r"(?:ได้)?ง่าย(?!\S{0,4}?(?:ไหม|มั้ย|หรือเปล่า|รึเปล่า|หรือไม่))",
    r"(?:said|saying|says|note|message|text|told|warned|wrote|letter)\S{0,40}?(?:house|home|roof|barn"
    r"|granary|shop|hut)s?\S{0,24}?(?:burn|burns|catch(?:es)?fire|goup|goesup)\S{0,6}?"
    r"(?:easily|easy|quick|quickly|fast)",
    # a gift handed over with "think it over": a warning wrapped in kindness
    r"(?:ยื่น|เอา|ยก|ฝาก|ส่ง)\S{0,40}?(?:ให้|มาฝาก|ฝาก)\S{0,60}?(?:คิดให้ดี|คิดให้รอบคอบ|คิดดูดีๆ"
    r"|คิดดีๆ|ไปคิดดู|คิดเยอะๆ)",
    r"(?:brought|gave|handed|sent)\S{0,60}?(?:thinkcarefully|thinkhard|thinktwice|thinkitover)",
    # a threat asked as a question: "อยากให้บ้านไฟไหม้เหรอ", "อยากเจ็บตัวหรือไง" (not "อยากรู้ว่า…": asked)
    r"อยาก(?!รู้|ทราบ|ถาม)(?:ให้)?\S{0,16}?(?:ไฟไหม้|ไหม้|ตาย|เจ็บตัว|เจ็บ|เป็นอะไรไป|หายไป|หายตัว|พิการ|เป็นหม้าย"
    r"|กำพร้า|นอนโรงพยาบาล|ไม่ได้กลับ|มีเรื่อง|เดือดร้อน)\S{0,12}?(?:ไหม|มั้ย|เหรอ|หรอ|หรือไง|รึไง"
    r"|หรือเปล่า|รึเปล่า|ใช่ไหม|บ่|ติ|ล่ะ)",
    # a warning with harm after it: "ระวังน้องจะหายไป", "ระวังลูกจะเจ็บ"
    r"ระวัง\S{0,12}?(?:จะ|สิ)?(?:หาย(?:ไป|ตัว)|เจ็บ|ตาย|ไม่ได้กลับ|โดน|เป็นอะไร)",
    # harm promised to the family or home, and a threat conditioned on speaking (English)
    r"(?:my|our)(?:daughter|son|child|children|kids?|wife|husband|family|mother|father|mom|dad"
    r"|parents|grandchild|house|home)\S{0,40}?(?:will|would|could|gonna|might|'ll)\S{0,24}?"
    r"(?:accident|hurt|harm|die|dead|burn|disappear|regret|sorry|trouble|pay)",
    r"if(?:i|we)(?:keep|don'?tstop|continue|goon)(?:talking|complaining|reporting|asking|speaking)",
    r"(?:people|anyone|whoever|those|everyone)(?:who)?(?:complain|report|talk|speak)s?\S{0,40}?"
    r"(?:will|would|should|must|'ll|better)\S{0,30}?(?:leave|hurt|regret|sorry|suffer|punish|kick"
    r"|evict|lose|trouble|pay)",
    # a livelihood cut off for the report: a mill, a shop, a lender, an employer, the water
    # ("จะไม่รับซื้อข้าวถ้าไม่ถอน", "ร้านไม่ขายของให้เพราะไปร้องเรียน", "won't buy our cassava")
    r"(?:ไม่|บ่)(?:ยอม|ให้)?(?:รับซื้อ|ซื้อ|ขาย|ให้กู้|ให้ยืม|ให้เชื่อ|จ้าง|ให้เช่า|ปล่อยน้ำ|ให้น้ำ|ส่งน้ำ|ต่อให้"
    r"|รับ(?:ลูก|หลาน)?เข้า|จ่ายยา|ให้ยา|รักษา|ออกโฉนด|ออกเอกสาร)\S{0,40}?(?:ถ้า|หาก|จนกว่า|เพราะ|ตั้งแต่|หลังจาก)\S{0,30}?(?:ถอน|หยุด|เลิก"
    r"|แจ้ง|ฟ้อง|ร้องเรียน|ร้อง|เปิดโปง)",
    r"(?:ถ้า|หาก)(?:ไม่|บ่)(?:ยอม)?(?:ถอน|หยุด|เลิก)\S{0,30}?(?:จะ|สิ)\S{0,6}?(?:ไม่|บ่)(?:ยอม)?"
    r"(?:รับซื้อ|ซื้อ|ขาย|ให้กู้|ให้ยืม|ให้เชื่อ|จ้าง|ให้เช่า|ปล่อยน้ำ|ให้น้ำ)",
    # an end foretold for what is theirs, on the condition that they stop meddling ("วัวตัวนั้น
    # คงไม่ได้อยู่ถึงปีหน้า ถ้ายังไม่เลิกยุ่ง", "บ้านจะอยู่ได้อีกไม่นานถ้ายังไม่หยุดพูดเรื่องนี้")
    r"(?:จะ|คง|สิ|เดี๋ยว|อีกไม่นาน|อีกบ่โดน)\S{0,50}?(?:ถ้า|หาก|ขืน)\S{0,16}?(?:ยัง)?(?:ไม่|บ่)(?:ยอม)?"
    r"(?:หยุด|เลิก|เซา)(?:ยุ่ง|พูด|แจ้ง|ฟ้อง|ร้อง|ถาม|เสือก|ขุด|เรื่อง)",
    r"(?:ถ้า|หาก|ขืน)\S{0,16}?(?:ยัง)?(?:ไม่|บ่)(?:ยอม)?(?:หยุด|เลิก|เซา)(?:ยุ่ง|พูด|แจ้ง|ฟ้อง|ร้อง|ถาม"
    r"|เสือก|ขุด)\S{0,30}?(?:จะ|คง|สิ|เดี๋ยว)\S{0,6}?(?:ไม่|บ่)(?:อยู่|รอด|เหลือ)",
    r"(?:ตัด|ปิด|หยุด)(?:น้ำ|ไฟ|ท่อ)\S{0,40}?(?:ถ้า|หาก|จนกว่า|เพราะ|ตั้งแต่|หลังจาก)\S{0,30}?"
    r"(?:ถอน|หยุด|เลิก|แจ้ง|ฟ้อง|ร้องเรียน|ร้อง)",
    # the reporter's name or face made public (a leak is the first step of revenge)
    r"(?:ประกาศ|ปล่อย|แฉ|โพสต์|โพส|ประจาน|ไลฟ์|แชร์)\S{0,6}?(?:ชื่อ|รูป|หน้า|เบอร์)\S{0,6}?"
    r"(?:คนแจ้ง|คนร้องเรียน|คนฟ้อง|หนู|ผม|ฉัน|ข้อย|เรา)",
    r"(?:ชื่อ|รูป|หน้า|เบอร์)(?:ของ)?(?:คนแจ้ง|คนร้องเรียน|หนู|ผม|ฉัน|ข้อย|เรา)\S{0,8}?"
    r"(?:ประกาศ|ประจาน|โพสต์|โพส|แฉ|ไลฟ์|แชร์|เสียงตามสาย)",
    # shunned by all, or turned away as "one who reports" ("คนชอบฟ้องไม่ต้องมากู้")
    r"(?:พร้อมใจกัน|ทั้งหมู่บ้าน|ทั้งคุ้ม|ทั้งตำบล)\S{0,10}?(?:ไม่|บ่)(?:ยอม)?(?:ขาย|ซื้อ|จ้าง|คบ|คุย|พูด|ให้)",
    r"(?:ชอบ|ขี้)(?:ฟ้อง|แจ้ง|ร้องเรียน)\S{0,12}?(?:ไม่ต้อง|ไม่ได้|ห้าม|อย่า|บ่ต้อง|บ่ได้)",
    r"(?:ไม่|บ่)(?:ต้อง|ได้|ให้)\S{0,40}?เพราะ\S{0,12}?(?:ชอบ|ขี้)(?:ฟ้อง|แจ้ง|ร้องเรียน|ร้อง)",
    # the children or the home photographed and sent, a coffin sent: watched, and told so
    r"(?:ส่ง|ถ่าย|แอบถ่าย)(?:รูป|คลิป|วิดีโอ)(?:ลูก|หลาน|เมีย|ผัว|แม่|พ่อ|บ้าน|ครอบครัว)",
    r"(?:photos?|pictures?|videos?)of(?:my|our)(?:kids?|children|daughter|son|house|home|wife|family)",
    r"(?:ส่ง|sending|sent|send)\S{0,20}?(?:โลงศพ|coffin|casket)",
    # photos of the one who reported (or the family) asleep, or an envelope of them left: they
    # were that close ("รูปหนูตอนนอนอยู่ในมุ้ง", "ในซองมีแต่รูปผม", "pictures of me sleeping")
    r"รูป(?:ถ่าย)?(?:ของ)?(?:หนู|ผม|ฉัน|ข้อย|เรา|ดิฉัน|ลูก\S{0,4}?|หลาน|เมีย|ผัว|แม่|พ่อ)\S{0,14}?"
    r"(?:ตอน|ขณะ|กำลัง|ที่)(?:นอน|หลับ)",
    r"(?:ซอง|จดหมาย)\S{0,24}?รูป(?:ถ่าย)?(?:ของ)?(?:หนู|ผม|ฉัน|ข้อย|เรา|ดิฉัน|ลูก|หลาน|เมีย|ผัว|แม่"
    r"|พ่อ|บ้าน|ครอบครัว)",
    r"(?:photos?|pictures?|videos?)of(?:me|us|my\w{2,9})\S{0,12}?(?:sleeping|asleep|inbed|inmybed)"
    r"|envelope\S{0,40}?(?:photos?|pictures?)of(?:me|us|my)",
    # the funeral of the one who reported offered, paid or hosted ("ไม่ต้องห่วงเรื่องค่าทำศพ",
    # "ถ้าพี่เป็นอะไรไป ค่าโลงเขาจ่ายให้", "he'll pay for my cremation"): a death foretold
    r"ไม่ต้อง(?:ห่วง|กังวล)(?:เรื่อง)?(?:ค่า)?(?:ทำ)?(?:ศพ|โลง|งานศพ|เผา|พวงหรีด)",
    r"(?:ถ้า|หาก)\S{0,8}?(?:เป็นอะไรไป|ตาย|ไม่อยู่|มีอันเป็นไป)\S{0,24}?(?:ค่า(?:ทำ)?ศพ|ค่าโลง|งานศพ"
    r"|ค่าเผา|ค่าพระ|พวงหรีด|เจ้าภาพ)",
    r"(?:งานศพ|ค่า(?:ทำ)?ศพ|โลง(?:ศพ)?|ค่าเผา)(?:ของ)?(?:หนู|ผม|ฉัน|ข้อย|ดิฉัน|พี่|เธอ|มึง|แก|เอ็ง|คุณ)"
    r"\S{0,30}?(?:จ่าย|ออก|เบิก|เจ้าภาพ|จัดให้|ดูแล|ช่วย)",
    r"(?:pay|paying|pays|cover|covering|host|hosting|organi[sz]e|arrange)\S{0,16}?(?:for)?(?:my|your)"
    r"(?:funeral|cremation|coffin|burial|wreath)",
    # harm paid for before it happens ("ค่าทำขวัญล่วงหน้า", "ค่าทำศพไว้ก่อน", "compensation in
    # advance"): money handed over for an injury or a death still to come (not a hospital's fee
    # asked in advance, which is a complaint)
    r"(?:ค่าทำขวัญ|ค่า(?:ทำ)?ศพ|ค่าโลง|ค่าพวงหรีด|ค่าเผา)\S{0,8}?(?:ล่วงหน้า|ไว้ก่อน|เผื่อไว้)",
    r"(?:funeral|burial|coffin|cremation|compensation)\S{0,12}?(?:inadvance|aheadoftime)",
    # a job, a school grant or a stall held against the report: "ถ้ายังเห็นชื่อในเรื่องร้องเรียน
    # พรุ่งนี้ไม่ต้องมา", "ทุนไม่ต้องหวังแล้ว เพราะแม่ทำให้โรงเรียนเสียชื่อ", "don't come back to work"
    r"(?:ถ้า|หาก|ขืน|ใคร)\S{0,30}?(?:ฟ้อง|แจ้ง|ร้องเรียน|ร้อง)\S{0,30}?(?:ไม่ต้อง(?:กลับ)?มา"
    r"(?:ทำงาน|ไซต์|ไซท์|ไซด์|โรงงาน|โรงสี|ขายของ|เรียน|ตัดอ้อย|กรีดยาง|รับจ้าง|เข้างาน|เข้าเวร)"
    r"|ไม่มีงาน|หมดงาน|ไล่ออก)",
    r"(?:ทุน|งาน|สัญญา|แผง|ที่ขาย|ตำแหน่ง|เบี้ย)\S{0,24}?(?:ไม่ต้องหวัง|อย่าหวัง|หมดสิทธิ์?|ไม่ได้แน่)"
    r"\S{0,40}?(?:เพราะ|ถ้า|หาก)\S{0,24}?(?:ฟ้อง|แจ้ง|ร้องเรียน|ร้อง|เสียชื่อ|เสียหน้า|ยุ่ง)",
    r"if\S{0,40}?(?:complain|complaint|report)\S{0,40}?(?:(?:shouldnt|dont|donot|needni?t|noneedto)"
    r"(?:bother)?(?:coming|come|show(?:ing)?up)(?:back)?(?:to)?(?:work|thesite|school)|fired|sacked"
    r"|lose(?:my|your|his|her|our)(?:job|work|stall|scholarship))",
    r"(?:scholarship|grant|job|stall)\S{0,30}?(?:isgone|gone|cancelled|forgetit|noneedtohope)"
    r"\S{0,30}?because\S{0,40}?(?:complain|report|trouble|shame)",
    # an accident foretold on the way home, told to the family: "ถ้าเห็นแม่เดินริมถนนตอนกลางคืน
    # รถเบรกไม่ทันนะ"
    r"(?:ถ้า|หาก)\S{0,30}?(?:เดิน|ขี่|ขับ|กลับบ้าน|ออกไป)\S{0,30}?(?:เบรก|เบรค)(?:ไม่|บ่)ทัน",
    # a price on someone's head, or someone hired for it ("ค่าหัวผมแค่ห้าหมื่น", "จ้างมือปืนมา")
    r"ค่าหัว(?!คิว)|หัว(?:ผม|หนู|ฉัน|ข้อย|เรา|มึง|แก|เอ็ง|พี่|ลูก|เมีย|ผัว)(?:มี)?ราคา|จ้างมือปืน"
    r"|(?:price|bounty)on(?:my|your|his|her|our)head",
    # a trip where fewer come back ("ไปสามคน กลับมาสองคน", "four go up and three come down")
    r"ไป(?:กัน)?(?:สอง|สาม|สี่|ห้า|\d)คน\S{0,12}?กลับ(?:มา)?\S{0,4}?(?:หนึ่ง|สอง|สาม|สี่|คนเดียว|\d)",
    r"(?:two|three|four|five|six|\d)(?:ofus|people|men|guys)?(?:go|goes|went)\S{0,16}?"
    r"(?:one|two|three|four|five|\d|only\w{0,12})(?:come|comes|came)(?:back|down|home)",
    r"(?:cut|shut)(?:off)?(?:the|our|my)?(?:water|power|electricity)\S{0,30}?"
    r"(?:after|since|because|unless|until)\S{0,20}?(?:report|complain|withdraw)",
    # made to sign (asked to withdraw under pressure is a withdrawal: the chair is alerted)
    r"(?:บังคับ|ขู่เข็ญ)\S{0,10}?(?:ให้)?\S{0,6}?(?:เซ็น|ลงชื่อ|ปั๊ม|ลายนิ้ว)|(?:forced|made)(?:me|us|my\w+)(?:to)?sign",
    r"(?:won'?t|refuse[sd]?to|stopped|nolonger)(?:buy|sell|lend|hire|rent|mill|serve)\S{0,40}?"
    r"(?:because|since|after|unless|until)\S{0,30}?(?:report|complain|withdraw|talk)",
    # no home left to live in, a bad end promised for going on ("จะไม่มีบ้านให้อยู่")
    r"(?:แจ้ง|ฟ้อง|ร้องเรียน|ร้อง)\S{0,30}?(?:จะ|สิ)(?:ไม่|บ่)มี(?:บ้าน|ที่|แผ่นดิน)(?:ให้)?(?:อยู่|ซุก)",
    # … foretold as a "soon" or sent word of, in Thai or Isan ("เดี๋ยวสิบ่มีบ่อนอยู่ดอก", "เพิ่นฝาก
    # มาว่า … บ่มีเฮือนให้นอน"): the home as the price, veiled
    r"(?:เดี๋ยว|อีกหน่อย|ระวัง)\S{0,8}?(?:ไม่|บ่)มี(?:บ้าน|ที่|บ่อน|เฮือน|หลังคา|แผ่นดิน)(?:ให้)?"
    r"(?:อยู่|ซุก|นอน|เซา)",
    r"ฝาก(?:มา|บอก|คำ)\S{0,40}?(?:ไม่|บ่)มี(?:บ้าน|ที่|บ่อน|เฮือน|หลังคา)(?:ให้)?(?:อยู่|ซุก|นอน|เซา)"
    r"|(?:ไม่|บ่)มี(?:บ้าน|ที่|บ่อน|เฮือน|หลังคา)(?:ให้)?(?:อยู่|ซุก|นอน|เซา)\S{0,40}?ฝาก(?:มา|บอก|คำ)",
    # kin's age or frailty put to "you", with care urged ("แม่มึงแก่แล้วนะ ดูแลดีๆ ล่ะ", "your
    # dad is not young anymore, take good care of him"): a threat to them by insinuation
    r"(?:แม่|พ่อ|ยาย|ย่า|ตา|ปู่|ลูก|หลาน|เมีย|ผัว)(?:มึง|แก|เอ็ง|เจ้า|คุณ|ลื้อ|เธอ)(?:ก็)?"
    r"(?:อายุ(?:เยอะ|มาก)|แก่|ชรา|เฒ่า)\S{0,30}?(?:ดูแล|ระวัง|รักษา)",
    r"your(?:mother|mom|mum|father|dad|grandma|grandmother|granny|grandpa|grandfather|parents)"
    r"(?:is|are)?(?:getting|so|very|quite|not)?(?:old|older|frail|young)\S{0,30}?"
    r"(?:take\S{0,6}?care|lookafter|watchover|becareful)",
    # a car driven into a home or a person, on purpose, and a repeat promised
    r"(?:ตั้งใจ|จงใจ|แกล้ง|เจตนา)\S{0,6}?(?:ขับ)?(?:รถ)?(?:พุ่ง)?(?:ชน(?!ะ)|ทับ|ผลัก)",
    r"(?:จะ|สิ)(?:ขับรถ)?(?:มา)?ชน(?!ะ|ไก่)(?:คน|บ้าน|ให้ตาย|ตาย|เรา|ผม|หนู|ฉัน|ลูก)",
    # livestock, fish or crops poisoned or ruined by someone ("ใครวางยาปลาในบ่อ")
    r"(?:วางยา|ใส่ยา|เทยา|ยาเบื่อ|ยาพิษ|สารพิษ|ยาฆ่าหญ้า|ยาฆ่าแมลง)\S{0,12}?"
    r"(?:บ่อ|สระ|ปลา|กุ้ง|ไก่|วัว|ควาย|หมู|เป็ด|หมา|แมว|นา|สวน|แปลง|น้ำ)",
    r"(?:มีคน|มีใคร|ใครก็ไม่รู้|คนร้าย|ใครมา|แอบ)\S{0,10}?(?:ปล่อยน้ำ|วางยา|ใส่ยา|เทยา|ตัด|ฟัน|โค่น|ทำลาย"
    r"|พัง|เผา|ถอน|กรีด|เจาะ)\S{0,24}?(?:บ่อ|ปลา|กุ้ง|ไก่|วัว|ควาย|หมู|ยาง|นา|สวน|ต้น|ข้าว|รั้ว|ท่อ|ยาง)",
    r"(?:poison|poisoned|drained|destroyed|cut down)\S{0,20}?(?:pond|fish|cattle|buffalo|cow|crops?"
    r"|trees?|field|well)",
    # a dare left for the one who reported ("ฟ้องอีกสิ"), mockery before a promised visit
    r"(?:ฟ้อง|แจ้ง|ร้องเรียน)อีก(?:สิ|ซิ|ดิ|ซี่|เด้)(?!\S{0,3}(?:ได้|ไหม|มั้ย))",
    r"(?:เก่งนัก|แน่นัก|กล้านัก|ซ่านัก|ปากดีนัก|ปากดี|ปากเก่ง|เก่งจริง|แน่จริง)\S{0,24}?"
    r"(?:(?:เดี๋ยว|จะ|สิ|รอ|ระวัง)\S{0,8}?(?:ไป|มา|แวะ)?(?:เยี่ยม|หา|เจอ|จัดการ|สั่งสอน)|(?:รอ|คอย)ดู"
    r"|เดี๋ยว(?:ก็)?(?:ได้)?(?:รู้|เห็น))",
    # a dare to report and what follows it, veiled ("มึงแจ้งไปเลย เดี๋ยวได้เห็นดีกัน", "ฟ้องไปเลย
    # เดี๋ยวเจอดีแน่", "แจ้งไปสิ แล้วจะได้รู้ว่าใครเป็นใคร", Isan "…แล้วสิฮู้ว่าผู้ได๋เป็นผู้ได๋", "go
    # ahead and report, you'll find out what happens"); "soon you'll see good" said alone too
    r"(?:เดี๋ยว|แล้ว|รอ|คอย)(?:ก็)?(?:จะ|สิ)?(?:ได้)?(?:เห็นดี|เจอดี)(?!ด้วย|เห็นงาม|ๆ)",
    r"(?:แจ้ง|ฟ้อง|ร้องเรียน|ร้อง)\S{0,24}?(?:ได้|จะ|สิ)(?:รู้|ฮู้)(?:ว่า)?(?:ใคร|ผู้ได๋|ไผ)"
    r"เป็น(?:ใคร|ผู้ได๋|ไผ)|(?:report|complain|sue|file)\S{0,30}?(?:you(?:ll|will|re ?gonna|regoingto)"
    r"|youwill)(?:findout|see|learn)(?:what|who|the ?hard ?way)",
    # a death veiled as time counted or short, said to the person or passed on to them ("เขาส่ง
    # ข้อความมาว่า นับวันรอได้เลย", "ฝากมาว่าอยู่ได้อีกไม่นาน", "วันของแกใกล้แล้ว", "count your days",
    # "your days are numbered"); not a doctor's word, nor a date awaited ("นับวันรอคลอด")
    r"(?<!หมอ)(?<!หมอบอก)(?<!หมอพูด)(?:ว่า|มึง|แก|เอ็ง|ให้|ฝาก\S{0,4}?)(?:(?!หมอ)\S){0,30}?"
    r"(?:นับ(?:วัน|มื้อ)(?:นับ(?:วัน|คืน))?(?:รอ|ไว้)(?!\S{0,6}?(?:คลอด|เงิน|ลูก|หลาน|วันเกิด|ปีใหม่"
    r"|สงกรานต์|หยุด|กลับ|เปิดเทอม|ผล|แต่ง|บวช|เที่ยว))|นับถอยหลัง(?:ได้|ไว้|เลย|รอ)"
    r"|(?:อยู่|มีชีวิต)(?:ได้)?อีก(?:ไม่|บ่)(?:นาน|กี่วัน)|อายุ(?:ไม่|บ่)ยืน|อายุสั้น"
    r"|(?:เตรียม|จอง|เลือก|หา|สั่ง|ซื้อ)(?:ซื้อ|หา)?(?:โลง|วัด|ศาลา|เมรุ|พวงหรีด)(?:ไว้|รอ|ได้|เลย|ด้วย)"
    r"|สั่งเสีย(?:ลูกเมีย|ไว้|ได้|เลย))",
    r"(?:เวลา|วัน)ของ(?:แก|มึง|เอ็ง|สู|เธอ)\S{0,6}?(?:เหลือ|ใกล้|มาถึง|จะมา|หมด)"
    r"|(?:ทำบุญ|สั่งเสีย)\S{0,20}?(?:เวลา|วัน)\S{0,6}?เหลือ(?:อีก)?(?:ไม่|บ่)(?:มาก|นาน|กี่วัน)",
    r"count(?:ing)?your(?:remaining)?days|(?:your|my|his|her)days(?:are|r)numbered",
    # a bodily harm promised: a neck broken or wrung, a tongue cut, eyes gouged ("บอกว่าถ้าเอาไป
    # ให้ใครจะหักคอ", "said he'd break my neck if I showed anyone")
    r"(?:จะ|สิ|ว่าจะ|ขู่|ไม่งั้น)\S{0,4}?(?:(?:หัก|บิด)(?:คอ|ขา|แขน|นิ้ว)|(?:ตัด|เย็บ|ฉีก)(?:ลิ้น|ปาก)"
    r"|ควัก(?:ลูก)?ตา|ถลกหนัง)",
    r"(?:will|would|ll|d|gonna|goingto|threatenedto|threatento)(?:break|snap|wring|cut|slit|rip)"
    r"(?:out)?(?:my|your|his|her|our|the)(?:neck|legs?|arms?|fingers?|tongue|throat)",
    r"เก็บ(?:มัน|แก|มึง|เธอ|เอ็ง|คนแจ้ง)?แน่(?!น)",
    # "if I disappear, ask …": who to blame, told ahead
    r"(?:ถ้า|หาก)(?:หนู|ผม|ฉัน|ข้อย|เรา|ดิฉัน|กู)?\S{0,4}?(?:หายไป|หายตัว|เป็นอะไรไป|ตาย|ไม่ได้กลับ"
    r"|มีอันเป็นไป)\S{0,24}?(?:ถาม|สงสัย|โทษ|ไปหา|ฝีมือ|คือ|เป็นเพราะ)",
    # a home's address or number put online for others to act on (doxxing)
    r"(?:post|posted|shared|published|put)\S{0,40}?(?:myaddress|myhousenumber|ourhouse|myhouse"
    r"|whereilive|myphonenumber)",
    r"(?:โพสต์|โพส|แชร์|ลง(?:เฟส|เพจ|กลุ่ม))\S{0,24}?(?:บ้านเลขที่|ที่อยู่|เบอร์|รูปบ้าน)(?:ของ)?"
    r"(?:เรา|หนู|ผม|ฉัน|ข้อย|แม่|พ่อ|ครอบครัว)",
    # veiled "advice": the family's good named as the condition of keeping quiet ("ถ้ารักลูก
    # ก็เงียบไว้", "ถ้ายังห่วงเมียอย่ายุ่ง", "if you love your kids, drop it")
    r"(?:ถ้า|หาก)\S{0,4}?(?:ยัง)?(?:รัก|ฮัก|ห่วง|เป็นห่วง|หวง)(?:ลูก|หลาน|เมีย|ผัว|ครอบครัว|คนในบ้าน"
    r"|ตัวเอง|ชีวิต|ตัวกลัวตาย)",
    r"(?:คิดถึง|นึกถึง|เห็นแก่)(?:ลูก|หลาน|เมีย|ผัว|ครอบครัว|คนในบ้าน)\S{0,6}?บ้าง",
    r"(?:แนะนำ|เตือน|หวังดี)\S{0,30}?(?:อยู่เฉย|เลิก|หยุด|อย่า|ถอน|เงียบ)\S{0,30}?(?:ครอบครัว|ลูก|เมีย"
    r"|หลาน|ผัว|คนในบ้าน)",
    r"if(?:you|u)(?:still)?(?:love|careabout|value)(?:your|ur)(?:family|kids?|children|wife|husband"
    r"|daughter|son|life|mother|mom)|think(?:of|about)(?:your|ur)(?:family|kids?|children|wife"
    r"|daughter|son)",
    # shame as the price of going on: a clip, a secret, a debt made public ("ถ้ายังแจ้งอีก
    # จะเอาคลิปไปแฉ", "สิเอาเรื่องหนี้ไปประจาน", "he'll post the video if I keep reporting")
    r"(?:ประจาน|แฉ|ปล่อยคลิป|ปล่อยรูป|ปล่อยเรื่อง|โพสต์คลิป|โพสคลิป|ลงคลิป|ขุดเรื่อง|ให้อับอาย|ให้ขายหน้า)"
    r"\S{0,40}?(?:ถ้า|หาก|ขืน|จนกว่า)\S{0,20}?(?:แจ้ง|ฟ้อง|ร้องเรียน|ร้อง|ไม่ถอน|ไม่เลิก|ไม่หยุด"
    r"|ไม่เงียบ|ยุ่ง|บ่ถอน|บ่เซา)",
    r"(?:ถ้า|หาก|ขืน)\S{0,20}?(?:แจ้ง|ฟ้อง|ร้องเรียน|ร้อง|ไม่ถอน|ไม่เลิก|ไม่หยุด|ไม่เงียบ|ยุ่ง|บ่ถอน"
    r"|บ่เซา)\S{0,30}?(?:จะ|สิ)\S{0,30}?(?:ประจาน|แฉ|ปล่อยคลิป|ปล่อยรูป|ปล่อยเรื่อง|โพสต์|โพส|ลงคลิป"
    r"|ลงเฟส|ให้อับอาย|ให้ขายหน้า)",
    r"(?:post|share|leak|release|spread|expose|show)\S{0,40}?(?:video|clip|photos?|pictures?|secret"
    r"|affair|debt)\S{0,40}?(?:if|unless)\S{0,20}?(?:report|complain|withdraw|stop|keep)",
    r"(?:if|unless)\S{0,20}?(?:report|complain|withdraw|stop|keep)\S{0,40}?(?:post|share|leak|release"
    r"|spread|expose)\S{0,30}?(?:video|clip|photos?|pictures?|secret|affair|debt)",
    # the threat's own words, pasted by the person who received them: an ultimatum ("ถอนเรื่อง
    # ซะไม่งั้นตาย", "ถ้าไม่ถอนเรื่องมึงตาย", "withdraw it or you die") or death foretold
    r"(?:ไม่งั้น|ไม่งั้นล่ะก็|ไม่อย่างนั้น|มิฉะนั้น|ไม่ฉะนั้น|บ่อย่างนั้น)\S{0,8}?(?:ตาย|เจ็บตัว|เจ็บ|เจอดี"
    r"|ไม่รอด|บ่รอด|โดนดี|โดนเก็บ|ศพ|(?:ได้)?เห็นดี(?!ด้วย|เห็นงาม))",
    # a traitor named before all, and what awaits them veiled ("หมู่บ้านเรามีหนอนบ่อนไส้ รู้ตัวกันดี
    # อีกไม่นานได้เห็นดี", "there's a snitch among us, they'll find out soon enough")
    r"(?:หนอนบ่อนไส้|ไส้ศึก|คนทรยศ|ตัวทรยศ|พวกทรยศ|คนขายชาติ|คนขายหมู่บ้าน|คนปากสว่าง|ตัวแสบ)"
    r"\S{0,50}?(?:รู้ตัว|เห็นดี(?!ด้วย|เห็นงาม)|เจอดี|เดี๋ยวรู้|ได้เจอกัน|รอดู|อีกไม่นาน|จำไว้|ระวัง"
    r"|อยู่ได้อีก|อยู่ไม่นาน|ไม่รอด|บ่รอด|จัดการ|เก็บ)",
    r"(?:snitch|traitor|rat|mole|turncoat)(?:es|s)?(?:in|among|inside)\S{0,50}?(?:findout|you'?llsee"
    r"|theyllsee|soonenough|whathappens|watchout|regret|knowwhoyouare|knowswhotheyare|beready)",
    r"(?:ถ้า|หาก|ขืน)(?:ยัง)?(?:ไม่|บ่)(?:ยอม)?ถอน\S{0,20}?(?:ตาย|เจ็บตัว|เจอดี|ไม่รอด|บ่รอด|โดนดี"
    r"|โดนเก็บ|ศพ)",
    r"(?:มึง|เอ็ง|สู)(?:จะ|ต้อง|ได้)?(?:ตาย|ไม่รอด|เจอดี|โดนเก็บ)",
    # death veiled as not being there to see what comes ("มึงไม่ได้อยู่ดูหรอก", "ไม่ได้เห็นลูกโต")
    r"(?:มึง|เอ็ง|สู)(?:จะ|คง|ก็)?(?:ไม่|บ่)ได้(?:อยู่)?(?:ดู|เห็น|ถึง)",
    r"(?:ไม่|บ่)(?:ได้)?(?:อยู่)?(?:เห็น|ดู)(?:ลูก|หลาน)\S{0,4}?(?:โต|เรียนจบ|แต่งงาน|บวช)",
    # a relative's work suspended, and its return told to hang on someone's withdrawing
    # ("พักงานไว้ก่อน บอกว่าให้ลูกไปถอนเรื่องแล้วค่อยกลับมา"): the work held hostage
    r"(?:พักงาน|พักไว้|สั่งพัก|(?:ให้|สั่ง)(?:หยุด|พัก)งาน|ไม่ให้(?:มา)?(?:ทำงาน|เข้างาน|สอน|ขายของ)"
    r"|ไล่ออก|เลิกจ้าง)\S{0,40}?(?:บอก|สั่ง)(?:ว่า)?(?:ให้|ถ้า|หาก)\S{0,20}?"
    r"(?:ถอน(?!เงิน|ตัว|ฟัน|หมั้น|หายใจ)|ยกเลิก(?:เรื่อง|คำร้อง))",
    # a good withheld until, or offered if, the report stops: "จนกว่าจะถอนเรื่อง", "ถ้าอยากให้
    # โฉนดออกก็เลิกร้องเรียน", "unless I drop the complaint"
    r"จนกว่า\S{0,12}?(?:ถอน(?!เงิน|ตัว|ฟัน|หมั้น|หายใจ)|(?:เลิก|หยุด|เซา)(?:แจ้ง|ร้อง|ฟ้อง|ยุ่ง)|เงียบ)",
    r"(?:ถ้า|หาก)อยาก(?:ให้|ได้)\S{0,30}?(?:ก็)?\S{0,12}?(?:ถอน(?!เงิน|ตัว|ฟัน|หมั้น|หายใจ)"
    r"|(?:เลิก|หยุด|เซา)(?:แจ้ง|ร้อง|ฟ้อง|ยุ่ง)|เงียบ)",
    r"unless(?:i|we|you|he|she|they|my\w{0,12})(?:drop|withdraw|stop|pullback|takeback)",
    r"or(?:else)?you(?:will|ll|re|are)?(?:gonna|goingto)?(?:die|bedead|getkilled|gethurt)",
    r"you(?:will|ll|re|are)(?:gonna|goingto)?(?:die|bedead)(?!t)",
    # harm to the person foretold in plain English ("he will kill me if I report", "they're
    # going to hurt my kids"): a person the harm is for, never a crop, a budget or a road
    r"(?:will|would|ll|gonna|goingto|wantsto|wantto|threatenedto|threatento|triedto|comingto)"
    r"(?:kill|shoot|stab|hurt|beat|harm|burn)(?:me|us|my(?:family|kids?|children|son|daughter|wife"
    r"|husband|mother|father|mom|mum|dad|parents|house|home))",
)
#: An ultimatum ("…ซะไม่งั้น…", "ถ้าไม่ถอน…", "or you die"): a withdrawal in it is what a
#: threat demands, pasted by the person threatened, never their own request to withdraw.
ULTIMATUM = (
    r"ไม่งั้น|ไม่อย่างนั้น|มิฉะนั้น|ไม่ฉะนั้น|บ่ซั้น|บ่จั่งซั้น|(?:ถ้า|หาก|ขืน)(?:ยัง)?(?:ไม่|บ่)(?:ยอม)?ถอน|จนกว่า\S{0,12}?ถอน"
    r"|or(?:else|you)|unless(?:i|we|you|he|she|they|my\w{0,12})(?:drop|withdraw|stop)"
)
#: Pressed at home to stop ("ตำรวจมาหาที่บ้าน บอกให้ถอนเรื่อง"): danger, except as the reason
#: given for withdrawing, where it is that reason (pressure: the chair is alerted there too).
PRESSED_TO_STOP = (
    r"(?:มาหา|มาที่บ้าน|มาบ้าน|โทรมา|ส่งคนมา|มาบอก)\S{0,24}?(?:บอกให้|สั่งให้|บังคับให้|ให้)"
    r"(?:ถอน|หยุด|เลิก|เงียบ|อยู่เฉย)"
)
#: Someone else telling the complainant to withdraw ("โทรมาบอกผมว่าให้ไปยกเลิกเรื่องซะ", "เพิ่นมา
#: เว้ากับแม่ว่าให้ไปถอนเรื่อง", "said she should withdraw the complaint"): with a penalty or a
#: condition beside it (`ULTIMATUM`, or English "… or her papers …"), a threat, never the
#: person's own withdrawal (flattened lower-case text).
TOLD_TO_WITHDRAW = (
    r"(?:บอก|เว้า|พูด|สั่ง|ขู่|ฝาก)\S{0,16}?ว่า(?:ให้)?\S{0,8}?(?:ถอน|ยกเลิก)(?:เรื่อง|คำร้อง)"
    r"|(?:said|told|saying)\S{0,20}?(?:should|must|haveto|hasto|hadto|to)withdraw"
)
#: The penalty of the English telling, said after the withdrawal with "or".
TOLD_OR_ELSE = r"withdraw\S{0,30}?or(?:else|you|he|she|they|her|his|my|the|we|i|it)"
#: Typing slips in the words that matter most, mended before danger is read (compacted).
DANGER_TYPOS = {
    "ขุ่": "ขู่",
    "ขู๋": "ขู่",
    "ขุ๋": "ขู่",
    "ทำราย": "ทำร้าย",
    "ชวยดวย": "ช่วยด้วย",
    "ชวยด้วย": "ช่วยด้วย",
    "ช่วยดวย": "ช่วยด้วย",
    "อันตาย": "อันตราย",
    "ปลอดภย": "ปลอดภัย",
}
#: What a slip is never mended before: "ทำราย" + ชื่อ/การ/งาน … is making a list or a report
#: ("ให้หนูทำรายชื่อคนเข้าอบรมปลอม", walk29's clerk), not "ทำร้าย" (to hurt) typed without its mark.
DANGER_TYPOS_NOT_BEFORE = {"ทำราย": r"ชื่อ|การ|งาน|ได้|ละเอียด|รับ|จ่าย|วิชา"}
#: Afraid ("กลัว", Isan "ย่าน", Northern Khmer "ขลาจ") + what they'll do: danger only with a harm
#: after it.
FEAR_WORDS = ("กลัว", "ย่าน", "ย้าน", "หวาดกลัว", "ขลาจ", "คลาจ", "afraid", "scared")
#: A fear said alone ("กลัวค่ะ", "ย้านคือกัน", "กังวลนิดหน่อย"), of nothing named: a worry, which a
#: yes-or-no question's answer is not.
FEAR_ALONE = (
    r"(?:ก็)?(?:กลัว|ย่าน|ย้าน|หวาดกลัว|ขลาจ|คลาจ|กังวล|เป็นห่วง)"
    r"(?:จัง|มาก|อยู่|เหมือนกัน|คือกัน|นิดหน่อย|นิดนึง|แหละ|เลย|อ่ะ|ๆ)*"
)
#: A worry told about oneself or one's own ("หวาดระแวงตลอด", "ไม่กล้าออกจากบ้าน", "ลูกจะเป็นอะไร
#: ไหม กลัวมาก", "I'm still too scared to go out"): after a threat, news of it for the committee.
#: Not a fear of a slip ("กลัวจะลืม", "กลัวพิมพ์ผิด") nor one denied ("ไม่กลัว").
WORRIED = (
    r"(?<!ไม่)(?<!บ่)(?:กลัว|ย่าน|ย้าน)(?!(?:ว่า)?(?:จะ)?(?:ลืม|จำ|พิมพ์|ผิด|ส่ง|กด|ไม่ทัน))"
    r"|หวาด|ระแวง|กังวล|เป็นห่วง|นอนไม่หลับ|ตกใจ|ขวัญเสีย"
    r"|(?:ไม่|บ่)กล้า(?:ออก|ไป|นอน|อยู่|เปิด|กลับ|ให้ลูก)"
    r"|\b(?:scared|afraid|frightened|terrified|worried|anxious)\b|can'?t sleep"
)
#: Someone named between a fear and a "มาก" (very) ("กลัวเขามาก"): only then is the "มา" of
#: "มาก" read with the fear (`FEAR_HARM`); a fear of a thing, very ("กลัวงัวมากค่ะ"), is none.
FEAR_SOMEONE = r"(?:เขา|เค้า|มัน|พวก\S{0,6}?|เพิ่น|ท่าน|คน\S{0,6}?)"
FEAR_HARM = (
    "ทำ",
    "เฮ็ด",
    "มา",
    "ตาม",
    "เล่น",
    "เก็บ",
    "ยิง",
    "ฆ่า",
    "ตี",
    "เผา",
    "ไล่",
    "ลูก",
    "หลาน",
    "ครอบครัว",
    "ชีวิต",
    "บ้าน",
    "hurt",
    "come",
    "do something",
)
#: Someone meaning harm, read in the flat lower-case key: a threat or a warning, a tie to
#: reporting or speaking, someone sent or a stranger, a curse at "you". Beside it a laugh or a
#: film is no excuse ("ผู้ใหญ่บ้านบอกว่าถ้าปากโป้งจะเจอดี 555", "lol watch your back").
MENACE = (
    r"ขู่|ขุ่|เตือน|ระวัง|อาฆาต|เอาคืน|หมายหัว|เก็บ(?:มึง|แก|เธอ)|ปากโป้ง|ปากสว่าง|แจ้ง|ฟ้อง|ร้องเรียน"
    r"|เปิดโปง|พยาน|ตำรวจ|มึง|เอ็ง|threat|warn|watch(?:your|my|his|her)back|regret|careful"
    r"|report|complain|testif|witness|police|jaeng|fong"
)
#: Someone other than the teller and kin who acts or speaks ("มีคนมา", "เขาบอก", "he said he'd
#: take care of me"): never play, whatever laugh is beside it.
MENACE_BY = (
    r"มีคน|คนแปลกหน้า|ลูกน้อง|นักเลง|มือปืน|คนมา|(?:เขา|เค้า|เพิ่น|มัน|พวกมัน|พวกเขา)(?:จะ|สิ|มา|ขู่|เอา|ส่ง|บอก|ว่า)"
    r"|someone|stranger|(?:he|she|they)(?:ll|d|will|would|said|told|came)|theirmen|thugs?"
)

#: The threat already told in this filing, spoken of again as a thing ("ใส่เรื่องที่เขาขู่ไว้
#: ด้วย", "นั่นเสียงตอนเขามาขู่ครับ อัดไว้", "the threat I told you"): not a new threat, so the
#: safety answer is not given again (walk37). Never a new one told ("ตอนนี้เขามาขู่อีกแล้ว").
THREAT_SPOKEN_OF = (
    r"(?:เรื่อง|ตอน|เหตุ|เสียง|คลิป|ที่)(?:ที่)?(?:เขา|มัน|ลูกน้อง\S{0,12})?(?:มา)?(?:โดน|ถูก)?(?:ข่มขู่|ขู่)"
    r"|\bthe\s+threat\s+(?:i\s+)?(?:told|said|mentioned)|\bwhen\s+(?:he|they)\s+(?:came\s+and\s+)?threatened"
)
#: Something new beside it ("อีกแล้ว", "ตอนนี้", "again", "now"): a threat told again is heard.
THREAT_NEW_AGAIN = r"อีก|ตอนนี้|เดี๋ยวนี้|ยังอยู่|\bagain\b|\bnow\b|\bright now\b"
#: Asked to put it in the complaint ("ใส่เรื่องที่เขาขู่ไว้ด้วย", "add the threat too").
THREAT_ADD_ASKED = r"(?:ใส่|เพิ่ม|บันทึก|เขียน|ลง)\S{0,20}(?:ด้วย|ไว้)|\b(?:add|include|put)\b"
