"""Six typed villagers (issue 16, "a villager understood, not matched") written for the kinds of
failure the held-out people still meet, each in words of its own: a story told over several
bubbles between a greeting, an introduction and a closing thanks; a date said loosely and its
month corrected at the next question; a sub-district spelt as it is said and corrected at
another question; Thai typed in Latin letters; remarks and questions back at many questions; an
English speaker saying the date, the official and the evidence loosely.

Played by the driver of the first held-out people (`heldout_personas.play`), with its checks.
Dates are as said on Saturday 5 December 2026 (BE 2569).
"""

from __future__ import annotations

from tests.integration.handlers.complaint.heldout_personas import Meant, Villager, asks
from tests.integration.handlers.complaint.personas import photo

#: An aside that is a remark, not a question: any reply will do, but it must not be kept.
ANY = r"."

TOLD_IN_BUBBLES = Villager(
    "แม่บุญเรือน: greets, says who she is, tells in three bubbles, then thanks",
    {
        "story": ["แจ้งเป็นเรื่องเลยค่ะ", "แจ้ง"],
        "none": ["แจ้งเรื่องค่ะ"],
        "consent": ["ยอมค่ะ", "ยินยอม"],
        "kind": ["เรียกเก็บเงินค่ะ", "เรียกเงิน"],
        "agency": ["ไม่ใช่หน่วยงานค่ะ ผู้ใหญ่บ้านเก็บเอง", "ไม่รู้"],
        "official": ["ผู้ใหญ่บ้านหมู่ 7 ค่ะ"],
        "district": ["กระสังค่ะ"],
        "subdistrict": ["หนองเต็งค่ะ"],
        "when": ["ต้นเดือนที่แล้วค่ะ", "พฤศจิกายน 2569"],
        "what_more": ["หมดแล้วค่ะ"],
        "evidence": ["ไม่มีค่ะ"],
        "witnesses": ["ป้าสมศรีบ้านติดกันก็จ่ายค่ะ"],
        "reported": ["ยังไม่ได้แจ้งที่ไหนค่ะ", "ไม่เคย"],
        "identity": ["ไม่บอกชื่อค่ะ"],
        "summary": ["ถูกต้องค่ะ ส่งเลย", "ส่ง"],
    },
    Meant(
        kind=("bribery",),
        official=("ผู้ใหญ่บ้าน",),
        district="3103",
        subdistrict="310305",
        date=("2026-11-01", "2026-11-15"),
        story=("500", "ฟรี", "สามสิบหลัง"),
        witnesses="ป้าสมศรี",
        reported=False,
        anonymous=True,
    ),
    opening=(
        "สวัสดีค่ะ ดิฉันเป็น อสม.หมู่ 7 ค่ะ ชาวบ้านฝากให้มาแจ้งแทน",
        "ผู้ใหญ่บ้านเก็บเงินชาวบ้านคนละ 500 บาท บอกว่าเป็นค่าขึ้นทะเบียนเกษตรกร",
        "ทั้งที่จริงๆ ขึ้นทะเบียนฟรีค่ะ",
        "ตอนนี้เก็บไปเกือบสามสิบหลังคาเรือนแล้ว",
        "ขอบคุณมากนะคะที่รับฟัง",
    ),
)

MONTH_CORRECTED = Villager(
    "ลุงสมาน: says the date loosely, then corrects the month while telling what happened",
    {
        "none": ["จะแจ้งเรื่องครับ", "แจ้งเรื่อง"],
        "story": ["แจ้งครับ"],
        "consent": ["ได้ครับ ยอม", "ยินยอม"],
        "kind": ["ฮั้วประมูลครับ", "จัดซื้อ"],
        "agency": ["อบต.ปะเคียบครับ"],
        "official": ["ปลัด อบต.ครับ"],
        "district": ["คูเมืองครับ"],
        "subdistrict": ["ปะเคียบครับ"],
        "when": ["ช่วงต้นๆ เดือนที่แล้วครับ"],
        "what": [
            "ขอโทษครับ เดือนผิด ไม่ใช่เดือนที่แล้ว เป็นเดือนตุลาครับ",
            "ปลัดให้บริษัทญาติตัวเองชนะประมูลขุดลอกคลอง ราคากลางสองล้าน คนอื่นยื่นซองไม่ได้เพราะประกาศแค่วันเดียวครับ",
        ],
        "what_more": ["แค่นี้ครับ"],
        "evidence": ["ไม่มีครับ"],
        "witnesses": ["ไม่มีครับ"],
        "reported": ["ไม่เคยครับ"],
        "identity": ["ไม่บอกชื่อครับ"],
        "summary": ["ถูกต้องครับ", "ส่ง"],
    },
    Meant(
        kind=("procurement", "conflict"),
        agency=("อบต.ปะเคียบ",),
        official=("ปลัด",),
        district="3102",
        subdistrict="310202",
        date=("2026-10-01", "2026-10-31"),
        story=("ประมูล", "สองล้าน"),
        reported=False,
        anonymous=True,
    ),
    yes="ใช่ครับ",
)

PLACE_BY_SOUND = Villager(
    "พี่แดง: spells her tambon as she says it, then corrects it when asked the date",
    {
        "none": ["อยากร้องเรียนค่ะ", "แจ้งเรื่อง"],
        "story": ["แจ้งค่ะ"],
        "consent": ["ยินยอมจ้า"],
        "kind": ["เอาของหลวงไปใช้ส่วนตัวค่ะ", "โกงเงิน"],
        "agency": ["อบต.ค่ะ ไม่รู้ชื่อเต็ม", "ไม่รู้"],
        "official": ["รองนายก อบต.ค่ะ"],
        "district": ["ประโคนชัยค่ะ"],
        "subdistrict": ["ละเวี่ยค่ะ"],
        "when": [
            "อ้อ ขอแก้ตำบลค่ะ บ้านอยู่ละเวี้ยแต่เรื่องเกิดที่ตำบลโคกม้าค่ะ",
            "เมื่อวานซืนค่ะ",
        ],
        "what": ["รองนายกเอารถน้ำของ อบต. ไปรดสวนยางของตัวเองทุกวัน ชาวบ้านขอน้ำตอนแล้งกลับบอกว่ารถเสียค่ะ"],
        "what_more": ["ไม่มีแล้วค่ะ"],
        "evidence": [photo(), "ส่งแล้วค่ะ"],
        "witnesses": ["คนขับรถน้ำค่ะ"],
        "reported": ["ไม่เคยค่ะ"],
        "identity": ["ไม่บอกชื่อค่ะ"],
        "summary": ["ถูกต้องค่ะ", "ส่ง"],
    },
    Meant(
        kind=("budget", "abuse", "conflict"),
        official=("รองนายก",),
        district="3107",
        subdistrict="310710",
        date=("2026-12-03", "2026-12-03"),
        story=("รถน้ำ", "สวนยาง"),
        witnesses="คนขับรถน้ำ",
        reported=False,
        anonymous=True,
        evidence=1,
    ),
)

LATIN_THAI = Villager(
    "Ton: a phone without a Thai keyboard, Thai typed in Latin letters from start to end",
    {
        "none": ["yak jaeng rueang khrap", "jaeng rueang"],
        "story": ["jaeng khrap", "report"],
        "consent": ["yinyom khrap", "yom khrap"],
        "kind": ["riak ngoen khrap", "1"],
        "agency": ["mai ru khrap"],
        "official": ["phu yai ban mu 2 khrap"],
        "district": ["Lam Plai Mat"],
        "subdistrict": ["Nong Khu"],
        "when": ["muea wan khrap"],
        "what": [
            "phu yai ban riak ngoen 300 baht ja hai chue rap ngoen chuai luea nam thuam khrap"
        ],
        "what_more": ["mai mee laew khrap"],
        "evidence": ["mai mee khrap"],
        "witnesses": [asks("one moment khrap", ANY), "mai mee khrap"],
        "reported": ["mai koey khrap"],
        "identity": ["mai bok chue khrap"],
        "summary": ["thuk tong khrap", "song"],
    },
    Meant(
        kind=("bribery",),
        official=("phuyaiban", "ผู้ใหญ่บ้าน"),
        district="3110",
        subdistrict="311002",
        date=("2026-12-04", "2026-12-04"),
        story=("300",),
        reported=False,
        anonymous=True,
    ),
    yes="chai khrap",
)

ASIDES_EVERYWHERE = Villager(
    "ป้าทองม้วน: sighs, asks back and remarks at three questions before each answer",
    {
        "none": ["จะร้องเรียนนายก อบต.ค่ะ", "แจ้งเรื่อง"],
        "story": ["แจ้งค่ะ"],
        "consent": ["ยินยอมค่ะ"],
        "kind": [
            asks("เฮ้อ ไม่รู้จะเริ่มตรงไหนดีค่ะ เรื่องมันเยอะ", ANY),
            "เอาเงินหลวงไปใช้ค่ะ",
            "โกงเงิน",
        ],
        "agency": ["อบต.หนองบัวค่ะ"],
        "official": [
            asks("ถ้าบอกว่าใครทำ เขาจะรู้ไหมคะว่าป้าเป็นคนแจ้ง", r"ไม่|ความลับ|ไม่เปิดเผย"),
            "นายก อบต.หนองบัวค่ะ",
        ],
        "district": ["ปะคำค่ะ"],
        "subdistrict": ["หนองบัวค่ะ"],
        "when": [
            asks("ต้องบอกวันที่แน่นอนเลยไหมคะ ป้าจำไม่ค่อยได้", r"ประมาณ|ไม่ต้อง|ราว|คร่าว"),
            "ประมาณเดือนกันยาค่ะ",
        ],
        "what": ["นายกเอาเงินงบซ่อมศาลาประชาคมไปแต่ไม่ได้ซ่อม ศาลายังรั่วเหมือนเดิม ป้ายบอกว่าใช้ไปแสนห้าค่ะ"],
        "what_more": ["หมดแล้วค่ะ"],
        "evidence": [
            asks("ถ่ายรูปศาลาไปให้ดูได้ไหมคะ แล้วใครจะเห็นรูปบ้าง", r"คณะกรรมการ|ได้|ส่ง"),
            "ไม่มีรูปค่ะ",
        ],
        "witnesses": ["ชาวบ้านทั้งหมู่รู้ค่ะ"],
        "reported": ["ไม่เคยค่ะ"],
        "identity": ["ไม่บอกชื่อค่ะ"],
        "summary": ["ถูกต้องค่ะ", "ส่ง"],
    },
    Meant(
        kind=("budget",),
        agency=("อบต.หนองบัว",),
        official=("นายก",),
        district="3112",
        subdistrict="311203",
        date=("2026-09-01", "2026-09-30"),
        story=("ศาลา", "แสนห้า"),
        witnesses="ชาวบ้าน",
        reported=False,
        anonymous=True,
    ),
)

ENGLISH_LOOSELY = Villager(
    "Mark: an English teacher married in Nong Ki, says things loosely",
    {
        "none": ["Hi, I'd like to report a police officer", "I want to file a complaint"],
        "story": ["yes please", "report"],
        "consent": ["sure, I agree", "I agree"],
        "kind": ["he asked my wife for money to drop a fine", "bribery"],
        "agency": ["Nong Ki police station"],
        "official": [
            asks("hold on, let me ask my wife", ANY),
            "a policeman at the checkpoint, I don't know his name",
            "policeman",
        ],
        "district": ["Nong Ki"],
        "subdistrict": ["Nong Ki"],
        "when": ["about ten days ago, give or take", "25 November 2026"],
        "what": [
            "My wife was stopped at the checkpoint near the market. The officer said the fine "
            "was 2000 baht but she could pay 500 cash now and there would be no ticket."
        ],
        "what_more": ["that's all"],
        "evidence": ["I'll send the photo of the receipt later", "later"],
        "witnesses": ["my wife, she was driving"],
        "reported": ["no, not yet", "no"],
        "identity": ["I'd rather stay anonymous", "anonymous"],
        "summary": ["looks right, send it", "send"],
    },
    Meant(
        kind=("bribery",),
        official=("police", "ตำรวจ"),
        district="3105",
        subdistrict="310501",
        date=("2026-11-22", "2026-11-28"),
        story=("500",),
        witnesses="wife",
        reported=False,
        anonymous=True,
    ),
    yes="yes",
    speaks="en",
)

BUBBLES_WHEN_ASKED = Villager(
    "ลุงประยูร: asked what happened, types it in three bubbles, then says thanks",
    {
        "none": ["แจ้งเรื่องครับ"],
        "consent": ["ยินยอมครับ"],
        "kind": ["โกงค่าแรงครับ", "โกงเงิน"],
        "agency": ["เทศบาลตำบลหนองกี่ครับ"],
        "official": ["หัวหน้ากองช่างครับ"],
        "district": ["หนองกี่ครับ"],
        "subdistrict": ["หนองกี่ครับ"],
        "when": ["ช่วงออกพรรษาครับ", "ตุลาคม 2569"],
        "what": ["หัวหน้ากองช่างจ้างชาวบ้านลอกท่อ บอกค่าแรงวันละสามร้อย"],
        "evidence": [
            "แต่จ่ายจริงแค่วันละร้อยห้าสิบครับ",
            "ในบัญชีเบิกเต็มสามร้อย ลงชื่อชาวบ้านสิบสองคนครับ",
            "ไม่มีรูปครับ",
        ],
        "witnesses": ["ชาวบ้านสิบสองคนที่ไปทำงานครับ"],
        "reported": ["ไม่เคยครับ"],
        "identity": ["บอกชื่อได้ครับ"],
        "name": ["ประยูร ศรีสุข"],
        "phone": ["0871234567"],
        "summary": ["ถูกต้องครับ ขอบคุณมาก", "ส่ง"],
    },
    Meant(
        kind=("budget",),
        agency=("เทศบาลตำบลหนองกี่", "ทต.หนองกี่"),
        official=("กองช่าง",),
        district="3105",
        subdistrict="310501",
        date=("2026-10-01", "2026-10-31"),
        story=("สามร้อย", "ร้อยห้าสิบ", "สิบสองคน"),
        reported=False,
        anonymous=False,
        name="ประยูร ศรีสุข",
        phone="0871234567",
    ),
    yes="ใช่ครับ",
)

VILLAGERS = {
    "bubbles_when_asked": BUBBLES_WHEN_ASKED,
    "told_in_bubbles": TOLD_IN_BUBBLES,
    "month_corrected": MONTH_CORRECTED,
    "place_by_sound": PLACE_BY_SOUND,
    "latin_thai": LATIN_THAI,
    "asides_everywhere": ASIDES_EVERYWHERE,
    "english_loosely": ENGLISH_LOOSELY,
}

#: What must never be in the stored story: the greeting, the introduction, the thanks.
NOT_THE_STORY = {
    "told_in_bubbles": ("สวัสดี", "ขอบคุณ"),
    "month_corrected": ("เดือนผิด",),
    "asides_everywhere": ("เฮ้อ", "เขาจะรู้ไหม"),
}
