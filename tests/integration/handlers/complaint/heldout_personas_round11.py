"""Held-out villagers, round 11 (issue 16, "a villager understood, not matched"): ten new kinds
of people written by a tester who read neither the bot's rules nor its word lists nor its
training examples, and learnt what the bot asks from the local chat simulator; played by the
driver of the first held-out people (`heldout_personas.play`). Five, chosen at random
(`random.Random(11)`), are SEALED: their failures are only counted, never described to
whoever fixes the conversation, so that no fix is fitted to them.

Dates are as said on Sunday 6 December 2026 (BE 2569). Where a phrase can honestly mean more
than one day, the span covers every reading.
"""

from __future__ import annotations

import random

from tests.integration.handlers.complaint.heldout_personas import Meant, Villager, asks
from tests.integration.handlers.complaint.heldout_personas_round3 import DAYS, NAME_OPTIONAL
from tests.integration.handlers.complaint.personas import photo

#: What an answer to "will the one I report know it was me?" says, in either language.
NOT_TOLD = r"ไม่.{0,30}(บอก|รู้|เปิดเผย)|not (be )?(told|shown|shared)|never"

HEALTH_VOLUNTEER = Villager(
    "อสม.: a village health volunteer files for the nine volunteers of her village, 'พวกเรา'",
    {
        "none": ["สวัสดีค่ะ ดิฉันเป็น อสม. หมู่ 9 ขอแจ้งแทนเพื่อน อสม. ทั้งหมู่ค่ะ", "แจ้งเรื่อง"],
        "story": ["แจ้งเป็นเรื่องเลยค่ะ พวกเราตกลงกันแล้ว", "แจ้ง"],
        "consent": ["พวกเรายินยอมทุกคนค่ะ", "ยินยอม"],
        "kind": ["ค่าป่วยการ อสม. ถูกหักไปค่ะ เหมือนโดนเรียกเงิน", "เรียกเงิน"],
        "agency": ["รพ.สต.บ้านหนองไทรค่ะ", "รพ.สต."],
        "official": ["ผอ. รพ.สต. ค่ะ", "ผอ."],
        "district": ["นางรองค่ะ อำเภอนางรอง"],
        "subdistrict": ["ตำบลหนองไทรค่ะ"],
        "when": ["หักมาตั้งแต่เดือนกันยายนปีนี้ค่ะ ทุกเดือน", "กันยายน 2569"],
        "what": [
            "ค่าป่วยการ อสม. ได้คนละพันบาท แต่ ผอ. ให้เซ็นรับเต็มแล้วจ่ายจริงเจ็ดร้อย บอกว่าหัก"
            "เป็นค่ากิจกรรม พวกเราเก้าคนไม่เคยเห็นกิจกรรมอะไรเลยค่ะ"
        ],
        "what_more": ["เท่านี้ค่ะ"],
        "evidence": ["ไม่มีค่ะ มีแต่สมุดที่เราจดกันเอง", "ไม่มี"],
        "witnesses": ["อสม. หมู่ 9 ทั้งเก้าคนค่ะ", "อสม."],
        "reported": ["พวกเรายังไม่เคยแจ้งที่ไหนค่ะ", "ไม่เคย"],
        "identity": [asks("ถ้าแจ้งแทนกลุ่ม ต้องใส่ชื่อทุกคนไหมคะ", NAME_OPTIONAL), "ไม่บอกชื่อ"],
        "summary": ["ถูกต้องค่ะ ส่งแทนพวกเราได้เลย", "ส่ง"],
    },
    Meant(
        kind=("bribery", "budget"),
        agency=("รพ.สต.บ้านหนองไทร",),
        official=("ผอ.",),
        district="3104",
        subdistrict="310414",
        date=("2026-09-01", "2026-12-06"),
        story=("ป่วยการ", "เจ็ดร้อย"),
        witnesses="อสม.",
        reported=False,
        anonymous=True,
        evidence=0,
    ),
)

MOTORBIKE_TAXI = Villager(
    "วินมอไซค์: a motorbike-taxi driver types between fares, 'เดี๋ยวมาต่อ', short and late",
    {
        "none": ["แจ้งเรื่องตำรวจครับ", "แจ้งเรื่อง"],
        "story": ["แจ้งเลยครับ รีบ", "แจ้ง"],
        "consent": ["ได้ครับ เดี๋ยวมาต่อนะ มีลูกค้า", "ยินยอม"],
        "kind": ["เรียกเก็บเงินรายเดือนครับ", "เรียกเงิน"],
        "agency": ["สภ.สตึกครับ ตำรวจจราจร", "สภ.สตึก"],
        "official": ["จ่าที่คุมจราจรหน้าตลาดครับ ไม่รู้ชื่อ", "จ่า"],
        "district": ["สตึกครับ"],
        "subdistrict": ["ตำบลสตึกครับ"],
        "when": ["มาต่อแล้วครับ เก็บทุกต้นเดือน ล่าสุดวันที่ 1 ธันวา", "1 ธันวาคม 2569"],
        "what": ["จ่าเก็บวินมอไซค์หน้าตลาดคันละร้อยทุกต้นเดือน ใครไม่จ่ายโดนเขียนใบสั่งทุกวัน เดี๋ยวมาต่อนะครับ"],
        "what_more": ["มาแล้วครับ ไม่มีเพิ่มแล้ว"],
        "evidence": ["ไม่มีครับ เขาไม่ให้ถ่าย", "ไม่มี"],
        "witnesses": ["พี่ๆ ในวินสิบกว่าคนครับ", "คนในวิน"],
        "reported": ["ยังครับ", "ไม่เคย"],
        "identity": ["ไม่บอกครับ", "ไม่บอกชื่อ"],
        "summary": ["ถูกครับ ส่งเลย ต้องไปแล้ว", "ส่ง"],
    },
    Meant(
        kind=("bribery",),
        agency=("สภ.สตึก", "ตำรวจ"),
        official=("จ่า",),
        district="3111",
        subdistrict="311101",
        date=("2026-12-01", "2026-12-01"),
        story=("ร้อย", "ใบสั่ง"),
        witnesses="วิน",
        reported=False,
        anonymous=True,
        evidence=0,
    ),
    yes="ใช่ครับ",
)

GRANDMOTHER_STORIES = Villager(
    "ยายทองใบ: her grandchild set up LINE; every answer is a story, 'จ้ะ', 'ยาย'",
    {
        "none": ["ยายทองใบเองจ้ะ หลานตั้งไลน์ให้ ยายมีเรื่องอยากเล่าให้ฟัง", "แจ้งเรื่อง"],
        "story": ["เล่าเลยนะจ๊ะ ยายพิมพ์ช้าหน่อย", "แจ้ง"],
        "consent": ["ยายยอมจ้ะ หลานบอกว่าเขาไม่เอาไปบอกใคร", "ยินยอม"],
        "kind": [
            "เบี้ยคนแก่ของยายนะจ๊ะ เมื่อก่อนได้ครบ ตั้งแต่ผู้ใหญ่คนใหม่มา เขาหักไว้เดือนละร้อย บอกว่าค่าน้ำมันรถไปเอาเงิน",
            "เรียกเงิน",
        ],
        "agency": [
            "ก็ อบต.ตาจง นั่นแหละจ้ะ สมัยตายายยังหนุ่มสาว ที่ตรงนั้นยังเป็นป่าอยู่เลย",
            "อบต.ตาจง",
        ],
        "official": ["ผู้ใหญ่บ้านคนใหม่จ้ะ ลูกชายตาเหลือง ยายเลี้ยงมาแต่เล็ก", "ผู้ใหญ่บ้าน"],
        "district": ["ละหานทรายจ้ะ"],
        "subdistrict": ["ตาจงจ้ะ"],
        "when": [
            "ตั้งแต่หลังสงกรานต์ปีนี้จ้ะ ปีนี้ยายไม่ได้ไปรดน้ำดำหัวใครเลยเพราะปวดเข่า",
            "เมษายน 2569",
        ],
        "what": [
            "ผู้ใหญ่บ้านเอาเงินเบี้ยคนแก่มาแจกเองที่ศาลากลางบ้าน ได้คนละหกร้อยแทนเจ็ดร้อย "
            "ทุกเดือน คนแก่ในหมู่บ้านสามสิบกว่าคน ไม่มีใครกล้าถาม ยายก็กลัวแต่หลานบอกให้แจ้ง"
        ],
        "what_more": ["แค่นั้นแหละจ้ะ ยายเหนื่อยแล้ว"],
        "evidence": ["ไม่มีหรอกจ้ะ ยายไม่มีกระดาษอะไรเลย", "ไม่มี"],
        "witnesses": ["ยายสายข้างบ้านก็โดนเหมือนกันจ้ะ", "ยายสาย"],
        "reported": ["ไม่เคยไปแจ้งที่ไหนจ้ะ ยายไปไม่เป็น", "ไม่เคย"],
        "identity": ["ไม่ต้องใส่ชื่อยายนะจ๊ะ", "ไม่บอกชื่อ"],
        "summary": ["ถูกแล้วจ้ะ ส่งไปเลยลูก", "ส่ง"],
    },
    Meant(
        kind=("bribery", "budget"),
        agency=("อบต.ตาจง",),
        official=("ผู้ใหญ่บ้าน",),
        district="3106",
        subdistrict="310603",
        date=("2026-04-13", "2026-12-06"),
        story=("เบี้ย", "หกร้อย"),
        witnesses="ยายสาย",
        reported=False,
        anonymous=True,
        evidence=0,
    ),
    yes="ใช่จ้ะ",
)

CIVIL_SERVANT = Villager(
    "นักวิชาการพัสดุ: a civil servant afraid of her own boss, asks again and again who will know",
    {
        "none": ["สวัสดีค่ะ ขอสอบถามก่อนแจ้งได้ไหมคะ", "แจ้งเรื่อง"],
        "story": ["แจ้งเป็นเรื่องเลยค่ะ ตัดสินใจแล้ว", "แจ้ง"],
        "consent": [asks("หัวหน้าดิฉันจะรู้ไหมคะว่าใครแจ้ง", NOT_TOLD), "ยินยอมค่ะ", "ยินยอม"],
        "kind": ["ฮั้วประมูลค่ะ ล็อกสเปก", "ฮั้ว"],
        "agency": ["เทศบาลตำบลหนองกี่ค่ะ ที่ดิฉันทำงานอยู่", "เทศบาลตำบลหนองกี่"],
        "official": ["ปลัดเทศบาลค่ะ หัวหน้าดิฉันเอง", "ปลัดเทศบาล"],
        "district": ["อยู่อำเภอหนองกี่ค่ะ"],
        "subdistrict": ["ตำบลหนองกี่ ในเขตเทศบาลค่ะ"],
        "when": ["ประกวดราคาเมื่อปลายเดือนตุลาคมค่ะ", "ตุลาคม 2569"],
        "what": [
            "ปลัดสั่งให้ดิฉันแก้สเปกรถขยะให้ตรงกับยี่ห้อเดียว บริษัทของญาติปลัดได้งานไป "
            "แพงกว่าราคากลางเกือบห้าแสน ดิฉันไม่อยากเซ็นแต่ไม่กล้าขัด"
        ],
        "what_more": ["เรื่องมีเท่านี้ค่ะ"],
        "evidence": [photo(), "มีรูปหน้าสเปกที่ถูกแก้ค่ะ", "เสร็จแล้ว"],
        "witnesses": ["เพื่อนในกองคลังคนหนึ่งค่ะ ขอไม่บอกชื่อ", "เพื่อนในกองคลัง"],
        "reported": ["ยังไม่เคยค่ะ ไม่กล้า", "ไม่เคย"],
        "identity": ["ไม่บอกชื่อนะคะ ขอร้อง", "ไม่บอกชื่อ"],
        "summary": ["ถูกต้องตามนี้ค่ะ ส่งได้", "ส่ง"],
    },
    Meant(
        kind=("procurement", "conflict"),
        agency=("เทศบาลตำบลหนองกี่", "ทต.หนองกี่"),
        official=("ปลัด", "ปลัดเทศบาล"),
        district="3105",
        subdistrict="310501",
        date=("2026-10-15", "2026-10-31"),
        story=("สเปก", "รถขยะ"),
        witnesses="กองคลัง",
        reported=False,
        anonymous=True,
        evidence=1,
    ),
)

WRONG_DISTRICT = Villager(
    "ลุงเฉลิม: gives Prakhon Chai, then says it was Ban Kruat, the school's lunch money",
    {
        "none": ["ลุงจะแจ้งเรื่องโรงเรียนครับ", "แจ้งเรื่อง"],
        "story": ["แจ้งเลยครับ", "แจ้ง"],
        "consent": ["ยินยอมครับ"],
        "kind": ["โกงค่าอาหารกลางวันเด็กครับ", "โกงเงิน"],
        "agency": ["โรงเรียนบ้านหินลาดครับ", "โรงเรียน"],
        "official": ["ผอ. โรงเรียนครับ", "ผอ."],
        "district": [
            "ประโคนชัยครับ เอ้ย ไม่ใช่ๆ บ้านกรวดครับ โรงเรียนอยู่ฝั่งบ้านกรวด",
            "บ้านกรวด",
        ],
        "subdistrict": ["หินลาดครับ"],
        "when": ["เทอมนี้ครับ ตั้งแต่เปิดเทอมพฤศจิกา", "พฤศจิกายน 2569"],
        "what": [
            "หลานเล่าว่าอาหารกลางวันได้แต่ข้าวกับแกงจืดน้ำใสๆ ทุกวัน ทั้งที่รัฐให้หัวละยี่สิบกว่าบาท "
            "ผอ. ให้ร้านของน้องสาวตัวเองทำอาหาร"
        ],
        "what_more": ["พอแล้วครับ"],
        "evidence": [photo(), "รูปถาดอาหารที่หลานถ่ายมาครับ", "เสร็จแล้ว"],
        "witnesses": ["ผู้ปกครองหลายคนครับ", "ผู้ปกครอง"],
        "reported": ["เคยบอกครูประจำชั้นแล้วครับ เงียบ", "เคย"],
        "identity": ["ลุงไม่บอกชื่อนะครับ", "ไม่บอกชื่อ"],
        "summary": ["ถูกต้องครับ", "ส่ง"],
    },
    Meant(
        kind=("budget", "procurement", "conflict"),
        agency=("โรงเรียนบ้านหินลาด", "โรงเรียน"),
        official=("ผอ.",),
        district="3108",
        subdistrict="310806",
        date=("2026-11-01", "2026-12-06"),
        story=("อาหารกลางวัน", "แกงจืด"),
        witnesses="ผู้ปกครอง",
        reported=True,
        anonymous=True,
        evidence=1,
    ),
    yes="ใช่ครับ",
)

STICKERS_SHORT = Villager(
    "น้องเบียร์: short words and emoji only, 'ค่ะ', '👍', 'อืม'",
    {
        "none": ["แจ้ง", "แจ้งเรื่อง"],
        "story": ["แจ้ง 👍", "แจ้ง"],
        "consent": ["👍 ยอม", "ยินยอม"],
        "kind": ["เรียกตัง 💸", "เรียกเงิน"],
        "agency": ["อบต.ถนนหัก", "อบต.ถนนหัก"],
        "official": ["ผช.ผญบ.", "ผู้ช่วยผู้ใหญ่บ้าน"],
        "district": ["นางรอง"],
        "subdistrict": ["ถนนหัก"],
        "when": ["อาทิตย์ที่แล้วอะ", "อาทิตย์ที่แล้ว"],
        "what": ["เก็บค่าลงชื่อรับถุงยังชีพ หัวละ 50 😤"],
        "what_more": ["หมด"],
        "evidence": ["ไม่มี ❌", "ไม่มี"],
        "witnesses": ["แม่", "แม่"],
        "reported": ["ไม่", "ไม่เคย"],
        "identity": ["ไม่บอก", "ไม่บอกชื่อ"],
        "summary": ["👍 ส่ง", "ส่ง"],
    },
    Meant(
        kind=("bribery",),
        agency=("อบต.ถนนหัก",),
        official=("ผู้ช่วยผู้ใหญ่บ้าน", "ผช.ผญบ."),
        district="3104",
        subdistrict="310413",
        date=("2026-11-23", "2026-12-05"),
        story=("ถุงยังชีพ", "50"),
        witnesses="แม่",
        reported=False,
        anonymous=True,
        evidence=0,
    ),
    yes="อือ",
)

KHMER_THAI = Villager(
    "ตาเขมร: a Khmer-Thai speaker from the border, Khmer words in Thai script, the polite บาด",
    {
        "none": ["ซกสะบายบาด อยากแจ้งเรื่องเจ้าหน้าที่", "แจ้งเรื่อง"],
        "story": ["แจ้งบาด", "แจ้ง"],
        "consent": ["ยอมบาด ยินยอม", "ยินยอม"],
        "kind": ["เขาเรียกลุย(เงิน)บาด ค่าออกโฉนด", "เรียกเงิน"],
        "agency": ["สำนักงานที่ดินอำเภอบ้านกรวดบาด", "สำนักงานที่ดิน"],
        "official": ["เจ้าหน้าที่ที่ดินคนที่ออกมารังวัดบาด", "เจ้าหน้าที่ที่ดิน"],
        "district": ["บ้านกรวดบาด"],
        "subdistrict": ["ปราสาทบาด ตำบลปราสาท"],
        "when": ["ขแมเมื่อเดือนที่แล้วบาด", "พฤศจิกายน 2569"],
        "what": [
            "เจ้าหน้าที่มารังวัดที่นาของตา บอกว่าถ้าอยากให้โฉนดออกเร็วต้องจ่ายสามหมื่น ตาไม่มีลุย "
            "เขาเลยไม่ทำต่อ เพื่อนบ้านที่จ่ายได้โฉนดแล้ว"
        ],
        "what_more": ["อ็อด(ไม่มี)แล้วบาด"],
        "evidence": ["อ็อดบาด ไม่มี", "ไม่มี"],
        "witnesses": ["กูน(ลูก)ชายตาอยู่ด้วยบาด", "ลูกชาย"],
        "reported": ["ไม่เคยแจ้งบาด", "ไม่เคย"],
        "identity": ["ไม่บอกชื่อบาด", "ไม่บอกชื่อ"],
        "summary": ["ถูกแล้วบาด ส่ง", "ส่ง"],
    },
    Meant(
        kind=("bribery",),
        agency=("สำนักงานที่ดิน", "สำนักงานที่ดินอำเภอบ้านกรวด"),
        official=("เจ้าหน้าที่ที่ดิน",),
        district="3108",
        subdistrict="310804",
        date=("2026-11-01", "2026-11-30"),
        story=("โฉนด", "สามหมื่น"),
        witnesses="ลูกชาย",
        reported=False,
        anonymous=True,
        evidence=0,
    ),
    yes="บาด",
)

FULL_NAME_AND_ID = Villager(
    "นายประยงค์: insists on giving his full name and ID number from the first message",
    {
        "none": [
            "ผมนายประยงค์ แก้วบุญเรือง บัตรประชาชน 3 3108 00123 45 6 ขอแจ้งเรื่องครับ",
            "แจ้งเรื่อง",
        ],
        "story": ["แจ้งเป็นเรื่องครับ ใช้ชื่อจริงได้เลย", "แจ้ง"],
        "consent": ["ยินยอมครับ ผมไม่กลัว", "ยินยอม"],
        "kind": ["ใช้อำนาจโดยมิชอบครับ", "ใช้อำนาจ"],
        "agency": ["อบต.โคกม้าครับ", "อบต.โคกม้า"],
        "official": ["นายก อบต. โคกม้าครับ", "นายก"],
        "district": ["ประโคนชัยครับ อำเภอประโคนชัย"],
        "subdistrict": ["โคกม้าครับ"],
        "when": ["วันที่ 20 พฤศจิกายน 2569 ครับ", "20 พฤศจิกายน 2569"],
        "what": [
            "นายกสั่งให้คนงาน อบต. เอารถแบ็คโฮของ อบต. ไปขุดสระในที่ดินของตัวเองสามวัน ใช้น้ำมันของ อบต. ด้วย"
        ],
        "what_more": ["ครบแล้วครับ"],
        "evidence": [photo(), "รูปรถแบ็คโฮในที่นายกครับ", "เสร็จแล้ว"],
        "witnesses": ["คนงานที่ขับรถครับ", "คนขับรถ"],
        "reported": ["ยังไม่เคยแจ้งครับ ที่นี่ที่แรก", "ไม่เคย"],
        "identity": [
            "บอกชื่อครับ ประยงค์ แก้วบุญเรือง เลขบัตร 3 3108 00123 45 6 ตามที่บอกไปตอนแรก",
            "บอกชื่อ",
        ],
        "name": ["ประยงค์ แก้วบุญเรือง"],
        "phone": ["0861234590"],
        "summary": ["ถูกต้องทุกข้อครับ ส่ง", "ส่ง"],
    },
    Meant(
        kind=("abuse", "budget"),
        agency=("อบต.โคกม้า",),
        official=("นายก",),
        district="3107",
        subdistrict="310710",
        date=("2026-11-20", "2026-11-20"),
        story=("แบ็คโฮ", "สระ"),
        witnesses="คนงาน",
        reported=False,
        anonymous=False,
        evidence=1,
    ),
    yes="ใช่ครับ",
)

ANGRY_SWEARER = Villager(
    "ลุงเสือ: an angry man who swears at the official and at the bot's questions",
    {
        "none": ["โว้ย แจ้งเรื่องไอ้กำนันหน่อย", "แจ้งเรื่อง"],
        "story": ["แจ้งดิวะ", "แจ้ง"],
        "consent": ["เออ ยอม ถามเยอะจริง", "ยินยอม"],
        "kind": ["มันกินเงินหลวงไง ไอ้ห่านั่น", "โกงเงิน"],
        "agency": ["อบต.ห้วยราชนั่นแหละ", "อบต.ห้วยราช"],
        "official": ["ไอ้กำนันตำบลห้วยราชไง ชั่วฉิบหาย", "กำนัน"],
        "district": ["ห้วยราช"],
        "subdistrict": ["ห้วยราช"],
        "when": ["เดือนตุลานั่นแหละ ถามอยู่ได้", "ตุลาคม 2569"],
        "what": [
            "ไอ้กำนันมันเอาปุ๋ยที่หลวงแจกชาวนามาขายต่อให้ร้านในเมือง ชาวบ้านได้คนละกระสอบ "
            "ที่เหลือมันขนไปขายหมด เหี้ยจริงๆ"
        ],
        "what_more": ["แค่นี้แหละ พอ"],
        "evidence": ["ไม่มีโว้ย ใครจะไปถ่ายทัน", "ไม่มี"],
        "witnesses": ["ชาวนาทั้งหมู่บ้านแหละ รู้กันหมด", "ชาวนา"],
        "reported": ["ไม่เคย แจ้งไปก็เท่านั้น", "ไม่เคย"],
        "identity": ["ไม่บอกโว้ย", "ไม่บอกชื่อ"],
        "summary": ["เออ ถูกแล้ว ส่งไปเลย", "ส่ง"],
    },
    Meant(
        kind=("budget",),
        agency=("อบต.ห้วยราช",),
        official=("กำนัน",),
        district="3116",
        subdistrict="311601",
        date=("2026-10-01", "2026-10-31"),
        story=("ปุ๋ย", "กระสอบ"),
        witnesses="ชาวนา",
        reported=False,
        anonymous=True,
        evidence=0,
    ),
    yes="เออ",
)

TWO_MATTERS = Villager(
    "พี่นวล: has two different matters and says so; files the first, the second to come after",
    {
        "none": ["มีสองเรื่องค่ะ ขอแจ้งเรื่องแรกก่อนนะคะ", "แจ้งเรื่อง"],
        "story": ["แจ้งเรื่องแรกค่ะ", "แจ้ง"],
        "consent": ["ยินยอมค่ะ"],
        "kind": ["เรื่องแรกเป็นเรื่องเรียกเงินค่ะ", "เรียกเงิน"],
        "agency": ["ที่ว่าการอำเภอชำนิค่ะ", "อำเภอชำนิ"],
        "official": ["เจ้าหน้าที่ทะเบียนค่ะ", "เจ้าหน้าที่ทะเบียน"],
        "district": ["ชำนิค่ะ"],
        "subdistrict": ["ตำบลชำนิค่ะ"],
        "when": ["เมื่อวันจันทร์ที่แล้วค่ะ", "30 พฤศจิกายน 2569"],
        "what": [
            "เรื่องแรก: ไปย้ายทะเบียนบ้าน เจ้าหน้าที่บอกว่าถ้าอยากได้วันนี้ต้องจ่ายห้าร้อย "
            "ไม่งั้นมาอีกอาทิตย์หน้า ส่วนอีกเรื่องเป็นเรื่องถนน เดี๋ยวแจ้งแยกนะคะ"
        ],
        "what_more": ["เรื่องแรกมีแค่นี้ค่ะ"],
        "evidence": ["ไม่มีค่ะ", "ไม่มี"],
        "witnesses": ["สามีไปด้วยกันค่ะวันนั้น", "สามี"],
        "reported": ["ยังไม่เคยค่ะ", "ไม่เคย"],
        "identity": ["ขอไม่ใส่ชื่อค่ะ", "ไม่บอกชื่อ"],
        "summary": [
            asks("ส่งเรื่องนี้แล้วจะแจ้งเรื่องที่สองได้เลยไหมคะ ต้องรอกี่วัน", DAYS),
            "ถูกต้องค่ะ ส่งเรื่องแรกเลย",
            "ส่ง",
        ],
    },
    Meant(
        kind=("bribery",),
        agency=("ที่ว่าการอำเภอชำนิ", "อำเภอชำนิ"),
        official=("เจ้าหน้าที่ทะเบียน",),
        district="3118",
        subdistrict="311801",
        date=("2026-11-23", "2026-11-30"),
        story=("ทะเบียนบ้าน", "ห้าร้อย"),
        witnesses="สามี",
        reported=False,
        anonymous=True,
        evidence=0,
    ),
)

VILLAGERS = {
    "health_volunteer": HEALTH_VOLUNTEER,
    "motorbike_taxi": MOTORBIKE_TAXI,
    "grandmother_stories": GRANDMOTHER_STORIES,
    "civil_servant": CIVIL_SERVANT,
    "wrong_district": WRONG_DISTRICT,
    "stickers_short": STICKERS_SHORT,
    "khmer_thai": KHMER_THAI,
    "full_name_and_id": FULL_NAME_AND_ID,
    "angry_swearer": ANGRY_SWEARER,
    "two_matters": TWO_MATTERS,
}
SEALED = set(random.Random(11).sample(list(VILLAGERS), 5))
DIAG = set(VILLAGERS) - SEALED
