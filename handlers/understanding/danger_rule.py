"""The danger rule's exceptions: fear given as the reason for anonymity, a name declined, and
the danger words outvoted by both models in a calm sentence."""

from __future__ import annotations

import re

from handlers.understanding import emoji, lexicon, meaning, words
from handlers.understanding import values as v
from handlers.understanding.danger import (
    by_shape,
    danger_score,
    names_bodily_harm,
    threat_cue,
    without_harmless,
)
from handlers.understanding.meaning import Value
from handlers.understanding.prepared import SURE_VALUE, answers_asked
from handlers.understanding.rights_words import rights_word
from handlers.understanding.words import MENU_WORDS, normalise, safety_word


def a_command(text: str | None) -> bool:
    """The text is one of the words that ask for something wherever the person is ("my
    data", "help", "อ่าน"), typed alone: a request, never a threat."""
    said = text or ""
    asked = rights_word(said) or safety_word(normalise(said))
    return bool(asked) or words.meaning(said) in MENU_WORDS


PRESSED = re.compile(lexicon.PRESSED_TO_STOP)
_TOLD_TO_WITHDRAW = re.compile(lexicon.TOLD_TO_WITHDRAW)
_OR_ELSE = re.compile(f"{lexicon.ULTIMATUM}|{lexicon.TOLD_OR_ELSE}")


def told_to_withdraw_or_else(t: v.Text) -> bool:
    """Someone told the complainant to withdraw, with a penalty or a condition ("บอกว่าให้ไป
    ถอนเรื่องซะ ไม่งั้นโฉนดไม่ได้ออกแน่"): pressure, a threat to answer, not a withdrawal."""
    said = t.flat.lower()
    return bool(_TOLD_TO_WITHDRAW.search(said)) and bool(_OR_ELSE.search(said))


def fear_of_being_known(t: v.Text, values: dict[str, Value], expecting: str | None) -> bool:
    """ "ไม่บอกชื่อ กลัวโดนหมายหัว" at the name question: a reason for anonymity, not danger now."""
    at_name = (
        expecting == "identity"
        and v.value_is(values, "identity", "anonymous")
        and bool(re.search(r"กลัว|ย่าน|afraid|scared", t.flat))
        and not re.search(r"ขู่|มาหา|เมื่อคืน|แล้ว", t.flat)
    )
    return at_name or afraid_to_be_known(t, values, expecting)


_KNOWN_FEARED = re.compile(lexicon.KNOWN_FEARED, re.I)
_PENALTY_FEARED = re.compile(lexicon.PENALTY_FEARED, re.I)
_KNOWN_SUPPOSED = re.compile(lexicon.KNOWN_SUPPOSED, re.I)
_AFRAID = re.compile(
    "|".join((*lexicon.FEAR_WORDS, "worried", "กังวล", "ไม่อยากให้", "บ่อยากให้", "อย่าให้"))
)
_WORRY_LENGTH = 90  # characters: longer is a story, where "ไม่อยากให้ใครรู้" tells of the accused


def afraid_to_be_known(t: v.Text, values: dict[str, Value], expecting: str | None) -> bool:
    """ "แม่กลัว ไม่อยากให้ใครรู้", "scared people will find out it was us", before the name
    questions: a worry about who will know of the report (answered as privacy), not danger
    now: no harm, no threat named, nothing that has happened, no answer to the question. A
    penalty feared ("กลัวโดนหักคะแนน") is the same worry: what they would do if they knew; so is
    being found out supposed and asked ("ถ้าเขารู้จะทำไง")."""
    feared = _KNOWN_FEARED.search(t.flat) and _AFRAID.search(t.flat.lower())
    # "ถ้าเขารู้ว่าผมแจ้ง จะทำไง": asked at any question, the summary too (never a change)
    supposed = _KNOWN_SUPPOSED.search(t.flat.lower())
    return (
        (expecting not in _NOT_A_WORRY_AT or bool(supposed))
        and not (expecting and answers_asked(_sure(values), expecting))
        and len(t.flat) <= _WORRY_LENGTH
        and bool(feared or supposed or _PENALTY_FEARED.search(t.flat))
        and danger_score(t.cleaned) < SURE_DANGER
        and not names_bodily_harm(t.cleaned)
        and not re.search(r"ขู่|มาหา|เมื่อคืน|รู้แล้ว|threat", t.flat, re.I)
    )


def _sure(values: dict[str, Value]) -> dict[str, Value]:
    """The values read surely (not the kind model's guess at a worry, "conflict" at 0.6)."""
    return {name: found for name, found in values.items() if found.confidence >= SURE_VALUE}


#: The questions about the reporter's name: there, fear of being known answers them (anonymous).
NAMING = ("identity", "name", "phone")
#: … and at the summary, "เอาชื่อออก ไม่อยากให้ใครรู้" is a change asked for.
_NOT_A_WORRY_AT = (*NAMING, "summary")
#: The rules' reading of danger when they are sure (a fear alone reads lower).
SURE_DANGER = 0.9


def declines_name(t: v.Text, values: dict[str, Value], expecting: str | None) -> bool:
    """ "I'd rather not say my name" at the name questions, naming no threat: a choice, which
    the danger model may not call danger on its own."""
    return (
        expecting in ("identity", "name")
        and v.value_is(values, "identity", "anonymous")
        and not threat_cue(t.cleaned)
    )


def _margins(t: v.Text, expecting: str | None) -> tuple[float, float]:
    """The intent model's and the danger model's danger margins, harm words in harmless use
    taken out first (as `with_classifier` reads them)."""
    from handlers.understanding import classifier

    harmless = without_harmless(t.cleaned)
    read = harmless if harmless != t.cleaned else t.raw
    return classifier.scores(harmless, expecting)[meaning.DANGER], classifier.danger_margin(read)


def words_outvoted(t: v.Text, expecting: str | None) -> bool:
    """The rules read danger from one word alone ("ฆ่า", "ยิง", "เจ็บตัว", "killing") and both
    models, reading the whole sentence, are sure it is calm ("ยาฆ่าแมลงที่แจกเป็นของปลอม",
    "the road is killing our trucks"): the narrower reader gives way. A sentence shape of
    threat, pressure to stop, or a word the models lean towards keeps the rules' reading."""
    if danger_score(t.cleaned) < 0.9 or by_shape(t.cleaned) or PRESSED.search(t.flat):
        return False
    if emoji.of_harm(t.raw):
        return False  # "เจอกันแน่ 🔪": no model reads an emoji inside a sentence
    return max(_margins(t, expecting)) < RULE_OUTVOTED


#: Both models' danger margins below this outvote a danger read from one word alone.
RULE_OUTVOTED = -0.6
