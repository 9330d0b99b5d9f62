"""Round 11's diag shapes in our own words (diag11): a police rank named as the official, with
"whose name I don't know" after it; "safe now, go on" asked of the filing, never its answer."""

from __future__ import annotations

from datetime import date

import pytest

from handlers.understanding import says_safe_and_going_on, understand

TODAY = date(2026, 12, 6)


def _read(text, expecting=None):
    return understand(text, expecting=expecting, today=TODAY)


@pytest.mark.parametrize(
    ("text", "official"),
    [
        ("จ่าที่ยืนโบกรถหน้าโรงเรียนค่ะ ไม่รู้ชื่อ", "จ่าที่ยืนโบกรถหน้าโรงเรียน"),
        ("ผู้กองคนใหม่ครับ ไม่ทราบชื่อเขา", "ผู้กองคนใหม่"),
        ("ดาบตำรวจที่ด่านครับ", "ดาบตำรวจที่ด่าน"),
    ],
)
def test_a_police_rank_is_the_official_without_the_name_unknown(text, official):
    assert _read(text, "official").value("official") == official


@pytest.mark.parametrize(
    "text",
    ["ต้องจ่ายเงินให้ผู้ใหญ่บ้านห้าร้อย", "จ่ายค่าน้ำทุกเดือน", "เขียนจ่าหน้าซองไปที่อำเภอ"],
)
def test_paying_is_no_sergeant(text):
    assert (_read(text, "what").value("official") or "").startswith("จ่า") is False


@pytest.mark.parametrize(
    "text",
    [
        "ตอนนี้ไม่เป็นไรแล้วค่ะ เขากลับไปแล้ว ไปต่อได้เลยค่ะ",
        "I'm fine now, the car drove off. Let's carry on",
        "plod pai laew krap tam tor loei",
    ],
)
def test_safe_now_and_go_on_is_asked_of_the_filing(text):
    assert says_safe_and_going_on(text)


@pytest.mark.parametrize(
    "text",
    [
        "ยังไม่ปลอดภัยค่ะ เขายังไม่ไป ทำต่อไม่ไหว",
        "เขาไปแล้วก็กลับมาเก็บเงินต่อ",
        "ผู้ใหญ่บ้านเก็บเงินแล้วก็ไปเก็บบ้านอื่นต่อ",
    ],
)
def test_a_story_or_not_safe_is_not_going_on(text):
    assert not says_safe_and_going_on(text)


@pytest.mark.parametrize("text", ["โรงพักประโคนชัยค่ะ ตำรวจทางหลวง", "สภ.คูเมือง ตำรวจค่ะ"])
def test_the_police_beside_a_station_is_no_one_yet(text):
    read = _read(text, "agency")
    assert read.value("agency") and read.value("official") is None


def test_a_rank_beside_a_station_is_someone():
    assert _read("สภ.ลำปลายมาศ ดาบตำรวจสมศักดิ์", "agency").value("official")
