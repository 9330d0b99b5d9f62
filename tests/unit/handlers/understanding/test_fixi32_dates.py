"""Isan time words and a month said with a school-term word (fixI32, issue 16)."""

from __future__ import annotations

from datetime import date

import pytest

from handlers.understanding import understand

MONDAY = date(2026, 12, 7)


@pytest.mark.parametrize(
    ("said", "start", "end"),
    [
        ("เดือนกี้", "2026-11-01", "2026-11-30"),
        ("เดือนกี้นี่ค่ะ", "2026-11-01", "2026-11-30"),
        ("อาทิตย์กี้", "2026-11-30", "2026-12-06"),
        ("ปีกาย", "2025-01-01", "2025-12-31"),
        ("ปลายเดือนกี้", "2026-11-21", "2026-11-30"),
        ("ตั้งแต่เปิดเทอมพฤษภา", "2026-05-01", "2026-12-07"),
        ("เทอม 2 พฤศจิกา", "2026-11-01", "2026-11-30"),
        ("ปิดเทอมเดือนเมษา", "2026-04-01", "2026-04-30"),
        ("เปิดเทอม", "2026-11-01", "2026-11-15"),  # the latest begun
        ("เปิดเทอมปีที่แล้ว", "2025-05-16", "2025-11-15"),  # either of that year's
        ("เปิดเทอมสองปีที่แล้ว", "2025-11-01", "2025-11-15"),  # which one said
        ("เมื่อกี้", "2026-12-07", "2026-12-07"),  # just now, not last anything
    ],
)
def test_the_date_said_is_read(said, start, end):
    found = understand(said, expecting="when", today=MONDAY).value("date")
    assert (found["start"], found["end"]) == (start, end), found


def test_how_many_months_is_no_last_month():
    assert understand("เดือนกี่", expecting="when", today=MONDAY).value("date") is None
