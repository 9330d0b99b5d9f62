"""Reading "when did it happen?" answers typed in Thai or English.

Handles Buddhist-era (พ.ศ.) and Christian-era years, Thai digits, Thai and English
month names (full or abbreviated, with or without dots), month-only answers and
words such as "เมื่อวาน" or "ไม่ทราบ".
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from datetime import date, datetime, timedelta, tzinfo

from handlers.thai.normalise import PARTICLES, clean, is_dont_know

BE_OFFSET = 543
#: Earliest date accepted: 1 January 2500 BE.
EARLIEST = date(2500 - BE_OFFSET, 1, 1)

THAI_MONTHS = (
    "มกราคม",
    "กุมภาพันธ์",
    "มีนาคม",
    "เมษายน",
    "พฤษภาคม",
    "มิถุนายน",
    "กรกฎาคม",
    "สิงหาคม",
    "กันยายน",
    "ตุลาคม",
    "พฤศจิกายน",
    "ธันวาคม",
)
THAI_MONTHS_SHORT = (
    "ม.ค.",
    "ก.พ.",
    "มี.ค.",
    "เม.ย.",
    "พ.ค.",
    "มิ.ย.",
    "ก.ค.",
    "ส.ค.",
    "ก.ย.",
    "ต.ค.",
    "พ.ย.",
    "ธ.ค.",
)
#: Spoken short forms, e.g. "14 มีนา 68".
THAI_MONTHS_SPOKEN = (
    "มกรา",
    "กุมภา",
    "มีนา",
    "เมษา",
    "พฤษภา",
    "มิถุนา",
    "กรกฎา",
    "สิงหา",
    "กันยา",
    "ตุลา",
    "พฤศจิกา",
    "ธันวา",
)
ENGLISH_MONTHS = (
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
)
_ENGLISH_SHORT = (
    "Jan",
    "Feb",
    "Mar",
    "Apr",
    "May",
    "Jun",
    "Jul",
    "Aug",
    "Sep",
    "Oct",
    "Nov",
    "Dec",
)

_POLITE = re.compile(r"(?:" + "|".join(sorted(PARTICLES, key=len, reverse=True)) + r")+$")


@dataclass(frozen=True)
class WhenAnswer:
    """What :func:`parse_when` read. ``error`` is "future", "too_old" or "unreadable"."""

    date: date | None
    unknown: bool = False
    approximate_text: str | None = None
    error: str | None = None


def to_buddhist_year(year: int) -> int:
    """Christian-era year to Buddhist-era year (2025 -> 2568)."""
    return year + BE_OFFSET


def format_date(d: date, lang: str = "th", long: bool = False) -> str:
    """A calendar date as people read it: "14 มี.ค. 2568" (Buddhist era) or "14 Mar 2025";
    `long` spells the month out ("14 มีนาคม 2568", as official letters do)."""
    if lang == "th":
        month = (THAI_MONTHS if long else THAI_MONTHS_SHORT)[d.month - 1]
        return f"{d.day} {month} {to_buddhist_year(d.year)}"
    month = ENGLISH_MONTHS[d.month - 1].capitalize() if long else _ENGLISH_SHORT[d.month - 1]
    return f"{d.day} {month} {d.year}"


def format_datetime(moment: datetime, tz: tzinfo, lang: str = "th") -> str:
    """A moment on the local clock: "14 มี.ค. 2568 09:30" or "14 Mar 2025 09:30"."""
    local = moment.astimezone(tz)
    return f"{format_date(local.date(), lang)} {local:%H:%M}"


def format_month(year: int, month: int, lang: str = "th") -> str:
    """A month of a year: "มี.ค. 2568" or "Mar 2025"."""
    if lang == "th":
        return f"{THAI_MONTHS_SHORT[month - 1]} {to_buddhist_year(year)}"
    return f"{_ENGLISH_SHORT[month - 1]} {year}"


def format_thai_date(d: date) -> str:
    """Short Thai date with BE year, e.g. "14 มี.ค. 2568"."""
    return format_date(d, "th")


def format_english_date(d: date) -> str:
    """Short English date, e.g. "14 Mar 2025" (independent of the locale)."""
    return format_date(d, "en")


def _month_pattern() -> tuple[str, dict[str, int]]:
    """Regex alternation for every month spelling, plus lookup by dot/space-free key."""
    lookup: dict[str, int] = {}
    alternatives: list[str] = []
    for i, (name, spoken) in enumerate(zip(THAI_MONTHS, THAI_MONTHS_SPOKEN, strict=True), 1):
        lookup[name] = i
        lookup[spoken] = i
        alternatives.extend([re.escape(name), re.escape(spoken)])
    for i, short in enumerate(THAI_MONTHS_SHORT, 1):
        letters = short.replace(".", "")
        lookup[letters] = i
        # "มี.ค.", "มีค", "มี ค", "มี. ค." ...
        alternatives.append(
            r"\s*\.?\s*".join(re.escape(part) for part in short.split(".") if part) + r"\.?"
        )
    for i, name in enumerate(ENGLISH_MONTHS, 1):
        lookup[name] = i
        lookup[name[:3]] = i
        if name == "september":
            lookup["sept"] = i
        alternatives.append(name)
    alternatives.extend(["sept", *(m[:3] for m in ENGLISH_MONTHS)])
    alternatives.sort(key=len, reverse=True)
    return "|".join(alternatives), lookup


_MONTH_ALT, _MONTH_LOOKUP = _month_pattern()
_DAY = r"(?P<day>\d{1,2})(?:st|nd|rd|th)?"
_YEAR = (
    r"(?P<era>พ\s*\.?\s*ศ\s*\.?|ค\s*\.?\s*ศ\s*\.?|b\s*\.?\s*e\s*\.?|a\s*\.?\s*d\s*\.?|ad|be)?"
    r"\s*(?P<year>\d{2}|\d{4})"
)
_MONTH = rf"(?P<month>{_MONTH_ALT})\.?"
_TEXT_DATE_RES = (
    # 14 มีนาคม 2568 / 14 มี.ค. 68 / 14 March 2025 / มี.ค. 2568 / มีนาคม
    re.compile(rf"^(?:{_DAY}\s*)?{_MONTH}(?:\s*,?\s*{_YEAR})?$"),
    # March 14, 2025 / Mar 14
    re.compile(rf"^{_MONTH}\s*{_DAY}(?:\s*,?\s*{_YEAR})?$"),
)
_DMY = re.compile(
    r"^(?P<day>\d{1,2})\s*[/\-.]\s*(?P<month>\d{1,2})"
    r"(?:\s*[/\-.]\s*(?P<year>\d{2}|\d{4}))?$"
)
_YMD = re.compile(r"^(?P<year>\d{4})\s*[/\-.]\s*(?P<month>\d{1,2})\s*[/\-.]\s*(?P<day>\d{1,2})$")
_YEAR_ONLY = re.compile(rf"^{_YEAR}$")

_LEAD_WORDS = re.compile(
    r"^(?:เมื่อวันที่|เมื่อ|วันที่|วัน|ประมาณ|ราวๆ|ราว|ช่วง|ตอน|เดือน|ปี|on|around|about|"
    r"approximately|approx\.?|in|the)\s*"
)
_APPROX_WORDS = re.compile(r"^(?:ประมาณ|ราวๆ|ราว|ช่วง|around|about|approximately|approx)")

_RELATIVE: dict[str, int] = {
    "วันนี้": 0,
    "today": 0,
    "เมื่อกี้": 0,
    "เมื่อเช้า": 0,
    "เมื่อเช้านี้": 0,
    "เมื่อวาน": 1,
    "เมื่อวานนี้": 1,
    "yesterday": 1,
    "เมื่อวานซืน": 2,
    "เมื่อวานซืนนี้": 2,
    "daybeforeyesterday": 2,
    "thedaybeforeyesterday": 2,
}
_RELATIVE_APPROX: dict[str, str] = {
    "อาทิตย์ที่แล้ว": "week",
    "สัปดาห์ที่แล้ว": "week",
    "อาทิตย์ก่อน": "week",
    "สัปดาห์ก่อน": "week",
    "lastweek": "week",
    "เดือนที่แล้ว": "month",
    "เดือนก่อน": "month",
    "lastmonth": "month",
    "ปีที่แล้ว": "year",
    "ปีก่อน": "year",
    "ปีกลาย": "year",
    "lastyear": "year",
}


def _clean(text: str) -> str:
    return clean(text)


def _compact(text: str) -> str:
    return re.sub(r"[\s'.,\-!?]", "", text)


class _Unreadable(ValueError):
    """The text is not a date this parser knows."""


def _year(raw: str, era: str | None) -> int:
    """Year as typed -> CE year. 4 digits > 2400 are BE; 2 digits are BE 25xx
    (or 20xx when "ค.ศ."/"AD" is written)."""
    value = int(raw)
    era_key = _compact(era or "")
    christian = era_key in {"คศ", "ad"}
    if len(raw) == 2:
        return 2000 + value if christian else 2500 + value - BE_OFFSET
    if era_key in {"พศ", "be"} or (value > 2400 and not christian):
        return value - BE_OFFSET
    return value


def _make_date(year: int, month: int, day: int) -> date:
    try:
        return date(year, month, day)
    except ValueError as exc:
        raise _Unreadable(str(exc)) from exc


def _guess_year(month: int, day: int, today: date) -> int:
    """No year given: the most recent such day that is not in the future."""
    try:
        candidate = date(today.year, month, day)
    except ValueError:  # 29 Feb in a non-leap year
        return today.year - 1
    return today.year if candidate <= today else today.year - 1


def _check(d: date, today: date, approximate_text: str | None = None) -> WhenAnswer:
    if d > today:
        return WhenAnswer(None, False, None, "future")
    if d < EARLIEST:
        return WhenAnswer(None, False, None, "too_old")
    return WhenAnswer(d, False, approximate_text, None)


def _parse_relative(key: str, today: date, original: str) -> WhenAnswer | None:
    if key in _RELATIVE:
        return _check(today - timedelta(days=_RELATIVE[key]), today)
    unit = _RELATIVE_APPROX.get(key)
    if unit == "week":
        return _check(today - timedelta(days=7), today, original)
    if unit == "month":
        first = today.replace(day=1) - timedelta(days=1)
        return _check(first.replace(day=1), today, original)
    if unit == "year":
        return _check(date(today.year - 1, 1, 1), today, original)
    return None


_APPROX_KEY = re.compile(r"^(?:ประมาณ|ราวๆ|ราว|ช่วง|ตอน|เมื่อ|น่าจะ|around|about|roughly)+")
_NUMBER_WORDS = {"หนึ่ง": 1, "นึง": 1, "สอง": 2, "สาม": 3, "สี่": 4, "ห้า": 5, "a": 1, "one": 1}
# "3 วันก่อน", "สองอาทิตย์ก่อน", "เดือนนึง", "2 เดือนกว่า", "a month ago"
_AGO = re.compile(
    r"^(?P<n>\d{1,3}|หนึ่ง|นึง|สอง|สาม|สี่|ห้า|a|one)?"
    r"(?P<unit>วัน|อาทิตย์|สัปดาห์|เดือน|ปี|days?|weeks?|months?|years?)"
    r"(?P<n2>หนึ่ง|นึง)?(?:กว่าๆ|กว่า)?(?:ก่อน|ที่แล้ว|ที่ผ่านมา|มาแล้ว|ago)?$"
)
_PART_OF_MONTH = re.compile(r"^(?P<part>ต้น|กลาง|ปลาย)เดือน(?P<rest>.*)$")
_PART_DAY = {"ต้น": 5, "กลาง": 15, "ปลาย": 25}
_SONGKRAN = re.compile(r"^(?:วัน)?สงกรานต์(?P<rest>.*)$")
_THIS = ("", "นี้", "ปีนี้", "เดือนนี้")
_LAST = ("ที่แล้ว", "ก่อน", "ปีที่แล้ว", "ปีก่อน", "ปีกลาย", "เดือนที่แล้ว", "เดือนก่อน")


def _months_back(day: date, months: int) -> date:
    month_index = day.year * 12 + day.month - 1 - months
    return date(month_index // 12, month_index % 12 + 1, 1)


def _parse_spoken(key: str, today: date, original: str) -> WhenAnswer | None:
    """How people say a time without a date: "3 วันก่อน", "ปลายเดือนที่แล้ว", "ช่วงสงกรานต์"."""
    m = _AGO.match(key)
    if m and (m["n"] or m["n2"]):
        raw = m["n"] or m["n2"]
        n, unit = int(raw) if raw.isdigit() else _NUMBER_WORDS[raw], m["unit"]
        if unit.startswith(("วัน", "day")):
            return _check(today - timedelta(days=n), today, original)
        if unit.startswith(("อาทิตย์", "สัปดาห์", "week")):
            return _check(today - timedelta(weeks=n), today, original)
        if unit.startswith(("เดือน", "month")):
            return _check(_months_back(today, n).replace(day=min(today.day, 28)), today, original)
        return _check(date(today.year - n, 1, 1), today, original)
    m = _PART_OF_MONTH.match(key)
    if m:
        rest, day = m["rest"], _PART_DAY[m["part"]]
        if rest in _THIS:
            first = today.replace(day=1)
        elif rest in _LAST:
            first = _months_back(today, 1)
        else:
            named = _parse_date(rest, today, original)
            if named is None or named.date is None:
                return named
            first = named.date.replace(day=1)
        picked = first.replace(day=day)
        return _check(min(picked, today) if first <= today else picked, today, original)
    m = _SONGKRAN.match(key)
    if m:
        rest = m["rest"]
        if rest in _THIS:
            year = today.year if date(today.year, 4, 13) <= today else today.year - 1
        elif rest in _LAST:
            year = today.year - 1
        else:
            named = _YEAR_ONLY.match(rest.removeprefix("ปี"))
            if named is None:
                return None
            year = _year(named["year"], named["era"])
        return _check(date(year, 4, 13), today, original)
    return None


def _parse_date(text: str, today: date, original: str) -> WhenAnswer | None:
    """Absolute date forms; None when no form fits."""
    approximate = original if _APPROX_WORDS.match(text) else None
    body = text
    for _ in range(3):
        body = _LEAD_WORDS.sub("", body, count=1).strip()

    m = _YMD.match(body)
    if m:
        d = _make_date(_year(m["year"], None), int(m["month"]), int(m["day"]))
        return _check(d, today, approximate)
    m = _DMY.match(body)
    if m:
        day, month = int(m["day"]), int(m["month"])
        year = _year(m["year"], None) if m["year"] else _guess_year(month, day, today)
        return _check(_make_date(year, month, day), today, approximate)
    for pattern in _TEXT_DATE_RES:
        m = pattern.match(body)
        if not m:
            continue
        month = _MONTH_LOOKUP[_compact(m["month"])]
        raw_year = m["year"]
        if raw_year and len(raw_year) == 2 and not m["era"] and m["month"][0].isascii():
            # English month with a short year: "Mar 25" is 2025, but "Mar 68" is BE 2568.
            year = 2000 + int(raw_year)
            if year > today.year:
                year = _year(raw_year, None)
        elif raw_year:
            year = _year(raw_year, m["era"])
        else:
            year = None
        if m["day"]:
            day = int(m["day"])
            if year is None:
                year = _guess_year(month, day, today) if 1 <= day <= 31 else today.year
            return _check(_make_date(year, month, day), today, approximate)
        if year is None:
            year = today.year if date(today.year, month, 1) <= today else today.year - 1
        return _check(_make_date(year, month, 1), today, original)
    m = _YEAR_ONLY.match(body)
    if m and (len(m["year"]) == 4 or m["era"]):
        return _check(_make_date(_year(m["year"], m["era"]), 1, 1), today, original)
    return None


def parse_when(text: str, today: date) -> WhenAnswer:
    """Read when something happened, relative to ``today``.

    Exact day -> ``date``; month or year only -> first day with ``approximate_text``
    set to the user's words; "ไม่ทราบ"/"don't know" -> ``unknown=True``; otherwise
    ``error`` is "future", "too_old" or "unreadable".
    """
    original = re.sub(r"\s+", " ", unicodedata.normalize("NFC", text or "")).strip()
    cleaned = _clean(text)
    key = _compact(cleaned)
    if not key:
        return WhenAnswer(None, False, None, "unreadable")
    if is_dont_know(text):
        return WhenAnswer(None, True, None, None)
    for candidate in (key, _POLITE.sub("", key)):
        bare = _APPROX_KEY.sub("", candidate)
        relative = _parse_relative(candidate, today, original) or _parse_relative(
            bare, today, original
        )
        if relative is not None:
            return relative
        spoken = _parse_spoken(bare, today, original)
        if spoken is not None:
            return spoken
    try:
        for candidate in (cleaned, _POLITE.sub("", cleaned).strip()):
            answer = _parse_date(candidate, today, original)
            if answer is not None:
                return answer
    except _Unreadable:
        return WhenAnswer(None, False, None, "unreadable")
    return WhenAnswer(None, False, None, "unreadable")
