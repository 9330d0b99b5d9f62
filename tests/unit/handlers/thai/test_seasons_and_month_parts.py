"""Times a village tells by: school breaks, rice planting and harvest (honest spans of
months), a month named and then its part, Buddhist years typed in Thai digits."""

from __future__ import annotations

from datetime import date

import pytest

from handlers.thai.dates import parse_when

TODAY = date(2026, 12, 6)


@pytest.mark.parametrize(
    ("said", "start", "end"),
    [
        ("ช่วงปิดเทอม", date(2026, 10, 1), date(2026, 10, 31)),  # the latest break begun
        ("ปิดเทอมใหญ่ปีที่แล้ว", date(2025, 3, 15), date(2025, 5, 15)),
        ("ตอนเก็บเกี่ยวปี 68", date(2025, 11, 1), date(2025, 12, 31)),
        ("ตอนเกี่ยวข้าว", date(2026, 11, 1), TODAY),  # this year's, still going on
        ("หน้าดำนาปีนี้", date(2026, 6, 1), date(2026, 8, 31)),
    ],
)
def test_a_season_is_its_usual_months(said, start, end):
    found = parse_when(said, TODAY)
    assert (found.date, found.end) == (start, end)


def test_the_harvest_asked_in_march_is_last_years():
    found = parse_when("ตอนเกี่ยวข้าว", date(2027, 3, 1))
    assert (found.date, found.end) == (date(2026, 11, 1), date(2026, 12, 31))


@pytest.mark.parametrize(
    ("said", "start", "end"),
    [
        ("ช่วงเดือนพฤษภา ต้นๆ เดือน", date(2026, 5, 1), date(2026, 5, 10)),
        ("ตอนเดือนกันยา ราวๆ กลางเดือน", date(2026, 9, 11), date(2026, 9, 20)),
        ("เดือนมีนาคม ช่วงปลายเดือน", date(2026, 3, 21), date(2026, 3, 31)),
    ],
)
def test_a_month_then_its_part(said, start, end):
    found = parse_when(said, TODAY)
    assert (found.date, found.end) == (start, end)


def test_a_buddhist_year_in_thai_digits():
    found = parse_when("๓ ต.ค. ๒๕๖๗", TODAY)
    assert found.date == found.end == date(2024, 10, 3)
