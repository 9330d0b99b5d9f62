"""What is said around an answer (issue 16): remarks said aside, corrections typed at another
question, courtesies around a story, an opening that only names its topic, loose day counts.
No sentence here is in the examples or the personas."""

from __future__ import annotations

from datetime import date

import pytest

from handlers.understanding import tells_what_happened, understand, without_courtesies

TODAY = date(2026, 12, 5)


def _read(text, expecting=None):
    return understand(text, expecting=expecting, today=TODAY)


@pytest.mark.parametrize(
    ("text", "expecting"),
    [
        ("โอ้ย ลืมไปหมดแล้ว", "official"),
        ("รอแป๊บนะคะ ลูกเรียก", "witnesses"),
        ("เดี๋ยวไปถามเมียก่อนครับ", "agency"),
        ("hold on, someone is at the door", "reported_to"),
    ],
)
def test_a_remark_is_no_answer(text, expecting):
    heard = _read(text, expecting)
    assert heard.intent == "remark"
    assert expecting not in heard.values


def test_an_answer_after_a_thinking_sound_is_an_answer():
    assert _read("อืม ลุงแดงกับป้าศรี", "witnesses").intent == "answer"


@pytest.mark.parametrize(
    ("text", "expecting", "field"),
    [
        ("ขอโทษค่ะ วันผิด เป็นวันศุกร์ที่แล้ว", "witnesses", "when"),
        ("เอ้ย อำเภอผิด เป็นนางรองครับ", "evidence", "district"),
        ("oops, it was in September", "what", "when"),
        ("อ้อ ตำบลปังกูนะคะ ไม่ใช่ละเวี้ย", "when", "subdistrict"),  # no date: another answer
    ],
)
def test_a_correction_at_another_question_is_an_edit(text, expecting, field):
    heard = _read(text, expecting)
    assert heard.intent == "edit"
    assert heard.value("field") == field


def test_the_date_meant_is_the_one_after_the_turn():
    heard = _read("ไม่ใช่เดือนที่แล้วค่ะ เป็นเดือนกันยา", "what")
    assert heard.value("date")["start"] == "2026-09-01"


@pytest.mark.parametrize(
    "text",
    [
        "แก้ไขท่อแตกไม่เคยทำ แต่เบิกงบไปสองรอบ",  # "แก้" of a story, not an edit
        "เขาเรียกเงินเราทำไมคะ ในเมื่อทางราชการให้ฟรี",  # asked in the telling
    ],
)
def test_a_story_at_what_happened_is_its_answer(text):
    assert _read(text, "what").intent == "answer"


def test_courtesies_are_not_the_story():
    told = "สวัสดีครับ\nปลัดเก็บเงินค่าขึ้นทะเบียน 300 บาท\nขอบคุณมากครับ"
    assert without_courtesies(told) == "ปลัดเก็บเงินค่าขึ้นทะเบียน 300 บาท"
    assert without_courtesies("เขาบอกว่าขอบคุณที่จ่าย") == "เขาบอกว่าขอบคุณที่จ่าย"


def test_thanks_beside_a_yes_is_the_yes():
    assert _read("ใช่ค่ะ ขอบคุณมากค่ะ", "summary").intent == "yes"


def test_a_closing_at_tell_more_ends_the_telling():
    assert _read("ฝากเรื่องนี้ด้วยนะคะ", "what_more").intent == "done"


def test_an_opening_that_names_only_its_topic_tells_nothing():
    text = "สวัสดีค่ะ ดิฉันอยู่บ้านหนองตาด อยากร้องเรียนเรื่องทุจริตค่ะ"
    assert not tells_what_happened(text, _read(text).values)


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("สิบกว่าวันแล้วค่ะ", "2026-11-16", "2026-11-24"),
        ("about three weeks back", "2026-11-11", "2026-11-17"),
    ],
)
def test_loose_day_counts(text, start, end):
    found = _read(text, "when").value("date")
    assert (found["start"], found["end"]) == (start, end)


@pytest.mark.parametrize("text", ["ไม่ขัดข้องเลยค่ะ", "no problem", "that's fine with me"])
def test_agreement_said_with_a_no_is_consent(text):
    assert _read(text, "consent").intent == "yes"
