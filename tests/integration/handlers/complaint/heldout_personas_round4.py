"""Held-out villagers, round 4 (issue "A villager is understood, not matched"): thirteen new
people written by a tester who read neither the bot's rules nor its word lists nor its
training examples, played by the driver of the first held-out people (`heldout_personas.play`).
About half are "diag" (their failures are told to whoever fixes the conversation), the rest
"sealed" (only counted, so the fix is not fitted to them).

Dates are as said on Friday 4 December 2026 (BE 2569); where a phrase can honestly mean more
than one day, the span covers every reading.
"""

from __future__ import annotations

from tests.integration.handlers.complaint.heldout_personas import Meant, Villager, asks, threat
from tests.integration.handlers.complaint.heldout_personas_round3 import (
    CAN_WITHDRAW,
    DAYS,
    FREE,
    NAME_OPTIONAL,
    NOT_TOLD,
)
from tests.integration.handlers.complaint.personas import photo

# ---------------------------------------------------------------- diag

ISAN_GRANDMOTHER = Villager(
    "ยายหนูพิน: Isan, fragments, flood-relief bags sold by the assistant headman",
    {
        "none": ["สิแจ้งเรื่องผู้ช่วยเด้อ", "แจ้งเรื่อง"],
        "story": ["แจ้ง"],
        "consent": ["เออ ยอม", "ยินยอม"],
        "kind": ["เพิ่นขายถุงยังชีพ", "เก็บเงิน"],
        "agency": ["อบต สะแกซำ"],
        "official": ["ผู้ช่วยผู้ใหญ่บ้าน"],
        "district": ["อำเภอเมือง"],
        "subdistrict": ["สะแกซำ"],
        "when": ["มื้อวาน"],
        "what": ["ถุงยังชีพน้ำท่วม เพิ่นเก็บถุงละฮ้อย บ่จ่ายบ่ได้"],
        "what_more": ["หมดแล้ว"],
        "evidence": ["บ่มี"],
        "witnesses": ["ยายหอม ยายเหลือง"],
        "reported": ["บ่เคย"],
        "identity": ["บ่บอกชื่อ"],
        "summary": ["แม่นแล้ว ส่งเลย", "ส่ง"],
    },
    Meant(
        kind=("bribery", "budget"),  # selling what is handed out free: either reading
        agency=("อบต.สะแกซำ",),
        official=("ผู้ช่วยผู้ใหญ่",),
        district="3101",
        subdistrict="310125",
        date=("2026-12-03", "2026-12-03"),
        story=("ถุงยังชีพ",),
        witnesses="ยายหอม",
        reported=False,
        anonymous=True,
    ),
    yes="แม่นแล้ว",
)

TYPOS_THAI_DIGITS = Villager(
    "เอ็ม: typos, Thai digits in the date, the budget and the phone, named, one photo",
    {
        "none": ["จะแจ้งเรืองคับ", "แจ้งเรื่อง"],
        "story": ["แจ้งคับ"],
        "consent": ["ยินยอมคับผม"],
        "kind": ["ฮั้วประมูนคับ", "ฮั้วประมูล"],
        "agency": ["อบตทุ่งกระเต็นคับ"],
        "official": ["นายกอบตคับ"],
        "district": ["หนองกี่คับ"],
        "subdistrict": ["ทุ่งกระเต็นคับ"],
        "when": ["๒๗ พย คับ", "27 พ.ย."],
        "what": [
            "สร้างสนามฟุตซอน งบ ๑,๒๐๐,๐๐๐ บาท มีบริษัทยื่นซองสามเจ้าแต่เป็นเครือญาติกันหมด ราคาห่างกันไม่ถึงหมื่น"
        ],
        "what_more": ["ไม่มีคับ"],
        "evidence": [photo(), "หมดแล้วคับ"],
        "witnesses": ["ไม่มีคับ"],
        "reported": ["ไม่เคยคับ"],
        "identity": ["บอกชื่อได้คับ"],
        "name": ["กิตติพงษ์ ทองคำ"],
        "phone": ["๐๘๖-๗๗๗-๑๒๓๔"],
        "summary": ["ถูกต้องคับ", "ส่ง"],
    },
    Meant(
        kind=("procurement", "conflict"),
        agency=("อบต.ทุ่งกระเต็น",),
        official=("นายก",),
        district="3105",
        subdistrict="310507",
        date=("2026-11-27", "2026-11-27"),
        story=("ฟุตซอน",),
        witnesses="",
        reported=False,
        anonymous=False,
        name="กิตติพงษ์ ทองคำ",
        phone="0867771234",
        evidence=1,
    ),
    yes="ใช่คับ",
)

NURSERY_LUNCH = Villager(
    "พี่แต๋ว: the story in four messages, a nursery's lunch money",
    {
        "story": ["แจ้งค่ะ"],
        "none": ["แจ้งเรื่องค่ะ"],
        "consent": ["ยินยอมค่ะ"],
        "kind": ["เอาเงินค่าอาหารเด็กไปค่ะ", "โกงงบ"],
        "agency": ["อบต.หินเหล็กไฟค่ะ"],
        "official": ["หัวหน้าศูนย์เด็กเล็กค่ะ"],
        "district": ["คูเมืองค่ะ"],
        "subdistrict": ["หินเหล็กไฟค่ะ"],
        "when": ["ทั้งเดือนพฤศจิกาค่ะ", "พฤศจิกายน"],
        "what": ["เด็กได้กินแค่ข้าวกับไข่ต้มทุกวันค่ะ เบิกไปหัวละ 21 บาท"],
        "what_more": ["ไม่มีค่ะ"],
        "evidence": ["ไม่มีรูปค่ะ"],
        "witnesses": ["แม่ๆ ที่ไปรับลูกค่ะ"],
        "reported": ["ยังไม่เคยค่ะ"],
        "identity": ["ไม่บอกชื่อค่ะ"],
        "summary": ["ถูกต้องค่ะ ส่งได้", "ส่ง"],
    },
    Meant(
        kind=("budget",),
        agency=("อบต.หินเหล็กไฟ",),
        official=("หัวหน้าศูนย์",),
        district="3102",
        subdistrict="310205",
        date=("2026-11-01", "2026-11-30"),
        story=("ไข่",),
        witnesses="แม่",
        reported=False,
        anonymous=True,
    ),
    opening=(
        "สวัสดีค่ะ พี่มีเรื่องอยากเล่าให้ฟัง",
        "ศูนย์พัฒนาเด็กเล็กบ้านหนองขมาร ของ อบต.หินเหล็กไฟ",
        "ค่าอาหารกลางวันเด็กเบิกหัวละ 21 บาท",
        "แต่เด็กได้กินแค่ข้าวกับไข่ต้มทุกวันค่ะ ครูก็ไม่กล้าพูด",
    ),
)

THREATENED_MID_FILING = Villager(
    "ลุงสมร: threatened while filing (a LINE message, then a man with a knife told in Isan)",
    {
        "none": ["จะร้องเรียนปลัดครับ", "แจ้งเรื่อง"],
        "story": ["แจ้งครับ"],
        "consent": ["ยินยอมครับ"],
        "kind": ["เรียกเงินค่าออกใบอนุญาตครับ", "เรียกเงิน"],
        "agency": ["อบต.ลำดวนครับ"],
        "official": ["ปลัด อบต.ครับ"],
        "district": ["กระสังครับ"],
        "subdistrict": ["ลำดวนครับ"],
        "when": [threat("เมื่อคืนมีคนส่งไลน์มาว่า รู้นะว่าแกจะไปฟ้อง ระวังตัวไว้"), "วันพุธครับ"],
        "what": ["ขอใบอนุญาตขุดบ่อ ปลัดบอกต้องจ่าย 5,000 ถึงจะเซ็นให้ครับ"],
        "what_more": ["ไม่มีครับ"],
        "evidence": ["ไม่มีครับ"],
        "witnesses": [
            threat("เมียบอกว่ามีคนถือมีดมาถามหาข้อยอยู่ที่นา ย่านหลายเด้อ"),
            "เมียผมไปด้วยครับ",
        ],
        "reported": ["ไม่เคยครับ"],
        "identity": ["ไม่บอกชื่อครับ"],
        "summary": ["ส่งครับ", "ส่ง"],
    },
    Meant(
        kind=("bribery",),
        agency=("อบต.ลำดวน",),
        official=("ปลัด",),
        district="3103",
        subdistrict="310302",
        date=("2026-12-02", "2026-12-02"),
        story=("ขุดบ่อ",),
        witnesses="เมีย",
        reported=False,
        anonymous=True,
    ),
    yes="ใช่ครับ",
)

ENGLISH_ROAD = Villager(
    "Mark: writes English, a road paid for and half built in Hin Lat",
    {
        "none": ["I want to report a local official", "I want to file a complaint"],
        "story": ["yes"],
        "consent": ["yes, I agree", "I agree"],
        "kind": ["they were paid for a road that was only half built", "misuse of budget"],
        "agency": ["Hin Lat SAO"],
        "official": ["the SAO chief executive"],
        "district": ["Ban Kruat"],
        "subdistrict": ["Hin Lat"],
        "when": ["in October", "October 2026"],
        "what": [
            "The SAO paid a contractor 900,000 baht for a concrete road to Moo 4 but only "
            "half of it was poured and the work stopped in October."
        ],
        "what_more": ["nothing else"],
        "evidence": ["I have no photos", "none"],
        "witnesses": ["everyone in Moo 4 can see it"],
        "reported": ["no, never"],
        "identity": ["anonymous please, I live here", "anonymous"],
        "summary": ["that's correct, send it", "send"],
    },
    Meant(
        kind=("budget", "procurement"),
        agency=("อบต.หินลาด", "Hin Lat SAO"),
        official=("นายก", "chief executive"),
        district="3108",
        subdistrict="310806",
        date=("2026-10-01", "2026-10-31"),
        story=("900,000",),
        witnesses="Moo 4",
        reported=False,
        anonymous=True,
    ),
    opening=("Hello, can I report something in English?",),
    yes="yes",
    speaks="en",
)

FESTIVAL_DATE = Villager(
    "ป้าบุญมา: the date as a festival (วันลอยกระทง, 24 Nov 2026)",
    {
        "none": ["อยากร้องเรียนเทศบาลค่ะ", "แจ้งเรื่อง"],
        "story": ["แจ้งค่ะ"],
        "consent": ["ยินยอมค่ะ"],
        "kind": ["เบิกงบจัดงานเกินจริงค่ะ", "โกงงบ"],
        "agency": ["เทศบาลตำบลนาโพธิ์ค่ะ"],
        "official": ["นายกเทศมนตรีค่ะ"],
        "district": ["นาโพธิ์ค่ะ"],
        "subdistrict": ["นาโพธิ์ค่ะ"],
        "when": ["วันลอยกระทงค่ะ", "24 พ.ย."],
        "what": ["งานลอยกระทงที่สระหลวง เทศบาลเบิกค่ามหรสพกับพลุสี่แสน แต่มีแค่วงดนตรีวงเดียว พลุไม่มีสักลูกค่ะ"],
        "what_more": ["แค่นี้ค่ะ"],
        "evidence": [photo(), "หมดแล้วค่ะ"],
        "witnesses": ["คนทั้งตำบลไปงานค่ะ"],
        "reported": ["ยังค่ะ"],
        "identity": ["ไม่ประสงค์ออกนามค่ะ"],
        "summary": ["ถูกต้องค่ะ", "ส่ง"],
    },
    Meant(
        kind=("budget",),
        agency=("ทต.นาโพธิ์",),
        official=("นายกเทศมนตรี",),
        district="3113",
        subdistrict="311301",
        date=("2026-11-24", "2026-11-24"),
        story=("พลุ",),
        witnesses="ทั้งตำบล",
        reported=False,
        anonymous=True,
        evidence=1,
    ),
)

EVERYTHING_FIRST = (
    "สวัสดีครับ ผมจะแจ้งเรื่องผู้ใหญ่บ้านหมู่ 2 บ้านโคกเหล็ก ต.โคกเหล็ก อ.ห้วยราช "
    "เมื่อวันอังคารที่ 1 ธ.ค. เก็บเงินชาวบ้านครัวเรือนละ 300 บาท อ้างว่าเป็นค่าขึ้นทะเบียน"
    "รับเงินเยียวยาภัยแล้ง ทั้งที่อำเภอบอกว่าไม่เสียเงิน ลุงเพิ่มกับป้าสายเห็นด้วย "
    "ผมยังไม่เคยแจ้งที่ไหน และขอไม่เปิดเผยชื่อครับ"
)

ANSWERS_FIRST = Villager(
    "ครูวีระ: says everything in his first message, before any of it is asked",
    {
        "story": ["แจ้งครับ"],
        "none": ["แจ้งเรื่องครับ"],
        "consent": ["ยินยอมครับ"],
        "kind": ["เรียกเงินครับ"],
        "agency": ["ผู้ใหญ่บ้านขึ้นกับอำเภอห้วยราชครับ"],
        "official": ["บอกไปแล้วครับ ผู้ใหญ่บ้านหมู่ 2"],
        "district": ["ห้วยราชครับ"],
        "subdistrict": ["โคกเหล็กครับ"],
        "when": ["วันอังคารที่ 1 ธ.ค. ครับ"],
        "what": ["เก็บเงินครัวเรือนละ 300 บาท ค่าขึ้นทะเบียนเยียวยาภัยแล้งครับ"],
        "what_more": ["ไม่มีครับ"],
        "evidence": ["ไม่มีครับ"],
        "witnesses": ["ลุงเพิ่มกับป้าสายครับ"],
        "reported": ["ไม่เคยครับ"],
        "identity": ["ไม่เปิดเผยชื่อครับ"],
        "summary": ["ถูกต้องครับ ส่งได้", "ส่ง"],
    },
    Meant(
        kind=("bribery",),
        official=("ผู้ใหญ่บ้าน",),
        district="3116",
        subdistrict="311606",
        date=("2026-12-01", "2026-12-01"),
        story=("เยียวยา",),
        witnesses="ลุงเพิ่ม",
        reported=False,
        anonymous=True,
    ),
    opening=(EVERYTHING_FIRST,),
    yes="ใช่ครับ",
)

# ---------------------------------------------------------------- sealed

FUND_POST = (
    "📢ฝากแชร์ด่วน!! กองทุนหมู่บ้านบ้านโนนขวาง หมู่ 8 ต.โนนขวาง อ.บ้านด่าน เงินหายไป 6 แสน "
    "ประธานกองทุนซึ่งเป็นผู้ใหญ่บ้าน บอกว่าสมาชิกกู้ไปไม่คืน แต่สมาชิกไม่มีใครได้กู้เลยสักคน!! "
    "ประชุมล่าสุดเมื่อ 15 พ.ย. 69 ไม่มีบัญชีให้ดู 😡 #บ้านด่าน #กองทุนหมู่บ้าน"
)

SHARES_A_POST = Villager(
    "พี่ก้อย: pastes a Facebook post about the village fund",
    {
        "story": ["แจ้งค่ะ"],
        "none": ["จะแจ้งเรื่องนี้ค่ะ"],
        "consent": ["ยินยอมค่ะ"],
        "kind": ["เอาเงินกองทุนไปค่ะ", "ยักยอกเงิน"],
        "agency": ["กองทุนหมู่บ้านค่ะ ไม่ใช่ อบต.", "อบต.โนนขวาง"],
        "official": ["ผู้ใหญ่บ้านหมู่ 8 ที่เป็นประธานกองทุนค่ะ"],
        "district": ["บ้านด่านค่ะ"],
        "subdistrict": ["โนนขวางค่ะ"],
        "when": ["15 พ.ย. ค่ะ วันประชุม"],
        "what": ["ตามที่โพสต์นี้เลยค่ะ " + FUND_POST],
        "what_more": ["ไม่มีค่ะ"],
        "evidence": [photo(), "แค่นี้ค่ะ"],
        "witnesses": ["สมาชิกกองทุนหมู่ 8 ค่ะ"],
        "reported": ["ยังค่ะ"],
        "identity": ["ขอไม่บอกชื่อค่ะ"],
        "summary": ["ส่งค่ะ", "ส่ง"],
    },
    Meant(
        kind=("budget",),
        official=("ผู้ใหญ่บ้าน", "ประธาน"),  # the fund's chairman is the headman
        district="3121",
        subdistrict="312104",
        date=("2026-11-15", "2026-11-15"),
        story=("กองทุน",),
        witnesses="สมาชิก",
        reported=False,
        anonymous=True,
        evidence=1,
    ),
    opening=(FUND_POST,),
)

ASKS_AGAIN_AND_AGAIN = Villager(
    "ป้าลำดวน: a rubbish fee, asks five questions back on the way",
    {
        "story": ["แจ้งค่ะ"],
        "none": ["อยากแจ้งเรื่องค่ะ", "แจ้งเรื่อง"],
        "consent": [asks("เสียค่าอะไรไหมคะ ถ้าแจ้ง", FREE), "ยินยอมค่ะ", "ยินยอม"],
        "kind": ["เก็บค่าขยะแพงเกิน ไม่ให้ใบเสร็จค่ะ", "เรียกเงิน"],
        "agency": ["อบต. เสม็ด ค่ะ"],
        "official": [
            asks("คนเก็บเงินเขาจะรู้ไหมคะว่าป้าเป็นคนแจ้ง", NOT_TOLD),
            "เจ้าหน้าที่เก็บค่าขยะค่ะ ไม่รู้ชื่อ",
        ],
        "district": ["อำเภอเมืองค่ะ"],
        "subdistrict": ["เสม็ดค่ะ"],
        "when": ["วันจันทร์นี้ค่ะ", "30 พ.ย."],
        "what": ["เก็บค่าขยะบ้านละ 100 ทั้งที่ประกาศ อบต. บอก 20 บาท ไม่เคยให้ใบเสร็จค่ะ"],
        "what_more": ["ไม่มีค่ะ"],
        "evidence": ["ไม่มีค่ะ"],
        "witnesses": ["เพื่อนบ้านทั้งซอยค่ะ"],
        "reported": ["ไม่เคยค่ะ"],
        "identity": [
            asks("ไม่ใส่ชื่อได้หรือเปล่าคะ", NAME_OPTIONAL),
            "ไม่บอกชื่อค่ะ",
            "ไม่บอกชื่อ",
        ],
        "summary": [
            asks("ส่งไปแล้วกี่วันจะรู้เรื่องคะ", DAYS),
            asks("ส่งแล้วยังถอนคืนได้อยู่ไหมคะ", CAN_WITHDRAW),
            "ส่งได้ค่ะ",
            "ส่ง",
        ],
    },
    Meant(
        kind=("bribery",),
        agency=("อบต.เสม็ด",),
        district="3101",
        subdistrict="310103",
        date=("2026-11-30", "2026-11-30"),
        story=("ใบเสร็จ",),
        witnesses="เพื่อนบ้าน",
        reported=False,
        anonymous=True,
    ),
    opening=(
        "เจ้าหน้าที่ อบต.เสม็ด อ.เมือง เก็บค่าขยะบ้านละ 100 ทั้งที่ประกาศ 20 บาท ไม่ให้ใบเสร็จ ล่าสุดวันจันทร์นี้ค่ะ",
    ),
)

CHANGES_MIND_TWICE = Villager(
    "น้องปิยะดา: changes her mind twice about her name (named, anonymous, named again)",
    {
        "none": ["แจ้งเรื่องค่ะ"],
        "story": ["แจ้งค่ะ"],
        "consent": ["ยินยอมค่ะ"],
        "kind": ["นายกซื้อของจากร้านลูกชายตัวเองค่ะ", "เอื้อประโยชน์พวกพ้อง"],
        "agency": ["อบต.เมืองฝางค่ะ"],
        "official": ["นายก อบต.ค่ะ"],
        "district": ["เมืองบุรีรัมย์ค่ะ"],
        "subdistrict": ["เมืองฝางค่ะ"],
        "when": ["ทั้งปีงบนี้ค่ะ ล่าสุดเดือนพฤศจิกา", "พฤศจิกายน"],
        "what": ["วัสดุก่อสร้างทุกโครงการซื้อจากร้านวัสดุของลูกชายนายก ราคาแพงกว่าร้านอื่นเกือบเท่าตัวค่ะ"],
        "what_more": ["ไม่มีค่ะ"],
        "evidence": ["ไม่มีค่ะ"],
        "witnesses": ["ไม่มีค่ะ"],
        "reported": ["ไม่เคยค่ะ"],
        "identity": ["บอกชื่อได้ค่ะ", "บอกชื่อ"],
        "name": ["เอ๊ะ เปลี่ยนใจค่ะ ไม่บอกชื่อดีกว่า", "ปิยะดา ศรีวงศ์"],
        "phone": ["0931112222"],
        "summary": ["เปลี่ยนใจอีกรอบค่ะ ใส่ชื่อหนูไปเถอะ", "ส่งค่ะ", "ส่ง"],
    },
    Meant(
        kind=("conflict",),
        agency=("อบต.เมืองฝาง",),
        official=("นายก",),
        district="3101",
        subdistrict="310128",
        date=("2026-10-01", "2026-11-30"),
        story=("ลูกชาย",),
        witnesses="",
        reported=False,
        anonymous=False,
        name="ปิยะดา ศรีวงศ์",
        phone="0931112222",
    ),
)

ROMANISED = Villager(
    "Nok: writes Thai in Latin letters",
    {
        "none": ["yak jaeng rueang kha", "jaeng rueang"],
        "story": ["jaeng kha"],
        "consent": ["yinyom kha", "ok"],
        "kind": ["riak ngern kha", "bribe"],
        "agency": ["obt nong kong kha", "อบต.หนองกง"],
        "official": ["palat obt kha"],
        "district": ["nang rong kha", "นางรอง"],
        "subdistrict": ["nong kong kha", "หนองกง"],
        "when": ["muea wan kha", "เมื่อวาน"],
        "what": ["palat riak ngern 2000 baht pen kha sen bai anuyat perd ran kha"],
        "what_more": ["mai mee kha"],
        "evidence": ["mai mee kha"],
        "witnesses": ["mae kha"],
        "reported": ["mai koei kha"],
        "identity": ["mai bok chue kha"],
        "summary": ["tuk tong kha song loei", "ส่ง"],
    },
    Meant(
        kind=("bribery",),
        agency=("อบต.หนองกง", "obt nong kong"),
        official=("ปลัด", "palat"),
        district="3104",
        subdistrict="310408",
        date=("2026-12-03", "2026-12-03"),
        story=("2000",),
        witnesses="mae",
        reported=False,
        anonymous=True,
    ),
    yes="chai kha",
)

WEEKDAY_DATE = Villager(
    "แม่จิต: the date as a weekday (ศุกร์ที่แล้ว, said on a Friday)",
    {
        "none": ["แม่มีเรื่องจะร้องเรียนค่ะ", "แจ้งเรื่อง"],
        "story": ["แจ้งค่ะ"],
        "consent": ["ยินยอมค่ะ"],
        "kind": ["เรียกเงินพิเศษค่ะ", "เรียกเงิน"],
        "agency": ["สำนักงานที่ดินสาขาประโคนชัยค่ะ"],
        "official": ["ช่างรังวัดค่ะ"],
        "district": ["ประโคนชัยค่ะ"],
        "subdistrict": ["แสลงโทนค่ะ"],
        "when": ["ศุกร์ที่แล้วค่ะ ช่วงบ่ายๆ", "27 พ.ย."],
        "what": [
            "ช่างรังวัดมาวัดที่ดินแม่ที่ตำบลแสลงโทน บอกต้องจ่ายค่าเดินทางเพิ่ม 3,000 ไม่งั้นจะไม่ลงหมุดให้ ไม่มีใบเสร็จค่ะ"
        ],
        "what_more": ["ไม่มีค่ะ"],
        "evidence": ["ไม่มีค่ะ"],
        "witnesses": ["ลูกชายอยู่ด้วยค่ะ"],
        "reported": ["ไม่เคยค่ะ"],
        "identity": ["ไม่บอกชื่อค่ะ"],
        "summary": ["ถูกต้องค่ะ", "ส่ง"],
    },
    Meant(
        kind=("bribery",),
        official=("รังวัด",),
        district="3107",
        subdistrict="310702",
        date=("2026-11-27", "2026-11-27"),
        story=("หมุด",),
        witnesses="ลูกชาย",
        reported=False,
        anonymous=True,
    ),
)

EDITS_BY_NUMBER = Villager(
    "ลุงบุญ: names the wrong official and day, fixes both from the summary by their numbers",
    {
        "none": ["ร้องเรียนครับ", "แจ้งเรื่อง"],
        "story": ["แจ้งครับ"],
        "consent": ["ยินยอมครับ"],
        "kind": ["เอารถของ อบต. ไปใช้ส่วนตัวครับ"],
        "agency": ["อบต.ตาเสาครับ"],
        "official": ["นายก อบต.ครับ", "รองนายก อบต.ครับ"],
        "district": ["ห้วยราชครับ"],
        "subdistrict": ["ตาเสาครับ"],
        "when": ["วันเสาร์ครับ", "วันอาทิตย์ที่ 29 ครับ"],
        "what": ["เอารถกระบะของ อบต. ไปขนมันสำปะหลังเข้าไร่ตัวเองครับ"],
        "what_more": ["หมดครับ"],
        "evidence": ["ไม่มีครับ"],
        "witnesses": ["ไม่มีครับ"],
        "reported": ["ไม่เคยครับ"],
        "identity": ["ไม่บอกชื่อครับ"],
        # The summary numbers its lines (3 = who did it, 5 = the day), as a person reads them.
        "summary": ["แก้ข้อ 5 ครับ", "ขอแก้ข้อ ๓ ด้วยครับ", "ส่งครับ", "ส่ง"],
    },
    Meant(
        kind=("budget", "abuse"),
        agency=("อบต.ตาเสา",),
        official=("รองนายก",),
        district="3116",
        subdistrict="311603",
        date=("2026-11-29", "2026-11-29"),
        story=("มันสำปะหลัง",),
        witnesses="",
        reported=False,
        anonymous=True,
    ),
    yes="ใช่ครับ",
)

VILLAGERS = {
    "isan_grandmother_fragments": ISAN_GRANDMOTHER,
    "typos_thai_digits": TYPOS_THAI_DIGITS,
    "story_in_four_messages": NURSERY_LUNCH,
    "threatened_mid_filing": THREATENED_MID_FILING,
    "english_writer": ENGLISH_ROAD,
    "festival_date": FESTIVAL_DATE,
    "answers_before_asked": ANSWERS_FIRST,
    "pasted_facebook_post": SHARES_A_POST,
    "asks_again_and_again": ASKS_AGAIN_AND_AGAIN,
    "changes_mind_twice": CHANGES_MIND_TWICE,
    "romanised_thai": ROMANISED,
    "weekday_date": WEEKDAY_DATE,
    "edits_summary_by_number": EDITS_BY_NUMBER,
}

#: Failures of these are described to whoever fixes the conversation.
DIAG = {
    "isan_grandmother_fragments",
    "typos_thai_digits",
    "story_in_four_messages",
    "threatened_mid_filing",
    "english_writer",
    "festival_date",
    "answers_before_asked",
}
#: Only counted: nobody fixing the conversation reads how these fail.
SEALED = set(VILLAGERS) - DIAG
