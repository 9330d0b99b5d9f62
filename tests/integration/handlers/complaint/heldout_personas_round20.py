"""Held-out villagers, round 20: ten new kinds of people written by a tester who read neither
the bot's rules nor its word lists nor its training examples; played by the driver of the first
held-out people (`heldout_personas.play`). Among them: a fifteen-year-old who writes in teen
slang and is shamed online while filing, an 84-year-old grandfather who blesses the bot and
writes numbers in words, a grilled-chicken seller who answers a different question than the one
asked, a village health volunteer whose every message is three to six sentences long, a
delivery rider who mixes English words into his Thai, a temple committee member in formal
Thai, a night-shift nurse who gives her name and corrects the date at the summary, a factory
worker in Bangkok filing in Isan for her parents back home, a Filipino teacher who writes in
English, and a retired soldier who gives Buddhist-era dates and 24-hour times.
Five, chosen at random (`random.Random(20).sample`, a fresh generator), are SEALED: their
failures are only counted, never described to whoever fixes the conversation, so that no fix is
fitted to them.

Dates are as said on Monday 7 December 2026 (BE 2569). Where a phrase can honestly mean more
than one day, the span covers every reading. Districts and sub-districts are DOPA codes checked
against kongvut/thai-province-data (csv/thai_tambons.csv), not against the product's files.
"""

from __future__ import annotations

import random

from tests.integration.handlers.complaint.heldout_personas import Meant, Villager, asks, threat
from tests.integration.handlers.complaint.personas import photo

# Replies a question back must get (what any honest answer to it contains).
COSTS_NOTHING = r"ไม่.{0,20}(เสีย|มี).{0,15}(เงิน|ค่า)|ฟรี|free|no (cost|charge|fee)"
FOR_OTHERS = r"แทน|on behalf|for someone"
HOW_LONG = r"วัน|สัปดาห์|อาทิตย์|เดือน|เร็ว|day|week|soon"
WHO_SEES = r"กรรมการ|เจ้าหน้าที่|ไม่.{0,30}(บอก|เปิดเผย)|committee|staff|not (be )?shared"

SHAMED = (
    "พี่งับ ตอนนี้มีคนเอารูปผมไปลงเพจหมู่บ้าน เขียนว่าไอ้เด็กปากหมา "
    "แล้วมีคนคอมเมนต์ว่าเจอหน้าเมื่อไหร่จะตบให้คว่ำ ผมไม่กล้าไปโรงเรียนเลยงับ"
)

TEEN_SHAMED = Villager(
    "น้องต้นกล้า ม.4: teen slang (งับ/ครัช/555), shamed and threatened online while filing",
    {
        "none": ["พี่ๆ แจ้งเรื่องครูได้ป่าวงับ", "แจ้งเรื่อง"],
        "story": ["แจ้งงับ", "แจ้ง"],
        "consent": ["โอเคงับ ยอม", "ยินยอม"],
        "kind": ["ครูเก็บตังค่าชุดกีฬาสีแพงเกินงับ 555 ไม่ขำละ", "เรียกเงิน"],
        "agency": ["รร.บ้านลำนางรองงับ", "โรงเรียนบ้านลำนางรอง"],
        "official": ["ครูประจำชั้น ม.4 งับ", "ครูประจำชั้น"],
        "district": ["โนนดินแดงครัช", "โนนดินแดง"],
        "subdistrict": ["ลำนางรองงับ", "ลำนางรอง"],
        "when": ["วันศุกร์งับ ตอนโฮมรูม", "4 ธันวาคม"],
        "what": [
            "ครูเก็บค่าเสื้อกีฬาสีคนละ 450 บาท แต่ร้านหน้าโรงเรียนขายตัวละ 150 เอง "
            "ถามแล้วครูบอกว่าค่าสกรีน ไม่มีใบเสร็จงับ"
        ],
        "what_more": ["ไม่มีละงับ", "ไม่มี"],
        "evidence": [photo(), "หมดละงับ", "เสร็จแล้ว"],
        "witnesses": [threat(SHAMED), "เพื่อนในห้องทั้งห้องเลยงับ", "เพื่อนในห้อง"],
        "reported": ["ยังงับ ไม่กล้าบอกใคร", "ยังไม่เคย"],
        "identity": ["ไม่บอกชื่อนะงับ", "ไม่บอกชื่อ"],
        "summary": ["ถูกละงับ ส่งเลย", "ส่ง"],
    },
    Meant(
        kind=("bribery", "procurement", "budget"),
        agency=("โรงเรียนบ้านลำนางรอง",),
        official=("ครูประจำชั้น", "ครู"),
        district="3120",
        subdistrict="312003",
        date=("2026-11-27", "2026-12-04"),
        story=("450",),
        witnesses="เพื่อนในห้อง",
        reported=False,
        anonymous=True,
        evidence=1,
    ),
    yes="ใช่งับ",
)

GRANDFATHER_BLESSES = Villager(
    "พ่อใหญ่ทา อายุ 84: blesses the bot, numbers in words, 'same as before' at the summary",
    {
        "none": ["สาธุ ขอให้เจริญๆ ตาสิแจ้งเรื่องผู้ใหญ่บ้านหลานเอ๊ย", "แจ้งเรื่อง"],
        "story": ["แจ้งหลาน", "แจ้ง"],
        "consent": [asks("ต้องเสียเงินบ่หลาน ตาบ่มีเงินเด้อ", COSTS_NOTHING), "ยอมหลาน", "ยินยอม"],
        "kind": ["ผู้ใหญ่เพิ่นหักเงินเบี้ยคนเฒ่า เดือนละสองร้อยบาท", "เรียกเงิน"],
        "agency": ["อบต.ทุ่งจังหันหลาน", "อบต.ทุ่งจังหัน"],
        "official": ["ผู้ใหญ่บ้านหมู่สามหลาน", "ผู้ใหญ่บ้าน"],
        "district": ["โนนสุวรรณ ขอให้หลานมีความสุข", "โนนสุวรรณ"],
        "subdistrict": ["ทุ่งจังหันหลาน", "ทุ่งจังหัน"],
        "when": ["วันพ่อหลาน วันที่ห้า", "5 ธันวาคม"],
        "what": [
            "ตาไปรับเบี้ยคนเฒ่าที่ศาลากลางบ้าน ผู้ใหญ่บ้านเพิ่นนับเงินให้ตาขาดไปสองร้อย "
            "เพิ่นว่าเป็นค่าเดินเรื่อง คนเฒ่าในหมู่บ้านโดนทุกคน"
        ],
        "what_more": ["บ่มีแล้วหลาน", "ไม่มี"],
        "evidence": ["บ่มีหลาน ตาบ่มีโทรศัพท์ถ่ายรูป", "ไม่มี"],
        "witnesses": ["ยายสีดา เมียตาเห็นนำ", "ยายสีดา"],
        "reported": ["บ่เคยหลาน", "ไม่เคย"],
        "identity": ["ใส่ชื่อตาโลด ตาบ่ย่าน", "เปิดเผยชื่อ"],
        "name": ["ทา บุญประคอง"],
        "phone": ["ศูนย์แปดเจ็ด สามสองหนึ่ง ห้าห้าหกเจ็ด", "0873215567"],
        "summary": ["เหมือนเดิมหลาน ส่งได้", "ส่ง"],
    },
    Meant(
        kind=("bribery", "budget"),
        agency=("อบต.ทุ่งจังหัน",),
        official=("ผู้ใหญ่บ้าน",),
        district="3117",
        subdistrict="311702",
        date=("2026-12-05", "2026-12-05"),
        story=("เบี้ยคนเฒ่า",),
        witnesses="ยายสีดา",
        reported=False,
        anonymous=False,
        name="ทา บุญประคอง",
        phone="0873215567",
    ),
    yes="แม่นแล้วหลาน",
)

OTHER_QUESTION = Villager(
    "แม่ค้าไก่ย่างตลาดสตึก: answers a different question than the one asked, corrects herself",
    {
        "none": ["จะแจ้งเรื่องค่าแผงค่ะ", "แจ้งเรื่อง"],
        "story": ["แจ้งค่ะ", "แจ้ง"],
        "consent": ["ได้ค่ะ", "ยินยอม"],
        "kind": ["ตลาดนัดวันพุธที่ร่อนทองค่ะ", "เรียกเงิน"],
        "agency": ["เขาเก็บสองพันค่ะ ไม่มีใบเสร็จ", "อบต.ร่อนทอง"],
        "official": ["อาทิตย์ที่แล้วค่ะ", "หัวหน้าสำนักปลัด อบต. ค่ะ"],
        "district": ["สตึกค่ะ"],
        "subdistrict": ["ไม่ใช่ๆ ไม่ใช่ตำบลสตึก ร่อนทองค่ะ", "ร่อนทอง"],
        "when": ["หัวหน้าสำนักปลัดนั่นแหละค่ะ", "อาทิตย์ที่แล้วค่ะ"],
        "what": [
            "หัวหน้าสำนักปลัดเรียกเก็บค่าต่อใบอนุญาตแผงไก่ย่างสองพัน ไม่ออกใบเสร็จ แผงอื่นจ่ายแค่สามร้อยมีใบเสร็จค่ะ"
        ],
        "what_more": ["ไม่มีค่ะ"],
        "evidence": ["มีพยานค่ะ เจ๊หน่อยแผงข้างๆ", "ไม่มีค่ะ"],
        "witnesses": ["ไม่มีรูปค่ะ", "เจ๊หน่อยแผงข้างๆ ค่ะ"],
        "reported": ["ยังไม่เคยค่ะ"],
        "identity": ["ไม่บอกชื่อค่ะ"],
        "summary": ["ถูกค่ะ ส่ง", "ส่ง"],
    },
    Meant(
        kind=("bribery",),
        agency=("อบต.ร่อนทอง",),
        official=("สำนักปลัด",),
        district="3111",
        subdistrict="311106",
        date=("2026-11-30", "2026-12-06"),
        story=("ใบเสร็จ",),
        witnesses="เจ๊หน่อย",
        reported=False,
        anonymous=True,
    ),
)

OSM_OPENING = (
    "สวัสดีค่ะ ดิฉันเป็น อสม. หมู่ 5 ตำบลหนองตาด อำเภอเมืองบุรีรัมย์ค่ะ "
    "ตั้งแต่เดือนกันยายนจนถึงตอนนี้ ผอ.รพ.สต.หนองตาด หักค่าป่วยการ อสม. คนละ 300 บาททุกเดือน "
    "บอกว่าเป็นค่าบำรุงชมรม แต่ชมรมไม่เคยมีประชุมหรือทำบัญชีให้ดูเลยค่ะ "
    "อสม. ในหมู่บ้านมี 14 คน โดนทุกคน ป้าบัวลอยประธาน อสม. ก็รู้เรื่องนี้ค่ะ"
)

LONG_MESSAGES = Villager(
    "พี่วันดี อสม.: every message three to six sentences, several values at once",
    {
        "none": ["ดิฉันต้องการแจ้งเรื่องนี้ค่ะ ขอบคุณที่รับฟังนะคะ", "แจ้งเรื่อง"],
        "story": [
            "ต้องการแจ้งเป็นเรื่องร้องเรียนค่ะ เพราะพวกเราไม่รู้จะไปพึ่งใครแล้ว ถ้าต้องกรอกอะไรเพิ่มก็บอกได้เลยนะคะ",
            "แจ้ง",
        ],
        "consent": [
            "ยินยอมค่ะ ดิฉันอ่านแล้ว เข้าใจว่าข้อมูลจะใช้ตรวจสอบเรื่องนี้เท่านั้น ขอบคุณที่อธิบายนะคะ",
            "ยินยอม",
        ],
        "kind": [
            "เป็นเรื่องการหักเงินค่ะ เงินค่าป่วยการเป็นของ อสม. แต่ละคน "
            "แต่ ผอ. หักไปเข้ากระเป๋าตัวเอง เรียกว่าโกงเงินได้ไหมคะ",
            "โกงเงิน",
        ],
        "agency": [
            "รพ.สต.หนองตาดค่ะ อยู่ในตำบลหนองตาด อำเภอเมือง เป็นหน่วยที่จ่ายค่าป่วยการให้ อสม. ทุกเดือนค่ะ",
            "รพ.สต.หนองตาด",
        ],
        "official": [
            "ผอ.รพ.สต. ค่ะ เขาเป็นคนเซ็นจ่ายเงินเอง ส่วนเจ้าหน้าที่คนอื่นไม่เกี่ยว ดิฉันไม่อยากให้คนอื่นโดนไปด้วยค่ะ",
            "ผอ.รพ.สต.",
        ],
        "district": ["อำเภอเมืองบุรีรัมย์ค่ะ ตามที่เล่าไว้ข้างบน", "เมืองบุรีรัมย์"],
        "subdistrict": ["ตำบลหนองตาดค่ะ ตามที่เล่าไว้ข้างบน", "หนองตาด"],
        "when": [
            "เริ่มหักตั้งแต่เดือนกันยายนค่ะ แล้วก็หักทุกเดือนจนถึงตอนนี้ เดือนนี้ก็คงหักอีกค่ะ",
            "กันยายน 2569",
        ],
        "what": ["เล่าไว้ข้างบนหมดแล้วค่ะ", "ผอ.หักค่าป่วยการ อสม. คนละ 300 บาททุกเดือน"],
        "what_more": [
            "มีอีกนิดค่ะ เคยมี อสม. คนหนึ่งถามในไลน์กลุ่ม ผอ. ตอบว่าใครไม่พอใจก็ลาออกไป "
            "หลังจากนั้นก็ไม่มีใครกล้าถามอีกเลยค่ะ เขาพูดแค่นั้นนะคะ ไม่ได้ทำอะไร",
            "ไม่มีแล้ว",
        ],
        "evidence": [
            photo(),
            "ส่งรูปสมุดบัญชีไปแล้วหนึ่งรูปค่ะ เห็นยอดเงินเข้าแค่ 700 จาก 1,000 บาท มีแค่นี้ค่ะ",
            "เสร็จแล้ว",
        ],
        "witnesses": [
            "ป้าบัวลอย ประธาน อสม. รู้เรื่องทั้งหมดค่ะ อสม. อีก 13 คนก็รู้ แต่ถ้าให้ชื่อคนเดียวก็ป้าบัวลอยค่ะ",
            "ป้าบัวลอย",
        ],
        "reported": [
            "ยังไม่เคยแจ้งที่ไหนค่ะ คุยกันเองในกลุ่มอย่างเดียว เพราะไม่รู้ว่าต้องไปแจ้งใคร",
            "ยังไม่เคย",
        ],
        "identity": [
            "ขอไม่บอกชื่อนะคะ ในตำบลมี อสม. ไม่กี่คน ถ้าบอกชื่อเขาก็รู้ทันที ขอบคุณที่ให้เลือกค่ะ",
            "ไม่บอกชื่อ",
        ],
        "summary": [
            "ตรวจแล้วถูกต้องค่ะ ส่งได้เลย ขอบคุณมากนะคะ หวังว่าจะมีคนมาช่วยดูแลเรื่องนี้",
            "ส่ง",
        ],
    },
    Meant(
        kind=("budget", "bribery", "abuse"),
        agency=("รพ.สต.หนองตาด", "โรงพยาบาลส่งเสริมสุขภาพตำบลหนองตาด"),
        official=("ผอ",),
        district="3101",
        subdistrict="310114",
        date=("2026-09-01", "2026-12-07"),
        story=("300",),
        witnesses="บัวลอย",
        reported=False,
        anonymous=True,
        evidence=1,
    ),
    opening=(OSM_OPENING,),
)

CODE_SWITCH_RIDER = Villager(
    "ไรเดอร์ส่งอาหาร: mixes English words into Thai, police checkpoint at night",
    {
        "none": ["report ตำรวจได้มั้ยครับ", "แจ้งเรื่อง"],
        "story": ["แจ้งครับ", "แจ้ง"],
        "consent": ["ok ครับ agree", "ยินยอม"],
        "kind": ["ตำรวจ ask money ที่ checkpoint ครับ", "เรียกเงิน"],
        "agency": ["สภ.คูเมือง ครับ station ใหญ่", "สภ.คูเมือง"],
        "official": ["ตำรวจที่ด่าน two คน ไม่เห็นชื่อครับ", "ตำรวจ"],
        "district": ["คูเมือง ครับ"],
        "subdistrict": ["คูเมือง ตำบลเดียวกับอำเภอครับ", "คูเมือง"],
        "when": ["last night ครับ ประมาณสี่ทุ่ม", "เมื่อคืน"],
        "what": [
            "ตำรวจเรียกจอดที่ checkpoint บอกว่า helmet ไม่ได้มาตรฐาน "
            "ต้องจ่าย 500 ไม่งั้น ticket แพงกว่า จ่ายแล้วไม่มี receipt ครับ"
        ],
        "what_more": ["no more ครับ", "ไม่มี"],
        "evidence": ["ไม่มีครับ ไม่ได้ถ่าย", "ไม่มี"],
        "witnesses": ["ไรเดอร์อีกคน ชื่อบอลครับ โดนด้วย", "บอล"],
        "reported": ["never ครับ", "ไม่เคย"],
        "identity": ["anonymous ครับ", "ไม่บอกชื่อ"],
        "summary": ["correct ครับ send", "ส่ง"],
    },
    Meant(
        kind=("bribery",),
        agency=("สภ.คูเมือง",),
        official=("ตำรวจ",),
        district="3102",
        subdistrict="310201",
        date=("2026-12-06", "2026-12-07"),
        story=("500",),
        witnesses="บอล",
        reported=False,
        anonymous=True,
    ),
    yes="ใช่ครับ",
)

TEMPLE_COMMITTEE = Villager(
    "มัคนายกวัดบ้านเมืองแฝก: formal Thai, a hall renovation given to the mayor's nephew",
    {
        "none": ["กระผมขออนุญาตแจ้งเรื่องร้องเรียนครับ", "แจ้งเรื่อง"],
        "story": ["ประสงค์จะแจ้งเป็นเรื่องร้องเรียนครับ", "แจ้ง"],
        "consent": ["ยินยอมตามเงื่อนไขครับ", "ยินยอม"],
        "kind": ["การจัดจ้างที่เอื้อประโยชน์แก่เครือญาติครับ", "ผลประโยชน์ทับซ้อน"],
        "agency": ["องค์การบริหารส่วนตำบลเมืองแฝกครับ", "อบต.เมืองแฝก"],
        "official": ["นายกองค์การบริหารส่วนตำบลครับ", "นายก อบต."],
        "district": ["อำเภอลำปลายมาศครับ", "ลำปลายมาศ"],
        "subdistrict": ["ตำบลเมืองแฝกครับ", "เมืองแฝก"],
        "when": ["ทำสัญญาจ้างช่วงวันออกพรรษาปีนี้ครับ", "26 ตุลาคม 2569"],
        "what": [
            "อบต. อุดหนุนงบซ่อมศาลาการเปรียญวัดบ้านเมืองแฝก 480,000 บาท "
            "ผู้รับจ้างเป็นหลานชายนายก อบต. งานมุงหลังคาไม่แล้วเสร็จ แต่เบิกเงินครบแล้วครับ"
        ],
        "what_more": ["ไม่มีเพิ่มเติมครับ", "ไม่มี"],
        "evidence": [photo(), photo(), "ส่งภาพครบแล้วครับ", "เสร็จแล้ว"],
        "witnesses": ["ไวยาวัจกรวัดและกรรมการวัดทุกท่านครับ", "ไวยาวัจกร"],
        "reported": ["ยังมิได้แจ้งหน่วยงานใดครับ", "ยังไม่เคย"],
        "identity": ["ขอสงวนชื่อครับ", "ไม่บอกชื่อ"],
        "summary": ["ข้อมูลถูกต้องครับ ขอยืนยันการส่ง", "ส่ง"],
    },
    Meant(
        kind=("conflict", "procurement", "budget"),
        agency=("อบต.เมืองแฝก", "องค์การบริหารส่วนตำบลเมืองแฝก"),
        official=("นายก",),
        district="3110",
        subdistrict="311009",
        date=("2026-10-25", "2026-10-27"),
        story=("ศาลา", "หลานชาย"),
        witnesses="ไวยาวัจกร",
        reported=False,
        anonymous=True,
        evidence=2,
    ),
    yes="ถูกต้องครับ",
)

NIGHT_NURSE = Villager(
    "พยาบาลเวรดึก รพ.ละหานทราย: named, gives her phone, corrects the date at the summary",
    {
        "none": ["ขอแจ้งเรื่องการจัดซื้อในโรงพยาบาลค่ะ", "แจ้งเรื่อง"],
        "story": ["แจ้งค่ะ", "แจ้ง"],
        "consent": ["ยินยอมค่ะ", "ยินยอม"],
        "kind": ["จัดซื้อถุงมือยางราคาสูงกว่าท้องตลาดค่ะ", "จัดซื้อจัดจ้าง"],
        "agency": ["โรงพยาบาลละหานทรายค่ะ", "โรงพยาบาลละหานทราย"],
        "official": ["หัวหน้างานพัสดุค่ะ", "หัวหน้าพัสดุ"],
        "district": ["ละหานทรายค่ะ"],
        "subdistrict": ["ตำบลละหานทรายค่ะ", "ละหานทราย"],
        "when": ["วันที่ 1 ธันวาคมค่ะ วันที่ของเข้า", "1 ธันวาคม"],
        "what": [
            "งานพัสดุสั่งถุงมือยางกล่องละ 420 บาท ทั้งที่ร้านส่งทั่วไปขาย 160 ร้านที่ได้งานเป็นของน้องสาวหัวหน้าพัสดุค่ะ"
        ],
        "what_more": ["ไม่มีค่ะ", "ไม่มี"],
        "evidence": [photo(), "หมดแล้วค่ะ", "เสร็จแล้ว"],
        "witnesses": ["พี่จุ๋ม พยาบาลคลังยาค่ะ", "พี่จุ๋ม"],
        "reported": ["ยังไม่เคยค่ะ", "ยังไม่เคย"],
        "identity": ["บอกชื่อได้ค่ะ", "เปิดเผยชื่อ"],
        "name": ["กัญญารัตน์ ศรีสุวรรณ ค่ะ", "กัญญารัตน์ ศรีสุวรรณ"],
        "phone": ["093-558-2140"],
        "summary": ["ไม่ใช่ค่ะ วันที่ผิด ของเข้าวันที่ 2 ธันวาคม", "ถูกต้องค่ะ ส่ง", "ส่ง"],
    },
    Meant(
        kind=("procurement", "conflict"),
        agency=("โรงพยาบาลละหานทราย", "รพ.ละหานทราย"),
        official=("พัสดุ",),
        district="3106",
        subdistrict="310601",
        date=("2026-12-02", "2026-12-02"),
        story=("ถุงมือ",),
        witnesses="จุ๋ม",
        reported=False,
        anonymous=False,
        name="กัญญารัตน์ ศรีสุวรรณ",
        phone="0935582140",
        evidence=1,
    ),
)

FOR_PARENTS = Villager(
    "สาวโรงงานที่สมุทรปราการ: files in Isan for her parents in Krasang, asks if she may",
    {
        "none": [
            asks("แจ้งแทนพ่อแม่ได้บ่ เพิ่นอยู่บ้าน ข้อยเฮ็ดงานอยู่โรงงาน", FOR_OTHERS),
            "สิแจ้งเรื่องแทนพ่อแม่เด้อ",
            "แจ้งเรื่อง",
        ],
        "story": ["แจ้งเด้อ", "แจ้ง"],
        "consent": ["ได้เด้อ", "ยินยอม"],
        "kind": ["กำนันเพิ่นบ่จ่ายเงินช่วยภัยแล้งให้พ่อ", "โกงเงิน"],
        "agency": ["อบต.หนองเต็งเด้อ", "อบต.หนองเต็ง"],
        "official": ["กำนันตำบลหนองเต็ง", "กำนัน"],
        "district": ["กระสังเด้อ", "กระสัง"],
        "subdistrict": ["หนองเต็ง"],
        "when": ["ตอนสงกรานต์ที่ข้อยกลับบ้านนั่นแหละ", "เมษายน 2569"],
        "what": [
            "ทางการโอนเงินช่วยภัยแล้งมาครอบครัวละสามพัน กำนันเพิ่นว่าพ่อบ่มีชื่อ "
            "แต่ในใบประกาศที่ศาลามีชื่อพ่อ พ่อบ่เคยได้เงินจักบาท"
        ],
        "what_more": ["บ่มีแล้วเด้อ", "ไม่มี"],
        "evidence": ["มีฮูปใบประกาศอยู่ในโทรศัพท์น้องชาย สิส่งมื้ออื่น", "ส่งทีหลัง"],
        "witnesses": ["แม่กับน้องชายเห็นใบประกาศนำ", "แม่กับน้องชาย"],
        "reported": ["พ่อเคยไปถามผู้ใหญ่บ้านแล้ว", "เคย"],
        "reported_to": ["ผู้ใหญ่บ้าน"],
        "reported_ref": ["บ่มีเลขเด้อ", "ไม่มี"],
        "identity": ["บ่บอกชื่อเด้อ ย่านพ่อแม่เดือดร้อน", "ไม่บอกชื่อ"],
        "summary": ["แม่นแล้ว ส่งโลด", "ส่ง"],
    },
    Meant(
        kind=("budget", "abuse"),
        agency=("อบต.หนองเต็ง",),
        official=("กำนัน",),
        district="3103",
        subdistrict="310305",
        date=("2026-04-10", "2026-04-17"),
        story=("ภัยแล้ง",),
        witnesses="น้องชาย",
        reported=True,
        reported_to="ผู้ใหญ่บ้าน",
        anonymous=True,
    ),
    yes="แม่นแล้ว",
)

FILIPINO_TEACHER = Villager(
    "Teacher Joy: a Filipino English teacher at a village school, writes in English",
    {
        "none": ["Good evening, may I report something about my school?", "I want to report"],
        "story": ["yes, please file it", "yes"],
        "consent": [asks("who will see my report?", WHO_SEES), "I agree", "yes"],
        "kind": ["the deputy director asked for money to renew my contract", "bribery"],
        "agency": ["Ban Sai School in Prakhon Chai", "โรงเรียนบ้านไทร"],
        "official": ["the deputy director", "รองผู้อำนวยการ"],
        "district": ["Prakhon Chai"],
        "subdistrict": ["Ban Sai", "บ้านไทร"],
        "when": ["November 20", "20 November 2026"],
        "what": [
            "The deputy director told the three foreign teachers to pay 3,000 baht each "
            "or our contracts would not be renewed next term. We paid in cash in his office."
        ],
        "what_more": ["nothing else", "no"],
        "evidence": ["I have no proof, it was cash", "none"],
        "witnesses": ["my colleague Teacher Mark also paid", "Mark"],
        "reported": ["not yet", "no"],
        "identity": ["please keep me anonymous, I need this job", "anonymous"],
        "summary": ["everything is correct, please send", "send"],
    },
    Meant(
        kind=("bribery",),
        agency=("โรงเรียนบ้านไทร", "Ban Sai School"),
        official=("deputy director", "รองผู้อำนวยการ", "รอง ผอ"),
        district="3107",
        subdistrict="310703",
        date=("2026-11-20", "2026-11-20"),
        story=("3,000",),
        witnesses="Mark",
        reported=False,
        anonymous=True,
    ),
    yes="yes",
    speaks="en",
)

RETIRED_SOLDIER = Villager(
    "จ่าสิบเอกเกษียณ: Buddhist-era dates, 24-hour times, reported to the NACC already",
    {
        "none": ["ขอแจ้งเรื่องร้องเรียนครับ", "แจ้งเรื่อง"],
        "story": ["แจ้งครับ", "แจ้ง"],
        "consent": ["ยินยอมครับ", "ยินยอม"],
        "kind": ["ฮั้วประมูลถนนลาดยางครับ", "จัดซื้อจัดจ้าง"],
        "agency": ["อบต.หูทำนบ ครับ", "อบต.หูทำนบ"],
        "official": ["นายก อบต. ครับ", "นายก อบต."],
        "district": ["อำเภอปะคำครับ", "ปะคำ"],
        "subdistrict": ["ตำบลหูทำนบครับ", "หูทำนบ"],
        "when": ["๑๘ พ.ย. ๒๕๖๙ เวลา ๑๔.๓๐ น. ครับ", "18 พฤศจิกายน 2569"],
        "what": [
            "วันเปิดซองประมูลถนนลาดยางสายบ้านหูทำนบ-บ้านโคกกลาง มีผู้ยื่นสามราย "
            "แต่สองรายเป็นบริษัทของพี่น้องตระกูลเดียวกัน ราคาห่างกันไม่ถึงพันบาทครับ"
        ],
        "what_more": ["ไม่มีครับ", "ไม่มี"],
        "evidence": [photo(), "ครบแล้วครับ", "เสร็จแล้ว"],
        "witnesses": ["ผู้ใหญ่บ้านหมู่ ๒ ร่วมฟังการเปิดซองครับ", "ผู้ใหญ่บ้านหมู่ 2"],
        "reported": ["แจ้ง ป.ป.ช. บุรีรัมย์แล้วเมื่อ ๒๕ พ.ย. ครับ", "เคย"],
        "reported_to": ["สำนักงาน ป.ป.ช. ประจำจังหวัดบุรีรัมย์ครับ", "ป.ป.ช."],
        "reported_ref": ["ยังไม่ได้เลขครับ", "ไม่มี"],
        "identity": ["เปิดเผยชื่อครับ", "เปิดเผยชื่อ"],
        "name": ["จ.ส.อ. ประเสริฐ มณีวงศ์", "ประเสริฐ มณีวงศ์"],
        "phone": ["๐๖๑ ๗๗๒ ๔๐๙๘"],
        "summary": ["ถูกต้องครับ ยืนยัน", "ส่ง"],
    },
    Meant(
        kind=("procurement", "conflict"),
        agency=("อบต.หูทำนบ",),
        official=("นายก",),
        district="3112",
        subdistrict="311205",
        date=("2026-11-18", "2026-11-18"),
        story=("ลาดยาง",),
        witnesses="ผู้ใหญ่บ้าน",
        reported=True,
        reported_to="ป.ป.ช",
        anonymous=False,
        name="ประเสริฐ มณีวงศ์",
        phone="0617724098",
        evidence=1,
    ),
    yes="ถูกต้องครับ",
)

VILLAGERS = {
    "teen_shamed": TEEN_SHAMED,
    "grandfather_blesses": GRANDFATHER_BLESSES,
    "other_question": OTHER_QUESTION,
    "long_messages": LONG_MESSAGES,
    "code_switch_rider": CODE_SWITCH_RIDER,
    "temple_committee": TEMPLE_COMMITTEE,
    "night_nurse": NIGHT_NURSE,
    "for_parents": FOR_PARENTS,
    "filipino_teacher": FILIPINO_TEACHER,
    "retired_soldier": RETIRED_SOLDIER,
}

SEALED = set(random.Random(20).sample(list(VILLAGERS), 5))
DIAG = set(VILLAGERS) - SEALED
