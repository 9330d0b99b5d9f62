"""When did it happen? Typed answers -> dates, unknown, or an error."""

from datetime import date

import pytest

from handlers.thai.dates import (
    WhenAnswer,
    format_english_date,
    format_thai_date,
    parse_when,
    to_buddhist_year,
)

TODAY = date(2025, 6, 15)  # 15 มิ.ย. 2568


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        # ISO and numeric, day first; BE years (> 2400) and two-digit BE years
        ("2025-03-14", date(2025, 3, 14)),
        ("2568-03-14", date(2025, 3, 14)),
        ("2025/03/14", date(2025, 3, 14)),
        ("14/3/2568", date(2025, 3, 14)),
        ("14/03/2025", date(2025, 3, 14)),
        ("14/3/68", date(2025, 3, 14)),
        ("14-3-2568", date(2025, 3, 14)),
        ("14.3.2568", date(2025, 3, 14)),
        ("1/12/67", date(2024, 12, 1)),
        ("29/2/2567", date(2024, 2, 29)),
        # Thai month names, full, abbreviated, with or without dots and spaces
        ("14 มีนาคม 2568", date(2025, 3, 14)),
        ("14 มี.ค. 68", date(2025, 3, 14)),
        ("14 มี.ค.68", date(2025, 3, 14)),
        ("14 มีค 68", date(2025, 3, 14)),
        ("14 มี ค 2568", date(2025, 3, 14)),
        ("14มีนาคม2568", date(2025, 3, 14)),
        ("14 มีนา 68", date(2025, 3, 14)),
        ("วันที่ 14 มีนาคม พ.ศ. 2568", date(2025, 3, 14)),
        ("เมื่อ 1 ม.ค. 2568", date(2025, 1, 1)),
        ("1 ก.พ. 2568", date(2025, 2, 1)),
        ("30 เม.ย. 2568", date(2025, 4, 30)),
        ("5 พ.ค. 2568", date(2025, 5, 5)),
        ("1 มิ.ย. 68", date(2025, 6, 1)),
        ("14 ก.ค. 2567", date(2024, 7, 14)),
        ("14 ส.ค. 2567", date(2024, 8, 14)),
        ("14 ก.ย. 2567", date(2024, 9, 14)),
        ("14 ต.ค. 2567", date(2024, 10, 14)),
        ("14 พ.ย. 2567", date(2024, 11, 14)),
        ("25 ธ.ค. 2567", date(2024, 12, 25)),
        ("14 พฤศจิกายน 2567", date(2024, 11, 14)),
        ("14 มีนาคม 2568 ครับ", date(2025, 3, 14)),
        # English
        ("14 March 2025", date(2025, 3, 14)),
        ("14 mar 2025", date(2025, 3, 14)),
        ("March 14, 2025", date(2025, 3, 14)),
        ("3rd March 2025", date(2025, 3, 3)),
        ("14 Sept 2024", date(2024, 9, 14)),
        # Thai digits anywhere
        ("๑๔/๓/๒๕๖๘", date(2025, 3, 14)),
        ("๑๔ มีนาคม ๒๕๖๘", date(2025, 3, 14)),
        ("14 มี.ค. ๖๘", date(2025, 3, 14)),
        # relative words
        ("วันนี้", date(2025, 6, 15)),
        ("เมื่อวาน", date(2025, 6, 14)),
        ("เมื่อวานนี้", date(2025, 6, 14)),
        ("เมื่อวานซืน", date(2025, 6, 13)),
        ("today", date(2025, 6, 15)),
        ("Yesterday", date(2025, 6, 14)),
        # day and month without a year: the most recent one, never the future
        ("14 มี.ค.", date(2025, 3, 14)),
        ("20 ก.ค.", date(2024, 7, 20)),
        ("14/3", date(2025, 3, 14)),
    ],
)
def test_exact_dates(typed, expected):
    answer = parse_when(typed, TODAY)
    assert answer == WhenAnswer(
        date=expected,
        unknown=False,
        approximate_text=None,
        error=None,
        end=expected,
        precision="day",
    )


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("มี.ค. 2568", date(2025, 3, 1)),
        ("มีนาคม 2568", date(2025, 3, 1)),
        ("มีค 68", date(2025, 3, 1)),
        ("ธ.ค. 67", date(2024, 12, 1)),
        ("เดือนมีนาคม", date(2025, 3, 1)),
        ("สิงหาคม", date(2024, 8, 1)),  # August 2568 has not come yet
        ("Mar 2025", date(2025, 3, 1)),
        ("March 2025", date(2025, 3, 1)),
        ("2568", date(2025, 1, 1)),
        ("ปีที่แล้ว", date(2024, 1, 1)),
        ("เดือนที่แล้ว", date(2025, 5, 1)),
    ],
)
def test_month_or_year_only_is_first_day_and_keeps_users_words(typed, expected):
    answer = parse_when(typed, TODAY)
    assert answer.date == expected
    assert answer.approximate_text == typed
    assert answer.error is None
    assert answer.unknown is False


def test_about_keeps_users_words():
    answer = parse_when("ประมาณ 14 มี.ค. 68", TODAY)
    assert answer.date == date(2025, 3, 14)
    assert answer.approximate_text == "ประมาณ 14 มี.ค. 68"


@pytest.mark.parametrize(
    "typed",
    [
        "ไม่ทราบ",
        "ไม่รู้",
        "จำไม่ได้",
        "จำไม่ได้ค่ะ",
        "ไม่ทราบครับ",
        "don't know",
        "Don’t know",
        "unknown",
        "UNKNOWN",
        "ไม่ทราบวันที่แน่ชัด",
    ],
)
def test_unknown(typed):
    assert parse_when(typed, TODAY) == WhenAnswer(None, True, None, None)


@pytest.mark.parametrize(
    "typed",
    ["16/6/2568", "1/1/2569", "2026-01-01", "14 ก.ค. 2568", "ธ.ค. 2568", "1/1/69", "2569"],
)
def test_future_dates_are_rejected(typed):
    assert parse_when(typed, TODAY) == WhenAnswer(None, False, None, "future")


def test_answer_is_frozen():
    answer = parse_when("วันนี้", TODAY)
    with pytest.raises(AttributeError):
        answer.date = None


def test_today_is_not_future():
    assert parse_when("15/6/2568", TODAY).date == TODAY


@pytest.mark.parametrize("typed", ["31/12/2499", "1/1/1950", "1956-12-31", "มกราคม 2490"])
def test_too_old(typed):
    assert parse_when(typed, TODAY) == WhenAnswer(None, False, None, "too_old")


def test_earliest_allowed_is_1_jan_2500():
    assert parse_when("1/1/2500", TODAY).date == date(1957, 1, 1)


@pytest.mark.parametrize(
    "typed",
    [
        "",
        "   ",
        "hello",
        "เมื่อนานมาแล้ว",
        "31/2/2568",
        "29/2/2568",
        "32/1/2568",
        "14/13/2568",
        "31 เม.ย. 2568",
        "14/3/568",
        "abc 2568 xyz",
    ],
)
def test_unreadable(typed):
    assert parse_when(typed, TODAY) == WhenAnswer(None, False, None, "unreadable")


@pytest.mark.parametrize(("ce", "be"), [(2025, 2568), (1957, 2500), (2024, 2567)])
def test_to_buddhist_year(ce, be):
    assert to_buddhist_year(ce) == be


@pytest.mark.parametrize(
    ("d", "thai", "english"),
    [
        (date(2025, 3, 14), "14 มี.ค. 2568", "14 Mar 2025"),
        (date(2024, 1, 1), "1 ม.ค. 2567", "1 Jan 2024"),
        (date(2024, 12, 31), "31 ธ.ค. 2567", "31 Dec 2024"),
    ],
)
def test_formatting(d, thai, english):
    assert format_thai_date(d) == thai
    assert format_english_date(d) == english


def test_formatted_thai_date_reads_back():
    d = date(2024, 9, 5)
    assert parse_when(format_thai_date(d), TODAY).date == d
    assert parse_when(format_english_date(d), TODAY).date == d


@pytest.mark.parametrize(
    ("typed", "start", "end"),
    [
        ("ต้นเดือนที่แล้วครับ", date(2026, 4, 1), date(2026, 4, 10)),
        ("กลางเดือนที่แล้วค่ะ", date(2026, 4, 11), date(2026, 4, 20)),
        ("ปลายเดือนมีนาคม", date(2026, 3, 21), date(2026, 3, 31)),
        ("ช่วงสงกรานต์ปีนี้", date(2026, 4, 13), date(2026, 4, 15)),
        ("สงกรานต์ปีที่แล้ว", date(2025, 4, 13), date(2025, 4, 15)),
        ("ช่วงสงกรานต์ 2568", date(2025, 4, 13), date(2025, 4, 15)),
        ("3 วันก่อน", date(2026, 5, 17), date(2026, 5, 17)),
        ("2 อาทิตย์ก่อน", date(2026, 5, 3), date(2026, 5, 9)),  # about 6 May
        ("ประมาณ 2 เดือนก่อน", date(2026, 3, 1), date(2026, 3, 31)),
        ("ประมาณเดือนที่แล้ว", date(2026, 4, 1), date(2026, 4, 30)),
        ("ประมาณเดือนนึง", date(2026, 4, 1), date(2026, 4, 30)),
        ("สองอาทิตย์ก่อน", date(2026, 5, 3), date(2026, 5, 9)),
        ("around a month ago", date(2026, 4, 1), date(2026, 4, 30)),
    ],
)
def test_times_as_people_say_them(typed, start, end):
    answer = parse_when(typed, date(2026, 5, 20))
    assert (answer.start, answer.end) == (start, end)
    assert answer.approximate_text == typed


@pytest.mark.parametrize("typed", ["บ่ฮู้", "จำบ่ได้เด้อ", "ไม่แน่ใจค่ะ"])
def test_isan_dont_know(typed):
    assert parse_when(typed, date(2026, 5, 20)).unknown


def test_one_formatter_for_every_place_a_date_is_shown():
    from datetime import UTC, datetime
    from zoneinfo import ZoneInfo

    from handlers.thai.dates import format_date, format_datetime, format_month

    bkk = ZoneInfo("Asia/Bangkok")
    late_evening_utc = datetime(2026, 4, 12, 18, 30, tzinfo=UTC)  # already the 13th in Buriram
    assert format_datetime(late_evening_utc, bkk) == "13 เม.ย. 2569 01:30"
    assert format_datetime(late_evening_utc, bkk, "en") == "13 Apr 2026 01:30"
    assert format_date(date(2026, 4, 13), long=True) == "13 เมษายน 2569"  # official letters
    assert format_date(date(2026, 4, 13), "en", long=True) == "13 April 2026"
    assert format_month(2026, 12) == "ธ.ค. 2569"
    assert format_month(2026, 12, "en") == "Dec 2026"
    assert parse_when(format_date(date(2025, 2, 9), long=True), TODAY).date == date(2025, 2, 9)


@pytest.mark.parametrize(
    ("typed", "start"),
    [
        ("ตั้งแต่ต้นปีนี้ถึงเดือนนี้", date(2026, 1, 1)),
        ("ตั้งแต่เดือนมีนาถึงเดือนนี้", date(2026, 3, 1)),
        ("ต้นปีมาจนถึงตอนนี้", date(2026, 1, 1)),
        ("ตั้งแต่ปีที่แล้วถึงปัจจุบัน", date(2025, 1, 1)),
    ],
)
def test_a_span_up_to_now_ends_today(typed, start):
    answer = parse_when(typed, date(2026, 12, 6))
    assert (answer.start, answer.end) == (start, date(2026, 12, 6))
