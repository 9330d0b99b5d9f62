"""The story read again at filing: the fields it names that the complainant's answers or
corrections changed since (what handlers.tickets.corrected_fields keeps for the committee)."""

from __future__ import annotations

from datetime import date

from handlers.complaint import understood
from handlers.thai.places import Geography
from handlers.tickets.corrected_fields import FIELDS

#: The values read from the story, by the field they fill.
_VALUES = ("date", "district", "subdistrict")


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
    if "occurred_on" in differs and _within(data["occurred_on"], heard.value("date")):
        del differs["occurred_on"]  # "เดือนที่แล้ว" then "14 พ.ย.": made precise, not corrected
    return differs


def _within(day: str, said: object) -> bool:
    """Whether the ISO `day` falls in the span the story said (a month, a week, a day)."""
    when = understood.when_of(said)
    return when is not None and when.date <= date.fromisoformat(day) <= when.end
