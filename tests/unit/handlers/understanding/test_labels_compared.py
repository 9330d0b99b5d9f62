"""How the corpus scorer compares a labelled official with the one read: testers label an
abbreviated post either as typed or spelt out, and both are met by the same reading."""

from __future__ import annotations

import pytest

from handlers.understanding.corpus import value_matches


@pytest.mark.parametrize(
    ("labelled", "read"),
    [
        ("ผู้ใหญ่บ้าน", "ผญบ."),
        ("ผญบ.", "ผู้ใหญ่บ้าน"),
        ("ผญบ", "ผู้ใหญ่บ้าน"),
        ("ผู้ใหญ่บ้านหมู่ 7", "ผญบ.หมู่ 7"),
        ("เจ้าหน้าที่กองคลัง", "จนท.กองคลัง"),
        ("จนท.การเงิน", "เจ้าหน้าที่การเงิน"),
        ("ผอ.โรงเรียน", "ครูใหญ่"),
        ("ผู้อำนวยการโรงเรียน", "ผอ.โรงเรียน"),
        ("ผู้ช่วยผู้ใหญ่บ้าน", "ผช.ผญบ."),
    ],
)
def test_an_abbreviated_post_meets_the_post_spelt_out(labelled, read):
    assert value_matches("official", labelled, read)


@pytest.mark.parametrize(
    ("labelled", "read"),
    [
        ("ผู้ใหญ่บ้าน", "ผู้ช่วยผู้ใหญ่บ้าน"),  # the assistant is someone else
        ("ผู้ใหญ่บ้าน หมู่ 7", "ผญบ.หมู่ 8"),  # another village's headman
        ("เจ้าหน้าที่การเงิน", "จนท.กองคลัง"),
        ("ผู้ชายผอมๆ", "ผู้ชายผู้อำนวยการม"),  # "ผอม" (thin) is no abbreviation
        ("ผู้ใหญ่บ้าน", None),
    ],
)
def test_a_different_official_is_still_a_miss(labelled, read):
    assert not value_matches("official", labelled, read)


def test_other_values_are_compared_as_written():
    assert not value_matches("witnesses", "ผู้ใหญ่บ้าน", "ผญบ.")
