"""Phone numbers as villagers type them -> national form, or None."""

import pytest

from handlers.thai.phone import find_thai_phone, normalize_thai_phone, numbers_in, split_phone


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("0812345678", "0812345678"),
        ("081-234-5678", "0812345678"),
        ("081 234 5678", "0812345678"),
        ("081.234.5678", "0812345678"),
        ("(081) 234-5678", "0812345678"),
        ("  0812345678  ", "0812345678"),
        ("+66 81 234 5678", "0812345678"),
        ("+66812345678", "0812345678"),
        ("+66-81-234-5678", "0812345678"),
        ("+66 (0) 81 234 5678", "0812345678"),
        ("66812345678", "0812345678"),
        ("0066 81 234 5678", "0812345678"),
        ("๐๘๑-๒๓๔-๕๖๗๘", "0812345678"),
        ("+๖๖ ๘๑ ๒๓๔ ๕๖๗๘", "0812345678"),
        ("0612345678", "0612345678"),
        ("095-555-1234", "0955551234"),
        ("044611234", "044611234"),
        ("044-611-234", "044611234"),
        ("+66 44 611 234", "044611234"),
        ("6644611234", "044611234"),
        ("02-123-4567", "021234567"),
        ("053 123 456", "053123456"),
        ("038123456", "038123456"),
        ("075123456", "075123456"),
    ],
)
def test_accepted_numbers(typed, expected):
    assert normalize_thai_phone(typed) == expected


@pytest.mark.parametrize(
    "typed",
    [
        "",
        "   ",
        "081234567",  # mobile one digit short
        "08123456789",  # mobile one digit long
        "04461123",  # landline one digit short
        "0446112345",  # landline one digit long
        "0112345678",  # 01 is not a Thai prefix
        "812345678",  # no leading zero and no country code
        "+1 555 123 4567",  # another country
        "+44 20 7946 0958",
        "081-234-567a",
        "โทร 0812345678",
        "call me",
        "1300",  # short hotline, not a personal number
        "081+2345678",
        "0812345678 ต่อ 12",
    ],
)
def test_rejected_numbers(typed):
    assert normalize_thai_phone(typed) is None


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("โทร 081-234-5678 ครับ", "0812345678"),
        ("เบอร์ ๐๘๑ ๒๓๔ ๕๖๗๘ ค่ะ", "0812345678"),
        ("ติดต่อได้ที่ 044-611-234 ช่วงเย็น", "044611234"),
        ("0812345678", "0812345678"),
    ],
)
def test_a_number_among_words_is_found(typed, expected):
    assert find_thai_phone(typed) == expected


@pytest.mark.parametrize("typed", ["ไม่มีเบอร์", "บ้านเลขที่ 12 หมู่ 3", "โทร +1 415 555 1234"])
def test_no_thai_number_among_words(typed):
    assert find_thai_phone(typed) is None


@pytest.mark.parametrize(
    ("text", "rest", "number"),
    [
        ("ธนากร ศรีสุข 0891234567", "ธนากร ศรีสุข", "0891234567"),
        ("มาลี ทองดี เบอร์โทร 089-765-4321 ค่ะ", "มาลี ทองดี", "0897654321"),
        ("Anong Sukjai, phone +66 81 234 5678", "Anong Sukjai", "0812345678"),
        ("0895551234 ค่ะ", "", "0895551234"),
        ("ประยูร มั่นคง", "ประยูร มั่นคง", None),
    ],
)
def test_a_number_is_split_from_the_words_around_it(text, rest, number):
    assert split_phone(text) == (rest, number)


@pytest.mark.parametrize(
    ("typed", "number"),
    [("o9o-1123345", "0901123345"), ("O86 123 4567", "0861234567"), ("o8l", None)],
)
def test_the_letter_o_typed_for_a_zero_is_a_zero(typed, number):
    assert find_thai_phone(typed) == number


@pytest.mark.parametrize(
    "text",
    [
        "โทรหาฉันที่ ศูนย์แปดหนึ่งสองสามสี่ห้าหกเจ็ดแปด ได้เลย",
        "ศูนย์แปดหนึ่ง สองสามสี่ ห้าหกเจ็ดแปด",
        "zero eight one two three four five six seven eight",
        "ศูนย์แปดหนึ่ง 234 5678",
    ],
)
def test_numbers_in_reads_a_phone_said_digit_by_digit(text):
    assert "812345678" in [number for _, _, number in numbers_in(text)]


def test_numbers_in_leaves_counted_numbers_and_short_runs():
    assert numbers_in("สามสิบคน สองสามวัน") == []
