"""The date a message speaks of, found inside any text and read by `handlers.thai.dates`."""

from __future__ import annotations

import calendar
import re
from datetime import date, timedelta

from handlers.thai import dates

_NUMBER = r"(?:\d{1,3}|หนึ่ง|นึง|สอง|สาม|สี่|ห้า|หก|เจ็ด|แปด|เก้า|สิบ|ยี่สิบ|a|one|two|three|few)"
_UNIT = r"(?:วัน|อาทิตย์|อาทิด|สัปดาห์|เดือน|ปี|days?|weeks?|months?|years?)"
_WEEKDAY = r"(?:จันทร์|อังคาร|พุธ|พฤหัส(?:บดี)?|ศุกร์|เสาร์|อาทิตย์)"
_MONTHS = "|".join(
    [
        *(
            re.escape(m)
            for m in sorted(
                (*dates.THAI_MONTHS, *dates.THAI_MONTHS_SHORT, *dates.THAI_MONTHS_SPOKEN),
                key=len,
                reverse=True,
            )
        ),
        *(rf"\b{m}\b" for m in dates.ENGLISH_MONTHS),
    ]
)
_LAST = r"(?:ที่แล้ว|ที่ผ่านมา|ก่อน|นี้|ปีนี้|ปีที่แล้ว|ปีก่อน|ปีกลาย|แล้ว)?"
_FESTIVAL = r"(?:สงกรานต์|ปีใหม่|ลอยกระทง|ออกพรรษา|เข้าพรรษา|มาฆบูชา|วิสาขบูชา|บุญบั้งไฟ)"
_DATE_PHRASE = re.compile(
    "|".join(
        (
            r"(?:เมื่อ)?วานซืน|(?:เมื่อ)?วานนี้|เมื่อวาน|มื้อวาน|มื้อซืน|มื้อนี้|วันนี้|เมื่อเช้า|เมื่อคืน",
            rf"(?:ประมาณ|ราวๆ|ราว|ช่วง)?\s*{_NUMBER}(?:\s*-\s*{_NUMBER})?\s*{_UNIT}(?:กว่าๆ|กว่า)?"
            r"\s*(?:ก่อน|ที่แล้ว|ที่ผ่านมา|มาแล้ว|ago)",
            rf"(?:ต้น|กลาง|ปลาย)(?:เดือน|ปี){_LAST}",
            rf"(?:วัน)?{_WEEKDAY}{_LAST}",
            r"(?:อาทิตย์|สัปดาห์|เดือน|ปี)(?:ที่แล้ว|ก่อน|ที่ผ่านมา|นี้|กลาย)",
            rf"(?:\d{{1,2}}\s*)?(?:เดือน)?(?:{_MONTHS})(?:\s*(?:พ\.?ศ\.?|ค\.?ศ\.?)?\s*\d{{2,4}})?",
            r"\d{1,2}\s*[/.\-]\s*\d{1,2}(?:\s*[/.\-]\s*\d{2,4})?",
            rf"(?:ช่วง|ตอน|วัน|งาน)?{_FESTIVAL}{_LAST}",
            r"เดือน\s*\d{1,2}",
            r"(?:พ\.?ศ\.?|ปี)\s*25\d\d",
            r"yesterday|today|last\s+(?:week|month|year|monday|tuesday|wednesday|thursday|friday"
            r"|saturday|sunday)",
            r"(?:end|beginning|start|middle)\s+of\s+(?:last|this)\s+(?:month|year)",
        )
    ),
    re.IGNORECASE,
)
#: Words that say how wide the time is, when the parser gives only a date.
_MONTH_ONLY = re.compile(rf"^(?:ประมาณ|ช่วง|ตอน|ราว|in\s+)?\s*(?:เดือน)?(?:{_MONTHS})", re.I)
_YEAR_WORDS = re.compile(r"(?:^|\s)(?:ปี\s*(?:ที่แล้ว|ก่อน|กลาย)|พ\.?ศ\.?\s*\d{4}|\d{4})$|last year")
_WEEK_WORDS = re.compile(r"อาทิตย์|สัปดาห์|อาทิด|week")


def _span(answer: dates.WhenAnswer, phrase: str, today: date) -> dict | None:
    """{"start", "end", "precision"} from what the date parser read."""
    start = getattr(answer, "start", None)
    end = getattr(answer, "end", None)
    precision = getattr(answer, "precision", None)
    if start and end:
        return {"start": start.isoformat(), "end": end.isoformat(), "precision": precision or "day"}
    if answer.date is None:
        return None
    day = answer.date
    if answer.approximate_text is None:
        return {"start": day.isoformat(), "end": day.isoformat(), "precision": "day"}
    words = phrase.strip().lower()
    if _MONTH_ONLY.match(words) and not re.match(r"^\d", words) and day.day == 1:
        last = date(day.year, day.month, calendar.monthrange(day.year, day.month)[1])
        return _range(day, min(last, today), "month")
    if _YEAR_WORDS.search(words) and day.month == 1 and day.day == 1:
        return _range(day, min(date(day.year, 12, 31), today), "year")
    if _WEEK_WORDS.search(words):
        return _range(day - timedelta(days=3), min(day + timedelta(days=3), today), "week")
    return _range(day, day, "day")


def _range(start: date, end: date, precision: str) -> dict:
    return {"start": start.isoformat(), "end": end.isoformat(), "precision": precision}


def read_date(text: str, today: date, whole: bool) -> tuple[dict, str] | None:
    """The first date phrase in `text` as a span, with the words it was read from; when
    `whole`, the whole text is tried first (the answer to "when?")."""
    if whole:
        answer = dates.parse_when(text, today)
        span = _span(answer, text, today)
        if span:
            return span, text
    for found in _DATE_PHRASE.finditer(text):
        phrase = found.group(0).strip()
        if not phrase or phrase.isdigit():
            continue
        span = _span(dates.parse_when(phrase, today), phrase, today)
        if span:
            return span, phrase
    return None


def says_unknown_date(text: str, today: date) -> bool:
    """The person says they don't know when."""
    return dates.parse_when(text, today).unknown
