"""Month names as Thai and English speakers write them, and how to look one up."""

from __future__ import annotations

import re

THAI_MONTHS = (
    "มกราคม",
    "กุมภาพันธ์",
    "มีนาคม",
    "เมษายน",
    "พฤษภาคม",
    "มิถุนายน",
    "กรกฎาคม",
    "สิงหาคม",
    "กันยายน",
    "ตุลาคม",
    "พฤศจิกายน",
    "ธันวาคม",
)
THAI_MONTHS_SHORT = (
    "ม.ค.",
    "ก.พ.",
    "มี.ค.",
    "เม.ย.",
    "พ.ค.",
    "มิ.ย.",
    "ก.ค.",
    "ส.ค.",
    "ก.ย.",
    "ต.ค.",
    "พ.ย.",
    "ธ.ค.",
)
#: Spoken short forms, e.g. "14 มีนา 68".
THAI_MONTHS_SPOKEN = (
    "มกรา",
    "กุมภา",
    "มีนา",
    "เมษา",
    "พฤษภา",
    "มิถุนา",
    "กรกฎา",
    "สิงหา",
    "กันยา",
    "ตุลา",
    "พฤศจิกา",
    "ธันวา",
)
#: Month names as they are often mistyped (ฏ for ฎ, ส for ศ, a tone mark too many), each
#: with its month: "กรกฏา" is กรกฎา.
THAI_MONTHS_MISSPELT = {
    "กรกฏาคม": 7,
    "กรกฏา": 7,
    "กรกดาคม": 7,
    "กรกดา": 7,
    "กะรกฎา": 7,
    "กุมพาพันธ์": 2,
    "กุมพา": 2,
    "กุมภา": 2,
    "พฤษภาคม": 5,
    "พฤกษภาคม": 5,
    "พฤกษา": 5,
    "พฤสภา": 5,
    "พฤสจิกายน": 11,
    "พฤศจิกา": 11,
    "พฤสจิกา": 11,
    "พฤจิกา": 11,
    "พฤศจิ": 11,
    # as said in Isan, ฤ read "ระ"/"ะ" and ศ dropped: "เดือนพะจิก" is November
    "พะจิกายน": 11,
    "พะจิกา": 11,
    "พะจิก": 11,
    "พึดสะจิกา": 11,
    "มิถุนาคม": 6,
    "สิงหาคม": 8,
    "สิงห์หา": 8,
    "ทันวา": 12,
    "ธันวาคม": 12,
    "กันยายน": 9,
    "กันยา": 9,
    "กันยน": 9,
    "ตุลาคม": 10,
    "มีนาคม": 3,
    "เมษายน": 4,
    "เมษา": 4,
    "มกราคม": 1,
}
ENGLISH_MONTHS = (
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
)
ENGLISH_MONTHS_SHORT = (
    "Jan",
    "Feb",
    "Mar",
    "Apr",
    "May",
    "Jun",
    "Jul",
    "Aug",
    "Sep",
    "Oct",
    "Nov",
    "Dec",
)


def _month_pattern() -> tuple[str, dict[str, int]]:
    """Regex alternation for every month spelling, plus lookup by dot/space-free key."""
    lookup: dict[str, int] = {}
    alternatives: list[str] = []
    for i, (name, spoken) in enumerate(zip(THAI_MONTHS, THAI_MONTHS_SPOKEN, strict=True), 1):
        lookup[name] = i
        lookup[spoken] = i
        alternatives.extend([re.escape(name), re.escape(spoken)])
    for name, i in THAI_MONTHS_MISSPELT.items():
        if name not in lookup:
            lookup[name] = i
            alternatives.append(re.escape(name))
    for i, short in enumerate(THAI_MONTHS_SHORT, 1):
        letters = short.replace(".", "")
        lookup[letters] = i
        # "มี.ค.", "มีค", "มี ค", "มี. ค." ...
        alternatives.append(
            r"\s*\.?\s*".join(re.escape(part) for part in short.split(".") if part) + r"\.?"
        )
    for i, name in enumerate(ENGLISH_MONTHS, 1):
        lookup[name] = i
        lookup[name[:3]] = i
        if name == "september":
            lookup["sept"] = i
        alternatives.append(name)
    alternatives.extend(["sept", *(m[:3] for m in ENGLISH_MONTHS)])
    alternatives.sort(key=len, reverse=True)
    return "|".join(alternatives), lookup


MONTH_ALTERNATIVES, MONTH_LOOKUP = _month_pattern()
#: Every key of MONTH_LOOKUP, longest first, for text with its spaces and dots taken out.
MONTH_KEY_ALTERNATIVES = "|".join(sorted(MONTH_LOOKUP, key=len, reverse=True))

BE_OFFSET = 543


def year_from_typed(raw: str, era: str | None = None) -> int:
    """A year as typed -> Christian-era year. 4 digits > 2400 are BE; 2 digits are BE 25xx
    (or 20xx when "ค.ศ."/"AD" is written)."""
    value = int(raw)
    era_key = re.sub(r"[\s.]", "", (era or "").lower())
    christian = era_key in {"คศ", "ad", "ce"}
    if len(raw) == 2:
        return 2000 + value if christian else 2500 + value - BE_OFFSET
    if era_key in {"พศ", "be"} or (value > 2400 and not christian):
        return value - BE_OFFSET
    return value
