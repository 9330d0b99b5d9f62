"""Held-out villagers, round 25: ten new kinds of people written by a tester who read neither
the bot's rules nor its word lists nor its training examples; played by the driver of the first
held-out people (`heldout_personas.play`). Among them: a sugarcane cutter who tells her story in
four short messages before anything is asked, a silk weaver who keeps asking questions back, a
motorbike mechanic who changes his mind at the summary, a mother threatened mid-filing over the
school bus, a cattle raiser who types Isan in fragments, a rice-mill worker with typos and Thai
digits, a daughter working in Korea filing for her mother, the village radio announcer (formal,
named), a Khmer-Thai fisherman on the reservoir, and a monk (อาตมา/เจริญพร).
Five, chosen at random (`random.Random(25).sample(sorted(VILLAGERS), 5)`), are SEALED: their
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
NO_FEE = r"ไม่.{0,20}(เสีย|มี|ต้องจ่าย).{0,15}(เงิน|ค่า)|ฟรี|free|no (cost|charge|fee)"
NOT_TOLD = r"ไม่.{0,30}(บอก|เปิดเผย|รู้)|ลับ|ปกปิด|ไม่ระบุ|anonym|confidential|not (be )?(shared|told)"
LATER = r"ทีหลัง|ภายหลัง|ภายใน|ส่งเพิ่ม|later|afterwards"
NEXT = r"ตรวจ|กรรมการ|เจ้าหน้าที่|ติดต่อ|พิจารณา|review|committee|contact|staff"
FOR_OTHER = r"แทน|ผู้อื่น|คนอื่น|on behalf|someone else|ได้"

CANE_CUTTER = Villager(
    "แม่นิด: cuts sugarcane for a wage, tells the story in four short messages before any question",
    {
        "none": ["แจ้งเรื่องค่ะ"],
        "story": ["แจ้งค่ะ", "แจ้ง"],
        "consent": ["ยอมค่ะ", "ยินยอม"],
        "kind": ["เก็บเงินค่าคิวชั่งอ้อยค่ะ ไม่มีใบเสร็จ", "เรียกเงิน"],
        "agency": ["ก็บอกแล้วค่ะ อบต.หนองปล่อง", "อบต.หนองปล่อง"],
        "official": ["ผู้ใหญ่บ้านหมู่ 6 ที่คุมตาชั่งค่ะ", "ผู้ใหญ่บ้าน"],
        "district": ["ชำนิค่ะ", "อำเภอชำนิ"],
        "subdistrict": ["หนองปล่องค่ะ", "ตำบลหนองปล่อง"],
        "when": ["ตั้งแต่โรงงานเปิดหีบเดือนที่แล้วค่ะ", "พฤศจิกายน 2569"],
        "what": ["เล่าไปแล้วข้างบนค่ะ"],
        "what_more": ["ไม่มีแล้วค่ะ", "ไม่มี"],
        "evidence": ["ไม่มีค่ะ เขาไม่ให้อะไรเลย", "ไม่มี"],
        "witnesses": ["คนขับรถอ้อยทุกคันค่ะ พี่ดำ", "พี่ดำ"],
        "reported": ["ยังไม่เคยค่ะ", "ยังไม่เคย"],
        "identity": ["ไม่บอกชื่อค่ะ ยังต้องตัดอ้อยที่นี่", "ไม่บอกชื่อ"],
        "summary": ["ถูกต้องค่ะ ส่งเลย", "ส่ง"],
    },
    Meant(
        kind=("bribery",),
        agency=("อบต.หนองปล่อง",),
        official=("ผู้ใหญ่บ้าน",),
        district="3118",
        subdistrict="311802",
        date=("2026-11-01", "2026-11-30"),
        story=("ตาชั่ง", "300"),
        witnesses="ดำ",
        reported=False,
        anonymous=True,
    ),
    opening=(
        "สวัสดีค่ะ",
        "ลานชั่งอ้อยของ อบต.หนองปล่อง มีคนเก็บเงินค่ะ",
        "รถอ้อยทุกคันต้องจ่ายผู้ใหญ่บ้านคันละ 300 ถึงจะได้ชั่งก่อน",
        "ใครไม่จ่ายต้องรอคิวข้ามคืน อ้อยแห้งน้ำหนักหายค่ะ",
    ),
)

SILK_WEAVER = Villager(
    "ป้าบัวเรียน: weaves silk in the OTOP group, asks a question back at nearly every step",
    {
        "none": ["ป้าจะแจ้งเรื่องเงินกลุ่มทอผ้าไหมจ้ะ", "แจ้งเรื่อง"],
        "story": ["แจ้งจ้ะ", "แจ้ง"],
        "consent": [asks("แจ้งแล้วป้าต้องเสียเงินค่าอะไรไหมจ๊ะ", NO_FEE), "ยินยอมจ้ะ"],
        "kind": ["ซื้อกี่ทอผ้าแพงเกินจริงจ้ะ", "จัดซื้อจัดจ้าง"],
        "agency": ["อบต.ตาเป๊กจ้ะ เขาให้งบกลุ่ม", "อบต.ตาเป๊ก"],
        "official": ["นายก อบต. จ้ะ", "นายก อบต."],
        "district": ["เฉลิมพระเกียรติจ้ะ", "อำเภอเฉลิมพระเกียรติ"],
        "subdistrict": ["ตาเป๊กจ้ะ", "ตำบลตาเป๊ก"],
        "when": ["ตอนก่อนงานขึ้นเขาพนมรุ้งปีนี้จ้ะ", "มีนาคม 2569"],
        "what": [
            "อบต. บอกว่าซื้อกี่กระตุกใหม่ให้กลุ่มสิบหลัง หลังละ 15,000 แต่ของที่มาเป็นกี่เก่า"
            "ทาสีใหม่ ร้านแถวบ้านขายหลังละสามพันเอง ป้าทอมาสามสิบปีดูออกจ้ะ"
        ],
        "what_more": ["ไม่มีแล้วจ้ะ", "ไม่มี"],
        "evidence": [asks("รูปกี่ป้าส่งทีหลังได้ไหมจ๊ะ หลานไม่อยู่", LATER), "ส่งทีหลังจ้ะ", "ส่งทีหลัง"],
        "witnesses": ["ยายสีดาสมาชิกกลุ่มจ้ะ", "ยายสีดา"],
        "reported": ["ยังไม่เคยจ้ะ", "ยังไม่เคย"],
        "identity": [asks("นายกจะรู้ไหมจ๊ะว่าป้าเป็นคนแจ้ง", NOT_TOLD), "ไม่บอกชื่อจ้ะ", "ไม่บอกชื่อ"],
        "summary": [asks("ส่งแล้วจะเป็นยังไงต่อจ๊ะ", NEXT), "ถูกต้องจ้ะ ส่งเลย", "ส่ง"],
    },
    Meant(
        kind=("procurement", "budget"),
        agency=("อบต.ตาเป๊ก",),
        official=("นายก",),
        district="3123",
        subdistrict="312302",
        date=("2026-03-01", "2026-04-30"),
        story=("15,000",),
        witnesses="สีดา",
        reported=False,
        anonymous=True,
    ),
    yes="ใช่จ้ะ",
)

MECHANIC = Villager(
    "ช่างเอก: repairs the อบต.'s motorbikes; at the summary he changes his mind about who asked",
    {
        "none": ["ผมเปิดร้านซ่อมรถ จะแจ้งเรื่องบิลค่าซ่อมของ อบต. ครับ", "แจ้งเรื่อง"],
        "story": ["แจ้งครับ", "แจ้ง"],
        "consent": ["ยินยอมครับ", "ยินยอม"],
        "kind": ["ให้ผมเขียนบิลเกินแล้วเอาส่วนต่างคืนครับ", "เรียกเงิน"],
        "agency": ["อบต.โคกมะม่วงครับ", "อบต.โคกมะม่วง"],
        "official": ["ปลัด อบต. ครับ", "ปลัด"],
        "district": ["ปะคำครับ", "อำเภอปะคำ"],
        "subdistrict": ["โคกมะม่วงครับ", "ตำบลโคกมะม่วง"],
        "when": ["ตั้งแต่ขึ้นปีงบใหม่ ตุลาคมครับ", "ตุลาคม 2569"],
        "what": [
            "รถมอไซค์ของ อบต. เอามาซ่อมที่ร้าน ค่าซ่อมจริงพันสอง เขาให้ผมเขียนบิลสี่พัน "
            "พอเบิกเงินได้ต้องโอนส่วนต่างคืนเขา ทำแบบนี้มาสามคันแล้วครับ"
        ],
        "what_more": ["ไม่มีแล้วครับ", "ไม่มี"],
        "evidence": [photo(), "รูปบิลที่เขาให้เขียนครับ", "เสร็จแล้ว"],
        "witnesses": ["ลูกจ้างในร้านครับ ชื่อบอย", "บอย"],
        "reported": ["ยังไม่เคยครับ", "ยังไม่เคย"],
        "identity": ["บอกชื่อได้ครับ", "บอกชื่อ"],
        "name": ["เอกชัย สายทอง"],
        "phone": ["0872216640"],
        "summary": [
            "เดี๋ยวครับ เปลี่ยนใจ ขอแก้คนทำ ที่สั่งให้เขียนบิลจริงๆ คือรองนายก ไม่ใช่ปลัด",
            "ถูกแล้วครับ ส่ง",
            "ส่ง",
        ],
    },
    Meant(
        kind=("bribery", "budget", "procurement"),
        agency=("อบต.โคกมะม่วง",),
        official=("รองนายก",),
        district="3112",
        subdistrict="311204",
        date=("2026-10-01", "2026-12-07"),
        story=("สี่พัน",),
        witnesses="บอย",
        reported=False,
        anonymous=False,
        name="เอกชัย สายทอง",
        phone="0872216640",
        evidence=1,
    ),
    yes="ใช่ครับ",
)

BUS_THREAT = "เดี๋ยวค่ะ ตะกี้คนขับรถโรงเรียนแวะมาบอกว่า ผอ. รู้แล้วว่าหนูแจ้ง ถ้าไม่หยุดจะมีคนไปดักรอลูกหนูที่ทางกลับบ้าน"

SCHOOL_BUS_MOTHER = Villager(
    "แม่ปุ๊ก: pays a school bus fee the budget already covers; threatened while filing",
    {
        "none": ["อยากแจ้งเรื่องค่ารถรับส่งนักเรียนค่ะ", "แจ้งเรื่อง"],
        "story": ["แจ้งค่ะ", "แจ้ง"],
        "consent": ["ยินยอมค่ะ", "ยินยอม"],
        "kind": ["เก็บเงินค่ารถซ้ำซ้อนกับงบค่ะ", "เรียกเงิน"],
        "agency": ["อบต.หนองตาดค่ะ เขาให้งบรถโรงเรียน", "อบต.หนองตาด"],
        "official": ["ผอ.โรงเรียนค่ะ", "ผอ.โรงเรียน"],
        "district": ["เมืองบุรีรัมย์ค่ะ", "อำเภอเมืองบุรีรัมย์"],
        "subdistrict": ["หนองตาดค่ะ", "ตำบลหนองตาด"],
        "when": ["ตั้งแต่เปิดเทอมสองต้นพฤศจิกาค่ะ", "พฤศจิกายน 2569"],
        "what": [
            "อบต. ให้งบรถรับส่งนักเรียนฟรี แต่ ผอ. เก็บผู้ปกครองเดือนละ 400 ต่อคน บอกเป็นค่าน้ำมัน ไม่มีใบเสร็จค่ะ"
        ],
        "what_more": ["ไม่มีแล้วค่ะ", "ไม่มี"],
        "evidence": ["มีรูปซองที่ใส่เงินค่ะ ส่งทีหลังนะคะ", "ส่งทีหลัง"],
        "witnesses": [threat(BUS_THREAT), "แม่น้องฟ้า ผู้ปกครองอีกคนค่ะ", "แม่น้องฟ้า"],
        "reported": ["ยังไม่เคยค่ะ", "ยังไม่เคย"],
        "identity": ["ไม่บอกชื่อนะคะ", "ไม่บอกชื่อ"],
        "summary": ["ถูกต้องค่ะ ส่ง", "ส่ง"],
    },
    Meant(
        kind=("bribery", "budget"),
        agency=("อบต.หนองตาด",),
        official=("ผอ",),
        district="3101",
        subdistrict="310114",
        date=("2026-11-01", "2026-12-07"),
        story=("400",),
        witnesses="ฟ้า",
        reported=False,
        anonymous=True,
    ),
)

CATTLE_RAISER = Villager(
    "ลุงคำ: raises cattle, types Isan in two- or three-word fragments",
    {
        "none": ["สิแจ้ง เรื่องวัว", "แจ้งเรื่อง"],
        "story": ["แจ้ง", "แจ้งเรื่อง"],
        "consent": ["ยอม", "ยินยอม"],
        "kind": ["เก็บเงิน ค่าวัคซีน", "เรียกเงิน"],
        "agency": ["อบต. สำโรงใหม่", "อบต.สำโรงใหม่"],
        "official": ["อาสาปศุสัตว์ หมู่ 4", "อาสาปศุสัตว์"],
        "district": ["ละหานทราย", "อำเภอละหานทราย"],
        "subdistrict": ["สำโรงใหม่", "ตำบลสำโรงใหม่"],
        "when": ["เดือนก่อน", "พฤศจิกายน 2569"],
        "what": ["ฉีดวัคซีนปากเท้าเปื่อย หลวงให้ฟรี เพิ่นเก็บ ตัวละ 50 ข่อยมี 12 ตัว"],
        "what_more": ["บ่มี", "ไม่มี"],
        "evidence": ["บ่มี", "ไม่มี"],
        "witnesses": ["ตาเปลี่ยน บ้านใกล้", "ตาเปลี่ยน"],
        "reported": ["บ่เคย", "ยังไม่เคย"],
        "identity": ["บ่บอกชื่อ", "ไม่บอกชื่อ"],
        "summary": ["แม่นแล้ว ส่ง", "ส่ง"],
    },
    Meant(
        kind=("bribery",),
        agency=("อบต.สำโรงใหม่",),
        official=("ปศุสัตว์",),
        district="3106",
        subdistrict="310604",
        date=("2026-11-01", "2026-11-30"),
        story=("50",),
        witnesses="เปลี่ยน",
        reported=False,
        anonymous=True,
    ),
    yes="แม่นแล้ว",
)

MILL_WORKER = Villager(
    "น้องเบียร์: works at the community rice mill, typos everywhere and Thai digits",
    {
        "none": ["สวัดดีครับ จะแจงเรื่องงบโรงสีชุมชนครับ", "แจ้งเรื่อง"],
        "story": ["แจงครับ", "แจ้ง"],
        "consent": ["ยินยมครับ", "ยินยอม"],
        "kind": ["เบิกงบซื้อเครื่องอบข้าวแต่ไม่ได้ซื้อครับ", "ใช้งบไม่ถูก"],
        "agency": ["อบต.บ้านไทนครับ", "อบต.บ้านไทร"],
        "official": ["นายก อบต ครับ", "นายก อบต."],
        "district": ["ประโคนไชยครับ", "ประโคนชัย"],
        "subdistrict": ["ตำบลบ้านไทนครับ", "บ้านไทร"],
        "when": ["วันที่ ๑๒ ต.ค. ๖๙ ครับ วันที่เขาเบิกเงิน", "12 ตุลาคม 2569"],
        "what": [
            "อบต. เบิกงบ ๒๕๐,๐๐๐ บาทซื้อเครื่องอบลดความชื้นให้โรงสีชุมชน แต่จนตอนนี้ไม่มีเครื่อง"
            "มาเลยครับ ผมทำงานที่โรงสีทุกวันรู้ดี"
        ],
        "what_more": ["ไม่มีแล้วคับ", "ไม่มี"],
        "evidence": ["ไม่มีคับ", "ไม่มี"],
        "witnesses": ["ประธานโรงสีครับ ลุงสมบูน", "ลุงสมบูน"],
        "reported": ["ยังไม่เคยคับ", "ยังไม่เคย"],
        "identity": ["บอกชื่อได้คับ", "บอกชื่อ"],
        "name": ["ธีรพงษ์ บุญมา"],
        "phone": ["๐๘๖๕๕๔๓๒๑๐"],
        "summary": ["ถูกต้องคับ ส่งเลย", "ส่ง"],
    },
    Meant(
        kind=("budget", "procurement"),
        agency=("อบต.บ้านไทร",),
        official=("นายก",),
        district="3107",
        subdistrict="310703",
        date=("2026-10-12", "2026-10-12"),
        story=("เครื่องอบ",),
        witnesses="สมบูน",
        reported=False,
        anonymous=False,
        name="ธีรพงษ์ บุญมา",
        phone="0865543210",
    ),
    yes="ใช่คับ",
)

KOREA_DAUGHTER = Villager(
    "น้องแพร: works in a factory in Korea, files from there for her mother's elderly allowance",
    {
        "none": [
            asks("หนูอยู่เกาหลีค่ะ แจ้งแทนแม่ที่อยู่บุรีรัมย์ได้ไหมคะ", FOR_OTHER),
            "ขอแจ้งเรื่องเบี้ยผู้สูงอายุของแม่ค่ะ",
            "แจ้งเรื่อง",
        ],
        "story": ["แจ้งค่ะ", "แจ้ง"],
        "consent": ["ยินยอมค่ะ", "ยินยอม"],
        "kind": ["หักเงินเบี้ยคนแก่ค่ะ", "เรียกเงิน"],
        "agency": ["อบต.ตาเสาค่ะ", "อบต.ตาเสา"],
        "official": ["ผู้ใหญ่บ้านหมู่ 2 ค่ะ", "ผู้ใหญ่บ้าน"],
        "district": ["ห้วยราชค่ะ", "อำเภอห้วยราช"],
        "subdistrict": ["ตาเสาค่ะ", "ตำบลตาเสา"],
        "when": ["ทุกเดือนตั้งแต่มิถุนาปีนี้ค่ะ แม่เพิ่งเล่าตอนวิดีโอคอล", "มิถุนายน 2569"],
        "what": [
            "แม่อายุ 78 ได้เบี้ยเดือนละ 700 ผู้ใหญ่บ้านไปกดเงินให้คนแก่ที่ไม่มีรถ "
            "แล้วหักไว้คนละ 100 บอกว่าค่าน้ำมัน แม่กลัวไม่กล้าถาม"
        ],
        "what_more": ["ไม่มีแล้วค่ะ", "ไม่มี"],
        "evidence": ["ไม่มีค่ะ หนูอยู่ไกล", "ไม่มี"],
        "witnesses": ["ยายหนูพินบ้านติดกัน โดนเหมือนกันค่ะ", "ยายหนูพิน"],
        "reported": ["ยังไม่เคยค่ะ", "ยังไม่เคย"],
        "identity": ["ไม่บอกชื่อค่ะ แม่ยังอยู่ที่นั่น", "ไม่บอกชื่อ"],
        "summary": ["ถูกต้องค่ะ", "ส่ง"],
    },
    Meant(
        kind=("bribery", "budget"),
        agency=("อบต.ตาเสา",),
        official=("ผู้ใหญ่บ้าน",),
        district="3116",
        subdistrict="311603",
        date=("2026-06-01", "2026-12-07"),
        story=("100",),
        witnesses="หนูพิน",
        reported=False,
        anonymous=True,
    ),
)

RADIO_ANNOUNCER = Villager(
    "ลุงประยูร: runs the village loudspeaker tower, writes like an announcement, named",
    {
        "none": [
            "ประกาศ ประกาศ... ขออนุญาตครับ ผมผู้ประกาศหอกระจายข่าวประจำหมู่บ้าน "
            "ขอร้องเรียนเรื่องการซื้อลำโพงหอกระจายข่าวครับ",
            "แจ้งเรื่อง",
        ],
        "story": ["แจ้งครับ", "แจ้ง"],
        "consent": ["ยินยอมครับ", "ยินยอม"],
        "kind": ["จัดซื้อลำโพงแพงเกินจริง ซื้อจากร้านญาตินายกครับ", "จัดซื้อจัดจ้าง"],
        "agency": ["อบต.ไทยสามัคคีครับ", "อบต.ไทยสามัคคี"],
        "official": ["นายก อบต. ครับ", "นายก อบต."],
        "district": ["อำเภอหนองหงส์ครับ", "หนองหงส์"],
        "subdistrict": ["ตำบลไทยสามัคคีครับ", "ไทยสามัคคี"],
        "when": ["ปีงบประมาณ 2569 ครับ", "2569"],
        "what": [
            "อบต. ซื้อลำโพงฮอร์นสี่ตัวกับเครื่องขยายเสียงให้หอกระจายข่าว ราคา 96,000 บาท "
            "จากร้านของน้องชายนายก ผมเป็นคนใช้ทุกวัน ของทั้งชุดราคาตลาดไม่ถึงสามหมื่น เสียงแตกตั้งแต่เดือนแรกครับ"
        ],
        "what_more": ["ไม่มีเพิ่มเติมครับ", "ไม่มี"],
        "evidence": [photo(), "รูปป้ายราคาที่ร้านครับ", "เสร็จแล้ว"],
        "witnesses": ["ผู้ช่วยผู้ใหญ่บ้านครับ ชื่อวิชัย", "วิชัย"],
        "reported": ["เคยบอกที่ประชุมหมู่บ้านครับ ไม่มีใครทำอะไร", "เคยแจ้งผู้ใหญ่บ้าน"],
        "reported_to": ["ที่ประชุมหมู่บ้าน ผู้ใหญ่บ้านเป็นประธานครับ", "ผู้ใหญ่บ้าน"],
        "reported_ref": ["ไม่มีเลขครับ", "ไม่มี"],
        "identity": ["เปิดเผยชื่อได้ครับ ทั้งหมู่บ้านรู้เสียงผมอยู่แล้ว", "บอกชื่อ"],
        "name": ["ประยูร ชัยสิทธิ์"],
        "phone": ["0819934512"],
        "summary": ["ถูกต้องครับ ส่งได้", "ส่ง"],
    },
    Meant(
        kind=("procurement", "conflict"),
        agency=("อบต.ไทยสามัคคี",),
        official=("นายก",),
        district="3114",
        subdistrict="311403",
        date=("2025-10-01", "2026-09-30"),
        story=("96,000",),
        witnesses="วิชัย",
        reported=True,
        anonymous=False,
        name="ประยูร ชัยสิทธิ์",
        phone="0819934512",
        evidence=1,
    ),
    yes="ใช่ครับ",
)

FISHERMAN = Villager(
    "ตาเรือน: fishes the Lam Nang Rong reservoir, Khmer-Thai, pays to put his boat in",
    {
        "none": ["ซัวสเด็ยบาด ตาหาปลาในเขื่อน สิแจ้งเรื่องเก็บเงินค่าลงเรือ", "แจ้งเรื่อง"],
        "story": ["แจ้งบาด", "แจ้ง"],
        "consent": ["ยอมบาด", "ยินยอม"],
        "kind": ["เก็บเงินค่าลงเรือ ไม่มีใบเสร็จบาด", "เรียกเงิน"],
        "agency": ["อบต.ลำนางรองบาด", "อบต.ลำนางรอง"],
        "official": ["เจ้าหน้าที่ อบต. คนเก็บค่าท่าเรือ", "เจ้าหน้าที่"],
        "district": ["โนนดินแดงบาด", "โนนดินแดง"],
        "subdistrict": ["ลำนางรองบาด", "ตำบลลำนางรอง"],
        "when": ["ตั้งแต่น้ำขึ้นเดือนตุลาบาด", "ตุลาคม 2569"],
        "what": [
            "คนหาปลาลงเรือที่ท่าเขื่อนลำนางรองต้องจ่ายลำละ 200 ทุกอาทิตย์ เจ้าหน้าที่บอกเป็นค่าท่า "
            "แต่ อบต. ไม่เคยประกาศ ไม่มีใบเสร็จ ตาจับปลาได้วันละร้อยสองร้อยเอง"
        ],
        "what_more": ["อ็อตเมียนเตบาด", "ไม่มี"],
        "evidence": ["ไม่มีบาด", "ไม่มี"],
        "witnesses": ["ตาพลอยหาปลาด้วยกันบาด", "ตาพลอย"],
        "reported": ["ไม่เคยบาด", "ยังไม่เคย"],
        "identity": ["ไม่บอกชื่อบาด", "ไม่บอกชื่อ"],
        "summary": ["ถูกแล้วบาด ส่ง", "ส่ง"],
    },
    Meant(
        kind=("bribery",),
        agency=("อบต.ลำนางรอง",),
        official=("เจ้าหน้าที่",),
        district="3120",
        subdistrict="312003",
        date=("2026-10-01", "2026-12-07"),
        story=("200",),
        witnesses="พลอย",
        reported=False,
        anonymous=True,
    ),
    yes="ใช่บาด",
)

MONK = Villager(
    "พระอาจารย์: abbot of a village temple, speaks as a monk (อาตมา, เจริญพร), the fair budget",
    {
        "none": ["เจริญพร อาตมาเป็นเจ้าอาวาส ขอแจ้งเรื่องงบจัดงานประจำปีของวัด", "แจ้งเรื่อง"],
        "story": ["แจ้งเจริญพร", "แจ้ง"],
        "consent": ["อาตมายินยอม", "ยินยอม"],
        "kind": ["เบิกงบจัดงานวัดไม่ตรงกับที่ใช้จริง", "ใช้งบไม่ถูก"],
        "agency": ["อบต.หินเหล็กไฟ เจริญพร", "อบต.หินเหล็กไฟ"],
        "official": ["นายก อบต. เจริญพร", "นายก อบต."],
        "district": ["อำเภอคูเมือง", "คูเมือง"],
        "subdistrict": ["ตำบลหินเหล็กไฟ", "หินเหล็กไฟ"],
        "when": ["งานประจำปีของวัดเมื่อกุมภาพันธ์ที่ผ่านมา", "กุมภาพันธ์ 2569"],
        "what": [
            "อบต. เบิกงบสนับสนุนงานประจำปีของวัด 80,000 บาท ค่าเวทีค่าหมอลำ แต่ที่วัดได้รับจริง"
            "เพียง 20,000 บาท กรรมการวัดถามก็ไม่มีคำตอบ"
        ],
        "what_more": ["ไม่มีเพิ่มเติม", "ไม่มี"],
        "evidence": ["มีสำเนาใบสำคัญรับเงินที่วัดเซ็นไว้ จะให้ลูกศิษย์ส่งภายหลัง", "ส่งทีหลัง"],
        "witnesses": ["ไวยาวัจกรของวัด นายบุญส่ง", "บุญส่ง"],
        "reported": ["ยังไม่เคยแจ้งที่ใด", "ยังไม่เคย"],
        "identity": ["ไม่ประสงค์ให้ระบุนาม เจริญพร", "ไม่บอกชื่อ"],
        "summary": ["ถูกต้องแล้ว ส่งได้ เจริญพร", "ส่ง"],
    },
    Meant(
        kind=("budget",),
        agency=("อบต.หินเหล็กไฟ",),
        official=("นายก",),
        district="3102",
        subdistrict="310205",
        date=("2026-02-01", "2026-02-28"),
        story=("80,000",),
        witnesses="บุญส่ง",
        reported=False,
        anonymous=True,
    ),
    yes="ใช่ เจริญพร",
)

VILLAGERS = {
    "cane_cutter": CANE_CUTTER,
    "silk_weaver": SILK_WEAVER,
    "mechanic": MECHANIC,
    "school_bus_mother": SCHOOL_BUS_MOTHER,
    "cattle_raiser": CATTLE_RAISER,
    "mill_worker": MILL_WORKER,
    "korea_daughter": KOREA_DAUGHTER,
    "radio_announcer": RADIO_ANNOUNCER,
    "fisherman": FISHERMAN,
    "monk": MONK,
}

SEALED = set(random.Random(25).sample(sorted(VILLAGERS), 5))
DIAG = set(VILLAGERS) - SEALED
