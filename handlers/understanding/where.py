"""Places and agencies inside any text: district and sub-district as DOPA codes (geothai),
agencies as clean short names ("อบตหนองกงครับ" → "อบต.หนองกง")."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, lru_cache

import geothai
from rapidfuzz import fuzz, process

from handlers.thai import agencies
from handlers.thai.agencies import latin_form
from handlers.thai.normalise import PARTICLES, strip_particles
from handlers.thai.places import for_province, heard_as, other_province_said
from handlers.understanding import romanised
from handlers.understanding.lexicon import (
    AGENCY_NAMED_BEFORE,
    AGENCY_NAMES,
    NOT_A_VILLAGE_AFTER,
    NOT_A_VILLAGE_NAME,
    SCHOOL_NAME_ENDINGS,
    SPOKEN_EMPHASIS,
    SPOT_AT,
    SPOT_ENDS,
    SPOT_HEADS,
    SPOT_HEADS_PLACED,
    SPOT_HOUSE_OF,
    SPOT_NEAR,
)

PROVINCE = agencies.DEFAULT_PROVINCE
#: How an agency kind is written short, as villagers and officials do.
SHORT = {
    "sao": "อบต.",
    "pao": "อบจ.",
    "tambon_municipality": "ทต.",
    "town_municipality": "ทม.",
    "city_municipality": "ทน.",
    "municipality": "เทศบาล",  # plain "เทศบาล": ทต., ทม. or ทน.
    "health_promoting_hospital": "รพ.สต.",
    "hospital": "รพ.",
    "primary_esa": "สพป.",
    "secondary_esa": "สพม.",
    "school": "โรงเรียน",
    "district_office": "ที่ว่าการอำเภอ",
    "police": "สภ.",
    "land_office": "สำนักงานที่ดิน",
}
#: Local governments: their officials are named with the kind ("นายก อบต.").
LOCAL = frozenset({"sao", "pao", "tambon_municipality", "town_municipality", "city_municipality"})
# Kinds whose short forms are letters that also occur inside words ("บรรจุ" holds "รร"):
# only read after a space, the start, or a word that glues to an agency ("ที่", "นายก").
_LOOSE = frozenset(
    {
        "school",
        "hospital",
        "police",
        "tambon_municipality",
        "town_municipality",
        "city_municipality",
    }
)
#: Kinds read only with their place ("สำนักงานที่ดิน" alone is kept as typed, not a kind).
_NAMED_BY_PLACE = frozenset({"district_office", "land_office"})
_GLUE = (
    "ที่",
    "ของ",
    "จาก",
    "ใน",
    "ไป",
    "นายก",
    "ปลัด",
    "ผอ.",
    "หมอ",
    "ครู",
    "ตำรวจ",
    "แจ้ง",
    "เป็น",
    "คือ",
    # the teller's own job glued to the workplace ("ผมเป็นยามโรงเรียนบ้าน…", "พยาบาลโรงพยาบาล…"):
    # in a story told first, that workplace is most often the agency it is about
    "ยาม",
    "ภารโรง",
    "แม่ครัว",
    "พยาบาล",
    "ลูกจ้าง",
    "พนักงาน",
    # a market the municipality runs ("ร้านค้าในตลาดเทศบาลเมืองสตึก"): that municipality is who
    # collects there (walk40: read as a bare "เทศบาล")
    "ตลาด",
    "ตลาดสด",
    "ตลาดนัด",
)
_KIND_AT = [(kind.code, re.compile(kind.pattern)) for kind in agencies.KINDS]
#: Any agency's kind as written ("รพ.สต.", "อบต.", "โรงเรียน"), to find one said after a word.
KIND_WORDS = "|".join(f"(?:{kind.pattern})" for kind in agencies.KINDS)
#: "คือ", "เป็น" between a place's marker and its name ("อำเภอคือคูเมือง", "ตำบลเป็นตาจง").
_NAMED_AS = r"(?:\s*(?:คือ|ก็คือ|เป็น|ต้องเป็น|ชื่อ|แม่น)\s*(?=[ก-๙]))?"
_AMPHOE = re.compile(r"(?:อำเภอ|อ\s*\.\s*|amphoe\s+)" + _NAMED_AS, re.I)
_VILLAGE = re.compile(r"(?:หมู่(?:ที่|บ้าน)?|ม\s*\.)\s*\d")
_TAMBON = re.compile(r"(?:ตำบล|ต\s*\.\s*|tambon\s+)" + _NAMED_AS, re.I)
_ENGLISH_DISTRICT = re.compile(r"((?:[a-z]+\s+){0,2}[a-z]+)\s+district", re.I)
_STOP = re.compile(
    r"(?:เรียก|เก็บ|ต้อง|มัน|ซื้อ|จ้าง|เบิก|มา|ไป|ที่|เขา|ไม่|ครับ|ค่ะ|คะ|นะ|เด้อ|จ้า|แล้ว|เมื่อ|ตอน|ได้|ให้|ว่า|โกง|ฮั้ว|ทำ|กับ|และ|อนุมัติ|เซ็น|สั่ง|อ\.|อำเภอ|จ\.|จังหวัด"
    # what was done with money, and who it was done to: "เทศบาลหักเงิน…", "โรงเรียนหนูอมเงิน…"
    r"|หัก|อมเงิน|ยักยอก|เอาเงิน|โดน|หนู|ผม|อ่ะ"
    # how it was told: "บอกนายก อบต.ปากเปล่า"
    r"|ปากเปล่า|ด้วยปาก|ด้วยวาจา|แบบ"
    # where it is, pointed at (Isan "พุ้น", "โน่น"): "อบต.ดอนมนพุ้นแหล่ว"
    r"|พุ้น|โน้น|โน่น|นู่น|ตรงนั้น|ทางนั้น)"
)


@dataclass(frozen=True)
class Found:
    """A value read from text, with how sure and the words it came from."""

    value: object
    confidence: float
    span: str


@cache
def _geo() -> tuple[
    list[tuple[str, str]], dict[str, list[tuple[str, str]]], list[tuple[str, str, str]]
]:
    """Districts (name, code), sub-districts by district, and all sub-districts, longest first."""
    districts = sorted(
        ((d.name_th, d.code) for d in geothai.districts(PROVINCE)), key=lambda r: -len(r[0])
    )
    by_district: dict[str, list[tuple[str, str]]] = {}
    everywhere: list[tuple[str, str, str]] = []
    for _, code in districts:
        subs = sorted(
            ((s.name_th, s.code) for s in geothai.subdistricts(code)), key=lambda r: -len(r[0])
        )
        by_district[code] = subs
        everywhere += [(name, sub, code) for name, sub in subs]
    everywhere.sort(key=lambda r: -len(r[0]))
    return districts, by_district, everywhere


@cache
def _latin() -> tuple[dict[str, list[tuple[str, str, str]]], dict[str, tuple[str, str]]]:
    """Sub-districts (name, code, district) and districts (name, code) by their Latin keys:
    the Thai name romanised (RTGS, as `agencies.latin_form` compares agencies) and the
    official English name, so "Nong Kong" and "Nongkong" find หนองกง."""
    subdistricts: dict[str, list[tuple[str, str, str]]] = {}
    for name, code, district_code in _geo()[2]:
        english = geothai.subdistrict(code).name_en
        for key in _keys(latin_form(name), latin_form(english)):
            subdistricts.setdefault(key, []).append((name, code, district_code))
    districts: dict[str, tuple[str, str]] = {}
    for name, code in _geo()[0]:
        for key in _keys(latin_form(name), latin_form(geothai.district(code).name_en)):
            districts.setdefault(key, (name, code))
    return subdistricts, districts


def _keys(*forms: str) -> set[str]:
    """Latin forms of a name, and each as it sounds ("tachong" and "ta jong" alike: j/ch,
    kh/k, aa/a…), prefixed so a sound never takes a spelling's place."""
    return {*forms, *(_SOUNDED + romanised.sound(form) for form in forms)}


_SOUNDED = "~"


def _found_latin(key: str, table: dict):
    """The row of `table` a Latin key names: as spelled (or with a slip), else as it sounds."""
    return table.get(_near(key, table) or "") or table.get(_SOUNDED + romanised.sound(key))


_LATIN_AMPHOE = re.compile(r"^(?:amphoe|amphur)$", re.I)
#: "Nang Rong district", and "nang rong amphoe" (Thai word order typed in Latin letters).
_LATIN_AFTER_AMPHOE = re.compile(r"^(?:district|amphoe|amphur)$", re.I)
_LATIN_WORDS = re.compile(r"[a-z]+(?:['-][a-z]+)?", re.I)
_LATIN_TAMBON = re.compile(r"^(?:tambon|t)$", re.I)
_LATIN_AFTER_TAMBON = re.compile(r"^(?:tambon|sub-?district|subdistrict|sao|tao|obt)$", re.I)
#: Words a Latin place name is at most (“Thung Kratat Phatthana”).
_LATIN_PLACE_WORDS = 3


def _latin_windows(text: str, markers: re.Pattern[str], after: re.Pattern[str]) -> list[str]:
    """Runs of Latin words right after a marker ("tambon Nong Kong") or right before one
    ("Nong Kong subdistrict"), longest first."""
    words = _LATIN_WORDS.findall(text)
    found: list[str] = []
    for i, word in enumerate(words):
        if markers.match(word) or (word.lower() == "sub" and words[i + 1 : i + 2] == ["district"]):
            start = i + (2 if word.lower() == "sub" else 1)
            found += [" ".join(words[start : start + n]) for n in range(_LATIN_PLACE_WORDS, 0, -1)]
        if after.match(word) and i:
            found += [" ".join(words[max(0, i - n) : i]) for n in range(_LATIN_PLACE_WORDS, 0, -1)]
    return [f for f in found if f]


_LATIN_IN = re.compile(r"^(?:in|at)$", re.I)
#: "เป็น"/"คือ" typed in Latin letters ("pen lamplaimat"): the place meant follows.
_LATIN_IS = re.compile(r"^(?:pen|khue|keu|kue)$", re.I)
_NOTHING_AFTER = re.compile(r"(?!)")


_ASKED_BEFORE = re.compile(r"^.*[?:]\s*")
_PLEASE = re.compile(r"\s+please$", re.I)


def _latin_said_where(text: str) -> list[str]:
    """In an answer in English, the words right after "in"/"at" ("it's in Lahan Sai, near the
    reservoir") and the clause before a landmark ("Prakhon Chai, by the old temple"): where
    the place may be named."""
    if not text.isascii():
        return []
    # "district? Prakhon Chai, …": the question echoed before the answer; "Ban Kruat please"
    first = _ASKED_BEFORE.sub("", text.split(",")[0])
    first = _PLEASE.sub("", strip_particles(first)) or first
    found = _latin_windows(first, _LATIN_IN, _NOTHING_AFTER)
    words = _LATIN_WORDS.findall(first)
    if "," in text and len(words) <= _LATIN_PLACE_WORDS:
        found.append(" ".join(words))
    return found


#: How alike (rapidfuzz ratio, 0–100) a Latin name must be to one of the province's to be
#: read as it with a typing slip ("Nong Kongg", "Nangrog"), and how far ahead of the next.
LATIN_ALIKE = 85
LATIN_LEAD = 8


def _near(key: str, table: dict) -> str | None:
    """The key of `table` that `key` is, exactly or with a slip (one clear best), or None."""
    if key in table or len(key) < 5:
        return key if key in table else None
    spelled = [k for k in table if not k.startswith(_SOUNDED)]  # a sound is no second guess
    found = process.extract(key, spelled, scorer=fuzz.ratio, limit=2)
    if not found or found[0][1] < LATIN_ALIKE:
        return None
    # two spellings of one place ("nonsuwan", "nonsuan") are no doubt between places
    if len(found) > 1 and found[0][1] - found[1][1] < LATIN_LEAD:
        if table[found[0][0]] != table[found[1][0]]:
            return None
    return found[0][0]


def _latin_subdistrict(candidates: list[str], district_code: str | None) -> tuple | None:
    """The one sub-district a Latin name means (in the district named, if any)."""
    for candidate in candidates:
        rows = _found_latin(latin_form(candidate), _latin()[0]) or []
        if district_code:
            rows = [r for r in rows if r[2] == district_code] or rows
        if len(rows) == 1:
            return rows[0]
    return None


def latin_place(place: str) -> str | None:
    """A place written in Latin letters ("Nong Kong") as the Thai name of the sub-district
    or district it is, if one of the province's."""
    key = latin_form(place)
    rows = _found_latin(key, _latin()[0]) or []
    if len({r[0] for r in rows}) == 1:
        return rows[0][0]
    found = _found_latin(key, _latin()[1])
    return found[0] if found else None


def is_place(text: str) -> bool:
    """The text begins with a district or sub-district name of the province."""
    squashed = _squash(text)
    return any(squashed.startswith(r[0]) for r in (*_geo()[0], *_geo()[2]))


def _district_code(thai_name: str | None) -> str | None:
    return next((code for name, code in _geo()[0] if name == thai_name), None)


def place_name(code: object) -> str | None:
    """A DOPA district or sub-district code ("3104", "310401") as its Thai name ("นางรอง")."""
    code = str(code or "")
    found = geothai.district(code) if len(code) == 4 else geothai.subdistrict(code)
    return found.name_th if found else None


def _squash(text: str) -> str:
    return re.sub(r"[\s.]", "", text)


def _district_at(rest: str) -> tuple[str, str] | None:
    squashed = _squash(rest)
    for name, code in _geo()[0]:
        if squashed.startswith(name):
            return name, code
    if squashed.startswith("เมือง"):
        name, code = next(r for r in _geo()[0] if r[0].startswith("เมือง"))
        return "เมือง", code
    return None


#: Where it happened, said beside where someone lives or works ("บ้านอยู่คูเมืองแต่เรื่องเกิดที่
#: สตึก", "ที่เกิดเหตุคือบ้านกรวด", "it happened in Satuek"): that place is the district.
_HAPPENED_AT = re.compile(
    r"(?:เรื่อง|เหตุ)?เกิด(?:เหตุ|เรื่อง)?(?:ขึ้น)?(?:ที่|ใน|แถว)|ที่เกิดเหตุ(?:คือ|อยู่|เป็น)?"
    r"|\bhappened\s+(?:in|at)\b",
    re.I,
)


#: "At" said before the place that is the whole answer ("อยู่ลำปลายมาดค่ะ", "แถวนางรอง").
_AT_FIRST = re.compile(r"^\s*(?:อยู่|แถว|ที่)\s*(?=[ก-๙]{4})")


#: "But my home is at …" said in answer to where it happened: the place after it is the
#: teller's home, set against the scene (in Thai, or Latin letters read as the Thai they spell).
_HOME_INSTEAD = re.compile(
    r"^\s*(?:แต่|ส่วน)\s*(?:ที่)?บ้าน(?:ของ)?\s*(?:ผม|ฉัน|หนู|ดิฉัน|เรา|ข้อย|กู|พี่|ป้า|ลุง|ยาย|ตา)?"
    r"\s*(?:อยู่|ตั้งอยู่)"
)


def home_said_instead(text: str) -> bool:
    """The text says only where the teller lives, against where it happened ("แต่บ้านผมอยู่
    ตำบลสวายจีก", "tae ban pom yoo tambon Sawai Chik"), not where it happened too."""
    thai = text if romanised.has_thai(text) else romanised.in_thai(text) or ""
    return bool(_HOME_INSTEAD.search(thai)) and not _HAPPENED_AT.search(thai)


def district(text: str, whole: bool) -> Found | None:
    """The district named in the text ("อ.นางรอง", "นางรอง", "Nang Rong district"); where it
    happened when another place is said beside it."""
    if home_said_instead(text):
        return None
    happened = _HAPPENED_AT.search(text)
    found = None
    if happened and happened.start() > 0:
        found = _district_named(text[happened.end() :], whole=False)
    found = found or _district_named(text, whole)
    spelled = None if found or whole or romanised.has_thai(text) else romanised.in_thai(text)
    if spelled:  # "tamruat sathanee Nang Rong reak ngern": ตำรวจสถานี นางรอง เรียกเงิน
        found = _district_named(spelled, whole=False)
        found = Found(found.value, found.confidence, text) if found else None
    if found and another_provinces_mueang(text, found):
        return None  # "อ.เมืองศรีสะเกษ", "Mueang Udon Thani": no district of this province
    return found


def another_province(text: str) -> str | None:
    """Another province said as one ("it's in Surin", "อยู่ จ.ศรีสะเกษ"), this one not (or
    denied: "not Buri Ram"): its Thai name."""
    return other_province_said(text, PROVINCE)


def another_provinces_mueang(text: str, found: Found | None) -> bool:
    """The province's capital district read from "เมือง"/"Mueang" said with another province
    ("อ.เมือง จ.สุรินทร์", "Amphoe Mueang Khon Kaen"): it is that province's, not ours."""
    mueang = next((code for name, code in _geo()[0] if name.startswith("เมือง")), None)
    said = found is not None and found.value == mueang
    return said and other_province_said(text, PROVINCE) is not None


def _district_named(text: str, whole: bool) -> Found | None:
    for marker in _AMPHOE.finditer(text):
        found = _district_at(text[marker.end() :])
        if found:
            return Found(found[1], 0.95, marker.group(0) + found[0])
        word = text[marker.end() :].split(" ")[0]
        heard = heard_as(word, [r[0] for r in _geo()[0]]) if len(word) >= 3 else None
        if heard:  # "อ.ละหานซาย", "อำเภอนางฮอง": the one district it sounds like
            return Found(_district_code(heard), 0.8, marker.group(0) + word)
    english = _ENGLISH_DISTRICT.search(text)
    if english:
        words = english.group(1).split()
        for size in (3, 2, 1):  # "the mayor of Nang Rong district": the last words name it
            name = " ".join(words[-size:])
            code = _district_code(for_province(PROVINCE).match_district(name).district)
            if len(words) >= size and code:
                return Found(code, 0.9, f"{name} district")
    for words in _latin_windows(
        romanised.without_particles(text), _LATIN_AMPHOE, _LATIN_AFTER_AMPHOE
    ):
        found = _found_latin(latin_form(words), _latin()[1])
        if found:
            return Found(found[1], 0.9, words)
    for words in _latin_windows(text, _LATIN_IS, _NOTHING_AFTER):
        found = _latin()[1].get(_near(latin_form(words), _latin()[1]) or "")
        if found:  # "pen lamplaimat mai chai satuek": Thai typed in Latin, the one it is
            return Found(found[1], 0.85, words)
    for words in _latin_said_where(text) if whole else ():
        found = _latin()[1].get(_near(latin_form(words), _latin()[1]) or "")
        if found:
            return Found(found[1], 0.9, words)
    squashed = _squash(text)
    named = _landmarked(squashed) if whole else None
    if named:
        return Found(named[1], 0.9, named[0])
    if whole and _AT_FIRST.match(text) and _AT_FIRST.sub("", text).strip():
        found = _district_named(_AT_FIRST.sub("", text), whole)  # "อยู่ลำปลายมาดค่ะ": at, misspelt
        if found:
            return found
    if whole:
        match = for_province(PROVINCE).match_district(text)
        name = match.district or (match.suggestions[0] if match.confident else None)
        if name:
            return Found(_district_code(name), 0.9 if match.district else 0.75, text)
        first = text.split()[0] if text.split() else ""
        heard = heard_as(first, [r[0] for r in _geo()[0]]) if len(first) >= 4 else None
        if heard and first != text:  # "หนองหงค่ะ บ้านยาย": the first word, as said
            return Found(_district_code(heard), 0.75, first)
    for name, code in _geo()[0]:
        if len(name) >= 4 and name in squashed:
            return Found(code, 0.75, name)
    return None


#: A city or town municipality named after the province ("ทน.บุรีรัมย์", "เทศบาลเมืองบุรีรัมย์")
#: is in the province's capital district, อ.เมือง.
_NAMED_AFTER_THE_TOWN = frozenset({"town_municipality", "city_municipality"})


def agency_district(found: Agency) -> Found | None:
    """The district an agency's name places it in: its place is a district ("ทม.นางรอง"),
    or a town's or city's municipality is named after the province ("ทน.บุรีรัมย์": อ.เมือง)."""
    if not found.place:
        return None
    named = district(found.place, whole=True)
    if named or found.kind not in _NAMED_AFTER_THE_TOWN:
        return named
    if _squash(found.place) != for_province(PROVINCE).name:
        return None
    code = next(c for name, c in _geo()[0] if name.startswith("เมือง"))
    return Found(code, 0.85, found.place)


_LANDMARK = re.compile(r"ระหว่าง|ใกล้|ติด(?:กับ)?|แถว|ทางไป|ก่อนถึง")


def _landmarked(squashed: str) -> tuple[str, str] | None:
    """The district said first, when the others after it place it ("ชำนิค่ะ อยู่ระหว่างนางรองกับ
    ลำปลายมาศ", "ประโคนชัย ติดกับบ้านกรวด"): (its name, its code), or None."""
    named = sorted(
        (squashed.find(name), -len(name), name, code)
        for name, code in _geo()[0]
        if len(name) >= 4 and name in squashed
    )
    if len({code for *_, code in named}) < 2:
        return None
    first, second = named[0], next(n for n in named if n[3] != named[0][3])
    between = squashed[first[0] - first[1] : second[0]]
    return (first[2], first[3]) if _LANDMARK.search(between) else None


def _subdistrict_at(rest: str, district_code: str | None) -> tuple[str, str, str] | None:
    squashed = _squash(rest)
    rows = [r for r in _geo()[2] if squashed.startswith(r[0])]
    if district_code:
        inside = [r for r in rows if r[2] == district_code]
        rows = inside or rows
    if not rows:
        return None
    longest = len(rows[0][0])
    rows = [r for r in rows if len(r[0]) == longest]
    return rows[0] if len(rows) == 1 else None


def subdistrict(
    text: str, district_code: str | None, agency_place: str | None, whole: bool
) -> Found | None:
    """The sub-district named in the text ("ต.หนองกง"), or the place of an อบต./ทต."""
    if home_said_instead(text):
        return None  # "แต่บ้านผมอยู่ตำบลตาเป๊ก": where the teller lives, not the scene
    for marker in _TAMBON.finditer(text):
        found = _subdistrict_at(text[marker.end() :], district_code)
        if found:
            return Found(found[1], 0.95, marker.group(0) + found[0])
        heard = _subdistrict_heard(text[marker.end() :].split(" ")[0], district_code)
        if heard:  # "ต.ลำดวล": the one sub-district it sounds like
            return Found(heard[1], 0.8, marker.group(0) + heard[0])
    latin = _latin_subdistrict(
        _latin_windows(text, _LATIN_TAMBON, _LATIN_AFTER_TAMBON), district_code
    )
    if latin is None and whole and not re.search("[ก-๙]", text):
        latin = _latin_subdistrict([romanised.without_particles(text)], district_code)
    if latin:
        return Found(latin[1], 0.9, text)
    first = _SAID_FIRST.match(text) if whole else None  # "สนวนค่ะ บ้านอยู่ริมคลอง"
    for candidate, confidence in (
        (agency_place, 0.85),
        (text if whole else None, 0.8),
        (first.group(1) if first else None, 0.75),
        (_before_its_district(text) if whole else None, 0.75),
    ):
        if candidate:
            found = _subdistrict_at(strip_particles(candidate), district_code)
            said = _squash(strip_particles(candidate))
            if found and (not whole or candidate is agency_place or said == found[0]):
                return Found(found[1], confidence, found[0])
    heard = _subdistrict_heard(_squash(strip_particles(text)), district_code) if whole else None
    if heard:  # "ดอนมนครับ" alone: the one sub-district it sounds like (ดอนมนต์)
        return Found(heard[1], 0.8, heard[0])
    return _named_alone(text, district_code)


def tambons_named(text: str) -> list[str]:
    """The province's sub-district names said after ต./ตำบล in `text`, in whichever district
    ("ที่ตำบลปราสาทค่ะ": ปราสาท, of บ้านกรวด and บ้านด่าน both), longest name at each marker."""
    found = []
    for marker in _TAMBON.finditer(text):
        squashed = _squash(text[marker.end() :])
        rows = [r for r in _geo()[2] if squashed.startswith(r[0])]
        if rows and rows[0][0] not in found:
            found.append(rows[0][0])
    return found


def _before_its_district(text: str) -> str | None:
    """ "แสลงโทน ประโคนชัยครับ": the first word, when the words after it name a district (the
    sub-district, then the district it is in), else None."""
    said, _, rest = text.strip().partition(" ")
    rest = strip_particles(rest.strip())
    if not rest or len(rest.split()) > 2:
        return None
    in_district = _district_code(rest) or _district_code(rest.removeprefix("อำเภอ"))
    return said if in_district else None


#: A name closed by a polite particle, then more words: the answer, then what the teller adds.
_SAID_FIRST = re.compile(r"^([ก-๙]+(?:ค่ะ|คะ|ครับ|คับ|จ้ะ|จ้า))\s+\S")
_VILLAGE_OR_TAMBON = re.compile(r"^(?:หมู่บ้าน|บ้าน|ตำบล|ต\.)")


def tambon_alone(text: str) -> Found | None:
    """ "บ้านหนองคู", "หนองคู" given where a district is asked: the one sub-district of the
    province so named (a village is mostly in the sub-district of its name), or None."""
    name = _VILLAGE_OR_TAMBON.sub("", _squash(strip_particles(text)))
    same = [r for r in _geo()[2] if r[0] == name]
    return Found(same[0][1], 0.8, text) if len(same) == 1 else None


def _subdistrict_heard(word: str, district_code: str | None) -> tuple[str, str, str] | None:
    """The one sub-district (of the district named, if any) the word is as said."""
    rows = [r for r in _geo()[2] if not district_code or r[2] == district_code]
    name = heard_as(word, [r[0] for r in rows]) if word else None
    same = [r for r in rows if r[0] == name]
    return same[0] if len(same) == 1 else None


def _named_alone(text: str, district_code: str | None) -> Found | None:
    """A sub-district named without "ต." in a story: only a long name, one of a kind in the
    province (or in the district named), and not a village's or a school's name."""
    squashed = _squash(text)
    # "กระสัง ลำดวน": the district's own name is the district said; the other is its tambon
    own = next((name for name, code in _geo()[0] if code == district_code), None)
    # another long tambon of the district named beside its own name: looked for once, if asked
    others: bool | None = None
    for name, code, district in _geo()[2]:
        if len(name) < 5:
            break  # longest first: every name after is as short
        if name not in squashed:
            continue
        if name == own:
            if others is None:
                others = any(
                    r[2] == district_code and r[0] != own and len(r[0]) >= 5 and r[0] in squashed
                    for r in _geo()[2]
                )
            if others:
                continue
        before = squashed[: squashed.find(name)]
        if before.endswith(("บ้าน", "หมู่บ้าน", "โรงเรียน", "วัด", "อำเภอ", "อ")):
            continue
        same = [r for r in _geo()[2] if r[0] == name]
        if district_code:
            same = [r for r in same if r[2] == district_code] or same
        if len(same) == 1 and (not district_code or district == district_code):
            # said beside its own district's name, it is that district's tambon, surely
            return Found(code, 0.85 if own and own in squashed and name != own else 0.6, name)
    return None


#: "อบต.ฯ", "อบต.ดังกล่าว", "the same SAO": the agency named before, no place of its own.
_NAMED_BEFORE = re.compile(
    r"^(?:the\s+)?(?:"
    + "|".join(map(re.escape, sorted(AGENCY_NAMED_BEFORE, key=len, reverse=True)))
    + r")(?=$|[\s.,!?]|แหละ|นั่น|นะ|ค่ะ|คะ|ครับ|คับ|จ้า|เด้อ|เน้อ|เนาะ|เลย)",
    re.I,
)


def named_before(rest: str) -> bool:
    """The words after an agency's kind point back to the one named before ("ฯ", "ดังกล่าว")."""
    return bool(_NAMED_BEFORE.match(rest.lstrip(" .")))


#: Agencies named after their tambon: "ตำบล" (or "อยู่ในตำบล" after a particle) before the place.
_OF_A_TAMBON = ("sao", "tambon_municipality", "health_promoting_hospital")
_IN_TAMBON = re.compile(
    r"^(?:(?:ค่ะ|คะ|ครับ|คับ|จ้า|จ้ะ|นะ|เด้อ)\s*)*(?:(?:อยู่|ตั้งอยู่)\s*(?:ใน|ที่)?\s*(?=ตำบล|ต\s*\.))?"
    + _TAMBON.pattern,
    re.I,
)


#: A school's name going on after its place ("หนองกี่|พิทยาคม", "ลำปลายมาศ|พัฒนา").
_SCHOOL_ENDING = re.compile("(?:" + "|".join(map(re.escape, SCHOOL_NAME_ENDINGS)) + ")+")


def _whole_name(place: str, squashed: str, code: str) -> str:
    """A school's place with the rest of its name ("หนองกี่พิทยาคม"); any other kind's alone."""
    ending = _SCHOOL_ENDING.match(squashed, len(place)) if code == "school" else None
    return place + ending.group(0) if ending else place


#: Latin words right after an agency's kind ("อบต.Non Charoen ค่ะ"): a place typed in Latin.
_LATIN_PLACE_FIRST = re.compile(r"[a-z]+(?:\s+[a-z]+){0,2}", re.I)


def _place(rest: str, code: str) -> str:
    """The place after an agency's kind: a known sub-district or district, else the first
    word (none when it is a particle or points back: "อบต.ค่ะ", "อบต.ฯ", "อบต.ดังกล่าว")."""
    rest = rest.lstrip(" .")
    if _VILLAGE.match(rest) or named_before(rest):
        return ""  # "ส.อบต.หมู่ 4": a village of the อบต., not its place
    if code in _OF_A_TAMBON:
        # "รพ.สต.ค่ะ อยู่ในตำบลทุ่งวัง", "รพ.สต. ตำบลสองชั้น": the tambon said after is its place
        rest = _IN_TAMBON.sub("", rest, count=1)
    latin = _LATIN_PLACE_FIRST.match(rest)
    if latin:  # "อบต.Non Charoen": the Latin words are the place, not "non"
        words = latin.group(0).split()
        for n in range(min(len(words), _LATIN_PLACE_WORDS), 0, -1):
            thai = latin_place(" ".join(words[:n]))
            if thai:
                return thai
    squashed = _squash(rest)
    for name, *_ in _geo()[2]:
        if squashed.startswith(name):
            return _whole_name(name, squashed, code)
    for name, _ in _geo()[0]:
        if squashed.startswith(name):
            return _whole_name(name, squashed, code)
    word = rest.split(" ")[0] if rest else ""
    if _STOP.match(word) and not word.startswith(("อ.", "อำเภอ")):
        return ""  # "อบต.ได้งบ…", "อบต.ซื้อ…": what it did, no place named
    stop = _STOP.search(word, 1) if word else None
    word = word[: stop.start()] if stop else word
    word = strip_particles(word).strip(" .,")
    if word in PARTICLES or word in SPOKEN_EMPHASIS:
        return ""  # "อบต.ค่ะ", "โรงเรียนนั่นแหละ", "อบต. เลย": a particle or emphasis, no place
    # a place one sound off ("อบต.ปะเคียป"): kept as the place it is, if only one is
    names = [r[0] for r in _geo()[2]] + [r[0] for r in _geo()[0]]
    return (heard_as(word, names) if len(word) >= 4 else None) or word


#: A division of an office said before it ("กองช่างเทศบาลเมืองบุรีรัมย์", "สำนักปลัด อบต.X"):
#: the office is the agency.
_UNIT_BEFORE = re.compile(
    r"(?:กอง|สำนัก|ฝ่าย|แผนก|งาน)(?:ช่าง|คลัง|การศึกษา|สาธารณสุข|สวัสดิการ|ปลัด|พัสดุ|การเงิน"
    r"|ทะเบียน|นิติการ|ธุรการ|จัดเก็บรายได้|ป้องกัน)[ก-๙]{0,12}$"
)


def _at_boundary(text: str, start: int) -> bool:
    if start == 0 or not ("\u0e00" <= text[start - 1] <= "\u0e7f"):
        return True
    return text[:start].endswith(_GLUE) or bool(_UNIT_BEFORE.search(text[:start]))


@dataclass(frozen=True)
class Agency:
    """An agency read from text: its clean name, kind code and place."""

    name: str
    kind: str
    place: str
    span: str


@lru_cache(maxsize=32)  # one reading looks for it in the same text several times
def agency(text: str) -> Agency | None:
    """The first agency the text names, by kind and place ("อบต.หนองกง")."""
    best: tuple[int, Agency] | None = None
    for code, pattern in _KIND_AT:
        for found in pattern.finditer(text):
            if code in _LOOSE and not _at_boundary(text, found.start()):
                continue
            place = _place(text[found.end() :], code)
            if code in _NAMED_BY_PLACE and not place:
                continue
            candidate = Agency(SHORT[code] + place, code, place, found.group(0) + place)
            if best is None or found.start() < best[0]:
                best = (found.start(), candidate)
            break
    if best:
        return best[1]
    latin = _latin_agency(text)
    if latin:
        return latin
    for name in AGENCY_NAMES:
        at = text.find(name)
        if at > 0 and len(name) <= _SHORT_NAME and _GLUED_BEFORE.match(text[at - 1]):
            continue  # "ลูกสอบตก": the letters of "อบต" inside another word, no office
        if at >= 0:
            after = _district_at(text[at + len(name) :]) if name.endswith("อำเภอ") else None
            office = "สำนักงาน" if text[:at].endswith("สำนักงาน") else ""  # as it was said
            clean = office + name + (after[0] if after else "")
            if name in ("อำเภอ",) and (not after or _an_address(text, at + len(name), after[0])):
                continue
            provincial = _OF_THE_PROVINCE.match(text[at + len(name) :])
            if provincial:  # "สำนักงานที่ดินจังหวัดบุรีรัมย์": the province's office, kept whole
                clean = name + "จังหวัด" + for_province(PROVINCE).name
                return Agency(clean, agencies.OTHER, "", clean)
            return Agency(clean, agencies.OTHER, after[0] if after else "", clean)
    return None


#: A short office name ("อบต") run into the word before it ("สอบตก"): `agencies.ENDS_BEFORE_OBT`.
_SHORT_NAME = 4
_GLUED_BEFORE = re.compile(f"[{agencies.ENDS_BEFORE_OBT}]")


#: "จังหวัดบุรีรัมย์" said after an office's name: the province's own office.
_OF_THE_PROVINCE = re.compile(r"\s*(?:จังหวัด|จ\s*\.)\s*" + for_province(PROVINCE).name)


def _an_address(text: str, at: int, district: str) -> bool:
    """ "อำเภอนางรอง ตำบลหนองโบสถ์": a district followed by a sub-district is an address,
    not the district office."""
    rest = text[at:].lstrip(" .")
    rest = rest[rest.find(district[:2]) + len(district) :] if district[:2] in rest else rest
    return bool(_TAMBON.match(rest.lstrip(" .")))


def points_back(text: str) -> bool:
    """The text names an agency by its kind and a word pointing back to the one named
    before ("อบต.ฯ", "อบต.ดังกล่าว", "รพ.สต.เดิม"), not by its place."""
    return any(
        named_before(text[found.end() :])
        for _, pattern in _KIND_AT
        for found in pattern.finditer(text)
    )


def named_in(text: str, kind: str) -> Agency | None:
    """The first agency of `kind` the text names with its place ("…นายก อบต.ดอนมนต์…")."""
    pattern = dict(_KIND_AT).get(kind)
    for found in pattern.finditer(text) if pattern else ():
        if kind in _LOOSE and not _at_boundary(text, found.start()):
            continue
        place = _place(text[found.end() :], kind)
        if place and not _STOP.match(place):  # "ปลัด อบต. เก็บเงิน": a verb, not a place
            return Agency(SHORT[kind] + place, kind, place, found.group(0) + place)
    return None


def _latin_agency(text: str) -> Agency | None:
    """An agency named in Latin letters ("SAO Nong Kong", "Sakae SAO", "orbortor non suwan",
    "police station Nang Rong") whose place is one of the province's (read by its RTGS
    romanisation): named by its Thai name (อบต.หนองกง, สภ.นางรอง), as the office is known and
    as the testers label it, its place the Thai one, so the sub-district and district follow."""
    if not re.search("[a-z]", text, re.I):
        return None
    # "Ban Sai School in Prakhon Chai": a place named before the kind word is its name, and
    # the one after "in" only where it is (tried last)
    mentioned = agencies.mentions(text)
    for found in sorted(mentioned, key=lambda a: (_said_where(a, text), -len(a.place))):
        place = latin_place(found.place) if found.kind in SHORT else None
        if place:
            named = (
                _with_ban(text, found.place, place) if found.kind in _NAMED_BY_VILLAGE else place
            )
            return Agency(SHORT[found.kind] + named, found.kind, place, found.place)
    return None


#: Kinds named after a village, whose "Ban" is part of the name ("Ban Sawai Chik School" is
#: โรงเรียนบ้านสวายจีก, round 26), not the sub-district their place is read as (สวายจีก).
_NAMED_BY_VILLAGE = frozenset({"school", "health_promoting_hospital"})


def _with_ban(text: str, said: str, place: str) -> str:
    """The Thai place with the "Ban" said before it in Latin letters ("Ban Sawai Chik" →
    บ้านสวายจีก), unless the Thai name has it already (บ้านกรวด, บ้านไทร)."""
    name = re.sub(r"^ban\s+", "", said, flags=re.I)
    ban = re.search(rf"\bban\s+{re.escape(name)}\b", text, re.I)
    return "บ้าน" + place if ban and not place.startswith("บ้าน") else place


def _said_where(found: agencies.ParsedAgency, text: str) -> bool:
    """The agency's place is said after "in"/"at" and its own name before its kind word
    ("Ban Sai School in Prakhon Chai"): where it is, not what it is called."""
    where_at = re.search(rf"\b(?:in|at)\s+{re.escape(found.place)}\b", text, re.I)
    return bool(where_at) and bool(re.match(r"\s*\S", text[: where_at.start()]))


#: "ไม่ใช่สตึก", "บ่แม่นอำเภอนางรอง": a district said not to be the one.
_NOT_THIS = re.compile(r"(?:ไม่ใช่|บ่แม่น|มิใช่)\s*(?:ที่\s*)?(?:อ\.|อำเภอ)?\s*")


def district_meant_instead(text: str) -> Found | None:
    """In "ขอโทษครับ ไม่ใช่สตึก ที่นาอยู่คูเมือง", the district meant (คูเมือง): the one named
    after a district said not to be it; None when the text corrects none."""
    for denial in _NOT_THIS.finditer(text or ""):
        rest = text[denial.end() :].strip()
        first, _, after = rest.partition(" ")
        denied = district(strip_particles(first), whole=True) if first else None
        meant = district(after, whole=False) if denied and after.strip() else None
        if meant is not None and meant.value != denied.value:
            return meant
    return None


def _words(words) -> str:
    """Words as one alternation, longest first, a dot optional."""
    return "|".join(re.escape(w).replace(r"\.", r"\.?") for w in sorted(words, key=len)[::-1])


#: The name after a spot's head, up to a word that ends it (what was done there, a particle).
_SPOT_NAME = rf"[ก-๙]{{0,24}}?(?=[\s,.!?()]|$|{_words(SPOT_ENDS)})"
_SPOT_AT = rf"(?:(?:{_words(SPOT_AT)})\s*)"
_SPOT_NEAR = rf"(?:{_words(SPOT_NEAR)})\s*"
_SPOTS = (
    re.compile(rf"{_SPOT_AT}?(?P<spot>(?:{_SPOT_NEAR})?(?:{_words(SPOT_HEADS)}){_SPOT_NAME})"),
    re.compile(
        rf"(?:{_SPOT_AT}(?P<at>)|(?<![ก-๙])|(?={_SPOT_NEAR}))"
        rf"(?P<spot>(?:{_SPOT_NEAR})?บ้าน(?:ของ)?\s*(?:{_words(SPOT_HOUSE_OF)}){_SPOT_NAME})"
    ),
    re.compile(
        rf"(?:{_SPOT_AT}|(?={_SPOT_NEAR}))"
        rf"(?P<spot>(?:{_SPOT_NEAR})?(?:{_words(SPOT_HEADS_PLACED)}){_SPOT_NAME})"
    ),
)


#: A village with its หมู่ ("บ้านโนนแดง หมู่ 5", "ม.5 บ้านโนนแดง"), not a house ("บ้านผู้ใหญ่"), a
#: village head's title ("ผู้ใหญ่บ้าน…") nor where the teller lives ("อยู่บ้าน…").
_NOT_A_HOUSE = rf"(?!ของ|บ้าน|{_words(SPOT_HOUSE_OF)})"
_VILLAGES = (
    re.compile(
        rf"(?<!ใหญ่)(?<!อยู่)(?<!อยู่ที่)บ้าน{_NOT_A_HOUSE}[ก-๙]{{2,20}}?\s?(?:หมู่(?:ที่)?|ม\.)\s?\d{{1,2}}(?!\d)"
    ),
    re.compile(rf"(?<!อยู่)(?:หมู่(?:ที่)?|ม\.)\s?\d{{1,2}}\s?บ้าน{_NOT_A_HOUSE}{_SPOT_NAME}"),
)


def village(text: str | None) -> str | None:
    """The village a text names with its หมู่ ("…ที่บ้านโนนแดง หมู่ 5 เขา…" → "บ้านโนนแดง หมู่ 5"),
    or None."""
    found = [m for pattern in _VILLAGES for m in pattern.finditer(text or "")]
    found = [m for m in found if len(m.group(0)) > len("บ้าน หมู่ 1")]
    return min(found, key=lambda m: m.start()).group(0).strip() if found else None


#: A village said as a word of its own ("จรเข้มากครับ บ้านโคกเพชร"), or its villagers ("ชาวบ้าน
#: หนองแวง ต.ชุมแสง"): "บ้าน" and a name, not a house ("บ้านผม") nor a figure's (`SPOT_HOUSE_OF`).
_VILLAGE_WORD = re.compile(
    rf"^(?:ชาว)?(?P<village>บ้าน(?!{_words((*NOT_A_VILLAGE_AFTER, *SPOT_HOUSE_OF))})"
    rf"(?!(?:{_words(NOT_A_VILLAGE_NAME)})$)[ก-๙]{{3,20}})$"
)
#: After a village said in a story, the sub-district or หมู่ that makes it a place ("ชาวบ้าน
#: หนองแวง ต.ชุมแสง").
_PLACE_AFTER = re.compile(r"^\s*(?:ต\.|ตำบล|อ\.|อำเภอ|หมู่|ม\.)")


def village_apart(text: str | None, alone: bool) -> str | None:
    """A village said as a word of its own, without its หมู่: `alone`, at a place question, any
    such word ("จรเข้มากครับ บ้านโคกเพชร" → "บ้านโคกเพชร"); else only one said before its
    sub-district or หมู่ ("ชาวบ้านหนองแวง ต.ชุมแสง อ.กระสัง…" → "บ้านหนองแวง"). None when none is."""
    words = (text or "").split()
    for at, word in enumerate(words):
        found = _VILLAGE_WORD.match(strip_particles(word))
        after = " ".join(words[at + 1 : at + 2])
        if found and (alone or _PLACE_AFTER.match(after)):
            return found["village"]
    return None


_VILLAGE_NAME = re.compile(r"บ้าน[ก-๙]+?(?=\s?(?:หมู่|ม\.)|\s|$)")


#: A Thai letter held down, typed three times or more ("ตลาดนางรองงง"): once, in a place's name.
_HELD_LETTER = re.compile(r"([ก-ฮ])\1{2,}")


def scene(text: str | None) -> str | None:
    """Where it happened as the text names it: the spot, and the village with its หมู่
    ("ที่ศาลาวัดบ้านหนองแวง หมู่ 3" → "ศาลาวัดบ้านหนองแวง หมู่ 3"), either alone, or None; a
    letter held down typed once ("หน้าตลาดนางรองงง" → "หน้าตลาดนางรอง")."""
    found, named = spot(text), village(text)
    found = _HELD_LETTER.sub(r"\1", found) if found else found
    named = _HELD_LETTER.sub(r"\1", named) if named else named
    if not (found and named):
        return found or named
    name = _VILLAGE_NAME.search(named)
    if name and name.group(0) in found:  # the village named in the spot: only its หมู่ added
        return f"{found} {named.replace(name.group(0), '').strip()}"
    return f"{found} {named}"


def spot(text: str | None) -> str | None:
    """The spot where it happened, as the text names it ("…ประชุมที่ศาลากลางหมู่บ้าน แล้ว…" →
    "ศาลากลางหมู่บ้าน", "หน้าบ้านผู้ใหญ่", "ตลาดนัดวันพุธ"): the first one named, or None. A
    house only as an official's or a village figure's, never the teller's own."""
    found = [m for pattern in _SPOTS for m in pattern.finditer(text or "")]
    found = [m for m in found if m.group("spot").strip()]
    if not found:
        return None
    first = min(found, key=lambda m: (m.start("spot"), -len(m.group("spot"))))
    return first.group("spot").strip(" .")


def forget() -> None:
    """Forget the memos of the message just read (they serve one reading, keep no text after)."""
    agency.cache_clear()
