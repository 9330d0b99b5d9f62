"""A time inside a longer message is found and read as it would be on its own."""

from datetime import date

import pytest

from handlers.thai.dates import parse_when
from handlers.thai.dates_in_text import find_when, other_times

TODAY = date(2026, 12, 3)  # a Thursday


@pytest.mark.parametrize(
    ("text", "words", "start", "end"),
    [
        ("นายก อบต.หนองกี่ เรียกเงิน 500 บาท เมื่อวาน ที่ อ.หนองกี่", "เมื่อวาน", "2026-12-02", None),
        ("เมื่อวานซืนปลัดมาเก็บเงินที่บ้าน", "เมื่อวานซืน", "2026-12-01", None),
        ("ตอนมื้อวาน ปลัดมาเก็บเงินที่บ้าน", "ตอนมื้อวาน", "2026-12-02", None),
        ("แก้วันที่เป็นวันพุธที่แล้วค่ะ", "วันพุธที่แล้ว", "2026-11-25", None),
        ("ช่วงสงกรานต์ปีที่แล้วนายกมาเก็บเงิน", "ช่วงสงกรานต์ปีที่แล้ว", "2025-04-13", "2025-04-15"),
        ("เขาเรียกเงิน 2-3 วันก่อนค่ะ", "2-3 วันก่อน", "2026-11-30", "2026-12-01"),
        ("ฮั้วประมูลที่ อบต.โคกม้า เมื่อเดือนที่แล้ว", "เมื่อเดือนที่แล้ว", "2026-11-01", "2026-11-30"),
        ("เปลี่ยนวันเป็น 15 พ.ย.", "15 พ.ย.", "2026-11-15", None),
        ("he took money to approve a permit last Monday", "last monday", "2026-11-30", None),
        ("ปลัดเรียกเงินคนละ 300 ตอนลงทะเบียนเบี้ยคนชรา เมื่อวาน", "เมื่อวาน", "2026-12-02", None),
    ],
)
def test_the_time_in_a_story_is_found(text, words, start, end):
    answer, said = find_when(text, TODAY)
    assert said == words
    assert (answer.start.isoformat(), answer.end.isoformat()) == (start, end or start)


@pytest.mark.parametrize(
    "text",
    [
        "the mayor asked villagers for money",  # "may" inside "mayor"
        "ถอนเรื่อง BRM-2569-00010",  # a reference's year
        "บ้านเลขที่ 45/2 หมู่ 3",  # a house number
        "ทำงานมา 5 ปี",  # how long, not when
        "ร้องเรียนได้สองวันก็โดนขู่",
        "นายกเรียกเงินวันละ 300",
        "โทร 081-234-5678",
        "อยากร้องเรียนค่ะ",
        "เดี๋ยวพรุ่งนี้จะส่งรูปให้",  # tomorrow is not when it happened
    ],
)
def test_no_time_is_made_up(text):
    assert find_when(text, TODAY) is None


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("ลุงยังมีชื่อรับเงินคนชรา ทั้งที่ลุงเสียไปสามปีแล้ว", None),
        ("ครูเบิกค่าอาหารให้เด็กที่ย้ายออกไปปีกว่าแล้ว", None),
        ("แม่ตายไปสองปีแล้ว ปลัดเรียกเงินค่าโอนเมื่อเดือนที่แล้ว", "เมื่อเดือนที่แล้ว"),
    ],
)
def test_the_time_since_someone_died_or_left_is_no_time_of_the_deed(text, words):
    found = find_when(text, TODAY)
    assert (found[1] if found else None) == words


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("วันที่ผิดค่ะ เป็นเดือนพฤษภาคมไม่ใช่พฤศจิกายน", "05-01", "05-31"),
        ("เก็บมาตั้งแต่เดือนพฤษภาคมแล้วค่ะ", "05-01", "05-31"),
        ("เขามาเก็บเงินเดือนพฤศจิกายนค่ะ", "11-01", "11-30"),
    ],
)
def test_a_months_full_name_is_never_cut_to_thursday(text, start, end):
    found = find_when(text, date(2026, 12, 7))
    assert found[0].as_value()["start"][5:] == start
    assert found[0].as_value()["end"][5:] == end


def test_a_bare_day_after_a_month_is_that_months_day_not_another_time():
    today = date(2026, 12, 7)
    kept = parse_when("28 ต.ค.", today)
    text = "ปลายเดือนตุลาที่ผ่านมาค่ะ ส่งงานวันที่ 28"
    assert other_times(text, "ปลายเดือนตุลาที่ผ่านมา", today, kept) == []
