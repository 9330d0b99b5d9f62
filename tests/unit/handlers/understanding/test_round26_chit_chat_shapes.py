"""Round 26 diag's danger and chit-chat side (fixR26a, issue 16): chit-chat that names an
official, cheats, money or a day but tells no wrong done, and an off-topic question, are none
(the bot offers to take a report, it starts no story); harm said of an animal, of longing or of
a missed bus, and a threat in the news elsewhere, are no threat; each beside a text of the same
shape that keeps its reading (a story's start, a threat)."""

from __future__ import annotations

from datetime import date

import pytest

from handlers.understanding import understand

DECEMBER = date(2026, 12, 7)


def _read(text: str, step: str | None = None):
    return understand(text, expecting=step, today=DECEMBER)


@pytest.mark.parametrize(
    "said",
    [
        "ปลัดคนเก่าโดนดีเอสไอรวบไปแล้ว สะใจชาวบ้านมาก",
        "ขอให้พวกขี้ฉ้อเจอเวรกรรมเร็วๆ สาธุ",
        "ผู้ว่าลั่นว่าจะเอาผิดคนทุจริตทุกคน",
        "กำนันชอบตะคอกใส่ชาวบ้าน แต่ไม่ได้ขู่ใคร",
        "เครียดเรื่องค่างวดรถมาก เดือนนี้ไม่พอจ่าย",
        "งานบุญบั้งไฟปีนี้จัดวันไหนคะ",
        "พรุ่งนี้ฝนจะตกไหมคะ จะตากข้าว",
    ],
)
def test_chit_chat_and_off_topic_questions_at_no_step_are_none(said):
    assert _read(said).intent == "none"


@pytest.mark.parametrize(
    "said",
    [
        "ผญบ.เก็บเงินค่าน้ำเกิน เมื่อวาน",
        "ดีใจที่ผู้ใหญ่บ้านโดนจับ เพราะเขาเก็บเงินค่าน้ำเกินทุกเดือน",
        "นายกบอกว่าจะจัดการคนโกง แต่ตัวเองเอางบไปซื้อรถ",
        "ตอนนี้ปลอดภัยดีค่ะ แต่ผู้ใหญ่บ้านยังเก็บค่าหัวคิวอยู่",
    ],
)
def test_a_deed_told_beside_the_chit_chat_still_starts_a_story(said):
    assert _read(said).intent == "answer"


@pytest.mark.parametrize(
    "said",
    [
        "ลุงชอบขู่แมวที่มาขโมยปลาว่าจะตีให้ตาย 555",
        "ความคิดถึงแม่จะฆ่าหนูให้ตายแล้ว อยู่ไกลบ้าน",
        "กลัวไม่ทันเครื่องบินพรุ่งนี้เช้า",
        "saw on the news that a teacher in Korat got death threats after reporting fraud",
    ],
)
def test_harm_no_one_means_at_the_teller_is_no_threat(said):
    assert _read(said).intent != "danger"


@pytest.mark.parametrize(
    "said",
    [
        "ได้ยินข่าวลือว่ามีคนรับจ้างมาเก็บคนที่แจ้งเรื่อง",
        "ย่านเขาสิมาเผาเฮือน",
    ],
)
def test_a_threat_near_the_teller_stays_danger(said):
    assert _read(said).intent == "danger"


def test_a_latin_typed_threat_after_a_slap_is_danger():
    assert _read("chan doan tob laew bok wa kraw na mai roud").intent == "danger"


def test_a_threat_to_the_teller_after_news_seen_is_danger():
    assert _read("เห็นข่าวแล้วกลัว เพราะเขาขู่ผมแบบเดียวกันเมื่อวาน").intent == "danger"
