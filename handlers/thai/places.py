"""Buriram province geography: its 23 districts (อำเภอ), their 189 sub-districts
(ตำบล), and forgiving matching of what villagers type or share from LINE.

Data: Department of Provincial Administration codes 3101-3123 (the order below),
sub-district names as officially spelled.
"""

from __future__ import annotations

import difflib
import re
import unicodedata
from dataclasses import dataclass
from types import MappingProxyType

# Thai name -> (English name, sub-districts). Order = official district code 3101..3123.
_DATA: dict[str, tuple[str, tuple[str, ...]]] = {
    "เมืองบุรีรัมย์": (
        "Mueang Buri Ram",
        (
            "ในเมือง",
            "อิสาณ",
            "เสม็ด",
            "บ้านบัว",
            "สะแกโพรง",
            "สวายจีก",
            "บ้านยาง",
            "พระครู",
            "ถลุงเหล็ก",
            "หนองตาด",
            "ลุมปุ๊ก",
            "สองห้อง",
            "บัวทอง",
            "ชุมเห็ด",
            "หลักเขต",
            "สะแกซำ",
            "กลันทา",
            "กระสัง",
            "เมืองฝาง",
        ),
    ),
    "คูเมือง": (
        "Khu Mueang",
        (
            "คูเมือง",
            "ปะเคียบ",
            "บ้านแพ",
            "พรสำราญ",
            "หินเหล็กไฟ",
            "ตูมใหญ่",
            "หนองขมาร",
        ),
    ),
    "กระสัง": (
        "Krasang",
        (
            "กระสัง",
            "ลำดวน",
            "สองชั้น",
            "สูงเนิน",
            "หนองเต็ง",
            "เมืองไผ่",
            "ชุมแสง",
            "บ้านปรือ",
            "ห้วยสำราญ",
            "กันทรารมย์",
            "ศรีภูมิ",
        ),
    ),
    "นางรอง": (
        "Nang Rong",
        (
            "นางรอง",
            "สะเดา",
            "ชุมแสง",
            "หนองโบสถ์",
            "หนองกง",
            "ถนนหัก",
            "หนองไทร",
            "ก้านเหลือง",
            "บ้านสิงห์",
            "ลำไทรโยง",
            "ทรัพย์พระยา",
            "หนองยายพิมพ์",
            "หัวถนน",
            "ทุ่งแสงทอง",
            "หนองโสน",
        ),
    ),
    "หนองกี่": (
        "Nong Ki",
        (
            "หนองกี่",
            "เย้ยปราสาท",
            "เมืองไผ่",
            "ดอนอะราง",
            "โคกสว่าง",
            "ทุ่งกระตาดพัฒนา",
            "ทุ่งกระเต็น",
            "ท่าโพธิ์ชัย",
            "โคกสูง",
            "บุกระสัง",
        ),
    ),
    "ละหานทราย": (
        "Lahan Sai",
        (
            "ละหานทราย",
            "ตาจง",
            "สำโรงใหม่",
            "หนองแวง",
            "หนองตะครอง",
            "โคกว่าน",
        ),
    ),
    "ประโคนชัย": (
        "Prakhon Chai",
        (
            "ประโคนชัย",
            "แสลงโทน",
            "บ้านไทร",
            "ละเวี้ย",
            "จรเข้มาก",
            "ปังกู",
            "โคกย่าง",
            "โคกม้า",
            "ไพศาล",
            "ตะโกตาพิ",
            "เขาคอก",
            "หนองบอน",
            "โคกมะขาม",
            "โคกตูม",
            "ประทัดบุ",
            "สี่เหลี่ยม",
        ),
    ),
    "บ้านกรวด": (
        "Ban Kruat",
        (
            "บ้านกรวด",
            "โนนเจริญ",
            "หนองไม้งาม",
            "ปราสาท",
            "สายตะกู",
            "หินลาด",
            "บึงเจริญ",
            "จันทบเพชร",
            "เขาดินเหนือ",
        ),
    ),
    "พุทไธสง": (
        "Phutthaisong",
        (
            "พุทไธสง",
            "มะเฟือง",
            "บ้านจาน",
            "บ้านเป้า",
            "บ้านแวง",
            "บ้านยาง",
            "หายโศก",
        ),
    ),
    "ลำปลายมาศ": (
        "Lam Plai Mat",
        (
            "ลำปลายมาศ",
            "หนองคู",
            "แสลงพัน",
            "ทะเมนชัย",
            "ตลาดโพธิ์",
            "หนองกะทิง",
            "โคกกลาง",
            "โคกสะอาด",
            "เมืองแฝก",
            "บ้านยาง",
            "ผไทรินทร์",
            "โคกล่าม",
            "หินโคน",
            "หนองบัวโคก",
            "บุโพธิ์",
            "หนองโดน",
        ),
    ),
    "สตึก": (
        "Satuek",
        (
            "สตึก",
            "นิคม",
            "ทุ่งวัง",
            "เมืองแก",
            "หนองใหญ่",
            "ร่อนทอง",
            "ดอนมนต์",
            "ชุมแสง",
            "ท่าม่วง",
            "สะแก",
            "สนามชัย",
            "กระสัง",
        ),
    ),
    "ปะคำ": ("Pakham", ("ปะคำ", "ไทยเจริญ", "หนองบัว", "โคกมะม่วง", "หูทำนบ")),
    "นาโพธิ์": ("Na Pho", ("นาโพธิ์", "บ้านคู", "บ้านดู่", "ดอนกอก", "ศรีสว่าง")),
    "หนองหงส์": (
        "Nong Hong",
        (
            "สระแก้ว",
            "ห้วยหิน",
            "ไทยสามัคคี",
            "หนองชัยศรี",
            "เสาเดียว",
            "เมืองฝ้าย",
            "สระทอง",
        ),
    ),
    "พลับพลาชัย": ("Phlapphla Chai", ("จันดุม", "โคกขมิ้น", "ป่าชัน", "สะเดา", "สำโรง")),
    "ห้วยราช": (
        "Huai Rat",
        (
            "ห้วยราช",
            "สามแวง",
            "ตาเสา",
            "บ้านตะโก",
            "สนวน",
            "โคกเหล็ก",
            "เมืองโพธิ์",
            "ห้วยราชา",
        ),
    ),
    "โนนสุวรรณ": ("Non Suwan", ("โนนสุวรรณ", "ทุ่งจังหัน", "โกรกแก้ว", "ดงอีจาน")),
    "ชำนิ": ("Chamni", ("ชำนิ", "หนองปล่อง", "เมืองยาง", "ช่อผกา", "ละลวด", "โคกสนวน")),
    "บ้านใหม่ไชยพจน์": (
        "Ban Mai Chaiyaphot",
        (
            "หนองแวง",
            "ทองหลาง",
            "แดงใหญ่",
            "กู่สวนแตง",
            "หนองเยือง",
        ),
    ),
    "โนนดินแดง": ("Non Din Daeng", ("โนนดินแดง", "ส้มป่อย", "ลำนางรอง")),
    "บ้านด่าน": ("Ban Dan", ("บ้านด่าน", "ปราสาท", "วังเหนือ", "โนนขวาง")),
    "แคนดง": ("Khaen Dong", ("แคนดง", "ดงพลอง", "สระบัว", "หัวฝาย")),
    "เฉลิมพระเกียรติ": (
        "Chaloem Phra Kiat",
        (
            "เจริญสุข",
            "ตาเป๊ก",
            "อีสานเขต",
            "ถาวร",
            "ยายแย้มวัฒนา",
        ),
    ),
}

#: Thai district name -> tuple of its sub-district (ตำบล) names, read-only.
SUBDISTRICTS_BY_DISTRICT = MappingProxyType({k: v[1] for k, v in _DATA.items()})
#: Thai district name -> official English (RTGS) name, read-only.
ENGLISH_NAMES = MappingProxyType({k: v[0] for k, v in _DATA.items()})

# Other spellings people use (besides the Thai and English names above).
_ALIASES: dict[str, tuple[str, ...]] = {
    "เมืองบุรีรัมย์": (
        "เมือง",
        "Mueang",
        "Muang",
        "Mueang Buriram",
        "Muang Buriram",
        "Muang Buri Ram",
        "Mueang Burirum",
    ),
    "คูเมือง": ("Khu Muang", "Ku Mueang", "Kumueang"),
    "หนองกี่": ("Nong Kee",),
    "ประโคนชัย": ("Prakhonchai", "Prakon Chai"),
    "บ้านกรวด": ("Ban Kruad", "Ban Kraut"),
    "พุทไธสง": ("Phuttaisong", "Phutthai Song", "Puttaisong"),
    "ลำปลายมาศ": ("Lam Plai Mas", "Lamplaimart"),
    "สตึก": ("Satuk", "Sateuk", "Satuek"),
    "ปะคำ": ("Pa Kham", "Prakham"),
    "พลับพลาชัย": ("Phlapphlachai", "Plapphla Chai", "Plabpla Chai"),
    "ห้วยราช": ("Huay Rat", "Huai Raj", "Huay Raj"),
    "บ้านใหม่ไชยพจน์": ("Ban Mai Chaiyapot", "Ban Mai Chaiyaphoj", "Ban Mai Chaiyapoj"),
    "โนนดินแดง": ("Non Dindaeng",),
    "แคนดง": ("Kaen Dong", "Khandong"),
    "เฉลิมพระเกียรติ": (
        "Chalerm Phra Kiat",
        "Chaloem Prakiat",
        "Chalermprakiat",
        "Chaloem Phrakiat",
        "Chalerm Prakiat",
    ),
}

_SUGGESTION_CUTOFF = 0.6
_MAX_SUGGESTIONS = 3
_THAI_CHARS = re.compile(r"[\u0E00-\u0E7F]")
_UNKNOWN_WORDS = frozenset(
    {
        "ไม่ทราบ",
        "ไม่รู้",
        "ไม่รู้จัก",
        "ไม่แน่ใจ",
        "จำไม่ได้",
        "ข้าม",
        "ไม่ทราบตำบล",
        "ไม่รู้ตำบล",
        "dontknow",
        "donotknow",
        "idontknow",
        "idk",
        "skip",
        "unknown",
        "notsure",
    }
)
_POLITE = re.compile(r"(?:ครับ|คับ|ค่ะ|คะ|ค่า|จ้า|จ้ะ|นะ)+$")


@dataclass(frozen=True)
class DistrictMatch:
    """Result of :func:`match_district`: the district, or suggestions when unsure."""

    district: str | None
    suggestions: tuple[str, ...] = ()


@dataclass(frozen=True)
class SubdistrictMatch:
    """Result of :func:`match_subdistrict`."""

    subdistrict: str | None
    unknown: bool = False
    suggestions: tuple[str, ...] = ()


def _clean(text: str) -> str:
    """NFC, fix decomposed sara am, drop zero-width chars, lower-case, collapse spaces."""
    text = unicodedata.normalize("NFC", text or "")
    text = text.replace("\u0e4d\u0e32", "\u0e33")  # นิคหิต + สระอา -> สระอำ
    text = re.sub(r"[\u200b\u200c\u200d\u2060\ufeff]", "", text)
    text = text.replace("\u2019", "'").replace("\u2018", "'")
    return re.sub(r"\s+", " ", text).strip().lower()


def _key(text: str) -> str:
    """Comparison key: no spaces or punctuation."""
    return re.sub(r"[\s.\-,'’()/]", "", text.lower())


def _build_district_keys() -> dict[str, str]:
    keys: dict[str, str] = {}
    for thai, (english, _tambons) in _DATA.items():
        for name in (thai, english, *_ALIASES.get(thai, ())):
            keys.setdefault(_key(name), thai)
    return keys


_DISTRICT_KEYS = _build_district_keys()
_SUBDISTRICT_KEYS = {
    d: {_key(t): t for t in tambons} for d, tambons in SUBDISTRICTS_BY_DISTRICT.items()
}

_DISTRICT_PREFIX = re.compile(
    r"^(?:อำเภอ|อ\s*\.|อ\s+|เขต|amphoe|amphur|amphoe|district\s+of|district)\s*"
)
_DISTRICT_SUFFIX = re.compile(
    r"(?:[\s,]*(?:จังหวัด|จ\s*\.)\s*บุรีรัมย์|[\s,]+บุรีรัมย์|[\s,]+(?:buri\s*ram|buriram)"
    r"(?:\s+province)?|\s+district|\s+amphoe)$"
)
_SUBDISTRICT_PREFIX = re.compile(r"^(?:ตำบล|ต\s*\.|ต\s+|tambon|sub[\s-]?district(?:\s+of)?)\s*")
_SUBDISTRICT_SUFFIX = re.compile(r"\s+(?:sub[\s-]?district|tambon)$")


def _strip_affixes(text: str, prefix: re.Pattern[str], suffix: re.Pattern[str]) -> str:
    for _ in range(3):
        new = prefix.sub("", text, count=1).strip()
        new = suffix.sub("", new).strip() or new
        if new == text:
            break
        text = new
    return text


def _suggest(key: str, table: dict[str, str], order: list[str]) -> tuple[str, ...]:
    """Rank the canonical names in ``table`` by their best alias similarity to ``key``."""
    if not key:
        return ()
    best: dict[str, float] = {}
    for alias_key, name in table.items():
        score = difflib.SequenceMatcher(None, key, alias_key).ratio()
        if score > best.get(name, 0.0):
            best[name] = score
    ranked = sorted(
        (name for name, score in best.items() if score >= _SUGGESTION_CUTOFF),
        key=lambda n: (-best[n], order.index(n)),
    )
    return tuple(ranked[:_MAX_SUGGESTIONS])


def _lookup(key: str, table: dict[str, str]) -> str | None:
    if key in table:
        return table[key]
    stripped = _POLITE.sub("", key)
    if stripped and stripped in table:
        return table[stripped]
    return None


def districts() -> list[str]:
    """All 23 Buriram district names in Thai, in official code order."""
    return list(_DATA)


def _resolve_district(district: str) -> str:
    found = _lookup(
        _key(_strip_affixes(_clean(district), _DISTRICT_PREFIX, _DISTRICT_SUFFIX)), _DISTRICT_KEYS
    )
    if found is None:
        raise KeyError(district)
    return found


def subdistricts(district: str) -> list[str]:
    """Sub-district (ตำบล) names of a district (Thai or English name); KeyError if unknown."""
    return list(SUBDISTRICTS_BY_DISTRICT[_resolve_district(district)])


def english_name(district: str) -> str:
    """Official English name of a district, e.g. "นางรอง" -> "Nang Rong"; KeyError if unknown."""
    return ENGLISH_NAMES[_resolve_district(district)]


def match_district(text: str) -> DistrictMatch:
    """Match typed text (Thai or English, with or without "อำเภอ"/"อ."/"district") to a
    district. Exact -> ``district`` set; a near miss -> up to 3 Thai ``suggestions``."""
    cleaned = _strip_affixes(_clean(text), _DISTRICT_PREFIX, _DISTRICT_SUFFIX)
    key = _key(cleaned)
    if not key:
        return DistrictMatch(None, ())
    found = _lookup(key, _DISTRICT_KEYS)
    if found is not None:
        return DistrictMatch(found, ())
    return DistrictMatch(None, _suggest(_POLITE.sub("", key) or key, _DISTRICT_KEYS, list(_DATA)))


def is_unknown_answer(text: str) -> bool:
    """True when the user says they don't know ("ไม่ทราบ", "ไม่รู้", "don't know", "skip")."""
    key = _key(_clean(text))
    return key in _UNKNOWN_WORDS or _POLITE.sub("", key) in _UNKNOWN_WORDS


def match_subdistrict(district: str, text: str) -> SubdistrictMatch:
    """Match typed text to a sub-district (ตำบล) of ``district``; "ไม่ทราบ"/"skip" -> unknown.
    Raises KeyError when ``district`` itself is not a Buriram district."""
    thai_district = _resolve_district(district)
    if is_unknown_answer(text):
        return SubdistrictMatch(None, True, ())
    cleaned = _strip_affixes(_clean(text), _SUBDISTRICT_PREFIX, _SUBDISTRICT_SUFFIX)
    key = _key(cleaned)
    if not key:
        return SubdistrictMatch(None, False, ())
    table = _SUBDISTRICT_KEYS[thai_district]
    found = _lookup(key, table)
    if found is not None:
        return SubdistrictMatch(found, False, ())
    order = list(SUBDISTRICTS_BY_DISTRICT[thai_district])
    return SubdistrictMatch(None, False, _suggest(_POLITE.sub("", key) or key, table, order))


# --- addresses from LINE location messages ---------------------------------------------

_THAI_DISTRICT_NAMES = sorted(_DATA, key=len, reverse=True)
_THAI_AMPHOE = re.compile(r"(?:อำเภอ|อ\s*\.)\s*")
_THAI_PROVINCE = re.compile(r"(?:จังหวัด|จ\s*\.)\s*")
_POSTCODE = re.compile(r"(?<!\d)\d{5}(?!\d)")
_ENGLISH_DISTRICT = re.compile(r"^(?:amphoe|amphur)\s+(.+)$|^(.+?)\s+district$")
_THAI_DIGITS = str.maketrans("๐๑๒๓๔๕๖๗๘๙", "0123456789")


def _thai_district_at(rest: str) -> str | None:
    """District name that ``rest`` starts with (spaces inside the name tolerated)."""
    compact = re.sub(r"\s+", "", rest)
    for name in _THAI_DISTRICT_NAMES:
        if compact.startswith(name):
            return name
    # "อำเภอเมือง" alone (followed by a space, comma or the end) means the capital district.
    if re.match(r"เมือง(?:$|[\s,]|จังหวัด|จ\s*\.)", rest):
        return "เมืองบุรีรัมย์"
    return None


def district_from_address(address: str) -> str | None:
    """Buriram district (Thai name) named in a LINE location address, Thai or English;
    None when no Buriram district is named or the address is in another province."""
    text = _clean(address).translate(_THAI_DIGITS)
    if not text:
        return None
    postcodes = _POSTCODE.findall(text)
    if postcodes and not any(p.startswith("31") for p in postcodes):
        return None
    for m in _THAI_PROVINCE.finditer(text):
        if not re.sub(r"\s+", "", text[m.end() :]).startswith("บุรีรัมย์"):
            return None
    for m in _THAI_AMPHOE.finditer(text):
        found = _thai_district_at(text[m.end() :])
        if found:
            return found
    parts = [p.strip() for p in re.split(r"[,\n]", text) if p.strip()]
    for part in parts:
        m = _ENGLISH_DISTRICT.match(part)
        if m:
            found = _DISTRICT_KEYS.get(_key(m.group(1) or m.group(2)))
            if found:
                return found
    # No "อำเภอ"/"District" marker: a part or word that is exactly a district name.
    for part in parts:
        found = _DISTRICT_KEYS.get(_key(part))
        if found and _key(part) not in {"เมือง", "mueang", "muang"}:
            return found
    words = [w.strip(",") for w in text.split()]
    for i, word in enumerate(words):
        after_tambon = i > 0 and words[i - 1] in {"ต.", "ต", "ตำบล"}
        if _THAI_CHARS.search(word) and word in _DATA and not after_tambon:
            return word
    return None
