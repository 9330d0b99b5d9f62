"""What walk23's villagers said (fixW24b), kept as meant: a post said with a titled name, after
"already said" too, without an Isan "surname not known"; a date corrected at the summary with
two days, the one after "แต่"; a witness without "but they dare not speak" or "she can be
witness" after them. Each beside a look-alike."""

from __future__ import annotations

from datetime import date

import pytest

from handlers.understanding import understand

MONDAY = date(2026, 12, 7)


def _at(text: str, step: str, name: str):
    return understand(text, expecting=step, today=MONDAY).value(name)


@pytest.mark.parametrize(
    ("text", "official"),
    [
        ("กะบอกแล้วเด้ เจ้าหน้าที่กองช่าง ชื่อนายวิชัย", "เจ้าหน้าที่กองช่าง ชื่อนายวิชัย"),
        ("เจ้าหน้าทีกองช่าง ชื่อนายวิชัย บ่ฮู้นามสกุล", "เจ้าหน้าทีกองช่าง ชื่อนายวิชัย"),
        ("นักพัฒนาชุมชน อบต. ชื่อนางสาวพิมพ์ใจ", "นักพัฒนาชุมชน อบต. ชื่อนางสาวพิมพ์ใจ"),
        ("ชื่อนายสุรชัย บ่ฮู้จักนามสกุล", "นายสุรชัย"),
        ("เขาเรียกเงิน ชื่อนายวิชัย", "นายวิชัย"),  # look-alike: a deed, no post, before the name
    ],
)
def test_a_post_is_kept_with_the_titled_name_and_no_surname_unknown(text, official):
    assert _at(text, "official", "official") == official


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("วันที่กะบ่แม่นคือกัน ไปยื่นวันพระ แต่เขาโทรมาเรียกเงินวันศุกร์ที่แล้ว", "2026-12-04"),
        ("วันผิดครับ ยื่นเรื่องวันพฤหัสที่แล้ว แต่โดนเรียกเงินเมื่อวาน", "2026-12-06"),
        ("แก้วันที่เป็นวันศุกร์ที่แล้ว แต่ไม่แน่ใจนะ", "2026-12-04"),  # look-alike: one date
    ],
)
def test_a_date_corrected_with_two_days_takes_the_one_after_but(text, day):
    assert _at(text, "summary", "date")["start"] == day


@pytest.mark.parametrize(
    ("text", "who"),
    [
        ("คนทั้งหมู่บ้านกะเห็นค่ะ แต่เขาบ่กล้าพูด", "คนทั้งหมู่บ้าน"),
        ("คนในซอยรู้กันหมดค่ะ แต่ไม่มีใครกล้าพูด", "คนในซอยรู้กันหมด"),
        ("my neighbour Mr. Chai saw it, he can be a witness", "Mr. Chai"),
        ("ลุงมี", "ลุงมี"),  # look-alike: a name alone, as it is
    ],
)
def test_a_witness_is_kept_without_what_is_said_about_them(text, who):
    assert _at(text, "witnesses", "witnesses") == who


@pytest.mark.parametrize(
    ("text", "official"),
    [
        ("why thai again?? the director ผอ. and the teacher who buy food, ครูสมศรี", "ผอ., ครูสมศรี"),
        ("the headmaster ผอ.สมบูรณ์ and the cook", "ผอ.สมบูรณ์"),
        ("the village head took money", "the village head"),  # look-alike: English alone
        ("ผอ.สมบูรณ์ ครับ", "ผอ.สมบูรณ์"),  # look-alike: Thai alone
    ],
)
def test_thai_posts_inside_english_are_who_it_was(text, official):
    assert _at(text, "official", "official") == official
