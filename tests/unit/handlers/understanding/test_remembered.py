"""A short answer many people type is read once per process, by question and day; a name
given for the record, or a long story, is read afresh every time and never kept."""

from __future__ import annotations

from datetime import date

import pytest

from handlers.thai import festivals, normalise
from handlers.understanding import classifier, danger, reader, romanised, understand, where

DAY = date(2026, 12, 4)


@pytest.fixture
def readings(monkeypatch):
    """The texts the reader really reads while the test runs (nothing remembered before)."""
    texts: list[str] = []
    real = reader.read
    monkeypatch.setattr(
        reader, "read", lambda text, *a, **k: texts.append(text) or real(text, *a, **k)
    )
    reader.forget()
    yield texts
    reader.forget()


def test_a_short_answer_is_read_once_and_understood_the_same(readings):
    first = understand("อบต.หนองกี่ค่ะ", expecting="agency", today=DAY)
    again = understand("อบต.หนองกี่ค่ะ", expecting="agency", today=DAY)
    assert readings == ["อบต.หนองกี่ค่ะ"]
    assert again == first
    assert again.values is not first.values  # each caller owns its values


def test_the_same_words_at_another_question_or_day_are_read_again(readings):
    understand("เมื่อวานค่ะ", expecting="when", today=DAY)
    understand("เมื่อวานค่ะ", expecting="when", today=date(2026, 12, 5))
    understand("เมื่อวานค่ะ", expecting="agency", today=DAY)
    assert readings == ["เมื่อวานค่ะ"] * 3


def test_a_name_or_a_story_is_never_remembered(readings):
    story = "ผู้ใหญ่บ้านเรียกเงินค่าเซ็นเอกสารรับรองที่ดินสามพันบาท บอกว่าถ้าไม่จ่ายจะไม่เซ็นให้"
    for _ in range(2):
        understand("สมศรี ใจดี", expecting="identity", today=DAY)
        understand(story, expecting="what", today=DAY)
    assert readings == ["สมศรี ใจดี", story] * 2


def test_a_short_text_read_as_a_name_or_phone_is_not_kept(readings):
    for _ in range(2):
        understand("ชื่อสมศรี ใจดีค่ะ 081-234-5678", expecting="witnesses", today=DAY)
        understand("ชื่อสมศรี ใจดีค่ะ", expecting="name", today=DAY)
    assert readings == ["ชื่อสมศรี ใจดีค่ะ 081-234-5678", "ชื่อสมศรี ใจดีค่ะ"] * 2


def test_nothing_typed_stays_in_the_clean_up_memo_once_read():
    understand("อบต.บ้านเป้า นายสมชาย", expecting="agency", today=DAY)
    memos = (normalise.clean, normalise.strip_particles, normalise.compact)
    memos += (danger.danger_score, danger.threat_cue, classifier._words_and_chars)
    for memo in memos:
        assert memo.cache_info().currsize == 0


@pytest.mark.parametrize(
    "text",
    ["khao ja ying phom tha pai jaeng", "นายกอบต.หนองกี่ขู่ว่าจะเผาบ้านถ้าไปแจ้ง ไม่มีพยานค่ะ"],
)
def test_nothing_typed_stays_in_any_memo_of_the_reading_once_read(text):
    understand(text, expecting="what_more", today=DAY)
    memos = (romanised.sound, romanised.is_romanised_thai, romanised.in_thai)
    memos += (romanised.threat_cue, romanised.official_said, where.agency, danger.without_harmless)
    memos += (
        classifier._scores,
        classifier._kind_scores,
        classifier.danger_margin,
        classifier.counted,
    )
    memos += (reader._reading,)
    for memo in memos:
        assert memo.cache_info().currsize == 0, memo


def test_a_festival_named_in_typed_words_is_not_kept_once_read():
    """`festivals.occurrences` is keyed on the words typed ("ช่วงสงกรานต์ค่ะ"): forgotten too."""
    understand("ช่วงสงกรานต์ปีที่แล้วค่ะ", expecting="when", today=DAY)
    understand("ตอนงานบุญบั้งไฟค่ะ ผู้ใหญ่เก็บเงิน", expecting="what", today=DAY)
    assert festivals.occurrences.cache_info().currsize == 0
