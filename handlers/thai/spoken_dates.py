"""When something happened, said without a calendar date: "2-3 วันก่อน", "วันพุธที่แล้ว",
"มื้อวาน", "เดือน 11", "ปลายเดือนก่อน", "ต้นปี", "ช่วงสงกรานต์", "end of last month".

Every reading is a :class:`Span` of days; the caller refuses what lies in the future and
cuts what is still going on at today.
"""

from __future__ import annotations

import calendar
import re
from datetime import date, timedelta
from typing import NamedTuple

from handlers.thai import festivals
from handlers.thai.months import MONTH_KEY_ALTERNATIVES, MONTH_LOOKUP, year_from_typed

DAY, WEEK, MONTH, YEAR = "day", "week", "month", "year"


class Span(NamedTuple):
    """Days `start`..`end` (inclusive), how finely they were said (day, week, month or
    year) and whether the words were an estimate rather than a day named outright."""

    start: date
    end: date
    precision: str
    approximate: bool = True


def month_span(year: int, month: int, first: int = 1, last: int = 31, precision=MONTH) -> Span:
    """Days `first`..`last` of a month (`last` is cut to the month's length)."""
    length = calendar.monthrange(year, month)[1]
    return Span(date(year, month, first), date(year, month, min(last, length)), precision)


def _months_back(day: date, months: int) -> tuple[int, int]:
    index = day.year * 12 + day.month - 1 - months
    return index // 12, index % 12 + 1


def _monday(day: date) -> date:
    return day - timedelta(days=day.weekday())


_LAST = "ที่แล้ว|ก่อน|แล้ว|ที่ผ่านมา|กลาย|last|previous|past"
_OFFSET = {"นี้": 0, "this": 0, "": 0, "หน้า": 1, "next": 1}

# -- days said by name ------------------------------------------------------
_DAYS_AGO = {
    "วันนี้ มื้อนี้ today เมื่อเช้า เมื่อเช้านี้ เช้านี้ เมื่อกี้ เมื่อกี๊ ตะกี้ เมื่อบ่าย เมื่อบ่ายนี้ "
    "บ่ายนี้ เมื่อเย็น เมื่อเย็นนี้ เย็นนี้ thismorning": 0,
    "เมื่อวาน เมื่อวานนี้ วานนี้ มื้อวาน มื้อวานนี้ มื้อคืน เมื่อคืน เมื่อคืนนี้ yesterday lastnight": 1,
    "เมื่อวานซืน วานซืน มื้อซืน มื้อวานซืน daybeforeyesterday thedaybeforeyesterday": 2,
    "พรุ่งนี้ มื้ออื่น tomorrow": -1,
    "มะรืน มะรืนนี้ มื้อฮือ dayaftertomorrow": -2,
}
_NAMED_DAYS = {word: back for words, back in _DAYS_AGO.items() for word in words.split()}
#: "the other day": two to six days back.
_OTHER_DAY = frozenset(("วันก่อน", "เมื่อวันก่อน", "theotherday"))
_UNITS = r"วัน|อาทิตย์|สัปดาห์|เดือน|ปี|days?|weeks?|fortnights?|months?|years?"
_AGO = r"(?:กว่าๆ|กว่า|ๆ)?(?:ก่อน|ที่แล้ว|ที่ผ่านมา|มาแล้ว|แล้ว|นี้|ago|before)?"
#: "ไม่กี่วันก่อน", "a few weeks ago", "หลายเดือนก่อน": how many, roughly.
_SOME = re.compile(rf"^(?P<some>ไม่กี่|หลาย|a?few|a?couple(?:of)?|several)(?P<unit>{_UNITS}){_AGO}$")
_HOW_MANY = {"ไม่กี่": (2, 4), "หลาย": (3, 8), "several": (3, 8)}

#: Isan "สามมื้อก่อน" (three days ago): มื้อ is also a meal ("สามมื้อ"), so a day only before "ago".
_ISAN_DAYS = r"มื้อ(?=ก่อน|ที่แล้ว|ที่ผ่านมา|มาแล้ว)"

# -- "3 วันก่อน", "2-3 days ago", "3-4 อาทิตย์ก่อน", "2 เดือนก่อน" ------------------------
_COUNTED = re.compile(
    rf"^(?P<a>\d{{1,3}})(?:-(?P<b>\d{{1,3}})|(?P<odd>กว่า|odd|plus|\+))?(?P<unit>{_UNITS}|{_ISAN_DAYS})"
    rf"(?:{_AGO}|back|earlier|prior)$"
)


#: More years back than any complaint is about: "69 ปี" is a Buddhist-era year said short
#: ("ปีนี้ 69", walk37: read as 69 years ago, 2500 BE) or an age, never a date that old.
_MOST_YEARS_AGO = 30


def _years_too_many(m: re.Match) -> bool:
    """Whether a counted time is years, more of them than `_MOST_YEARS_AGO`."""
    years = m["unit"].startswith(("ปี", "year"))
    return years and max(int(m["a"]), int(m["b"] or 0)) > _MOST_YEARS_AGO


def _odd(count: int) -> tuple[int, int]:
    """ "สิบกว่าวัน", "20-odd days": more than the count, up to its next ten (or half again)."""
    return count + 1, count + (9 if count % 10 == 0 else max(2, count // 2))


def _counted(a: int, b: int, unit: str, today: date) -> Span:
    if unit.startswith(("วัน", "day", "มื้อ")):
        return Span(today - timedelta(days=b), today - timedelta(days=a), DAY)
    if unit.startswith("fortnight"):
        a, b, unit = 2 * a, 2 * b, "week"
    if unit.startswith(("อาทิตย์", "สัปดาห์", "week")):
        if a == b:  # "2 อาทิตย์ก่อน": about then, give or take half a week
            middle = today - timedelta(weeks=a)
            return Span(middle - timedelta(days=3), middle + timedelta(days=3), WEEK)
        return Span(today - timedelta(weeks=b), today - timedelta(weeks=a), WEEK)
    if unit.startswith(("เดือน", "month")):
        first, last = _months_back(today, b), _months_back(today, a)
        return Span(month_span(*first).start, month_span(*last).end, MONTH)
    return Span(date(today.year - b, 1, 1), date(today.year - a, 12, 31), YEAR)


# -- "อาทิตย์ที่แล้ว", "เดือนนี้", "ปีกลาย", "last week" ---------------------------------
_BEFORE_LAST = ("ก่อนโน้น", "ที่แล้วโน้น", "โน้น", "beforelast")
_PERIOD = re.compile(
    rf"^(?:(?P<unit>อาทิตย์|สัปดาห์|เดือน|ปี)(?P<which>ก่อนโน้น|ที่แล้วโน้น|{_LAST}|นี้|หน้า)"
    rf"|(?P<which_en>{_LAST}|this|next)(?P<unit_en>week|month|year)"
    rf"|(?P<unit_before>week|month|year)(?P<before_last>beforelast))$"
)


def _period(unit: str, offset: int, today: date) -> Span:
    if unit in ("อาทิตย์", "สัปดาห์", "week"):
        monday = _monday(today) + timedelta(weeks=offset)
        return Span(monday, monday + timedelta(days=6), WEEK)
    if unit in ("เดือน", "month"):
        return month_span(*_months_back(today, -offset))
    return Span(date(today.year + offset, 1, 1), date(today.year + offset, 12, 31), YEAR)


# -- weekdays ------------------------------------------------------------------
_WEEKDAYS = {
    **dict.fromkeys(("จันทร์", "monday", "mon"), 0),
    **dict.fromkeys(("อังคาร", "tuesday", "tues", "tue"), 1),
    **dict.fromkeys(("พุธ", "wednesday", "wed"), 2),
    **dict.fromkeys(("พฤหัสบดี", "พฤหัส", "พฤ", "thursday", "thurs", "thur", "thu"), 3),
    **dict.fromkeys(("ศุกร์", "friday", "fri"), 4),
    **dict.fromkeys(("เสาร์", "saturday", "sat"), 5),
    **dict.fromkeys(("อาทิตย์", "sunday", "sun"), 6),
}
#: Weekday names as a regex alternation, Thai and English (longest first).
THAI_DAYS = "|".join(sorted((k for k in _WEEKDAYS if not k.isascii()), key=len, reverse=True))
ENGLISH_DAYS = "|".join(sorted((k for k in _WEEKDAYS if k.isascii()), key=len, reverse=True))
# "อาทิตย์ที่แล้ว" is last week; Sunday needs its "วัน".
_WEEK_BEFORE = rf"(?:อาทิตย์|สัปดาห์)(?:{_LAST})|(?:last|previous)week"
_WEEKDAY = re.compile(
    rf"^(?:(?:วัน(?P<th>{THAI_DAYS})|(?P<th_bare>{THAI_DAYS.replace('|อาทิตย์', '')}))"
    rf"(?P<which>{_WEEK_BEFORE}|{_LAST}|นี้)?"
    rf"|(?:on)?(?P<which_en>{_LAST}|this)?(?P<en>{ENGLISH_DAYS})(?P<week_en>{_WEEK_BEFORE})?)$"
)


_SUNDAY = 6


def _weekday(day: int, which: str, today: date) -> Span:
    back = (today.weekday() - day) % 7 or 7  # the most recent one before today
    if which in ("นี้", "this"):
        back = (today - _monday(today)).days - day
    elif re.fullmatch(_WEEK_BEFORE, which):  # "อาทิตย์ที่แล้ว วันอังคาร": in last week
        back = (today - _monday(today)).days + 7 - day
    elif which not in ("ที่ผ่านมา", "past", "") and back == 1:
        back = 8  # "วันพุธที่แล้ว" is not yesterday: yesterday is "เมื่อวาน"
    picked = today - timedelta(days=back)
    last_week = not which.isascii() and re.fullmatch(_WEEK_BEFORE, which)
    if last_week and today.weekday() == _SUNDAY:
        # Said on a Sunday, "อาทิตย์ที่แล้ว" is the week just ended for whoever counts weeks
        # from Sunday and the one before for whoever counts from Monday: both days are meant
        # ("วันศุกร์ที่แล้ว" alone is the most recent Friday).
        monday_week = today - timedelta(days=(today - _monday(today)).days + 7 - day)
        sunday_week = today - timedelta(days=(today.weekday() - day) % 7 or 7)
        return Span(min(monday_week, sunday_week), max(monday_week, sunday_week), DAY)
    return Span(picked, picked, DAY, approximate=False)


# -- months by name or number, with a year or not ------------------------------------
_YQ = (
    r"(?P<yq>ปีนี้|ปีหน้า|ปี(?:" + _LAST + r")|thisyear|nextyear|(?:last|previous)year"
    r"|(?:ปี|in)?(?P<era>พศ|คศ|be|ad|ce)?(?P<digits>\d{4}|\d{2}))?"
)
# "พฤศจิกานี้" is this November, the latest begun (its "พฤ" no Thursday): "นี้" names no year.
_NAMED_MONTH = re.compile(
    rf"^(?:เดือน|month(?:of)?)?(?:(?P<name>{MONTH_KEY_ALTERNATIVES})|(?<=เดือน)(?P<number>\d{{1,2}}|อ้าย))"
    rf"(?:นี้)?{_YQ}$"
)


def _year_said(m: re.Match[str], today: date, english: bool = False) -> int | None:
    """The year a qualifier names, None when none is said."""
    yq = m["yq"]
    if not yq:
        return None
    if m["digits"]:
        raw = m["digits"]
        if english and len(raw) == 2 and not m["era"] and 2000 + int(raw) <= today.year:
            return 2000 + int(raw)  # "Oct 25" is 2025, "Oct 68" is BE 2568
        return year_from_typed(raw, m["era"])
    if yq in ("ปีนี้", "thisyear"):
        return today.year
    if yq in ("ปีหน้า", "nextyear"):
        return today.year + 1
    return today.year - 1


_JUST_PAST = re.compile(r"(?<=[ก-๙])(?:ที่ผ่านมา|ที่เพิ่งผ่านมา)$")
#: "พฤศจิกาที่แล้ว", "เดือนพฤศจิกายนที่แล้ว": the latest such month before this one (said in
#: December, "ธันวาที่แล้ว" is last year's December).
_MONTH_BEFORE = re.compile(r"(?<=[ก-๙])ที่แล้ว$")


def _named_month(key: str, today: date) -> tuple[int, int] | None:
    """(year, month) of "ตุลา", "เดือน 11", "october 2025", "ตุลาปีที่แล้ว"; without a year
    the most recent one already begun ("พฤศจิกาที่ผ่านมา", the one just past, too)."""
    before = bool(_MONTH_BEFORE.search(key)) and not re.search(r"ปี(?:ที่แล้ว)$", key)
    m = _NAMED_MONTH.match(
        _MONTH_BEFORE.sub("", _JUST_PAST.sub("", key)) if before else _JUST_PAST.sub("", key)
    )
    if not m:
        return None
    if m["name"]:
        month = MONTH_LOOKUP[m["name"]]
    else:
        month = 1 if m["number"] == "อ้าย" else int(m["number"])
    if not 1 <= month <= 12:
        return None
    year = _year_said(m, today, english=bool(m["name"]) and m["name"].isascii())
    if year is None:
        year = today.year if date(today.year, month, 1) <= today else today.year - 1
        if before and (year, month) == (today.year, today.month):
            year -= 1
    return year, month


# -- parts of a month or a year: "ปลายเดือนก่อน", "ต้นปี", "end of last month" --------------
#: "สิ้นเดือน" is the month's very end, its last week; "สิ้นปี" is the year's end, as "ปลายปี".
_MONTH_PARTS = {"ต้น": (1, 10), "กลาง": (11, 20), "ปลาย": (21, 31), "สิ้น": (25, 31)}
_YEAR_PARTS = {"ต้น": (1, 3), "กลาง": (5, 8), "ปลาย": (10, 12), "สิ้น": (10, 12)}
_ENGLISH_PARTS = {
    **dict.fromkeys(("beginning", "start", "early"), "ต้น"),
    **dict.fromkeys(("middle", "mid"), "กลาง"),
    **dict.fromkeys(("end", "late"), "ปลาย"),
}
_PART = re.compile(
    r"^(?:(?P<th>ต้น|กลาง|ปลาย|สิ้น)ๆ?(?P<unit>เดือน|ปี)"
    r"|(?P<en>beginning|start|early|middle|mid|end|late)-?(?:of)?(?:the)?)(?P<rest>.*)$"
)
_ENGLISH_REST = re.compile(rf"^(?P<which>{_LAST}|this|next)?(?P<unit>month|year)$")


def _part(m: re.Match[str], today: date) -> Span | None:
    part = _ENGLISH_PARTS.get(m["en"] or "") or m["th"]
    unit, rest = m["unit"], m["rest"]
    if m["en"]:
        english = _ENGLISH_REST.match(rest)
        if english:
            unit = "เดือน" if english["unit"] == "month" else "ปี"
            rest = english["which"] or ""
        else:
            unit = "เดือน"
    rest = {"this": "นี้", "next": "หน้า"}.get(rest, rest)
    if unit == "ปี" and rest.startswith("ปี"):  # "ต้นปีปีนี้": the year said twice
        rest = rest.removeprefix("ปี")
    bare = rest == ""
    if rest in _OFFSET or re.fullmatch(_LAST, rest):
        offset = _OFFSET.get(rest, -1)
        if unit == "ปี":
            year = today.year + offset
        else:
            year, month = _months_back(today, -offset)
    elif unit == "ปี":
        said = re.fullmatch(r"(?P<yq>(?P<era>พศ|คศ)?(?P<digits>\d{4}|\d{2}))", rest)
        if not said:
            return None
        year = _year_said(said, today)
    else:
        named = _named_month(rest, today) or _named_month(f"เดือน{rest}", today)
        if named is None:
            return None
        year, month = named
    if unit == "ปี":
        first, last = _YEAR_PARTS[part]
        if bare and date(year, first, 1) > today:  # "กลางปี" said in March: last year's
            year -= 1
        return Span(month_span(year, first).start, month_span(year, last).end, MONTH)
    first, last = _MONTH_PARTS[part]
    if bare and date(year, month, first) > today:  # "ปลายเดือน" said on the 3rd: last month's
        year, month = _months_back(date(year, month, 1), 1)
    return month_span(year, month, first, last, WEEK)


# -- festivals -----------------------------------------------------------------------
_FESTIVAL = re.compile(
    rf"^(?:last|this)?(?P<lead>(?:วัน|คืน|ช่วง|ตอน|งาน|เทศกาล|บุญ)*)(?P<festival>.+?)"
    rf"(?:ที่ผ่านมา|ที่แล้ว|ล่าสุด|นี้)?{_YQ}$"
)
_SHORT_NAME = 5  # "แม่", "เด็ก" alone are people, "วันแม่", "วันเด็ก" are days
#: A year said after the festival with more words after it ("ปิดเทอมใหญ่ปีที่แล้วค่ะเดือนเมษา",
#: "สงกรานต์ปีก่อนวันที่14"): the festival's year, what follows narrows it.
_YEAR_INSIDE = re.compile(
    rf"(?:ปี(?:นี้|หน้า|{_LAST})|(?:last|this|previous)year)(?=(?:ค่ะ|คะ|ครับ|คับ|นะ|จ้า|เด้อ)*"
    r"(?:(?:เดือน|วันที่|ประมาณ|ราว|แถว|ช่วง|ตอน|ที่|in|on|around|about).*)?$)"
)


#: A day of the lunar calendar: "ขึ้น 8 ค่ำ เดือน 12", "แรม 1 ค่ำเดือนอ้าย", "15 ค่ำเดือน 11 ปีนี้"
#: (number words already digits; a day without ขึ้น/แรม is of the waxing half, as the full moon
#: "สิบห้าค่ำ" is said).
_LUNAR = re.compile(
    rf"^(?:วัน|คืน|ตอน|ช่วง)?(?P<phase>ขึ้น|แรม)?(?P<day>\d{{1,2}})ค่ำ(?:เดือน)?(?P<month>\d{{1,2}}|อ้าย|ยี่)"
    rf"(?:ที่ผ่านมา|ที่แล้ว|ล่าสุด|นี้)?{_YQ}$"
)
_LUNAR_MONTH_NAMES = {"อ้าย": 1, "ยี่": 2}


def _lunar(key: str, today: date) -> Span | None:
    """The most recent past lunar day said (or the one of the year said)."""
    m = _LUNAR.match(key)
    if not m:
        return None
    month = _LUNAR_MONTH_NAMES.get(m["month"]) or int(m["month"])
    said = _year_said(m, today)
    years = range(today.year - 2, today.year + 2)
    days = [
        d
        for y in years
        if (d := festivals.lunar_day(month, int(m["day"]), m["phase"] == "แรม", y)) is not None
        and (said is None or d.year == said)
    ]
    past = [d for d in days if d <= today]
    day = max(past) if past else (min(days) if days and said is not None else None)
    return Span(day, day, DAY) if day else None


def _festival(key: str, today: date, around: bool) -> Span | None:
    lunar = _lunar(key, today)
    if lunar:
        return lunar
    m = _FESTIVAL.match(key)
    if not m or (not m["lead"] and len(m["festival"]) < _SHORT_NAME):
        return None
    inside = _YEAR_INSIDE.search(m["festival"])  # before a day's bare digits ("…วันที่14")
    said = _FESTIVAL.match(key[: m.start("festival") + inside.end()]) if inside else None
    if said and said["yq"] and len(said["festival"]) >= _SHORT_NAME:
        m = said
    year = _year_said(m, today)
    found = festivals.occurrences(m["festival"], year or today.year)
    if year is not None:
        found = tuple(run for run in found if run[1].year == year)
    else:
        found = tuple(run for run in found if run[0] <= today) or found[:1]
    if not found:
        return None
    start, end = found[-1]
    if year is not None and len(found) > 1 and festivals.comes_twice(m["festival"]):
        start = found[0][0]  # "เปิดเทอมปีที่แล้ว": May's or November's, a span over both
    if around and start == end:  # "ตอนออกพรรษา": the days around a one-day festival
        return Span(start - timedelta(days=1), end + timedelta(days=1), DAY)
    return Span(start, end, DAY)


#: "วันที่ 5", "the 5th": the most recent 5th of a month.
_DAY_OF_MONTH = re.compile(
    rf"^(?:วันที่(?P<day>\d{{1,2}})(?:เดือน(?P<which>{_LAST}|นี้))?"
    r"|(?P<en>\d{1,2})(?:st|nd|rd|th)(?:(?:of)?(?P<which_en>last|this)month)?)$"
)


def _day_of_month(day: int, which: str | None, today: date) -> Span | None:
    """Day `day` of the month named by `which` ("ที่แล้ว", "นี้"), or the most recent one."""
    if which:
        year, month = _months_back(today, 0 if which in ("นี้", "this") else 1)
        if day > calendar.monthrange(year, month)[1]:
            return None
        return Span(date(year, month, day), date(year, month, day), DAY, approximate=False)
    for back in range(3):
        year, month = _months_back(today, back)
        if day <= calendar.monthrange(year, month)[1] and date(year, month, day) <= today:
            return Span(date(year, month, day), date(year, month, day), DAY, approximate=False)
    return None


#: Spellings of the time words as they are typed in a hurry (sounds alike, marks left out,
#: "เเ" for "แ"), each to its one written form.
_TYPOS = tuple(
    (re.compile(wrong), right)
    for wrong, right in (
        ("เเ", "แ"),
        ("อาทิ(?:ตย์|ตย|ต|ด)", "อาทิตย์"),
        ("ส[ัะ]?[ปบ]ดา(?:ห์|ห|ร์)?", "สัปดาห์"),
        ("ท[ีิ]่?แล้?ว", "ที่แล้ว"),
        ("ท[ีิ]่?ผ่?านมา", "ที่ผ่านมา"),
        ("เม[ืิ]่?อ(?!ง)", "เมื่อ"),
        ("ก่?อน(?=$|ๆ)", "ก่อน"),
        ("พฤ[หฮ]ั?[สดต](?:บดี)?", "พฤหัส"),
        ("ศุก(?:ร์|ร)?", "ศุกร์"),
        ("อังคา(?:ร|น)?", "อังคาร"),
        ("จัน(?:ทร์|ท์|ทร)?", "จันทร์"),
        ("เสา(?:ร์|ร)?", "เสาร์"),
        ("เดื(?:อน|อร)", "เดือน"),
        # Isan "เดือนกี้(นี่)", "อาทิตย์กี้" (the one just gone) and "ปีกาย" (last year)
        ("(อาทิตย์|สัปดาห์|เดือน)ก[ีิ][้๊](?:นี่|นี้)?", r"\1ที่แล้ว"),
        ("ปีก(?:ล)?าย(?:นี่|นี้)?", "ปีกลาย"),
    )
)


def fix_typos(key: str) -> str:
    """The time words of a key spelt as written ("อาทิดทีเเล้ว" -> "อาทิตย์ที่แล้ว")."""
    for wrong, right in _TYPOS:
        key = wrong.sub(right, key)
    return key


_YEAR_ALONE = re.compile(r"^ปี(?:พศ|คศ)?(?P<digits>\d{4}|\d{2})$")


def read_spoken(key: str, today: date) -> Span | None:
    """The span of days a spoken time means; `key` is the text cleaned, its number words
    turned to digits, lower case, without spaces, dots or lead words such as "ประมาณ"."""
    if key in _NAMED_DAYS:
        day = today - timedelta(days=_NAMED_DAYS[key])
        return Span(day, day, DAY, approximate=False)
    if key in _OTHER_DAY:
        return Span(today - timedelta(days=6), today - timedelta(days=2), DAY)
    m = _SOME.match(key)
    if m:
        return _counted(*_HOW_MANY.get(m["some"], (2, 4)), m["unit"], today)
    m = _DAY_OF_MONTH.match(key)
    if m:
        return _day_of_month(int(m["day"] or m["en"]), m["which"] or m["which_en"], today)
    m = _COUNTED.match(key)
    if m and not _years_too_many(m):
        a, b = sorted((int(m["a"]), int(m["b"] or m["a"])))
        if m["odd"]:
            a, b = _odd(a)
        return _counted(a, b, m["unit"], today)
    m = _PERIOD.match(key)
    if m:
        which = m["which"] or m["which_en"] or m["before_last"]
        offset = -2 if which in _BEFORE_LAST else _OFFSET.get(which, -1)
        return _period(m["unit"] or m["unit_en"] or m["unit_before"], offset, today)
    m = _WEEKDAY.match(key)
    if m:
        day = _WEEKDAYS[m["th"] or m["th_bare"] or m["en"]]
        return _weekday(day, m["which"] or m["week_en"] or m["which_en"] or "", today)
    m = _PART.match(key)
    if m:
        return _part(m, today)
    named = _named_month(key, today)
    if named:
        return month_span(*named)
    m = _YEAR_ALONE.match(key)
    if m:
        year = year_from_typed(m["digits"])
        return Span(date(year, 1, 1), date(year, 12, 31), YEAR)
    return None


#: "หลังสงกรานต์", "ก่อนปีใหม่", "after Songkran": the week after or before it.
_BEFORE_AFTER = re.compile(r"^(?P<side>หลัง|ก่อน|after|before)(?:the)?(?P<rest>.{3,})$")
#: How many days before or after, said after the time ("ก่อนลอยกระทงสองสามวัน", "หลังออกพรรษา
#: ได้ 3 วัน") or before it ("two days after Songkran", "a few days before Loy Krathong").
_COUNT = r"\d{1,2}(?:-\d{1,2})?"
_DAYS_AFTER_TIME = re.compile(
    rf"^(?P<side>หลัง|ก่อน)(?P<rest>.{{3,}}?)(?:ได้|ประมาณ|ราวๆ|ราว|สัก)*(?P<count>{_COUNT}|ไม่กี่)วัน$"
)
_DAYS_BEFORE_TIME = re.compile(
    rf"^(?P<count>{_COUNT}|a?few|a?couple(?:of)?)days?(?P<side>after|before)(?P<rest>.{{3,}})$"
)
_LOOSE_COUNT = 3  # "ไม่กี่วัน", "a few days": up to three days off


def _days_off(m: re.Match[str]) -> tuple[int, int]:
    """The fewest and most days off a count says: "3" is three, "2-3" and "a few" are from the
    next day up to the most said (the person gives the distance loosely, not its start)."""
    count = m["count"]
    if count.isdigit():
        return int(count), int(count)
    return 1, int(count.split("-")[1]) if "-" in count else _LOOSE_COUNT


def beside(key: str, today: date, read) -> Span | None:
    """The week after or before the time `read` finds in the rest of the key, or the days
    said ("สองสามวัน" before it: from three days before to the eve); after a season still
    going on ("หลังเกี่ยวข้าว" in December), its days so far: one's own field was done in it,
    and nothing said is yet to come."""
    m = _DAYS_AFTER_TIME.match(key) or _DAYS_BEFORE_TIME.match(key) or _BEFORE_AFTER.match(key)
    said = read(m["rest"]) if m else None
    if said is None:
        return None
    after = m["side"] in ("หลัง", "after")
    if "count" in m.groupdict():
        least, most = _days_off(m)
        if after:
            return Span(said.end + timedelta(days=least), said.end + timedelta(days=most), DAY)
        return Span(said.start - timedelta(days=most), said.start - timedelta(days=least), DAY)
    if after and said.start < today <= said.end:
        return Span(said.start, today, said.precision)
    if after:
        return Span(said.end + timedelta(days=1), said.end + timedelta(days=7), WEEK)
    return Span(said.start - timedelta(days=7), said.start - timedelta(days=1), WEEK)


def read_festival(key: str, today: date, around: bool = False) -> Span | None:
    """The most recent past days of a festival or holiday named in `key` ("สงกรานต์",
    "ลอยกระทงปีที่แล้ว", "songkran 2025"), from the Thai calendar; `around` ("ตอน…",
    "ช่วง…", "around …") takes in the day before and after a one-day festival."""
    return _festival(key, today, around)


#: The time of day adds nothing to the date: "คืนวันเสาร์", "เมื่อวานตอนบ่าย", "monday night".
TIME_OF_DAY = re.compile(
    r"(?:ตอน|ช่วง|เวลา)?(?:(?<!เมื่อ)(?<!มื้อ)(?:เช้ามืด|เช้า|สาย|เที่ยงคืน|เที่ยง|บ่าย|เย็น|แลง|หัวค่ำ|ค่ำ|"
    r"กลางคืน|กลางวัน|ดึก|คืน)(?:\d{1,2}(?:โมง|ทุ่ม))?"
    r"|(?:บ่าย)?\d{1,2}:?\d{0,2}(?:โมง|ทุ่ม|นาฬิกา|น)(?:เช้า|เย็น|ครึ่ง)?)"
    r"|(?:in|at)?(?:the)?(?:morning|afternoon|evening|night)$"
)
#: A year or week said first: "ปีที่แล้วช่วงสงกรานต์", "อาทิตย์ที่แล้ววันพุธ", "เดือนก่อนช่วงปลายเดือน",
#: "last week, on thursday".
_SAID_FIRST = re.compile(
    rf"^(?P<first>ปี(?:{_LAST}|นี้)|ปี\d{{2,4}}|(?:last|this)year|(?P<week>อาทิตย์|สัปดาห์)(?:{_LAST}|นี้)"
    rf"|(?P<week_en>(?:last|this)week)"
    rf"|เดือน(?P<month>{_LAST}|นี้))(?:ช่วง|ตอน|ใน|in|at|during)?(?P<rest>.+)$"
)


#: A year's number alone after "this/last year" ("ปีนี้ 69", "ปีที่แล้ว 2568").
_BARE_YEAR = re.compile(r"^(?:\d{2}|\d{4})$")

#: A month said by its number ("ปีนี้ เดือนสิบ", key "ปีนี้เดือน10"): without "เดือน" the number
#: would read as years ago.
_MONTH_BY_NUMBER = re.compile(r"^เดือน\d")
#: Words that make the rest loose, said after a month or week said first.
_LOOSE_LEAD = re.compile(r"^(?:ประมาณ|ราวๆ|ราว|แถวๆ|แถว|ช่วง|around|about|the)+")


#: A month named first, then the part of it: "เดือนกรกฎา ปลายๆ เดือน", "สิงหา ช่วงต้นเดือน".
_MONTH_THEN_PART = re.compile(
    r"^(?:เดือน)?(?P<month>\D.+?)(?:ช่วง|ตอน|ประมาณ|ราวๆ|ราว|แถวๆ|แถว|น่าจะ)*"
    r"(?P<part>ต้น|กลาง|ปลาย|สิ้น)ๆ?เดือน$"
)


#: A month's part glued to the month's name, "เดือน" left out ("ปลายมิถุนา", "ต้นๆ ตุลา"): read
#: as "ปลายเดือนมิถุนา" (walk29: the late of "late June" was lost).
_PART_THEN_MONTH = re.compile(rf"^(?P<part>ต้น|กลาง|ปลาย|สิ้น)ๆ?(?=(?:{MONTH_KEY_ALTERNATIVES}))")


#: A market or temple day said with its weekday ("วันตลาดนัดวันพุธ", "ตลาดนัดวันอังคาร",
#: "market day thursday"): the weekday is the day; the occasion only how it is remembered.
_OCCASION_BY_WEEKDAY = re.compile(
    r"(?:วัน)?(?:ตลาดนัด|นัดตลาด|ตลาด|นัด|พระ)(?=วัน(?:จันทร์|อังคาร|พุธ|พฤหัส|ศุกร์|เสาร์|อาทิตย์))"
    r"|(?:on)?(?:the)?market(?:day)?(?=(?:on)?(?:mon|tue|wed|thu|fri|sat|sun))"
)


def rephrased(key: str) -> list[str]:
    """Other ways to read a key no rule took: without the time of day, with a year, week
    or month said first moved to where the rules expect it, and a month's part said after
    the month ("เดือนกรกฎาปลายๆเดือน" as "ปลายเดือนกรกฎา")."""
    keys = [key]
    plain = TIME_OF_DAY.sub("", key)
    if plain and plain != key:
        keys.append(plain)
    weekday = _OCCASION_BY_WEEKDAY.sub("", key)
    if weekday != key:  # "อาทิตย์ที่แล้ววันตลาดนัดวันพุธ": that Wednesday of last week
        keys.append(weekday)
    m = _MONTH_THEN_PART.match(key)
    if m and not _SAID_FIRST.match(key):
        keys.append(f"{m['part']}เดือน{m['month']}")
    m = _PART_THEN_MONTH.match(key)
    if m:
        keys.append(f"{m['part']}เดือน{key[m.end() :]}")
    for candidate in list(keys):
        m = _SAID_FIRST.match(candidate)
        if not m:
            continue
        rest = m["rest"]
        if not m["month"] and not _MONTH_BY_NUMBER.match(rest):  # "เดือนสิบ" keeps "เดือน"
            rest = rest.removeprefix("เดือน")
        rest = _LOOSE_LEAD.sub("", rest) or rest  # "เดือนที่แล้ว ราวๆ วันที่ 20"
        if m["week"]:  # "อาทิตย์ที่แล้ววันพุธ" -> "วันพุธอาทิตย์ที่แล้ว"
            keys.append(rest + m["first"])
        elif m["week_en"]:  # "last week, on thursday" -> "thursday last week"
            keys.append(rest.removeprefix("on") + m["first"])
        elif m["month"]:  # "เดือนก่อนปลายเดือน" -> "ปลายเดือนก่อน"
            keys.append(rest.removesuffix("เดือน") + "เดือน" + m["month"])
        elif _BARE_YEAR.match(rest) and not m["first"][2:].isdigit():
            keys.append("ปี" + rest)  # "ปีนี้ 69": the year said again by its number
        else:
            keys.append(rest + m["first"])
    return keys[1:]
