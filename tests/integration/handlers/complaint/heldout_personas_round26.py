"""Held-out villagers, round 26: ten new kinds of people written by a tester who read neither
the bot's rules nor its word lists nor its training examples; played by the driver of the first
held-out people (`heldout_personas.play`). Among them: a rubber tapper who types Isan in
fragments, a grandmother whose grandson types for her, a teacher who writes one long formal
message, a young delivery rider who types Thai in Latin letters, a woman threatened while she
tells what happened, a man who sends his story in five bubbles before anything is asked, a
shopkeeper who asks three questions back, a Khmer-Thai rice farmer, an English-speaking foreign
spouse, and a woman who cancels at once and then starts again.
Five, chosen at random (`random.Random(26).sample(sorted(VILLAGERS), 5)`), are SEALED: their
failures are only counted, never described to whoever fixes the conversation.

Dates are as said on Monday 7 December 2026 (BE 2569). Where a phrase can honestly mean more
than one day, the span covers every reading. Districts and sub-districts are DOPA codes checked
against geothai's data (geothai/_data/subdistricts.json), not against the product's files.
"""

from __future__ import annotations

import random

from tests.integration.handlers.complaint.heldout_personas import Meant, Villager, asks, threat
from tests.integration.handlers.complaint.personas import photo

# Replies a question back must get (what any honest answer to it contains).
NOT_TOLD = r"ไม่.{0,30}(บอก|เปิดเผย|รู้)|ลับ|ปกปิด|ไม่ระบุ|anonym|confidential|not (be )?(shared|told)"
IS_BOT = r"บอท|ระบบ|อัตโนมัติ|โปรแกรม|bot|automat|เจ้าหน้าที่"
KEPT = r"เก็บ|ปี|เดือน|ลบ|kept|year|delete"
CAN_WITHDRAW = r"ถอน|ยกเลิก|withdraw|cancel"
NO_NAME = (
    r"ไม่.{0,20}(ต้อง|จำเป็น).{0,20}(ชื่อ|บอก)|ไม่บอกชื่อ|ไม่ระบุ|anonym|don't have to|not (need|have) to"
)

RUBBER_TAPPER = Villager(
    "ลุงเหลา: taps rubber before dawn, types Isan in fragments of two or three words",
    {
        "none": ["สิแจ้ง เรื่องกล้ายาง", "แจ้งเรื่อง"],
        "story": ["แจ้งโลด", "แจ้ง"],
        "consent": ["ได้ ยอม", "ยินยอม"],
        "kind": ["กล้ายางหลวง เพิ่นเอาไปขาย", "โกงของหลวง"],
        "agency": ["อบต ห้วยหิน", "อบต.ห้วยหิน"],
        "official": ["ผู้ช่วย ผญบ หมู่ 9", "ผู้ช่วยผู้ใหญ่บ้าน"],
        "district": ["หนองหงส์", "อำเภอหนองหงส์"],
        "subdistrict": ["ห้วยหิน", "ตำบลห้วยหิน"],
        "when": ["ต้นฝน ปีนี่", "มิถุนายน 2569"],
        "what": ["กล้ายาง แจกฟรี คนละ 50 ต้น ข้อยได้ 20 ที่เหลือ เพิ่นขาย ต้นละ 15"],
        "what_more": ["บ่มีแล้ว", "ไม่มี"],
        "evidence": ["บ่มี", "ไม่มี"],
        "witnesses": ["ทิดจันทร์ กะได้ 20 คือกัน", "ทิดจันทร์"],
        "reported": ["บ่เคย", "ยังไม่เคย"],
        "identity": ["บ่บอกชื่อ", "ไม่บอกชื่อ"],
        "summary": ["แม่น ส่งโลด", "ส่ง"],
    },
    Meant(
        kind=("budget", "abuse", "bribery"),
        agency=("อบต.ห้วยหิน",),
        official=("ผู้ช่วย",),
        district="3114",
        subdistrict="311402",
        date=("2026-05-01", "2026-07-31"),
        story=("กล้ายาง",),
        witnesses="จันทร์",
        reported=False,
        anonymous=True,
    ),
    yes="แม่นแล้ว",
)

GRANDSON_TYPES = Villager(
    "ยายทองใบ: cannot read; her grandson types what she says, in her voice and his",
    {
        "none": ["ผมพิมพ์แทนยายนะครับ ยายอยากแจ้งเรื่องซ่อมบ้านคนจน", "แจ้งเรื่อง"],
        "story": ["ยายบอกว่าแจ้งครับ", "แจ้ง"],
        "consent": ["ยายบอกยอมครับ", "ยินยอม"],
        "kind": ["ยายว่าเงินซ่อมบ้านหายไปครึ่งนึงครับ", "ใช้งบไม่ถูก"],
        "agency": ["อบต.สะแกซำครับ", "อบต.สะแกซำ"],
        "official": ["ยายว่าคนที่มาวัดบ้านเป็นกองช่าง อบต. ไม่รู้ชื่อครับ", "กองช่าง"],
        "district": ["เมืองบุรีรัมย์ครับ", "อำเภอเมืองบุรีรัมย์"],
        "subdistrict": ["สะแกซำครับ", "ตำบลสะแกซำ"],
        "when": ["ยายว่าก่อนออกพรรษาครับ ประมาณเดือนกันยา", "กันยายน 2569"],
        "what": [
            "ยายได้ชื่อในโครงการซ่อมบ้านผู้ยากไร้ งบ 40,000 บาท เขามาเปลี่ยนสังกะสีแค่ครึ่งหลัง"
            " ฝาบ้านไม่ได้ทำ บอกว่าเงินหมดแล้ว ยายอยู่คนเดียวครับ ฝนตกก็รั่ว"
        ],
        "what_more": ["ยายว่าแค่นี้ครับ", "ไม่มี"],
        "evidence": [photo(), photo(), "รูปหลังคาครับ ครบแล้ว", "เสร็จแล้ว"],
        "witnesses": ["ลุงบุญเพ็งบ้านข้างๆ เห็นตอนเขามาทำครับ", "ลุงบุญเพ็ง"],
        "reported": ["ยายว่าไม่เคยแจ้งที่ไหนครับ", "ยังไม่เคย"],
        "identity": ["ยายไม่อยากบอกชื่อครับ กลัวเขาไม่มาซ่อมต่อ", "ไม่บอกชื่อ"],
        "summary": ["ผมอ่านให้ยายฟังแล้ว ถูกครับ ส่งเลย", "ส่ง"],
    },
    Meant(
        kind=("budget", "procurement"),
        agency=("อบต.สะแกซำ",),
        official=("กองช่าง",),
        district="3101",
        subdistrict="310125",
        date=("2026-09-01", "2026-10-31"),
        story=("40,000",),
        witnesses="บุญเพ็ง",
        reported=False,
        anonymous=True,
        evidence=2,
    ),
    yes="ใช่ครับ",
)

LUNCH_LETTER = (
    "เรียน ผู้เกี่ยวข้อง ดิฉันเป็นครูโรงเรียนบ้านโคกสูง ตำบลโคกสูง อำเภอหนองกี่ จังหวัดบุรีรัมย์ "
    "ขอร้องเรียนกรณีงบประมาณอาหารกลางวันนักเรียน ซึ่งได้รับอัตราคนละ 36 บาทต่อวัน แต่ผู้อำนวยการ"
    "สั่งให้แม่ครัวจัดอาหารไม่เกินคนละ 20 บาท โดยให้ร้านค้าของภรรยาผู้อำนวยการเป็นผู้ส่งวัตถุดิบ "
    "และออกใบเสร็จเต็มจำนวน เหตุการณ์เกิดขึ้นตั้งแต่เปิดภาคเรียนที่ 2 คือวันที่ 1 พฤศจิกายน 2569 "
    "จนถึงปัจจุบัน จึงเรียนมาเพื่อโปรดพิจารณา"
)

FORMAL_TEACHER = Villager(
    "ครูวาสนา: writes one long formal letter, then answers formally; gives her name",
    {
        "none": [LUNCH_LETTER, "แจ้งเรื่อง"],
        "story": ["ประสงค์จะแจ้งเป็นเรื่องร้องเรียนค่ะ", "แจ้ง"],
        "consent": ["ดิฉันยินยอมค่ะ", "ยินยอม"],
        "kind": ["เป็นการทุจริตงบประมาณและมีผลประโยชน์ทับซ้อนค่ะ", "ใช้งบไม่ถูก"],
        "agency": ["โรงเรียนบ้านโคกสูง ตามที่เรียนไว้ข้างต้นค่ะ", "โรงเรียนบ้านโคกสูง"],
        "official": ["ผู้อำนวยการโรงเรียนค่ะ", "ผู้อำนวยการ"],
        "district": ["อำเภอหนองกี่ค่ะ", "หนองกี่"],
        "subdistrict": ["ตำบลโคกสูงค่ะ", "โคกสูง"],
        "when": ["ตั้งแต่วันที่ 1 พฤศจิกายน 2569 จนถึงปัจจุบันค่ะ", "1 พฤศจิกายน 2569"],
        "what": ["ได้เรียนรายละเอียดไว้ในข้อความแรกแล้วค่ะ"],
        "what_more": ["ไม่มีข้อมูลเพิ่มเติมค่ะ", "ไม่มี"],
        "evidence": ["มีสำเนาใบเสร็จค่ะ จะส่งให้ภายหลัง", "ส่งทีหลัง"],
        "witnesses": ["แม่ครัวของโรงเรียน นางสมหมาย ค่ะ", "นางสมหมาย"],
        "reported": ["ยังไม่เคยแจ้งหน่วยงานใดค่ะ", "ยังไม่เคย"],
        "identity": ["ดิฉันยินดีเปิดเผยชื่อค่ะ", "บอกชื่อ"],
        "name": ["นางวาสนา ศรีสุข"],
        "phone": ["081-726-4450"],
        "summary": ["ข้อมูลถูกต้องค่ะ กรุณาส่งเรื่อง", "ส่ง"],
    },
    Meant(
        kind=("budget", "conflict"),
        agency=("โรงเรียนบ้านโคกสูง",),
        official=("ผู้อำนวยการ", "ผอ"),
        district="3105",
        subdistrict="310509",
        date=("2026-11-01", "2026-12-07"),
        story=("36 บาท",),
        witnesses="สมหมาย",
        reported=False,
        anonymous=False,
        name="วาสนา ศรีสุข",
        phone="0817264450",
    ),
)

RIDER = Villager(
    "บอส: a young food-delivery rider, types Thai in Latin letters, short",
    {
        "none": ["sawasdee krub ja jaeng rueang tamruat riak ngern", "แจ้งเรื่อง"],
        "story": ["jaeng krub", "แจ้ง"],
        "consent": ["yinyom krub", "ยินยอม"],
        "kind": ["tamruat riak ngern krub", "เรียกเงิน"],
        "agency": ["sathani tamruat nangrong krub", "สถานีตำรวจภูธรนางรอง"],
        "official": ["tamruat jarajorn tee dan truat krub", "ตำรวจจราจร"],
        "district": ["nangrong", "นางรอง"],
        "subdistrict": ["nangrong krub", "ตำบลนางรอง"],
        "when": ["muea wan sao krub", "5 ธันวาคม 2569"],
        "what": [
            "dan truat na talad nangrong jab rider tuk khon bok mai mee bai kub kee "
            "tae phom mee bai kub kee laew ka yang tong jai 300 mai mee bai set"
        ],
        "what_more": ["mai mee laew krub", "ไม่มี"],
        "evidence": ["mai mee krub", "ไม่มี"],
        "witnesses": ["pheun rider ik 2 khon krub chue ton kub bank", "ton kub bank"],
        "reported": ["mai koei krub", "ยังไม่เคย"],
        "identity": ["mai bok chue krub", "ไม่บอกชื่อ"],
        "summary": ["thuk krub song loei", "ส่ง"],
    },
    Meant(
        kind=("bribery", "abuse"),
        agency=("สถานีตำรวจภูธรนางรอง", "สภ.นางรอง", "สถานีตำรวจนางรอง"),
        official=("ตำรวจ", "tamruat"),
        district="3104",
        subdistrict="310401",
        date=("2026-12-05", "2026-12-05"),
        story=("300",),
        witnesses="ton",
        reported=False,
        anonymous=True,
    ),
    yes="chai krub",
)

BOTTLE_THREAT = (
    "ขอโทษค่ะ ขอพักเรื่องเล่าก่อน เมื่อคืนมีคนเอาขวดน้ำมันมาวางไว้หน้าประตูบ้าน "
    "มีกระดาษเขียนว่า ยุ่งเรื่องถนนอีกบ้านไหม้แน่ หนูกลัวมากค่ะ"
)

THREATENED_AT_WHAT = Villager(
    "พี่จอย: a laterite road paid for and never laid; threatened while she tells what happened",
    {
        "none": ["อยากแจ้งเรื่องถนนลูกรังค่ะ", "แจ้งเรื่อง"],
        "story": ["แจ้งค่ะ", "แจ้ง"],
        "consent": ["ยินยอมค่ะ", "ยินยอม"],
        "kind": ["ถนนเบิกเงินแล้วแต่ไม่ได้ทำค่ะ", "ใช้งบไม่ถูก"],
        "agency": ["อบต.หนองกะทิงค่ะ", "อบต.หนองกะทิง"],
        "official": ["ปลัด อบต. ค่ะ", "ปลัด"],
        "district": ["ลำปลายมาศค่ะ", "อำเภอลำปลายมาศ"],
        "subdistrict": ["หนองกะทิงค่ะ", "ตำบลหนองกะทิง"],
        "when": ["ประกาศเสร็จงานเมื่อสิงหาคมค่ะ", "สิงหาคม 2569"],
        "what": [
            threat(BOTTLE_THREAT),
            "ถนนลูกรังหมู่ 11 ยาวสองกิโล ป้ายบอกเสร็จแล้ว งบ 480,000 แต่ไม่มีรถมาลงดินสักคันค่ะ",
            "ถนนลูกรังหมู่ 11 งบ 480,000 ไม่ได้ทำ",
        ],
        "what_more": ["ไม่มีแล้วค่ะ", "ไม่มี"],
        "evidence": [photo(), "รูปป้ายโครงการค่ะ พอแล้ว", "เสร็จแล้ว"],
        "witnesses": ["ทั้งหมู่ 11 ค่ะ", "ชาวบ้านหมู่ 11"],
        "reported": ["ยังไม่เคยค่ะ", "ยังไม่เคย"],
        "identity": ["ไม่บอกชื่อแน่นอนค่ะ", "ไม่บอกชื่อ"],
        "summary": ["ถูกต้องค่ะ ส่ง", "ส่ง"],
    },
    Meant(
        kind=("budget", "procurement"),
        agency=("อบต.หนองกะทิง",),
        official=("ปลัด",),
        district="3110",
        subdistrict="311006",
        date=("2026-08-01", "2026-08-31"),
        story=("480,000",),
        witnesses="หมู่ 11",
        reported=False,
        anonymous=True,
        evidence=1,
    ),
)

FIVE_BUBBLES = Villager(
    "น้าชัย: sends the story in five bubbles, cut mid-sentence, before anything is asked",
    {
        "none": ["แจ้งเรื่องครับ"],
        "story": ["แจ้งครับ", "แจ้ง"],
        "consent": ["ได้ครับ", "ยินยอม"],
        "kind": ["เก็บเงินไม่มีใบเสร็จครับ", "เรียกเงิน"],
        "agency": ["บอกไปแล้วครับ อบต.บ้านดู่", "อบต.บ้านดู่"],
        "official": ["คนขับรถขยะของ อบต. ครับ", "คนขับรถขยะ"],
        "district": ["นาโพธิ์ครับ", "อำเภอนาโพธิ์"],
        "subdistrict": ["บ้านดู่ครับ", "ตำบลบ้านดู่"],
        "when": ["ตั้งแต่เดือนกันยาครับ", "กันยายน 2569"],
        "what": ["ที่พิมพ์ไปข้างบนครับ", "เล่าไปแล้ว"],
        "what_more": ["ไม่มีแล้วครับ", "ไม่มี"],
        "evidence": ["ไม่มีครับ", "ไม่มี"],
        "witnesses": ["บ้านแถวนั้นทุกหลังครับ เจ๊ติ๋มร้านชำ", "เจ๊ติ๋ม"],
        "reported": ["ยังครับ", "ยังไม่เคย"],
        "identity": ["ไม่บอกครับ", "ไม่บอกชื่อ"],
        "summary": ["ถูกครับ ส่ง", "ส่ง"],
    },
    Meant(
        kind=("bribery",),
        agency=("อบต.บ้านดู่",),
        official=("รถขยะ",),
        district="3113",
        subdistrict="311303",
        date=("2026-09-01", "2026-12-07"),
        story=("ขยะ", "100"),
        witnesses="ติ๋ม",
        reported=False,
        anonymous=True,
    ),
    opening=(
        "คือว่าครับ รถขยะของ อบต.บ้านดู่",
        "มาเก็บขยะหมู่ 3 ทุกวันพุธ แล้วก็",
        "คนขับเรียกเก็บบ้านละ 100 บาทต่อเดือน บอกว่าค่าเก็บขยะ",
        "แต่ อบต. ประกาศว่าฟรี ไม่มีใบเสร็จ",
        "บ้านไหนไม่จ่ายเขาก็ไม่เก็บ ขยะกองหน้าบ้านเหม็นไปหมดครับ",
    ),
    yes="ใช่ครับ",
)

SHOPKEEPER = Villager(
    "เจ๊หน่อย: runs the village shop, asks three questions back before she trusts it",
    {
        "none": [asks("นี่คุยกับคนหรือคอมคะ", IS_BOT), "จะแจ้งเรื่องแท็งก์น้ำค่ะ", "แจ้งเรื่อง"],
        "story": ["แจ้งค่ะ", "แจ้ง"],
        "consent": [asks("ข้อมูลที่ให้ไปเก็บไว้นานแค่ไหนคะ", KEPT), "ยินยอมค่ะ", "ยินยอม"],
        "kind": ["ซื้อแท็งก์น้ำแพงเกินจริงค่ะ", "จัดซื้อจัดจ้าง"],
        "agency": ["อบต.จันดุมค่ะ", "อบต.จันดุม"],
        "official": ["เจ้าหน้าที่พัสดุ อบต. ค่ะ", "เจ้าหน้าที่พัสดุ"],
        "district": ["พลับพลาชัยค่ะ", "อำเภอพลับพลาชัย"],
        "subdistrict": ["จันดุมค่ะ", "ตำบลจันดุม"],
        "when": ["ต้นเดือนที่แล้วค่ะ", "ต้นเดือนพฤศจิกายน 2569"],
        "what": [
            "อบต. ซื้อแท็งก์น้ำพลาสติก 2,000 ลิตร ให้หมู่บ้าน 12 ใบ ใบละ 9,500 บาท "
            "ร้านหนูขายรุ่นเดียวกันใบละ 4,200 ค่ะ ซื้อจากร้านในเมืองร้านเดียว"
        ],
        "what_more": ["ไม่มีแล้วค่ะ", "ไม่มี"],
        "evidence": ["ไม่มีค่ะ", "ไม่มี"],
        "witnesses": ["ไม่มีค่ะ", "ไม่มี"],
        "reported": ["ยังไม่เคยค่ะ", "ยังไม่เคย"],
        "identity": [asks("ต้องบอกชื่อไหมคะ", NO_NAME), "ไม่บอกค่ะ", "ไม่บอกชื่อ"],
        "summary": [asks("ถ้าส่งแล้วเปลี่ยนใจ ถอนได้ไหมคะ", CAN_WITHDRAW), "ถูกต้องค่ะ ส่งเลย", "ส่ง"],
    },
    Meant(
        kind=("procurement",),
        agency=("อบต.จันดุม",),
        official=("พัสดุ",),
        district="3115",
        subdistrict="311501",
        date=("2026-11-01", "2026-11-10"),
        story=("9,500",),
        witnesses="",
        reported=False,
        anonymous=True,
    ),
)

KHMER_FARMER = Villager(
    "ตาแสง: Khmer-Thai rice farmer, ends lines with บาด, a few Khmer words",
    {
        "none": ["จุมเรียบซัวบาด ตาสิแจ้งเรื่องคลองส่งน้ำ", "แจ้งเรื่อง"],
        "story": ["แจ้งบาด", "แจ้ง"],
        "consent": ["บาด ยอม", "ยินยอม"],
        "kind": ["ขุดคลองไม่ครบ เงินหายบาด", "ใช้งบไม่ถูก"],
        "agency": ["อบต.ตะโกตาพิบาด", "อบต.ตะโกตาพิ"],
        "official": ["นายก อบต. บาด", "นายก อบต."],
        "district": ["ประโคนชัยบาด", "อำเภอประโคนชัย"],
        "subdistrict": ["ตะโกตาพิบาด", "ตำบลตะโกตาพิ"],
        "when": ["ก่อนดำนา เดือนหกบาด", "พฤษภาคม 2569"],
        "what": [
            "ป้ายบอกขุดลอกคลองส่งน้ำยาว 3 กิโล งบ 350,000 แต่รถแม็คโครมาขุดแค่ครึ่งกิโลแล้วหนีไป "
            "นาตาอยู่ปลายคลอง น้ำบ่มาเลยบาด"
        ],
        "what_more": ["อ็อตเมียนบาด", "ไม่มี"],
        "evidence": [photo(), "รูปป้ายบาด อ็อตเมียนแล้ว", "เสร็จแล้ว"],
        "witnesses": ["ตาเปรียงนาติดกันบาด", "ตาเปรียง"],
        "reported": ["เคยบอกผู้ใหญ่บ้านบาด ผู้ใหญ่ว่ารอ", "เคย"],
        "reported_to": ["ผู้ใหญ่บ้านบาด", "ผู้ใหญ่บ้าน"],
        "reported_ref": ["อ็อตเมียนบาด", "ไม่มี"],
        "identity": ["อ็อตบอกชื่อบาด", "ไม่บอกชื่อ"],
        "summary": ["ตรูวบาด ส่ง", "ส่ง"],
    },
    Meant(
        kind=("budget", "procurement"),
        agency=("อบต.ตะโกตาพิ",),
        official=("นายก",),
        district="3107",
        subdistrict="310714",
        date=("2026-04-01", "2026-06-30"),
        story=("350,000",),
        witnesses="เปรียง",
        reported=True,
        reported_to="ผู้ใหญ่บ้าน",
        anonymous=True,
        evidence=1,
    ),
    yes="บาด",
)

FOREIGN_SPOUSE = Villager(
    "Greta: a Swedish wife in Buriram town, asked for tea money to enrol her stepdaughter",
    {
        "none": ["Hi, do you speak English? I need to report something", "I want to report"],
        "story": ["Yes, please file it", "yes"],
        "consent": ["Yes, I consent", "I agree"],
        "kind": ["The school wanted an extra payment to accept my stepdaughter", "bribery"],
        "agency": ["Ban Sawai Chik School", "โรงเรียนบ้านสวายจีก"],
        "official": ["the deputy director of the school", "deputy director"],
        "district": ["Mueang Buriram", "Mueang Buri Ram"],
        "subdistrict": ["Sawai Chik", "สวายจีก"],
        "when": ["last Tuesday", "1 December 2026"],
        "what": [
            "We went to enrol my stepdaughter in grade 4. The deputy director said there were no "
            "seats unless we made a 'donation' of 8,000 baht in cash, with no receipt. My husband "
            "paid because we had no choice."
        ],
        "what_more": ["Nothing more, thank you", "no"],
        "evidence": ["No, nothing in writing", "none"],
        "witnesses": ["My husband Somchai was with me", "Somchai"],
        "reported": ["No, not yet", "no"],
        "identity": ["I'd rather stay anonymous", "anonymous"],
        "summary": ["That's correct, please send it", "send"],
    },
    Meant(
        kind=("bribery",),
        agency=("โรงเรียนบ้านสวายจีก", "Ban Sawai Chik School"),
        official=("deputy", "รองผู้อำนวยการ", "รองผอ"),
        district="3101",
        subdistrict="310106",
        date=("2026-12-01", "2026-12-01"),
        story=("8,000",),
        witnesses="Somchai",
        reported=False,
        anonymous=True,
    ),
    yes="yes",
    speaks="en",
)

RESTARTER = Villager(
    "น้องฝน: starts, cancels at once, then starts again from the beginning",
    {
        "none": ["ขอแจ้งเรื่องใหม่ค่ะ", "แจ้งเรื่อง"],
        "story": ["แจ้งค่ะ", "แจ้ง"],
        "consent": ["ยินยอมค่ะ", "ยินยอม"],
        "kind": ["ให้บริษัทเมียนายกรับเหมาค่ะ", "ผลประโยชน์ทับซ้อน"],
        "agency": ["อบต.ดงพลองค่ะ", "อบต.ดงพลอง"],
        "official": ["นายก อบต. ค่ะ", "นายก อบต."],
        "district": ["แคนดงค่ะ", "อำเภอแคนดง"],
        "subdistrict": ["ดงพลองค่ะ", "ตำบลดงพลอง"],
        "when": ["เดือนตุลาที่ผ่านมาค่ะ", "ตุลาคม 2569"],
        "what": [
            "โครงการวางท่อประปาหมู่บ้าน 3 หมู่ ได้บริษัทที่เมียนายกเป็นหุ้นส่วน ชนะทุกงานของ อบต. ปีนี้ ท่อที่วางก็รั่วแล้วค่ะ"
        ],
        "what_more": ["ไม่มีแล้วค่ะ", "ไม่มี"],
        "evidence": ["ไม่มีค่ะ", "ไม่มี"],
        "witnesses": ["ไม่มีค่ะ", "ไม่มี"],
        "reported": ["ยังไม่เคยค่ะ", "ยังไม่เคย"],
        "identity": ["ไม่บอกชื่อค่ะ", "ไม่บอกชื่อ"],
        "summary": ["ถูกต้องค่ะ ส่ง", "ส่ง"],
    },
    Meant(
        kind=("conflict", "procurement"),
        agency=("อบต.ดงพลอง",),
        official=("นายก",),
        district="3122",
        subdistrict="312202",
        date=("2026-10-01", "2026-10-31"),
        story=("ท่อประปา",),
        witnesses="",
        reported=False,
        anonymous=True,
    ),
    opening=(
        "สวัสดีค่ะ จะแจ้งเรื่องค่ะ",
        "เอ๊ะ ไม่เอาดีกว่า ยกเลิกก่อนนะคะ",
        "คิดดีแล้วค่ะ เอาใหม่ ขอแจ้งเรื่องตั้งแต่ต้นเลยค่ะ",
    ),
)

VILLAGERS = {
    "rubber_tapper": RUBBER_TAPPER,
    "grandson_types": GRANDSON_TYPES,
    "formal_teacher_letter": FORMAL_TEACHER,
    "latin_rider": RIDER,
    "threatened_at_what": THREATENED_AT_WHAT,
    "five_bubbles": FIVE_BUBBLES,
    "three_questions": SHOPKEEPER,
    "khmer_farmer": KHMER_FARMER,
    "foreign_spouse": FOREIGN_SPOUSE,
    "cancels_then_restarts": RESTARTER,
}

SEALED = set(random.Random(26).sample(sorted(VILLAGERS), 5))
DIAG = set(VILLAGERS) - SEALED
