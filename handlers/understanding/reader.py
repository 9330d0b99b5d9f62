"""`understand()`: one reading of any incoming text — danger first, then talk about the
conversation, questions back, global words, short answers, and the values it carries."""

from __future__ import annotations

import re
from datetime import date, datetime
from zoneinfo import ZoneInfo

from handlers.thai.normalise import clean, compact, is_dont_know, strip_particles
from handlers.understanding import lexicon, meaning
from handlers.understanding import values as v
from handlers.understanding.danger import danger_score, flat
from handlers.understanding.meaning import Understanding, Value

BANGKOK = ZoneInfo("Asia/Bangkok")
_FAQ = {name: v._words(words) for name, words in lexicon.FAQ_CUES.items()}
_QUESTION = v._words(tuple(w for w in lexicon.QUESTION_MARKS if w.strip() != "บ่"))
_QUESTION_END = re.compile(r"(?:บ่|บ้อ|เหรอ|หรอ|ป่าว|รึ|มั้ย|ไหม|หรือ|ยัง)(?:ครับ|คะ|ค่ะ|จ้ะ|นะ|เด้อ)*\s*\??$")
_ENGLISH_QUESTION = re.compile(
    r"^(?:can|do|does|will|is|are|how|what|who|when|should|must)\b", re.I
)
_ALREADY = v._words(lexicon.ALREADY_SAID)
_ALREADY_SHAPE = re.compile(lexicon.ALREADY_SAID_PATTERN)
_CHANGE_STRONG = v._words(("เปลี่ยนใจ", "คิดอีกที", "คิดไปคิดมา", "changedmymind", "onsecondthought"))
_CHANGE_WEAK = v._words(("ไม่เอาแล้ว", "บ่เอาแล้ว", "ดีกว่า", "เอาใหม่", "ขอเปลี่ยนเป็น", "actually"))
_EDIT = re.compile(r"^(?:ขอ|อยาก|จะ)?(?:แก้ไข|แก้|เปลี่ยน|edit|change|fix|correct)", re.I)
_WRONG = re.compile(r"(?:ผิด|ไม่ถูก|wrong)")
_WITHDRAW = re.compile(
    r"(?<!ให้)ถอน(?!เงิน|ตัว|ฟัน|หมั้น|หายใจ)|ยกเลิก(?:เรื่อง|คำร้อง)|ไม่เอาเรื่อง|ไม่อยากเอาเรื่อง"
    r"|withdraw(?! money)",
    re.I,
)
_CANCEL = v._keys(lexicon.CANCEL) | v._keys(("ไม่เอาแล้ว", "บ่เอาแล้ว", "ไม่ต้องแล้ว", "พอแค่นี้ก่อน"))
_START = v._words(tuple(w for w in lexicon.START if not w.isascii()))
_START_EN = re.compile(
    r"\b(?:complain(?!t)|file a (?:complaint|report)|report (?:a|an|corruption|bribe))", re.I
)
_TRACK = v._words(lexicon.TRACK)
_HELP = v._keys(lexicon.HELP)
_GREETING = v._keys(lexicon.GREETING)
_THANKS = v._words(tuple(w for w in lexicon.THANKS if not w.isascii()))
_THANKS_EN = re.compile(r"\b(?:thanks?|thx|ty)\b", re.I)
_DONE = v._keys(lexicon.DONE)
_LOOSE_END = re.compile(r"(?:จ้า|จ้ะ|นะ|เด้อ|เนาะ|ค่า|จ้ะ)+$")
_WHO_WHAT = re.compile(r"ใคร|อะไร|ที่ไหน|ยังไง|อย่างไร|เมื่อไหร่|เมื่อไร|แค่ไหน|เท่าไร|เท่าไหร่")
_YES_NO_STEPS = ("consent", "reported", "identity", "summary", "pin", "offer", "resume", "confirm")
_REASON_STEPS = ("reason", "withdraw", "withdraw_reason")


def _today(today: date | None) -> date:
    return today or datetime.now(BANGKOK).date()


def prepare(text: str | None) -> v.Text:
    """The text cleaned once, in the forms the readers compare."""
    raw = text or ""
    cleaned = clean(raw)
    return v.Text(raw, cleaned, strip_particles(raw), compact(raw), flat(cleaned))


def _is_question(t: v.Text) -> bool:
    if "?" in t.cleaned or (_QUESTION_END.search(t.cleaned) and len(t.key) > 3):
        return True
    if _ENGLISH_QUESTION.match(t.cleaned):
        return True
    if t.key.startswith(("ไม่", "บ่")) and not _QUESTION_END.search(t.cleaned):
        return False
    if v.has(t.flat, _QUESTION):
        return True
    return bool(_WHO_WHAT.search(t.flat)) and _short(t, 30)


def _faq(t: v.Text) -> str | None:
    """The question asked, by its longest cue ("กี่วัน" over "จะรู้")."""
    found = [
        (len(cue), -i, name)
        for i, (name, words) in enumerate(_FAQ.items())
        if (cue := v.has(t.flat, words))
    ]
    return max(found)[2] if found else None


def _made_of(key: str, words: frozenset[str]) -> bool:
    """The compacted text is one or more of `words` run together ("เออได้", "จบแค่นี้")."""
    key = _LOOSE_END.sub("", key) or key
    if not key or len(key) > 24:
        return False
    ends = {0}
    for end in range(1, len(key) + 1):
        if any(start in ends and key[start:end] in words for start in range(end)):
            ends.add(end)
    return len(key) in ends


def _short(t: v.Text, limit: int = 30) -> bool:
    return len(t.flat) <= limit


def _talk(t: v.Text, values: dict[str, Value], expecting: str | None) -> tuple[str, float] | None:
    """Talk about the conversation: already said, a change of mind, an edit."""
    said = v.has(t.flat, _ALREADY) or (_ALREADY_SHAPE.search(t.flat) and _short(t, 40))
    if said and (t.flat.find(str(said)) <= 12 or _short(t, 40)):
        return meaning.ALREADY_SAID, 0.9
    if v.has(t.flat, _CHANGE_STRONG):
        return meaning.CHANGE_MIND, 0.9
    if v.has(t.flat, _CHANGE_WEAK) and _short(t, 50):
        named = v.field_named(t)
        field = named.value if named else None
        if "identity" in values or (field and field != expecting):
            return meaning.CHANGE_MIND, 0.75
    if expecting in _REASON_STEPS:
        return None
    if _EDIT.match(t.cleaned) and _short(t, 60):
        return meaning.EDIT, 0.9
    if _WRONG.search(t.flat) and v.field_named(t) and _short(t, 25):
        return meaning.EDIT, 0.7
    return None


def _global(t: v.Text, expecting: str | None) -> tuple[str, float] | None:
    """Words that act wherever the person is: cancel, start, greeting, thanks."""
    if t.key in _CANCEL or (t.key.startswith("ยกเลิก") and _short(t, 16)):
        return meaning.CANCEL, 0.9
    reported = v.has(t.flat, v.REPORTED_YES) or "เคย" in t.flat
    started = v.has(t.flat, _START) or _START_EN.search(t.cleaned)
    if started and not reported and (expecting is None or _short(t, 25)):
        return meaning.START, 0.85 if _short(t, 40) else 0.7
    if t.key in _GREETING or (
        any(t.key.startswith(g) for g in ("สวัสดี", "หวัดดี", "hello", "ฮัลโหล")) and _short(t, 20)
    ):
        if not (t.key == "ดี" and expecting in _YES_NO_STEPS):
            return meaning.GREETING, 0.9
    if (v.has(t.flat, _THANKS) or _THANKS_EN.search(t.cleaned)) and _short(t, 25):
        return meaning.THANKS, 0.9
    return None


def _asks_for(t: v.Text) -> tuple[str, float] | None:
    """Following a complaint, or asking how the bot is used."""
    if v.has(t.flat, _TRACK) and _short(t, 40):
        return meaning.TRACK, 0.85
    if t.key in _HELP or (t.key.startswith(("วิธีใช้", "ช่วยเหลือ", "howto")) and _short(t, 20)):
        return meaning.HELP, 0.85
    return None


def _short_answer(
    t: v.Text, values: dict[str, Value], expecting: str | None
) -> tuple[str, float] | None:
    """Yes, no, nothing, finished: the short answers to any question."""
    if expecting == "identity" and "identity" in values and t.key not in v.YES | v.NO:
        return None  # "ไม่บอกชื่อ", "บอกได้": an answer that names the choice
    if expecting in ("consent", "reported") and t.key in ("1", "2"):
        return (meaning.YES if t.key == "1" else meaning.NO), 0.9
    if _made_of(t.key, _DONE):
        return meaning.DONE, 0.9
    if _made_of(t.key, v.YES):
        return meaning.YES, 0.9
    if (
        expecting == "reported"
        and values.get("reported")
        and _short(t, 16)
        and not ("reported_to" in values or "agency" in values)
    ):
        return (meaning.YES if values["reported"].value == "yes" else meaning.NONE), 0.85
    if t.key in v.NONE and not t.key.startswith(("ไม่", "no")) or t.key in ("ยัง", "ยังเลย"):
        return meaning.NONE, 0.85
    if _made_of(t.key, v.NO):
        return meaning.NO, 0.9
    if v.says_nothing(t) and not any(n in values for n in ("agency", "official", "district")):
        return meaning.NONE, 0.85
    if expecting == "evidence" and v.value_is(values, "evidence", "none") and _short(t, 16):
        return meaning.NONE, 0.85
    return None


def _rules(t: v.Text, values: dict[str, Value], expecting: str | None) -> tuple[str, float]:
    """The intent by rules, with how sure they are."""
    danger = danger_score(t.cleaned)
    withdraw = _WITHDRAW.search(t.cleaned) and expecting not in _REASON_STEPS
    if danger >= 0.5 and not (withdraw and danger < 0.99):
        return meaning.DANGER, danger
    if v.has(t.flat[:16], _ALREADY) and t.flat.find(v.has(t.flat, _ALREADY)) <= 3:
        return meaning.ALREADY_SAID, 0.9
    faq = _faq(t)
    question = _is_question(t) or bool(faq and "บ่" in t.flat[2:])
    if question and (faq or danger):
        return meaning.QUESTION, 0.9
    if withdraw or ("reference" in values and t.key.startswith("ยกเลิก")):
        return meaning.WITHDRAW, 0.9
    found = _asks_for(t) or _talk(t, values, expecting)
    if found:
        return found
    if question and not (expecting and _answers(values, expecting)):
        return meaning.QUESTION, 0.7
    found = _global(t, expecting) or _short_answer(t, values, expecting)
    if found:
        return found
    if values or (expecting and t.key):
        return meaning.ANSWER, 0.8
    return meaning.ANSWER, 0.4


def _answers(values: dict[str, Value], expecting: str) -> bool:
    wanted = {"when": "date", "what": "kind"}.get(expecting, expecting)
    return wanted in values


def _extra(t: v.Text, intent: str, values: dict[str, Value], expecting: str | None) -> None:
    """Values that only mean something with the intent: faq, field, reason, the answer asked."""
    if intent == meaning.QUESTION:
        faq = _faq(t) or ("is_safe" if danger_score(t.cleaned) else "other")
        values["faq"] = Value("faq", faq, 0.85 if faq != "other" else 0.5, t.raw)
        values.pop("identity", None)  # "ต้องบอกชื่อไหม" asks; it does not choose
    if intent in (meaning.ALREADY_SAID, meaning.CHANGE_MIND, meaning.EDIT):
        field = v.field_named(t)
        if field:
            values["field"] = field
    if (
        _WITHDRAW.search(t.cleaned)
        and intent in (meaning.WITHDRAW, meaning.DANGER)
        or (expecting in _REASON_STEPS)
    ):
        values["reason"] = v.reason(t)
    if intent == meaning.ANSWER and expecting not in values:
        asked = v.as_asked(t, expecting)
        if asked:
            values[asked.name] = asked
    if intent == meaning.NONE and expecting == "witnesses":
        values["witnesses"] = Value("witnesses", "", 0.9, t.raw)
    if intent in (meaning.NONE, meaning.NO) and expecting == "evidence":
        values["evidence"] = Value("evidence", "none", 0.85, t.raw)
    if intent == meaning.NONE and expecting == "reported":
        values["reported"] = Value("reported", "no", 0.85, t.raw)
    if intent == meaning.NONE and expecting == "kind" and is_dont_know(t.raw):
        values["kind"] = Value("kind", "other", 0.85, t.raw)


def understand(
    text: str | None,
    *,
    expecting: str | None = None,
    lang: str = "th",
    today: date | None = None,
) -> Understanding:
    """What one incoming text means. `expecting` = the field the bot just asked for (a step
    name such as "agency", "when", "identity"), or None outside a question."""
    t = prepare(text)
    if not t.cleaned:
        return Understanding(meaning.ANSWER, 0.0, {}, t.raw)
    values = v.read(t, expecting, _today(today))
    intent, confidence = _rules(t, values, expecting)
    _extra(t, intent, values, expecting)
    return Understanding(intent, confidence, values, t.raw)
