"""Reading "when did it happen?" answers typed in Thai or English, and saying them back.

Handles Buddhist-era (พ.ศ.) and Christian-era years, Thai digits and number words, Thai and
English month names (full or abbreviated, with or without dots), spans ("2-3 วันก่อน",
"1–3 ธ.ค. 2569"), weekdays, Isan ("มื้อวาน"), months by number ("เดือน 11"), festivals by
their real dates ("ช่วงสงกรานต์") and words such as "ไม่ทราบ". How times are said without a
date lives in :mod:`handlers.thai.spoken_dates`, festivals in :mod:`handlers.thai.festivals`.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from datetime import date, datetime, tzinfo
from functools import lru_cache

from handlers.thai import in_english
from handlers.thai.months import (
    BE_OFFSET,
    ENGLISH_MONTHS,
    ENGLISH_MONTHS_SHORT,
    MONTH_ALTERNATIVES,
    MONTH_LOOKUP,
    THAI_MONTHS,
    THAI_MONTHS_SHORT,
    THAI_MONTHS_SPOKEN,
    year_from_typed,
)
from handlers.thai.normalise import PARTICLES, clean, is_dont_know, strip_particles
from handlers.thai.numbers import words_to_digits
from handlers.thai.spoken_dates import (
    DAY,
    ENGLISH_DAYS,
    MONTH,
    THAI_DAYS,
    TIME_OF_DAY,
    YEAR,
    Span,
    beside,
    fix_typos,
    month_span,
    read_festival,
    read_spoken,
    rephrased,
)

__all__ = [
    "BE_OFFSET",
    "EARLIEST",
    "ENGLISH_MONTHS",
    "THAI_MONTHS",
    "THAI_MONTHS_SHORT",
    "THAI_MONTHS_SPOKEN",
    "WhenAnswer",
    "format_date",
    "format_datetime",
    "format_kept",
    "format_english_date",
    "format_month",
    "format_occurred",
    "format_thai_date",
    "format_when",
    "parse_when",
    "parse_when_remembered",
    "to_buddhist_year",
]

#: Earliest date accepted: 1 January 2500 BE.
EARLIEST = date(2500 - BE_OFFSET, 1, 1)


@dataclass(frozen=True)
class WhenAnswer:
    """What :func:`parse_when` read.

    ``date`` is the first day meant and ``end`` the last (the same day for one day);
    ``precision`` is how finely it was said: "day" (a day or a few days, a weekday, a
    festival), "week" (weeks ago, last week, the start/middle/end of a month), "month" (a
    month, months ago, the start/middle/end of a year) or "year". ``approximate_text``
    keeps the person's words when they were not one calendar day. ``approximate`` is True
    when they said so ("ประมาณวันที่ 20"). ``unknown`` is True for "ไม่ทราบ"; ``error`` is
    "future", "too_old" or "unreadable".
    """

    date: date | None
    unknown: bool = False
    approximate_text: str | None = None
    error: str | None = None
    end: date | None = None
    precision: str | None = None
    approximate: bool = False

    @property
    def start(self) -> date | None:
        """The first day meant (the same as ``date``)."""
        return self.date

    def as_value(self) -> dict[str, str] | None:
        """{"start", "end", "precision"} with ISO dates, as the understanding of a message
        carries a date ("approximate": True for one day said loosely, as "ประมาณวันที่ 20":
        a span is loose already); None when no date was read."""
        if self.date is None or self.end is None or self.precision is None:
            return None
        value = {
            "start": self.date.isoformat(),
            "end": self.end.isoformat(),
            "precision": self.precision,
        }
        about = self.approximate and self.date == self.end
        return value | ({"approximate": True} if about else {})


def to_buddhist_year(year: int) -> int:
    """Christian-era year to Buddhist-era year (2025 -> 2568)."""
    return year + BE_OFFSET


def format_date(d: date, lang: str = "th", long: bool = False, year: bool = True) -> str:
    """A calendar date as people read it: "14 มี.ค. 2568" (Buddhist era) or "14 Mar 2025";
    `long` spells the month out ("14 มีนาคม 2568", as official letters do); `year=False`
    leaves the year off ("14 มี.ค.")."""
    if lang == "th":
        month = (THAI_MONTHS if long else THAI_MONTHS_SHORT)[d.month - 1]
        said = f"{d.day} {month}"
        return f"{said} {to_buddhist_year(d.year)}" if year else said
    month = ENGLISH_MONTHS[d.month - 1].capitalize() if long else ENGLISH_MONTHS_SHORT[d.month - 1]
    return f"{d.day} {month} {d.year}" if year else f"{d.day} {month}"


def format_datetime(moment: datetime, tz: tzinfo, lang: str = "th") -> str:
    """A moment on the local clock: "14 มี.ค. 2568 09:30" or "14 Mar 2025 09:30"."""
    local = moment.astimezone(tz)
    return f"{format_date(local.date(), lang)} {local:%H:%M}"


def format_month(year: int, month: int, lang: str = "th", long: bool = False) -> str:
    """A month of a year: "มี.ค. 2568" or "Mar 2025"; `long`: "มีนาคม 2568", "March 2025"."""
    if lang == "th":
        name = (THAI_MONTHS if long else THAI_MONTHS_SHORT)[month - 1]
        return f"{name} {to_buddhist_year(year)}"
    name = ENGLISH_MONTHS[month - 1].capitalize() if long else ENGLISH_MONTHS_SHORT[month - 1]
    return f"{name} {year}"


def format_occurred(on: date | None, said: str | None, lang: str = "th", long: bool = False) -> str:
    """When a complaint says it happened, as loosely as it was said: the words kept when it was
    not one exact day ("สิงหาคม 2569", "ปี 2568", "ประมาณ 12 พ.ย. 2569"; in English for "en"),
    else the day; "" when unknown. Every page, letter and export shows the date through it, so
    a month is never shown as its first day."""
    if said:
        if lang == "th":
            return said
        return in_english.when(said)
    return format_date(on, lang, long=long) if on else ""


def format_thai_date(d: date) -> str:
    """Short Thai date with BE year, e.g. "14 มี.ค. 2568"."""
    return format_date(d, "th")


def format_english_date(d: date) -> str:
    """Short English date, e.g. "14 Mar 2025" (independent of the locale)."""
    return format_date(d, "en")


def format_when(answer: WhenAnswer, lang: str = "th") -> str:
    """What was read, said back as people say it: a day "3 ธ.ค. 2569", a span "1–3 ธ.ค. 2569"
    or "30 พ.ย. – 1 ธ.ค. 2569", a month "ตุลาคม 2569", a year "ปี 2568" (English alike);
    "" when no date was read."""
    start, end = answer.date, answer.end or answer.date
    if start is None:
        return ""
    if start == end:
        return format_date(start, lang)
    if answer.precision == YEAR and (start.month, start.day) == (1, 1) and end.year == start.year:
        return f"ปี {to_buddhist_year(start.year)}" if lang == "th" else str(start.year)
    if (
        answer.precision == MONTH
        and start.day == 1
        and (end.year, end.month) == (start.year, start.month)
    ):
        return format_month(start.year, start.month, lang, long=True)
    if (start.year, start.month) == (end.year, end.month):
        return f"{start.day}–{format_date(end, lang)}"
    return f"{format_date(start, lang, year=start.year != end.year)} – {format_date(end, lang)}"


def format_kept(answer: WhenAnswer) -> str | None:
    """What a complaint keeps of a date not said as one exact day: said back as in
    :func:`format_when`, one day said loosely with "ประมาณ" before it ("ประมาณ 20 พ.ย. 2569");
    None for one exact day (the day itself is kept)."""
    if not answer.approximate_text or answer.date is None:
        return None
    said = format_when(answer)
    one_day = answer.end in (None, answer.date)
    return f"ประมาณ {said}" if one_day and answer.approximate else said


_DAY = r"(?P<day>\d{1,2})(?:st|nd|rd|th)?"
_YEAR = (
    r"(?P<era>พ\s*\.?\s*ศ\s*\.?|ค\s*\.?\s*ศ\s*\.?|b\s*\.?\s*e\s*\.?|a\s*\.?\s*d\s*\.?|ad|be)?"
    r"\s*(?P<year>\d{2}|\d{4})"
)
_MONTH = rf"(?P<month>{MONTH_ALTERNATIVES})\.?"
_TEXT_DATE_RES = (
    # 14 มีนาคม 2568 / 14 มี.ค. 68 / 14 March 2025 / มี.ค. 2568 / มีนาคม / 5 เดือนพฤษภา
    re.compile(rf"^(?:{_DAY}\s*(?:of\s+|เดือน\s*)?)?{_MONTH}(?:\s*,?\s*{_YEAR})?$"),
    # March 14, 2025 / Mar 14
    re.compile(rf"^{_MONTH}\s*{_DAY}(?:\s*,?\s*{_YEAR})?$"),
)
_DMY = re.compile(
    r"^(?P<day>\d{1,2})\s*[/\-.]\s*(?P<month>\d{1,2})"
    r"(?:\s*[/\-.]\s*(?P<year>\d{2}|\d{4}))?$"
)
_YMD = re.compile(r"^(?P<year>\d{4})\s*[/\-.]\s*(?P<month>\d{1,2})\s*[/\-.]\s*(?P<day>\d{1,2})$")
_YEAR_ONLY = re.compile(rf"^{_YEAR}$")

#: Words before a calendar date (after those of :data:`_LEAD`): "วันที่ 14 มี.ค.", "เดือนมีนาคม".
_CALENDAR_LEAD = re.compile(r"^(?:เมื่อวันที่|เมื่อ|วันที่|วัน|เดือน|ปี)\s*")

_APPROX_WORDS = re.compile(
    r"^(?:ประมาณ|ราว\s*ๆ|ราว|ช่วง|แถว\s*ๆ|แถว|น่าจะ|คิดว่า|around|about|roughly|approx|sometime)"
)
#: One day said loosely after what else was said ("เดือนที่แล้ว ราวๆ วันที่ 20", "the 20th or
#: so", "in October, around the 18th").
_APPROX_INSIDE = re.compile(r"(?:ประมาณ|ราว\s*ๆ|แถว\s*ๆ|\baround\b|\babout\b|\bor so$|-?ish$)")
#: A full English month name and a number that can be its day: "November 20" ("Nov 25" stays
#: the year 2025).
_FULL_MONTH_DAY = re.compile(rf"^(?P<month>{'|'.join(ENGLISH_MONTHS)})\s+(?P<day>\d{{1,2}})$", re.I)
#: An English month said first, then its day: "in October, around the 18th" → "18 October".
_MONTH_THEN_DAY = re.compile(
    rf"^(?:in\s+)?{_MONTH}(?:,?\s+(?:around|about|roughly|on|maybe)\s+(?:the\s+)?|,?\s+the\s+|,\s*)"
    r"(?P<day>\d{1,2})(?:st|nd|rd|th)?$"
)
_AROUND = re.compile(r"^(?:ตอน|during|at)")
#: Words after a time that add nothing to it: "เมื่อเช้านี้เอง", "ลอยกระทงปีนี้แหละ",
#: "ตรงกับวันพ่อพอดีเลย" (it fell right on it).
_EMPHASIS = re.compile(
    r"(?:นี่เอง|เอง|นั่นแหละ|แหละ|มั้ง|ล่ะ|น่ะ|พอดี|เป๊ะ|เลย|orso|-?ish|orthereabouts|exactly)+$"
)
#: Words before a time that add nothing to it ("เมื่อ" only where "เมื่อวาน" stays whole).
_LEAD = re.compile(
    r"^(?:(?:ประมาณ|ราว\s*ๆ|ราว|ช่วง\s*ๆ|ช่วง|ตอน|แถว\s*ๆ|แถว|น่าจะ|คิดว่า|สัก|ได้"
    r"|เมื่อ(?!วาน|คืน|เช้า|กี้|กี๊|บ่าย|เย็น)"
    # "ตั้งแต่โรงเรียนเปิดเทอมสอง": the school whose term it is adds nothing to the term
    r"|(?:ทาง)?โรงเรียน(?=\s*(?:เปิด|ปิด)เทอม)"
    # "เมื่อคืนวันเสาร์ที่แล้ว": the night of the day named, not last night
    rf"|(?:เมื่อ|มื้อ)(?=คืน\s*(?:วัน)?(?:{THAI_DAYS})))\s*"
    r"|(?:around|about|roughly|approximately|approx\.?|maybe|sometime|earlier|in|on|at|during|the|from)\s+)+"
)
#: "เดือนนึง", "อาทิตย์หนึ่ง", "เดือนกว่าๆ": one of the unit, not the unit's number one.
_ONE_UNIT = re.compile(r"(วัน|อาทิตย์|สัปดาห์|เดือน|ปี)(?:หนึ่ง|นึง|(?=\s*กว่า))")
#: "ตั้งแต่ต้นปี", "since last month": from then until today.
_SINCE = re.compile(r"^(?:ตั้งแต่|since\s+)")
#: A part of the year or month, then "แล้ว", after "since" ("ตั้งแต่ต้นปีแล้ว"): "แล้ว" says it
#: has gone on since, of this year, not last year's (walk35: read as early 2568 in 2569).
_GONE_ON_SINCE = re.compile(r"^(?P<part>(?:ต้น|กลาง|ปลาย)ๆ?(?:ปี|เดือน))\s*แล้ว$")
#: A weekday before a date adds nothing to it: "วันศุกร์ที่ 27", "ศุกร์ 27 พ.ย.", "Fri 27 Nov".
_WEEKDAY_BEFORE_DATE = re.compile(rf"^(?:วัน)?(?:{THAI_DAYS}|{ENGLISH_DAYS}),?\s*(?:ที่)?\s*(?=\d)")
_BETWEEN_NUMBERS = re.compile(r"(?<=\d)\s*(?:–|—|-|~|ถึง|หรือ|or|to)\s*(?=\d)")
_RANGE = re.compile(r"\s*(?:–|—|-|~|ถึง|to|until|till)\s*")
_KEY_NOISE = re.compile(r"[\s'.,!?()\"]")
#: A polite particle closing a piece of the date before the next ("อาทิตย์ก่อนครับ วันพฤหัส",
#: "ปีที่แล้วค่ะ เดือนห้า"): the pieces are one date. Not the emphasis ("ปีนี้แหละ ก่อนเข้าพรรษา"
#: is read with its own rule).
_EMPHATIC = ("แหละ", "แหล่ะ", "หนิ", "เนาะ", "เนอะ")
_PARTICLE_BETWEEN = re.compile(
    "(?:" + "|".join(sorted(set(PARTICLES) - set(_EMPHATIC), key=len, reverse=True)) + r")\s+(?=\S)"
)
#: Between the two ends of a span said in words: "มิถุนาจนถึงสิงหา", "June to August".
#: The end of a span that is today: "ตั้งแต่มีนาถึงปัจจุบัน", "ต้นปีมาจนถึงตอนนี้", "until now".
_UP_TO_NOW = re.compile(r"(?:ปัจจุบัน|ตอนนี้|วันนี้|ทุกวันนี้|now|today|thepresent)(?:นี้)?")
_UNTIL = re.compile(
    r"\s*(?:มา\s*)?(?:จน(?:ถึง|ฮอด)|ถึง|ฮอด|–|—|~|\bup\s+to\b|\bto\b|\buntil\b|\btill\b|\bthrough\b)\s*"
)


#: Two days of the week said with "and" ("วันอังคารกับวันพุธ", "Tuesday and Wednesday"): the
#: span from the first to the last.
_WEEKDAY = (
    r"(?:วัน(?:จันทร์|อังคาร|พุธ|พฤหัส(?:บดี)?|ศุกร์|เสาร์|อาทิตย์)|(?:mon|tues|wednes|thurs|fri|satur|sun)day)"
)
_DAYS_AND = re.compile(rf"({_WEEKDAY})\s*(?:กับ|และ|แล้วก็|\band\b|&)\s*(?={_WEEKDAY})", re.I)


class _Unreadable(ValueError):
    """The text is not a date this parser knows."""


def _make_date(year: int, month: int, day: int) -> date:
    try:
        return date(year, month, day)
    except (ValueError, OverflowError) as exc:
        raise _Unreadable(str(exc)) from exc


def _guess_year(month: int, day: int, today: date) -> int:
    """No year given: the most recent such day that is not in the future."""
    try:
        candidate = date(today.year, month, day)
    except ValueError:  # 29 Feb in a non-leap year
        return today.year - 1
    return today.year if candidate <= today else today.year - 1


def _one_day(day: date) -> Span:
    return Span(day, day, DAY, approximate=False)


def _parse_date(text: str, today: date) -> Span | None:
    """Calendar forms: "14/3/2568", "14 มี.ค. 68", "March 2025", "2568"; None when none fits."""
    body = _LEAD.sub("", text)
    for _ in range(2):
        body = _CALENDAR_LEAD.sub("", body, count=1).strip()

    m = _YMD.match(body)
    if m:
        return _one_day(_make_date(year_from_typed(m["year"]), int(m["month"]), int(m["day"])))
    m = _DMY.match(body)
    if m:
        day, month = int(m["day"]), int(m["month"])
        year = year_from_typed(m["year"]) if m["year"] else _guess_year(month, day, today)
        return _one_day(_make_date(year, month, day))
    for pattern in _TEXT_DATE_RES:
        m = pattern.match(body)
        if not m:
            continue
        month = MONTH_LOOKUP[_compact(m["month"])]
        raw_year = m["year"]
        if raw_year and len(raw_year) == 2 and not m["era"] and m["month"][0].isascii():
            # English month with a short year: "Mar 25" is 2025, but "Mar 68" is BE 2568.
            year = 2000 + int(raw_year)
            if year > today.year:
                year = year_from_typed(raw_year)
        elif raw_year:
            year = year_from_typed(raw_year, m["era"])
        else:
            year = None
        if m["day"]:
            day = int(m["day"])
            if year is None:
                year = _guess_year(month, day, today) if 1 <= day <= 31 else today.year
            return _one_day(_make_date(year, month, day))
        if year is None:
            year = today.year if date(today.year, month, 1) <= today else today.year - 1
        _make_date(year, month, 1)
        return month_span(year, month)
    m = _YEAR_ONLY.match(body)
    if m and (len(m["year"]) == 4 or m["era"]):
        year = year_from_typed(m["year"], m["era"])
        return Span(_make_date(year, 1, 1), _make_date(year, 12, 31), YEAR)
    return None


def _parse_range(text: str, today: date) -> Span | None:
    """Two calendar days with a dash or "ถึง" between: "1–3 ธ.ค. 2569", "30 พ.ย. – 1 ธ.ค. 2569";
    the first borrows the month and year of the second when it has none."""
    parts = _RANGE.split(text, maxsplit=1)
    if len(parts) != 2 or not parts[0] or not parts[1]:
        return None
    last = _parse_date(parts[1], today)
    if last is None or last.precision != DAY:
        return None
    end = last.end
    if parts[0].isdigit():
        first = _one_day(_make_date(end.year, end.month, int(parts[0])))
    else:
        first = _parse_date(f"{parts[0]} {end.year}", today) or _parse_date(parts[0], today)
    if first is None or first.precision != DAY or first.start > end:
        return None
    return Span(first.start, end, DAY)


def _span_between(text: str, today: date) -> Span | None:
    """Two times said as its ends, each a month, a festival or any time read alone: "เดือน
    มิถุนาจนถึงเดือนสิงหาปีนี้", "from June to August" (the first is the year before when it
    would come after the last)."""
    parts = _UNTIL.split(_DAYS_AND.sub(r"\1 ถึง ", text), maxsplit=1)
    if len(parts) != 2 or not parts[0].strip() or not parts[1].strip():
        return None
    first_said, last_said = (_LEAD.sub("", part.strip()) or part for part in parts)
    now = _UP_TO_NOW.fullmatch(_key(parts[1]))  # "ตอนนี้" before "ตอน" is taken off
    last = Span(today, today, DAY) if now else _end(last_said, today)
    first = _end(first_said, last.end if last else today) if last else None
    if first is None or first.start > last.end:
        return None
    coarse = first.precision if first.precision == last.precision else DAY
    return Span(first.start, last.end, coarse)


def _end(said: str, today: date) -> Span | None:
    """One end of a span: "เดือนมิถุนา" as "มิถุนา", "เดือนนี้" whole (without "เดือน" it is no time)."""
    return _read(_CALENDAR_LEAD.sub("", said) or said, today, False) or _read(said, today, False)


_COMPACT_NOISE = re.compile(r"[\s'.,\-!?]")


def _compact(text: str) -> str:
    return _COMPACT_NOISE.sub("", text)


def _key(text: str) -> str:
    """The comparison key of spoken forms: number words as digits, ranges as "2-3", no
    spaces or dots."""
    text = words_to_digits(_ONE_UNIT.sub(r"1\1", text))
    key = fix_typos(_KEY_NOISE.sub("", _BETWEEN_NUMBERS.sub("-", text)))
    return _EMPHASIS.sub("", key) or key


def _answer(span: Span, today: date, original: str, approximate: bool) -> WhenAnswer:
    """The span checked against today: nothing from the future, nothing before 2500 BE; a
    span still going on ends today."""
    if span.start > today:
        return WhenAnswer(None, False, None, "future")
    end = min(span.end, today)
    if span.start < EARLIEST:
        return WhenAnswer(None, False, None, "too_old")
    rough = approximate or span.approximate or span.start != end
    return WhenAnswer(
        span.start, False, original if rough else None, None, end, span.precision, approximate
    )


def _read(text: str, today: date, around: bool) -> Span | None:
    key = _key(text)
    span = (
        read_spoken(key, today)
        or _parse_date(text, today)
        or beside(key, today, lambda rest: read_spoken(rest, today) or read_festival(rest, today))
        or read_festival(key, today, around)
        or _parse_range(text, today)
        or _span_between(text, today)
    )
    if span:
        return span
    for other in rephrased(key):
        span = read_spoken(other, today) or read_festival(other, today, around)
        if span:
            return span
    return None


def parse_when(text: str, today: date) -> WhenAnswer:
    """Read when something happened, relative to ``today`` (the local date in Buriram).

    Returns a :class:`WhenAnswer`: the first and last day meant (``date``/``start`` and
    ``end``) with the ``precision`` they were said in and, when they were not one calendar
    day, the person's words in ``approximate_text``. A month alone not yet come this year
    is last year's; a span still going on ends today. "ไม่ทราบ"/"don't know" gives
    ``unknown=True``; otherwise ``error`` is "future", "too_old" or "unreadable".
    Never raises.
    """
    original = re.sub(r"\s+", " ", unicodedata.normalize("NFC", text or "")).strip()
    if not _compact(clean(text)):
        return WhenAnswer(None, False, None, "unreadable")
    if is_dont_know(text):
        return WhenAnswer(None, True, None, None)
    said = _PARTICLE_BETWEEN.sub(" ", strip_particles(said_in_order(text)))
    approximate = bool(_APPROX_WORDS.match(said) or _APPROX_INSIDE.search(said))
    around = approximate or bool(_AROUND.match(said))
    since = _SINCE.match(said)
    bare = _LEAD.sub("", said[since.end() if since else 0 :]).strip() or said
    bare = _GONE_ON_SINCE.sub(r"\g<part>", bare) if since else bare
    bare = _WEEKDAY_BEFORE_DATE.sub("วันที่ ", bare)
    month_first = _MONTH_THEN_DAY.match(bare) or _FULL_MONTH_DAY.match(bare)
    if month_first and int(month_first["day"]) <= 31:
        bare = f"{month_first['day']} {month_first['month']}"
    plain = TIME_OF_DAY.sub("", bare).strip() or bare  # "เมื่อวานตอนเย็น" without its time of day
    try:
        span = (
            _read(bare, today, around)
            or (_read(said, today, around) if bare != said else None)
            # the same words are not read again: `_read` of them was None already
            or (_read(plain, today, around) if plain not in (bare, said) else None)
        )
    except (_Unreadable, ValueError, OverflowError):
        return WhenAnswer(None, False, None, "unreadable")
    if span is None:
        return WhenAnswer(None, False, None, "unreadable")
    if since and not _UNTIL.search(bare):  # "ตั้งแต่…" alone goes on until today
        span = Span(span.start, today, span.precision)
    return _answer(span, today, original, approximate)


#: A school term's opening or closing said with its month ("เปิดเทอมมิถุนายน 2569"): the month
#: said wins over the term's usual days (a term word alone is the calendar's, `festivals`).
_TERM_BEFORE_MONTH = re.compile(rf"(?:เปิด|ปิด)เทอม\s*(?=(?:เดือน)?\s*(?:{MONTH_ALTERNATIVES}))")
#: "Since then" after a time said first ("เปิดเทอมมิถุนายน 2569 ค่ะ ตั้งแต่นั้นมาจนถึงตอนนี้"):
#: that time is the span's first end.
_SINCE_THEN = re.compile(
    r"\s(?:ตั้งแต่|นับแต่|นับจาก)\s*(?:ตอน|วัน|เดือน|ปี)?(?:นั้น|นู้น|โน้น)\s*(?:เป็นต้น)?(?:มา)?\s*"
)


def said_in_order(text: str) -> str:
    """A time said, then "since then" (`_SINCE_THEN`), put as "ตั้งแต่ <that time> …"; the
    term word beside a month dropped (`_TERM_BEFORE_MONTH`)."""
    text = _TERM_BEFORE_MONTH.sub("", text)
    then = _SINCE_THEN.search(text)
    if then is None or not text[: then.start()].strip() or _SINCE.match(text):
        return text
    return f"ตั้งแต่ {text[: then.start()].strip()} {text[then.end() :]}".strip()


# A message's readers ask for the same words' date again (the whole text, then a sentence
# of it, a frame tried): remembered while it is read, then forgotten (`forget`), as the
# clean-ups are. The answer is frozen, so every caller may share it.
@lru_cache(maxsize=256)
def parse_when_remembered(text: str, today: date) -> WhenAnswer:
    """`parse_when`, remembered for the message being read."""
    return parse_when(text, today)


def forget() -> None:
    """Forget the remembered dates (the understanding calls it once a message is read)."""
    parse_when_remembered.cache_clear()
