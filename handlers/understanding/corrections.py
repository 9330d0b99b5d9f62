"""Talk about the conversation: already said, a change of mind, an edit or a correction of
something said before."""

from __future__ import annotations

import re

from handlers.thai.normalise import strip_particles
from handlers.understanding import lexicon, meaning, when, where
from handlers.understanding import values as v
from handlers.understanding.danger import flat
from handlers.understanding.meaning import Value
from handlers.understanding.prepared import (
    NOT_ELSEWHERE,
    PARENT_FIELD,
    REASON_STEPS,
    STORY_STEPS,
    SURE_VALUE,
    prepare,
    short,
    tells,
    today_or_now,
)
from handlers.understanding.questions import is_question
from handlers.understanding.short_answers import YES_NO_STEPS  # a bare "wrong" is a no there

ALREADY = v.word_set(lexicon.ALREADY_SAID)
_ALREADY_SHAPE = re.compile(lexicon.ALREADY_SAID_PATTERN)
_ALREADY_ENGLISH = re.compile(lexicon.ALREADY_SAID_ENGLISH, re.I)
_CHANGE_STRONG = v.word_set(lexicon.CHANGE_MIND)
_CHANGE_WEAK = v.word_set(lexicon.CHANGE_MIND_WEAK)
_EDIT = re.compile(
    r"^(?:(?:อ้อ|อ๋อ|อ่อ|เอ้ย|เอ๊ะ|เออ|โอ๊ะ|ขอโทษ\S{0,6}|oh|oops|sorry|wait)[\s,!.]*)?"
    r"(?:ขอ|อยาก|จะ|ช่วย)?(?:ย้อน(?:กลับ)?ไป|กลับไป|go\s+back\s+(?:and|to)\s+)?"  # "ย้อนกลับไปแก้อำเภอ"
    r"(?:แก้ไข|แก้|เปลี่ยน|edit|change|fix|correct"
    r"|(?:kae|gae|kaeh)(?:\s?k?h?ai)?\b)",  # แก้(ไข) typed in Latin ("kae 2", "kae wan tee")
    re.I,
)
#: Adding to a field already answered ("เพิ่มพยานอีกคน", "ขอเล่าเพิ่ม", "add a witness").
ADD = re.compile(r"เพิ่ม|อีกคน|อีกอย่าง|\badd\b|another|\bmore\b", re.I)
#: A choice said again, with "now" or "instead" ("ไม่ต้องใส่ชื่อแล้ว", "ขอเป็นแบบไม่ระบุชื่อแทน").
_NOW_INSTEAD = re.compile(r"แล้ว|แทน|ดีกว่า|ก็ได้|กะได้|เลย|instead|actually|rather|after all", re.I)
_NOT_BUT = re.compile(r"ไม่ใช่\S{0,24}(?:เป็น|คือ|ต้องเป็น)")
_MISTYPED = re.compile(
    r"(?:พิมพ์|ใส่|บอก|กรอก|ตอบ)(?:ชื่อ)?(?:อำเภอ|ตำบล|หน่วยงาน|วันที่|วัน|เดือน|ปี|ข้อ\d*)?(?:ไป)?ผิด"
    r"|ผิด(?:ไป)?(?:นะ|น่ะ|เด้อ|ค่ะ|ครับ)?(?:จริงๆ|แท้ๆ)"
    r"|ที่ถูกคือ|ที่ถูกต้องคือ|ต้องเป็น"
)
_WRONG = re.compile(r"(?:ผิด|ไม่ถูก|wrong)")
_WRONG_ALONE = re.compile(lexicon.SAID_WRONG_ALONE, re.I)
#: Words that say an answer is wrong, opening a message (not "ไม่ใช่": a no to what was offered).
_WRONG_FIRST = re.compile(r"(?:ยัง)?(?:ผิด|ไม่ถูก(?:ต้อง)?|บ่ถูก(?:ต้อง)?|บ่แม่น|wrong|incorrect)", re.I)
#: "Wrong" said first, then the field it is about and its value ("ผิดครับ ตำบลคือ ปราสาท",
#: "ไม่ถูกค่ะ อำเภอที่ถูกคือคูเมือง"): the field must be named this soon after it.
FIELD_AFTER_WRONG = 12
#: What the person said before, then the truth ("เมื่อกี้บอกว่าไม่มีรูป จริงๆ มีค่ะ", "ที่บอกว่าเป็น
#: เรื่องสินบน จริงๆ เป็นเรื่องฮั้ว", "I said no photos earlier, actually I have some").
_SAID_BEFORE = re.compile(
    r"(?:เมื่อกี้|เมื่อกี๊|ตอนแรก|^ที่|\sที่)\s*(?:หนู|ผม|ฉัน|ดิฉัน|ข้อย)?\s*(?:บอก|ตอบ|พิมพ์)(?:ไป)?\s*(?:ว่า)?"
    r"\S.{0,40}?(?:จริงๆ|ที่จริง|ความจริง)"
    r"|\bi (?:said|told you|wrote)\b.{0,40}?\b(?:actually|in fact)\b",
    re.I,
)
_MIND_CHANGED = re.compile(r"เปลี่ยนใจ|changed?my ?mind", re.I)
_MIND_BACK = re.compile(lexicon.MIND_BACK_TO_FILING)
#: A new answer first, then that a "no" was said before it ("มีรูปแล้วค่ะ เมื่อกี้บอกไม่มี"): the
#: earlier answer corrected (said alone, "เมื่อกี้บอกว่าไม่มี" repeats it).
_NO_SAID_BEFORE = re.compile(
    r"\s(?:เมื่อกี้|เมื่อกี๊|ตอนแรก|ทีแรก)\s*(?:หนู|ผม|ฉัน|ดิฉัน|ข้อย)?\s*(?:บอก|ตอบ|พิมพ์)(?:ไป)?\s*(?:ว่า)?"
    r"\s*(?:ไม่|บ่)(?:มี|ใช่|เคย)"
)

#: An office denied and another said in its place, in free words, at any later question ("จริงๆ
#: ไม่ใช่ อบต.นะคะ เป็นเทศบาลตำบลค่ะ", "จริงๆ แล้วเป็นของ อบจ. นะครับ ไม่ใช่ อบต."): the agency
#: corrected. Not an office denied as the one who did it ("ไม่ใช่ อบต. ที่ทำ แต่เขาสั่ง").
_OFFICE = where.KIND_WORDS
_AGENCY_INSTEAD = re.compile(
    rf"ไม่ใช่\s*(?:{_OFFICE})(?:(?!ที่)\S)*\s*(?:นะ\S*|ค่ะ|ครับ|คะ|หรอก\S*)?\s*(?:แต่)?\s*(?:เป็น|คือ)"
    rf"(?:ของ)?\s*(?:{_OFFICE})"
    rf"|(?:จริงๆ|ที่จริง|ความจริง)\s*(?:แล้ว)?\s*(?:เป็น|คือ)(?:ของ)?\s*(?:{_OFFICE})\S*"
    rf"(?:\s+\S+){{0,3}}?\s*ไม่ใช่\s*(?:{_OFFICE})\S*\s*(?:นะ\S*|ค่ะ|ครับ|คะ|จ้า)?\s*$"
)

#: "Change it to …" opening a message at the summary ("ขอเปลี่ยนเป็นแบบไม่ระบุชื่อ", "ขอแก้เป็นไม่ออก
#: ชื่อ"): an edit of the item the new value belongs to, not a change of mind said so.
_CHANGED_TO = re.compile(r"(?:ขอ|อยาก)?(?:เปลี่ยน|แก้)(?:ให้)?เป็น")


def _said_by_official(t: v.Text, values: dict[str, Value]) -> bool:
    """ "ผู้ใหญ่บอกแล้วว่าจะแจกเงิน": an official said it, in a story, not the person about
    this talk."""
    official = values.get("official")
    said = v.has(t.flat, ALREADY)
    if not official or not said:
        return False
    return 0 <= t.flat.find(v.flat(str(official.span))) < t.flat.find(str(said))


def talk(t: v.Text, values: dict[str, Value], expecting: str | None) -> tuple[str, float] | None:
    """Talk about the conversation: already said, a change of mind, an edit."""
    said = v.has(t.flat, ALREADY) or (_ALREADY_SHAPE.search(t.key) and short(t, 40))
    near = said and (t.flat.find(str(said)) <= 12 or short(t, 40))
    if near and not _said_by_official(t, values):
        return meaning.ALREADY_SAID, 0.9
    if _SAID_BEFORE.search(t.cleaned) and short(t, 80) and not is_question(t):
        if not _MIND_CHANGED.search(t.flat):  # "เปลี่ยนใจค่ะ ที่บอกว่า…": a change of mind, said so
            return meaning.EDIT, 0.85  # "เมื่อกี้บอกว่าไม่มีรูป จริงๆ มีค่ะ": what was said, corrected
    if _NO_SAID_BEFORE.search(t.cleaned) and short(t, 80) and not is_question(t):
        return meaning.EDIT, 0.85
    if expecting is None and _MIND_BACK.search(t.cleaned) and not is_question(t):
        return meaning.START, 0.85  # "เปลี่ยนใจค่ะ จะแจ้งต่อ" with nothing open: back to filing
    if v.has(t.flat, _CHANGE_STRONG):
        return meaning.CHANGE_MIND, 0.9
    later = expecting not in ("agency", *STORY_STEPS)  # in the story, a line of it
    if later and _AGENCY_INSTEAD.search(t.cleaned) and not is_question(t):
        return meaning.EDIT, 0.85  # "จริงๆ ไม่ใช่ อบต.นะคะ เป็นเทศบาลตำบลค่ะ" at the witness question
    if expecting == "summary" and _CHANGED_TO.match(t.flat) and short(t, 50):
        return meaning.EDIT, 0.85  # "ขอเปลี่ยนเป็นไม่บอกชื่อค่ะ": an item changed to what follows
    if v.has(t.flat, _CHANGE_WEAK) and short(t, 50):
        named = v.field_named(t)
        field = named.value if named else None
        if ("identity" in values and expecting != "identity") or (field and field != expecting):
            return meaning.CHANGE_MIND, 0.75
    if expecting in REASON_STEPS:
        return None
    if expecting == "summary" and short(t, 80) and not is_question(t):
        if where.another_province(t.cleaned) and "district" not in values:
            return meaning.EDIT, 0.85  # "No, not Buri Ram! it's in Surin": the place corrected
    if expecting == "summary" and _not_right_yet(t, values):
        return meaning.NO, 0.85  # "ยังไม่ถูกค่ะ มีผิดอยู่ข้อนึง": the summary not right, no item said
    if expecting == "summary" and short(t, 60) and not is_question(t):
        found = _summary_change(t, values)
        if found:
            return found
        if NAME_CORRECTED.match(t.cleaned):
            return meaning.EDIT, 0.85  # "ไม่ใช่ค่ะ ชื่อบุญเลิศ": the name said back, corrected
        if _date_after_no(t, values):
            return meaning.EDIT, 0.85  # "ไม่ใช่ค่ะ มิถุนายน 2569": the date said back, corrected
    edits = _EDIT.match(t.cleaned) or (_MISTYPED.search(t.flat) and not is_question(t))
    named = v.field_named(t)  # a number in a story ("สองรอบ") names no item of the summary
    if named is not None and not isinstance(named.value, str) and not short(t, 12):
        named = None
    if edits and expecting in STORY_STEPS and tells(values) and named is None:
        edits = None  # "แก้ปัญหาน้ำไม่ทำ แต่เบิกงบไป", "เปลี่ยนท่อไม่จริง": the story, no edit
    if edits and short(t, 60):
        return meaning.EDIT, 0.9
    if _field_said_wrong(t) and short(t, 60) and not is_question(t):
        return meaning.EDIT, 0.85  # "ขอโทษครับ เดือนผิด เป็นตุลา", typed at any question
    if _YEAR_SAID_WRONG.match(t.flat) and short(t, 80) and not is_question(t):
        return meaning.EDIT, 0.85  # "ปีบ่แม่นเด้อ … ปีนี้": the year said back, corrected
    if expecting and expecting not in YES_NO_STEPS and _WRONG_ALONE.match(t.flat.lower()):
        return meaning.EDIT, 0.85  # "บ่แม่น" after a date said back: that answer, corrected
    if _wrong_then_field(t) and short(t, 80) and not is_question(t):
        return meaning.EDIT, 0.85  # "ผิดครับ ตำบลคือ ปราสาท", "ผิดอีกแล้วค่ะ อำเภอคือคูเมือง"
    if _field_should_be(t) and short(t, 80) and not is_question(t):
        return meaning.EDIT, 0.85  # "district should be Lahan Sai, not what it says"
    if _said_wrong_first(t) and short(t, 160) and not is_question(t):
        return meaning.EDIT, 0.85  # "Number 3 is wrong, it should be the head nurse"
    if _WRONG.search(t.flat) and v.field_named(t) and short(t, 25):
        return meaning.EDIT, 0.7
    if expecting == "official" and _only_a_district(t, values):
        return meaning.EDIT, 0.85  # "Nang Rong" asked who did it: where, said ahead
    if _corrects_another(t, values, expecting) or _answers_another(t, values, expecting):
        return meaning.EDIT, 0.85  # "sorry, it was in October", "เอ้ย เมื่อกี้ อ.นางรอง"
    dated = short(t, 80) and not is_question(t)
    if dated and one_for_another(t, values, expecting) == "when":
        return meaning.EDIT, 0.85  # "เดี๋ยวๆ ไม่ใช่อาทิตย์ที่แล้ว เป็นเมื่อวานซืน" at any later question
    if _NOT_BUT.search(t.flat) and v.field_named(t) and short(t, 60):
        return meaning.EDIT, 0.7  # "อำเภอไม่ใช่นางรอง เป็นหนองกี่"
    if _date_widened(t, values, expecting):
        return meaning.EDIT, 0.85  # "ไม่ใช่แค่ปลายพฤษภาครับ ตั้งแต่ 16 พ.ค. 69 ถึงวันนี้" at evidence
    if _one_for_another(t, values, expecting) and short(t, 80) and not is_question(t):
        return meaning.EDIT, 0.85  # "อยู่ตำบลร่อนทองค่ะ ไม่ใช่ตำบลสตึก" at the evidence question
    return None


def _date_after_no(t: v.Text, values: dict[str, Value]) -> bool:
    """A no said apart, then a date and nothing else ("ไม่ใช่ค่ะ มิถุนายน 2569", "บ่แม่น
    เดือนสิงหา"): at the summary, the date said back corrected, not a plain no."""
    rest = v.said_after_no(t.cleaned)
    found = values.get("date")
    if not rest or found is None or {_FIELD_OF_VALUE.get(n) for n in values} - {None, "when"}:
        return False
    return flat(str(found.span)) in flat(rest) or flat(rest) in flat(str(found.span))


#: A no, then a name ("ไม่ใช่ค่ะ ชื่อบุญเลิศ", "บ่แม่นเด้อ ชื่อทองใบ"): at the summary, the name
#: said back corrected, not a plain no.
NAME_CORRECTED = re.compile(
    r"^(?:ไม่ใช่|บ่แม่น|บ่ใช่|ไม่ถูก|ผิด)\S*\s+(?:เขา|คนทำ)?ชื่อ(?:จริง)?\s*(?:คือ|เป็น)?\s*[ก-๙A-Za-z]"
)
#: "Not" said before the value it denies ("ไม่ใช่ตำบลสตึก", "บ่แม่นนายก").
_DENIES = re.compile(r"(?:ไม่ใช่|บ่แม่น|บ่ใช่|มิใช่)\s*(\S+)")
#: A place's marker, telling a sub-district from a district of the same name.
_TAMBON, _AMPHOE = re.compile(r"^(?:ตำบล|ต\.)"), re.compile(r"^(?:อำเภอ|อ\.)")


def _field_denied(said: str) -> str | None:
    """The field of the value a denial names ("ตำบลสตึก" → "subdistrict", "นายก" → "official")."""
    said = strip_particles(said)
    if _TAMBON.match(said) and where.subdistrict(said, None, None, whole=True):
        return "subdistrict"
    if where.district(said, whole=True):
        return "district"
    if v.has(flat(said), v.word_set(lexicon.OFFICIALS)):
        return "official"
    if where.agency(said):
        return "agency"
    if when.read_date(said, today_or_now(None), whole=True):
        return "date"  # "ไม่ใช่อาทิตย์ที่แล้ว": the date said before, denied
    return None


def _date_widened(t: v.Text, values: dict[str, Value], expecting: str | None) -> bool:
    """A date said back, widened in words at a later question ("ไม่ใช่แค่ถึงมีนา หักมาทุก
    เดือนจนถึงเดือนที่แล้ว"): the date corrected, not an answer to this question."""
    later = expecting not in (None, "when", *STORY_STEPS, *YES_NO_STEPS)
    return (
        later
        and "date" in values
        and bool(v.NOT_ONLY.match(t.cleaned))
        and short(t, 100)
        and not is_question(t)
    )


def _one_for_another(t: v.Text, values: dict[str, Value], expecting: str | None) -> bool:
    """A value of another question given and the one said before it denied beside it, in
    plain words at any question ("อยู่ตำบลร่อนทองค่ะ ไม่ใช่ตำบลสตึก" at the evidence question,
    "คนที่เก็บเงินเป็นกำนัน ไม่ใช่ผู้ใหญ่บ้าน" at the witnesses): that answer, corrected."""
    return one_for_another(t, values, expecting) is not None


def one_for_another(t: v.Text, values: dict[str, Value], expecting: str | None) -> str | None:
    """The field a value given for another question corrects, its old value denied beside it
    (`_one_for_another`), or None."""
    if expecting is None or expecting in NOT_ELSEWHERE:
        return None  # in the story, a denial is a line of it ("ไม่ใช่เจ้าหน้าที่คนเดียว…")
    # at a yes or no, "ไม่ใช่" is a no; only a date denied and another said corrects the date
    dates_only = expecting in YES_NO_STEPS
    for found in _DENIES.finditer(t.cleaned):
        field = _field_denied(found.group(1))
        if dates_only and field != "date":
            continue
        meant = values.get(field) if field else None
        here = PARENT_FIELD.get(expecting, expecting)
        if meant is None or field in (here, expecting) or _FIELD_OF_VALUE[field] == here:
            continue
        denied = v.flat(strip_particles(found.group(1)))
        if field == "date" and v.flat(str(meant.span)) != denied:
            return "when"  # "ไม่ใช่เมื่อวานซืน" beside "เมื่อวาน": another day than the one denied
        if v.flat(str(meant.span)) not in v.flat(found.group(1)):
            return field  # the value kept is not the one denied
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
    if not (expecting and _CORRECTING.match(t.cleaned) and short(t, 60)):
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


def _answers_another(t: v.Text, values: dict[str, Value], expecting: str | None) -> bool:
    """ "อ้อ ตำบลโคกม้านะคะ" at the date question: no answer to it, but another question's
    value named surely; an edit of that field (the question is asked again after it)."""
    free_text = expecting in v.TEXT_STEPS  # "kamnan tambon don mon" is who, with a place
    if expecting is None or expecting in NOT_ELSEWHERE or free_text or not short(t, 50):
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


#: The year said back called wrong, first in the message ("ปีบ่แม่นเด้อ เงินน้ำท่วมนี่ปีนี้",
#: "ปีที่บอกมาไม่ใช่ค่ะ"): "ปี" alone names no field (it is in most dates), so only here.
_YEAR_SAID_WRONG = re.compile(
    r"^ปี(?:ที่(?:บอก|ว่า|พิมพ์)(?:มา|ไป)?|มัน|ก็|นี่|นั้น|นั่น)?(?:ผิด|ไม่ถูก|บ่ถูก|บ่แม่น|ไม่ใช่)"
)
#: The fields a correction opened with "sorry" may name alone, at another question.
PLACE_OR_DATE = frozenset({"when", "district"})


def _field_said_wrong(t: v.Text) -> bool:
    """A field's own word or number with "wrong" right after it ("เดือนผิด", "บอกอำเภอผิดไป",
    "ข้อ2 บ่แม่นเด้อ", "the date was wrong", "number 3 isn't right"): whatever else the
    message holds, it corrects that field."""
    named = v.field_named(t)
    if named is None:
        return False
    span = v.flat(str(named.span))
    at = t.flat.find(span) if span else -1
    after = t.flat[at + len(span) : at + len(span) + 14] if at >= 0 else ""
    if _SAID_WRONG.match(after):
        return True
    if not _ENGLISH_WRONG_WORD.search(t.cleaned):
        return False  # no English "wrong": the pattern below, built for this field, cannot match
    said = re.escape(str(named.span).strip())
    return bool(re.search(said + _SAID_WRONG_ENGLISH, t.cleaned, re.I))


#: "Wrong" said right after a field's word or number (flattened text), Thai and Isan; not
#: "ผิดระเบียบ" (breaking a rule is the story).
_SAID_WRONG = re.compile(
    r"(?:ที่(?:บอก|พิมพ์|ตอบ|ใส่)(?:มา|ไป)?)?"  # "ตำบลที่บอกไปผิด": the one said before
    r"(?:ไป|มัน|ก็|นี่|นั้น|นั่น)?(?:ผิด(?!กฎ|ระเบียบ|วินัย|นัด|สัญญา|ศีล)|ไม่ถูก|บ่ถูก|บ่แม่น|ไม่ใช่)"
)
#: … and in English ("the district is wrong", "number 3 isn't right", "item 2 incorrect").
_SAID_WRONG_ENGLISH = (
    r"\s*(?:(?:is|was|'s)\s+)?(?:wrong|incorrect|not\s+(?:right|correct))"
    r"|\s*(?:is|was)n'?t\s+(?:right|correct)"
)
#: A word every match of `_SAID_WRONG_ENGLISH` holds (checked first: that one is compiled anew
#: for each field's words).
_ENGLISH_WRONG_WORD = re.compile(r"wrong|correct|right", re.I)
#: How far into the message a field said to be wrong may be named for the whole message to be
#: its correction (the field first, the new value after: "ข้อ 3 บ่แม่นเด้อ ต้องเป็น…").
SAID_WRONG_FIRST = 14
#: The first word saying something is wrong, where the opening of a correction ends.
_WRONG_WORD = re.compile(
    r"ผิด|ไม่ถูก|บ่ถูก|บ่แม่น|ไม่ใช่|wrong|incorrect|n'?t\s+(?:right|correct)|not\s+(?:right|correct)",
    re.I,
)


def _wrong_then_field(t: v.Text) -> bool:
    """The message opens by saying something is wrong, then names the field right after it
    ("ผิดครับ ตำบลคือ ปราสาท"): the field said, and its new value after."""
    wrong = _WRONG_FIRST.match(t.cleaned)
    if wrong is None:
        return False
    rest = strip_particles(t.cleaned[wrong.end() :].lstrip(" ,.!"))
    rest = re.sub(r"^(?:อีก|ยัง|อยู่|แล้ว|นะ|ค่ะ|คะ|ครับ|คับ|เด้อ|จ้า)+\s*", "", rest)
    named = v.field_named(prepare(rest[:FIELD_AFTER_WRONG])) if rest else None
    return named is not None and isinstance(named.value, str)


#: A field named first, then what it should be ("district should be Lahan Sai", "the name
#: should read Somchai").
_SHOULD_BE = re.compile(
    r"^(?:the\s+|my\s+)?(?P<field>[a-z][a-z -]{1,20}?)\s+(?:should|must)\s+(?:be|read|say)\b", re.I
)


def _field_should_be(t: v.Text) -> bool:
    """The message opens with a field and what it should be: that item, corrected."""
    said = _SHOULD_BE.match(t.cleaned)
    named = v.field_named(prepare(said["field"])) if said else None
    return named is not None and isinstance(named.value, str)


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


#: What a "not right" says beside it without naming an item: "ยังไม่ถูกค่ะ มีผิดอยู่ข้อนึง",
#: "บ่ถูกจักหน่อยเด้อ" (Isan: not quite right).
_SOMETHING_WRONG = re.compile(
    r"^(?:ค่ะ|คะ|ครับ|คับ|เด้อ|นะ|จ้า|\s)*(?:มี)?(?:ผิด|บ่ถูก|ไม่ถูก)?(?:อยู่)?\s*"
    r"(?:ข้อ|จุด|อย่าง|อัน)?\s*(?:นึง|หนึ่ง|จักหน่อย|หน่อย|นิดหน่อย|นิดนึง)?"
    r"(?:ค่ะ|คะ|ครับ|คับ|เด้อ|นะ|จ้า|\s)*$"
)


def _not_right_yet(t: v.Text, values: dict[str, Value]) -> bool:
    """At the summary, "not right (yet)" and at most that something in it is wrong, naming no
    item nor a new value: a no to the summary (the flow asks which), not an edit."""
    wrong = _WRONG_FIRST.match(t.cleaned)
    if wrong is None or values or v.field_named(t) is not None or is_question(t):
        return False
    return bool(_SOMETHING_WRONG.match(t.cleaned[wrong.end() :]))


def _summary_change(t: v.Text, values: dict[str, Value]) -> tuple[str, float] | None:
    """At the summary, a message that changes an answer without "แก้" or "เปลี่ยนใจ": the
    name choice said again ("ไม่ต้องใส่ชื่อแล้วค่ะ", "บอกชื่อก็ได้") is a change of mind;
    a field named with more to add ("มีพยานเพิ่มอีกคน", "ขอเล่าเพิ่ม") is an edit."""
    if "identity" in values and (_NOW_INSTEAD.search(t.flat) or short(t, 24)):
        return meaning.CHANGE_MIND, 0.85
    if ADD.search(t.cleaned) and v.field_named(t):
        return meaning.EDIT, 0.85
    return None


_ALREADY_WORDS = re.compile(
    "|".join(map(re.escape, sorted((w for w in ALREADY if not w.isascii()), key=len, reverse=True)))
)


#: The frame of "told you already" left beside it ("ก็บอกไปแล้วไงครับ นายบุญมี"): no part of what
#: was said; nor "as … sent above" ("ก็ตามที่พิมพ์ไปแล้ว", "ตามที่เล่าไปข้างบนเลย").
_ALREADY_FRAME = re.compile(
    r"ก็|กะ|ไง|ไงล่ะ|ไงละ|ไงเล่า|นั่นแหละ|นั่นละ|น่ะ|เด้|แล้ว|ตั้งแต่แรก|อยู่"
    r"|(?:ก็)?ตาม(?:ข้อความ|เรื่อง)?ที่|ข้างบน(?:เลย)?|เลย|นะ(?:ครับ|คะ|ค่ะ|คับ)?"
)


def beside_talk(t: v.Text) -> str:
    """The words beside "บอกไปแล้ว" ("ลุงสีค่ะ บอกไปแล้ว" → "ลุงสี"), particles and the frame
    ("ก็…ไง") dropped."""
    rest = _ALREADY_SHAPE.sub(" ", _ALREADY_WORDS.sub(" ", _ALREADY_ENGLISH.sub(" ", t.cleaned)))
    words = (strip_particles(w) for w in rest.split())
    return " ".join(
        w for w in words if w and not v.PARTICLES.fullmatch(w) and not _ALREADY_FRAME.fullmatch(w)
    )


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


def field_of_values(values: dict[str, Value], expecting: str | None) -> Value | None:
    """The field the values carried answer: the one asked first, else the first found."""
    fields = [(_FIELD_OF_VALUE[n], found) for n, found in values.items() if n in _FIELD_OF_VALUE]
    if not fields:
        return None
    field, found = next(((f, x) for f, x in fields if f == expecting), fields[0])
    return Value("field", field, 0.7, found.span)


def _only_a_district(t: v.Text, values: dict[str, Value]) -> bool:
    """The whole text (its particles aside) is a district's name, and no official is named."""
    found = values.get("district")
    if found is None or found.confidence < SURE_VALUE:
        return False
    official = values.get("official")
    if official is not None and official.confidence > v.AS_ASKED:
        return False
    return flat(found.span) in (t.flat, flat(t.bare))
