"""Questions back in Isan and in Thai typed in Latin letters are questions, read by their
topic; "บ่" meaning "not" does not make a withdrawal a question. None of these lines is a
training example."""

from __future__ import annotations

import pytest

from handlers.understanding import understand


@pytest.mark.parametrize(
    ("text", "expecting", "faq"),
    [
        ("tong jai ngern mai ka", "consent", "cost"),
        ("แจ้งแล้วสิเป็นจั่งใดต่อ", "summary", "what_happens_next"),
        ("ต้องจ่ายค่าธรรมเนียมบ่", "consent", "cost"),
    ],
)
def test_a_question_back_is_read_with_its_topic(text, expecting, faq):
    found = understand(text, expecting=expecting)
    assert (found.intent, found.value("faq")) == ("question", faq)


def test_not_wanting_trouble_while_withdrawing_is_a_withdrawal():
    assert understand("บ่อยากให้ไผฮู้ ถอนเรื่องเลยค่ะ").intent == "withdraw"


def test_a_long_question_with_a_question_word_is_a_question_at_the_summary():
    found = understand("ถ้ากดส่งไปตอนนี้แล้วเรื่องจะเกิดอะไรต่อจากนั้นคะ", expecting="summary")
    assert found.intent == "question"


@pytest.mark.parametrize(
    ("text", "expecting", "intent"),
    [
        ("งงค่ะ ต้องกดอะไร", None, "help"),
        ("how do I use the menu", "agency", "help"),
        ("ขอคืนคำนะคะ ไม่เคยแจ้งที่ไหน", "witnesses", "change_mind"),
        ("ส่งคลิปไปแล้วค่ะ เมื่อกี้", "evidence", "already_said"),
    ],
)
def test_confusion_taking_back_and_sent_already(text, expecting, intent):
    assert understand(text, expecting=expecting).intent == intent
