"""Held-out villagers, round 13 (issue 18, "a villager understood, not matched"): ten new kinds
of people written by a tester who read neither the bot's rules nor its word lists nor its
training examples; played by the driver of the first held-out people
(`heldout_personas.play`). Among them: a grandmother who speaks Northern Khmer (ขแมร์ลือ) with
Thai glosses, a motorbike-taxi driver typing in bursts, a nurse at a health station, a monk's
attendant filing for the temple, a bus driver reporting a checkpoint, a sister typing for her
deaf brother, a woman who pastes a LINE group's messages as her story, a man threatened the
day after filing, a teacher who asks three questions before starting, and a farmer who changes
the district twice. Five, chosen at random (`random.Random(13)`), are SEALED: their failures
are only counted, never described to whoever fixes the conversation, so that no fix is fitted
to them.

Dates are as said on Sunday 6 December 2026 (BE 2569). Where a phrase can honestly mean more
than one day, the span covers every reading.
"""

from __future__ import annotations

import random

from tests.integration.handlers.complaint.heldout_personas import Meant, Villager, asks, threat
from tests.integration.handlers.complaint.heldout_personas_round12 import NOT_TOLD, WHO_SEES
from tests.integration.handlers.complaint.personas import photo

#: What an answer to "does it cost anything?" says, in either language.
COSTS_NOTHING = r"ไม่.{0,20}(เสีย|มี).{0,15}(เงิน|ค่า)|ฟรี|free|no (cost|charge|fee)"
#: What an answer to "how long is what I send kept?" says: a period, or that it is deleted.
HOW_LONG = r"\d+\s*(วัน|เดือน|ปี)|(วัน|เดือน|ปี)|days?|months?|years?|ลบ|delet"
#: What an answer to "may I file for someone else?" says.
FOR_SOMEONE = r"แทน|on (their|his|her) behalf|for someone"

KHMER_GRANDMOTHER = Villager(
    "ยายบ้านกรวด: speaks Northern Khmer mixed with Thai, glosses her own words in brackets; her "
    "old-age allowance is paid short every month",
    {
        "none": ["ซกสะบายเต๊ะ ขะยมจะแจ้งเรื่องเงินผู้เฒ่าจ๊ะ", "แจ้งเรื่อง"],
        "story": ["จ๊ะ แจ้งจ๊ะ ขะยมตั้งใจมา", "แจ้ง"],
        "consent": ["บาด ยอมจ๊ะ", "ยินยอม"],
        "kind": ["เพิ่นหักเงินผู้เฒ่าของขะยมเดือนละร้อย บอกค่าน้ำมันรถ", "หักเงิน"],
        "agency": ["อบต.สายตะกูจ๊ะ", "อบต.สายตะกู"],
        "official": ["ผู้ช่วยผู้ใหญ่บ้านจ๊ะ คนเอาเงินมาแจกถึงเฟียะ(บ้าน)", "ผู้ช่วยผู้ใหญ่บ้าน"],
        "district": ["บ้านกรวดจ๊ะ"],
        "subdistrict": ["ตำบลสายตะกูจ๊ะ"],
        "when": ["ทุกเดือนจ๊ะ ตั้งแต่ต้นปีนี้ถึงเดือนนี้", "มกราคม 2569 ถึง ธันวาคม 2569"],
        "what": [
            "เงินผู้เฒ่าได้เดือนละหกร้อย ผู้ช่วยผู้ใหญ่เอาเงินสดมาให้ที่เฟียะ(บ้าน) ให้แค่ห้าร้อย "
            "บอกว่าหักค่าน้ำมันรถร้อยนึง ผู้เฒ่าในหมู่โดนทุกคนจ๊ะ"
        ],
        "what_more": ["อัต(ไม่)มีแล้วจ๊ะ", "ไม่มี"],
        "evidence": ["อัตมีจ๊ะ เพิ่นบ่ให้กระดาษ", "ไม่มี"],
        "witnesses": ["ยายเพื่อนบ้านกะโดนคือกันจ๊ะ ยายทองดี", "ยายทองดี"],
        "reported": ["อัตเคยแจ้งไหนจ๊ะ", "ไม่เคย"],
        "identity": ["อย่าบอกชื่อขะยมเด้อ ขะยมเกรงใจ", "ไม่บอกชื่อ"],
        "summary": ["บาด ถูกแล้วจ๊ะ ส่งเลย ออกุนเจริน", "ส่ง"],
    },
    Meant(
        kind=("bribery", "budget", "abuse"),
        agency=("อบต.สายตะกู",),
        official=("ผู้ช่วยผู้ใหญ่บ้าน",),
        district="3108",
        subdistrict="310805",
        date=("2026-01-01", "2026-12-06"),
        story=("หกร้อย", "ห้าร้อย"),
        witnesses="ทองดี",
        reported=False,
        anonymous=True,
        evidence=0,
    ),
    yes="บาด จ๊ะ",
)

MOTORBIKE_TAXI = Villager(
    "วินมอไซค์นางรอง: types between fares, one short burst at a time",
    {
        "none": ["แจ้งเรื่องครับ", "แจ้งเรื่อง"],
        "story": ["แจ้งครับ", "แจ้ง"],
        "consent": ["ยินยอมครับ", "ยินยอม"],
        "kind": ["เก็บเงินครับ", "เรียกเงิน"],
        "agency": ["เทศบาลครับ", "เทศบาลเมืองนางรอง"],
        "official": ["เทศกิจครับ", "เจ้าหน้าที่เทศกิจ"],
        "district": ["นางรอง"],
        "subdistrict": ["ต.นางรอง"],
        "when": ["ทุกต้นเดือนครับ ล่าสุดวันที่ 1", "1 ธันวาคม 2569"],
        "what": ["เทศกิจเก็บค่าวินคันละ 300 ต่อเดือนครับ ไม่มีใบเสร็จ"],
        "what_more": ["ใครไม่จ่ายไม่ให้จอดหน้าตลาดครับ", "ไม่มีแล้วครับ", "ไม่มี"],
        "evidence": ["ไม่มีครับ", "ไม่มี"],
        "witnesses": ["วินหน้าตลาดสิบกว่าคัน", "วินหน้าตลาด"],
        "reported": ["ไม่เคยครับ", "ไม่เคย"],
        "identity": ["ไม่บอกครับ", "ไม่บอกชื่อ"],
        "summary": ["ถูกครับ ส่ง", "ส่ง"],
    },
    Meant(
        kind=("bribery",),
        agency=("เทศบาลเมืองนางรอง", "ทม.นางรอง"),
        official=("เทศกิจ",),
        district="3104",
        subdistrict="310401",
        date=("2026-12-01", "2026-12-01"),
        story=("300",),
        witnesses="วิน",
        reported=False,
        anonymous=True,
        evidence=0,
    ),
    opening=("แจ้งเรื่องครับ", "เทศกิจนางรอง", "เก็บค่าวินคันละ 300 ทุกเดือน ไม่มีใบเสร็จ"),
    yes="ใช่ครับ",
)

HEALTH_NURSE = Villager(
    "พยาบาล รพ.สต.: asks who will see it before agreeing; the director signs overtime for "
    "people who were not there",
    {
        "none": ["สวัสดีค่ะ เป็นพยาบาลที่ รพ.สต. ค่ะ มีเรื่องจะร้องเรียนหัวหน้า", "แจ้งเรื่อง"],
        "story": ["แจ้งเป็นเรื่องร้องเรียนค่ะ", "แจ้ง"],
        "consent": [
            asks("ถ้าแจ้งไป สาธารณสุขอำเภอจะเห็นชื่อหนูไหมคะ", WHO_SEES),
            "ยินยอมค่ะ",
            "ยินยอม",
        ],
        "kind": ["เบิกค่าเวรนอกเวลาให้คนที่ไม่ได้มาอยู่เวรค่ะ", "โกงงบ"],
        "agency": ["รพ.สต.หนองคูค่ะ", "รพ.สต.หนองคู"],
        "official": ["ผอ.รพ.สต. ค่ะ", "ผอ.รพ.สต."],
        "district": ["ลำปลายมาศค่ะ"],
        "subdistrict": ["ตำบลหนองคูค่ะ"],
        "when": ["ตั้งแต่ปีงบประมาณใหม่ เดือนตุลาคมค่ะ", "ตุลาคม 2569"],
        "what": [
            "ผอ. ลงชื่อเบิกค่าเวรวันเสาร์อาทิตย์ให้ญาติตัวเองที่เป็นลูกจ้าง ทั้งที่วันนั้นเขาไม่ได้มา "
            "เวรละหกร้อย เดือนละแปดเวร พยาบาลที่อยู่เวรจริงกลับไม่ได้ค่ะ"
        ],
        "what_more": ["มีตารางเวรจริงกับใบเบิกที่ไม่ตรงกันค่ะ", "ไม่มีแล้วค่ะ", "ไม่มี"],
        "evidence": [photo(), "ส่งรูปตารางเวรแล้วค่ะ ครบแล้ว", "เสร็จแล้ว"],
        "witnesses": ["พี่พยาบาลอีกคนที่อยู่เวรด้วยกันค่ะ", "พยาบาล"],
        "reported": ["ยังไม่เคยแจ้งที่ไหนค่ะ กลัว", "ไม่เคย"],
        "identity": [asks("ถ้าไม่บอกชื่อ ผอ. จะเดาได้ไหมคะ", NOT_TOLD), "ไม่บอกชื่อค่ะ"],
        "summary": ["ถูกต้องค่ะ ส่งได้", "ส่ง"],
    },
    Meant(
        kind=("budget", "abuse", "conflict"),
        agency=("รพ.สต.หนองคู",),
        official=("ผอ",),
        district="3110",
        subdistrict="311002",
        date=("2026-10-01", "2026-12-06"),
        story=("ค่าเวร", "หกร้อย"),
        witnesses="พยาบาล",
        reported=False,
        anonymous=True,
        evidence=1,
    ),
)

MONK_ATTENDANT = Villager(
    "ลูกศิษย์วัดปะคำ: files for the abbot, who signed a receipt for a pavilion never built",
    {
        "none": [asks("แจ้งแทนหลวงพ่อได้ไหมครับ ท่านใช้มือถือไม่เป็น", FOR_SOMEONE), "แจ้งเรื่อง"],
        "story": ["แจ้งครับ หลวงพ่ออนุญาตแล้ว", "แจ้ง"],
        "consent": ["ยินยอมครับ ทั้งผมและหลวงพ่อ", "ยินยอม"],
        "kind": ["เขาเอางบสร้างศาลาวัดไปแต่ไม่สร้างครับ", "โกงงบ"],
        "agency": ["อบต.โคกมะม่วงครับ", "อบต.โคกมะม่วง"],
        "official": ["นายก อบต. ครับ เขามาให้หลวงพ่อเซ็นรับของ", "นายก อบต."],
        "district": ["อำเภอปะคำครับ"],
        "subdistrict": ["ตำบลโคกมะม่วงครับ"],
        "when": ["ตอนออกพรรษาปีนี้ครับ ช่วงทอดกฐิน", "ตุลาคม 2569"],
        "what": [
            "นายกเอาใบรับของมาให้หลวงพ่อเซ็นว่าได้รับศาลาการเปรียญหลังใหม่ งบสี่แสนแปด บอกว่าเซ็นไว้"
            "ก่อนเดี๋ยวสร้าง ผ่านมาสองเดือนยังไม่มีแม้แต่เสาเข็มครับ"
        ],
        "what_more": ["หมดแล้วครับ", "ไม่มี"],
        "evidence": [photo(), "ส่งรูปที่ดินว่างๆ ที่จะสร้างแล้วครับ เสร็จแล้ว", "เสร็จแล้ว"],
        "witnesses": ["หลวงพ่อกับไวยาวัจกรครับ", "ไวยาวัจกร"],
        "reported": ["ไม่เคยครับ", "ไม่เคย"],
        "identity": ["ไม่ต้องใส่ชื่อครับ เกรงใจหลวงพ่อ", "ไม่บอกชื่อ"],
        "summary": ["ถูกต้องครับ ส่งได้เลยครับ", "ส่ง"],
    },
    Meant(
        kind=("budget", "procurement"),
        agency=("อบต.โคกมะม่วง",),
        official=("นายก",),
        district="3112",
        subdistrict="311204",
        date=("2026-10-20", "2026-11-24"),
        story=("ศาลา", "สี่แสนแปด"),
        witnesses="ไวยาวัจกร",
        reported=False,
        anonymous=True,
        evidence=1,
    ),
    yes="ใช่ครับ",
)

BUS_DRIVER = Villager(
    "คนขับรถตู้โดยสาร: a checkpoint on the way to Prakhon Chai takes money from every van",
    {
        "none": ["สวัสดีครับ ผมขับรถตู้สายบุรีรัมย์-ประโคนชัย มีเรื่องจะแจ้งครับ", "แจ้งเรื่อง"],
        "story": ["แจ้งครับ", "แจ้ง"],
        "consent": ["ยินยอมครับ", "ยินยอม"],
        "kind": ["ด่านตำรวจเรียกเงินรถตู้ทุกคันครับ", "เรียกเงิน"],
        "agency": ["สภ.ประโคนชัยครับ", "สถานีตำรวจภูธรประโคนชัย"],
        "official": ["ตำรวจจราจรที่ตั้งด่านครับ ไม่รู้ชื่อ", "ตำรวจ"],
        "district": ["ประโคนชัยครับ"],
        "subdistrict": ["ตำบลประโคนชัยครับ ด่านอยู่ก่อนเข้าตัวอำเภอ"],
        "when": ["ทุกวันศุกร์ครับ ตั้งแต่เดือนตุลาคม ล่าสุดศุกร์ที่แล้ว", "4 ธันวาคม 2569"],
        "what": [
            "ด่านตรวจตั้งทุกวันศุกร์ตอนเย็น รถตู้โดยสารทุกคันต้องจอด ตำรวจไม่ตรวจอะไร ยื่นมือรับแบงก์ร้อย"
            "แล้วโบกให้ไป คันไหนไม่จ่ายโดนเขียนใบสั่งข้อหาบรรทุกเกินครับ"
        ],
        "what_more": ["ไม่มีแล้วครับ", "ไม่มี"],
        "evidence": [photo(), "ส่งรูปด่านที่ถ่ายจากในรถแล้วครับ เสร็จแล้ว", "เสร็จแล้ว"],
        "witnesses": ["คนขับรถตู้ในคิวเดียวกันเห็นทุกคนครับ", "คนขับรถตู้"],
        "reported": ["ไม่เคยแจ้งครับ", "ไม่เคย"],
        "identity": ["ไม่บอกชื่อครับ ยังต้องวิ่งผ่านด่านนี้ทุกวัน", "ไม่บอกชื่อ"],
        "summary": ["ถูกต้องครับ ส่ง", "ส่ง"],
    },
    Meant(
        kind=("bribery",),
        agency=("สภ.ประโคนชัย", "สถานีตำรวจภูธรประโคนชัย"),
        official=("ตำรวจ",),
        district="3107",
        subdistrict="310701",
        date=("2026-10-01", "2026-12-06"),
        story=("แบงก์ร้อย", "ใบสั่ง"),
        witnesses="รถตู้",
        reported=False,
        anonymous=True,
        evidence=1,
    ),
    yes="ใช่ครับ",
)

DEAF_BROTHER = Villager(
    "น้องสาวพิมพ์แทนพี่ชายหูหนวก: types what her deaf brother signs to her; he was asked for "
    "money to get his disability card renewed",
    {
        "none": ["สวัสดีค่ะ พิมพ์แทนพี่ชายนะคะ พี่หูหนวก มีเรื่องจะแจ้งค่ะ", "แจ้งเรื่อง"],
        "story": ["แจ้งค่ะ พี่บอกว่าแจ้งเลย", "แจ้ง"],
        "consent": ["พี่ยินยอมค่ะ หนูถามให้แล้ว", "ยินยอม"],
        "kind": ["เขาเรียกเงินพี่ห้าร้อยค่ะ ตอนไปต่อบัตรคนพิการ", "เรียกเงิน"],
        "agency": ["อบต.มะเฟืองค่ะ", "อบต.มะเฟือง"],
        "official": ["เจ้าหน้าที่ อบต. ที่ดูแลเรื่องคนพิการค่ะ", "เจ้าหน้าที่ อบต."],
        "district": ["พุทไธสงค่ะ"],
        "subdistrict": ["ตำบลมะเฟืองค่ะ"],
        "when": ["วันจันทร์ที่ผ่านมาค่ะ", "30 พฤศจิกายน 2569"],
        "what": [
            "พี่ไปต่อบัตรคนพิการที่ อบต. เจ้าหน้าที่เขียนใส่กระดาษว่า ห้าร้อย ถึงจะเร็ว ไม่งั้นรอเดือนหน้า "
            "พี่อ่านออกแต่พูดไม่ได้ เลยจ่ายไปค่ะ กระดาษนั้นพี่ยังเก็บไว้"
        ],
        "what_more": ["ไม่มีแล้วค่ะ พี่บอกแค่นี้", "ไม่มี"],
        "evidence": [photo(), "ส่งรูปกระดาษที่เขาเขียนแล้วค่ะ เสร็จแล้ว", "เสร็จแล้ว"],
        "witnesses": ["ไม่มีใครค่ะ พี่ไปคนเดียว", "ไม่มี"],
        "reported": ["ยังไม่เคยค่ะ", "ไม่เคย"],
        "identity": ["ไม่ต้องบอกชื่อค่ะ พี่ไม่อยากให้เขารู้", "ไม่บอกชื่อ"],
        "summary": ["ถูกต้องค่ะ พี่พยักหน้าแล้ว ส่งได้", "ส่ง"],
    },
    Meant(
        kind=("bribery",),
        agency=("อบต.มะเฟือง",),
        official=("เจ้าหน้าที่",),
        district="3109",
        subdistrict="310902",
        date=("2026-11-30", "2026-11-30"),
        story=("ห้าร้อย", "บัตรคนพิการ"),
        witnesses="",
        reported=False,
        anonymous=True,
        evidence=1,
    ),
)

LINE_PASTE = Villager(
    "แม่บ้านคูเมือง: pastes the village LINE group's messages as her story, names and times in",
    {
        "none": ["อยากแจ้งเรื่องค่าน้ำประปาหมู่บ้านค่ะ", "แจ้งเรื่อง"],
        "story": ["แจ้งค่ะ", "แจ้ง"],
        "consent": ["ยินยอมค่ะ", "ยินยอม"],
        "kind": ["เงินค่าน้ำประปาหมู่บ้านไม่รู้ไปไหนค่ะ", "โกงงบ"],
        "agency": ["อบต.บ้านแพค่ะ ประปาหมู่บ้านเป็นของ อบต.", "อบต.บ้านแพ"],
        "official": ["ผู้ใหญ่บ้านค่ะ เป็นคนเก็บเงินเอง", "ผู้ใหญ่บ้าน"],
        "district": ["คูเมืองค่ะ"],
        "subdistrict": ["ตำบลบ้านแพค่ะ"],
        "when": ["ประชุมเมื่อวานซืนค่ะ แต่เก็บเงินมาทั้งปี", "4 ธันวาคม 2569"],
        "what": [
            "[10:42] ป้าแดง: ใครไปประชุมที่ศาลาเมื่อวานซืนบ้าง ผู้ใหญ่ว่าค่าน้ำจะขึ้นเป็นหน่วยละ 25 บาท\n"
            "[10:45] ลุงชัย: ค่าน้ำทั้งปีที่เก็บไป ยังไม่เคยแจ้งยอดเลย เครื่องสูบน้ำเสียก็เรี่ยไรอีก\n"
            "[10:47] แม่หนู: บ้านฉันจ่ายเดือนละสามร้อย ไม่เคยได้ใบเสร็จสักใบ"
        ],
        "what_more": ["ที่แปะไปคือในกลุ่มไลน์หมู่บ้านค่ะ แม่หนูคือหนูเอง", "ไม่มีแล้วค่ะ", "ไม่มี"],
        "evidence": [photo(), "ส่งรูปแคปหน้าจอแล้วค่ะ เสร็จแล้ว", "เสร็จแล้ว"],
        "witnesses": ["ป้าแดงกับลุงชัยในกลุ่มค่ะ", "ป้าแดง"],
        "reported": ["ยังไม่เคยแจ้งที่ไหนค่ะ", "ไม่เคย"],
        "identity": ["ไม่บอกชื่อนะคะ", "ไม่บอกชื่อ"],
        "summary": ["ถูกต้องค่ะ ส่งเลย", "ส่ง"],
    },
    Meant(
        kind=("budget",),
        agency=("อบต.บ้านแพ",),
        official=("ผู้ใหญ่บ้าน",),
        district="3102",
        subdistrict="310203",
        date=("2025-12-01", "2026-12-06"),
        story=("25 บาท", "ใบเสร็จ"),
        witnesses="ป้าแดง",
        reported=False,
        anonymous=True,
        evidence=1,
    ),
)

THREATENED_AFTER = Villager(
    "ชาวนาห้วยราช: files about a canal dredged on paper only; the next day he is threatened "
    "and tells the bot",
    {
        "none": ["แจ้งเรื่องขุดลอกคลองครับ", "แจ้งเรื่อง"],
        "story": ["แจ้งครับ", "แจ้ง"],
        "consent": ["ยินยอมครับ", "ยินยอม"],
        "kind": ["ขุดลอกคลองไม่จริงครับ เบิกเงินเต็ม", "โกงงบ"],
        "agency": ["อบต.ห้วยราชาครับ", "อบต.ห้วยราชา"],
        "official": ["นายก อบต. ครับ", "นายก อบต."],
        "district": ["ห้วยราชครับ"],
        "subdistrict": ["ตำบลห้วยราชาครับ"],
        "when": ["ช่วงเดือนมีนาคมปีนี้ครับ ก่อนหน้าฝน", "มีนาคม 2569"],
        "what": [
            "ป้ายโครงการขุดลอกคลองส่งน้ำยาวสามกิโล งบหกแสน แม็คโครมาตักดินแค่ปากคลองสองวันแล้วก็ไป "
            "หน้าฝนน้ำก็ไม่ไหลเข้านาเหมือนเดิมครับ"
        ],
        "what_more": ["แค่นี้ครับ", "ไม่มี"],
        "evidence": [photo(), "ส่งรูปป้ายโครงการแล้วครับ เสร็จแล้ว", "เสร็จแล้ว"],
        "witnesses": ["ชาวนาที่ใช้น้ำคลองนี้ทุกคนครับ", "ชาวนา"],
        "reported": ["ไม่เคยครับ", "ไม่เคย"],
        "identity": ["ไม่บอกชื่อครับ", "ไม่บอกชื่อ"],
        "summary": ["ถูกต้องครับ ส่งเลย", "ส่ง"],
    },
    Meant(
        kind=("budget", "procurement"),
        agency=("อบต.ห้วยราชา",),
        official=("นายก",),
        district="3116",
        subdistrict="311608",
        date=("2026-03-01", "2026-03-31"),
        story=("สามกิโล", "หกแสน"),
        witnesses="ชาวนา",
        reported=False,
        anonymous=True,
        evidence=1,
    ),
    yes="ใช่ครับ",
)

THREE_QUESTIONS = Villager(
    "ครูหนองกี่: asks what it costs, how long it is kept and who reads it before she starts",
    {
        "none": [
            asks("ก่อนแจ้งขอถามก่อนนะคะ แจ้งเรื่องต้องเสียค่าใช้จ่ายไหมคะ", COSTS_NOTHING),
            asks("แล้วข้อมูลที่ส่งไปจะเก็บไว้นานแค่ไหนคะ", HOW_LONG),
            asks("คนที่อ่านเรื่องคือใครคะ ผอ. เขตจะเห็นไหม", WHO_SEES),
            "โอเคค่ะ งั้นขอแจ้งเรื่องค่ะ",
            "แจ้งเรื่อง",
        ],
        "story": ["แจ้งค่ะ", "แจ้ง"],
        "consent": ["ยินยอมค่ะ", "ยินยอม"],
        "kind": ["จัดซื้อหนังสือเรียนแพงเกินจริงจากร้านเดียวค่ะ", "จัดซื้อ"],
        "agency": ["โรงเรียนบ้านโคกสูงค่ะ", "โรงเรียนบ้านโคกสูง"],
        "official": ["รองผู้อำนวยการฝ่ายบริหารทั่วไปค่ะ", "รองผู้อำนวยการ"],
        "district": ["หนองกี่ค่ะ"],
        "subdistrict": ["ตำบลโคกสูงค่ะ"],
        "when": ["ตอนเปิดเทอมหนึ่ง เดือนพฤษภาคมค่ะ", "พฤษภาคม 2569"],
        "what": [
            "โรงเรียนซื้อหนังสือเรียนทั้งชุดจากร้านของน้องสาวรองผอ. ชุดละ 1,450 บาท ร้านในเมืองขาย"
            "ชุดเดียวกัน 980 บาท มีใบเสนอราคาร้านอื่นแนบแต่เป็นร้านที่ปิดไปแล้วค่ะ"
        ],
        "what_more": ["ไม่มีแล้วค่ะ", "ไม่มี"],
        "evidence": [photo(), "ส่งรูปใบเสนอราคาแล้วค่ะ เสร็จแล้ว", "เสร็จแล้ว"],
        "witnesses": ["ครูพัสดุรู้เรื่องค่ะ แต่เขาไม่กล้าพูด", "ครูพัสดุ"],
        "reported": ["ยังไม่เคยค่ะ", "ไม่เคย"],
        "identity": ["ขอไม่เปิดเผยชื่อค่ะ", "ไม่บอกชื่อ"],
        "summary": ["ถูกต้องค่ะ ส่งได้เลย", "ส่ง"],
    },
    Meant(
        kind=("procurement", "conflict"),
        agency=("โรงเรียนบ้านโคกสูง",),
        official=("รองผู้อำนวยการ", "รองผอ"),
        district="3105",
        subdistrict="310509",
        date=("2026-05-01", "2026-05-31"),
        story=("1,450", "980"),
        witnesses="ครูพัสดุ",
        reported=False,
        anonymous=True,
        evidence=1,
    ),
)

DISTRICT_TWICE = Villager(
    "ชาวนาบ้านด่าน: says Satuek, then Khaen Dong, then settles on Ban Dan, where the hall is",
    {
        "none": ["สวัสดีค่ะ อยากแจ้งเรื่องศาลากลางบ้านที่สร้างไม่เสร็จค่ะ", "แจ้งเรื่อง"],
        "story": ["แจ้งค่ะ", "แจ้ง"],
        "consent": ["ยินยอมค่ะ", "ยินยอม"],
        "kind": ["สร้างไม่เสร็จแต่เบิกเงินหมดแล้วค่ะ", "โกงงบ"],
        "agency": ["อบต. ค่ะ จำชื่อเต็มไม่ได้", "ไม่รู้"],
        "official": ["ผู้รับเหมากับนายก อบต. ค่ะ", "นายก อบต."],
        "district": ["สตึกค่ะ"],
        "subdistrict": [
            "ขอโทษค่ะ อำเภอพิมพ์ผิด ไม่ใช่สตึก เป็นแคนดงค่ะ",
            "เอ๊ะ ไม่ใช่แคนดงด้วยค่ะ นั่นบ้านแม่ ที่เกิดเรื่องคืออำเภอบ้านด่าน",
            "ตำบลวังเหนือค่ะ",
        ],
        "when": ["เริ่มสร้างหลังสงกรานต์ปีนี้ค่ะ", "เมษายน 2569"],
        "what": [
            "ศาลาประชุมหมู่บ้าน งบสามแสนห้า ทำได้แค่เสากับหลังคาครึ่งเดียว ผู้รับเหมาหายไปตั้งแต่"
            "เข้าพรรษา ป้ายบอกว่าแล้วเสร็จกรกฎาคม ตอนนี้วัวเข้าไปนอนค่ะ"
        ],
        "what_more": ["ไม่มีแล้วค่ะ", "ไม่มี"],
        "evidence": ["ไม่มีรูปค่ะ มือถือถ่ายไม่ชัด", "ไม่มี"],
        "witnesses": ["คนทั้งหมู่เห็นค่ะ", "คนในหมู่บ้าน"],
        "reported": ["ไม่เคยค่ะ", "ไม่เคย"],
        "identity": ["ไม่บอกชื่อค่ะ", "ไม่บอกชื่อ"],
        "summary": ["ถูกต้องค่ะ อำเภอบ้านด่านนะคะ ส่งได้", "ส่ง"],
    },
    Meant(
        kind=("budget", "procurement"),
        district="3121",
        subdistrict="312103",
        date=("2026-04-16", "2026-04-30"),
        story=("สามแสนห้า",),
        reported=False,
        anonymous=True,
        evidence=0,
    ),
)

VILLAGERS = {
    "khmer_grandmother": KHMER_GRANDMOTHER,
    "motorbike_taxi": MOTORBIKE_TAXI,
    "health_nurse": HEALTH_NURSE,
    "monk_attendant": MONK_ATTENDANT,
    "bus_driver": BUS_DRIVER,
    "deaf_brother": DEAF_BROTHER,
    "line_paste": LINE_PASTE,
    "threatened_after": THREATENED_AFTER,
    "three_questions": THREE_QUESTIONS,
    "district_twice": DISTRICT_TWICE,
}

#: What a villager types the day after filing when threatened: the safety answer must come
#: first, and no new complaint be started.
THREATENED_LATER = {
    "threatened_after": threat(
        "เมื่อคืนมีรถมาจอดหน้าบ้าน คนขับลงมาบอกว่ารู้นะว่าใครไปแจ้งเรื่องคลอง ให้ถอนซะก่อนจะมีคนเจ็บ"
    ),
}
SEALED = set(random.Random(13).sample(list(VILLAGERS), 5))
DIAG = set(VILLAGERS) - SEALED
