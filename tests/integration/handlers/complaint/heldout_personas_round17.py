"""Held-out villagers, round 17 (issue 16, "a villager understood, not matched"): ten new kinds
of people written by a tester who read neither the bot's rules nor its word lists nor its
training examples; played by the driver of the first held-out people
(`heldout_personas.play`). Among them: a schoolgirl typing slang and emoji, a food-shop owner
asked for "tea money" by inspectors, a fisherman on a reservoir speaking Isan, a daughter-in-law
whose father-in-law is the kamnan, a community radio host, a woman who pastes the village LINE
group chat, a farmer charged a fee for his land-reform (ส.ป.ก.) paper, a labourer on a road that
was never finished who tells his story backwards, a woman who answers two questions in one
message, and a man who is threatened in the middle of filing and goes on anyway. Five, chosen
at random (`random.Random(17)`), are SEALED: their failures are only counted, never described
to whoever fixes the conversation, so that no fix is fitted to them.

Dates are as said on Sunday 6 December 2026 (BE 2569). Where a phrase can honestly mean more
than one day, the span covers every reading.
"""

from __future__ import annotations

import random

from tests.integration.handlers.complaint.heldout_personas import Meant, Villager, asks, threat
from tests.integration.handlers.complaint.heldout_personas_round12 import NOT_TOLD
from tests.integration.handlers.complaint.personas import photo

SCHOOLGIRL = Villager(
    "นักเรียน ม.3 บ้านบัว: slang, stretched endings and emoji; her team's football money went missing",
    {
        "none": ["อยากแจ้งเรื่องอ่ะค่า 🥺", "แจ้งเรื่อง"],
        "story": ["แจ้งค่าาา", "แจ้ง"],
        "consent": ["โอเคค่าาา ยินยอม 🙆‍♀️", "ยินยอม"],
        "kind": ["งบแข่งบอลเยาวชนหายอะ 😤 โกงงบชัดๆ", "โกงงบ"],
        "agency": ["อบต.บ้านบัวค่ะะ", "อบต.บ้านบัว"],
        "official": ["ส.อบต.หมู่3 อะพี่ 55555", "ส.อบต."],
        "district": ["อ.เมืองค่า", "เมืองบุรีรัมย์"],
        "subdistrict": ["บ้านบัวค่ะะ", "บ้านบัว"],
        "when": ["ช่วงปิดเทอมตุลาอะค่ะ", "ตุลาคม 2569"],
        "what": [
            "เค้าบอกมีงบให้ทีมละ 5000 ค่าชุดค่ารองเท้า แต่ได้จริงแค่ชุดมือสองสิบตัว "
            "รองเท้าไม่ได้เลย ทีมหนูต้องเตะเท้าเปล่า 🥲"
        ],
        "what_more": ["ไม่มีแล้วค่า", "ไม่มี"],
        "evidence": ["มีรูปทีมตอนใส่ชุดเก่าค่ะ 📸", photo(), "เสร็จแล้ว"],
        "witnesses": ["เพื่อนในทีมทั้งสิบสองคนเลยค่ะ", "เพื่อนในทีม"],
        "reported": ["ยังไม่เคยค่ะะ", "ไม่เคย"],
        "identity": ["ไม่บอกชื่อนะคะ แม่ด่าแน่ 🙈", "ไม่บอกชื่อ"],
        "summary": ["ถูกแล้วค่า ส่งเลยยย", "ส่ง"],
    },
    Meant(
        kind=("budget",),
        agency=("อบต.บ้านบัว",),
        official=("ส.อบต",),
        district="3101",
        subdistrict="310104",
        date=("2026-10-01", "2026-10-31"),
        story=("5000",),
        witnesses="เพื่อน",
        reported=False,
        anonymous=True,
        evidence=1,
    ),
    yes="ใช่ค่า",
)

TEA_MONEY = Villager(
    "เจ้าของร้านอาหารตามสั่งสะเดา: inspectors ask 'ค่าน้ำชา' every month; gives her name and phone",
    {
        "none": ["สวัสดีค่ะ ร้านป้ามีเรื่องจะแจ้งค่ะ", "แจ้งเรื่อง"],
        "story": ["แจ้งค่ะ", "แจ้ง"],
        "consent": ["ยินยอมค่ะ", "ยินยอม"],
        "kind": ["เขามาขอค่าน้ำชาทุกเดือนค่ะ ไม่ให้ก็ขู่ว่าจะไม่ต่อใบอนุญาตร้าน", "เรียกเงิน"],
        "agency": ["อบต.สะเดาค่ะ งานสาธารณสุข", "อบต.สะเดา"],
        "official": ["เจ้าหน้าที่สาธารณสุขของ อบต. สองคนค่ะ", "เจ้าหน้าที่"],
        "district": ["นางรองค่ะ"],
        "subdistrict": ["สะเดาค่ะ ร้านอยู่ริมถนนใหญ่", "สะเดา"],
        "when": ["ทุกต้นเดือนค่ะ ล่าสุดวันอังคารที่ 1", "1 ธันวาคม 2569"],
        "what": [
            "เจ้าหน้าที่มาตรวจร้านเดือนละครั้ง ขอค่าน้ำชาครั้งละห้าร้อย บอกว่าถ้าไม่ให้ "
            "ใบอนุญาตจำหน่ายอาหารปีหน้าจะไม่ผ่าน ร้านอื่นในซอยก็โดนเหมือนกันค่ะ"
        ],
        "what_more": ["ไม่มีค่ะ", "ไม่มี"],
        "evidence": ["ไม่มีค่ะ เขาไม่ให้ใบเสร็จ", "ไม่มี"],
        "witnesses": ["ลูกสาวที่ช่วยขายอยู่ในร้านค่ะ", "ลูกสาว"],
        "reported": ["ไม่เคยค่ะ", "ไม่เคย"],
        "identity": ["บอกชื่อได้ค่ะ ป้าไม่กลัว", "บอกชื่อ"],
        "name": ["นางสำราญ พรมมา ค่ะ"],
        "phone": ["089 234 5617 ค่ะ"],
        "summary": ["ถูกต้องค่ะ ส่งได้", "ส่ง"],
    },
    Meant(
        kind=("bribery",),
        agency=("อบต.สะเดา",),
        official=("เจ้าหน้าที่",),
        district="3104",
        subdistrict="310403",
        date=("2026-12-01", "2026-12-01"),
        story=("ห้าร้อย",),
        witnesses="ลูกสาว",
        reported=False,
        anonymous=False,
        name="สำราญ พรมมา",
        phone="0892345617",
        evidence=0,
    ),
)

RESERVOIR_FISHER = Villager(
    "คนหาปลาอ่างเก็บน้ำสามแวง: Isan throughout; pays for each net he sets, never a receipt",
    {
        "none": ["สิแจ้งเรื่องค่าลงมองในอ่างเด้อ", "แจ้งเรื่อง"],
        "story": ["แจ้งเลย", "แจ้ง"],
        "consent": ["เอาเด้ ยินยอม", "ยินยอม"],
        "kind": ["เพิ่นเก็บเงินบ่มีใบเสร็จ", "เรียกเงิน"],
        "agency": ["อบต.สามแวงพุ้นแหล่ว", "อบต.สามแวง"],
        "official": ["ผู้ช่วยผู้ใหญ่บ้านหมู่ 4", "ผู้ช่วยผู้ใหญ่บ้าน"],
        "district": ["ห้วยราช"],
        "subdistrict": ["สามแวง"],
        "when": ["ตั้งแต่ออกพรรษามาจนมื้อนี้", "26 ตุลาคม 2569 ถึงวันนี้"],
        "what": [
            "ลงมองหาปลาในอ่างเก็บน้ำของหมู่บ้าน เพิ่นเก็บผืนละสามฮ้อย บอกว่าค่าบำรุงอ่าง "
            "บ่มีประกาศ บ่มีใบเสร็จ ไผบ่จ่ายเพิ่นเก็บมองขึ้นไปเลย"
        ],
        "what_more": ["บ่มีแล้ว", "ไม่มี"],
        "evidence": ["บ่มีฮูป", "ไม่มี"],
        "witnesses": ["พ่อใหญ่สีที่หาปลานำกัน", "พ่อใหญ่สี"],
        "reported": ["บ่เคยแจ้ง", "ไม่เคย"],
        "identity": ["บ่บอกชื่อ ย่านเพิ่นเก็บมองอีก", "ไม่บอกชื่อ"],
        "summary": ["แม่นแล้ว ส่ง", "ส่ง"],
    },
    Meant(
        kind=("bribery", "abuse"),
        agency=("อบต.สามแวง",),
        official=("ผู้ช่วยผู้ใหญ่บ้าน",),
        district="3116",
        subdistrict="311602",
        date=("2026-10-26", "2026-12-06"),
        story=("สาม",),
        witnesses="พ่อใหญ่สี",
        reported=False,
        anonymous=True,
        evidence=0,
    ),
    yes="แม่นแล้ว",
)

IN_LAW_KAMNAN = Villager(
    "สะใภ้ละเวี้ย: her father-in-law, the kamnan, gave the road to his son; asks who will know",
    {
        "none": ["เรื่องนี้เกี่ยวกับคนในครอบครัวค่ะ แจ้งได้ไหม", "แจ้งเรื่อง"],
        "story": ["แจ้งค่ะ", "แจ้ง"],
        "consent": [asks("พ่อผัวจะรู้ไหมคะว่าเป็นหนู", NOT_TOLD), "ยินยอมค่ะ"],
        "kind": ["เขาให้ลูกชายตัวเองรับเหมาถนนค่ะ", "ผลประโยชน์ทับซ้อน"],
        "agency": ["อบต.ละเวี้ยค่ะ", "อบต.ละเวี้ย"],
        "official": ["กำนันค่ะ เป็นพ่อของสามีหนูเอง", "กำนัน"],
        "district": ["ประโคนชัยค่ะ"],
        "subdistrict": ["ละเวี้ยค่ะ"],
        "when": ["ราวเดือนสิงหาที่ผ่านมาค่ะ", "สิงหาคม 2569"],
        "what": [
            "ถนนลาดยางเข้าหมู่ 5 ห้างที่ได้งานเป็นของพี่ชายสามี ลูกกำนันเอง "
            "ไม่มีใครกล้ายื่นแข่ง ทำเสร็จแล้วยางร่อนตั้งแต่ฝนแรก"
        ],
        "what_more": ["ไม่มีค่ะ", "ไม่มี"],
        "evidence": ["ไม่มีค่ะ ไม่กล้าถ่าย", "ไม่มี"],
        "witnesses": [asks("ถ้าใส่ชื่อพยาน ในบ้านจะรู้ไหมคะ", NOT_TOLD), "ไม่ใส่พยานค่ะ", "ไม่มี"],
        "reported": ["ไม่เคยค่ะ", "ไม่เคย"],
        "identity": ["ไม่บอกชื่อเด็ดขาดค่ะ", "ไม่บอกชื่อ"],
        "summary": ["ถูกต้องค่ะ ส่ง", "ส่ง"],
    },
    Meant(
        kind=("conflict", "procurement"),
        agency=("อบต.ละเวี้ย",),
        official=("กำนัน",),
        district="3107",
        subdistrict="310705",
        date=("2026-08-01", "2026-08-31"),
        story=("ลูกกำนัน",),
        witnesses="",
        reported=False,
        anonymous=True,
        evidence=0,
    ),
)

RADIO_HOST = Villager(
    "ดีเจวิทยุชุมชนลำปลายมาศ: on-air manner, speaks for listeners who phoned in, named",
    {
        "none": [
            "สวัสดีครับพี่น้อง เอ้ย สวัสดีครับ ผมจัดรายการวิทยุชุมชน มีผู้ฟังโทรเข้ามาร้องเรียนหลายสาย ขอส่งเรื่องต่อครับ",
            "แจ้งเรื่อง",
        ],
        "story": ["ส่งเป็นเรื่องร้องเรียนเลยครับ", "แจ้ง"],
        "consent": ["ยินยอมครับผม", "ยินยอม"],
        "kind": ["จัดซื้อโคมไฟถนนแพงเกินจริงครับ", "จัดซื้อจัดจ้าง"],
        "agency": ["เทศบาลตำบลลำปลายมาศครับ", "ทต.ลำปลายมาศ"],
        "official": ["ผู้ฟังบอกว่าเป็นนายกเทศมนตรีครับ", "นายกเทศมนตรี"],
        "district": ["ลำปลายมาศครับผม"],
        "subdistrict": ["ตำบลลำปลายมาศครับ", "ลำปลายมาศ"],
        "when": ["ติดตั้งช่วงเดือนกันยายนครับ", "กันยายน 2569"],
        "what": [
            "โคมไฟโซล่าเซลล์ริมถนนสี่สิบต้น ผู้ฟังไปดูป้ายโครงการ ต้นละหกหมื่นแปด "
            "ในตลาดต้นละหมื่นกว่าบาท ติดไปสามเดือนดับไปครึ่งหนึ่งแล้วครับ"
        ],
        "what_more": ["ครบแล้วครับ", "ไม่มี"],
        "evidence": ["มีรูปป้ายโครงการที่ผู้ฟังส่งมาครับ", photo(), "เสร็จแล้ว"],
        "witnesses": ["ผู้ฟังที่โทรเข้ารายการ ไม่ขอเอ่ยนามครับ", "ผู้ฟังรายการ"],
        "reported": ["เคยพูดออกอากาศ แต่ไม่เคยแจ้งหน่วยงานไหนครับ", "ไม่เคย"],
        "identity": ["ใส่ชื่อผมได้ครับ ผมเป็นคนส่งเรื่องเอง", "บอกชื่อ"],
        "name": ["นายเกรียงไกร ศรีสว่าง ครับ"],
        "phone": ["โทร 08-1456-7723 ครับ"],
        "summary": ["ถูกต้องครับ ส่งได้เลยครับผม", "ส่ง"],
    },
    Meant(
        kind=("procurement", "budget"),
        agency=("ทต.ลำปลายมาศ", "เทศบาลตำบลลำปลายมาศ"),
        official=("นายก",),
        district="3110",
        date=("2026-09-01", "2026-09-30"),
        story=("หกหมื่นแปด",),
        witnesses="ผู้ฟัง",
        reported=False,
        anonymous=False,
        name="เกรียงไกร ศรีสว่าง",
        phone="0814567723",
        evidence=1,
    ),
    yes="ใช่ครับ",
)

GROUP_CHAT = Villager(
    "แม่บ้านโคกม้า: opens by pasting the village LINE group chat, then says what it means",
    {
        "none": ["แจ้งเรื่องตามแชทข้างบนค่ะ", "แจ้งเรื่อง"],
        "story": ["แจ้งค่ะ", "แจ้ง"],
        "consent": ["ยินยอมค่ะ", "ยินยอม"],
        "kind": ["เรียกเงินค่ะ ตามในแชท", "เรียกเงิน"],
        "agency": ["อบต.โคกม้าค่ะ", "อบต.โคกม้า"],
        "official": ["ผู้ช่วยสมานค่ะ ผู้ช่วยผู้ใหญ่บ้านหมู่ 7", "ผู้ช่วยผู้ใหญ่บ้าน"],
        "district": ["ประโคนชัยค่ะ"],
        "subdistrict": ["โคกม้าค่ะ"],
        "when": ["วันพฤหัสที่ผ่านมาค่ะ ตามเวลาในแชท", "3 ธันวาคม 2569"],
        "what": ["ตามแชทข้างบนเลยค่ะ"],
        "what_more": ["ไม่มีค่ะ", "ไม่มี"],
        "evidence": ["แชทที่แปะไปนั่นแหละค่ะ แคปไว้ด้วย", photo(), "เสร็จแล้ว"],
        "witnesses": ["คนในกลุ่มไลน์หมู่ 7 ทุกคนค่ะ", "คนในกลุ่มไลน์"],
        "reported": ["ไม่เคยค่ะ", "ไม่เคย"],
        "identity": ["ไม่บอกชื่อค่ะ", "ไม่บอกชื่อ"],
        "summary": ["ถูกต้องค่ะ ส่ง", "ส่ง"],
    },
    Meant(
        kind=("bribery",),
        agency=("อบต.โคกม้า",),
        official=("ผู้ช่วยผู้ใหญ่บ้าน",),
        district="3107",
        subdistrict="310710",
        date=("2026-12-03", "2026-12-03"),
        story=("2,000",),
        witnesses="กลุ่มไลน์",
        reported=False,
        anonymous=True,
        evidence=1,
    ),
    opening=(
        "[กลุ่ม หมู่ 7 บ้านโคกม้า]\n"
        "09:12 ผู้ช่วยสมาน: ใครจะเอาบ้านมั่นคง โอนมาคนละ 2,000 ค่าดำเนินการนะ\n"
        "09:15 แม่สาย: มีใบเสร็จไหมจ๊ะ\n"
        "09:16 ผู้ช่วยสมาน: ไม่ต้อง รู้กันเอง ใครไม่โอนไม่มีชื่อ\n"
        "09:20 ลุงจันทร์: โอนแล้วครับ",
        "อันนี้แชทในกลุ่มหมู่บ้านเมื่อวันพฤหัสค่ะ บ้านมั่นคงเป็นของรัฐให้ฟรี ไม่ต้องเสียเงิน",
    ),
)

LAND_REFORM_FEE = Villager(
    "ชาวนาหนองตะครอง: charged for his ส.ป.ก. land paper to become a title; short, plain answers",
    {
        "none": ["แจ้งเรื่องที่ดิน ส.ป.ก. ครับ", "แจ้งเรื่อง"],
        "story": ["แจ้งครับ", "แจ้ง"],
        "consent": ["ยินยอมครับ", "ยินยอม"],
        "kind": ["เรียกเงินค่าเปลี่ยนเอกสารที่ดินครับ", "เรียกเงิน"],
        "agency": ["ส.ป.ก. บุรีรัมย์ครับ", "สำนักงานการปฏิรูปที่ดินจังหวัดบุรีรัมย์"],
        "official": ["เจ้าหน้าที่ ส.ป.ก. ที่มารังวัดครับ", "เจ้าหน้าที่"],
        "district": ["ละหานทรายครับ"],
        "subdistrict": ["หนองตะครองครับ"],
        "when": ["เดือนกันยาครับ ตอนเขามาวัดที่", "กันยายน 2569"],
        "what": [
            "เจ้าหน้าที่มาวัดที่ดินจะเปลี่ยนจาก ส.ป.ก. เป็นโฉนดเพื่อการเกษตร "
            "เก็บแปลงละสามพัน บอกค่ารังวัด ใครไม่จ่ายชื่อไม่ขึ้น ของจริงรัฐทำให้ฟรีครับ"
        ],
        "what_more": ["ไม่มีครับ", "ไม่มี"],
        "evidence": ["ไม่มีครับ จ่ายเงินสด", "ไม่มี"],
        "witnesses": ["ผู้ใหญ่บ้านก็เห็นครับ นั่งอยู่ด้วย", "ผู้ใหญ่บ้าน"],
        "reported": ["ไม่เคยครับ", "ไม่เคย"],
        "identity": ["ไม่บอกชื่อครับ", "ไม่บอกชื่อ"],
        "summary": ["ถูกครับ ส่ง", "ส่ง"],
    },
    Meant(
        kind=("bribery",),
        agency=("ส.ป.ก.", "ส.ป.ก.บุรีรัมย์", "สำนักงานการปฏิรูปที่ดินจังหวัดบุรีรัมย์"),
        official=("เจ้าหน้าที่",),
        district="3106",
        subdistrict="310610",
        date=("2026-09-01", "2026-09-30"),
        story=("สามพัน",),
        witnesses="ผู้ใหญ่บ้าน",
        reported=False,
        anonymous=True,
        evidence=0,
    ),
    yes="ใช่ครับ",
)

ROAD_LABOURER = Villager(
    "กรรมกรถนนถนนหัก: worked on a road that stopped half-way; tells it backwards, the end first",
    {
        "none": ["แจ้งเรื่องถนนครับ", "แจ้งเรื่อง"],
        "story": ["แจ้งครับ", "แจ้ง"],
        "consent": ["ยินยอมครับ", "ยินยอม"],
        "kind": ["ถนนสร้างไม่เสร็จ เงินหายครับ", "โกงงบ"],
        "agency": ["อบต.ถนนหักครับ", "อบต.ถนนหัก"],
        "official": ["นายก อบต. ครับ เขาสั่งเอง", "นายก อบต."],
        "district": ["นางรองครับ"],
        "subdistrict": ["ถนนหักครับ"],
        "when": ["หยุดทำเดือนสิงหา เริ่มทำเดือนมิถุนาครับ", "มิถุนายน ถึง สิงหาคม 2569"],
        "what": [
            "ตอนนี้ถนนเป็นหลุมเป็นบ่อ ก่อนหน้านั้นเขาสั่งให้พวกผมหยุดงาน ค่าแรงสองอาทิตย์สุดท้ายก็ไม่ได้ "
            "ก่อนหยุดเขาให้เทปูนหนาแค่สิบเซน ทั้งที่แบบเขียนยี่สิบ แรกสุดเริ่มทำกันเดือนมิถุนา "
            "ป้ายบอกยาวกิโลครึ่ง ทำไปไม่ถึงครึ่งกิโลครับ"
        ],
        "what_more": ["ไม่มีครับ", "ไม่มี"],
        "evidence": ["มีรูปตอนเทปูนครับ ถ่ายตอนพักเที่ยง", photo(), "เสร็จแล้ว"],
        "witnesses": ["คนงานด้วยกันอีกหกคนครับ", "คนงาน"],
        "reported": ["ไม่เคยครับ", "ไม่เคย"],
        "identity": ["ไม่บอกชื่อครับ ยังต้องหางานแถวนี้", "ไม่บอกชื่อ"],
        "summary": ["ถูกครับ ส่ง", "ส่ง"],
    },
    Meant(
        kind=("procurement", "budget"),
        agency=("อบต.ถนนหัก",),
        official=("นายก",),
        district="3104",
        subdistrict="310413",
        date=("2026-06-01", "2026-08-31"),
        story=("สิบเซน", "ยี่สิบ"),
        witnesses="คนงาน",
        reported=False,
        anonymous=True,
        evidence=1,
    ),
    yes="ใช่ครับ",
)

TWO_AT_ONCE = Villager(
    "แม่ค้าดอนมน: answers two questions in one message, and has reported it before",
    {
        "none": ["แจ้งเรื่องค่ะ", "แจ้งเรื่อง"],
        "story": ["แจ้งค่ะ", "แจ้ง"],
        "consent": ["ยินยอมค่ะ", "ยินยอม"],
        "kind": ["เรียกเงินค่ะ เป็นปลัด อบต.", "เรียกเงิน"],
        "agency": ["อบต.ดอนมนค่ะ อำเภอสตึก", "อบต.ดอนมน"],
        "official": ["ปลัด อบต. ค่ะ", "ปลัด"],
        "district": ["สตึกค่ะ ตำบลดอนมน", "สตึก"],
        "subdistrict": ["ดอนมนค่ะ"],
        "when": ["วันพุธค่ะ มีพยานคือป้าหอมข้างบ้าน", "2 ธันวาคม 2569"],
        "what": [
            "จะต่อเติมหน้าบ้านเป็นร้านขายของ ไปขออนุญาตที่ อบต. ปลัดบอกถ้าอยากได้ใบเร็ว "
            "ต้องจ่ายสามพันห้า ไม่งั้นรอไปก่อนสามเดือนค่ะ"
        ],
        "what_more": ["ไม่มีค่ะ", "ไม่มี"],
        "evidence": ["ไม่มีรูปค่ะ เคยไปแจ้งที่อำเภอแล้วด้วย", "ไม่มี"],
        "witnesses": ["ป้าหอมค่ะ บอกไปแล้ว", "ป้าหอม"],
        "reported": ["เคยค่ะ ที่อำเภอ", "เคย"],
        "identity": ["ไม่บอกชื่อค่ะ", "ไม่บอกชื่อ"],
        "summary": ["ถูกต้องค่ะ ส่ง", "ส่ง"],
    },
    Meant(
        kind=("bribery",),
        agency=("อบต.ดอนมน",),
        official=("ปลัด",),
        district="3111",
        subdistrict="311109",
        date=("2026-11-25", "2026-12-02"),
        story=("สามพันห้า",),
        witnesses="ป้าหอม",
        reported=True,
        anonymous=True,
        evidence=0,
    ),
)

THREATENED_GOES_ON = Villager(
    "หนุ่มดอนอะราง: threatened while telling his story; he will not back down, gives his name",
    {
        "none": ["แจ้งเรื่องครับ", "แจ้งเรื่อง"],
        "story": ["แจ้งครับ", "แจ้ง"],
        "consent": ["ยินยอมครับ", "ยินยอม"],
        "kind": ["โกงงบสร้างฝายครับ", "โกงงบ"],
        "agency": ["อบต.ดอนอะรางครับ", "อบต.ดอนอะราง"],
        "official": ["ผู้ใหญ่บ้านหมู่ 2 ครับ", "ผู้ใหญ่บ้าน"],
        "district": ["หนองกี่ครับ"],
        "subdistrict": ["ดอนอะรางครับ"],
        "when": ["ตอนหน้าแล้ง มีนาถึงเมษาครับ", "มีนาคม ถึง เมษายน 2569"],
        "what": [
            threat(
                "เดี๋ยวนะครับ น้องชายเพิ่งโทรมาว่ามีคนไปถามพ่อที่นาว่าลูกชายคนโตชื่ออะไร "
                "ทำงานที่ไหน แล้วบอกพ่อว่าให้ลูกระวังปากไว้"
            ),
            "ผมไม่ถอยครับ แจ้งต่อ ฝายกั้นน้ำห้วยหมู่ 2 ป้ายบอกงบสี่แสนเก้า "
            "แต่ที่เห็นมีแค่กระสอบทรายวางเรียงกัน น้ำมาครั้งเดียวพังหมดครับ",
        ],
        "what_more": ["ไม่มีครับ", "ไม่มี"],
        "evidence": ["มีรูปฝายพังครับ", photo(), "เสร็จแล้ว"],
        "witnesses": ["ชาวบ้านที่ใช้น้ำห้วยทุกคนครับ", "ชาวบ้าน"],
        "reported": ["ไม่เคยครับ", "ไม่เคย"],
        "identity": ["ใส่ชื่อผมเลยครับ ไม่กลัวแล้ว", "บอกชื่อ"],
        "name": ["สุริยา ชาญกล้า ครับ"],
        "phone": ["0937771526"],
        "summary": ["ถูกต้องครับ ส่ง", "ส่ง"],
    },
    Meant(
        kind=("budget", "procurement"),
        agency=("อบต.ดอนอะราง",),
        official=("ผู้ใหญ่บ้าน",),
        district="3105",
        subdistrict="310504",
        date=("2026-03-01", "2026-04-30"),
        story=("สี่แสนเก้า",),
        witnesses="ชาวบ้าน",
        reported=False,
        anonymous=False,
        name="สุริยา ชาญกล้า",
        phone="0937771526",
        evidence=1,
    ),
    yes="ใช่ครับ",
)

VILLAGERS = {
    "schoolgirl": SCHOOLGIRL,
    "tea_money": TEA_MONEY,
    "reservoir_fisher": RESERVOIR_FISHER,
    "in_law_kamnan": IN_LAW_KAMNAN,
    "radio_host": RADIO_HOST,
    "group_chat": GROUP_CHAT,
    "land_reform_fee": LAND_REFORM_FEE,
    "road_labourer": ROAD_LABOURER,
    "two_at_once": TWO_AT_ONCE,
    "threatened_goes_on": THREATENED_GOES_ON,
}

SEALED = set(random.Random(17).sample(list(VILLAGERS), 5))
DIAG = set(VILLAGERS) - SEALED
