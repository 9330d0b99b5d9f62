"""Held-out villagers, round 18 (issue 16, "a villager understood, not matched"): ten new kinds
of people written by a tester who read neither the bot's rules nor its word lists nor its
training examples; played by the driver of the first held-out people
(`heldout_personas.play`). Among them: a temple boy sent by the abbot, a migrant worker home
from Korea for the New Year, a deaf man who types in short bursts, a grandmother dictating to
her granddaughter, a village health volunteer whose stipend is skimmed, a man who sends his
story in five messages before anything is asked, a som tam seller who corrects the bot's
summary, a nursing student who goes on in English half-way, a farmer whose brother phones a
threat in the middle of filing, and a retired teacher who asks "who will see this" twice.
Five, chosen at random (`random.Random(18)`), are SEALED: their failures are only counted,
never described to whoever fixes the conversation, so that no fix is fitted to them.

Dates are as said on Sunday 6 December 2026 (BE 2569). Where a phrase can honestly mean more
than one day, the span covers every reading.
"""

from __future__ import annotations

import random

from tests.integration.handlers.complaint.heldout_personas import Meant, Villager, asks, threat
from tests.integration.handlers.complaint.heldout_personas_round12 import WHO_SEES
from tests.integration.handlers.complaint.personas import photo

TEMPLE_BOY = Villager(
    "ลูกศิษย์วัดโคกเหล็ก: sent by the abbot; the roof repair money of the sala went missing",
    {
        "none": ["สาธุ ขออนุญาตแจ้งเรื่องแทนหลวงพ่อครับ", "แจ้งเรื่อง"],
        "story": ["แจ้งครับ", "แจ้ง"],
        "consent": ["ยินยอมครับ หลวงพ่อก็อนุญาตแล้ว", "ยินยอม"],
        "kind": ["งบซ่อมศาลาวัดหายไปเยอะครับ", "โกงงบ"],
        "agency": ["อบต.โคกเหล็กครับ", "อบต.โคกเหล็ก"],
        "official": ["นายก อบต. ครับ ผู้รับเหมาเป็นหลานเขา", "นายก อบต."],
        "district": ["ห้วยราชครับ"],
        "subdistrict": ["โคกเหล็กครับ"],
        "when": ["ก่อนเข้าพรรษาสามวันครับ", "27 กรกฎาคม 2569"],
        "what": [
            "อบต.ให้งบซ่อมหลังคาศาลาการเปรียญสองแสนครับ ผู้รับเหมาเปลี่ยนสังกะสีแค่สิบกว่าแผ่น "
            "ฝนตกยังรั่วเหมือนเดิม ป้ายโครงการก็ไม่ติด"
        ],
        "what_more": ["ไม่มีแล้วครับ", "ไม่มี"],
        "evidence": ["มีรูปหลังคาที่รั่วครับ", photo(), "เสร็จแล้ว"],
        "witnesses": ["หลวงพ่อกับคณะกรรมการวัดครับ", "กรรมการวัด"],
        "reported": ["เคยพูดในที่ประชุมหมู่บ้านครับ แต่ไม่เคยแจ้งหน่วยงานไหน", "ไม่เคย"],
        "identity": ["ไม่ใส่ชื่อครับ ไม่อยากให้วัดมีเรื่อง", "ไม่บอกชื่อ"],
        "summary": ["ถูกต้องครับ สาธุ ส่งได้", "ส่ง"],
    },
    Meant(
        kind=("budget", "procurement"),
        agency=("อบต.โคกเหล็ก",),
        official=("นายก",),
        district="3116",
        subdistrict="311606",
        date=("2026-07-27", "2026-07-27"),
        story=("สองแสน",),
        witnesses="กรรมการวัด",
        reported=False,
        anonymous=True,
        evidence=1,
    ),
    yes="ใช่ครับ",
)

HOME_FROM_KOREA = Villager(
    "หนุ่มวังเหนือกลับจากเกาหลีช่วงปีใหม่: paid to get a residence letter fast; named, leaves on 5 January",
    {
        "none": ["หวัดดีครับ เพิ่งกลับจากเกาหลี มาเจอเรื่องนี้เลยอยากแจ้งครับ", "แจ้งเรื่อง"],
        "story": ["แจ้งครับ", "แจ้ง"],
        "consent": ["โอเคครับ ยินยอม", "ยินยอม"],
        "kind": ["เรียกเงินค่าออกหนังสือรับรองครับ", "เรียกเงิน"],
        "agency": ["อบต.วังเหนือครับ", "อบต.วังเหนือ"],
        "official": ["เจ้าหน้าที่ทะเบียนของ อบต. ครับ ผู้ชายใส่แว่น", "เจ้าหน้าที่"],
        "district": ["บ้านด่านครับ"],
        "subdistrict": ["วังเหนือครับ"],
        "when": ["สามวันก่อนครับ", "3 ธันวาคม 2569"],
        "what": [
            "ผมต้องใช้หนังสือรับรองถิ่นที่อยู่ไปต่อเอกสารทำงานที่เกาหลี เจ้าหน้าที่บอกว่าถ้าจะเอา"
            "ภายในอาทิตย์นี้ต้องจ่ายสองพัน ไม่งั้นรอเดือนนึง ผมต้องบินกลับวันที่ 5 มกรา เลยจ่ายไปครับ"
        ],
        "what_more": ["ไม่มีครับ", "ไม่มี"],
        "evidence": ["ไม่มีครับ จ่ายเงินสด", "ไม่มี"],
        "witnesses": ["พ่อผมไปด้วยครับ", "พ่อ"],
        "reported": ["ไม่เคยครับ", "ไม่เคย"],
        "identity": ["บอกชื่อได้ครับ เดี๋ยวผมก็กลับเกาหลีแล้ว", "บอกชื่อ"],
        "name": ["นายอนุชา พรหมดี"],
        "phone": ["098-112-4450 ครับ ใช้ได้ถึงวันที่ 5 มกรา"],
        "summary": ["ถูกแล้วครับ ส่งเลย", "ส่ง"],
    },
    Meant(
        kind=("bribery",),
        agency=("อบต.วังเหนือ",),
        official=("เจ้าหน้าที่",),
        district="3121",
        subdistrict="312103",
        date=("2026-12-03", "2026-12-03"),
        story=("สองพัน",),
        witnesses="พ่อ",
        reported=False,
        anonymous=False,
        name="อนุชา พรหมดี",
        phone="0981124450",
        evidence=0,
    ),
    yes="ใช่ครับ",
)

DEAF_BURSTS = Villager(
    "ชายหูหนวกหนองเต็ง: types in short bursts without particles; his disability allowance is cut",
    {
        "none": ["แจ้ง", "แจ้งเรื่อง"],
        "story": ["แจ้ง"],
        "consent": ["ยอม", "ยินยอม"],
        "kind": ["หักเงิน", "เรียกเงิน"],
        "agency": ["อบต หนองเต็ง", "อบต.หนองเต็ง"],
        "official": ["ผช ผญบ", "ผู้ช่วยผู้ใหญ่บ้าน"],
        "district": ["กระสัง"],
        "subdistrict": ["หนองเต็ง"],
        "when": ["ทุกเดือน ปีนี้", "มกราคม 2569 ถึงตอนนี้"],
        "what": ["เบี้ยคนพิการ เดือนละ 1000 ผช ผญบ รับแทน ให้ผม 800 ทุกเดือน"],
        "what_more": ["ไม่ให้ใบ", "ไม่มี"],
        "evidence": ["ไม่มี"],
        "witnesses": ["แม่"],
        "reported": ["ไม่เคย"],
        "identity": ["ไม่บอก", "ไม่บอกชื่อ"],
        "summary": ["ถูก ส่ง", "ส่ง"],
    },
    Meant(
        kind=("bribery", "budget"),
        agency=("อบต.หนองเต็ง",),
        official=("ผู้ช่วย", "ผช"),
        district="3103",
        subdistrict="310305",
        date=("2026-01-01", "2026-12-06"),
        story=("800",),
        witnesses="แม่",
        reported=False,
        anonymous=True,
        evidence=0,
    ),
    opening=("หูหนวก", "พิมพ์ได้", "อ่านได้"),
    yes="ใช่",
)

GRANDMOTHER_DICTATES = Villager(
    "ยายตะโกตาพิบอกให้หลานพิมพ์: every answer is 'ยายว่า…'; paid to be put on a free house-repair list",
    {
        "none": ["ยายว่าจะแจ้งเรื่องซ่อมบ้านค่ะ", "แจ้งเรื่อง"],
        "story": ["ยายบอกว่าแจ้งเลยค่ะ", "แจ้ง"],
        "consent": ["ยายพยักหน้าแล้วค่ะ ยินยอม", "ยินยอม"],
        "kind": ["ยายว่าเขาเรียกเงินค่ะ", "เรียกเงิน"],
        "agency": ["อบต.ตะโกตาพิค่ะ ยายว่างั้น", "อบต.ตะโกตาพิ"],
        "official": ["ยายเรียกว่าสมาชิกบุญเลิศค่ะ เป็น ส.อบต. หมู่ 8", "ส.อบต."],
        "district": ["ประโคนชัยค่ะ"],
        "subdistrict": ["ตะโกตาพิค่ะ"],
        "when": ["ยายว่าวันออกพรรษาค่ะ ตอนไปทำบุญที่วัด", "26 ตุลาคม 2569"],
        "what": [
            "ยายว่า ส.อบต. มาบอกว่ามีโครงการซ่อมบ้านคนจนให้ฟรี แต่ต้องจ่ายค่าใส่ชื่อห้าร้อย "
            "ยายจ่ายไปแล้ว ผ่านมาเดือนกว่ายังไม่มีใครมาซ่อมค่ะ"
        ],
        "what_more": ["ยายว่าบ้านอื่นก็จ่ายเหมือนกันค่ะ", "ไม่มี"],
        "evidence": ["ไม่มีค่ะ ยายให้เงินสด", "ไม่มี"],
        "witnesses": ["ยายว่าป้าสมหวังบ้านติดกันก็จ่ายค่ะ", "ป้าสมหวัง"],
        "reported": ["ยายไม่เคยแจ้งที่ไหนค่ะ", "ไม่เคย"],
        "identity": ["ยายไม่อยากบอกชื่อค่ะ", "ไม่บอกชื่อ"],
        "summary": ["ยายฟังแล้วบอกว่าถูกค่ะ ส่งได้", "ส่ง"],
    },
    Meant(
        kind=("bribery",),
        agency=("อบต.ตะโกตาพิ",),
        official=("ส.อบต",),
        district="3107",
        subdistrict="310714",
        date=("2026-10-26", "2026-10-26"),
        story=("ห้าร้อย",),
        witnesses="สมหวัง",
        reported=False,
        anonymous=True,
        evidence=0,
    ),
    opening=("หนูพิมพ์แทนยายนะคะ ยายพิมพ์ไม่เป็น ยายจะบอกให้หนูพิมพ์",),
)

HEALTH_VOLUNTEER = Villager(
    "อสม. สระบัว: stipend signed for in full, paid short; named, reported before",
    {
        "none": ["สวัสดีค่ะ เป็น อสม. ค่ะ มีเรื่องค่าป่วยการจะแจ้ง", "แจ้งเรื่อง"],
        "story": ["แจ้งค่ะ", "แจ้ง"],
        "consent": ["ยินยอมค่ะ", "ยินยอม"],
        "kind": ["หักค่าป่วยการ อสม. ค่ะ", "โกงเงินหลวง"],
        "agency": ["รพ.สต.สระบัวค่ะ", "รพ.สต.สระบัว"],
        "official": ["ผอ.รพ.สต. ค่ะ", "ผอ.รพ.สต."],
        "district": ["แคนดงค่ะ"],
        "subdistrict": ["สระบัวค่ะ"],
        "when": [
            "ตั้งแต่เดือนมิถุนาจนถึงเดือนพฤศจิกาค่ะ ทุกเดือน",
            "มิถุนายน ถึง พฤศจิกายน 2569",
        ],
        "what": [
            "ค่าป่วยการ อสม. ได้คนละพันบาทต่อเดือน ผอ. ให้เซ็นรับเต็มพัน แต่จ่ายเงินสดให้แปดร้อย "
            "บอกว่าหักค่าบริหารกลุ่ม อสม. ในตำบลมียี่สิบกว่าคนค่ะ"
        ],
        "what_more": ["ไม่มีค่ะ", "ไม่มี"],
        "evidence": ["มีรูปใบเซ็นรับเงินค่ะ", photo(), "เสร็จแล้ว"],
        "witnesses": ["อสม. ด้วยกันค่ะ พี่ลำดวนกับพี่ทองม้วน", "อสม."],
        "reported": ["เคยบอกสาธารณสุขอำเภอแล้วค่ะ แต่เงียบ", "เคย"],
        "reported_to": ["สาธารณสุขอำเภอแคนดงค่ะ"],
        "reported_ref": ["ไม่มีเลขค่ะ"],
        "identity": ["บอกชื่อได้ค่ะ", "บอกชื่อ"],
        "name": ["นางสาวมาลัย ทองสุข"],
        "phone": ["๐๘๙-๕๕๑-๒๒๗๐"],
        "summary": ["ถูกต้องค่ะ ส่ง", "ส่ง"],
    },
    Meant(
        kind=("budget", "bribery"),
        agency=("รพ.สต.สระบัว",),
        official=("ผอ",),
        district="3122",
        subdistrict="312203",
        date=("2026-06-01", "2026-11-30"),
        story=("แปดร้อย",),
        witnesses="อสม",
        reported=True,
        reported_to="สาธารณสุขอำเภอ",
        anonymous=False,
        name="มาลัย ทองสุข",
        phone="0895512270",
        evidence=1,
    ),
)

FIVE_MESSAGES = Villager(
    "ลุงหนองบอน: sends his whole story in five messages before anything is asked",
    {
        "none": ["แจ้งเรื่องครับ", "แจ้งเรื่อง"],
        "story": ["แจ้งครับ", "แจ้ง"],
        "consent": ["ยินยอมครับ", "ยินยอม"],
        "kind": ["บอกไปแล้วครับ โกงงบ ทำไม่ครบ", "โกงงบ"],
        "agency": ["อบต.หนองบอนครับ", "อบต.หนองบอน"],
        "official": ["นายก อบต. ครับ", "นายก อบต."],
        "district": ["ประโคนชัยครับ"],
        "subdistrict": ["หนองบอนครับ"],
        "when": ["เดือนกันยาครับ", "กันยายน 2569"],
        "what": ["เล่าไปแล้วข้างบนครับ", "รางระบายน้ำทำไม่ครบตามป้าย"],
        "what_more": ["ไม่มีครับ", "ไม่มี"],
        "evidence": ["มีรูปป้ายโครงการครับ", photo(), "เสร็จแล้ว"],
        "witnesses": ["คนหมู่ 4 ทั้งหมู่ครับ", "คนหมู่ 4"],
        "reported": ["ไม่เคยครับ", "ไม่เคย"],
        "identity": ["ไม่บอกชื่อครับ", "ไม่บอกชื่อ"],
        "summary": ["ถูกครับ ส่ง", "ส่ง"],
    },
    Meant(
        kind=("budget", "procurement", "conflict"),
        agency=("อบต.หนองบอน",),
        official=("นายก",),
        district="3107",
        subdistrict="310716",
        date=("2026-09-01", "2026-09-30"),
        story=("สามแสนสอง", "น้องชาย"),
        witnesses="หมู่ 4",
        reported=False,
        anonymous=True,
        evidence=1,
    ),
    opening=(
        "สวัสดีครับ ผมอยู่บ้านหนองบอน หมู่ 4",
        "เมื่อเดือนกันยา อบต.หนองบอน มาทำรางระบายน้ำหน้าบ้าน",
        "ป้ายเขียนว่างบสามแสนสอง ยาวสองร้อยเมตร",
        "ทำจริงแค่ร้อยเมตรเศษ ท่อก็ใช้ท่อเก่าที่ขุดขึ้นมา",
        "ผู้รับเหมาเป็นน้องชายนายก อบต. ครับ ทุกคนรู้",
    ),
    yes="ใช่ครับ",
)

CORRECTS_SUMMARY = Villager(
    "แม่ค้าส้มตำตลาดนัดเมืองแก: gives the wrong day and sub-district, corrects both at the summary",
    {
        "none": ["จะแจ้งเรื่องค่าเก็บตลาดค่ะ", "แจ้งเรื่อง"],
        "story": ["แจ้งค่ะ", "แจ้ง"],
        "consent": ["ยินยอมค่ะ", "ยินยอม"],
        "kind": ["เก็บเงินไม่ให้ใบเสร็จค่ะ", "เรียกเงิน"],
        "agency": ["อบต.เมืองแกค่ะ", "อบต.เมืองแก"],
        "official": ["เจ้าหน้าที่เก็บค่าแผงของ อบต. ค่ะ", "เจ้าหน้าที่"],
        "district": ["สตึกค่ะ"],
        "subdistrict": ["ทุ่งวังค่ะ", "เมืองแกค่ะ"],
        "when": ["วันพฤหัสค่ะ", "วันพุธที่ 2 ธันวาค่ะ"],
        "what": [
            "ตลาดนัดวันพุธ เจ้าหน้าที่มาเก็บค่าแผงแผงละร้อยห้าสิบ ตามประกาศ อบต. แค่ห้าสิบบาท "
            "ไม่ให้ใบเสร็จ บอกว่ารีบ แผงอื่นก็จ่ายเท่ากันค่ะ"
        ],
        "what_more": ["ไม่มีค่ะ", "ไม่มี"],
        "evidence": ["ไม่มีค่ะ", "ไม่มี"],
        "witnesses": ["แม่ค้าแผงข้างๆ ค่ะ ป้านวล", "ป้านวล"],
        "reported": ["ไม่เคยค่ะ", "ไม่เคย"],
        "identity": ["ไม่บอกชื่อค่ะ", "ไม่บอกชื่อ"],
        "summary": [
            "วันที่ผิดค่ะ ต้องเป็นวันพุธ ไม่ใช่วันพฤหัส",
            "ตำบลก็ผิดค่ะ ตลาดอยู่ตำบลเมืองแก ไม่ใช่ทุ่งวัง",
            "ถูกแล้วค่ะ ส่งได้",
            "ส่ง",
        ],
    },
    Meant(
        kind=("bribery",),
        agency=("อบต.เมืองแก",),
        official=("เจ้าหน้าที่",),
        district="3111",
        subdistrict="311104",
        date=("2026-12-02", "2026-12-02"),
        story=("ร้อยห้าสิบ",),
        witnesses="ป้านวล",
        reported=False,
        anonymous=True,
        evidence=0,
    ),
)

HALF_ENGLISH = Villager(
    "นักศึกษาพยาบาลพุทไธสง: starts in Thai, goes on in English half-way when her Thai keyboard breaks",
    {
        "none": ["อยากแจ้งเรื่องโรงพยาบาลค่ะ", "แจ้งเรื่อง"],
        "story": ["แจ้งค่ะ", "แจ้ง"],
        "consent": ["ยินยอมค่ะ", "ยินยอม"],
        "kind": ["จัดซื้อเครื่องมือแพงเกินจริงค่ะ", "จัดซื้อจัดจ้าง"],
        "agency": ["โรงพยาบาลพุทไธสงค่ะ", "รพ.พุทไธสง"],
        "official": [
            "sorry my thai keyboard just broke, it was the head of procurement",
            "procurement officer",
        ],
        "district": ["Phutthaisong"],
        "subdistrict": ["Phutthaisong too", "Phutthaisong"],
        "when": ["between August and October this year", "August to October 2026"],
        "what": [
            "They bought blood pressure monitors at 9,500 baht each, the same model is 1,800 "
            "online. 40 units. The supplier is a shop that opened two months before the order."
        ],
        "what_more": ["that's everything", "no"],
        "evidence": ["I have a photo of the purchase list", photo(), "done"],
        "witnesses": ["another nurse, she doesn't want her name used", "a nurse"],
        "reported": ["no, never", "no"],
        "identity": ["anonymous please", "anonymous"],
        "summary": ["correct, send", "send"],
    },
    Meant(
        kind=("procurement",),
        agency=("รพ.พุทไธสง", "โรงพยาบาลพุทไธสง"),
        official=("procurement", "พัสดุ"),
        district="3109",
        subdistrict="310901",
        date=("2026-08-01", "2026-10-31"),
        story=("9,500",),
        witnesses="nurse",
        reported=False,
        anonymous=True,
        evidence=1,
    ),
)

BROTHER_CALLS = Villager(
    "ชาวนาไทยเจริญ: his brother phones a threat to their mother mid-filing; goes on",
    {
        "none": ["แจ้งเรื่องปุ๋ยครับ", "แจ้งเรื่อง"],
        "story": ["แจ้งครับ", "แจ้ง"],
        "consent": ["ยินยอมครับ", "ยินยอม"],
        "kind": ["เอาปุ๋ยที่รัฐแจกไปขายครับ", "โกงเงินหลวง"],
        "agency": ["อบต.ไทยเจริญครับ", "อบต.ไทยเจริญ"],
        "official": ["ผู้ใหญ่บ้านหมู่ 7 ครับ", "ผู้ใหญ่บ้าน"],
        "district": ["ปะคำครับ"],
        "subdistrict": ["ไทยเจริญครับ"],
        "when": ["ช่วงหว่านข้าว เดือนมิถุนาครับ", "มิถุนายน 2569"],
        "what": [
            "ปุ๋ยที่รัฐแจกให้ชาวนาครอบครัวละสองกระสอบ ผู้ใหญ่แจกจริงคนละกระสอบ "
            "ที่เหลือเอาไปขายร้านในอำเภอกระสอบละเจ็ดร้อยครับ"
        ],
        "what_more": ["ไม่มีครับ", "ไม่มี"],
        "evidence": ["ไม่มีรูปครับ", "ไม่มี"],
        "witnesses": [
            threat(
                "เดี๋ยวครับ พี่ชายโทรมาบอกว่าผู้ใหญ่ไปถามที่บ้านแม่ว่าใครเอาเรื่องปุ๋ยไปพูด แล้วบอกแม่ว่าให้ลูกๆ ระวังตัวไว้"
            ),
            "ผมแจ้งต่อครับ พยานคือร้านปุ๋ยที่รับซื้อ เขารู้",
            "ร้านปุ๋ย",
        ],
        "reported": ["ไม่เคยครับ", "ไม่เคย"],
        "identity": ["ไม่บอกชื่อครับ ตอนนี้ยิ่งต้องปิด", "ไม่บอกชื่อ"],
        "summary": ["ถูกครับ ส่ง", "ส่ง"],
    },
    Meant(
        kind=("budget",),
        agency=("อบต.ไทยเจริญ",),
        official=("ผู้ใหญ่บ้าน",),
        district="3112",
        subdistrict="311202",
        date=("2026-06-01", "2026-06-30"),
        story=("เจ็ดร้อย",),
        witnesses="ร้านปุ๋ย",
        reported=False,
        anonymous=True,
        evidence=0,
    ),
    yes="ใช่ครับ",
)

WHO_SEES_TWICE = Villager(
    "ครูเกษียณดอนกอก: asks who will see what she sends, twice, before giving her name",
    {
        "none": ["สวัสดีค่ะ มีเรื่องจะร้องเรียนค่ะ", "แจ้งเรื่อง"],
        "story": ["แจ้งค่ะ", "แจ้ง"],
        "consent": [
            asks("ก่อนยินยอม ขอถามก่อนค่ะ เรื่องที่พิมพ์ไปใครเป็นคนเห็นบ้าง", WHO_SEES),
            "ยินยอมค่ะ",
        ],
        "kind": ["เก็บเงินค่าสมัครงานค่ะ", "เรียกเงิน"],
        "agency": ["อบต.ดอนกอกค่ะ", "อบต.ดอนกอก"],
        "official": ["ปลัด อบต. ค่ะ", "ปลัด"],
        "district": ["นาโพธิ์ค่ะ"],
        "subdistrict": ["ดอนกอกค่ะ"],
        "when": ["เดือนที่แล้วค่ะ ช่วงปลายเดือน", "ปลายเดือนพฤศจิกายน 2569"],
        "what": [
            "หลานสาวไปสมัครเป็นพนักงานจ้างของ อบต. ปลัดบอกว่าถ้าอยากได้ต้องจ่ายสามหมื่น "
            "จ่ายแล้วได้แน่ หลานไม่จ่าย คนที่ได้เป็นญาติปลัดค่ะ"
        ],
        "what_more": ["ไม่มีค่ะ", "ไม่มี"],
        "evidence": ["มีข้อความไลน์ที่เขาพิมพ์บอกค่ะ", photo(), "เสร็จแล้ว"],
        "witnesses": ["หลานสาวค่ะ", "หลานสาว"],
        "reported": ["ไม่เคยค่ะ", "ไม่เคย"],
        "identity": [
            asks("ถามอีกทีนะคะ ถ้าใส่ชื่อ ใครจะเห็นชื่อครูบ้าง ปลัดจะเห็นไหม", WHO_SEES),
            "ใส่ชื่อได้ค่ะ",
            "บอกชื่อ",
        ],
        "name": ["นางวิไลวรรณ สุขเจริญ"],
        "phone": ["0847720315"],
        "summary": ["ถูกต้องค่ะ ส่งได้", "ส่ง"],
    },
    Meant(
        kind=("bribery",),
        agency=("อบต.ดอนกอก",),
        official=("ปลัด",),
        district="3113",
        subdistrict="311304",
        date=("2026-11-20", "2026-11-30"),
        story=("สามหมื่น",),
        witnesses="หลานสาว",
        reported=False,
        anonymous=False,
        name="วิไลวรรณ สุขเจริญ",
        phone="0847720315",
        evidence=1,
    ),
)

VILLAGERS = {
    "temple_boy": TEMPLE_BOY,
    "home_from_korea": HOME_FROM_KOREA,
    "deaf_bursts": DEAF_BURSTS,
    "grandmother_dictates": GRANDMOTHER_DICTATES,
    "health_volunteer": HEALTH_VOLUNTEER,
    "five_messages": FIVE_MESSAGES,
    "corrects_summary": CORRECTS_SUMMARY,
    "half_english": HALF_ENGLISH,
    "brother_calls": BROTHER_CALLS,
    "who_sees_twice": WHO_SEES_TWICE,
}

SEALED = set(random.Random(18).sample(list(VILLAGERS), 5))
DIAG = set(VILLAGERS) - SEALED
