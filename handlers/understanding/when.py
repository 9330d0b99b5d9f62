"""The date a message speaks of: read by `handlers.thai.dates` (the one home of dates), as
the span {"start", "end", "precision"} the understanding carries."""

from __future__ import annotations

import re
from datetime import date, timedelta

from handlers.thai.dates import parse_when_remembered, said_in_order
from handlers.thai.dates_in_text import find_when
from handlers.thai.gated import gated
from handlers.thai.months import MONTH_ALTERNATIVES
from handlers.thai.normalise import clean, strip_particles
from handlers.understanding import lexicon

#: A span said by its own first day, after a season or year said before it ("ช่วงเกี่ยวข้าว
#: ปีนี้ค่ะ ตั้งแต่ตุลาจนถึงตอนนี้"), or after a deed going on ("หักมาตั้งแต่ต้นปี": "…มา" runs up
#: to now): the teller's own ends win.
_OWN_ENDS = re.compile(
    r"(?:(?<=\s)|(?<=มา)|^(?:ช่วง|ตอน)?)(?P<first>ตั้งแต่|จาก(?=\S+(?:จน)?ถึง)|since\s)",
    re.I,
)
#: The last end of such a span, said in one run of Thai ("…จนถึงออกพรรษาเลยค่ะ"): what follows
#: after a space ("ทุกวันพระ") says how often, not when.
_LAST_END = re.compile(r"(?:จน)?(?:ถึง|ฮอด)\s*\S+")
_EMPHASIS_AFTER = re.compile(r"(?:เลย|แหละ|นั่นแหละ)$")
#: A day said as where something began ("จริงๆเริ่มวันที่ ๑๖ พ.ย.", "…ครับ ตั้งแต่วันที่ 16"):
#: the first day of a span still going on, not the one day it happened.
_BEGAN_ON = re.compile(r"(?:ตั้งแต่|เริ่ม(?:ตั้งแต่)?|since)\s*$", re.I)
#: "Since" after a deed going on ("เป็นมาตั้งแต่", "หักมาตั้งแต่", "เริ่มตั้งแต่"): whatever time
#: follows, a day or a part of the year, runs up to today (not "เบิกไปตั้งแต่สิงหา": done then).
_GOING_ON_SINCE = re.compile(r"(?:มา|เริ่ม)\s*ตั้งแต่\s*$")
#: A dash between two months ("ม.ค. - พ.ย. 2569", "มี.ค.-มิ.ย. 69"): a span, as "ถึง" says it.
_MONTH_DASH = re.compile(r"(?<!\S)(?P<first>[ก-๙.]+)\s*[-–—]\s*(?=[ก-๙])")
#: A month's name as a word (Thai, English, short or full: "Sep", "กันยา"), not inside a word.
_A_MONTH = rf"(?<![a-z])(?:{MONTH_ALTERNATIVES})(?![a-z])\.?"
#: Two months joined by a dash or an English "to" ("Jul - Sep 2026", "July to September 2026",
#: "from May to July"): a span, as "ตั้งแต่ … ถึง" says it (walk29: read as July alone).
#: Gated: it may begin with "from" or any month, and `re` tried it at every place (~13× dearer).
_MONTHS_JOINED = gated(
    re.compile(
        rf"(?:\bfrom\s+)?(?P<first>{_A_MONTH})\s*(?:[-–—]|\b(?:to|till|until|through|thru)\b)\s*"
        rf"(?={_A_MONTH})",
        re.I,
    )
)
#: A month said as when the work began and one as when it was finished, in either order
#: ("สร้างเสร็จ Sep 2026 ครับ เริ่ม July", "started in June, finished August 2026").
_BEGAN_IN = re.compile(
    rf"(?:เริ่ม|\b(?:start(?:ed)?|began|begin))\S*?\s*(?:in\s+)?(?P<month>{_A_MONTH})(?:\s*(?P<year>\d{{4}}))?",
    re.I,
)
_ENDED_IN = re.compile(
    rf"(?:เสร็จ|จบ|\b(?:finish(?:ed)?|end(?:ed)?|complete(?:d)?))\S*?\s*(?:in\s+)?(?P<month>{_A_MONTH})"
    rf"(?:\s*(?P<year>\d{{4}}))?",
    re.I,
)


def _months_as_span(text: str) -> str:
    """Months joined by a dash or "to", or said as when work began and ended, put as "ตั้งแต่ X
    ถึง Y": a span the date reader knows. The text as it was when it says neither."""
    began, ended = _BEGAN_IN.search(text), _ENDED_IN.search(text)
    if began and ended and began.start() != ended.start():
        year = ended["year"] or began["year"] or ""
        return f"ตั้งแต่ {began['month']} ถึง {ended['month']} {year}".strip()
    return _MONTHS_JOINED.sub(r"ตั้งแต่ \g<first> ถึง ", text, count=1)


#: A span's end said as now ("…จนถึงตอนนี้", "ถึงวันนี้", "august until now", "october to now"):
#: it runs up to today, whatever the first end names (a school term, a month), and its first
#: month is one end of it, never the month it is narrowed to.
_TO_NOW = re.compile(
    r"(?:จน)?(?:ถึง|ฮอด)\s*(?:ตอนนี้|วันนี้|ปัจจุบัน|เดี๋ยวนี้)"
    r"|\b(?:until|till|to|through)\s+(?:now|today|the\s+present)\b",
    re.I,
)


#: The Thai fiscal year ("ปีงบ 2568", "ปีงบประมาณ พ.ศ. 2569", "fiscal year 2025"): 1 October of
#: the year before to 30 September of the year named.
_FISCAL_YEAR = re.compile(
    r"(?:ปีงบ(?:ประมาณ)?|fiscal\s+year|FY)\s*(?:พ\.?\s*ศ\.?\s*)?(?P<year>\d{4}|\d{2})(?!\d)", re.I
)


#: The fiscal year under way, named by no number ("ตั้งแต่ขึ้นปีงบใหม่ ตุลาคม", "ปีงบนี้", "since the
#: new fiscal year"): from its 1 October to today.
_FISCAL_YEAR_NOW = re.compile(
    r"ปีงบ(?:ประมาณ)?\s*(?:ใหม่|นี้)|\b(?:new|this|current)\s+fiscal\s+year\b", re.I
)


def _fiscal_year(text: str, today: date) -> tuple[dict, str] | None:
    """The fiscal year named in `text` as its span, None when none is (or it has not begun)."""
    said = _FISCAL_YEAR.search(text)
    if not said:
        now = _FISCAL_YEAR_NOW.search(text)
        if not now:
            return None
        start = date(today.year if today.month >= 10 else today.year - 1, 10, 1)
        return {"start": start.isoformat(), "end": today.isoformat(), "precision": "month"}, now[0]
    year = int(said["year"])
    year = year + 2500 if year < 100 else year
    year = year - 543 if year > 2400 else year
    start, end = date(year - 1, 10, 1), min(date(year, 9, 30), today)
    if start > today:
        return None
    return {"start": start.isoformat(), "end": end.isoformat(), "precision": "month"}, said[0]


#: A school-term word said with a month ("ตั้งแต่เปิดเทอมพฤษภา", "ปิดเทอมเดือนเมษา", "เทอม 2
#: พฤศจิกา"): the month said is when, the term only its setting (read as the term alone, the
#: term's own month won: November for May, and "2 พฤศจิกา" was the 2nd).
_TERM_BEFORE_MONTH = re.compile(
    r"(?:เปิด|ปิด)?\s*เทอม\s*(?:ใหญ่|เล็ก|แรก|หลัง|หนึ่ง|สอง|[12](?!\d))?\s*(?:ของ)?"
    # … or with the day before the month ("เปิดเทอมสองวันที่ 2 พฤศจิกา": the 2nd, not the term)
    rf"(?=(?:เดือน|ช่วง|ตอน|(?:วันที่|วัน)?\s*\d{{1,2}})?\s*(?<![a-z])(?:{MONTH_ALTERNATIVES})(?![a-z]))",
    re.I,
)


def _month_over_term(text: str) -> str:
    """The text without a school-term word said just before a month, else as it was."""
    return _TERM_BEFORE_MONTH.sub("", text).strip()


#: How long a deed has gone on, said after it ("เก็บมา3เดือนแล้ว", "เรียกเก็บมาสามเดือนแล้วค่ะ",
#: "เป็นมาได้ 2 เดือนละ"; walk38: read as the one month three back): from that long ago to
#: today. Not "3 เดือนมาแล้ว" / "3 เดือนที่แล้ว" (ago: the count before มา, or "ที่แล้ว" after).
_GOING_ON_FOR = re.compile(
    r"(?<=[ก-๙])มา(?:ได้|เป็นเวลา)?\s*(?P<count>\d{1,2}|หนึ่ง|สอง|สาม|สี่|ห้า|หก|เจ็ด|แปด|เก้า|สิบ)"
    r"\s*(?P<unit>วัน|อาทิตย์|สัปดาห์|เดือน|ปี)\s*(?:กว่า)?\s*(?:แล้ว|ละ)(?!\s*(?:ก่อน|ที่แล้ว))"
)
_COUNT_WORDS = {"หนึ่ง": 1, "สอง": 2, "สาม": 3, "สี่": 4, "ห้า": 5, "หก": 6, "เจ็ด": 7}
_COUNT_WORDS |= {"แปด": 8, "เก้า": 9, "สิบ": 10}


def _going_on_for(text: str, today: date) -> tuple[dict, str] | None:
    """The span of a deed said to have gone on for so long up to now, else None."""
    said = _GOING_ON_FOR.search(text)
    if said is None:
        return None
    count = int(said["count"]) if said["count"].isdigit() else _COUNT_WORDS[said["count"]]
    unit = said["unit"]
    if unit == "วัน":
        start, precision = today - timedelta(days=count), "day"
    elif unit in ("อาทิตย์", "สัปดาห์"):
        start, precision = today - timedelta(weeks=count), "week"
    else:
        months = count * (12 if unit == "ปี" else 1)
        year, month = divmod(today.year * 12 + today.month - 1 - months, 12)
        start, precision = date(year, month + 1, min(today.day, 28)), "month"
    return {"start": start.isoformat(), "end": today.isoformat(), "precision": precision}, said[0]


#: The latest time of a deed still going on, said after the span ("หักทุกเดือนตั้งแต่ต้นปีค่ะ ล่าสุด
#: วันที่ ๑๐ พ.ย.", "เป็นแบบนี้มาสามเดือนแล้ว ล่าสุดตอนสิ้นเดือนพฤศจิกา", "since March, the latest
#: was on 20 November"): the span ends there, not today (walk40: read as the latest day alone, or
#: up to today).
_LATEST = re.compile(
    r"(?:ครั้ง|รอบ)?ล่าสุด(?:คือ|ก็)?\s*|,?\s*\b(?:the\s+)?(?:latest|last\s+time)\b\s*(?:was\s+|is\s+)?",
    re.I,
)


_SINCE = re.compile(r"ตั้งแต่|\bsince\b", re.I)


def _until_latest(text: str, today: date) -> tuple[dict, str] | None:
    """A span going on up to now said before its latest time: from its start to that time's
    end; None when either is not read, or the latest time does not fall inside the span."""
    latest = _LATEST.search(text)
    if latest is None or not text[: latest.start()].strip():
        return None
    before = text[: latest.start()]
    going = _read_date(before, today, True)
    last = read_date(strip_particles(text[latest.end() :]).strip(), today, True)
    if not going or not last:
        return None
    # "ทุกเดือนตั้งแต่เดือนมีนา": a span said by its first end is going on, though read alone
    if going[0]["end"] != today.isoformat() and not _SINCE.search(before):
        return None
    start, end = going[0]["start"], last[0]["end"]
    if not start < end <= today.isoformat():
        return None
    return {"start": start, "end": end, "precision": "day"}, text


def read_date(text: str, today: date, whole: bool) -> tuple[dict, str] | None:
    """The date `text` speaks of as a span, with the words it was read from (`_read_date`);
    words put in another order to be read (`said_in_order`) are given as said."""
    said = said_in_order(text)
    found = _read_date(said, today, whole)
    if found and said != text and found[1] not in text:
        return found[0], text
    return found


def _read_date(text: str, today: date, whole: bool) -> tuple[dict, str] | None:
    """The date `text` speaks of as a span, with the words it was read from; when `whole`
    (the answer to "when?"), the whole text is read first, unless it reads as a year only
    and a finer time is said in it ("ปีที่แล้ว ประมาณ ต.ค." is October of last year), and a
    span said by its own first day after another time wins ("…ปีนี้ค่ะ ตั้งแต่ตุลาจนถึงตอนนี้")."""
    latest = _until_latest(text, today) if whole else None
    if latest:
        return latest
    fiscal = _fiscal_year(text, today) or (_going_on_for(text, today) if whole else None)
    if fiscal:
        return fiscal
    text = _month_over_term(text)
    text = _MONTH_DASH.sub(r"ตั้งแต่ \g<first> ถึง ", text, count=1) if whole else text
    text = _months_as_span(text) if whole else _MONTHS_JOINED.sub(r"ตั้งแต่ \g<first> ถึง ", text, 1)
    own = _OWN_ENDS.search(text) if whole else both_ends(text, today)
    if own:
        said = text[own.start("first") :]
        last = _LAST_END.search(said)
        cut = _EMPHASIS_AFTER.sub("", strip_particles(said[: last.end()])) if last else said
        now = _TO_NOW.search(said)  # "…ถึงวันนี้ยังเป็นอยู่เลย": the span ends at "now"
        cut = said[: now.end()] if now else cut
        first = said.split()[0] if not last and len(said.split()) > 1 else ""
        span = (
            parse_when_remembered(said, today).as_value()
            or parse_when_remembered(cut, today).as_value()
            # "ตั้งแต่พฤศจิกาครับ ทุกวันเลย": the words after a space say how often, not when
            or (parse_when_remembered(first, today).as_value() if first else None)
        )
        found = (span, said) if span else (read_date(said, today, False) if whole else None)
        if found and (_TO_NOW.search(said) or (not span and _first_end_read(said, found[1]))):
            # "ตั้งแต่พฤศจิกาครับ ทุกวันเลย": how often said after it, the span still runs to now
            found = (_up_to(found[0], today), found[1])
        if found:
            return found
    said_day = _date_said_apart(text, today) if whole else None
    if said_day:
        return said_day
    whole_span = parse_when_remembered(text, today).as_value() if whole else None
    if whole_span and whole_span["precision"] != "year":
        month = _month_beside(text, whole_span, today)
        return (month, text) if month else (whole_span, text)
    found = find_when(text, today)
    if whole_span and (found is None or found[0].precision == "year"):
        return whole_span, text
    if found is None:
        return None
    began = _began_on(text, found[1], today)
    if began:
        return began, found[1]
    span = found[0].as_value()
    if span and span["precision"] != "year":  # "…ช่วงปิดเทอมใหญ่ปีที่แล้วค่ะ ประมาณเมษา" in a story
        # "สิ้นเดือนที่แล้วค่ะ วันที่ 30": the answer's day, said apart, narrows the part of a month
        day = _day_beside(text, span) if whole else None
        narrowed = None if _TO_NOW.search(found[1]) else _month_beside(found[1], span, today)
        span = day or narrowed or span
    return (span, found[1]) if span else None


#: A day and its month said together ("8 พฤศจิกายน", "24 พ.ย. 69"), not as one end of a span
#: ("1-3 ธ.ค.", "ถึง 5 ธ.ค.").
_DAY_AND_MONTH = re.compile(
    rf"(?<![\d\-–])(?<!ถึง)(?<!ถึง )(?:วันที่\s*)?\d{{1,2}}\s*(?:เดือน)?{_A_MONTH}"
    rf"(?:\s*(?:พ\.?\s*ศ\.?\s*)?\d{{2,4}}(?!\d))?(?!\s*(?:[-–]|ถึง|จนถึง|to\b))",
    re.I,
)


def _date_said_apart(text: str, today: date) -> tuple[dict, str] | None:
    """One day of a month said beside other words ("วันทอดกฐินวัดเราครับ 8 พฤศจิกายน",
    "ตอนงานวัด 24 พ.ย."): the teller's own date, finer than the festival or season named with
    it. None when no such day is said, or two are, or the text is that date alone."""
    found = list(_DAY_AND_MONTH.finditer(text))
    if len(found) != 1 or not strip_particles(text.replace(found[0][0], " ")).strip():
        return None
    span = parse_when_remembered(found[0][0], today).as_value()
    if not span or span["precision"] != "day" or span["start"] != span["end"]:
        return None
    return span, found[0][0]


#: A span's first end inside other words ("…ค่ะ ตั้งแต่ ต.ค. 67", "เป็นช่วง ธ.ค. 67", "from March
#: 2025"), and its last end ("จนถึง ก.ย. 68", "ฮอด ส.ค. 68", "to July 2025").
_FIRST_END = re.compile(r"(?:(?<=\s)|(?<=เป็น)|^)(?P<first>ตั้งแต่|ช่วง|จาก|from\s)", re.I)
_LAST_SAID = re.compile(r"(?:จน)?(?:ถึง|ฮอด)\s*|\s(?:to|until|till|through)\s+", re.I)
_END_WORDS = 3  # words after the last end that name it ("ก.ย. 68", "July 2025")


def both_ends(text: str, today: date) -> re.Match | None:
    """A span said with both its ends inside other words ("แก้วันที่ค่ะ ตั้งแต่ ต.ค. 67 จนถึง
    ก.ย. 68", "change the date: from March 2025 to July 2025"): where its first end begins,
    when what follows its last end is a time of its own ("…ถึงบ้าน" is no span); else None."""
    for first in _FIRST_END.finditer(text):
        for last in _LAST_SAID.finditer(text, first.end()):
            after = " ".join(strip_particles(text[last.end() :]).split()[:_END_WORDS])
            if after and parse_when_remembered(after, today).date is not None:
                return first
    return None


#: What may stand between "since" and the time it names ("ตั้งแต่ เดือนพฤศจิกา").
_SINCE_LEAD = re.compile(r"^(?:ตั้งแต่|since)\s*(?:เดือน|วันที่|วัน|ปี|ตอน|ช่วง)?\s*$", re.I)


def _first_end_read(said: str, words: str) -> bool:
    """The time read from a span said by its own first day is the one right after "since"
    (`_SINCE_LEAD`): its first end, not a time said later in the message."""
    at = said.find(words)
    return at > 0 and bool(_SINCE_LEAD.match(said[:at]))


def _up_to(span: dict, today: date) -> dict:
    """The span run on to today, when it began before today and ended sooner."""
    if span["start"] > today.isoformat() or span["end"] >= today.isoformat():
        return span
    return {"start": span["start"], "end": today.isoformat(), "precision": "day"}


def _began_on(text: str, said: str, today: date) -> dict | None:
    """The span from a day said as where something began up to today, None when the day is
    not said so (or is no single day before today)."""
    at = text.find(said)
    if at < 0 or not _BEGAN_ON.search(text[:at]):
        return None
    if _GOING_ON_SINCE.search(text[:at]):  # "หักมาตั้งแต่ต้นปี": a month or more, still going on
        since = parse_when_remembered(f"ตั้งแต่ {said}", today)
        return since.as_value() if since.date is not None and since.date < today else None
    day = parse_when_remembered(said, today)
    if day.date is None or day.precision != "day" or (day.end or day.date) != day.date:
        return None
    if day.date >= today:
        return None
    return parse_when_remembered(f"ตั้งแต่ {said}", today).as_value()


def _month_beside(text: str, span: dict, today: date) -> dict | None:
    """A month said on its own beside a longer time ("ช่วงบุญบั้งไฟปีนี้ค่ะ เดือนพฤษภา",
    "ปิดเทอมใหญ่ค่ะ เดือนเมษา"): the teller narrows the festival or season to that month, of
    the year it fell in; so does a day of the month said beside it ("…วันที่ 14"). None when
    no month is said apart, or the time is inside the month ("วันที่ 5 เดือนพฤษภา" is the 5th)."""
    first, last = date.fromisoformat(span["start"]), date.fromisoformat(span["end"])
    pieces = text.split()
    day = _day_beside(text, span)  # "สงกรานต์ปีที่แล้วค่ะ วันที่ 14": that day of the festival
    if day:
        return day
    for piece in pieces if len(pieces) > 1 else ():
        month = parse_when_remembered(piece, today).as_value()
        if month and month["precision"] == "week" and _inside(month, first, last):
            return month  # "เปิดเทอมสอง ต้นเดือนพฤศจิกา": part of a month, inside the season
        if not month or month["precision"] != "month":
            continue
        start, end = date.fromisoformat(month["start"]), date.fromisoformat(month["end"])
        for year in sorted({first.year, last.year}):
            shifted = _in_year(start, end, year)
            if shifted and shifted[0] <= first and last <= shifted[1]:
                return None  # the time said is inside the month: it is the finer one
            if shifted and shifted[0] <= last and first <= shifted[1]:
                return {
                    "start": shifted[0].isoformat(),
                    "end": shifted[1].isoformat(),
                    "precision": "month",
                }
        if _TWICE_A_YEAR.search(text):
            # "เปิดเทอมปีที่แล้วค่ะ เดือนพฤษภา": a term comes twice a year and the month says
            # which; that month of the year the term was taken in
            shifted = _in_year(start, end, first.year)
            if shifted:
                return {
                    "start": shifted[0].isoformat(),
                    "end": shifted[1].isoformat(),
                    "precision": "month",
                }
    return None


#: School terms open and close twice a year: a month said beside one tells which.
_TWICE_A_YEAR = re.compile(r"เปิดเทอม|ปิดเทอม(?!ใหญ่)")


#: A day of the month said alone ("วันที่ 14", "…ค่ะ ส่งงานวันที่ 28": glued to the deed done on
#: it, never "ทุกวันที่ 5", how often), and the longest time it may pick a day of.
_DAY_SAID = re.compile(r"(?<!ทุก)วันที่\s?(?P<day>\d{1,2})(?!\d)")
_SPAN_DAYS = 62


def _day_beside(text: str, span: dict) -> dict | None:
    """The one day of `span` (a festival, a part of a month) named by a day of the month said
    apart from it ("…ค่ะ วันที่ 14"); None when no such day is said, or it falls in the span
    never or more than once."""
    first, last = date.fromisoformat(span["start"]), date.fromisoformat(span["end"])
    day = _DAY_SAID.search(text) if len(text.split()) > 1 else None
    if not day or first == last or (last - first).days >= _SPAN_DAYS:
        return None
    within = (first + timedelta(days=n) for n in range((last - first).days + 1))
    on = [d for d in within if d.day == int(day["day"])]
    if len(on) != 1:
        return None
    return {"start": on[0].isoformat(), "end": on[0].isoformat(), "precision": "day"}


def _inside(span: dict, first: date, last: date) -> bool:
    """Whether the span lies within first..last, and is shorter."""
    start, end = date.fromisoformat(span["start"]), date.fromisoformat(span["end"])
    return first <= start and end <= last and (start, end) != (first, last)


def _in_year(start: date, end: date, year: int) -> tuple[date, date] | None:
    """A month's first and last days moved to `year`."""
    if start.month != end.month:
        return None
    following = date(year + (start.month == 12), start.month % 12 + 1, 1)
    return date(year, start.month, 1), date.fromordinal(following.toordinal() - 1)


#: What comes right before a time when the news was seen or sent ("เห็นในเฟซเมื่อวาน").
SEEN_BEFORE = re.compile(lexicon.SEEN_AT_SECOND_HAND, re.I)


def without_seen_days(text: str, today: date) -> str:
    """The text (cleaned) without the times that are when the teller saw or was sent the news
    ("ไม่รู้ครับ เห็นในเฟซเมื่อวาน ถนนสร้างเสร็จประมาณเดือนสิงหา": เมื่อวาน is no time of it)."""
    rest = clean(text)
    for _ in range(3):
        found = find_when(rest, today)
        at = rest.find(found[1]) if found and isinstance(found[1], str) and found[1] else -1
        if at < 0 or not SEEN_BEFORE.search(rest[:at]):
            return rest
        rest = f"{rest[:at]} {rest[at + len(found[1]) :]}"
    return rest
