"""Held-out villagers, round 10 (issue 16, "a villager understood, not matched"): ten new
people written by a tester who read neither the bot's rules nor its word lists nor its training
examples, played by the driver of the first held-out people (`heldout_personas.play`). Five,
chosen at random (`random.Random(10)`), are SEALED: their failures are only counted, never
described to whoever fixes the conversation, so that no fix is fitted to them.

Dates are as said on Sunday 6 December 2026 (BE 2569). Where a phrase can honestly mean more
than one day, the span covers every reading.
"""

from __future__ import annotations

import random

from tests.integration.handlers.complaint.heldout_personas import Meant, Villager, asks, threat
from tests.integration.handlers.complaint.heldout_personas_round3 import NAME_OPTIONAL
from tests.integration.handlers.complaint.personas import photo

#: What a look-up of a reference and code answers (found or not; never "not understood").
LOOKED_UP = r"ไม่พบ|ไม่ตรง|ไม่ถูกต้อง|สถานะ|รับเรื่อง|ดำเนินการ|not found|status"
#: What "is this the government?" needs: who runs this, said plainly (not the question again).
WHO_RUNS_IT = (
    r"(ไม่ใช่|ไม่ได้เป็น|เป็น)\S{0,12}(รัฐบาล|ราชการ|หน่วยงานรัฐ)|อิสระ|อาสา"
    r"|คณะกรรมการ(ตรวจ|พิจารณา|ชุมชน|ภาค)|independent|volunteer|not (the |a )?government"
)
#: Any reply at all: "I'm safe now, let's carry on" needs none in particular, only not to be
#: kept as the answer to the question it interrupted.
ANY = r"\S"

SON_FOR_MOTHER = Villager(
    "ลูกชายพิมพ์แทนแม่: a son in Bangkok types what his mother says on the phone, 'แม่บอกว่า…'",
    {
        "none": ["ผมพิมพ์แทนแม่นะครับ แม่อยากแจ้งเรื่องผู้ใหญ่บ้าน", "แจ้งเรื่อง"],
        "story": ["แม่บอกว่าแจ้งเป็นเรื่องเลยครับ", "แจ้ง"],
        "consent": ["แม่บอกว่ายินยอมครับ", "ยินยอม"],
        "kind": ["แม่บอกว่าผู้ใหญ่เก็บเงินค่าลงชื่อรับเงินชดเชยน้ำท่วมครับ", "เรียกเงิน"],
        "agency": ["แม่ว่าเป็นเรื่องของ อบต.หนองตาด ครับ"],
        "official": ["ผู้ใหญ่บ้านหมู่ 5 ครับ แม่ไม่รู้ชื่อจริง", "ผู้ใหญ่บ้าน"],
        "district": ["อำเภอเมืองบุรีรัมย์ครับ"],
        "subdistrict": ["ตำบลหนองตาดครับ"],
        "when": ["แม่ว่าตอนน้ำลดครับ ต้นเดือนพฤศจิกา", "พฤศจิกายน 2569"],
        "what": [
            "แม่บอกว่า ผู้ใหญ่เรียกคนที่บ้านน้ำท่วมไปลงชื่อที่ศาลากลางบ้าน แล้วเก็บคนละห้าร้อย "
            "บอกว่าเป็นค่าดำเนินการ ใครไม่จ่ายไม่ได้ชื่อ แม่จ่ายไปแล้วครับ"
        ],
        "what_more": ["แม่ว่าหมดแค่นี้ครับ", "ไม่มี"],
        "evidence": ["แม่ไม่มีใบเสร็จครับ เขาไม่ให้", "ไม่มี"],
        "witnesses": ["ป้าทองใบบ้านติดกันก็จ่ายครับ", "ป้าทองใบ"],
        "reported": ["แม่ยังไม่เคยแจ้งที่ไหนครับ", "ไม่เคย"],
        "identity": [
            asks("ถ้าใส่ชื่อแม่ ผู้ใหญ่จะรู้ไหมครับ", r"ไม่.{0,30}(บอก|รู้|เปิดเผย)|ประธาน"),
            "ไม่ใส่ชื่อครับ",
            "ไม่บอกชื่อ",
        ],
        "summary": ["แม่ฟังแล้วบอกว่าถูกครับ ส่งเลย", "ส่ง"],
    },
    Meant(
        kind=("bribery",),
        agency=("อบต.หนองตาด",),
        official=("ผู้ใหญ่บ้าน",),
        district="3101",
        date=("2026-11-01", "2026-11-30"),
        story=("ห้าร้อย",),
        witnesses="ทองใบ",
        reported=False,
        anonymous=True,
    ),
    yes="ใช่ครับ",
)

SAFE_NOW = Villager(
    "ครูอัตราจ้างหญิง: tells a threat mid-story, then says she is safe now and goes on",
    {
        "none": ["สวัสดีค่ะ ขอแจ้งเรื่องทุจริตค่าอาหารกลางวันค่ะ", "แจ้งเรื่อง"],
        "story": ["แจ้งเป็นเรื่องค่ะ", "แจ้ง"],
        "consent": ["ยินยอมค่ะ ได้", "ยินยอม"],
        "kind": ["เงินค่าอาหารกลางวันเด็กหายไปค่ะ", "โกงเงิน"],
        "agency": ["โรงเรียนบ้านโคกใหญ่ค่ะ สังกัด อบต.ตาจง"],
        "official": ["ผอ.โรงเรียนค่ะ", "ผอ."],
        "district": ["อำเภอละหานทรายค่ะ"],
        "subdistrict": ["ตำบลตาจงค่ะ"],
        "when": ["ทั้งเทอมนี้เลยค่ะ ตั้งแต่เปิดเทอมพฤศจิกา", "พฤศจิกายน 2569"],
        "what": [
            threat("เมื่อกี้มีคนขับรถมาจอดหน้าบ้านพักครู บีบแตรยาวแล้วตะโกนว่าครูปากดีอยู่ได้อีกไม่นาน หนูกลัวค่ะ"),
            asks("ตอนนี้เขาไปแล้วค่ะ หนูปลอดภัยแล้ว ล็อกประตูแล้ว ทำต่อเลยนะคะ", ANY),
            "เด็กได้กินแต่ข้าวกับไข่ต้มครึ่งฟองทุกวัน แต่ในบัญชีเบิกค่าอาหารเต็มคนละยี่สิบเอ็ดบาท "
            "ผอ.ให้ร้านของน้องสาวเป็นคนส่งอาหาร",
        ],
        "what_more": ["มีเท่านี้ค่ะ", "ไม่มี"],
        "evidence": [photo(), "ส่งรูปถาดอาหารไปแล้วค่ะ เสร็จแล้ว", "เสร็จแล้ว"],
        "witnesses": ["ครูอีกสองคนในโรงเรียนเห็นค่ะ", "ครูในโรงเรียน"],
        "reported": ["ยังไม่เคยค่ะ", "ไม่เคย"],
        "identity": ["ไม่บอกชื่อนะคะ กลัวไม่ได้ต่อสัญญา", "ไม่บอกชื่อ"],
        "summary": ["ถูกต้องค่ะ ส่งได้เลย", "ส่ง"],
    },
    Meant(
        kind=("budget", "conflict", "procurement"),
        official=("ผอ",),
        district="3106",
        date=("2026-11-01", "2026-12-06"),
        story=("ไข่",),
        reported=False,
        anonymous=True,
        evidence=1,
    ),
)

FOUR_BUBBLES = Villager(
    "ลุงเล่าสี่บับเบิล: opens with the story in four bubbles, a veiled threat in the third",
    {
        "none": ["จะแจ้งเรื่องนายก อบต. ครับ", "แจ้งเรื่อง"],
        "story": ["แจ้งครับ ที่เล่าไปนั่นแหละ", "แจ้ง"],
        "consent": ["ได้ครับ ยินยอม", "ยินยอม"],
        "kind": ["ฮั้วงานขุดลอกคลองครับ", "ฮั้ว"],
        "agency": ["อบต.โคกล่าม ครับ"],
        "official": ["นายก อบต. ครับ", "นายก"],
        "district": ["อำเภอลำปลายมาศครับ"],
        "subdistrict": ["ตำบลโคกล่ามครับ"],
        "when": ["หน้าแล้งปีนี้ครับ ราวมีนาคม", "มีนาคม 2569"],
        "what": ["เล่าไปข้างบนแล้วครับ สี่ข้อความนั้น", "งานขุดลอกคลองห้วยยาง ขุดจริงแค่ครึ่งสาย"],
        "what_more": ["หมดแล้วครับ", "ไม่มี"],
        "evidence": ["ไม่มีรูปครับ", "ไม่มี"],
        "witnesses": ["คนหาปลาในคลองทุกคนรู้ครับ", "คนหาปลา"],
        "reported": ["ไม่เคยแจ้งครับ", "ไม่เคย"],
        "identity": ["ไม่บอกชื่อครับ", "ไม่บอกชื่อ"],
        "summary": ["ถูกต้องครับ ส่ง", "ส่ง"],
    },
    Meant(
        kind=("procurement",),
        agency=("อบต.โคกล่าม",),
        official=("นายก",),
        district="3110",
        date=("2026-03-01", "2026-03-31"),
        story=("คลอง", "ครึ่ง"),
        witnesses="หาปลา",
        reported=False,
        anonymous=True,
    ),
    opening=(
        "สวัสดีครับ งานขุดลอกคลองห้วยยางของ อบต.โคกล่าม ประกาศราคาเก้าแสนครับ",
        "คนที่ชนะเป็นหลานนายก อีกสองเจ้าที่ยื่นก็เป็นคนบ้านเดียวกัน",
        threat(
            "ผมไปถามในที่ประชุม วันต่อมาหลานนายกมาบอกว่า ลุงแก่แล้ว ไปนาตอนเช้ามืด ระวังตกคลองนะ คลองมันลึกขึ้นเยอะ"
        ),
        "แต่ขุดจริงแค่ครึ่งสาย ที่เหลือรถแม็คโครไม่เคยลงเลยครับ",
    ),
    yes="ใช่ครับ",
)

TEACHER_ENGLISH_SUMMARY = Villager(
    "ครูภาษาอังกฤษ: answers in Thai, tells the story as an English summary",
    {
        "none": ["สวัสดีค่ะ ขอร้องเรียนเรื่องจัดซื้อค่ะ", "แจ้งเรื่อง"],
        "story": ["แจ้งเรื่องค่ะ", "แจ้ง"],
        "consent": ["ยินยอมค่ะ", "ยินยอม"],
        "kind": ["จัดซื้อแท็บเล็ตแพงเกินจริงค่ะ", "ฮั้ว"],
        "agency": ["เทศบาลตำบลนาโพธิ์ค่ะ", "อบต.นาโพธิ์"],
        "official": ["รองนายกเทศมนตรีที่ดูแลการศึกษาค่ะ", "รองนายก"],
        "district": ["อำเภอนาโพธิ์ค่ะ"],
        "subdistrict": ["ตำบลนาโพธิ์ค่ะ"],
        "when": ["การจัดซื้อเมื่อ 14 ก.ย. 69 ค่ะ", "14 กันยายน 2569"],
        "what": [
            "Summary: the municipality bought 40 tablets for the school at 18,500 baht each. "
            "The same model sells for 6,900 online. The supplier shop opened two weeks before "
            "the tender and belongs to the deputy mayor's cousin."
        ],
        "what_more": ["That is all I know for now.", "ไม่มี"],
        "evidence": [photo(), "ส่งรูปใบส่งของแล้วค่ะ เสร็จแล้ว", "เสร็จแล้ว"],
        "witnesses": ["ครูวิชาการอีกคนค่ะ ครูสมพร", "ครูสมพร"],
        "reported": ["ยังไม่เคยค่ะ", "ไม่เคย"],
        "identity": ["ไม่บอกชื่อค่ะ", "ไม่บอกชื่อ"],
        "summary": ["Yes, that is correct. Please submit it.", "ส่ง"],
    },
    Meant(
        kind=("procurement", "conflict"),
        official=("รองนายก",),
        district="3113",
        date=("2026-09-14", "2026-09-14"),
        story=("tablets",),
        witnesses="สมพร",
        reported=False,
        anonymous=True,
        evidence=1,
    ),
)

ONE_WORD = Villager(
    "หนุ่มขี้อาย: answers in one word, nothing more",
    {
        "none": ["แจ้ง"],
        "story": ["แจ้ง"],
        "consent": ["ได้"],
        "kind": ["สินบน"],
        "agency": ["อบต.ทะเมนชัย"],
        "official": ["ปลัด"],
        "district": ["ลำปลายมาศ"],
        "subdistrict": ["ทะเมนชัย"],
        "when": ["เมื่อวาน"],
        "what": ["ใบอนุญาต"],
        "what_more": ["ปลัดขอสามพันแลกใบอนุญาตสร้างบ้าน", "ไม่มี"],
        "evidence": ["ไม่มี"],
        "witnesses": ["พ่อ"],
        "reported": ["ไม่"],
        "identity": ["ไม่"],
        "summary": ["ถูก", "ส่ง"],
    },
    Meant(
        kind=("bribery",),
        agency=("อบต.ทะเมนชัย",),
        official=("ปลัด",),
        district="3110",
        date=("2026-12-05", "2026-12-05"),
        witnesses="พ่อ",
        reported=False,
        anonymous=True,
    ),
    yes="ใช่",
)

ISAN_VOICE = Villager(
    "แม่ใหญ่อีสาน: speaks Isan to the phone's voice typing, no spaces, words misheard",
    {
        "none": ["สิแจ้งเรื่องเด้อลูกเด้อ", "แจ้งเรื่อง"],
        "story": ["แจ้งเรื่องโลดลูก", "แจ้ง"],
        "consent": ["เออยินยอมจ้า", "ยินยอม"],
        "kind": ["เพิ่นเอาเงินกองทุนหมู่บ้านไปใช้เองจ้าลูก", "โกงเงิน"],
        "agency": ["กองทุนหมู่บ้านบ้านหนองแวงจ้าอยู่ในอบตหนองแวง", "อบต.หนองแวง"],
        "official": ["ประธานกองทุนหมู่บ้านจ้า", "ประธานกองทุน"],
        "district": ["อำเภอละหานทรายจ้า"],
        "subdistrict": ["ตำบลหนองแวงจ้า"],
        "when": ["เดือนสิบสองปีกายพุ้นหละลูก", "ธันวาคม 2568"],
        "what": [
            "เพิ่นบอกว่าเงินกองทุนบ่พอให้กู้แต่บัญชีมีคนกู้ชื่อคนตายแล้วสามคนแม่เคยเห็นสมุดเพิ่นลายมือเพิ่นเองเบิกไปคนละสามหมื่น"
        ],
        "what_more": ["หมดแล้วจ้าลูกแม่เว้าหมดแล้ว", "ไม่มี"],
        "evidence": ["บ่มีหยังดอกลูก", "ไม่มี"],
        "witnesses": ["แม่ใหญ่สีกับพ่อใหญ่จันทร์เพิ่นเห็นนำ", "แม่ใหญ่สี"],
        "reported": ["บ่เคยจ้า", "ไม่เคย"],
        "identity": ["บ่บอกชื่อดอกลูกย่านเพิ่นฮู้", "ไม่บอกชื่อ"],
        "summary": ["แม่นแล้วจ้าส่งโลด", "ส่ง"],
    },
    Meant(
        kind=("budget",),
        agency=("อบต.หนองแวง",),
        official=("ประธาน",),
        district="3106",
        date=("2025-12-01", "2025-12-31"),
        story=("ตาย",),
        witnesses="สี",
        reported=False,
        anonymous=True,
    ),
    yes="แม่นจ้า",
)

TRACKS_THEN_FILES = Villager(
    "ป้าเรื่องเก่า: asks after an old ticket with its code, then files a new one",
    {
        "none": ["แล้วอยากแจ้งเรื่องใหม่อีกเรื่องค่ะ", "แจ้งเรื่อง"],
        "story": ["แจ้งเป็นเรื่องใหม่ค่ะ", "แจ้ง"],
        "consent": ["ยินยอมค่ะ", "ยินยอม"],
        "kind": ["รถขยะเทศบาลเก็บเงินค่าขนขยะเพิ่มค่ะ ไม่ให้ใบเสร็จ", "เรียกเงิน"],
        "agency": ["เทศบาลตำบลประโคนชัยค่ะ", "เทศบาล"],
        "official": ["หัวหน้าคนงานรถขยะค่ะ", "หัวหน้าคนงาน"],
        "district": ["ประโคนชัยค่ะ"],
        "subdistrict": ["ตำบลประโคนชัยค่ะ"],
        "when": ["ทุกเดือนค่ะ ล่าสุดเมื่อวันอังคาร", "1 ธันวาคม 2569"],
        "what": [
            "หัวหน้ารถขยะเดินเก็บบ้านละหกสิบบาททุกเดือน นอกจากค่าธรรมเนียมที่จ่ายเทศบาลแล้ว "
            "ใครไม่จ่ายเขาไม่เก็บขยะหน้าบ้าน"
        ],
        "what_more": ["มีแค่นี้ค่ะ", "ไม่มี"],
        "evidence": ["ไม่มีค่ะ", "ไม่มี"],
        "witnesses": ["ทั้งซอยค่ะ ร้านข้าวมันไก่หัวซอยก็จ่าย", "ร้านข้าวมันไก่"],
        "reported": ["เรื่องนี้ยังไม่เคยแจ้งค่ะ", "ไม่เคย"],
        "identity": ["ไม่บอกชื่อเหมือนเดิมค่ะ", "ไม่บอกชื่อ"],
        "summary": ["ถูกแล้วค่ะ ส่ง", "ส่ง"],
    },
    Meant(
        kind=("bribery",),
        official=("หัวหน้า",),
        district="3107",
        date=("2026-12-01", "2026-12-01"),
        story=("หกสิบ",),
        witnesses="ข้าวมันไก่",
        reported=False,
        anonymous=True,
    ),
    opening=(asks("เรื่อง BRM-2569-00188 รหัส Q7HD-2KMP-X4TW ถึงไหนแล้วคะ", LOOKED_UP),),
)

CORRECTS_DATE_TWICE = Villager(
    "ลุงจำวันผิด: gives a date, corrects it at the summary, then corrects it again",
    {
        "none": ["ขอแจ้งเรื่องครับ", "แจ้งเรื่อง"],
        "story": ["แจ้งครับ", "แจ้ง"],
        "consent": ["ยินยอมครับ", "ยินยอม"],
        "kind": ["ตำรวจตั้งด่านเรียกเงินครับ", "เรียกเงิน"],
        "agency": ["สถานีตำรวจภูธรสตึกครับ", "สภ.สตึก"],
        "official": ["ตำรวจจราจรสองนายที่ด่านครับ", "ตำรวจจราจร"],
        "district": ["สตึกครับ"],
        "subdistrict": ["ตำบลสตึกครับ"],
        "when": [
            "วันเสาร์ที่แล้วครับ",
            "ไม่ใช่ครับ เป็นวันพฤหัสที่ 26 พฤศจิกา",
            "ขอโทษครับ วันพุธที่ 25 พ.ย. ถูกแล้ว วันที่ไปรับหลาน",
        ],
        "what": [
            "ด่านหน้าปั๊มสตึก ตำรวจเรียกรถกระบะชาวบ้านที่ขนมันสำปะหลัง บอกว่าบรรทุกเกิน "
            "ถ้าไม่อยากโดนใบสั่งให้จ่ายห้าร้อย ไม่มีใบเสร็จครับ"
        ],
        "what_more": ["เท่านี้ครับ", "ไม่มี"],
        "evidence": ["ไม่มีครับ", "ไม่มี"],
        "witnesses": ["หลานชายนั่งรถมาด้วยครับ", "หลานชาย"],
        "reported": ["ไม่เคยครับ", "ไม่เคย"],
        "identity": ["ไม่บอกชื่อครับ", "ไม่บอกชื่อ"],
        "summary": [
            "วันที่ผิดครับ ขอแก้วันที่",
            "วันยังผิดอยู่ครับ ขอแก้วันอีกที",
            "ถูกแล้วครับ ส่ง",
            "ส่ง",
        ],
    },
    Meant(
        kind=("bribery",),
        official=("ตำรวจ",),
        district="3111",
        date=("2026-11-25", "2026-11-25"),
        story=("ห้าร้อย",),
        witnesses="หลาน",
        reported=False,
        anonymous=True,
    ),
    yes="ใช่ครับ",
)

ASKS_GOVERNMENT = Villager(
    "แม่ค้าตลาดนัด: mid-filing asks whether this is the government before naming names",
    {
        "none": ["อยากแจ้งเรื่องค่าแผงตลาดค่ะ", "แจ้งเรื่อง"],
        "story": ["แจ้งค่ะ", "แจ้ง"],
        "consent": ["ยินยอมค่ะ", "ยินยอม"],
        "kind": ["เก็บค่าแผงเกินประกาศค่ะ เงินไม่เข้าเทศบาล", "เรียกเงิน"],
        "agency": [
            asks("เดี๋ยวนะคะ อันนี้เป็นของรัฐบาลหรือเปล่าคะ ใครเป็นคนดูเรื่อง", WHO_RUNS_IT),
            "เทศบาลเมืองนางรองค่ะ",
            "เทศบาล",
        ],
        "official": ["เจ้าหน้าที่เก็บค่าแผงของเทศบาลค่ะ", "เจ้าหน้าที่เก็บค่าแผง"],
        "district": ["นางรองค่ะ"],
        "subdistrict": ["ตำบลนางรองค่ะ"],
        "when": ["ทุกวันพุธค่ะ ครั้งล่าสุดวันพุธที่ 2 ธันวา", "2 ธันวาคม 2569"],
        "what": [
            "ประกาศเทศบาลค่าแผงวันละยี่สิบบาท แต่เจ้าหน้าที่เก็บแปดสิบ ให้ใบเสร็จแค่ยี่สิบ ส่วนที่เหลือใส่กระเป๋าคาดเอว"
        ],
        "what_more": ["หมดแล้วค่ะ", "ไม่มี"],
        "evidence": [photo(), "ส่งรูปใบเสร็จยี่สิบบาทแล้วค่ะ เสร็จแล้ว", "เสร็จแล้ว"],
        "witnesses": ["แม่ค้าแผงผักข้าง ๆ ค่ะ", "แม่ค้าแผงผัก"],
        "reported": ["ยังไม่เคยค่ะ", "ไม่เคย"],
        "identity": [asks("ต้องบอกชื่อไหมคะ", NAME_OPTIONAL), "ไม่บอกชื่อค่ะ", "ไม่บอกชื่อ"],
        "summary": ["ถูกต้องค่ะ ส่งเลยค่ะ", "ส่ง"],
    },
    Meant(
        kind=("bribery",),
        official=("เจ้าหน้าที่",),
        district="3104",
        date=("2026-12-02", "2026-12-02"),
        story=("แปดสิบ",),
        witnesses="แผงผัก",
        reported=False,
        anonymous=True,
        evidence=1,
    ),
)

LINE_GROUP_PASTE = Villager(
    "ผู้ช่วยกรรมการหมู่บ้าน: pastes a LINE group chat as the story, timestamps and names",
    {
        "none": ["อยากแจ้งเรื่องค่ะ มีแชทในกลุ่มไลน์หมู่บ้านด้วย", "แจ้งเรื่อง"],
        "story": ["แจ้งเป็นเรื่องค่ะ", "แจ้ง"],
        "consent": ["ยินยอมค่ะ", "ยินยอม"],
        "kind": ["เอาของบริจาคน้ำท่วมไปแจกแต่พวกตัวเองค่ะ", "เอื้อพวกพ้อง"],
        "agency": ["อบต.แสลงโทนค่ะ"],
        "official": ["สมาชิก อบต. หมู่ 8 ค่ะ", "สมาชิก อบต."],
        "district": ["ประโคนชัยค่ะ"],
        "subdistrict": ["ตำบลแสลงโทนค่ะ"],
        "when": ["ช่วงน้ำท่วมกลางเดือนตุลาค่ะ", "ตุลาคม 2569"],
        "what": [
            "[LINE] แชทในกลุ่ม บ้านโคกสูง ม.8\n"
            "2569.10.16 วันศุกร์\n"
            "18:42 ส.อบต.ประยูร ถุงยังชีพมาแล้ว 120 ถุง ไปรับที่บ้านผมนะ\n"
            "18:45 ป้าลำใย แล้วบ้านที่น้ำท่วมหนักไม่ได้เหรอ\n"
            "18:47 ส.อบต.ประยูร อันนี้ของคนที่ช่วยงานกันก่อน ที่เหลือรอรอบหน้า\n"
            "มันแจกแต่หัวคะแนนตัวเองค่ะ บ้านที่ท่วมจริงไม่ได้สักถุง"
        ],
        "what_more": ["มีแค่นี้ค่ะ", "ไม่มี"],
        "evidence": [photo(), "ส่งภาพแคปหน้าจอแล้วค่ะ เสร็จแล้ว", "เสร็จแล้ว"],
        "witnesses": ["ป้าลำใยที่ถามในกลุ่มค่ะ", "ป้าลำใย"],
        "reported": ["เคยบอกนายก อบต. แล้วค่ะ เงียบ", "เคย"],
        "identity": ["ไม่บอกชื่อค่ะ", "ไม่บอกชื่อ"],
        "summary": ["ถูกต้องค่ะ ส่ง", "ส่ง"],
    },
    Meant(
        kind=("conflict", "abuse", "budget"),
        agency=("อบต.แสลงโทน",),
        official=("สมาชิก",),
        district="3107",
        date=("2026-10-01", "2026-10-31"),
        story=("ถุงยังชีพ",),
        witnesses="ลำใย",
        reported=True,
        anonymous=True,
        evidence=1,
    ),
)

VILLAGERS = {
    "son_for_mother": SON_FOR_MOTHER,
    "safe_now_goes_on": SAFE_NOW,
    "four_bubbles": FOUR_BUBBLES,
    "teacher_english_summary": TEACHER_ENGLISH_SUMMARY,
    "one_word": ONE_WORD,
    "isan_voice": ISAN_VOICE,
    "tracks_then_files": TRACKS_THEN_FILES,
    "corrects_date_twice": CORRECTS_DATE_TWICE,
    "asks_government": ASKS_GOVERNMENT,
    "line_group_paste": LINE_GROUP_PASTE,
}

#: Only counted: nobody fixing the conversation reads how these fail (random.Random(10).sample
#: of the ten keys in the order above, five).
SEALED = set(random.Random(10).sample(list(VILLAGERS), 5))
#: Failures of these are described to whoever fixes the conversation.
DIAG = set(VILLAGERS) - SEALED
