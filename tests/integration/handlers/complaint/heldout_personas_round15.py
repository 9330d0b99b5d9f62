"""Held-out villagers, round 15 (issue 16, "a villager understood, not matched"): ten new kinds
of people written by a tester who read neither the bot's rules nor its word lists nor its
training examples; played by the driver of the first held-out people
(`heldout_personas.play`). Among them: a motorcycle-taxi rider sending voice-to-text fragments,
a woman who starts with a photo and then tells the story, a farmer who tells his story in four
messages and then adds the date, a man threatened since he reported at the district office who
asks what happens now, a schoolgirl filing for her grandmother, a man who answers every question
with a question, a Northern Khmer elder, a migrant worker abroad typing Thai in Latin letters, a
woman who changes the agency twice, and a man who pastes the headman's LINE announcement. Five,
chosen at random (`random.Random(15)`), are SEALED: their failures are only counted, never
described to whoever fixes the conversation, so that no fix is fitted to them.

Dates are as said on Sunday 6 December 2026 (BE 2569). Where a phrase can honestly mean more
than one day, the span covers every reading.
"""

from __future__ import annotations

import random

from tests.integration.handlers.complaint.heldout_personas import Meant, Villager, asks, threat
from tests.integration.handlers.complaint.heldout_personas_round12 import NOT_TOLD, WHO_SEES
from tests.integration.handlers.complaint.heldout_personas_round13 import (
    COSTS_NOTHING,
    FOR_SOMEONE,
)
from tests.integration.handlers.complaint.heldout_personas_round14 import WHAT_NEXT
from tests.integration.handlers.complaint.personas import photo

#: What an answer to "how long until someone looks at it?" says.
HOW_LONG = r"วัน|สัปดาห์|อาทิตย์|เร็ว|day|week|soon"

MOTO_TAXI = Villager(
    "วินมอไซค์หน้าตลาดบุรีรัมย์: speaks into the phone between rides; voice-to-text breaks the "
    "words and sends fragments",
    {
        "none": ["แจ้ง เรื่อง เทศ กิจ ครับ", "แจ้งเรื่อง"],
        "story": ["แจ้ง ครับ", "แจ้ง"],
        "consent": ["ยิน ยอม ครับ", "ยินยอม"],
        "kind": ["เก็บ เงิน วิน ทุก เดือน ครับ", "เรียกเงิน"],
        "agency": ["เทศ บาล เมือง บุรี รัมย์ ครับ", "ทม.บุรีรัมย์"],
        "official": ["เทศ กิจ ครับ คน ที่ มา เก็บ", "เทศกิจ"],
        "district": ["เมือง บุรี รัมย์ ครับ"],
        "subdistrict": ["ใน เมือง ครับ", "ในเมือง"],
        "when": ["ทุก เดือน ตั้ง แต่ ต้น ปี ครับ", "มกราคม 2569 ถึงตอนนี้"],
        "what": [
            "เทศ กิจ มา เก็บ เงิน วิน ละ ห้า ร้อย ทุก ต้น เดือน บอก ว่า ค่า ที่ จอด "
            "ไม่ จ่าย ให้ ย้าย วิน ไม่ มี ใบ เสร็จ ครับ"
        ],
        "what_more": ["ไม่ มี แล้ว ครับ", "ไม่มี"],
        "evidence": ["ไม่ มี ครับ", "ไม่มี"],
        "witnesses": ["พี่ วิน ทุก คน ครับ", "วินหน้าตลาด"],
        "reported": ["ไม่ เคย ครับ", "ไม่เคย"],
        "identity": ["ไม่ บอก ชื่อ ครับ", "ไม่บอกชื่อ"],
        "summary": ["ถูก ต้อง ครับ ส่ง เลย", "ส่ง"],
    },
    Meant(
        kind=("bribery",),
        agency=("ทม.บุรีรัมย์", "เทศบาลเมืองบุรีรัมย์"),
        official=("เทศกิจ",),
        district="3101",
        subdistrict="310101",
        date=("2026-01-01", "2026-12-06"),
        story=("ห้าร้อย",),
        witnesses="วิน",
        reported=False,
        anonymous=True,
        evidence=0,
    ),
    yes="ใช่ ครับ",
)

PHOTO_FIRST = Villager(
    "แม่บ้านบ้านบัว: sends a photo of a half-empty relief bag before saying anything, then tells "
    "the story",
    {
        "none": ["แจ้งเรื่องค่ะ", "แจ้งเรื่อง"],
        "story": ["แจ้งค่ะ", "แจ้ง"],
        "consent": ["ยินยอมค่ะ", "ยินยอม"],
        "kind": ["ของบริจาคหายไปครึ่งถุงค่ะ", "โกงงบ"],
        "agency": ["อบต.บ้านบัวค่ะ", "อบต.บ้านบัว"],
        "official": ["ผู้ช่วยผู้ใหญ่บ้านหมู่ 2 ค่ะ เป็นคนแจก", "ผู้ช่วยผู้ใหญ่บ้าน"],
        "district": ["เมืองบุรีรัมย์ค่ะ"],
        "subdistrict": ["ตำบลบ้านบัวค่ะ"],
        "when": ["หลังน้ำลดค่ะ ต้นเดือนพฤศจิกา", "พฤศจิกายน 2569"],
        "what": ["ตามรูปที่ส่งไปค่ะ ถุงยังชีพควรมีข้าวห้ากิโล ได้มาแค่สองกิโล ปลากระป๋องหาย"],
        "what_more": ["ไม่มีแล้วค่ะ", "ไม่มี"],
        "evidence": ["รูปส่งไปตั้งแต่แรกแล้วค่ะ เสร็จแล้ว", "เสร็จแล้ว"],
        "witnesses": ["เพื่อนบ้านทั้งซอยค่ะ ได้เหมือนกัน", "เพื่อนบ้าน"],
        "reported": ["ไม่เคยค่ะ", "ไม่เคย"],
        "identity": ["ไม่บอกชื่อค่ะ", "ไม่บอกชื่อ"],
        "summary": ["ถูกต้องค่ะ ส่ง", "ส่ง"],
    },
    Meant(
        kind=("budget",),
        agency=("อบต.บ้านบัว",),
        official=("ผู้ช่วยผู้ใหญ่บ้าน",),
        district="3101",
        date=("2026-11-01", "2026-11-15"),
        story=("ห้ากิโล", "สองกิโล"),
        witnesses="เพื่อนบ้าน",
        reported=False,
        anonymous=True,
        evidence=1,
    ),
    opening=(photo(), "รูปนี้ถุงยังชีพที่ อบต. แจกหลังน้ำท่วมค่ะ ของหายไปครึ่งถุง"),
)

FOUR_MESSAGES = Villager(
    "ชาวนาเมืองแก: tells the story in four messages before any question, then adds the date "
    "he forgot",
    {
        "none": ["แจ้งเรื่องครับ"],
        "story": ["แจ้งครับ", "แจ้ง"],
        "consent": ["ยินยอมครับ", "ยินยอม"],
        "kind": ["เก็บเงินค่าน้ำมันสูบน้ำครับ ทั้งที่มีงบ", "เรียกเงิน"],
        "agency": ["อบต.เมืองแกครับ", "อบต.เมืองแก"],
        "official": ["นายก อบต. ครับ สั่งให้เก็บ", "นายก อบต."],
        "district": ["สตึกครับ"],
        "subdistrict": ["เมืองแกครับ"],
        "when": [
            "อ้อ ลืมบอก วันที่เขามาเก็บคือวันที่ 20 พฤศจิกาครับ ก่อนเกี่ยวข้าว",
            "20 พฤศจิกายน 2569",
        ],
        "what": ["ที่เล่าไปสี่ข้อความข้างบนครับ"],
        "what_more": ["ไม่มีแล้วครับ", "ไม่มี"],
        "evidence": ["ไม่มีครับ", "ไม่มี"],
        "witnesses": ["ชาวนาทุ่งบ้านโคกครับ", "ชาวนา"],
        "reported": ["ไม่เคยครับ", "ไม่เคย"],
        "identity": ["ไม่บอกชื่อครับ", "ไม่บอกชื่อ"],
        "summary": ["ถูกต้องครับ ส่งได้", "ส่ง"],
    },
    Meant(
        kind=("bribery", "budget"),
        agency=("อบต.เมืองแก",),
        official=("นายก",),
        district="3111",
        subdistrict="311104",
        date=("2026-11-20", "2026-11-20"),
        story=("สูบน้ำ", "สามร้อย"),
        witnesses="ชาวนา",
        reported=False,
        anonymous=True,
        evidence=0,
    ),
    opening=(
        "นาแล้งครับ",
        "อบต.เอาเครื่องสูบน้ำมาสูบจากลำห้วยเข้านา",
        "แต่เก็บค่าน้ำมันไร่ละสามร้อย",
        "ป้ายบอกว่าโครงการช่วยภัยแล้งฟรีครับ",
    ),
    yes="ใช่ครับ",
)

THREATENED_SINCE = Villager(
    "ลุงบ้านหนองโบสถ์: reported the headman to the district office last month, has been "
    "threatened since, asks what happens now and files here too",
    {
        "none": [
            threat("ผมแจ้งอำเภอไปเดือนก่อน ตั้งแต่นั้นมีคนขับรถวนหน้าบ้านทุกคืน เมื่อวานมีคนตะโกนว่าอยากตายเร็วใช่ไหม"),
            asks("ถ้าแจ้งตรงนี้อีกที จะเกิดอะไรต่อครับ", WHAT_NEXT),
            "แจ้งเรื่องครับ",
        ],
        "story": ["แจ้งครับ", "แจ้ง"],
        "consent": ["ยินยอมครับ", "ยินยอม"],
        "kind": ["ผู้ใหญ่บ้านเอาเงินกองทุนหมู่บ้านไปปล่อยกู้เอาดอกเองครับ", "โกงงบ"],
        "agency": ["อบต.หนองโบสถ์ครับ", "อบต.หนองโบสถ์"],
        "official": ["ผู้ใหญ่บ้านหมู่ 7 ครับ", "ผู้ใหญ่บ้าน"],
        "district": ["นางรองครับ"],
        "subdistrict": ["หนองโบสถ์ครับ"],
        "when": ["ตั้งแต่ต้นปีถึงตอนนี้ครับ", "มกราคม 2569 ถึงตอนนี้"],
        "what": [
            "เงินกองทุนหมู่บ้านหนึ่งล้าน ผู้ใหญ่เอาไปปล่อยกู้ร้อยละยี่สิบต่อเดือน ดอกเข้ากระเป๋าตัวเอง "
            "คนที่กู้ไม่ได้เป็นสมาชิกกองทุนด้วยซ้ำครับ"
        ],
        "what_more": ["ไม่มีแล้วครับ", "ไม่มี"],
        "evidence": ["ไม่มีครับ", "ไม่มี"],
        "witnesses": ["กรรมการกองทุนสองคนครับ", "กรรมการกองทุน"],
        "reported": ["เคยครับ แจ้งศูนย์ดำรงธรรมอำเภอนางรองไปเดือนก่อน", "เคย"],
        "reported_to": ["ศูนย์ดำรงธรรมอำเภอนางรองครับ", "ศูนย์ดำรงธรรม"],
        "reported_ref": ["ไม่ได้เลขครับ", "ไม่มี"],
        "identity": [asks("ผู้ใหญ่จะรู้ไหมครับว่าผมแจ้งซ้ำ", NOT_TOLD), "ไม่บอกชื่อครับ"],
        "summary": ["ถูกต้องครับ ส่ง", "ส่ง"],
    },
    Meant(
        kind=("budget", "abuse"),
        agency=("อบต.หนองโบสถ์",),
        official=("ผู้ใหญ่บ้าน",),
        district="3104",
        subdistrict="310406",
        date=("2026-01-01", "2026-12-06"),
        story=("หนึ่งล้าน", "ยี่สิบ"),
        witnesses="กรรมการกองทุน",
        reported=True,
        reported_to="ดำรงธรรม",
        anonymous=True,
        evidence=0,
    ),
    yes="ใช่ครับ",
)

GRANDDAUGHTER = Villager(
    "เด็กหญิง ป.6 ห้วยราช: files for her grandmother, who sits beside her; types as a child",
    {
        "none": [asks("หนูแจ้งแทนยายได้ไหมคะ ยายพิมพ์ไม่เป็น", FOR_SOMEONE), "แจ้งเรื่องค่ะ"],
        "story": ["ยายบอกว่าแจ้งค่ะ", "แจ้ง"],
        "consent": ["ยายยินยอมค่ะ หนูก็ยินยอม", "ยินยอม"],
        "kind": ["เขาเอาเงินคนแก่ของยายไปค่ะ", "โกงงบ"],
        "agency": ["อบต.ห้วยราชค่ะ", "อบต.ห้วยราช"],
        "official": ["ลุงผู้ช่วยผู้ใหญ่บ้านค่ะ ที่มาจ่ายเงินที่ศาลา", "ผู้ช่วยผู้ใหญ่บ้าน"],
        "district": ["ห้วยราชค่ะ"],
        "subdistrict": ["ตำบลห้วยราชค่ะ"],
        "when": ["วันพระที่แล้วค่ะ ยายจำได้เพราะไปวัด", "2 ธันวาคม 2569"],
        "what": [
            "ยายได้เงินคนแก่เดือนละ 700 แต่ลุงให้ยายแค่ 500 บอกว่าหักค่าไปเบิกให้ ยายเซ็นชื่อไปแล้ว "
            "ยายบอกว่าเป็นแบบนี้ทุกเดือนค่ะ"
        ],
        "what_more": ["ยายบอกว่าไม่มีแล้วค่ะ", "ไม่มี"],
        "evidence": ["ไม่มีค่ะ", "ไม่มี"],
        "witnesses": ["ยายทองใบบ้านข้างๆ ก็โดนค่ะ", "ยายทองใบ"],
        "reported": ["ไม่เคยค่ะ", "ไม่เคย"],
        "identity": [asks("ลุงจะรู้ไหมคะว่ายายแจ้ง", NOT_TOLD), "ไม่บอกชื่อค่ะ"],
        "summary": ["ถูกแล้วค่ะ ยายบอกส่งเลย", "ส่ง"],
    },
    Meant(
        kind=("budget", "bribery"),
        agency=("อบต.ห้วยราช",),
        official=("ผู้ช่วยผู้ใหญ่บ้าน",),
        district="3116",
        date=("2026-12-01", "2026-12-02"),
        story=("700", "500"),
        witnesses="ทองใบ",
        reported=False,
        anonymous=True,
        evidence=0,
    ),
)

QUESTIONER = Villager(
    "หนุ่มปะคำ: answers every question with a question, then with the plain answer when asked again",
    {
        "none": ["แจ้งเรื่องตรงนี้ได้เหรอครับ", "แจ้งเรื่อง"],
        "story": ["ต้องแจ้งเลยเหรอครับ", "แจ้ง"],
        "consent": [asks("ยินยอมแล้วต้องเสียเงินไหมครับ", COSTS_NOTHING), "ยินยอม"],
        "kind": ["ถ้าเขาเก็บค่าเซ็นเอกสาร มันคือเรียกเงินใช่ไหมครับ", "เรียกเงิน"],
        "agency": ["อบต.ปะคำหรือเปล่าครับ ที่เซ็นเอกสารให้", "อบต.ปะคำ"],
        "official": ["ปลัด อบต. ใช่ไหมครับที่มีสิทธิ์เซ็น", "ปลัด อบต."],
        "district": ["ปะคำไม่ใช่เหรอครับ", "ปะคำ"],
        "subdistrict": ["ตำบลปะคำมั้งครับ?", "ปะคำ"],
        "when": ["เมื่อวันศุกร์ที่ผ่านมาใช่ไหมนะ", "4 ธันวาคม 2569"],
        "what": ["ผมไปขอหนังสือรับรองที่ดินทำกิน ปลัดบอกต้องจ่ายค่าเซ็นสองพัน ไม่งั้นรอไปก่อน แบบนี้ถูกไหมครับ"],
        "what_more": ["มีอะไรต้องเล่าอีกไหมครับ", "ไม่มี"],
        "evidence": ["ต้องมีรูปด้วยเหรอครับ", "ไม่มี"],
        "witnesses": ["แฟนผมไปด้วย นับไหมครับ", "แฟน"],
        "reported": ["ต้องเคยแจ้งที่อื่นก่อนเหรอครับ", "ไม่เคย"],
        "identity": [asks("คนอ่านเรื่องเป็นใครครับ", WHO_SEES), "ไม่บอกชื่อ"],
        "summary": ["ส่งได้เลยใช่ไหมครับ", "ส่ง"],
    },
    Meant(
        kind=("bribery",),
        agency=("อบต.ปะคำ",),
        official=("ปลัด",),
        district="3112",
        date=("2026-12-04", "2026-12-04"),
        story=("สองพัน",),
        witnesses="แฟน",
        reported=False,
        anonymous=True,
        evidence=0,
    ),
    yes="ใช่ครับ",
)

KHMER_ELDER = Villager(
    "ตาบ้านบึงเจริญ: a Northern Khmer elder typing his own words in Thai letters, Thai only for names",
    {
        "none": ["ขะยมแจ้งเรื่อง", "แจ้งเรื่อง"],
        "story": ["บาด แจ้ง", "แจ้ง"],
        "consent": ["บาด ยินยอม", "ยินยอม"],
        "kind": ["เขาเรียกลุย(เงิน)ค่าขึ้นทะเบียนเกษตรกร", "เรียกเงิน"],
        "agency": ["อบต.บึงเจริญ", "อบต.บึงเจริญ"],
        "official": ["กำนัน", "กำนัน"],
        "district": ["บ้านกรวด"],
        "subdistrict": ["บึงเจริญ"],
        "when": ["ขะแคเมิน(เดือนก่อน) ขะแคพฤศจิกา", "พฤศจิกายน 2569"],
        "what": ["กำนันเรียกลุย(เงิน)คนละพีรอย(สองร้อย) ค่าขึ้นทะเบียนแสร(นา) อัตมีใบเสร็จ"],
        "what_more": ["อัตมี", "ไม่มี"],
        "evidence": ["อัตมี", "ไม่มี"],
        "witnesses": ["ยายมอมเฟียะ(บ้าน)ข้างๆ", "ยายมอม"],
        "reported": ["อัตเคย", "ไม่เคย"],
        "identity": ["อัตบอกชื่อ", "ไม่บอกชื่อ"],
        "summary": ["บาด ส่ง", "ส่ง"],
    },
    Meant(
        kind=("bribery",),
        agency=("อบต.บึงเจริญ",),
        official=("กำนัน",),
        district="3108",
        subdistrict="310807",
        date=("2026-11-01", "2026-11-30"),
        story=("กำนัน",),
        witnesses="มอม",
        reported=False,
        anonymous=True,
        evidence=0,
    ),
    yes="บาด",
)

MIGRANT_ABROAD = Villager(
    "คนงานไทยในเกาหลี: files about his mother's village in Nong Ki, typing Thai in Latin letters "
    "with a little English",
    {
        "none": ["sawatdee krub, pom tam ngan yu kaoli, yak jaeng rueang baan mae", "แจ้งเรื่อง"],
        "story": ["jaeng krub", "แจ้ง"],
        "consent": ["yinyom krub", "ยินยอม"],
        "kind": ["riak ngoen krub, kha sen ekkasan", "เรียกเงิน"],
        "agency": ["obt thung kraten krub", "อบต.ทุ่งกระเต็น"],
        "official": ["phu yai ban moo 5 krub", "ผู้ใหญ่บ้าน"],
        "district": ["nong ki krub"],
        "subdistrict": ["thung kraten krub", "ทุ่งกระเต็น"],
        "when": ["duean thi laeo krub, ton duean", "พฤศจิกายน 2569"],
        "what": [
            "mae pai kho hai phu yai ban sen rap rong wa pom pen luk, ja dai ao pai tham visa, "
            "phu yai bok tong jai 3000 baht kon, mae mai mee ngoen tong yuem"
        ],
        "what_more": ["mai mee laew krub", "ไม่มี"],
        "evidence": ["mai mee krub", "ไม่มี"],
        "witnesses": ["na sao pai kap mae krub", "น้าสาว"],
        "reported": ["mai khoei krub", "ไม่เคย"],
        "identity": ["mai bok chue krub, mae klua", "ไม่บอกชื่อ"],
        "summary": ["thuk laew krub, song dai", "ส่ง"],
    },
    Meant(
        kind=("bribery",),
        agency=("อบต.ทุ่งกระเต็น",),
        official=("ผู้ใหญ่บ้าน",),
        district="3105",
        subdistrict="310507",
        date=("2026-11-01", "2026-11-15"),
        story=("3000",),
        reported=False,
        anonymous=True,
        evidence=0,
    ),
    yes="chai krub",
)

AGENCY_TWICE = Villager(
    "แม่ค้าข้าวแกงนาโพธิ์: names the agency, corrects it to the school, then back to the municipality",
    {
        "none": ["แจ้งเรื่องค่ะ อาหารกลางวันเด็ก", "แจ้งเรื่อง"],
        "story": ["แจ้งค่ะ", "แจ้ง"],
        "consent": ["ยินยอมค่ะ", "ยินยอม"],
        "kind": ["ค่าอาหารกลางวันเด็กโดนหักค่ะ", "โกงงบ"],
        "agency": ["อบต.นาโพธิ์ค่ะ", "อบต.นาโพธิ์"],
        "official": ["ผอ.โรงเรียนกับเจ้าหน้าที่การศึกษาค่ะ", "ผอ.โรงเรียน"],
        "district": ["นาโพธิ์ค่ะ"],
        "subdistrict": ["ตำบลนาโพธิ์ค่ะ"],
        "when": ["ตั้งแต่เปิดเทอมสองค่ะ", "พฤศจิกายน 2569 ถึงตอนนี้"],
        "what": [
            "หนูทำกับข้าวส่งโรงเรียน ได้ค่าอาหารหัวละ 22 บาท แต่โดนหักเหลือ 15 บอกว่าเป็นค่าบริหาร "
            "เด็กได้กินแต่ไข่ต้มกับผัดผักค่ะ"
        ],
        "what_more": [
            "ขอแก้หน่วยงานค่ะ ไม่ใช่ อบต. เป็นโรงเรียนบ้านนาโพธิ์",
            "ไม่มีแล้วค่ะ",
            "ไม่มี",
        ],
        "evidence": ["มีใบสั่งจ่ายค่ะ", photo(), "เสร็จแล้ว"],
        "witnesses": ["ครูเวรอาหารค่ะ", "ครูเวร"],
        "reported": ["ไม่เคยค่ะ", "ไม่เคย"],
        "identity": ["ไม่บอกชื่อค่ะ", "ไม่บอกชื่อ"],
        "summary": [
            "ขอแก้หน่วยงานอีกทีค่ะ เงินมาจากเทศบาลตำบลนาโพธิ์ ไม่ใช่โรงเรียน",
            "ถูกต้องค่ะ ส่ง",
            "ส่ง",
        ],
    },
    Meant(
        kind=("budget",),
        agency=("ทต.นาโพธิ์", "เทศบาลตำบลนาโพธิ์"),
        official=("ผอ",),
        district="3113",
        date=("2026-11-01", "2026-12-06"),
        story=("22", "15"),
        witnesses="ครูเวร",
        reported=False,
        anonymous=True,
        evidence=1,
    ),
)

PASTER = Villager(
    "หนุ่มแคนดง: pastes the headman's LINE announcement as his first message, then answers tersely",
    {
        "none": ["แจ้งเรื่องครับ", "แจ้งเรื่อง"],
        "story": ["แจ้งครับ", "แจ้ง"],
        "consent": [asks("ส่งแล้วกี่วันถึงจะมีคนดูครับ", HOW_LONG), "ยินยอมครับ"],
        "kind": ["เก็บเงินครับ ตามประกาศข้างบน", "เรียกเงิน"],
        "agency": ["อบต.แคนดงครับ", "อบต.แคนดง"],
        "official": ["ผู้ใหญ่บ้านหมู่ 4 ครับ", "ผู้ใหญ่บ้าน"],
        "district": ["แคนดงครับ"],
        "subdistrict": ["ตำบลแคนดงครับ"],
        "when": ["ประกาศเมื่อวานครับ", "5 ธันวาคม 2569"],
        "what": ["ตามประกาศที่แปะไปครับ ถังน้ำเป็นของฟรีจาก ปภ."],
        "what_more": ["ไม่มีครับ", "ไม่มี"],
        "evidence": ["ที่แปะไปนั่นแหละครับ หลักฐาน ไม่มีรูปอื่น", "ไม่มี"],
        "witnesses": ["คนในกลุ่มไลน์หมู่ 4 ทุกคนครับ", "คนในกลุ่มไลน์"],
        "reported": ["ไม่เคยครับ", "ไม่เคย"],
        "identity": ["ไม่บอกชื่อครับ", "ไม่บอกชื่อ"],
        "summary": ["ถูกครับ ส่ง", "ส่ง"],
    },
    Meant(
        kind=("bribery", "budget"),
        agency=("อบต.แคนดง",),
        official=("ผู้ใหญ่บ้าน",),
        district="3122",
        date=("2026-12-05", "2026-12-05"),
        story=("800",),
        reported=False,
        anonymous=True,
        evidence=0,
    ),
    opening=(
        "📢📢 ประกาศจากผู้ใหญ่บ้านหมู่ 4 📢📢\n"
        "ใครต้องการถังเก็บน้ำ 2000 ลิตร ที่ทางราชการจัดสรรมา ให้มาลงชื่อที่บ้านผู้ใหญ่ "
        "พร้อมค่าขนส่งถังละ 800 บาท ภายในวันที่ 10 ธ.ค. นี้ ใครไม่จ่ายถือว่าสละสิทธิ์\n"
        "(ก๊อปมาจากกลุ่มไลน์หมู่บ้านครับ)",
    ),
    yes="ใช่ครับ",
)

VILLAGERS = {
    "moto_taxi": MOTO_TAXI,
    "photo_first": PHOTO_FIRST,
    "four_messages": FOUR_MESSAGES,
    "threatened_since": THREATENED_SINCE,
    "granddaughter": GRANDDAUGHTER,
    "questioner": QUESTIONER,
    "khmer_elder": KHMER_ELDER,
    "migrant_abroad": MIGRANT_ABROAD,
    "agency_twice": AGENCY_TWICE,
    "paster": PASTER,
}

SEALED = set(random.Random(15).sample(list(VILLAGERS), 5))
DIAG = set(VILLAGERS) - SEALED
