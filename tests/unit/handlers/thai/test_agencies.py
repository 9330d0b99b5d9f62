"""Agency names as villagers type them: one kind and place, whatever the spelling."""

from __future__ import annotations

import pytest

from handlers.thai.agencies import (
    CONFIDENT,
    NEAR,
    OTHER,
    district_of,
    is_known_place,
    kinds_named,
    mentions,
    parse,
    similarity,
    spelled,
    tambon_of_village,
)

BAN_PAO = "sao:บ้านเป้า"


@pytest.mark.parametrize(
    "typed",
    [
        "อบต.บ้านเป้า",
        "องค์การบริหารส่วนตำบลบ้านเป้า",
        "องค์การบริหารส่วนตำบล บ้านเป้า",
        "อบต บ้านเป้า",
        "อบต.บ้าน เป้า",
        "อ.บ.ต.บ้านเป้า",
        "อบต.ตำบลบ้านเป้า",
        "อบต. ต.บ้านเป้า",
        "นายก อบต.บ้านเป้า",
        "ที่ อบต.บ้านเป้า",
        "อบต.บ้านเป้าครับ",
        "อบต.บ้าน\u200bเป้า",
        "  อบต.บ้านเป้า  อ.พุทไธสง จ.บุรีรัมย์ ",
        "อบต.บา้นเป้า",  # tone mark typed after the vowel
        "อบต.บ้านเป้าา",  # a vowel typed twice
        "อｂｔ.บ้านเป้า",  # Latin letters among Thai ones
        "อบt บ้านเป้า",
    ],
)
def test_every_spelling_of_one_sao_has_one_key(typed):
    assert parse(typed).key == BAN_PAO


@pytest.mark.parametrize(
    ("typed", "key"),
    [
        ("ทต.บ้านเป้า", "tambon_municipality:บ้านเป้า"),
        ("เทศบาลตำบลบ้านเป้า", "tambon_municipality:บ้านเป้า"),
        ("ทม.บุรีรัมย์", "town_municipality:บุรีรัมย์"),
        ("เทศบาลเมืองบุรีรัมย์", "town_municipality:บุรีรัมย์"),
        ("อบจ.", "pao:บุรีรัมย์"),
        ("องค์การบริหารส่วนจังหวัดบุรีรัมย์", "pao:บุรีรัมย์"),
        ("รพ.สต.บ้านโคกเมือง", "health_promoting_hospital:บ้านโคกเมือง"),
        ("โรงพยาบาลส่งเสริมสุขภาพตำบลบ้านโคกเมือง", "health_promoting_hospital:บ้านโคกเมือง"),
        ("สถานีอนามัยบ้านโคกเมือง", "health_promoting_hospital:บ้านโคกเมือง"),
        ("รพ.นางรอง", "hospital:นางรอง"),
        ("สพป.บุรีรัมย์ เขต 2", "primary_esa:บุรีรัมย์2"),
        ("สพป.บร.2", "primary_esa:บุรีรัมย์2"),
        ("สำนักงานเขตพื้นที่การศึกษาประถมศึกษาบุรีรัมย์ เขต ๒", "primary_esa:บุรีรัมย์2"),
        ("รร.บ้านหนองกง", "school:บ้านหนองกง"),
        ("โรงเรียนบ้านหนองกง อ.นางรอง", "school:บ้านหนองกง"),
        ("ที่ว่าการอำเภอนางรอง", "district_office:นางรอง"),
        ("นายอำเภอนางรอง", "district_office:นางรอง"),  # its chief names the office
        ("Nang Rong district chief", "district_office:nangrong"),
        ("SAO of Ban Pao", "sao:banpao"),
        ("Or Bor Tor in the Ban Pao", "sao:banpao"),
        ("Ban Pao Subdistrict Administration Organisation", "sao:banpao"),
        ("Ban Pao Sub-District Admin Org", "sao:banpao"),
        ("Buriram Provincial Admin. Org.", "pao:buriram"),
        # The English name wrapping its place, as officials write it
        ("Tambon Ban Pao Administrative Organization", "sao:banpao"),
        ("Subdistrict Ban Pao Admin Org", "sao:banpao"),
        ("Tambon Ban Pao Municipality", "tambon_municipality:banpao"),
        ("อ.นางรอง", "district_office:นางรอง"),
        ("สภ.นางรอง", "police:นางรอง"),
        ("สภาองค์กรชุมชนตำบลสะเดา", "other:สภาองค์กรชุมชนตำบลสะเดา"),
    ],
)
def test_abbreviations_and_full_forms(typed, key):
    assert parse(typed).key == key


def test_an_english_name_wrapping_its_place_is_found_in_a_sentence():
    found = mentions("the mayor of Tambon Song Hong Administrative Organization took money")
    assert any(f.key == "sao:songhong" for f in found)
    assert (
        similarity(parse("อบต.สองห้อง"), parse("Tambon Song Hong Administrative Organization"))
        >= CONFIDENT
    )


def test_misspellings_are_confident_and_neighbours_are_near_but_others_are_not():
    conflict = parse("อบต.บ้านเป้า")
    assert similarity(conflict, parse("อบต.บ้านเปา")) >= CONFIDENT
    assert similarity(conflict, parse("ทต.บ้านเป้า")) >= CONFIDENT  # an อบต. became a ทต.
    assert NEAR <= similarity(conflict, parse("อบต.บ้านเป้าใหญ่")) < CONFIDENT
    assert similarity(conflict, parse("อบต.บ้านบัว")) < NEAR
    assert similarity(conflict, parse("รร.บ้านเป้า")) == 0  # a school is not the อบต.


def test_the_district_of_an_agency_comes_from_its_name_or_its_tambon():
    assert district_of(parse("อบต.หนองโบสถ์")) == "นางรอง"
    assert district_of(parse("โรงเรียนบ้านกรวด อ.บ้านกรวด")) == "บ้านกรวด"
    assert district_of(parse("รร.บ้านหนองกง")) is None


def test_known_places_make_real_agencies_and_unknown_ones_do_not():
    assert is_known_place(parse("อบต.สองห้อง"))
    assert is_known_place(parse("อบจ.บุรีรัมย์"))
    assert not is_known_place(parse("อบต.ไม่มีจริง"))
    assert not is_known_place(parse("โรงเรียนบ้านโคกใหญ่"))


def test_a_village_school_named_as_its_tambon_is_known_with_its_tambon():
    # "บ้านหายโศก" carries the name of ต.หายโศก (พุทไธสง): the school surely exists there
    assert tambon_of_village(parse("โรงเรียนบ้านหายโศก")) == "หายโศก"
    assert is_known_place(parse("โรงเรียนบ้านหายโศก"))
    assert tambon_of_village(parse("รพ.สต.บ้านจาน")) == "บ้านจาน"  # the ตำบล's name has บ้าน
    # a village no ตำบล is named after, and an agency not named after a village
    assert tambon_of_village(parse("โรงเรียนบ้านโคกใหญ่")) is None
    assert tambon_of_village(parse("อบต.หายโศก")) is None


@pytest.mark.parametrize(
    ("typed", "spelled_as"),
    [
        ("ตำหรวจ", "ตำรวจ"),
        ("โรงพญาบาล", "โรงพยาบาล"),
        ("เทศบาน", "เทศบาล"),
        ("ทางรงเรียน", "ทางโรงเรียน"),
        ("ลงเรียนไว้", "ลงเรียนไว้"),  # to enrol: no school
        ("ตามไปถึงบ้าน", "ตามไปถึงบ้าน"),
    ],
)
def test_agency_words_typed_by_ear_are_spelled(typed, spelled_as):
    assert spelled(typed) == spelled_as


@pytest.mark.parametrize("said", ["ยังไม่ตอบตอนนี้ พักไว้ก่อน", "เขาตอบตกลงแล้วค่ะ", "ขอบคุณที่ตอบตรงๆ"])
def test_an_abbreviation_inside_a_word_names_no_agency(said):
    """ "ตอบตอนนี้" (answer now) holds the letters อบต: glued to the word before it with no
    dot and no place of the province after it, it is no อบต."""
    assert parse(said).kind == OTHER
    assert "sao" not in kinds_named(said)


@pytest.mark.parametrize("said", ["กองช่างอบตบ้านเป้า", "กองช่างอบต.บ้านเป้า", "นายกอบตบ้านเป้า"])
def test_an_abbreviation_glued_to_a_unit_with_a_place_after_it_is_read(said):
    """Glued to the unit before it, without a dot, before a place of the province."""
    found = parse(said)
    assert (found.kind, found.place) == ("sao", "บ้านเป้า")


def test_recusal_still_reads_a_glued_abbreviation_before_any_place():
    """What recusal reads fails closed: "กองช่างอบตโนนสูงใหม่" (a village no list knows)
    is still a mention of an อบต."""
    assert any(m.kind == "sao" for m in mentions("กองช่างอบตโนนสูงใหม่ เรียกเงิน"))


@pytest.mark.parametrize(
    "typed, key",
    [
        ("Tambon Sao Diao", "other:saodiao"),  # "Sao" is the place's word, no SAO
        ("Tambon Ban Pao", "other:banpao"),  # nor "Pao" a PAO
        ("Tambon Sao Diao SAO", "sao:saodiao"),
        ("Thanon Hak S. A. O.", "sao:thanonhak"),  # initials spaced out
        ("Buriram P A O", "pao:buriram"),
    ],
)
def test_a_kind_s_letters_inside_a_place_name_are_the_place(typed, key):
    assert parse(typed).key == key


@pytest.mark.parametrize(
    "said, place",
    [
        ("รองปลัดถนนหักเรียกเงินค่าตรวจแบบ", "ถนนหัก"),
        ("ผอ.กองคลังหนองกี่ขอหัวคิว", "หนองกี่"),
        ("เจ้าหน้าที่พัสดุ ต.กลันทา ล็อกสเปก", "กลันทา"),
        ("คนท้องถิ่นเสาเดียวรู้กันหมด", "เสาเดียว"),
        ("ผู้ใหญ่บ้านถนนหักเก็บเงินค่ารับรอง", "ถนนหัก"),  # a head too: recusal fails closed
    ],
)
def test_a_local_post_before_a_place_alone_names_that_places_body(said, place):
    found = [m for m in mentions(said) if m.kind == "local_government"]
    assert any(m.place.startswith(place) for m in found)


def test_a_post_before_a_district_names_no_local_body():
    assert not [m for m in mentions("ปลัดอำเภอนางรองเรียกเงิน") if m.kind == "local_government"]


@pytest.mark.parametrize(
    "said, district",
    [
        ("An officer of the Prakonchai district office took 2,000 baht", "ประโคนชัย"),
        ("went to nangrong amphur office", "นางรอง"),
    ],
)
def test_a_district_is_read_from_a_loose_romanisation(said, district):
    assert any(m.key == f"district_office:{district}" for m in mentions(said, loosely=True))


def test_the_hospital_of_satuek_is_no_health_promoting_hospital():
    # "รพ.สตึก" begins as "รพ.สต." does: it is the district's hospital
    assert parse("รพ.สตึก").kind == "hospital"
    assert parse("รพ.สต.บ้านจาน").kind == "health_promoting_hospital"
    assert parse("รพสต.หนองกี่").kind == "health_promoting_hospital"
