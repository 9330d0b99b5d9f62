"""Held-out villagers, round 23: ten new kinds of people written by a tester who read neither
the bot's rules nor its word lists nor its training examples; played by the driver of the first
held-out people (`heldout_personas.play`). Among them: a temple boy (ลูกศิษย์วัด) filing for the
abbot, a fisherman on a reservoir, a woman who types only in Latin-script Thai, a deaf man who
types very short lines, a teenager with slang and emoji, the voice of the village loudspeaker
(หอกระจายข่าว), a builder back from Bangkok who mixes central Thai, a woman who tells the story in
four messages before any question, a man who corrects two fields by typing, and a woman
threatened midway who goes on. Five, chosen at random (`random.Random(23).sample` of the sorted
keys, a fresh generator), are SEALED: their failures are only counted, never described to whoever
fixes the conversation, so that no fix is fitted to them.

Dates are as said on Monday 7 December 2026 (BE 2569). Where a phrase can honestly mean more
than one day, the span covers every reading. Districts and sub-districts are DOPA codes checked
against geothai's data (geothai/_data/subdistricts.json), not against the product's files.
"""

from __future__ import annotations

import random

from tests.integration.handlers.complaint.heldout_personas import Meant, Villager, asks, threat
from tests.integration.handlers.complaint.personas import photo

# Replies a question back must get (what any honest answer to it contains).
FOR_OTHERS = r"ได้|แทน|someone else|on behalf"
NO_FEE = r"ไม่.{0,20}(เสีย|มี|ต้องจ่าย).{0,15}(เงิน|ค่า)|ฟรี|free|no (cost|charge|fee)"
WHO_READS = r"กรรมการ|เจ้าหน้าที่|ไม่.{0,30}(บอก|เปิดเผย)|committee|staff|not (be )?shared"

TEMPLE_BOY = Villager(
    "เด็กวัดต้น: a temple boy (ลูกศิษย์วัด) filing for the abbot, polite, religious words",
    {
        "none": [
            asks("หลวงพ่อให้ผมมาแจ้งแทนท่านได้ไหมครับ ท่านใช้มือถือไม่เป็น", FOR_OTHERS),
            "แจ้งเรื่องงบซ่อมศาลาวัดครับ",
            "แจ้งเรื่อง",
        ],
        "story": ["แจ้งครับ หลวงพ่ออนุญาตแล้ว", "แจ้ง"],
        "consent": ["ยินยอมครับ", "ยินยอม"],
        "kind": ["งบซ่อมศาลาการเปรียญหายครับ ไม่ได้ซ่อมจริง", "โกงงบ"],
        "agency": ["อบต.หนองตาดครับ", "อบต.หนองตาด"],
        "official": ["นายก อบต. ครับ", "นายก"],
        "district": ["อำเภอเมืองบุรีรัมย์ครับ", "เมืองบุรีรัมย์"],
        "subdistrict": ["ตำบลหนองตาดครับ", "หนองตาด"],
        "when": ["วันเข้าพรรษาปีนี้ครับ ตอนที่เขามาประกาศ", "30 กรกฎาคม 2569"],
        "what": [
            "นายกมาประกาศในวันเข้าพรรษาว่า อบต. ให้งบซ่อมหลังคาศาลาการเปรียญแปดหมื่น "
            "แต่จนออกพรรษาแล้วไม่มีช่างมาเลยครับ หลวงพ่อไปถามก็บอกว่าเบิกจ่ายไปแล้ว"
        ],
        "what_more": ["ไม่มีแล้วครับ", "ไม่มี"],
        "evidence": [photo(), "รูปหลังคารั่วครับ แค่นี้", "เสร็จแล้ว"],
        "witnesses": ["มัคนายกวัด ลุงจันทร์ ครับ", "ลุงจันทร์"],
        "reported": ["ยังไม่เคยครับ", "ยังไม่เคย"],
        "identity": ["ไม่บอกชื่อครับ ไม่อยากให้วัดมีปัญหา", "ไม่บอกชื่อ"],
        "summary": ["ถูกต้องครับ ส่งได้เลย", "ส่ง"],
    },
    Meant(
        kind=("budget",),
        agency=("อบต.หนองตาด",),
        official=("นายก",),
        district="3101",
        subdistrict="310114",
        date=("2026-07-30", "2026-07-30"),
        story=("ศาลา",),
        witnesses="ลุงจันทร์",
        reported=False,
        anonymous=True,
        evidence=1,
    ),
    yes="ใช่ครับ",
)

FISHERMAN = Villager(
    "พ่อบุญเพ็ง: a fisherman on the Huai Chorakhe Mak reservoir, Isan, nets confiscated",
    {
        "none": ["สิแจ้งเรื่องเจ้าหน้าที่ประมงเด้อ", "แจ้งเรื่อง"],
        "story": ["แจ้งโลด", "แจ้ง"],
        "consent": ["ได้เด้อ ยอม", "ยินยอม"],
        "kind": ["เพิ่นเก็บเงินค่าวางมองเดือนละสามร้อย บ่จ่ายเพิ่นยึดมอง", "เรียกเงิน"],
        "agency": ["ประมงอำเภอประโคนชัยเด้อ", "สำนักงานประมงอำเภอประโคนชัย"],
        "official": ["เจ้าหน้าที่ประมง บ่ฮู้ชื่อ", "เจ้าหน้าที่ประมง"],
        "district": ["ประโคนชัย", "อำเภอประโคนชัย"],
        "subdistrict": ["จรเข้มากเด้อ แถวอ่าง", "จรเข้มาก"],
        "when": ["ต้นเดือนพะจิกเด้อ", "พฤศจิกายน 2569"],
        "what": [
            "เจ้าหน้าที่ประมงมาเก็บเงินคนหาปลาในอ่างห้วยจระเข้มาก คนละสามร้อยต่อเดือน "
            "บอกว่าค่าใบอนุญาตวางมอง บ่มีใบเสร็จ ผู้ใด๋บ่จ่ายเพิ่นยึดมองไปเลย ข่อยโดนยึดไปสองผืน"
        ],
        "what_more": ["บ่มีแล้วเด้อ", "ไม่มี"],
        "evidence": ["บ่มีเด้อ", "ไม่มี"],
        "witnesses": ["อ้ายทองดี หาปลานำกัน", "อ้ายทองดี"],
        "reported": ["บ่เคย", "ยังไม่เคย"],
        "identity": ["บ่บอกชื่อ", "ไม่บอกชื่อ"],
        "summary": ["แม่นแล้ว ส่งโลด", "ส่ง"],
    },
    Meant(
        kind=("bribery",),
        agency=("สำนักงานประมงอำเภอประโคนชัย", "ประมงอำเภอประโคนชัย"),
        official=("ประมง",),
        district="3107",
        subdistrict="310706",
        date=("2026-11-01", "2026-11-15"),
        story=("มอง",),
        witnesses="ทองดี",
        reported=False,
        anonymous=True,
    ),
    yes="แม่นแล้ว",
)

LATIN_ONLY = Villager(
    "เจ๊นก: types only in Latin-script Thai (karaoke), her phone has no Thai keyboard",
    {
        "none": ["sawasdee kha, yak jaeng ruang phu yai baan kha", "jaeng ruang"],
        "story": ["jaeng loei kha", "jaeng"],
        "consent": ["yinyom kha", "ok kha"],
        "kind": ["riak ngern kha, kep ngern kon kae", "riak ngern"],
        "agency": ["obt thonglang kha", "อบต.ทองหลาง"],
        "official": ["phu yai baan moo 5 kha", "phu yai baan"],
        "district": ["ban mai chaiyaphot kha", "บ้านใหม่ไชยพจน์"],
        "subdistrict": ["tambon thong lang kha", "ทองหลาง"],
        "when": ["muea wan sao kha", "5 ธันวาคม"],
        "what": [
            "phu yai baan kep ngern kon kae kon la 200 baht "
            "bok wa pen kha tham ruang bia yang chip "
            "tae mai mee bai set kha, mae chan gor jai pai laew"
        ],
        "what_more": ["mai mee laew kha", "mai mee"],
        "evidence": ["mai mee kha", "ไม่มี"],
        "witnesses": ["pa somjit baan tid kan kha", "pa somjit"],
        "reported": ["yang mai koey kha", "ยังไม่เคย"],
        "identity": ["mai bok chue kha", "ไม่บอกชื่อ"],
        "summary": ["tuk tong kha, song loei", "song"],
    },
    Meant(
        kind=("bribery",),
        agency=("อบต.ทองหลาง",),
        official=("ผู้ใหญ่บ้าน", "phu yai baan"),
        district="3119",
        subdistrict="311902",
        date=("2026-12-05", "2026-12-05"),
        story=("200",),
        witnesses="somjit",
        reported=False,
        anonymous=True,
    ),
    yes="chai kha",
)

DEAF_MAN = Villager(
    "ลุงเสริม: deaf, types very short lines, no particles",
    {
        "none": ["แจ้ง", "แจ้งเรื่อง"],
        "story": ["แจ้ง"],
        "consent": ["ได้", "ยินยอม"],
        "kind": ["โกงเงิน", "โกงงบ"],
        "agency": ["อบต.สระทอง"],
        "official": ["ปลัด"],
        "district": ["หนองหงส์"],
        "subdistrict": ["สระทอง"],
        "when": ["5 ธ.ค.", "5 ธันวาคม"],
        "what": ["เงินคนพิการ เดือนละ 1000 ปลัดหัก 200 ทุกคน"],
        "what_more": ["ไม่มี"],
        "evidence": ["ไม่มี"],
        "witnesses": ["ป้าแดง คนพิการ"],
        "reported": ["ไม่เคย"],
        "identity": ["ไม่บอก", "ไม่บอกชื่อ"],
        "summary": ["ถูก ส่ง", "ส่ง"],
    },
    Meant(
        kind=("bribery", "budget"),
        agency=("อบต.สระทอง",),
        official=("ปลัด",),
        district="3114",
        subdistrict="311407",
        date=("2026-12-05", "2026-12-05"),
        story=("คนพิการ",),
        witnesses="ป้าแดง",
        reported=False,
        anonymous=True,
    ),
    yes="ใช่",
)

TEENAGER = Villager(
    "น้องมายด์: a Matthayom 5 girl, slang, emoji, no polite particles",
    {
        "none": ["หวัดดีค้าบบ จะแจ้งเรื่องครูอ่ะ 😤", "แจ้งเรื่อง"],
        "story": ["แจ้งเลยยย", "แจ้ง"],
        "consent": ["โอเครร ยินยอม 👌", "ยินยอม"],
        "kind": ["ครูบังคับซื้อเสื้อกีฬาสีร้านป้าตัวเองอ่ะ แพงมากก 🙄", "ผลประโยชน์ทับซ้อน"],
        "agency": ["รร.หนองกี่พิทยาคมค่ะะ", "โรงเรียนหนองกี่พิทยาคม"],
        "official": ["ครูพละอ่ะ ไม่บอกชื่อได้ปะ", "ครูพละ"],
        "district": ["หนองกี่ค่า", "หนองกี่"],
        "subdistrict": ["ต.หนองกี่อ่ะ", "หนองกี่"],
        "when": ["เดือนที่แล้วอ่ะ ตอนเปิดเทอมสอง", "พฤศจิกายน 2569"],
        "what": [
            "ครูพละบังคับทุกคนซื้อเสื้อกีฬาสีตัวละ 350 ต้องซื้อที่ร้านป้าครูเท่านั้น "
            "ข้างนอกขายแค่ 150 เอง ใครไม่ซื้อไม่ให้ลงแข่ง 😭 ผ้าบางมากกก"
        ],
        "what_more": ["ไม่มีละ", "ไม่มี"],
        "evidence": [photo(), "รูปเสื้อกับใบสั่งซื้ออ่ะ พอละ", "เสร็จแล้ว"],
        "witnesses": ["เพื่อนทั้งห้อง ม.5/2 เลย", "เพื่อนห้อง ม.5/2"],
        "reported": ["ยังอ่ะ กลัว", "ยังไม่เคย"],
        "identity": ["ไม่บอกชื่อๆ เดี๋ยวโดนหักคะแนน 🥲", "ไม่บอกชื่อ"],
        "summary": ["ถูกแล้วว ส่งเลย 🙏", "ส่ง"],
    },
    Meant(
        kind=("conflict", "procurement", "bribery"),
        agency=("โรงเรียนหนองกี่พิทยาคม", "รร.หนองกี่พิทยาคม"),
        official=("ครู",),
        district="3105",
        subdistrict="310501",
        date=("2026-11-01", "2026-11-30"),
        story=("350",),
        witnesses="ม.5/2",
        reported=False,
        anonymous=True,
        evidence=1,
    ),
    yes="ช่ายยย",
)

BROADCASTER = Villager(
    "ลุงประเสริฐ: speaks into the village loudspeaker (หอกระจายข่าว) every morning; formal, named",
    {
        "none": [
            "สวัสดีครับ ผมเป็นคนประกาศหอกระจายข่าวหมู่ 3 มีเรื่องจะร้องเรียนครับ",
            "แจ้งเรื่อง",
        ],
        "story": ["ครับ ขอแจ้งเรื่องนี้ครับ", "แจ้ง"],
        "consent": ["ยินยอมครับ", "ยินยอม"],
        "kind": ["ผู้ใหญ่บ้านสั่งให้ผมประกาศเก็บเงินค่าถุงยังชีพครับ ทั้งที่ของแจกฟรี", "เรียกเงิน"],
        "agency": ["อบต.โคกสะอาด ครับ", "อบต.โคกสะอาด"],
        "official": ["ผู้ใหญ่บ้านหมู่ 3 ครับ", "ผู้ใหญ่บ้าน"],
        "district": ["อำเภอลำปลายมาศครับ", "ลำปลายมาศ"],
        "subdistrict": ["ตำบลโคกสะอาดครับ", "โคกสะอาด"],
        "when": ["วันที่ ๑ ธันวาคม ๒๕๖๙ ครับ", "1 ธันวาคม 2569"],
        "what": [
            "ผู้ใหญ่บ้านให้ผมประกาศทางหอกระจายข่าวว่า ใครจะรับถุงยังชีพน้ำท่วม ต้องจ่ายค่าขนส่ง "
            "ครัวเรือนละ 100 บาท แต่ถุงยังชีพเป็นของที่ อบจ. แจกฟรีครับ ผมประกาศไปแล้วรู้สึกผิด"
        ],
        "what_more": ["ไม่มีเพิ่มครับ", "ไม่มี"],
        "evidence": ["มีเสียงประกาศที่ผมอัดไว้ครับ แต่ส่งไม่เป็น ไม่มีรูป", "ไม่มี"],
        "witnesses": ["ชาวบ้านหมู่ 3 ได้ยินทั้งหมู่ครับ", "ชาวบ้านหมู่ 3"],
        "reported": ["ยังไม่เคยครับ", "ยังไม่เคย"],
        "identity": ["ใส่ชื่อผมได้ครับ ทุกคนรู้จักเสียงผมอยู่แล้ว", "บอกชื่อ"],
        "name": ["ประเสริฐ ดังก้อง"],
        "phone": ["084-771-2309"],
        "summary": ["ถูกต้องครับ ขอส่งเรื่อง", "ส่ง"],
    },
    Meant(
        kind=("bribery",),
        agency=("อบต.โคกสะอาด",),
        official=("ผู้ใหญ่บ้าน",),
        district="3110",
        subdistrict="311008",
        date=("2026-12-01", "2026-12-01"),
        story=("ถุงยังชีพ",),
        witnesses="หมู่ 3",
        reported=False,
        anonymous=False,
        name="ประเสริฐ ดังก้อง",
        phone="0847712309",
    ),
    yes="ใช่ครับ",
)

BACK_FROM_BANGKOK = Villager(
    "ไอ้ต้น: a builder back from Bangkok, central Thai and a little English, impatient",
    {
        "none": ["พี่ๆ จะร้องเรียนเจ้าหน้าที่อำเภออ่ะครับ", "แจ้งเรื่อง"],
        "story": ["เออครับ แจ้งเลย", "แจ้ง"],
        "consent": ["ok ครับ ยินยอม", "ยินยอม"],
        "kind": ["ไถเงินอ่ะพี่ ค่าย้ายทะเบียนบ้าน", "เรียกรับเงิน"],
        "agency": ["ที่ว่าการอำเภอคูเมืองครับ", "ที่ว่าการอำเภอคูเมือง"],
        "official": ["เจ้าหน้าที่ทะเบียนครับ ผู้ชายใส่แว่น", "เจ้าหน้าที่ทะเบียน"],
        "district": ["คูเมืองครับพี่", "คูเมือง"],
        "subdistrict": ["ต.คูเมืองนั่นแหละ", "คูเมือง"],
        "when": ["วันศุกร์ที่ 4 ครับ", "4 ธันวาคม"],
        "what": [
            "ผมย้ายทะเบียนบ้านกลับจากกรุงเทพ เจ้าหน้าที่บอกเอกสารไม่ครบ ต้องรอเดือนนึง "
            "ถ้าอยากได้วันนี้ต้องจ่ายค่าเร่ง 2,000 ผมต้องรีบใช้สมัครงาน เลยจ่ายไป ไม่มีใบเสร็จเลยพี่"
        ],
        "what_more": ["ไม่มีละครับ", "ไม่มี"],
        "evidence": ["สลิปโอนเงินครับ เดี๋ยวส่ง", photo(), "หมดละ", "เสร็จแล้ว"],
        "witnesses": ["แฟนผมไปด้วยครับ ชื่อฝน", "ฝน"],
        "reported": ["ยังครับ", "ยังไม่เคย"],
        "identity": ["ไม่เอาชื่อนะพี่", "ไม่บอกชื่อ"],
        "summary": ["ถูกละครับ ส่งๆ", "ส่ง"],
    },
    Meant(
        kind=("bribery",),
        agency=("ที่ว่าการอำเภอคูเมือง",),
        official=("ทะเบียน",),
        district="3102",
        subdistrict="310201",
        date=("2026-12-04", "2026-12-04"),
        story=("2,000", "ทะเบียนบ้าน"),
        witnesses="ฝน",
        reported=False,
        anonymous=True,
        evidence=1,
    ),
    yes="ใช่ครับ",
)

STORY_FIRST = Villager(
    "ป้าทองม้วน: tells the whole story in four messages before any question",
    {
        "none": ["อยากแจ้งเรื่องนี้ค่ะ", "แจ้งเรื่อง"],
        "story": ["แจ้งเลยค่ะ", "แจ้ง"],
        "consent": ["ยินยอมค่ะ", "ยินยอม"],
        "kind": ["เอาของหลวงไปขายค่ะ", "โกงของหลวง"],
        "agency": ["บอกไปแล้วค่ะ อบต.หินโคน", "อบต.หินโคน"],
        "official": ["ส.อบต. หมู่ 9 ค่ะ", "ส.อบต."],
        "district": ["ลำปลายมาศค่ะ บอกไปแล้ว", "ลำปลายมาศ"],
        "subdistrict": ["หินโคนค่ะ", "ตำบลหินโคน"],
        "when": ["เดือนที่แล้วค่ะ", "พฤศจิกายน 2569"],
        "what": ["เล่าไปข้างบนหมดแล้วค่ะ ส.อบต. ขายทรายถมถนนของโครงการ"],
        "what_more": ["ไม่มีแล้วค่ะ", "ไม่มี"],
        "evidence": ["ไม่มีรูปค่ะ", "ไม่มี"],
        "witnesses": ["คนขับรถดั๊มค่ะ เขาเล่าให้ฟังเอง", "คนขับรถดั๊ม"],
        "reported": ["ยังไม่เคยค่ะ", "ยังไม่เคย"],
        "identity": ["ไม่เปิดเผยชื่อนะคะ", "ไม่บอกชื่อ"],
        "summary": ["ถูกต้องค่ะ ส่งเลย", "ส่ง"],
    },
    Meant(
        kind=("budget", "abuse", "procurement"),
        agency=("อบต.หินโคน",),
        official=("ส.อบต",),
        district="3110",
        subdistrict="311013",
        date=("2026-11-01", "2026-11-30"),
        story=("ทราย",),
        witnesses="รถดั๊ม",
        reported=False,
        anonymous=True,
    ),
    opening=(
        "สวัสดีค่ะ ป้ามีเรื่องจะเล่า",
        "อบต.หินโคนเขามีโครงการถมถนนเข้าหมู่ 9 เอาทรายมาสิบคันรถ",
        "แต่ ส.อบต. หมู่ 9 ให้รถดั๊มขนทรายไปเทขายที่ไซต์ก่อสร้างในเมืองหกคัน ถนนเลยถมได้นิดเดียว",
        "เป็นเดือนที่แล้วค่ะ ที่ลำปลายมาศ",
    ),
)

TWO_TYPED_FIXES = Villager(
    "พ่อเคน: at the summary corrects two fields by typing, one message each",
    {
        "none": ["มีเรื่องร้องเรียนครับ", "แจ้งเรื่อง"],
        "story": ["แจ้งครับ", "แจ้ง"],
        "consent": ["ตกลงครับ", "ยินยอม"],
        "kind": ["เรียกเงินค่าเข้าโครงการฝึกอาชีพครับ", "เรียกเงิน"],
        "agency": ["อบต.ดงพลองครับ", "อบต.ดงพลอง"],
        "official": ["กำนันครับ", "กำนัน"],
        "district": ["แคนดงครับ", "แคนดง"],
        "subdistrict": ["ดงพลองครับ", "ตำบลดงพลอง"],
        "when": ["เมื่อวานครับ", "6 ธันวาคม"],
        "what": [
            "เขาเก็บเงินคนละ 500 บาท คนที่อยากเข้าโครงการฝึกอาชีพช่างเชื่อมของ อบต. "
            "ใครไม่จ่ายไม่ได้ชื่อ ทั้งที่โครงการฟรีครับ"
        ],
        "what_more": ["ไม่มีครับ", "ไม่มี"],
        "evidence": ["ไม่มีครับ", "ไม่มี"],
        "witnesses": ["ไม่มีครับ", "ไม่มี"],
        "reported": ["ไม่เคยครับ", "ยังไม่เคย"],
        "identity": ["ไม่บอกชื่อครับ", "ไม่บอกชื่อ"],
        "summary": [
            "ผิดครับ คนที่เก็บเงินไม่ใช่กำนัน เป็นผู้ช่วยผู้ใหญ่บ้าน",
            "แล้ววันที่ก็ผิดครับ ไม่ใช่เมื่อวาน เป็นวันพฤหัสที่ 3",
            "ถูกแล้วครับ ส่ง",
            "ส่ง",
        ],
    },
    Meant(
        kind=("bribery",),
        agency=("อบต.ดงพลอง",),
        official=("ผู้ช่วยผู้ใหญ่บ้าน",),
        district="3122",
        subdistrict="312202",
        date=("2026-12-03", "2026-12-03"),
        story=("500",),
        witnesses="",
        reported=False,
        anonymous=True,
    ),
    yes="ใช่ครับ",
)

HOUSE_PHOTO = (
    "เดี๋ยวนะคะ เมื่อกี้มีเบอร์แปลกส่งไลน์มาเป็นรูปบ้านหนูถ่ายจากถนน เขียนว่า "
    "'บ้านสวยดี อยู่ให้ได้นานๆ นะ' หนูกลัวแต่จะแจ้งต่อค่ะ"
)

GOES_ON = Villager(
    "ครูจุ๋ม: threatened midway through, goes on filing",
    {
        "none": ["จะร้องเรียนเรื่องถนนค่ะ", "แจ้งเรื่อง"],
        "story": ["แจ้งค่ะ", "แจ้ง"],
        "consent": ["ยินยอมค่ะ", "ยินยอม"],
        "kind": ["ฮั้วประมูลถนนลาดยางค่ะ", "ฮั้วประมูล"],
        "agency": ["อบต.ลำนางรองค่ะ", "อบต.ลำนางรอง"],
        "official": ["นายก อบต. ค่ะ", "นายก"],
        "district": ["โนนดินแดงค่ะ", "โนนดินแดง"],
        "subdistrict": ["ลำนางรองค่ะ", "ตำบลลำนางรอง"],
        "when": ["ช่วงสงกรานต์ปีนี้ค่ะ ตอนเปิดซอง", "13 เมษายน 2569"],
        "what": [
            "ถนนลาดยางสายหมู่ 4 ไปหมู่ 7 มีห้างสามแห่งยื่นซอง แต่สองแห่งเป็นของญาตินายกเอง "
            "ราคาต่างกันไม่ถึงพัน ห้างที่ชนะเป็นของน้องชายนายกค่ะ"
        ],
        "what_more": ["ไม่มีแล้วค่ะ", "ไม่มี"],
        "evidence": [photo(), "ประกาศผลประมูลค่ะ รูปเดียว", "เสร็จแล้ว"],
        "witnesses": [threat(HOUSE_PHOTO), "ผู้รับเหมาที่แพ้ค่ะ ชื่อเฮียเซ้ง", "เฮียเซ้ง"],
        "reported": ["ยังไม่เคยค่ะ", "ยังไม่เคย"],
        "identity": ["ไม่บอกชื่อค่ะ", "ไม่บอกชื่อ"],
        "summary": ["ถูกต้องค่ะ ส่งได้", "ส่ง"],
    },
    Meant(
        kind=("procurement", "conflict"),
        agency=("อบต.ลำนางรอง",),
        official=("นายก",),
        district="3120",
        subdistrict="312003",
        date=("2026-04-13", "2026-04-15"),
        story=("น้องชายนายก",),
        witnesses="เซ้ง",
        reported=False,
        anonymous=True,
        evidence=1,
    ),
)

VILLAGERS = {
    "temple_boy": TEMPLE_BOY,
    "reservoir_fisherman": FISHERMAN,
    "latin_only": LATIN_ONLY,
    "deaf_short_lines": DEAF_MAN,
    "teenager_slang": TEENAGER,
    "village_broadcaster": BROADCASTER,
    "back_from_bangkok": BACK_FROM_BANGKOK,
    "story_first": STORY_FIRST,
    "two_typed_fixes": TWO_TYPED_FIXES,
    "threatened_goes_on": GOES_ON,
}

SEALED = set(random.Random(23).sample(sorted(VILLAGERS), 5))
DIAG = set(VILLAGERS) - SEALED
