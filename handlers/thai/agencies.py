"""Thai public agency names as people type them: abbreviations, full forms, place names.

"อบต.บ้านเป้า", "องค์การบริหารส่วนตำบล บ้านเป้า" and "อบต บ้านเป้า อ.เมือง" all parse to
the same kind and place, hence the same key. Similar keys are scored with `rapidfuzz`;
what counts as the same agency, or close enough to keep from a conflicted member, is
decided by the two thresholds below.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from rapidfuzz import fuzz

from handlers.thai.normalise import strip_particles
from handlers.thai.places import Geography, for_province

CONFIDENT = 88  # this close (0-100) to a known spelling: the same agency
NEAR = 75  # this close: maybe the same; kept from a member conflicted with either


@dataclass(frozen=True)
class Kind:
    """A kind of agency: its full Thai name, English name, and how people abbreviate it."""

    code: str
    full: str
    english: str
    family: str
    pattern: str


# Longest forms first: "โรงพยาบาลส่งเสริมสุขภาพตำบล" before "โรงพยาบาล".
KINDS: tuple[Kind, ...] = (
    Kind(
        "sao",
        "องค์การบริหารส่วนตำบล",
        "Subdistrict Administrative Organization",
        "tambon",
        r"องค์การบริหารส่วนตำบล|องค์การบริหารส่วนตําบล|อ\.?\s?บ\.?\s?ต\.?",
    ),
    Kind(
        "pao",
        "องค์การบริหารส่วนจังหวัด",
        "Provincial Administrative Organization",
        "province",
        r"องค์การบริหารส่วนจังหวัด|อ\.?\s?บ\.?\s?จ\.?",
    ),
    Kind(
        "tambon_municipality",
        "เทศบาลตำบล",
        "Subdistrict Municipality",
        "tambon",
        r"เทศบาลตำบล|ท\.?\s?ต\.?(?=\s|[ก-ฮ])",
    ),
    Kind(
        "town_municipality",
        "เทศบาลเมือง",
        "Town Municipality",
        "town",
        r"เทศบาลเมือง|ท\.?\s?ม\.?(?=\s|[ก-ฮ])",
    ),
    Kind(
        "city_municipality",
        "เทศบาลนคร",
        "City Municipality",
        "town",
        r"เทศบาลนคร|ท\.?\s?น\.?(?=\s|[ก-ฮ])",
    ),
    Kind(
        "health_promoting_hospital",
        "โรงพยาบาลส่งเสริมสุขภาพตำบล",
        "Health Promoting Hospital",
        "health",
        r"โรงพยาบาลส่งเสริมสุขภาพตำบล|ร\.?\s?พ\.?\s?ส\.?\s?ต\.?|สถานีอนามัย|ส\.อ\.",
    ),
    Kind("hospital", "โรงพยาบาล", "Hospital", "health", r"โรงพยาบาล|ร\.?\s?พ\.?(?!\s?ส)"),
    Kind(
        "primary_esa",
        "สำนักงานเขตพื้นที่การศึกษาประถมศึกษา",
        "Primary Educational Service Area Office",
        "education-office",
        r"สำนักงานเขตพื้นที่การศึกษาประถมศึกษา|ส\.?\s?พ\.?\s?ป\.?",
    ),
    Kind(
        "secondary_esa",
        "สำนักงานเขตพื้นที่การศึกษามัธยมศึกษา",
        "Secondary Educational Service Area Office",
        "education-office",
        r"สำนักงานเขตพื้นที่การศึกษามัธยมศึกษา|ส\.?\s?พ\.?\s?ม\.?",
    ),
    Kind("school", "โรงเรียน", "School", "school", r"โรงเรียน|ร\.?\s?ร\.?"),
    Kind(
        "district_office",
        "ที่ว่าการอำเภอ",
        "District Office",
        "district",
        r"ที่ว่าการอำเภอ|สำนักงานอำเภอ|ว่าการอำเภอ",
    ),
    Kind(
        "police",
        "สถานีตำรวจภูธร",
        "Provincial Police Station",
        "police",
        r"สถานีตำรวจภูธร|สถานีตำรวจ|โรงพัก|สภ\.?(?!า)",
    ),
)
OTHER = "other"
# Named after villages, not after a ตำบล or อำเภอ: geography cannot vouch for them.
NAMED_AFTER_VILLAGES = frozenset({OTHER, "school", "health_promoting_hospital"})
BY_CODE = {kind.code: kind for kind in KINDS}
_KIND_AT = [(kind, re.compile(kind.pattern)) for kind in KINDS]
_LEADING = re.compile(r"^(?:ที่|ของ|ใน|จาก|เจ้าหน้าที่|นายก|ปลัด|ผอ\.?|ผู้อำนวยการ)\s*")
_TAMBON = re.compile(r"^(?:ตำบล|ต\s?\.|ต\s)\s*")
_PROVINCE = re.compile(r"^(?:จังหวัด|จ\s?\.)\s*")
_QUALIFIER = re.compile(r"\s*(?:อำเภอ|อ\s?\.|จังหวัด|จ\s?\.|ตำบล|ต\s?\.)\s*")
_AMPHOE = re.compile(r"(?:อำเภอ|อ\s?\.)\s*([^\s,]+(?:\s[^\s,อจต]+)?)")
_PUNCT = re.compile(r"[\s.\-,'’()/\"]")
DEFAULT_PROVINCE = "31"  # BOT_PROVINCE's default; callers pass uow.settings["geography"]


@dataclass(frozen=True)
class ParsedAgency:
    """What an agency name says: its kind, its place, a district hint, and its key."""

    kind: str
    place: str
    district: str | None = None

    @property
    def key(self) -> str:
        """The comparison key: kind and place without spaces or punctuation."""
        return f"{self.kind}:{compact(self.place)}"

    @property
    def family(self) -> str:
        """Kinds that can be the same body (an อบต. becomes a ทต.) share a family."""
        return BY_CODE[self.kind].family if self.kind in BY_CODE else OTHER

    def display(self) -> str:
        """The canonical Thai name, e.g. "องค์การบริหารส่วนตำบลบ้านเป้า"."""
        kind = BY_CODE.get(self.kind)
        return f"{kind.full}{self.place}" if kind else self.place


def clean(text: str | None) -> str:
    """The one Thai clean-up (handlers.thai.normalise), politeness particles dropped."""
    return strip_particles(text)


def _geo(geo: Geography | None) -> Geography:
    return geo or for_province(DEFAULT_PROVINCE)


def compact(text: str) -> str:
    """Without spaces and punctuation: "บ้าน เป้า" and "บ้านเป้า" compare equal."""
    return _PUNCT.sub("", text)


def _district_hint(text: str, geo: Geography) -> str | None:
    found = _AMPHOE.search(text)
    if not found:
        return None
    return geo.match_district(found.group(1)).district


def _place(rest: str, kind: str, province: str) -> str:
    rest = _TAMBON.sub("", rest.strip()) if kind in ("sao", "tambon_municipality") else rest
    rest = _PROVINCE.sub("", rest.strip())
    cut = _QUALIFIER.search(rest)
    if cut and cut.start() > 0:
        rest = rest[: cut.start()]
    rest = rest.strip(" ,.-")
    if kind in ("primary_esa", "secondary_esa"):
        rest = re.sub(r"^บร\.?\s*", province, rest).replace("เขต", "")
    if kind == "pao" and not compact(rest):
        rest = province
    return rest


def parse(text: str | None, geo: Geography | None = None) -> ParsedAgency:
    """Kind, place and district hint of a typed agency name (kind "other" when unknown)."""
    geo = _geo(geo)
    value = _LEADING.sub("", clean(text))
    hint = _district_hint(value, geo)
    for kind, pattern in _KIND_AT:
        found = pattern.search(value)
        if found and (found.start() == 0 or value[found.start() - 1] == " "):
            place = _place(value[found.end() :], kind.code, geo.name)
            return ParsedAgency(kind.code, place, hint)
    whole = geo.match_district(value) if _AMPHOE.match(value) else None
    if whole is not None and whole.district:
        return ParsedAgency("district_office", whole.district, whole.district)
    return ParsedAgency(OTHER, _TAMBON.sub("", value).strip(" ,.-"), hint)


def similarity(a: ParsedAgency, b: ParsedAgency) -> float:
    """0-100: how alike two agencies are; different families never match, "other" may."""
    if a.kind != OTHER and b.kind != OTHER and a.family != b.family:
        return 0.0
    return fuzz.ratio(compact(a.place), compact(b.place))


def _subdistrict_in(geo: Geography, place: str) -> list[str]:
    return [d for d in geo.districts() if geo.match_subdistrict(d, place).subdistrict]


def district_of(parsed: ParsedAgency, geo: Geography | None = None) -> str | None:
    """The district the agency is in, when its name tells (a hint, or a ตำบล found in one
    district only)."""
    geo = _geo(geo)
    if parsed.district:
        return parsed.district
    if parsed.kind == "district_office":
        return geo.match_district(parsed.place).district
    if parsed.family != "tambon":
        return None
    found = _subdistrict_in(geo, parsed.place)
    return found[0] if len(found) == 1 else None


def is_known_place(parsed: ParsedAgency, geo: Geography | None = None) -> bool:
    """Whether the place is a district or sub-district of the province (so the agency
    surely exists)."""
    geo = _geo(geo)
    if compact(parsed.place).startswith(geo.name) and parsed.family != "tambon":
        return True
    if parsed.kind in NAMED_AFTER_VILLAGES or not compact(parsed.place):
        return False
    if geo.match_district(parsed.place).district:
        return True
    return bool(_subdistrict_in(geo, parsed.place))
