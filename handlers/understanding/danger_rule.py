"""The danger rule's exceptions: fear given as the reason for anonymity, a name declined, and
the danger words outvoted by both models in a calm sentence."""

from __future__ import annotations

import re

from handlers.understanding import emoji, lexicon, meaning, words
from handlers.understanding import values as v
from handlers.understanding.danger import by_shape, danger_score, threat_cue, without_harmless
from handlers.understanding.meaning import Value
from handlers.understanding.rights_words import rights_word
from handlers.understanding.words import MENU_WORDS, normalise, safety_word


def a_command(text: str | None) -> bool:
    """The text is one of the words that ask for something wherever the person is ("my
    data", "help", "อ่าน"), typed alone: a request, never a threat."""
    said = text or ""
    asked = rights_word(said) or safety_word(normalise(said))
    return bool(asked) or words.meaning(said) in MENU_WORDS


PRESSED = re.compile(lexicon.PRESSED_TO_STOP)


def fear_of_being_known(t: v.Text, values: dict[str, Value], expecting: str | None) -> bool:
    """ "ไม่บอกชื่อ กลัวโดนหมายหัว" at the name question: a reason for anonymity, not danger now."""
    return (
        expecting == "identity"
        and v.value_is(values, "identity", "anonymous")
        and bool(re.search(r"กลัว|ย่าน|afraid|scared", t.flat))
        and not re.search(r"ขู่|มาหา|เมื่อคืน|แล้ว", t.flat)
    )


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
