"""Held-out villagers, round 7 (issue 16, "a villager understood, not matched"): ten new people
written by a tester who read neither the bot's rules nor its word lists nor its training
examples, played by the driver of the first held-out people (`heldout_personas.play`). Five,
chosen at random (`random.Random(7)`), are SEALED: their failures are only counted, never
described to whoever fixes the conversation, so that no fix is fitted to them.

Dates are as said on Saturday 5 December 2026 (BE 2569). Where a phrase can honestly mean more
than one day, the span covers every reading.
"""

from __future__ import annotations

from tests.integration.handlers.complaint.heldout_personas import Meant, Villager, asks, threat
from tests.integration.handlers.complaint.heldout_personas_round3 import (
    NAME_OPTIONAL,
    NOT_TOLD,
)
from tests.integration.handlers.complaint.personas import photo

#: What an answer to "is it safe?" says, in either language.
SAFE = r"ปลอดภัย|ความลับ|ไม่เปิดเผย|ไม่.{0,30}(บอก|รู้)|safe|confidential|191|1567"

RICE_MILL_OWNER = Villager(
    "เฮียชัย: a rice-mill owner asked for money before his permit is signed",
    {
        "none": ["สวัสดีครับ ผมมีโรงสีข้าวเล็กๆ อยากร้องเรียนเรื่องใบอนุญาตครับ", "แจ้งเรื่อง"],
        "story": ["แจ้งเป็นเรื่องเลยครับ", "แจ้ง"],
        "consent": ["ยอมรับครับ", "ยินยอม"],
        "kind": ["เรียกเงินใต้โต๊ะแลกกับเซ็นใบอนุญาตครับ", "เรียกเงิน"],
        "agency": ["อบต.หนองโบสถ์ครับ"],
        "official": ["นายช่างโยธาของ อบต.ครับ"],
        "district": ["อยู่อำเภอนางรองครับ"],
        "subdistrict": ["หนองโบสถ์ครับ"],
        "when": ["ต้นเดือนที่แล้วครับ ช่วงโรงสีเริ่มรับข้าวใหม่", "พฤศจิกายน 2569"],
        "what": [
            "ผมยื่นขอใบอนุญาตต่อเติมโรงสีตั้งแต่เดือนกันยา เอกสารครบทุกอย่าง นายช่างบอกว่า"
            "ถ้าไม่มีค่าเดินเรื่องสองหมื่นห้า ใบอนุญาตจะไม่ออกปีนี้ ผมไม่จ่าย เรื่องก็ค้างอยู่ครับ"
        ],
        "what_more": ["มีแค่นี้ครับ"],
        "evidence": [photo(), "ส่งรูปใบยื่นคำขอแล้วครับ", "เสร็จแล้ว"],
        "witnesses": ["ลูกชายผมนั่งอยู่ด้วยตอนคุยครับ"],
        "reported": ["ยังไม่เคยแจ้งหน่วยไหนเลยครับ", "ไม่เคย"],
        "identity": ["ใส่ชื่อผมได้ครับ เรื่องจริงทั้งหมด", "บอกชื่อ"],
        "name": ["ชัยวัฒน์ แซ่ตั้ง"],
        "phone": ["081 664 2093"],
        "summary": ["ถูกต้องครับ ส่งได้เลย", "ส่ง"],
    },
    Meant(
        kind=("bribery",),
        agency=("อบต.หนองโบสถ์",),
        official=("นายช่าง",),
        district="3104",
        subdistrict="310406",
        date=("2026-11-01", "2026-11-15"),
        story=("สองหมื่นห้า",),
        witnesses="ลูกชาย",
        reported=False,
        anonymous=False,
        name="ชัยวัฒน์ แซ่ตั้ง",
        phone="0816642093",
        evidence=1,
    ),
    yes="ใช่ครับ",
)

# Northern Khmer words in her Thai (Ban Kruat): บาท = yes, อ็อต = not, เมียน = have,
# ลุย = money, ซม = ask for, เดิง = know.
KHMER_GRANDMOTHER = Villager(
    "ยายพลอย: Northern Khmer words in her Thai, the headman's helper takes from her old-age pay",
    {
        "none": ["ยายมาแจ้งเรื่องลุยคนแก่", "แจ้งเรื่อง"],
        "story": ["บาท แจ้ง", "แจ้ง"],
        "consent": ["บาทๆ ยอม", "ยินยอม"],
        "kind": ["ผู้ช่วยผู้ใหญ่ซมลุยยายทุกเดือน", "เรียกเงิน"],
        "agency": ["อ็อตเดิง", "ไม่รู้"],
        "official": ["ผู้ช่วยผู้ใหญ่บ้าน หมู่ 4"],
        "district": ["บ้านกรวด"],
        "subdistrict": ["ตำบลปราสาท"],
        "when": ["ตั้งแต่เดือนสิงหาปีนี้", "สิงหาคม 2569"],
        "what": [
            "ลุยคนแก่เข้าบัญชียาย ผู้ช่วยผู้ใหญ่พายายไปกด แล้วซมลุยยายสองร้อยทุกเดือน "
            "บอกว่าค่ารถ ยายอ็อตเมียนรถ ยายเดินไปเอง"
        ],
        "what_more": ["อ็อตเมียนแล้ว", "ไม่มี"],
        "evidence": ["อ็อตเมียนรูปถ่ายเลย", "ไม่มี"],
        "witnesses": ["ยายเนียมข้างบ้านก็โดนซมเหมือนกัน"],
        "reported": ["อ็อตเคย", "ไม่เคย"],
        "identity": ["ยายอ็อตอยากบอกชื่อ", "ไม่บอกชื่อ"],
        "summary": ["บาท ตรงหมดแล้ว", "ส่ง"],
    },
    Meant(
        kind=("bribery", "budget"),
        official=("ผู้ช่วยผู้ใหญ่",),
        district="3108",
        subdistrict="310804",
        date=("2026-08-01", "2026-12-05"),
        story=("สองร้อย",),
        witnesses="ยายเนียม",
        reported=False,
        anonymous=True,
    ),
    yes="บาท",
)

SCHOOL_COOK = Villager(
    "ป้าบัวลอย: the school cook, the lunch money cut by the director",
    {
        "none": ["ป้าเป็นแม่ครัวโรงเรียน อยากแจ้งเรื่องค่าอาหารเด็กจ้า", "แจ้งเรื่อง"],
        "story": ["แจ้งจ้า", "แจ้ง"],
        "consent": ["ยินยอมจ้าลูก", "ยินยอม"],
        "kind": ["ผอ.หักเงินค่าอาหารกลางวันเด็กไปจ้า", "โกงงบ"],
        "agency": ["โรงเรียนบ้านหนองกะทิงจ้า"],
        "official": ["ท่าน ผอ.โรงเรียนนั่นแหละจ้า"],
        "district": ["ลำปลายมาศจ้า"],
        "subdistrict": ["หนองกะทิงจ้า"],
        "when": ["ทั้งเทอมนี้เลยจ้า ตั้งแต่เปิดเทอมพฤศจิกา", "พฤศจิกายน 2569"],
        "what": [
            "งบอาหารกลางวันเด็กหัวละ 36 บาท ผอ.ให้ป้าซื้อของได้แค่วันละ 2,000 "
            "ทั้งที่เด็กมี 120 คน เด็กได้กินแต่ไข่ต้มกับผัดผัก ที่เหลือ ผอ.เก็บไว้เอง"
        ],
        "what_more": ["ไม่มีอะไรเพิ่มแล้วจ้า"],
        "evidence": ["ป้าจดรายการซื้อของไว้ทุกวัน เดี๋ยวถ่ายรูปส่งตามทีหลังนะ", "ส่งทีหลัง"],
        "witnesses": ["ครูเวรที่ดูเด็กกินข้าวทุกวันจ้า"],
        "reported": ["ยังบ่เคยจ้า", "ไม่เคย"],
        "identity": ["ขอไม่ใส่ชื่อจ้า ป้ายังต้องทำงานที่นั่น", "ไม่บอกชื่อ"],
        "summary": ["ถูกหมดแล้วจ้า ส่งได้", "ส่ง"],
    },
    Meant(
        kind=("budget",),
        official=("ผอ",),
        district="3110",
        subdistrict="311006",
        date=("2026-11-01", "2026-12-05"),
        story=("36",),
        witnesses="ครูเวร",
        reported=False,
        anonymous=True,
    ),
    yes="ใช่จ้า",
)

MOTORBIKE_TAXI = Villager(
    "บักเอ็ม: a motorbike-taxi driver asked for money at a police checkpoint every day",
    {
        "none": ["แจ้งเรื่องตำรวจตั้งด่านรีดไถได้ไหมครับ", "แจ้งเรื่อง"],
        "story": ["เอาครับ แจ้งเป็นเรื่องเลย", "แจ้ง"],
        "consent": ["ยอมครับพี่", "ยินยอม"],
        "kind": ["ตั้งด่านรีดไถวินมอไซค์ครับ", "เรียกเงิน"],
        "agency": ["สภ.สตึกครับ", "สถานีตำรวจภูธรสตึก"],
        "official": ["ตำรวจจราจรที่ตั้งด่านครับ ไม่รู้ชื่อ", "ตำรวจ"],
        "district": ["อำเภอสตึกครับพี่"],
        "subdistrict": ["ต.สตึกครับ ตรงทางเข้าตลาด"],
        "when": ["ทุกเช้าตั้งแต่วันจันทร์ต้นอาทิตย์นี้ครับ", "30 พ.ย. 2569"],
        "what": [
            "ตำรวจตั้งด่านหน้าตลาดสตึกทุกเช้า เรียกวินมอไซค์จอดแล้วบอกว่าจ่ายร้อยนึงไม่ต้องเขียนใบสั่ง "
            "ผมใบขับขี่ครบ หมวกก็ใส่ แต่ถ้าไม่จ่ายเขาจะยึดกุญแจไว้ครึ่งวัน"
        ],
        "what_more": ["มีแค่นั้นครับพี่"],
        "evidence": [photo(), photo(), "ส่งครบแล้วครับ", "เสร็จแล้ว"],
        "witnesses": ["วินเดียวกันอีกห้าคนโดนเหมือนกันครับ"],
        "reported": ["ไม่เคยไปแจ้งครับ ไม่กล้า", "ไม่เคย"],
        "identity": ["ไม่ใส่ชื่อครับ", "ไม่บอกชื่อ"],
        "summary": ["ถูกหมดครับ ส่งเลยพี่", "ส่ง"],
    },
    Meant(
        kind=("bribery",),
        agency=("สภ.สตึก", "สถานีตำรวจภูธรสตึก"),
        official=("ตำรวจ",),
        district="3111",
        subdistrict="311101",
        date=("2026-11-30", "2026-12-05"),
        story=("ใบสั่ง",),
        witnesses="ห้าคน",
        reported=False,
        anonymous=True,
        evidence=2,
    ),
    yes="ใช่ครับ",
)

VOICE_PARAGRAPH = (
    "สวัสดีครับผมชื่อลุงทองใบอยู่บ้านหนองไทรอำเภอนางรองอยากแจ้งว่าอบตหนองไทรทำถนนลูกรังเข้านา"
    "เมื่อเดือนตุลาที่ผ่านมาป้ายบอกว่ายาวสองกิโลงบสี่แสนแต่ทำจริงไม่ถึงกิโลดินก็เอามาจากบ่อของนายก"
    "ฝนตกทีเดียวถนนก็พังหมดแล้วครับ"
)
VOICE_TO_TEXT = Villager(
    "ลุงทองใบ: one voice-to-text paragraph with no spaces, then short dictated answers",
    {
        "story": ["แจ้งเป็นเรื่องได้เลยครับ", "แจ้ง"],
        "none": ["แจ้งเรื่องที่พูดไปครับ", "แจ้งเรื่อง"],
        "consent": ["ยินยอมทุกอย่างครับผม", "ยินยอม"],
        "kind": ["ทำถนนไม่ครบตามสัญญาแล้วเอาดินของนายกมาใช้ครับ", "โกงงบ"],
        "agency": ["อบตหนองไทรครับ"],
        "official": ["นายกอบตหนองไทรครับ"],
        "district": ["อำเภอนางรองครับ"],
        "subdistrict": ["ตำบลหนองไทรครับ"],
        "when": ["เดือนตุลาคมที่ผ่านมาครับ", "ตุลาคม 2569"],
        "what": [VOICE_PARAGRAPH],
        "what_more": ["จบแค่นี้ครับ"],
        "evidence": ["เดี๋ยวหลานถ่ายรูปถนนส่งให้ทีหลังครับ", "ส่งทีหลัง"],
        "witnesses": ["ชาวนาที่ใช้ถนนเส้นนี้ทุกคนครับ"],
        "reported": ["ไม่เคยแจ้งที่อื่นครับ", "ไม่เคย"],
        "identity": ["ใส่ชื่อลุงได้เลยครับ", "บอกชื่อ"],
        "name": ["ทองใบ บุญมา"],
        "phone": ["0892214567"],
        "summary": ["ถูกต้องทุกข้อครับ", "ส่ง"],
    },
    Meant(
        kind=("budget", "procurement", "conflict"),
        agency=("อบต.หนองไทร",),
        official=("นายก",),
        district="3104",
        subdistrict="310414",
        date=("2026-10-01", "2026-10-31"),
        story=("สี่แสน",),
        reported=False,
        anonymous=False,
        name="ทองใบ บุญมา",
        phone="0892214567",
    ),
    opening=(VOICE_PARAGRAPH,),
    yes="ใช่ครับ",
)

CORRECTS_AGENCY = Villager(
    "พี่แอน: names the neighbouring sub-district's office, corrects the agency at the summary",
    {
        "none": ["จะแจ้งเรื่องการจัดซื้อของ อบต.ค่ะ", "แจ้งเรื่อง"],
        "story": ["แจ้งเป็นเรื่องร้องเรียนค่ะ", "แจ้ง"],
        "consent": ["ยินยอมค่ะ"],
        "kind": ["จัดซื้อแพงเกินจริงค่ะ", "จัดซื้อจัดจ้าง"],
        # The first agency is the neighbouring office; she sees it at the summary.
        "agency": ["อบต.ถนนหักค่ะ", "อบต.ทรัพย์พระยาค่ะ"],
        "official": ["เจ้าหน้าที่พัสดุค่ะ"],
        "district": ["อำเภอนางรองเหมือนเดิมค่ะ"],
        "subdistrict": ["ทรัพย์พระยาค่ะ"],
        "when": ["ช่วงกลางเดือนตุลาค่ะ", "ตุลาคม 2569"],
        "what": [
            "อบต.ซื้อเต็นท์ 10 หลัง หลังละ 45,000 บาท ในร้านขายหลังละไม่ถึงหมื่น "
            "เต็นท์ที่ได้มาก็ผ้าบางขาดตั้งแต่ใช้ครั้งแรกค่ะ"
        ],
        "what_more": ["ไม่มีอะไรจะเล่าเพิ่มค่ะ"],
        "evidence": ["ไม่มีอะไรในมือเลยค่ะ", "ไม่มี"],
        "witnesses": ["ไม่มีอะไรในมือเลยค่ะ", "ไม่มี"],
        "reported": ["ยังไม่เคยแจ้งใครเลยค่ะ", "ไม่เคย"],
        "identity": ["ขอปิดชื่อไว้นะคะ"],
        "summary": [
            "ไม่ใช่ อบต.ถนนหัก ค่ะ แก้หน่วยงานเป็น อบต.ทรัพย์พระยา",
            "รอบนี้ถูกแล้วค่ะ ส่งเลย",
            "ส่ง",
        ],
    },
    Meant(
        kind=("procurement",),
        agency=("อบต.ทรัพย์พระยา",),
        official=("พัสดุ",),
        district="3104",
        subdistrict="310418",
        date=("2026-10-11", "2026-10-20"),
        story=("เต็นท์",),
        witnesses="",
        reported=False,
        anonymous=True,
    ),
    yes="ใช่ค่ะ",
)

ASKS_IF_SAFE = Villager(
    "น้องมุก: asks whether it is safe again and again, a rigged hiring at the municipality",
    {
        "none": [asks("แจ้งตรงนี้ปลอดภัยไหมคะ", SAFE), "อยากแจ้งเรื่องค่ะ", "แจ้งเรื่อง"],
        "story": ["แจ้งเป็นเรื่องร้องเรียนค่ะ", "แจ้ง"],
        "consent": [asks("ยินยอมแล้วข้อมูลหนูจะปลอดภัยไหมคะ", SAFE), "งั้นยินยอมค่ะ", "ยินยอม"],
        "kind": ["สอบเข้าทำงานเทศบาลแต่คนได้เป็นญาตินายกหมดค่ะ", "เอื้อประโยชน์พวกพ้อง"],
        "agency": ["เทศบาลตำบลหนองกี่ค่ะ"],
        "official": ["ท่านนายกเทศมนตรีหนองกี่ค่ะ"],
        "district": [asks("บอกอำเภอไปแล้วเขาจะรู้ไหมคะว่าเป็นหนู", NOT_TOLD), "อำเภอหนองกี่ค่ะ"],
        "subdistrict": ["ตำบลหนองกี่ในตัวอำเภอค่ะ"],
        "when": ["สอบเมื่อเดือนกันยาค่ะ ประกาศผลเดือนตุลา", "กันยายน 2569"],
        "what": [
            "เทศบาลเปิดสอบพนักงานจ้าง 4 ตำแหน่ง คนที่ได้ทั้ง 4 คนเป็นหลานกับลูกสะใภ้นายก "
            "ข้อสอบรั่วตั้งแต่ก่อนสอบ คนในกลุ่มเขาได้คะแนนเต็มหมดค่ะ"
        ],
        "what_more": ["ไม่มีอะไรในมือเลยค่ะ"],
        "evidence": ["ไม่มีอะไรในมือเลยค่ะ", "ไม่มี"],
        "witnesses": ["เพื่อนที่ไปสอบด้วยกันสามคนค่ะ"],
        "reported": ["ไม่เคยแจ้งที่ไหนมาก่อนค่ะ", "ไม่เคย"],
        "identity": [asks("ไม่บอกชื่อได้ใช่ไหมคะ", NAME_OPTIONAL), "งั้นไม่บอกชื่อนะคะ", "ไม่บอกชื่อ"],
        "summary": [asks("ส่งแล้วปลอดภัยแน่นะคะ", SAFE), "ถูกหมดแล้วค่ะ ส่งได้", "ส่ง"],
    },
    Meant(
        kind=("conflict",),
        agency=("ทต.หนองกี่", "เทศบาลตำบลหนองกี่"),
        official=("นายก",),
        district="3105",
        subdistrict="310501",
        date=("2026-09-01", "2026-10-31"),
        story=("4 ตำแหน่ง",),
        witnesses="สามคน",
        reported=False,
        anonymous=True,
    ),
    yes="ใช่ค่ะ",
)

THREATENED_MID_FILING = Villager(
    "ลุงเสถียร: a message in the LINE group threatens his buffalo while he is filing",
    {
        "none": ["ขอร้องเรียนกำนันครับ", "แจ้งเรื่อง"],
        "story": ["เอาครับ แจ้งเป็นเรื่องเลย", "แจ้ง"],
        "consent": ["ยอมให้ใช้ข้อมูลครับ", "ยินยอม"],
        "kind": ["กำนันเอาเงินกองทุนหมู่บ้านไปปล่อยกู้ดอกแพงครับ", "โกงเงิน"],
        "agency": ["ไม่ใช่หน่วยงานครับ เป็นกองทุนหมู่บ้าน", "ไม่รู้"],
        "official": ["กำนันตำบลสำโรงครับ"],
        "district": ["อำเภอพลับพลาชัยครับผม"],
        "subdistrict": ["สำโรงครับ"],
        "when": ["ตั้งแต่หลังสงกรานต์ปีนี้ครับ", "เมษายน 2569"],
        "what": [
            threat(
                "เดี๋ยวก่อนครับ ในกลุ่มไลน์หมู่บ้านเพิ่งมีคนพิมพ์ว่า ควายลุงเสถียรสามตัวนั่น "
                "อีกไม่นานคงได้เป็นลาบ ถ้าเจ้าของยังไม่หยุดยุ่ง"
            ),
            "เงินกองทุนหมู่บ้านหนึ่งล้าน กำนันไม่ให้สมาชิกกู้ตามระเบียบ "
            "แต่เอาไปปล่อยกู้นอกระบบร้อยละห้าต่อเดือนแล้วเก็บดอกเข้ากระเป๋าตัวเองครับ",
        ],
        "what_more": ["จบแค่นี้ครับ"],
        "evidence": ["ไม่มีรูปไม่มีเอกสารครับ", "ไม่มี"],
        "witnesses": ["เหรัญญิกกองทุนรู้ครับ"],
        "reported": ["ไม่เคยไปแจ้งที่ไหนครับ", "ไม่เคย"],
        "identity": ["ไม่บอกชื่อครับ ตอนนี้ยิ่งไม่กล้า", "ไม่บอกชื่อ"],
        "summary": ["ถูกต้องครับ ส่งไปเลย", "ส่ง"],
    },
    Meant(
        kind=("budget", "bribery"),
        official=("กำนัน",),
        district="3115",
        subdistrict="311505",
        date=("2026-04-16", "2026-12-05"),
        story=("กองทุนหมู่บ้าน",),
        witnesses="เหรัญญิก",
        reported=False,
        anonymous=True,
    ),
    yes="ใช่ครับ",
)

ENGLISH_THEN_ROMANISED = Villager(
    "Nop: starts in English, then types Thai in Latin letters, a kamnan selling seed rice",
    {
        "none": ["Hello, I want to report a kamnan", "I want to file a complaint"],
        "story": ["yes, report it", "report"],
        "consent": ["ok yom kha", "I agree"],
        "kind": ["kamnan ao phan khao pai khai", "bribery"],
        "agency": ["mai ru kha", "I don't know"],
        "official": ["kamnan tambon don mon"],
        "district": ["amphoe satuek kha", "Satuek"],
        "subdistrict": ["tambon don mon", "Don Mon"],
        "when": ["duean kanya kha", "September 2026"],
        "what": [
            "The province gave free seed rice to farmers after the flood. The kamnan kept it "
            "and sold it to us, 300 baht a sack."
        ],
        "what_more": ["mai mee arai laew kha", "nothing more"],
        "evidence": ["mai mee rup kha", "none"],
        "witnesses": ["pa som kap lung dam kha", "Pa Som and Lung Dam"],
        "reported": ["mai koey kha", "no"],
        "identity": ["khor mai bok chue na kha", "anonymous"],
        "summary": ["chai kha, song loei", "send"],
    },
    Meant(
        kind=("bribery", "budget"),
        official=("kamnan", "กำนัน"),
        district="3111",
        subdistrict="311109",
        date=("2026-09-01", "2026-09-30"),
        story=("300",),
        reported=False,
        anonymous=True,
    ),
    yes="yes",
    speaks="en",
)

FIVE_BUBBLES = Villager(
    "แม่หนิง: the story in five bubbles before any question, a health-post fund misused",
    {
        "story": ["แจ้งเลยค่ะ ตามที่พิมพ์มา", "แจ้ง"],
        "none": ["แจ้งตามที่เล่าค่ะ", "แจ้งเรื่อง"],
        "consent": ["โอเคค่า ยินยอมเลย", "ยินยอม"],
        "kind": ["เอาเงินกองทุนสุขภาพไปใช้ส่วนตัวค่ะ", "โกงงบ"],
        "agency": ["รพ.สต.บ้านด่านค่ะ", "โรงพยาบาลส่งเสริมสุขภาพตำบลบ้านด่าน"],
        "official": ["ผอ.รพ.สต.บ้านด่านคนเดิมค่ะ"],
        "district": ["อำเภอบ้านด่านค่ะ"],
        "subdistrict": ["ต.บ้านด่านค่ะ"],
        "when": ["ตั้งแต่ต้นปีงบ ตุลาคมค่ะ", "ตุลาคม 2569"],
        "what": [
            "กองทุนให้เงินซื้อยาและอุปกรณ์ 60,000 บาท แต่ ผอ.เอาไปซื้อแอร์ติดบ้านพัก ชาวบ้านมาขอยาก็บอกว่ายาหมดค่ะ"
        ],
        "what_more": ["เล่าครบแล้วค่ะ"],
        "evidence": ["ไม่มีอะไรในมือเลยค่ะ", "ไม่มี"],
        "witnesses": ["อสม.ในหมู่บ้านรู้กันหลายคนค่ะ"],
        "reported": ["ยังไม่เคยแจ้งใครเลยค่ะ", "ไม่เคย"],
        "identity": ["ขอปิดชื่อไว้นะคะ", "ไม่บอกชื่อ"],
        "summary": ["ถูกต้องค่ะ ส่งไปได้เลย", "ส่ง"],
    },
    Meant(
        kind=("budget",),
        official=("ผอ",),
        district="3121",
        subdistrict="312101",
        date=("2026-10-01", "2026-12-05"),
        story=("แอร์",),
        witnesses="อสม",
        reported=False,
        anonymous=True,
    ),
    opening=(
        "สวัสดีค่ะ มีเรื่องอยากเล่า",
        "ผอ.รพ.สต.บ้านด่าน",
        "เอาเงินกองทุนสุขภาพตำบลหกหมื่น",
        "ไปซื้อแอร์ติดบ้านพักตัวเอง",
        "ชาวบ้านไปขอยาบอกยาหมดค่ะ",
    ),
    yes="ใช่ค่ะ",
)

VILLAGERS = {
    "rice_mill_owner": RICE_MILL_OWNER,
    "khmer_grandmother": KHMER_GRANDMOTHER,
    "school_cook": SCHOOL_COOK,
    "motorbike_taxi": MOTORBIKE_TAXI,
    "voice_to_text": VOICE_TO_TEXT,
    "corrects_agency": CORRECTS_AGENCY,
    "asks_if_safe": ASKS_IF_SAFE,
    "threatened_mid_filing": THREATENED_MID_FILING,
    "english_then_romanised": ENGLISH_THEN_ROMANISED,
    "five_bubbles": FIVE_BUBBLES,
}

#: Only counted: nobody fixing the conversation reads how these fail (random.Random(7).sample
#: of the ten keys in the order above, five).
SEALED = {
    "asks_if_safe",
    "corrects_agency",
    "five_bubbles",
    "rice_mill_owner",
    "school_cook",
}
#: Failures of these are described to whoever fixes the conversation.
DIAG = set(VILLAGERS) - SEALED
