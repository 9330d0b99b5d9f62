"""Corrections in one's own words and answers for another question, as read (issue #16):
a field named by its number or its name with "wrong" (Thai, Isan, English), "not sure" in
its many forms, a witness or "never reported" said at another question. No sentence here is
in the examples or the personas."""

from __future__ import annotations

from datetime import date

import pytest

from handlers.thai.normalise import is_dont_know
from handlers.understanding import understand
from handlers.understanding.values import denied_and_meant

TODAY = date(2026, 12, 5)


def _read(text, expecting=None):
    return understand(text, expecting=expecting, today=TODAY)


@pytest.mark.parametrize(
    ("text", "field"),
    [
        ("ข้อ5 บ่แม่นเด้อ", 5),
        ("ข้อ 2 บ่แม่นเด้อ แม่นโรงเรียนบ้านหนองแวง", 2),
        ("Number 4 is wrong, it should be Lam Plai Mat", 4),
        ("item 3 isn't right, it was the deputy mayor", 3),
        ("the official is not right", "official"),
        ("อำเภอบ่แม่นเด้อ", "district"),
    ],
)
def test_a_field_said_wrong_is_an_edit_of_that_field(text, field):
    heard = _read(text, "summary")
    assert heard.intent == "edit"
    assert heard.value("field") == field


@pytest.mark.parametrize(
    "text",
    ["ครูทำผิดระเบียบ เก็บเงินเด็กคนละร้อย", "เจ้าหน้าที่ผิดนัดชาวบ้านมาสามรอบแล้ว"],
)
def test_wrongdoing_in_a_story_is_no_edit(text):
    assert _read(text, "what").intent != "edit"


@pytest.mark.parametrize(
    "text",
    [
        "not sure, sorry",
        "I'm not really sure",
        "no idea",
        "บ่ฮู้คือกัน",
        "ไม่แน่ใจเหมือนกันค่ะ",
        "งั้นข้ามไปก่อนค่ะ",
        "skip for now",
    ],
)
def test_not_sure_said_loosely_is_dont_know(text):
    assert is_dont_know(text)


@pytest.mark.parametrize("text", ["Nang Rong", "นายสมชาย", "notebook", "ข้ามสะพานไปฝั่งโน้น"])
def test_an_answer_is_no_dont_know(text):
    assert not is_dont_know(text)


@pytest.mark.parametrize(
    ("text", "denied", "meant"),
    [
        ("ไม่ใช่หมอ เป็น ผอ.รพ.สต.", "หมอ", "ผอ.รพ.สต."),
        ("บ่แม่นกำนันเด้อ แม่นผู้ใหญ่บ้าน", "กำนันเด้อ", "ผู้ใหญ่บ้าน"),
        ("not the clerk, it's the head nurse", "the clerk,", "the head nurse"),
    ],
)
def test_the_value_denied_and_the_one_meant(text, denied, meant):
    assert denied_and_meant(text) == (denied, meant)


@pytest.mark.parametrize(
    ("text", "name", "value"),
    [
        ("ป้าสมพร แม่ค้าในตลาดก็เห็นเหมือนกันค่ะ", "witnesses", "ป้าสมพร แม่ค้าในตลาด"),
        ("Mr Boonmee from the shop saw it too", "witnesses", "Mr Boonmee from the shop"),
        ("ยังไม่เคยแจ้งที่ไหนเลยค่ะ", "reported", "no"),
        ("haven't reported it anywhere yet", "reported", "no"),
    ],
)
def test_an_answer_for_a_later_question_is_read_at_the_evidence_question(text, name, value):
    heard = _read(text, "evidence")
    assert heard.intent == "answer"
    assert heard.value(name) == value
    assert heard.value("evidence") is None


@pytest.mark.parametrize("text", ["ดิฉันเห็นเองกับตาค่ะ", "ไม่มีใครเห็น", "I saw it myself"])
def test_the_teller_or_nobody_is_no_witness(text):
    assert not _read(text, "evidence").value("witnesses")


@pytest.mark.xfail(
    strict=True,
    reason="the English kind model does not read a story of selling what was meant for the"
    " farmers as misuse of public property: the story is kept, but its kind is asked",
)
def test_an_english_story_at_the_kind_question_tells_its_kind():
    story = (
        "Our kamnan keeps the rice seed that was meant for the farmers and sells it in town."
        " I saw it yesterday."
    )
    assert _read(story, "kind").value("kind") is not None
