"""`gated`: a pattern with its look-ahead of beginnings finds exactly what it found before."""

import re

import pytest

from handlers.thai import dates_in_text, normalise
from handlers.thai.gated import Narrowed, gated
from handlers.thai.normalise import clean
from handlers.understanding import danger, values, when
from handlers.understanding.corpus import diagnosed, value_examples


def _same(plain: re.Pattern[str], fast: re.Pattern[str], text: str) -> None:
    """The same matches at the same places (what `sub` and `search` answer from)."""
    assert [m.span() for m in fast.finditer(text)] == [m.span() for m in plain.finditer(text)]
    assert fast.sub(" ", text) == plain.sub(" ", text)
    found, expected = fast.search(text), plain.search(text)
    assert (found and found.span()) == (expected and expected.span())


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


def _as_written(fast: re.Pattern[str]) -> re.Pattern[str]:
    """The pattern `gated` was given: `fast` without its look-ahead (up to the parenthesis that
    closes it, escapes and classes skipped) and the group around the rest."""
    depth, at, source = 0, 0, fast.pattern
    while True:
        if source[at] == "\\":
            at += 2
            continue
        if source[at] == "[":
            at = source.index("]", at + 2) + 1
            continue
        depth += {"(": 1, ")": -1}.get(source[at], 0)
        at += 1
        if depth == 0:
            break
    body = source[at:]
    assert body.startswith("(?:") and body.endswith(")")
    return re.compile(body[3:-1], fast.flags)


def test_the_gated_reading_patterns_read_every_example_as_before():
    """The patterns gated where a reading spent most in `re` (dates, clean-up, corrections)
    find what they found as written, on every example, as typed, cleaned and flat."""
    gated_ones = [
        dates_in_text._START,
        dates_in_text._END,
        normalise._TRAILING,
        values._RIGHT_ONE,
        when._MONTHS_JOINED,
    ]
    fast_and_plain = [(fast, _as_written(fast)) for fast in gated_ones]
    for fast, plain in fast_and_plain:
        assert fast.pattern.startswith("(?=") and gated(plain).pattern == fast.pattern
    texts = set()
    for row in value_examples() + diagnosed():
        cleaned = clean(row["text"])
        texts.update((row["text"], cleaned, danger.flat(cleaned)))
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


def test_at_one_place_the_first_alternative_wins_as_in_the_whole_one():
    """Each kept alternative is scanned alone: where two begin at one place, the first in
    their order is taken (not the longer), and the scan goes on after it, as `re` does."""
    alternatives = (r"ยิง(?:นก)?", r"ยิงนกตก", r"นกตก\S*")
    plain = re.compile("|".join(alternatives))
    narrowed = Narrowed(alternatives)
    for text in ("ยิงนกตกต้นไม้ ยิงนกตก", "นกตกยิงนกตก", "ยิง"):
        _same(plain, narrowed, text)
    assert narrowed.sub("", "ยิงนกตกต้นไม้") == "ตกต้นไม้"


@pytest.mark.parametrize(
    ("word", "key", "named"),
    [
        ("มีด", "มีดาบ", True),  # มีด then ดาบ: the next letter has no mark of its own
        ("มีด", "มีด่าน", False),  # มี + ด่าน, a checkpoint: the ด takes the next tone mark
        ("มีด", "มีด่านมีด", True),  # taken the first time, a knife at the end
        ("ยิง", "ยิง", True),
        ("ฆ่า", "ขู่", False),
    ],
)
def test_a_danger_word_is_named_as_its_pattern_finds_it(word, key, named):
    """`danger.names` finds the word without compiling a pattern for it: as the word
    followed by no vowel or tone mark would match."""
    assert danger.names(word, key) is named
    assert bool(re.search(re.escape(word) + f"(?!{danger._MARKED})", key)) is named


def test_every_danger_alternative_is_compiled_at_a_process_start():
    """After `danger.warm`, a text's first reading compiles none of the threat shapes or
    harmless uses (each ~1 ms, paid by the person sending it)."""
    danger.warm()
    before = Narrowed._alone.cache_info()
    for narrowed in (danger._SHAPES, danger._HARMLESS):
        for at in range(len(narrowed._alternatives)):
            narrowed._alone(at)
    after = Narrowed._alone.cache_info()
    assert after.misses == before.misses
