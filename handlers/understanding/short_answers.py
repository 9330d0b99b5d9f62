"""The short answers to any question: yes, no, none, done, and an answer meant for a later
question."""

from __future__ import annotations

import re
from functools import cache

from handlers.thai.normalise import clean, compact
from handlers.understanding import lexicon, meaning
from handlers.understanding import values as v
from handlers.understanding.meaning import Value
from handlers.understanding.prepared import NOT_ELSEWHERE, PARENT_FIELD, prepare, short

_SEND_ANYWAY = re.compile(lexicon.SEND_ANYWAY, re.I)
_PARTLY_WRONG = re.compile(lexicon.PARTLY_WRONG, re.I)
_REPORTED_ONLY = v.YES | v.key_set(("เคย", "เคยแจ้ง", "แจ้งแล้ว", "เคยแจ้งแล้ว", "แจ้งไปแล้ว"))
_DONE = v.key_set(lexicon.DONE)
#: Ends that only add emphasis to a short answer: "ยอมอยู่แล้ว", "ถูกต้องทุกอย่าง", "ถูกหมดแล้ว".
_LOOSE_END = re.compile(
    r"(?:จ้า|จ้ะ|นะ|เด้อ|เนาะ|ค่า|สิ|ละ|เลย|แหละ|อยู่แล้ว|แน่นอน|แน่ๆ|ทุกอย่าง|ทุกข้อ|ทั้งหมด|หมดแล้ว"
    r"|หมด|ครบ|เลยจ้า|คือกัน|โลด|เด้|พี่|พี่ๆ|น้อง|แอด|แอดมิน|admin)+$"  # "ยอมครับพี่": to whom, not what
)
_DONT_KNOW = re.compile(r"จำ\S{0,8}(?:ไม่|บ่)ได้|(?:ไม่|บ่)(?:แน่ใจ|รู้|ทราบ|ฮู้)|ลืม|(?:นึก|คิด)(?:ไม่|บ่)ออก")
#: Not recalling is said with how long ago at most ("นึกไม่ออกจริงๆ นานแล้ว"): longer, it tells.
_DONT_KNOW_CHARS = 26
#: Questions where "none" may come with its reason ("ไม่มีค่ะ จ่ายเงินสดไป"); "but …" or
#: something had after it ("ไม่มีครับ แต่มีรูป") is more than none.
_NONE_THEN_WHY = ("evidence",)
#: The one filed for, whose words the typer passes on ("ยายฟังแล้วบอกว่า…", "พ่ออ่านแล้วว่า…",
#: "แม่เพิ่นว่า…"): what follows is their answer.
_RELAYED_SAYING = re.compile(
    rf"^(?:{'|'.join(sorted(lexicon.RELATIVES_TH, key=len, reverse=True))})"
    r"(?:เพิ่น|เขา|แก|ท่าน)?\s*(?:(?:อ่าน|ฟัง|ดู)(?:ดู)?(?:แล้ว)?\s*)?(?:ก็)?(?:บอก)?ว่า\s*"
)
_SOMETHING_AFTER = re.compile(r"แต่|\bbut\b|(?<!ไม่)(?<!บ่)มี", re.I)
#: No reference was given where it was reported ("ไม่ได้ให้เลขอะไรมา", "เขาบ่ได้ออกเลขให้").
_NO_NUMBER_GIVEN = re.compile(
    r"(?:ไม่|บ่)(?:ได้)?(?:ให้|ออก|บอก)(?:เลข|หมายเลข|อะไร|ใบ|มา|$)|(?:ไม่|บ่)(?:มี|ได้)(?:เลข|หมายเลข)"
)
#: How long (compacted) "no number was given" may be to be that answer.
_NO_NUMBER_SAID_ALONE = 40


def no_reference_given(text: str) -> bool:
    """ "ไม่ได้ให้เลขอะไรมา", "เขาบ่ได้ออกเลขให้": no reference was given where it was reported."""
    key = compact(text)
    return bool(_NO_NUMBER_GIVEN.search(key)) and len(key) <= _NO_NUMBER_SAID_ALONE


#: The options of a question with choices that mean yes, and those that mean no.
_OPTION_YES = ("yes", "confirm", "continue", "scene")
_OPTION_NO = ("no", "elsewhere")
YES_NO_STEPS = ("consent", "reported", "identity", "summary", "pin", "offer", "resume", "confirm")


def made_of(t: v.Text, words: frozenset[str]) -> bool:
    """Each word of the text is one or more of `words` run together ("เออ ได้", "จบแค่นี้")."""
    pattern = _run_of(words)
    if pattern.fullmatch(_LOOSE_END.sub("", t.key) or t.key):
        return True
    tokens = [token for token in (compact(w) for w in t.cleaned.split(" ")) if token]
    return len(tokens) > 1 and all(pattern.fullmatch(_LOOSE_END.sub("", w) or w) for w in tokens)


#: "Not" said first: before a yes it makes a no ("ไม่โอเค", "บ่โอเคเด้อ", "ยังไม่ตกลง", "not okay").
_NOT_FIRST = re.compile(r"(?:ยัง)?(?:ไม่|บ่|อ็อต|อ๊อต)|not", re.I)


def _yes_denied(t: v.Text) -> bool:
    """The text is a "not" and a yes word after it, and nothing else."""
    found = _NOT_FIRST.match(t.key)
    rest = t.key[found.end() :] if found else ""
    return bool(rest) and made_of(prepare(rest), v.YES)


@cache
def _run_of(words: frozenset[str]) -> re.Pattern[str]:
    """A pattern matching one or more of `words` run together."""
    ordered = sorted((w for w in words if w), key=len, reverse=True)
    return re.compile("(?:" + "|".join(map(re.escape, ordered)) + ")+")


def short_answer(
    t: v.Text, values: dict[str, Value], expecting: str | None
) -> tuple[str, float] | None:
    """Yes, no, nothing, finished: the short answers to any question."""
    if answers_another_question(values, expecting):
        return None  # "บ่เคยไปแจ้งไสเด้อ" at the evidence question answers where it was reported
    if expecting == "identity" and "identity" in values and t.key not in v.YES | v.NO:
        return None  # "ไม่บอกชื่อ", "บอกได้": an answer that names the choice
    if expecting in ("consent", "reported") and v.picked(t) in (1, 2):
        return (meaning.YES if v.picked(t) == 1 else meaning.NO), 0.9
    option = v.option(t, expecting)
    if expecting != "reported" and (option in _OPTION_YES or option in _OPTION_NO):
        return (meaning.YES if option in _OPTION_YES else meaning.NO), 0.9
    if made_of(t, _DONE):
        return meaning.DONE, 0.9
    if made_of(t, v.YES):
        return meaning.YES, 0.9
    if (
        expecting == "reported"
        and values.get("reported")
        and (values["reported"].value == "no" or made_of(t, _REPORTED_ONLY))
        and short(t, 24)
        and not any(n in values for n in ("reported_to", "agency", "official"))
    ):
        return (meaning.YES if values["reported"].value == "yes" else meaning.NONE), 0.85
    if t.key in v.NONE and not t.key.startswith(("ไม่", "no")) or t.key in ("ยัง", "ยังเลย"):
        return meaning.NONE, 0.85
    if made_of(t, v.NO) or _yes_denied(t):
        return meaning.NO, 0.9
    if expecting == "reported_ref" and no_reference_given(t.key):
        return meaning.NONE, 0.85  # "เขาไม่ได้ให้เลขอะไรมา": no reference to keep
    if v.says_nothing(t) and not any(n in values for n in ("agency", "official", "district")):
        return meaning.NONE, 0.85
    if expecting in _NONE_THEN_WHY and " " in t.cleaned and short(t, 60):
        first, rest = t.cleaned.split(" ", 1)
        if (
            not first.isascii()
            and made_of(prepare(first), v.NONE)
            and not _SOMETHING_AFTER.search(rest)
        ):
            return meaning.NONE, 0.85  # "ไม่มีคับ เขาไม่ให้ใบเสร็จ": none, and why
    relayed = _RELAYED_SAYING.match(t.cleaned) if expecting in YES_NO_STEPS else None
    if relayed and short(t, 60) and t.cleaned[relayed.end() :].strip():
        said = short_answer(prepare(t.cleaned[relayed.end() :]), values, expecting)
        if said and said[0] in (meaning.YES, meaning.NO):
            return said  # "ยายฟังแล้วบอกว่าถูกค่ะ ส่งได้": the one filed for, said for them
    if expecting in YES_NO_STEPS and " " in t.cleaned and short(t, 40):
        first = prepare(t.cleaned.split(" ")[0])
        if made_of(first, v.NO):
            return meaning.NO, 0.75  # "ไม่ใช่ค่ะ อันนี้บ้านตัวเอง"
        if made_of(first, v.YES) and "reported_to" not in values:
            return meaning.YES, 0.75  # "Yes, I told the district chief's office" answers where
    if expecting in ("summary", "confirm") and _PARTLY_WRONG.search(t.flat) and short(t, 40):
        return meaning.NO, 0.85  # "ยังมีข้อที่ผิดอยู่": what to change is asked next
    if expecting in ("summary", "confirm") and _SEND_ANYWAY.search(t.cleaned) and short(t, 40):
        return meaning.YES, 0.8  # "งั้นส่งไปก่อนค่ะ", "ช่างมันเถอะ ส่งไปเลย"
    if _DONT_KNOW.search(t.flat) and short(t, _DONT_KNOW_CHARS) and not values:
        return meaning.NONE, 0.75
    if expecting == "evidence" and v.value_is(values, "evidence", "none") and short(t, 16):
        return meaning.NONE, 0.85
    return None


#: Later questions whose answer, said at another question, is kept for them.
_KEPT_FOR_LATER = ("witnesses", "reported")


def answers_another_question(values: dict[str, Value], expecting: str | None) -> bool:
    """The text answers a later question (a witness, never reported) instead of this one, a
    question of the filing (at the summary every field is open to change)."""
    if expecting is None or expecting in NOT_ELSEWHERE:
        return False
    here = PARENT_FIELD.get(expecting, expecting)
    return any(
        name in values and name != here and values[name].value != "" for name in _KEPT_FOR_LATER
    )


#: Finished sending, said first ("เสร็จแล้วค่ะ", "ส่งครบแล้วครับ", "มีแค่นี้"), then more words.
_DONE_FIRST = re.compile(
    r"^(?:ส่ง)?(?:เสร็จ|ครบ|หมด)แล้ว\S{0,6}\s|^(?:มี)?(?:แค่นี้|เท่านี้)\S{0,6}\s|^(?:done|finished)[,.!]?\s",
    re.I,
)
#: What may follow "done" that is more than done ("แต่ยังมีอีก", "but one more").
_MORE_AFTER = re.compile(r"^(?:แต่|ยัง|อีก|but|one more)", re.I)
#: How long (flattened) what is told after "done" must be to be kept ("ในเสียงคือแม่ครัวเล่าให้ฟัง").
TOLD_AFTER_DONE = 8


def done_then_told(text: str | None) -> str | None:
    """ "เสร็จแล้วค่ะ ในเสียงคือแม่ครัวเล่าให้ฟังค่ะ": finished sending, and what follows tells of
    what was sent; those words (to keep), or None."""
    said = clean(text)
    found = _DONE_FIRST.match(said)
    rest = said[found.end() :].strip() if found else ""
    if _MORE_AFTER.match(rest) or len(v.flat(rest)) < TOLD_AFTER_DONE:
        return None
    return rest
