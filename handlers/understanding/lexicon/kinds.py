"""What a plain description says about the kind of misconduct (found inside the text), and
the kinds the kind model tells apart that the form records as one of its options."""

from __future__ import annotations

KIND_KEYWORDS: dict[str, tuple[str, ...]] = {
    "bribery": (
        # Northern Khmer: asks for ("ซม") money ("ลุย")
        "ซมลุย",
        "ซอมลุย",
        "เก็บเงิน",
        "เรียกเงิน",
        "เรียกรับ",
        "สินบน",
        "ใต้โต๊ะ",
        "น้ำร้อนน้ำชา",
        "ส่วย",
        "รีดไถ",
        "ไถเงิน",
        "ต้องจ่าย",
        "จ่ายเงิน",
        "ถ้าไม่จ่าย",
        "ถ้าไม่ให้เงิน",
        "ไม่ให้เงินจะ",
        "ถ้าไม่ให้",
        "ไม่จ่ายก็",
        "ไม่มีเงินก็",
        "ถ้าไม่มีเงิน",
        "ไม่งั้นไม่ได้",
        "unless we pay",
        "unless i pay",
        "for money",
        "pay to get",
        "kickback",
        "bribed",
        "under the table",
        "กินหัวคิว",
        "ค่าหัว",
        "ค่าดำเนินการ",
        "ค่าน้ำร้อน",
        "ขอเงิน",
        "เอาเงิน",
        "ค่าเซ็น",
        "ค่าหัวคิว",
        "หัวคิว",
        "วิ่งเต้น",
        "ค่าเคลียร์",
        "ซองขาว",
        "ให้ซอง",
        "เก็บค่า",
        "เรียกค่า",
        "ขอค่า",
        "ตบทรัพย์",
        "ไถ",
        "ต้องให้เงิน",
        "ค่าผ่าน",
        "กินเงิน",
        "bribe",
        "pay him",
        "pay them",
        "asked for money",
        "extort",
    ),
    "procurement": (
        "ฮั้ว",
        "ประมูล",
        "จัดซื้อ",
        "จัดจ้าง",
        "ผู้รับเหมา",
        "รับเหมา",
        "เงินทอน",
        "ล็อกสเปก",
        "ล็อคสเปค",
        "สเปก",
        "ก่อสร้าง",
        "ถนน",
        "ลาดยาง",
        "คอนกรีต",
        "ร่องน้ำ",
        "ขุดลอก",
        "โครงการ",
        "ไม่ได้มาตรฐาน",
        "ทิ้งงาน",
        "งานไม่เสร็จ",
        "ผู้รับจ้าง",
        "ซื้อแพง",
        "ราคาแพงเกิน",
        "แพงเกินจริง",
        "ไม่ได้คุณภาพ",
        "ฝาย",
        "เสาไฟ",
        "ประปาหมู่บ้าน",
        "ขุดบ่อ",
        "ซ่อมถนน",
        "สร้างไม่เสร็จ",
        "tender",
        "bid",
        "contract",
        "overpriced",
        "substandard",
        "construction",
        "road",
    ),
    "budget": (
        "ของหลวง",
        "รถหลวง",
        "เงินหลวง",
        "น้ำมันหลวง",
        "ยักยอก",
        "เบียดบัง",
        "ใช้ส่วนตัว",
        "เอาไปใช้",
        "เบิกเท็จ",
        "เบิกเงิน",
        "ใบเสร็จปลอม",
        "โกงเงิน",
        "งบประมาณ",
        "ใช้งบ",
        "เงินงบ",
        "งบหมู่บ้าน",
        "เงินกองทุน",
        "ค่าอาหารกลางวัน",
        "ไม่ถึงมือ",
        "หักเงิน",
        "หักเบี้ย",
        "ถุงยังชีพ",
        "เงินหาย",
        "เงินสงเคราะห์",
        "เงินชดเชย",
        "เบิกจ่าย",
        "ข้าวสาร",
        "ของแจก",
        "ค่าตอบแทน",
        "กองทุนหมู่บ้าน",
        "ของบริจาค",
        "embezzl",
        "public money",
        "budget",
        "stole",
        "steal",
        "misuse",
        "pocketed",
    ),
    "abuse": (
        "ข่มขู่",
        "ใช้อำนาจ",
        "กลั่นแกล้ง",
        "ละเลย",
        "ไม่ทำงาน",
        "ไม่ยอมทำ",
        "ดองเรื่อง",
        "ไม่รับเรื่อง",
        "ด่าว่า",
        "ด่าทอ",
        "ด่าชาวบ้าน",
        "ไม่มาทำงาน",
        "ไม่ยุติธรรม",
        "รังแก",
        "ข่มเหง",
        "เลือกปฏิบัติ",
        "ไม่สนใจ",
        "ไม่ให้บริการ",
        "ปัดความรับผิดชอบ",
        "เมาเหล้า",
        "ดุด่า",
        "abuse",
        "harass",
        "bully",
        "refused to help",
        "rude",
    ),
    "conflict": (
        "ญาติ",
        "พวกพ้อง",
        "พรรคพวก",
        "เส้นสาย",
        "เด็กเส้น",
        "เอื้อ",
        "ลูกหลาน",
        "แต่ญาติ",
        "ให้ญาติ",
        "บริษัทญาติ",
        "ญาติได้งาน",
        "แต่พวก",
        "แจกแต่",
        "พวกของตัวเอง",
        "คนสนิท",
        "เมียนาย",
        "ลูกผู้ใหญ่",
        "ญาติผู้ใหญ่",
        "พวกเดียวกัน",
        "ช่วยหาเสียง",
        "ผัวนาย",
        "เมียนายก",
        "ลูกนายก",
        "nepotism",
        "relative",
        "his cousin",
        "his wife",
        "relatives",
        "his son",
        "his daughter",
        "favour",
        "favor",
    ),
    # Not one of the options: told as "other" (KIND_TOLD_AS), but learnt apart, so that
    # "ซื้อเสียง" is not read as a purchase nor a handout before a vote as a kickback.
    "vote_buying": (
        "ซื้อเสียง",
        "ขายเสียง",
        "ซื้อสิทธิ์ขายเสียง",
        "แจกเงินก่อนเลือกตั้ง",
        "vote buying",
        "bought votes",
        "buy votes",
    ),
}
#: Payments owed to people out of public money (a volunteer's allowance, an old person's or a
#: disabled person's monthly sum, relief, a school's lunch money): an opening whose only topic
#: is one ("มีเรื่องค่าป่วยการจะแจ้ง") is about public money that did not reach them.
ALLOWANCES = (
    "ค่าป่วยการ",
    "เบี้ยยังชีพ",
    "เบี้ยผู้สูงอายุ",
    "เบี้ยคนแก่",
    "เบี้ยคนพิการ",
    "เบี้ยความพิการ",
    "เบี้ยพิการ",
    "ค่าตอบแทน",
    "เงินเยียวยา",
    "เงินช่วยเหลือ",
    "เงินชดเชย",
    "เงินสงเคราะห์",
    "เงินอุดหนุน",
    "ค่าอาหารกลางวัน",
    "เงินอาหารกลางวัน",
)
#: Money meant for villagers (`ALLOWANCES`, relief of any kind, an allowance), and a cut of it
#: kept by whoever hands it out ("ผู้ใหญ่บ้านหักเงินช่วยเหลือน้ำท่วม", "กั๊กเงินช่วยน้ำท่วมไว้",
#: "เอาส่วนแบ่งจากเงินเยียวยา"): public money not reaching them, not a bribe asked of them.
_RELIEF = "|".join((*ALLOWANCES, "เงินช่วย", "เบี้ย"))
_CUT_KEPT = (
    r"หัก(?:เอา)?(?=เงิน|หัวคิว|เบี้ย|ค่า|ไว้|ไป)|กั๊ก|ตัด(?=เงิน)|ชักเปอร์เซ็นต์|ชักหัวคิว|หัวคิว"
    r"|(?<!ขอ)ส่วนแบ่ง|ยักยอก"
    # eaten or pocketed ("ผู้ใหญ่บ้านเพิ่นกินเงินช่วยน้ำท่วม", "อมเงินช่วยน้ำท่วมไว้เอง")
    r"|(?:กิน|อม|ฮุบ)(?=เงิน|เบี้ย|ค่า)"
    # cheated of it ("ผู้ใหญ่บ้านโกงเงินช่วยน้ำท่วม", "phu yai ban kong ngern chuay…")
    r"|โกง(?=เงิน|เบี้ย|ค่า)"
)
#: Money meant for villagers said to be cut or lost, by whoever, in the victim's words ("เบี้ยคนแก่
#: โดนหัก", "เบี้ยผู้สูงอายุโดนหักค่ะ", "เงินช่วยเหลือหายไปครึ่ง"): a matter told, though no one is
#: named as having done it.
RELIEF_LOST = (
    rf"(?:{_RELIEF})\S{{0,14}}?\s*(?:(?:ถูก|โดน)\s*(?:หัก|ตัด|กิน|โกง|ยึด|อม|กั๊ก|เอาไป)"
    r"|หายไป|ได้ไม่ครบ|ไม่ครบ|ไม่ได้ครบ)"
)
_RELIEF_NOT_PAID = (
    r"(?<!ถ้า)(?<!หาก)(?:ไม่|บ่)\s*(?:ยอม|เคย)?\s*(?:ได้)?\s*(?:จ่าย|โอน|แจก|ให้|มอบ)\s*"
    r"(?:เงิน\s*(?:ช่วย|เยียวยา|ชดเชย|สงเคราะห์|อุดหนุน)|เบี้ย|ค่าป่วยการ|ถุงยังชีพ)"
    r"|\b(?:never|didn'?t|did\s+not|hasn'?t|has\s+not|won'?t|refused\s+to)\s+"
    r"(?:pa(?:y|id)|give|gave|given|hand(?:ed)?|pass(?:ed)?)\b(?:\s+\w+){0,4}?\s+"
    r"(?:relief|aid|allowance|compensation|subsid\w*|pension|welfare)\b"
)
#: Kinds told by the shape of what is said, every pattern of a shape found (in order): a sum
#: drawn or signed for, then "but" and another sum ("งบหัวละ 36 บาท แต่ได้ซื้อของจริงแค่ 20",
#: "billed 300 each but we got 100") is budget skimmed, not a bribe however "per head" it
#: sounds; public land, a pond or a forest taken for one's own ("เอาหนองสาธารณะไปถมสร้างบ้าน
#: ตัวเอง") is office abused; a fee collected for using what is public ("เก็บเงินค่าใช้ลานตากข้าว
#: ของ อบต.", "charges a fee to use the village hall") is a bribe taken, not public money spent.
KIND_SHAPES: dict[str, tuple[tuple[str, ...], ...]] = {
    "bribery": (
        (
            r"(?:เก็บ|เรียก)(?:เงิน)?\s*ค่า(?:ใช้|ตาก|จอด|เช่า)|charges?\s+(?:a\s+)?fees?\s+(?:for|to\s+use)",
            r"ของ\s*(?:อบต|เทศบาล|หลวง|หมู่บ้าน|ส่วนรวม|วัด|โรงเรียน)|สาธารณะ|หลวง|public|village|council",
        ),
        # a charge collected from people dearer than the thing costs ("ครูเก็บตังค่าชุดกีฬาสีแพง
        # เกิน", "คิดค่าทำบัตรแพงกว่าที่ประกาศ", "charges far more than the official fee"): money
        # taken from them, not a purchase overpriced (that is a bid's price, and no one collects)
        (
            r"(?:เก็บ|เรียก(?:เก็บ)?)(?:เงิน|ตังค์|ตัง)?\s*ค่า|คิดค่า|\bcharg(?:e|es|ed|ing)\b",
            r"แพง(?:เกิน|กว่า)|เกินราคา|เกินกว่า(?:ที่)?(?:ประกาศ|กำหนด|ราคา)"
            r"|\b(?:too|far|way|much)\s+(?:much|more)\b|\bmore\s+than\s+(?:the|it)\b",
        ),
        # a sum demanded in English ("demanded 2000 baht", "asked us for 5,000 baht", "said we
        # must pay 300 baht"): the Thai เรียกเงิน, which the kind model reads in Thai only
        (
            r"\b(?:demand\w*|ask(?:s|ed|ing)?\s+(?:\w+\s+){0,3}?for|wants|wanted"
            r"|(?:must|had\s+to|has\s+to|have\s+to)\s+pay)\s+(?:[\w']+\s+){0,4}?\d[\d,]*\s*(?:baht|thb)\b",
        ),
        # a sum charged to the people served ("charging parents 1,500 baht for a seat", "makes
        # parents pay 2,000 baht", "charges patients 200 baht to get a queue"): not a bill to a body
        (
            r"\b(?:charg(?:e|es|ed|ing)|collect(?:s|ed|ing)?\s+from|mak(?:e|es|ing)|made)\s+"
            r"(?:the\s+|each\s+|every\s+|all\s+)?(?:parents|patients|villagers|people|famil(?:y|ies)"
            r"|us|them|students|pupils|farmers|(?:the\s+)?elderly|drivers|vendors|residents|sellers"
            r"|traders|households?)\b(?:\s+pay)?\s+(?:[\w']+\s+){0,3}?\d[\d,]*\s*(?:baht|thb)\b",
        ),
    ),
    "budget": (
        (
            r"(?:งบ|เบิก|เซ็น|ตั้ง|ค่า|หัวละ|คนละ|รายละ|billed|budget|claimed|signed)",
            r"\d",
            r"แต่|\bbut\b",
            r"\d|ร้อย|พัน|หมื่น",
        ),
        # part of money meant for villagers kept ("keeps part of the drought relief money for
        # himself", "takes a cut of the elderly allowance")
        (
            r"\b(?:keeps?|kept|keeping|takes?|took|taking|pockets?|pocketed|pocketing|skims?"
            r"|skimmed|skimming)\b",
            r"\b(?:part|some|a\s+cut|a\s+share|half|most)\s+of\s+(?:the|our|their)\b",
            r"relief|allowance|aid\b|subsid|compensation|welfare|pension|fund",
        ),
        (_CUT_KEPT, _RELIEF),
        # money meant for villagers not paid out to them ("กำนันบ่จ่ายเงินช่วยภัยแล้งให้พ่อ",
        # "the headman never handed over the flood aid"): kept back, not a price asked of them
        # (no "if" before it: "ถ้าไม่จ่ายจะไม่ได้เบี้ย" is a bribe; `KIND_SHAPES_NOT`)
        (_RELIEF_NOT_PAID,),
        (_RELIEF, r"(?:ถูก|โดน)หัก|หายไป|ได้ไม่ครบ|ไม่ครบ"),
        (r"เอา", _RELIEF, r"ไป"),
    ),
    # the rigging itself named ("ฮั้วประมูล … บริษัทของน้องเมียนายกได้งาน", "ล็อกสเปก"): the bid
    # rigged, whoever's kin won it
    "procurement": (
        (r"ฮั้ว|ล็อ[กค]\s*สเป[กค]|สมยอมราคา|bid[-\s]*rigg|rigged\s+(?:the\s+)?(?:bid|tender)",),
    ),
    # kin made the contractor ("เอาน้องเมียมาเป็นผู้รับเหมา", "gave the job to his nephew")
    "conflict": (
        (
            r"(?:ญาติ|น้องเมีย|พี่เมีย|น้องเขย|พี่เขย|ลูกเขย|ลูกสะใภ้|หลาน|พ่อตา|แม่ยาย|ลูกชาย|ลูกสาว"
            r"|เมีย|ผัว|ภรรยา|สามี|in-law|nephew|niece|cousin|brother|\bson\b|wife)"
            r"(?!\s*(?:ผม|ฉัน|ดิฉัน|หนู|เรา|ข้อย|ของผม|ของฉัน))",  # the official's kin, not the teller's
            r"ผู้รับเหมา|รับเหมา|ได้งาน|ได้สัญญา|ประมูลได้|ชนะประมูล|contractor|contract|the job",
        ),
    ),
    "abuse": (
        (
            r"(?:ที่|ดิน|หนอง|ป่า|ห้วย|บึง|สระ|ลำ|โคก)\S{0,8}(?:สาธารณะ|หลวง|ส่วนรวม)|ที่ป่าช้า"
            r"|public (?:land|pond|forest|field)|common land",
            r"ถม|ล้อม|สร้าง|ไปทำ|ไปใช้|ยึด|รุก|ครอบครอง|ขาย|filled|fenced|built|took|sold",
        ),
    ),
}
#: … unless the text says money was asked for: "เรียกคนละ 500 แต่จ่ายไป 300" is a bribe.
KIND_SHAPES_NOT = {
    "budget": r"เรียก|เก็บเงิน|ขอเงิน|สินบน|ใต้โต๊ะ|ค่าเซ็น|ถ้าไม่จ่าย|ต้องจ่าย|asked for|demand|bribe"
    r"|unless",
    "conflict": r"เรียก|เก็บเงิน|ขอเงิน|สินบน|ใต้โต๊ะ|ค่าเซ็น|asked for|demand|bribe",
}
#: Kinds the kind model tells apart that the form records as one of its options.
KIND_TOLD_AS = {"vote_buying": "other"}
