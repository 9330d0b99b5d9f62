"""maskA34 attacks its own rules (issue #17): ten spellings of the names it did not design
for, in the scripts and spellings it taught the masking (Hangul, Greek, a percent-encoded link,
'aw' for อ, an unsounded h, syllabics, digits in a spelt-out name). A passing test: the
protection held; `xfail(strict=True)`: it got through (the reason says how)."""

from __future__ import annotations

import pytest

from handlers import masking

MARKS = {whose: f"[{whose}]" for whose in masking.WHOSE}
NAMES = [
    ("สมหญิง รักดี", masking.COMPLAINANT),
    ("บุญมา ทองดี", masking.WITNESS),
    ("สมชาย ใจดี", masking.WITNESS),
    ("0812345678", masking.PHONE),
]


def shown(said: str) -> str:
    """`said` as a member without identity access reads it."""
    return masking.masked(said, NAMES, MARKS)


def through(reason: str):
    return pytest.mark.xfail(strict=True, reason=f"through: {reason}")


def _encoded(text: str, before: str = "%") -> str:
    return "".join(f"{before}{b:02x}" for b in text.encode())


@pytest.mark.parametrize(
    ("said", "hidden"),
    [
        ("분마 통디 봤어요", "통디"),  # the whole name in Hangul
        ("Μπούνμα Θόνγκντι είδε", "Θόνγκντι"),  # Greek with its accents
        (f"https://fb.com/{_encoded('สมชาย')}", _encoded("สมชาย")),  # lower-case hex
        ("https://fb.com/" + _encoded("บุญมา", "%25"), "%25e0"),  # encoded twice
        ("Thawngdy saw", "Thawngdy"),  # aw and a closing y
        ("Sohmchai saw", "Sohmchai"),  # the unsounded h in another name
        ("ᔕOᗰᑕᕼᗩY saw", "ᗰᑕᕼ"),  # syllabics and Latin mixed
        ("S 0 m c h 4 y saw", "c h"),  # spelt out, digits for o and a
    ],
)
def test_a_name_in_a_spelling_not_designed_for(said, hidden):
    assert hidden not in shown(said), shown(said)


# Held (was through: "Hangul with a particle joined to the name ('솜차이가': somchaiga), read
# as one word"): `by_sound.hangul_name`.
def test_a_name_in_hangul_with_its_particle():
    assert "솜차이" not in shown("솜차이가 봤다")


# Held (was through: "Greek writes ช as τσ ('Σομτσάι': somtsai), which no key reads as ch").
def test_a_name_in_greek_with_ts_for_ch():
    assert "Σομτσάι" not in shown("Σομτσάι είδε")


# --- a second round, after the first's two were closed ---------------------------------------

LATIN_NAMES = [("Gary", masking.WITNESS), ("Sam Jones", masking.WITNESS)]


def _encoded_upper(text: str) -> str:
    return "".join(f"%{b:02X}" for b in text.encode())


@pytest.mark.parametrize(
    ("said", "hidden"),
    [
        ("Ρακντί είδε", "Ρακντί"),  # Greek ντ for the d of รักดี
        (  # a search link, the two words joined by a plus
            "https://google.com/search?q=" + _encoded_upper("บุญมา") + "+" + _encoded_upper("ทองดี"),
            _encoded_upper("ทองดี"),
        ),
        ("Thawng-dee saw", "Thawng"),
        ("Sohm Ying filed it", "Ying"),
        ("ᖇᗩKᗪEE filed it", "ᗩKᗪ"),
        ("ແກຣີ ເຫັນ", "ແກຣີ"),  # a Latin witness in Lao letters, its a as แอ
        ("분마님이 봤어요", "분마"),  # an honorific and a particle joined
    ],
)
def test_a_name_in_a_second_round_of_spellings(said, hidden):
    assert hidden not in masking.masked(said, NAMES + LATIN_NAMES, MARKS)


# Held (was through: "Hangul without the y of สมหญิง ('솜잉': soming), as Korean hears it: no
# key drops a y"): `masking._GLIDE_UNSAID`.
def test_a_name_in_hangul_without_its_y():
    assert "솜잉" not in shown("솜잉이 신고했어요")


# Held (was through: "a Latin first name of three letters in Thai letters ('แซม' for Sam)"): a
# Latin word of three letters keyed as short as a short counts as a short (`masking`).
def test_a_short_latin_first_name_in_thai_letters():
    said = "แซมเห็นปลัดรับเงิน"
    assert "แซม" not in masking.masked(said, NAMES + LATIN_NAMES, MARKS)


# Held (was through: "Cyrillic тх for th ('Тхонгди': tkhongdi): х is read kh"):
# `by_sound._ASPIRATED_AS_LATIN`.
def test_a_name_in_cyrillic_with_tkh_for_th():
    assert "Тхонгди" not in shown("Тхонгди видел")
