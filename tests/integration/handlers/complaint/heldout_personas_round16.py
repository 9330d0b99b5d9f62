"""Held-out villagers, round 16 (issue 16, "a villager understood, not matched"): ten new kinds
of people written by a tester who read neither the bot's rules nor its word lists nor its
training examples; played by the driver of the first held-out people
(`heldout_personas.play`). Among them: a rubber tapper answering at four in the morning in
fragments, a young mother whose child's school lunch money is skimmed, a retired teacher who
writes long formal paragraphs and gives his name, a man who sends his story, says "ไม่เอาแล้ว"
and comes back, a woman threatened by a phone call in the middle of filing, a woman who asks who
will see her name at every other step, a Suai (Kui) farmer glossing his words in Thai, a man who
corrects the date twice, a young man who types only in Latin letters, and a village health
volunteer filing for three neighbours at once. Five, chosen at random (`random.Random(16)`), are
SEALED: their failures are only counted, never described to whoever fixes the conversation, so
that no fix is fitted to them.

Dates are as said on Sunday 6 December 2026 (BE 2569). Where a phrase can honestly mean more
than one day, the span covers every reading.
"""

from __future__ import annotations

import random

from tests.integration.handlers.complaint.heldout_personas import Meant, Villager, asks, threat
from tests.integration.handlers.complaint.heldout_personas_round12 import NOT_TOLD, WHO_SEES
from tests.integration.handlers.complaint.heldout_personas_round13 import FOR_SOMEONE
from tests.integration.handlers.complaint.personas import photo

RUBBER_TAPPER = Villager(
    "คนกรีดยางละหานทราย: answers at four in the morning between trees, in fragments, no endings",
    {
        "none": ["แจ้งเรื่อง", "แจ้งเรื่อง"],
        "story": ["แจ้ง", "แจ้ง"],
        "consent": ["ยอม", "ยินยอม"],
        "kind": ["เก็บตังค่าลงชื่อ", "เรียกเงิน"],
        "agency": ["อบตตาจง", "อบต.ตาจง"],
        "official": ["ผญบ", "ผู้ใหญ่บ้าน"],
        "district": ["ละหานทราย"],
        "subdistrict": ["ตาจง"],
        "when": ["เมื่อวาน", "5 ธันวาคม 2569"],
        "what": ["ผญบ เก็บไร่ละร้อย ค่าลงชื่อขอปุ๋ยสวนยาง ของฟรีจาก กยท ไม่มีใบเสร็จ"],
        "what_more": ["ไม่มี", "ไม่มี"],
        "evidence": ["ไม่มี มืดอยู่", "ไม่มี"],
        "witnesses": ["คนกรีดยางแปลงข้างๆ", "คนกรีดยาง"],
        "reported": ["ไม่เคย", "ไม่เคย"],
        "identity": ["ไม่บอกชื่อ", "ไม่บอกชื่อ"],
        "summary": ["ถูก ส่ง", "ส่ง"],
    },
    Meant(
        kind=("bribery",),
        agency=("อบต.ตาจง",),
        official=("ผู้ใหญ่บ้าน",),
        district="3106",
        date=("2026-12-05", "2026-12-05"),
        story=("ร้อย", "ปุ๋ย"),
        witnesses="กรีดยาง",
        reported=False,
        anonymous=True,
        evidence=0,
    ),
    yes="ใช่",
)

LUNCH_MONEY = Villager(
    "แม่ลูกอ่อนทุ่งกระเต็น: her son's school lunch is skimmed; types with a baby on her arm",
    {
        "none": ["อยากแจ้งเรื่องอาหารกลางวันลูกค่ะ", "แจ้งเรื่อง"],
        "story": ["แจ้งค่ะ", "แจ้ง"],
        "consent": ["ยินยอมค่ะ", "ยินยอม"],
        "kind": ["ค่าอาหารกลางวันเด็กไม่ถึงเด็กค่ะ", "โกงงบ"],
        "agency": ["อบต.ทุ่งกระเต็นค่ะ เขาให้เงินโรงเรียน", "อบต.ทุ่งกระเต็น"],
        "official": ["ผอ.โรงเรียนค่ะ", "ผอ.โรงเรียน"],
        "district": ["หนองกี่ค่ะ"],
        "subdistrict": ["ทุ่งกระเต็นค่ะ"],
        "when": ["ตั้งแต่เปิดเทอมสองค่ะ จนถึงตอนนี้", "พฤศจิกายน 2569 ถึงตอนนี้"],
        "what": [
            "ลูกอยู่ ป.2 กลับบ้านมาบอกว่าหิวทุกวัน ได้ข้าวกับไข่เจียวแบ่งสี่คนต่อฟอง "
            "ค่าอาหารเด็กได้หัวละ 22 บาท แต่ที่ได้กินไม่ถึงสิบบาทค่ะ"
        ],
        "what_more": ["ไม่มีแล้วค่ะ", "ไม่มี"],
        "evidence": ["มีรูปถาดข้าวที่ลูกครูส่งในกลุ่มผู้ปกครองค่ะ", photo(), "เสร็จแล้ว"],
        "witnesses": ["ผู้ปกครองห้อง ป.2 ค่ะ", "ผู้ปกครอง"],
        "reported": ["ไม่เคยค่ะ", "ไม่เคย"],
        "identity": ["ไม่บอกชื่อค่ะ กลัวลูกโดนครูเขม่น", "ไม่บอกชื่อ"],
        "summary": ["ถูกต้องค่ะ ส่งเลย", "ส่ง"],
    },
    Meant(
        kind=("budget",),
        agency=("อบต.ทุ่งกระเต็น",),
        official=("ผอ",),
        district="3105",
        subdistrict="310507",
        date=("2026-11-01", "2026-12-06"),
        story=("22",),
        witnesses="ผู้ปกครอง",
        reported=False,
        anonymous=True,
        evidence=1,
    ),
)

RETIRED_TEACHER = Villager(
    "ครูเกษียณพุทไธสง: writes long formal paragraphs with polite openings, gives his name",
    {
        "none": [
            "เรียนเจ้าหน้าที่ที่เคารพ กระผมเป็นข้าราชการครูบำนาญ มีความประสงค์จะร้องเรียน"
            "เรื่องการจัดซื้อจัดจ้างของเทศบาลครับ",
            "แจ้งเรื่อง",
        ],
        "story": ["กระผมประสงค์จะแจ้งเป็นเรื่องร้องเรียนครับ", "แจ้ง"],
        "consent": ["กระผมได้อ่านแล้วและยินยอมครับ", "ยินยอม"],
        "kind": ["เป็นเรื่องการจัดซื้อจัดจ้างที่ไม่โปร่งใสครับ", "จัดซื้อจัดจ้าง"],
        "agency": ["เทศบาลตำบลพุทไธสงครับ", "ทต.พุทไธสง"],
        "official": ["นายกเทศมนตรีตำบลพุทไธสงครับ", "นายกเทศมนตรี"],
        "district": ["อำเภอพุทไธสง จังหวัดบุรีรัมย์ครับ"],
        "subdistrict": ["ตำบลพุทไธสงครับ", "พุทไธสง"],
        "when": [
            "ประกาศผลเมื่อวันที่ 15 ตุลาคม 2569 ครับ",
            "15 ตุลาคม 2569",
        ],
        "what": [
            "เทศบาลได้ประกาศจัดซื้อเครื่องออกกำลังกายกลางแจ้งจำนวนสิบชุด วงเงินเก้าแสนบาท "
            "โดยวิธีเฉพาะเจาะจง ผู้ได้รับการคัดเลือกเป็นห้างหุ้นส่วนที่มีบุตรชายของนายกเทศมนตรี"
            "เป็นหุ้นส่วน ราคาต่อชุดสูงกว่าท้องตลาดราวสามเท่า และเครื่องที่ติดตั้งชำรุดแล้วสี่ชุด"
            "ภายในเดือนเดียวครับ"
        ],
        "what_more": ["กระผมได้เล่าครบถ้วนแล้วครับ ไม่มีเพิ่มเติม", "ไม่มี"],
        "evidence": ["กระผมมีสำเนาประกาศผลจากเว็บไซต์เทศบาลครับ", photo(), "เสร็จแล้ว"],
        "witnesses": ["ประธานชมรมผู้สูงอายุครับ ไปดูเครื่องด้วยกัน", "ประธานชมรมผู้สูงอายุ"],
        "reported": ["ยังไม่เคยแจ้งที่ใดครับ", "ไม่เคย"],
        "identity": ["กระผมยินดีเปิดเผยชื่อครับ ไม่มีอะไรต้องปิดบัง", "บอกชื่อ"],
        "name": ["นายประเสริฐ วงศ์สวัสดิ์ ครับ"],
        "phone": ["081 765 4320 ครับ"],
        "summary": ["ถูกต้องครบถ้วนครับ ขอบพระคุณครับ", "ส่ง"],
    },
    Meant(
        kind=("procurement", "conflict"),
        agency=("ทต.พุทไธสง", "เทศบาลตำบลพุทไธสง"),
        official=("นายก",),
        district="3109",
        date=("2026-10-15", "2026-10-15"),
        story=("เก้าแสน", "บุตรชาย"),
        witnesses="ประธานชมรม",
        reported=False,
        anonymous=False,
        name="ประเสริฐ วงศ์สวัสดิ์",
        phone="0817654320",
        evidence=1,
    ),
    yes="ใช่ครับ",
)

QUITS_AND_RETURNS = Villager(
    "หนุ่มดอนมน: sends his story first, says 'ไม่เอาแล้ว' at the first question, then comes back",
    {
        "none": ["แจ้งเรื่องครับ"],
        "story": ["แจ้งครับ", "แจ้ง"],
        "consent": ["ไม่เอาแล้วครับ กลัวเรื่องยาว", "เอาครับ ยินยอม แจ้งต่อเถอะ", "ยินยอม"],
        "kind": ["เก็บเงินครับ", "เรียกเงิน"],
        "agency": ["อบต.ดอนมนครับ", "อบต.ดอนมน"],
        "official": ["ผู้ใหญ่บ้านหมู่ 2 ครับ", "ผู้ใหญ่บ้าน"],
        "district": ["สตึกครับ"],
        "subdistrict": ["ดอนมนครับ"],
        "when": ["วันเสาร์ที่แล้วครับ", "28 พฤศจิกายน 2569"],
        "what": ["ตามที่เล่าข้างบนครับ"],
        "what_more": ["ไม่มีครับ", "ไม่มี"],
        "evidence": ["ไม่มีครับ", "ไม่มี"],
        "witnesses": ["เพื่อนบ้านที่มาต่อคิวครับ", "เพื่อนบ้าน"],
        "reported": ["ไม่เคยครับ", "ไม่เคย"],
        "identity": ["ไม่บอกชื่อครับ", "ไม่บอกชื่อ"],
        "summary": ["ถูกครับ ส่ง", "ส่ง"],
    },
    Meant(
        kind=("bribery",),
        agency=("อบต.ดอนมน",),
        official=("ผู้ใหญ่บ้าน",),
        district="3111",
        subdistrict="311109",
        date=("2026-11-28", "2026-12-05"),
        story=("สองร้อย", "ถุงยังชีพ"),
        witnesses="เพื่อนบ้าน",
        reported=False,
        anonymous=True,
        evidence=0,
    ),
    opening=("ผู้ใหญ่บ้านเก็บเงินบ้านละสองร้อยค่าถุงยังชีพที่อำเภอให้ฟรีครับ ใครไม่จ่ายไม่ได้ถุง",),
    yes="ใช่ครับ",
)

CALLED_MIDWAY = Villager(
    "แม่ค้าแสลงโทน: in the middle of filing a call comes telling her they know what she is typing",
    {
        "none": ["แจ้งเรื่องค่ะ", "แจ้งเรื่อง"],
        "story": ["แจ้งค่ะ", "แจ้ง"],
        "consent": ["ยินยอมค่ะ", "ยินยอม"],
        "kind": ["เก็บค่าแผงเกินค่ะ ไม่มีใบเสร็จ", "เรียกเงิน"],
        "agency": ["อบต.แสลงโทนค่ะ", "อบต.แสลงโทน"],
        "official": ["เจ้าหน้าที่เก็บค่าตลาดของ อบต. ค่ะ", "เจ้าหน้าที่"],
        "district": ["ประโคนชัยค่ะ"],
        "subdistrict": ["แสลงโทนค่ะ"],
        "when": [
            threat(
                "เดี๋ยวนะคะ เพิ่งมีเบอร์แปลกโทรมาบอกว่ารู้นะว่ากำลังพิมพ์อะไรอยู่ ให้คิดถึงลูกที่ไปโรงเรียนคนเดียวไว้ด้วย"
            ),
            "ทุกวันพุธตลาดนัดค่ะ ตั้งแต่เดือนตุลา",
            "ตุลาคม 2569 ถึงตอนนี้",
        ],
        "what": [
            "ค่าแผงตลาดนัดวันพุธ ประกาศไว้แผงละยี่สิบ แต่เจ้าหน้าที่เก็บห้าสิบ ใครไม่จ่ายให้ไปตั้งท้ายตลาดตรงที่น้ำขังค่ะ"
        ],
        "what_more": ["ไม่มีค่ะ", "ไม่มี"],
        "evidence": ["ไม่มีค่ะ", "ไม่มี"],
        "witnesses": ["แม่ค้าแผงผักข้างๆ ค่ะ", "แม่ค้า"],
        "reported": ["ไม่เคยค่ะ", "ไม่เคย"],
        "identity": ["ไม่บอกชื่อค่ะ", "ไม่บอกชื่อ"],
        "summary": ["ถูกต้องค่ะ ส่ง", "ส่ง"],
    },
    Meant(
        kind=("bribery", "abuse"),
        agency=("อบต.แสลงโทน",),
        official=("เจ้าหน้าที่",),
        district="3107",
        subdistrict="310702",
        date=("2026-10-01", "2026-12-06"),
        story=("ยี่สิบ", "ห้าสิบ"),
        witnesses="แม่ค้า",
        reported=False,
        anonymous=True,
        evidence=0,
    ),
)

WHO_SEES_MY_NAME = Villager(
    "สาวโรงงานเสาเดียว: asks 'ใครจะเห็นชื่อหนู' again and again before she answers",
    {
        "none": ["แจ้งเรื่องค่ะ", "แจ้งเรื่อง"],
        "story": ["แจ้งค่ะ", "แจ้ง"],
        "consent": [asks("ใครจะเห็นชื่อหนูบ้างคะ", WHO_SEES), "ยินยอมค่ะ"],
        "kind": ["เรียกเงินค่ะ", "เรียกเงิน"],
        "agency": ["อบต.เสาเดียวค่ะ", "อบต.เสาเดียว"],
        "official": ["ผู้ช่วยผู้ใหญ่บ้านค่ะ", "ผู้ช่วยผู้ใหญ่บ้าน"],
        "district": ["หนองหงส์ค่ะ"],
        "subdistrict": ["เสาเดียวค่ะ"],
        "when": ["วันอังคารที่ผ่านมาค่ะ", "1 ธันวาคม 2569"],
        "what": [
            "ผู้ช่วยเก็บเงินคนละพันห้า บอกเป็นค่าฝากเข้าทำงานโรงงานในนิคม หนูจ่ายไปแล้วแต่ไม่ได้งาน ขอคืนก็ไม่ให้ค่ะ"
        ],
        "what_more": ["ไม่มีค่ะ", "ไม่มี"],
        "evidence": ["มีสลิปโอนเงินค่ะ", photo(), "เสร็จแล้ว"],
        "witnesses": [asks("ถ้าบอกชื่อเพื่อน เขาจะรู้ไหมคะว่าใครบอก", NOT_TOLD), "เพื่อนที่จ่ายด้วยกันค่ะ"],
        "reported": ["ไม่เคยค่ะ", "ไม่เคย"],
        "identity": [asks("ชื่อหนูจะไปถึงผู้ช่วยไหมคะ", NOT_TOLD), "ไม่บอกชื่อค่ะ"],
        "summary": ["ถูกต้องค่ะ ส่ง", "ส่ง"],
    },
    Meant(
        kind=("bribery",),
        agency=("อบต.เสาเดียว",),
        official=("ผู้ช่วยผู้ใหญ่บ้าน",),
        district="3114",
        subdistrict="311405",
        date=("2026-11-24", "2026-12-01"),
        story=("พันห้า",),
        witnesses="เพื่อน",
        reported=False,
        anonymous=True,
        evidence=1,
    ),
)

SUAI_FARMER = Villager(
    "ชาวนากูย (ส่วย) สนวน: speaks Kui at home; types Thai with a Kui word now and then, glossed",
    {
        "none": ["อาจ๊ะ(ตา)ให้มาแจ้งเรื่องครับ", "แจ้งเรื่อง"],
        "story": ["แจ้งครับ", "แจ้ง"],
        "consent": ["ยินยอมครับ", "ยินยอม"],
        "kind": ["เขาเอาของแจกชาวบ้านไปครับ", "โกงงบ"],
        "agency": ["อบต.สนวนครับ", "อบต.สนวน"],
        "official": ["กำนันครับ", "กำนัน"],
        "district": ["ห้วยราชครับ"],
        "subdistrict": ["สนวนครับ หมู่บ้านคนกูย"],
        "when": ["ตอนเกี่ยวข้าว เดือนพฤศจิกาครับ", "พฤศจิกายน 2569"],
        "what": [
            "พันธุ์ข้าวที่กรมการข้าวแจกให้ครัวละสองกระสอบ กำนันเอาไปขายร้านที่ตลาด "
            "คนกูยบ้านเราไม่ได้สักครัว เขาว่าพวกเราพูดไทยไม่ชัดไม่ต้องได้ครับ"
        ],
        "what_more": ["ไม่มีครับ", "ไม่มี"],
        "evidence": ["ไม่มีครับ", "ไม่มี"],
        "witnesses": ["ตาบุญมีผู้เฒ่าประจำหมู่บ้านครับ", "ตาบุญมี"],
        "reported": ["ไม่เคยครับ", "ไม่เคย"],
        "identity": ["ไม่บอกชื่อครับ", "ไม่บอกชื่อ"],
        "summary": ["ถูกครับ ส่ง", "ส่ง"],
    },
    Meant(
        kind=("budget",),
        agency=("อบต.สนวน",),
        official=("กำนัน",),
        district="3116",
        subdistrict="311605",
        date=("2026-11-01", "2026-11-30"),
        story=("สองกระสอบ",),
        witnesses="บุญมี",
        reported=False,
        anonymous=True,
        evidence=0,
    ),
    yes="ใช่ครับ",
)

DATE_TWICE = Villager(
    "ลุงกระสัง: gives a date, corrects it, and corrects it again from the receipt at the summary",
    {
        "none": ["แจ้งเรื่องครับ", "แจ้งเรื่อง"],
        "story": ["แจ้งครับ", "แจ้ง"],
        "consent": ["ยินยอมครับ", "ยินยอม"],
        "kind": ["เรียกเงินครับ", "เรียกเงิน"],
        "agency": ["อบต.กระสังครับ", "อบต.กระสัง"],
        "official": ["ปลัด อบต. ครับ", "ปลัด"],
        "district": ["กระสังครับ"],
        "subdistrict": ["ตำบลกระสังครับ"],
        "when": ["วันพุธที่แล้วครับ", "25 พฤศจิกายน 2569"],
        "what": ["ปลัดเรียกค่าเซ็นใบรับรองการทำประโยชน์ที่ดินสามพันครับ เขียนใบเสร็จให้ด้วยลายมือ"],
        "what_more": ["ขอแก้วันครับ ไม่ใช่วันพุธ เป็นวันพฤหัสที่ 26", "ไม่มีครับ", "ไม่มี"],
        "evidence": ["มีใบเสร็จครับ", photo(), "เสร็จแล้ว"],
        "witnesses": ["ลูกชายไปด้วยครับ", "ลูกชาย"],
        "reported": ["ไม่เคยครับ", "ไม่เคย"],
        "identity": ["ไม่บอกชื่อครับ", "ไม่บอกชื่อ"],
        "summary": [
            "ขอแก้วันอีกทีครับ ดูในใบเสร็จแล้ว เป็นวันศุกร์ที่ 27 พฤศจิกา",
            "ถูกต้องครับ ส่ง",
            "ส่ง",
        ],
    },
    Meant(
        kind=("bribery",),
        agency=("อบต.กระสัง",),
        official=("ปลัด",),
        district="3103",
        date=("2026-11-27", "2026-11-27"),
        story=("สามพัน",),
        witnesses="ลูกชาย",
        reported=False,
        anonymous=True,
        evidence=1,
    ),
    yes="ใช่ครับ",
)

LATIN_ONLY = Villager(
    "หนุ่มหินลาด: his phone has no Thai keyboard; types Thai in Latin letters throughout",
    {
        "none": ["jaeng rueang krub", "แจ้งเรื่อง"],
        "story": ["jaeng krub", "แจ้ง"],
        "consent": ["yinyom krub", "ยินยอม"],
        "kind": ["kin ngop krub, tanon", "โกงงบ"],
        "agency": ["obt hin lat krub", "อบต.หินลาด"],
        "official": ["nayok obt krub", "นายก อบต."],
        "district": ["ban kruat krub"],
        "subdistrict": ["hin lat krub", "หินลาด"],
        "when": ["duean tula krub", "ตุลาคม 2569"],
        "what": [
            "tanon khonkreet sai ban nong ta pai na, sang set duean tula, "
            "pai sam athit taek mod laew, pai pen din duean diao krub"
        ],
        "what_more": ["mai mee laew krub", "ไม่มี"],
        "evidence": ["mee rup tanon taek krub", photo(), "set laew"],
        "witnesses": ["khon nai moo ban thuk khon krub", "คนในหมู่บ้าน"],
        "reported": ["mai khoei krub", "ไม่เคย"],
        "identity": ["mai bok chue krub", "ไม่บอกชื่อ"],
        "summary": ["thuk tong krub, song loei", "ส่ง"],
    },
    Meant(
        kind=("budget", "procurement"),
        agency=("อบต.หินลาด",),
        official=("นายก",),
        district="3108",
        subdistrict="310806",
        date=("2026-10-01", "2026-10-31"),
        reported=False,
        anonymous=True,
        evidence=1,
    ),
    yes="chai krub",
)

VOLUNTEER_FOR_THREE = Villager(
    "อสม.ละลวด: files one complaint for three old neighbours whose allowance is cut",
    {
        "none": [
            asks("อสม.แจ้งแทนคนแก่ในหมู่บ้านสามคนได้ไหมคะ เขาพิมพ์ไม่เป็น", FOR_SOMEONE),
            "แจ้งเรื่องค่ะ",
        ],
        "story": ["แจ้งค่ะ", "แจ้ง"],
        "consent": ["ยินยอมค่ะ ทั้งสามคนก็ยินยอมแล้ว", "ยินยอม"],
        "kind": ["หักเงินเบี้ยยังชีพผู้สูงอายุค่ะ", "โกงงบ"],
        "agency": ["อบต.ละลวดค่ะ", "อบต.ละลวด"],
        "official": ["ผู้ใหญ่บ้านหมู่ 6 ค่ะ เป็นคนรับเงินแทน", "ผู้ใหญ่บ้าน"],
        "district": ["ชำนิค่ะ"],
        "subdistrict": ["ละลวดค่ะ"],
        "when": ["ทุกเดือนตั้งแต่มิถุนาค่ะ", "มิถุนายน 2569 ถึงตอนนี้"],
        "what": [
            "ยายคำ ตาเหลือง และยายบุญ ได้เบี้ยคนแก่เดือนละ 600 ถึง 700 ผู้ใหญ่บ้านรับแทน "
            "แล้วให้คนละ 400 บอกว่าหักค่าเดินทาง ทั้งสามคนเดินไม่ไหว เลยให้ผู้ใหญ่รับแทนค่ะ"
        ],
        "what_more": ["ไม่มีแล้วค่ะ", "ไม่มี"],
        "evidence": ["ไม่มีค่ะ มีแต่สมุดบัญชีของยายคำ เดี๋ยวส่งทีหลัง", "ไม่มี"],
        "witnesses": ["ยายคำ ตาเหลือง ยายบุญ เองค่ะ", "ยายคำ"],
        "reported": ["ไม่เคยค่ะ", "ไม่เคย"],
        "identity": ["ไม่บอกชื่อค่ะ", "ไม่บอกชื่อ"],
        "summary": ["ถูกต้องค่ะ ส่งเลย", "ส่ง"],
    },
    Meant(
        kind=("budget", "bribery"),
        agency=("อบต.ละลวด",),
        official=("ผู้ใหญ่บ้าน",),
        district="3118",
        subdistrict="311805",
        date=("2026-06-01", "2026-12-06"),
        story=("400",),
        witnesses="ยายคำ",
        reported=False,
        anonymous=True,
        evidence=0,
    ),
)

VILLAGERS = {
    "rubber_tapper": RUBBER_TAPPER,
    "lunch_money": LUNCH_MONEY,
    "retired_teacher": RETIRED_TEACHER,
    "quits_and_returns": QUITS_AND_RETURNS,
    "called_midway": CALLED_MIDWAY,
    "who_sees_my_name": WHO_SEES_MY_NAME,
    "suai_farmer": SUAI_FARMER,
    "date_twice": DATE_TWICE,
    "latin_only": LATIN_ONLY,
    "volunteer_for_three": VOLUNTEER_FOR_THREE,
}

SEALED = set(random.Random(16).sample(list(VILLAGERS), 5))
DIAG = set(VILLAGERS) - SEALED
