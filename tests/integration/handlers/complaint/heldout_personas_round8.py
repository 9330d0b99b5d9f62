"""Held-out villagers, round 8 (issue 16, "a villager understood, not matched"): ten new people
written by a tester who read neither the bot's rules nor its word lists nor its training
examples, played by the driver of the first held-out people (`heldout_personas.play`). Five,
chosen at random (`random.Random(8)`), are SEALED: their failures are only counted, never
described to whoever fixes the conversation, so that no fix is fitted to them.

Dates are as said on Saturday 5 December 2026 (BE 2569). Where a phrase can honestly mean more
than one day, the span covers every reading.
"""

from __future__ import annotations

from tests.integration.handlers.complaint.heldout_personas import Meant, Villager, asks, threat
from tests.integration.handlers.complaint.heldout_personas_round3 import (
    DAYS,
    FREE,
    NAME_OPTIONAL,
)
from tests.integration.handlers.complaint.personas import photo

#: What an answer to "who will read this?" says, in either language.
WHO_SEES = r"คณะกรรมการ|กรรมการ|เจ้าหน้าที่|committee|staff"

FOUR_BUBBLES = Villager(
    "ลุงหวัง: the canal story in four bubbles before any question, a lining poured a third long",
    {
        "story": ["แจ้งเป็นเรื่องเลยครับ ตามที่พิมพ์", "แจ้ง"],
        "none": ["แจ้งตามที่พิมพ์ไปครับ", "แจ้งเรื่อง"],
        "consent": ["ยอมครับ ใช้ได้เลย", "ยินยอม"],
        "kind": ["เบิกเงินครบแต่ทำไม่ครบครับ", "โกงงบ"],
        "agency": ["อบต.ห้วยสำราญครับ"],
        "official": ["นายก อบต.ห้วยสำราญครับ คนอนุมัติ", "นายก"],
        "district": ["อำเภอกระสังครับผม"],
        "subdistrict": ["ห้วยสำราญครับ"],
        "when": ["เทปูนช่วงเดือนกันยาปีนี้ครับ", "กันยายน 2569"],
        "what": [
            "อบต.ห้วยสำราญเทคอนกรีตคลองไส้ไก่หมู่ 3 ป้ายบอกยาวหนึ่งกิโลงบห้าแสนแปด "
            "เทจริงสามร้อยเมตร ที่เหลือขุดดินไว้เฉยๆ ครับ"
        ],
        "what_more": ["เล่าหมดแล้วครับ"],
        "evidence": ["ไม่มีรูปครับ มือถือถ่ายไม่ชัด", "ไม่มี"],
        "witnesses": ["ไม่มีใครครับ", "ไม่มี"],
        "reported": ["ยังไม่เคยแจ้งครับ", "ไม่เคย"],
        "identity": ["ไม่ออกชื่อครับ", "ไม่บอกชื่อ"],
        "summary": ["ถูกครบทุกข้อครับ ส่งได้", "ส่ง"],
    },
    Meant(
        kind=("budget", "procurement"),
        agency=("อบต.ห้วยสำราญ",),
        district="3103",
        subdistrict="310309",
        date=("2026-09-01", "2026-09-30"),
        story=("สามร้อยเมตร",),
        witnesses="",
        reported=False,
        anonymous=True,
    ),
    opening=(
        "ขอแจ้งเรื่องคลองครับ",
        "อบต.ห้วยสำราญ เทคลองไส้ไก่ หมู่ 3",
        "ป้ายบอกงบห้าแสนแปด ยาวหนึ่งกิโล",
        "เทปูนแค่สามร้อยเมตร ที่เหลือขุดดินไว้เฉยๆ ครับ",
    ),
    yes="ใช่ครับ",
)

ISAN_GRANDMOTHER = Villager(
    "แม่ใหญ่คำ: answers in Isan fragments, the headman takes a share of her old-age pay",
    {
        "none": ["แม่ใหญ่สิแจ้งเรื่องเบี้ยคนเฒ่า", "แจ้งเรื่อง"],
        "story": ["แจ้งโลดลูก", "แจ้ง"],
        "consent": ["ได้ๆ ยอม", "ยินยอม"],
        "kind": ["เพิ่นหักเงินเบี้ย", "โกงเงิน"],
        "agency": ["บ่ฮู้ดอก", "ไม่รู้"],
        "official": ["พ่อผู้ใหญ่บ้านหมู่ 2 พุ้น", "ผู้ใหญ่บ้าน"],
        "district": ["ปะคำ"],
        "subdistrict": ["ไทยเจริญ"],
        "when": ["ทุกเดือน ตั้งแต่ต้นปี", "มกราคม 2569"],
        "what": ["เบี้ยเข้าบัญชี เพิ่นพาไปถอน แล้วเอาไปฮ้อยนึง ว่าค่าน้ำมันรถ"],
        "what_more": ["หมดแล้ว"],
        "evidence": ["บ่มี", "ไม่มี"],
        "witnesses": ["ยายทองดีกะโดนคือกัน"],
        "reported": ["บ่เคย", "ไม่เคย"],
        "identity": ["บ่บอกชื่อ", "ไม่บอกชื่อ"],
        "summary": ["แม่นหมดแล้ว ส่งโลดลูก", "ส่ง"],
    },
    Meant(
        kind=("bribery", "budget"),
        official=("ผู้ใหญ่บ้าน",),
        district="3112",
        subdistrict="311202",
        date=("2026-01-01", "2026-12-05"),
        story=("ค่าน้ำมัน",),
        witnesses="ยายทองดี",
        reported=False,
        anonymous=True,
    ),
    yes="แม่นแล้ว",
)

ASKS_BACK = Villager(
    "พี่ต้น: asks a question back at almost every step, a teacher sells grades",
    {
        "none": [asks("แจ้งที่นี่เสียเงินไหมครับ", FREE), "อยากแจ้งเรื่องครูครับ", "แจ้งเรื่อง"],
        "story": ["แจ้งครับ", "แจ้ง"],
        "consent": [asks("แล้วใครเป็นคนอ่านเรื่องครับ", WHO_SEES), "โอเค ยินยอมครับ", "ยินยอม"],
        "kind": ["ครูเก็บเงินแลกเกรดครับ", "เรียกเงิน"],
        "agency": ["โรงเรียนบ้านทุ่งจังหันครับ"],
        "official": ["ก็ครูประจำชั้น ม.3 ไงครับ จะใครล่ะ", "ครูประจำชั้น"],
        "district": ["อ.โนนสุวรรณครับ"],
        "subdistrict": ["ต.ทุ่งจังหันครับ"],
        "when": ["ช่วงสอบปลายภาคเดือนกันยาครับ", "กันยายน 2569"],
        "what": [
            "ครูประจำชั้นบอกเด็กที่สอบตกว่าจ่ายคนละพันห้าจะแก้เกรดให้ผ่าน ลูกผมก็โดน เด็กในห้องจ่ายไปเกือบสิบคนครับ"
        ],
        "what_more": ["ไม่มีอะไรแล้วครับ"],
        "evidence": ["มีแชตไลน์ที่ครูทักมาครับ", photo(), "ส่งแค่นี้ครับ", "เสร็จแล้ว"],
        "witnesses": ["ผู้ปกครองอีกสองสามคนครับ"],
        "reported": ["ยังไม่ได้แจ้งที่ไหนครับ", "ไม่เคย"],
        "identity": [asks("ไม่ใส่ชื่อจะได้ไหมครับ", NAME_OPTIONAL), "งั้นไม่ใส่ครับ", "ไม่บอกชื่อ"],
        "summary": [asks("ส่งแล้วกี่วันจะรู้ผลครับ", DAYS), "โอเคครับ ถูกหมด ส่งเลยครับ", "ส่ง"],
    },
    Meant(
        kind=("bribery",),
        official=("ครู",),
        district="3117",
        subdistrict="311702",
        date=("2026-09-01", "2026-09-30"),
        story=("พันห้า",),
        witnesses="ผู้ปกครอง",
        reported=False,
        anonymous=True,
        evidence=1,
    ),
    yes="ใช่ครับ",
)

THREAT_AT_SIX = Villager(
    "ป้าจันทร์: a rubbish fee without receipts; a threat to her shop comes at the sixth message",
    {
        "none": ["สวัสดีค่ะ ป้าขายของชำ อยากร้องเรียนเรื่องค่าเก็บขยะค่ะ", "แจ้งเรื่อง"],
        "story": ["แจ้งค่ะ", "แจ้ง"],
        "consent": ["ยินยอมจ้ะ", "ยินยอม"],
        "kind": ["เก็บเงินค่าขยะแพงเกินแล้วไม่ให้ใบเสร็จค่ะ", "เรียกเงิน"],
        "agency": ["อบต.กลันทาค่ะ"],
        "official": [
            threat(
                "เดี๋ยวนะคะ เมื่อกี้ลูกน้องเขาขี่รถมาจอดหน้าร้าน ตะโกนว่าถ้ายังไม่หยุดปาก ร้านป้าจะได้ลุกเป็นไฟภายในเดือนนี้"
            ),
            "คนเก็บเงินค่าขยะของ อบต.ค่ะ ผู้ชายชื่อเล่นว่าจ่าเปี๊ยก",
            "เจ้าหน้าที่เก็บค่าขยะ",
        ],
        "district": ["อำเภอเมืองบุรีรัมย์ค่ะ"],
        "subdistrict": ["ตำบลกลันทาค่ะ"],
        "when": ["ตั้งแต่เดือนกรกฎาปีนี้ค่ะ", "กรกฎาคม 2569"],
        "what": [
            "อบต.ประกาศค่าขยะร้านค้าเดือนละ 40 บาท แต่คนเก็บเรียกเดือนละ 150 "
            "ไม่เคยให้ใบเสร็จสักครั้ง ร้านในซอยเดียวกันโดนหมดค่ะ"
        ],
        "what_more": ["ไม่มีอะไรเพิ่มแล้วจ้ะ"],
        "evidence": ["ไม่มีใบเสร็จค่ะ เขาไม่ให้", "ไม่มี"],
        "witnesses": ["ร้านตัดผมข้างๆ ก็โดนค่ะ"],
        "reported": ["ไม่เคยแจ้งค่ะ", "ไม่เคย"],
        "identity": ["ไม่บอกชื่อนะคะ ป้ากลัวเขา", "ไม่บอกชื่อ"],
        "summary": ["ถูกต้องจ้ะ ส่งให้ป้าเลย", "ส่ง"],
    },
    Meant(
        kind=("bribery", "budget"),
        agency=("อบต.กลันทา",),
        official=("ขยะ", "จ่าเปี๊ยก"),
        district="3101",
        subdistrict="310126",
        date=("2026-07-01", "2026-12-05"),
        story=("150",),
        witnesses="ร้านตัดผม",
        reported=False,
        anonymous=True,
    ),
    yes="ใช่ค่ะ",
)

CHANGES_MIND_TWICE = Villager(
    "น้องฝน: named, anonymous at the summary, named again; police ask money to take a report",
    {
        "none": ["จะแจ้งเรื่องตำรวจเรียกเงินค่าลงบันทึกประจำวันค่ะ", "แจ้งเรื่อง"],
        "story": ["แจ้งเลยค่ะ ไม่ต้องรอ", "แจ้ง"],
        "consent": ["ยินยอมค่ะ ใช้ได้หมด", "ยินยอม"],
        "kind": ["เรียกเงินค่ะ", "เรียกเงิน"],
        "agency": ["สภ.ละหานทรายค่ะ", "สถานีตำรวจภูธรละหานทราย"],
        "official": ["ร้อยเวรที่โรงพักค่ะ ไม่รู้ชื่อ", "ตำรวจ"],
        "district": ["อยู่ละหานทรายค่ะ"],
        "subdistrict": ["ต.ละหานทรายค่ะ"],
        "when": ["วันอังคารที่แล้วค่ะ", "24 พ.ย. 2569"],
        "what": [
            "มอไซค์หนูหาย ไปแจ้งความที่โรงพัก ร้อยเวรบอกว่าลงบันทึกประจำวันต้องจ่ายห้าร้อย "
            "ไม่จ่ายก็กลับไปก่อน หนูเลยต้องจ่าย"
        ],
        "what_more": ["มีแค่นั้นแหละค่ะ"],
        "evidence": ["ไม่มีค่ะ เขาไม่ให้ใบรับ", "ไม่มี"],
        "witnesses": ["แม่หนูไปโรงพักด้วยค่ะ"],
        "reported": ["ยังค่ะ", "ไม่เคย"],
        "identity": ["ใส่ชื่อหนูได้ค่ะ ไม่กลัว", "บอกชื่อ"],
        "name": ["ฝนทิพย์ ใจกล้า"],
        "phone": ["0931184562"],
        "summary": [
            "เปลี่ยนใจค่ะ ไม่ใส่ชื่อดีกว่า",
            "เอ๊ะ คิดอีกทีใส่ชื่อหนูเหมือนเดิมค่ะ",
            "คราวนี้ถูกหมดแล้วค่ะ ส่งเลย",
            "ส่ง",
        ],
    },
    Meant(
        kind=("bribery",),
        agency=("สภ.ละหานทราย", "สถานีตำรวจภูธรละหานทราย"),
        official=("ร้อยเวร", "ตำรวจ"),
        district="3106",
        subdistrict="310601",
        # "อังคารที่แล้ว" on a Saturday: the Tuesday just past or the one a week before.
        date=("2026-11-24", "2026-12-01"),
        story=("ห้าร้อย",),
        witnesses="แม่",
        reported=False,
        anonymous=False,
        name="ฝนทิพย์ ใจกล้า",
        phone="0931184562",
    ),
    yes="ใช่ค่ะ",
)

TYPOS_AND_THAI_DIGITS = Villager(
    "บักโต้ง: types fast with typos, no tone marks and Thai digits; culvert pipes bought dear",
    {
        "none": ["จะเเจ้งเรืองอบต.ซื้อของเเพงคับ", "แจ้งเรื่อง"],
        "story": ["เเจ้งคับ", "แจ้ง"],
        "consent": ["ยินยอมคับ", "ยินยอม"],
        "kind": ["จัดชื้อเเพงเกินจิงคับ", "จัดซื้อจัดจ้าง"],
        "agency": ["อบต.สรีสว่างคับ", "อบต.ศรีสว่าง"],
        "official": ["จนท.พัสดุ อบต.คับ", "เจ้าหน้าที่พัสดุ"],
        "district": ["อ.นาโพคับ", "นาโพธิ์"],
        "subdistrict": ["ต.สรีสว่าง", "ศรีสว่าง"],
        "when": ["๑๒ ตุลา ๖๙ คับ", "12 ตุลาคม 2569"],
        "what": [
            "อบต.ซื้อท่อระบายน้ำคอนกรีต ๔๐ ท่อน ท่อนละ ๓,๕๐๐ บาท ร้านวัสดุในอำเภอขายท่อนละ ๘๐๐ "
            "ของที่ส่งมาก็ร้าวตั้งเเต่ยังไม่ได้ฝังคับ"
        ],
        "what_more": ["ไม่มีเเล้วคับ"],
        "evidence": [photo(), "ส่งรูปเเล้วคับ", "เสร็จแล้ว"],
        "witnesses": ["คนงานที่ขนท่อคับ"],
        "reported": ["ไม่เคยคับ", "ไม่เคย"],
        "identity": ["ใส่ชื่อได้คับ", "บอกชื่อ"],
        "name": ["ธนพล สีสุข", "ธนพล สีสุข"],
        "phone": ["๐๘๙-๕๕๑-๒๓๔๗"],
        "summary": ["ถูกเเล้วคับ ส่งเลย", "ส่ง"],
    },
    Meant(
        kind=("procurement",),
        agency=("อบต.ศรีสว่าง",),
        official=("พัสดุ",),
        district="3113",
        subdistrict="311305",
        date=("2026-10-12", "2026-10-12"),
        story=("ท่อระบายน้ำ",),  # the figures are typed in Thai digits
        witnesses="คนงาน",
        reported=False,
        anonymous=False,
        name="ธนพล สีสุข",
        phone="0895512347",
        evidence=1,
    ),
    yes="ใช่คับ",
)

HALL_POST = (
    "🔥ด่วน!! งบซ่อมศาลาประชาคม หมู่ 8 บ้านเสาเดียว ต.เสาเดียว อ.หนองหงส์ 350,000 บาท "
    "ซ่อมจริงแค่ทาสีใหม่ หลังคายังรั่วเหมือนเดิม ฝนตกทีไรน้ำท่วมพื้น 😡 ผู้รับเหมาคือลูกเขย "
    "ส.อบต.เสาเดียว ตรวจรับงานเมื่อเดือนสิงหาที่ผ่านมา ใครเซ็นตรวจรับ?? #อบตเสาเดียว #งบหายไปไหน"
)
PASTED_POST = Villager(
    "พี่นุช: pastes a village Facebook post about a hall repaired with paint only",
    {
        "story": ["แจ้งเรื่องตามโพสต์นี้เลยค่ะ", "แจ้ง"],
        "none": ["แจ้งเรื่องตามโพสต์ค่ะ", "แจ้งเรื่อง"],
        "consent": ["ยินยอมค่า", "ยินยอม"],
        "kind": ["งบซ่อมหายค่ะ ทำไม่ครบ แล้วให้ลูกเขยตัวเองรับงาน", "โกงงบ"],
        "agency": ["อบต.เสาเดียวค่ะ"],
        "official": ["ส.อบต.เสาเดียวค่ะ พ่อตาผู้รับเหมา", "สมาชิก อบต."],
        "district": ["อ.หนองหงส์ค่ะ"],
        "subdistrict": ["เสาเดียวค่ะ"],
        "when": ["ตรวจรับเดือนสิงหาปีนี้ค่ะ", "สิงหาคม 2569"],
        "what": [HALL_POST],
        "what_more": ["ตามโพสต์เลยค่ะ ไม่มีเพิ่ม"],
        "evidence": [photo(), "รูปหลังคารั่วค่ะ ส่งหมดแล้ว", "เสร็จแล้ว"],
        "witnesses": ["ชาวบ้านหมู่ 8 ที่ใช้ศาลาทุกคนค่ะ"],
        "reported": ["ยังไม่เคยค่ะ มีแต่โพสต์ในเฟซ", "ไม่เคย"],
        "identity": ["ขอไม่ระบุชื่อนะคะ", "ไม่บอกชื่อ"],
        "summary": ["ถูกต้องค่า ส่งได้เลย", "ส่ง"],
    },
    Meant(
        kind=("budget", "procurement", "conflict"),
        agency=("อบต.เสาเดียว",),
        district="3114",
        subdistrict="311405",
        date=("2026-08-01", "2026-08-31"),
        story=("ศาลา",),
        witnesses="หมู่ 8",
        reported=False,
        anonymous=True,
        evidence=1,
    ),
    opening=(HALL_POST,),
    yes="ใช่ค่ะ",
)

# Northern Khmer words in his Thai (Ban Kruat): บาท = yes, อ็อต = not, เมียน = have,
# ลุย = money, ซม = ask for, เดิง = know, คลาจ = afraid.
KHMER_THAI = Villager(
    "ตาเอิบ: Northern Khmer words in his Thai; a land officer asks money to measure his plot",
    {
        "none": ["ตามาแจ้งเรื่องเจ้าหน้าที่ที่ดินซมลุย", "แจ้งเรื่อง"],
        "story": ["บาท แจ้งเลย", "แจ้ง"],
        "consent": ["บาท ยอม", "ยินยอม"],
        "kind": ["ซมลุยตาก่อนจะมารังวัดที่", "เรียกเงิน"],
        "agency": ["สำนักงานที่ดินสาขาบ้านกรวด", "ไม่รู้"],
        "official": ["เจ้าหน้าที่รังวัด ตาอ็อตเดิงชื่อ", "เจ้าหน้าที่ที่ดิน"],
        "district": ["บ้านกรวด"],
        "subdistrict": ["จันทบเพชร"],
        "when": ["เดือนตุลาปีนี้", "ตุลาคม 2569"],
        "what": [
            "ตายื่นขอรังวัดที่นา เจ้าหน้าที่ซมลุยสามพันก่อนถึงจะมาวัด ตาอ็อตเมียนลุย เขาเลยอ็อตมา ที่นาตายังอ็อตได้วัดจนวันนี้"
        ],
        "what_more": ["อ็อตเมียนอีกแล้ว", "ไม่มี"],
        "evidence": ["อ็อตเมียนรูปถ่าย", "ไม่มี"],
        "witnesses": ["ลูกชายตาไปด้วย"],
        "reported": ["อ็อตเคยไปแจ้งที่ไหน", "ไม่เคย"],
        "reported_ref": ["อ็อตเมียนเลข ตาอ็อตเคยแจ้ง", "ไม่มี"],
        "reported_to": ["อ็อตเคยแจ้งที่ไหนเลย", "ไม่เคย"],
        "identity": ["ตาคลาจ อ็อตบอกชื่อ", "ไม่บอกชื่อ"],
        "summary": ["บาท ตรงแล้ว", "ส่ง"],
    },
    Meant(
        kind=("bribery",),
        official=("รังวัด", "ที่ดิน"),
        district="3108",
        subdistrict="310808",
        date=("2026-10-01", "2026-10-31"),
        story=("สามพัน",),
        witnesses="ลูกชาย",
        reported=False,
        anonymous=True,
    ),
    yes="บาท",
)

ENGLISH_SPEAKER = Villager(
    "Mark: writes in English only, the headman kept the road-widening compensation",
    {
        "none": ["Hi, I'd like to report the village headman in my wife's village", "report"],
        "story": ["yes please file it", "report"],
        "consent": ["I agree", "agree"],
        "kind": ["he kept compensation money that belonged to the landowners", "embezzlement"],
        "agency": ["there isn't one, it's the headman himself", "I don't know"],
        "official": ["the village headman of Moo 5", "village headman"],
        "district": ["Huai Rat"],
        "subdistrict": ["Sam Waeng"],
        "when": ["in June this year", "June 2026"],
        "what": [
            "When the district widened the road, each family lost a strip of land and was owed "
            "12,000 baht. The headman collected the money for everyone and paid out only 4,000 "
            "each. My wife's family has the letter with the real amount."
        ],
        "what_more": ["no, that's it"],
        "evidence": ["I have a photo of the letter", photo(), "that's all I have", "done"],
        "witnesses": ["the other seven families on our road"],
        "reported": ["no, never reported it", "no"],
        "identity": ["sure, you can use my real name", "named"],
        "name": ["Mark Jensen"],
        "phone": ["+66 84 220 9137"],
        "summary": ["yes, that's correct, please send", "send"],
    },
    Meant(
        kind=("budget", "bribery"),
        official=("headman", "ผู้ใหญ่บ้าน"),
        district="3116",
        subdistrict="311602",
        date=("2026-06-01", "2026-06-30"),
        story=("4,000",),
        witnesses="seven families",
        reported=False,
        anonymous=False,
        name="Mark Jensen",
        phone="0842209137",
        evidence=1,
    ),
    yes="yes",
    speaks="en",
)

CORRECTS_DISTRICT = Villager(
    "ครูแอ๋ว: gives the wrong district, corrects it at the sub-district question",
    {
        "none": ["ขอแจ้งเรื่อง ผอ.โรงเรียนค่ะ", "แจ้งเรื่อง"],
        "story": ["แจ้งเลยค่ะ ไม่ต้องรอ", "แจ้ง"],
        "consent": ["ยินยอมนะคะ", "ยินยอม"],
        "kind": ["ผอ.ให้ร้านอาหารของภรรยาตัวเองรับจัดเลี้ยงทุกงานค่ะ", "เอื้อประโยชน์พวกพ้อง"],
        "agency": ["โรงเรียนบ้านมะเฟืองค่ะ"],
        "official": ["ผอ.โรงเรียนคนปัจจุบันค่ะ"],
        "district": ["ลำปลายมาศค่ะ บ้านหนูอยู่นั่น"],
        "subdistrict": [
            "ขอโทษค่ะ เมื่อกี้บอกอำเภอผิด จริงๆ อยู่อำเภอพุทไธสง ตำบลมะเฟืองค่ะ",
            "มะเฟืองค่ะ",
        ],
        "when": ["ทั้งปีงบนี้เลยค่ะ ตั้งแต่ตุลาคม", "ตุลาคม 2569"],
        "what": [
            "งานกีฬาสี งานวันเด็ก งานเกษียณ ผอ.สั่งอาหารจากร้านของภรรยาตัวเองทุกครั้ง "
            "โต๊ะละสองพันห้า ร้านอื่นเสนอแค่พันสองก็ไม่เอา ครูในโรงเรียนรู้กันหมดค่ะ"
        ],
        "what_more": ["เท่านี้ค่ะ"],
        "evidence": ["มีใบเสนอราคาของร้านอื่นค่ะ จะถ่ายส่งให้ทีหลัง", "ส่งทีหลัง"],
        "witnesses": ["ครูฝ่ายการเงินค่ะ"],
        "reported": ["ยังไม่เคยไปแจ้งค่ะ", "ไม่เคย"],
        "identity": ["ขอไม่เปิดเผยชื่อค่ะ", "ไม่บอกชื่อ"],
        "summary": ["ตอนนี้ถูกหมดแล้วค่ะ ส่งได้", "ส่ง"],
    },
    Meant(
        kind=("conflict",),
        official=("ผอ",),
        district="3109",
        subdistrict="310902",
        date=("2026-10-01", "2026-12-05"),
        story=("สองพันห้า",),
        witnesses="การเงิน",
        reported=False,
        anonymous=True,
    ),
    yes="ใช่ค่ะ",
)

VILLAGERS = {
    "four_bubbles": FOUR_BUBBLES,
    "isan_grandmother": ISAN_GRANDMOTHER,
    "asks_back": ASKS_BACK,
    "threat_at_six": THREAT_AT_SIX,
    "changes_mind_twice": CHANGES_MIND_TWICE,
    "typos_and_thai_digits": TYPOS_AND_THAI_DIGITS,
    "pasted_post": PASTED_POST,
    "khmer_thai": KHMER_THAI,
    "english_speaker": ENGLISH_SPEAKER,
    "corrects_district": CORRECTS_DISTRICT,
}

#: Only counted: nobody fixing the conversation reads how these fail (random.Random(8).sample
#: of the ten keys in the order above, five).
SEALED = {
    "isan_grandmother",
    "khmer_thai",
    "pasted_post",
    "threat_at_six",
    "typos_and_thai_digits",
}
#: Failures of these are described to whoever fixes the conversation.
DIAG = set(VILLAGERS) - SEALED
