"""Thai telephone numbers as people type them, normalised to the national form."""

from __future__ import annotations

import re
import unicodedata

_THAI_DIGITS = str.maketrans("๐๑๒๓๔๕๖๗๘๙", "0123456789")
# Digits with the separators people use; an optional leading "+" (international form).
_ALLOWED = re.compile(r"^\+?[\d\s\-.()/]+$")
_MOBILE_PREFIXES = "689"  # 06x, 08x, 09x: 10 digits
_LANDLINE_PREFIXES = "23457"  # 02 Bangkok, 03x, 04x (044 Buriram), 05x, 07x: 9 digits


def normalize_thai_phone(text: str) -> str | None:
    """Thai mobile or landline number in national form ("0812345678", "044611234").

    Accepts "081-234-5678", "+66 81 234 5678", "66812345678", "0066 81...", Thai digits,
    spaces, dashes and dots. Returns None for anything else (letters, wrong length or
    prefix, foreign country code).
    """
    if not text:
        return None
    cleaned = unicodedata.normalize("NFKC", text).translate(_THAI_DIGITS).strip()
    cleaned = cleaned.replace("\u2010", "-").replace("\u2013", "-").replace("\u2212", "-")
    if not _ALLOWED.match(cleaned):
        return None
    digits = re.sub(r"\D", "", cleaned)
    if cleaned.startswith("+"):
        if not digits.startswith("66"):
            return None
        national = digits[2:]
    elif digits.startswith("0066"):
        national = digits[4:]
    elif digits.startswith("66"):
        national = digits[2:]
    elif digits.startswith("0"):
        return _valid(digits)
    else:
        return None
    # "+66 (0)81 ..." or "+66 081 ...": drop the trunk zero written after the country code.
    if national.startswith("0"):
        national = national[1:]
    return _valid("0" + national)


def _valid(number: str) -> str | None:
    if len(number) < 2 or number[0] != "0":
        return None
    kind = number[1]
    if kind in _MOBILE_PREFIXES and len(number) == 10:
        return number
    if kind in _LANDLINE_PREFIXES and len(number) == 9:
        return number
    return None
