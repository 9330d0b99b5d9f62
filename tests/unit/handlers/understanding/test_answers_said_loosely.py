"""Answers said loosely (issue 16, round 7's diag shapes, in our own words): consent with a
form of address, said as what it allows or in romanised Thai; "not an office, a group" at the
agency question; a weekday's short English name inside a romanised place; "some of it is
wrong" at the summary; a veiled end foretold unless one stops meddling."""

from __future__ import annotations

from datetime import date

import pytest

from handlers.understanding import understand

TODAY = date(2026, 12, 5)


def _read(text, expecting=None):
    return understand(text, expecting=expecting, today=TODAY)


@pytest.mark.parametrize(
    "text",
    [
        "ยอมจ้าน้อง",  # a form of address after the yes
        "ยินยอมค่ะแอดมิน",
        "ยอมเลยพี่",
        "อนุญาตให้เอาไปใช้ได้ค่ะ",  # consent said as what it allows
        "ตกลงให้ใช้ที่เล่าได้เลยครับ",
        "เอาไปใช้ได้เลยจ้า",
        "you can use what I tell you",
        "okay yom khrap",  # romanised, with the English "okay" Thai speakers say
    ],
)
def test_consent_said_loosely_is_a_yes(text):
    assert _read(text, "consent").intent == "yes"


@pytest.mark.parametrize("text", ["ไม่ยอมให้เอาไปใช้ค่ะ", "บ่อนุญาตเด้อพี่", "ไม่ยินยอมครับพี่"])
def test_refusal_with_the_same_words_stays_a_no(text):
    assert _read(text, "consent").intent == "no"


@pytest.mark.parametrize(
    ("text", "named"),
    [
        ("มันไม่ใช่หน่วยงานค่ะ เป็นกลุ่มออมทรัพย์", "กลุ่มออมทรัพย์"),
        ("บ่แม่นราชการเด้อ เป็นสหกรณ์หมู่บ้าน", "สหกรณ์หมู่บ้าน"),
        ("it's not an office, it's the rice bank", "the rice bank"),
    ],
)
def test_not_an_office_names_the_body_instead(text, named):
    found = _read(text, "agency")
    assert found.intent == "answer"
    assert found.value("agency") == named


@pytest.mark.parametrize("text", ["phu yai ban tambon nong mon", "kamnan ban sat"])
def test_a_short_english_weekday_inside_a_romanised_place_is_no_date(text):
    assert _read(text, "official").value("date") is None


@pytest.mark.parametrize("text", ["on mon", "he came last sat"])
def test_a_short_english_weekday_said_as_a_day_is_still_one(text):
    assert _read(text, "when").value("date") is not None


@pytest.mark.parametrize(
    "text", ["มีบางข้อผิดอยู่นะคะ", "ยังไม่ถูกทุกข้อเด้อ", "some of it is wrong", "มีจุดที่ต้องแก้ครับ"]
)
def test_partly_wrong_at_the_summary_is_a_no(text):
    assert _read(text, "summary").intent == "no"


@pytest.mark.parametrize(
    "text",
    [
        "มีคนมาบอกว่าไก่ชนของพ่อคงอยู่ได้อีกไม่นาน ถ้าพ่อยังไม่เลิกพูดเรื่องนายก",
        "ถ้ายังไม่หยุดยุ่ง สวนยางแม่จะไม่เหลือ",
    ],
)
def test_an_end_foretold_unless_one_stops_meddling_is_danger(text):
    assert _read(text, "what").intent == "danger"


def test_a_wish_that_an_official_stop_cheating_is_no_threat():
    assert _read("ถ้าอบต.ยังไม่หยุดโกง ชาวบ้านจะลำบากกันหมด", "what").intent != "danger"
