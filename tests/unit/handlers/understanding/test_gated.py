"""`gated`: a pattern with its look-ahead of beginnings finds exactly what it found before."""

import re

import pytest

from handlers.thai.normalise import clean
from handlers.understanding import danger
from handlers.understanding.corpus import diagnosed, value_examples
from handlers.understanding.gated import Narrowed, gated


def _same(plain: re.Pattern[str], fast: re.Pattern[str], text: str) -> None:
    """The same matches at the same places (what `sub` and `search` answer from)."""
    assert [m.span() for m in fast.finditer(text)] == [m.span() for m in plain.finditer(text)]


@pytest.mark.parametrize(
    ("source", "flags", "texts"),
    [
        (r"(?<!ไม่)ฆ่า(?:หมู|ไก่)?|ยิง\S{0,4}?ประตู", 0, ["ไม่ฆ่าหมู ฆ่าไก่", "ยิงได้ประตู", "ฆ่า"]),
        (r"(?:it|that)?\s?kill(?:s|ed)\s?me", re.I, ["It KILLED me", "that kills me", "kill"]),
        (r"a{2,3}b|(?=x)x\d+", 0, ["aab aaab ab x12 x", "aaaab"]),
        (r"ab  # a comment", re.X, ["ab a b"]),
    ],
)
def test_a_gated_pattern_matches_as_before(source, flags, texts):
    plain = re.compile(source, flags)
    fast = gated(plain)
    assert fast.pattern != plain.pattern  # each of these has beginnings to hold
    for text in texts:
        _same(plain, fast, text)


@pytest.mark.parametrize("source", [r"a?", r"(a)\1", r"(?i:a)b", r"(?i)ab", r"x|\b"])
def test_a_pattern_whose_beginnings_are_not_read_is_kept(source):
    plain = re.compile(source)
    assert gated(plain) is plain


def test_the_danger_patterns_read_every_example_as_before():
    """The harmless uses and the threat shapes, gated, against the patterns as written, on
    every example (cleaned and flat, as danger reads them)."""
    harmless = (*danger.HARMLESS_HARM, danger.VISITS_STOPPED, *map(re.escape, danger.HARMLESS_FIRE))
    fast_and_plain = [
        (danger._HARMLESS, re.compile("|".join(harmless), re.I)),
        (danger._SHAPES, re.compile("|".join(danger.DANGER_PATTERNS), re.I)),
    ]
    for fast, plain in fast_and_plain:
        assert fast.pattern.startswith("(?=") and gated(plain).pattern == fast.pattern
    texts = set()  # each text once: a fifth of them are in more than one file, or flat already
    for row in value_examples() + diagnosed():
        cleaned = clean(row["text"])
        texts.update((cleaned, danger.flat(cleaned)))
    for text in sorted(texts):
        for fast, plain in fast_and_plain:
            _same(plain, fast, text)


@pytest.mark.parametrize(
    "text",
    [
        "ไม่ฆ่าหมู ฆ่าไก่ ยิงได้ประตู",  # two alternatives' words, each found where typed
        "It KILLED me, that kills me",  # case ignored as the whole pattern ignores it
        "it \u212aILLED me",  # a Kelvin sign folds to "k": read by the whole pattern
        "เรื่องที่ดิน ไม่มีอะไร",  # no alternative's word: nothing found
    ],
)
def test_a_narrowed_alternation_matches_as_the_whole_one(text):
    alternatives = (r"(?<!ไม่)ฆ่า(?:หมู|ไก่)?", r"ยิง\S{0,4}?ประตู", r"(?:it|that)?\s?kill(?:s|ed)\s?me")
    plain = re.compile("|".join(alternatives), re.I)
    narrowed = Narrowed(alternatives, re.I)
    assert [m.span() for m in narrowed.finditer(text)] == [m.span() for m in plain.finditer(text)]
    assert narrowed.sub(" ", text) == plain.sub(" ", text)
