"""Four typed villagers of what a simulator walk found the conversation left alone (issue 16):
a person who greets before anything else, a story told in four bubbles, an English speaker who
opens with "hello", and a person who follows a complaint by typing its reference and tracking
code in one message. Each files in at most 16 messages, at most 1 refused, every field as meant
(played by `heldout_personas.play`, with its checks). Dates as said on Saturday 5 December 2026.
"""

from __future__ import annotations

from tests.integration.handlers.complaint.heldout_personas import Meant, Villager

GREETS_FIRST = Villager(
    "ป้าสำลี: says hello and waits to be greeted before she says why she came",
    {
        "none": ["อยากแจ้งเรื่องค่ะ", "แจ้งเรื่อง"],
        "story": ["แจ้งค่ะ"],
        "consent": ["ยินยอมค่ะ"],
        "kind": ["เรียกเงินค่ะ", "เรียกรับเงิน"],
        "agency": ["อบต.สะเดาค่ะ"],
        "official": ["เจ้าหน้าที่กองคลังค่ะ"],
        "district": ["นางรองค่ะ"],
        "subdistrict": ["สะเดาค่ะ"],
        "when": ["เมื่อวานค่ะ"],
        "what": ["เจ้าหน้าที่กองคลังบอกว่าต้องจ่ายสามร้อยก่อนถึงจะรับเรื่องขอเบี้ยคนพิการให้ค่ะ"],
        "what_more": ["แค่นี้ค่ะ"],
        "evidence": ["ไม่มีค่ะ"],
        "witnesses": ["ไม่มีค่ะ"],
        "reported": ["ไม่เคยค่ะ"],
        "identity": ["ไม่บอกชื่อค่ะ"],
        "summary": ["ถูกต้องค่ะ ส่งเลย", "ส่ง"],
    },
    Meant(
        kind=("bribery",),
        agency=("อบต.สะเดา",),
        official=("กองคลัง",),
        district="3104",
        subdistrict="310403",
        date=("2026-12-04", "2026-12-04"),
        story=("สามร้อย", "เบี้ยคนพิการ"),
        witnesses="",
        reported=False,
        anonymous=True,
    ),
    opening=("สวัสดีค่ะ",),
)

STORY_IN_FOUR_BUBBLES = Villager(
    "ลุงเสงี่ยม: types what happened in four short bubbles before anything is asked",
    {
        "story": ["แจ้งเลยครับ", "แจ้ง"],
        "none": ["แจ้งเรื่องครับ"],
        "consent": ["ยินยอมครับ"],
        "kind": ["โกงงบครับ", "โกงเงิน"],
        "agency": ["อบต.หนองคูครับ"],
        "official": ["นายก อบต.ครับ"],
        "district": ["ลำปลายมาศครับ"],
        "subdistrict": ["หนองคูครับ"],
        "when": ["เดือนที่แล้วครับ", "พฤศจิกายน 2569"],
        "what_more": ["หมดแล้วครับ"],
        "evidence": ["ไม่มีครับ"],
        "witnesses": ["ชาวบ้านหมู่ 4 ครับ"],
        "reported": ["ยังไม่เคยครับ", "ไม่เคย"],
        "identity": ["ไม่บอกชื่อครับ"],
        "summary": ["ถูกต้องครับ", "ส่ง"],
    },
    Meant(
        kind=("budget", "procurement"),
        official=("นายก",),
        district="3110",
        subdistrict="311002",
        date=("2026-11-01", "2026-11-30"),
        story=("ประปา", "แปดแสน", "น้ำไม่ไหล"),
        witnesses="หมู่ 4",
        reported=False,
        anonymous=True,
    ),
    opening=(
        "อบต.หนองคูทำประปาหมู่บ้านหมู่ 4",
        "ป้ายบอกงบแปดแสน",
        "ทำเสร็จเดือนที่แล้วแต่น้ำไม่ไหลเลยสักวัน",
        "ท่อก็เป็นท่อเก่าทาสีใหม่ครับ",
    ),
    yes="ใช่ครับ",
)

SAYS_HELLO = Villager(
    "Jenny: a volunteer teacher in Satuek, opens with a bare hello",
    {
        "none": ["I want to report something", "report"],
        "story": ["yes", "report"],
        "consent": ["I agree"],
        "kind": ["stealing public money", "budget"],
        "agency": ["Satuek municipality"],
        "official": ["the mayor"],
        "district": ["Satuek"],
        "subdistrict": ["Satuek"],
        "when": ["last week", "28 November 2026"],
        "what": [
            "The school lunch budget for the municipal school was cut in half but the "
            "invoices still show the full 40 baht per child. The children get rice and one egg."
        ],
        "what_more": ["that's all"],
        "evidence": ["no photos"],
        "witnesses": ["the cooks at the school"],
        "reported": ["no"],
        "identity": ["anonymous please", "anonymous"],
        "summary": ["correct, send it", "send"],
    },
    Meant(
        kind=("budget",),
        official=("mayor", "นายก"),
        district="3111",
        subdistrict="311101",
        date=("2026-11-23", "2026-12-01"),
        story=("40 baht", "egg"),
        witnesses="cooks",
        reported=False,
        anonymous=True,
    ),
    yes="yes",
    speaks="en",
    opening=("hello",),
)

TRACKS_BY_TYPING = Villager(
    "พี่ต้อย: files, then follows the complaint by typing reference and code in one message",
    {
        "none": ["ร้องเรียนค่ะ"],
        "story": ["แจ้งค่ะ"],
        "consent": ["ยินยอมค่ะ"],
        "kind": ["ฮั้วประมูลค่ะ", "ฮั้ว"],
        "agency": ["เทศบาลตำบลพุทไธสงค่ะ"],
        "official": ["ผู้อำนวยการกองช่างค่ะ"],
        "district": ["พุทไธสงค่ะ"],
        "subdistrict": ["พุทไธสงค่ะ"],
        "when": ["กลางเดือนตุลาค่ะ", "ตุลาคม 2569"],
        "what": ["ประมูลสร้างรางระบายน้ำ มีคนยื่นซองรายเดียวเป็นบริษัทของน้องเมีย ผอ.กองช่างค่ะ"],
        "what_more": ["ไม่มีแล้วค่ะ"],
        "evidence": ["ไม่มีค่ะ"],
        "witnesses": ["ไม่มีค่ะ"],
        "reported": ["ไม่เคยค่ะ"],
        "identity": ["ไม่บอกชื่อค่ะ"],
        "summary": ["ถูกต้องค่ะ", "ส่ง"],
    },
    Meant(
        kind=("procurement", "conflict"),
        official=("กองช่าง",),
        district="3109",
        subdistrict="310901",
        date=("2026-10-01", "2026-10-31"),
        story=("รางระบายน้ำ", "น้องเมีย"),
        witnesses="",
        reported=False,
        anonymous=True,
    ),
)

VILLAGERS = {
    "greets_first": GREETS_FIRST,
    "story_in_four_bubbles": STORY_IN_FOUR_BUBBLES,
    "says_hello": SAYS_HELLO,
    "tracks_by_typing": TRACKS_BY_TYPING,
}

# How the person follows their complaint once filed: reference and tracking code in one message.
TRACKING_MESSAGE = "ขอติดตามเรื่อง {reference} รหัส {code} ค่ะ"
