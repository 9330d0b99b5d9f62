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
_CHANGE_STRONG = v._words(("เปลี่ยนใจ", "คิดอีกที", "คิดไปคิดมา", "changedmymind", "onsecondthought"))
_CHANGE_WEAK = v._words(("ไม่เอาแล้ว", "บ่เอาแล้ว", "ดีกว่า", "เอาใหม่", "ขอเปลี่ยนเป็น", "actually"))
_EDIT = re.compile(r"^(?:ขอ|อยาก|จะ)?(?:แก้ไข|แก้|เปลี่ยน|edit|change|fix|correct)", re.I)
_WRONG = re.compile(r"(?:ผิด|ไม่ถูก|wrong)")
_WITHDRAW = re.compile(
    r"ถอน(?!เงิน|ตัว|ฟัน|หมั้น|หายใจ)|ยกเลิก(?:เรื่อง|คำร้อง)|ไม่เอาเรื่อง|ไม่อยากเอาเรื่อง|withdraw(?! money)",
    re.I,
)
_CANCEL = v._keys(lexicon.CANCEL) | v._keys(("ไม่เอาแล้ว", "บ่เอาแล้ว", "ไม่ต้องแล้ว", "พอแค่นี้ก่อน"))
_START = v._words(tuple(w for w in lexicon.START if not w.isascii()))
_START_EN = re.compile(
    r"\b(?:complain|file a (?:complaint|report)|report (?:a|an|corruption|bribe))", re.I
)
_TRACK = v._words(lexicon.TRACK)
_HELP = v._keys(lexicon.HELP)
_GREETING = v._keys(lexicon.GREETING)
_THANKS = v._words(lexicon.THANKS)
_DONE = v._keys(lexicon.DONE)
_YES_NO_STEPS = ("consent", "reported", "identity", "summary", "pin", "offer", "resume", "confirm")


def _today(today: date | None) -> date:
    return today or datetime.now(BANGKOK).date()


def prepare(text: str | None) -> v.Text:
    """The text cleaned once, in the forms the readers compare."""
    raw = text or ""
    cleaned = clean(raw)
    return v.Text(raw, cleaned, strip_particles(raw), compact(raw), flat(cleaned))


def _is_question(t: v.Text) -> bool:
    if "?" in t.cleaned or _QUESTION_END.search(t.cleaned) and len(t.key) > 3:
        return True
    if _ENGLISH_QUESTION.match(t.cleaned):
        return True
    return bool(v.has(t.flat, _QUESTION)) and not t.key.startswith(("ไม่", "บ่"))


def _faq(t: v.Text) -> str | None:
    for name, words in _FAQ.items():
        if v.has(t.flat, words):
            return name
    return None


def _all_tokens(t: v.Text, words: frozenset[str]) -> bool:
    tokens = [compact(token) for token in t.cleaned.split(" ")]
    tokens = [token for token in tokens if token]
    return bool(tokens) and all(token in words for token in tokens)


def _short(t: v.Text, limit: int = 30) -> bool:
    return len(t.flat) <= limit


def _talk(t: v.Text, values: dict[str, Value], expecting: str | None) -> tuple[str, float] | None:
    """Talk about the conversation: already said, a change of mind, an edit."""
    said = v.has(t.flat, _ALREADY)
    if said and (t.flat.find(said) <= 12 or _short(t, 40)):
        return meaning.ALREADY_SAID, 0.9
    if v.has(t.flat, _CHANGE_STRONG):
        return meaning.CHANGE_MIND, 0.9
    if v.has(t.flat, _CHANGE_WEAK) and _short(t, 50):
        named = v.field_named(t)
        field = named.value if named else None
        if "identity" in values or (field and field != expecting):
            return meaning.CHANGE_MIND, 0.75
    if _EDIT.match(t.cleaned) and not v.has(t.flat, _CHANGE_STRONG) and _short(t, 60):
        return meaning.EDIT, 0.9
    if _WRONG.search(t.flat) and v.field_named(t) and _short(t, 25):
        return meaning.EDIT, 0.7
    return None


def _global(t: v.Text, expecting: str | None) -> tuple[str, float] | None:
    """Words that act wherever the person is: cancel, start, track, help, greeting, thanks."""
    if t.key in _CANCEL or (t.key.startswith("ยกเลิก") and _short(t, 16)):
        return meaning.CANCEL, 0.9
    reported = v.has(t.flat, v.REPORTED_YES) or "เคย" in t.flat
    started = v.has(t.flat, _START) or _START_EN.search(t.cleaned)
    if started and not reported and (expecting is None or _short(t, 25)):
        return meaning.START, 0.85 if _short(t, 40) else 0.7
    if v.has(t.flat, _TRACK) and _short(t, 40):
        return meaning.TRACK, 0.85
    if t.key in _HELP or (t.key.startswith(("วิธีใช้", "ช่วยเหลือ")) and _short(t, 20)):
        return meaning.HELP, 0.85
    if t.key in _GREETING or (
        any(t.key.startswith(g) for g in ("สวัสดี", "หวัดดี", "hello", "ฮัลโหล")) and _short(t, 20)
    ):
        if not (t.key == "ดี" and expecting in _YES_NO_STEPS):
            return meaning.GREETING, 0.9
    if v.has(t.flat, _THANKS) and _short(t, 25):
        return meaning.THANKS, 0.9
    return None


def _short_answer(
    t: v.Text, values: dict[str, Value], expecting: str | None
) -> tuple[str, float] | None:
    """Yes, no, nothing, finished: the short answers to any question."""
    if expecting in ("identity",) and "identity" in values and t.key not in v.YES | v.NO:
        return None  # "ไม่บอกชื่อ", "บอกได้": an answer that names the choice
    if expecting == "consent" and t.key in ("1", "2"):
        return (meaning.YES if t.key == "1" else meaning.NO), 0.9
    if expecting == "reported" and t.key in ("1", "2"):
        return (meaning.YES if t.key == "1" else meaning.NO), 0.9
    if t.key in _DONE or _all_tokens(t, _DONE):
        return meaning.DONE, 0.9
    if t.key in v.YES or _all_tokens(t, v.YES):
        return meaning.YES, 0.9
    if t.key in ("ยัง", "ยังเลย", "ยังไม่เคย", "ไม่เคย", "ไม่เคยเลย", "บ่เคย", "ยังบ่เคย"):
        return meaning.NONE, 0.85
    if t.key in v.NO or _all_tokens(t, v.NO):
        return meaning.NO, 0.9
    if v.says_nothing(t) and not any(n in values for n in ("agency", "official", "district")):
        return meaning.NONE, 0.85
    return None


def _rules(t: v.Text, values: dict[str, Value], expecting: str | None) -> tuple[str, float]:
    """The intent by rules, with how sure they are."""
    danger = danger_score(t.cleaned)
    if danger >= 0.5:
        return meaning.DANGER, danger
    if _WITHDRAW.search(t.cleaned) or ("reference" in values and t.key.startswith("ยกเลิก")):
        return meaning.WITHDRAW, 0.9
    question = _is_question(t)
    if question:
        if _faq(t) or danger:
            return meaning.QUESTION, 0.9
        if t.key in _HELP:
            return meaning.HELP, 0.8
    talk = _talk(t, values, expecting)
    if talk:
        return talk
    if question and not (expecting and _answers(values, expecting)):
        return meaning.QUESTION, 0.7
    found = _global(t, expecting) or _short_answer(t, values, expecting)
    if found:
        return found
    if values or (expecting and t.key):
        return meaning.ANSWER, 0.8
    return meaning.ANSWER, 0.4


def _answers(values: dict[str, Value], expecting: str) -> bool:
    wanted = {"when": "date", "subdistrict": "subdistrict", "what": "kind"}.get(
        expecting, expecting
    )
    return wanted in values


def _extra(t: v.Text, intent: str, values: dict[str, Value], expecting: str | None) -> None:
    """Values that only mean something with the intent: faq, field, reason."""
    if intent == meaning.QUESTION:
        faq = _faq(t) or ("is_safe" if danger_score(t.cleaned) else "other")
        values["faq"] = Value("faq", faq, 0.85 if faq != "other" else 0.5, t.raw)
    if intent in (meaning.ALREADY_SAID, meaning.CHANGE_MIND, meaning.EDIT):
        field = v.field_named(t)
        if field:
            values["field"] = field
    if (
        intent in (meaning.WITHDRAW, meaning.DANGER)
        and _WITHDRAW.search(t.cleaned)
        or expecting
        in (
            "reason",
            "withdraw",
            "withdraw_reason",
        )
    ):
        values["reason"] = v.reason(t)
    if intent == meaning.NONE and expecting == "witnesses":
        values["witnesses"] = Value("witnesses", "", 0.9, t.raw)
    if intent in (meaning.NONE, meaning.NO) and expecting == "evidence":
        values["evidence"] = Value("evidence", "none", 0.85, t.raw)
    if intent == meaning.NONE and expecting == "kind" and is_dont_know(t.raw):
        values["kind"] = Value("kind", "other", 0.85, t.raw)
    if intent != meaning.ANSWER:
        for name in v.TEXT_STEPS:  # the whole text taken as the answer asked for: not one
            if name == expecting and name in values and values[name].span == t.raw:
                del values[name]
    if intent == meaning.QUESTION:
        values.pop("identity", None)  # "ต้องบอกชื่อไหม" asks; it does not choose


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
