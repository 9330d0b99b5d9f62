"""fixA29's own held-out masking cases, written before the change and phrased apart from the
round 27 attack: a name in Lao spelling, in Latin look-alike letters, with digits for letters,
spelt letter by letter; and everyday words that must stay as typed."""

from __future__ import annotations

import pytest

from handlers import masking

MARKS = {whose: f"[{whose}]" for whose in masking.WHOSE}
NAMES = [
    ("นายประเสริฐ รุ่งเรือง", masking.COMPLAINANT),
    ("มาลี ศรีสุข", masking.WITNESS),
    ("นางสมหมาย อรุณรัตน์", masking.WITNESS),
    ("Wichai", masking.WITNESS),
]


def shown(said: str) -> str:
    return masking.masked(said, NAMES, MARKS)


@pytest.mark.parametrize(
    ("said", "hidden"),
    [
        # Lao as Lao writes a Thai name: ຮ for ร, ລ for ร, no ห before a sonorant, ໝ for หม
        pytest.param(
            "ປະເສີດ ມາແຈ້ງເລື່ອງ",
            "ປະເສີດ",
            marks=pytest.mark.xfail(
                strict=True,
                reason="a name part that is an everyday word (ประเสริฐ) counts only where said "
                "of a person; in Thai letters it is found by its sound when a hidden name is in "
                "Latin letters (`_other_spans`), and Lao words are not sounded",
            ),
        ),
        ("ຮຸ່ງເຮືອງ ເຫັນນຳ", "ຮຸ່ງເຮືອງ"),
        ("ສົມໝາຍ ຖ່າຍຮູບໄວ້", "ໝາຍ"),
        ("ອະລຸນລັດ ຢູ່ນຳ", "ອະລຸນລັດ"),
        # Latin look-alikes for a Thai name romanised, and for a Latin-typed name
        ("Маlее saw the money", "lее"),  # Cyrillic М, а, е
        ("𝑴𝒂𝒍𝒆𝒆 saw the money", "𝒍𝒆𝒆"),  # mathematical bold italic
        ("Ⓦⓘⓒⓗⓐⓘ took a photo", "ⓗⓐⓘ"),  # circled letters
        ("𝔚𝔦𝔠𝔥𝔞𝔦 took a photo", "𝔥𝔞𝔦"),  # fraktur
        # digits for letters, two in a row
        ("M4l33 saw", "l33"),
        ("W1ch41 saw", "ch41"),
        # spelt out letter by letter
        ("M A L E E saw", "L E E"),
        ("w-i-c-h-a-i saw", "c-h"),
        ("ม-า-ล-ี เห็น", "ล-ี"),
    ],
)
def test_a_name_respelled_is_masked(said, hidden):
    assert hidden not in shown(said), shown(said)


@pytest.mark.parametrize(
    "said",
    [
        "ไม้หักดีแล้วค่ะ ปลัดเรียกเงิน 300 บาท",  # Thai หัก: no Lao letter, not รัก
        "ຄົນໃນບ້ານບອກວ່າ ປະລັດເອີ້ນເງິນ",  # everyday Lao words
        "I saw a man at 3 pm in room B12",
        "Grade A B C D for the school lunch",
        "Call 0812 or 4G signal was bad",
        "ปลัดรับเงินเรื่องสมหมายที่ดินไม่ได้",
    ],
)
def test_everyday_words_stay_as_typed(said):
    names = [("นางสมใจ รักดี", masking.COMPLAINANT), ("Boonma", masking.WITNESS)]
    assert masking.masked(said, names, MARKS) == said
