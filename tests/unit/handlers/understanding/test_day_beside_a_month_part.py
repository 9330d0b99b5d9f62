"""A day of the month said apart after a part of a month ("สิ้นเดือนที่แล้วค่ะ วันที่ 30")
narrows it to that day; the part alone stays a span (round 19's teacher)."""

from __future__ import annotations

from datetime import date

import pytest

from handlers.understanding import understand

TODAY = date(2026, 12, 7)


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("สิ้นเดือนที่แล้วค่ะ วันที่ 30", "2026-11-30"),
        ("ปลายเดือนพฤศจิกาค่ะ วันที่ 27", "2026-11-27"),
        ("ต้นเดือนนี้ครับ วันที่ 1", "2026-12-01"),
    ],
)
def test_a_day_said_after_a_part_of_a_month_is_that_day(text, day):
    found = understand(text, expecting="when", today=TODAY).value("date")
    assert (found["start"], found["end"]) == (day, day), found


def test_a_day_outside_the_part_is_no_narrowing():
    found = understand("ต้นเดือนนี้ครับ วันที่ 20", expecting="when", today=TODAY).value("date")
    assert found["start"] != found["end"], found


def test_the_part_of_a_month_alone_stays_a_span():
    found = understand("สิ้นเดือนที่แล้วค่ะ", expecting="when", today=TODAY).value("date")
    assert found["start"] < found["end"] == "2026-11-30", found
