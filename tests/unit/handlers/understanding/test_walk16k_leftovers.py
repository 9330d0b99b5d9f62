"""What issue 16's last session left (fixK16b), read as meant by the understanding: its own
lines, each beside a look-alike that must keep its reading."""

from __future__ import annotations

from datetime import date

import pytest

from handlers.thai.normalise import clean
from handlers.understanding import understand
from handlers.understanding.danger import worried

DECEMBER = date(2026, 12, 6)  # 2569 BE: "last year" is 2025 (2568 BE)


def _read(text: str, step: str | None):
    return understand(text, expecting=step, today=DECEMBER)


@pytest.mark.parametrize(
    ("said", "post"),
    [
        ("ประธานกองทุนหมู่บ้านค่ะ", "ประธานกองทุนหมู่บ้าน"),
        ("ประธาน อสม. ครับ", "ประธาน อสม."),
        ("เหรัญญิกกองทุนค่ะ", "เหรัญญิกกองทุน"),
        ("กรรมการหมู่บ้านครับ", "กรรมการหมู่บ้าน"),
    ],
)
def test_a_village_body_post_at_the_agency_question_is_the_official(said, post):
    heard = _read(said, "agency")
    assert heard.value("official") == post and heard.value("agency") is None, heard


def test_a_village_fund_post_in_a_story_is_the_official_with_its_body():
    heard = _read("ประธานกองทุนหมู่บ้านเอาเงินไปใช้เองค่ะ", "what")
    assert heard.value("official") == "ประธานกองทุนหมู่บ้าน"


def test_a_private_chair_in_a_story_is_no_official():
    assert _read("ประธานชมรมฟุตบอลเก็บเงินแล้วหายไปค่ะ", "what").value("official") is None
    # said at the official question, it is kept as said
    assert _read("ประธานสหกรณ์ค่ะ", "official").value("official") == "ประธานสหกรณ์"


@pytest.mark.parametrize(
    ("said", "start", "end"),
    [
        ("ปิดเทอมใหญ่ปีที่แล้วค่ะ เดือนเมษา", "2025-04-01", "2025-04-30"),
        ("สงกรานต์ปีก่อน", "2025-04-13", "2025-04-15"),
        ("ลอยกระทงปีกลาย", "2025-11-05", "2025-11-05"),
        ("ปีที่แล้วตอนเข้าพรรษา", "2025-07-11", "2025-07-11"),
        ("ปีที่แล้วค่ะ", "2025-01-01", "2025-12-31"),  # alone: the whole year
        ("ปิดเทอมใหญ่ค่ะ เดือนเมษา", "2026-04-01", "2026-04-30"),  # no year said: this one
    ],
)
def test_a_festival_with_last_year_and_another_piece_keeps_last_year(said, start, end):
    found = _read(said, "when").value("date")
    assert (found["start"], found["end"]) == (start, end), found


def test_a_festival_last_year_in_a_story_keeps_its_year_not_the_deed_after_it():
    found = _read("ช่วงสงกรานต์ปีที่แล้วนายกมาเก็บเงิน", "what").value("date")
    assert found["start"] == "2025-04-13", found


@pytest.mark.parametrize(
    ("said", "step"),
    [
        ("จริงๆ ไม่ใช่ อบต.นะคะ เป็นเทศบาลตำบลค่ะ", "witnesses"),
        ("เอ้อ ลืมบอก ที่ถูกคือ อบต.หนองกี่", "evidence"),
    ],
)
def test_an_agency_changed_in_free_words_later_is_an_edit_of_the_agency(said, step):
    heard = _read(said, step)
    assert heard.intent == "edit" and heard.value("field") == "agency", heard


@pytest.mark.parametrize(
    ("said", "step"),
    [("ไม่ใช่ อบต. ที่ทำ แต่เขาสั่ง", "witnesses"), ("ไม่ใช่ อบต.นะคะ เป็นเทศบาลที่เก็บเงิน", "what")],
)
def test_an_office_denied_as_the_doer_or_in_the_story_is_no_edit(said, step):
    assert _read(said, step).intent != "edit"


def test_the_agency_meant_is_not_the_one_denied_after_it():
    heard = _read("ลืมบอกไปค่ะ จริงๆ เป็นเทศบาลตำบลหนองกี่ ไม่ใช่ อบต.", "witnesses")
    assert heard.value("agency") == "ทต.หนองกี่", heard


@pytest.mark.parametrize(
    ("said", "worry"),
    [
        ("กลัวค่ะ ไม่กล้าออกจากบ้านเลย", True),
        ("หวาดระแวงตลอดเลยครับ", True),
        ("I'm still too scared to go out", True),
        ("กลัวจะลืมรายละเอียดค่ะ", False),
        ("ไม่กลัวแล้วค่ะ", False),
    ],
)
def test_a_worry_is_told_apart_from_a_fear_of_a_slip(said, worry):
    assert worried(clean(said)) is worry
