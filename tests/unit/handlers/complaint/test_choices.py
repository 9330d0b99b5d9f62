"""Typed answers: button words with or without particles, Isan, numbers, plain descriptions."""

from __future__ import annotations

import pytest

from bot.i18n import catalogue
from bot.line.render import render
from handlers.complaint import choices
from handlers.complaint.choices import is_non_answer, pick, says_none
from handlers.intake.answers import Answer
from handlers.protection import in_danger
from handlers.replies import Say
from handlers.thai.normalise import clean, is_dont_know, strip_particles, thai_digits_to_arabic


@pytest.mark.parametrize(
    ("step", "typed", "expected"),
    [
        ("consent", "ยินยอมครับ", "yes"),
        ("consent", "ยินยม", "yes"),  # one letter off
        ("consent", "แม่นแล้ว", "yes"),
        ("consent", "ได้เด้อ", "yes"),
        ("consent", "โอเคค่ะ", "yes"),
        ("consent", "I agree", "yes"),
        ("consent", "ไม่ยินยอม", "no"),
        ("consent", "บ่", "no"),
        ("consent", "2", "no"),
        ("kind", "3", "budget"),
        ("kind", "ฮั้ว/โกงโครงการ", "procurement"),
        ("kind", "ไม่แน่ใจครับ", "other"),
        ("reported", "บ่เคย", "no"),
        ("reported", "ยังบ่ได้", "no"),
        ("reported", "เคยแจ้งแล้วค่ะ", "yes"),
        ("identity", "บ่บอกชื่อ", "anonymous"),
        ("identity", "ไม่เปิดเผยชื่อนะคะ", "anonymous"),
        ("identity", "บอกชื่อ", "named"),
        ("identity", "give my name", "named"),
        ("summary", "ตกลง ส่งเลย", "confirm"),
        ("summary", "ส่งได้เลยค่ะ", "confirm"),
        ("summary", "แก้ไข", "edit"),
        ("evidence", "พอแล้ว", "done"),
    ],
)
def test_typed_answers_pick_the_option(step, typed, expected):
    assert pick(Answer(text=typed), step) == expected


@pytest.mark.parametrize(("typed", "step"), [("อะไรนะ", "consent"), ("9", "kind"), ("", "kind")])
def test_unclear_answers_pick_nothing(typed, step):
    assert pick(Answer(text=typed), step) is None


@pytest.mark.parametrize("typed", ["โอเค", "สวัสดีครับ", "ฮัลโหล", "555", "ขอบคุณค่ะ", "ครับ"])
def test_greetings_and_acknowledgements_are_not_answers(typed):
    assert is_non_answer(typed)


@pytest.mark.parametrize("typed", ["ไม่มี", "บ่มี", "-", "ข้าม", "ไม่มีเลข", "ไม่ทราบค่ะ"])
def test_saying_there_is_nothing(typed):
    assert says_none(typed)


@pytest.mark.parametrize(
    ("typed", "stripped"),
    [("ยินยอมครับ", "ยินยอม"), ("บ่เคยเด้อ", "บ่เคย"), ("ได้เลยนะคะ", "ได้เลย"), ("ชนะ", "ชนะ")],
)
def test_particles_come_off_the_end_only(typed, stripped):
    assert strip_particles(typed) == stripped


def test_clean_and_digits():
    assert thai_digits_to_arabic("๐๘๑") == "081"
    assert clean("  ชํานิ\u200b  ") == "ชำนิ"
    assert is_dont_know("จำบ่ได้") and is_dont_know("ไม่ ทราบ ค่ะ") and not is_dont_know("ทราบ")


@pytest.mark.parametrize("typed", ["ช่วยด้วย", "ถูกขู่ฆ่า", "help me"])
def test_danger_words(typed):
    assert in_danger(typed)


def test_an_ordinary_story_is_not_danger():
    assert not in_danger("เขาเก็บเงินคนละ 200 บาท")


@pytest.mark.parametrize("language", ["th", "en"])
@pytest.mark.parametrize("step", sorted(choices.LABELS))
def test_an_option_is_its_buttons_words_and_its_number_in_the_list(step, language):
    """What the numbered question shows is what a typed number or the button's words pick."""
    shown = render([Say(f"reask.{step}", {"options": choices.numbered(step)})], language)
    lines = shown[0]["text"].splitlines()[1:]
    for number, (value, label) in enumerate(choices.LABELS[step], 1):
        words = catalogue.text(language, label)
        assert lines[number - 1] == f"{number} {words}"
        assert choices.pick(Answer(text=str(number)), step) == value
        assert choices.pick(Answer(text=words), step) == value
