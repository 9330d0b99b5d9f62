"""Held-out villagers, round 5 (issue 16, "a villager understood"): fourteen new people written
by a tester who read neither the bot's rules nor its word lists nor its training examples,
played by the driver of the first held-out people (`heldout_personas.play`). Half are "diag"
(their failures are told to whoever fixes the conversation), half "sealed" (only counted, so
the fix is not fitted to them).

Dates are as said on Friday 4 December 2026 (BE 2569); where a phrase can honestly mean more
than one day ("วันพุธที่แล้ว" said on a Friday), the span covers every reading.
"""

from __future__ import annotations

from tests.integration.handlers.complaint.heldout_personas import Meant, Villager, asks, threat
from tests.integration.handlers.complaint.heldout_personas_round3 import (
    FREE,
    NAME_OPTIONAL,
    NOT_TOLD,
)
from tests.integration.handlers.complaint.personas import photo

# ---------------------------------------------------------------- diag

# Northern Khmer words as spoken in Prakhon Chai: ซม = ask for, ลุย = money, อ็อต = not,
# เมียน = have, เดิง = know, ทไงจันทร์ = Monday, บาท = yes.
KHMER_GRANDMOTHER = Villager(
    "ยายเจือ: Northern Khmer words in her Thai, Prakhon Chai, a fee for a land letter",
    {
        "none": ["ยายจะแจ้งเรื่องเด้อ", "แจ้งเรื่อง"],
        "story": ["แจ้ง"],
        "consent": ["บาท ยอม", "ยินยอม"],
        "kind": ["เจ้าหน้าที่ซมลุยยาย", "เรียกเงิน"],
        "agency": ["อบต.ไพศาล"],
        "official": ["เจ้าหน้าที่ อบต. ผู้ชาย ยายอ็อตเดิงชื่อ", "เจ้าหน้าที่ อบต."],
        "district": ["ประโคนชัย"],
        "subdistrict": ["ไพศาล"],
        "when": ["ทไงจันทร์นี้", "วันจันทร์"],
        "what": ["ยายไปขอหนังสือรับรองที่ดิน เจ้าหน้าที่ซมลุยสามพัน ยายอ็อตเมียนลุย เขาก็ไม่ออกหนังสือให้"],
        "what_more": ["อ็อตเมียนเท", "ไม่มี"],
        "evidence": ["อ็อตเมียน", "ไม่มี"],
        "witnesses": ["หลานสาวยายไปด้วย"],
        "reported": ["อ็อตเคย", "ไม่เคย"],
        "identity": ["อ็อตบอกชื่อ", "ไม่บอกชื่อ"],
        "name": ["อ็อตบอกชื่อ", "ไม่บอกชื่อ"],  # asked for her name after saying she would not
        "summary": ["บาท ถูกแล้ว", "ส่ง"],
    },
    Meant(
        kind=("bribery",),
        agency=("อบต.ไพศาล",),
        official=("เจ้าหน้าที่",),
        district="3107",
        subdistrict="310713",
        date=("2026-11-30", "2026-11-30"),
        story=("สามพัน",),
        witnesses="หลานสาว",
        reported=False,
        anonymous=True,
    ),
    yes="บาท ใช่",
)

FIVE_BUBBLES = Villager(
    "บ่าวต้น: the story in five short bubbles with emoji, a water fee in Satuek",
    {
        "story": ["แจ้งครับ 👍", "แจ้ง"],
        "none": ["แจ้งเรื่องครับ"],
        "consent": ["ยินยอมครับ ✅", "ยินยอม"],
        "kind": ["เก็บเงินเกินครับ 💰", "เรียกเงิน"],
        "agency": ["ขึ้นกับ อบต.ดอนมนต์ครับ 🏢", "อบต.ดอนมนต์"],
        "official": ["ผู้ใหญ่บ้านหมู่ 5 ครับ 👨"],
        "district": ["สตึกครับ 📍"],
        "subdistrict": ["ดอนมนต์ครับ"],
        "when": ["ทุกเดือนครับ ล่าสุดเดือนพฤศจิกา 📅", "พฤศจิกายน"],
        "what": ["ผู้ใหญ่เก็บค่าน้ำเดือนละ 150 บาท แต่มิเตอร์บอก 40 บาท เงินส่วนเกินไม่รู้ไปไหนครับ 😡"],
        "what_more": ["ไม่มีครับ 🙏"],
        "evidence": [photo(), "หมดแล้วครับ 📷", "เสร็จแล้ว"],
        "witnesses": ["เพื่อนบ้านทั้งหมู่ 5 ครับ 🏘️"],
        "reported": ["ไม่เคยครับ ❌"],
        "identity": ["ไม่บอกชื่อครับ 🤐"],
        "summary": ["ถูกครับ ✅ ส่งเลย 🚀", "ส่ง"],
    },
    Meant(
        kind=("bribery", "budget"),
        agency=("อบต.ดอนมนต์",),
        official=("ผู้ใหญ่บ้าน",),
        district="3111",
        subdistrict="311109",
        date=("2026-11-01", "2026-11-30"),
        story=("มิเตอร์",),
        witnesses="หมู่ 5",
        reported=False,
        anonymous=True,
        evidence=1,
    ),
    opening=(
        "หวัดดีครับ 🙏",
        "ผู้ใหญ่บ้านหมู่ 5 บ้านหนองเสม็ด 😤",
        "เก็บเงินค่าน้ำประปาหมู่บ้าน 💸",
        "เดือนละ 150 ทั้งที่มิเตอร์บอกแค่ 40 บาท 🤬",
        "ต.ดอนมนต์ อ.สตึก ครับ 📍",
    ),
    yes="ใช่ครับ",
)

TEACHER_ASKS_FIRST = Villager(
    "ครูประภา: asks three questions before she answers anything, her director's cut of wages",
    {
        "none": ["ครูมีเรื่องจะร้องเรียนค่ะ", "แจ้งเรื่อง"],
        "story": ["แจ้งค่ะ"],
        "consent": [
            asks("ครูต้องบอกชื่อจริงด้วยหรือเปล่าคะ", NAME_OPTIONAL),
            asks("ถ้าแจ้งไป ท่าน ผอ. จะรู้ไหมคะว่าเป็นครู", NOT_TOLD),
            asks("แล้วการแจ้งแบบนี้มีค่าใช้จ่ายไหมคะ", FREE),
            "ยินยอมค่ะ",
            "ยินยอม",
        ],
        "kind": ["ผอ.หักเงินค่าจ้างครูอัตราจ้างเข้ากระเป๋าตัวเองค่ะ", "โกงเงิน"],
        "agency": ["โรงเรียนบ้านโนนเจริญค่ะ"],
        "official": ["ผอ.โรงเรียนค่ะ"],
        "district": ["บ้านกรวดค่ะ"],
        "subdistrict": ["โนนเจริญค่ะ"],
        "when": ["ทุกเดือนตั้งแต่มิถุนาค่ะ ล่าสุดเดือนที่แล้ว", "พฤศจิกายน"],
        "what": ["ครูอัตราจ้างเซ็นรับเงินเดือน 9,000 แต่ได้จริง 6,000 ผอ.บอกว่าหักเข้ากองกลาง ไม่มีใบเสร็จค่ะ"],
        "what_more": ["ไม่มีค่ะ"],
        "evidence": ["ไม่มีค่ะ"],
        "witnesses": ["ครูอัตราจ้างด้วยกันอีกสองคนเห็นค่ะ"],
        "reported": ["ยังไม่เคยค่ะ"],
        "identity": ["ปิดชื่อไว้ก่อนนะคะ", "ไม่บอกชื่อ"],
        "summary": ["ถูกต้องค่ะ ส่งได้เลย", "ส่ง"],
    },
    Meant(
        kind=("budget", "bribery"),
        official=("ผอ",),
        district="3108",
        subdistrict="310802",
        date=("2026-06-01", "2026-11-30"),
        story=("9,000",),
        witnesses="อัตราจ้าง",
        reported=False,
        anonymous=True,
    ),
)

THREAT_AT_SIX = Villager(
    "พี่บุญชู: a threat arrives with his sixth message (asked who did it), a land-scheme fee",
    {
        "none": ["จะแจ้งเรื่องกำนันครับ", "แจ้งเรื่อง"],
        "story": ["แจ้งครับ"],
        "consent": ["ยินยอมครับ"],
        "kind": ["กำนันเก็บเงินค่าเข้าโครงการโคกหนองนาครับ", "เรียกเงิน"],
        "agency": ["อบต.จันดุมครับ"],
        "official": [
            threat("ขอโทษที่พิมพ์ช้าครับ เมื่อกี้ลูกน้องกำนันขี่รถมาจอดหน้าบ้าน ตะโกนว่ามึงอย่าซ่าให้มาก"),
            "กำนันครับ",
        ],
        "district": ["พลับพลาชัยครับ"],
        "subdistrict": ["จันดุมครับ"],
        "when": ["เดือนกันยาครับ", "กันยายน"],
        "what": ["กำนันเก็บหัวละ 3,000 บาท บอกว่าเป็นค่าเข้าโครงการโคกหนองนา ใครไม่จ่ายไม่ได้เข้าครับ"],
        "what_more": ["ไม่มีครับ"],
        "evidence": ["ไม่มีครับ"],
        "witnesses": ["คนในหมู่บ้านที่จ่ายไปสิบกว่าคนครับ"],
        "reported": ["ไม่เคยครับ"],
        "identity": ["ไม่บอกชื่อครับ"],
        "summary": ["ส่งครับ", "ส่ง"],
    },
    Meant(
        kind=("bribery",),
        agency=("อบต.จันดุม",),
        official=("กำนัน",),
        district="3115",
        subdistrict="311501",
        date=("2026-09-01", "2026-09-30"),
        story=("โคกหนองนา",),
        witnesses="สิบกว่าคน",
        reported=False,
        anonymous=True,
    ),
    yes="ใช่ครับ",
)

DAUGHTER_FOR_FATHER = Villager(
    "น้องแพร: files for her father, who paid a clerk at the district office; gives her own name",
    {
        "none": ["หนูจะแจ้งเรื่องแทนพ่อค่ะ", "แจ้งเรื่อง"],
        "story": ["แจ้งค่ะ"],
        "consent": ["ยินยอมค่ะ"],
        "kind": ["เจ้าหน้าที่เรียกเงินพ่อค่ะ", "เรียกเงิน"],
        "agency": ["ที่ว่าการอำเภอนาโพธิ์ค่ะ", "อำเภอนาโพธิ์"],
        "official": ["เสมียนที่ทำเรื่องโฉนดค่ะ พ่อจำชื่อไม่ได้"],
        "district": ["นาโพธิ์ค่ะ"],
        "subdistrict": ["บ้านพ่ออยู่ ต.บ้านดู่ค่ะ", "บ้านดู่"],
        "when": ["พ่อบอกว่าวันพุธที่แล้วค่ะ", "25 พ.ย."],
        "what": [
            "พ่อไปทำเรื่องแบ่งแยกโฉนดให้หลาน เสมียนบอกต้องจ่ายค่าเร่งงาน 4,000 บาท ไม่งั้นรอเป็นปี "
            "พ่อจ่ายไปแล้ว ไม่มีใบเสร็จค่ะ"
        ],
        "what_more": ["ไม่มีค่ะ"],
        "evidence": ["ไม่มีค่ะ"],
        "witnesses": ["แม่ไปด้วยค่ะ"],
        "reported": ["ยังค่ะ"],
        "identity": ["ใส่ชื่อหนูได้ค่ะ พ่อไม่ถนัดพิมพ์", "บอกชื่อ"],
        "name": ["แพรวา ชัยมงคล"],
        "phone": ["๐๖๕-๔๓๒-๑๑๙๘"],
        "summary": ["ถูกต้องค่ะ", "ส่ง"],
    },
    Meant(
        kind=("bribery",),
        official=("เสมียน",),
        district="3113",
        subdistrict="311303",
        date=("2026-11-25", "2026-12-02"),
        story=("โฉนด",),
        witnesses="แม่",
        reported=False,
        anonymous=False,
        name="แพรวา ชัยมงคล",
        phone="0654321198",
    ),
)

VOICE_TYPED = Villager(
    "ลุงเสาร์: dictates by voice, no spaces, the full stop spoken as 'จุด'",
    {
        "none": ["แจ้งเรื่องทุจริตถนนครับ", "แจ้งเรื่อง"],
        "story": ["แจ้งครับ"],
        "consent": ["ยินยอมครับ"],
        "kind": ["ผู้รับเหมาทำถนนไม่ได้ตามแบบครับ", "ฮั้วประมูล"],
        "agency": ["องค์การบริหารส่วนตำบลเมืองแกครับ"],
        "official": ["นายกอบตครับ"],
        "district": ["อำเภอสตึกครับ"],
        "subdistrict": ["ตำบลเมืองแกครับ"],
        "when": ["เมื่อเดือนที่แล้วครับ", "พฤศจิกายน"],
        "what": [
            "ถนนลาดยางสายบ้านเมืองแกไปบ้านหนองโดนยาวสองกิโลงบเก้าแสนกว่าบาทยางบางนิดเดียว"
            "ใช้ไม่ถึงเดือนแตกเป็นหลุมหมดแล้วครับจุด"
        ],
        "what_more": ["ไม่มีครับ"],
        "evidence": [photo(), photo(), "หมดแล้วครับ"],
        "witnesses": ["ชาวบ้านที่ใช้ถนนทุกคนครับ"],
        "reported": ["ไม่เคยครับ"],
        "identity": ["ไม่บอกชื่อครับ"],
        "summary": ["ถูกต้องครับส่งเลยครับ", "ส่ง"],
    },
    Meant(
        kind=("procurement", "budget"),
        agency=("อบต.เมืองแก",),
        official=("นายก",),
        district="3111",
        subdistrict="311104",
        date=("2026-11-01", "2026-11-30"),
        story=("ลาดยาง",),
        witnesses="ชาวบ้าน",
        reported=False,
        anonymous=True,
        evidence=2,
    ),
    opening=("สวัสดีครับผมอยากแจ้งเรื่องถนนลาดยางที่อบตเมืองแกทำใหม่แตกหมดแล้วครับจุด",),
    yes="ใช่ครับ",
)

CORRECTS_DISTRICT_TWICE = Villager(
    "ป้าสมร: gives her own district, then corrects it twice from the summary",
    {
        "none": ["ร้องเรียนนายกค่ะ", "แจ้งเรื่อง"],
        "story": ["แจ้งค่ะ"],
        "consent": ["ยินยอมค่ะ"],
        "kind": ["เอาของหลวงไปใช้ส่วนตัวค่ะ", "ใช้งบผิด"],
        "agency": ["อบต.ส้มป่อยค่ะ"],
        "official": ["นายก อบต.ค่ะ"],
        "district": ["นางรองค่ะ"],
        # Asked again after her first correction, she sees the district is still wrong.
        "subdistrict": ["ส้มป่อยค่ะ", "ขอโทษค่ะ แก้อำเภออีกทีนะคะ ที่ถูกคือโนนดินแดง", "ส้มป่อย"],
        "when": ["เดือนมีนาค่ะ", "มีนาคม 2569"],
        "what": ["หน้าแล้งชาวบ้านขอเครื่องสูบน้ำของ อบต. ไม่ได้เลย เพราะนายกเอาไปสูบน้ำเข้าไร่อ้อยตัวเองทั้งเดือนค่ะ"],
        "what_more": ["ไม่มีค่ะ"],
        "evidence": ["ไม่มีค่ะ"],
        "witnesses": ["คนงานตัดอ้อยค่ะ"],
        "reported": ["ไม่เคยค่ะ"],
        "identity": ["ไม่บอกชื่อค่ะ"],
        "summary": ["เปลี่ยนอำเภอเป็นเฉลิมพระเกียรติค่ะ", "ถูกต้องค่ะ ส่งได้", "ส่ง"],
    },
    Meant(
        kind=("budget", "abuse"),
        agency=("อบต.ส้มป่อย",),
        official=("นายก",),
        district="3120",
        subdistrict="312002",
        date=("2026-03-01", "2026-03-31"),
        story=("เครื่องสูบน้ำ",),
        witnesses="คนงาน",
        reported=False,
        anonymous=True,
    ),
)

# ---------------------------------------------------------------- sealed

LINE_GROUP_MESSAGE = (
    "[กลุ่มไลน์ หมู่ 9 บ้านสระทอง] ลุงเดช: ใครยังไม่ได้เงินช่วยเหลือน้ำท่วม 5,000 บาท บ้าง ยกมือหน่อย 🙋 "
    "ผู้ช่วยผู้ใหญ่บ้านเอารายชื่อไปส่งอำเภอ แต่ใส่ชื่อญาติตัวเองที่น้ำไม่ท่วมไป 12 หลัง "
    "บ้านที่ท่วมจริงตกหล่นเกือบหมด ประชุมเมื่อวันที่ 10 พ.ย. ก็ไม่ยอมให้ดูรายชื่อ "
    "ต.สระทอง อ.หนองหงส์ ฝากแอดมินแจ้งด้วยนะครับ 🙏"
)

PASTES_LINE_GROUP = Villager(
    "พี่จิ๊บ: pastes a long message from the village LINE group about flood relief",
    {
        "story": ["แจ้งค่ะ"],
        "none": ["จะแจ้งเรื่องในข้อความนี้ค่ะ"],
        "consent": ["ยินยอมค่ะ"],
        "kind": ["ใส่ชื่อญาติรับเงินน้ำท่วมค่ะ", "เอื้อประโยชน์พวกพ้อง"],
        "agency": ["ส่งรายชื่อผ่านอำเภอหนองหงส์ค่ะ", "อำเภอหนองหงส์"],
        "official": ["ผู้ช่วยผู้ใหญ่บ้านหมู่ 9 ค่ะ"],
        "district": ["หนองหงส์ค่ะ"],
        "subdistrict": ["สระทองค่ะ"],
        "when": ["10 พ.ย. ค่ะ วันประชุม", "10 พ.ย."],
        "what": ["ตามข้อความในกลุ่มเลยค่ะ " + LINE_GROUP_MESSAGE],
        "what_more": ["ไม่มีค่ะ"],
        "evidence": [photo(), "แค่นี้ค่ะ"],
        "witnesses": ["ชาวบ้านหมู่ 9 ที่น้ำท่วมค่ะ"],
        "reported": ["ยังค่ะ"],
        "identity": ["ขอไม่ออกชื่อค่ะ", "ไม่บอกชื่อ"],
        "summary": ["ส่งค่ะ", "ส่ง"],
    },
    Meant(
        kind=("conflict", "budget", "abuse"),
        official=("ผู้ช่วยผู้ใหญ่",),
        district="3114",
        subdistrict="311407",
        date=("2026-11-10", "2026-11-10"),
        story=("น้ำท่วม",),
        witnesses="หมู่ 9",
        reported=False,
        anonymous=True,
        evidence=1,
    ),
    opening=(LINE_GROUP_MESSAGE,),
)

NO_THAI_KEYBOARD = Villager(
    "Kaew: a borrowed phone with no Thai keyboard, Thai written in Latin letters",
    {
        "none": ["sawatdee kha, yak rong rian", "jaeng rueang"],
        "story": ["jaeng kha", "1"],
        "consent": ["yin yom kha", "ok"],
        "kind": ["riak ngern kha bia khon chara", "bribe"],
        "agency": ["obt ta pek", "อบต.ตาเป๊ก"],
        "official": ["phu chuay phu yai ban", "ผู้ช่วยผู้ใหญ่บ้าน"],
        "district": ["chaloem phra kiat", "เฉลิมพระเกียรติ"],
        "subdistrict": ["ta pek", "ตาเป๊ก"],
        "when": ["wan jan kha", "30 พ.ย."],
        "what": [
            "phu chuay kep ngern khon chara khon la 100 baht tuk duean tha mai jai ja tad chue kha"
        ],
        "what_more": ["mai mee kha"],
        "evidence": ["mai mee kha"],
        "witnesses": ["yai mali kab ta sai kha"],
        "reported": ["mai koei kha"],
        "identity": ["kho mai bok chue na kha", "ไม่บอกชื่อ"],
        "summary": ["tuk laew kha song dai", "ส่ง"],
    },
    Meant(
        kind=("bribery",),
        agency=("อบต.ตาเป๊ก", "obt ta pek"),
        official=("ผู้ช่วย", "phu chuay"),
        district="3123",
        subdistrict="312302",
        date=("2026-11-30", "2026-11-30"),
        story=("100",),
        witnesses="mali",
        reported=False,
        anonymous=True,
    ),
    yes="chai kha",
)

SONGKRAN_DATE = Villager(
    "ตาสุข: the date as a festival (ช่วงสงกรานต์, 13-15 April 2026), a water tanker's fee",
    {
        "none": ["จะแจ้งเรื่องรถน้ำครับ", "แจ้งเรื่อง"],
        "story": ["แจ้งครับ"],
        "consent": ["ยินยอมครับ"],
        "kind": ["คนขับรถน้ำเรียกเงินครับ", "เรียกเงิน"],
        "agency": ["อบต.บึงเจริญครับ"],
        "official": ["คนขับรถบรรทุกน้ำของ อบต.ครับ"],
        "district": ["บ้านกรวดครับ"],
        "subdistrict": ["บึงเจริญครับ"],
        "when": ["ช่วงสงกรานต์ปีนี้ครับ", "13 เม.ย."],
        "what": [
            "หน้าแล้งช่วงสงกรานต์ อบต.ประกาศแจกน้ำฟรี แต่คนขับรถน้ำเรียกเที่ยวละ 300 บาท ใครไม่จ่ายไม่มาส่งครับ"
        ],
        "what_more": ["ไม่มีครับ"],
        "evidence": ["ไม่มีครับ"],
        "witnesses": ["ลุงจันกับป้าหอมครับ"],
        "reported": ["ยังไม่เคยครับ"],
        "identity": ["ไม่บอกชื่อครับ"],
        "summary": ["ถูกต้องครับ", "ส่ง"],
    },
    Meant(
        kind=("bribery",),
        agency=("อบต.บึงเจริญ",),
        official=("คนขับ",),
        district="3108",
        subdistrict="310807",
        date=("2026-04-13", "2026-04-15"),
        story=("300",),
        witnesses="ลุงจัน",
        reported=False,
        anonymous=True,
    ),
    yes="ใช่ครับ",
)

EVERYTHING_IN_ISAN = (
    "สวัสดีเด้อลูก พ่อสิแจ้งเรื่องปลัด อบต.ดงพลอง อ.แคนดง มื้อซืนนี่ พ่อไปขอใบอนุญาตปลูกเถียงนาใหม่ "
    "ปลัดเพิ่นว่าต้องจ่ายค่าน้ำร้อนน้ำชา 2,000 บาท บ่จ่ายบ่เซ็นให้ แม่ใหญ่บุญไปนำ เห็นอยู่ "
    "พ่อบ่เคยแจ้งไสจักเทื่อ บ่อยากบอกซื่อเด้อ"
)

EVERYTHING_FIRST = Villager(
    "พ่อใหญ่คำ: everything in one long first message, in Isan",
    {
        "story": ["แจ้งเลยลูก", "แจ้ง"],
        "none": ["แจ้งเรื่อง"],
        "consent": ["ยอมเด้อ", "ยินยอม"],
        "kind": ["เพิ่นเฮียกเงิน", "เรียกเงิน"],
        "agency": ["อบต.ดงพลอง"],
        "official": ["ปลัดนั่นล่ะ เว้าแล้ว", "ปลัด อบต."],
        "district": ["แคนดง"],
        "subdistrict": ["ดงพลอง"],
        "when": ["มื้อซืน", "2 ธ.ค."],
        "what": ["เว้าแล้วเด้อ ปลัดเฮียกเงิน 2,000 ค่าเซ็นใบอนุญาตปลูกเถียงนา"],
        "what_more": ["บ่มีแล้ว"],
        "evidence": ["บ่มี"],
        "witnesses": ["แม่ใหญ่บุญ"],
        "reported": ["บ่เคย"],
        "identity": ["บ่บอกซื่อ", "ไม่บอกชื่อ"],
        "summary": ["แม่นแล้ว ส่งโลด", "ส่ง"],
    },
    Meant(
        kind=("bribery",),
        agency=("อบต.ดงพลอง",),
        official=("ปลัด",),
        district="3122",
        subdistrict="312202",
        date=("2026-12-02", "2026-12-02"),
        story=("เถียงนา",),
        witnesses="แม่ใหญ่บุญ",
        reported=False,
        anonymous=True,
    ),
    opening=(EVERYTHING_IN_ISAN,),
    yes="แม่นแล้ว",
)

ENGLISH_IN_LAW = Villager(
    "Sarah: English, her mother-in-law paid to be put on a free eye-surgery list",
    {
        "none": [
            "Hi, I'd like to report something our village headman did",
            "I want to file a complaint",
        ],
        "story": ["yes please", "report"],
        "consent": [asks("is it free to report?", FREE), "I agree", "yes"],
        "kind": ["he sells places on the free cataract surgery list", "bribery"],
        "agency": ["he is the headman, not an office", "the district office"],
        "official": ["the village headman of Moo 3"],
        "district": ["Lam Plai Mat"],
        "subdistrict": ["Talat Pho"],
        "when": ["the last week of October", "October 2026"],
        "what": [
            "The hospital sent a free eye-surgery list for old people. The headman told families "
            "they had to pay 1,500 baht to be put on it. My mother-in-law paid."
        ],
        "what_more": ["nothing more"],
        "evidence": ["no photos", "none"],
        "witnesses": ["my husband was there"],
        "reported": ["no, never"],
        "identity": ["please keep me anonymous", "anonymous"],
        "summary": ["that's right, please send", "send"],
    },
    Meant(
        kind=("bribery",),
        official=("headman", "ผู้ใหญ่บ้าน"),
        district="3110",
        subdistrict="311005",
        date=("2026-10-01", "2026-10-31"),
        story=("1,500",),
        witnesses="husband",
        reported=False,
        anonymous=True,
    ),
    yes="yes",
    speaks="en",
)

WIDOW_TYPOS = Villager(
    "ป้าสมหวัง: typos and Thai digits, names herself, a funeral grant cut by the headman",
    {
        "none": ["จะแจ้งเรืองค่ะ", "แจ้งเรื่อง"],
        "story": ["แจ้งค่ะ"],
        "consent": ["ยินยอมคะ"],
        "kind": ["หักเงินชวยงานศพค่ะ", "เรียกเงิน"],
        "agency": ["อบตละลวดค่ะ"],
        "official": ["ผูใหญ่บ้านค่ะ"],
        "district": ["ชำนิคะ"],
        "subdistrict": ["ละลวดคะ"],
        "when": ["๑๔ พย ค่ะ", "14 พ.ย."],
        "what": [
            "สามีเสียเมื่อเดือนก่อน อบต.ให้เงินช่วยงานศพ ๓,๐๐๐ บาท ผูใหญ่บ้านเป็นคนเอามาให้ "
            "แต่ให้แค่ ๒,๐๐๐ บอกว่าหักค่าดำเนินการคะ"
        ],
        "what_more": ["ไม่มีคะ"],
        "evidence": ["ไม่มีคะ"],
        "witnesses": ["ลูกสาวอยู่ด้วยคะ"],
        "reported": ["ไม่เคยคะ"],
        "identity": ["บอกชื่อได้คะ", "บอกชื่อ"],
        "name": ["สมหวัง ทองมา"],
        "phone": ["๐๘๗-๖๕๔-๓๒๑๐"],
        "summary": ["ถูกต้องคะ", "ส่ง"],
    },
    Meant(
        kind=("bribery", "budget"),
        agency=("อบต.ละลวด",),
        official=("ใหญ่บ้าน",),
        district="3118",
        subdistrict="311805",
        date=("2026-11-14", "2026-11-14"),
        story=("งานศพ",),
        witnesses="ลูกสาว",
        reported=False,
        anonymous=False,
        name="สมหวัง ทองมา",
        phone="0876543210",
    ),
)

PAST_THREAT_TOLD = Villager(
    "ลุงเขียว: a threat from last month told at the witnesses step, another through his wife",
    {
        "none": ["ร้องเรียนผู้ใหญ่บ้านครับ", "แจ้งเรื่อง"],
        "story": ["แจ้งครับ"],
        "consent": ["ยินยอมครับ"],
        "kind": ["เอาเงินซ่อมฝายไปแต่ไม่ซ่อมครับ", "โกงงบ"],
        "agency": ["อบต.หูทำนบครับ"],
        "official": ["ผู้ใหญ่บ้านหมู่ 2 ครับ"],
        "district": ["ปะคำครับ"],
        "subdistrict": ["หูทำนบครับ"],
        "when": ["สิงหาที่ผ่านมาครับ", "สิงหาคม 2569"],
        "what": ["ผู้ใหญ่รับงบซ่อมฝายห้วยหิน 80,000 บาทจาก อบต. แต่ไม่มีใครมาซ่อม ฝายยังพังเหมือนเดิมครับ"],
        "what_more": ["ไม่มีครับ"],
        "evidence": ["ไม่มีครับ"],
        "witnesses": [
            threat("เดือนก่อนผู้ใหญ่เคยเอามีดพร้ามาชี้หน้าผมตอนผมไปถามเรื่องฝายครับ"),
            "ชาวนาที่ใช้น้ำฝายทุกคนครับ",
        ],
        "reported": ["ไม่เคยครับ"],
        "identity": [
            threat("เมียบอกว่าเมื่อวานมีคนโทรมาถามว่าผัวอยู่บ้านไหม แล้วหัวเราะใส่ วางสายไปเลย"),
            "ไม่บอกชื่อครับ",
        ],
        "summary": ["ถูกต้องครับ", "ส่ง"],
    },
    Meant(
        kind=("budget",),
        agency=("อบต.หูทำนบ",),
        official=("ผู้ใหญ่บ้าน",),
        district="3112",
        subdistrict="311205",
        date=("2026-08-01", "2026-08-31"),
        story=("ฝาย",),
        witnesses="ชาวนา",
        reported=False,
        anonymous=True,
    ),
    yes="ใช่ครับ",
)

VILLAGERS = {
    "khmer_grandmother": KHMER_GRANDMOTHER,
    "five_bubbles_emoji": FIVE_BUBBLES,
    "teacher_asks_three_first": TEACHER_ASKS_FIRST,
    "threat_at_message_six": THREAT_AT_SIX,
    "daughter_for_father": DAUGHTER_FOR_FATHER,
    "voice_typed": VOICE_TYPED,
    "corrects_district_twice": CORRECTS_DISTRICT_TWICE,
    "pastes_line_group": PASTES_LINE_GROUP,
    "no_thai_keyboard": NO_THAI_KEYBOARD,
    "songkran_date": SONGKRAN_DATE,
    "everything_first_isan": EVERYTHING_FIRST,
    "english_in_law": ENGLISH_IN_LAW,
    "widow_typos_digits": WIDOW_TYPOS,
    "past_threat_told": PAST_THREAT_TOLD,
}

#: Failures of these are described to whoever fixes the conversation.
DIAG = {
    "khmer_grandmother",
    "five_bubbles_emoji",
    "teacher_asks_three_first",
    "threat_at_message_six",
    "daughter_for_father",
    "voice_typed",
    "corrects_district_twice",
}
#: Only counted: nobody fixing the conversation reads how these fail.
SEALED = set(VILLAGERS) - DIAG
