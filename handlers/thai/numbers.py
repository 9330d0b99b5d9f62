"""Numbers said in words, Thai or English: "ยี่สิบ" → 20, "สองสาม" → "2-3", "two or three" → "2-3"."""

from __future__ import annotations

import re

from pythainlp.util import thaiword_to_num

_THAI_DIGIT_WORDS = {
    "หนึ่ง": 1,
    "นึง": 1,
    "เอ็ด": 1,
    "สอง": 2,
    "ยี่": 2,
    "สาม": 3,
    "สี่": 4,
    "ห้า": 5,
    "หก": 6,
    "เจ็ด": 7,
    "แปด": 8,
    "เก้า": 9,
}
_THAI_WORD = "|".join(sorted([*_THAI_DIGIT_WORDS, "สิบ", "ร้อย"], key=len, reverse=True))
_THAI_RUN = re.compile(rf"(?:{_THAI_WORD})+")
_THAI_DIGIT_SPLIT = re.compile(
    rf"^({'|'.join(sorted(_THAI_DIGIT_WORDS, key=len, reverse=True))})"
    rf"({'|'.join(sorted(_THAI_DIGIT_WORDS, key=len, reverse=True))})$"
)

_ENGLISH = {
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "fifteen": 15,
    "twenty": 20,
    "thirty": 30,
}
_ENGLISH_WORD = re.compile(r"\b(" + "|".join(_ENGLISH) + r")\b")
_ENGLISH_ARTICLE = re.compile(r"\ban?\s+(?=(?:day|week|month|year|fortnight)s?\b)")


def _thai_run(match: re.Match[str]) -> str:
    words = match[0]
    pair = _THAI_DIGIT_SPLIT.match(words)
    if pair:  # "สองสาม" is two-to-three, not a numeral
        return f"{_THAI_DIGIT_WORDS[pair[1]]}-{_THAI_DIGIT_WORDS[pair[2]]}"
    if words in _THAI_DIGIT_WORDS:
        return str(_THAI_DIGIT_WORDS[words])
    try:
        return str(thaiword_to_num(words.replace("นึง", "หนึ่ง")))
    except ValueError:
        return words


def words_to_digits(text: str) -> str:
    """Every number written in Thai or English words as digits; two digit words side by side
    ("สองสาม", "สามสี่") as a range "2-3". Other text is kept as it is."""
    text = _THAI_RUN.sub(_thai_run, text)
    text = _ENGLISH_ARTICLE.sub("1 ", text)
    return _ENGLISH_WORD.sub(lambda m: str(_ENGLISH[m[1]]), text)
