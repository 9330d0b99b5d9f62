"""Values that only mean something with the intent: the question's topic, the field named,
the reason, the answer asked for."""

from __future__ import annotations

import re

from handlers.thai.normalise import as_typed, compact, is_dont_know, strip_particles
from handlers.understanding import lexicon, meaning, where
from handlers.understanding import values as v
from handlers.understanding.corrections import (
    ADD,
    NAME_CORRECTED,
    beside_talk,
    field_of_values,
    one_for_another,
)
from handlers.understanding.intent_rules import WITHDRAW_WORDS
from handlers.understanding.meaning import Value
from handlers.understanding.people_values import SUPPOSED, official_value
from handlers.understanding.prepared import REASON_STEPS, prepare
from handlers.understanding.questions import (
    also_asked,
    asks_about_court,
    asks_if_required,
    topic,
)

#: A question's own words inside what was read as a value ("ในบ้านจะรู้ไหม").
_ASKED_IN = re.compile(r"ไหม|มั้ย|มั๊ย|หรือเปล่า|รึเปล่า|หรือไม่|ได้บ่|(?:^|\s)บ่(?:\s|$)|จะรู้|\?")


def with_intent_values(
    t: v.Text, intent: str, values: dict[str, Value], expecting: str | None
) -> None:
    """Values that only mean something with the intent: faq, field, reason, the answer asked."""
    if intent == meaning.QUESTION:
        required = asks_if_required(t, expecting) and not asks_about_court(t)
        faq = "required" if required else topic(t)
        values["faq"] = Value("faq", faq, 0.85 if faq != "other" else 0.5, t.raw)
        also = also_asked(t, faq)
        if also:  # "…แล้วต้องเสียเงินไหมคะ": each question is answered
            values["faq_also"] = Value("faq_also", also, 0.75, t.raw)
        values.pop("identity", None)  # "ต้องบอกชื่อไหม" asks; it does not choose
        said = values.get("witnesses")
        if said and isinstance(said.value, str) and _ASKED_IN.search(said.value):
            # "ถ้าใส่ชื่อพยาน ในบ้านจะรู้ไหมคะ": the question is about a witness, names none
            del values["witnesses"]
    named = t
    if intent == meaning.ALREADY_SAID:
        rest = beside_talk(t)
        if rest:  # the field is named beside the talk; "เล่าไปแล้ว" alone names the story
            rest = as_typed(t.raw, rest)  # "Damrongdhama Buriram": as typed, not lower-cased
            values["said"] = Value("said", rest, 0.8, rest)
            named = prepare(rest)
            if expecting == "official" and named.bare:
                # "กะบอกแล้วเด้ เจ้าหน้าที่กองช่าง ชื่อนายวิชัย": who it was, read from the words
                # beside the talk as an answer would be (the post kept with the name)
                who = official_value(named, expecting, None)
                if who is not None:
                    values["official"] = who
            if expecting == "district" and "district" not in values and named.bare:
                # "I already told you, Lahan Sai": the district said beside the talk
                found = where.district(named.cleaned, whole=True)
                if found is not None:
                    values["district"] = Value("district", found.value, found.confidence, rest)
    if intent in (meaning.ALREADY_SAID, meaning.CHANGE_MIND, meaning.EDIT):
        field = v.field_named(named)
        denied = one_for_another(t, values, expecting) if intent == meaning.EDIT else None
        if denied and not _named_and_given(field, values):
            # "ลืมบอกค่ะ อยู่ตำบลร่อนทอง ไม่ใช่ตำบลสตึก": the field of the value denied, unless
            # another is named outright with its value ("หน่วยงานผิด เป็นอบต.ตาจง ไม่ใช่ละหานทราย")
            field = Value("field", denied, 0.85, denied)
        if "identity" in values and intent == meaning.CHANGE_MIND:
            field = Value("field", "identity", 0.85, values["identity"].span)  # not "ชื่อ" of whom
        if field is None or (intent == meaning.ALREADY_SAID and expecting in values):
            # "บอกไปแล้วเด้ ลำปลายมาศ"; "บอกไปแล้วในเรื่องที่เล่า อบต.…" at the agency question:
            # the story named is where it was said, the agency given is what was said
            field = field_of_values(values, expecting) or field
        if field is None and intent == meaning.EDIT and where.another_province(t.cleaned):
            field = Value("field", "district", 0.85, t.raw)  # "not Buri Ram! it's in Surin"
        if field is None and intent == meaning.ALREADY_SAID and expecting in v.FIELDS:
            field = Value("field", expecting, 0.8, t.raw)  # "ตอบไปแล้วค่ะ ข้างบน": this question's
        if field and intent == meaning.EDIT:
            field = _whose_name(t, field, values)
            if (
                expecting == "summary"
                and NAME_CORRECTED.match(t.cleaned)
                and not _OWN.search(t.cleaned)
            ):
                # "ไม่ใช่ค่ะ ชื่อบุญเลิศ" at the summary: the accused's name, read from a story or
                # a post, is the one said back wrong (one's own name is typed by oneself)
                field = Value("field", "official", field.confidence, field.span)
            _named_field_only(field, values)
            if field.value == "official" and "official" not in values:
                named = _new_name(t)
                if named:  # "ชื่อคนทำผิดครับ ชื่อสมปอง": the doer's name said after
                    values["official"] = Value("official", named, v.AS_ASKED, named)
        if field:
            values["field"] = field
    if (
        intent == meaning.WITHDRAW
        or (WITHDRAW_WORDS.search(t.cleaned) and intent == meaning.DANGER)
        or (expecting in REASON_STEPS)
    ):
        values["reason"] = v.reason(t)
    if intent == meaning.EDIT:
        for name, found in list(values.items()):  # "มีพยานเพิ่มอีกคน": no witness named yet
            if name == "field" or not isinstance(found.value, str) or not ADD.search(found.value):
                continue
            words = (strip_particles(w) for w in ADD.sub(" ", found.value).split())
            rest = " ".join(w for w in words if w and not v.PARTICLES.fullmatch(w))
            if rest:
                values[name] = Value(name, rest, found.confidence, found.span)
            else:
                del values[name]
    if intent != meaning.ANSWER:
        for name in v.TEXT_STEPS:  # the whole text taken as the answer asked for: not one
            if name == expecting and name in values and values[name].span == t.raw:
                del values[name]
    supposed = expecting == "witnesses" and SUPPOSED.match(t.cleaned)  # "ถ้าใส่ชื่อพยาน"
    if (
        intent == meaning.ANSWER
        and expecting not in values
        and not _official_alone(t, values)
        and not _only_a_date(t, values)
        and not _unknown_then_official(t, values, expecting)
        and not supposed
    ):
        asked = v.as_asked(t, expecting)
        if asked:
            values[asked.name] = asked
    said = values.get("witnesses")
    who = values.get("official")
    if expecting == "witnesses" and said and who and str(who.value) in str(said.value):
        values.pop("official")  # "มีครับ นายบุญมี ที่ไปวัดถนนด้วยกัน": the witness, not who did it
    if intent == meaning.ANSWER and expecting == "name" and v.name_before_role(t):
        # "ประสิทธิ์ มั่นคง ผู้ช่วยผู้ใหญ่บ้าน หมู่ 7": the name; the post is the teller's own
        values["name"] = Value("name", v.name_before_role(t), 0.8, t.raw)
        values.pop("official", None)
    if intent == meaning.NONE and expecting == "witnesses":
        values["witnesses"] = Value("witnesses", "", 0.9, t.raw)
    if intent in (meaning.NONE, meaning.NO) and expecting == "evidence":
        values["evidence"] = Value("evidence", "none", 0.85, t.raw)
    if intent == meaning.NONE and expecting == "reported":
        values["reported"] = Value("reported", "no", 0.85, t.raw)
    if intent == meaning.NONE and expecting == "kind" and is_dont_know(t.raw):
        values["kind"] = Value("kind", "other", 0.85, t.raw)


#: Fields whose value is people, kept as typed: an edit of one never sets the other from the same
#: words ("พยานผิดครับ คนที่เห็นคือผู้ใหญ่บ้าน…": the headman is the witness, not the accused).
_PEOPLE = ("official", "witnesses")
#: The words of a correction before its new value ("ผิดครับ", "ไปผิดค่ะ", "บ่แม่นเด้อ").
_WRONG_LEAD = re.compile(
    r"^\s*(?:ไป|มัน)?(?:ผิด|ไม่ถูก(?:ต้อง)?|บ่ถูก|บ่แม่น|ไม่ใช่)?\s*"
    r"(?:นะ|ค่ะ|คะ|ครับ|คับ|เด้อ|จ้า|จ้ะ)*[\s,.!]*"
)
#: … and who is meant, before the new value ("คนที่เห็นคือ", "คนรู้เห็นจริงๆ คือ", "แม่น").
_MEANT_LEAD = re.compile(r"^(?:(?:คน|ผู้)\S{0,16})?\s*(?:จริงๆ|ที่จริง)?\s*(?:คือ|เป็น|แม่น)\s*")
#: A post or rank said at a word's start ("ด.ต.สมชาย", "ปลัดสมศักดิ์"), not inside a name.
_POSTS = re.compile(
    r"(?:^|\s)(?:"
    + "|".join(
        re.escape(w)
        for w in sorted(
            {*lexicon.OFFICIALS, *(w for ws in lexicon.OFFICIAL_ROLES.values() for w in ws)},
            key=len,
            reverse=True,
        )
        if not w.isascii()
    )
    + ")"
)
#: Someone speaking of their own name ("ชื่อหนูผิด", "my name").
_OWN = re.compile(r"หนู|ผม|ฉัน|ดิฉัน|ข้อย|ตัวเอง|ของเรา|ชื่อเรา|\bmy\b|\bi\b", re.I)


def _whose_name(t: v.Text, field: Value, values: dict[str, Value]) -> Value:
    """ "บ่แม่น ชื่อสมชาย ด.ต.สมชาย": "ชื่อ" beside an official named (or a post, a rank), no
    one's own, corrects the official's name, not the person's."""
    if field.value != "identity" or field.span != "ชื่อ" or "identity" in values:
        return field
    official = values.get("official")
    sure = official is not None and official.confidence >= v.AS_ASKED
    if _OWN.search(t.cleaned) or not (sure or _POSTS.search(t.cleaned)):
        return field
    return Value("field", "official", field.confidence, official.span if sure else field.span)


#: Where the new name of a correction begins ("… ชื่อสมปอง", "ที่ถูกคือสมปอง", "แก้…เป็นสมปอง",
#: "…, it's Somchai"): the last of these, with a name and nothing more after it.
_NAME_GIVEN = re.compile(r"ชื่อ|ซื่อ|คือ|เป็น|\b(?:it'?s|it\s+is|is|named|called)\s+", re.I)
_NAME_ONLY = re.compile(
    rf"^\s*(?P<name>(?:{lexicon.PERSON_TITLES})?\s?[ก-ฮเ-ไ][ก-๙]{{1,20}}(?:\s[ก-ฮเ-ไ][ก-๙]{{1,20}})?"
    r"|[A-Z][a-z]+(?:\s[A-Z][a-z]+)?)\s*[.!]?\s*$"
)

#: Words of the correction itself, never part of a name ("…ชื่อคนทำผิด").
_WRONG_IN_NAME = re.compile(r"ผิด|ถูก|แม่น|ใช่|คนทำ|wrong")


def _new_name(t: v.Text) -> str | None:
    """The name an edit of the official gives last, with nothing after it but a particle."""
    said = strip_particles(t.raw.strip())
    for given in reversed(list(_NAME_GIVEN.finditer(said))):
        rest = _NAME_ONLY.match(said[given.end() :])
        if rest:
            name = strip_particles(rest["name"]).strip()
            return None if _WRONG_IN_NAME.search(name) else name
    return None


#: An "agency" that is only a district said with its marker ("อำเภอนางรอง", "อ.สตึก").
_DISTRICT_SAID = re.compile(r"(?:อำเภอ|อ\s*\.)")


def _named_field_only(field: Value, values: dict[str, Value]) -> None:
    """An edit that names a field of people sets that field only, without the correction's
    words: the other field's value read from the same words is dropped. "แก้อำเภอ … เป็นอำเภอ
    เมืองบุรีรัมย์" edits the district: "อำเภอ…" there is the place, not a district office."""
    agency = values.get("agency")
    if field.value == "district" and agency is not None and _DISTRICT_SAID.match(agency.value):
        del values["agency"]
    if field.value == "when":
        for other in _PEOPLE:  # "วันที่บ่แม่น … ครูเก็บเงินมื้อซืน": who did it is told, not edited
            values.pop(other, None)
    if field.value not in _PEOPLE:
        return
    for other in _PEOPLE:
        if other != field.value:
            values.pop(other, None)
    found = values.get(field.value)
    if found is not None and isinstance(found.value, str):
        rest = _MEANT_LEAD.sub("", _WRONG_LEAD.sub("", found.value, count=1), count=1).strip()
        if rest:
            values[field.value] = Value(field.value, rest, found.confidence, found.span)


def _only_a_date(t: v.Text, values: dict[str, Value]) -> bool:
    """ "วันจันทร์ที่แล้วค่ะ", "ต้นเดือนที่แล้วครับ" typed at a question asking who or where: only
    a date, which is the date's value, never the person or the office as typed."""
    found = values.get("date")
    if found is None or not found.span:
        return False
    rest = compact(t.cleaned).replace(compact(found.span), " ", 1)
    return not any(w and not v.PARTICLES.fullmatch(w) for w in map(strip_particles, rest.split()))


def _official_alone(t: v.Text, values: dict[str, Value]) -> bool:
    """ "ผู้ใหญ่บ้านหนิ", "กำนันค่ะ", "เหรัญญิกกองทุนหมู่บ้านครับ": only a village head or a post
    of a village body, who did it and no office (at the agency question, the official, never
    the agency)."""
    found = values.get("official")
    return (
        found is not None
        and found.value in (*lexicon.VILLAGE_HEADS, *lexicon.VILLAGE_BODY_OFFICIALS)
        and compact(t.bare) in (compact(found.value), compact(found.span))
    )


def _unknown_then_official(t: v.Text, values: dict[str, Value], expecting: str | None) -> bool:
    """ "บ่ฮู้ดอก เป็นผู้ใหญ่บ้านหมู่ 7 บ้านโนนสูง" at the agency question: the office not known,
    then who did it or where ("ไม่แน่ใจค่ะ บ้านโนนสุวรรณ อยู่อำเภอโนนสุวรรณ"): the official and the
    place, never the whole as the agency."""
    first = t.cleaned.split()[0] if t.cleaned.split() else ""
    told = any(name in values for name in ("official", "district", "subdistrict"))
    return expecting == "agency" and told and is_dont_know(first)


def _named_and_given(field: Value | None, values: dict[str, Value]) -> bool:
    """The field named outright ("หน่วยงาน") is one the message also gives a value of."""
    return field is not None and isinstance(field.value, str) and field.value in values
