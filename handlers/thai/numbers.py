"""Numbers said in words, Thai (Isan too) or English, as digits: "ยี่สิบ" → 20, "สามพันบาท" →
"3000บาท", "สองหมื่นห้า" → 25000, "1.5 หมื่น" → 15000, "สองสาม" → "2-3", "two or three" → "2-3"."""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation
from functools import lru_cache

from pythainlp.tokenize import word_tokenize
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
_UNITS = {"สิบ": 10, "ร้อย": 100, "พัน": 1000, "หมื่น": 10**4, "แสน": 10**5, "ล้าน": 10**6}
# Isan: "ซาว" is twenty ("ซาวห้า" 25), "ฮ้อย" a hundred.
_ISAN = {"ซาว": "ยี่สิบ", "ฮ้อย": "ร้อย", "นึง": "หนึ่ง"}
_BIG = ("พัน", "หมื่น", "แสน", "ล้าน")
_NEXT_DOWN = {"ร้อย": "สิบ", "พัน": "ร้อย", "หมื่น": "พัน", "แสน": "หมื่น", "ล้าน": "แสน"}


def _alternation(words) -> str:
    return "|".join(sorted(words, key=len, reverse=True))


_THAI_WORD = _alternation([*_THAI_DIGIT_WORDS, *_UNITS, "ซาว", "ฮ้อย"])
_HALF = "ครึ่ง"
_THAI_RUN = re.compile(rf"(?:{_THAI_WORD})+(?:{_HALF})?")
_DIGIT_WORD = _alternation(_THAI_DIGIT_WORDS)
_THAI_DIGIT_SPLIT = re.compile(rf"^({_DIGIT_WORD})({_DIGIT_WORD})$")
_UNIT_WORD = _alternation([*_UNITS.keys() - {"สิบ"}, "ฮ้อย"])
# "2 หมื่น 5 พัน", "1.5 หมื่น", "3พัน": digits times a unit word, then perhaps Thai words.
_DIGITS_TIMES_UNIT = re.compile(rf"(\d+(?:,\d{{3}})*(?:\.\d+)?)\s?({_UNIT_WORD})")
# The colloquial short form: the digit after a round amount is of the next unit down.
_SHORT_FORM = re.compile(rf"^(.*({_alternation(_BIG)}))(สอง|สาม|สี่|ห้า|หก|เจ็ด|แปด|เก้า)$")
# A unit alone is a number only as an amount ("ร้อยบาท"), not "หลายร้อย", "เป็นพัน", "แสนสุข".
_AMOUNT_AFTER = re.compile(r"\s?บาท")
_SEVERAL_BEFORE = re.compile(r"(?:หลาย|เป็น|นับ|หลัก)\s?$")
_PLACE_NAMES = frozenset({"ร้อยเอ็ด"})  # the province, not 101

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


def thai_number(words: str) -> int | None:
    """The value of Thai number words, read as a villager means them: "สองหมื่นห้า" 25000,
    "พันห้า" 1500, "ร้อยนึง" 100, "ซาวห้า" 25, "หนึ่งร้อยเอ็ด" 101; None when they are not one
    number ("ร้อยพัน", "สองสาม")."""
    if words.endswith(_HALF):  # "พันครึ่ง" is 1,500
        whole = thai_number(words.removesuffix(_HALF))
        unit = next((u for w, u in _UNITS.items() if words.removesuffix(_HALF).endswith(w)), 0)
        return whole + unit // 2 if whole is not None and unit >= 100 else None
    for isan, thai in _ISAN.items():
        words = words.replace(isan, thai)
    if words.removesuffix("หนึ่ง") in _UNITS and words != "สิบหนึ่ง":  # "ร้อยนึง", "พันนึง"
        words = "หนึ่ง" + words.removesuffix("หนึ่ง")
    short = _SHORT_FORM.match(words)
    if short:  # "สองหมื่นห้า" is 25,000: formally 20,005, which nobody says that way
        words = words + _NEXT_DOWN[short[2]]
    elif re.fullmatch(rf"ร้อย(?:{_DIGIT_WORD})", words) and not words.endswith(("หนึ่ง", "เอ็ด")):
        words = words + "สิบ"  # "ร้อยห้า" is 150
    try:
        return thaiword_to_num(words)
    except ValueError:
        return None


@lru_cache(maxsize=4096)
def _boundaries(text: str) -> frozenset[int]:
    """Where PyThaiNLP's words begin and end, so that "สามารถ", "เรียบร้อย" or "ห้าม" are not
    read as numbers."""
    ends, at = {0}, 0
    for token in word_tokenize(text, engine="newmm", keep_whitespace=True):
        at += len(token)
        ends.add(at)
    return frozenset(ends)


def _as_digits(value: Decimal) -> str:
    return str(int(value)) if value == value.to_integral_value() else f"{value.normalize():f}"


def _round_amounts(text: str) -> str:
    """Digits times unit words: "2 หมื่น 5 พัน" → 25000, "1.5 หมื่น" → 15000, "3พันห้า" → 3500."""
    out, at = [], 0
    for first in _DIGITS_TIMES_UNIT.finditer(text):
        if first.start() < at:
            continue
        bounds = _boundaries(text)
        total, unit, end = Decimal(0), None, first.start()
        for part in _DIGITS_TIMES_UNIT.finditer(text, first.start()):
            if part.start() != end and not (part.start() == end + 1 and text[end] == " "):
                break
            size = _UNITS[_ISAN.get(part[2], part[2])]
            if (unit is not None and size >= unit) or part.end() not in bounds:
                break
            try:
                total += Decimal(part[1].replace(",", "")) * size
            except InvalidOperation:
                break
            unit, end = size, part.end()
        if unit is None:
            continue
        tail = _THAI_RUN.match(text, end + (text[end : end + 1] == " "))
        if text.startswith(_HALF, end) and end + len(_HALF) in bounds:
            total, end = total + Decimal(unit) / 2, end + len(_HALF)
        elif tail and tail.end() in bounds:
            small = thai_number(tail[0])
            if tail[0] in _THAI_DIGIT_WORDS and unit >= 100:
                total, end = total + _THAI_DIGIT_WORDS[tail[0]] * Decimal(unit) / 10, tail.end()
            elif small is not None and small < unit:
                total, end = total + small, tail.end()
        out.append(text[at : first.start()] + _as_digits(total))
        at = end
    return "".join(out) + text[at:]


def _thai_run(text: str, match: re.Match[str]) -> str:
    bounds = _boundaries(text)
    start = next((i for i in range(match.start(), match.end()) if i in bounds), match.end())
    end = max((i for i in range(start, match.end() + 1) if i in bounds), default=start)
    words = text[start:end]
    if not words or words in _PLACE_NAMES:
        return match[0]
    pair = _THAI_DIGIT_SPLIT.match(words)
    if pair:  # "สองสาม" is two-to-three, not a numeral
        number = f"{_THAI_DIGIT_WORDS[pair[1]]}-{_THAI_DIGIT_WORDS[pair[2]]}"
    elif words in _THAI_DIGIT_WORDS:
        number = str(_THAI_DIGIT_WORDS[words])
    elif (
        _ISAN.get(words, words) in _UNITS
        and words != "สิบ"
        and (not _AMOUNT_AFTER.match(text, end) or _SEVERAL_BEFORE.search(text, 0, start))
    ):
        return match[0]
    else:
        value = thai_number(words)
        if value is None and words.endswith(_HALF):  # "สองครึ่ง": the half is not of a unit
            end -= len(_HALF)
            words = words.removesuffix(_HALF)
            value = _THAI_DIGIT_WORDS.get(words) or thai_number(words)
        if value is None:
            return match[0]
        number = str(value)
    return text[match.start() : start] + number + text[end : match.end()]


@lru_cache(maxsize=4096)
def words_to_digits(text: str) -> str:
    """Every number written in Thai or English words as digits; two digit words side by side
    ("สองสาม", "สามสี่") as a range "2-3". Other text is kept as it is."""
    text = _round_amounts(text)
    text = _THAI_RUN.sub(lambda m: _thai_run(text, m), text)
    text = _ENGLISH_ARTICLE.sub("1 ", text)
    return _ENGLISH_WORD.sub(lambda m: str(_ENGLISH[m[1]]), text)


_SPOKEN_DIGIT = {"ศูนย์": 0, "หนึ่ง": 1, "สอง": 2, "โท": 2, "สาม": 3, "สี่": 4, "ห้า": 5}
_SPOKEN_DIGIT |= {"หก": 6, "เจ็ด": 7, "แปด": 8, "เก้า": 9}
_SPOKEN_RUN = re.compile(
    "(?:(?:" + "|".join(sorted(_SPOKEN_DIGIT, key=len, reverse=True)) + r")\s*){3,}"
    r"(?!สิบ|ร้อย|พัน|หมื่น|แสน|ล้าน)"
)
_SPOKEN_ONE = re.compile("|".join(sorted(_SPOKEN_DIGIT, key=len, reverse=True)))


#: The same in English ("zero nine one, two three four"), "oh" for zero.
_ENGLISH_DIGIT = {"zero": 0, "oh": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5}
_ENGLISH_DIGIT |= {"six": 6, "seven": 7, "eight": 8, "nine": 9}
_ENGLISH_ONE = r"\b(?:" + "|".join(_ENGLISH_DIGIT) + r")\b"
_ENGLISH_RUN = re.compile(rf"{_ENGLISH_ONE}(?:[\s,\-]*{_ENGLISH_ONE}){{2,}}", re.I)


def spoken_digits(text: str) -> str:
    """Runs of three or more digit words read one by one, as a phone number is said
    ("ศูนย์แปดเจ็ด 2233445" → "087 2233445", "zero eight seven" → "087"); counted numbers
    ("สามสิบ") are left alone."""
    text = _ENGLISH_RUN.sub(
        lambda m: (
            "".join(str(_ENGLISH_DIGIT[w.lower()]) for w in re.findall(_ENGLISH_ONE, m[0], re.I))
            + " "
        ),
        text,
    )
    return _SPOKEN_RUN.sub(
        lambda m: "".join(str(_SPOKEN_DIGIT[w]) for w in _SPOKEN_ONE.findall(m[0])) + " ", text
    )


_ANY_DIGIT = rf"(?:{_SPOKEN_ONE.pattern}|{_ENGLISH_ONE}|\d)"
_MIXED_RUN = re.compile(rf"{_ANY_DIGIT}(?:[\s,.\-]*{_ANY_DIGIT})+", re.I)


def spoken_digit_runs(text: str) -> list[tuple[int, int, str]]:
    """(start, end, digits) of each run of digits said one by one, in Thai or English words
    and digits mixed ("ศูนย์แปดหนึ่ง 234", "zero eight one"), holding at least one word;
    `start` and `end` are places in `text`. Counted numbers ("สามสิบ") end a run before them."""
    runs = []
    for match in _MIXED_RUN.finditer(text):
        pieces = re.findall(_ANY_DIGIT, match[0], re.I)
        if all(p.isdigit() for p in pieces):
            continue
        said = "".join(
            p if p.isdigit() else str(_SPOKEN_DIGIT.get(p, _ENGLISH_DIGIT.get(p.lower(), 0)))
            for p in pieces
        )
        runs.append((match.start(), match.end(), said))
    return runs
