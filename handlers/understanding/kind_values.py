"""The kind of misconduct a text tells: its option's words, else the kind model's vote."""

from __future__ import annotations

import re
from dataclasses import replace

from handlers.thai.normalise import is_dont_know
from handlers.thai.numbers import words_to_digits
from handlers.understanding import lexicon, romanised
from handlers.understanding.danger import extortion
from handlers.understanding.meaning import Value
from handlers.understanding.opening import topic_of
from handlers.understanding.prepared import prepare
from handlers.understanding.value_kit import Text, key_set, picked

KINDS = tuple(lexicon.OPTIONS["kind"])
KIND_OPTIONS = {kind: key_set(words) for kind, words in lexicon.OPTIONS["kind"].items()}
_SHAPES = {
    kind: tuple(tuple(re.compile(p, re.I) for p in shape) for shape in shapes)
    for kind, shapes in lexicon.KIND_SHAPES.items()
}
_SHAPES_NOT = {kind: re.compile(p, re.I) for kind, p in lexicon.KIND_SHAPES_NOT.items()}
#: The kind model's margin above which a kind is said plainly enough to fill the field
#: unasked (a story, a pasted post): the lowest at which 5-fold cross-validation on the
#: examples fills kinds 95 % rightly (`benchmarks/kind_calibration.py`: -0.10 fills 104 of
#: 154 stories, 99 rightly, and gives 20 of 1329 kindless texts one; 0.0 filled 85) …
KIND_SURE = -0.1
#: … above which it is read, but only kept where the kind was asked or the rules agree …
KIND_LIKELY = -0.5
#: … and above which a description typed at the kind question is read as that kind.
KIND_ASKED = -0.8
#: Unless that kind is not sure and the next is this close behind it: a guess either way
#: (cross-validated, the first of two kinds this close is right 7 times in 13, 0.1 apart 4
#: in 9: within a coin's toss either way, so the gap set before stays).
KIND_CLOSE = 0.15
#: Where an opening is read (outside any question, at the story offer, and as the story a
#: complaint starts with): a topic it names alone may tell the kind (`lexicon.ALLOWANCES`).
OPENING_STEPS = (None, "story", "what")


#: Where a Latin-typed text's kind is read from the Thai it spells: the kind asked, and the
#: story told ("tamruat sathanee Nang Rong reak ngern": เรียกเงิน, a bribe).
_SPELLED_KIND = ("kind", "what", "what_more", "story", None)


def kind_value(t: Text, expecting: str | None) -> Value | None:
    """The kind of misconduct: certain from the option's own words or number and from a
    price asked for a service; otherwise the kind model's reading of the description."""
    if expecting == "kind":
        number = picked(t)
        if number and 1 <= number <= len(KINDS):
            return Value("kind", KINDS[number - 1], 0.95, t.raw)
        for kind, words in KIND_OPTIONS.items():
            if t.key in words:
                return Value("kind", kind, 0.95, t.raw)
        if is_dont_know(t.raw):
            return Value("kind", "other", 0.9, t.raw)
    shaped = shaped_kind(t.cleaned)
    if shaped is not None:
        return Value("kind", shaped, 0.8, t.raw)
    topic = topic_of(t.raw) if expecting in OPENING_STEPS else None
    if topic and any(word in topic for word in lexicon.ALLOWANCES):
        # "สวัสดีค่ะ เป็น อสม. ค่ะ มีเรื่องค่าป่วยการจะแจ้ง": an allowance is the whole topic
        return Value("kind", "budget", 0.75, t.raw)
    thai = romanised.in_thai(t.raw) if expecting in _SPELLED_KIND else None
    if thai:  # "kin bia khon thao": the kind of the Thai it spells (กินเบี้ยคนเถ้า)
        found = kind_value(prepare(thai), expecting)
        if found is not None:
            return replace(found, span=t.raw)
    if extortion(t.cleaned):  # a price for a service is a bribe, whatever it is for
        return Value("kind", "bribery", 0.8, t.raw)
    scores = _kind_votes(t, expecting)
    ranked = sorted(scores.values(), reverse=True)
    learnt = max(scores, key=scores.__getitem__)
    kind = lexicon.KIND_TOLD_AS.get(learnt, learnt)  # vote buying is recorded as "other"
    margin = scores[learnt]
    if margin <= KIND_SURE and ranked[0] - ranked[1] < KIND_CLOSE:
        return None  # two kinds as likely: the two are offered instead (`kinds_in_doubt`)
    if margin > KIND_SURE:
        return Value("kind", kind, 0.75, t.raw)
    if margin > KIND_LIKELY or (expecting == "kind" and margin > KIND_ASKED):
        return Value("kind", kind, 0.6, t.raw)
    return None


def _kind_votes(t: Text, expecting: str | None) -> dict[str, float]:
    """The kind model's margin for each kind that can be read here."""
    from handlers.understanding.classifier import NO_KIND, kind_scores  # sklearn on first use

    scores = kind_scores(t.raw)
    scores.pop(NO_KIND)
    if expecting != "kind":
        scores.pop("other")  # "not sure" is a kind only when the kind was asked
    for beyond in lexicon.KIND_TOLD_AS:  # a kind beyond the options, learnt from few: if sure
        if scores.get(beyond, 0.0) <= KIND_SURE:
            scores.pop(beyond, None)
    return scores


def kinds_in_doubt(t: Text) -> tuple[str, str] | None:
    """A description typed at the kind question that two kinds fit about as well (the model
    unsure, the next within `KIND_CLOSE`, neither "not sure"): the two, likelier first, to be
    offered ("เป็นเรื่อง X ใช่ไหมคะ"); else None."""
    if shaped_kind(t.cleaned) is not None or extortion(t.cleaned):
        return None
    scores = _kind_votes(t, "kind")
    first, second = sorted(scores, key=scores.__getitem__, reverse=True)[:2]
    if scores[first] > KIND_SURE or scores[first] - scores[second] >= KIND_CLOSE:
        return None
    if scores[first] <= KIND_ASKED:
        return None  # nothing told that is like any kind: the question with its choices
    pair = tuple(lexicon.KIND_TOLD_AS.get(k, k) for k in (first, second))
    return pair if "other" not in pair and pair[0] != pair[1] else None


def shaped_kind(cleaned: str) -> str | None:
    """The kind a description's shape tells (`lexicon.KIND_SHAPES`): each pattern of a shape
    found after the one before it ("งบหัวละ 36 บาท แต่ได้จริงแค่ 20" is budget skimmed)."""
    text = words_to_digits(cleaned)
    for kind, shapes in _SHAPES.items():
        if kind in _SHAPES_NOT and _SHAPES_NOT[kind].search(text):
            continue
        for shape in shapes:
            at = 0
            for pattern in shape:
                found = pattern.search(text, at)
                if found is None:
                    break
                at = found.end()
            else:
                return kind
    return None
