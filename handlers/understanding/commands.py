"""Words that act wherever the person is: cancel, start, greeting, thanks, tracking, help."""

from __future__ import annotations

import re

from handlers.thai.normalise import compact
from handlers.understanding import lexicon, meaning
from handlers.understanding import values as v
from handlers.understanding.meaning import Value
from handlers.understanding.prepared import short, tells
from handlers.understanding.short_answers import YES_NO_STEPS, made_of

_CANCEL_INSIDE = frozenset(w for w in v.word_set(lexicon.CANCEL) if len(w) >= 6)
_REFERENCE_ONLY = re.compile(r"(?:เรื่อง|เลข|รหัส)?brm\d{4}\d{1,7}", re.I)
_CANCEL = v.key_set(lexicon.CANCEL)
_CANCEL_DECIDED = v.word_set(lexicon.CANCEL_DECIDED)
#: A cancel phrase this long (compacted) found inside a short text is a clause, not a word.
_CANCEL_CLAUSE = 12
_START = v.word_set(tuple(w for w in lexicon.START if not w.isascii()))
_START_SHAPE = re.compile(lexicon.START_PATTERN)
_START_THEN = re.compile(lexicon.START_THEN)
_START_EN = re.compile(
    r"\b(?:complain(?!t)|file a (?:complaint|report)|(?:want|like|need) to report"
    r"|report (?:a|an|corruption|bribe|the|my)|(?:let me|want to|can i|like to) tell"
    r"|(?:thought|think) i'?d (?:report|complain|file|tell)"
    # asked as a wish ("may I report something about my school?", "could I tell you about…")
    r"|(?:may|can|could) (?:i|we) (?:please )?(?:report|file|complain|tell)(?! for| on behalf))",
    re.I,
)
_TRACK = v.word_set(lexicon.TRACK)
_TRACK_ASKED = re.compile(lexicon.TRACK_ASKED)
_READ_YET = re.compile(lexicon.READ_YET)


def asks_if_read(t: v.Text) -> bool:
    """ "มีใครอ่านเรื่องหนูหรือยังคะ": whether a filed matter was read yet, its status asked."""
    return bool(_READ_YET.search(t.flat.lower())) and short(t, TRACK_ASKED_CHARS)


def asks_status(t: v.Text) -> bool:
    """ "เรื่องที่ยายแจ้งไปเป็นจั่งใด๋แล้วลูก": the status of a matter filed, asked of what has
    become of it (not of what will: "…แล้วจะเป็นยังไงต่อ" asks what happens next)."""
    said = t.flat.lower()
    return bool(_TRACK_ASKED.search(said)) and short(t, TRACK_ASKED_CHARS) and "จะ" not in said


#: A status question naming its matter is at most this long (flattened characters).
TRACK_ASKED_CHARS = 80
_HELP = v.key_set(lexicon.HELP)
_HELP_INSIDE = v.word_set(tuple(w for w in lexicon.HELP if len(w) > 3 and w != "help"))
_GREETING = v.key_set(lexicon.GREETING)
_GREETED = v.key_set(lexicon.GREETED)
_HOW_ARE_YOU = _GREETING - {"ดี", "ว่าไง"}  # "ว่าไงนะ" asks what was said
#: A greeting that may open a longer message ("สวัสดีค่ะ มีเรื่องจะถาม", "สวัดดี ลูกหลาน").
_GREETING_OPENS = ("สวัสดี", "สวัดดี", "สวสดี", "สะวัสดี", "หวัดดี", "hello", "ฮัลโหล")
_THANKS = v.word_set(tuple(w for w in lexicon.THANKS if not w.isascii()))
_THANKS_EN = re.compile(r"\b(?:thanks?|thx|ty)\b", re.I)
_SEND_ANYWAY = re.compile(lexicon.SEND_ANYWAY, re.I)
_CANCEL_START = tuple(
    {"ยกเลิก", "เลิก", "หยุด", "cancel", "stop", "ไม่แจ้ง", "ไม่เอาแล้ว", "บ่แจ้ง"}
    | {w for w in (compact(word) for word in lexicon.CANCEL) if len(w) > 3}
)

#: Back later, said after the stop that opens the message ("… เดี๋ยวค่อยมาใหม่"): a stop with its
#: reason ("ลูกร้อง") and the way back is still a cancel (the draft can be taken up again).
_LATER = re.compile(lexicon.PAUSE_ASKED, re.I)
#: … said in a line (flattened characters): a longer text tells more.
CANCEL_THEN_LATER = 60


def global_word(t: v.Text, expecting: str | None) -> tuple[str, float] | None:
    """Words that act wherever the person is: cancel, start, greeting, thanks."""
    if _SEND_ANYWAY.search(t.cleaned):
        return None  # "ช่างมันเถอะ ส่งไปเลย": the answer at the summary reads it
    if t.key in _CANCEL or (t.key.startswith(_CANCEL_START) and short(t, 16)):
        return meaning.CANCEL, 0.9
    if t.key.startswith(_CANCEL_START) and short(t, CANCEL_THEN_LATER) and _LATER.search(t.cleaned):
        return meaning.CANCEL, 0.85  # "ไม่ทำต่อแล้วค่ะ เด็กร้อง เดี๋ยวค่อยมาใหม่": stopped, back later
    if v.has(t.flat, _CANCEL_DECIDED) and short(t, CANCEL_THEN_LATER) and "?" not in t.raw:
        return meaning.CANCEL, 0.85  # "let's stop here, I'm not filing this after all"
    inside = v.has(t.flat, _CANCEL_INSIDE)
    if (inside or made_of(t, _CANCEL)) and short(t, 30):
        # a whole clause of stopping ("ไม่อยากทำต่อแล้ว", "i don't want to do this") is sure
        return meaning.CANCEL, 0.85 if inside and len(inside) >= _CANCEL_CLAUSE else 0.8
    reported = v.has(t.flat, v.REPORTED_YES) or "เคย" in t.flat
    started = v.has(t.flat, _START) or _START_EN.search(t.cleaned) or _START_SHAPE.search(t.flat)
    started = started or (expecting is None and _START_THEN.search(t.flat))
    if started and not reported and (expecting is None or short(t, 25)):
        return meaning.START, 0.85 if short(t, 40) else 0.7
    if t.key in _GREETING or (
        (t.key.startswith(_GREETING_OPENS) or t.cleaned.split(" ")[0] in ("hi", "hey", "hello"))
        and short(t, 30)
    ):
        if not (t.key == "ดี" and expecting in YES_NO_STEPS):
            return meaning.GREETING, 0.9
    if says_thanks(t.flat, t.cleaned) and short(t, 25):
        return meaning.THANKS, 0.9
    return None


def says_thanks(flat: str, cleaned: str) -> bool:
    """A Thai word of thanks inside the `flat` text, or an English one in the `cleaned` text:
    the only way a text is read as thanks for sure (`global_word`; the model's guess is
    never so sure)."""
    return bool(v.has(flat, _THANKS) or _THANKS_EN.search(cleaned))


def greets(t: v.Text) -> bool:
    """The text is a greeting alone, said to someone ("สบายดีบ่ลูกหลาน", "เป็นจั่งใด๋แน่
    สบายดีบ่", "ซกสะบายค่ะ"): however it ends, it asks nothing of the bot."""
    said_alone = made_of(t, _HOW_ARE_YOU | _GREETED)
    return short(t, 30) and said_alone and bool(v.has(t.flat, _HOW_ARE_YOU))


def asks_for(t: v.Text, values: dict[str, Value] | None = None) -> tuple[str, float] | None:
    """Following a complaint, or asking how the bot is used ("เงินช่วยเหลือชาวนาโดนโกง" tells
    a kind: its "ช่วยเหลือ" asks for no help)."""
    if v.has(t.flat, _TRACK) and short(t, 40) and not (tells(values or {}) and not short(t, 20)):
        return meaning.TRACK, 0.85
    if _TRACK_ASKED.search(t.flat.lower()) and short(t, TRACK_ASKED_CHARS):
        return meaning.TRACK, 0.85  # "เรื่องร้านของชำที่แจ้งไว้ เป็นยังไงบ้าง"
    if _REFERENCE_ONLY.fullmatch(t.key):
        return meaning.TRACK, 0.8  # a reference alone: "what became of it?"
    if values and "reference" in values and "code" in values:
        return meaning.TRACK, 0.9  # a reference and its tracking code: the look-up, at once
    told = values is not None and "kind" in values
    if t.key in _HELP or (v.has(t.flat, _HELP_INSIDE) and short(t, 24) and not told):
        return meaning.HELP, 0.85
    return None
