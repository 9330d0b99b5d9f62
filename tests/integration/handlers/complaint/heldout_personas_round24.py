"""Held-out villagers, round 24: ten new kinds of people written by a tester who read neither
the bot's rules nor its word lists nor its training examples; played by the driver of the first
held-out people (`heldout_personas.play`). Among them: a cassava trucker, a woman who keeps the
books of a village savings group, a man in a wheelchair typing by voice-to-text (odd spacing), a
retired soldier (formal, long), a trader from the Cambodian border (Khmer-Thai), a nurse at a
รพ.สต., a young couple filing together in one chat, a man who first asks whether he is talking
to a real person, a woman who sends her story as a numbered list, and a woman threatened
mid-filing who files and then withdraws.
Five, chosen at random (`random.Random(24).sample(sorted(VILLAGERS), 5)`), are SEALED: their
failures are only counted, never described to whoever fixes the conversation.

Dates are as said on Monday 7 December 2026 (BE 2569). Where a phrase can honestly mean more
than one day, the span covers every reading. Districts and sub-districts are DOPA codes checked
against geothai's data (geothai/_data/subdistricts.json), not against the product's files.
"""

from __future__ import annotations

import random

from tests.integration.handlers.complaint.heldout_personas import Meant, Villager, asks, threat
from tests.integration.handlers.complaint.personas import photo

# Replies a question back must get (what any honest answer to it contains).
NO_FEE = r"ไม่.{0,20}(เสีย|มี|ต้องจ่าย).{0,15}(เงิน|ค่า)|ฟรี|free|no (cost|charge|fee)"
WHO_READS = r"กรรมการ|เจ้าหน้าที่|ไม่.{0,30}(บอก|เปิดเผย)|committee|staff|not (be )?shared"
REAL_PERSON = r"บอท|ระบบ|อัตโนมัติ|โปรแกรม|เจ้าหน้าที่|คน|bot|automat|program|staff|person"
CAN_STOP = r"ถอน|ยกเลิก|หยุด|withdraw|cancel|stop"

CASSAVA_TRUCKER = Villager(
    "พี่บุญเลิศ: a cassava trucker, Isan, types at the weighbridge queue, one photo of a slip",
    {
        "none": ["รถมันเด้อ ต่อคิวลานมันอยู่ สิแจ้งเรื่องด่านเก็บเงินรถบรรทุกในหมู่บ้าน", "แจ้งเรื่อง"],
        "story": ["แจ้งโลด", "แจ้ง"],
        "consent": ["ยอมเด้อ", "ยินยอม"],
        "kind": ["เพิ่นตั้งด่านเก็บเงินรถขนมัน คันละสองร้อย บ่มีใบเสร็จ", "เรียกเงิน"],
        "agency": ["อบต.ทุ่งกระเต็นเด้อ", "อบต.ทุ่งกระเต็น"],
        "official": ["สมาชิก อบต. หมู่ 5 กับลูกน้อง", "ส.อบต."],
        "district": ["หนองกี่", "อำเภอหนองกี่"],
        "subdistrict": ["ทุ่งกระเต็น", "ตำบลทุ่งกระเต็น"],
        "when": ["ตั้งแต่เดือนที่แล้ว ช่วงขุดมันหนัก", "พฤศจิกายน 2569"],
        "what": [
            "ส.อบต. หมู่ 5 เอาไม้มากั้นทางเข้าลานมัน บอกว่าเป็นค่าซ่อมถนนที่รถหนักเหยียบพัง "
            "เก็บคันละสองร้อยทุกเที่ยว ข่อยวิ่งวันละสามเที่ยว แต่ถนนบ่เคยซ่อมจักเทื่อ"
        ],
        "what_more": ["บ่มีแล้ว", "ไม่มี"],
        "evidence": [photo(), "มีรูปกระดาษที่เพิ่นเขียนให้ใบเดียว", "เสร็จแล้ว"],
        "witnesses": ["คนขับรถมันคันอื่นเด้อ อ้ายทองใบ", "อ้ายทองใบ"],
        "reported": ["บ่เคยแจ้ง", "ยังไม่เคย"],
        "identity": ["บ่บอกชื่อ ยังต้องวิ่งผ่านทางนี้", "ไม่บอกชื่อ"],
        "summary": ["แม่นแล้วส่งโลด", "ส่ง"],
    },
    Meant(
        kind=("bribery",),
        agency=("อบต.ทุ่งกระเต็น",),
        official=("ส.อบต", "สมาชิก"),
        district="3105",
        subdistrict="310507",
        date=("2026-11-01", "2026-11-30"),
        story=("สองร้อย",),
        witnesses="ทองใบ",
        reported=False,
        anonymous=True,
        evidence=1,
    ),
    yes="แม่นแล้ว",
)

SAVINGS_GROUP = Villager(
    "แม่ลำดวน: keeps the books of the village savings group; the headman took the fund's money",
    {
        "none": [
            "สวัสดีค่ะ แม่เป็นเหรัญญิกกลุ่มออมทรัพย์หมู่บ้าน อยากแจ้งเรื่องเงินกองทุนที่ผู้ใหญ่บ้านยืมไปไม่คืน",
            "แจ้งเรื่อง",
        ],
        "story": ["แจ้งค่ะ", "แจ้ง"],
        "consent": ["ยินยอมค่ะ", "ยินยอม"],
        "kind": ["เอาเงินกองทุนหมู่บ้านไปใช้ส่วนตัวค่ะ", "ใช้งบไม่ถูก"],
        "agency": ["อบต.ตลาดโพธิ์ค่ะ เขาดูแลกองทุน", "อบต.ตลาดโพธิ์"],
        "official": ["ผู้ใหญ่บ้านหมู่ 8 ค่ะ เป็นประธานกองทุนด้วย", "ผู้ใหญ่บ้าน"],
        "district": ["ลำปลายมาศค่ะ", "ลำปลายมาศ"],
        "subdistrict": ["ตลาดโพธิ์ค่ะ", "ตำบลตลาดโพธิ์"],
        "when": ["ตอนปิดบัญชีสิ้นเดือนตุลาคมค่ะ", "31 ตุลาคม 2569"],
        "what": [
            "ผู้ใหญ่บ้านเบิกเงินกองทุนไป 85,000 บาท บอกว่ายืมไปจัดงานกฐิน แต่ไม่มีงานกฐิน "
            "แล้วก็ไม่ยอมคืน สมาชิกกลุ่มถามทุกเดือน แม่เป็นคนลงบัญชีเลยรู้"
        ],
        "what_more": ["ไม่มีแล้วค่ะ", "ไม่มี"],
        "evidence": ["มีสมุดบัญชีกลุ่มค่ะ เดี๋ยวถ่ายรูปส่งทีหลัง", "ส่งทีหลัง"],
        "witnesses": ["ประธานกลุ่มแม่บ้านค่ะ ป้าคำปุ่น", "ป้าคำปุ่น"],
        "reported": ["เคยบอกพัฒนากรอำเภอแล้วค่ะ เขาว่าจะมาดู", "เคยแจ้งพัฒนาชุมชนอำเภอ"],
        "reported_ref": ["ไม่มีเลขที่ค่ะ บอกปากเปล่า", "ไม่มี"],
        "identity": ["ใส่ชื่อได้ค่ะ ทุกคนรู้อยู่แล้วว่าแม่ถือบัญชี", "บอกชื่อ"],
        "name": ["ลำดวน พรมมา"],
        "phone": ["0891237744"],
        "summary": ["ถูกต้องค่ะ ส่งได้", "ส่ง"],
    },
    Meant(
        kind=("budget",),
        agency=("อบต.ตลาดโพธิ์",),
        official=("ผู้ใหญ่บ้าน",),
        district="3110",
        subdistrict="311005",
        date=("2026-10-01", "2026-10-31"),
        story=("85,000",),
        witnesses="คำปุ่น",
        reported=True,
        anonymous=False,
        name="ลำดวน พรมมา",
        phone="0891237744",
    ),
)

VOICE_TYPIST = Villager(
    "ลุงประสิทธิ์: in a wheelchair, types by voice-to-text, so words come split and run together",
    {
        "none": ["สวัสดี ครับ ผม จะ แจ้ง เรื่อง เบี้ย คน พิการ ครับ", "แจ้งเรื่อง"],
        "story": ["แจ้ง ครับ", "แจ้ง"],
        "consent": ["ยิน ยอม ครับ", "ยินยอม"],
        "kind": ["เขา หัก เงิน เบี้ย คน พิการ ครับ", "เรียกเงิน"],
        "agency": ["อบต. เมือง ไผ่ ครับ", "อบต.เมืองไผ่"],
        "official": ["เจ้า หน้าที่ การเงิน อบต. ครับ", "เจ้าหน้าที่การเงิน"],
        "district": ["อำเภอ กระ สัง ครับ", "กระสัง"],
        "subdistrict": ["ตำบล เมือง ไผ่ ครับ", "เมืองไผ่"],
        "when": ["ทุก เดือน ตั้งแต่ ต้น ปี สอง ห้า หก เก้า ครับ", "มกราคม 2569"],
        "what": [
            "เบี้ย คน พิการ ผม ได้ เดือน ละ แปด ร้อย ครับ แต่ เจ้า หน้าที่ เอา มา ให้ ที่ บ้าน "
            "แค่ หก ร้อย บอก ว่า สอง ร้อย เป็น ค่า น้ำมัน รถ ที่ ขับ มา ส่ง ผม ไป รับ เอง ไม่ ได้ ครับ"
        ],
        "what_more": ["ไม่ มี แล้ว ครับ", "ไม่มี"],
        "evidence": ["ไม่ มี ครับ", "ไม่มี"],
        "witnesses": ["ลูก สาว ผม ครับ ชื่อ น้อย", "น้อย"],
        "reported": ["ยัง ไม่ เคย ครับ", "ยังไม่เคย"],
        "identity": ["ไม่ บอก ชื่อ ครับ", "ไม่บอกชื่อ"],
        "summary": ["ถูก ต้อง ครับ ส่ง", "ส่ง"],
    },
    Meant(
        kind=("bribery", "budget"),
        agency=("อบต.เมืองไผ่",),
        official=("การเงิน",),
        district="3103",
        subdistrict="310306",
        date=("2026-01-01", "2026-12-07"),
        story=("หก",),
        witnesses="น้อย",
        reported=False,
        anonymous=True,
    ),
    yes="ใช่ ครับ",
)

RETIRED_SOLDIER = Villager(
    "จ.ส.อ.(เกษียณ) สมาน: a retired sergeant-major, formal and long, named with phone",
    {
        "none": [
            "เรียน เจ้าหน้าที่ผู้เกี่ยวข้อง กระผม จ่าสิบเอกสมาน เกษียณราชการแล้ว ประสงค์จะร้องเรียน"
            "กรณีการจัดซื้อจัดจ้างโครงการก่อสร้างในหมู่บ้านที่ไม่โปร่งใสครับ",
            "แจ้งเรื่อง",
        ],
        "story": ["ประสงค์จะแจ้งเป็นเรื่องร้องเรียนครับ", "แจ้ง"],
        "consent": ["กระผมยินยอมครับ", "ยินยอม"],
        "kind": ["การจัดซื้อจัดจ้างที่มีการกำหนดผู้รับเหมาไว้ล่วงหน้าครับ", "จัดซื้อจัดจ้าง"],
        "agency": ["องค์การบริหารส่วนตำบลโคกกลาง ครับ", "อบต.โคกกลาง"],
        "official": ["นายกองค์การบริหารส่วนตำบลครับ", "นายก อบต."],
        "district": ["อำเภอลำปลายมาศ จังหวัดบุรีรัมย์ครับ", "ลำปลายมาศ"],
        "subdistrict": ["ตำบลโคกกลางครับ", "โคกกลาง"],
        "when": ["ประกาศผลเมื่อวันที่ 20 ตุลาคม 2569 ครับ", "20 ตุลาคม 2569"],
        "what": [
            "โครงการก่อสร้างถนนคอนกรีตเสริมเหล็ก หมู่ที่ 11 วงเงิน 1.2 ล้านบาท ผู้ชนะการเสนอราคา"
            "เป็นห้างหุ้นส่วนของบุตรเขยนายก อบต. ซึ่งเป็นผู้เสนอราคาเพียงรายเดียว ทั้งที่มีผู้รับเหมา"
            "ในพื้นที่อย่างน้อยสามรายแจ้งความประสงค์ แต่ได้รับแจ้งว่าเอกสารไม่ครบโดยไม่มีเหตุผลครับ"
        ],
        "what_more": ["ไม่มีเพิ่มเติมครับ", "ไม่มี"],
        "evidence": ["มีสำเนาประกาศผลที่ติดบอร์ด อบต. ครับ จะส่งภายหลัง", "ส่งทีหลัง"],
        "witnesses": ["นายเกรียงไกร ผู้รับเหมาที่ถูกตัดสิทธิ์ครับ", "เกรียงไกร"],
        "reported": ["ยังไม่เคยร้องเรียนที่ใดครับ", "ยังไม่เคย"],
        "identity": ["เปิดเผยชื่อได้ครับ กระผมยินดีรับผิดชอบคำพูด", "บอกชื่อ"],
        "name": ["สมาน ทองดี"],
        "phone": ["0814456627"],
        "summary": ["ถูกต้องครบถ้วนครับ กรุณาส่งเรื่อง", "ส่ง"],
    },
    Meant(
        kind=("procurement", "conflict"),
        agency=("อบต.โคกกลาง",),
        official=("นายก",),
        district="3110",
        subdistrict="311007",
        date=("2026-10-20", "2026-10-20"),
        story=("เขย",),
        witnesses="เกรียงไกร",
        reported=False,
        anonymous=False,
        name="สมาน ทองดี",
        phone="0814456627",
    ),
    yes="ถูกต้องครับ",
)

BORDER_TRADER = Villager(
    "บองสุพัตรา: a trader at the Cambodian border market, Khmer-Thai, pays the market officer",
    {
        "none": ["ซัวสเด็ยค่ะ บองค้าขายที่ตลาดชายแดน อยากแจ้งเรื่องคนเก็บเงินแผงค่ะ", "แจ้งเรื่อง"],
        "story": ["แจ้งบาด", "แจ้ง"],
        "consent": ["ยินยอมค่ะ บาด", "ยินยอม"],
        "kind": ["เก็บเงินแผงเกินค่ะ เก็บเข้ากระเป๋า", "เรียกเงิน"],
        "agency": ["อบต.โนนเจริญค่ะ", "อบต.โนนเจริญ"],
        "official": ["เจ้าหน้าที่เก็บค่าตลาดของ อบต. ค่ะ", "เจ้าหน้าที่"],
        "district": ["บ้านกรวดบาด", "บ้านกรวด"],
        "subdistrict": ["โนนเจริญค่ะ", "ตำบลโนนเจริญ"],
        "when": ["อาทิตย์ที่แล้วค่ะ วันตลาดนัดวันพุธ", "2 ธันวาคม 2569"],
        "what": [
            "ค่าแผงตามป้ายของ อบต. วันละ 20 บาท แต่เจ้าหน้าที่เก็บบองวันละ 60 ไม่ให้ใบเสร็จ "
            "แม่ค้าเขมรที่ข้ามมาขายโดนเก็บร้อยนึง ถ้าไม่จ่ายก็ไล่ไม่ให้ตั้งแผง"
        ],
        "what_more": ["ไม่มีแล้วบาด", "ไม่มี"],
        "evidence": ["ไม่มีค่ะ เขาไม่ให้ใบเสร็จ", "ไม่มี"],
        "witnesses": ["ยายสะอาดแผงข้างๆ ค่ะ", "ยายสะอาด"],
        "reported": ["ไม่เคยค่ะ", "ยังไม่เคย"],
        "identity": ["ไม่บอกชื่อค่ะ", "ไม่บอกชื่อ"],
        "summary": ["ถูกแล้วค่ะ ส่งบาด", "ส่ง"],
    },
    Meant(
        kind=("bribery",),
        agency=("อบต.โนนเจริญ",),
        official=("เจ้าหน้าที่",),
        district="3108",
        subdistrict="310802",
        date=("2026-12-02", "2026-12-02"),
        story=("60",),
        witnesses="สะอาด",
        reported=False,
        anonymous=True,
    ),
)

HEALTH_STATION_NURSE = Villager(
    "พยาบาลจิราพร: a nurse at a รพ.สต., medical words, asks who reads it, files anonymously",
    {
        "none": ["สวัสดีค่ะ เป็นพยาบาลวิชาชีพที่ รพ.สต. อยากแจ้งเรื่องการเบิกยาค่ะ", "แจ้งเรื่อง"],
        "story": ["แจ้งค่ะ", "แจ้ง"],
        "consent": [asks("ผู้อำนวยการ รพ.สต. จะได้อ่านเรื่องที่แจ้งไหมคะ", WHO_READS), "ยินยอมค่ะ"],
        "kind": ["เบิกงบซื้อยาและเวชภัณฑ์เกินจริงค่ะ", "ใช้งบไม่ถูก"],
        "agency": ["รพ.สต.สะแกโพรงค่ะ", "รพ.สต.สะแกโพรง"],
        "official": ["ผอ.รพ.สต. ค่ะ", "ผอ.รพ.สต."],
        "district": ["เมืองบุรีรัมย์ค่ะ", "เมืองบุรีรัมย์"],
        "subdistrict": ["ตำบลสะแกโพรงค่ะ", "สะแกโพรง"],
        "when": ["ไตรมาสที่แล้วค่ะ กรกฎาถึงกันยา", "กันยายน 2569"],
        "what": [
            "ใบเบิกเขียนว่าซื้อชุดทำแผลกับยาพาราเซตามอลไป 3 หมื่นบาท แต่ของที่มาถึงคลังยา"
            "มีไม่ถึงหนึ่งในสาม ไซริงค์กับถุงมือก็ไม่ครบ คนไข้เบาหวานต้องรอยานานค่ะ"
        ],
        "what_more": ["ไม่มีแล้วค่ะ", "ไม่มี"],
        "evidence": [photo(), photo(), "มีรูปใบเบิกกับคลังยาสองรูปค่ะ", "เสร็จแล้ว"],
        "witnesses": ["เจ้าพนักงานเภสัชค่ะ น้องฝน", "น้องฝน"],
        "reported": ["ยังไม่เคยค่ะ", "ยังไม่เคย"],
        "identity": ["ไม่ระบุชื่อนะคะ ยังทำงานที่นี่", "ไม่บอกชื่อ"],
        "summary": ["ถูกต้องค่ะ", "ส่ง"],
    },
    Meant(
        kind=("budget", "procurement"),
        agency=("รพ.สต.สะแกโพรง", "รพ.สต.บ้านสะแกโพรง"),
        official=("ผอ",),
        district="3101",
        subdistrict="310105",
        date=("2026-07-01", "2026-09-30"),
        story=("3 หมื่น",),
        witnesses="ฝน",
        reported=False,
        anonymous=True,
        evidence=2,
    ),
)

YOUNG_COUPLE = Villager(
    "ต้นกับแนน: a young couple in one chat; she types two fixes mid-filing (the date, then no name)",
    {
        "none": ["ผมต้นครับ กับแฟนชื่อแนน เราจะแจ้งเรื่องค่าขอเลขที่บ้านครับ", "แจ้งเรื่อง"],
        "story": ["แจ้งครับ", "แจ้ง"],
        "consent": ["แนนพิมพ์นะคะ ยินยอมค่ะ ทั้งสองคน", "ยินยอม"],
        "kind": ["เรียกเงินค่าออกเลขที่บ้านใหม่ครับ", "เรียกเงิน"],
        "agency": ["ที่ว่าการอำเภอนาโพธิ์ครับ งานทะเบียน", "ที่ว่าการอำเภอนาโพธิ์"],
        "official": ["เจ้าหน้าที่งานทะเบียนครับ ผู้ชาย", "เจ้าหน้าที่ทะเบียน"],
        "district": ["นาโพธิ์ครับ", "นาโพธิ์"],
        "subdistrict": ["ตำบลบ้านดู่ครับ", "บ้านดู่"],
        "when": ["ตอนวันแม่ครับ", "12 สิงหาคม 2569"],
        "what": [
            "แนนค่ะ ขอแก้วันที่ก่อน ต้นจำผิด ไม่ใช่วันแม่ เป็นวันที่ 14 สิงหาค่ะ วันศุกร์หลังวันแม่",
            "เราสร้างบ้านใหม่เสร็จ ไปขอเลขที่บ้าน เจ้าหน้าที่บอกว่าต้องมีค่าดำเนินการ 3,000 "
            "ถึงจะออกให้ภายในอาทิตย์ ถ้าไม่จ่ายก็รอไปก่อน",
        ],
        "what_more": ["แนนเพิ่มค่ะ เขาให้โอนเข้าบัญชีส่วนตัวด้วย", "ไม่มีแล้วครับ", "ไม่มี"],
        "evidence": [photo(), "สลิปโอนครับ", "เสร็จแล้ว"],
        "witnesses": ["ไม่มีครับ ไปกันสองคน", "ไม่มี"],
        "reported": ["ยังไม่เคยครับ", "ยังไม่เคย"],
        "identity": ["ใส่ชื่อผมได้ครับ", "บอกชื่อ"],
        "name": ["ต้น ใจกล้า"],
        "phone": ["0958887766"],
        "summary": [
            "แนนค่ะ ขอแก้ ไม่ใส่ชื่อดีกว่า บ้านอยู่ใกล้อำเภอ กลัวเขาจำได้",
            "ถูกแล้วครับ ส่ง",
            "ส่ง",
        ],
    },
    Meant(
        kind=("bribery",),
        agency=("ที่ว่าการอำเภอนาโพธิ์", "อำเภอนาโพธิ์"),
        official=("ทะเบียน",),
        district="3113",
        subdistrict="311303",
        date=("2026-08-14", "2026-08-14"),
        story=("3,000",),
        witnesses="",
        reported=False,
        anonymous=True,
        evidence=1,
    ),
    yes="ใช่ครับ",
)

REAL_PERSON_ASKER = Villager(
    "ลุงเสถียร: first wants to know whether a real person is reading, then files",
    {
        "none": [
            asks("นี่คุยกับคนจริงหรือคอมพิวเตอร์ครับ", REAL_PERSON),
            "โอเค งั้นจะแจ้งเรื่องผู้ใหญ่บ้านขายโควตาน้ำครับ",
            "แจ้งเรื่อง",
        ],
        "story": ["แจ้งครับ", "แจ้ง"],
        "consent": ["ยินยอมครับ", "ยินยอม"],
        "kind": ["ขายสิทธิ์สูบน้ำจากฝายครับ ใครจ่ายได้น้ำก่อน", "เรียกเงิน"],
        "agency": ["อบต.หนองแวงครับ ที่บ้านใหม่ไชยพจน์", "อบต.หนองแวง"],
        "official": ["ผู้ใหญ่บ้านหมู่ 2 ครับ", "ผู้ใหญ่บ้าน"],
        "district": ["บ้านใหม่ไชยพจน์ครับ", "บ้านใหม่ไชยพจน์"],
        "subdistrict": ["ตำบลหนองแวงครับ", "หนองแวง"],
        "when": ["ช่วงแล้งต้นปีนี้ครับ กุมภาถึงมีนา", "มีนาคม 2569"],
        "what": [
            "ฝายที่ อบต. สร้างให้ใช้ฟรี ผู้ใหญ่บ้านล็อกประตูน้ำไว้ ใครอยากได้น้ำเข้านาต้องจ่ายไร่ละ 150 คนไม่จ่ายนาแห้งหมด"
        ],
        "what_more": ["ไม่มีแล้วครับ", "ไม่มี"],
        "evidence": ["ไม่มีครับ", "ไม่มี"],
        "witnesses": ["ลุงแสวงนาติดกันครับ", "ลุงแสวง"],
        "reported": ["เคยบอกกำนันครับ เงียบ", "เคยแจ้งกำนัน"],
        "reported_ref": ["ไม่มีเลขครับ บอกกันที่บ้านกำนัน", "ไม่มี"],
        "identity": ["ไม่บอกชื่อครับ", "ไม่บอกชื่อ"],
        "summary": ["ถูกต้องครับ ส่งเลย", "ส่ง"],
    },
    Meant(
        kind=("bribery",),
        agency=("อบต.หนองแวง",),
        official=("ผู้ใหญ่บ้าน",),
        district="3119",
        subdistrict="311901",
        date=("2026-02-01", "2026-03-31"),
        story=("150",),
        witnesses="แสวง",
        reported=True,
        reported_to="กำนัน",
        anonymous=True,
    ),
    yes="ใช่ครับ",
)

LIST_STORY = (
    "1) ครูผู้ดูแลเด็กศูนย์เด็กเล็กเก็บค่าอาหารกลางวันเด็กคนละ 300 ต่อเทอม\n"
    "2) ทั้งที่ อบต. มีงบค่าอาหารให้อยู่แล้ว\n"
    "3) ไม่มีใบเสร็จ และเด็กได้กินแค่ข้าวกับไข่ต้ม"
)

LIST_SENDER = Villager(
    "ครูเกษียณวิไล: sends her story as a numbered list 1) 2) 3), in one message",
    {
        "none": ["สวัสดีค่ะ ขอแจ้งเรื่องศูนย์พัฒนาเด็กเล็กค่ะ", "แจ้งเรื่อง"],
        "story": ["แจ้งค่ะ", "แจ้ง"],
        "consent": ["ยินยอมค่ะ", "ยินยอม"],
        "kind": ["1) เก็บเงินผู้ปกครอง 2) ซ้ำซ้อนกับงบ อบต. ค่ะ", "ใช้งบไม่ถูก"],
        "agency": ["อบต.บ้านคูค่ะ", "อบต.บ้านคู"],
        "official": ["ครูผู้ดูแลเด็กค่ะ", "ครูศูนย์เด็กเล็ก"],
        "district": ["นาโพธิ์ค่ะ", "นาโพธิ์"],
        "subdistrict": ["บ้านคูค่ะ", "ตำบลบ้านคู"],
        "when": ["เทอมหนึ่งปีการศึกษานี้ค่ะ พฤษภาถึงกันยา", "พฤษภาคม 2569"],
        "what": [LIST_STORY],
        "what_more": ["4) เทอมสองก็เก็บอีกแล้วค่ะ", "ไม่มีแล้วค่ะ", "ไม่มี"],
        "evidence": ["ไม่มีค่ะ", "ไม่มี"],
        "witnesses": ["1) แม่น้องต้นกล้า 2) แม่น้องใบบัว ค่ะ", "แม่น้องต้นกล้า"],
        "reported": ["ยังค่ะ", "ยังไม่เคย"],
        "identity": ["ไม่บอกชื่อค่ะ", "ไม่บอกชื่อ"],
        "summary": ["ถูกต้องค่ะ", "ส่ง"],
    },
    Meant(
        kind=("budget", "bribery"),
        agency=("อบต.บ้านคู",),
        official=("ครู",),
        district="3113",
        subdistrict="311302",
        date=("2026-05-01", "2026-09-30"),
        story=("300",),
        witnesses="ต้นกล้า",
        reported=False,
        anonymous=True,
    ),
)

WITHDRAW_THREAT = (
    "เดี๋ยวนะคะ เมื่อกี้ลูกน้องกำนันขับรถมาจอดหน้าบ้าน บอกว่าถ้าเรื่องนี้ถึงอำเภอ นาข้าวที่กำลังจะเกี่ยวจะโดนไฟเผาหมด"
)

THREATENED_WITHDRAWER = Villager(
    "น้าสำลี: threatened mid-filing, files anyway, then withdraws by typing the next day",
    {
        "none": ["อยากแจ้งเรื่องกำนันเก็บเงินค่าเยียวยาน้ำท่วมค่ะ", "แจ้งเรื่อง"],
        "story": ["แจ้งค่ะ", "แจ้ง"],
        "consent": ["ยินยอมค่ะ", "ยินยอม"],
        "kind": ["เรียกเงินจากเงินเยียวยาค่ะ", "เรียกเงิน"],
        "agency": ["อบต.ร่อนทองค่ะ", "อบต.ร่อนทอง"],
        "official": ["กำนันค่ะ", "กำนัน"],
        "district": ["สตึกค่ะ", "สตึก"],
        "subdistrict": ["ร่อนทองค่ะ", "ตำบลร่อนทอง"],
        "when": ["ตอนน้ำลดเดือนตุลาค่ะ", "ตุลาคม 2569"],
        "what": [
            "ได้เงินเยียวยาน้ำท่วมบ้านละ 5,000 กำนันให้ทุกบ้านคืนเขา 1,000 บอกว่าเป็นค่าทำเรื่องให้ "
            "ใครไม่คืนปีหน้าจะไม่มีชื่อ"
        ],
        "what_more": [threat(WITHDRAW_THREAT), "ไม่มีแล้วค่ะ", "ไม่มี"],
        "evidence": ["ไม่มีค่ะ", "ไม่มี"],
        "witnesses": ["เพื่อนบ้านทุกคนค่ะ ป้าหอม", "ป้าหอม"],
        "reported": ["ยังไม่เคยค่ะ", "ยังไม่เคย"],
        "identity": ["ไม่บอกชื่อค่ะ", "ไม่บอกชื่อ"],
        "summary": ["ถูกต้องค่ะ ส่ง", "ส่ง"],
    },
    Meant(
        kind=("bribery",),
        agency=("อบต.ร่อนทอง",),
        official=("กำนัน",),
        district="3111",
        subdistrict="311106",
        date=("2026-10-01", "2026-10-31"),
        story=("1,000",),
        witnesses="หอม",
        reported=False,
        anonymous=True,
    ),
    withdraws=("น้าขอยกเลิกเรื่อง {ref} นะคะ", "กลัวนาโดนเผาค่ะ เขามาขู่ถึงบ้าน"),
)

VILLAGERS = {
    "cassava_trucker": CASSAVA_TRUCKER,
    "savings_group": SAVINGS_GROUP,
    "voice_typist": VOICE_TYPIST,
    "retired_soldier": RETIRED_SOLDIER,
    "border_trader": BORDER_TRADER,
    "health_station_nurse": HEALTH_STATION_NURSE,
    "young_couple": YOUNG_COUPLE,
    "real_person_asker": REAL_PERSON_ASKER,
    "list_sender": LIST_SENDER,
    "threatened_withdrawer": THREATENED_WITHDRAWER,
}

SEALED = set(random.Random(24).sample(sorted(VILLAGERS), 5))
DIAG = set(VILLAGERS) - SEALED
