"""What the second simulator walk of 6 December (walk16) typed and the conversation did not
hear: a pause said the everyday way ("เดี๋ยวมาต่อ", a teenager called away), and coming back
("มาละคับ ต่อจากเมื่อกี้ได้มะ"). A pause is a remark the flow keeps the draft for; coming back
starts the draft's open question again. Someone else arriving ("เขามาละ") stays theirs."""

from __future__ import annotations

import re
from datetime import date

import pytest

from handlers.understanding import meaning, understand
from handlers.understanding.lexicon import PAUSE_ASKED

TODAY = date(2026, 12, 6)


@pytest.mark.parametrize("said", ["เด๋วมาต่อนะ แม่เรียก 🏃", "เดี๋ยวมาต่อ", "ไว้มาแจ้งต่อพรุ่งนี้ค่ะ"])
def test_a_pause_said_the_everyday_way_is_a_pause(said):
    found = understand(said, expecting="district", today=TODAY)
    assert found.intent == meaning.REMARK
    assert re.search(PAUSE_ASKED, said)


@pytest.mark.parametrize("said", ["มาละคับ ต่อจากเมื่อกี้ได้มะ", "มาแล่วค่ะ", "ทำต่อจากที่ค้างไว้ค่ะ"])
def test_coming_back_starts_the_open_question_again(said):
    assert understand(said, expecting="district", today=TODAY).intent == meaning.START


def test_someone_else_arriving_is_not_coming_back():
    assert understand("เขามาละ เมื่อคืน", expecting="witnesses", today=TODAY).intent != meaning.START
