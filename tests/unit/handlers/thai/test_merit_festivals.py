"""Isan's merit festivals and the Buddhist holy days are read from the Thai lunisolar calendar
(the `holidays` package's), as the days people mean: a festival held through its lunar month
is that month, never one exact day; "วันพระที่แล้ว" is the most recent holy day."""

from __future__ import annotations

from datetime import date

import pytest

from handlers.thai.dates import format_kept, parse_when

TODAY = date(2026, 12, 5)  # Saturday, BE 2569


@pytest.mark.parametrize(
    ("said", "first", "last"),
    [
        # Lunar month 3 of 2569: its full moon on 1 February 2026.
        ("ช่วงบุญข้าวจี่", date(2026, 1, 19), date(2026, 2, 16)),
        ("บุญผะเหวดปีนี้", date(2026, 2, 17), date(2026, 3, 18)),
        # From the day after the end of Lent (26 Oct 2026) to the full moon of Loy Krathong.
        ("ตอนบุญกฐิน", date(2026, 10, 27), date(2026, 11, 24)),
        ("บุญข้าวสาก", date(2026, 9, 26), date(2026, 9, 26)),  # the full moon of month 10
        # 2569 has two eighth months: month 6's rites go with Visakha Bucha (31 May 2026),
        # so Bun Bang Fai is mid-May to mid-June, not 17 April - 16 May.
        ("ช่วงบุญบั้งไฟปีนี้", date(2026, 5, 17), date(2026, 6, 15)),
        ("บุญซำฮะปีนี้", date(2026, 6, 16), date(2026, 7, 14)),
        # 2568 has none: month 6 itself, Visakha Bucha (11 May 2025) its full moon.
        ("บุญบั้งไฟปีที่แล้ว", date(2025, 4, 27), date(2025, 5, 26)),
    ],
)
def test_a_merit_festival_is_its_lunar_days(said, first, last):
    read = parse_when(said, TODAY)
    assert (read.date, read.end) == (first, last)
    assert format_kept(read)  # kept as said back, never as one exact day alone


@pytest.mark.parametrize(
    ("said", "day"),
    [
        ("วันพระที่แล้ว", date(2026, 12, 2)),  # waning 8 after the full moon of 24 November
        ("วันศีล", date(2026, 12, 2)),
    ],
)
def test_the_last_holy_day_is_the_most_recent_one(said, day):
    assert parse_when(said, TODAY).date == day


def test_one_day_said_loosely_is_kept_with_around():
    assert format_kept(parse_when("ประมาณวันที่ 20", TODAY)) == "ประมาณ 20 พ.ย. 2569"
    assert format_kept(parse_when("วันที่ 20", TODAY)) is None  # one exact day: the day itself
