"""Held-out villagers, round 3 (issue "A villager is understood, not matched"): thirteen more
people written by a tester who read neither the bot's rules nor its word lists nor its
training examples, played by the same driver as the first held-out people
(`heldout_personas.play`). Half are "diag" (their failures are told to whoever fixes the
conversation), half "sealed" (only counted, so the fix is not fitted to them).

Dates are as said on Thursday 3 December 2026; where a phrase can honestly mean more than
one day ("วันพุธที่แล้ว" said on a Thursday), the span covers every reading.
"""

from __future__ import annotations

from tests.integration.handlers.complaint.heldout_personas import Meant, Villager, asks, threat
from tests.integration.handlers.complaint.personas import photo

# What a helpful answer to each question back contains (Thai first, English second).
FREE = r"ฟรี|ไม่มีค่าใช้จ่าย|ไม่เสีย|free"
NOT_TOLD = r"ไม่.{0,30}(บอก|รู้|เปิดเผย)|not (be )?(told|shown|revealed)"
NAME_OPTIONAL = r"ไม่(ต้อง|จำเป็น)|ไม่บอกชื่อ|ไม่เปิดเผย|ไม่ระบุ|anonymous"
CAN_WITHDRAW = r"ถอน|withdraw"
DAYS = r"\d+\s*วัน|\d+\s*days?"

# ---------------------------------------------------------------- diag

ISAN_GRANDMOTHER = Villager(
    "ยายสมปอง: Isan, fragments, a grandson's disability allowance",
    {
        "none": ["ยายสิแจ้งเรื่องเด้อ", "แจ้งเรื่อง"],
        "story": ["แจ้ง"],
        "consent": ["เออ", "ยินยอม"],
        "kind": ["เพิ่นเอาเงินคนพิการ", "เฮียกเงิน"],
        "agency": ["อบต ตาจง"],
        "official": ["ผู้ใหญ่บ้าน หมู่ ๙"],
        "district": ["ละหานทราย"],
        "subdistrict": ["ตาจง"],
        "when": ["มื้อวานซืน"],
        "what": ["เบี้ยคนพิการหลานชาย เพิ่นหักไว้สองฮ้อย ว่าค่าดำเนินการ"],
        "what_more": ["หมดแล้ว"],
        "evidence": ["บ่มีดอก"],
        "witnesses": ["แม่ใหญ่ทองใบ"],
        "reported": ["บ่"],
        "identity": ["บ่บอก"],
        "summary": ["แม่นแล้ว"],
    },
    Meant(
        kind=("bribery", "budget"),
        agency=("อบต.ตาจง",),
        official=("ผู้ใหญ่บ้าน",),
        district="3106",
        subdistrict="310603",
        date=("2026-12-01", "2026-12-01"),
        story=("เบี้ยคนพิการ",),
        witnesses="ทองใบ",
        reported=False,
        anonymous=True,
    ),
    yes="แม่นแล้ว",
)

TYPING_FAST = Villager(
    "บอย: typos, Thai digits in the date and the phone, two photos",
    {
        "none": ["จะแจ้งเรืองครับ", "แจ้งเรื่อง"],
        "story": ["แจ้งคับ"],
        "consent": ["ยินยอมคับ"],
        "kind": ["ล็อคสเปคคับ", "ล็อกสเปก"],
        "agency": ["อบตโคกสว่างคับ"],
        "official": ["นายกอบต คับ"],
        "district": ["หนองกี่คับ"],
        "subdistrict": ["โคกสว่างคับ"],
        "when": ["๒๕ พ.ย. คับ"],
        "what": ["ประมูลซื้อรถขยะ สเปคเขียนให้ได้ยี่ห้อเดียว ราคา ๒,๔๐๐,๐๐๐ บาท แพงกว่าข้างนอกเกือบล้าน"],
        "what_more": ["ไม่มีคับ"],
        "evidence": [photo(), photo(), "ครบแล้วคับ"],
        "witnesses": ["ไม่มีคับ"],
        "reported": ["ยังไม่เคยคับ"],
        "identity": ["บอกชื่อได้คับ"],
        "name": ["ณัฐพล ศรีสะอาด"],
        "phone": ["๐๙๕-๕๕๑-๒๓๔๗"],
        "summary": ["ถูกต้องคับ ส่งเลย"],
    },
    Meant(
        kind=("procurement",),
        agency=("อบต.โคกสว่าง",),
        official=("นายก",),
        district="3105",
        subdistrict="310505",
        date=("2026-11-25", "2026-11-25"),
        story=("รถขยะ",),
        witnesses="",
        reported=False,
        anonymous=False,
        name="ณัฐพล ศรีสะอาด",
        phone="0955512347",
        evidence=2,
    ),
    yes="ใช่คับ",
)

GRAVEL_ROAD = Villager(
    "ป้าจันทร์: the story in four short messages, a weekday for the date",
    {
        "none": ["แจ้งเรื่องค่ะ"],
        "story": ["แจ้งค่ะ"],
        "consent": ["ได้ค่ะ"],
        "kind": ["เบิกงบแต่ทำงานไม่ครบค่ะ"],
        "agency": ["อบต.หนองบอนค่ะ"],
        "official": ["ไม่รู้ค่ะ"],
        "district": ["ประโคนชัยค่ะ"],
        "subdistrict": ["หนองบอนค่ะ"],
        "when": ["วันพุธที่แล้วค่ะ เขามาเกลี่ยวันนั้น"],
        "what": ["ลงหินแค่ครึ่งทางค่ะ ที่เหลือเป็นดินเหมือนเดิม"],
        "what_more": ["แค่นี้ค่ะ"],
        "evidence": ["ไม่มีรูปค่ะ"],
        "witnesses": ["คนหมู่ 5 รู้ทุกคนค่ะ"],
        "reported": ["ยังค่ะ"],
        "identity": ["ไม่บอกชื่อค่ะ"],
        "summary": ["ถูกต้องค่ะ"],
    },
    Meant(
        kind=("budget", "procurement"),
        agency=("อบต.หนองบอน",),
        district="3107",
        subdistrict="310716",
        date=("2026-11-25", "2026-12-02"),
        story=("ลูกรัง", "ครึ่งทาง"),
        witnesses="หมู่ 5",
        reported=False,
        anonymous=True,
    ),
    opening=(
        "สวัสดีค่ะ ขอเล่าเรื่องหน่อย",
        "ถนนลูกรังเข้าหมู่ 5 บ้านหนองบอน",
        "อบต.หนองบอน เบิกงบไป 8 แสน",
        "แต่ลงหินแค่ครึ่งทาง ฝนตกทีเดียวก็เละค่ะ",
    ),
)

POND_POST = (
    "‼️ชาวบ้านทะเมนชัยฝากแชร์‼️ โครงการขุดลอกหนองสระบัว หมู่ 3 ต.ทะเมนชัย อ.ลำปลายมาศ "
    "งบ 2.5 ล้าน ผู้รับเหมาเป็นบริษัทของพี่ชายนายก อบต.ทะเมนชัย ขุดลึกไม่ถึงเมตร "
    "ตามแบบต้องสามเมตร เริ่มขุดเดือนกันยายน 2569 ตรวจรับงานไปแล้ว ใครเป็นคนตรวจรับ?? "
    "#ลำปลายมาศ #ภาษีของเรา"
)

SHARES_A_POST = Villager(
    "น้องฝน: pastes a Facebook post about a pond",
    {
        "story": ["แจ้งค่ะ"],
        "none": ["จะแจ้งเรื่องนี้ค่ะ"],
        "consent": ["ได้ค่ะ"],
        "kind": ["พี่ชายนายกได้งาน แล้วขุดไม่ตามแบบค่ะ", "2"],
        "agency": ["อบต.ทะเมนชัยค่ะ"],
        "official": ["นายก อบต.ค่ะ"],
        "district": ["ลำปลายมาศค่ะ"],
        "subdistrict": ["ทะเมนชัยค่ะ"],
        "when": ["กันยายนค่ะ"],
        "what": ["ตามที่โพสต์ไว้เลยค่ะ " + POND_POST],
        "what_more": ["แค่นี้ค่ะ"],
        "evidence": [photo(), "แค่นี้ค่ะ"],
        "witnesses": ["ชาวบ้านหมู่ 3 ค่ะ"],
        "reported": ["ยังไม่เคยค่ะ"],
        "identity": ["ไม่ประสงค์ออกนามค่ะ"],
        "summary": ["ส่งได้ค่ะ"],
    },
    Meant(
        kind=("conflict", "procurement", "budget"),
        agency=("อบต.ทะเมนชัย",),
        official=("นายก",),
        district="3110",
        subdistrict="311004",
        date=("2026-09-01", "2026-09-30"),
        story=("หนองสระบัว", "พี่ชายนายก"),
        witnesses="หมู่ 3",
        reported=False,
        anonymous=True,
        evidence=1,
    ),
    opening=(POND_POST,),
)

ASKS_EVERYTHING = Villager(
    "พี่นก: a checkpoint bribe, asks about cost, being known, her name, withdrawing, time",
    {
        "none": ["อยากแจ้งเรื่องตำรวจค่ะ", "แจ้งเรื่อง"],
        "story": ["แจ้งค่ะ"],
        "consent": [asks("แจ้งแล้วเสียเงินไหมคะ", FREE), "ยินยอมค่ะ", "ยินยอม"],
        "kind": ["ตำรวจเรียกเงินค่ะ"],
        "agency": ["สภ.ชำนิค่ะ"],
        "official": [
            asks("ตำรวจคนนั้นจะรู้ไหมคะว่าหนูเป็นคนแจ้ง", NOT_TOLD),
            "ตำรวจจราจรค่ะ ไม่รู้ชื่อ",
        ],
        "district": ["ชำนิค่ะ"],
        "subdistrict": ["ชำนิค่ะ"],
        "when": ["เมื่อวานค่ะ"],
        "what": ["ตั้งด่านหน้าตลาด เรียกเงินคนขี่มอไซค์คนละ 300 ไม่ออกใบสั่ง ไม่มีใบเสร็จค่ะ"],
        "what_more": ["ไม่มีแล้วค่ะ"],
        "evidence": ["ไม่มีค่ะ"],
        "witnesses": ["น้องสาวนั่งซ้อนท้ายไปด้วยค่ะ"],
        "reported": ["ไม่เคยค่ะ"],
        "identity": [asks("ต้องบอกชื่อจริงไหมคะ", NAME_OPTIONAL), "ไม่บอกชื่อค่ะ", "ไม่บอกชื่อ"],
        "summary": [
            asks("ส่งแล้วถ้าเปลี่ยนใจ ถอนได้ไหมคะ", CAN_WITHDRAW),
            asks("กี่วันถึงจะรู้ผลคะ", DAYS),
            "ส่งค่ะ",
            "ส่ง",
        ],
    },
    Meant(
        kind=("bribery",),
        agency=("สภ.ชำนิ", "สถานีตำรวจภูธรชำนิ"),
        official=("ตำรวจ",),
        district="3118",
        subdistrict="311801",
        date=("2026-12-02", "2026-12-02"),
        story=("ด่าน",),
        witnesses="น้องสาว",
        reported=False,
        anonymous=True,
    ),
    opening=("ตำรวจ สภ.ชำนิ ตั้งด่านหน้าตลาดชำนิ เรียกเงินคนขี่มอไซค์คนละ 300 เมื่อวานค่ะ",),
)

KNOCK_AT_NIGHT = "ย่านหลายค่ะ เมื่อคืนมีคนมาเคาะประตูบ้าน บอกว่าถ้ายังพูดมาก ลูกสิบ่ได้ไปโรงเรียนอีก"

THREATENED_TWICE = Villager(
    "แม่หนูเพียร: threatened twice while filing, once in Isan",
    {
        "none": ["ร้องเรียนเจ้าหน้าที่ค่ะ", "แจ้งเรื่อง"],
        "story": ["แจ้งค่ะ"],
        "consent": ["ยินยอมค่ะ"],
        "kind": ["เรียกเงินแลกกับรับรองเอกสารที่ดินค่ะ", "เรียกเงิน"],
        "agency": ["อบต.สำโรงใหม่ค่ะ"],
        "official": ["ปลัด อบต.ค่ะ"],
        "district": ["ละหานทรายค่ะ"],
        "subdistrict": ["สำโรงใหม่ค่ะ"],
        "when": ["20 พ.ย. ค่ะ"],
        "what": ["ปลัดเรียกเงิน 2,000 บาท ค่ารับรองแนวเขตที่ดิน ไม่ให้ก็ไม่เซ็นค่ะ"],
        "what_more": ["ไม่มีค่ะ"],
        "evidence": ["ไม่มีค่ะ"],
        "witnesses": [threat(KNOCK_AT_NIGHT), "สามีไปด้วยค่ะ"],
        "reported": ["ยังไม่เคยค่ะ"],
        "identity": [threat("เขาขู่ว่าจะเผาบ้านถ้ารู้ว่าใครแจ้ง"), "ไม่บอกชื่อค่ะ"],
        "summary": ["ส่งค่ะ", "ส่ง"],
    },
    Meant(
        kind=("bribery",),
        agency=("อบต.สำโรงใหม่",),
        official=("ปลัด",),
        district="3106",
        subdistrict="310604",
        date=("2026-11-20", "2026-11-20"),
        story=("แนวเขต",),
        witnesses="สามี",
        reported=False,
        anonymous=True,
    ),
)

FESTIVAL_DATE = Villager(
    "ลุงทองดี: the date as a festival (ออกพรรษา)",
    {
        "none": ["จะร้องเรียนกำนันครับ", "แจ้งเรื่อง"],
        "story": ["แจ้งครับ"],
        "consent": ["ตกลงครับ"],
        "kind": ["เบิกงบจัดงานเกินจริงครับ", "โกงงบ", "3"],
        "agency": ["อบต.บัวทองครับ"],
        "official": ["กำนันครับ"],
        "district": ["เมืองบุรีรัมย์ครับ"],
        "subdistrict": ["บัวทองครับ"],
        "when": ["ช่วงออกพรรษาครับ", "ปลายเดือนตุลาครับ"],
        "what": ["งานแข่งเรือออกพรรษา เบิกงบสองแสน แต่จัดจริงไม่กี่หมื่น เรือมาแข่งแค่สามลำครับ"],
        "what_more": ["หมดแล้วครับ"],
        "evidence": ["ไม่มีครับ"],
        "witnesses": ["คณะกรรมการวัดครับ"],
        "reported": ["ไม่เคยครับ"],
        "identity": ["ไม่บอกครับ"],
        "summary": ["ถูกต้องครับ"],
    },
    Meant(
        kind=("budget",),
        agency=("อบต.บัวทอง",),
        official=("กำนัน",),
        district="3101",
        subdistrict="310119",
        date=("2026-10-20", "2026-10-31"),
        story=("แข่งเรือ",),
        witnesses="กรรมการวัด",
        reported=False,
        anonymous=True,
    ),
    yes="ใช่ครับ",
)

# ---------------------------------------------------------------- sealed

TEACHER_DIRECTOR = Villager(
    "ครูสุภาพร: a temporary teacher reporting her director's kickbacks",
    {
        "none": ["อยากร้องเรียน ผอ.โรงเรียนค่ะ", "แจ้งเรื่อง"],
        "story": ["แจ้งค่ะ"],
        "consent": ["ยินยอมค่ะ"],
        "kind": ["ผอ.หักเงินเดือนครูอัตราจ้างเข้ากระเป๋าตัวเองค่ะ", "เรียกเงิน"],
        "agency": ["โรงเรียนบ้านโคกตูมค่ะ"],
        "official": ["ผู้อำนวยการโรงเรียนค่ะ"],
        "district": ["ประโคนชัยค่ะ"],
        "subdistrict": ["โคกตูมค่ะ"],
        "when": ["ทุกเดือนตั้งแต่มิถุนายนค่ะ ล่าสุด 30 พ.ย.", "30 พ.ย. ค่ะ"],
        "what": ["ผอ.ให้ครูอัตราจ้างสามคนคืนเงินเดือนละ 1,500 บาท บอกว่าเป็นค่าที่ได้จ้างต่อ ใครไม่ให้จะไม่ต่อสัญญาค่ะ"],
        "what_more": ["ไม่มีค่ะ"],
        "evidence": [photo(), "หมดแล้วค่ะ"],
        "witnesses": ["ครูอัตราจ้างอีกสองคนค่ะ"],
        "reported": ["เคยบอกเขตพื้นที่การศึกษาแล้วค่ะ แต่เงียบ", "เคยค่ะ"],
        "reported_to": ["สพป.บุรีรัมย์ เขต 2 ค่ะ"],
        "reported_ref": ["ไม่มีค่ะ"],
        "identity": ["บอกชื่อได้ค่ะ", "บอกชื่อ"],
        "name": ["สุภาพร ทองมา"],
        "phone": ["0623334455"],
        "summary": ["ถูกต้องค่ะ ส่งเลย"],
    },
    Meant(
        kind=("bribery", "budget", "abuse"),
        agency=("โรงเรียนบ้านโคกตูม",),
        official=("ผู้อำนวยการ", "ผอ"),
        district="3107",
        subdistrict="310719",
        date=("2026-06-01", "2026-11-30"),
        story=("ครูอัตราจ้าง",),
        witnesses="อัตราจ้าง",
        reported=True,
        reported_to="สพป",
        anonymous=False,
        name="สุภาพร ทองมา",
        phone="0623334455",
        evidence=1,
    ),
    opening=(
        "สวัสดีค่ะ ดิฉันเป็นครูอัตราจ้างโรงเรียนบ้านโคกตูม ต.โคกตูม อ.ประโคนชัยค่ะ "
        "ผอ.โรงเรียนให้ครูอัตราจ้างทุกคนคืนเงินเดือนละ 1,500 บาท ตั้งแต่เดือนมิถุนายน "
        "ใครไม่ให้จะไม่ต่อสัญญาค่ะ",
    ),
)

PHONE_IN_STORY = Villager(
    "พี่วิชัย: gives his phone number in the middle of the story",
    {
        "story": ["แจ้งครับ"],
        "none": ["แจ้งเรื่องครับ"],
        "consent": ["ตกลงครับ"],
        "kind": ["เอาของหลวงไปใช้ส่วนตัวครับ"],
        "agency": ["อบต.ไทยเจริญครับ"],
        "official": ["นายก อบต.ครับ"],
        "district": ["ปะคำครับ"],
        "subdistrict": ["ไทยเจริญครับ"],
        "when": ["ทุกอาทิตย์ ล่าสุดวันอาทิตย์ที่แล้วครับ", "29 พ.ย."],
        "what": ["รถบรรทุกน้ำของ อบต. ไปรดสวนทุเรียนนายกทุกอาทิตย์ ชาวบ้านขอน้ำกลับบอกว่ารถเสียครับ"],
        "what_more": ["หมดแล้วครับ"],
        "evidence": [photo(), "ครบแล้วครับ"],
        "witnesses": ["ลุงสิงห์ คนขับรถน้ำเองครับ"],
        "reported": ["ไม่เคยครับ"],
        "identity": ["บอกชื่อได้ครับ"],
        "name": ["วิชัย พรมดี"],
        "phone": ["0897654321"],
        "summary": ["ส่งเลยครับ"],
    },
    Meant(
        kind=("budget", "abuse"),
        agency=("อบต.ไทยเจริญ",),
        official=("นายก",),
        district="3112",
        subdistrict="311202",
        date=("2026-11-22", "2026-11-29"),
        story=("ทุเรียน",),
        witnesses="ลุงสิงห์",
        reported=False,
        anonymous=False,
        name="วิชัย พรมดี",
        phone="0897654321",
        evidence=1,
    ),
    opening=(
        "สวัสดีครับ ผมชื่อวิชัย เบอร์ 089-765-4321 นะครับ โทรกลับได้ "
        "จะแจ้งว่านายก อบต.ไทยเจริญ เอารถน้ำของ อบต. ไปรดสวนทุเรียนตัวเองครับ",
    ),
    yes="ใช่ครับ",
)

CHANGES_HER_MIND = Villager(
    "น้องแพร: changes her mind about photos, her name, and having reported before",
    {
        "none": ["แจ้งเรื่องค่ะ"],
        "story": ["แจ้งค่ะ"],
        "consent": ["ได้ค่ะ"],
        "kind": ["ฮั้วค่ะ", "ฮั้วประมูล"],
        "agency": ["อบต.หนองแวงค่ะ"],
        "official": ["นายกค่ะ"],
        "district": ["ละหานทรายค่ะ"],
        "subdistrict": ["หนองแวงค่ะ"],
        "when": ["ต้นเดือนพฤศจิกาค่ะ", "3 พ.ย."],
        "what": ["ประมูลสร้างลานกีฬา มีสามบริษัทยื่น แต่เป็นของคนเดียวกันหมด ราคาห่างกันพันเดียวค่ะ"],
        "what_more": ["ไม่มีค่ะ"],
        "evidence": [
            "มีรูปค่ะ เดี๋ยวส่ง",
            "เปลี่ยนใจค่ะ ไม่ส่งรูปดีกว่า กลัวเขารู้ว่าใครถ่าย",
            "ไม่มี",
        ],
        "witnesses": ["ไม่มีค่ะ"],
        "reported": ["ไม่เคยค่ะ"],
        "identity": ["บอกชื่อค่ะ"],
        "name": ["เปลี่ยนใจแล้วค่ะ ไม่บอกชื่อดีกว่า", "ไม่บอกชื่อ"],
        "reported_to": ["ที่ว่าการอำเภอละหานทรายค่ะ"],
        "reported_ref": ["ไม่มีค่ะ"],
        "summary": ["เปลี่ยนใจค่ะ จริงๆ เคยไปแจ้งที่อำเภอแล้ว", "ส่งค่ะ", "ส่ง"],
    },
    Meant(
        kind=("procurement",),
        agency=("อบต.หนองแวง",),
        official=("นายก",),
        district="3106",
        subdistrict="310607",
        date=("2026-11-01", "2026-11-10"),
        story=("ลานกีฬา",),
        witnesses="",
        reported=True,
        anonymous=True,
    ),
)

EDITS_THE_SUMMARY = Villager(
    "ลุงประสิทธิ์: corrects the sub-district and the day by typing at the summary",
    {
        "none": ["ร้องเรียนครับ", "แจ้งเรื่อง"],
        "story": ["แจ้งครับ"],
        "consent": ["ยินยอมครับ"],
        "kind": ["เรียกเงินครับ"],
        "agency": ["อบต.เมืองโพธิ์ครับ"],
        "official": ["ผู้ช่วยผู้ใหญ่บ้านครับ"],
        "district": ["ห้วยราชครับ"],
        "subdistrict": ["ห้วยราชาครับ", "เมืองโพธิ์ครับ"],
        "when": ["วันอังคารครับ", "30 พ.ย. ครับ"],
        "what": ["ผู้ช่วยผู้ใหญ่เก็บเงินคนละ 50 บาท ค่าลงชื่อรับน้ำดื่มจากรถแจกน้ำของ อบต. ครับ"],
        "what_more": ["หมดครับ"],
        "evidence": ["ไม่มีครับ"],
        "witnesses": ["ไม่มีครับ"],
        "reported": ["ไม่เคยครับ"],
        "identity": ["ไม่บอกชื่อครับ"],
        "summary": [
            "ตำบลผิดครับ ที่ถูกคือเมืองโพธิ์",
            "แก้วันที่เป็นวันจันทร์ครับ",
            "ส่งครับ",
            "ส่ง",
        ],
    },
    Meant(
        kind=("bribery",),
        agency=("อบต.เมืองโพธิ์",),
        official=("ผู้ช่วยผู้ใหญ่",),
        district="3116",
        subdistrict="311607",
        date=("2026-11-30", "2026-11-30"),
        story=("รถแจกน้ำ",),
        witnesses="",
        reported=False,
        anonymous=True,
    ),
    yes="ใช่ครับ",
)

ENGLISH_DAUGHTER_IN_LAW = Villager(
    "Jenny: English, a queue-jumping fee at Satuek hospital",
    {
        "none": ["I'd like to report a bribe at the hospital", "I want to file a complaint"],
        "story": ["yes please", "yes"],
        "consent": ["I agree", "ok"],
        "kind": ["bribery"],
        "agency": ["Satuek Hospital"],
        "official": ["a nurse at the front desk"],
        "district": ["Satuek"],
        "subdistrict": ["Satuek", "Satuek subdistrict, in town", "don't know"],
        "when": ["last Friday", "27 November"],
        "what": [
            "A nurse told my mother-in-law she had to pay 1000 baht to see the doctor the "
            "same day, otherwise wait two weeks. She paid and got no receipt."
        ],
        "what_more": ["no, that's everything"],
        "evidence": ["no photos", "none"],
        "witnesses": ["my husband Somchai"],
        "reported": ["no", "never"],
        "identity": ["I'd rather stay anonymous", "anonymous"],
        "summary": ["looks right, send it", "send"],
    },
    Meant(
        kind=("bribery",),
        agency=("รพ.สตึก", "โรงพยาบาลสตึก", "Satuek Hospital"),
        official=("nurse", "พยาบาล"),
        district="3111",
        subdistrict="311101",
        date=("2026-11-27", "2026-11-27"),
        story=("1000 baht",),
        witnesses="Somchai",
        reported=False,
        anonymous=True,
    ),
    opening=("Hi, do you speak English?",),
    yes="yes",
    speaks="en",
)

DATE_RANGE = Villager(
    "แม่บัวลอย: a span of days for the date",
    {
        "none": ["มีเรื่องจะร้องค่ะ", "แจ้งเรื่อง"],
        "story": ["แจ้งค่ะ"],
        "consent": ["ได้ค่ะ ยินยอม"],
        "kind": ["เก็บเงินใต้โต๊ะค่ะ"],
        "agency": ["อบต.ก้านเหลืองค่ะ"],
        "official": ["ช่างของกองช่างค่ะ"],
        "district": ["นางรองค่ะ"],
        "subdistrict": ["ก้านเหลืองค่ะ"],
        "when": ["ระหว่างวันที่ 10 ถึง 14 พฤศจิกาค่ะ", "10-14 พ.ย."],
        "what": ["ช่างมาตรวจบ้านที่ขออนุญาตต่อเติม บอกต้องจ่าย 3,000 ถึงจะผ่าน มาเก็บหลายวันติดกันจนครบค่ะ"],
        "what_more": ["ไม่มีค่ะ"],
        "evidence": ["ไม่มีค่ะ"],
        "witnesses": ["ลูกสาวอยู่บ้านด้วยค่ะ"],
        "reported": ["ยังค่ะ"],
        "identity": ["ไม่บอกชื่อนะคะ"],
        "summary": ["ถูกแล้วค่ะ ส่งเลย"],
    },
    Meant(
        kind=("bribery",),
        agency=("อบต.ก้านเหลือง",),
        official=("ช่าง",),
        district="3104",
        subdistrict="310415",
        date=("2026-11-10", "2026-11-14"),
        story=("ต่อเติม",),
        witnesses="ลูกสาว",
        reported=False,
        anonymous=True,
    ),
)

VILLAGERS = {
    "isan_grandmother_fragments": ISAN_GRANDMOTHER,
    "typos_thai_digit_phone": TYPING_FAST,
    "gravel_road_four_messages": GRAVEL_ROAD,
    "pond_facebook_post": SHARES_A_POST,
    "asks_everything": ASKS_EVERYTHING,
    "threatened_twice": THREATENED_TWICE,
    "festival_date": FESTIVAL_DATE,
    "teacher_reports_director": TEACHER_DIRECTOR,
    "phone_in_story": PHONE_IN_STORY,
    "changes_her_mind": CHANGES_HER_MIND,
    "edits_the_summary": EDITS_THE_SUMMARY,
    "english_hospital": ENGLISH_DAUGHTER_IN_LAW,
    "date_range": DATE_RANGE,
}

#: Failures of these are described to whoever fixes the conversation.
DIAG = {
    "isan_grandmother_fragments",
    "typos_thai_digit_phone",
    "gravel_road_four_messages",
    "pond_facebook_post",
    "asks_everything",
    "threatened_twice",
    "festival_date",
}
#: Only counted: nobody fixing the conversation reads how these fail.
SEALED = set(VILLAGERS) - DIAG
