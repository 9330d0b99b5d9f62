"""A case number as people say and type it: digits 2 to 9 only, shown "347-892"."""

from __future__ import annotations

import pytest

from handlers.patterns import case_numbers


def test_a_number_has_no_digit_that_passes_for_a_letter():
    drawn = {case_numbers.draw() for _ in range(500)}
    assert all(len(n) == 6 and set(n) <= set("23456789") for n in drawn)
    assert len(drawn) > 490  # drawn at random, not counted up
    assert case_numbers.shown("347892") == "347-892"


@pytest.mark.parametrize(
    "typed",
    ["347-892", "347892", "347 892", " 347 - 892 ", "กรณีที่ ๓๔๗-๘๙๒", "กรณี 347892", "Case 347-892"],
)
def test_a_number_is_read_however_it_is_typed(typed):
    assert case_numbers.read(typed) == "347892"


@pytest.mark.parametrize(
    "typed", ["", "347-802", "347-812", "34789", "3478922", "BRM-2569-00042", "ถนน 347-892"]
)
def test_what_is_no_case_number_is_not_read_as_one(typed):
    assert case_numbers.read(typed) is None


@pytest.mark.parametrize(
    "typed",
    [
        "กรณี 347-892",
        "กรณีที่ ๓๔๗๘๙๒",
        "เลขกรณี 347892",
        "หมายเลขกรณี 347 892",
        "เลขที่กรณี 347-892",
        "กรณีเลขที่ 347-892",
        "case no. 347-892",
        "Case number 347892",
    ],
)
def test_a_number_named_as_a_cases_is_read_as_named(typed):
    assert case_numbers.named(typed) == "347892"
    assert case_numbers.read(typed) == "347892"


@pytest.mark.parametrize(
    "typed", ["347-892", "347892", "347 892", "เลขที่ 347-892", "บ้านเลขที่ 347892"]
)
def test_six_digits_not_named_as_a_cases_are_not_named(typed):
    """A sum, a house number, a phone number's end: only read where a case is named."""
    assert case_numbers.named(typed) is None
