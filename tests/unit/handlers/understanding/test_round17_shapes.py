"""Round 17 diag's intent shapes (fixR17a), read as meant: harm words in harmless use, veiled
threats of a home lost or to kin, chatter outside a question, a stop with its way back, the end
of the telling said; each beside a look-alike that must keep its reading."""

from __future__ import annotations

from datetime import date

import pytest

from handlers.understanding import understand

DECEMBER = date(2026, 12, 6)


def _read(text: str, step: str | None = None):
    return understand(text, expecting=step, today=DECEMBER)


@pytest.mark.parametrize(
    "said",
    [
        "แม่วางกับดักหนูไว้ข้างเล้าไก่ทุกคืน",
        "น้าไปรับจ้างฉีดยาฆ่าแมลงในสวนลำไย",
        "ถอนฟันมาเมื่อเช้า ปวดฟันจะตาย",
        "she has amazing knife skills, she can julienne carrots in seconds",
        "เพลงใหม่ของวงนี้ฆ่าใจคนฟังจริงๆ ฟังแล้วร้องไห้ตาม",
    ],
)
def test_harm_words_in_harmless_use_are_no_threat(said):
    assert _read(said).intent != "danger"


@pytest.mark.parametrize(
    "said",
    [
        "คนของผู้ใหญ่ฝากบอกมาว่า ถ้ายังไม่หยุด เดี๋ยวจะไม่มีบ้านให้อยู่นะ",
        "ข้อความไม่มีชื่อบอกว่า ยายแกชราแล้ว ระวังตัวให้ดี",
        "ถ้ายังไม่ถอนเรื่อง ยาฆ่าหญ้าจะลงไปอยู่ในบ่อปลาแก",  # the poison where food is
        "บางทีอยากกินยาเบื่อหนูตายๆ ไปเลย เหนื่อยเหลือเกิน",  # despair, not pest control
    ],
)
def test_threats_and_despair_with_the_same_words_stay_danger(said):
    assert _read(said).intent == "danger"


def test_chatter_with_a_harm_word_explained_is_none_but_a_story_stays_one():
    assert _read("เมื่อคืนเล่นฟรีฟายโดนยิงตายตลอด ไม่ได้นอนเลย").intent == "none"
    story = _read("นายก อบต. ให้ลูกน้องไปพ่นยาฆ่าหญ้าในไร่ตัวเองด้วยเงินหลวง")
    assert story.intent == "answer"


def test_a_stop_with_its_way_back_is_a_cancel_and_a_pause_alone_stays_one():
    assert _read("ไม่ทำต่อแล้วครับ แม่เรียก เดี๋ยวค่อยมาใหม่", "agency").intent == "cancel"
    assert _read("เดี๋ยวค่อยมาใหม่นะคะ", "agency").intent == "remark"


def test_the_end_said_at_what_more_is_done_and_nothing_more_stays_none():
    assert _read("จบแค่นี้แหละครับ ไม่มีอะไรแล้ว", "what_more").intent == "done"
    assert _read("ไม่มีอะไรจะเล่าเพิ่มแล้วค่ะ", "what_more").intent == "none"
