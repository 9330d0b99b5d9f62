"""Places typed in Latin letters with a slip ("Nang Rongg", "Nong Kongg") are read as the
place they clearly are; a name close to two places is not guessed."""

from __future__ import annotations

import pytest

from handlers.understanding import understand

NANG_RONG, NONG_KONG = "3104", "310408"


@pytest.mark.parametrize("said", ["Nang Rongg", "nangong", "Nangrog", "Nang Ron"])
def test_a_district_with_a_slip_is_read(said):
    assert understand(said, expecting="district").value("district") == NANG_RONG


def test_a_district_with_a_slip_inside_a_sentence_is_read():
    assert understand("I live in Nangrog district").value("district") == NANG_RONG


@pytest.mark.parametrize(
    ("said", "expecting"),
    [
        ("Nong Kongg", "subdistrict"),
        ("tambon Nongkongg", "subdistrict"),
        ("SAO Nong Kongg", "agency"),
    ],
)
def test_a_sub_district_with_a_slip_is_read(said, expecting):
    assert understand(said, expecting=expecting).value("subdistrict") == NONG_KONG


def test_a_name_near_no_place_is_not_guessed():
    assert understand("Nong Xyzzy", expecting="subdistrict").value("subdistrict") is None
