"""Held-out villagers, round 14 (issue 16, "a villager understood, not matched"): ten new kinds
of people written by a tester who read neither the bot's rules nor its word lists nor its
training examples; played by the driver of the first held-out people
(`heldout_personas.play`). Among them: a rice-mill worker in Isan who answers with questions, a
village health volunteer (อสม.) who pastes a Facebook post, a grandfather whose granddaughter
relays his words by voice-to-text, a woman who tells her story in five short messages and then
corrects the date, a young man with heavy typos and Thai digits, a daughter working in Bangkok
filing about her mother's village in mixed Thai and English, a teacher who changes her mind
about giving her name twice, a shopkeeper threatened mid-filing, a man who types only in Latin
letters (karaoke Thai), and a novice filing for his temple. Five, chosen at random
(`random.Random(14)`), are SEALED: their failures are only counted, never described to whoever
fixes the conversation, so that no fix is fitted to them.

Dates are as said on Sunday 6 December 2026 (BE 2569). Where a phrase can honestly mean more
than one day, the span covers every reading.
"""

from __future__ import annotations

import random

from tests.integration.handlers.complaint.heldout_personas import Meant, Villager, asks, threat
from tests.integration.handlers.complaint.heldout_personas_round12 import NOT_TOLD, WHO_SEES
from tests.integration.handlers.complaint.heldout_personas_round13 import (
    COSTS_NOTHING,
    FOR_SOMEONE,
)
from tests.integration.handlers.complaint.personas import photo

#: What an answer to "what happens after I send it?" says.
WHAT_NEXT = r"กรรมการ|ตรวจ|พิจารณา|ติดตาม|committee|review|follow"

RICE_MILL = Villager(
    "คนงานโรงสีลำปลายมาศ: answers in Isan, most answers phrased as questions back; the อบต. "
    "charges farmers to dry rice on the public yard",
    {
        "none": ["สิแจ้งเรื่องลานตากข้าวได้บ่", "แจ้งเรื่อง"],
        "story": ["แจ้งตั๊วะ แจ้งเลย", "แจ้ง"],
        "consent": [asks("ยอมแล้วสิเสียเงินบ่", COSTS_NOTHING), "ยอมเด้อ", "ยินยอม"],
        "kind": ["เขาเก็บเงินค่าใช้ลานตากข้าวของ อบต. มันเป็นของหลวงบ่แม่นบ้อ", "เรียกเงิน"],
        "agency": ["อบต.ตลาดโพธิ์ บ่แม่นบ้อที่ดูแลลาน", "อบต.ตลาดโพธิ์"],
        "official": ["ผู้ช่วยนายก อบต. ล่ะมั้ง คนที่มาเก็บเงินนั่น", "ผู้ช่วยนายก"],
        "district": ["ลำปลายมาศตั๊วะ"],
        "subdistrict": ["ตลาดโพธิ์ แม่นบ่"],
        "when": ["ช่วงเกี่ยวข้าวนี่ล่ะ ตั้งแต่เดือนพฤศจิกาฮอดมื้อนี่", "พฤศจิกายน 2569 ถึงตอนนี้"],
        "what": [
            "ลานตากข้าวของ อบต. ผู้ช่วยนายกมาเก็บคันละสองร้อย ใผบ่จ่ายบ่ให้ตาก ใบเสร็จกะบ่มี "
            "ชาวนาตากข้าวบ่ได้กะต้องขายข้าวเปียกให้โรงสีราคาถูก"
        ],
        "what_more": ["บ่มีแล้วเด้อ", "ไม่มี"],
        "evidence": ["บ่มีฮูปดอก เพิ่นเบิ่งอยู่", "ไม่มี"],
        "witnesses": ["ชาวนาบ้านโนนทองที่มาตากข้าวนำกัน", "ชาวนาบ้านโนนทอง"],
        "reported": ["บ่เคยแจ้งไส", "ไม่เคย"],
        "identity": ["บ่บอกซื่อเด้อ", "ไม่บอกชื่อ"],
        "summary": ["แม่นแล้ว ส่งโลด", "ส่ง"],
    },
    Meant(
        kind=("bribery", "abuse"),
        agency=("อบต.ตลาดโพธิ์",),
        official=("ผู้ช่วยนายก",),
        district="3110",
        subdistrict="311005",
        date=("2026-11-01", "2026-12-06"),
        story=("สองร้อย", "ลานตากข้าว"),
        witnesses="ชาวนา",
        reported=False,
        anonymous=True,
        evidence=0,
    ),
    yes="แม่นแล้ว",
)

HEALTH_VOLUNTEER = Villager(
    "อสม.แสลงโทน: pastes a Facebook post as her story; the health station cuts volunteers' "
    "monthly allowance",
    {
        "none": ["สวัสดีค่ะ เป็น อสม. ค่ะ อยากแจ้งเรื่องค่าป่วยการ อสม.", "แจ้งเรื่อง"],
        "story": ["แจ้งค่ะ", "แจ้ง"],
        "consent": ["ยินยอมค่ะ", "ยินยอม"],
        "kind": ["หักเงินค่าป่วยการ อสม. ทุกเดือนค่ะ", "โกงงบ"],
        "agency": ["รพ.สต.แสลงโทนค่ะ", "รพ.สต.แสลงโทน"],
        "official": ["ผอ.รพ.สต. ค่ะ", "ผอ.รพ.สต."],
        "district": ["ประโคนชัยค่ะ"],
        "subdistrict": ["ตำบลแสลงโทนค่ะ"],
        "when": ["ตั้งแต่เดือนกรกฎาคมปีนี้ถึงตอนนี้ค่ะ", "กรกฎาคม 2569 ถึงตอนนี้"],
        "what": [
            "แปะโพสต์ที่เพื่อน อสม. ลงเฟซไว้นะคะ\n"
            "『 อสม.แสลงโทนทุกคนอ่านด้วย ค่าป่วยการเดือนละ 1,000 บาท ตั้งแต่กรกฎาเราได้แค่ 800 "
            "ผอ.บอกหักเข้ากองกลางทำกิจกรรม แต่ไม่เคยมีกิจกรรมสักครั้ง ใครโดนเหมือนกันแชร์ไป 』\n"
            "ที่โพสต์เขียนเป็นเรื่องจริงค่ะ หนูก็โดน"
        ],
        "what_more": ["ไม่มีแล้วค่ะ", "ไม่มี"],
        "evidence": [photo(), "ส่งรูปแคปโพสต์แล้วค่ะ เสร็จแล้ว", "เสร็จแล้ว"],
        "witnesses": ["อสม. ในตำบลอีกสามสิบกว่าคนค่ะ", "อสม."],
        "reported": ["ยังไม่เคยแจ้งค่ะ", "ไม่เคย"],
        "identity": [asks("ถ้าไม่ใส่ชื่อ ผอ. จะรู้ไหมคะว่าใครแจ้ง", NOT_TOLD), "ไม่บอกชื่อค่ะ"],
        "summary": ["ถูกต้องค่ะ ส่งเลย", "ส่ง"],
    },
    Meant(
        kind=("budget", "bribery", "abuse"),
        agency=("รพ.สต.แสลงโทน",),
        official=("ผอ",),
        district="3107",
        subdistrict="310702",
        date=("2026-07-01", "2026-12-06"),
        story=("1,000", "800"),
        witnesses="อสม",
        reported=False,
        anonymous=True,
        evidence=1,
    ),
)

VOICE_GRANDFATHER = Villager(
    "ตาบ้านปะเคียบ: his granddaughter speaks his words into the phone; voice-to-text breaks "
    "the words and hears a few wrong",
    {
        "none": [asks("หนู พิมพ์ แทน ตา ได้ ไหม คะ ตา พิมพ์ ไม่ เป็น", FOR_SOMEONE), "แจ้งเรื่อง"],
        "story": ["ตา บอก ว่า แจ้ง ค่ะ", "แจ้ง"],
        "consent": ["ตา ยิน ยอม ค่ะ", "ยินยอม"],
        "kind": ["ถนน ลาด ยาง สร้าง ไม่ ครบ ค่ะ เบิก เงิน ครบ", "โกงงบ"],
        "agency": ["อ บ ต ปะ เคียบ ค่ะ", "อบต.ปะเคียบ"],
        "official": ["นา ยก อ บ ต ค่ะ", "นายก อบต."],
        "district": ["คู เมือง ค่ะ"],
        "subdistrict": ["ตำ บล ปะ เคียบ ค่ะ"],
        "when": ["หลัง สง กราน ปี นี้ ค่ะ เดือน เม ษา", "เมษายน 2569"],
        "what": [
            "ตา บอก ว่า ป้าย เขียน ถนน ลาด ยาง ยาว สอง กิโล แต่ ทำ จริง แค่ กิโล เดียว ครึ่ง หนึ่ง "
            "ที่ เหลือ เป็น ลูก รัง งบ สาม ล้าน ค่ะ"
        ],
        "what_more": ["ไม่ มี แล้ว ค่ะ ตา บอก แค่ นี้", "ไม่มี"],
        "evidence": [photo(), "ส่ง รูป ป้าย แล้ว ค่ะ เสร็จ แล้ว", "เสร็จแล้ว"],
        "witnesses": ["ลุง ทอง คำ บ้าน ติด ถนน ค่ะ", "ลุงทองคำ"],
        "reported": ["ไม่ เคย ค่ะ", "ไม่เคย"],
        "identity": ["ไม่ ต้อง ใส่ ชื่อ ตา ค่ะ", "ไม่บอกชื่อ"],
        "summary": ["ถูก ต้อง ค่ะ ส่ง ได้", "ส่ง"],
    },
    Meant(
        kind=("budget", "procurement"),
        agency=("อบต.ปะเคียบ",),
        official=("นายก",),
        district="3102",
        subdistrict="310202",
        date=("2026-04-16", "2026-04-30"),
        story=("สอง", "ลูกรัง"),
        witnesses="ทองคำ",
        reported=False,
        anonymous=True,
        evidence=1,
    ),
)

FIVE_MESSAGES = Villager(
    "แม่ค้าทุ่งกระเต็น: tells her story in five short messages before the bot can ask, then "
    "corrects the day",
    {
        "none": ["แจ้งเรื่องค่ะ"],
        "story": ["แจ้งค่ะ", "แจ้ง"],
        "consent": ["ยินยอมค่ะ", "ยินยอม"],
        "kind": ["เรียกเงินค่ะ", "เรียกเงิน"],
        "agency": ["อบต.ทุ่งกระเต็นค่ะ", "อบต.ทุ่งกระเต็น"],
        "official": ["เจ้าหน้าที่ อบต. ที่ดูแลตลาดนัดค่ะ", "เจ้าหน้าที่ อบต."],
        "district": ["หนองกี่ค่ะ"],
        "subdistrict": ["ทุ่งกระเต็นค่ะ"],
        "when": ["วันพุธที่แล้วค่ะ", "25 พฤศจิกายน 2569"],
        "what": ["ตามที่เล่าไปข้างบนค่ะ"],
        "what_more": [
            "ขอแก้วันค่ะ ไม่ใช่วันพุธ เป็นวันพฤหัสที่ 26 ตลาดนัดวันพฤหัส",
            "ไม่มีแล้วค่ะ",
            "ไม่มี",
        ],
        "evidence": ["ไม่มีรูปค่ะ", "ไม่มี"],
        "witnesses": ["แม่ค้าแผงข้างๆ ค่ะ", "แม่ค้า"],
        "reported": ["ไม่เคยค่ะ", "ไม่เคย"],
        "identity": ["ไม่บอกชื่อค่ะ", "ไม่บอกชื่อ"],
        "summary": ["ถูกต้องค่ะ วันที่ 26 นะคะ ส่งได้", "ส่ง"],
    },
    Meant(
        kind=("bribery",),
        agency=("อบต.ทุ่งกระเต็น",),
        official=("เจ้าหน้าที่",),
        district="3105",
        subdistrict="310507",
        date=("2026-11-26", "2026-11-26"),
        story=("ตลาดนัด", "สามร้อย"),
        witnesses="แม่ค้า",
        reported=False,
        anonymous=True,
        evidence=0,
    ),
    opening=(
        "ตลาดนัดค่ะ",
        "ทุ่งกระเต็น",
        "เจ้าหน้าที่ อบต. มาเก็บเงิน",
        "แผงละสามร้อย ไม่มีใบเสร็จ",
        "ค่าที่จริงๆ แผงละห้าสิบค่ะ",
    ),
)

TYPO_YOUTH = Villager(
    "หนุ่มเมืองแก: heavy typos, Thai digits, gives his name and number",
    {
        "none": ["แจงเรืองคับ", "แจ้งเรื่อง"],
        "story": ["แจงคับ", "แจ้ง"],
        "consent": ["ยินยมคับ", "ยินยอม"],
        "kind": ["เรียกตังคับ ค่าสมัคเปนลูกจ้าง", "เรียกเงิน"],
        "agency": ["อบตเมืองแกคับ", "อบต.เมืองแก"],
        "official": ["ปลัดอบตคับ", "ปลัด อบต."],
        "district": ["สตืกคับ"],
        "subdistrict": ["ตบลเมืองแกคับ"],
        "when": ["วันที่ ๑๘ พย คับ", "18 พฤศจิกายน 2569"],
        "what": ["ปลัดบอกถ้าอยากได้งานลูกจ้าง อบต ต้องจ่าย ๓๐๐๐๐ ก่อน ผมไม่มีตังเลยไม่ได้ คนที่จ่ายได้งานหมด"],
        "what_more": ["ไม่มีแล้วคับ", "ไม่มี"],
        "evidence": ["มีแชทไลน์ที่เขาบอกราคาคับ", photo(), "เสร็จแล้ว"],
        "witnesses": ["เพื่อนผมไอ้ต้นมันไปด้วยคับ", "ต้น"],
        "reported": ["ไม่เคยคับ", "ไม่เคย"],
        "identity": ["บอกชื่อได้คับ", "บอกชื่อ"],
        "name": ["อนุชา สีดา"],
        "phone": ["๐๙๘ ๗๖๕ ๔๓๒๑"],
        "summary": ["ถูกคับ ส่งเลย", "ส่ง"],
    },
    Meant(
        kind=("bribery",),
        agency=("อบต.เมืองแก",),
        official=("ปลัด",),
        district="3111",
        subdistrict="311104",
        date=("2026-11-18", "2026-11-18"),
        witnesses="ต้น",
        reported=False,
        anonymous=False,
        name="อนุชา สีดา",
        phone="0987654321",
        evidence=1,
    ),
    yes="ใช่คับ",
)

BANGKOK_DAUGHTER = Villager(
    "ลูกสาวทำงานกรุงเทพฯ: files about her mother's village in Nong Hong, Thai mixed with English",
    {
        "none": [asks("แจ้งเรื่องแทนแม่ได้ไหมคะ แม่อยู่บุรีรัมย์ หนูอยู่ กทม.", FOR_SOMEONE), "แจ้งเรื่อง"],
        "story": ["yes ค่ะ แจ้ง", "แจ้ง"],
        "consent": ["ok ค่ะ ยินยอม both me and mom", "ยินยอม"],
        "kind": ["corruption ค่ะ เงินชดเชยน้ำท่วมไม่ถึงชาวบ้าน", "โกงงบ"],
        "agency": ["อบต.เสาเดียวค่ะ", "อบต.เสาเดียว"],
        "official": ["ผู้ใหญ่บ้าน หมู่ 6 ค่ะ", "ผู้ใหญ่บ้าน"],
        "district": ["Nong Hong ค่ะ หนองหงส์"],
        "subdistrict": ["เสาเดียวค่ะ"],
        "when": ["after the flood in September ค่ะ จ่ายเงินตอนตุลา", "ตุลาคม 2569"],
        "what": [
            "Flood compensation ครัวเรือนละ 5,000 บาท แต่ผู้ใหญ่บ้านจ่ายแม่แค่ 2,000 บอกว่าที่เหลือ"
            "เป็นค่าดำเนินการ แม่เซ็นรับไปเต็มจำนวนเพราะอ่านไม่ออกค่ะ"
        ],
        "what_more": ["That's all ค่ะ", "ไม่มี"],
        "evidence": ["ไม่มีค่ะ แม่ไม่ได้สำเนา", "ไม่มี"],
        "witnesses": ["ป้าสายใจบ้านข้างๆ ก็โดนเหมือนกันค่ะ", "ป้าสายใจ"],
        "reported": ["Never ค่ะ", "ไม่เคย"],
        "identity": [asks("คนอ่านเรื่องเป็นใครคะ ผู้ใหญ่จะเห็นไหม", WHO_SEES), "anonymous ค่ะ ไม่บอกชื่อ"],
        "summary": ["correct ค่ะ ส่งเลย", "ส่ง"],
    },
    Meant(
        kind=("budget", "bribery"),
        agency=("อบต.เสาเดียว",),
        official=("ผู้ใหญ่บ้าน",),
        district="3114",
        subdistrict="311405",
        date=("2026-10-01", "2026-10-31"),
        story=("5,000", "2,000"),
        witnesses="สายใจ",
        reported=False,
        anonymous=True,
        evidence=0,
    ),
)

TEACHER_NAME_TWICE = Villager(
    "ครูบ้านจาน: says she will give her name, takes it back at the name question, then gives it",
    {
        "none": ["สวัสดีค่ะ ครูจะแจ้งเรื่องการจัดซื้อของโรงเรียนค่ะ", "แจ้งเรื่อง"],
        "story": ["แจ้งค่ะ", "แจ้ง"],
        "consent": ["ยินยอมค่ะ", "ยินยอม"],
        "kind": ["จัดซื้อโต๊ะเก้าอี้นักเรียนราคาแพงเกินจริงค่ะ", "จัดซื้อ"],
        "agency": ["โรงเรียนบ้านจานค่ะ", "โรงเรียนบ้านจาน"],
        "official": ["ผู้อำนวยการโรงเรียนค่ะ", "ผู้อำนวยการ"],
        "district": ["พุทไธสงค่ะ"],
        "subdistrict": ["ตำบลบ้านจานค่ะ"],
        "when": ["ตอนปิดเทอมเดือนตุลาคมค่ะ", "ตุลาคม 2569"],
        "what": [
            "โรงเรียนซื้อโต๊ะเก้าอี้นักเรียนชุดละ 3,200 บาท สี่สิบชุด ของที่ได้มาเป็นโต๊ะพลาสติก"
            "ราคาตลาดไม่ถึงพัน ร้านที่ขายเป็นของพี่ชาย ผอ. ค่ะ"
        ],
        "what_more": ["ไม่มีแล้วค่ะ", "ไม่มี"],
        "evidence": [photo(), "ส่งรูปโต๊ะกับใบส่งของแล้วค่ะ เสร็จแล้ว", "เสร็จแล้ว"],
        "witnesses": ["ครูพัสดุกับภารโรงค่ะ", "ครูพัสดุ"],
        "reported": ["ไม่เคยค่ะ", "ไม่เคย"],
        "identity": ["ใส่ชื่อได้ค่ะ", "คิดอีกทีใส่ชื่อเถอะค่ะ ครูไม่ได้ทำผิด", "บอกชื่อ"],
        "name": ["เอ๊ะ ขอเปลี่ยนใจค่ะ ไม่ใส่ชื่อดีกว่า", "มาลัย ศรีสุข"],
        "phone": ["0829876543"],
        "summary": ["ถูกต้องค่ะ ส่งได้", "ส่ง"],
    },
    Meant(
        kind=("procurement", "conflict"),
        agency=("โรงเรียนบ้านจาน",),
        official=("ผู้อำนวยการ", "ผอ"),
        district="3109",
        subdistrict="310903",
        date=("2026-10-01", "2026-10-31"),
        story=("3,200", "สี่สิบ"),
        witnesses="ครูพัสดุ",
        reported=False,
        anonymous=False,
        name="มาลัย ศรีสุข",
        phone="0829876543",
        evidence=1,
    ),
)

SHOPKEEPER = Villager(
    "เจ้าของร้านชำหินลาด: threatened while filing, by a message from the man she reports",
    {
        "none": ["อยากแจ้งเรื่องค่ะ เจ้าหน้าที่เทศบาลเก็บเงินร้านค้า", "แจ้งเรื่อง"],
        "story": ["แจ้งค่ะ", "แจ้ง"],
        "consent": ["ยินยอมค่ะ", "ยินยอม"],
        "kind": ["เก็บค่าป้ายหน้าร้านเกินจริงค่ะ ไม่ให้ใบเสร็จ", "เรียกเงิน"],
        "agency": ["อบต.หินลาดค่ะ", "อบต.หินลาด"],
        "official": ["เจ้าหน้าที่จัดเก็บรายได้ค่ะ", "เจ้าหน้าที่จัดเก็บรายได้"],
        "district": ["บ้านกรวดค่ะ"],
        "subdistrict": ["หินลาดค่ะ"],
        "when": ["ต้นเดือนที่แล้วค่ะ", "พฤศจิกายน 2569"],
        "what": [
            "เจ้าหน้าที่มาวัดป้ายหน้าร้าน บอกต้องจ่ายภาษีป้ายสามพัน ถ้าจ่ายเงินสดให้เขาตอนนี้เหลือพันห้า "
            "ร้านแถวนี้จ่ายเขาทุกร้านค่ะ"
        ],
        "what_more": ["ไม่มีแล้วค่ะ", "ไม่มี"],
        "evidence": ["ไม่มีค่ะ เขาไม่ให้อะไรเลย", "ไม่มี"],
        "witnesses": [
            threat("เดี๋ยวนะคะ เขาเพิ่งส่งไลน์มาว่า ได้ยินว่าเจ๊จะไปฟ้องใครเหรอ ร้านไม้ทั้งร้านระวังไฟด้วยนะ"),
            "ร้านตัดผมข้างๆ ค่ะ",
            "ร้านตัดผม",
        ],
        "reported": ["ไม่เคยค่ะ", "ไม่เคย"],
        "identity": ["ไม่บอกชื่อค่ะ กลัว", "ไม่บอกชื่อ"],
        "summary": ["ถูกต้องค่ะ ส่ง", "ส่ง"],
    },
    Meant(
        kind=("bribery",),
        agency=("อบต.หินลาด",),
        official=("จัดเก็บรายได้",),
        district="3108",
        subdistrict="310806",
        date=("2026-11-01", "2026-11-10"),
        story=("สามพัน", "พันห้า"),
        witnesses="ร้านตัดผม",
        reported=False,
        anonymous=True,
        evidence=0,
    ),
)

KARAOKE = Villager(
    "หนุ่มหนองโบสถ์: types Thai only in Latin letters, as it sounds",
    {
        "none": ["jaeng rueang khrap", "แจ้งเรื่อง"],
        "story": ["jaeng khrap", "แจ้ง"],
        "consent": ["yinyom khrap", "ยินยอม"],
        "kind": ["riak ngern khrap", "เรียกเงิน"],
        "agency": ["obt nong bot khrap", "อบต.หนองโบสถ์"],
        "official": ["phu yai ban moo 3 khrap", "ผู้ใหญ่บ้าน"],
        "district": ["nang rong khrap"],
        "subdistrict": ["tambon nong bot khrap"],
        "when": ["duean tula pee nee khrap", "ตุลาคม 2569"],
        "what": [
            "phu yai ban keb ngern ban la 100 baht bok wa pen kha thung yang chip nam thuam, "
            "thung nan khong frii jak amphoe khrap"
        ],
        "what_more": ["mai mee laew khrap", "ไม่มี"],
        "evidence": ["mai mee khrap", "ไม่มี"],
        "witnesses": ["khon nai moo ban thuk khon khrap", "คนในหมู่บ้าน"],
        "reported": ["mai khoey khrap", "ไม่เคย"],
        "identity": ["mai bok chue khrap", "ไม่บอกชื่อ"],
        "summary": ["thuk tong khrap song loei", "ส่ง"],
    },
    Meant(
        kind=("bribery", "budget"),
        official=("ผู้ใหญ่บ้าน",),
        district="3104",
        subdistrict="310406",
        date=("2026-10-01", "2026-10-31"),
        story=("100",),
        reported=False,
        anonymous=True,
        evidence=0,
    ),
    yes="chai khrap",
)

NOVICE = Villager(
    "สามเณรวัดส้มป่อย: files for the temple; the road to the temple was paid for and never laid",
    {
        "none": [asks("ส่งเรื่องไปแล้วจะเกิดอะไรต่อครับ", WHAT_NEXT), "แจ้งเรื่อง"],
        "story": ["แจ้งครับ หลวงตาให้แจ้ง", "แจ้ง"],
        "consent": ["ยินยอมครับ", "ยินยอม"],
        "kind": ["งบทำถนนเข้าวัดครับ เบิกไปแล้วแต่ไม่ได้ทำ", "โกงงบ"],
        "agency": ["อบต.ส้มป่อยครับ", "อบต.ส้มป่อย"],
        "official": ["ผู้รับเหมากับนายก อบต. ครับ", "นายก อบต."],
        "district": ["โนนดินแดงครับ"],
        "subdistrict": ["ตำบลส้มป่อยครับ"],
        "when": ["ป้ายขึ้นตอนเข้าพรรษา บอกเสร็จก่อนออกพรรษา ตอนนี้ยังไม่มีอะไรครับ", "กรกฎาคม 2569"],
        "what": [
            "ป้ายโครงการถนนคอนกรีตเข้าวัดส้มป่อย ยาวแปดร้อยเมตร งบหนึ่งล้านสองแสน ขึ้นป้ายตั้งแต่"
            "เข้าพรรษา จนออกพรรษาแล้วยังเป็นดินแดงเหมือนเดิม ญาติโยมมาทำบุญรถติดหล่มครับ"
        ],
        "what_more": ["ไม่มีแล้วครับ", "ไม่มี"],
        "evidence": [photo(), "ส่งรูปป้ายกับถนนแล้วครับ เสร็จแล้ว", "เสร็จแล้ว"],
        "witnesses": ["หลวงตากับญาติโยมทุกคนครับ", "หลวงตา"],
        "reported": ["ไม่เคยครับ", "ไม่เคย"],
        "identity": ["ไม่ใส่ชื่อครับ", "ไม่บอกชื่อ"],
        "summary": ["ถูกต้องครับ ส่งได้เลย", "ส่ง"],
    },
    Meant(
        kind=("budget", "procurement"),
        agency=("อบต.ส้มป่อย",),
        official=("นายก",),
        district="3120",
        subdistrict="312002",
        date=("2026-07-01", "2026-12-06"),
        story=("แปดร้อยเมตร", "หนึ่งล้านสองแสน"),
        witnesses="หลวงตา",
        reported=False,
        anonymous=True,
        evidence=1,
    ),
    yes="ใช่ครับ",
)

VILLAGERS = {
    "rice_mill": RICE_MILL,
    "health_volunteer": HEALTH_VOLUNTEER,
    "voice_grandfather": VOICE_GRANDFATHER,
    "five_messages": FIVE_MESSAGES,
    "typo_youth": TYPO_YOUTH,
    "bangkok_daughter": BANGKOK_DAUGHTER,
    "teacher_name_twice": TEACHER_NAME_TWICE,
    "shopkeeper": SHOPKEEPER,
    "karaoke": KARAOKE,
    "novice": NOVICE,
}

SEALED = set(random.Random(14).sample(list(VILLAGERS), 5))
DIAG = set(VILLAGERS) - SEALED
