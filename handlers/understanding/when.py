"""The date a message speaks of: read by `handlers.thai.dates` (the one home of dates), as
the span {"start", "end", "precision"} the understanding carries."""

from __future__ import annotations

import re
from datetime import date

from handlers.thai.dates import parse_when
from handlers.thai.dates_in_text import find_when

#: A span said by its own first day, after a season or year said before it ("ช่วงเกี่ยวข้าว
#: ปีนี้ค่ะ ตั้งแต่ตุลาจนถึงตอนนี้"), or after a deed going on ("หักมาตั้งแต่ต้นปี": "…มา" runs up
#: to now): the teller's own ends win.
_OWN_ENDS = re.compile(r"(?:(?<=\s)|(?<=มา))(?:ตั้งแต่|since\s)", re.I)


def read_date(text: str, today: date, whole: bool) -> tuple[dict, str] | None:
    """The date `text` speaks of as a span, with the words it was read from; when `whole`
    (the answer to "when?"), the whole text is read first, unless it reads as a year only
    and a finer time is said in it ("ปีที่แล้ว ประมาณ ต.ค." is October of last year), and a
    span said by its own first day after another time wins ("…ปีนี้ค่ะ ตั้งแต่ตุลาจนถึงตอนนี้")."""
    own = _OWN_ENDS.search(text) if whole else None
    if own:
        said = text[own.start() :]
        span = parse_when(said, today).as_value()
        found = (span, said) if span else read_date(said, today, False)
        if found:
            return found
    whole_span = parse_when(text, today).as_value() if whole else None
    if whole_span and whole_span["precision"] != "year":
        return whole_span, text
    found = find_when(text, today)
    if whole_span and (found is None or found[0].precision == "year"):
        return whole_span, text
    if found is None:
        return None
    span = found[0].as_value()
    return (span, found[1]) if span else None
