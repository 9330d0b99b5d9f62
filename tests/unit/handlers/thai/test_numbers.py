"""Thai number words as digits: what PyThaiNLP spells reads back as the same number, and the
amounts a villager types read as they mean them."""

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from pythainlp.util import bahttext, num_to_thaiword

from handlers.patterns import stories
from handlers.thai.numbers import words_to_digits

# "สองพันห้า" is formally 2,005 but said for 2,500; the villager's reading wins, so numbers
# spelt that way (a round amount, then a lone digit) are read as the short form instead.
_SHORT_FORM = re.compile(r"(พัน|หมื่น|แสน|ล้าน)(สอง|สาม|สี่|ห้า|หก|เจ็ด|แปด|เก้า)(บาทถ้วน)?$")
amounts = st.integers(min_value=1, max_value=10**9).filter(
    lambda n: not _SHORT_FORM.search(num_to_thaiword(n))
)


@settings(deadline=None)  # the first call loads PyThaiNLP's dictionary
@given(amounts)
def test_pythainlp_spelling_reads_back_as_the_number(n):
    assert words_to_digits(num_to_thaiword(n)) == str(n)


@settings(deadline=None)  # the first call loads PyThaiNLP's dictionary
@given(amounts)
def test_baht_text_reads_back_as_the_amount(n):
    assert words_to_digits(bahttext(n)) == f"{n}บาทถ้วน"


@settings(deadline=None)
@given(st.integers(min_value=1, max_value=999).map(lambda n: n * 10**3))
def test_the_short_form_of_a_round_amount_is_the_next_unit_down(n):
    head = num_to_thaiword(n)
    digit = num_to_thaiword(5)
    expected = n + 5 * 10 ** (len(str(n)) - len(str(n).rstrip("0")) - 1)
    assert words_to_digits(head + digit) == str(expected)


@pytest.mark.parametrize(
    ("typed", "read"),
    [
        ("เรียกเงินสามพันบาท", "เรียกเงิน3000บาท"),
        ("จ่ายไปสองหมื่นห้า", "จ่ายไป25000"),
        ("เก็บห้าร้อยบาททุกบ้าน", "เก็บ500บาททุกบ้าน"),
        ("เบิกงบไป 1.5 หมื่น", "เบิกงบไป 15000"),
        ("ค่าหัวคิวสองแสน", "ค่าหัวคิว200000"),
        ("งบ 8 แสน", "งบ 800000"),
        ("2 หมื่น 5 พัน", "25000"),
        ("ขอ 3พันห้า", "ขอ 3500"),
        ("เอาไปพันห้า", "เอาไป1500"),
        ("เอาเงินไปพันครึ่ง", "เอาเงินไป1500"),
        ("ได้มาแค่ร้อยนึง", "ได้มาแค่100"),
        ("ยืมเงินแสนนึง", "ยืมเงิน100000"),
        ("สองล้านห้า", "2500000"),
        ("คนละซาวบาท", "คนละ20บาท"),  # Isan: ซาว is twenty
        ("ซาวห้าบาท", "25บาท"),
        ("ฮ้อยห้าสิบบาท", "150บาท"),  # Isan: ฮ้อย is a hundred
        ("เก็บหัวละร้อยบาท", "เก็บหัวละ100บาท"),
    ],
)
def test_amounts_a_villager_types(typed, read):
    assert words_to_digits(typed) == read


@pytest.mark.parametrize(
    "typed",
    [
        "ไม่สามารถติดต่อได้",
        "เรียบร้อยแล้วค่ะ",
        "ห้ามเข้า",
        "สามีไปแจ้งแล้ว",
        "ยืนบนเก้าอี้",
        "จังหวัดร้อยเอ็ด",
        "ร้อยตำรวจเอกสมชาย",
        "พันตำรวจโทสมศักดิ์",
        "สิบเอกสมศักดิ์",
        "บ้านแสนสุข",
        "เดือนกุมภาพันธ์",
        "เสียไปหลายร้อยบาท",
        "มีเป็นพันๆ คน",
        "ยี่ห้ออะไร",
    ],
)
def test_words_that_only_look_like_numbers_stay_words(typed):
    assert words_to_digits(typed) == typed


@pytest.mark.parametrize(
    ("typed", "read"),
    [("สองสามวันก่อน", "2-3วันก่อน"), ("หมู่ห้า", "หมู่5"), ("ทุกวันที่สิบห้า", "ทุกวันที่15")],
)
def test_ranges_villages_and_days_read_as_before(typed, read):
    assert words_to_digits(typed) == read


def test_one_amount_written_three_ways_is_one_word_of_a_story():
    said = [stories.words(s) for s in ("เรียกสามพันบาท", "เรียก 3 พันบาท", "เรียก ๓,๐๐๐ บาท")]
    assert all("3000" in words for words in said)
    assert "25000" in stories.words("จ่ายสองหมื่นห้าพันบาท")
    assert "25000" in stories.words("จ่าย 2 หมื่นห้า")
