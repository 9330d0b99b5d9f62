"""Held-out villagers, round 22: ten new kinds of people written by a tester who read neither
the bot's rules nor its word lists nor its training examples; played by the driver of the first
held-out people (`heldout_personas.play`). Among them: a rubber tapper typing at four in the
morning, a young mother whose phone autocorrects her words, a village health volunteer reporting
her own boss, a Kui-speaking grandmother whose grandson types for her, a tuk-tuk driver who mixes
English, a man who pastes the OCR text of a photographed document, a woman who asks five
questions before she files, a temple steward (มัคนายก) filing for the monks, a man who corrects
two fields at the summary, and a woman threatened mid-filing who still wants to go on.
Five, chosen at random (`random.Random(22).sample`, a fresh generator), are SEALED: their
failures are only counted, never described to whoever fixes the conversation, so that no fix is
fitted to them.

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
HOW_SOON = r"วัน|สัปดาห์|อาทิตย์|เดือน|เร็ว|day|week|soon"
NAME_NEEDED = r"ไม่.{0,20}(ต้อง|จำเป็น|บังคับ)|ไม่ระบุ|ไม่บอกชื่อ|ไม่ประสงค์|anonymous|don't have to"
KEPT = r"ปี|เดือน|เก็บ|ลบ|year|month|kept|delete"

OCR_TEXT = (
    "บันทึกข้อความ\n"
    "ส่วนราชการ องค์การบริหารส่วนตำบลเย้ยปราสาท อำเภอหนองกี่ จังหวัดบุรีรัมย์\n"
    "ที่ บร 7l302/ว ๔๑๘ วันที่ ๑๕ ตุลาคม ๒๕๖๙\n"
    "เรื่อง ตรวจรับงานก่อสร้างรางระบายน้ำ คสล. หมู่ที่ ๙\n"
    "ตามที่ อบต. ได้จ้างห้างหุ้นส่วนจำกัด ส.รุ่งเรืองค้าวัสดุ ก่อสร้างรางระบายน้ำ ยาว ๔๒๐ เมตร\n"
    "คณะกรรมการได้ตรวจรับงานครบถ้วนตามสัญญา ลงชื่อ นายก อบต.\n"
    "---\n"
    "ผมพิมพ์ตามกระดาษที่ถ่ายมาครับ จริงๆ รางทำแค่ร้อยกว่าเมตร ที่เหลือไม่มีเลย"
)
MID_THREAT = (
    "ขอพักแป๊บนึงนะคะ เมื่อกี้ผู้ช่วยผู้ใหญ่บ้านขี่รถมาหยุดหน้าบ้าน บอกว่ารู้นะว่ากำลังทำอะไร "
    "ถ้ายังไม่หยุด ระวังลูกชายที่ไปเรียนในเมืองจะกลับบ้านไม่ครบ"
)
TAPPER_THREAT = "แล้วมีคนมาขีดยางผมทิ้งทั้งแปลงเมื่อคืน เขียนไว้ที่ต้นยางว่า ปากดีก็ตายดี"

RUBBER_TAPPER = Villager(
    "บักเสือ: a rubber tapper typing at four in the morning between trees, Isan, half-words",
    {
        "none": ["ตีสี่ละ มากรีดยาง แต่สิแจ้งเรื่องผู้ใหญ่บ้านก่อน", "แจ้งเรื่อง"],
        "story": ["แจ้งเด้อ", "แจ้ง"],
        "consent": ["ได้ๆ ยอม", "ยินยอม"],
        "kind": ["เพิ่นเก็บเงินค่าขึ้นทะเบียนสวนยาง ต้นละบาท", "เรียกเงิน"],
        "agency": ["อบต โคกมะม่วง", "อบต.โคกมะม่วง"],
        "official": ["ผญบ หมู่ 6", "ผู้ใหญ่บ้าน"],
        "district": ["ปะคำเด้อ", "ปะคำ"],
        "subdistrict": ["โคกมะม่วง", "ตำบลโคกมะม่วง"],
        "when": ["มื้อวานตอนแลง", "6 ธันวาคม"],
        "what": [
            "ผญบ มาเก็บเงินคนกรีดยางทุกคน บอกว่าถ้าบ่จ่ายสิบ่เซ็นให้ขึ้นทะเบียนรับเงินช่วยราคายาง "
            "ข่อยมีสามร้อยต้น จ่ายไปสามร้อย"
        ],
        "what_more": [threat(TAPPER_THREAT), "บ่มีแล้ว", "ไม่มี"],
        "evidence": ["บ่มี เพิ่นบ่ให้ใบเสร็จ", "ไม่มี"],
        "witnesses": ["อ้ายหมูน กับ อ้ายเปลี่ยน กรีดยางนำกัน", "อ้ายหมูน"],
        "reported": ["บ่เคย", "ยังไม่เคย"],
        "identity": ["บ่บอกชื่อเด้อ", "ไม่บอกชื่อ"],
        "summary": ["แม่นแล้ว ส่ง", "ส่ง"],
    },
    Meant(
        kind=("bribery",),
        agency=("อบต.โคกมะม่วง",),
        official=("ผู้ใหญ่บ้าน",),
        district="3112",
        subdistrict="311204",
        date=("2026-12-06", "2026-12-06"),
        story=("สามร้อย",),
        witnesses="อ้ายหมูน",
        reported=False,
        anonymous=True,
    ),
    yes="แม่นแล้ว",
)

AUTOCORRECT_MOM = Villager(
    "น้องแพร: a young mother on her phone, autocorrect swaps her words, named, one photo",
    {
        "none": ["สวัสดีค่า จะแจ้งเรื่องศูนย์เด็กเล็กคะ", "แจ้งเรื่อง"],
        "story": ["แจ้งคะ", "แจ้ง"],
        "consent": ["ยินดีคะ ยินยอม", "ยินยอม"],
        "kind": ["งบนมโรงเรียนค่ะ เด็กไม่ได้กินนม เขาเอาเงินไปไหนไม่รู้", "ใช้งบไม่ถูก"],
        "agency": ["อบต.หนองคูคะ", "อบต.หนองคู"],
        "official": ["คุณครูศูนย์เด็กเล็กคะ ครูใหญ่ของศูนย์", "ครูศูนย์เด็กเล็ก"],
        "district": ["ลำปลายมาตคะ", "ลำปลายมาศ"],
        "subdistrict": ["ตำบลหนองคูคะ", "หนองคู"],
        "when": ["ตั้งแต่เปิดเทอมสองคะ เดือนพฤศจิกา", "พฤศจิกายน 2569"],
        "what": [
            "ลูกหนูบอกว่าไม่ได้ดื่มนมมาทั้งเดือนพฤศจิกาแล้วคะ ครูบอกนมหมด แต่ในกลุ่มไลน์ผู้ปกครองเห็นใบส่งของนมมาทุกอาทิตย์"
        ],
        "what_more": ["ไม่มีแล้วคะ", "ไม่มี"],
        "evidence": [photo(), "มีรูปเดียวคะ", "เสร็จแล้ว"],
        "witnesses": ["แม่น้องพลอยคะ เขาก็เห็นใบส่งของ", "แม่น้องพลอย"],
        "reported": ["ยังไม่เคยคะ", "ยังไม่เคย"],
        "identity": ["ใส่ชื่อได้คะ", "บอกชื่อ"],
        "name": ["แพรวา สุขสม"],
        "phone": ["0862347719"],
        "summary": ["ถูกต้องคะ ส่งเลย", "ส่ง"],
    },
    Meant(
        kind=("budget",),
        agency=("อบต.หนองคู",),
        official=("ครู",),
        district="3110",
        subdistrict="311002",
        date=("2026-11-01", "2026-11-30"),
        story=("นม",),
        witnesses="พลอย",
        reported=False,
        anonymous=False,
        name="แพรวา สุขสม",
        phone="0862347719",
        evidence=1,
    ),
    yes="ใช่คะ",
)

HEALTH_VOLUNTEER = Villager(
    "ป้าอุไร: a village health volunteer (อสม.) reporting her own boss at the health station",
    {
        "none": ["ป้าเป็น อสม. ค่ะ จะแจ้งเรื่องหัวหน้าตัวเอง", "แจ้งเรื่อง"],
        "story": ["แจ้งค่ะ", "แจ้ง"],
        "consent": [
            asks("ถ้าป้าแจ้ง หัวหน้าที่ รพ.สต. จะได้อ่านเรื่องนี้ไหมคะ", WHO_READS),
            "ยินยอมค่ะ",
            "ยินยอม",
        ],
        "kind": ["เขาให้ อสม. เซ็นรับค่าป่วยการ แต่เงินไม่ถึงมือค่ะ", "ใช้งบไม่ถูก"],
        "agency": ["รพ.สต.หนองไทร ค่ะ", "รพ.สต.หนองไทร"],
        "official": ["ผอ.รพ.สต. ค่ะ หัวหน้าป้าเอง", "ผอ.รพ.สต."],
        "district": ["นางรองค่ะ", "นางรอง"],
        "subdistrict": ["หนองไทรค่ะ", "หนองไทร"],
        "when": ["เดือนที่แล้วค่ะ ตอนจ่ายเงินรอบสิ้นเดือน", "พฤศจิกายน 2569"],
        "what": [
            "ผอ. ให้ อสม. สิบสองคนเซ็นชื่อรับเงินคนละหนึ่งพัน แต่จ่ายจริงคนละห้าร้อย "
            "บอกว่าส่วนที่เหลือเก็บไว้ทำกิจกรรม แต่ไม่เคยมีกิจกรรม"
        ],
        "what_more": ["ไม่มีแล้วค่ะ", "ไม่มี"],
        "evidence": ["มีสลิปค่ะ เดี๋ยวให้ลูกส่งให้ทีหลัง", "ส่งทีหลัง"],
        "witnesses": ["อสม. ด้วยกันค่ะ ป้าสายใจ", "ป้าสายใจ"],
        "reported": ["ไม่เคยค่ะ", "ยังไม่เคย"],
        "identity": ["ไม่บอกชื่อนะคะ ยังต้องทำงานกับเขา", "ไม่บอกชื่อ"],
        "summary": ["ถูกต้องค่ะ", "ส่ง"],
    },
    Meant(
        kind=("budget", "bribery"),
        agency=("รพ.สต.หนองไทร", "รพ.สต.บ้านหนองไทร"),
        official=("ผอ",),
        district="3104",
        subdistrict="310414",
        date=("2026-11-01", "2026-11-30"),
        story=("ห้าร้อย",),
        witnesses="สายใจ",
        reported=False,
        anonymous=True,
    ),
)

KUI_GRANDMOTHER = Villager(
    "ยายจันทร์กับหลาน: a Kui-speaking grandmother, her grandson types what she says",
    {
        "none": ["สวัสดีครับ ยายผมพูดกูย ผมจะพิมพ์แทนยายนะครับ ยายอยากแจ้งเรื่อง", "แจ้งเรื่อง"],
        "story": ["แจ้งครับ ยายบอกแจ้ง", "แจ้ง"],
        "consent": ["ยายพยักหน้าแล้วครับ ยินยอม", "ยินยอม"],
        "kind": ["เขาหักเงินเบี้ยคนแก่ของยายครับ", "เรียกเงิน"],
        "agency": ["ยายบอกว่า อบต.ตาเสา ครับ", "อบต.ตาเสา"],
        "official": ["ผู้ช่วยผู้ใหญ่บ้านครับ ยายเรียกว่าตาผู้ช่วย", "ผู้ช่วยผู้ใหญ่บ้าน"],
        "district": ["ห้วยราชครับ", "ห้วยราช"],
        "subdistrict": ["ตาเสาครับ", "ตำบลตาเสา"],
        "when": ["ยายจำได้ว่าตอนสงกรานต์ปีนี้ครับ", "13 เมษายน 2569"],
        "what": [
            "ตอนสงกรานต์ผู้ช่วยผู้ใหญ่บ้านถือเงินเบี้ยคนแก่มาให้ยายที่บ้าน ยายควรได้ 700 "
            "แต่เขาให้ 600 บอกว่าร้อยนึงเป็นค่ารดน้ำดำหัว ยายว่าเขาทำแบบนี้ทุกบ้าน"
        ],
        "what_more": ["ยายบอกหมดแล้วครับ", "ไม่มี"],
        "evidence": ["ไม่มีครับ ยายไม่มีมือถือ", "ไม่มี"],
        "witnesses": ["ยายบุญมีบ้านติดกันครับ โดนเหมือนกัน", "ยายบุญมี"],
        "reported": ["ยังไม่เคยครับ", "ยังไม่เคย"],
        "identity": ["ยายไม่อยากบอกชื่อครับ", "ไม่บอกชื่อ"],
        "summary": ["ผมอ่านให้ยายฟังแล้ว ถูกครับ", "ส่ง"],
    },
    Meant(
        kind=("bribery", "budget"),
        agency=("อบต.ตาเสา",),
        official=("ผู้ช่วย",),
        district="3116",
        subdistrict="311603",
        date=("2026-04-13", "2026-04-15"),
        story=("600",),
        witnesses="บุญมี",
        reported=False,
        anonymous=True,
    ),
    yes="ใช่ครับ",
)

TUKTUK_DRIVER = Villager(
    "พี่ต๋อง: a tuk-tuk driver in town mixing English, phone number partly in words",
    {
        "none": ["hello ครับ ผมขับตุ๊กตุ๊กในเมือง จะ report ตำรวจครับ", "แจ้งเรื่อง"],
        "story": ["yes แจ้งครับ", "แจ้ง"],
        "consent": ["ok ยินยอม", "ยินยอม"],
        "kind": ["ตำรวจ ask money ทุกอาทิตย์ ไม่งั้นจับ", "เรียกเงิน"],
        "agency": ["สภ.เมืองบุรีรัมย์ครับ", "สภ.เมืองบุรีรัมย์"],
        "official": ["ตำรวจจราจรครับ ด่านหน้าตลาด", "ตำรวจจราจร"],
        "district": ["เมืองบุรีรัมย์ครับ in town", "เมืองบุรีรัมย์"],
        "subdistrict": ["ในเมือง ครับ", "ตำบลในเมือง"],
        "when": ["every Friday ครับ since เดือนตุลา", "ตุลาคม 2569"],
        "what": [
            "ทุกวันศุกร์ตำรวจจราจรตั้งด่านหน้าตลาด เรียกตุ๊กตุ๊กทุกคันจ่าย 200 no ticket no receipt "
            "ใครไม่จ่ายโดนยึดใบขับขี่"
        ],
        "what_more": ["no more ครับ", "ไม่มี"],
        "evidence": [photo(), "only this one", "เสร็จแล้ว"],
        "witnesses": ["เพื่อนตุ๊กตุ๊ก พี่แจ๊ค ครับ", "พี่แจ๊ค"],
        "reported": ["never ครับ", "ยังไม่เคย"],
        "identity": ["ใส่ชื่อได้ครับ no problem", "บอกชื่อ"],
        "name": ["ต๋อง ศรีบุรินทร์"],
        "phone": ["zero eight four, 771 5502", "0847715502"],
        "summary": ["correct ครับ send", "ส่ง"],
    },
    Meant(
        kind=("bribery",),
        official=("ตำรวจ",),
        district="3101",
        subdistrict="310101",
        date=("2026-10-01", "2026-12-07"),
        story=("200",),
        witnesses="แจ๊ค",
        reported=False,
        anonymous=False,
        name="ต๋อง ศรีบุรินทร์",
        phone="0847715502",
        evidence=1,
    ),
    yes="ok ครับ",
)

OCR_PASTER = Villager(
    "ลุงเสถียร: pastes the OCR text of a photographed memo as his story, then a photo",
    {
        "none": ["สวัสดีครับ มีเอกสารจะแจ้งเรื่องรางระบายน้ำครับ", "แจ้งเรื่อง"],
        "story": ["แจ้งครับ", "แจ้ง"],
        "consent": ["ยินยอมครับ", "ยินยอม"],
        "kind": ["งานก่อสร้างไม่ตรงสัญญาครับ ตรวจรับทั้งที่ไม่เสร็จ", "จัดซื้อจัดจ้าง"],
        "agency": ["อบต.เย้ยปราสาทครับ", "อบต.เย้ยปราสาท"],
        "official": ["นายก อบต. ครับ เซ็นตรวจรับเอง", "นายก อบต."],
        "district": ["หนองกี่ครับ", "หนองกี่"],
        "subdistrict": ["เย้ยปราสาทครับ", "ตำบลเย้ยปราสาท"],
        "when": ["ตามเอกสารคือ ๑๕ ตุลาคม ๒๕๖๙ ครับ", "15 ตุลาคม 2569"],
        "what": [OCR_TEXT],
        "what_more": ["ไม่มีครับ", "ไม่มี"],
        "evidence": [photo(), "รูปเอกสารครับ", "เสร็จแล้ว"],
        "witnesses": ["ชาวบ้านหมู่ 9 เห็นกันทั้งหมู่ครับ", "ชาวบ้านหมู่ 9"],
        "reported": ["ยังไม่เคยครับ", "ยังไม่เคย"],
        "identity": ["ไม่ใส่ชื่อครับ", "ไม่บอกชื่อ"],
        "summary": ["ถูกต้องครับ", "ส่ง"],
    },
    Meant(
        kind=("procurement", "budget"),
        agency=("อบต.เย้ยปราสาท",),
        official=("นายก",),
        district="3105",
        subdistrict="310502",
        date=("2026-10-15", "2026-10-15"),
        story=("รางระบายน้ำ",),
        witnesses="หมู่ 9",
        reported=False,
        anonymous=True,
        evidence=1,
    ),
    yes="ใช่ครับ",
)

FIVE_QUESTIONS = Villager(
    "แม่สมพิศ: asks five questions one after another before she files anything",
    {
        "none": ["ถ้าอย่างนั้นแจ้งเลยค่ะ เรื่องนายก อบต.", "แจ้งเรื่อง"],
        "story": ["แจ้งค่ะ", "แจ้ง"],
        "consent": ["ยินยอมค่ะ", "ยินยอม"],
        "kind": ["นายกจ้างบริษัทของลูกชายตัวเองขุดลอกหนองน้ำค่ะ", "ผลประโยชน์ทับซ้อน"],
        "agency": ["อบต.ชุมเห็ดค่ะ", "อบต.ชุมเห็ด"],
        "official": ["นายก อบต. ค่ะ", "นายก อบต."],
        "district": ["อำเภอเมืองค่ะ เมืองบุรีรัมย์", "เมืองบุรีรัมย์"],
        "subdistrict": ["ชุมเห็ดค่ะ", "ตำบลชุมเห็ด"],
        "when": ["ช่วงเข้าพรรษาค่ะ ตอนเขาเริ่มขุด", "30 กรกฎาคม 2569"],
        "what": [
            "นายกจ้างหจก.ของลูกชายขุดลอกหนองสิมห้าแสนบาท รถแม็คโครมาขุดแค่สามวันแล้วหายไป หนองก็ตื้นเหมือนเดิม"
        ],
        "what_more": ["ไม่มีแล้วค่ะ", "ไม่มี"],
        "evidence": ["ไม่มีค่ะ", "ไม่มี"],
        "witnesses": ["คนเลี้ยงวัวแถวหนองค่ะ ลุงสงัด", "ลุงสงัด"],
        "reported": ["ไม่เคยค่ะ", "ยังไม่เคย"],
        "identity": ["ไม่บอกชื่อค่ะ", "ไม่บอกชื่อ"],
        "summary": ["ถูกต้องค่ะ ส่งได้", "ส่ง"],
    },
    Meant(
        kind=("conflict", "procurement"),
        agency=("อบต.ชุมเห็ด",),
        official=("นายก",),
        district="3101",
        subdistrict="310120",
        date=("2026-07-29", "2026-08-15"),
        story=("ขุดลอก",),
        witnesses="สงัด",
        reported=False,
        anonymous=True,
    ),
    opening=(
        asks("ขอถามก่อนนะคะ แจ้งเรื่องตรงนี้ต้องเสียเงินไหมคะ", NO_FEE),
        asks("แล้วใครจะเป็นคนอ่านเรื่องที่แจ้งคะ", WHO_READS),
        asks("ต้องใส่ชื่อตัวเองไหมคะ", NAME_NEEDED),
        asks("แจ้งแล้วประมาณกี่วันจะมีคนมาดูคะ", HOW_SOON),
        asks("เรื่องที่แจ้งจะเก็บไว้นานเท่าไหร่คะ", KEPT),
    ),
)

TEMPLE_STEWARD = Villager(
    "พ่อใหญ่มี: a temple steward (มัคนายก) filing for the monks, formal, Buddhist-calendar dates",
    {
        "none": ["เจริญพรแทนพระท่านครับ กระผมเป็นมัคนายกวัด มาแจ้งเรื่องแทนวัด", "แจ้งเรื่อง"],
        "story": ["แจ้งครับ", "แจ้ง"],
        "consent": ["ยินยอมครับ พระท่านอนุญาตแล้ว", "ยินยอม"],
        "kind": ["เงินอุดหนุนค่าไฟวัดจาก อบต. ไม่ถึงวันครับ", "ใช้งบไม่ถูก"],
        "agency": ["อบต.โคกสนวนครับ", "อบต.โคกสนวน"],
        "official": ["ส.อบต. หมู่ 2 ครับ เป็นคนรับเงินแทนวัด", "ส.อบต."],
        "district": ["อำเภอชำนิครับ", "ชำนิ"],
        "subdistrict": ["ตำบลโคกสนวนครับ", "โคกสนวน"],
        "when": ["วันทอดกฐินวัดเราครับ 8 พฤศจิกายน", "8 พฤศจิกายน 2569"],
        "what": [
            "อบต. อนุมัติเงินอุดหนุนค่าไฟวัดแปดพันบาท ส.อบต. หมู่ 2 รับเงินแทนวัด "
            "บอกท่านเจ้าอาวาสในวันทอดกฐินว่าได้มาแค่สามพัน"
        ],
        "what_more": ["เท่านี้ครับ", "ไม่มี"],
        "evidence": [photo(), "มีใบอนุมัติใบเดียวครับ", "เสร็จแล้ว"],
        "witnesses": ["ท่านเจ้าอาวาสกับกระผมครับ", "เจ้าอาวาส"],
        "reported": ["ยังไม่เคยแจ้งที่ไหนครับ", "ยังไม่เคย"],
        "identity": ["ไม่ออกนามครับ", "ไม่บอกชื่อ"],
        "summary": ["ถูกต้องครับ", "ส่ง"],
    },
    Meant(
        kind=("budget", "bribery"),
        agency=("อบต.โคกสนวน",),
        official=("ส.อบต",),
        district="3118",
        subdistrict="311806",
        date=("2026-11-08", "2026-11-08"),
        story=("แปดพัน",),
        witnesses="เจ้าอาวาส",
        reported=False,
        anonymous=True,
        evidence=1,
    ),
    yes="ใช่ครับ",
)

TWO_FIXES = Villager(
    "นายวีระ: gets two fields wrong and corrects both at the summary (who did it, and when)",
    {
        "none": ["สวัสดีครับ จะแจ้งเรื่องค่าน้ำประปาหมู่บ้าน", "แจ้งเรื่อง"],
        "story": ["แจ้งครับ", "แจ้ง"],
        "consent": ["ยินยอมครับ", "ยินยอม"],
        "kind": ["เก็บค่าน้ำแล้วเงินหายครับ", "ใช้งบไม่ถูก"],
        "agency": ["อบต.โนนขวางครับ", "อบต.โนนขวาง"],
        "official": ["กำนันครับ", "กำนัน"],
        "district": ["บ้านด่านครับ", "บ้านด่าน"],
        "subdistrict": ["โนนขวางครับ", "ตำบลโนนขวาง"],
        "when": ["เมื่อวานครับ", "6 ธันวาคม 2569"],
        "what": [
            "เงินค่าน้ำประปาหมู่บ้านที่เก็บจากทุกบ้านสามเดือน สองหมื่นกว่าบาท "
            "ไม่ได้เข้าบัญชีกองทุน คนถือบัญชีบอกว่าไม่เคยได้รับ"
        ],
        "what_more": ["ไม่มีครับ", "ไม่มี"],
        "evidence": ["ไม่มีครับ", "ไม่มี"],
        "witnesses": ["เหรัญญิกกองทุนประปาครับ พี่สมบัติ", "พี่สมบัติ"],
        "reported": ["ยังไม่เคยครับ", "ยังไม่เคย"],
        "identity": ["ไม่บอกชื่อครับ", "ไม่บอกชื่อ"],
        "summary": [
            "ผิดครับ คนทำไม่ใช่กำนัน เป็นผู้ใหญ่บ้านหมู่ 3",
            "แล้ววันที่ก็ผิดครับ ไม่ใช่เมื่อวาน เป็นวันศุกร์ที่แล้ว",
            "ตอนนี้ถูกแล้วครับ ส่ง",
            "ส่ง",
        ],
    },
    Meant(
        kind=("budget", "bribery"),
        agency=("อบต.โนนขวาง",),
        official=("ผู้ใหญ่บ้าน",),
        district="3121",
        subdistrict="312104",
        date=("2026-12-04", "2026-12-04"),
        story=("ประปา",),
        witnesses="สมบัติ",
        reported=False,
        anonymous=True,
    ),
    yes="ใช่ครับ",
)

GOES_ON = Villager(
    "แม่ลำดวน: threatened in the middle of filing, gets the safety answer, and still files",
    {
        "none": ["จะแจ้งเรื่องค่าชดเชยน้ำท่วมค่ะ", "แจ้งเรื่อง"],
        "story": ["แจ้งค่ะ", "แจ้ง"],
        "consent": ["ยินยอมค่ะ", "ยินยอม"],
        "kind": ["เงินชดเชยน้ำท่วมค่ะ เขาหักหัวคิว", "เรียกเงิน"],
        "agency": ["อบต.ทุ่งวังค่ะ", "อบต.ทุ่งวัง"],
        "official": ["ผู้ช่วยผู้ใหญ่บ้านค่ะ", "ผู้ช่วยผู้ใหญ่บ้าน"],
        "district": ["สตึกค่ะ", "สตึก"],
        "subdistrict": ["ทุ่งวังค่ะ", "ตำบลทุ่งวัง"],
        "when": ["ตอนน้ำลดค่ะ ต้นเดือนตุลา", "ตุลาคม 2569"],
        "what": [
            "ตอนน้ำท่วมนาเสียหาย รัฐจ่ายชดเชยไร่ละพันกว่าบาท ผู้ช่วยผู้ใหญ่บ้านเอาชื่อไปยื่นให้ "
            "แล้วมาเก็บคืนบ้านละสองพันเป็นค่าดำเนินการ"
        ],
        "what_more": [threat(MID_THREAT), "ยังจะแจ้งต่อค่ะ ไม่มีอะไรเพิ่มแล้ว", "ไม่มี"],
        "evidence": ["มีรูปสลิปโอนค่ะ", photo(), "เสร็จแล้ว"],
        "witnesses": ["เพื่อนบ้านโดนเหมือนกันค่ะ ป้าหนูพิน", "ป้าหนูพิน"],
        "reported": ["ยังไม่เคยค่ะ", "ยังไม่เคย"],
        "identity": ["ไม่บอกชื่อค่ะ", "ไม่บอกชื่อ"],
        "summary": ["ถูกต้องค่ะ ส่งเลย", "ส่ง"],
    },
    Meant(
        kind=("bribery",),
        agency=("อบต.ทุ่งวัง",),
        official=("ผู้ช่วย",),
        district="3111",
        subdistrict="311103",
        date=("2026-10-01", "2026-10-15"),
        story=("สองพัน",),
        witnesses="หนูพิน",
        reported=False,
        anonymous=True,
        evidence=1,
    ),
)

VILLAGERS = {
    "rubber_tapper": RUBBER_TAPPER,
    "autocorrect_mom": AUTOCORRECT_MOM,
    "health_volunteer": HEALTH_VOLUNTEER,
    "kui_grandmother": KUI_GRANDMOTHER,
    "tuktuk_driver": TUKTUK_DRIVER,
    "ocr_paster": OCR_PASTER,
    "five_questions": FIVE_QUESTIONS,
    "temple_steward": TEMPLE_STEWARD,
    "two_fixes": TWO_FIXES,
    "goes_on": GOES_ON,
}

SEALED = set(random.Random(22).sample(list(VILLAGERS), 5))
DIAG = set(VILLAGERS) - SEALED
