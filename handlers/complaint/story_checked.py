"""The story read again at filing: the fields it names that the complainant's answers or
corrections changed since (what handlers.tickets.corrected_fields keeps for the committee)."""

from __future__ import annotations

import re
from datetime import date

from handlers.complaint import understood
from handlers.thai.normalise import compact
from handlers.thai.places import Geography
from handlers.tickets.corrected_fields import FIELDS, OCCURRED_SAID

#: The values read from the story, by the field they fill.
_VALUES = ("date", "district", "subdistrict", "official")


def story_differs(data: dict, today: date, geo: Geography | None) -> dict[str, str]:
    """{field: what the story said} for each field the story names and the draft now holds
    otherwise; a field left unknown is no correction."""
    heard = understood.read(data.get("description"), "what", today)
    if heard is None:
        return {}
    story: dict = {}
    for name in _VALUES:
        if name in heard.values:
            understood.apply(story, name, heard.value(name), geo)
    differs = {
        name: str(story[name])
        for name in FIELDS
        if story.get(name) and data.get(name) and story[name] != data[name]
    }
    said = heard.values.get("date")
    upto = today if said is not None and _GOING_ON.search(said.span) else None
    if "occurred_on" in differs and _within(data["occurred_on"], heard.value("date"), upto):
        del differs["occurred_on"]  # "เดือนที่แล้ว" then "14 พ.ย.": made precise, not corrected
    if "occurred_on" in differs and story.get("occurred_text"):
        differs[OCCURRED_SAID] = story["occurred_text"]
    if "official" in differs and _one_within(differs["official"], data["official"]):
        del differs["official"]  # "ครูใหญ่" then "ครูใหญ่ นายสมบัติ": made precise
    return differs


def _one_within(said: str, now: str) -> bool:
    """Whether one name holds the other (told more precisely, or more briefly)."""
    a, b = compact(said), compact(now)
    return a in b or b in a


#: "Several months now" ("เป็นมาหลายเดือนแล้ว", "for months"): a matter still going on, so the
#: span it names runs to today, and any day in it is the story made precise, not corrected.
_GOING_ON = re.compile(r"หลาย|ไม่กี่|several|many|for (?:months|years|weeks)", re.I)


def _within(day: str, said: object, upto: date | None = None) -> bool:
    """Whether the ISO `day` falls in the span the story said (a month, a week, a day), that
    span running on `upto` a day when given (a matter still going on)."""
    when = understood.when_of(said)
    if when is None:
        return False
    end = max(when.end or when.date, upto) if upto else when.end
    return when.date <= date.fromisoformat(day) <= end
