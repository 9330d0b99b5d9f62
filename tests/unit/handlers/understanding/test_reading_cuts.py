"""What one message's reading leaves out or does once (benchmarks/understanding.py) gives what
the longer way gave: the models' margins to the last bit, festivals heard by their sound, and
an aside read alone only where it may be thanks, and a sentence beside an aside read alone
only where it may say "none" or "done"."""

from __future__ import annotations

import math

import numpy as np
import pytest

from handlers.thai import festivals
from handlers.understanding import classifier, lexicon
from handlers.understanding.asides import _may_be_done, _may_thank, _none_may_stand
from handlers.understanding.reader import read


def _margins_one_by_one(model: classifier.Model, text: str) -> list[float]:
    """The margins as they were summed before: each known gram looked up in a Python loop."""
    grams, counts = classifier.counted(model.read, text)
    known = [
        (model.vocabulary[g], int(n))
        for g, n in zip(grams, counts, strict=True)
        if g in model.vocabulary
    ]
    if not known:
        return [-1.0] * len(model.classes)
    indices = np.array([i for i, _ in known], dtype=np.intp)
    tf = np.array([1.0 + math.log(n) for _, n in known]) * model.idf[indices]
    tf /= np.linalg.norm(tf)
    return (tf @ model.weights[indices] + model.bias).tolist()


@pytest.mark.parametrize(
    "text",
    [
        "ไก่ชนของพ่อโดนตีตายในบ่อนเมื่อวาน พ่อเสียดายมาก นั่งซึมทั้งวัน",
        "นายก อบต. เรียกเงินค่าเซ็นเอกสาร 3,000 บาท",
        "the dentist pulled two teeth, the pain is killing me but I'll live",
        "zzzz",
        "",
    ],
)
def test_the_models_margins_are_those_of_a_gram_at_a_time(text):
    for model in (classifier.kind_model(), classifier.danger_model()):
        got = model.scores(text)
        assert list(got.values()) == _margins_one_by_one(model, text)


@pytest.mark.parametrize("said", ["สงกาน", "ออกพันสา", "ลอยกระธง"])
def test_a_festival_misspelt_is_heard_as_before(said):
    year = 2026
    names = {name for _, name in festivals._named_days(year, False)}
    heard = {name for name in names if festivals._sounds(name) == festivals._sounds(said)}
    if len(heard) == 1:
        assert festivals.occurrences(said, year) == festivals.occurrences(heard.pop(), year)
    assert festivals.occurrences(said, year)


@pytest.mark.parametrize(
    "said",
    ["วันนี้ขอบคุณที่ช่วยนะคะ", "thanks a lot", "ขอบใจเด้อ", "ขอบ;คุณ", "ok 👍 thx"],
)
def test_a_sentence_with_a_word_of_thanks_in_it_or_its_parts_is_read(said):
    assert _may_thank(said)


@pytest.mark.parametrize("said", ["ไปยิงปลาในห้วยด้วยหน้าไม้ได้สามตัว", "the pain is killing me"])
def test_a_sentence_without_one_is_not_read_alone(said):
    assert not _may_thank(said)


def test_chatter_closed_with_thanks_is_still_thanks():
    said = "ไปยิงปลาในห้วยด้วยหน้าไม้ได้สามตัว ย่างกินกันอร่อยมาก วันนี้ขอบคุณที่ช่วยนะคะ"
    assert read(said, None, None).intent == "thanks"


@pytest.mark.parametrize(
    ("said", "expecting"),
    [
        ("พอแล้วค่ะ", "evidence"),
        ("เท่านี้ก่อนนะคะ", "evidence"),
        ("ส่ง ครบ แล้ว", "witnesses"),
        ("That's all", "what_more"),
        ("จบละค่ะ", "what_more"),
        ("ขอบคุณค่ะ", "what_more"),  # courtesies alone end the telling at what-more
        ("ฝากด้วยนะคะ", "what_more"),
    ],
)
def test_a_sentence_that_may_be_done_is_read_alone(said, expecting):
    assert _may_be_done(said, expecting)


@pytest.mark.parametrize(
    ("said", "expecting"),
    [
        ("หม้อหุงข้าวไฟไหม้เลยต้องไปซื้อใหม่ที่ตลาด", "evidence"),
        ("ดูหนังผีกับลูกเมื่อคืน", "witnesses"),
        ("ขอบคุณค่ะ", "witnesses"),  # thanks ends nothing there
        ("my fish pond was poisoned", "what_more"),
    ],
)
def test_a_sentence_that_cannot_be_done_is_not(said, expecting):
    assert not _may_be_done(said, expecting)


def test_the_words_a_done_is_read_from_are_those_looked_for():
    # "done" said first then told (`done_then_told`) and "the end" (`_ENDED`) need these words
    for word in ("เสร็จ", "ครบ", "หมด", "แค่นี้", "เท่านี้", "done", "finished", "จบ"):
        assert word in lexicon.DONE


@pytest.mark.parametrize(
    ("said", "first", "expecting", "stands"),
    [
        ("ไม่มีรูปค่ะ", "ดูหนังผีเมื่อคืน", "evidence", True),  # said after the aside
        ("บ่มีหลักฐานเด้อ", "บ่มีหลักฐานเด้อ", "evidence", True),  # may open it, in Thai
        ("no photos", "no photos", "evidence", False),  # "no evidence, it was all cash" tells
        ("ไม่มีใครค่ะ", "ไม่มีใครค่ะ", "witnesses", False),  # "…นางสมศรีอาจจะเห็น" takes it back
        ("ลูกชายเห็น", "ดูหนังผีเมื่อคืน", "witnesses", False),  # no "no" word in it
        ("ลืมแล้วค่ะ", "ข้าวเหนียวอร่อยมาก", "district", True),  # at a place, none needs no "no"
        ("ไม่รู้อำเภอค่ะ", "ไม่รู้อำเภอค่ะ", "district", False),  # a hint after it is worth asking
    ],
)
def test_a_none_stands_for_the_message_only_last_or_where_it_may_open_it(
    said, first, expecting, stands
):
    assert _none_may_stand(said, first, expecting) is stands


@pytest.mark.parametrize(
    ("said", "expecting", "intent"),
    [
        ("ถ่ายรูปบ้านที่เขาสร้างรุกที่ส่งไปแล้วนะคะ พอแล้วค่ะ", "evidence", "done"),
        ("พอแค่นี้ก่อนค่ะ รูปที่เหลืออยู่ในมือถือลูก", "evidence", "done"),
        ("ดูหนังผีกับลูกเมื่อคืน ไม่มีใครเห็นค่ะ", "witnesses", "none"),
        ("sorry for the wait, that is all", "what_more", "done"),
        ("บ่มีหลักฐานเด้อ เขาบ่ได้ให้หยังไว้", "evidence", "none"),
        ("ไม่มีใครค่ะ นางสมศรีอาจจะเห็น", "witnesses", "answer"),
    ],
)
def test_a_plain_answer_beside_an_aside_is_still_that_answer(said, expecting, intent):
    assert read(said, expecting, None).intent == intent
