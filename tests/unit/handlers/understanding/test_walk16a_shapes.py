"""What the walk of new villagers met (walk16, fixW16a), read as meant by the understanding:
the walk's own lines, each beside a look-alike that must keep its reading."""

from __future__ import annotations

from datetime import date

import pytest

from handlers.thai.normalise import clean
from handlers.understanding import understand

DECEMBER = date(2026, 12, 6)


def _read(text: str, step: str | None):
    return understand(text, expecting=step, today=DECEMBER)


def test_a_report_told_by_word_of_mouth_and_ignored_is_no_threat():
    heard = _read("เคยบอกนายก อบต.ปากเปล่าค่ะ เขาเงียบ", "reported")
    assert heard.intent == "answer", heard
    assert heard.value("reported") == "yes"
    assert heard.value("agency") != "อบต.ปากเปล่า"  # how it was told, not a place
    assert _read("มีคนปาก้อนหินใส่หลังคาบ้านเมื่อคืน", "what_more").intent == "danger"
    assert _read("เขาสั่งให้เงียบไว้ ไม่งั้นเจ็บตัวแน่", "reported").intent == "danger"


def test_watched_there_and_then_is_no_threat_but_watched_at_home_is():
    assert _read("he watched me the whole time", "what").intent != "danger"
    assert _read("he watched me the whole time and said I would regret talking", "what").intent == (
        "danger"
    )


@pytest.mark.parametrize(
    "said", ["por phom ja pai duay krub", "พ่อผมจะไปด้วยครับ", "mae phom ja ma duay krub"]
)
def test_a_relative_coming_along_is_a_witness_not_a_threat(said):
    assert _read(said, "witnesses").intent == "answer"


def test_a_threat_to_a_relative_in_latin_letters_stays_danger():
    assert _read("khao ja tham rai pho phom", "witnesses").intent == "danger"


@pytest.mark.parametrize(
    ("said", "step"),
    [("กลัวโดนหักคะแนน", "consent"), ("กังวลว่าจะโดนหักเงินเดือนครับ", "consent")],
)
def test_a_penalty_feared_is_answered_as_who_will_know(said, step):
    heard = _read(said, step)
    assert heard.intent == "question", heard
    assert heard.value("faq") == "will_they_know"


def test_a_penalty_feared_at_the_name_question_is_anonymity():
    heard = _read("กลัวโดนหักคะแนน", "identity")
    assert heard.intent == "answer"
    assert heard.value("identity") == "anonymous"


@pytest.mark.parametrize("said", ["ออตเติ๊ยบาท", "อ๊อตเต๊ียะบาท", "ออตเท จ๊ะ", "อ็อตเตียะ"])
def test_northern_khmer_no_as_typed_by_ear_is_a_no(said):
    assert _read(said, "consent").intent == "no"


def test_khmer_no_spellings_leave_other_words_alone():
    assert clean("อ็อตเมียนเตียต") == "อ็อตเมียนเตียต"  # no more: "เตียต" is no "เท"
    assert clean("ออตโต้") == "ออตโต้"
    assert _read("บาทจ๊ะ ยินยอม", "consent").intent == "yes"


@pytest.mark.parametrize(
    ("said", "step"),
    [
        ("yok lek rueang", "consent"),
        ("yok lerk rueang krub", "what"),
        ("thon rueang kha", "consent"),
    ],
)
def test_a_withdrawal_in_latin_letters_is_one_at_any_question(said, step):
    heard = _read(said, step)
    assert heard.intent == "withdraw", heard
    assert heard.confidence >= 0.85


def test_going_on_in_latin_letters_stays_a_yes():
    assert _read("tham to kha", "consent").intent == "yes"


@pytest.mark.parametrize(
    ("said", "start"),
    [("หักมาตั้งแต่ต้นปี", "2026-01-01"), ("เก็บเงินมาตั้งแต่เดือนสาม", "2026-03-01")],
)
def test_since_after_a_deed_runs_until_today(said, start):
    span = _read(said, "when").value("date")
    assert (span["start"], span["end"]) == (start, "2026-12-06")


def test_a_span_with_its_own_end_keeps_it():
    span = _read("ตั้งแต่ต้นปีจนถึงเดือนมีนา", "when").value("date")
    assert (span["start"], span["end"]) == ("2026-01-01", "2026-03-31")


@pytest.mark.parametrize(("said", "step"), [("กลัวค่ะ", "consent"), ("ย้านคือกัน", "summary")])
def test_a_fear_said_alone_at_a_yes_or_no_question_is_no_yes(said, step):
    heard = _read(said, step)
    assert heard.intent == "question", heard
    assert heard.value("faq") == "is_safe"  # how the data is kept, whom to call if unsafe
    assert _read("กลัวเขาตามมาทำร้าย", "consent").intent == "danger"
    assert _read("กลัวแต่ก็ยินยอมค่ะ", "consent").intent == "yes"
