"""How the rules and the models combine: rules where they are sure, the classifier for
paraphrases, danger = rules OR classifier unless ruled out."""

from __future__ import annotations

import re

from handlers.thai.spoken_dates import THAI_DAYS
from handlers.understanding import meaning, romanised
from handlers.understanding import values as v
from handlers.understanding.danger import (
    flat,
    only_a_caller,
    only_people_named,
    only_visits_stopped,
    others_silent,
    ruled_out,
    spells_threat,
    supposed_threat_asked,
    threat_cue,
    without_harmless,
)
from handlers.understanding.danger_rule import declines_name, fear_of_being_known
from handlers.understanding.intent_rules import safe_again, withdrawal_under_pressure
from handlers.understanding.meaning import Value
from handlers.understanding.prepared import FACTS, PLAIN_ANSWERS, answers_asked
from handlers.understanding.short_answers import YES_NO_STEPS, answers_another_question


def only_a_place(t: v.Text, values: dict[str, Value]) -> bool:
    """The whole text is the name of a place or an agency, or a time ("หลังเกี่ยวข้าว", which
    the models heard in threats to a harvest): nothing else is said."""
    return any(
        name in values and t.flat in (flat(said).lower() for said in (found.span, str(found.value)))
        for name in ("district", "subdistrict", "agency", "date")
        if (found := values.get(name)) is not None
    )


#: A date or a time of day in Thai (a weekday, last night, yesterday, an hour, a part of the
#: day): what a Latin-typed answer to "when?" spells.
_A_TIME = re.compile(
    rf"เมื่อ(?:คืน|วาน|เช้า)|วัน(?:{THAI_DAYS})|\d\s*(?:ทุ่ม|โมง)|ตี\s*\d|(?:สอง|สาม|สี่|ห้า)ทุ่ม|หัวค่ำ"
)


def a_time_spelled(t: v.Text) -> bool:
    """Thai typed in Latin letters that spells, word for word, a date or a time of day and no
    harm word ("mua kuen wan sao tee laew krub, pra man 3 toom": เมื่อคืนวันเสาร์ที่แล้ว ประมาณ
    3 ทุ่ม), and whose Thai the Thai models read as calm: the romanised models hear "kuen",
    "toom" and "tee" (ตี) in threats, which told at night they often are."""
    from handlers.understanding import classifier  # sklearn loads on first use only

    thai = romanised.in_thai(t.cleaned)
    if not thai or spells_threat(t.cleaned) or not _A_TIME.search(thai):
        return False
    voted = classifier.scores(thai, None)[meaning.DANGER] > DANGER_MARGIN
    return not voted and classifier.danger_margin(thai) < 0


def _evidence_to_come(t: v.Text, values: dict[str, Value], expecting: str | None) -> bool:
    """At the evidence question, the evidence said to come later and no threat word named
    ("I will send the video when I am back home tonight"): the teller's errand, not a warning
    (a veiled one names no evidence to send)."""
    found = values.get("evidence")
    return (
        expecting == "evidence"
        and found is not None
        and found.value == "later"
        and not threat_cue(t.cleaned)
    )


def with_classifier(
    t: v.Text,
    rules: tuple[str, float],
    values: dict[str, Value],
    expecting: str | None,
    calm: bool = False,
) -> tuple[str, float]:
    """Rules where they are sure; the classifier for paraphrases; danger = rules OR classifier
    (unless the rules found a denial, extortion, or fear given as the reason for anonymity,
    or others' fear to speak, or the text names no threat, weapon, harm, fear or following
    at all, or is `calm`)."""
    from handlers.understanding import classifier  # sklearn loads on first use only

    intent, confidence = rules
    if intent == meaning.DANGER:
        return rules
    scores = classifier.scores(t.raw, expecting)
    calm = (
        calm
        or ruled_out(t.cleaned)
        or ruled_out(romanised.in_thai(t.cleaned) or "")  # "mai mee antarai": ไม่มีอันตราย
        or fear_of_being_known(t, values, expecting)
        or only_a_place(t, values)  # "pa kham" is ปะคำ, not "ปา" (throw)
        or a_time_spelled(t)  # "mua kuen … pra man 3 toom": เมื่อคืน … 3 ทุ่ม, no harm
        or declines_name(t, values, expecting)
        or only_people_named(t.cleaned)  # "my son was standing next to me": who was there
        or only_people_named(romanised.in_thai(t.cleaned) or "")  # "pho pom pai duay" likewise
        or others_silent(t.cleaned)  # "เขาบ่กล้าพูด": a witness's silence, no threat to the teller
        or only_visits_stopped(t.cleaned)  # "เขาไม่ได้มาอะไรอีก": calm now, told aside
        or (intent == meaning.REMARK and only_a_caller(t.cleaned))  # "hold on, at the door"
        or (intent == meaning.YES and safe_again(t))  # "หนีมาอยู่บ้านน้าแล้ว สิเฮ็ดต่อ"
        or (intent == meaning.QUESTION and supposed_threat_asked(t.cleaned))  # "ถ้ามีใครมาขู่ ติดต่อใคร"
        or _evidence_to_come(t, values, expecting)  # "I'll send the video when I'm home tonight"
        or (intent == meaning.WITHDRAW and withdrawal_under_pressure(t))  # "ถอนเรื่องเถอะ โดนกดดัน"
    )
    harmless = without_harmless(t.cleaned)
    unnamed = DANGER_UNNAMED
    if harmless != t.cleaned:  # the models read the harm words in harmless use as harm
        scores[meaning.DANGER] = classifier.scores(harmless, expecting)[meaning.DANGER]
        unnamed = DANGER_EXPLAINED  # "playing a shooting game": its harm word is explained
    else:
        harmless = t.raw  # as the kind model read it: its words are segmented once
    unsafe = -1.0 if calm else classifier.danger_margin(harmless)
    # A harm word explained ("ฆ่าโครงการ", "คงช็อกตาย 555") names no threat: only the words left.
    named = not calm and threat_cue(t.cleaned) and threat_cue(without_harmless(t.cleaned))
    # Two readers vote: the intent model, and the danger model, which reads words as well
    # as letters ("ฟาด", "จูดเฮือน", "poisoned my buffalo"). Beside a threat word either
    # may say danger (the danger model can veto an unsure intent vote); with none, only a
    # clear danger-model vote counts (a veiled warning names no harm).
    voted = scores[meaning.DANGER] > DANGER_MARGIN and unsafe > DANGER_VETO
    who = named and romanised.loose_cue(t.cleaned) and _says_who(t.raw)
    spelled = romanised.in_thai(t.raw) if who else None
    if spelled and not threat_cue(spelled):
        # "phuen pom chue Somchai … yoo nai rot duay, 08…": someone named with a phone, a loose
        # sound ("rot", รอด) beside them, and a Thai spelling that is whole and names no threat:
        # the Thai is judged, not the sounds (a veiled threat named no one so stays as voted)
        named = False
        unsafe = min(unsafe, classifier.danger_margin(spelled))
    if named and romanised.loose_cue(t.cleaned) and not spells_threat(t.cleaned):
        # "muan thi laew": a loose sound ("ti", "ka") spelling no harm word names no threat;
        # danger only when both readers say so clearly, as of a veiled warning.
        named = voted and unsafe > unnamed
        unsafe = unsafe if named else min(unsafe, 0.0)
    if named and romanised.loose_cue(t.cleaned) and unsafe < ROMANISED_SURE:
        unsafe = min(unsafe, 0.0)  # "kop khun kha": the intent model must vote too
    if not named and unnamed < DANGER_ASKED and _asks_of_us(t):
        unnamed = DANGER_ASKED  # "จะมีคนโทรมาตอนไหนคะ": the process asked about, no threat named
    if not named and expecting in YES_NO_STEPS and len(t.flat) <= _SHORT_REPLY:
        unnamed = max(unnamed, DANGER_ASKED)  # "okk yin yom ja" at consent: a reply, no harm named
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
    if intent == meaning.ANSWER and expecting and answers_asked(values, expecting):
        return rules  # the value asked for was found: an answer, however it is worded
    if (
        intent == meaning.ANSWER
        and best in PLAIN_ANSWERS
        and expecting != "reported"  # there "yes, to the headman" names where: a yes
        and any(n in values for n in FACTS)
    ):
        return rules  # "อ.ประโคนชัย เด้อ" at consent names a place: no bare yes or no
    if best == meaning.NONE and not _SAYS_NO.search(t.flat):
        return rules  # "หลักฐานมีเพิ่มค่ะ" has more: letters of "ไม่มี" without its "no"
    if intent == meaning.ANSWER and answers_another_question(values, expecting):
        return rules  # "ยังไม่เคยแจ้งที่ไหน" at the evidence question: no "none" to it
    if best != intent and scores[best] > PARAPHRASE_MARGIN:
        return best, 0.6
    return rules


#: A reply of a few words (flat characters) to a yes/no question.
_SHORT_REPLY = 20
_ONE_LATIN_WORD = re.compile(r"[A-Za-z]+[.!]*")
#: A question of the teller's own, ending their message or a sentence of it ("…ไหมคะ",
#: "ตอนไหนคะ หนู…"): the polite particle after the question word is theirs, not a quoted threat's.
_ASKED_OF_US = re.compile(
    r"(?:ไหม|มั้ย|หรือเปล่า|รึเปล่า|ตอนไหน|เมื่อไหร่|ยังไง|อย่างไร|กี่โมง|วันไหน)"
    r"\s*(?:คะ|ครับ|คับ|ค่ะ|จ๊ะ|จ้ะ|เด้อ)(?:\s|$|\?)"
)


def _asks_of_us(t: v.Text) -> bool:
    """The teller asks something of their own, politely ("จะมีคนโทรมาตอนไหนคะ")."""
    return bool(_ASKED_OF_US.search(t.cleaned))


#: A "no" of some kind, without which nothing is said to be none (Thai, Isan, English, romanised).
_SAYS_NO = re.compile(r"ไม่|บ่|ยัง|หมด|แค่|ม่าย|no|not|never|nothing|none|mai|bo|yang|mot", re.I)
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
#: … or this, when the text naming none asks a question of its own (when a call comes, whether
#: the one who reports is at fault): a worry about the process, which a warning is not alone.
DANGER_ASKED = 0.5
#: … and above which its intent replaces an unsure reading of the rules.
PARAPHRASE_MARGIN = -0.25
#: The romanised danger model's margin at which a one-syllable cue ("pa") need not be heard
#: by the intent model too: the sentence around it says the harm ("…yang non yoo rong phayaban").
ROMANISED_SURE = 0.8


_PHONE_TYPED = re.compile(r"\d[\d\s-]{7,}\d")


def _says_who(raw: str) -> bool:
    """Latin-typed Thai naming someone by a capitalised name and a phone number."""
    return bool(_PHONE_TYPED.search(raw)) and bool(romanised.names_typed(raw))
