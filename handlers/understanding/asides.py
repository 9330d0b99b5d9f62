"""A plain answer beside an aside: "none" or "done" said after a remark, an apology or a match
cheered, or first with its reason, is that answer (`plain_beside`), the message's other
sentences read on their own by the reader's own `read_part`."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from handlers.thai.normalise import clean
from handlers.understanding import danger, emoji, lexicon, meaning
from handlers.understanding import values as v
from handlers.understanding.commands import says_thanks
from handlers.understanding.meaning import Understanding
from handlers.understanding.opening import courtesy_inside
from handlers.understanding.prepared import (
    FACTS,
    SURE_TOLD,
    SURE_VALUE,
    answers_asked,
    prepare,
    tells,
)
from handlers.understanding.short_answers import made_of

#: The questions a plain "none" or "done" may end or open a message at, its other sentences an
#: aside that answers nothing asked ("ขอโทษที่ตอบช้า ไปส่งหลานมา พยานไม่มีค่ะ", "บุรีรัมย์ยิงสามศูนย์
#: ดีใจ! ไม่มีพยานครับ", "ไม่รู้ตำบลค่ะ รู้แค่ว่าบ้านโนนงิ้ว", "เสร็จแล้วค่ะ ไม่มีรูปอื่นแล้ว").
_ASIDE_STEPS = ("evidence", "witnesses", "what_more", "subdistrict", "district", None)
#: "There is none" ("พยานไม่มีค่ะ", "ไม่มีอะไรเพิ่มแล้ว"): a none beside an aside says so; not
#: knowing is a none only of a place ("ไม่รู้ตำบล"), never a name forgotten beside the one
#: described ("ป้าที่ขายผัก จำชื่อไม่ได้" tells who).
_NO_ONE = re.compile(r"ไม่มี|บ่มี|(?:อ็อต|อ๊อต|อัต)มี|\b(?:no|none|nobody|no one|nothing)\b", re.I)
#: What the aside may be read as, alone: talk that answers nothing, or the same plain answer.
_ASIDE_INTENTS = (meaning.ANSWER, meaning.REMARK, meaning.GREETING, meaning.THANKS)
#: Sentences split where a Thai text leaves a space, an English one at its punctuation.
_THAI_SENTENCES = re.compile(r"\s+|[,!?;]+\s*")
_ENGLISH_SENTENCES = re.compile(r"[,!?;.]+\s*")
#: "…but there is" after the plain answer is more than it ("ไม่มีรูปค่ะ แต่มีใบเสร็จ").
_BUT = re.compile(r"^(?:แต่|but\b|ยกเว้น|except)", re.I)
#: "For now", after a word of having sent enough ("พอแค่นี้ก่อน"): the sending ends, at the evidence.
_FOR_NOW = re.compile(r"(?:ก่อน|ไว้ก่อน)$")


def _sentences(cleaned: str) -> list[str]:
    split = _ENGLISH_SENTENCES if cleaned.isascii() else _THAI_SENTENCES
    return [part for part in split.split(cleaned) if part.strip()]


def plain_beside(
    t: v.Text,
    found: Understanding,
    expecting: str | None,
    read_part: Callable[[str], Understanding],
) -> Understanding | None:
    """A plain "none" or "done" first or last, the rest an aside answering nothing asked: that
    plain answer ("หม้อหุงข้าวไฟไหม้ … ตอบช้าขอโทษค่ะ หลักฐานไม่มีค่ะ" is none). Not when the rest
    names what is asked, tells the matter, or is itself a question, a threat or an edit."""
    if found.intent not in (meaning.ANSWER, meaning.REMARK) or expecting not in _ASIDE_STEPS:
        return None
    parts = _sentences(t.cleaned)
    if len(parts) < 2:
        return None
    for said, rest in ((parts[-1], parts[:-1]), (parts[0], parts[1:])):
        # what keeps the sentence from standing for the message without reading it, first
        if _BUT.match(rest[0] if said == parts[0] else said):
            continue
        if danger.others_silent(said):
            continue  # "แม่ค้ากลัวกันหมด ไม่มีใครกล้าพูด": witnesses who dare not speak, not none
        if (
            expecting in _CHECKED_FIRST
            and not _none_may_stand(said, parts[0], expecting)
            and not _may_be_done(said, expecting)
        ):
            continue  # read alone it is no sure "done", and a "none" from it is passed below
        plain = _plain_alone(said, expecting, read_part)
        if plain is None:
            continue
        if said == parts[0] and plain.intent == meaning.NONE and not _none_first(said, expecting):
            continue  # "ไม่มีใครค่ะ นางสมศรีอาจจะเห็น": a none taken back after it
        if found.intent == meaning.REMARK and not _sure(plain.values):
            continue  # "โอ้ย ลืมไปหมดแล้ว": a sigh, nothing given (a remark)
        if plain.intent == meaning.NONE and expecting not in _PLACES and not _NO_ONE.search(said):
            continue
        aside = read_part(" ".join(rest))
        if aside.intent not in (*_ASIDE_INTENTS, *_PLAIN) or tells(aside.values, SURE_TOLD):
            continue
        sure = {n: found for n, found in aside.values.items() if found.confidence >= SURE_VALUE}
        if expecting is None and any(n in sure for n in FACTS):
            continue  # a story told, then thanks: the story
        if plain.intent == meaning.NONE and answers_asked(sure, expecting):
            continue  # "ไม่มีค่ะ ลุงสมศรีเห็น": someone is named after all
        if expecting in _PLACES and any(n in aside.values for n in _PLACE_VALUES):
            continue  # "ไม่รู้อำเภอ แต่อยู่ ต.หนองกี่": the place is found from what is named
        if aside.values.get("evidence") and aside.values["evidence"].value in ("has", "later"):
            continue  # "ส่งแล้ว มีอีกรูปเดี๋ยวส่ง": more is coming
        if aside.intent in _PLAIN and said != parts[0]:
            plain = aside  # "ส่งครบแล้วค่ะ ไม่มีรูปไหนอีกแล้ว": the first said is the answer
        return replace(plain, text=t.raw)
    return None


_PLAIN = (meaning.NONE, meaning.DONE)


def _none_first(said: str, expecting: str | None) -> bool:
    """Whether a "none" may open the message, its reason or a hint after it: the sub-district
    said not known (an optional question; at the district a hint is worth asking about), and
    at the evidence in Thai ("บ่มีหลักฐานเด้อ เขาบ่ได้ให้หยังไว้"), as `short_answer` reads it
    ("no evidence, it was all cash" tells how it was paid: an answer)."""
    if expecting == "subdistrict":  # "ไม่รู้ตำบลค่ะ …": the optional question, named, passed
        named = v.field_named(prepare(said))
        return named is not None and named.value == expecting
    return expecting == "evidence" and not said.isascii()


def _sure(values: dict) -> bool:
    return any(found.confidence >= SURE_VALUE for found in values.values())


#: The questions of a place, where one named beside a "none" is an answer after all.
_PLACES = ("subdistrict", "district")
_PLACE_VALUES = ("district", "subdistrict", "agency")


def _plain_alone(
    said: str, expecting: str | None, read_part: Callable[[str], Understanding]
) -> Understanding | None:
    """The sentence read alone as a sure "none" or "done" (at the evidence, "พอแค่นี้ก่อน" too)."""
    if expecting is None and not _may_thank(said):
        return None  # no word of thanks in it: read alone, it could not be sure thanks
    alone = read_part(said)
    if expecting is None:  # before any question, only thanks closes chatter ("…ขอบคุณที่ช่วยนะคะ")
        return alone if alone.intent == meaning.THANKS and alone.confidence >= _PLAIN_SURE else None
    if alone.intent in _PLAIN and alone.confidence >= _PLAIN_SURE:
        return alone
    key = prepare(said).key
    enough = _FOR_NOW.sub("", key)
    if expecting == "evidence" and enough != key and made_of(prepare(enough), _DONE):
        return Understanding(meaning.DONE, 0.8, {}, said)
    return None


#: What `flat` drops and every sentence break: the letters of a sentence's parts run together.
_ANY_BREAK = re.compile(r"[\s,!?;.'\-()/\"]+")


def _may_thank(said: str) -> bool:
    """Whether a word of thanks is in the sentence as `read_part` reads it, or in any part of it
    read alone in turn (a part's letters run together are within the sentence's, its English
    words within the sentence's words): without one, no part of it is read as sure thanks."""
    t = prepare(emoji.as_words(said.strip()))
    return says_thanks(_ANY_BREAK.sub("", t.flat), t.cleaned)


#: The questions where a sentence is read alone only when, so read, it could stand for the
#: message: as a sure "none" (`_none_may_stand`) or a sure "done" (`_may_be_done`). Outside
#: any question only thanks stands for it, and `_may_thank` is asked.
_CHECKED_FIRST = ("evidence", "witnesses", "what_more", "subdistrict", "district")


def _none_may_stand(said: str, first: str, expecting: str | None) -> bool:
    """Whether a sure "none" read from the sentence could stand for the message, as
    `plain_beside` takes one: said after the aside, or first where a "none" may open the
    message (`_none_first`), and with a "no" word in it (`_NO_ONE`) but at a place's question."""
    if said == first and not _none_first(said, expecting):
        return False
    return expecting in _PLACES or bool(_NO_ONE.search(said))


def _may_be_done(said: str, expecting: str | None) -> bool:
    """Whether `_plain_alone` could find the sentence a sure "done" (else it need not be read).
    Such a "done" is only ever a rule's (a model's guess is 0.6): a short answer made of
    `lexicon.DONE` words, "done" said first and then told (evidence), "พอแค่นี้ก่อน" (evidence),
    a "none" with "จบ" (what-more), or at what-more courtesies alone (`without_courtesies`
    leaving nothing). `read_part` reads the sentence as typed, or a stretch of its cleaned text
    (framed, after a pause, without its courtesies, one of its own sentences), cleaned again:
    each holds such a word, run together, only if the sentence's cleaned text does, or the
    text as first cleaned (emoji kept, or read as words), so those are all looked in."""
    t = prepare(emoji.as_words(said.strip()))
    forms = {t.cleaned, clean(t.raw), prepare(said).cleaned}
    if any(_DONE_INSIDE.search(danger.flat(form.lower())) for form in forms):
        return True
    return expecting == "what_more" and courtesy_inside(t.cleaned)


#: A plain answer read this surely from one sentence stands for the message.
_PLAIN_SURE = 0.75
_DONE = v.key_set(lexicon.DONE)
#: The letters without which no reading says "done" surely: a word of `lexicon.DONE` run
#: together (the short answer made of them, "ครบแล้วค่ะ ในคลิปคือ…" at the evidence, "พอแค่นี้ก่อน",
#: and "จบ", which turns a "none" into "done" at what-more).
_DONE_INSIDE = re.compile("|".join(map(re.escape, sorted(_DONE - {""}, key=len, reverse=True))))
