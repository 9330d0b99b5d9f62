"""Held-out villagers, round 9 (issue 16, "a villager understood"): ten new people written by a
tester who read neither the bot's rules nor its word lists nor its training examples, played
by the driver of the first held-out people (`heldout_personas.play`). Five, chosen at random
(`random.Random(9)`), are SEALED: their failures are only counted, never described to whoever
fixes the conversation, so that no fix is fitted to them.

Dates are as said on Sunday 6 December 2026 (BE 2569). Where a phrase can honestly mean more
than one day, the span covers every reading.
"""

from __future__ import annotations

import random

from tests.integration.handlers.complaint.heldout_personas import Meant, Villager, asks, threat
from tests.integration.handlers.complaint.heldout_personas_round3 import DAYS, NAME_OPTIONAL
from tests.integration.handlers.complaint.personas import photo

#: What a look-up of a reference and code answers (found or not; never "not understood").
LOOKED_UP = r"ไม่พบ|ไม่ตรง|ไม่ถูกต้อง|สถานะ|รับเรื่อง|ดำเนินการ|not found|status"
#: What an answer to "will the one I report know it was me?" says, in either language.
NOT_TOLD = r"ไม่.{0,30}(บอก|รู้|เปิดเผย)|not (be )?(told|shown|shared)|never"

MONK_HELPER = Villager(
    "เณรน้อย: a temple boy types for the abbot, 'เจ้าค่ะ/ขอรับ', the hall's repair money gone",
    {
        "none": ["หลวงพ่อให้กระผมมาแจ้งเรื่องแทนขอรับ", "แจ้งเรื่อง"],
        "story": ["แจ้งเป็นเรื่องเลยขอรับ หลวงพ่อสั่งไว้", "แจ้ง"],
        "consent": ["หลวงพ่ออนุญาตแล้วขอรับ ยินยอม", "ยินยอม"],
        "kind": ["งบซ่อมศาลาการเปรียญหายไปขอรับ", "โกงงบ"],
        "agency": ["อบต.ห้วยสำราญขอรับ เป็นคนตั้งงบให้วัด"],
        "official": ["รองนายก อบต. ที่ดูแลงานช่างขอรับ", "รองนายก"],
        "district": ["อำเภอกระสังขอรับ"],
        "subdistrict": ["ตำบลห้วยสำราญขอรับ"],
        "when": ["ตั้งแต่ออกพรรษาปีนี้ขอรับ", "ตุลาคม 2569"],
        "what": [
            "อบต. ตั้งงบซ่อมหลังคาศาลาการเปรียญสามแสนสองหมื่น ช่างมาเปลี่ยนสังกะสีแค่สองแผ่น "
            "แล้วก็หายไป หลวงพ่อถามรองนายก เขาบอกว่างบหมดแล้วขอรับ"
        ],
        "what_more": ["หลวงพ่อว่าเท่านี้ขอรับ"],
        "evidence": [photo(), "มีรูปหลังคาแค่นี้ขอรับ", "เสร็จแล้ว"],
        "witnesses": ["ไวยาวัจกรวัดกับญาติโยมที่มาทำบุญทุกวันพระขอรับ", "ไวยาวัจกร"],
        "reported": ["ยังไม่เคยแจ้งที่ใดขอรับ", "ไม่เคย"],
        "identity": ["หลวงพ่อไม่ประสงค์ให้ออกนามขอรับ", "ไม่บอกชื่อ"],
        "summary": ["ถูกต้องทุกประการขอรับ ส่งได้", "ส่ง"],
    },
    Meant(
        kind=("budget", "procurement"),
        agency=("อบต.ห้วยสำราญ",),
        official=("รองนายก",),
        district="3103",
        subdistrict="310309",
        date=("2026-10-01", "2026-12-06"),
        story=("ศาลา", "สังกะสี"),
        witnesses="ไวยาวัจกร",
        reported=False,
        anonymous=True,
        evidence=1,
    ),
    yes="ใช่ขอรับ",
)

TEEN_SLANG = Villager(
    "น้องบีม: a teenager on slang, the school lunch money skimmed",
    {
        "none": ["จะแจ้งเรื่องโรงเรียนอะคับ ตึงมาก", "แจ้งเรื่อง"],
        "story": ["แจ้งดิคับ", "แจ้ง"],
        "consent": ["ได้ดิ โอเคร", "ยินยอม"],
        "kind": ["ผอ.อมค่าข้าวกลางวันพวกผมอะ", "โกงงบ"],
        "agency": ["รร.บ้านหนองโบสถ์คับ", "โรงเรียนบ้านหนองโบสถ์"],
        "official": ["ผอ.คับ ชื่อไรจำไม่ได้", "ผอ."],
        "district": ["นางรองคับพี่"],
        "subdistrict": ["หนองโบสถ์คับ"],
        "when": ["ทั้งเทอมนี้เลยคับ ล่าสุดเมื่อวานซืน", "4 ธันวาคม 2569"],
        "what": [
            "ข้าวกลางวันได้แค่ข้าวเปล่ากับไข่ต้มครึ่งลูกทุกวันอะ จึ้งมาก แต่ป้ายหน้าห้องบอกงบหัวละยี่สิบเอ็ดบาท "
            "แม่ครัวบอกว่า ผอ. ให้ซื้อของแค่วันละห้าร้อยคับ"
        ],
        "what_more": ["แค่นี้แหละพี่", "ไม่มี"],
        "evidence": [photo(), photo(), "พอแล้วคับ", "เสร็จแล้ว"],
        "witnesses": ["เพื่อนทั้งห้อง ม.2 กับแม่ครัวคับ", "แม่ครัว"],
        "reported": ["ยังอะคับ", "ไม่เคย"],
        "identity": [asks("ถ้าใส่ชื่อ ผอ.จะรู้ปะคับ", NOT_TOLD), "ไม่ใส่ชื่อดีกว่าคับ", "ไม่บอกชื่อ"],
        "summary": ["ถูกหมดคับ ส่งเลยย", "ส่ง"],
    },
    Meant(
        kind=("budget", "bribery"),
        official=("ผอ",),
        district="3104",
        subdistrict="310406",
        date=("2026-05-01", "2026-12-06"),
        story=("ข้าวกลางวัน", "ไข่ต้ม"),
        witnesses="แม่ครัว",
        reported=False,
        anonymous=True,
        evidence=2,
    ),
    yes="ใช่คับ",
)

WIDOW_ASKS_BACK = Villager(
    "ป้าทองใบ: a widow who answers every question with a question",
    {
        "none": ["จะให้ป้าแจ้งเรื่องเบี้ยหม้ายได้ไหมล่ะ", "แจ้งเรื่อง"],
        "story": ["ก็แจ้งสิจ๊ะ ไม่งั้นจะพิมพ์มาทำไมล่ะ", "แจ้ง"],
        "consent": ["ยินยอมก็ได้ ทำไมจะไม่ได้ล่ะ", "ยินยอม"],
        "kind": ["ก็เขาขอเงินป้าไปสองร้อยไม่ใช่เหรอ ถึงจะลงชื่อให้", "เรียกเงิน"],
        "agency": ["ก็ อบต.ลำดวนไง จะที่ไหนล่ะลูก", "อบต.ลำดวน"],
        "official": ["ก็ผู้ใหญ่บ้านหมู่ 4 นั่นไง ใครจะกล้าทำล่ะ", "ผู้ใหญ่บ้าน"],
        "district": ["กระสังไง ไม่รู้เหรอ", "กระสัง"],
        "subdistrict": ["ลำดวนไง บอกแล้วไม่ใช่เหรอ", "ลำดวน"],
        "when": ["ก็วันพุธที่แล้วไง ที่ฝนตกน่ะ", "2 ธันวาคม 2569"],
        "what": [
            "ผัวป้าตายตั้งแต่ต้นปี ป้าไปขอลงชื่อรับเงินช่วยเหลือ ผู้ใหญ่บ้านบอกว่าต้องจ่ายค่าดำเนินการสองร้อยก่อน "
            "แล้วจะให้ทำยังไงล่ะ ป้าก็ต้องจ่าย"
        ],
        "what_more": ["แค่นี้ยังไม่พออีกเหรอ", "ไม่มีแล้ว"],
        "evidence": ["จะเอาหลักฐานที่ไหนล่ะลูก เขาไม่ให้ใบเสร็จ", "ไม่มี"],
        "witnesses": ["ยายสายหยุดก็อยู่ด้วยไง ไม่เชื่อถามดูสิ", "ยายสายหยุด"],
        "reported": ["จะไปแจ้งใครได้ล่ะ ไม่เคยหรอก", "ไม่เคย"],
        "identity": ["บอกชื่อแล้วจะโดนเขาเล่นงานไหมล่ะ ไม่บอกดีกว่า", "ไม่บอกชื่อ"],
        "summary": ["ก็ถูกแล้วไม่ใช่เหรอ ส่งไปสิ", "ส่ง"],
    },
    Meant(
        kind=("bribery",),
        agency=("อบต.ลำดวน",),
        official=("ผู้ใหญ่บ้าน",),
        district="3103",
        subdistrict="310302",
        date=("2026-12-02", "2026-12-02"),
        story=("สองร้อย",),
        witnesses="สายหยุด",
        reported=False,
        anonymous=True,
    ),
    yes="ใช่สิ",
)

OUT_OF_ORDER = Villager(
    "ลุงเหลือง: the story in five bubbles out of order, the end told first",
    {
        "story": ["แจ้งตามที่เล่ามาเลยครับ", "แจ้ง"],
        "none": ["แจ้งตามที่พิมพ์ไปครับ", "แจ้งเรื่อง"],
        "consent": ["ยอมรับครับ", "ยินยอม"],
        "kind": ["ฮั้วกันครับ ผู้รับเหมาเป็นคนของนายก", "ฮั้วประมูล"],
        "agency": ["อบต.โคกเหล็กครับ"],
        "official": ["นายก อบต.โคกเหล็กครับ", "นายก"],
        "district": ["ห้วยราชครับ"],
        "subdistrict": ["โคกเหล็กครับ"],
        "when": ["ประมูลเมื่อกลางเดือนพฤศจิกาครับ", "15 พฤศจิกายน 2569"],
        "what": [
            "อบต.โคกเหล็กเปิดประมูลขุดลอกหนองน้ำสาธารณะ มีบริษัทยื่นสามเจ้าแต่เป็นญาตินายกทั้งสามเจ้า "
            "บริษัทน้องเขยนายกชนะ แล้วขุดลึกแค่ครึ่งเดียวครับ"
        ],
        "what_more": ["เล่าครบแล้วครับ", "ไม่มี"],
        "evidence": ["ไม่มีรูปครับ", "ไม่มี"],
        "witnesses": ["คนเลี้ยงวัวริมหนองเห็นทุกวันครับ", "คนเลี้ยงวัว"],
        "reported": ["ไม่เคยแจ้งครับ", "ไม่เคย"],
        "identity": ["ไม่ออกชื่อครับ", "ไม่บอกชื่อ"],
        "summary": ["ถูกต้องครับ ส่งได้", "ส่ง"],
    },
    Meant(
        kind=("procurement", "conflict"),
        agency=("อบต.โคกเหล็ก",),
        official=("นายก",),
        district="3116",
        subdistrict="311606",
        date=("2026-11-11", "2026-11-20"),
        story=("ขุดลอก", "น้องเขย"),
        witnesses="เลี้ยงวัว",
        reported=False,
        anonymous=True,
    ),
    opening=(
        "สุดท้ายหนองก็ขุดลึกแค่ครึ่งเดียวครับ น้ำไม่พอใช้หน้าแล้ง",
        "คนชนะประมูลคือบริษัทน้องเขยนายก",
        "อ้อ ลืมบอก เป็นหนองน้ำสาธารณะหมู่ 2 ต.โคกเหล็ก อ.ห้วยราช",
        "เรื่องเริ่มจาก อบต.โคกเหล็กเปิดประมูลขุดลอกหนองเมื่อกลางเดือนพฤศจิกา",
        "มียื่นสามเจ้า แต่ทั้งสามเจ้าเป็นญาตินายกครับ",
    ),
    yes="ใช่ครับ",
)

HASHTAG_POST = (
    "🚨🚨 ใครอยู่ #นางรอง ช่วยแชร์!! ไฟถนนโซลาร์เซลล์ 40 ต้น ของ #อบตหนองกง งบ 2.4 ล้าน "
    "ติดไปได้ 3 เดือน ดับหมดแล้ว 30 ต้น 😡 ต้นละหกหมื่น ในเน็ตขายต้นละหมื่นห้า "
    "@ศูนย์ดำรงธรรม ช่วยดูหน่อย #ไฟดับทั้งหมู่บ้าน #ใครได้เงินทอน #บุรีรัมย์"
)

HASHTAG_POSTER = Villager(
    "พี่แอน: pastes a post full of hashtags, emoji and @mentions",
    {
        "story": ["แจ้งตามโพสต์เลยค่ะ", "แจ้ง"],
        "none": ["แจ้งเรื่องในโพสต์ค่ะ", "แจ้งเรื่อง"],
        "consent": ["ค่าา ยินยอม", "ยินยอม"],
        "kind": ["ซื้อของแพงเกินจริงค่ะ น่าจะมีเงินทอน", "จัดซื้อแพง"],
        "agency": ["ตามแท็กเลยค่ะ อบต.หนองกง", "อบต.หนองกง"],
        "official": ["ไม่รู้ค่ะว่าใครเซ็น น่าจะนายก อบต.", "นายก"],
        "district": ["นางรองค่ะ #นางรอง", "นางรอง"],
        "subdistrict": ["หนองกงค่ะ"],
        "when": ["ติดตั้งเมื่อต้นเดือนกันยาค่ะ", "กันยายน 2569"],
        "what": ["ตามโพสต์ค่ะ " + HASHTAG_POST],
        "what_more": ["ไม่มีแล้วค่าา", "ไม่มี"],
        "evidence": [photo(), photo(), photo(), "ครบแล้วค่ะ", "เสร็จแล้ว"],
        "witnesses": ["คนทั้งหมู่บ้านเห็นไฟดับค่ะ #ไฟดับทั้งหมู่บ้าน", "ชาวบ้าน"],
        "reported": ["แท็กศูนย์ดำรงธรรมในเฟซค่ะ แต่ไม่ได้แจ้งจริงจัง", "ไม่เคย"],
        "identity": ["ไม่บอกชื่อค่ะ", "ไม่บอกชื่อ"],
        "summary": ["ถูกแล้วค่า ส่งเลย", "ส่ง"],
    },
    Meant(
        kind=("procurement", "bribery", "budget"),
        agency=("อบต.หนองกง",),
        district="3104",
        subdistrict="310408",
        date=("2026-09-01", "2026-09-10"),
        story=("โซลาร์เซลล์",),
        witnesses="หมู่บ้าน",
        reported=False,
        anonymous=True,
        evidence=3,
    ),
    opening=(HASHTAG_POST,),
    yes="ใช่ค่า",
)

SWITCHES_LANGUAGE = Villager(
    "คุณต้น: starts in Thai, switches to English half-way (works in Bangkok, types in both)",
    {
        "none": ["ขอแจ้งเรื่องเจ้าหน้าที่ครับ", "แจ้งเรื่อง"],
        "story": ["แจ้งครับ", "แจ้ง"],
        "consent": ["ยินยอมครับ", "ยินยอม"],
        "kind": ["เรียกรับเงินครับ", "เรียกเงิน"],
        "agency": ["สำนักงานที่ดินอำเภอสตึกครับ", "สำนักงานที่ดินสตึก"],
        "official": ["the land officer at the front desk, I don't know his name", "land officer"],
        "district": ["Satuek", "สตึก"],
        "subdistrict": ["Satuek as well, the town", "สตึก"],
        "when": ["the 26th of November", "26 November 2026"],
        "what": [
            "My mother went to split her land title for my sister. The officer said it takes a "
            "year unless she pays 8,000 baht for 'speed'. She paid, got it in a week, no receipt."
        ],
        "what_more": ["nothing more", "no"],
        "evidence": ["no receipt, nothing", "none"],
        "witnesses": ["my sister Ploy went with her", "Ploy"],
        "reported": ["no, never reported", "no"],
        "identity": ["you can use my name", "named"],
        "name": ["Ton Srisuk", "ต้น ศรีสุข"],
        "phone": ["081 443 2290"],
        "summary": ["all correct, send it", "send"],
    },
    Meant(
        kind=("bribery",),
        official=("officer", "เจ้าหน้าที่"),
        district="3111",
        date=("2026-11-26", "2026-11-26"),
        story=("land title",),
        witnesses="Ploy",
        reported=False,
        anonymous=False,
        phone="0814432290",
    ),
    yes="yes",
)

CORRECTS_TWO_LATE = Villager(
    "แม่สำลี: at the summary corrects two fields in one message (the district and the day)",
    {
        "none": ["มีเรื่องจะร้องเรียนค่ะ", "แจ้งเรื่อง"],
        "story": ["แจ้งเลยค่ะ", "แจ้ง"],
        "consent": ["ยินยอมค่ะ", "ยินยอม"],
        "kind": ["เรียกเงินค่าทำบัตรคนพิการค่ะ", "เรียกเงิน"],
        "agency": ["อบต.หนองโบสถ์ค่ะ"],
        "official": ["นักพัฒนาชุมชนของ อบต. ค่ะ", "นักพัฒนาชุมชน"],
        "district": ["ละหานทรายค่ะ"],
        "subdistrict": ["หนองโบสถ์ค่ะ"],
        "when": ["เมื่อวานซืนค่ะ"],
        "what": ["พาลูกชายไปขึ้นทะเบียนคนพิการ นักพัฒนาชุมชนบอกว่าต้องจ่ายห้าร้อยค่าเดินเรื่อง ไม่งั้นเอกสารจะค้างค่ะ"],
        "what_more": ["ไม่มีแล้วค่ะ", "ไม่มี"],
        "evidence": ["ไม่มีค่ะ", "ไม่มี"],
        "witnesses": ["ไม่มีค่ะ ไปกันสองคนแม่ลูก", "ไม่มี"],
        "reported": ["ไม่เคยค่ะ", "ไม่เคย"],
        "identity": ["ไม่บอกชื่อค่ะ", "ไม่บอกชื่อ"],
        "summary": [
            "ผิดสองที่ค่ะ อำเภอต้องเป็นนางรอง ไม่ใช่ละหานทราย แล้ววันที่เป็นวันศุกร์ที่ 27 พฤศจิกาค่ะ",
            "ถูกแล้วค่ะ ส่งได้",
            "ส่ง",
        ],
    },
    Meant(
        kind=("bribery",),
        agency=("อบต.หนองโบสถ์",),
        official=("นักพัฒนาชุมชน",),
        district="3104",
        subdistrict="310406",
        date=("2026-11-27", "2026-11-27"),
        story=("คนพิการ",),
        witnesses="",
        reported=False,
        anonymous=True,
    ),
)

ISAN_DIGITS = Villager(
    "พ่อใหญ่บุญ: Isan with Thai digits and typos, named, gives a phone in Thai digits",
    {
        "none": ["สิแจ้งเรื่องเด้อ ผู้ใหญ่บ้านกินค่าจ้างคนงาน", "แจ้งเรื่อง"],
        "story": ["แจ้งโลดๆ", "แจ้ง"],
        "consent": ["ยอมเด้อ", "ยินยอม"],
        "kind": ["เพิ่นหักค่าแรงคนงานจ้างงานตำบล", "โกงเงิน"],
        "agency": ["อบต.ไทยเจรินเด้อ", "อบต.ไทยเจริญ"],
        "official": ["ผู้ใหยบ้านหมู่ ๖", "ผู้ใหญ่บ้าน"],
        "district": ["ปะคำเด้อ", "ปะคำ"],
        "subdistrict": ["ไทยเจรินนั่นล่ะ", "ไทยเจริญ"],
        "when": ["เดือน ๑๑ ปีนี้ เพิ่นจ้างงาน ๑๐ มื้อ", "พฤศจิกายน 2569"],
        "what": ["โครงการจ้างงาน อบต. ให้คนงานมื้อละ ๓๐๐ ผู้ใหยบ้านจ่ายแท้มื้อละ ๒๐๐ เอาไปมื้อละฮ้อยทุกคน ๑๕ คน"],
        "what_more": ["หมดแล้วเด้อ", "ไม่มี"],
        "evidence": ["บ่มีดอก", "ไม่มี"],
        "witnesses": ["คนงานทุกคนฮู้ บักแดงกะฮู้", "คนงาน"],
        "reported": ["บ่เคยแจ้งไส", "ไม่เคย"],
        "identity": ["บอกซื่อได้ บ่ย้าน", "เปิดเผยชื่อ"],
        "name": ["บุญหนา ทองดี"],
        "phone": ["๐๘๖ ๒๓๔ ๕๖๗๘"],
        "summary": ["แม่นแล้ว ส่งเลยเด้อ", "ส่ง"],
    },
    Meant(
        kind=("budget", "bribery"),
        agency=("อบต.ไทยเจริญ",),
        official=("ผู้ใหญ่บ้าน",),
        district="3112",
        subdistrict="311202",
        date=("2026-11-01", "2026-11-30"),
        story=("จ้างงาน",),
        witnesses="คนงาน",
        reported=False,
        anonymous=False,
        name="บุญหนา ทองดี",
        phone="0862345678",
    ),
    yes="แม่นแล้ว",
)

THREAT_THEN_GOES_ON = Villager(
    "ครูจิตรา: told of a threat half-way, then goes on filing",
    {
        "none": ["ขอแจ้งเรื่องทุจริตค่ะ", "แจ้งเรื่อง"],
        "story": ["แจ้งค่ะ", "แจ้ง"],
        "consent": ["ยินยอมค่ะ", "ยินยอม"],
        "kind": ["ทุจริตการจัดซื้อค่ะ", "จัดซื้อจัดจ้าง"],
        "agency": ["เทศบาลตำบลสตึกค่ะ", "ทต.สตึก"],
        "official": ["ผู้อำนวยการกองช่างค่ะ", "ผอ.กองช่าง"],
        "district": ["สตึกค่ะ"],
        "subdistrict": ["ตำบลสตึกค่ะ"],
        "when": ["เดือนตุลาคมค่ะ", "ตุลาคม 2569"],
        "what": [
            "กองช่างจัดซื้อท่อระบายน้ำคอนกรีตท่อนละสองพันสี่ ร้านวัสดุในอำเภอขายแปดร้อย "
            "ร้านที่ขายให้เป็นของภรรยา ผอ.กองช่างค่ะ"
        ],
        "what_more": ["มีแค่นี้ค่ะ", "ไม่มี"],
        "evidence": [photo(), "แค่นี้ค่ะ", "เสร็จแล้ว"],
        "witnesses": [
            threat(
                "เมื่อวานมีคนในกองช่างมาบอกที่โรงเรียนว่า ครูระวังตัวด้วยนะ "
                "รถครูจอดตรงไหนเขารู้หมด ตอนนี้ไม่กล้าขับรถกลับบ้านคนเดียวเลยค่ะ"
            ),
            "พยานคือเจ้าของร้านวัสดุในอำเภอค่ะ เขาเห็นใบสั่งซื้อ",
            "เจ้าของร้านวัสดุ",
        ],
        "reported": ["ยังไม่เคยค่ะ", "ไม่เคย"],
        "identity": ["ไม่บอกชื่อค่ะ", "ไม่บอกชื่อ"],
        "summary": ["ถูกต้องค่ะ ส่งได้เลยค่ะ", "ส่ง"],
    },
    Meant(
        kind=("procurement", "conflict"),
        official=("กองช่าง",),
        district="3111",
        date=("2026-10-01", "2026-10-31"),
        story=("ท่อระบายน้ำ", "ภรรยา"),
        witnesses="ร้านวัสดุ",
        reported=False,
        anonymous=True,
        evidence=1,
    ),
)

TRACKS_FIRST = Villager(
    "ยายสมหมาย: asks after an old ticket (reference and code in one message), then files anew",
    {
        "none": ["แล้วยายขอแจ้งเรื่องใหม่อีกเรื่องด้วยจ้ะ", "แจ้งเรื่อง"],
        "story": ["แจ้งจ้ะ", "แจ้ง"],
        "consent": [
            asks("เรื่องเก่ายังไม่เห็นมีใครมาเลย อันนี้ต้องรอกี่วันจ๊ะ", DAYS),
            "ยินยอมจ้ะ",
            "ยินยอม",
        ],
        "kind": ["เขาเก็บเงินค่าถมที่ที่ทางการให้ทำฟรีจ้ะ", "เรียกเงิน"],
        "agency": ["อบต.ปังกูจ้ะ"],
        "official": ["ผู้ช่วยผู้ใหญ่บ้านหมู่ 9 จ้ะ", "ผู้ช่วยผู้ใหญ่บ้าน"],
        "district": ["ประโคนชัยจ้ะ"],
        "subdistrict": ["ปังกูจ้ะ"],
        "when": ["สามวันก่อนจ้ะ", "3 ธันวาคม 2569"],
        "what": [
            "น้ำท่วมบ้านยายแล้ว อบต. ส่งรถมาถมดินให้ฟรี แต่ผู้ช่วยผู้ใหญ่บ้านมาเก็บเงินค่าน้ำมันรถเที่ยวละสามร้อย "
            "ยายจ่ายไปสี่เที่ยวจ้ะ"
        ],
        "what_more": ["แค่นี้จ้ะ", "ไม่มี"],
        "evidence": ["ไม่มีจ้ะ", "ไม่มี"],
        "witnesses": ["คนขับรถดินจ้ะ", "คนขับรถ"],
        "reported": ["เรื่องนี้ยังไม่เคยจ้ะ", "ไม่เคย"],
        "identity": [asks("ต้องใส่ชื่อไหมจ๊ะ", NAME_OPTIONAL), "ไม่ใส่จ้ะ", "ไม่บอกชื่อ"],
        "summary": ["ถูกแล้วจ้ะ ส่งเลย", "ส่ง"],
    },
    Meant(
        kind=("bribery",),
        agency=("อบต.ปังกู",),
        official=("ผู้ช่วยผู้ใหญ่บ้าน",),
        district="3107",
        subdistrict="310707",
        date=("2026-12-03", "2026-12-03"),
        story=("ถมดิน", "สามร้อย"),
        witnesses="คนขับรถ",
        reported=False,
        anonymous=True,
    ),
    opening=(asks("เรื่องเก่าของยาย BRM-2569-00064 รหัส 7KWP-M3XT-Q9HD ถึงไหนแล้วจ๊ะ", LOOKED_UP),),
    yes="ใช่จ้ะ",
)

VILLAGERS = {
    "monk_helper": MONK_HELPER,
    "teen_slang": TEEN_SLANG,
    "widow_asks_back": WIDOW_ASKS_BACK,
    "five_bubbles_out_of_order": OUT_OF_ORDER,
    "hashtag_post": HASHTAG_POSTER,
    "switches_language": SWITCHES_LANGUAGE,
    "corrects_two_late": CORRECTS_TWO_LATE,
    "isan_thai_digits": ISAN_DIGITS,
    "threat_then_goes_on": THREAT_THEN_GOES_ON,
    "tracks_first": TRACKS_FIRST,
}

#: Only counted: nobody fixing the conversation reads how these fail (random.Random(9).sample
#: of the ten keys in the order above, five).
SEALED = set(random.Random(9).sample(list(VILLAGERS), 5))
#: Failures of these are described to whoever fixes the conversation.
DIAG = set(VILLAGERS) - SEALED
