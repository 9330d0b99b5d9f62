"""What is kept in Thai (a place, an agency, a date said back) as an English reader reads it.

Places by their official English names (geothai's provinces, districts and sub-districts),
else romanised by RTGS (PyThaiNLP's "royin"); an agency by its kind's English name and its
place; a date kept as said ("21–30 พ.ย. 2569", "ตุลาคม 2569", "ปี 2568") with English months
and the Christian year. Text with no Thai letter is returned as it is.
"""

from __future__ import annotations

import re
from functools import lru_cache

import geothai
from pythainlp.transliterate import romanize

from handlers.replies import Named
from handlers.thai.agencies import BY_CODE, parse
from handlers.thai.months import (
    ENGLISH_MONTHS,
    ENGLISH_MONTHS_SHORT,
    THAI_MONTHS,
    THAI_MONTHS_SHORT,
)

THAI = re.compile(r"[\u0E00-\u0E7F]")
BE_OFFSET = 543
_PLACE_WORDS = re.compile(r"^(?:จังหวัด|จ\.|อำเภอ|อ\.|ตำบล|ต\.)\s*")
_VILLAGE = "บ้าน"
_MONTHS = {
    **{th: en.capitalize() for th, en in zip(THAI_MONTHS, ENGLISH_MONTHS, strict=True)},
    **dict(zip(THAI_MONTHS_SHORT, ENGLISH_MONTHS_SHORT, strict=True)),
}
_MONTH = re.compile("|".join(re.escape(m) for m in sorted(_MONTHS, key=len, reverse=True)))
_BE_YEAR = re.compile(r"(?<!\d)(2[45]\d\d)(?!\d)")
_YEAR_WORD = re.compile(r"(?:ปี|พ\.ศ\.)\s*")


@lru_cache(maxsize=1)
def _official() -> dict[str, str]:
    """Every province, district and sub-district's Thai name → its English name."""
    names: dict[str, str] = {}
    for province in geothai.provinces():
        names.setdefault(province.name_th, province.name_en)
        for district in geothai.districts(province.code):
            names.setdefault(district.name_th, district.name_en)
            for sub in geothai.subdistricts(district.code):
                names.setdefault(sub.name_th, sub.name_en)
    return names


@lru_cache(maxsize=4096)
def place(name: str) -> str:
    """A Thai place name in English: "ละหานทราย" → "Lahan Sai" (geothai), a village or a
    name geothai lacks romanised ("บ้านหนองแวง" → "Ban Nong Waeng")."""
    if not THAI.search(name or ""):
        return name
    bare = name.strip()
    official = _official().get(bare) or _official().get(_PLACE_WORDS.sub("", bare))
    if official:
        return official
    return " ".join(_romanised(word) for word in bare.split())  # "นางรอง หนองโบสถ์" too


def _romanised(word: str) -> str:
    if not THAI.search(word):
        return word
    official = _official().get(word) or _official().get(_PLACE_WORDS.sub("", word))
    if official:
        return official
    if word.startswith(_VILLAGE) and len(word) > len(_VILLAGE):
        return f"Ban {place(word[len(_VILLAGE) :])}"
    return romanize(word, engine="royin").capitalize()


def agency(name: str) -> str:
    """An agency kept in Thai in English: "อบต.หนองกง" → "Nong Kong Subdistrict
    Administrative Organization"; a name of no known kind romanised as a place."""
    if not THAI.search(name or ""):
        return name
    parsed = parse(name)
    kind = BY_CODE.get(parsed.kind)
    if kind is None or not parsed.place:
        return place(name)
    return f"{place(parsed.place)} {kind.english}"


_ABOUT = re.compile(r"^ประมาณ\s*")


def when(text: str) -> str:
    """A date kept as said back, in English: "21–30 พ.ย. 2569" → "21–30 Nov 2026"."""
    if not THAI.search(text or ""):
        return text
    english = _MONTH.sub(lambda m: _MONTHS[m.group(0)], _ABOUT.sub("around ", text))
    english = _YEAR_WORD.sub("", english)
    return _BE_YEAR.sub(lambda m: str(int(m.group(1)) - BE_OFFSET), english)


def named_place(name: str) -> Named:
    """A place to say back, in Thai or English by the reader's language."""
    return Named(name, place(name))


def named_agency(name: str) -> Named:
    """An agency to say back, in Thai or English by the reader's language."""
    return Named(name, agency(name))


#: Who someone files for, Thai and English ("พ่อ" ↔ "father"), as said back either way.
RELATIONS = {
    "ผู้อื่น": "someone else",  # lexicon.OTHER_PERSON: filed for one who is no relative
    "พ่อ": "father",
    "คุณพ่อ": "father",
    "พ่อใหญ่": "grandfather",
    "แม่": "mother",
    "คุณแม่": "mother",
    "แม่ใหญ่": "grandmother",
    "พ่อแม่": "parents",
    "ลูก": "child",
    "ลูกสาว": "daughter",
    "ลูกชาย": "son",
    "พี่สาว": "sister",
    "น้องสาว": "sister",
    "พี่ชาย": "brother",
    "น้องชาย": "brother",
    "สามี": "husband",
    "ผัว": "husband",
    "ภรรยา": "wife",
    "เมีย": "wife",
    "ปู่": "grandfather",
    "ตา": "grandfather",
    "ย่า": "grandmother",
    "ยาย": "grandmother",
    "หลาน": "grandchild",
    "ญาติ": "relative",
    "เพื่อน": "friend",
    "เพื่อนบ้าน": "neighbour",
}
_THAI_RELATION = {
    "dad": "พ่อ",
    "father": "พ่อ",
    "mom": "แม่",
    "mum": "แม่",
    "mother": "แม่",
    "grandma": "ยาย",
    "granny": "ยาย",
    "grandmother": "ยาย",
    "grandpa": "ตา",
    "grandfather": "ตา",
    "parents": "พ่อแม่",
    "husband": "สามี",
    "wife": "ภรรยา",
    "son": "ลูกชาย",
    "daughter": "ลูกสาว",
    "brother": "พี่ชาย",
    "sister": "พี่สาว",
    "uncle": "ลุง",
    "aunt": "ป้า",
    "neighbour": "เพื่อนบ้าน",
    "neighbor": "เพื่อนบ้าน",
    "friend": "เพื่อน",
}


def named_relation(said: str) -> Named:
    """Who someone files for, in Thai and in English, however it was said ("พ่อ", "dad")."""
    if said.isascii():
        return Named(_THAI_RELATION.get(said, said), said)
    return Named(said, RELATIONS.get(said, "relative"))
