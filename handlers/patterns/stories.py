"""How alike two short complaint stories are: Thai words (PyThaiNLP, stop words out, Isan
and colloquial spellings read as one) and character n-grams of those words, each compared
by cosine and averaged. Measured on tests/fixtures/patterns/pairs.jsonl (docs/patterns.md):
words and n-grams together beat either alone and need no corpus, so nothing is fitted."""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from functools import cache, lru_cache

from pythainlp.corpus import thai_stopwords
from pythainlp.tokenize import word_tokenize

from handlers.thai.normalise import clean
from handlers.thai.numbers import words_to_digits
from handlers.understanding.lexicon import (
    OFFICIAL_ROLES,
    SCHOOL_GRADE_BEFORE,
    STORY_SAME_WORDS,
    VILLAGE_NUMBER_WORDS,
)

NGRAMS = (2, 4)  # character n-gram lengths, inclusive
WORD_WEIGHT = 0.5  # the rest is the n-grams'
_THOUSANDS = re.compile(r"(?<=\d),(?=\d{3})")
_NOT_A_WORD = re.compile(r"^[\s\W_]+$")
_THAI = re.compile("[\u0e01-\u0e59]")
_SAME = {variant: word for word, variants in STORY_SAME_WORDS.items() for variant in variants}
# Variants of several syllables are replaced in the text, before the segmenter splits them
# ("พ่อใหญ่บ้าน" → พ่อ|ใหญ่|บ้าน); short ones ("บ่") only as whole words ("บ่อ" is a pond).
_SPELLED = {v: w for v, w in _SAME.items() if len(v) >= 4} | {w: w for w in STORY_SAME_WORDS}
_IN_TEXT = re.compile("|".join(re.escape(v) for v in sorted(_SPELLED, key=len, reverse=True)))


@cache
def _stop_words() -> frozenset[str]:
    return frozenset(thai_stopwords()) - set(STORY_SAME_WORDS)


def words(story: str | None) -> list[str]:
    """The story's words as compared: digits for numbers ("สองร้อย", "๒๐๐" and "200"
    alike), no stop words or punctuation, one spelling for words said several ways."""
    text = words_to_digits(_THOUSANDS.sub("", clean(story)))
    text = _IN_TEXT.sub(lambda m: _SPELLED[m[0]], text)
    found = []
    for word in word_tokenize(text, engine="newmm", keep_whitespace=False):
        word = _SAME.get(word.strip(" ."), word.strip(" ."))
        if word and not _NOT_A_WORD.match(word) and word not in _stop_words():
            found.append(word)
    return found


@cache
def _who_words() -> frozenset[str]:
    """Words that name an official ("ผู้ใหญ่บ้าน", "ตำรวจ", "นายก", "หมู่"), as `words` reads them."""
    names = [spelling for spellings in OFFICIAL_ROLES.values() for spelling in spellings]
    return frozenset(
        word
        for name in [*names, *VILLAGE_NUMBER_WORDS]
        for word in words(name)
        if len(word) > 1 and _THAI.search(word)
    )


_NUMBER = re.compile(r"^\d+(?:\.\d+)?$")
# A number after these is a village, a year, a date or a house, not money.
_NOT_MONEY_AFTER = frozenset({"หมู่", "ม", "ม.", "ปี", "พ.ศ.", "พ.ศ", "ค.ศ.", "ที่", "เลขที่", "วันที่"})
_LEAST_UNNAMED_AMOUNT = 100  # "เรียกห้าร้อย" without "บาท" is money; "3 วัน" is not


@lru_cache(maxsize=16384)
def amounts(terms: tuple[str, ...]) -> frozenset[float]:
    """The sums of money a story's `words` name: a number before "บาท", or one of at least
    100 that is not a village, a year or a date ("เรียกห้าร้อย", "งบ 1.2 ล้าน")."""
    found = set()
    for i, term in enumerate(terms):
        if not _NUMBER.match(term) or (i and terms[i - 1].rstrip(".") in _NOT_MONEY_AFTER):
            continue
        value, baht = float(term), terms[i + 1 : i + 2] == ("บาท",)
        if baht or (value >= _LEAST_UNNAMED_AMOUNT and not 2400 <= value <= 2700):
            found.add(value)
    return frozenset(found)


@cache
def _village_words() -> frozenset[tuple[str, ...]]:
    """The words before a village number ("หมู่ที่", "ม."), as `words` reads them."""
    return frozenset(tuple(words(spelling)) for spelling in VILLAGE_NUMBER_WORDS) - {()}


_HIGHEST_GRADE = 6  # "ม.1"–"ม.6" after a school word is a grade; there is no ม.7


def _after_village_word(terms: tuple[str, ...], i: int) -> tuple[str, ...] | None:
    """The village word right before `terms[i]`, if there is one."""
    return next((w for w in _village_words() if terms[max(0, i - len(w)) : i] == w), None)


@lru_cache(maxsize=16384)
def villages(terms: tuple[str, ...]) -> frozenset[str]:
    """The village numbers a story's `words` name: a number after "หมู่", "หมู่ที่", "ม."
    ("บ้านโคกม้า หมู่ ๕", "ผญบ.ม.7"); not a school grade ("นักเรียน ม.3", "ลูกเรียน ม.2")."""
    found = set()
    for i, term in enumerate(terms):
        before = _after_village_word(terms, i) if term.isdigit() else None
        if before is None:
            continue
        grade = before == ("ม",) and int(term) <= _HIGHEST_GRADE
        if grade and i >= 2 and terms[i - 2] in SCHOOL_GRADE_BEFORE:
            continue
        found.add(str(int(term)))
    return frozenset(found)


@lru_cache(maxsize=65536)
def _word_grams(word: str) -> frozenset[str]:
    padded = f" {word} "
    return frozenset(
        padded[i : i + n]
        for n in range(NGRAMS[0], NGRAMS[1] + 1)
        for i in range(len(padded) - n + 1)
    )


@dataclass(frozen=True)
class Profile:
    """A story's distinct words and character n-grams, ready to compare."""

    words: frozenset[str]
    grams: frozenset[str]


@lru_cache(maxsize=16384)
def profile(terms: tuple[str, ...]) -> Profile:
    """The sets of a story's `words` (kept for the stories compared most often), without the
    words naming an official: who it was is the official's field, compared on its own; left
    in, two matters of one headman look alike by the word "ผู้ใหญ่บ้าน" alone."""
    what = frozenset(terms) - _who_words()
    return Profile(what, frozenset().union(*map(_word_grams, what)))


def _cosine(a: frozenset[str], b: frozenset[str]) -> float:
    """Cosine of two binary vectors: what they share over the geometric mean of their sizes."""
    return len(a & b) / math.sqrt(len(a) * len(b)) if a and b else 0.0


def similarity(a: list[str] | tuple[str, ...], b: list[str] | tuple[str, ...]) -> float:
    """0-1: how alike two stories are, given their `words`."""
    if not a or not b:
        return 0.0
    pa, pb = profile(tuple(a)), profile(tuple(b))
    by_words = _cosine(pa.words, pb.words)
    by_grams = _cosine(pa.grams, pb.grams)
    return WORD_WEIGHT * by_words + (1 - WORD_WEIGHT) * by_grams
