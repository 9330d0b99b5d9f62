"""Thai telephone numbers as people type them, normalised to the national form.

Validation is `phonenumbers` (Google's libphonenumber metadata for Thailand); this
module only reads the ways villagers write a number: Thai digits, dashes and dots,
"0066", and a number with words around it ("โทร 081-234-5678 ครับ").
"""

from __future__ import annotations

import re
import unicodedata

import phonenumbers

from handlers.thai.normalise import PARTICLES, thai_digits_to_arabic
from handlers.thai.numbers import spoken_digit_runs, spoken_digits

# Digits with the separators people use; an optional leading "+" (international form).
_ALLOWED = re.compile(r"^\+?[\d\s\-.()/]+$")
_DASHES = str.maketrans({"\u2010": "-", "\u2013": "-", "\u2212": "-"})
#: Words that introduce a number ("เบอร์ 089…", "โทร 081…"), longer first.
_PHONE_WORDS = re.compile(
    r"(?:เบอร์โทรศัพท์|เบอร์โทร|เบอร์มือถือ|เบอร์|โทรศัพท์|มือถือ|โทร\.?|\btel\.?|\bphone|\bmobile)"
    r"[\s:.\-]*$",
    re.I,
)
_PERSONAL = (
    phonenumbers.PhoneNumberType.MOBILE,
    phonenumbers.PhoneNumberType.FIXED_LINE,
    phonenumbers.PhoneNumberType.FIXED_LINE_OR_MOBILE,
)


#: The letter o typed for a zero among digits ("o9o-1123345", "O81…"), not inside a word.
_LETTER_O = re.compile(r"(?<![A-Za-z])[oO](?=[oO]?[\d\-])(?![A-Za-z]{2})|(?<=\d)[oO](?![A-Za-z])")


def _prepare(text: str) -> str:
    value = thai_digits_to_arabic(unicodedata.normalize("NFKC", text or "")).translate(_DASHES)
    value = _LETTER_O.sub("0", value)
    value = spoken_digits(value)  # "ศูนย์แปดเจ็ด 2233445"
    return re.sub(r"(?<![\d+])0066", "+66", value.strip())


def _national(number: phonenumbers.PhoneNumber) -> str | None:
    """ "0812345678" for a valid Thai personal number, else None."""
    if number.country_code != 66 or not phonenumbers.is_valid_number(number):
        return None
    if phonenumbers.number_type(number) not in _PERSONAL:
        return None
    return "0" + str(number.national_number)


def normalize_thai_phone(text: str) -> str | None:
    """The whole text as a Thai mobile or landline number in national form
    ("0812345678", "044611234"), or None (letters, wrong length or prefix, abroad)."""
    cleaned = _prepare(text)
    if not cleaned or not _ALLOWED.match(cleaned):
        return None
    digits = re.sub(r"\D", "", cleaned)
    if not cleaned.startswith("+") and digits.startswith("66") and len(digits) in (10, 11):
        cleaned = "+" + cleaned  # "66812345678": the country code without its plus
    elif not cleaned.startswith("+") and not digits.startswith("0"):
        return None
    try:
        number = phonenumbers.parse(cleaned, "TH")
    except phonenumbers.NumberParseException:
        return None
    return _national(number)


def find_thai_phone(text: str) -> str | None:
    """The first Thai personal number in a sentence ("โทร 081-234-5678 ครับ"), or None."""
    whole = normalize_thai_phone(text)
    if whole:
        return whole
    prepared = _prepare(text)
    for match in phonenumbers.PhoneNumberMatcher(prepared, "TH", phonenumbers.Leniency.VALID):
        found = _national(match.number)
        if found:
            return found
    return None


#: What a number is cut with, besides the spaces, dashes and dots `phonenumbers` reads: an
#: underscore, an en or em dash, a minus sign.
_CUTS = str.maketrans(dict.fromkeys("_\u2010\u2011\u2012\u2013\u2014\u2212", "-"))


def numbers_in(text: str) -> list[tuple[int, int, str]]:
    """(start, end, national number without its 0) of each number-like run in `text`, however
    it is cut ("081/234/5678", "081_234_5678", "๐๘๑–๒๓๔–๕๖๗๘") or without its leading 0
    ("81-234-5678"); `start` and `end` are places in `text` as it is."""
    digits = "".join(
        str(unicodedata.decimal(c)) if c.isdecimal() else c for c in text or ""
    ).translate(_CUTS)  # one character for one: the places stay those of `text`
    found = phonenumbers.PhoneNumberMatcher(digits, "TH", phonenumbers.Leniency.POSSIBLE)
    numbers = [(m.start, m.end, str(m.number.national_number)) for m in found]
    # Said in words, one digit each ("ศูนย์แปดหนึ่ง…", "zero eight one…", or mixed with digits).
    for start, end, said in spoken_digit_runs(digits):
        if 8 <= len(said) <= 11 and not any(s < end and start < e for s, e, _ in numbers):
            numbers.append((start, end, said.removeprefix("66").removeprefix("0")))
    return sorted(numbers)


def split_phone(text: str) -> tuple[str, str | None]:
    """The text without the Thai personal number it holds, and the number in national form
    ("ธนากร ศรีสุข เบอร์ 089-123-4567" → ("ธนากร ศรีสุข", "0891234567")); the text as it
    was and None when it holds none. The words that introduced the number go with it."""
    prepared = _prepare(text)
    for match in phonenumbers.PhoneNumberMatcher(prepared, "TH", phonenumbers.Leniency.VALID):
        found = _national(match.number)
        if found:
            before = _PHONE_WORDS.sub("", prepared[: match.start].rstrip())
            words = f"{before} {prepared[match.end :]}".split()
            while words and words[-1].strip(".!") in PARTICLES:  # "… 089… ค่ะ"
                words.pop()
            return " ".join(words).strip(" ,:;-"), found
    return text.strip(), None
