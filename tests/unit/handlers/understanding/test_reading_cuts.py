"""What one message's reading leaves out or does once (benchmarks/understanding.py) gives what
the longer way gave: the models' margins to the last bit, festivals heard by their sound, and
an aside read alone only where it may be thanks."""

from __future__ import annotations

import math

import numpy as np
import pytest

from handlers.thai import festivals
from handlers.understanding import classifier
from handlers.understanding.asides import _may_thank
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
