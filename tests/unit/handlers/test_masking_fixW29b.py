"""fixW29b (walk29): a reviewer reads the story with the witnesses' names masked and everything
else as typed. Words of agencies and places (Thai place names in RTGS letters: Ban, Nong, Non,
Khok, Huai, Nam…), and everyday words said around a witness's name in the witness answer
("เพื่อนวินชื่อ…": a motorbike-taxi friend), stay; the name itself is still masked."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from handlers import masking

MARKS = {whose: f"[{whose}]" for whose in masking.WHOSE}


def shown(witnesses: str, story: str) -> str:
    ticket = SimpleNamespace(witnesses=witnesses, description=story)
    return masking.masked(story, masking.hidden_words(None, ticket), MARKS)


CASES = [
    # (witness answer, story, words that stay as typed, names masked)
    (
        "เพื่อนวินชื่อต้อม เห็นตอนจ่ายเงิน",
        "พวกเพื่อนๆวินหน้าตลาดโดนกันหมด วินทุกคันต้องจ่าย ต้อมก็เห็น",
        ["เพื่อนๆวินหน้าตลาด", "วินทุกคัน"],
        ["ต้อม"],
    ),
    (
        "ผู้ใหญ่บ้าน Ban Khok Sawang ก็เห็น ชื่อ Mr. Somkiat",
        "TAO Ban Khok Sawang built a road at Ban Non Suwan, Mr. Somkiat saw it",
        ["TAO Ban Khok Sawang", "Ban Non Suwan"],
        ["Somkiat"],
    ),
    (
        "Ms. Kanya from Nong Ki",
        "The SAO Nong Ki chief asked for money at Huai Rat market, Kanya saw it",
        ["SAO Nong Ki", "Huai Rat"],
        ["Kanya"],
    ),
    (
        "Khun Nam, the shop owner",
        "The headman of Ban Huai Nam Sai took 300 baht, Khun Nam saw it",
        ["Ban Huai Nam Sai"],
        ["Nam saw"],
    ),
    (
        "นายบุญมี ชาวบ้านหนองแวง",
        "ที่บ้านหนองแวง นายบุญมีเห็นตอนปลัดรับเงิน",
        ["ที่บ้านหนองแวง"],
        ["บุญมี"],
    ),
    (
        "คนขายข้าวแกงชื่อแดง",
        "คนขายข้าวแกงหน้าอำเภอก็โดนเก็บ แดงบอกว่าจ่ายทุกเดือน",
        ["คนขายข้าวแกงหน้าอำเภอ"],
        ["แดงบอก"],
    ),
]


@pytest.mark.parametrize(("witnesses", "story", "stay", "masked"), CASES)
def test_place_and_everyday_words_stay_and_the_witness_is_masked(witnesses, story, stay, masked):
    read = shown(witnesses, story)
    for words in stay:
        assert words in read, read
    for name in masked:
        assert name not in read, read
    assert "[witness]" in read, read


def test_enough_words_and_names_are_checked():
    assert sum(len(" ".join(c[2]).split()) for c in CASES) >= 15
    assert sum(len(c[3]) for c in CASES) >= 5
