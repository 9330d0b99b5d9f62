"""Held-out villagers, round 27: ten new kinds of people written by a tester who read neither
the bot's rules nor its word lists nor its training examples; played by the driver of the first
held-out people (`heldout_personas.play`). Among them: a village health volunteer (อสม.) who
gives her name and phone, a cassava trucker who types Thai in Latin letters, a temple's lay
steward (ไวยาวัจกร) speaking for the abbot, a woman whose husband is threatened while she files,
a student who writes English, a man who sends his story in four bubbles first, a grandmother who
types Isan in fragments, a woman who asks "ทำไม" back at several questions, a Khmer-Thai
grandmother at the land office, and a mother who corrects two answers as she goes.
Five, chosen at random (`random.Random(27).sample(sorted(VILLAGERS), 5)`), are SEALED: their
failures are only counted, never described to whoever fixes the conversation.

Dates are as said on Tuesday 8 December 2026 (BE 2569). Where a phrase can honestly mean more
than one day, the span covers every reading. Districts and sub-districts are DOPA codes checked
against geothai's data (geothai/_data/subdistricts.json), not against the product's files.
"""

from __future__ import annotations

import random

from tests.integration.handlers.complaint.heldout_personas import Meant, Villager, asks, threat
from tests.integration.handlers.complaint.personas import photo

# Replies a question back must get (what any honest answer to it contains).
NO_NAME = (
    r"ไม่.{0,20}(ต้อง|จำเป็น).{0,20}(ชื่อ|บอก)|ไม่บอกชื่อ|ไม่ระบุ|anonym|don't have to|not (need|have) to"
)
WHY_CONSENT = r"ข้อมูล|คณะกรรมการ|ตรวจสอบ|ส่งต่อ|data|committee"
WHY_WHO = r"เพื่อ|ตรวจสอบ|ตำแหน่ง|ไม่.{0,20}(ต้อง|จำเป็น|ทราบ|รู้)|ข้าม|so that|check|position"

ASM_VOLUNTEER = Villager(
    "ป้าสมศรี: an อสม. for twenty years; the volunteers' pay stops at the chair; named",
    {
        "none": [
            "สวัสดีค่ะ ป้าเป็น อสม. ตำบลสองห้อง อำเภอเมือง อยากแจ้งว่าประธาน อสม. หักเงินค่าป่วยการ อสม. ค่ะ",
            "แจ้งเรื่อง",
        ],
        "story": ["แจ้งค่ะ", "แจ้ง"],
        "consent": ["ยินยอมจ้ะ", "ยินยอม"],
        "kind": ["เงินค่าป่วยการ อสม. ไม่ถึงมือ อสม. ค่ะ ประธานเก็บไว้", "ใช้งบไม่ถูก"],
        "agency": ["รพ.สต.บ้านสองห้องค่ะ เงินออกทางนี้", "รพ.สต.บ้านสองห้อง"],
        "official": ["ประธาน อสม. ตำบลสองห้องค่ะ", "ประธาน อสม."],
        "district": ["อำเภอเมืองบุรีรัมย์ค่ะ", "เมืองบุรีรัมย์"],
        "subdistrict": ["สองห้องค่ะ", "ตำบลสองห้อง"],
        "when": ["ตั้งแต่เดือนสิงหาค่ะ จนถึงตอนนี้ยังไม่ได้", "สิงหาคม 2569"],
        "what": [
            "อสม. ได้ค่าป่วยการเดือนละ 1,000 บาท เข้าบัญชีรวมของชมรม แล้วประธานถอนออกมาแจก"
            " ให้แค่คนละ 600 บอกว่าหักค่าบริหาร สี่เดือนแล้วค่ะ ไม่มีใครกล้าถาม"
        ],
        "what_more": ["ไม่มีแล้วจ้ะ", "ไม่มี"],
        "evidence": ["มีสมุดบัญชีชมรมค่ะ เดี๋ยวถ่ายรูปส่งทีหลังนะคะ", "ส่งทีหลัง"],
        "witnesses": ["อสม. หมู่ 5 อีกแปดคนค่ะ รู้กันหมด", "อสม. หมู่ 5"],
        "reported": ["ยังไม่เคยแจ้งที่ไหนค่ะ", "ยังไม่เคย"],
        "identity": ["บอกชื่อได้ค่ะ ป้าไม่กลัว", "บอกชื่อ"],
        "name": ["นางสมศรี บุญล้อม"],
        "phone": ["๐๘๑ ๕๕๓ ๙๐๒๗ ค่ะ"],
        "summary": ["ถูกต้องแล้วจ้ะ ส่งเลย", "ส่ง"],
    },
    Meant(
        kind=("budget", "bribery", "abuse"),
        agency=("รพ.สต.บ้านสองห้อง",),
        official=("ประธาน",),
        district="3101",
        subdistrict="310118",
        date=("2026-08-01", "2026-12-08"),
        story=("1,000",),
        witnesses="หมู่ 5",
        reported=False,
        anonymous=False,
        name="สมศรี บุญล้อม",
        phone="0815539027",
    ),
    yes="ใช่จ้ะ",
)

CASSAVA_TRUCKER = Villager(
    "เปี๊ยก: hauls cassava for the village, types Thai in Latin letters, never a tone mark",
    {
        "none": ["sawasdee krub, ja jaeng rueang kaset riak ngern kha long tabian mun", "แจ้งเรื่อง"],
        "story": ["jaeng loei krub", "แจ้ง"],
        "consent": ["ok yinyom", "ยินยอม"],
        "kind": ["kaset riak ngern krub", "เรียกเงิน"],
        "agency": ["samnakngan kaset amphoe huai rat krub", "สำนักงานเกษตรอำเภอห้วยราช"],
        "official": ["jaonatee kaset tambon krub", "เจ้าหน้าที่เกษตรตำบล"],
        "district": ["huai rat", "ห้วยราช"],
        "subdistrict": ["ta sao krub", "ตำบลตาเสา"],
        "when": ["deuan tee laew krub", "พฤศจิกายน 2569"],
        "what": [
            "chao baan ja dai ngern chuay rakha mun sampalang tong long tabian ron pluk, "
            "jaonatee kaset bok tong jai rai la 100 baht tha mai jai mai rub rong, "
            "phom kon mun hai 12 baan, tuk baan jai mod krub"
        ],
        "what_more": ["mai mee laew", "ไม่มี"],
        "evidence": ["mai mee krub jai ngern sod", "ไม่มี"],
        "witnesses": ["lung phan kab pa noi krub", "ลุงพันธ์"],
        "reported": ["mai koei krub", "ยังไม่เคย"],
        "identity": ["mai bok chue krub", "ไม่บอกชื่อ"],
        "summary": ["thuk tong krub song loei", "ส่ง"],
    },
    Meant(
        kind=("bribery",),
        agency=("สำนักงานเกษตรอำเภอห้วยราช", "เกษตรอำเภอห้วยราช"),
        official=("เกษตร", "kaset"),
        district="3116",
        subdistrict="311603",
        date=("2026-11-01", "2026-11-30"),
        story=("100",),
        witnesses="phan",
        reported=False,
        anonymous=True,
    ),
    yes="chai krub",
)

LAY_STEWARD = Villager(
    "อาจารย์บุญช่วย: the temple's lay steward (ไวยาวัจกร), files for the abbot about the fair permit",
    {
        "none": ["กราบสวัสดีครับ ผมเป็นไวยาวัจกรวัดบ้านจาน หลวงพ่อให้มาแจ้งเรื่องครับ", "แจ้งเรื่อง"],
        "story": ["แจ้งครับ หลวงพ่ออนุญาตแล้ว", "แจ้ง"],
        "consent": ["ยินยอมครับ", "ยินยอม"],
        "kind": ["เรียกเก็บเงินค่าขออนุญาตจัดงานวัดโดยไม่มีใบเสร็จครับ", "เรียกเงิน"],
        "agency": ["อบต.บ้านจานครับ", "อบต.บ้านจาน"],
        "official": ["รองนายก อบต. ครับ", "รองนายก อบต."],
        "district": ["พุทไธสงครับ", "อำเภอพุทไธสง"],
        "subdistrict": ["บ้านจานครับ", "ตำบลบ้านจาน"],
        "when": ["ก่อนงานบุญประจำปี ปลายเดือนตุลาครับ", "ปลายเดือนตุลาคม 2569"],
        "what": [
            "วัดจัดงานบุญประจำปีทุกปี ไม่เคยต้องจ่าย ปีนี้รองนายกมาบอกว่าต้องจ่ายค่าอนุญาต"
            " 5,000 บาท กับค่าเดินสายไฟอีก 3,000 ให้ใส่ซองไม่มีใบเสร็จ หลวงพ่อต้องเอาเงินกฐินมาจ่ายครับ"
        ],
        "what_more": ["เท่านี้ครับ", "ไม่มี"],
        "evidence": [photo(), "รูปซองที่เขียนยอดเงินครับ ครบแล้ว", "เสร็จแล้ว"],
        "witnesses": ["หลวงพ่อเจ้าอาวาสกับมัคนายกครับ", "หลวงพ่อเจ้าอาวาส"],
        "reported": ["ยังไม่เคยครับ", "ยังไม่เคย"],
        "identity": ["ไม่ประสงค์ออกนามครับ หลวงพ่อไม่อยากให้เป็นเรื่องใหญ่", "ไม่บอกชื่อ"],
        "summary": ["ถูกต้องครับ กรุณาส่งเรื่อง", "ส่ง"],
    },
    Meant(
        kind=("bribery", "abuse"),
        agency=("อบต.บ้านจาน",),
        official=("รองนายก",),
        district="3109",
        subdistrict="310903",
        date=("2026-10-15", "2026-10-31"),
        story=("5,000",),
        witnesses="หลวงพ่อ",
        reported=False,
        anonymous=True,
        evidence=1,
    ),
    yes="ใช่ครับ",
)

HUSBAND_CALL = (
    "เดี๋ยวนะคะ สามีหนูเพิ่งโทรมา มีคนสองคนไปยืนรอเขาที่บ่อปลา บอกว่าถ้าเมียมึงยังไม่หยุด"
    " จะได้ลงไปนอนก้นบ่อ เขายังอยู่ที่นั่นเลยค่ะ"
)

HUSBAND_THREATENED = Villager(
    "พี่แหวว: the pond lease goes to the mayor's kin; her husband is threatened as she files",
    {
        "none": ["อยากแจ้งเรื่องประมูลเช่าบ่อปลาหนองสาธารณะค่ะ", "แจ้งเรื่อง"],
        "story": ["แจ้งค่ะ", "แจ้ง"],
        "consent": ["ยินยอมค่ะ", "ยินยอม"],
        "kind": ["ให้ญาตินายกเช่าบ่อปลาทุกปีค่ะ ราคาถูก", "ผลประโยชน์ทับซ้อน"],
        "agency": ["อบต.หนองเต็งค่ะ", "อบต.หนองเต็ง"],
        "official": [threat(HUSBAND_CALL), "นายก อบต. ค่ะ", "นายก อบต."],
        "district": ["กระสังค่ะ", "อำเภอกระสัง"],
        "subdistrict": ["หนองเต็งค่ะ", "ตำบลหนองเต็ง"],
        "when": ["ตอนเปิดประมูลเดือนมีนาปีนี้ค่ะ", "มีนาคม 2569"],
        "what": [
            "หนองสาธารณะหมู่ 2 เปิดให้เช่าเลี้ยงปลาปีละครั้ง สามีหนูเสนอ 60,000 แต่ อบต."
            " ให้น้องเมียนายกที่เสนอ 25,000 บอกว่าซองหนูเอกสารไม่ครบ เป็นแบบนี้สามปีแล้วค่ะ"
        ],
        "what_more": ["ไม่มีแล้วค่ะ", "ไม่มี"],
        "evidence": ["มีใบเสนอราคาของสามีค่ะ จะส่งทีหลัง", "ส่งทีหลัง"],
        "witnesses": ["คนที่ยื่นซองด้วยกันอีกสองคนค่ะ ลุงทองกับพี่เล็ก", "ลุงทอง"],
        "reported": ["ยังไม่เคยค่ะ", "ยังไม่เคย"],
        "identity": ["ไม่บอกชื่อค่ะ ตอนนี้ยิ่งไม่กล้า", "ไม่บอกชื่อ"],
        "summary": ["ถูกต้องค่ะ ส่งเลย", "ส่ง"],
    },
    Meant(
        kind=("conflict", "procurement"),
        agency=("อบต.หนองเต็ง",),
        official=("นายก",),
        district="3103",
        subdistrict="310305",
        date=("2026-03-01", "2026-03-31"),
        story=("60,000",),
        witnesses="ทอง",
        reported=False,
        anonymous=True,
    ),
)

ENGLISH_STUDENT = Villager(
    "Mint: a first-year student who writes English; the driving examiner wanted money to pass her",
    {
        "none": [
            "hi! I want to report something that happened at my driving test",
            "I want to report",
        ],
        "story": ["yes please file it", "yes"],
        "consent": ["sure, I consent", "I agree"],
        "kind": ["the examiner asked for money to pass me", "bribery"],
        "agency": [
            "the Land Transport Office in Buriram town",
            "Buriram Provincial Land Transport Office",
        ],
        "official": ["the driving test examiner", "examiner"],
        "district": ["Mueang Buriram", "Mueang Buri Ram"],
        "subdistrict": ["Isan subdistrict, it's on the bypass road", "Isan"],
        "when": ["last Wednesday", "2 December 2026"],
        "what": [
            "He failed me on the practical test for nothing, on purpose I think. After, he"
            " told me in the car park that 1,500 baht would make the next test 'easy'. My friend"
            " paid it last month and passed without driving."
        ],
        "what_more": ["no that's it", "no"],
        "evidence": [
            "I have a screenshot of his LINE message, sending it now",
            photo(),
            "that's all",
            "done",
        ],
        "witnesses": ["my friend Ploy was waiting with me", "Ploy"],
        "reported": ["no, never", "no"],
        "identity": ["anonymous please, I still need my licence lol", "anonymous"],
        "summary": ["looks right, send it", "send"],
    },
    Meant(
        kind=("bribery",),
        agency=(
            "สำนักงานขนส่งจังหวัดบุรีรัมย์",
            "ขนส่งจังหวัดบุรีรัมย์",
            "Land Transport Office in Buriram town",
            "Buriram Provincial Land Transport Office",
        ),
        official=("examiner", "ผู้คุมสอบ", "เจ้าหน้าที่สอบ"),
        district="3101",
        subdistrict="310102",
        date=("2026-11-25", "2026-12-02"),
        story=("1,500",),
        witnesses="Ploy",
        reported=False,
        anonymous=True,
        evidence=1,
    ),
    yes="yes",
    speaks="en",
)

FOUR_BUBBLES = Villager(
    "ลุงสุข: sends the solar street-light story in four bubbles before anything is asked",
    {
        "none": ["แจ้งเรื่องครับ"],
        "story": ["แจ้งครับ", "แจ้ง"],
        "consent": ["ยอมครับ", "ยินยอม"],
        "kind": ["ซื้อของแพงเกินจริงครับ", "จัดซื้อจัดจ้าง"],
        "agency": ["อบต.โคกล่ามครับ บอกไปแล้ว", "อบต.โคกล่าม"],
        "official": ["นายก อบต. ครับ", "นายก อบต."],
        "district": ["ลำปลายมาศครับ", "อำเภอลำปลายมาศ"],
        "subdistrict": ["โคกล่ามครับ", "ตำบลโคกล่าม"],
        "when": ["ติดเสร็จเดือนกรกฎาครับ", "กรกฎาคม 2569"],
        "what": ["ที่พิมพ์ไปตอนแรกครับ", "เล่าไปแล้ว"],
        "what_more": ["ไม่มีครับ", "ไม่มี"],
        "evidence": [photo(), photo(), "รูปเสาไฟตอนกลางคืนครับ สองรูปพอ", "เสร็จแล้ว"],
        "witnesses": ["ชาวบ้านหมู่ 2 ทุกคนครับ", "ชาวบ้านหมู่ 2"],
        "reported": ["ยังไม่เคยครับ", "ยังไม่เคย"],
        "identity": ["ไม่บอกชื่อครับ", "ไม่บอกชื่อ"],
        "summary": ["ถูกต้องครับ ส่ง", "ส่ง"],
    },
    Meant(
        kind=("procurement", "budget"),
        agency=("อบต.โคกล่าม",),
        official=("นายก",),
        district="3110",
        subdistrict="311012",
        date=("2026-07-01", "2026-07-31"),
        story=("โซลาร์", "45,000"),
        witnesses="หมู่ 2",
        reported=False,
        anonymous=True,
        evidence=2,
    ),
    opening=(
        "สวัสดีครับ เรื่องไฟถนนโซลาร์เซลล์",
        "อบต.โคกล่ามติดเสาไฟโซลาร์ 40 ต้นในหมู่ 2",
        "เบิกต้นละ 45,000 บาท ร้านในเมืองขายหมื่นสอง",
        "ติดได้ไม่ถึงเดือนดับหมดเลยครับ ถนนมืดทั้งซอย",
    ),
    yes="ใช่ครับ",
)

ISAN_GRANDMOTHER = Villager(
    "แม่ใหญ่เคน: flood on the Mun, Isan in two- and three-word fragments, relief bags half empty",
    {
        "none": ["สิแจ้ง ถุงยังชีพ", "แจ้งเรื่อง"],
        "story": ["แจ้งโลด", "แจ้ง"],
        "consent": ["เออ ยอม", "ยินยอม"],
        "kind": ["ของในถุง หายเคิ่งนึง", "ใช้งบไม่ถูก"],
        "agency": ["อบต เมืองแก", "อบต.เมืองแก"],
        "official": ["ผญบ หมู่ 8", "ผู้ใหญ่บ้าน หมู่ 8"],
        "district": ["สตึก", "อำเภอสตึก"],
        "subdistrict": ["เมืองแก", "ตำบลเมืองแก"],
        "when": ["น้ำท่วม เดือนเก้า", "กันยายน 2569"],
        "what": ["ถุงยังชีพ ข้าวสาร บ่มี มีแต่ มาม่า สามซอง เพิ่นเอาข้าว ไปขาย"],
        "what_more": ["บ่มีแล้ว", "ไม่มี"],
        "evidence": ["บ่มี", "ไม่มี"],
        "witnesses": ["แม่ใหญ่บุญ เฮือนใกล้", "แม่ใหญ่บุญ"],
        "reported": ["บ่เคย", "ยังไม่เคย"],
        "identity": ["บ่บอก", "ไม่บอกชื่อ"],
        "summary": ["แม่น ส่ง", "ส่ง"],
    },
    Meant(
        kind=("budget", "abuse", "procurement"),
        agency=("อบต.เมืองแก",),
        official=("ผู้ใหญ่บ้าน", "ผญบ"),
        district="3111",
        subdistrict="311104",
        date=("2026-08-01", "2026-09-30"),
        story=("ถุงยังชีพ",),
        witnesses="บุญ",
        reported=False,
        anonymous=True,
    ),
    yes="แม่นแล้ว",
)

WHY_ASKER = Villager(
    "น้องแพร: asks ทำไม back before answering, then answers; the bridge repair paid and not done",
    {
        "none": ["จะแจ้งเรื่องสะพานข้ามห้วยค่ะ", "แจ้งเรื่อง"],
        "story": ["แจ้งค่ะ", "แจ้ง"],
        "consent": [asks("ทำไมต้องยินยอมด้วยคะ เอาข้อมูลไปทำอะไร", WHY_CONSENT), "ยินยอมค่ะ", "ยินยอม"],
        "kind": ["จ่ายเงินซ่อมสะพานแล้วแต่ไม่ได้ซ่อมค่ะ", "ใช้งบไม่ถูก"],
        "agency": ["อบต.ละลวดค่ะ", "อบต.ละลวด"],
        "official": [
            asks("ทำไมต้องบอกว่าใครทำ ถ้าหนูไม่รู้ชื่อล่ะคะ", WHY_WHO),
            "ช่างโยธาของ อบต. ค่ะ",
            "ช่างโยธา",
        ],
        "district": ["ชำนิค่ะ", "อำเภอชำนิ"],
        "subdistrict": ["ละลวดค่ะ", "ตำบลละลวด"],
        "when": ["ต้นเดือนพฤศจิกาค่ะ ที่ติดป้ายว่าซ่อมเสร็จ", "ต้นเดือนพฤศจิกายน 2569"],
        "what": [
            "สะพานไม้ข้ามห้วยหมู่ 6 ไม้ผุ ป้ายติดว่าซ่อมเสร็จแล้ว งบ 180,000 บาท"
            " แต่เปลี่ยนไม้แค่สามแผ่น เด็กนักเรียนยังต้องเดินเลี่ยงค่ะ"
        ],
        "what_more": ["ไม่มีแล้วค่ะ", "ไม่มี"],
        "evidence": [photo(), "รูปสะพานกับป้ายค่ะ พอแล้ว", "เสร็จแล้ว"],
        "witnesses": ["ไม่มีใครค่ะ", "ไม่มี"],
        "reported": ["ยังไม่เคยค่ะ", "ยังไม่เคย"],
        "identity": [asks("ทำไมต้องถามชื่อคะ ไม่บอกได้ไหม", NO_NAME), "ไม่บอกค่ะ", "ไม่บอกชื่อ"],
        "summary": ["ถูกต้องค่ะ ส่ง", "ส่ง"],
    },
    Meant(
        kind=("budget", "procurement"),
        agency=("อบต.ละลวด",),
        official=("ช่าง", "โยธา"),
        district="3118",
        subdistrict="311805",
        date=("2026-11-01", "2026-11-10"),
        story=("180,000",),
        witnesses="",
        reported=False,
        anonymous=True,
        evidence=1,
    ),
)

KHMER_LAND = Villager(
    "ยายเฉลียว: Khmer-Thai, ends with บาด and จ๊ะ; the surveyor wants money to measure her land",
    {
        "none": ["ซัวสเด็ยบาด ยายสิแจ้งเรื่องโฉนดที่ดิน", "แจ้งเรื่อง"],
        "story": ["แจ้งบาด", "แจ้ง"],
        "consent": ["บาด ยอม", "ยินยอม"],
        "kind": ["เขาเรียกเงินใต้โต๊ะบาด", "เรียกเงิน"],
        "agency": ["ที่ดินบ้านกรวดบาด", "สำนักงานที่ดินสาขาบ้านกรวด"],
        "official": ["คนรังวัดบาด", "เจ้าหน้าที่รังวัด"],
        "district": ["บ้านกรวดบาด", "อำเภอบ้านกรวด"],
        "subdistrict": ["บ้านกรวดบาด ตำบลเดียวกัน", "ตำบลบ้านกรวด"],
        "when": ["สองเดือนแล้วบาด", "ต้นเดือนตุลาคม 2569"],
        "what": [
            "ยายจะออกโฉนดนาที่เป็น สค.1 คนรังวัดบอกว่าจ่าย 3,000 จะมาวัดให้เร็ว ไม่จ่ายรอไปสองปี"
            " ยายไม่มีเงิน เขาก็ไม่มาเลยบาด"
        ],
        "what_more": ["อ็อตเมียนบาด", "ไม่มี"],
        "evidence": ["อ็อตเมียนบาด", "ไม่มี"],
        "witnesses": ["กวนชายยายไปด้วยบาด ชื่อสมาน", "สมาน"],
        "reported": ["เคยบอกกำนันบาด", "เคย"],
        "reported_to": ["กำนันบาด", "กำนัน"],
        "reported_ref": ["อ็อตเมียนบาด", "ไม่มี"],
        "identity": ["อ็อตบอกชื่อบาด", "ไม่บอกชื่อ"],
        "summary": ["บาด ส่ง", "ส่ง"],
    },
    Meant(
        kind=("bribery",),
        agency=("สำนักงานที่ดินสาขาบ้านกรวด", "สำนักงานที่ดินจังหวัดบุรีรัมย์ สาขาบ้านกรวด"),
        official=("รังวัด",),
        district="3108",
        subdistrict="310801",
        date=("2026-09-20", "2026-10-20"),
        story=("3,000",),
        witnesses="สมาน",
        reported=True,
        reported_to="กำนัน",
        anonymous=True,
    ),
    yes="บาด",
)

CORRECTS_AS_SHE_GOES = Villager(
    "แม่น้องต้นกล้า: school lunch; corrects the agency one question later and the date two later",
    {
        "none": ["ขอแจ้งเรื่องอาหารกลางวันเด็กค่ะ", "แจ้งเรื่อง"],
        "story": ["แจ้งค่ะ", "แจ้ง"],
        "consent": ["ยินยอมค่ะ", "ยินยอม"],
        "kind": ["งบอาหารกลางวันเด็กถูกตัดค่ะ", "ใช้งบไม่ถูก"],
        "agency": ["อบต.ทุ่งแสงทองค่ะ", "อบต.ทุ่งแสงทอง"],
        "official": [
            "ขอโทษค่ะ หน่วยงานเมื่อกี้ผิด ไม่ใช่ อบต. เป็นโรงเรียนบ้านทุ่งแสงทองค่ะ",
            "ผอ.โรงเรียนค่ะ",
            "ผู้อำนวยการโรงเรียน",
        ],
        "district": ["นางรองค่ะ", "อำเภอนางรอง"],
        "subdistrict": ["ทุ่งแสงทองค่ะ", "ตำบลทุ่งแสงทอง"],
        "when": ["เดือนตุลาค่ะ", "ตุลาคม 2569"],
        "what": [
            "ลูกกลับมาบ่นหิวทุกวัน ข้าวกลางวันมีแต่ข้าวกับไข่ต้มครึ่งฟอง แม่ครัวบอกว่า ผอ."
            " ให้ซื้อวัตถุดิบได้แค่วันละ 1,500 จากเด็ก 120 คน ค่ะ"
        ],
        "what_more": [
            "ขอแก้วันที่ค่ะ ไม่ใช่ตุลา เป็นตั้งแต่เปิดเทอมสองวันที่ 2 พฤศจิกาจนถึงตอนนี้",
            "ไม่มีแล้วค่ะ",
            "ไม่มี",
        ],
        "evidence": [photo(), "รูปข้าวกล่องลูกค่ะ", "เสร็จแล้ว"],
        "witnesses": ["แม่ครัวโรงเรียน ป้าจำปีค่ะ", "ป้าจำปี"],
        "reported": ["ยังไม่เคยค่ะ", "ยังไม่เคย"],
        "identity": ["ไม่บอกชื่อค่ะ กลัวลูกโดนครูเพ่งเล็ง", "ไม่บอกชื่อ"],
        "summary": ["ถูกต้องค่ะ ส่งได้", "ส่ง"],
    },
    Meant(
        kind=("budget",),
        agency=("โรงเรียนบ้านทุ่งแสงทอง",),
        official=("ผอ", "ผู้อำนวยการ"),
        district="3104",
        subdistrict="310426",
        date=("2026-11-02", "2026-12-08"),
        story=("1,500",),
        witnesses="จำปี",
        reported=False,
        anonymous=True,
        evidence=1,
    ),
)

VILLAGERS = {
    "asm_volunteer_named": ASM_VOLUNTEER,
    "latin_cassava_trucker": CASSAVA_TRUCKER,
    "temple_lay_steward": LAY_STEWARD,
    "husband_threatened_mid_filing": HUSBAND_THREATENED,
    "english_student": ENGLISH_STUDENT,
    "four_bubbles_first": FOUR_BUBBLES,
    "isan_grandmother_fragments": ISAN_GRANDMOTHER,
    "asks_why": WHY_ASKER,
    "khmer_land_office": KHMER_LAND,
    "corrects_two_as_she_goes": CORRECTS_AS_SHE_GOES,
}

SEALED = set(random.Random(27).sample(sorted(VILLAGERS), 5))
DIAG = set(VILLAGERS) - SEALED
