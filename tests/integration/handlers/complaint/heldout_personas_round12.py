"""Held-out villagers, round 12 (issue 16, "a villager understood, not matched"): ten new kinds
of people written by a tester who read neither the bot's rules nor its word lists nor its
training examples; played by the driver of the first held-out people
(`heldout_personas.play`). Among them: a farmer who adds facts and a photo the day after
filing, a daughter filing for her father, a woman threatened mid-filing who is safe again and
goes on, an English speaker, a shop owner who asks to be discreet, an Isan grandfather who
dates by the merit-making months, a youth typing by voice without spaces, a market seller who
types sums at the kind question and a slip at the evidence one, a school cook whose witness is
afraid to speak, and a young man typing Thai in Latin letters. Five, chosen at random
(`random.Random(12)`), are SEALED: their failures are only counted, never described to
whoever fixes the conversation, so that no fix is fitted to them.

Dates are as said on Sunday 6 December 2026 (BE 2569). Where a phrase can honestly mean more
than one day, the span covers every reading.
"""

from __future__ import annotations

import random

from tests.integration.handlers.complaint.heldout_personas import Meant, Villager, asks, threat
from tests.integration.handlers.complaint.personas import photo

#: What an answer to "will the one I report know it was me?" says, in either language.
NOT_TOLD = r"ไม่.{0,30}(บอก|รู้|เปิดเผย)|not (be )?(told|shown|shared)|never"
#: What an answer to "who will see what I send?" says, in either language.
WHO_SEES = r"กรรมการ|เจ้าหน้าที่|ไม่.{0,30}(บอก|เปิดเผย)|committee|staff|not (be )?shared"
#: Any reply at all: "I am safe now, let's go on" needs no particular answer, only not to be
#: stored and not to move the complaint on by itself.
ANY_REPLY = r"\S"

ADDS_LATER = Villager(
    "ชาวนาปะคำ: files about a laterite road, then the next day adds who the contractor is "
    "and sends the photo he promised",
    {
        "none": ["สวัสดีครับ จะแจ้งเรื่องถนนลูกรังครับ", "แจ้งเรื่อง"],
        "story": ["แจ้งเลยครับ ไม่ต้องรอ", "แจ้ง"],
        "consent": ["ยินยอมครับผม ไม่ติดอะไร", "ยินยอม"],
        "kind": ["งบทำถนน 1,800,000 บาท แต่ทำไม่ถึงครึ่งครับ", "โกงงบ"],
        "agency": ["ของ อบต.หูทำนบครับ", "อบต.หูทำนบ"],
        "official": ["นายก อบต. คนปัจจุบันครับ", "นายก อบต."],
        "district": ["อำเภอปะคำครับ"],
        "subdistrict": ["ตำบลหูทำนบครับ"],
        "when": ["ถนนเสร็จเมื่อวันที่ 28 พฤศจิกาครับ", "28 พฤศจิกายน 2569"],
        "what": [
            "ถนนลูกรังสายบ้านโคกใหญ่ไปหนองบัว ป้ายบอกยาวสองกิโล งบล้านแปด แต่ลงลูกรังไม่ถึงกิโล "
            "หนาไม่ถึงคืบ ฝนตกทีเดียวก็เละครับ"
        ],
        "what_more": ["มีแค่นี้ก่อนครับ", "ไม่มี"],
        "evidence": ["ยังไม่มีรูปครับ พรุ่งนี้จะไปถ่ายมาส่ง", "ไม่มี"],
        "witnesses": ["คนขับรถอีแต๋นในหมู่เห็นทุกคนครับ", "คนขับรถอีแต๋น"],
        "reported": ["ยังไม่เคยไปแจ้งที่ไหนเลยครับ", "ไม่เคย"],
        "identity": ["ขอไม่บอกชื่อครับ เกรงใจคนในหมู่", "ไม่บอกชื่อ"],
        "summary": ["ถูกต้องทุกข้อครับ ส่งได้", "ส่ง"],
    },
    Meant(
        kind=("budget", "procurement"),  # a build paid in full, made short
        agency=("อบต.หูทำนบ",),
        official=("นายก",),
        district="3112",
        subdistrict="311205",
        date=("2026-11-28", "2026-11-28"),
        story=("ลูกรัง", "ล้านแปด"),
        witnesses="อีแต๋น",
        reported=False,
        anonymous=True,
        evidence=0,
    ),
    yes="ใช่ครับ",
)

FOR_FATHER = Villager(
    "ลูกสาวแจ้งแทนพ่อ: a daughter working in Bangkok files for her father, who cannot read "
    "LINE well; his name, her phone",
    {
        "none": ["สวัสดีค่ะ หนูเป็นลูกสาว จะแจ้งแทนพ่อค่ะ พ่ออ่านไลน์ไม่ค่อยออก", "แจ้งเรื่อง"],
        "story": ["แจ้งเป็นเรื่องค่ะ แทนพ่อ", "แจ้ง"],
        "consent": ["พ่อยินยอมค่ะ หนูถามพ่อแล้ว", "ยินยอม"],
        "kind": ["เขาเรียกเงินพ่อค่ะ ค่าวัดแปลงนา", "เรียกเงิน"],
        "agency": ["สำนักงานเกษตรอำเภอลำปลายมาศค่ะ", "สำนักงานเกษตรอำเภอ"],
        "official": ["เจ้าหน้าที่เกษตรที่มาวัดแปลงนาค่ะ พ่อบอกว่าชื่อเล่นว่าหมู", "เจ้าหน้าที่เกษตร"],
        "district": ["ลำปลายมาศค่ะ บ้านพ่ออยู่ที่นั่น"],
        "subdistrict": ["ตำบลโคกสะอาดค่ะ"],
        "when": ["พ่อบอกว่าหลังออกพรรษาได้ไม่กี่วันค่ะ", "ตุลาคม 2569"],
        "what": [
            "เจ้าหน้าที่มาวัดแปลงนาพ่อเพื่อขึ้นทะเบียนเกษตรกร บอกว่าถ้าไม่จ่ายไร่ละร้อย จะวัดให้ไม่ครบ "
            "พ่อมีสิบห้าไร่เลยต้องจ่ายพันห้าค่ะ"
        ],
        "what_more": ["ไม่มีแล้วค่ะ พ่อเล่าให้ฟังแค่นี้", "ไม่มี"],
        "evidence": ["ไม่มีค่ะ พ่อจ่ายเป็นเงินสด", "ไม่มี"],
        "witnesses": ["แม่อยู่ด้วยตอนนั้นค่ะ", "แม่"],
        "reported": ["พ่อยังไม่เคยแจ้งที่ไหนค่ะ", "ไม่เคย"],
        "identity": ["ใส่ชื่อพ่อได้ค่ะ พ่ออยากให้ใส่", "บอกชื่อ"],
        "name": ["ชื่อพ่อค่ะ สุวิทย์ บุญมา", "สุวิทย์ บุญมา"],
        "phone": ["เบอร์หนูนะคะ พ่อไม่มีมือถือ 0814567123", "0814567123"],
        "summary": ["ถูกต้องค่ะ ส่งแทนพ่อได้เลย", "ส่ง"],
    },
    Meant(
        kind=("bribery",),
        agency=("สำนักงานเกษตรอำเภอลำปลายมาศ", "เกษตรอำเภอลำปลายมาศ"),
        official=("เจ้าหน้าที่เกษตร",),
        district="3110",
        subdistrict="311008",
        date=("2026-10-26", "2026-11-10"),
        story=("ไร่ละร้อย", "พันห้า"),
        witnesses="แม่",
        reported=False,
        anonymous=False,
        name="สุวิทย์ บุญมา",
        phone="0814567123",
        evidence=0,
    ),
)

THREATENED_MIDWAY = Villager(
    "แม่ค้าห้วยราช: a man shouts for her at the gate while she files; once he has gone and her "
    "brother is home she says so and goes on",
    {
        "none": ["อยากแจ้งเรื่องผู้ใหญ่บ้านค่ะ", "แจ้งเรื่อง"],
        "story": ["แจ้งค่ะ ตั้งใจมาแจ้ง", "แจ้ง"],
        "consent": ["ยินยอมค่ะ ไม่มีปัญหาอะไร", "ยินยอม"],
        "kind": ["เขาเอาหนองน้ำสาธารณะไปถมสร้างบ้านตัวเองค่ะ", "ใช้อำนาจ"],
        "agency": ["อบต.บ้านตะโกค่ะ ที่ดูแลหนองนี้", "อบต.บ้านตะโก"],
        "official": ["ผู้ใหญ่บ้านหมู่ 8 คนปัจจุบันค่ะ", "ผู้ใหญ่บ้าน"],
        "district": ["อำเภอห้วยราชค่ะ บ้านอยู่ติดหนองนั่นแหละ"],
        "subdistrict": ["ตำบลบ้านตะโกค่ะ"],
        "when": [
            threat("เดี๋ยวนะคะ ตอนนี้มีคนขี่มอไซค์มาจอดหน้าบ้าน ตะโกนว่าอีปากดีออกมาคุยกันหน่อย หนูกลัวค่ะ"),
            asks("ตอนนี้เขาไปแล้วค่ะ น้องชายกลับมาอยู่ด้วยแล้ว ปลอดภัยแล้ว ทำต่อได้ค่ะ", ANY_REPLY),
            "ถมเสร็จช่วงบุญบั้งไฟปีนี้ค่ะ",
            "พฤษภาคม 2569",
        ],
        "what": [
            "ผู้ใหญ่บ้านเอารถดั๊มขนดินมาถมหนองสาธารณะหลังวัด ถมไปเกือบสองไร่ แล้วสร้างบ้านให้"
            "ลูกสาว ชาวบ้านไม่มีที่เลี้ยงวัวแล้วค่ะ"
        ],
        "what_more": ["แค่นี้แหละค่ะ ที่เห็นมา", "ไม่มี"],
        "evidence": [photo(), "ส่งรูปบ้านที่สร้างบนหนองแล้วค่ะ เสร็จแล้ว", "เสร็จแล้ว"],
        "witnesses": ["คนเลี้ยงวัวในหมู่เห็นกันทุกคน แต่ไม่มีใครกล้าพูดค่ะ", "คนเลี้ยงวัว"],
        "reported": ["ยังไม่เคยไปแจ้งที่ไหนค่ะ", "ไม่เคย"],
        "identity": ["ไม่บอกชื่อนะคะ ยิ่งตอนนี้ยิ่งไม่กล้า", "ไม่บอกชื่อ"],
        "summary": ["ถูกต้องค่ะ ส่งเลยค่ะ ขอบคุณนะคะ", "ส่ง"],
    },
    Meant(
        kind=("abuse",),
        agency=("อบต.บ้านตะโก",),
        official=("ผู้ใหญ่บ้าน",),
        district="3116",
        subdistrict="311604",
        date=("2026-04-17", "2026-06-30"),  # the sixth lunar month, or the festival season
        story=("ถม", "สองไร่"),
        witnesses="คนเลี้ยงวัว",
        reported=False,
        anonymous=True,
        evidence=1,
    ),
)

ENGLISH_PARENT = Villager(
    "a parent at a Buriram school who reads English better than Thai, asks for English first",
    {
        "none": ["I want to report something about my son's school", "report"],
        "story": ["Yes, file it as a complaint please", "yes"],
        "consent": ["Okay, I agree to that", "agree"],
        "kind": [
            "They overcharge parents for uniforms, 650 baht each, the market sells them for 250",
            "procurement",
        ],
        "agency": ["Ban Bua school, a government school", "โรงเรียนบ้านบัว"],
        "official": ["The deputy director, I don't know his name", "deputy director"],
        "district": ["Mueang Buriram district, in town"],
        "subdistrict": ["Ban Bua"],
        "when": ["Around the 20th of last month, at the parents' meeting", "November 2026"],
        "what": [
            "At the parents' meeting the deputy director said every child must buy the new uniform "
            "from one shop in town for 650 baht. The same uniform is 250 at the market. Parents "
            "who asked were told their kids would not get a place on the school trip."
        ],
        "what_more": ["That's all, thank you", "no"],
        "evidence": [photo(), "That's the receipt from the shop. Done.", "done"],
        "witnesses": ["Other parents in my son's class, about 30 families", "other parents"],
        "reported": ["No, this is the first time", "no"],
        "identity": ["Please keep my name out of it", "anonymous"],
        "summary": ["Yes, all correct, send it", "yes"],
    },
    Meant(
        kind=("procurement", "bribery"),
        agency=("โรงเรียนบ้านบัว", "Ban Bua school"),
        official=("deputy director", "รองผู้อำนวยการ", "รองผอ"),
        district="3101",
        subdistrict="310104",
        date=("2026-11-15", "2026-11-25"),
        story=("650", "250"),
        witnesses="parents",
        reported=False,
        anonymous=True,
        evidence=1,
    ),
    opening=("Hello, English please",),
    yes="yes",
    speaks="en",
)

DISCREET = Villager(
    "เจ้าของร้านอาหารชำนิ: asks at every turn for it to be kept quiet, sends a transfer slip",
    {
        "none": ["สวัสดีค่ะ ขอแจ้งเรื่องแบบเงียบๆ ได้ไหมคะ ไม่อยากให้ใครรู้", "แจ้งเรื่อง"],
        "story": ["แจ้งค่ะ แต่ขอแบบลับๆ นะคะ", "แจ้ง"],
        "consent": [asks("ข้อมูลของหนูจะมีใครเห็นบ้างคะ", WHO_SEES), "ยินยอมค่ะ ถ้าไม่มีใครรู้", "ยินยอม"],
        "kind": ["เรียกเงินค่ะ 2,000 ตอนขอต่อใบอนุญาตร้าน", "เรียกเงิน"],
        "agency": ["เทศบาลตำบลชำนิค่ะ", "ทต.ชำนิ"],
        "official": ["เจ้าหน้าที่งานสาธารณสุขของเทศบาลค่ะ ผู้ชายผมสั้น", "เจ้าหน้าที่สาธารณสุข"],
        "district": ["อำเภอชำนิค่ะ ใกล้ตลาดสด"],
        "subdistrict": ["ตำบลชำนิเลยค่ะ ตัวอำเภอ"],
        "when": ["ต้นเดือนที่แล้วค่ะ ก่อนวันที่สิบ", "พฤศจิกายน 2569"],
        "what": [
            "ไปขอต่อใบอนุญาตร้านขายอาหาร เจ้าหน้าที่บอกว่าต้องจ่ายสองพันเป็นค่าดำเนินการพิเศษ "
            "ไม่งั้นรอสามเดือน ให้โอนเข้าบัญชีเขาเอง ไม่มีใบเสร็จ ร้านอื่นในตลาดก็โดนเหมือนกันค่ะ"
        ],
        "what_more": ["ไม่มีแล้วค่ะ แค่นี้พอ", "ไม่มี"],
        "evidence": [photo(), "ส่งสลิปโอนเงินแล้วค่ะ เสร็จแล้ว", "เสร็จแล้ว"],
        "witnesses": ["แม่ค้าร้านข้างๆ ก็โดนค่ะ ขอไม่บอกชื่อเขานะคะ", "แม่ค้าร้านข้างๆ"],
        "reported": ["ไม่เคยแจ้งที่ไหนค่ะ นี่ครั้งแรก", "ไม่เคย"],
        "identity": [asks("นายกจะรู้ไหมคะว่าหนูแจ้ง", NOT_TOLD), "ไม่บอกชื่อค่ะ ขอแบบไม่เปิดเผย"],
        "summary": ["ถูกต้องค่ะ ส่งแบบเงียบๆ นะคะ", "ส่ง"],
    },
    Meant(
        kind=("bribery",),
        agency=("ทต.ชำนิ",),
        official=("สาธารณสุข",),
        district="3118",
        subdistrict="311801",
        date=("2026-11-01", "2026-11-30"),
        story=("สองพัน", "ใบอนุญาต"),
        witnesses="แม่ค้า",
        reported=False,
        anonymous=True,
        evidence=1,
    ),
)

ISAN_GRANDFATHER = Villager(
    "พ่อใหญ่พุทไธสง: Isan only, dates by the merit-making months, gives his name and his "
    "grandson's phone",
    {
        "none": ["สบายดีบ่ลูก พ่อใหญ่สิแจ้งเรื่องเด้อ", "แจ้งเรื่อง"],
        "story": ["แจ้งโลดลูก บ่ต้องถ่า", "แจ้ง"],
        "consent": ["ยอมอยู่ลูก", "ยินยอม"],
        "kind": ["เพิ่นกินเงินค่าชดเชยนาล่มของพ่อใหญ่", "โกงเงิน"],
        "agency": ["อำเภอพุ่นล่ะ บ่ฮู้หน่วยไหน", "ไม่รู้"],
        "official": ["ผู้ใหญ่บ้านหมู่ 2 พุ่นล่ะลูก", "ผู้ใหญ่บ้าน"],
        "district": ["พุทไธสงลูก"],
        "subdistrict": ["อยู่ตำบลมะเฟืองพุ่นล่ะ"],
        "when": ["ตอนบุญข้าวสากปีนี้ เพิ่นมาเอาบัตรไปเซ็น", "กันยายน 2569"],
        "what": [
            "นาพ่อใหญ่ล่มตอนน้ำท่วม ได้ค่าชดเชยไร่ละพันกว่าบาท ผู้ใหญ่บ้านเอาบัตรไปเซ็นรับแทน "
            "แล้วเอาเงินมาให้แค่สามพัน ทั้งที่นามีสิบไร่"
        ],
        "what_more": ["หมดแล้วลูก", "ไม่มี"],
        "evidence": ["บ่มีหยังดอกลูก รูปกะบ่มี", "ไม่มี"],
        "witnesses": ["แม่ใหญ่กะเห็น แต่เพิ่นบ่กล้าเว้าดอก ย้านผู้ใหญ่", "แม่ใหญ่"],
        "reported": ["บ่เคยไปแจ้งไสดอกลูก", "ไม่เคย"],
        "identity": ["บอกชื่อได้ ชื่อ ทองใบ ศรีนวล", "บอกชื่อ"],
        "name": ["ทองใบ ศรีนวล"],
        "phone": ["บ่มีโทรศัพท์ดอก ใช้ของหลาน ๐๘๙-๕๕๑-๒๓๔๐", "0895512340"],
        "summary": ["แม่นหมดแล้ว ส่งโลดลูกหล่า", "ส่ง"],
    },
    Meant(
        kind=("budget", "bribery"),
        official=("ผู้ใหญ่บ้าน",),
        district="3109",
        subdistrict="310902",
        date=("2026-09-01", "2026-10-10"),
        story=("ค่าชดเชย", "สามพัน"),
        witnesses="แม่ใหญ่",
        reported=False,
        anonymous=False,
        name="ทองใบ ศรีนวล",
        phone="0895512340",
        evidence=0,
    ),
    yes="แม่น",
)

VOICE_NO_SPACES = Villager(
    "เด็กหนุ่มหนองหงส์: speaks into the phone, the text comes out without spaces; budget "
    "figures at the agency question",
    {
        "none": ["สวัสดีครับอยากแจ้งเรื่องงบสนามกีฬาหมู่บ้านครับ", "แจ้งเรื่อง"],
        "story": ["แจ้งเป็นเรื่องครับผม", "แจ้ง"],
        "consent": ["ยินยอมครับยินดีครับ", "ยินยอม"],
        "kind": ["งบห้าแสนสร้างสนามฟุตซอลแต่ได้แค่พื้นปูนเทเฉยๆครับ", "โกงงบ"],
        "agency": ["งบ500000บาทของอบต.เมืองฝ้ายครับป้ายติดอยู่หน้าสนาม", "อบต.เมืองฝ้าย"],
        "official": ["นายกอบต.ครับกับกองช่าง", "นายก อบต."],
        "district": ["หนองหงส์ครับ"],
        "subdistrict": ["ตำบลเมืองฝ้ายครับ"],
        "when": ["สนามเสร็จตอนวันเด็กต้นปีครับ", "มกราคม 2569"],
        "what": [
            "ป้ายโครงการเขียนว่าสร้างสนามฟุตซอลพร้อมหลังคาและไฟส่องสว่างงบห้าแสนบาทแต่จริงๆ"
            "มีแค่พื้นปูนไม่มีหลังคาไม่มีไฟเด็กๆเล่นได้แค่ตอนเย็นครับ"
        ],
        "what_more": ["ไม่มีเพิ่มครับ", "ไม่มี"],
        "evidence": [photo(), "ส่งรูปป้ายโครงการแล้วครับเสร็จแล้ว", "เสร็จแล้ว"],
        "witnesses": ["เด็กๆในหมู่บ้านทุกคนครับ", "เด็กในหมู่บ้าน"],
        "reported": ["เคยโพสต์ในเฟซบุ๊กแต่ไม่เคยไปแจ้งที่ไหนครับ", "ไม่เคย"],
        "identity": ["ไม่บอกชื่อครับกลัวโดนแซว", "ไม่บอกชื่อ"],
        "summary": ["ถูกต้องครับส่งเลยครับผม", "ส่ง"],
    },
    Meant(
        kind=("budget", "procurement"),  # a build paid in full, made short
        agency=("อบต.เมืองฝ้าย",),
        official=("นายก",),
        district="3114",
        subdistrict="311406",
        date=("2026-01-01", "2026-01-31"),
        story=("ฟุตซอล", "ห้าแสน"),
        witnesses="เด็ก",
        reported=False,
        anonymous=True,
        evidence=1,
    ),
    yes="ใช่ครับ",
)

MARKET_SELLER = Villager(
    "แม่ค้าตลาดนัด: starts in three bubbles, types the sum at the kind question and the slip "
    "at the evidence one; told the community head before",
    {
        "none": ["อยากร้องเรียนเทศกิจค่ะ", "แจ้งเรื่อง"],
        "story": ["แจ้งเป็นเรื่องเลยค่ะ ไม่ไหวแล้ว", "แจ้ง"],
        "consent": ["ยินยอมค่ะ แม่ค้าทุกคนอยากให้แจ้ง", "ยินยอม"],
        "kind": ["อาทิตย์ละ 200 ค่ะ แผงละ 200 ไม่มีใบเสร็จ", "เรียกเงิน"],
        "agency": ["เทศบาลเมืองบุรีรัมย์ค่ะ", "เทศบาลเมืองบุรีรัมย์"],
        "official": ["เทศกิจค่ะ คนที่ใส่เสื้อกั๊กสีส้มมาเก็บ", "เทศกิจ"],
        "district": ["อำเภอเมืองบุรีรัมย์ค่ะ ในตัวเมือง"],
        "subdistrict": ["ตำบลในเมืองค่ะ หลังศาลากลาง"],
        "when": ["เก็บทุกวันเสาร์ ล่าสุดเมื่อวานค่ะ", "5 ธันวาคม 2569"],
        "what": [
            "ตลาดนัดวันเสาร์หน้าศาลากลาง เทศกิจมาเก็บแผงละสองร้อยทุกอาทิตย์ บอกว่าค่าดูแลความสะอาด "
            "แต่ค่าเช่าแผงเราจ่ายเทศบาลแล้วมีใบเสร็จ อันนี้ไม่มีใบเสร็จ ใครไม่จ่ายโดนย้ายไปท้ายตลาด"
        ],
        "what_more": ["หมดแล้วค่ะ เท่านี้แหละ", "ไม่มี"],
        "evidence": [
            "มีสลิปที่บางทีโอนให้เขาค่ะ เดี๋ยวส่ง",
            photo(),
            "ส่งสลิปแล้วค่ะ เสร็จแล้ว",
            "เสร็จแล้ว",
        ],
        "witnesses": ["แม่ค้าทั้งตลาดค่ะ ห้าสิบกว่าแผง", "แม่ค้าในตลาด"],
        "reported": ["เคยบอกประธานชุมชนแล้วค่ะ เขาบอกว่าช่วยไม่ได้", "เคย"],
        "reported_to": ["ประธานชุมชนค่ะ"],
        "reported_ref": ["ไม่มีเลขที่ค่ะ บอกกันปากเปล่า", "ไม่มี"],
        "identity": ["ไม่บอกชื่อค่ะ กลัวโดนย้ายแผง", "ไม่บอกชื่อ"],
        "summary": ["ถูกหมดค่ะ ส่งเลยจ้า", "ส่ง"],
    },
    Meant(
        kind=("bribery",),
        agency=("เทศบาลเมืองบุรีรัมย์", "ทม.บุรีรัมย์"),
        official=("เทศกิจ",),
        district="3101",
        subdistrict="310101",
        date=("2026-11-01", "2026-12-05"),
        story=("สองร้อย", "ใบเสร็จ"),
        witnesses="แม่ค้า",
        reported=True,
        reported_to="ประธานชุมชน",
        anonymous=True,
        evidence=1,
    ),
    opening=("สวัสดีจ้า บอทจ๋า", "คือเรื่องมีอยู่ว่า", "เทศกิจเก็บเงินแม่ค้าตลาดนัดทุกอาทิตย์ค่ะ"),
)

SCHOOL_COOK = Villager(
    "แม่ครัวโรงเรียน: the only cook, so she fears being guessed; her witness, a teacher, is "
    "afraid to speak",
    {
        "none": ["สวัสดีค่ะ แม่ครัวโรงเรียนค่ะ อยากแจ้งเรื่องเงินอาหารกลางวัน", "แจ้งเรื่อง"],
        "story": ["แจ้งค่ะ สงสารเด็ก", "แจ้ง"],
        "consent": ["ยินยอมค่ะ เต็มใจ", "ยินยอม"],
        "kind": ["งบหัวละ 36 บาท แต่ได้ซื้อของจริงแค่ 20 ค่ะ", "โกงงบ"],
        "agency": ["โรงเรียนบ้านหนองเต็งค่ะ", "โรงเรียนบ้านหนองเต็ง"],
        "official": ["ผอ.โรงเรียนคนที่มาใหม่ปีนี้ค่ะ", "ผอ."],
        "district": ["อำเภอกระสังค่ะ ทางไปสุรินทร์"],
        "subdistrict": ["ตำบลหนองเต็งค่ะ"],
        "when": ["ตั้งแต่เปิดเทอมเดือนพฤษภาคมปีนี้ค่ะ", "พฤษภาคม 2569"],
        "what": [
            "ผอ. ให้หนูเซ็นรับเงินค่าวัตถุดิบเต็มหัวละสามสิบหกบาท แต่ให้เงินมาซื้อของจริงแค่ยี่สิบ "
            "เด็กได้กินแต่ไข่กับผักบุ้ง ส่วนที่เหลือ ผอ. เก็บไว้เองค่ะ"
        ],
        "what_more": ["มีแค่นี้ค่ะ ที่หนูรู้", "ไม่มี"],
        "evidence": [photo(), "ส่งรูปสมุดจดรายจ่ายที่หนูจดเองแล้วค่ะ เสร็จแล้ว", "เสร็จแล้ว"],
        "witnesses": [
            "ครูเวรที่ตรวจอาหารรู้ค่ะ ครูนงลักษณ์ แต่เขาไม่กล้าพูด กลัวไม่ได้ย้ายกลับบ้าน",
            "ครูนงลักษณ์",
        ],
        "reported": ["ยังไม่กล้าไปแจ้งที่ไหนเลยค่ะ", "ไม่เคย"],
        "identity": [
            asks("ถ้าหนูไม่บอกชื่อ ผอ. จะเดาได้ไหมคะ โรงเรียนมีแม่ครัวคนเดียว", NOT_TOLD),
            "ไม่บอกชื่อดีกว่าค่ะ กลัวตกงาน",
        ],
        "summary": ["ถูกหมดค่ะ ส่งได้เลยค่ะ", "ส่ง"],
    },
    Meant(
        kind=("budget",),
        agency=("โรงเรียนบ้านหนองเต็ง",),
        official=("ผอ",),
        district="3103",
        subdistrict="310305",
        date=("2026-05-01", "2026-12-06"),
        story=("สามสิบหก", "ยี่สิบ"),
        witnesses="นงลักษณ์",
        reported=False,
        anonymous=True,
        evidence=1,
    ),
)

LATIN_LETTERS = Villager(
    "หนุ่มโนนสุวรรณ: his phone has no Thai keyboard, he types Thai in Latin letters",
    {
        "none": ["sawatdee krub, yak jaeng rueang phu yai baan", "jaeng rueang"],
        "story": ["jaeng krub", "แจ้ง"],
        "consent": ["yinyom krub", "ยินยอม"],
        "kind": ["riak ngern krub, kha sen", "เรียกเงิน"],
        "agency": ["orbortor non suwan krub", "อบต.โนนสุวรรณ"],
        "official": ["phu yai baan moo 6", "ผู้ใหญ่บ้าน"],
        "district": ["non suwan"],
        "subdistrict": ["tambon non suwan"],
        "when": ["muea wan sao tee laew krub", "28 พฤศจิกายน 2569"],
        "what": [
            "phu yai baan riak ngern 500 baht tee pai kho bat khon jon, bok wa kha sen rub rong, "
            "tha mai jai ko mai sen hai krub"
        ],
        "what_more": ["mai mee laew krub", "ไม่มี"],
        "evidence": ["mai mee krub", "ไม่มี"],
        "witnesses": ["mae krub, mae pai duay", "แม่"],
        "reported": ["mai khoei krub", "ไม่เคย"],
        "identity": ["mai bok chue krub", "ไม่บอกชื่อ"],
        "summary": ["tuk tong krub, song loei", "ส่ง"],
    },
    Meant(
        kind=("bribery",),
        agency=("อบต.โนนสุวรรณ",),
        official=("ผู้ใหญ่บ้าน", "phuyaibaan"),
        district="3117",
        subdistrict="311701",
        date=("2026-11-28", "2026-12-05"),
        story=("500",),
        witnesses="mae",
        reported=False,
        anonymous=True,
        evidence=0,
    ),
    yes="chai krub",
)

VILLAGERS = {
    "adds_later": ADDS_LATER,
    "for_father": FOR_FATHER,
    "threatened_midway": THREATENED_MIDWAY,
    "english_parent": ENGLISH_PARENT,
    "discreet": DISCREET,
    "isan_grandfather": ISAN_GRANDFATHER,
    "voice_no_spaces": VOICE_NO_SPACES,
    "market_seller": MARKET_SELLER,
    "school_cook": SCHOOL_COOK,
    "latin_letters": LATIN_LETTERS,
}

#: What a villager sends the day after filing (a fact or a photo), and the words of the facts
#: the filed complaint's timeline must then hold.
LATER = {
    "adds_later": (
        ("เมื่อวานลืมบอกครับ ผู้รับเหมาเป็นน้องเขยนายก ร้านเจริญวัสดุ", photo()),
        ("น้องเขย",),
    ),
}
SEALED = set(random.Random(12).sample(list(VILLAGERS), 5))
DIAG = set(VILLAGERS) - SEALED
