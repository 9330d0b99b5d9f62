"""Thai public agency names as people type them: abbreviations, full forms, place names.

"อบต.บ้านเป้า", "องค์การบริหารส่วนตำบล บ้านเป้า" and "อบต บ้านเป้า อ.เมือง" all parse to
the same kind and place, hence the same key. Similar keys are scored with `rapidfuzz`;
what counts as the same agency, or close enough to keep from a conflicted member, is
decided by the two thresholds below.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from pythainlp.transliterate import romanize
from rapidfuzz import fuzz, process

from handlers.thai.normalise import is_dont_know, strip_particles
from handlers.thai.places import (
    Geography,
    for_province,
    other_province_said,
    province_of_district_elsewhere,
)
from handlers.thai.posts import LOCAL_BODY_POSTS, LOCAL_BODY_UNITS, VILLAGE_HEADS

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
    latin: str = ""  # other English names and romanised abbreviations ("SAO", "TAO")
    # What people call the body itself with no place after it ("นายกใหญ่": the PAO's mayor),
    # read by recusal as the body of the province (or, for a tambon's, of the places named).
    nicknames: str = ""


# "Administrative Organization" as people shorten or misname it ("Administration
# Organisation", "Admin. Org.").
_ADMIN_ORG = r"admin(?:istrative|istration)?\.?\s+org(?:ani[sz]ation)?\.?"
#: Letters that, just before "อบต", make it the end of another word ("สอบตก", "ตอบตกลง", "ชอบตี",
#: "มอบตัว"), not the office.
ENDS_BEFORE_OBT = "สตชรมขจ"
# Longest forms first: "โรงพยาบาลส่งเสริมสุขภาพตำบล" before "โรงพยาบาล".
KINDS: tuple[Kind, ...] = (
    Kind(
        "sao",
        "องค์การบริหารส่วนตำบล",
        "Subdistrict Administrative Organization",
        "tambon",
        # not the end of another word run into "ต…" ("สอบตก", "ตอบตกลง", "ชอบตี", "มอบตัว")
        rf"องค์การบริหารส่วน(?:ตำบล|ตําบล|\s?ต\s?\.)|(?<![{ENDS_BEFORE_OBT}])อ\.?\s?บ\.?\s?ต\.?"
        # "SAO", "OBT", "TAO" spelt out in Thai letters as they are said
        r"|เอ[สซ]\s?\.?\s?เอ\s?\.?\s?โอ|โอ\s?\.?\s?บี\s?\.?\s?ที|ที\s?\.?\s?เอ\s?\.?\s?โอ",
        rf"(?:subdistrict|tambon)\s+{_ADMIN_ORG}|s\.?a\.?o\.?|t\.?a\.?o\.?"
        # as English speakers call it: "Tambon council of Ban Pao", "subdistrict office"
        r"|(?:subdistrict|tambon)\s+(?:council|office|administration)"
        r"|o\.?b\.?t\.?|a\.?b\.?t\.?|a?o[rk]?\.?\s?b(?:or?)?\.?\s?tor?\.?",  # "o bo to" as said
    ),
    Kind(
        "pao",
        "องค์การบริหารส่วนจังหวัด",
        "Provincial Administrative Organization",
        "province",
        r"องค์การบริหารส่วน(?:จังหวัด|\s?จ\s?\.)|อ\.?\s?บ\.?\s?จ\.?"
        r"|พี\s?\.?\s?เอ\s?\.?\s?โอ|โอ\s?\.?\s?บี\s?\.?\s?เจ",  # "PAO", "OBJ" in Thai letters
        rf"provinc(?:ial|e)\s+{_ADMIN_ORG}"
        r"|p\.?a\.?o\.?|o\.?b\.?j\.?|a\.?b\.?j\.?|a?o[rk]?\.?\s?b(?:or?)?\.?\s?jor?\.?",
        # its mayor as villagers call him ("นายกใหญ่"; a tambon's is "นายกเล็ก"), its councillor
        nicknames=r"นายก\s*ฯ?\s*ใหญ่|(?<![ก-ฮ])ส\s?\.\s?จ\s?\.",
    ),
    Kind(
        "tambon_municipality",
        "เทศบาลตำบล",
        "Subdistrict Municipality",
        "tambon",
        r"เทศบาลตำบล|เทศมนตรีตำบล|ท\.?\s?ต\.?(?=\s|[ก-ฮ])",
        r"tambon municipality|thesaban tambon|tor\.?\s?tor\.?",
    ),
    Kind(
        "town_municipality",
        "เทศบาลเมือง",
        "Town Municipality",
        "town",
        r"เทศบาลเมือง|เทศมนตรีเมือง|ท\.?\s?ม\.?(?=\s|[ก-ฮ])",
        r"thesaban mueang|tor\.?\s?mor\.?",
    ),
    Kind(
        "city_municipality",
        "เทศบาลนคร",
        "City Municipality",
        "town",
        r"เทศบาลนคร|เทศมนตรีนคร|ท\.?\s?น\.?(?=\s|[ก-ฮ])",
    ),
    Kind(  # plain "เทศบาล": a municipality of either family, so it compares with both
        "municipality",
        "เทศบาล",
        "Municipality",
        "municipal",
        r"(?:เทศบาล|เทศมนตรี)(?!ตำบล|เมือง|นคร)",
        r"municipality|thesaban",
    ),
    Kind(  # "อปท.": any local administrative body (an อบต., a เทศบาล, the อบจ.)
        "local_government",
        "องค์กรปกครองส่วนท้องถิ่น",
        "Local Administrative Organization",
        "local",
        r"องค์กรปกครองส่วนท้องถิ่น|อ\.?\s?ป\.?\s?ท\.?",
        r"local (?:administrative|government) (?:organi[sz]ation|body)|mayor|nayok",
        nicknames=r"นายก\s*ฯ?\s*เล็ก",  # a tambon's body's mayor, as villagers call him
    ),
    Kind(
        "health_promoting_hospital",
        "โรงพยาบาลส่งเสริมสุขภาพตำบล",
        "Health Promoting Hospital",
        "health",
        # never the start of a hospital's place ("รพ.สตึก" is โรงพยาบาลสตึก, not a รพ.สต.)
        r"โรงพยาบาลส่งเสริมสุขภาพตำบล|ร\.?\s?พ\.?\s?ส\.?\s?ต\.?(?![\u0e31\u0e34-\u0e3a\u0e47-\u0e4e])"
        r"|สถานีอนามัย|ส\.อ\."
        # its everyday name, after its old one ("หมออนามัยกลันทา"; not "ผ้าอนามัย")
        r"|หมออนามัย|(?<![\u0e01-\u0e4e])อนามัย",
        r"(?:sub-?district |tambon )?health promoting hospital|health station",
    ),
    # "โรงบาล", Isan "โฮงบาล": the hospital as it is said
    Kind(
        "hospital",
        "โรงพยาบาล",
        "Hospital",
        "health",
        r"โรงพยาบาล|โรงบาล|โฮงบาล|โรงพยาบาน|ร\.?\s?พ\.?(?!\s?ส)",
        r"rong\s?ph?a\s?ya\s?baa?n",  # "rong phayaban": โรงพยาบาล typed in Latin letters
    ),
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
        r"ที่ว่าการอำเภอ|สำนักงานอำเภอ|ว่าการอำเภอ|นายอำเภอ|ปลัดอำเภอ",  # its officers name it too
        r"district (?:chief|officer|head)|amphoe office|nai ?amphoe",
    ),
    Kind(  # "สำนักงานที่ดินอำเภอนางรอง", "ที่ดินอำเภอนางรอง", "ที่ดินสาขากระสัง": the district's branch
        "land_office",
        "สำนักงานที่ดิน",
        "Land Office",
        "land",
        r"(?:สำนักงาน)?ที่ดิน(?:จังหวัดบุรีรัมย์)?\s?(?:สาขา)?\s?(?:อำเภอ|อ\.)\s?|สำนักงานที่ดิน(?:สาขา)?"
        r"|ที่ดินสาขา\s?",
        r"land office|land department",
    ),
    Kind(
        "police",
        "สถานีตำรวจภูธร",
        "Provincial Police Station",
        "police",
        # and its old abbreviations, สถานีตำรวจภูธรอำเภอ/ตำบล ("ส.ภ.อ.เมือง", "สภอ.นางรอง")
        r"สถานีตำรวจภูธร|สถานีตำรวจ|โรงพัก|ส\.?\s?ภ\.?\s?[อต]\.|สภ\.?(?!า)",
        # and สถานีตำรวจ typed by ear ("sataanee tamruat", "sathani tumruad"), and สภ. by the
        # names of its letters ("sor.por.lor. Nang Rong", "sor por lor", "sor phor")
        r"police station|sa+th?a+n(?:i|ee|ie)\s?t[au]m\s?ru[ae]?[td]"
        r"|\bsor?[.\s]{0,2}ph?or?[.\s]{0,2}(?:lor?\b[.\s]{0,2})?",
    ),
)
OTHER = "other"
# The words of agencies and their officers as they are typed by ear (a cluster's ร/ล, a
# silent ห, ญ for ย, a final consonant by its sound, a dropped โ), spelled before any
# pattern above is tried: "ตำหรวจ" is ตำรวจ, "โรงพญาบาล" โรงพยาบาล, "เทศบาน" เทศบาล.
TYPED_BY_EAR: tuple[tuple[str, str], ...] = (
    (r"ต[ำํ]า?(?:หรวจ|หรวด|หลวด|หลวจ|รวด|ลวด|หวด)", "ตำรวจ"),
    (r"โ?[รล]งพ(?:[ญย]|ะย)า?บา[ลน]", "โรงพยาบาล"),
    (r"เท[ศสษ]บา[ลน]", "เทศบาล"),
    (r"โ[รล]งเ[รล]ี?ย[นณ]|(?<!ต)รงเรียน", "โรงเรียน"),  # not "ลงเรียน" (to enrol)
    (r"อ[ำํ]า?เพอ", "อำเภอ"),
    (r"บุ[รล]ี[รล](?:ำ|ัม(?:ย์?)?|มย์)", "บุรีรัมย์"),
    (r"สา[ทธ]า[รล]ณ?สุ[ขค]", "สาธารณสุข"),
    (r"ชลป[รล]ะ[ทธ]าน", "ชลประทาน"),
    (r"ป[สศ]ุสัตว์?", "ปศุสัตว์"),
    (r"องค์กรบริหารส่วน", "องค์การบริหารส่วน"),  # กร for การ, as very often
)
_BY_EAR = [(re.compile(pattern), spelling) for pattern, spelling in TYPED_BY_EAR]
_MAY_BE_BY_EAR = re.compile(r"ต[ำํ]|[รล]ง|เท|อ[ำํ]|บุ|สา|ชล|ป[สศ]|องค์กรบ")
# The words of agencies, none with a tone mark of its own: one typed inside them by a slip
# ("เทศบ่าล", "โรงเรี้ยน", "อำเภ่อ") hides the kind, so it is dropped before they are read.
STRAY_MARK_WORDS = (
    "องค์การบริหารส่วน",
    "เทศบาล",
    "โรงเรียน",
    "โรงพยาบาล",
    "สถานีตำรวจ",
    "ตำรวจ",
    "อำเภอ",
    "ตำบล",
    "อนามัย",
)
_TONE_MARK = "[\u0e48-\u0e4b]"
_STRAY_MARKS = [
    (re.compile(f"{_TONE_MARK}?".join(re.escape(c) for c in word)), word)
    for word in STRAY_MARK_WORDS
]
_ANY_TONE_MARK = re.compile(_TONE_MARK)


def spelled(text: str) -> str:
    """`text` with the words of agencies typed by ear spelled (`TYPED_BY_EAR`), and a stray
    tone mark typed inside one dropped (`STRAY_MARK_WORDS`)."""
    if _ANY_TONE_MARK.search(text):
        for pattern, word in _STRAY_MARKS:
            text = pattern.sub(word, text)
    if not _MAY_BE_BY_EAR.search(text):
        return text
    for pattern, spelling in _BY_EAR:
        text = pattern.sub(spelling, text)
    return text


# A family that may be any of several others ("เทศบาล": a ทต., ทม. or ทน.).
FAMILY_OF_FAMILIES = {
    "municipal": frozenset({"tambon", "town", "municipal"}),
    "local": frozenset({"tambon", "town", "municipal", "province"}),
}
# Named after villages, not after a ตำบล or อำเภอ: geography cannot vouch for them.
NAMED_AFTER_VILLAGES = frozenset({OTHER, "school", "health_promoting_hospital"})
BY_CODE = {kind.code: kind for kind in KINDS}
NAMED_AFTER_TAMBON = frozenset({"sao", "tambon_municipality", "municipality"})
#: Kinds named after the district they serve ("สภ.ปราสาท", "ที่ว่าการอำเภอขุขันธ์", "รพ.สังขะ"): the
#: place in such a name is a district's, so another province's district names that province.
NAMED_AFTER_DISTRICT = frozenset(
    {"police", "district_office", "land_office", "hospital", "town_municipality"}
)
# Every kind in one pattern, longest forms first, so that one spot of a text is one kind.
_ANY_KIND = re.compile("|".join(f"(?P<{kind.code}>{kind.pattern})" for kind in KINDS))
# British and American spellings, "sub-district" written three ways, and เทศบาล as it is
# typed by ear ("tessaban", "tesaban", "thetsaban").
_SPELLINGS = (
    (r"ization", r"i[sz]ation"),
    (r"subdistrict", r"sub[- ]?district"),
    (r"thesaban", r"th?e[td]?s{1,2}aa?ban"),
)


def _spellings(pattern: str) -> str:
    for written, variants in _SPELLINGS:
        pattern = pattern.replace(written, variants)
    return pattern


def _spaced_initials(pattern: str) -> str:
    """Initials read with a space or a dot between them or neither ("SAO", "S.A.O.", "S A O")."""
    return re.sub(r"\\\.\?(?=[a-z])", r"[.\\s]{0,2}", pattern)


_LATIN_KINDS = [
    (
        kind,
        _spaced_initials(
            _spellings("|".join(p for p in (re.escape(kind.english.lower()), kind.latin) if p))
        ),
    )
    for kind in KINDS
]
# English names that wrap their place, as officials write them ("Tambon Ban Pao
# Administrative Organization", "Tambon Ban Pao Municipality"): read before the forms
# above, or "municipality" would take "tambon ban pao" as its place.
_LATIN_AROUND = [
    (BY_CODE["sao"], _spellings(rf"(?:subdistrict|tambon)\s+(.+?)\s+{_ADMIN_ORG}")),
    (BY_CODE["tambon_municipality"], r"tambon\s+(.+?)\s+municipality"),
]
# "Tambon …", "Sub-district …": the words after it are a tambon's name.
_LATIN_TAMBON = re.compile(r"(?<![a-z])(?:tambo[nl]|sub-?district)\s+")
# Words that end a place name in an English sentence ("the mayor of | ban pao | sao").
_LATIN_STOP = frozenset(
    "a an and at by for from in of on the to with who was is took asked paid".split()
)
# Words between a kind and its place ("the SAO in Ban Pao", "Or Bor Tor of the Ban Pao").
_LATIN_LINK = r"(?:(?:of|in|at)\s+)?(?:the\s+)?"
_LATIN_LINK_WORDS = frozenset({"of", "in", "at", "the"})
#: A whole Latin name of each kind, compiled once (not at a text's first sight of it): after
#: "Tambon" the place before the kind only; else also the kind before it ("SAO of Ban Pao").
_LATIN_WHOLE = [
    (
        kind,
        re.compile(rf"(.+?)\s+(?:{pattern})"),
        re.compile(rf"(?:{pattern})\s+{_LATIN_LINK}(.+)|(.+?)\s+(?:{pattern})"),
    )
    for kind, pattern in _LATIN_KINDS
]
LATIN_PLACE_WORDS = 3  # words either side of a kind read as its place, in a sentence
_LATIN_RUN = re.compile(r"[a-z][a-z0-9 .'\-]*")
_THAI_LETTER = re.compile(r"[ก-ฮ]")
_VOWEL_OR_MARK = re.compile(r"[\u0e30-\u0e4e]")  # a word, not an abbreviation of consonants
_THAI = re.compile(r"[\u0e00-\u0e7f]")
_NOT_LATIN = re.compile(r"[^a-z0-9]")
MENTION_SPAN = 40  # characters after a kind read as its place, in running text
MIN_PREFIX = 3  # a known place this long or longer may begin a run-on place in a story
MIN_CONTAINED = 4  # a place this long or longer inside a name of no kind is near it
# Titles people write glued to the agency ("นายกทตบ้านเป้า", "ปลัดอบต.บ้านเป้า").
TITLES = r"รองนายก|นายก|รองปลัด|ปลัด|ผอ\.?|ผู้อำนวยการ|เจ้าหน้าที่|หัวหน้า|ประธาน|สมาชิก|ช่าง"
_LEADING = re.compile(rf"^(?:อยู่ที่|อยู่|ที่|ของ|ใน|จาก|แถว|{TITLES})\s*")
_AFTER_TITLE = re.compile(rf"(?:{TITLES})$")
_TAMBON = re.compile(r"^(?:ตำบล|ต\s?\.|ต\s|tambo[nl]\s|t\.|sub-?district\s)\s*", re.I)
_PROVINCE = re.compile(r"^(?:จังหวัด|จ\s?\.)\s*")
_QUALIFIER = re.compile(r"\s*(?:อำเภอ|อ\s?\.|จังหวัด|จ\s?\.|ตำบล|ต\s?\.)\s*")
_AMPHOE = re.compile(r"(?:อำเภอ|อ\s?\.)\s*([^\s,]+(?:\s[^\s,อจต]+)?)")
# Latin letters typed among Thai ones in an abbreviation ("อbt.", "อบt"): read as the Thai
# letters they stand for, beside the text as written (a name found in either counts).
_LATIN_AS_THAI = str.maketrans("aobtjmnsprh", "ออบตจมนสพรห")
_LETTER_RUN = re.compile(r"[a-z\u0e01-\u0e4e]+")
_LATIN_LETTER = re.compile(r"[a-z]")
_PUNCT = re.compile(r"[\s.\-,'’()/\"]")
# Spaces between Thai letters, dropped to read long forms typed as separate words.
_THAI_SPACED = re.compile(r"(?<=[\u0e01-\u0e4e.])[\s\-]+(?=[\u0e01-\u0e4e.])")
# A local body's mayor named by the place alone ("นายกฯกลันทา", "รองนายก กลันทา").
# Brackets and quotes of every script ("(กลันทา)", "«กลันทา»", "【ถนนหัก】"), read as spaces by
# recusal's generous reading.
_ENCLOSING = {
    code: " "
    for code in range(0x2E80)
    if unicodedata.category(chr(code)) in ("Ps", "Pe", "Pi", "Pf") or chr(code) in "\"'"
} | {code: " " for code in range(0x3000, 0x3020) if unicodedata.category(chr(code))[0] == "P"}
# The police named by their officers' words ("ตำรวจนางรอง", "ผกก.นางรอง"): the station, for
# recusal's generous reading.
_POLICE_BY_OFFICERS = re.compile(r"(?<!สถานี)ตำรวจ(?:ภูธร)?(?=\s?[ก-ฮ])|ผกก\s?\.|สวป\s?\.")
# What people call the local body itself ("ท้องถิ่นบ้านเป้า"), read with its posts.
LOCAL_BODY_WORDS = ("ท้องถิ่น",)
# The place said right after a post, with or without ตำบล/ต. ("ปลัดบ้านเป้า", "เจ้าหน้าที่ตำบล
# บ้านเป้า", "นายกเสาเดียว": a leading vowel too), never the prime minister, nor a district
# ("ปลัดอำเภอ…": the district office's).
_AFTER_POST = r"\s*ฯ?\s*(?:(?:ตำบล|ต\s?\.)\s*)?(?!รัฐมนตรี|ฯ|อำเภอ|อ\s?\.)([ก-ฮเ-ไ][^\s,()]*)"


def _said(words) -> str:
    """Words as one alternation, longest first, a dot optional ("ผอ." or "ผอ")."""
    return "|".join(re.escape(w).replace(r"\.", r"\s?\.?") for w in sorted(words, key=len)[::-1])


# A local body's posts (and units) before the place alone ("ปลัดบ้านเป้า"), and a
# sub-district's heads before it ("กำนันบ้านเป้า"): both read as that place's local body
# (the kamnan is not its officer, but recusal fails closed), whose sub-district tells a
# member tied to its district; not as the district's office (a member tied to that may still
# review a headman's deeds told to the council).
_LOCAL_POST_OF = re.compile(
    rf"(?:(?:{_said((*LOCAL_BODY_POSTS, *LOCAL_BODY_WORDS))})\s*(?:{_said(LOCAL_BODY_UNITS)})?"
    rf"|(?:{_said(LOCAL_BODY_UNITS)})){_AFTER_POST}"
)
_HEAD_OF = re.compile(rf"(?:{_said(VILLAGE_HEADS)}){_AFTER_POST}")
# อำเภอ in full, or อ. alone or after its officers and office ("ปลัดอ.", "ที่ว่าการอ."), or the
# chief's own abbreviation "นอ."
_AMPHOE_WORD = re.compile(
    r"(?:อำเภอ|(?:(?<![ก-ฮ])|(?<=ปลัด)|(?<=นาย)|(?<=ว่าการ))อ\s?\.|(?<![ก-ฮ])นอ\s?\.)\s*([^\s,()]+)"
)
_TAMBON_WORD = re.compile(r"(?:ตำบล|(?<![ก-ฮ])ต\s?\.)\s*([^\s,()]+)")
_OTHER_PROVINCE = re.compile(r"\s*(?:จังหวัด|จ\s?\.)\s*([^\s,()]+)")
_LATIN_AMPHOE = re.compile(r"\bamph(?:oe|ur|er)\s+([a-z]+)(?:\s+([a-z]+))?")
DEFAULT_PROVINCE = "31"  # BOT_PROVINCE's default; callers pass uow.settings.geography


@dataclass(frozen=True)
class ParsedAgency:
    """What an agency name says: its kind, its place, a district hint, and its key."""

    kind: str
    place: str
    district: str | None = None
    open_end: bool = False  # found in running text: the place may run on into other words

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
    """The one Thai clean-up (handlers.thai.normalise), politeness particles dropped, the words
    of agencies typed by ear spelled (`spelled`)."""
    return spelled(strip_particles(text))


def _as_thai_letters(value: str) -> str:
    """`value` with the Latin letters of each run that mixes both scripts as Thai ones."""

    def fold(run: re.Match) -> str:
        word = run.group(0)
        if _THAI_LETTER.search(word) and _LATIN_LETTER.search(word):
            return word.translate(_LATIN_AS_THAI)
        return word

    return _LETTER_RUN.sub(fold, value)


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
    if kind in NAMED_AFTER_TAMBON:  # "อบต. อยู่ที่ตำบล กลันทา": the words of where, then the place
        rest = _TAMBON.sub("", _LEADING.sub("", rest.strip()))
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


def _standalone(text: str, found: re.Match, generous: bool = False) -> bool:
    """At the start, after a space, a bracket or a title ("นายกทตบ้านเป้า"), or
    unmistakable even glued to the word before it: a dot, a word of three letters or more
    ("ศูนย์พัฒนาเด็กเล็กโรงเรียน…"), or an abbreviation with a place of the province right
    after it ("กองช่างอบตบ้านเป้า"; "ตอบตกลง" holds no อบต.), any place when `generous`
    (recusal reads every possible name: it fails closed)."""
    if found.start() == 0 or text[found.start() - 1] in " ,(/\"'":
        return True
    if _AFTER_TITLE.search(text, 0, found.start()):
        return True
    written = found.group(0)
    if "." in written or len(_THAI_LETTER.findall(written)) < 3:
        return "." in written
    if generous or _VOWEL_OR_MARK.search(written):
        return True
    return _geo(None).place_at(compact(text[found.end() :]))


def _kinds_in(value: str, generous: bool = False):
    """Each (kind, match) of a Thai agency kind standing as a word in `value`."""
    for found in _ANY_KIND.finditer(value):
        if _standalone(value, found, generous):
            yield BY_CODE[found.lastgroup], found


def kinds_named(text: str | None) -> list[str]:
    """The agency kinds a text names, in order ("นายก อบต." → ["sao"]), places or not."""
    return [kind.code for kind, _ in _kinds_in(clean(text))]


def _latin(name: str, open_end: bool = False, province: str = "") -> ParsedAgency | None:
    """A Latin-script name ("ban pao sao", "sao ban pao"): the kind before or after the place
    ("Tambon" before it is no part of the place, and the kind only after it). A PAO after
    "Tambon", or one not named after its province, is a word of the place ("Tambon Ban
    Pao" is บ้านเป้า): no kind, None."""
    name = name.strip(" .-'")
    for kind, around in _LATIN_AROUND:
        found = re.fullmatch(around, name)
        if found and compact(found.group(1)):
            return ParsedAgency(kind.code, found.group(1).strip(" .-'"), open_end=open_end)
    tambon = _LATIN_TAMBON.match(name)
    rest = name[tambon.end() :] if tambon else name
    for kind, after_tambon, either in _LATIN_WHOLE:
        found = (after_tambon if tambon else either).fullmatch(rest)  # "Tambon Sao Diao"
        if found:
            place = found.group(found.lastindex).strip(" .-'")
            if kind.family == "province" and (tambon or not _of_province(place, province)):
                return None
            return ParsedAgency(kind.code, place, open_end=open_end)
    return None


def _of_province(place: str, province: str) -> bool:
    """Whether a PAO's place is its province (or none, or no province to tell by)."""
    own = latin_form(province) if province else ""
    return not own or not compact(place) or latin_form(place).startswith(own)


def _latin_in(run: str) -> list[ParsedAgency]:
    """Latin-script agencies inside a sentence ("the mayor of ban pao sao took money"):
    a kind as a word, with the words just before it or just after it as the place."""
    found = []
    for match in _LATIN_TAMBON.finditer(run):  # "of Tambon Ban Pao": that tambon's body
        place = " ".join(_words(run[match.end() :].split()))
        if compact(place):
            found.append(ParsedAgency("local_government", place, open_end=True))
    for kind, around in _LATIN_AROUND:
        words = around.replace("(.+?)", rf"((?:[^\s]+\s+){{0,{LATIN_PLACE_WORDS - 1}}}?[^\s]+)")
        for match in re.finditer(rf"(?<![a-z]){words}(?![a-z])", run):
            found.append(ParsedAgency(kind.code, match.group(1).strip(" .,'-"), open_end=True))
    for kind, pattern in _LATIN_KINDS:
        for match in re.finditer(rf"(?<![a-z])(?:{pattern})(?![a-z])", run):
            before = _words(reversed(run[: match.start()].split()))
            after = _words(_after_link(run[match.end() :].split()))
            places = [" ".join(reversed(before[:n])) for n in range(1, len(before) + 1)]
            for place in [*places, " ".join(after)]:
                if compact(place):
                    found.append(ParsedAgency(kind.code, place, open_end=True))
    return found


def _after_link(words: list[str]) -> list[str]:
    """The words after a kind, without the "of"/"in the" that leads to its place."""
    skipped = 0
    while skipped < len(words) and words[skipped].strip(" .,'-") in _LATIN_LINK_WORDS:
        skipped += 1
    return words[skipped:]


def _words(words) -> list[str]:
    """The first few words, up to one that ends a place."""
    taken = []
    for word in words:
        word = word.strip(" .,'-")
        if word in _LATIN_STOP or len(taken) == LATIN_PLACE_WORDS:
            break
        taken.append(word)
    return taken


def parse(text: str | None, geo: Geography | None = None) -> ParsedAgency:
    """Kind, place and district hint of a typed agency name (kind "other" when unknown,
    with no place when the citizen said they do not know)."""
    geo = _geo(geo)
    value = _LEADING.sub("", clean(text))
    if is_dont_know(value):
        return ParsedAgency(OTHER, "")
    hint = _district_hint(value, geo)
    for written in dict.fromkeys((value, _as_thai_letters(value))):
        for kind, found in _kinds_in(written):
            place = _place(written[found.end() :], kind.code, geo.name)
            return ParsedAgency(kind.code, place, hint)
    for run in _LATIN_RUN.finditer(value):
        latin = _latin(run.group(0), province=geo.name)
        if latin is not None:
            return latin
    whole = geo.match_district(value) if _AMPHOE.match(value) else None
    if whole is not None and whole.district:
        return ParsedAgency("district_office", whole.district, whole.district)
    return ParsedAgency(OTHER, _TAMBON.sub("", value).strip(" ,.-"), hint)


def _place_before(before: str, kind: str, province: str) -> str:
    """A kind with nothing after it, "กลันทา (อบต.)": the word written just before it (the
    brackets are spaces by then). Read generously, as every mention is."""
    words = before.split()
    return _place(words[-1][-MENTION_SPAN:], kind, province) if words else ""


def mentions(
    text: str | None, geo: Geography | None = None, loosely: bool = False, places: bool = True
) -> list[ParsedAgency]:
    """Every agency named anywhere in a text (an official's title, a place, the story),
    in Thai or Latin script; the place is read as running on (compared by its start).
    Read generously, since recusal fails closed on what is found: the long forms spaced
    out ("องค์การ บริหาร ส่วน ตำบล"), a mayor named by the place alone ("นายกฯกลันทา"),
    a district's office by the district ("เจ้าหน้าที่อำเภอนางรอง"); `loosely` (recusal), a
    district's too by any romanisation of its name alone ("Phuttaisong"), and, with `places`,
    each sub-district named anywhere as a body of it (`_places_anywhere`)."""
    geo = _geo(geo)
    value = _POLICE_BY_OFFICERS.sub("สภ.", clean(text).translate(_ENCLOSING))
    folded = _as_thai_letters(value)
    found = []
    readings = (
        value,
        folded,
        _THAI_SPACED.sub("", value),
        _latin_kinds_in_thai(value),
        _VILLAGE_SHORT.sub("บ้าน", value),
    )
    for written in dict.fromkeys(readings):
        for kind, match in _kinds_in(written, generous=True):
            # "อบต. (ตำบลกลันทา)", "อบต. "กลันทา"": the place in brackets or quotes
            rest = written[match.end() :].lstrip(" (\"'“”")[:MENTION_SPAN]
            place = _place(rest, kind.code, geo.name) or _place_before(
                written[: match.start()], kind.code, geo.name
            )
            if compact(place):
                found.append(ParsedAgency(kind.code, place, open_end=True))
        for posts in (_LOCAL_POST_OF, _HEAD_OF):
            for place in _places_after(written, posts):
                found.append(ParsedAgency("local_government", place, open_end=True))
        found += _district_offices(written, geo)
    for run in _LATIN_RUN.finditer(value):
        latin = _latin(run.group(0), open_end=True, province=geo.name)
        if latin is not None and compact(latin.place):
            found.append(latin)
        found += _latin_in(run.group(0))
    if loosely:
        found += _latin_districts(value, geo)
        found += _bodies_by_place(readings, geo)
        found += _districts_by_place(readings, geo)
        found += _subdistricts_alone(value, geo)
        found += _bodies_by_nickname(readings, geo)
        if places:
            found += _places_anywhere(readings, geo)
    return list(dict.fromkeys(found))


#: "บ." for บ้าน before a village's name ("รร.บ.บัว", "รพ.สต.บ.กลันทา"), read so by recusal.
_VILLAGE_SHORT = re.compile(r"(?<![ก-ฮ])บ\s?\.\s?(?=[ก-ฮเ-ไ])")


def _bodies_by_nickname(readings, geo: Geography) -> list[ParsedAgency]:
    """Recusal's rule for a body named by what people call it (`Kind.nicknames`, "นายกใหญ่"):
    the province's body of that kind (a tambon's is read with the places named, by
    `_bodies_by_place`)."""
    return [
        ParsedAgency(kind.code, geo.name)
        for kind in KINDS
        if kind.nicknames
        and kind.family == "province"
        and any(re.search(kind.nicknames, written) for written in readings)
    ]


def _places_anywhere(readings, geo: Geography) -> list[ParsedAgency]:
    """Recusal's rule for a place alone: each sub-district named anywhere in a text, in Thai
    or Latin letters, with or without a kind of body by it ("คนที่ตำบลกลันทา", "เจ้าหน้าที่ที่
    กลันทา", "office of Klantha"), as a body of no known kind there: near every record of that
    place whatever its kind (its อบต., its เทศบาล, its รพ.สต., the school of its village), since
    recusal fails closed. Not the district's office: a tie to a district keeps only what its
    bodies' records and names say (many sub-districts' names are everyday words too)."""
    places = {p: None for written in readings for p in geo.subdistricts_in(written, MIN_PREFIX)}
    places.update(dict.fromkeys(_latin_subdistricts_in(readings[0], geo)))
    return [ParsedAgency(OTHER, place) for place in places]


#: A Latin kind of a tambon's body, even glued to its place ("SAOKlantha", "#klanthasao").
_LATIN_TAMBON_KIND = re.compile(r"sao|tao|obt|abt|tambon|subdistrict|thesaban")
LATIN_SUBDISTRICT_WORDS = 3  # the most words a sub-district's name is written in ("Thanon Hak")


def _bodies_by_place(readings, geo: Geography) -> list[ParsedAgency]:
    """Recusal's rule for a bare kind: a kind of body named after its tambon (อบต., ทต.,
    เทศบาล, อปท., "นายกเล็ก", SAO…) anywhere in a text, with a sub-district's name anywhere in
    it, in Thai or Latin letters, in any order and with any words between ("ที่ตำบลกลันทา
    อบต.เรียกเงิน", "อบต.ซึ่งอยู่ที่กลันทา", "The SAO chief in Klanta"): that place's body.
    Read generously, since recusal fails closed."""
    kinds: dict[str, None] = {}
    for written in readings:
        for kind, _ in _kinds_in(written, generous=True):
            if kind.code in NAMED_AFTER_TAMBON or kind.code == "local_government":
                kinds[kind.code] = None
        for kind in KINDS:
            if kind.nicknames and kind.family != "province" and re.search(kind.nicknames, written):
                kinds[kind.code] = None
    latin = "".join(re.findall(r"[a-z]+", readings[0]))
    if _LATIN_TAMBON_KIND.search(latin):
        kinds["sao"] = None
    if not kinds:
        return []
    places = {p: None for written in readings for p in geo.subdistricts_in(written, MIN_PREFIX)}
    places.update(dict.fromkeys(_latin_subdistricts_in(readings[0], geo)))
    return [ParsedAgency(kind, place) for kind in kinds for place in places]


#: A village's number before a place ("หมู่ 3 ถนนหัก", "ม.5 ตาเป๊ก"): the place is its sub-district.
_VILLAGE_NUMBER = re.compile(r"(?:หมู่(?:ที่)?|(?<![ก-ฮ])ม\s?\.)\s*\d{1,2}\s*([^\s,()]+)")
#: A sub-district in Latin letters with no kind of body by it is read only this close to its
#: name and this long: romanised Thai is full of near ones ("baan chan", my house, is near
#: Ban Chan).
LATIN_SUBDISTRICT_ALONE = 95
MIN_LATIN_SUBDISTRICT_ALONE = 8


def _subdistricts_alone(value: str, geo: Geography) -> list[ParsedAgency]:
    """Recusal's rule for a sub-district said with no kind of body by it: the office of its
    district, when only one district has it, said after a village's number ("หมู่ 3 ถนนหัก"),
    as the whole text (a place typed as "ถนนหัก"), or in Latin letters close to its name
    ("Thanon Hak"). Not anywhere in Thai: many names are everyday words too ("ถนนหัก", a
    broken road; "สองห้อง", two rooms), which would keep tickets from members who must see
    them."""
    said = [geo.subdistrict_at(compact(m.group(1))) for m in _VILLAGE_NUMBER.finditer(value)]
    said.append(compact(value))
    said += _latin_subdistricts_in(value, geo, LATIN_SUBDISTRICT_ALONE, MIN_LATIN_SUBDISTRICT_ALONE)
    districts = [geo.districts_with_subdistrict(place) for place in dict.fromkeys(said) if place]
    return [
        ParsedAgency("district_office", found[0], found[0])
        for found in districts
        if len(found) == 1
    ]


def _latin_subdistricts_in(
    text: str, geo: Geography, cutoff: int = CONFIDENT, shortest: int | None = None
) -> list[str]:
    """The sub-districts named in Latin letters anywhere, as people romanise them, a kind
    glued to them or not ("Thanon Hak", "Klanta", "SAOKlantha"): runs of a few words of
    `shortest` letters or more compared loosely (`cutoff`) with each one's English name and
    romanisation (`shortest` by default `MIN_LATIN_DISTRICT`, defined below)."""
    shortest = shortest or MIN_LATIN_DISTRICT
    lower = text.lower()
    if not re.search(r"[a-z]", lower):
        return []
    unglued = _LATIN_TAMBON_KIND.sub(" ", lower)
    forms = _latin_subdistrict_forms(geo)
    found = [
        place
        for written in dict.fromkeys((lower, unglued))
        for place in _latin_runs_named(written, forms, LATIN_SUBDISTRICT_WORDS, shortest, cutoff)
    ]
    return list(dict.fromkeys(found))


def _latin_runs_named(
    text: str, forms: dict[str, str], most_words: int, shortest: int, cutoff: int
) -> list[str]:
    """The Thai names whose Latin `forms` a run of up to `most_words` words of `text` (of
    `shortest` letters or more, joined) is close to, loosely (`cutoff`), in the text's order."""
    words = re.findall(r"[a-z]+", text.lower())
    spellings = list(forms)
    found = []
    for size in range(1, most_words + 1):
        for start in range(len(words) - size + 1):
            joined = "".join(words[start : start + size])
            if len(joined) < shortest:
                continue
            best = process.extractOne(joined, spellings, scorer=fuzz.ratio, score_cutoff=cutoff)
            if best:
                found.append(forms[best[0]])
    return found


@lru_cache(maxsize=4)
def _latin_subdistrict_forms(geo: Geography) -> dict[str, str]:
    """Each sub-district's Latin forms (its English name, its romanisation), to its Thai name."""
    forms = dict(geo.latin_subdistricts())
    for thai in set(forms.values()):
        forms.setdefault(latin_form(thai), thai)
    return {form: thai for form, thai in forms.items() if form}


def _districts_by_place(readings, geo: Geography) -> list[ParsedAgency]:
    """Recusal's rule for a district's name: the offices of the districts a text names as
    said (`Geography.districts_heard_in`: "นางร้อง", "ນາງຮອງ")."""
    districts = [d for written in readings for d in geo.districts_heard_in(written)]
    return [ParsedAgency("district_office", d, d) for d in dict.fromkeys(districts)]


def _places_after(text: str, posts: re.Pattern) -> list[str]:
    """The places said right after an official's post ("ปลัดบ้านเป้าเรียกเงิน" → "บ้านเป้าเรียก
    เงิน", read as running on), a kind of agency after it left to the kinds' reading."""
    places = (match.group(1)[:MENTION_SPAN] for match in posts.finditer(text))
    return [place for place in places if compact(place) and not _ANY_KIND.match(place)]


def _latin_kinds_in_thai(value: str) -> str:
    """`value` with a kind in Latin letters before a Thai place ("OBT กลันทา") in Thai."""
    for kind, pattern in _LATIN_KINDS:
        value = re.sub(rf"(?<![a-z])(?:{pattern})\s*(?=[\u0e01-\u0e4e])", kind.full, value)
    return value


def _district_offices(text: str, geo: Geography) -> list[ParsedAgency]:
    """The offices of the districts a text names: a district after อำเภอ/อ. ("อำเภอนางรอง",
    "ปลัดอ.นางรอง", "Amphoe Nang Rong"), unless another province follows ("อ.เมือง
    จ.สุรินทร์"); a sub-district of one district only ("ต.ถนนหัก" is in นางรอง); a district's
    name anywhere ("การไฟฟ้านางรอง": recusal fails closed on a body of it)."""
    found = []
    for match in _AMPHOE_WORD.finditer(text):
        word = compact(match.group(1))
        province = _OTHER_PROVINCE.match(text, match.end())
        if province and not compact(province.group(1)).startswith(geo.name):
            continue
        district = next((d for d in geo.districts() if word.startswith(d)), None)
        district = district or geo.match_district(word).district
        if district:
            found.append(district)
    for match in _TAMBON_WORD.finditer(text):
        districts = geo.districts_with_subdistrict(geo.subdistrict_at(compact(match.group(1))))
        if len(districts) == 1:
            found.append(districts[0])
    for match in _LATIN_AMPHOE.finditer(text.lower()):
        if other_province_said(text[match.start() : match.end() + MENTION_SPAN], geo.code):
            continue  # "Amphoe Mueang Sisaket": another province's district, not ours
        words = [w for w in match.groups() if w]
        district = geo.match_district(" ".join(words)).district
        found.append(district or geo.match_district(words[0]).district)
    # any body named after a district ("การไฟฟ้านางรอง", "วิทยาลัยเทคนิคนางรอง"): fail closed
    found += [district for district in geo.districts() if district in compact(text)]
    return [ParsedAgency("district_office", d, d) for d in dict.fromkeys(found) if d]


LATIN_DISTRICT_WORDS = 4  # the most words a district's name is written in ("Ban Mai Chaiya Phot")
MIN_LATIN_DISTRICT = 5  # shorter runs of letters are too easily near one of the names


def _latin_districts(text: str, geo: Geography) -> list[ParsedAgency]:
    """The offices of the districts named in Latin letters anywhere, as people romanise
    them ("Phuttaisong" for Phutthaisong, "Nangrong"): each run of a few words compared,
    loosely (`CONFIDENT`), with each district's English name and its romanisation."""
    if not re.search(r"[a-z]", text.lower()):
        return []
    found = _latin_runs_named(
        text, _latin_district_forms(geo), LATIN_DISTRICT_WORDS, MIN_LATIN_DISTRICT, CONFIDENT
    )
    return [ParsedAgency("district_office", d, d) for d in dict.fromkeys(found)]


@lru_cache(maxsize=4)
def _latin_district_forms(geo: Geography) -> dict[str, str]:
    """Each district's Latin forms (its English name, its romanisation), to its Thai name."""
    forms = {}
    for district in geo.districts():
        for form in (latin_form(geo.english_name(district)), latin_form(district)):
            forms.setdefault(form, district)
    return forms


@lru_cache(maxsize=8192)
def latin_form(place: str) -> str:
    """A place in Latin letters only: Thai romanised (RTGS, PyThaiNLP's "royin"), lower case,
    no spaces or punctuation ("บ้านเป้า" and "Ban Pao" both give "banpao")."""
    latin = romanize(place, engine="royin") if _THAI.search(place) else place
    return _NOT_LATIN.sub("", latin.lower())


def _comparable(a: str, b: str) -> tuple[str, str]:
    a, b = compact(a), compact(b)
    if _THAI.search(a) and _THAI.search(b):
        return a, b
    return latin_form(a), latin_form(b)


def _same_family(a: str, b: str) -> bool:
    return a == b or b in FAMILY_OF_FAMILIES.get(a, ()) or a in FAMILY_OF_FAMILIES.get(b, ())


def similarity(a: ParsedAgency, b: ParsedAgency) -> float:
    """0-100: how alike two agencies are; different families never match, "other" may.
    Latin-script places are compared with the Thai ones' romanisation; a place found in
    running text is also compared by its start."""
    if a.kind != OTHER and b.kind != OTHER and not _same_family(a.family, b.family):
        return 0.0
    pa, pb = _comparable(a.place, b.place)
    if not pa or not pb:
        return 0.0
    score = fuzz.ratio(pa, pb)
    for run_on, known, is_open in ((pa, pb, a.open_end), (pb, pa, b.open_end)):
        if is_open and len(known) >= MIN_PREFIX and len(run_on) > len(known):
            score = max(score, fuzz.ratio(run_on[: len(known)], known))
    # A name of no kind compared with the kind removed: a kind unread in it ("เอสเอโอกลันทา",
    # "officeofklantha") leaves the other's place inside it; near, never the same.
    for unknown, whole, known, part in ((a, pa, b, pb), (b, pb, a, pa)):
        if unknown.kind == OTHER != known.kind and len(part) >= MIN_CONTAINED and part in whole:
            score = max(score, NEAR)
    return score


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
    found = geo.districts_with_subdistrict(parsed.place)
    return found[0] if len(found) == 1 else None


def is_known_place(parsed: ParsedAgency, geo: Geography | None = None) -> bool:
    """Whether the place is a district or sub-district of the province (so the agency
    surely exists)."""
    geo = _geo(geo)
    if compact(parsed.place).startswith(geo.name) and parsed.family != "tambon":
        return True
    if parsed.kind == _TAMBON_HEALTH and geo.districts_with_subdistrict(compact(parsed.place)):
        return True  # "รพ.สต.ทะเมนชัย": a ตำบล's health centre, named after the ตำบล (walk40)
    if parsed.kind in NAMED_AFTER_VILLAGES or not compact(parsed.place):
        return bool(tambon_of_village(parsed, geo))
    # The sub-districts first: a dictionary look-up, where a district is matched by sound
    # too (a pass over every district); most agencies are a tambon's.
    if geo.districts_with_subdistrict(parsed.place):
        return True
    return bool(geo.match_district(parsed.place).district)


#: The ตำบล's health-promoting hospital (รพ.สต.): named after its village or its ตำบล itself.
_TAMBON_HEALTH = "health_promoting_hospital"
#: Agencies named after a village that may carry its ตำบล's name ("โรงเรียนบ้านหายโศก").
_VILLAGE_KINDS = frozenset({"school", "health_promoting_hospital"})
_VILLAGE = "บ้าน"


def tambon_of_village(parsed: ParsedAgency, geo: Geography | None = None) -> str | None:
    """The sub-district a school's or รพ.สต.'s village is named as ("โรงเรียนบ้านหายโศก":
    หายโศก; "รพ.สต.บ้านจาน": บ้านจาน), when the province has one by that name: such a village
    is most often the ตำบล's own, so the agency surely exists; else None."""
    place = compact(parsed.place)
    if parsed.kind not in _VILLAGE_KINDS or not place.startswith(_VILLAGE):
        return None
    geo = _geo(geo)
    for name in (place, place[len(_VILLAGE) :]):
        if name and geo.districts_with_subdistrict(name):
            return name
    return None


def province_elsewhere(agency: str, geo: Geography, told: list[str] | None = None) -> str | None:
    """The other province an agency is in, said ("ศูนย์ดำรงธรรมจังหวัดสุรินทร์") or told by its
    name: a kind named after its district (`NAMED_AFTER_DISTRICT`) named after a district of
    one other province and none of this one's ("สภ.ปราสาท": สุรินทร์; "สภ.นางรอง", "อบต.ปราสาท"
    and this province's own are None: a sub-district body of ours is ours). A name guessed
    from another province's district yields to a sub-district of ours already `told` by that
    name (ต.ปราสาท of บ้านกรวด with "สภ.ปราสาท": a station named after our tambon)."""
    said = other_province_said(agency, geo.code)
    if said:
        return said
    parsed = parse(agency, geo)
    place = compact(strip_particles(parsed.place or ""))
    if parsed.kind not in NAMED_AFTER_DISTRICT or not place or parsed.district:
        return None
    if geo.match_district(place).district:
        return None
    if any(compact(name) == place for name in told or ()) and geo.districts_with_subdistrict(place):
        return None
    return province_of_district_elsewhere(place, geo.code)
