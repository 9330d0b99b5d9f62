"""Held-out villagers, round 21: ten new kinds of people written by a tester who read neither
the bot's rules nor its word lists nor its training examples; played by the driver of the first
held-out people (`heldout_personas.play`). Among them: a temple boy who files for the abbot, a
deaf villager who types two or three words at a time, a headman's wife reporting her husband's
colleague, a Cambodian migrant worker who writes Khmer-Thai, a mother who pastes a LINE group
chat as her story, a drunk and angry man who swears at every question, a woman who tells her
story in five bursts before anything is asked, a retired teacher in formal Thai with Buddhist-era
dates who asks many questions back, a seller who changes the district twice, and a farmer who is
threatened while he reads the summary.
Five, chosen at random (`random.Random(21).sample`, a fresh generator), are SEALED: their
failures are only counted, never described to whoever fixes the conversation, so that no fix is
fitted to them.

Dates are as said on Monday 7 December 2026 (BE 2569). Where a phrase can honestly mean more
than one day, the span covers every reading. Districts and sub-districts are DOPA codes checked
against geothai's data (geothai/_data/subdistricts.json), not against the product's files.
"""

from __future__ import annotations

import random

from tests.integration.handlers.complaint.heldout_personas import Meant, Villager, asks, threat
from tests.integration.handlers.complaint.personas import photo

# Replies a question back must get (what any honest answer to it contains).
COSTS_NOTHING = r"ไม่.{0,20}(เสีย|มี).{0,15}(เงิน|ค่า)|ฟรี|free|no (cost|charge|fee)"
WHO_SEES = r"กรรมการ|เจ้าหน้าที่|ไม่.{0,30}(บอก|เปิดเผย)|committee|staff|not (be )?shared"
HOW_LONG = r"วัน|สัปดาห์|อาทิตย์|เดือน|เร็ว|day|week|soon"
KEPT_HOW_LONG = r"ปี|เดือน|เก็บ|ลบ|year|month|kept|delete"

PASTED_CHAT = (
    "[19:02] ครูนิด ป.5: แจ้งผู้ปกครองทุกท่าน ค่าทัศนศึกษาเพิ่มคนละ 350 บาทนะคะ\n"
    "[19:03] แม่น้องเฟิร์น: ทำไมเพิ่มอีกคะ เก็บไปแล้ว 500\n"
    "[19:05] ครูนิด ป.5: ค่ารถค่ะ ใครไม่จ่ายลูกไม่ได้ไป\n"
    "[19:06] แม่น้องบีม: ขอใบเสร็จได้ไหมคะ\n"
    "[19:10] ครูนิด ป.5: ไม่มีใบเสร็จนะคะ โอนเข้าบัญชีครูได้เลย"
)
AT_SUMMARY = (
    "เดี๋ยวก่อนครับ ลูกน้องนายกเพิ่งขี่มอเตอร์ไซค์มาจอดหน้าบ้าน บอกว่าถ้ากดส่งเรื่องนี้ "
    "พรุ่งนี้นาข้าวผมจะเหลือแต่ขี้เถ้า แล้วยืนจ้องอยู่ตรงรั้ว"
)
DRUNK_SWEARS = "กูโมโหจนอยากจะพังรถมัน แต่ไม่ทำหรอก แค่อยากให้มีคนมาจัดการไอ้เหี้ยนี่ซะที"

TEMPLE_BOY = Villager(
    "เด็กวัดต้น: a temple boy filing for the abbot, polite ครับผม, dates by the Buddhist calendar",
    {
        "none": ["หลวงพ่อให้ผมมาแจ้งเรื่องแทนวัดครับผม", "แจ้งเรื่อง"],
        "story": ["แจ้งเลยครับผม", "แจ้ง"],
        "consent": ["ยินยอมครับผม หลวงพ่ออนุญาตแล้ว", "ยินยอม"],
        "kind": ["เขาเอาเงินที่ อบต. ตั้งไว้ซ่อมกุฏิไปครับ ซ่อมไม่ถึงครึ่ง", "ใช้งบไม่ถูก"],
        "agency": ["ที่ อบต.ปังกูครับผม", "อบต.ปังกู"],
        "official": ["ท่านนายก อบต. ครับ", "นายก อบต."],
        "district": ["อำเภอประโคนชัยครับผม", "ประโคนชัย"],
        "subdistrict": ["ตำบลปังกูครับผม", "ปังกู"],
        "when": ["วันออกพรรษาครับ ตอนที่เขามาถวายผ้าป่า", "26 ตุลาคม"],
        "what": ["อบต. ตั้งงบซ่อมหลังคากุฏิหกหมื่น แต่ช่างมาเปลี่ยนสังกะสีแค่สี่แผ่น หลวงพ่อถามก็บอกว่าเงินหมดแล้วครับ"],
        "what_more": ["หมดเรื่องแล้วครับผม", "ไม่มี"],
        "evidence": [photo(), "มีแค่รูปนี้ครับ", "เสร็จแล้ว"],
        "witnesses": ["หลวงพ่อกับพระอีกสองรูปครับ", "หลวงพ่อ"],
        "reported": ["หลวงพ่อยังไม่เคยไปแจ้งที่ไหนครับ", "ยังไม่เคย"],
        "identity": ["ไม่ใส่ชื่อครับ หลวงพ่อไม่อยากให้เป็นเรื่องใหญ่", "ไม่บอกชื่อ"],
        "summary": ["ถูกทุกข้อครับผม", "ส่ง"],
    },
    Meant(
        kind=("budget", "procurement"),
        agency=("อบต.ปังกู",),
        official=("นายก",),
        district="3107",
        subdistrict="310707",
        date=("2026-10-26", "2026-10-27"),
        story=("สังกะสี",),
        witnesses="หลวงพ่อ",
        reported=False,
        anonymous=True,
        evidence=1,
    ),
    yes="ใช่ครับผม",
)

DEAF_SHORT = Villager(
    "ลุงเปลี่ยน: deaf, types two or three words at a time, no particles",
    {
        "none": ["แจ้ง เรื่อง เงิน", "แจ้งเรื่อง"],
        "story": ["แจ้ง เลย", "แจ้ง"],
        "consent": ["ได้ ยอม", "ยินยอม"],
        "kind": ["หัก เงิน พิการ", "เรียกเงิน"],
        "agency": ["อบต สามแวง", "อบต.สามแวง"],
        "official": ["คน อบต. ผู้หญิง", "เจ้าหน้าที่ อบต."],
        "district": ["อ ห้วยราช", "ห้วยราช"],
        "subdistrict": ["ต สามแวง", "สามแวง"],
        "when": ["ศุกร์ ที่แล้ว", "4 ธันวาคม"],
        "what": ["เงินพิการ 1000 ได้ 800 เขา เก็บ 200"],
        "what_more": ["ไม่ มี อีก", "ไม่มี"],
        "evidence": ["ไม่มี รูป", "ไม่มี"],
        "witnesses": ["เมีย ผม", "เมีย"],
        "reported": ["ไม่ เคย แจ้ง", "ยังไม่เคย"],
        "identity": ["ชื่อ ไม่ บอก", "ไม่บอกชื่อ"],
        "summary": ["ถูก หมด ส่ง", "ส่ง"],
    },
    Meant(
        kind=("bribery", "budget"),
        agency=("อบต.สามแวง",),
        official=("เจ้าหน้าที่", "อบต"),
        district="3116",
        subdistrict="311602",
        date=("2026-12-04", "2026-12-04"),
        story=("200",),
        witnesses="เมีย",
        reported=False,
        anonymous=True,
    ),
    yes="ใช่",
)

HEADMAN_WIFE = Villager(
    "แม่ผู้ใหญ่จันทร์เพ็ญ: the headman's wife, reporting his colleague; afraid her husband will know",
    {
        "none": ["สวัสดีค่ะ อยากแจ้งเรื่องผู้ใหญ่บ้านหมู่ข้างๆ ค่ะ", "แจ้งเรื่อง"],
        "story": ["แจ้งจ้ะ ร้องเรียนเลย", "แจ้ง"],
        "consent": [
            asks("ผัวฉันเป็นผู้ใหญ่บ้านเหมือนกัน เขาจะเห็นไหมว่าฉันแจ้ง", WHO_SEES),
            "ยินยอมจ้ะ ถ้าไม่มีใครรู้",
        ],
        "kind": ["เขาเอาชื่อคนตายไปรับเงินคนชราค่ะ", "เอางบไปใช้"],
        "agency": ["อบต.ทรัพย์พระยาจ้ะ", "อบต.ทรัพย์พระยา"],
        "official": ["ผู้ใหญ่บ้านหมู่ 8 ค่ะ ไม่ใช่สามีฉันนะคะ สามีเป็นหมู่ 7", "ผู้ใหญ่บ้าน"],
        "district": ["นางรองจ้ะ บุรีรัมย์", "นางรอง"],
        "subdistrict": ["ตำบลทรัพย์พระยาจ้ะ", "ทรัพย์พระยา"],
        "when": ["ทุกเดือนตั้งแต่ต้นปีงบค่ะ", "ตั้งแต่ตุลาคม"],
        "what": [
            "ตายายสองคนในหมู่ 8 เสียไปตั้งแต่ปีที่แล้ว แต่ชื่อยังได้เบี้ยยังชีพอยู่ทุกเดือน เงินเข้าบัญชีที่ผู้ใหญ่เปิดไว้เองค่ะ"
        ],
        "what_more": ["ไม่มีอะไรเพิ่มจ้ะ", "ไม่มี"],
        "evidence": ["ยังไม่มีหลักฐานในมือค่ะ", "ไม่มี"],
        "witnesses": ["ไม่มีใครค่ะ ฉันรู้จากสามีคุยโทรศัพท์", "ไม่มี"],
        "reported": ["ไม่เคยแจ้งที่ไหนมาก่อนจ้ะ", "ยังไม่เคย"],
        "identity": ["ขอไม่ใส่ชื่อนะคะ", "ไม่บอกชื่อ"],
        "summary": ["ถูกหมดแล้วจ้ะ ส่งเลย", "ส่ง"],
    },
    Meant(
        kind=("budget", "bribery"),
        agency=("อบต.ทรัพย์พระยา",),
        official=("ผู้ใหญ่บ้าน",),
        district="3104",
        subdistrict="310418",
        date=("2026-10-01", "2026-12-07"),
        story=("เบี้ยยังชีพ",),
        witnesses="",
        reported=False,
        anonymous=True,
    ),
)

KHMER_MIGRANT = Villager(
    "บอง สุเฟีย: Cambodian worker in Khmer-Thai (บาด, ซัวสเด็ย), short broken Thai",
    {
        "none": ["ซัวสเด็ยบาด ฉันคนเขมร ทำงานไร่มัน อยากบอกเรื่องตำรวจ", "แจ้งเรื่อง"],
        "story": ["บอกบาด", "แจ้ง"],
        "consent": ["ได้ๆบาด", "ยินยอม"],
        "kind": ["ตำรวจเอาเงินบาด ไม่ให้เงินจับ", "เรียกเงิน"],
        "agency": ["โรงพักบ้านกรวดบาด", "สภ.บ้านกรวด"],
        "official": ["ตำรวจบาด ผู้ชายอ้วน", "ตำรวจ"],
        "district": ["อยู่บ้านกรวดบาด", "บ้านกรวด"],
        "subdistrict": ["ตำบลปราสาทบาด", "ปราสาท"],
        "when": ["อาทิตย์ที่แล้วบาด วันอาทิตย์", "29 พฤศจิกายน"],
        "what": ["ตำรวจมาที่ไร่ บอกคนเขมรทุกคนต้องให้คนละ 1000 ถ้าไม่ให้ส่งกลับ ฉันมีบัตรถูกต้องบาด ก็ต้องให้"],
        "what_more": ["ไม่มีบาด", "ไม่มี"],
        "evidence": ["ไม่มีบาด", "ไม่มี"],
        "witnesses": ["คนงานเขมรสิบคนบาด", "คนงาน"],
        "reported": ["ไม่เคยบาด กลัว", "ยังไม่เคย"],
        "identity": ["ชื่อไม่บอกบาด", "ไม่บอกชื่อ"],
        "summary": ["ถูกบาด", "ส่ง"],
    },
    Meant(
        kind=("bribery", "abuse"),
        agency=("สภ.บ้านกรวด", "สถานีตำรวจภูธรบ้านกรวด"),
        official=("ตำรวจ",),
        district="3108",
        subdistrict="310804",
        date=("2026-11-29", "2026-12-06"),  # last week's Sunday: either reading of the week
        story=("1000",),
        witnesses="คนงาน",
        reported=False,
        anonymous=True,
    ),
    yes="ใช่บาด",
)

CHAT_PASTER = Villager(
    "แม่น้องเฟิร์น: a schoolgirl's mother who pastes the class LINE group as her story",
    {
        "none": ["แจ้งเรื่องครูเก็บเงินนักเรียนได้ไหมคะ", "แจ้งเรื่อง"],
        "story": ["แจ้งค่ะ ร้องเรียนครูคนนี้", "แจ้ง"],
        "consent": ["ยอมค่ะ ไม่มีปัญหา", "ยินยอม"],
        "kind": ["ครูเก็บเงินเพิ่มไม่มีใบเสร็จค่ะ", "เรียกเงิน"],
        "agency": ["โรงเรียนบ้านทะเมนชัยค่ะ", "โรงเรียนบ้านทะเมนชัย"],
        "official": ["ครูประจำชั้น ป.5 ค่ะ", "ครู"],
        "district": ["ลำปลายมาศค่ะ ในตัวอำเภอ", "ลำปลายมาศ"],
        "subdistrict": ["ตำบลทะเมนชัยจ้า", "ทะเมนชัย"],
        "when": ["เมื่อคืนค่ะ ตอนหนึ่งทุ่ม ดูเวลาในแชทได้เลย", "6 ธันวาคม"],
        "what": [PASTED_CHAT],
        "what_more": ["มีแค่ในแชทนั่นแหละค่ะ", "ไม่มี"],
        "evidence": [photo(), "มีรูปเดียวค่ะ", "เสร็จแล้ว"],
        "witnesses": ["ผู้ปกครองในกลุ่มไลน์ห้อง ป.5 ค่ะ", "ผู้ปกครอง"],
        "reported": ["ยังเลยค่ะ", "ยังไม่เคย"],
        "identity": ["ไม่บอกชื่อนะคะ ลูกยังเรียนอยู่", "ไม่บอกชื่อ"],
        "summary": ["ข้อมูลถูกหมดค่ะ ส่งเลย", "ส่ง"],
    },
    Meant(
        kind=("bribery", "budget"),
        agency=("โรงเรียนบ้านทะเมนชัย",),
        official=("ครู",),
        district="3110",
        subdistrict="311004",
        date=("2026-12-06", "2026-12-06"),
        story=("350",),
        witnesses="ผู้ปกครอง",
        reported=False,
        anonymous=True,
        evidence=1,
    ),
)

DRUNK_ANGRY = Villager(
    "พี่หนุ่ม: drunk and angry, swears at every answer (not a threat to anyone)",
    {
        "none": ["เฮ้ย บอท กูจะแจ้งเรื่องกำนันโกงถนน", "แจ้งเรื่อง"],
        "story": ["แจ้งดิ ถามไรเยอะ", "แจ้ง"],
        "consent": ["เออๆ ยอมๆ", "ยินยอม"],
        "kind": ["โกงถนนไงวะ ฮั้วกันทั้งตำบล", "ฮั้วประมูล"],
        "agency": ["อบต.ร่อนทองนั่นแหละ ชิบหาย", "อบต.ร่อนทอง"],
        "official": ["กำนันเหี้ยนั่นแหละ", "กำนัน"],
        "district": ["สตึกโว้ย", "สตึก"],
        "subdistrict": ["ร่อนทองไง ถามอยู่ได้", "ร่อนทอง"],
        "when": ["เมื่อวานนี้แหละ ตอนเย็นๆ", "6 ธันวาคม"],
        "what": ["ถนนหมู่ 5 เพิ่งลาดยางเสร็จเมื่อวาน ฝนตกนิดเดียวก็ลอกเป็นแผ่น ผู้รับเหมาคือหลานกำนัน แม่งทำกันเป็นทีม"],
        "what_more": [DRUNK_SWEARS, "ไม่มีแล้ว"],
        "evidence": [photo(), "พอแล้ว", "เสร็จแล้ว"],
        "witnesses": ["ทั้งหมู่บ้านแหละวะ", "ชาวบ้านหมู่ 5"],
        "reported": ["ไม่เคยแจ้ง แจ้งไปก็เงียบ", "ยังไม่เคย"],
        "identity": ["ใส่ชื่อกูไปเลย กูไม่กลัว ชื่อหนุ่ม ใจกล้า", "บอกชื่อ"],
        "name": ["หนุ่ม ใจกล้า"],
        "phone": ["0849912736"],
        "summary": ["เออ ถูก ส่งไป", "ส่ง"],
    },
    Meant(
        kind=("procurement", "conflict"),
        agency=("อบต.ร่อนทอง",),
        official=("กำนัน",),
        district="3111",
        subdistrict="311106",
        date=("2026-12-06", "2026-12-06"),
        story=("ลาดยาง",),
        witnesses="หมู่",
        reported=False,
        anonymous=False,
        name="หนุ่ม ใจกล้า",
        phone="0849912736",
        evidence=1,
    ),
    yes="เออ",
)

FIVE_BURSTS = Villager(
    "ป้าสมปอง: tells the whole story in five bursts before anything is asked",
    {
        "story": ["ป้าจะแจ้งค่ะ", "แจ้ง"],
        "consent": ["ยินยอมจ้ะลูก", "ยินยอม"],
        "kind": ["เก็บเงินค่าฉีดวัคซีนที่ควรจะฟรีค่ะ", "เรียกเงิน"],
        "agency": ["รพ.สต.บ้านทุ่งกระเต็นค่ะ", "รพ.สต.บ้านทุ่งกระเต็น"],
        "official": ["หมอที่ รพ.สต. ค่ะ", "หมอ รพ.สต."],
        "district": ["อยู่หนองกี่ค่ะ", "หนองกี่"],
        "subdistrict": ["ตำบลทุ่งกระเต็นจ้ะ", "ทุ่งกระเต็น"],
        "when": ["อังคารที่แล้วลูก", "1 ธันวาคม"],
        "what": ["เล่าไปหมดแล้วข้างบนค่ะ เก็บคนละ 150 ค่าฉีดไข้หวัดใหญ่", "ค่าวัคซีน 150"],
        "what_more": ["ไม่มีอะไรแล้วค่ะป้า", "ไม่มี"],
        "evidence": ["ป้าไม่ได้ถ่ายรูปไว้จ้ะ", "ไม่มี"],
        "witnesses": ["ยายมา กับ ลุงสอน ค่ะ", "ยายมา"],
        "reported": ["ป้ายังไม่เคยไปแจ้งไหนจ้ะ", "ยังไม่เคย"],
        "identity": ["ขอไม่ใส่ชื่อนะคะ", "ไม่บอกชื่อ"],
        "summary": ["ถูกแล้วจ้ะลูก", "ส่ง"],
    },
    Meant(
        kind=("bribery",),
        agency=("รพ.สต.บ้านทุ่งกระเต็น",),
        official=("หมอ",),
        district="3105",
        subdistrict="310507",
        date=("2026-12-01", "2026-12-01"),
        story=("150",),
        witnesses="ยายมา",
        reported=False,
        anonymous=True,
    ),
    opening=(
        "สวัสดีค่ะ ป้าอยู่หนองกี่นะคะ",
        "คือเมื่อวันอังคารที่แล้ว ป้าพายายไปฉีดวัคซีนไข้หวัดใหญ่ที่ รพ.สต.",
        "หมอเขาเก็บเงินคนละร้อยห้าสิบ บอกว่าค่ายา",
        "แต่ป้าดูทีวีเขาบอกว่าคนแก่ฉีดฟรี ใช่ไหมคะ",
        "ป้าเลยอยากแจ้งเรื่องนี้ค่ะ",
    ),
)

RETIRED_TEACHER = Villager(
    "ครูบำนาญประเสริฐ: formal Thai, Buddhist-era dates in Thai digits, many questions back",
    {
        "none": ["เรียนเจ้าหน้าที่ กระผมประสงค์จะร้องเรียนการจัดซื้อของ อบต. ครับ", "แจ้งเรื่อง"],
        "story": ["ประสงค์จะแจ้งครับ", "แจ้ง"],
        "consent": [
            asks("ก่อนยินยอม ขอเรียนถามว่าการร้องเรียนมีค่าใช้จ่ายหรือไม่ครับ", COSTS_NOTHING),
            asks("และข้อมูลของกระผมจะถูกเก็บไว้นานเท่าใดครับ", KEPT_HOW_LONG),
            "ยอมรับเงื่อนไขครับ",
        ],
        "kind": ["การจัดซื้อจัดจ้างไม่โปร่งใสครับ", "จัดซื้อจัดจ้าง"],
        "agency": ["องค์การบริหารส่วนตำบลหนองบัว อำเภอปะคำครับ", "อบต.หนองบัว"],
        "official": ["นายกองค์การบริหารส่วนตำบลหนองบัวครับ", "นายก อบต."],
        "district": ["อำเภอปะคำ จังหวัดบุรีรัมย์ครับ", "ปะคำ"],
        "subdistrict": ["ตำบลหนองบัวครับ", "หนองบัว"],
        "when": ["วันที่ ๒๕ พฤศจิกายน พ.ศ. ๒๕๖๙ ครับ", "25 พฤศจิกายน"],
        "what": [
            "อบต. จัดซื้อเครื่องออกกำลังกายกลางแจ้งสิบชิ้น ราคาชิ้นละ ๘๕,๐๐๐ บาท "
            "กระผมตรวจราคาท้องตลาดแล้ว ชิ้นละไม่เกิน ๒๐,๐๐๐ บาทครับ"
        ],
        "what_more": [
            asks("เรื่องนี้จะใช้เวลาพิจารณานานเท่าใดครับ", HOW_LONG),
            "ไม่มีอะไรเพิ่มเติมแล้วครับ",
        ],
        "evidence": [photo(), "ภาพครบแล้วครับ", "เสร็จแล้ว"],
        "witnesses": ["ไม่มีใครเห็นครับ ผมไปตรวจเอง", "ไม่มี"],
        "reported": ["กระผมยังมิได้ร้องเรียนที่ใดครับ", "ยังไม่เคย"],
        "identity": [
            asks("หากระบุชื่อ ผู้ถูกร้องจะทราบหรือไม่ครับ", WHO_SEES),
            "ไม่ประสงค์ระบุชื่อครับ",
            "ไม่บอกชื่อ",
        ],
        "summary": ["ข้อมูลถูกต้องครบถ้วนแล้วครับ กรุณาส่งได้", "ส่ง"],
    },
    Meant(
        kind=("procurement",),
        agency=("อบต.หนองบัว",),
        official=("นายก",),
        district="3112",
        subdistrict="311203",
        date=("2026-11-25", "2026-11-25"),
        story=("85,000", "20,000"),
        witnesses="",
        reported=False,
        anonymous=True,
        evidence=1,
    ),
    yes="ถูกต้องครบถ้วนครับ",
)

DISTRICT_TWICE = Villager(
    "พี่นก แม่ค้าส้มตำ: changes the district twice (at the sub-district, then again at the summary)",
    {
        "none": ["แจ้งเรื่องผู้ใหญ่บ้านเก็บค่าแผงตลาดนัดค่ะ", "แจ้งเรื่อง"],
        "story": ["แจ้งเลยค่ะ ร้องเรียน", "แจ้ง"],
        "consent": ["ได้ค่ะ ยินยอม", "ยินยอม"],
        "kind": ["เก็บเงินแม่ค้าเข้ากระเป๋าตัวเองค่ะ", "เรียกเงิน"],
        "agency": ["ไม่แน่ใจค่ะ เป็นตลาดนัดของหมู่บ้าน", "ไม่ทราบ"],
        "official": ["ผู้ใหญ่บ้านที่คุมตลาดค่ะ", "ผู้ใหญ่บ้าน"],
        "district": ["อ.ชำนิค่ะพี่", "อำเภอนางรองค่ะ", "อยู่หนองกี่ค่ะ"],
        "subdistrict": [
            "ขอโทษค่ะ อำเภอเมื่อกี้ผิด ไม่ใช่ชำนิ ตลาดอยู่นางรองค่ะ",
            "หนองโบสถ์จ้า",
            "เมืองไผ่ค่ะ",
        ],
        "when": ["ทุกวันเสาร์ค่ะ ล่าสุดเสาร์ที่แล้ว", "5 ธันวาคม"],
        "what": ["ผู้ใหญ่เก็บค่าแผงคนละ 100 ทุกเสาร์ บอกเป็นค่าไฟ แต่ไฟตลาดเทศบาลเป็นคนจ่าย"],
        "what_more": ["ไม่มีเพิ่มค่ะ", "ไม่มี"],
        "evidence": ["ไม่ได้ถ่ายอะไรไว้ค่ะ", "ไม่มี"],
        "witnesses": ["แม่ค้าในตลาดนัดเห็นกันหมดค่ะ", "แม่ค้า"],
        "reported": ["ยังเลยค่ะ", "ยังไม่เคย"],
        "identity": ["ขอไม่ใส่ชื่อนะคะ", "ไม่บอกชื่อ"],
        "summary": [
            "ขอแก้อีกรอบค่ะ ถามพี่สาวแล้ว ตลาดนัดนั้นอยู่ฝั่งอำเภอหนองกี่ ตำบลเมืองไผ่ ไม่ใช่นางรอง",
            "ถูกแล้วค่ะ ส่งได้เลย",
            "ส่ง",
        ],
    },
    Meant(
        kind=("bribery",),
        official=("ผู้ใหญ่บ้าน",),
        district="3105",
        subdistrict="310503",
        date=("2026-11-01", "2026-12-05"),
        story=("100",),
        witnesses="แม่ค้า",
        reported=False,
        anonymous=True,
    ),
)

THREAT_AT_SUMMARY = Villager(
    "พ่อบ่าวแสน: a young farmer in Isan, threatened while the summary is on his screen",
    {
        "none": ["สิแจ้งเรื่องเงินช่วยภัยแล้งเด้อ", "แจ้งเรื่อง"],
        "story": ["แจ้งครับ เป็นเรื่องร้องเรียน", "แจ้ง"],
        "consent": ["ยอมรับเงื่อนไขครับ", "ยินยอม"],
        "kind": ["นายกเพิ่นหักเงินช่วยภัยแล้งครับ", "เรียกเงิน"],
        "agency": ["อบต.ดงพลองครับ", "อบต.ดงพลอง"],
        "official": ["นายก อบต.ดงพลองครับ", "นายก อบต."],
        "district": ["แคนดงเด้อครับ", "แคนดง"],
        "subdistrict": ["ดงพลองครับ", "ดงพลอง"],
        "when": ["วันที่สองเดือนนี้ครับ ต้นเดือน", "2 ธันวาคม"],
        "what": ["เงินช่วยภัยแล้งไร่ละพันสอง ได้มาแค่ไร่ละแปดร้อย นายกว่าหักค่าดำเนินการ"],
        "what_more": ["บ่มีแล้วครับ", "ไม่มี"],
        "evidence": [photo(), "มีแค่รูปนี้ครับ", "เสร็จแล้ว"],
        "witnesses": ["อ้ายคำกับอ้ายเพชรครับ", "อ้ายคำ"],
        "reported": ["ยังบ่เคยครับ", "ยังไม่เคย"],
        "identity": ["บ่บอกชื่อครับ", "ไม่บอกชื่อ"],
        "summary": [threat(AT_SUMMARY), "แม่นแล้วครับ ส่งเลย", "ส่ง"],
    },
    Meant(
        kind=("bribery", "budget"),
        agency=("อบต.ดงพลอง",),
        official=("นายก",),
        district="3122",
        subdistrict="312202",
        date=("2026-12-02", "2026-12-02"),
        story=("แปดร้อย",),
        witnesses="อ้ายคำ",
        reported=False,
        anonymous=True,
        evidence=1,
    ),
    yes="แม่นแล้วครับ",
)

VILLAGERS = {
    "temple_boy": TEMPLE_BOY,
    "deaf_short": DEAF_SHORT,
    "headman_wife": HEADMAN_WIFE,
    "khmer_migrant": KHMER_MIGRANT,
    "chat_paster": CHAT_PASTER,
    "drunk_angry": DRUNK_ANGRY,
    "five_bursts": FIVE_BURSTS,
    "retired_teacher": RETIRED_TEACHER,
    "district_twice": DISTRICT_TWICE,
    "threat_at_summary": THREAT_AT_SUMMARY,
}

SEALED = set(random.Random(21).sample(list(VILLAGERS), 5))
DIAG = set(VILLAGERS) - SEALED
