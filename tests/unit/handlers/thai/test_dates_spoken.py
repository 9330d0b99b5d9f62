"""Dates as villagers say them: each phrasing -> the span of days it means, and how it is said back.

"Today" is Thursday 3 December 2026 (3 ธ.ค. 2569) in Buriram.
"""

from datetime import date

import pytest

from handlers.thai.dates import format_when, parse_when

TODAY = date(2026, 12, 3)  # a Thursday


def d(month: int, day: int, year: int = 2026) -> date:
    return date(year, month, day)


SPOKEN = [
    # ranges and a few days
    ("2-3 วันก่อน", d(11, 30), d(12, 1), "day"),
    ("2–3 วันก่อนค่ะ", d(11, 30), d(12, 1), "day"),
    ("ประมาณ 3-4 วันที่แล้ว", d(11, 29), d(11, 30), "day"),
    ("สองสามวันก่อน", d(11, 30), d(12, 1), "day"),
    ("เมื่อสามสี่วันก่อนครับ", d(11, 29), d(11, 30), "day"),
    ("3-4 อาทิตย์ก่อน", d(11, 5), d(11, 12), "week"),
    ("2 อาทิตย์ก่อน", d(11, 16), d(11, 22), "week"),
    ("สองอาทิตย์ที่แล้ว", d(11, 16), d(11, 22), "week"),
    # number words and Thai digits
    ("สิบวันก่อน", d(11, 23), d(11, 23), "day"),
    ("ยี่สิบวันก่อน", d(11, 13), d(11, 13), "day"),
    ("สิบห้าวันที่แล้ว", d(11, 18), d(11, 18), "day"),
    ("๓ วันก่อน", d(11, 30), d(11, 30), "day"),
    ("๒-๓ วันก่อน", d(11, 30), d(12, 1), "day"),
    # weekdays
    ("วันพุธที่แล้ว", d(11, 25), d(11, 25), "day"),
    ("พุธที่แล้วค่ะ", d(11, 25), d(11, 25), "day"),
    ("วันจันทร์", d(11, 30), d(11, 30), "day"),
    ("วันศุกร์ก่อน", d(11, 27), d(11, 27), "day"),
    ("อังคารที่ผ่านมา", d(12, 1), d(12, 1), "day"),
    ("วันอาทิตย์ที่แล้ว", d(11, 29), d(11, 29), "day"),
    ("วันเสาร์", d(11, 28), d(11, 28), "day"),
    ("วันจันทร์ที่แล้ว", d(11, 30), d(11, 30), "day"),
    ("อาทิตย์ที่แล้ว วันอังคาร", d(11, 24), d(11, 24), "day"),  # in last week
    ("วันอังคารอาทิตย์ก่อน", d(11, 24), d(11, 24), "day"),
    # Isan
    ("มื้อวาน", d(12, 2), d(12, 2), "day"),
    ("มื้อวานเด้อ", d(12, 2), d(12, 2), "day"),
    ("มื้อซืน", d(12, 1), d(12, 1), "day"),
    ("มื้อนี้", d(12, 3), d(12, 3), "day"),
    ("อาทิตย์แล้ว", d(11, 23), d(11, 29), "week"),
    ("อาทิตย์ที่แล้ว", d(11, 23), d(11, 29), "week"),
    ("สัปดาห์ก่อน", d(11, 23), d(11, 29), "week"),
    ("เมื่อวาน", d(12, 2), d(12, 2), "day"),
    ("เมื่อคืน", d(12, 2), d(12, 2), "day"),
    ("เมื่อเช้านี้เอง", d(12, 3), d(12, 3), "day"),
    # months by number and by name
    ("เดือน 11", d(11, 1), d(11, 30), "month"),
    ("เดือนสิบเอ็ด", d(11, 1), d(11, 30), "month"),
    ("เดือน ๑๐", d(10, 1), d(10, 31), "month"),
    ("เดือน 12", d(12, 1), d(12, 3), "month"),
    ("ตุลา", d(10, 1), d(10, 31), "month"),
    ("เดือนตุลาคม", d(10, 1), d(10, 31), "month"),
    ("ช่วงเดือนกันยา", d(9, 1), d(9, 30), "month"),
    ("ตุลาปีที่แล้ว", d(10, 1, 2025), d(10, 31, 2025), "month"),
    ("เดือนที่แล้ว", d(11, 1), d(11, 30), "month"),
    ("2 เดือนก่อน", d(10, 1), d(10, 31), "month"),
    ("มี.ค. 2568", d(3, 1, 2025), d(3, 31, 2025), "month"),
    # festivals by their real dates (the most recent past one)
    ("ช่วงสงกรานต์", d(4, 13), d(4, 15), "day"),
    ("สงกรานต์ปีที่แล้ว", d(4, 13, 2025), d(4, 15, 2025), "day"),
    ("ช่วงปีใหม่", d(12, 31, 2025), d(1, 2), "day"),
    ("ตอนออกพรรษา", d(10, 25), d(10, 27), "day"),
    ("วันลอยกระทง", d(11, 24), d(11, 24), "day"),  # the day named
    ("ตอนลอยกระทง", d(11, 23), d(11, 25), "day"),  # around it
    ("คืนลอยกระทงปีนี้แหละ", d(11, 24), d(11, 24), "day"),
    ("ตอนเข้าพรรษา", d(7, 29), d(7, 31), "day"),
    ("วันมาฆบูชา", d(3, 3), d(3, 3), "day"),
    ("ช่วงวิสาขบูชา", d(5, 30), d(6, 1), "day"),
    ("วันพ่อ", d(12, 5, 2025), d(12, 5, 2025), "day"),  # 5 Dec 2569 has not come yet
    # parts of the year and of a month
    ("ต้นปี", d(1, 1), d(3, 31), "month"),
    ("กลางปี", d(5, 1), d(8, 31), "month"),
    ("ปลายปี", d(10, 1), d(12, 3), "month"),
    ("ปลายปีที่แล้ว", d(10, 1, 2025), d(12, 31, 2025), "month"),
    ("ปีที่แล้ว", d(1, 1, 2025), d(12, 31, 2025), "year"),
    ("ปีกลาย", d(1, 1, 2025), d(12, 31, 2025), "year"),
    ("ต้นเดือนที่แล้ว", d(11, 1), d(11, 10), "week"),
    ("กลางเดือนที่แล้ว", d(11, 11), d(11, 20), "week"),
    ("ปลายเดือนก่อน", d(11, 21), d(11, 30), "week"),
    ("ต้นเดือนนี้", d(12, 1), d(12, 3), "week"),
    # English
    ("end of last month", d(11, 21), d(11, 30), "week"),
    ("last Wednesday", d(11, 25), d(11, 25), "day"),  # yesterday would be "yesterday"
    ("last Monday", d(11, 30), d(11, 30), "day"),
    ("tuesday last week", d(11, 24), d(11, 24), "day"),
    ("2-3 days ago", d(11, 30), d(12, 1), "day"),
    ("two or three days ago", d(11, 30), d(12, 1), "day"),
    ("yesterday", d(12, 2), d(12, 2), "day"),
    ("in October", d(10, 1), d(10, 31), "month"),
    ("last week", d(11, 23), d(11, 29), "week"),
    ("ten days ago", d(11, 23), d(11, 23), "day"),
    ("around Songkran", d(4, 13), d(4, 15), "day"),
    # the time of day, and what is said first, change nothing
    ("คืนวันเสาร์", d(11, 28), d(11, 28), "day"),
    ("เมื่อวานตอนบ่าย", d(12, 2), d(12, 2), "day"),
    ("เมื่อวานตอน 10 โมง", d(12, 2), d(12, 2), "day"),
    ("monday night", d(11, 30), d(11, 30), "day"),
    ("ปีที่แล้วช่วงสงกรานต์", d(4, 13, 2025), d(4, 15, 2025), "day"),
    ("ปีที่แล้วเดือนตุลา", d(10, 1, 2025), d(10, 31, 2025), "month"),
    ("เดือนก่อนช่วงปลายเดือน", d(11, 21), d(11, 30), "week"),
    ("อาทิตย์ที่แล้ววันพุธ", d(11, 25), d(11, 25), "day"),
    ("กลางเดือน 11", d(11, 11), d(11, 20), "week"),
    # roughly how many, the one before last, a day of the month
    ("ไม่กี่วันก่อน", d(11, 29), d(12, 1), "day"),
    ("a few days ago", d(11, 29), d(12, 1), "day"),
    ("หลายวันก่อน", d(11, 25), d(11, 30), "day"),
    ("อาทิตย์ก่อนโน้น", d(11, 16), d(11, 22), "week"),
    ("เดือนก่อนโน้น", d(10, 1), d(10, 31), "month"),
    ("วันที่ 5", d(11, 5), d(11, 5), "day"),
    ("วันที่ 20 เดือนที่แล้ว", d(11, 20), d(11, 20), "day"),
    ("on the 2nd", d(12, 2), d(12, 2), "day"),
    ("เดือนอ้าย", d(1, 1), d(1, 31), "month"),
    ("บุญออกพรรษา", d(10, 26), d(10, 26), "day"),
    ("งานลอยกระทงปีที่แล้ว", d(11, 5, 2025), d(11, 5, 2025), "day"),
    ("วันเด็ก", d(1, 10), d(1, 10), "day"),
    ("1-3 ธ.ค.", d(12, 1), d(12, 3), "day"),
    ("วันที่ 28 พ.ย. ถึง 2 ธ.ค.", d(11, 28), d(12, 2), "day"),
    # days of the lunar calendar ("ขึ้น/แรม … ค่ำ เดือน …"), the most recent past one
    ("ขึ้นสิบห้าค่ำเดือนสิบสอง", d(11, 24), d(11, 24), "day"),
    ("แรม 1 ค่ำ เดือน 11", d(10, 27), d(10, 27), "day"),
    ("สิบห้าค่ำเดือนสามปีที่แล้ว", d(2, 12, 2025), d(2, 12, 2025), "day"),
    # a span said by its two ends
    ("ตั้งแต่กรกฎาจนถึงกันยา", d(7, 1), d(9, 30), "month"),
    ("from March to May", d(3, 1), d(5, 31), "month"),
    ("เดือนพฤศจิกาฮอดมกรา", d(11, 1, 2025), d(1, 31), "month"),
    # since, before and after, a weekday before a date, "a month and a bit"
    ("ตั้งแต่ต้นปี", d(1, 1), d(12, 3), "month"),
    ("since last month", d(11, 1), d(12, 3), "month"),
    ("หลังสงกรานต์", d(4, 16), d(4, 22), "week"),
    ("before new year", d(12, 24, 2025), d(12, 30, 2025), "week"),
    ("วันศุกร์ที่ 27", d(11, 27), d(11, 27), "day"),
    ("Fri 27 Nov", d(11, 27), d(11, 27), "day"),
    ("27 พ.ย. 69 ตอนเย็น", d(11, 27), d(11, 27), "day"),
    ("เดือนกว่าๆแล้ว", d(11, 1), d(11, 30), "month"),
    ("ได้ 3 วันแล้ว", d(11, 30), d(11, 30), "day"),
    ("the week before last", d(11, 16), d(11, 22), "week"),
    ("earlier this month", d(12, 1), d(12, 3), "month"),
    ("ปีนี้ช่วงต้นปี", d(1, 1), d(3, 31), "month"),
    ("ปลายๆเดือนที่แล้ว", d(11, 21), d(11, 30), "week"),
    ("มื้อวานนี้ตอนแลง", d(12, 2), d(12, 2), "day"),
    # typed in a hurry
    ("อาทิดที่แล้ว", d(11, 23), d(11, 29), "week"),
    ("วันพุธทีเเล้ว", d(11, 25), d(11, 25), "day"),
    ("เมือวาน", d(12, 2), d(12, 2), "day"),
    ("2-3วันกอน", d(11, 30), d(12, 1), "day"),
    ("วันศุกที่แล้ว", d(11, 27), d(11, 27), "day"),
    ("ลอยกระธง", d(11, 24), d(11, 24), "day"),
    ("ช่วงสงกรานด์", d(4, 13), d(4, 15), "day"),
    # exact days still read as before
    ("14 มี.ค. 68", d(3, 14, 2025), d(3, 14, 2025), "day"),
    ("1/12/2569", d(12, 1), d(12, 1), "day"),
]


@pytest.mark.parametrize(("typed", "start", "end", "precision"), SPOKEN)
def test_spoken_dates_are_read_as_the_span_meant(typed, start, end, precision):
    answer = parse_when(typed, TODAY)
    assert answer.error is None, answer
    assert answer.as_value() == {
        "start": start.isoformat(),
        "end": end.isoformat(),
        "precision": precision,
    }


@pytest.mark.parametrize(
    "typed",
    ["พรุ่งนี้", "อาทิตย์หน้า", "เดือนหน้า", "ปีหน้า", "5 ธ.ค. 2569", "next week", "วันพ่อปีนี้"],
)
def test_a_day_still_to_come_is_refused_kindly(typed):
    answer = parse_when(typed, TODAY)
    assert answer.error == "future"
    assert answer.as_value() is None


@pytest.mark.parametrize(
    "typed", ["แม่", "เด็ก", "years", "ตอนเย็น", "นานแล้ว", "อบต.หนองกง", "หลังบ้าน", "ก่อนหน้านี้"]
)
def test_words_that_name_no_day_are_not_read_as_one(typed):
    assert parse_when(typed, TODAY).error == "unreadable"


def test_a_month_alone_not_yet_come_this_year_is_last_years():
    answer = parse_when("ตุลา", date(2026, 5, 20))
    assert answer.as_value() == {"start": "2025-10-01", "end": "2025-10-31", "precision": "month"}


@pytest.mark.parametrize(
    ("typed", "thai", "english"),
    [
        ("มื้อวาน", "2 ธ.ค. 2569", "2 Dec 2026"),
        ("ตอนลอยกระทง", "23–25 พ.ย. 2569", "23–25 Nov 2026"),
        ("2-3 วันก่อน", "30 พ.ย. – 1 ธ.ค. 2569", "30 Nov – 1 Dec 2026"),
        ("ช่วงปีใหม่", "31 ธ.ค. 2568 – 2 ม.ค. 2569", "31 Dec 2025 – 2 Jan 2026"),
        ("ตุลา", "ตุลาคม 2569", "October 2026"),
        ("เดือน 12", "ธันวาคม 2569", "December 2026"),
        ("ปีที่แล้ว", "ปี 2568", "2025"),
    ],
)
def test_said_back_as_a_day_a_span_or_a_month(typed, thai, english):
    answer = parse_when(typed, TODAY)
    assert format_when(answer) == thai
    assert format_when(answer, "en") == english


@pytest.mark.parametrize("typed", [row[0] for row in SPOKEN])
def test_what_is_said_back_reads_back_as_the_same_span(typed):
    answer = parse_when(typed, TODAY)
    for lang in ("th", "en"):
        again = parse_when(format_when(answer, lang), TODAY)
        assert (again.start, again.end) == (answer.start, answer.end), format_when(answer, lang)


def test_a_month_is_never_said_back_as_its_first_day():
    said = format_when(parse_when("เดือนตุลาคม", TODAY))
    assert "1 ต.ค." not in said
    assert said == "ตุลาคม 2569"


@pytest.mark.parametrize("language", ["th", "en"])
@pytest.mark.parametrize("key", ["ask.when", "problem.date_unreadable"])
def test_every_example_the_bot_gives_is_understood(language, key):
    import re

    from bot.i18n import catalogue

    examples = re.findall(r'"([^"]+)"', catalogue.text(language, key))
    assert examples
    for example in examples:
        answer = parse_when(example, TODAY)
        assert answer.unknown or answer.as_value(), example


@pytest.mark.parametrize(
    ("typed", "day"),
    [
        ("around November 20", d(11, 20)),
        ("November 20", d(11, 20)),
        ("around the 20th of November", d(11, 20)),
        ("sometime around the 20th last month", d(11, 20)),
        ("the 20th or so", d(11, 20)),
        ("the 20th-ish", d(11, 20)),
        ("in October, around the 18th", d(10, 18)),
        ("ราว ๆ วันที่ 20 ค่ะ", d(11, 20)),
        ("เดือนที่แล้ว ราวๆ วันที่ 20", d(11, 20)),
    ],
)
def test_one_day_said_around_is_that_day_not_its_month(typed, day):
    read = parse_when(typed, TODAY)
    assert (read.date, read.end, read.precision) == (day, day, "day")
    assert format_when(read, "en") != "November 2026"


def test_a_short_month_and_two_digits_stay_a_year():
    read = parse_when("Nov 25", TODAY)
    assert (read.date, read.end) == (d(11, 1, 2025), d(11, 30, 2025))


@pytest.mark.parametrize(
    ("typed", "start", "end"),
    [
        ("ปีนี้ เดือนสิบ", date(2026, 10, 1), date(2026, 10, 31)),
        ("ปีนี้ เดือนแปด", date(2026, 8, 1), date(2026, 8, 31)),
        ("ปีที่แล้ว เดือนสิบสอง", date(2025, 12, 1), date(2025, 12, 31)),
    ],
)
def test_a_year_said_before_a_month_by_its_number_is_that_month(typed, start, end):
    answer = parse_when(typed, TODAY)
    assert (answer.date, answer.end) == (start, end)
