"""Emoji as people type them: alone they answer through the table, beside words they only
decorate the words, and a message of emoji the table does not know is left as sent."""

from __future__ import annotations

import pytest

from handlers.understanding import understand
from handlers.understanding.emoji import as_words


@pytest.mark.parametrize(
    ("typed", "read"),
    [
        ("สตึกครับ 📍", "สตึกครับ"),
        ("ถูกครับ ✅ ส่งเลย 🚀", "ถูกครับ ส่งเลย"),
        ("👍", "ใช่"),
        ("👍🏽 ครับ", "ใช่"),
        ("❌", "ไม่"),
        ("ไม่มีข้อความอีโมจิ", "ไม่มีข้อความอีโมจิ"),
        ("😡", "😡"),
    ],
)
def test_emoji_are_read_as_the_words_they_stand_for(typed, read):
    assert as_words(typed) == read


@pytest.mark.parametrize(
    ("typed", "step", "field", "value"),
    [
        ("❌", "reported", "reported", "no"),
        ("🤐", "identity", "identity", "anonymous"),
    ],
)
def test_an_emoji_alone_answers_the_question(typed, step, field, value):
    assert understand(typed, expecting=step).value(field) == value


def test_a_tick_alone_is_a_yes():
    assert understand("✅", expecting="summary").intent == "yes"


@pytest.mark.parametrize("text", ["เจอกันแน่ 🔪", "💣 แท็กชื่อ", "ระวังตัวไว้นะ 🔫"])
def test_an_emoji_of_harm_beside_words_is_read_as_danger(text):
    """Decoration is dropped, a knife or a bomb is not: the threat is in the emoji."""
    assert understand(text).intent == "danger"


@pytest.mark.parametrize(
    ("typed", "step", "intent"),
    [
        ("👌", "consent", "yes"),
        ("🙆‍♀️", "summary", "yes"),
        ("👍🏻👍🏻", "confirm", "yes"),
        ("🙅", "consent", "no"),
    ],
)
def test_understand_reads_emoji_for_every_caller(typed, step, intent):
    """No caller has to turn emoji into words first: `understand` does it, in one place."""
    assert understand(typed, expecting=step).intent == intent


def test_a_place_with_a_pin_emoji_is_the_place():
    found = understand("นางรองค่ะ📍", expecting="district")
    assert found.value("district") == "3104"
