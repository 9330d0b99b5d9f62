"""A province's districts (อำเภอ) and sub-districts (ตำบล), and forgiving matching of
what villagers type or share from LINE.

The data comes from the `geothai` package (DOPA codes, CC BY 4.0 data); this module
keeps only the matching: spelling variants, fuzzy suggestions (`rapidfuzz`), and reading
LINE location addresses. The province is a setting (`BOT_PROVINCE`), passed in as a
DOPA code; `for_province("31")` is Buriram.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, lru_cache

import geothai
from rapidfuzz import fuzz, process

from handlers.thai.normalise import clean, is_dont_know, strip_particles

_SUGGESTION_CUTOFF = 60
_CONFIDENT = 85  # one suggestion this close, and no other near it: take it, and say so
_MAX_SUGGESTIONS = 3
#: … or one this far ahead of the next (Latin names share many letters: "nangrong" and
#: "nonghong" score 71 against each other's typos).
_CLEAR_LEAD = 12
_THAI_CHARS = re.compile(r"[\u0E00-\u0E7F]")
_SKIP_WORDS = frozenset({"ข้าม", "skip", "ไม่ทราบตำบล", "ไม่รู้ตำบล"})
_MUEANG = ("เมือง", "mueang", "muang")

# Spellings people use beyond the official Thai and English names, by DOPA district code.
_ALIASES: dict[str, tuple[str, ...]] = {
    "3101": ("Mueang Buriram", "Muang Buriram", "Muang Buri Ram", "Mueang Burirum"),
    "3102": ("Khu Muang", "Ku Mueang", "Kumueang"),
    "3105": ("Nong Kee",),
    "3107": ("Prakhonchai", "Prakon Chai"),
    "3108": ("Ban Kruad", "Ban Kraut"),
    "3109": ("Phuttaisong", "Phutthai Song", "Puttaisong"),
    "3110": ("Lam Plai Mas", "Lamplaimart"),
    "3111": ("Satuk", "Sateuk", "Satuek"),
    "3112": ("Pa Kham", "Prakham"),
    "3115": ("Phlapphlachai", "Plapphla Chai", "Plabpla Chai"),
    "3116": ("Huay Rat", "Huai Raj", "Huay Raj"),
    "3119": ("Ban Mai Chaiyapot", "Ban Mai Chaiyaphoj", "Ban Mai Chaiyapoj"),
    "3120": ("Non Dindaeng",),
    "3122": ("Kaen Dong", "Khandong"),
    "3123": ("Chalerm Phra Kiat", "Chaloem Prakiat", "Chalermprakiat", "Chalerm Prakiat"),
}


@dataclass(frozen=True)
class DistrictMatch:
    """What a typed district answer meant: the district, or suggestions when unsure.

    `confident` says the first suggestion is almost surely meant (one letter off);
    `province_named` that the person gave this province's name instead of a district;
    `other_province` the name of another province they gave.
    """

    district: str | None
    suggestions: tuple[str, ...] = ()
    confident: bool = False
    province_named: bool = False
    other_province: str | None = None


@dataclass(frozen=True)
class SubdistrictMatch:
    """What a typed sub-district answer meant."""

    subdistrict: str | None
    unknown: bool = False
    suggestions: tuple[str, ...] = ()
    confident: bool = False  # the first suggestion is a letter off, no other near: "บ้านไทน"


_NOT_KEYED = re.compile(r"[\s.\-,'’()/]")


def _key(text: str) -> str:
    """Comparison key: no spaces or punctuation."""
    return _NOT_KEYED.sub("", text.lower())


# How a Thai place name sounds, so that the ways it is misspelled as said meet its spelling:
# a letter under the silencer unsaid ("ดอนมน"), ทร said ซ ("ละหานซาย"), a cluster's ร/ล
# dropped ("ลำปายมาศ", "ปะโคนชัย"), ร said ฮ or ล in
# Isan ("นางฮอง"), ญ as ย, a final consonant written by its sound ("ลำดวล", "ลำปลายมาด"),
# สะ for ส ("สะตึก"), ไ for ัย and ใ ("ประโคนไช"), รร as ัน and ธ as ท, and no tone marks.
_SOUND_STEPS = (
    (re.compile(r"[\u0e01-\u0e2e][\u0e34\u0e38]?\u0e4c"), ""),  # a silenced letter ("ดอนมนต์")
    (re.compile(r"([\u0e01-\u0e2e])\u0e31ย(?![\u0e30-\u0e39])"), r"ไ\1"),
    (re.compile(r"ใ"), "ไ"),
    (re.compile(r"ทร"), "ซ"),
    (re.compile(r"รร[ณน]?(?=$|[\u0e01-\u0e2e])"), "ัน"),  # รร said "an" ("โนนสุวัน")
    (re.compile(r"[ธฑฒ](?!$)"), "ท"),  # aspirates alike inside a name ("พุทไทสง")
    (re.compile(r"([กขคปพตบ])[รล](?=[\u0e01-\u0e2e\u0e30-\u0e39])"), r"\1"),
    (re.compile(r"[\u0e48-\u0e4c\u0e30]"), ""),
    (re.compile(r"[รฮฬ]"), "ล"),
    (re.compile(r"ญ"), "ย"),
    (re.compile(r"[ศษซ]"), "ส"),
    (re.compile(r"[ลณ]$"), "น"),
    (re.compile(r"[ตทธฎฏฐฑฒถสจชซ]$"), "ด"),
    (re.compile(r"[ปพฟภ]$"), "บ"),
    (re.compile(r"[ขคฆ]$"), "ก"),
)
#: Thai particles run on to a place name ("สตึกเด้อจ้า", "ละหานทรายจ้า"): taken off a place
#: answer that is no place with them.
#: (Northern Khmer's polite "บาด", like ครับ, too: "บ้านกรวดบาด".)
_GLUED_PARTICLES = re.compile(r"(?:เด้อ|เด้|จ้า|จ้ะ|ค่ะ|คะ|ค่า|ครับ|คับ|นะ|น้า|เนาะ|ฮะ|บาด)+$")


#: A name said as the wrong one ("ไม่ใช่ปราสาท"): no part of such a text names the place.
_NOT_THIS = re.compile(r"ไม่ใช่|บ่แม่น|บ่ใช่|\bnot\b", re.I)


# Every place answer compares against each place name's key: ten pattern passes per name.
@lru_cache(maxsize=8192)
def sound_key(text: str) -> str:
    """The comparison key of a Thai place name as it sounds ("นางฮอง" and "นางรอง" meet)."""
    key = _key(text)
    for pattern, by in _SOUND_STEPS:
        key = pattern.sub(by, key)
    return key


#: The sound steps that hold inside running text (not those about a name's last letter).
_RUNNING_STEPS = tuple((p, by) for p, by in _SOUND_STEPS if not p.pattern.endswith("$"))


@lru_cache(maxsize=4096)
def running_sound(text: str) -> str:
    """`sound_key` for a name inside running text: no tone marks, ร/ฮ/ล alike, clusters
    said without their ร/ล, but no rule about the last letter ("เกิดที่นางร้อง" holds
    นางรอง's)."""
    key = _key(text)
    for pattern, by in _RUNNING_STEPS:
        key = pattern.sub(by, key)
    return key


def heard_as(text: str, names: list[str]) -> str | None:
    """The one of `names` (Thai place names) that `text` is as said ("ลำดวล" → ลำดวน,
    "ปะเคียป" → ปะเคียบ), particles run on to it forgiven; None when none or several."""
    return _by_sound(_key(strip_particles(text)), {_key(n): n for n in names})


def _unglued(key: str) -> str:
    """The key without Thai particles run on to its end."""
    return _GLUED_PARTICLES.sub("", key) or key


def _by_sound(key: str, table: dict[str, str]) -> str | None:
    """The one name of `table` (comparison key → name) that `key` sounds like, with or
    without particles run on to it; None when none or several do."""
    sounds: dict[str, set[str]] = {}
    for spelled, name in table.items():
        if _THAI_CHARS.search(spelled):
            sounds.setdefault(sound_key(spelled), set()).add(name)
    for candidate in dict.fromkeys((key, _unglued(key))):
        names = sounds.get(sound_key(candidate), set())
        if len(names) == 1:
            return next(iter(names))
    return None


def is_province_code(code: str) -> bool:
    """True when `code` is a DOPA province code that geothai knows ("31" Buriram)."""
    return geothai.province(code) is not None


@cache
def for_province(code: str) -> Geography:
    """The geography of one province, built once per process."""
    return Geography(code)


@cache
def _province_names() -> dict[str, str]:
    """Compact Thai and English province names → Thai name, for "that is another province"."""
    names: dict[str, str] = {}
    for province in geothai.provinces():
        for name in (province.name_th, province.name_en):
            names[_key(name)] = province.name_th
    names["กรุงเทพ"] = names["กทม"] = "กรุงเทพมหานคร"
    return names


#: How people name a province other than geothai's spelling: a short name ("โคราช", "Korat",
#: "Ubon") or their own romanisation ("Sisaket", "Srisaket"; geothai's is "Si Sa Ket"). The one
#: home of them; spaces inside a Latin name are optional where it is read.
PROVINCE_SAID_AS = {
    "โคราช": "นครราชสีมา",
    "อุบล": "อุบลราชธานี",
    "อุดร": "อุดรธานี",
    "Korat": "นครราชสีมา",
    "Khorat": "นครราชสีมา",
    "Ubon": "อุบลราชธานี",
    "Udon": "อุดรธานี",
    "Sisaket": "ศรีสะเกษ",
    "Srisaket": "ศรีสะเกษ",
    "Si Saket": "ศรีสะเกษ",
    "Sri Saket": "ศรีสะเกษ",
    "Surin": "สุรินทร์",
    "Buriram": "บุรีรัมย์",
    "Khon Kaen": "ขอนแก่น",
    "Roi Et": "ร้อยเอ็ด",
    "Chaiyaphum": "ชัยภูมิ",
    "Maha Sarakham": "มหาสารคาม",
    "Sarakham": "มหาสารคาม",
    "Yasothon": "ยโสธร",
    "Bangkok": "กรุงเทพมหานคร",
}


#: Words a province's name follows when it is said as the province: "อ.เมืองขอนแก่น",
#: "จ.สุรินทร์", "จังหวัดศรีสะเกษ"; in Latin "Mueang Khon Kaen", "of Sisaket", "in Udon Thani".
_AS_PROVINCE_TH = r"(?:(?<!ตัว)เมือง|จ\s*\.|จังหวัด)\s*"
_AS_PROVINCE_LATIN = r"\b(?:mueang|muang|meuang|of|in|[cj]h?[au]ngwa[td]|[cj]h?angwad)\s+"


@cache
def _other_provinces(code: str) -> tuple[re.Pattern[str], re.Pattern[str], dict[str, str]]:
    """Patterns of every province but `code`, said as a province in Thai and in Latin."""
    others = [p for p in geothai.provinces() if p.code != code]
    other_th = {p.name_th for p in others}
    said_as = {n: th for n, th in PROVINCE_SAID_AS.items() if th in other_th}
    thai_names = other_th | {n for n in said_as if _THAI_CHARS.search(n)}
    thai = sorted(thai_names | ({"กรุงเทพ"} if code != "10" else set()), key=len)
    thai_at = re.compile(_AS_PROVINCE_TH + "(" + "|".join(reversed(thai)) + ")")
    latin: dict[str, str] = {}
    for p in others:
        latin[_key(p.name_en)] = p.name_th
    latin_names = [p.name_en for p in others]
    for name, th in said_as.items():
        if not _THAI_CHARS.search(name):
            latin[_key(name)] = th
            latin_names.append(name)
    spelt = sorted(
        {r"\s*".join(re.escape(part) for part in n.lower().split()) for n in latin_names},
        key=len,
        reverse=True,
    )
    names = "(" + "|".join(spelt) + ")"
    latin_at = re.compile(_AS_PROVINCE_LATIN + names + r"\b|\b" + names + r"\s+province", re.I)
    return thai_at, latin_at, latin


def other_province_said(text: str, code: str) -> str | None:
    """The Thai name of a province other than `code` said in `text` as a province
    ("อ.เมืองศรีสะเกษ", "อ.เมือง จ.สุรินทร์", "Amphoe Mueang Udon Thani", "Sisaket province"),
    or None. A bare word that is also a province's name ("เลย", "ตัวเมืองเลย") is no province
    said, nor is any when this province is named too."""
    thai_at, latin_at, latin = _other_provinces(code)
    own = geothai.province(code)
    if own and _said_own(text, own):
        return None  # "เมืองบุรีรัมย์ค่ะ ในตัวเมืองเลย": this province is the one said
    found = thai_at.search(text)
    if found:
        name = found.group(1)
        return "กรุงเทพมหานคร" if name == "กรุงเทพ" else PROVINCE_SAID_AS.get(name, name)
    found = latin_at.search(text)
    if found:
        return latin.get(_key(found.group(1) or found.group(2) or ""))
    found = _district_then_province(code).search(text)
    if found:
        return next(name for name in found.groups() if name)
    found = _latin_district_then_province(code).search(text)
    return latin.get(_key(found.group(1))) if found else None


def province_name_en(name_th: str) -> str:
    """A province's English name (geothai's, "Si Sa Ket") from its Thai name; the Thai name
    when no province has it."""
    found = next((p for p in geothai.provinces() if p.name_th == name_th), None)
    return found.name_en if found else name_th


def outside_names(province: str | None, geography: Geography) -> dict | None:
    """The names the committee's badge for a ticket outside the province served shows (Thai
    and English: the province served, the other one), kept as a card's data is (JSON); None
    for a ticket of this province."""
    if not province:
        return None
    return {
        "home": [geography.name, geography.name_en],
        "province": [province, province_name_en(province)],
    }


@cache
def _districts_elsewhere(code: str) -> dict[str, frozenset[str]]:
    """Each district name of the provinces other than `code` → the provinces that have it."""
    found: dict[str, set[str]] = {}
    for province in geothai.provinces():
        if province.code != code:
            for district in geothai.districts(province.code):
                found.setdefault(district.name_th, set()).add(province.name_th)
    return {name: frozenset(provinces) for name, provinces in found.items()}


def province_of_district_elsewhere(name: str, code: str) -> str | None:
    """The one other province with a district named `name` ("ปราสาท" → สุรินทร์, "กันทรลักษ์"
    → ศรีสะเกษ), when this province has no district of that name; None when none or several
    provinces have it (which is meant cannot be told)."""
    if any(d.name_th == name for d in geothai.districts(code)):
        return None
    provinces = _districts_elsewhere(code).get(name, frozenset())
    return next(iter(provinces)) if len(provinces) == 1 else None


@cache
def _district_then_province(code: str) -> re.Pattern[str]:
    """Another province's district followed by that province's bare name ("ปราสาท สุรินทร์",
    "อำเภอศีขรภูมิ สุรินทร์"): the province said, with no จ./จังหวัด."""
    alternatives = []
    for p in geothai.provinces():
        if p.code == code:
            continue
        districts = sorted((d.name_th for d in geothai.districts(p.code)), key=len, reverse=True)
        alternatives.append(rf"(?:{'|'.join(map(re.escape, districts))})\s*,?\s*({p.name_th})")
    return re.compile("|".join(alternatives))


@cache
def _latin_district_then_province(code: str) -> re.Pattern[str]:
    """The same typed in Latin letters ("Kantharalak, Sisaket", "Prasat Surin"): any other
    province's district by its English name (of `LATIN_ELSEWHERE_LETTERS` or more), then a
    province's Latin name."""
    others = [p for p in geothai.provinces() if p.code != code]
    districts = {d.name_en for p in others for d in geothai.districts(p.code)}
    # "song loei" is ส่งเลย (send it), not อ.สอง and Loei: a short name is a common word
    districts = {d for d in districts if len(_key(d)) >= LATIN_ELSEWHERE_LETTERS}
    provinces = [p.name_en for p in others]
    provinces += [n for n, th in PROVINCE_SAID_AS.items() if not _THAI_CHARS.search(n)]
    own = geothai.province(code).name_en.lower()
    provinces = [n for n in provinces if n.lower() != own]

    def spelt(names) -> str:
        keyed = {r"\s*".join(re.escape(w) for w in n.lower().split()) for n in names if n}
        return "|".join(sorted(keyed, key=len, reverse=True))

    return re.compile(rf"\b(?:{spelt(districts)})\s*,?\s*({spelt(provinces)})\b", re.I)


#: Latin letters this few a district of another province may be named by only when the
#: message says it is a district ("amphoe Song"): shorter names are common words typed in
#: Latin letters ("song" is ส่ง, send; "pai" ไป, go).
LATIN_ELSEWHERE_LETTERS = 6


@cache
def latin_place_names(code: str) -> dict[str, str]:
    """Places typed in Latin letters by their comparison key (no spaces) → their Thai name:
    every province (geothai's English name and `PROVINCE_SAID_AS`), every district in the
    country, and the sub-districts of the province `code` ("nangrong" → นางรอง, "sisaket" →
    ศรีสะเกษ, "kantharalak" → กันทรลักษ์, "sawaichik" → สวายจีก)."""
    names: dict[str, str] = {}
    for district in geothai.districts(code):
        names.setdefault(_key(district.name_en), district.name_th)
        for sub in geothai.subdistricts(district.code):
            names.setdefault(_key(sub.name_en), sub.name_th)
    for province in geothai.provinces():
        names.setdefault(_key(province.name_en), province.name_th)
        for district in geothai.districts(province.code):
            names.setdefault(_key(district.name_en), district.name_th)
    for said, thai in PROVINCE_SAID_AS.items():
        if not _THAI_CHARS.search(said):
            names.setdefault(_key(said), thai)
    return names


def _said_own(text: str, own) -> bool:
    """This province is named in `text`, by geothai's names or as people say it, and not
    denied ("อยู่ปราสาท สุรินทร์ บ่แม่นบุรีรัมย์": Buriram is the one it is not)."""
    names = [own.name_th, own.name_en]
    names += [n for n, th in PROVINCE_SAID_AS.items() if th == own.name_th]
    spelt = "|".join(r"\s*".join(re.escape(w) for w in n.split()) for n in names)
    denied = rf"(?:{_NOT_THIS.pattern})\s*(?:(?:จ\s*\.|จังหวัด|in|at)\s*)?(?:{spelt})"
    text = re.sub(denied, " ", text, flags=re.I)
    key = _key(text)
    return any(n in text if _THAI_CHARS.search(n) else _key(n) in key for n in names)


@cache
def place_names_th() -> tuple[str, ...]:
    """The Thai names of every province and district ("อุดรธานี", "เมืองสุรินทร์"), longest first:
    a person's name said inside one is the place's, not the person's."""
    names = {province.name_th for province in geothai.provinces()}
    for province in geothai.provinces():
        names.update(district.name_th for district in geothai.districts(province.code))
    return tuple(sorted(names, key=len, reverse=True))


#: A word that begins this many of the country's place names or more is a word of places
#: ("Ban", "Nong", "Khok", "Huai": village, pond, knoll, stream), not a person's name.
_PLACE_HEAD = 40


@cache
def place_words_latin() -> tuple[frozenset[str], frozenset[str]]:
    """(heads, words), lower-case: the RTGS words of Thai place names (geothai's English names
    of every province, district and sub-district: "nong", "waeng", "kruat"), and those that
    begin many of them (`_PLACE_HEAD`: "ban", "nong", "khok", "huai", "nam")."""
    names = [province.name_en for province in geothai.provinces()]
    for province in geothai.provinces():
        for district in geothai.districts(province.code):
            names.append(district.name_en)
            names += [sub.name_en for sub in geothai.subdistricts(district.code)]
    words: set[str] = set()
    begun: dict[str, int] = {}
    for name in names:
        parts = name.lower().replace("-", " ").split()
        words.update(parts)
        if len(parts) > 1:
            begun[parts[0]] = begun.get(parts[0], 0) + 1
    heads = {word for word, count in begun.items() if count >= _PLACE_HEAD}
    return frozenset(heads), frozenset(words)


@cache
def _district_provinces() -> dict[str, str]:
    """Compact district names of the whole country → their province (first one found)."""
    found: dict[str, str] = {}
    for province in geothai.provinces():
        for district in geothai.districts(province.code):
            for name in (district.name_th, district.name_en):
                found.setdefault(_key(name), province.name_th)
    return found


_LATIN_DISTRICT_SAID = re.compile(r"\b(?:amphoe|amphur|amper|district)\b", re.I)


def _a_common_word(text: str, key: str) -> bool:
    """A short Latin word that is another province's district only by its letters, the
    message not saying it is a district (`LATIN_ELSEWHERE_LETTERS`)."""
    if _THAI_CHARS.search(key) or len(key) >= LATIN_ELSEWHERE_LETTERS:
        return False
    return not _LATIN_DISTRICT_SAID.search(text)


class Geography:
    """One province's districts and sub-districts, with forgiving matching."""

    def __init__(self, code: str) -> None:
        province = geothai.province(code)
        if province is None:
            raise KeyError(f"no province with DOPA code {code!r}")
        self.code = code
        self.name = province.name_th
        self.name_en = province.name_en
        rows = geothai.districts(code)
        self._districts = [d.name_th for d in rows]
        self._english = {d.name_th: d.name_en for d in rows}
        self._subdistricts = {
            d.name_th: [s.name_th for s in geothai.subdistricts(d.code)] for d in rows
        }
        self._postcodes = {
            p for d in rows for s in geothai.subdistricts(d.code) for p in s.postal_codes
        }
        self.mueang = next((d for d in self._districts if d.startswith("เมือง")), None)
        self._district_keys = self._build_district_keys(rows)
        self._subdistrict_keys = {  # Thai names, and the English ones ("nong kong")
            d.name_th: {
                _key(name): s.name_th
                for s in geothai.subdistricts(d.code)
                for name in (s.name_en, s.name_th)
            }
            for d in rows
        }
        names = {self.name, self.name_en, self.name_en.replace(" ", "")}
        alternatives = "|".join(
            r"\s*".join(re.escape(part) for part in n.lower().split()) for n in names
        )
        self._province_keys = {_key(n) for n in names}
        self._district_prefix = re.compile(
            r"^(?:อำเภอ|อ\s*\.|อ\s+|เขต|amphoe|amphur|district\s+of|district)\s*"
        )
        self._district_suffix = re.compile(
            rf"(?:[\s,]*(?:จังหวัด|จ\s*\.)\s*(?:{alternatives})|[\s,]+(?:{alternatives})"
            r"(?:\s+province)?|\s+district|\s+amphoe)$"
        )
        self._subdistrict_prefix = re.compile(
            r"^(?:ตำบล|ต\s*\.|ต\s+|tambon|sub[\s-]?district(?:\s+of)?)\s*"
        )
        self._subdistrict_suffix = re.compile(r"\s+(?:sub[\s-]?district|tambon)$")
        self._thai_names_longest = sorted(self._districts, key=len, reverse=True)

    def _build_district_keys(self, rows) -> dict[str, str]:
        keys: dict[str, str] = {}
        for row in rows:
            names = [row.name_th, row.name_en, *_ALIASES.get(row.code, ())]
            if row.name_th == self.mueang:
                names += [*_MUEANG, row.name_en.replace(" ", "")]
            for name in names:
                keys.setdefault(_key(name), row.name_th)
        return keys

    # -- the data -----------------------------------------------------------------------
    def examples(self) -> tuple[str, str]:
        """A few district names to show as examples, in Thai and in English."""
        rows = self._districts[1:4] or self._districts
        return " ".join(rows), ", ".join(self._english[d] for d in rows)

    def districts(self) -> list[str]:
        """The province's district names in Thai, in DOPA code order (a fresh list)."""
        return list(self._districts)

    def _resolve(self, district: str) -> str:
        found = self._district_keys.get(_key(self._strip_district(district)))
        if found is None:
            raise KeyError(district)
        return found

    def subdistricts(self, district: str) -> list[str]:
        """Sub-district names of a district (Thai or English name); KeyError if unknown."""
        return list(self._subdistricts[self._resolve(district)])

    def english_name(self, district: str) -> str:
        """Official English name of a district ("นางรอง" → "Nang Rong"); KeyError if unknown."""
        return self._english[self._resolve(district)]

    # -- matching -------------------------------------------------------------------------
    def _strip_district(self, text: str) -> str:
        return _strip_affixes(clean(text), self._district_prefix, self._district_suffix)

    def match_district(self, text: str) -> DistrictMatch:
        """Match typed text (Thai or English, with or without "อำเภอ"/"อ."/"district") to a
        district: exact → `district`; near misses → up to 3 Thai `suggestions`."""
        whole = _key(strip_particles(text))
        if whole in self._province_keys:
            mueang = (self.mueang,) if self.mueang else ()
            return DistrictMatch(None, mueang, province_named=True)
        key = _key(strip_particles(self._strip_district(text)))
        whole = _key(self._strip_district(text))  # "Non Kha": its last word is no particle
        key = whole if whole in self._district_keys else key
        if not key:
            return DistrictMatch(None, ())
        found = self._district_keys.get(key)
        if found is not None:
            return DistrictMatch(found, ())
        other = _province_names().get(key)
        if other and other != self.name:
            return DistrictMatch(None, (), other_province=other)
        if _unglued(key) in self._district_keys:  # "นางรองเด้อจ้า"
            return DistrictMatch(self._district_keys[_unglued(key)], ())
        heard = _by_sound(key, self._district_keys)
        if heard is not None:  # "นางฮอง", "ละหานซาย": said back as the one meant
            return DistrictMatch(None, (heard,), confident=True)
        match = self._suggest_district(key)
        elsewhere = _district_provinces().get(key)
        if elsewhere and _a_common_word(text, key):
            elsewhere = None  # "song": ส่ง typed in Latin letters, not อ.สอง of Phrae
        if not match.confident and elsewhere and elsewhere != self.name:
            return DistrictMatch(None, (), other_province=elsewhere)
        return match

    def district_named_in(self, text: str) -> str | None:
        """The one district of this province named in Latin letters among other words
        ("Nang Rong, as I just said", "it was in lam plai mat I think"), in Thai; None when
        none or several are."""
        spaced = f" {re.sub(r'[^a-z]+', ' ', text.lower())} "
        found = {
            thai
            for thai, english in self._english.items()
            if f" {re.sub(r'[^a-z]+', ' ', english.lower()).strip()} " in spaced
        }
        return found.pop() if len(found) == 1 else None

    def _suggest_district(self, key: str) -> DistrictMatch:
        ranked = _rank(key, self._district_keys, self._districts)
        if not ranked:
            return DistrictMatch(None, ())
        names = tuple(name for name, _ in ranked)
        return DistrictMatch(None, names, confident=_confident(ranked))

    def match_subdistrict(self, district: str, text: str) -> SubdistrictMatch:
        """Match typed text to a sub-district of `district`; "ไม่ทราบ"/"skip" → unknown.
        Raises KeyError when `district` is not a district of this province."""
        thai_district = self._resolve(district)
        key = self._subdistrict_key(text)
        if key is None:
            return SubdistrictMatch(None, True, ())
        if not key:
            return SubdistrictMatch(None, False, ())
        table = self._subdistrict_keys[thai_district]
        if key in table:
            return SubdistrictMatch(table[key], False, ())
        if _unglued(key) in table:  # "ลำดวนจ้า"
            return SubdistrictMatch(table[_unglued(key)], False, ())
        named = self._named_in_parts(text, table)
        if named:  # "ปราสาทบาด ตำบลปราสาท": the name said twice, once with its prefix
            return SubdistrictMatch(named, False, ())
        ranked = _rank(key, table, self._subdistricts[thai_district])
        names = tuple(name for name, _ in ranked)
        return SubdistrictMatch(None, False, names, confident=bool(ranked) and _confident(ranked))

    def _named_in_parts(self, text: str, table: dict[str, str]) -> str | None:
        """The one sub-district of `table` that the words of `text`, each read alone, name
        ("ปราสาทครับ ตำบลปราสาท", "บ้านโคก ตำบลปราสาท"); None when none or two are named."""
        parts = clean(text).split(" ")
        if len(parts) < 2 or _NOT_THIS.search(text):
            return None
        named = set()
        for part in parts:
            key = self._subdistrict_key(part)
            for candidate in (key, _unglued(key)) if key else ():
                if candidate in table:
                    named.add(table[candidate])
                    break
        return named.pop() if len(named) == 1 else None

    def _subdistrict_key(self, text: str) -> str | None:
        """The comparison key of a typed sub-district ("" for nothing); None for "ไม่ทราบ"."""
        if is_dont_know(text) or _key(strip_particles(text)) in _SKIP_WORDS:
            return None
        cleaned = _strip_affixes(clean(text), self._subdistrict_prefix, self._subdistrict_suffix)
        whole = _key(cleaned)  # "Nong Kha", "Lam Luk Ka": a name's last word, not a particle
        if any(whole in keys for keys in self._subdistrict_keys.values()):
            return whole
        return _key(strip_particles(cleaned))

    def place_at(self, text: str) -> bool:
        """Whether `text` (compact: no spaces) begins with one of the province's district or
        sub-district names in Thai."""
        return text.startswith(self._compact_names()[0])

    def place_starting(self, text: str) -> str | None:
        """The longest district or sub-district name in Thai that `text` (compact) begins
        with, else None."""
        found = [n for n in self._compact_names()[0] if text.startswith(n)]
        return max(found, key=len) if found else None

    def subdistricts_in(self, text: str, shortest: int = 3) -> list[str]:
        """The province's sub-district names (`shortest` letters or more) said anywhere in
        `text`, spaces left out ("บ้านอยู่กลันทาค่ะ" → ["กลันทา"])."""
        compact = text.replace(" ", "")
        return [n for n in self._compact_names()[1] if len(n) >= shortest and n in compact]

    def subdistrict_at(self, text: str) -> str:
        """The longest of the province's sub-district names `text` (compact) begins with
        ("ถนนหักเรียกเงิน" → "ถนนหัก"), else `text`."""
        found = [n for n in self._compact_names()[1] if text.startswith(n)]
        return max(found, key=len) if found else text

    def _compact_names(self) -> tuple[tuple[str, ...], tuple[str, ...]]:
        """Every district and sub-district name, and the sub-district names alone, without
        spaces (made once per Geography)."""
        if not hasattr(self, "_compact"):
            subdistricts = {
                n.replace(" ", "") for d in self._districts for n in self._subdistricts[d]
            }
            every = subdistricts | {d.replace(" ", "") for d in self._districts}
            self._compact = (tuple(sorted(every)), tuple(sorted(subdistricts)))
        return self._compact

    def districts_heard_in(self, text: str) -> list[str]:
        """The districts whose name `text` holds as said (`running_sound`: a slipped tone
        mark, Isan's ฮ for ร, Lao letters read as Thai ones)."""
        heard = running_sound(text)
        return [d for d in self._districts if running_sound(d) in heard]

    def latin_subdistricts(self) -> dict[str, str]:
        """Each sub-district's English name (lower case, letters only) to its Thai name."""
        if not hasattr(self, "_latin_subdistricts"):
            found: dict[str, str] = {}
            for keys in self._subdistrict_keys.values():
                for key, thai in keys.items():
                    if key.isascii():
                        found.setdefault(re.sub(r"[^a-z]", "", key), thai)
            self._latin_subdistricts = found
        return self._latin_subdistricts

    def districts_with_subdistrict(self, text: str) -> list[str]:
        """The districts with a sub-district named exactly `text`, in DOPA code order (the
        text read once, not once per district)."""
        key = self._subdistrict_key(text)
        return [d for d in self._districts if key and key in self._subdistrict_keys[d]]

    # -- addresses from LINE location messages ---------------------------------------------
    def _thai_district_at(self, rest: str) -> str | None:
        """District name that `rest` starts with (spaces inside the name tolerated)."""
        compact = re.sub(r"\s+", "", rest)
        for name in self._thai_names_longest:
            if compact.startswith(name):
                return name
        # "อำเภอเมือง" alone (then a space, comma or the end) means the capital district.
        if self.mueang and re.match(r"เมือง(?:$|[\s,]|จังหวัด|จ\s*\.)", rest):
            return self.mueang
        return None

    def district_from_address(self, address: str) -> str | None:
        """The district named in a LINE location address (Thai or English); None when no
        district of this province is named or the address is in another province."""
        text = clean(address)
        if not text:
            return None
        postcodes = _POSTCODE.findall(text)
        if postcodes and not any(p in self._postcodes for p in postcodes):
            return None
        for m in _THAI_PROVINCE.finditer(text):
            if not re.sub(r"\s+", "", text[m.end() :]).startswith(self.name):
                return None
        for m in _THAI_AMPHOE.finditer(text):
            found = self._thai_district_at(text[m.end() :])
            if found:
                return found
        parts = [p.strip() for p in re.split(r"[,\n]", text) if p.strip()]
        for part in parts:
            m = _ENGLISH_DISTRICT.match(part)
            if m:
                found = self._district_keys.get(_key(m.group(1) or m.group(2)))
                if found:
                    return found
        # No "อำเภอ"/"District" marker: a part or word that is exactly a district name.
        for part in parts:
            found = self._district_keys.get(_key(part))
            if found and _key(part) not in _MUEANG:
                return found
        words = [w.strip(",") for w in text.split()]
        for i, word in enumerate(words):
            after_tambon = i > 0 and words[i - 1] in {"ต.", "ต", "ตำบล"}
            if _THAI_CHARS.search(word) and word in self._english and not after_tambon:
                return word
        return None


_THAI_AMPHOE = re.compile(r"(?:อำเภอ|อ\s*\.)\s*")
_THAI_PROVINCE = re.compile(r"(?:จังหวัด|จ\s*\.)\s*")
_POSTCODE = re.compile(r"(?<!\d)\d{5}(?!\d)")
_ENGLISH_DISTRICT = re.compile(r"^(?:amphoe|amphur)\s+(.+)$|^(.+?)\s+district$")


def _strip_affixes(text: str, prefix: re.Pattern[str], suffix: re.Pattern[str]) -> str:
    for _ in range(3):
        new = prefix.sub("", text, count=1).strip()
        new = suffix.sub("", new).strip() or new
        if new == text:
            break
        text = new
    return text


def _confident(ranked: list[tuple[str, float]]) -> bool:
    """The first of `ranked` (non-empty) is close enough, and no other near it, to be taken
    and said back rather than offered."""
    top = ranked[0][1]
    return top >= _CONFIDENT and (
        len(ranked) == 1
        or ranked[1][1] < _CONFIDENT - 15
        or top - ranked[1][1] >= _CLEAR_LEAD  # "Nang Rongg": นางรอง 94, หนองหงส์ 71
    )


def _rank(key: str, table: dict[str, str], order: list[str]) -> list[tuple[str, float]]:
    """Canonical names of `table` ranked by their best spelling's similarity to `key`."""
    best: dict[str, float] = {}
    matches = process.extract(
        key, list(table), scorer=fuzz.ratio, score_cutoff=_SUGGESTION_CUTOFF, limit=None
    )
    for alias, score, _ in matches:
        name = table[alias]
        best[name] = max(score, best.get(name, 0.0))
    ranked = sorted(best.items(), key=lambda item: (-item[1], order.index(item[0])))
    return ranked[:_MAX_SUGGESTIONS]
