"""`value_kit.has` picks the same word whatever order its set holds them in (a span once
depended on the process's hash seed: "ใส่ชื่อได้ค่ะ ไม่ต้องปิด" gave either phrase)."""

from __future__ import annotations

from handlers.understanding.value_kit import has


def test_of_two_words_as_long_the_one_said_first_wins():
    text = "ใส่ชื่อได้ค่ะไม่ต้องปิด"
    for words in (("ใส่ชื่อได้", "ไม่ต้องปิด"), ("ไม่ต้องปิด", "ใส่ชื่อได้")):
        assert has(text, frozenset(words)) == "ใส่ชื่อได้"
    assert has("ไม่ต้องปิดใส่ชื่อได้", frozenset({"ใส่ชื่อได้", "ไม่ต้องปิด"})) == "ไม่ต้องปิด"


def test_the_longest_word_still_wins():
    assert has("ไม่ต้องปิดชื่อค่ะ", frozenset({"ไม่ต้อง", "ไม่ต้องปิดชื่อ"})) == "ไม่ต้องปิดชื่อ"
