"""The date a message speaks of: read by `handlers.thai.dates` (the one home of dates), as
the span {"start", "end", "precision"} the understanding carries."""

from __future__ import annotations

from datetime import date

from handlers.thai.dates import parse_when
from handlers.thai.dates_in_text import find_when


def read_date(text: str, today: date, whole: bool) -> tuple[dict, str] | None:
    """The date `text` speaks of as a span, with the words it was read from; when `whole`
    (the answer to "when?"), the whole text is read first, unless it reads as a year only
    and a finer time is said in it ("ปีที่แล้ว ประมาณ ต.ค." is October of last year)."""
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
