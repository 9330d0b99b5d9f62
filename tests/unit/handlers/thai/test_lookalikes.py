"""Look-alike letters read as the Latin or Thai letters they look like (`clean`)."""

from __future__ import annotations

import pytest

from handlers.thai.normalise import clean

SAME_AS = {
    "อบต.บ้านเป้า": ["อบต.ບ້ານເປ້າ", "ອບຕ.ບ້ານເປ້າ"],  # Lao letters drawn like Thai ones
    "นายก": ["ນາຍົກ"],  # Lao writes the short o Thai leaves unwritten
    "สวายจีก": ["ສວາຍຈີກ"],
    "ban pao sao": [
        "Ban Pao ЅАО",  # Cyrillic
        "Bɑn Pɑo SɑO",  # IPA alpha
        "ʙan ᴘao sᴀo",  # small capitals
        "Ᏼan Pao ᏚᎪO",  # Cherokee
        "Ban Paօ SAO",  # Armenian
        "Ban Pαο SAO",  # Greek
    ],
    "it": ["ІT", "ΙT"],  # capital I look-alikes stay an I, not an l
}


@pytest.mark.parametrize(
    ("plain", "spelling"), [(plain, s) for plain, spellings in SAME_AS.items() for s in spellings]
)
def test_a_look_alike_spelling_cleans_to_the_plain_one(plain, spelling):
    assert clean(spelling) == clean(plain)


@pytest.mark.parametrize(
    "text",
    ["ผู้ใหญ่บ้านหมู่ 3 เรียกเงิน 500 บาท", "ด ค ต ซ ช ท ฑ", "café résumé", "081-234-5678"],
)
def test_ordinary_text_is_not_folded(text):
    assert clean(text) == text.lower()


def test_lao_digits_are_digits():
    assert clean("໕໐໐ บาท") == "500 บาท"
