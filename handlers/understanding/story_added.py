"""More for the story of a complaint being filed, asked for in so many words ("ข้อ 6 ขอเพิ่มอีก
หน่อยค่ะ งบ 2 ล้าน…", "please add to number 6: …", "also: …"): what is added, never the story
replaced by it."""

from __future__ import annotations

import re

from handlers.thai.normalise import as_typed, clean
from handlers.understanding import lexicon

#: An item of the summary named first ("ข้อ 6", "number 6", "item 6").
_ITEM = re.compile(r"^\s*(?:ข้อ(?:ที่)?|number|item|no\.?|#)\s*(\d{1,2})(?!\d)\s*[:,.]?\s*", re.I)
_ASKS = re.compile(rf"^\s*(?:{lexicon.STORY_ADDED})(?![a-z])[\s:,.\-]*", re.I)
_FRAME = re.compile(lexicon.STORY_ADDED_FRAME, re.I)
#: An item named after the asking ("add to number 6: …", "ขอเพิ่มข้อ 6 …").
_ITEM_INSIDE = re.compile(r"(?:ข้อ(?:ที่)?|number|item|no\.?|#)\s*(\d{1,2})(?!\d)", re.I)
_STORY = re.compile(lexicon.STORY_NAMED, re.I)
STORY = "what"  # the story named by its words, not by its number


def story_added(text: str | None) -> tuple[int | str | None, str] | None:
    """(the item named: its number, `STORY` or None; what is added) when the message asks to
    add to what was told, its words of asking first (after the item, if named first); None
    otherwise. What is added is "" when the message only asks ("ขอเพิ่มข้อ 6 ค่ะ")."""
    said = clean(text or "").strip()
    item = None
    first = _ITEM.match(said)
    if first:
        item, said = int(first.group(1)), said[first.end() :]
    asks = _ASKS.match(said)
    if asks is None or not asks.group(0).strip():
        return None
    head = _FRAME.match(said, asks.end())
    frame = said[asks.start() : head.end() if head else asks.end()]
    inside = _ITEM_INSIDE.search(frame)
    if item is None and inside:
        item = int(inside.group(1))
    if item is None and _STORY.search(frame):
        item = STORY
    rest = said[head.end() if head else asks.end() :].strip(" :,.-?")
    return item, as_typed(text, rest)  # read lower-case, kept as typed
