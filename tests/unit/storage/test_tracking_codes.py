"""A tracking code is found in what a person types however they type it, in its printed
form; letters that cannot be in a code are not read as one."""

from __future__ import annotations

import pytest

from storage.tracking_codes import new_tracking_code, tracking_code_in


def test_a_new_code_is_found_as_printed():
    code = new_tracking_code()
    assert tracking_code_in(f"รหัส {code} ค่ะ") == code


@pytest.mark.parametrize(
    "typed", ["FE6R-G2SN-GSND", "fe6r g2sn gsnd", "FE6RG2SNGSND", "code: fe6r-g2sn-gsnd."]
)
def test_a_code_is_read_however_it_is_typed(typed):
    assert tracking_code_in(typed) == "FE6R-G2SN-GSND"


@pytest.mark.parametrize(
    "typed",
    [
        "FE6R-G2SN-GSN",  # one letter short
        "FE6R-G2SN-GSNDX",  # inside a longer run
        "FE0R-G2SN-GSND",  # 0 is never in a code
        "ไม่มีรหัสค่ะ",
        "when they want",  # three English words of four letters
    ],
)
def test_what_is_not_a_code_is_not_read_as_one(typed):
    assert tracking_code_in(typed) is None


@pytest.mark.parametrize("typed", ["K7QM-4TXP", "k7qm 4txp", "รหัส K7QM4TXP ค่ะ"])
def test_a_code_given_before_the_third_group_is_still_read(typed):
    """Codes handed out before codes had three groups still open their tickets."""
    assert tracking_code_in(typed) == "K7QM-4TXP"
