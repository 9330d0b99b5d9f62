"""Held-out villagers, round 6 (issue 16, "a villager understood"): ten new people written by
a tester who read neither the bot's rules nor its word lists nor its training examples, played
by the driver of the first held-out people (`heldout_personas.play`). All ten are SEALED: their
failures are only counted, never described to whoever fixes the conversation, so that no fix
is fitted to them.

Dates are as said on Friday 4 December 2026 (BE 2569). Buddhist days of 2569 (a year with a
second eighth month): Khao Phansa 30 July, Ok Phansa 26 October; where a phrase can honestly
mean more than one day, the span covers every reading.
"""

from __future__ import annotations

from tests.integration.handlers.complaint.heldout_personas import Meant, Villager, threat
from tests.integration.handlers.complaint.personas import photo

TEMPLE_HELPER = Villager(
    "ไวยาวัจกรประยูร: files for the temple, a grant for the sermon hall roof cut on its way",
    {
        "none": ["สวัสดีครับ กระผมเป็นไวยาวัจกรวัดบ้านปะเคียบ หลวงพ่อให้มาแจ้งแทนวัดครับ", "แจ้งเรื่อง"],
        "story": ["แจ้งในนามวัดครับ", "แจ้ง"],
        "consent": ["ทางวัดยินยอมครับ", "ยินยอม"],
        "kind": ["งบซ่อมศาลาวัดโดนหักไประหว่างทางครับ", "โกงงบ"],
        "agency": ["อบต.ปะเคียบเป็นผู้ให้งบครับ", "อบต.ปะเคียบ"],
        "official": ["ท่านนายก อบต.ปะเคียบครับ"],
        "district": ["อำเภอคูเมืองครับผม"],
        "subdistrict": ["ตำบลปะเคียบครับผม"],
        "when": ["ก่อนเข้าพรรษาปีนี้ครับ ราวเดือนกรกฎา", "กรกฎาคม 2569"],
        "what": [
            "อบต.อนุมัติงบซ่อมหลังคาศาลาการเปรียญ 150,000 บาท แต่ถึงมือวัดจริงแค่ 90,000 "
            "ท่านนายกบอกว่าที่เหลือเป็นค่าดำเนินการ แต่ให้หลวงพ่อเซ็นรับเต็มจำนวนครับ"
        ],
        "what_more": ["เท่านี้ครับผม"],
        "evidence": [photo(), photo(), "ส่งใบสำคัญครบแล้วครับ", "เสร็จแล้ว"],
        "witnesses": ["หลวงพ่อเจ้าอาวาสกับกรรมการวัดอีกสามท่านครับ"],
        "reported": ["ทางวัดยังไม่เคยแจ้งที่ใดครับ", "ไม่เคย"],
        "identity": ["ใส่ชื่อกระผมได้ครับ แจ้งในนามวัด", "บอกชื่อ"],
        "name": ["ประยูร ศรีบุญเรือง"],
        "phone": ["086 915 3372"],
        "summary": ["ถูกต้องครับ ขออนุโมทนา", "ส่ง"],
    },
    Meant(
        kind=("budget", "bribery"),
        agency=("อบต.ปะเคียบ",),
        official=("นายก",),
        district="3102",
        subdistrict="310202",
        date=("2026-07-01", "2026-07-31"),
        story=("ศาลา",),
        witnesses="กรรมการวัด",
        reported=False,
        anonymous=False,
        name="ประยูร ศรีบุญเรือง",
        phone="0869153372",
        evidence=2,
    ),
    yes="ใช่ครับผม",
)

FARMER_QUESTIONS_BACK = Villager(
    "ลุงทวี: every answer comes as a question back, a rice-farmer grant skimmed by the headman",
    {
        "none": ["มาแจ้งเรื่องโดนโกงเงินชาวนาได้ที่นี่ใช่ไหมล่ะ?", "แจ้งเรื่อง"],
        "story": ["ก็มาแจ้งนี่ไง จะให้ทำอะไรอีกล่ะ?", "แจ้ง"],
        "consent": ["ไม่ยินยอมแล้วจะมาพิมพ์อยู่ทำไมล่ะ?", "ยินยอม"],
        "kind": ["ก็โกงเงินช่วยชาวนาไง จะเป็นเรื่องอะไรได้อีก?", "โกงเงิน"],
        "agency": ["เงินมันมาจากเกษตรอำเภอห้วยราชไม่ใช่เหรอ?", "เกษตรอำเภอห้วยราช"],
        "official": ["ก็ผู้ใหญ่บ้านหมู่ 7 นั่นแหละ ใครจะกล้าอีกล่ะ?"],
        "district": ["ห้วยราชไง ไม่ได้บอกไปแล้วเหรอ?", "ห้วยราช"],
        "subdistrict": ["สามแวงไง บ้านผมอยู่ตรงนั้นมาทั้งชีวิตไม่ใช่เหรอ?", "สามแวง"],
        "when": ["ก็เดือนก่อนนี้ไง ตอนเงินเข้าบัญชีไม่ใช่เหรอ?", "พฤศจิกายน"],
        "what": [
            "รัฐให้ไร่ละพันไม่ใช่เหรอ? ผมมี 15 ไร่ก็ต้องได้ 15,000 ใช่ไหมล่ะ? "
            "แต่ผู้ใหญ่มาขอสมุดบัญชีไปกดให้ แล้วคืนเงินผมแค่ 10,000 อีกห้าพันหายไปไหนล่ะ?"
        ],
        "what_more": ["จะมีอะไรอีกล่ะ?", "ไม่มี"],
        "evidence": ["เขากดไปเองจะเอารูปมาจากไหนล่ะ?", "ไม่มี"],
        "witnesses": ["เมียผมก็นั่งอยู่ด้วยตอนเขามาเอาสมุดไปไม่ใช่เหรอ?"],
        "reported": ["จะไปแจ้งใครได้ล่ะ ผู้ใหญ่ใหญ่สุดในหมู่บ้านแล้วไม่ใช่เหรอ?", "ไม่เคย"],
        "identity": ["บอกชื่อไปผู้ใหญ่ก็รู้สิ ไม่บอกดีกว่ามั้ย?", "ไม่บอกชื่อ"],
        "summary": ["ถูกแล้วไม่ใช่เหรอ? ส่งไปเลยได้ไหม?", "ส่ง"],
    },
    Meant(
        kind=("budget", "bribery"),
        official=("ผู้ใหญ่บ้าน",),
        district="3116",
        subdistrict="311602",
        date=("2026-11-01", "2026-11-30"),
        story=("15,000",),
        witnesses="เมีย",
        reported=False,
        anonymous=True,
    ),
    yes="ใช่สิ ไม่ใช่แล้วจะพูดเหรอ?",
)

WRONG_DISTRICT_TWICE = Villager(
    "น้องฝน: names the wrong district, corrects it to another wrong one, then to the right one",
    {
        "none": ["ขอแจ้งเรื่องปลัดค่ะ", "แจ้งเรื่อง"],
        "story": ["แจ้งเลยค่ะ หนูรอมานานแล้ว", "แจ้ง"],
        "consent": ["ยินยอมทุกข้อค่ะ", "ยินยอม"],
        "kind": ["ปลัดให้ร้านญาติตัวเองขายของให้ อบต.ค่ะ", "เอื้อประโยชน์พวกพ้อง"],
        # The wrong district comes with the agency; asked for the sub-district she notices,
        # corrects it to her mother's district, then to her own.
        "agency": ["อบต.โคกสูง อำเภอละหานทรายค่ะ"],
        "official": ["ปลัด อบต.โคกสูงค่ะ"],
        "district": ["อ.ละหานทรายตามที่บอกค่ะ", "ขอโทษค่ะ ที่ถูกคือหนองกี่ ไม่ใช่โนนสุวรรณด้วย", "หนองกี่"],
        "subdistrict": [
            "ขอโทษค่ะ เมื่อกี้บอกอำเภอผิด จริงๆ อยู่อำเภอโนนสุวรรณค่ะ",
            "ขอแก้อีกรอบนะคะ หนูสับสนกับบ้านแม่ ที่ถูกคืออำเภอหนองกี่ ตำบลโคกสูงค่ะ",
            "โคกสูง",
        ],
        "when": ["ทั้งปีงบ 2569 เลยค่ะ", "ปี 2569"],
        "what": [
            "วัสดุก่อสร้างกับเครื่องเขียนทุกอย่างที่ อบต.ซื้อ ปลัดสั่งจากร้านพี่สาวตัวเองร้านเดียว "
            "ไม่เคยเทียบราคา ปูนถุงละแพงกว่าร้านอื่นเกือบร้อยค่ะ"
        ],
        "what_more": ["ไม่มีอะไรเพิ่มแล้วค่ะ"],
        "evidence": ["ไม่มีหลักฐานในมือค่ะ", "ไม่มี"],
        "witnesses": ["คนขายปูนร้านข้างๆ รู้ค่ะ"],
        "reported": ["ยังไม่เคยเลยค่ะ", "ไม่เคย"],
        "identity": ["ขอปิดชื่อหนูไว้ค่ะ", "ไม่บอกชื่อ"],
        "summary": ["ถูกหมดแล้วค่ะ ส่งเลย", "ส่ง"],
    },
    Meant(
        kind=("conflict", "procurement"),
        agency=("อบต.โคกสูง",),
        official=("ปลัด",),
        district="3105",
        subdistrict="310509",
        date=("2025-10-01", "2026-12-04"),
        story=("พี่สาว",),
        witnesses="ร้านข้าง",
        reported=False,
        anonymous=True,
    ),
    yes="ใช่แล้วค่ะ อันนี้ถูก",
)

TEEN_SLANG = Villager(
    "น้องบาส: a teenager in slang and short forms (ผญบ., อบตฯ, 555, คับ), a youth football fund",
    {
        "none": ["หวัดดีคับ จะฟ้องเรื่อง ผญบ. อะคับ", "แจ้งเรื่อง"],
        "story": ["แจ้งดิคับ", "แจ้ง"],
        "consent": ["ยอมคับบ 555", "ยินยอม"],
        "kind": ["ผญบ.อมงบบอลเด็กคับ", "โกงเงิน"],
        "agency": ["อบตฯ ลำดวนคับ", "อบต.ลำดวน"],
        "official": ["ผญบ.หมู่ 4 บ้านเราคับ"],
        "district": ["กระสังคับผม"],
        "subdistrict": ["ต.ลำดวนคับผม", "ลำดวน"],
        "when": ["ตอนกีฬาสีปีนี้อะคับ เดือน ก.ย.", "กันยายน"],
        "what": [
            "อบตฯ ให้งบทีมบอลเยาวชนหมู่ 4 มา 30,000 ผญบ.ซื้อเสื้อให้ 20 ตัว ลูกบอล 2 ลูก "
            "ที่เหลือหายเกลี้ยงคับ 555 ขำไม่ออก"
        ],
        "what_more": ["ไม่มีละคับ"],
        "evidence": [photo(), "พอละคับ", "เสร็จแล้ว"],
        "witnesses": ["ทีมบอลหมู่ 4 ทั้งทีมคับ"],
        "reported": ["ยังคับ ไม่กล้าอะ", "ไม่เคย"],
        "identity": ["ไม่บอกชื่อนะคับ เดี๋ยวพ่อรู้ 555", "ไม่บอกชื่อ"],
        "summary": ["โอเคคับ ส่งเลยย", "ส่ง"],
    },
    Meant(
        kind=("budget",),
        agency=("อบต.ลำดวน",),
        official=("ผญบ", "ผู้ใหญ่บ้าน"),
        district="3103",
        subdistrict="310302",
        date=("2026-09-01", "2026-09-30"),
        story=("30,000",),
        witnesses="ทีมบอล",
        reported=False,
        anonymous=True,
        evidence=1,
    ),
    yes="ช่ายคับ",
)

ENGLISH_THEN_THAI = Villager(
    "คุณเอก: opens in English, gives up on it at the second message, a checkpoint fee",
    {
        "none": ["ผมจะแจ้งเรื่องตำรวจเก็บเงินที่ด่านครับ", "แจ้งเรื่อง"],
        "story": ["แจ้งเรื่องนี้ครับ", "แจ้ง"],
        "consent": ["ยินยอมครับผม", "ยินยอม"],
        "kind": ["ตำรวจที่ด่านเก็บเงินแลกไม่ออกใบสั่งครับ", "เรียกเงิน"],
        "agency": ["สภ.พุทไธสงครับผม", "สภ.พุทไธสง"],
        "official": ["ตำรวจจราจรที่ตั้งด่านหน้าตลาดบ้านจาน ไม่รู้ชื่อครับ"],
        "district": ["พุทไธสงครับผม"],
        "subdistrict": ["บ้านจานครับผม"],
        "when": ["เมื่อวานซืนตอนเย็นครับ", "2 ธ.ค."],
        "what": [
            "ผมขับกระบะขนข้าวเปลือกผ่านด่าน ตำรวจบอกบรรทุกเกิน ถ้าไม่อยากโดนใบสั่งให้จ่าย 500 "
            "จ่ายแล้วปล่อยไป ไม่มีใบเสร็จครับ"
        ],
        "what_more": ["ไม่มีแล้วครับผม"],
        "evidence": ["ไม่ได้ถ่ายรูปไว้ครับ", "ไม่มี"],
        "witnesses": ["ลูกชายนั่งมาในรถด้วยครับ"],
        "reported": ["ไม่เคยแจ้งครับผม", "ไม่เคย"],
        "identity": ["ไม่ขอบอกชื่อครับผม", "ไม่บอกชื่อ"],
        "summary": ["ถูกต้องครับผม ส่งได้", "ส่ง"],
    },
    Meant(
        kind=("bribery",),
        agency=("สภ.พุทไธสง", "สถานีตำรวจภูธรพุทไธสง"),
        official=("ตำรวจ",),
        district="3109",
        subdistrict="310903",
        date=("2026-12-02", "2026-12-02"),
        story=("ข้าวเปลือก",),
        witnesses="ลูกชาย",
        reported=False,
        anonymous=True,
    ),
    opening=(
        "Hello, I want to report a policeman who took money from me at a checkpoint",
        "ขอพิมพ์ไทยดีกว่าครับ ภาษาอังกฤษผมไม่ค่อยคล่อง",
    ),
    yes="ใช่ครับผม",
)

FACEBOOK_POST = (
    "📢 แชร์ด่วน!! โครงการไฟถนนโซล่าเซลล์ อบต.ปราสาท 48 ต้น ต้นละ 85,000 บาท "
    "ราคาตลาดไม่ถึง 20,000 ติดได้สามเดือนดับไปครึ่งหมู่บ้าน ผู้รับเหมาคือน้องเขยนายก อบต. "
    "เซ็นสัญญาเดือนมิถุนายน 2569 ใครอยู่ ต.ปราสาท อ.บ้านด่าน ช่วยกันแชร์ให้ถึงหูคนข้างบนที "
    "#บุรีรัมย์ #ไฟดับทั้งตำบล 👍 1.2K 💬 356 ↗️ 890"
)

PASTES_FACEBOOK = Villager(
    "เจ๊หน่อย: pastes a Facebook post, then 'that's all', and answers in as few words as she can",
    {
        "story": ["แจ้งสิ", "แจ้ง"],
        "none": ["ก็แจ้งตามโพสต์", "แจ้งเรื่อง"],
        "consent": ["ยอมอยู่แล้ว", "ยินยอม"],
        "kind": ["ฮั้วกับน้องเขยนั่นแหละ", "ฮั้วประมูล"],
        "agency": ["อบต.ปราสาท บ้านด่าน", "อบต.ปราสาท"],
        "official": ["นายก อบต.ปราสาท"],
        "district": ["อ.บ้านด่านนั่นแหละ", "บ้านด่าน"],
        "subdistrict": ["ต.ปราสาทนั่นแหละ", "ปราสาท"],
        "when": ["ตามโพสต์ มิถุนา", "มิถุนายน 2569"],
        "what": [
            "อยู่ในโพสต์หมดแล้ว แค่นี้แหละ",
            "ไฟโซล่าเซลล์ต้นละ 85,000 แพงเกินจริง ผู้รับเหมาเป็นน้องเขยนายก",
        ],
        "what_more": ["แค่นี้แหละ", "ไม่มี"],
        "evidence": ["ไม่มีรูปหรอก", "ไม่มี"],
        "witnesses": ["คนทั้งตำบลเห็นไฟดับ"],
        "reported": ["แค่แชร์ในเฟซ ไม่เคยแจ้งที่ไหน", "ไม่เคย"],
        "identity": ["ไม่ออกชื่อหรอก", "ไม่บอกชื่อ"],
        "summary": ["ส่งไปเลย", "ส่ง"],
    },
    Meant(
        kind=("procurement", "conflict"),
        agency=("อบต.ปราสาท",),
        official=("นายก",),
        district="3121",
        subdistrict="312102",
        date=("2026-06-01", "2026-06-30"),
        story=("85,000",),
        witnesses="ทั้งตำบล",
        reported=False,
        anonymous=True,
    ),
    opening=(FACEBOOK_POST, "แค่นี้แหละ"),
    yes="ใช่แหละ",
)

THREAT_AT_FIVE = Villager(
    "พี่จันทร์เพ็ญ: a phone threat arrives with her fifth message and she goes on filing",
    {
        "none": ["อยากร้องเรียนกำนันค่ะ", "แจ้งเรื่อง"],
        "story": ["แจ้งเป็นเรื่องค่ะ", "แจ้ง"],
        "consent": ["ยินยอมแล้วค่ะ", "ยินยอม"],
        "kind": ["กำนันเก็บเงินค่าส่งชื่อรับเบี้ยคนแก่ค่ะ", "เรียกเงิน"],
        "agency": ["อบต.ทองหลางค่ะ"],
        "official": ["กำนันตำบลทองหลางค่ะ"],
        "district": ["บ้านใหม่ไชยพจน์ค่ะ"],
        "subdistrict": ["ทองหลางค่ะ"],
        # Her fifth message as the conversation runs today (opening, consent, kind, agency).
        "when": [
            threat(
                "เดี๋ยวนะคะ เมื่อกี้มีเบอร์แปลกโทรมาบอกว่ารู้นะว่าทำอะไรอยู่ ระวังลูกไว้ให้ดี "
                "แต่ฉันไม่หยุดหรอกค่ะ จะแจ้งให้จบ"
            ),
            "ต้นเดือนพฤศจิกาที่ผ่านมาค่ะ",
            "พฤศจิกายน",
        ],
        "what": [
            "แม่อายุครบ 60 ไปลงทะเบียนเบี้ยยังชีพ กำนันบอกต้องจ่ายค่าเดินเรื่อง 1,000 บาท "
            "ก่อนถึงจะส่งชื่อเข้า อบต. ให้ค่ะ"
        ],
        "what_more": ["ไม่มีอะไรแล้วค่ะ แค่นั้น"],
        "evidence": ["ไม่มีค่ะ ให้เงินสด", "ไม่มี"],
        "witnesses": ["พี่สาวพาแม่ไปด้วยค่ะ"],
        "reported": ["ไม่เคยแจ้งเลยค่ะ", "ไม่เคย"],
        "identity": ["ไม่บอกชื่อนะคะ ยิ่งตอนนี้", "ไม่บอกชื่อ"],
        "summary": ["ถูกค่ะ ส่งเลยนะคะ", "ส่ง"],
    },
    Meant(
        kind=("bribery",),
        agency=("อบต.ทองหลาง",),
        official=("กำนัน",),
        district="3119",
        subdistrict="311902",
        date=("2026-11-01", "2026-11-15"),
        story=("เบี้ยยังชีพ",),
        witnesses="พี่สาว",
        reported=False,
        anonymous=True,
    ),
    yes="ค่ะ ใช่แล้ว",
)

HOLY_DAYS = Villager(
    "แม่ค้าลำดวน: tells time by Buddhist days (วันออกพรรษา, วันพระ), stall fees at the temple fair",
    {
        "none": ["จะแจ้งเรื่องเก็บค่าแผงงานวัดค่ะ", "แจ้งเรื่อง"],
        "story": ["แจ้งค่ะแม่", "แจ้ง"],
        "consent": ["ยินยอมจ้ะ", "ยินยอม"],
        "kind": ["คน อบต.เก็บค่าแผงแล้วไม่ออกใบเสร็จค่ะ", "เรียกเงิน"],
        "agency": ["อบต.ตาจงจ้ะ"],
        "official": ["เจ้าหน้าที่กองคลัง อบต. ชื่อเล่นว่าเอ็มค่ะ"],
        "district": ["ละหานทรายจ้ะ"],
        "subdistrict": ["ตาจงจ้ะ"],
        "when": ["วันออกพรรษาค่ะ งานวัดพอดี", "26 ต.ค."],
        "what": [
            "งานวัดวันออกพรรษา คนจาก อบต.มาเก็บค่าแผงแผงละ 200 บอกว่าเข้า อบต. ไม่มีใบเสร็จ "
            "พอทวงก็บอกวันพระหน้าค่อยเอามาให้ ผ่านมาสามวันพระแล้วยังไม่ได้เลยค่ะ"
        ],
        "what_more": ["ไม่มีแล้วจ้ะ"],
        "evidence": ["ไม่มีเลยจ้ะ", "ไม่มี"],
        "witnesses": ["แม่ค้าแผงข้างๆ ทุกคนค่ะ"],
        "reported": ["เคยไปบอกนายก อบต. ตอนวันพระค่ะ แต่เรื่องเงียบ", "เคย"],
        "reported_to": ["นายก อบต.ตาจงค่ะ"],
        "reported_ref": ["ไม่มีเลขค่ะ บอกปากเปล่า", "ไม่มี"],
        "identity": ["ไม่บอกชื่อจ้ะ", "ไม่บอกชื่อ"],
        "summary": ["ถูกแล้วจ้ะ ส่งได้", "ส่ง"],
    },
    Meant(
        kind=("bribery",),
        agency=("อบต.ตาจง",),
        official=("เจ้าหน้าที่",),
        district="3106",
        subdistrict="310603",
        date=("2026-10-25", "2026-10-27"),
        story=("แผงละ 200",),
        witnesses="แม่ค้า",
        reported=True,
        reported_to="นายก",
        anonymous=True,
    ),
    yes="ใช่จ้ะ",
)

HEALTH_VOLUNTEER = Villager(
    "อสม.บุษบา: a village health volunteer reports the clinic head who cuts volunteers' pay",
    {
        "none": ["ดิฉันเป็น อสม. หมู่ 6 จะร้องเรียน ผอ.รพ.สต.ค่ะ", "แจ้งเรื่อง"],
        "story": ["แจ้งเรื่องร้องเรียนค่ะ", "แจ้ง"],
        "consent": ["ยินยอมให้ใช้ข้อมูลของดิฉันค่ะ", "ยินยอม"],
        "kind": ["ผอ.หักค่าป่วยการ อสม.ค่ะ", "โกงเงิน"],
        "agency": ["รพ.สต.ทุ่งจังหันค่ะ", "โรงพยาบาลส่งเสริมสุขภาพตำบลทุ่งจังหัน"],
        "official": ["ผอ.รพ.สต.ทุ่งจังหันค่ะ"],
        "district": ["อำเภอโนนสุวรรณค่ะ"],
        "subdistrict": ["ตำบลทุ่งจังหันค่ะ"],
        "when": ["ทุกเดือนตั้งแต่ขึ้นปีงบใหม่ค่ะ คือตุลาคม", "ตุลาคม 2569"],
        "what": [
            "ค่าป่วยการ อสม. ได้คนละ 2,000 ต่อเดือน ผอ.ให้เซ็นรับเต็ม แต่จ่ายจริง 1,500 "
            "บอกว่าหักเป็นค่าน้ำมันรถเยี่ยมบ้าน ทั้งที่ อสม.ขี่มอเตอร์ไซค์ตัวเองไปค่ะ"
        ],
        "what_more": ["ไม่มีเพิ่มแล้วค่ะ"],
        "evidence": [photo(), "มีแค่รูปใบเซ็นรับเงินใบนี้ค่ะ", "เสร็จแล้ว"],
        "witnesses": ["อสม. ในตำบลอีก 14 คนค่ะ"],
        "reported": ["เคยบอกสาธารณสุขอำเภอด้วยวาจาค่ะ", "เคย"],
        "reported_to": ["สาธารณสุขอำเภอโนนสุวรรณค่ะ"],
        "reported_ref": ["ไม่ได้เลขค่ะ พูดกันเฉยๆ", "ไม่มี"],
        "identity": ["บอกชื่อได้ค่ะ ไม่กลัว", "บอกชื่อ"],
        "name": ["บุษบา แก้วประเสริฐ"],
        "phone": ["089 517 2046"],
        "summary": ["ถูกต้องทุกอย่างค่ะ", "ส่ง"],
    },
    Meant(
        kind=("budget", "bribery"),
        agency=("รพ.สต.ทุ่งจังหัน", "โรงพยาบาลส่งเสริมสุขภาพตำบลทุ่งจังหัน"),
        official=("ผอ",),
        district="3117",
        subdistrict="311702",
        date=("2026-10-01", "2026-12-04"),
        story=("ค่าป่วยการ",),
        witnesses="14 คน",
        reported=True,
        reported_to="สาธารณสุขอำเภอ",
        anonymous=False,
        name="บุษบา แก้วประเสริฐ",
        phone="0895172046",
        evidence=1,
    ),
    yes="ใช่ค่ะ ถูกต้อง",
)

SIX_BUBBLES = Villager(
    "ป้าลำไย: the story in six one-line bubbles, free relief bags sold by the headman",
    {
        "story": ["แจ้งเลยจ้า ตามที่พิมพ์", "แจ้ง"],
        "none": ["แจ้งตามที่พิมพ์ไปค่ะ", "แจ้งเรื่อง"],
        "consent": ["ยินยอมหมดจ้า", "ยินยอม"],
        "kind": ["เอาของแจกฟรีไปขายค่ะ", "เรียกเงิน"],
        "agency": ["ของมาจากจังหวัด ผ่านอำเภอห้วยราชค่ะ", "อำเภอห้วยราช"],
        "official": ["ผู้ใหญ่บ้านหมู่ 11 จ้า"],
        "district": ["อ.ห้วยราชจ้า"],
        "subdistrict": ["โคกเหล็กจ้า"],
        "when": ["เดือนตุลาตอนน้ำลดค่ะ", "ตุลาคม 2569"],
        "what": [
            "จังหวัดส่งถุงยังชีพมาแจกฟรีบ้านที่น้ำท่วม ผู้ใหญ่เก็บไว้บ้านตัวเองแล้วขายชาวบ้านถุงละ 100 ใครไม่มีเงินก็ไม่ได้ค่ะ"
        ],
        "what_more": ["ไม่มีแล้วจ้า"],
        "evidence": ["ไม่มีรูปจ้า", "ไม่มี"],
        "witnesses": ["ยายเพ็ญข้างบ้านที่ซื้อไปสองถุงค่ะ"],
        "reported": ["ยังไม่ได้แจ้งที่ไหนจ้า", "ไม่เคย"],
        "identity": ["ไม่บอกชื่อจ้า", "ไม่บอกชื่อ"],
        "summary": ["ถูกแล้วจ้า ส่งได้เลย", "ส่ง"],
    },
    Meant(
        kind=("bribery", "abuse", "budget"),
        official=("ผู้ใหญ่บ้าน",),
        district="3116",
        subdistrict="311606",
        date=("2026-10-01", "2026-10-31"),
        story=("ถุงยังชีพ",),
        witnesses="ยายเพ็ญ",
        reported=False,
        anonymous=True,
    ),
    opening=(
        "ขอแจ้งหน่อยจ้า",
        "ผู้ใหญ่บ้านหมู่ 11",
        "บ้านโคกเหล็ก อ.ห้วยราช",
        "เอาถุงยังชีพมาขาย",
        "ที่จังหวัดให้แจกฟรีตอนน้ำท่วม",
        "ถุงละร้อยบาทจ้า",
    ),
    yes="ใช่แล้วจ้า",
)

VILLAGERS = {
    "temple_helper": TEMPLE_HELPER,
    "farmer_questions_back": FARMER_QUESTIONS_BACK,
    "wrong_district_twice": WRONG_DISTRICT_TWICE,
    "teen_slang": TEEN_SLANG,
    "english_then_thai": ENGLISH_THEN_THAI,
    "pastes_facebook": PASTES_FACEBOOK,
    "threat_at_message_five": THREAT_AT_FIVE,
    "holy_days": HOLY_DAYS,
    "health_volunteer": HEALTH_VOLUNTEER,
    "six_bubbles": SIX_BUBBLES,
}

#: All of round 6 is sealed: only counted, nobody fixing the conversation reads how they fail.
SEALED = set(VILLAGERS)
