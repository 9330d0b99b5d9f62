"""Round 38 attacks (issue #17 "insiders … what still gets through") on fixA38a's masking of
names written as other scripts hear them (`masking`, `by_sound`): mixed scripts in one word,
accents and invisible characters inside, hiragana, katakana's final u, V for ว, Thai spellings
of a Latin name. New spellings, tried after the fix and written without reading its tests. A
passing test: the name was masked; `xfail(strict=True)`: it got through (the reason says how).
"""

from __future__ import annotations

import pytest

from handlers import masking
from tests.factories import add_member, add_ticket

MARKS = {whose: f"[{whose}]" for whose in masking.WHOSE}
NAMES = [
    ("สมหญิง รักดี", masking.COMPLAINANT),
    ("บุญมา ทองดี", masking.WITNESS),
    ("วุฒิชัย ศรีสุข", masking.WITNESS),
    ("John Smith", masking.WITNESS),
]


def through(reason: str):
    """An attack that got through: the test asserts the protection, and fails."""
    return pytest.mark.xfail(strict=True, reason=f"through: {reason}")


def shown(said: str) -> str:
    """`said` as a member without identity access reads it."""
    return masking.masked(said, NAMES, MARKS)


@pytest.mark.parametrize(
    ("said", "hidden"),
    [
        ("すみす 見た", "すみす"),  # hiragana Smith
        ("ぶんま 見た", "ぶんま"),  # hiragana Bunma
        ("ｼﾞｮﾝ･ｽﾐｽ 見た", "ｽﾐｽ"),  # half-width katakana, half-width nakaguro
        ("Смі\u200dт видел", "См"),  # Ukrainian і and a zero-width joiner inside
        ("Ѕмит видел", "мит"),  # Cyrillic dze (Ѕ), a letter Russian lacks
        ("Бουнма видел", "нма"),  # Greek ου inside a Cyrillic word
        ("Б у н м а видел", "н м а"),  # Cyrillic letters spaced out
        ("Б-у-н-м-а видел", "н-м-а"),  # Cyrillic letters with hyphens
        ("С м и т видел", "м и т"),
        ("Бу\u0301нма видел", "нма"),  # a stress mark on the first vowel
        ("Ｖｕｔｔｉｃｈａｉ saw", "ｃｈａｉ"),  # full-width V for ว
        ("Vut-tichai saw", "tichai"),  # a hyphen inside, at the doubled t
        ("Wut-ti-chai saw", "chai"),  # cut into its syllables
        ("Vúttichái saw", "ttich"),  # Latin accents
        ("Vu\u0308ttichai saw", "ttich"),  # a diaeresis typed apart from its letter
        ("Ⅴuttichai saw", "uttichai"),  # the Roman numeral five for V
        ("Вуттичай видел", "Вутт"),  # Cyrillic в for ว
        ("ซมิท เห็น", "ซมิท"),  # ซ for ส in a Thai Smith
        ("สมิทธ์ เห็น", "สมิทธ์"),  # a silent ธ after the ท
        ("Ракдее видела", "Ракд"),  # Cyrillic ее for the long i, as English spells it
    ],
)
def test_a_name_in_a_new_spelling_that_held(said, hidden):
    assert hidden not in shown(said), shown(said)


# Held (was through: "Greek 'Βουνμα': Modern Greek reads Β as v (its b is μπ), so it is heard
# 'vunma'; by its look (Β, ν) it is 'Bouvma' — neither reading is Bunma"): fixA40a,
# `by_sound.other_readings` (Greek's letters of old, a first capital by its look).
def test_a_thai_name_in_greek_letters_chosen_by_look():
    assert "Βουνμα" not in shown("Βουνμα είδε")


@pytest.mark.parametrize(
    "said",
    [
        "すみません、見ました",  # Japanese "excuse me"
        "The van and the visa office",  # V words, a witness named วุฒิชัย
        "Vichai Sriwan saw",  # another man's name in V
        "ราคาดี บุญมาก สมใจ",  # everyday Thai beside the names' sounds
    ],
)
def test_everyday_words_left_as_typed(said):
    assert shown(said) == said


# Held (was false masking: "the Thai given name 'สมิตร' is cut 'สมิต' + 'ร' and its 'สมิต' read
# samit, as Smith in Thai letters (`_CLUSTER_A`) is: shown '[witness]ร'"): fixA40a, a piece cut
# off an unknown word joins it (`masking._thai_words_in`), and a word in Thai's own spelling is
# no Latin name (`masking._THAI_OWN_SPELLING`).
def test_a_thai_name_that_sounds_like_smith_in_thai_letters_is_left():
    assert shown("คุณสมิตร ใจดี ไม่เกี่ยว") == "คุณสมิตร ใจดี ไม่เกี่ยว"


def _reviewer(app, services):
    from tests.dashboard_login import sign_in

    member = add_member(services, "reviewer")
    client = app.test_client()
    assert sign_in(client, services, member).status_code == 303
    return client


def test_a_hiragana_witness_name_in_the_place_on_the_dashboard(app, services):
    reference = add_ticket(
        services, witnesses="John Smith", place_text="すみすの家の前", description="ปลัดเรียกเงิน"
    )
    out = _reviewer(app, services).get(f"/committee/tickets/{reference}").get_data(as_text=True)
    assert "すみす" not in out and "ปลัดเรียกเงิน" in out


def test_a_spaced_cyrillic_witness_name_in_the_agency_in_the_csv_export(app, services):
    add_ticket(services, witnesses="บุญมา ทองดี", agency="อบต. Б у н м а", description="ปลัดเรียกเงิน")
    with _reviewer(app, services).get("/committee/tickets/export.csv") as got:
        assert got.status_code == 200
        out = got.get_data(as_text=True)
    assert "н м а" not in out
