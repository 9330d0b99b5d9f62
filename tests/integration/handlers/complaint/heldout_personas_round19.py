"""Held-out villagers, round 19 (issue "a villager is understood, not matched"): ten new kinds
of people written by a tester who read neither the bot's rules nor its word lists nor its
training examples; played by the driver of the first held-out people
(`heldout_personas.play`). Among them: a tuk-tuk driver typing with one thumb, an Isan rice
farmer, a woman whose husband reads over her shoulder, a teacher who pastes a LINE group
message, a man who asks a question back at every step, a night guard who sends his story in
five bursts, a cassava farmer threatened while filing, an English-speaking volunteer, a
Khmer-Thai grandmother from the border, and a mother who changes the agency twice.
Five, chosen at random (`random.Random(19)`), are SEALED: their failures are only counted,
never described to whoever fixes the conversation, so that no fix is fitted to them.

Dates are as said on Monday 7 December 2026 (BE 2569). Where a phrase can honestly mean more
than one day, the span covers every reading.
"""

from __future__ import annotations

import random

from tests.integration.handlers.complaint.heldout_personas import Meant, Villager, asks, threat
from tests.integration.handlers.complaint.heldout_personas_round12 import (
    ANY_REPLY,
    NOT_TOLD,
    WHO_SEES,
)
from tests.integration.handlers.complaint.personas import photo

# Replies a question back must get (what any honest answer to it contains).
HOW_LONG = r"วัน|สัปดาห์|อาทิตย์|เดือน|เร็ว|day|week|soon"
COSTS_NOTHING = r"ไม่.{0,20}(เสีย|มี).{0,15}(เงิน|ค่า)|ฟรี|free|no (cost|charge|fee)"
NAME_OPTIONAL = r"ไม่(ต้อง|จำเป็น)|ไม่บอกชื่อ|ไม่เปิดเผย|ไม่ระบุ|anonymous"

TUKTUK_THUMB = Villager(
    "คนขับตุ๊กตุ๊กหน้า บขส. บุรีรัมย์: one thumb, no spaces, drops vowels; police collect a weekly fee",
    {
        "none": ["จะแจ้งตำรวจเก็บเงินคับ", "แจ้งเรื่อง"],
        "story": ["แจ้งคับ", "แจ้ง"],
        "consent": ["ยอมคับ", "ยินยอม"],
        "kind": ["เกบค่าจอดรถทุกอาทิด", "เรียกเงิน"],
        "agency": ["สภเมืองบุรีรัม", "สภ.เมืองบุรีรัมย์"],
        "official": ["ตำรวจจราจรคับ", "ตำรวจ"],
        "district": ["อเมือง", "เมืองบุรีรัมย์"],
        "subdistrict": ["ในเมืองคับ", "ในเมือง"],
        "when": ["ทุกวันจันทร์ตั้งแต่เดือนสิบ", "ตุลาคม 2569 ถึงตอนนี้"],
        "what": ["ตำรวจจราจรเกบเงินตุกตุกที่จอดหน้าบขสคันละ200ทุกวันจันทร์ ไม่จ่ายโดนใบสั่งทุกวันมีรถ30กว่าคัน"],
        "what_more": ["ไม่มีคับ", "ไม่มี"],
        "evidence": ["ไม่มีคับ", "ไม่มี"],
        "witnesses": ["เพื่อนวินตุกตุกคับ", "เพื่อนคนขับ"],
        "reported": ["ไม่เคยคับ", "ไม่เคย"],
        "identity": ["ไม่บอกชื่อคับ", "ไม่บอกชื่อ"],
        "summary": ["ถูกคับส่ง", "ส่ง"],
    },
    Meant(
        kind=("bribery",),
        agency=("สภ.เมืองบุรีรัมย์", "สภ.เมือง"),
        official=("ตำรวจ",),
        district="3101",
        subdistrict="310101",
        date=("2026-10-01", "2026-12-07"),
        story=("200",),
        witnesses="ตุกตุก",
        reported=False,
        anonymous=True,
        evidence=0,
    ),
    yes="ใช่คับ",
)

ISAN_RICE_FARMER = Villager(
    "พ่อใหญ่ชาวนาดงพลอง: answers everything in Isan; the rice seed handout was sold on",
    {
        "none": ["สิแจ้งเรื่องพันธุ์ข้าวที่เพิ่นแจกเด้อ", "แจ้งเรื่อง"],
        "story": ["แจ้งโลด", "แจ้ง"],
        "consent": ["ยอมอยู่ลูก", "ยินยอม"],
        "kind": ["เพิ่นเอาพันธุ์ข้าวหลวงไปขาย", "โกงเงินหลวง"],
        "agency": ["อบต.ดงพลองพุ้นแหล่ว", "อบต.ดงพลอง"],
        "official": ["ผู้ใหญ่บ้านหมู่ 6 เพิ่นแหละ", "ผู้ใหญ่บ้าน"],
        "district": ["แคนดงเด้อ", "แคนดง"],
        "subdistrict": ["ดงพลองนี่ล่ะ", "ดงพลอง"],
        "when": ["ตอนเดือนหกที่เพิ่นแจกนั่นล่ะ ปีนี่", "พฤษภาคม 2569"],
        "what": [
            "ทางการให้พันธุ์ข้าวหอมมะลิครอบครัวละสองกระสอบ ผู้ใหญ่แจกแท้ๆกระสอบเดียว "
            "อีกกระสอบเพิ่นขนไปขายโรงสีกระสอบละแปดร้อย ข้อยเห็นกับตา"
        ],
        "what_more": ["บ่มีแล้วลูก", "ไม่มี"],
        "evidence": ["บ่มีฮูปดอก", "ไม่มี"],
        "witnesses": ["อ้ายบุญมีคนขับรถอีแต๋นเพิ่นเห็นนำ", "บุญมี"],
        "reported": ["บ่เคยแจ้งไส", "ไม่เคย"],
        "identity": ["บ่บอกชื่อเด้อ", "ไม่บอกชื่อ"],
        "summary": ["ถูกแล้ว ส่งโลด", "ส่ง"],
    },
    Meant(
        kind=("budget", "bribery"),
        agency=("อบต.ดงพลอง",),
        official=("ผู้ใหญ่บ้าน",),
        district="3122",
        subdistrict="312202",
        date=("2026-05-01", "2026-05-31"),
        story=("แปดร้อย",),
        witnesses="บุญมี",
        reported=False,
        anonymous=True,
        evidence=0,
    ),
    yes="แม่นแล้ว",
)

HUSBAND_OVER_SHOULDER = Villager(
    "เมียคนงาน อบต.ห้วยหิน: her husband reads over her shoulder; she pauses, asks for secrecy",
    {
        "none": ["มีเรื่องอยากแจ้งค่ะ แต่ต้องพิมพ์ตอนผัวไม่อยู่", "แจ้งเรื่อง"],
        "story": ["แจ้งค่ะ", "แจ้ง"],
        "consent": [
            asks("ก่อนค่ะ ผัวหนูทำงาน อบต. ถ้าหนูแจ้ง ที่ อบต. จะรู้ไหมคะว่าหนูแจ้ง", NOT_TOLD),
            "ยินยอมค่ะ",
            "ยินยอม",
        ],
        "kind": ["เขาเบิกค่าแรงคนงานที่ไม่มีตัวจริงค่ะ", "โกงเงินหลวง"],
        "agency": ["อบต.ห้วยหินค่ะ", "อบต.ห้วยหิน"],
        "official": ["หัวหน้ากองช่างค่ะ", "หัวหน้ากองช่าง"],
        "district": ["หนองหงส์ค่ะ"],
        "subdistrict": ["ห้วยหินค่ะ"],
        "when": ["ตั้งแต่เดือนกรกฎาค่ะ ทุกเดือน", "กรกฎาคม 2569 ถึงตอนนี้"],
        "what": [
            "หัวหน้ากองช่างใส่ชื่อคนงานผีสี่คนในบัญชีค่าแรง คนละเก้าพันต่อเดือน "
            "คนพวกนั้นไม่เคยมาทำงาน ผัวหนูเห็นบัญชีแต่ไม่กล้าพูด"
        ],
        "what_more": ["ผัวเดินมาแล้วค่ะ เดี๋ยวค่อยพิมพ์ต่อ... ไปแล้วค่ะ ไม่มีเพิ่มค่ะ", "ไม่มี"],
        "evidence": ["ไม่มีค่ะ", "ไม่มี"],
        "witnesses": ["ไม่มีค่ะ ไม่อยากให้ใครรู้", "ไม่มี"],
        "reported": ["ไม่เคยค่ะ", "ไม่เคย"],
        "identity": ["ไม่บอกชื่อค่ะ ห้ามมีชื่อหนูเด็ดขาด", "ไม่บอกชื่อ"],
        "summary": ["ถูกต้องค่ะ ส่งเลยค่ะ ก่อนผัวกลับ", "ส่ง"],
    },
    Meant(
        kind=("budget",),
        agency=("อบต.ห้วยหิน",),
        official=("กองช่าง",),
        district="3114",
        subdistrict="311402",
        date=("2026-07-01", "2026-12-07"),
        story=("เก้าพัน",),
        reported=False,
        anonymous=True,
        evidence=0,
    ),
)

TEACHER_PASTES_LINE = Villager(
    "ครูโรงเรียนบ้านตาเป๊ก: pastes the director's LINE group message as her story",
    {
        "none": ["สวัสดีค่ะ ครูค่ะ จะแจ้งเรื่อง ผอ. เรียกเงินครู", "แจ้งเรื่อง"],
        "story": ["แจ้งค่ะ", "แจ้ง"],
        "consent": ["ยินยอมค่ะ", "ยินยอม"],
        "kind": ["ผอ.เรียกเงินครูค่ะ", "เรียกเงิน"],
        "agency": ["โรงเรียนบ้านตาเป๊กค่ะ", "โรงเรียนบ้านตาเป๊ก"],
        "official": ["ผอ.โรงเรียนค่ะ", "ผอ.โรงเรียน"],
        "district": ["เฉลิมพระเกียรติค่ะ"],
        "subdistrict": ["ตาเป๊กค่ะ"],
        "when": ["สิ้นเดือนที่แล้วค่ะ วันที่ 30", "30 พฤศจิกายน 2569"],
        "what": [
            "ก๊อปมาจากกลุ่มไลน์ครูนะคะ >> [ผอ.] แจ้งครูทุกท่าน ใครจะยื่นประเมินวิทยฐานะรอบนี้ "
            "ให้โอนค่าดำเนินการเอกสารท่านละ 5,000 เข้าบัญชีที่แนบ ภายในวันศุกร์ ใครไม่โอน "
            "ผอ.ไม่เซ็นรับรองให้นะครับ <<"
        ],
        "what_more": ["ไม่มีค่ะ", "ไม่มี"],
        "evidence": ["มีแคปหน้าจอค่ะ", photo(), "เสร็จแล้ว"],
        "witnesses": ["ครูในกลุ่มไลน์ทุกคนค่ะ สิบสองคน", "ครูในโรงเรียน"],
        "reported": ["ยังไม่เคยค่ะ", "ไม่เคย"],
        "identity": ["ไม่บอกชื่อค่ะ", "ไม่บอกชื่อ"],
        "summary": ["ถูกต้องค่ะ ส่ง", "ส่ง"],
    },
    Meant(
        kind=("bribery",),
        agency=("โรงเรียนบ้านตาเป๊ก",),
        official=("ผอ",),
        district="3123",
        subdistrict="312302",
        date=("2026-11-30", "2026-11-30"),
        story=("5,000", "วิทยฐานะ"),
        witnesses="ครู",
        reported=False,
        anonymous=True,
        evidence=1,
    ),
)

ASKS_BACK = Villager(
    "ลุงขายล็อตเตอรี่ลำปลายมาศ: answers every question with a question first",
    {
        "none": [asks("แจ้งเรื่องที่นี่เสียเงินไหมครับ", COSTS_NOTHING), "แจ้งเรื่องครับ", "แจ้งเรื่อง"],
        "story": [asks("แจ้งแล้วเรื่องไปถึงใครครับ", WHO_SEES), "แจ้งครับ", "แจ้ง"],
        "consent": [asks("ถ้ายินยอมแล้วใครจะเห็นชื่อผมบ้าง", WHO_SEES), "ยินยอมครับ", "ยินยอม"],
        "kind": ["ต้องเลือกประเภทด้วยเหรอ เขาเรียกเงินค่าแผงครับ", "เรียกเงิน"],
        "agency": ["เทศบาลหรือ อบต. ล่ะ ผมว่า อบต.ทะเมนชัยครับ", "อบต.ทะเมนชัย"],
        "official": ["ต้องบอกชื่อคนด้วยเหรอ เป็นรองนายก อบต. ครับ", "รองนายก"],
        "district": ["ลำปลายมาศครับ ถามทำไมเหรอ", "ลำปลายมาศ"],
        "subdistrict": ["ทะเมนชัยครับ"],
        "when": [
            asks("ต้องวันที่แน่นอนไหม จำได้แค่ว่าช่วงงานกาชาด", ANY_REPLY),
            "ช่วงงานกาชาดต้นเดือนนี้ครับ",
            "1 ถึง 6 ธันวาคม 2569",
        ],
        "what": [
            "รองนายกเก็บค่าแผงขายล็อตเตอรี่หน้าตลาดเย็นเจ้าละห้าร้อยต่อเดือน บอกเป็นค่าไฟ "
            "แต่ตลาดไม่มีไฟสักดวง ไม่มีใบเสร็จ"
        ],
        "what_more": ["แค่นี้พอไหมครับ ไม่มีแล้ว", "ไม่มี"],
        "evidence": ["ต้องมีหลักฐานไหม ผมไม่มีครับ", "ไม่มี"],
        "witnesses": ["แม่ค้าในตลาดเย็นครับ", "แม่ค้า"],
        "reported": ["ต้องเคยแจ้งที่อื่นก่อนเหรอ ไม่เคยครับ", "ไม่เคย"],
        "identity": [asks("ไม่บอกชื่อได้ไหมครับ", NAME_OPTIONAL), "ไม่บอกชื่อครับ", "ไม่บอกชื่อ"],
        "summary": [asks("ส่งแล้วกี่วันจะรู้ผลครับ", HOW_LONG), "ถูกครับ ส่ง", "ส่ง"],
    },
    Meant(
        kind=("bribery",),
        agency=("อบต.ทะเมนชัย",),
        official=("รองนายก",),
        district="3110",
        subdistrict="311004",
        date=("2026-12-01", "2026-12-06"),
        story=("ห้าร้อย",),
        witnesses="แม่ค้า",
        reported=False,
        anonymous=True,
        evidence=0,
    ),
    yes="ใช่ครับ",
)

FIVE_BURSTS = Villager(
    "ยามโรงเรียนบ้านหายโศก: sends his story in five bursts between rounds, before being asked",
    {
        "none": ["แจ้งเรื่องครับ", "แจ้งเรื่อง"],
        "story": ["แจ้งครับ", "แจ้ง"],
        "consent": ["ยินยอมครับ", "ยินยอม"],
        "kind": ["บอกไปแล้วข้างบนครับ ซื้อของแพงเกิน", "จัดซื้อจัดจ้าง"],
        "agency": ["โรงเรียนบ้านหายโศกครับ", "โรงเรียนบ้านหายโศก"],
        "official": ["ครูที่เป็นเจ้าหน้าที่พัสดุครับ", "เจ้าหน้าที่พัสดุ"],
        "district": ["พุทไธสงครับ"],
        "subdistrict": ["หายโศกครับ"],
        "when": ["ปิดเทอมตุลาครับ", "ตุลาคม 2569"],
        "what": ["เล่าไปแล้วครับ ห้าข้อความข้างบน", "ซื้อโต๊ะเก้าอี้นักเรียนแพงเกินจริง"],
        "what_more": ["ไม่มีครับ", "ไม่มี"],
        "evidence": ["มีรูปโต๊ะครับ", photo(), "เสร็จแล้ว"],
        "witnesses": ["ภารโรงอีกคนครับ ลุงจันทร์", "ลุงจันทร์"],
        "reported": ["ไม่เคยครับ", "ไม่เคย"],
        "identity": ["ไม่บอกชื่อครับ", "ไม่บอกชื่อ"],
        "summary": ["ถูกครับ ส่ง", "ส่ง"],
    },
    Meant(
        kind=("procurement", "budget"),
        agency=("โรงเรียนบ้านหายโศก",),
        official=("พัสดุ",),
        district="3109",
        subdistrict="310910",
        date=("2026-10-01", "2026-10-31"),
        story=("1,800", "ไม้อัด"),
        witnesses="ลุงจันทร์",
        reported=False,
        anonymous=True,
        evidence=1,
    ),
    opening=(
        "ผมเป็นยามโรงเรียนบ้านหายโศกครับ",
        "ตอนปิดเทอมตุลา มีรถมาส่งโต๊ะเก้าอี้นักเรียนชุดใหม่",
        "ในใบส่งของเขียนชุดละ 1,800 บาท",
        "แต่เป็นไม้อัดบางๆ ใช้ไม่ถึงเดือนขาหักไปหลายตัว",
        "ร้านแถวอำเภอขายชุดแบบนี้ห้าร้อยครับ",
    ),
    yes="ใช่ครับ",
)

THREATENED_MID_FILING = Villager(
    "ชาวไร่มันสำปะหลังโนนสุวรรณ: a car stops at his gate while he files; he goes on",
    {
        "none": ["จะแจ้งเรื่องลานมันของ อบต. ครับ", "แจ้งเรื่อง"],
        "story": ["แจ้งครับ", "แจ้ง"],
        "consent": ["ยินยอมครับ", "ยินยอม"],
        "kind": ["เก็บค่าชั่งมันเกินประกาศครับ", "เรียกเงิน"],
        "agency": ["อบต.ทุ่งจังหันครับ", "อบต.ทุ่งจังหัน"],
        "official": ["นายก อบต. ครับ", "นายก อบต."],
        "district": ["โนนสุวรรณครับ"],
        "subdistrict": ["ทุ่งจังหันครับ"],
        "when": ["หน้าขุดมันปีนี้ ตั้งแต่ต้นเดือนพฤศจิกาครับ", "พฤศจิกายน 2569 ถึงตอนนี้"],
        "what": [
            "เครื่องชั่งที่ลานมันของ อบต. ประกาศค่าชั่งคันละห้าสิบ นายกให้คนเก็บคันละสามร้อย "
            "ใครไม่จ่ายไม่ให้ชั่ง ต้องขนไปชั่งไกลถึงนางรอง"
        ],
        "what_more": ["ไม่มีครับ", "ไม่มี"],
        "evidence": [
            threat(
                "เดี๋ยวครับ มีรถกระบะคนของนายกมาจอดหน้าประตูบ้าน คนขับลงมาบอกเมียว่า "
                "ได้ข่าวว่าผัวพี่ชอบพิมพ์นะ ระวังมือจะหักนะ"
            ),
            "เขาไปแล้วครับ ผมแจ้งต่อ หลักฐานไม่มีครับ",
            "ไม่มี",
        ],
        "witnesses": ["คนขับรถขนมันหลายคนครับ", "คนขับรถขนมัน"],
        "reported": ["ไม่เคยครับ", "ไม่เคย"],
        "identity": ["ไม่บอกชื่อครับ", "ไม่บอกชื่อ"],
        "summary": ["ถูกครับ ส่งเลย", "ส่ง"],
    },
    Meant(
        kind=("bribery",),
        agency=("อบต.ทุ่งจังหัน",),
        official=("นายก",),
        district="3117",
        subdistrict="311702",
        date=("2026-11-01", "2026-12-07"),
        story=("สามร้อย",),
        witnesses="รถขนมัน",
        reported=False,
        anonymous=True,
        evidence=0,
    ),
    yes="ใช่ครับ",
)

ENGLISH_VOLUNTEER = Villager(
    "an English-speaking volunteer teacher at Nong Ki: the school lunch money is skimmed",
    {
        "none": ["Hi, I volunteer at a school here and want to report something", "report"],
        "story": ["yes, please file it", "report"],
        "consent": ["I agree", "agree"],
        "kind": ["the lunch budget is being skimmed", "misuse of budget"],
        "agency": ["Ban Don Arang school", "โรงเรียนบ้านดอนอะราง"],
        "official": ["the deputy director who handles purchasing", "deputy director"],
        "district": ["Nong Ki"],
        "subdistrict": ["Don Arang"],
        "when": ["every school day since the term started in November", "November 2026 to now"],
        "what": [
            "The lunch budget is 36 baht per child per day, but the kids get plain rice with a "
            "thin soup. The supplier is the deputy director's cousin and the invoices say "
            "chicken every day."
        ],
        "what_more": ["that's all for now", "no"],
        "evidence": ["I have photos of the lunch trays", photo(), "done"],
        "witnesses": ["two other teachers, they prefer not to be named", "other teachers"],
        "reported": ["no, this is the first time", "no"],
        "identity": ["you can use my name", "named"],
        "name": ["Emily Carter"],
        "phone": ["0924417730"],
        "summary": ["all correct, please send", "send"],
    },
    Meant(
        kind=("budget", "procurement", "conflict"),
        agency=("ดอนอะราง", "Don Arang"),
        official=("deputy", "รองผอ", "รองผู้อำนวยการ"),
        district="3105",
        subdistrict="310504",
        date=("2026-11-01", "2026-12-07"),
        story=("36",),
        witnesses="teachers",
        reported=False,
        anonymous=False,
        name="Emily Carter",
        phone="0924417730",
        evidence=1,
    ),
    speaks="en",
    yes="yes",
)

KHMER_BORDER = Villager(
    "ยายเขมรถิ่นบ้านกรวด: Khmer words in her Thai; the border pass officer takes money",
    {
        "none": ["ซัวสเด็ย ยายจะแจ้งเรื่องค่ะ", "แจ้งเรื่อง"],
        "story": ["แจ้งค่ะ จ๊ะๆ", "แจ้ง"],
        "consent": ["จ๊ะ ยอมค่ะ", "ยินยอม"],
        "kind": ["เขาเอาลุย (เงิน) ค่าทำบัตรผ่านแดนค่ะ", "เรียกเงิน"],
        "agency": ["ที่ว่าการอำเภอบ้านกรวดค่ะ", "อำเภอบ้านกรวด"],
        "official": ["เจ้าหน้าที่ทำบัตรผ่านแดนค่ะ", "เจ้าหน้าที่"],
        "district": ["บ้านกรวดค่ะ"],
        "subdistrict": ["จันทบเพชรค่ะ"],
        "when": ["ก่อนวันลอยกระทงค่ะ สองสามวัน", "21 ถึง 22 พฤศจิกายน 2569"],
        "what": [
            "ยายจะข้ามไปเยี่ยมกูน (ลูก) ที่ฝั่งเขมร ทำบัตรผ่านแดนปกติสามสิบบาท "
            "เจ้าหน้าที่บอกต้องจ่ายห้าร้อยถึงจะได้วันนั้น ไม่งั้นรอสองอาทิตย์ ยายจ่ายไป"
        ],
        "what_more": ["อ็อต (ไม่มี) ค่ะ", "ไม่มี"],
        "evidence": ["ไม่มีค่ะ ให้เงินสด", "ไม่มี"],
        "witnesses": ["หลานสาวไปด้วยค่ะ", "หลานสาว"],
        "reported": ["ไม่เคยค่ะ", "ไม่เคย"],
        "identity": ["ไม่บอกชื่อค่ะ", "ไม่บอกชื่อ"],
        "summary": ["ถูกแล้วค่ะ ออกุน (ขอบคุณ) ส่งเลย", "ส่ง"],
    },
    Meant(
        kind=("bribery",),
        agency=("บ้านกรวด",),
        official=("เจ้าหน้าที่",),
        district="3108",
        subdistrict="310808",
        date=("2026-11-21", "2026-11-22"),
        story=("ห้าร้อย",),
        witnesses="หลานสาว",
        reported=False,
        anonymous=True,
        evidence=0,
    ),
)

AGENCY_TWICE = Villager(
    "แม่เด็กบ้านโนนขวาง: changes the agency twice, once while filing and once at the summary",
    {
        "none": ["จะแจ้งเรื่องเงินค่าชุดนักเรียนค่ะ", "แจ้งเรื่อง"],
        "story": ["แจ้งค่ะ", "แจ้ง"],
        "consent": ["ยินยอมค่ะ", "ยินยอม"],
        "kind": ["หักเงินค่าชุดนักเรียนค่ะ", "โกงเงินหลวง"],
        "agency": ["อบต.โนนขวางค่ะ", "อบต.โนนขวาง"],
        "official": [
            "เดี๋ยวค่ะ หน่วยงานไม่ใช่ อบต. เป็นเทศบาลตำบลบ้านด่านค่ะ",
            "ครูประจำชั้น ป.3 ค่ะ",
            "ครูประจำชั้น",
        ],
        "district": ["บ้านด่านค่ะ"],
        "subdistrict": ["โนนขวางค่ะ"],
        "when": ["ตอนเปิดเทอมพฤศจิกาค่ะ", "พฤศจิกายน 2569"],
        "what": [
            "เงินอุดหนุนค่าชุดนักเรียนคนละ 360 บาท ครูประจำชั้นให้ผู้ปกครองเซ็นรับ แต่จ่ายจริงคนละ 200 บอกว่าหักค่าเย็บชื่อ"
        ],
        "what_more": ["ไม่มีค่ะ", "ไม่มี"],
        "evidence": ["ไม่มีค่ะ", "ไม่มี"],
        "witnesses": ["แม่ของเพื่อนลูกค่ะ แม่น้องแพรว", "แม่น้องแพรว"],
        "reported": ["ไม่เคยค่ะ", "ไม่เคย"],
        "identity": ["ไม่บอกชื่อค่ะ", "ไม่บอกชื่อ"],
        "summary": [
            "หน่วยงานผิดอีกแล้วค่ะ ขอโทษค่ะ จริงๆเป็นโรงเรียนบ้านโนนขวาง เงินมาจากโรงเรียน",
            "ถูกแล้วค่ะ ส่งได้",
            "ส่ง",
        ],
    },
    Meant(
        kind=("budget", "bribery"),
        agency=("โรงเรียนบ้านโนนขวาง",),
        official=("ครู",),
        district="3121",
        subdistrict="312104",
        date=("2026-11-01", "2026-11-30"),
        story=("360",),
        witnesses="แพรว",
        reported=False,
        anonymous=True,
        evidence=0,
    ),
)

VILLAGERS = {
    "tuktuk_thumb": TUKTUK_THUMB,
    "isan_rice_farmer": ISAN_RICE_FARMER,
    "husband_over_shoulder": HUSBAND_OVER_SHOULDER,
    "teacher_pastes_line": TEACHER_PASTES_LINE,
    "asks_back": ASKS_BACK,
    "five_bursts": FIVE_BURSTS,
    "threatened_mid_filing": THREATENED_MID_FILING,
    "english_volunteer": ENGLISH_VOLUNTEER,
    "khmer_border": KHMER_BORDER,
    "agency_twice": AGENCY_TWICE,
}

SEALED = set(random.Random(19).sample(list(VILLAGERS), 5))
DIAG = set(VILLAGERS) - SEALED
