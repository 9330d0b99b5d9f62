"""`understand()`: one reading of any incoming text — danger first, then talk about the
conversation, questions back, global words, short answers, and the values it carries."""

from __future__ import annotations

import re
import threading
from dataclasses import replace
from datetime import date, datetime
from functools import cache
from zoneinfo import ZoneInfo

from cachetools import LRUCache

from handlers.thai import agencies, normalise
from handlers.thai.normalise import clean, compact, is_dont_know, strip_particles
from handlers.understanding import danger, emoji, lexicon, meaning, rhetoric, romanised
from handlers.understanding import values as v
from handlers.understanding.danger import (
    by_shape,
    danger_score,
    flat,
    names_bodily_harm,
    only_a_caller,
    only_people_named,
    ruled_out,
    threat_cue,
    without_harmless,
)
from handlers.understanding.meaning import Understanding, Value
from handlers.understanding.opening import without_courtesies

BANGKOK = ZoneInfo("Asia/Bangkok")
_FAQ = {name: v.word_set(words) for name, words in lexicon.FAQ_CUES.items()}
_LANGUAGE = v.word_set(lexicon.LANGUAGE_ASKED)
_QUESTION = v.word_set(tuple(w for w in lexicon.QUESTION_MARKS if w.strip() != "บ่"))
_QUESTION_END = re.compile(
    r"(?:บ่|บ้อ|เหรอ|หรอ|ป่าว|รึ|มั้ย|ไหม|หรือ|ยัง|ไหน|ไส)(?:ครับ|คะ|ค่ะ|จ้ะ|นะ|เด้อ|แหน่)*\s*\??$"
)
#: Asked outright (a question word ending it, "?", "…ไหมว่า…"): a question back even where
#: it names a value of the question asked ("ถ้าไม่มีรูปจะรับเรื่องไหมคะ" at the evidence step).
_ASKED_OUTRIGHT = re.compile(
    r"(?:ไหม|มั้ย)ว่า|(?:ไหม|มั้ย|หรือเปล่า|รึเปล่า)(?:ครับ|คะ|คับ|จ๊ะ|นะ)*\s*\??$|\?$"
)
_ENGLISH_QUESTION = re.compile(
    r"^(?:can|do|does|will|is|are|how|what|who|when|should|must)\b", re.I
)
_ALREADY = v.word_set(lexicon.ALREADY_SAID)
_PRESSED = re.compile(lexicon.PRESSED_TO_STOP)
_ALREADY_SHAPE = re.compile(lexicon.ALREADY_SAID_PATTERN)
_ALREADY_ENGLISH = re.compile(lexicon.ALREADY_SAID_ENGLISH, re.I)
_CHANGE_STRONG = v.word_set(lexicon.CHANGE_MIND)
_CHANGE_WEAK = v.word_set(lexicon.CHANGE_MIND_WEAK)
_EDIT = re.compile(
    r"^(?:(?:อ้อ|อ๋อ|อ่อ|เอ้ย|เอ๊ะ|เออ|โอ๊ะ|ขอโทษ\S{0,6}|oh|oops|sorry|wait)[\s,!.]*)?"
    r"(?:ขอ|อยาก|จะ|ช่วย)?(?:แก้ไข|แก้|เปลี่ยน|edit|change|fix|correct)",
    re.I,
)
#: Adding to a field already answered ("เพิ่มพยานอีกคน", "ขอเล่าเพิ่ม", "add a witness").
_ADD = re.compile(r"เพิ่ม|อีกคน|อีกอย่าง|\badd\b|another|\bmore\b", re.I)
#: A choice said again, with "now" or "instead" ("ไม่ต้องใส่ชื่อแล้ว", "ขอเป็นแบบไม่ระบุชื่อแทน").
_NOW_INSTEAD = re.compile(r"แล้ว|แทน|ดีกว่า|ก็ได้|กะได้|เลย|instead|actually|rather|after all", re.I)
_PARTLY_WRONG = re.compile(lexicon.PARTLY_WRONG, re.I)
_NOT_BUT = re.compile(r"ไม่ใช่\S{0,24}(?:เป็น|คือ|ต้องเป็น)")
_MISTYPED = re.compile(
    r"(?:พิมพ์|ใส่|บอก|กรอก|ตอบ)(?:ชื่อ)?(?:อำเภอ|ตำบล|หน่วยงาน|วันที่|วัน|เดือน|ปี|ข้อ\d*)?(?:ไป)?ผิด"
    r"|ผิด(?:ไป)?(?:นะ|น่ะ|เด้อ|ค่ะ|ครับ)?(?:จริงๆ|แท้ๆ)"
    r"|ที่ถูกคือ|ที่ถูกต้องคือ|ต้องเป็น"
)
_WRONG = re.compile(r"(?:ผิด|ไม่ถูก|wrong)")
_WITHDRAW = re.compile(
    r"(?<!ให้)(?<!ไม่)ถอน(?!เงิน|ตัว|ฟัน|หมั้น|หายใจ|ความยินยอม)|ยกเลิก(?:เรื่อง|คำร้อง)|withdraw(?! money)|"
    + "|".join(re.escape(w) for w in lexicon.WITHDRAW if "ถอน" not in w and not w.isascii()),
    re.I,
)
_ASKS_WITHDRAW = re.compile(
    r"^(?:ขอ|อยาก|จะ|ต้องการ)?(?:ถอน|ยุติ)|(?:ขอ|อยาก|ต้องการ)(?:ถอน|ยุติ)|withdraw", re.I
)
_REPORTED_ONLY = v.YES | v.key_set(("เคย", "เคยแจ้ง", "แจ้งแล้ว", "เคยแจ้งแล้ว", "แจ้งไปแล้ว"))
_STOP_FILED = re.compile(r"ยกเลิก|หยุด|ไม่ต้อง\S{0,8}ต่อ")
_CANCEL_INSIDE = frozenset(w for w in v.word_set(lexicon.CANCEL) if len(w) >= 6)
_REFERENCE_ONLY = re.compile(r"(?:เรื่อง|เลข|รหัส)?brm\d{4}\d{1,7}", re.I)
_CANCEL = v.key_set(lexicon.CANCEL)
_START = v.word_set(tuple(w for w in lexicon.START if not w.isascii()))
_START_SHAPE = re.compile(lexicon.START_PATTERN)
_START_EN = re.compile(
    r"\b(?:complain(?!t)|file a (?:complaint|report)|(?:want|like|need) to report"
    r"|report (?:a|an|corruption|bribe|the|my)|(?:let me|want to|can i|like to) tell)",
    re.I,
)
_TRACK = v.word_set(lexicon.TRACK)
_HELP = v.key_set(lexicon.HELP)
_HELP_INSIDE = v.word_set(tuple(w for w in lexicon.HELP if len(w) > 3 and w != "help"))
_GREETING = v.key_set(lexicon.GREETING)
_THANKS = v.word_set(tuple(w for w in lexicon.THANKS if not w.isascii()))
_THANKS_EN = re.compile(r"\b(?:thanks?|thx|ty)\b", re.I)
_DONE = v.key_set(lexicon.DONE)
#: Ends that only add emphasis to a short answer: "ยอมอยู่แล้ว", "ถูกต้องทุกอย่าง", "ถูกหมดแล้ว".
_LOOSE_END = re.compile(
    r"(?:จ้า|จ้ะ|นะ|เด้อ|เนาะ|ค่า|สิ|ละ|เลย|แหละ|อยู่แล้ว|แน่นอน|แน่ๆ|ทุกอย่าง|ทุกข้อ|ทั้งหมด|หมดแล้ว"
    r"|หมด|ครบ|เลยจ้า|คือกัน|โลด|เด้|พี่|พี่ๆ|น้อง|แอด|แอดมิน|admin)+$"  # "ยอมครับพี่": to whom, not what
)
_WHO_WHAT = re.compile(
    r"ใคร|อะไร|ที่ไหน|ยังไง|อย่างไร|เมื่อไหร่|เมื่อไร|แค่ไหน|เท่าไร|เท่าไหร่|ทำไม|กี่"
    # Isan: how long, how (its tone mark as typed: "จั๋งใด๋"), what, where ("ไปถึงไส")
    r"|ปานใด|จั่งใด|จั๋งใด|จั้งใด|จังใด|แนวใด|อิหยัง|อีหยัง|เฮ็ดหยัง|หยังต่อ|(?:ไป|อยู่|ยู่)ไส"
    # Isan: who ("ไผ่" is bamboo; "กับไผ" after a no is anyone), how many
    r"|ไผ(?=สิ|ซิ|จะ|เห็น|อ่าน|ดู|ฮู้|รู้|เป็น|ได้)|จัก(?:มื้อ|วัน|เดือน|คน)"
)
#: The Isan question particle "บ่" at the end or before "ว่า" ("จะรู้บ่ว่าข้อยแจ้ง"), not
#: "บ่" meaning not ("บ่อยากมีปัญหา", "บ่มี").
_BO_ASKS = re.compile(r"บ่(?=ว่า|กว่า|(?:ครับ|คะ|ค่ะ|เด้อ|น้อ|ล่ะ|นอ)*$)")
#: Not knowing where something went, in a story ("ที่เหลือไม่รู้หายไปไหน", "บ่ฮู้เงินไปไส",
#: "who knows where the rest went"): a statement with a question word, not a question back.
_GONE_WHO_KNOWS_WHERE = re.compile(
    r"(?:ไม่รู้|บ่ฮู้|บ่รู้|ไม่ทราบ|ไม่มีใครรู้|บ่มีไผฮู้)(?:ว่า)?\S{0,24}?(?:ไป|หาย|เข้า)(?:ไป)?(?:อยู่)?"
    r"(?:ที่)?(?:ไหน|ไส|กระเป๋าใคร)|whoknowswhere|nobodyknowswhere|noone(?:knows|can tell)where",
    re.I,
)
_INDEFINITE = re.compile(r"(?:ไม่|บ่)\S{0,10}?(?:ใคร|อะไร|ไผ|ที่ไหน)|ไม่ว่า|ไม่รู้|ไม่ทราบ|บ่ฮู้|บ่มีไผ")
#: Lost in the bot itself ("ทำยังไงต่อคะ งง", "how do I use this?"): help, not a question
#: about the complaint.
_CONFUSED = re.compile(r"(?:^|\s)งง(?:\s|$|มาก|เลย|จัง|ค่ะ|คะ|ครับ)|\bhow do i use\b", re.I)
#: "ไม่รู้จะเริ่มตรงไหน", "บ่ฮู้สิเว้าจั่งใด": not knowing how to say it, which is no "I don't know".
_LOST_FOR_WORDS = re.compile(
    r"(?:ไม่|บ่)(?:รู้|ฮู้)(?:จะ|สิ|ว่าจะ)\S{0,12}(?:เริ่ม|เล่า|ตอบ|พิมพ์|อธิบาย|เว้า|บอก)"
    r"|don'?t know (?:where|how) to (?:start|begin|say|explain)",
    re.I,
)
_DONT_KNOW = re.compile(r"จำ\S{0,8}(?:ไม่|บ่)ได้|(?:ไม่|บ่)(?:แน่ใจ|รู้|ทราบ|ฮู้)|ลืม")
_CANCEL_START = tuple(
    {"ยกเลิก", "เลิก", "หยุด", "cancel", "stop", "ไม่แจ้ง", "ไม่เอาแล้ว", "บ่แจ้ง"}
    | {w for w in (compact(word) for word in lexicon.CANCEL) if len(w) > 3}
)
#: The options of a question with choices that mean yes, and those that mean no.
_OPTION_YES = ("yes", "confirm", "continue", "scene")
_OPTION_NO = ("no", "elsewhere")
_YES_NO_STEPS = ("consent", "reported", "identity", "summary", "pin", "offer", "resume", "confirm")
_REASON_STEPS = ("reason", "withdraw", "withdraw_reason")
#: What a framed answer read plainly may be, however its frame asked ("ก็ยอมสิ", "ก็ไม่มีไง").
_PLAIN_ANSWERS = (meaning.YES, meaning.NO, meaning.NONE, meaning.DONE)


def _today(today: date | None) -> date:
    return today or datetime.now(BANGKOK).date()


def prepare(text: str | None) -> v.Text:
    """The text cleaned once, in the forms the readers compare."""
    raw = text or ""
    said = agencies.spelled(raw)  # "ตำหรวจ", "โรงพญาบาล": agencies typed by ear, spelled
    cleaned = clean(said)
    return v.Text(raw, cleaned, strip_particles(said), compact(said), flat(cleaned))


def all_the_evidence(text: str | None) -> bool:
    """ "มีแค่รูปนี้รูปเดียว", "I only have this one photo": said after sending, that is all the
    evidence there is (before anything was sent, it is only a promise of some)."""
    return bool(text) and v.all_there_is(prepare(text))


def reads_as_name(text: str) -> bool:
    """The text can be the person's name given at the name question (not a refusal, a
    question or talk, in any language): only such a text is stored as a name."""
    return v.reads_as_name(prepare(text))


def _is_question(t: v.Text) -> bool:
    if _GONE_WHO_KNOWS_WHERE.search(t.flat):
        return False
    if "?" in t.cleaned or (_QUESTION_END.search(t.cleaned) and len(t.key) > 3):
        return True
    if _ENGLISH_QUESTION.match(t.cleaned):
        return True
    if t.key.startswith(("ไม่", "บ่")) and not _QUESTION_END.search(t.cleaned):
        return False
    if v.has(t.flat, _QUESTION):
        return True
    if romanised.asks(t.raw):
        return True
    return bool(_WHO_WHAT.search(t.flat)) and _short(t, 40) and not _INDEFINITE.search(t.flat)


def _faq(t: v.Text) -> str | None:
    """The question asked, by its longest cue ("กี่วัน" over "จะรู้")."""
    found = [
        (len(cue), -i, name)
        for i, (name, words) in enumerate(_FAQ.items())
        if (cue := v.has(t.flat, words))
    ]
    return max(found)[2] if found else None


#: The question model's margin below which its topic is not trusted over the cue words.
FAQ_UNSURE = -0.5


def _topic(t: v.Text) -> str:
    """Which question back is asked: the question model's reading of it (trained from the
    examples and the cue words), else its longest cue, else "other"."""
    from handlers.understanding.classifier import faq_scores  # sklearn on first use

    if v.has(t.flat.lower(), _LANGUAGE):
        return "language"
    scores = faq_scores(t.raw)
    best = max(scores, key=scores.__getitem__)
    if scores[best] > FAQ_UNSURE:
        return best
    return _faq(t) or ("is_safe" if danger_score(t.cleaned) else "other")


def _made_of(t: v.Text, words: frozenset[str]) -> bool:
    """Each word of the text is one or more of `words` run together ("เออ ได้", "จบแค่นี้")."""
    pattern = _run_of(words)
    if pattern.fullmatch(_LOOSE_END.sub("", t.key) or t.key):
        return True
    tokens = [token for token in (compact(w) for w in t.cleaned.split(" ")) if token]
    return len(tokens) > 1 and all(pattern.fullmatch(_LOOSE_END.sub("", w) or w) for w in tokens)


@cache
def _run_of(words: frozenset[str]) -> re.Pattern[str]:
    """A pattern matching one or more of `words` run together."""
    ordered = sorted((w for w in words if w), key=len, reverse=True)
    return re.compile("(?:" + "|".join(map(re.escape, ordered)) + ")+")


def _short(t: v.Text, limit: int = 30) -> bool:
    return len(t.flat) <= limit


def _said_by_official(t: v.Text, values: dict[str, Value]) -> bool:
    """ "ผู้ใหญ่บอกแล้วว่าจะแจกเงิน": an official said it, in a story, not the person about
    this talk."""
    official = values.get("official")
    said = v.has(t.flat, _ALREADY)
    if not official or not said:
        return False
    return 0 <= t.flat.find(v.flat(str(official.span))) < t.flat.find(str(said))


def _talk(t: v.Text, values: dict[str, Value], expecting: str | None) -> tuple[str, float] | None:
    """Talk about the conversation: already said, a change of mind, an edit."""
    said = v.has(t.flat, _ALREADY) or (_ALREADY_SHAPE.search(t.key) and _short(t, 40))
    near = said and (t.flat.find(str(said)) <= 12 or _short(t, 40))
    if near and not _said_by_official(t, values):
        return meaning.ALREADY_SAID, 0.9
    if v.has(t.flat, _CHANGE_STRONG):
        return meaning.CHANGE_MIND, 0.9
    if v.has(t.flat, _CHANGE_WEAK) and _short(t, 50):
        named = v.field_named(t)
        field = named.value if named else None
        if ("identity" in values and expecting != "identity") or (field and field != expecting):
            return meaning.CHANGE_MIND, 0.75
    if expecting in _REASON_STEPS:
        return None
    if expecting == "summary" and _short(t, 60) and not _is_question(t):
        found = _summary_change(t, values)
        if found:
            return found
    edits = _EDIT.match(t.cleaned) or (_MISTYPED.search(t.flat) and not _is_question(t))
    named = v.field_named(t)  # a number in a story ("สองรอบ") names no item of the summary
    if named is not None and not isinstance(named.value, str) and not _short(t, 12):
        named = None
    if edits and expecting in STORY_STEPS and _tells(values) and named is None:
        edits = None  # "แก้ปัญหาน้ำไม่ทำ แต่เบิกงบไป", "เปลี่ยนท่อไม่จริง": the story, no edit
    if edits and _short(t, 60):
        return meaning.EDIT, 0.9
    if _field_said_wrong(t) and _short(t, 60) and not _is_question(t):
        return meaning.EDIT, 0.85  # "ขอโทษครับ เดือนผิด เป็นตุลา", typed at any question
    if _said_wrong_first(t) and _short(t, 160) and not _is_question(t):
        return meaning.EDIT, 0.85  # "Number 3 is wrong, it should be the head nurse"
    if _WRONG.search(t.flat) and v.field_named(t) and _short(t, 25):
        return meaning.EDIT, 0.7
    if expecting == "official" and _only_a_district(t, values):
        return meaning.EDIT, 0.85  # "Nang Rong" asked who did it: where, said ahead
    if _corrects_another(t, values, expecting) or _answers_another(t, values, expecting):
        return meaning.EDIT, 0.85  # "sorry, it was in October", "เอ้ย เมื่อกี้ อ.นางรอง"
    if _NOT_BUT.search(t.flat) and v.field_named(t) and _short(t, 60):
        return meaning.EDIT, 0.7  # "อำเภอไม่ใช่นางรอง เป็นหนองกี่"
    return None


#: Words that open a correction of something said before ("ขอโทษค่ะ", "เอ้ย", "sorry", "wait").
_CORRECTING = re.compile(
    r"^(?:(?:oh|อ้อ|อ่า|เอ่อ)[\s,]*)?"
    r"(?:ขอโทษ|โทษที|เอ้ย|เอ๊ย|อุ๊ย|อ๊ะ|เมื่อกี้|เมื่อกี๊|sorry|oops|wait|i mean|correction)",
    re.I,
)


def _corrects_another(t: v.Text, values: dict[str, Value], expecting: str | None) -> bool:
    """A short message opened as a correction that carries a date or a place, for another
    question, and nothing else: "sorry, it was in October" at "what happened" corrects the
    date; "ขอโทษค่ะ นายกเอาเงินไป" (an official, a kind) is still a bubble of the story."""
    if not (expecting and _CORRECTING.match(t.cleaned) and _short(t, 60)):
        return False
    fields = {_FIELD_OF_VALUE[n] for n in values if n in _FIELD_OF_VALUE}
    if (
        "district" in values
        and "agency" in values
        and values["district"].span in values["agency"].span
    ):
        fields.discard("agency")  # "อำเภอนางรอง" is the district here, not its office
    corrected = PLACE_OR_DATE & fields
    return (
        len(fields) == 1
        and bool(corrected)
        and PARENT_FIELD.get(expecting, expecting) not in fields
    )


#: How surely another question's value must be named (with its marker: "ต.", "อ.", a date)
#: for a short message that answers nothing here to be taken as that question's correction.
NAMED_ELSEWHERE = 0.9
#: Questions whose answer is read otherwise: the story, and the summary's own edits.
_NOT_ELSEWHERE = ("what", "what_more", "summary", "consent")


def _answers_another(t: v.Text, values: dict[str, Value], expecting: str | None) -> bool:
    """ "อ้อ ตำบลโคกม้านะคะ" at the date question: no answer to it, but another question's
    value named surely; an edit of that field (the question is asked again after it)."""
    free_text = expecting in v.TEXT_STEPS  # "kamnan tambon don mon" is who, with a place
    if expecting is None or expecting in _NOT_ELSEWHERE or free_text or not _short(t, 50):
        return False
    here = PARENT_FIELD.get(expecting, expecting)
    found = {_FIELD_OF_VALUE[n] for n in values if n in _FIELD_OF_VALUE}
    sure = {
        _FIELD_OF_VALUE[n]
        for n, x in values.items()
        if n in _FIELD_OF_VALUE and x.confidence >= NAMED_ELSEWHERE
    }
    # an agency named ("เรื่องเกิดที่ อบต.หนองกง") is an answer given ahead, taken as such
    ahead = "agency" in found
    return (
        bool(sure & PLACE_OR_DATE) and here not in found and not ahead and found <= sure | {"kind"}
    )


#: The fields a correction opened with "sorry" may name alone, at another question.
PLACE_OR_DATE = frozenset({"when", "district"})
#: The field a question's answer fills, where its step has another name.
PARENT_FIELD = {"subdistrict": "district", "what_more": "what", "reported_to": "reported"}


#: The questions whose answer is the story itself.
STORY_STEPS = ("what", "what_more")
#: How sure the kind read from a text must be for it to tell the matter (the kind model's
#: vote above its margin: `values.KIND_SURE`).
SURE_TOLD = 0.75
#: Values that tell the matter of a complaint, not talk about the conversation.
_MATTER = ("kind", "official", "agency")


def _tells(values: dict[str, Value], sure: float = 0.0) -> bool:
    """The text names what was done or who did it (read at least `sure`; "other", the kind of
    "I'm not sure", tells nothing)."""
    return any(
        name in values and values[name].confidence >= sure and values[name].value != "other"
        for name in _MATTER
    )


_AGREED = tuple(re.compile(p, re.I) for p in lexicon.AGREED)
#: The yes/no questions where "no problem" agrees ("reported elsewhere?" is not one of them).
_AGREED_STEPS = ("consent", "summary", "offer", "resume", "confirm")
_REMARK = tuple(re.compile(p, re.I) for p in lexicon.REMARKS)
_PAUSE_FIRST = re.compile(lexicon.PAUSE_FIRST, re.I)
#: What may follow a pause said first and be read for itself ("เดี๋ยวนะ วันผิด" corrects,
#: "แป๊บนะ ไม่มีพยาน" answers none); an answer, a threat-less visit or a sigh stays the remark.
_SAID_AFTER_A_PAUSE = frozenset(meaning.INTENTS) - {
    meaning.ANSWER,
    meaning.REMARK,
    meaning.DANGER,
    meaning.GREETING,
    meaning.THANKS,
}
#: Values that, read surely, make a remark-like message an answer after all ("เฮ้อ นายก อบต.").
_SURE_VALUE = 0.7
#: A kind read by rules (its option's words, a price for a service), not guessed by the model.
_KIND_BY_RULE = 0.8


def _is_remark(t: v.Text, values: dict[str, Value]) -> bool:
    """Said aside, short, and carrying no value read surely (the whole text taken as the
    answer asked does not count): "เฮ้อ เรื่องมันยาวค่ะ", "รอแป๊บครับ", "sorry my Thai is bad"."""
    if not _short(t, 40) or not any(p.search(t.cleaned) for p in _REMARK):
        return False
    sure = [n for n, found in values.items() if found.confidence >= _SURE_VALUE]
    if "kind" in sure and values["kind"].confidence < _KIND_BY_RULE:
        sure.remove("kind")  # "รอแป๊บ ลูกเรียก": the kind model's guess at two words
    return not sure


def _field_said_wrong(t: v.Text) -> bool:
    """A field's own word or number with "wrong" right after it ("เดือนผิด", "บอกอำเภอผิดไป",
    "ข้อ2 บ่แม่นเด้อ", "the date was wrong", "number 3 isn't right"): whatever else the
    message holds, it corrects that field."""
    named = v.field_named(t)
    if named is None:
        return False
    span = v.flat(str(named.span))
    at = t.flat.find(span) if span else -1
    after = t.flat[at + len(span) : at + len(span) + 8] if at >= 0 else ""
    if _SAID_WRONG.match(after):
        return True
    said = re.escape(str(named.span).strip())
    return bool(re.search(said + _SAID_WRONG_ENGLISH, t.cleaned, re.I))


#: "Wrong" said right after a field's word or number (flattened text), Thai and Isan; not
#: "ผิดระเบียบ" (breaking a rule is the story).
_SAID_WRONG = re.compile(
    r"(?:ไป|มัน|ก็|นี่|นั้น|นั่น)?(?:ผิด(?!กฎ|ระเบียบ|วินัย|นัด|สัญญา|ศีล)|ไม่ถูก|บ่ถูก|บ่แม่น|ไม่ใช่)"
)
#: … and in English ("the district is wrong", "number 3 isn't right", "item 2 incorrect").
_SAID_WRONG_ENGLISH = (
    r"\s*(?:(?:is|was|'s)\s+)?(?:wrong|incorrect|not\s+(?:right|correct))"
    r"|\s*(?:is|was)n'?t\s+(?:right|correct)"
)


#: How far into the message a field said to be wrong may be named for the whole message to be
#: its correction (the field first, the new value after: "ข้อ 3 บ่แม่นเด้อ ต้องเป็น…").
SAID_WRONG_FIRST = 14


#: The first word saying something is wrong, where the opening of a correction ends.
_WRONG_WORD = re.compile(
    r"ผิด|ไม่ถูก|บ่ถูก|บ่แม่น|ไม่ใช่|wrong|incorrect|n'?t\s+(?:right|correct)|not\s+(?:right|correct)",
    re.I,
)


def _said_wrong_first(t: v.Text) -> bool:
    """The message opens by saying a field is wrong ("Number 3 is wrong, the official is …");
    what follows is its new value."""
    wrong = _WRONG_WORD.search(t.cleaned)
    if wrong is None:
        return False
    head = prepare(t.cleaned[: wrong.end()])
    named = v.field_named(head)
    if named is None or not _field_said_wrong(head):
        return False
    if isinstance(named.value, str) and not _field_said_wrong(t):
        return False  # "เจ้าหน้าที่ผิดนัด": the word read whole is no "wrong"
    return 0 <= head.flat.find(v.flat(str(named.span))) <= SAID_WRONG_FIRST


def _summary_change(t: v.Text, values: dict[str, Value]) -> tuple[str, float] | None:
    """At the summary, a message that changes an answer without "แก้" or "เปลี่ยนใจ": the
    name choice said again ("ไม่ต้องใส่ชื่อแล้วค่ะ", "บอกชื่อก็ได้") is a change of mind;
    a field named with more to add ("มีพยานเพิ่มอีกคน", "ขอเล่าเพิ่ม") is an edit."""
    if "identity" in values and (_NOW_INSTEAD.search(t.flat) or _short(t, 24)):
        return meaning.CHANGE_MIND, 0.85
    if _ADD.search(t.cleaned) and v.field_named(t):
        return meaning.EDIT, 0.85
    return None


def _global(t: v.Text, expecting: str | None) -> tuple[str, float] | None:
    """Words that act wherever the person is: cancel, start, greeting, thanks."""
    if t.key in _CANCEL or (t.key.startswith(_CANCEL_START) and _short(t, 16)):
        return meaning.CANCEL, 0.9
    if (v.has(t.flat, _CANCEL_INSIDE) or _made_of(t, _CANCEL)) and _short(t, 30):
        return meaning.CANCEL, 0.8
    reported = v.has(t.flat, v.REPORTED_YES) or "เคย" in t.flat
    started = v.has(t.flat, _START) or _START_EN.search(t.cleaned) or _START_SHAPE.search(t.flat)
    if started and not reported and (expecting is None or _short(t, 25)):
        return meaning.START, 0.85 if _short(t, 40) else 0.7
    if t.key in _GREETING or (
        (
            any(t.key.startswith(g) for g in ("สวัสดี", "หวัดดี", "hello", "ฮัลโหล"))
            or t.cleaned.split(" ")[0] in ("hi", "hey", "hello")
        )
        and _short(t, 30)
    ):
        if not (t.key == "ดี" and expecting in _YES_NO_STEPS):
            return meaning.GREETING, 0.9
    if (v.has(t.flat, _THANKS) or _THANKS_EN.search(t.cleaned)) and _short(t, 25):
        return meaning.THANKS, 0.9
    return None


def _asks_for(t: v.Text, values: dict[str, Value] | None = None) -> tuple[str, float] | None:
    """Following a complaint, or asking how the bot is used ("เงินช่วยเหลือชาวนาโดนโกง" tells
    a kind: its "ช่วยเหลือ" asks for no help)."""
    if v.has(t.flat, _TRACK) and _short(t, 40) and not (_tells(values or {}) and not _short(t, 20)):
        return meaning.TRACK, 0.85
    if _REFERENCE_ONLY.fullmatch(t.key):
        return meaning.TRACK, 0.8  # a reference alone: "what became of it?"
    if values and "reference" in values and "code" in values:
        return meaning.TRACK, 0.9  # a reference and its tracking code: the look-up, at once
    told = values is not None and "kind" in values
    if t.key in _HELP or (v.has(t.flat, _HELP_INSIDE) and _short(t, 24) and not told):
        return meaning.HELP, 0.85
    return None


def _short_answer(
    t: v.Text, values: dict[str, Value], expecting: str | None
) -> tuple[str, float] | None:
    """Yes, no, nothing, finished: the short answers to any question."""
    if _answers_another_question(values, expecting):
        return None  # "บ่เคยไปแจ้งไสเด้อ" at the evidence question answers where it was reported
    if expecting == "identity" and "identity" in values and t.key not in v.YES | v.NO:
        return None  # "ไม่บอกชื่อ", "บอกได้": an answer that names the choice
    if expecting in ("consent", "reported") and v.picked(t) in (1, 2):
        return (meaning.YES if v.picked(t) == 1 else meaning.NO), 0.9
    option = v.option(t, expecting)
    if expecting != "reported" and (option in _OPTION_YES or option in _OPTION_NO):
        return (meaning.YES if option in _OPTION_YES else meaning.NO), 0.9
    if _made_of(t, _DONE):
        return meaning.DONE, 0.9
    if _made_of(t, v.YES):
        return meaning.YES, 0.9
    if (
        expecting == "reported"
        and values.get("reported")
        and (values["reported"].value == "no" or _made_of(t, _REPORTED_ONLY))
        and _short(t, 24)
        and not any(n in values for n in ("reported_to", "agency", "official"))
    ):
        return (meaning.YES if values["reported"].value == "yes" else meaning.NONE), 0.85
    if t.key in v.NONE and not t.key.startswith(("ไม่", "no")) or t.key in ("ยัง", "ยังเลย"):
        return meaning.NONE, 0.85
    if _made_of(t, v.NO):
        return meaning.NO, 0.9
    if v.says_nothing(t) and not any(n in values for n in ("agency", "official", "district")):
        return meaning.NONE, 0.85
    if expecting in _YES_NO_STEPS and " " in t.cleaned and _short(t, 40):
        first = prepare(t.cleaned.split(" ")[0])
        if _made_of(first, v.NO):
            return meaning.NO, 0.75  # "ไม่ใช่ค่ะ อันนี้บ้านตัวเอง"
        if _made_of(first, v.YES):
            return meaning.YES, 0.75
    if expecting in ("summary", "confirm") and _PARTLY_WRONG.search(t.flat) and _short(t, 40):
        return meaning.NO, 0.85  # "ยังมีข้อที่ผิดอยู่": what to change is asked next
    if _DONT_KNOW.search(t.flat) and _short(t, 20) and not values:
        return meaning.NONE, 0.75
    if expecting == "evidence" and v.value_is(values, "evidence", "none") and _short(t, 16):
        return meaning.NONE, 0.85
    return None


def _fear_of_being_known(t: v.Text, values: dict[str, Value], expecting: str | None) -> bool:
    """ "ไม่บอกชื่อ กลัวโดนหมายหัว" at the name question: a reason for anonymity, not danger now."""
    return (
        expecting == "identity"
        and v.value_is(values, "identity", "anonymous")
        and bool(re.search(r"กลัว|ย่าน|afraid|scared", t.flat))
        and not re.search(r"ขู่|มาหา|เมื่อคืน|แล้ว", t.flat)
    )


def _declines_name(t: v.Text, values: dict[str, Value], expecting: str | None) -> bool:
    """ "I'd rather not say my name" at the name questions, naming no threat: a choice, which
    the danger model may not call danger on its own."""
    return (
        expecting in ("identity", "name")
        and v.value_is(values, "identity", "anonymous")
        and not threat_cue(t.cleaned)
    )


def _rules(
    t: v.Text, values: dict[str, Value], expecting: str | None, calm: bool = False
) -> tuple[str, float]:
    """The intent by rules, with how sure they are (`calm`: the danger words left unread,
    when both models read them in a calm sentence: see `_words_outvoted`)."""
    danger = danger_score(t.cleaned)
    withdraw = _WITHDRAW.search(t.cleaned) and expecting not in _REASON_STEPS
    # Asking to withdraw under a threat is a withdrawal (the chair is alerted); a threat
    # "unless you withdraw" ("ถ้าไม่ยอมถอนเรื่อง") is danger.
    pressed = withdraw and _ASKS_WITHDRAW.search(t.flat)
    if pressed and danger >= 0.9 and names_bodily_harm(t.cleaned):
        pressed = None  # "ขอถอนเรื่อง เขาขู่จะยิงพ่อ": the threat is answered first
    if danger >= 0.5 and not pressed and not calm:
        if danger >= 0.9 and not _fear_of_being_known(t, values, expecting):
            return meaning.DANGER, danger
        if _is_question(t):
            return meaning.QUESTION, 0.8  # "อันตรายไหม": safety asked about
        if not (expecting == "identity" and "identity" in values):
            return meaning.DANGER, danger  # "ไม่บอกชื่อ กลัวเขาเล่นงาน" is a choice
    if expecting not in _REASON_STEPS and _PRESSED.search(t.flat):
        return meaning.DANGER, 0.9
    if v.has(t.flat[:16], _ALREADY) and t.flat.find(v.has(t.flat, _ALREADY)) <= 3:
        return meaning.ALREADY_SAID, 0.9
    if _CONFUSED.search(t.cleaned) and _short(t, 30):
        return meaning.HELP, 0.85
    if _is_remark(t, values):
        return meaning.REMARK, 0.85
    if _LOST_FOR_WORDS.search(t.cleaned) and _short(t, 60) and not _tells(values):
        return meaning.HELP, 0.85
    faq = _faq(t)
    question = _is_question(t) or bool(faq and _BO_ASKS.search(t.flat[2:]))
    if _told_at_length(t, values) or (expecting in STORY_STEPS and _tells(values, SURE_TOLD)):
        question, faq = False, None  # "ใครเป็นคนตรวจรับ??" in a pasted post is rhetorical
    english = _ENGLISH_QUESTION.match(t.cleaned) and not _asks_for(t)  # "is there a fee"
    if question and (faq or danger or english or romanised.asks(t.raw)):
        return meaning.QUESTION, 0.9  # "plod phai mai kha" asks; it is no "mai" (no)
    if withdraw or _STOP_FILED.search(t.flat) and ("reference" in values or "เรื่องที่แจ้ง" in t.flat):
        return meaning.WITHDRAW, 0.9
    found = _asks_for(t, values) or _talk(t, values, expecting)
    if found:
        return found
    outright = _ASKED_OUTRIGHT.search(t.cleaned) and not _told_at_length(t, values)
    if not outright and _answers_another_question(values, expecting):
        question = False  # "ยังไม่เคยแจ้งที่ไหน": "ที่ไหน" is anywhere, not where
    if question and (outright or not (expecting and _answers(values, expecting))):
        opening = _global(t, expecting)  # "ร้องเรียนได้ที่นี่ไหม", "สวัสดีค่ะ มีใครอยู่ไหม"
        if opening and opening[0] in (meaning.START, meaning.GREETING):
            return opening
        return meaning.QUESTION, 0.7
    found = _global(t, expecting) or _short_answer(t, values, expecting)
    if found:
        return found
    if values or (expecting and t.key):
        return meaning.ANSWER, 0.8
    return meaning.ANSWER, 0.4


#: A text this long (flattened characters) that carries this many facts of a complaint is a
#: story told or a post pasted, whatever "??" it holds: not a question back to the bot.
STORY_LENGTH = 120
STORY_FACTS = 2
_FACTS = ("kind", "agency", "official", "district", "subdistrict", "date", "phone")


def _told_at_length(t: v.Text, values: dict[str, Value]) -> bool:
    return len(t.flat) >= STORY_LENGTH and sum(n in values for n in _FACTS) >= STORY_FACTS


#: Later questions whose answer, said at another question, is kept for them.
_KEPT_FOR_LATER = ("witnesses", "reported")


def _answers_another_question(values: dict[str, Value], expecting: str | None) -> bool:
    """The text answers a later question (a witness, never reported) instead of this one, a
    question of the filing (at the summary every field is open to change)."""
    if expecting is None or expecting in _NOT_ELSEWHERE:
        return False
    here = PARENT_FIELD.get(expecting, expecting)
    return any(
        name in values and name != here and values[name].value != "" for name in _KEPT_FOR_LATER
    )


def _answers(values: dict[str, Value], expecting: str) -> bool:
    wanted = {"when": "date", "what": "kind"}.get(expecting, expecting)
    return wanted in values


_ALREADY_WORDS = re.compile(
    "|".join(
        map(re.escape, sorted((w for w in _ALREADY if not w.isascii()), key=len, reverse=True))
    )
)


def asks_to_withdraw(text: str | None) -> bool:
    """The text asks to withdraw a complaint ("ขอถอนเรื่องค่ะ กลัวเขาทำร้าย"), whatever else
    it says beside (a threat "unless you withdraw" does not ask it)."""
    t = prepare(text) if text else None
    return bool(t and _WITHDRAW.search(t.cleaned) and _ASKS_WITHDRAW.search(t.flat))


def beside_talk(t: v.Text) -> str:
    """The words beside "บอกไปแล้ว" ("ลุงสีค่ะ บอกไปแล้ว" → "ลุงสี"), particles dropped."""
    rest = _ALREADY_SHAPE.sub(" ", _ALREADY_WORDS.sub(" ", _ALREADY_ENGLISH.sub(" ", t.cleaned)))
    words = (strip_particles(w) for w in rest.split())
    return " ".join(w for w in words if w and not v.PARTICLES.fullmatch(w))


def _extra(t: v.Text, intent: str, values: dict[str, Value], expecting: str | None) -> None:
    """Values that only mean something with the intent: faq, field, reason, the answer asked."""
    if intent == meaning.QUESTION:
        faq = _topic(t)
        values["faq"] = Value("faq", faq, 0.85 if faq != "other" else 0.5, t.raw)
        values.pop("identity", None)  # "ต้องบอกชื่อไหม" asks; it does not choose
    named = t
    if intent == meaning.ALREADY_SAID:
        rest = beside_talk(t)
        if rest:  # the field is named beside the talk; "เล่าไปแล้ว" alone names the story
            values["said"] = Value("said", rest, 0.8, rest)
            named = prepare(rest)
    if intent in (meaning.ALREADY_SAID, meaning.CHANGE_MIND, meaning.EDIT):
        field = v.field_named(named)
        if "identity" in values and intent == meaning.CHANGE_MIND:
            field = Value("field", "identity", 0.85, values["identity"].span)  # not "ชื่อ" of whom
        if field is None:
            field = _field_of_values(values, expecting)  # "บอกไปแล้วเด้ ลำปลายมาศ"
        if field:
            values["field"] = field
    if (
        _WITHDRAW.search(t.cleaned)
        and intent in (meaning.WITHDRAW, meaning.DANGER)
        or (expecting in _REASON_STEPS)
    ):
        values["reason"] = v.reason(t)
    if intent == meaning.EDIT:
        for name, found in list(values.items()):  # "มีพยานเพิ่มอีกคน": no witness named yet
            if name == "field" or not isinstance(found.value, str) or not _ADD.search(found.value):
                continue
            words = (strip_particles(w) for w in _ADD.sub(" ", found.value).split())
            rest = " ".join(w for w in words if w and not v.PARTICLES.fullmatch(w))
            if rest:
                values[name] = Value(name, rest, found.confidence, found.span)
            else:
                del values[name]
    if intent != meaning.ANSWER:
        for name in v.TEXT_STEPS:  # the whole text taken as the answer asked for: not one
            if name == expecting and name in values and values[name].span == t.raw:
                del values[name]
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


#: The field each value answers, for talk that repeats a value without naming its field.
_FIELD_OF_VALUE = {
    "date": "when",
    "district": "district",
    "subdistrict": "district",
    "agency": "agency",
    "official": "official",
    "kind": "kind",
    "witnesses": "witnesses",
    "evidence": "evidence",
    "reported": "reported",
    "identity": "identity",
}


def _field_of_values(values: dict[str, Value], expecting: str | None) -> Value | None:
    """The field the values carried answer: the one asked first, else the first found."""
    fields = [(_FIELD_OF_VALUE[n], found) for n, found in values.items() if n in _FIELD_OF_VALUE]
    if not fields:
        return None
    field, found = next(((f, x) for f, x in fields if f == expecting), fields[0])
    return Value("field", field, 0.7, found.span)


def _only_a_district(t: v.Text, values: dict[str, Value]) -> bool:
    """The whole text (its particles aside) is a district's name, and no official is named."""
    found = values.get("district")
    if found is None or found.confidence < _SURE_VALUE:
        return False
    official = values.get("official")
    if official is not None and official.confidence > v.AS_ASKED:
        return False
    return flat(found.span) in (t.flat, flat(t.bare))


def _only_a_place(t: v.Text, values: dict[str, Value]) -> bool:
    """The whole text is the name of a place or an agency: nothing else is said."""
    return any(
        name in values and flat(values[name].span) == t.flat
        for name in ("district", "subdistrict", "agency")
    )


def _with_classifier(
    t: v.Text, rules: tuple[str, float], values: dict[str, Value], expecting: str | None
) -> tuple[str, float]:
    """Rules where they are sure; the classifier for paraphrases; danger = rules OR classifier
    (unless the rules found a denial, extortion, or fear given as the reason for anonymity,
    or the text names no threat, weapon, harm, fear or following at all)."""
    from handlers.understanding import classifier  # sklearn loads on first use only

    intent, confidence = rules
    if intent == meaning.DANGER:
        return rules
    scores = classifier.scores(t.raw, expecting)
    calm = (
        ruled_out(t.cleaned)
        or _fear_of_being_known(t, values, expecting)
        or _only_a_place(t, values)  # "pa kham" is ปะคำ, not "ปา" (throw)
        or _declines_name(t, values, expecting)
        or (expecting == "witnesses" and only_people_named(t.cleaned))
        or (intent == meaning.REMARK and only_a_caller(t.cleaned))  # "hold on, at the door"
    )
    harmless = without_harmless(t.cleaned)
    unnamed = DANGER_UNNAMED
    if harmless != t.cleaned:  # the models read the harm words in harmless use as harm
        scores[meaning.DANGER] = classifier.scores(harmless, expecting)[meaning.DANGER]
        unnamed = DANGER_EXPLAINED  # "playing a shooting game": its harm word is explained
    else:
        harmless = t.raw  # as the kind model read it: its words are segmented once
    unsafe = -1.0 if calm else classifier.danger_margin(harmless)
    named = not calm and threat_cue(t.cleaned)
    # Two readers vote: the intent model, and the danger model, which reads words as well
    # as letters ("ฟาด", "จูดเฮือน", "poisoned my buffalo"). Beside a threat word either
    # may say danger (the danger model can veto an unsure intent vote); with none, only a
    # clear danger-model vote counts (a veiled warning names no harm).
    voted = scores[meaning.DANGER] > DANGER_MARGIN and unsafe > DANGER_VETO
    if named and romanised.loose_cue(t.cleaned):
        unsafe = min(unsafe, 0.0)  # "kop khun kha": the intent model must vote too
    if not named and _ONE_LATIN_WORD.fullmatch(t.cleaned.strip()):
        unsafe = min(unsafe, 0.0)  # "menu", "home": one English word naming no harm
    if named and (voted or unsafe > DANGER_NAMED) or unsafe > unnamed:
        # Romanised Thai has no rules of its own: a clear vote beside a threat word is sure.
        clear = scores[meaning.DANGER] > 0 and romanised.threat_cue(t.cleaned)
        return meaning.DANGER, 0.85 if clear else 0.7
    scores[meaning.DANGER] = -1.0  # not danger: the other intents compete
    best = max(scores, key=scores.__getitem__)
    if intent != meaning.ANSWER and confidence >= 0.85:
        return rules
    if intent == meaning.ANSWER and expecting and _answers(values, expecting):
        return rules  # the value asked for was found: an answer, however it is worded
    if (
        intent == meaning.ANSWER
        and best in _PLAIN_ANSWERS
        and expecting != "reported"  # there "yes, to the headman" names where: a yes
        and any(n in values for n in _FACTS)
    ):
        return rules  # "อ.ประโคนชัย เด้อ" at consent names a place: no bare yes or no
    if best == meaning.NONE and not _SAYS_NO.search(t.flat):
        return rules  # "หลักฐานมีเพิ่มค่ะ" has more: letters of "ไม่มี" without its "no"
    if intent == meaning.ANSWER and _answers_another_question(values, expecting):
        return rules  # "ยังไม่เคยแจ้งที่ไหน" at the evidence question: no "none" to it
    if best != intent and scores[best] > PARAPHRASE_MARGIN:
        return best, 0.6
    return rules


def _margins(t: v.Text, expecting: str | None) -> tuple[float, float]:
    """The intent model's and the danger model's danger margins, harm words in harmless use
    taken out first (as `_with_classifier` reads them)."""
    from handlers.understanding import classifier

    harmless = without_harmless(t.cleaned)
    read = harmless if harmless != t.cleaned else t.raw
    return classifier.scores(harmless, expecting)[meaning.DANGER], classifier.danger_margin(read)


def _words_outvoted(t: v.Text, expecting: str | None) -> bool:
    """The rules read danger from one word alone ("ฆ่า", "ยิง", "เจ็บตัว", "killing") and both
    models, reading the whole sentence, are sure it is calm ("ยาฆ่าแมลงที่แจกเป็นของปลอม",
    "the road is killing our trucks"): the narrower reader gives way. A sentence shape of
    threat, pressure to stop, or a word the models lean towards keeps the rules' reading."""
    if danger_score(t.cleaned) < 0.9 or by_shape(t.cleaned) or _PRESSED.search(t.flat):
        return False
    if emoji.of_harm(t.raw):
        return False  # "เจอกันแน่ 🔪": no model reads an emoji inside a sentence
    return max(_margins(t, expecting)) < RULE_OUTVOTED


_ONE_LATIN_WORD = re.compile(r"[A-Za-z]+[.!]*")
#: A "no" of some kind, without which nothing is said to be none (Thai, Isan, English, romanised).
_SAYS_NO = re.compile(r"ไม่|บ่|ยัง|หมด|แค่|ม่าย|no|not|never|nothing|none|mai|bo|yang|mot", re.I)
#: More to tell said to be none ("ไม่มีเพิ่ม", "บ่มีอีกแล้ว", "nothing else"), not "finished".
_NOTHING_MORE = re.compile(r"ไม่มี|บ่มี|nothing|nomore|none", re.I)
#: Both models' danger margins below this outvote a danger read from one word alone.
RULE_OUTVOTED = -0.6

#: The classifier's margin above which a text is taken as danger (recall first) …
DANGER_MARGIN = -0.4
#: … unless the danger model reads it as surely safe as this …
DANGER_VETO = -0.3
#: … or the danger model's alone above this, beside a threat word (a margin of a hundredth
#: is a coin's toss: "แม่ค้ากลัวกันหมด ไม่มีใครกล้าพูด" names fear, and no harm) …
DANGER_NAMED = 0.05
#: … and the danger model's margin above which a text naming no threat word is danger.
DANGER_UNNAMED = 0.3
#: … or this, when the text's one harm word was in harmless use (a game, a hot day).
DANGER_EXPLAINED = 0.6
#: … and above which its intent replaces an unsure reading of the rules.
PARAPHRASE_MARGIN = -0.25


def read(
    text: str | None, expecting: str | None, today: date | None, classify: bool = True
) -> Understanding:
    """`understand()`, with the classifier left out when `classify` is False (to measure).
    Emoji are read first (`emoji.as_words`): a 👍 alone is a yes, a 📍 after a district
    decorates it, a 🔪 stays for danger to read."""
    t = prepare(emoji.as_words(text.strip()) if text else text)
    if not t.cleaned:
        return Understanding(meaning.ANSWER, 0.0, {}, t.raw)
    if expecting is not None:  # an answer said as a question back, or framed: read plainly
        if expecting in _YES_NO_STEPS and rhetoric.affirms(t.cleaned) and not threat_cue(t.cleaned):
            return Understanding(meaning.YES, 0.85, {}, t.raw)
        if expecting == "consent" and rhetoric.consents(t.cleaned) and not threat_cue(t.cleaned):
            return Understanding(meaning.YES, 0.85, {}, t.raw)
        if expecting in _AGREED_STEPS and any(p.search(t.cleaned) for p in _AGREED):
            return Understanding(meaning.YES, 0.85, {}, t.raw)  # "ไม่มีปัญหาค่ะ", "go ahead"
        named = rhetoric.not_an_office(t.cleaned) if expecting == "agency" else None
        if named:
            return replace(read(named, expecting, today, classify), text=t.raw)
        plain = rhetoric.plainly(t.cleaned)
        if plain != t.cleaned:
            as_said = _read(t, expecting, today, classify)
            said = read(plain, expecting, today, classify)
            plainly_answers = said.intent in _PLAIN_ANSWERS or _answers(said.values, expecting)
            if as_said.intent in (meaning.QUESTION, meaning.DANGER) and not plainly_answers:
                return as_said  # a question back (or a threat), whatever its frame
            return replace(said, text=t.raw)
    found = _read(t, expecting, today, classify)
    pause = _PAUSE_FIRST.match(t.cleaned) if found.intent == meaning.REMARK else None
    if pause and t.cleaned[pause.end() :].strip():
        said = read(t.cleaned[pause.end() :], expecting, today, classify)
        if said.intent in _SAID_AFTER_A_PAUSE:
            return replace(said, text=t.raw)
    if (
        expecting == "what_more"
        and found.intent != meaning.DANGER
        and not without_courtesies(t.cleaned)
    ):
        return Understanding(meaning.DONE, 0.85, {}, t.raw)  # "ฝากด้วยนะคะ": the telling ends
    if expecting is not None and found.intent in (meaning.GREETING, meaning.THANKS):
        rest = without_courtesies(t.cleaned)  # "ถูกต้องครับ ขอบคุณมาก": the yes, thanked
        said = read(rest, expecting, today, classify) if rest != t.cleaned.strip() else None
        if rest and said is not None and said.intent in (*_PLAIN_ANSWERS, meaning.ANSWER):
            return replace(said, text=t.raw)
    return found


def _read(t: v.Text, expecting: str | None, today: date | None, classify: bool) -> Understanding:
    values = v.read(t, expecting, _today(today))
    rules = _rules(t, values, expecting)
    if classify and rules[0] == meaning.DANGER and _words_outvoted(t, expecting):
        rules = _rules(t, values, expecting, calm=True)
    intent, confidence = _with_classifier(t, rules, values, expecting) if classify else rules
    if intent == meaning.DONE and expecting == "what_more" and _NOTHING_MORE.search(t.flat):
        intent = meaning.NONE  # "ไม่มีแล้ว เล่าหมดแล้ว": nothing more, not "finished" ("จบแล้ว")
    _extra(t, intent, values, expecting)
    return Understanding(intent, confidence, values, t.raw)


def warm() -> None:
    """Train the models and build the place tables now (a process start), so no citizen's
    first message waits for them."""
    from handlers.understanding import classifier

    for trained in (
        classifier.model,
        classifier.romanised_model,
        classifier.kind_model,
        classifier.faq_model,
        classifier.danger_model,
        classifier.romanised_faq_model,
        classifier.romanised_kind_model,
        classifier.romanised_danger_model,
    ):
        trained()
    read("SAO Nong Kong เรียกเงิน", None, None)  # the word segmenter's and places' tables


def understand(
    text: str | None,
    *,
    expecting: str | None = None,
    lang: str = "th",
    today: date | None = None,
) -> Understanding:
    """What one incoming text means. `expecting` = the field the bot just asked for (a step
    name such as "agency", "when", "identity"), or None outside a question."""
    try:
        if not text or len(text) > REMEMBERED_LENGTH or expecting in NOT_REMEMBERED:
            return read(text, expecting, today)
        key = (text, expecting, _today(today))
        with _REMEMBERED_LOCK:
            found = _REMEMBERED.get(key)
        if found is None:
            found = read(text, expecting, today)
            if not PERSONAL.intersection(found.values):
                with _REMEMBERED_LOCK:
                    _REMEMBERED[key] = found
        # The values carried are frozen; the dict holding them is the caller's own.
        return replace(found, values=dict(found.values))
    finally:
        # The memos of one reading (a text is cleaned a dozen times, segmented and weighed for
        # danger several times in it): nothing a person typed is kept once it is read.
        from handlers.understanding import classifier  # loaded by the reading, if not before

        normalise.forget()
        danger.forget()
        classifier.forget()


#: Short answers repeat from person to person (an agency, "ย้อนกลับ", "ใช่ค่ะ"): their reading
#: is remembered per process, by question and day. Longer texts (stories) rarely repeat, and
#: a text given for the record as a name or phone number, or read as carrying one, is read
#: afresh and never kept in memory.
REMEMBERED_LENGTH = 48
NOT_REMEMBERED = frozenset({"identity", "name", "phone"})
PERSONAL = frozenset({"name", "phone", "code"})  # a tracking code opens a ticket
_REMEMBERED: LRUCache = LRUCache(maxsize=2048)
_REMEMBERED_LOCK = threading.Lock()


def forget() -> None:
    """Forget the remembered readings (for tests that count readings)."""
    with _REMEMBERED_LOCK:
        _REMEMBERED.clear()
