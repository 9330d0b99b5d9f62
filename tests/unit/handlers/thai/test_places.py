"""Districts and sub-districts from geothai (Buriram and another province), forgiving matching."""

import pytest

from handlers.thai.places import DistrictMatch, SubdistrictMatch, for_province, is_province_code

BURIRAM = for_province("31")
district_from_address = BURIRAM.district_from_address
districts = BURIRAM.districts
english_name = BURIRAM.english_name
match_district = BURIRAM.match_district
match_subdistrict = BURIRAM.match_subdistrict
subdistricts = BURIRAM.subdistricts

ALL_DISTRICTS = [
    "เมืองบุรีรัมย์",
    "คูเมือง",
    "กระสัง",
    "นางรอง",
    "หนองกี่",
    "ละหานทราย",
    "ประโคนชัย",
    "บ้านกรวด",
    "พุทไธสง",
    "ลำปลายมาศ",
    "สตึก",
    "ปะคำ",
    "นาโพธิ์",
    "หนองหงส์",
    "พลับพลาชัย",
    "ห้วยราช",
    "โนนสุวรรณ",
    "ชำนิ",
    "บ้านใหม่ไชยพจน์",
    "โนนดินแดง",
    "บ้านด่าน",
    "แคนดง",
    "เฉลิมพระเกียรติ",
]

# Official number of tambon per amphoe (Department of Provincial Administration).
TAMBON_COUNTS = {
    "เมืองบุรีรัมย์": 19,
    "คูเมือง": 7,
    "กระสัง": 11,
    "นางรอง": 15,
    "หนองกี่": 10,
    "ละหานทราย": 6,
    "ประโคนชัย": 16,
    "บ้านกรวด": 9,
    "พุทไธสง": 7,
    "ลำปลายมาศ": 16,
    "สตึก": 12,
    "ปะคำ": 5,
    "นาโพธิ์": 5,
    "หนองหงส์": 7,
    "พลับพลาชัย": 5,
    "ห้วยราช": 8,
    "โนนสุวรรณ": 4,
    "ชำนิ": 6,
    "บ้านใหม่ไชยพจน์": 5,
    "โนนดินแดง": 3,
    "บ้านด่าน": 4,
    "แคนดง": 4,
    "เฉลิมพระเกียรติ": 5,
}


# --- the data --------------------------------------------------------------------------


def test_there_are_23_districts_in_official_order():
    assert districts() == ALL_DISTRICTS
    assert len(districts()) == 23


def test_there_are_189_subdistricts():
    assert sum(len(subdistricts(d)) for d in districts()) == 189


@pytest.mark.parametrize(("district", "count"), sorted(TAMBON_COUNTS.items()))
def test_subdistrict_count_per_district(district, count):
    names = subdistricts(district)
    assert len(names) == count
    assert len(set(names)) == count


@pytest.mark.parametrize(
    ("district", "tambon"),
    [
        ("เมืองบุรีรัมย์", "ในเมือง"),
        ("เมืองบุรีรัมย์", "อิสาณ"),
        ("เมืองบุรีรัมย์", "กระสัง"),  # a tambon named like another district
        ("นางรอง", "ถนนหัก"),
        ("ประโคนชัย", "ตะโกตาพิ"),
        ("หนองหงส์", "สระแก้ว"),
        ("พลับพลาชัย", "จันดุม"),
        ("บ้านใหม่ไชยพจน์", "กู่สวนแตง"),
        ("เฉลิมพระเกียรติ", "ยายแย้มวัฒนา"),
        ("โนนดินแดง", "ลำนางรอง"),
    ],
)
def test_known_subdistricts_are_listed(district, tambon):
    assert tambon in subdistricts(district)


def test_districts_returns_a_fresh_list():
    districts().clear()
    subdistricts("นางรอง").clear()
    assert len(districts()) == 23
    assert len(subdistricts("นางรอง")) == 15


@pytest.mark.parametrize(
    ("district", "english"),
    [
        ("เมืองบุรีรัมย์", "Mueang Buri Ram"),
        ("นางรอง", "Nang Rong"),
        ("ประโคนชัย", "Prakhon Chai"),
        ("พุทไธสง", "Phutthaisong"),
        ("ลำปลายมาศ", "Lam Plai Mat"),
        ("สตึก", "Satuek"),
        ("บ้านใหม่ไชยพจน์", "Ban Mai Chaiyaphot"),
        ("โนนดินแดง", "Non Din Daeng"),
        ("เฉลิมพระเกียรติ", "Chaloem Phra Kiat"),
    ],
)
def test_english_name(district, english):
    assert english_name(district) == english


def test_every_district_has_an_english_name():
    names = [english_name(d) for d in districts()]
    assert all(n and n.isascii() for n in names)
    assert len(set(names)) == 23


@pytest.mark.parametrize("bad", ["กรุงเทพ", "Bangkok", ""])
def test_unknown_district_raises(bad):
    with pytest.raises(KeyError):
        subdistricts(bad)
    with pytest.raises(KeyError):
        english_name(bad)


# --- match_district ----------------------------------------------------------------------


@pytest.mark.parametrize("name", ALL_DISTRICTS)
def test_every_thai_name_matches_itself(name):
    assert match_district(name) == DistrictMatch(district=name, suggestions=())


@pytest.mark.parametrize("name", ALL_DISTRICTS)
def test_every_english_name_matches(name):
    assert match_district(english_name(name)).district == name
    assert match_district(english_name(name).upper()).district == name


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("เมือง", "เมืองบุรีรัมย์"),
        ("อ.เมือง", "เมืองบุรีรัมย์"),
        ("อำเภอเมือง", "เมืองบุรีรัมย์"),
        ("เมือง บุรีรัมย์", "เมืองบุรีรัมย์"),
        ("อำเภอเมืองบุรีรัมย์", "เมืองบุรีรัมย์"),
        ("Mueang", "เมืองบุรีรัมย์"),
        ("Muang Buriram", "เมืองบุรีรัมย์"),
        ("  นางรอง  ", "นางรอง"),
        ("อำเภอนางรอง", "นางรอง"),
        ("อำเภอ นางรอง", "นางรอง"),
        ("อ.นางรอง", "นางรอง"),
        ("อ. นางรอง", "นางรอง"),
        ("เขตนางรอง", "นางรอง"),
        ("นางรอง จ.บุรีรัมย์", "นางรอง"),
        ("นางรอง ครับ", "นางรอง"),
        ("nang rong", "นางรอง"),
        ("NANG  RONG", "นางรอง"),
        ("Nangrong", "นางรอง"),
        ("Nang Rong District", "นางรอง"),
        ("district nang rong", "นางรอง"),
        ("Amphoe Nang Rong", "นางรอง"),
        ("amphoe satuk", "สตึก"),
        ("Prakhonchai", "ประโคนชัย"),
        ("Chalerm Phra Kiat", "เฉลิมพระเกียรติ"),
        ("Huay Rat", "ห้วยราช"),
        ("ชำนิ", "ชำนิ"),
        ("ชํานิ", "ชำนิ"),  # sara am typed as nikhahit + sara aa
    ],
)
def test_district_forms_people_type(typed, expected):
    assert match_district(typed) == DistrictMatch(district=expected, suggestions=())


@pytest.mark.parametrize(
    ("typed", "first_suggestion"),
    [
        ("นางลอง", "นางรอง"),
        ("ประโคนไช", "ประโคนชัย"),
        ("อ.ประโคนไช", "ประโคนชัย"),
        ("พุทธไธสง", "พุทไธสง"),
        ("ลำปลายมาส", "ลำปลายมาศ"),
        ("ละหานทาย", "ละหานทราย"),
        ("หวยราช", "ห้วยราช"),
        ("เฉลิมพระเกียรติ์", "เฉลิมพระเกียรติ"),
        ("เมืองบุรีรัม", "เมืองบุรีรัมย์"),
        ("บ้านใหม่ไชยพจ", "บ้านใหม่ไชยพจน์"),
        ("สะตึก", "สตึก"),
        ("Nang Long", "นางรอง"),
        ("Lahan Sia", "ละหานทราย"),
        ("Satook district", "สตึก"),
    ],
)
def test_misspellings_give_suggestions(typed, first_suggestion):
    match = match_district(typed)
    assert match.district is None
    assert match.suggestions[0] == first_suggestion
    assert 1 <= len(match.suggestions) <= 3
    assert set(match.suggestions) <= set(ALL_DISTRICTS)


@pytest.mark.parametrize("typed", ["กรุงเทพ", "เชียงใหม่", "abc", "hello world", "12345", "", "  "])
def test_nothing_close(typed):
    match = match_district(typed)
    assert match.district is None and match.suggestions == ()


def test_suggestions_never_exceed_three():
    assert len(match_district("หนอง").suggestions) <= 3


def test_match_is_frozen():
    match = match_district("นางรอง")
    with pytest.raises(AttributeError):
        match.district = "สตึก"


# --- match_subdistrict -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("district", "typed", "expected"),
    [
        ("เมืองบุรีรัมย์", "อิสาณ", "อิสาณ"),
        ("เมืองบุรีรัมย์", "ต.อิสาณ", "อิสาณ"),
        ("เมืองบุรีรัมย์", "ตำบลในเมือง", "ในเมือง"),
        ("เมืองบุรีรัมย์", "ตำบล ในเมือง", "ในเมือง"),
        ("เมืองบุรีรัมย์", "ต. กระสัง", "กระสัง"),
        ("นางรอง", "ถนนหัก", "ถนนหัก"),
        ("นางรอง", "tambon ถนนหัก", "ถนนหัก"),
        ("นางรอง", "หนองโบสถ์ ครับ", "หนองโบสถ์"),
        ("Nang Rong", "นางรอง", "นางรอง"),
        ("สตึก", "กระสัง", "กระสัง"),
        ("ชำนิ", "เมืองยาง", "เมืองยาง"),
    ],
)
def test_subdistrict_exact(district, typed, expected):
    assert match_subdistrict(district, typed) == SubdistrictMatch(expected, False, ())


@pytest.mark.parametrize(
    ("district", "typed", "first_suggestion"),
    [
        ("เมืองบุรีรัมย์", "อิสาน", "อิสาณ"),
        ("เมืองบุรีรัมย์", "กะสัง", "กระสัง"),
        ("เมืองบุรีรัมย์", "ลุมปุก", "ลุมปุ๊ก"),
        ("นางรอง", "ถนนหก", "ถนนหัก"),
        ("นางรอง", "หนองยายพิม", "หนองยายพิมพ์"),
        ("ประโคนชัย", "ตะโกตาพี", "ตะโกตาพิ"),
    ],
)
def test_subdistrict_misspellings(district, typed, first_suggestion):
    match = match_subdistrict(district, typed)
    assert match.subdistrict is None
    assert match.unknown is False
    assert match.suggestions[0] == first_suggestion
    assert len(match.suggestions) <= 3
    assert set(match.suggestions) <= set(subdistricts(district))


@pytest.mark.parametrize(
    ("district", "typed"),
    [
        ("บ้านกรวด", "ปราสาทจ้า ตำบลปราสาท"),  # the name said twice, once with its prefix
        ("บ้านกรวด", "โนนเจริญ บาด"),  # Northern Khmer's polite "บาด", like ครับ
        ("บ้านกรวด", "บ้านโคกกลาง ตำบลโนนเจริญ"),  # a village, then the sub-district
    ],
)
def test_subdistrict_named_among_other_words(district, typed):
    assert match_subdistrict(district, typed).subdistrict == typed.split("ตำบล")[-1].split(" ")[0]


def test_subdistrict_said_to_be_wrong_is_not_taken():
    assert match_subdistrict("บ้านกรวด", "ไม่ใช่ ปราสาท ครับ").subdistrict is None


def test_subdistrict_of_another_district_is_not_accepted():
    # ถนนหัก is in นางรอง, not in สตึก
    assert match_subdistrict("สตึก", "ถนนหัก").subdistrict is None


@pytest.mark.parametrize(
    "typed",
    [
        "ไม่ทราบ",
        "ไม่รู้",
        "ไม่ทราบครับ",
        "ไม่รู้ค่ะ",
        "don't know",
        "Don’t know",
        "dont know",
        "skip",
        "SKIP",
        "unknown",
    ],
)
def test_subdistrict_unknown(typed):
    assert match_subdistrict("นางรอง", typed) == SubdistrictMatch(None, True, ())


@pytest.mark.parametrize("typed", ["xyz", "กรุงเทพมหานคร", ""])
def test_subdistrict_nothing_close(typed):
    assert match_subdistrict("นางรอง", typed) == SubdistrictMatch(None, False, ())


def test_subdistrict_with_unknown_district_raises():
    with pytest.raises(KeyError):
        match_subdistrict("กรุงเทพ", "ในเมือง")


# --- district_from_address ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("address", "expected"),
    [
        ("123 หมู่ 4 ตำบลอิสาณ อำเภอเมืองบุรีรัมย์ บุรีรัมย์ 31000 ประเทศไทย", "เมืองบุรีรัมย์"),
        ("Nang Rong District, Buri Ram 31110, Thailand", "นางรอง"),
        ("ต.กระสัง อ.เมือง จ.บุรีรัมย์ 31000", "เมืองบุรีรัมย์"),
        ("ตำบลกระสัง อำเภอกระสัง จังหวัดบุรีรัมย์ 31160", "กระสัง"),
        ("ตำบลละหานทราย อำเภอละหานทราย จังหวัดบุรีรัมย์ ๓๑๑๗๐", "ละหานทราย"),
        ("Khok Lek, Huai Rat District, Buri Ram 31000, Thailand", "ห้วยราช"),
        ("Mueang Buri Ram District, Buri Ram 31000, Thailand", "เมืองบุรีรัมย์"),
        ("Amphoe Lam Plai Mat, Buriram", "ลำปลายมาศ"),
        ("99 ถ.โชคชัย-เดชอุดม อ. นางรอง จ. บุรีรัมย์", "นางรอง"),
        ("ละหานทราย บุรีรัมย์", "ละหานทราย"),
        ("หมู่ 2 ตำบลเจริญสุข อำเภอเฉลิมพระเกียรติ บุรีรัมย์ 31110", "เฉลิมพระเกียรติ"),
    ],
)
def test_district_from_address(address, expected):
    assert district_from_address(address) == expected


@pytest.mark.parametrize(
    "address",
    [
        "",
        "บุรีรัมย์ 31000 ประเทศไทย",
        "12 ถนนสุขุมวิท แขวงคลองเตย เขตคลองเตย กรุงเทพมหานคร 10110",
        "อำเภอเมืองยาง นครราชสีมา 30270",
        "Chaloem Phra Kiat District, Nakhon Ratchasima 30000, Thailand",
        "อำเภอเฉลิมพระเกียรติ จังหวัดสระบุรี",
        "Somewhere in Thailand",
    ],
)
def test_address_without_a_buriram_district(address):
    assert district_from_address(address) is None


# --- the province is a setting -------------------------------------------------------------


def test_province_names_and_typos_are_answered_helpfully():
    assert match_district("บุรีรัมย์").province_named
    assert match_district("จังหวัดบุรีรัมย์ค่ะ").suggestions == ("เมืองบุรีรัมย์",)
    assert match_district("ขอนแก่น").other_province == "ขอนแก่น"
    typo = match_district("ปะโคนชัย")
    assert typo.suggestions[0] == "ประโคนชัย" and typo.confident


def test_another_province_runs_the_same_way():
    khon_kaen = for_province("40")
    assert khon_kaen.name == "ขอนแก่น"
    assert len(khon_kaen.districts()) == 26
    assert khon_kaen.match_district("อ.เมือง").district == "เมืองขอนแก่น"
    assert khon_kaen.match_district("ชุมแพครับ").district == "ชุมแพ"
    assert khon_kaen.match_district("ชุมแผ").suggestions[0] == "ชุมแพ"
    assert khon_kaen.match_district("นางรอง").district is None
    assert "ชุมแพ" in khon_kaen.subdistricts("ชุมแพ")
    assert khon_kaen.district_from_address("ต.ชุมแพ อ.ชุมแพ จ.ขอนแก่น 40130") == "ชุมแพ"
    assert khon_kaen.district_from_address("ต.กระสัง อ.กระสัง จ.บุรีรัมย์ 31160") is None
    assert khon_kaen.match_district("บุรีรัมย์").other_province == "บุรีรัมย์"


@pytest.mark.parametrize(
    ("code", "known"), [("31", True), ("40", True), ("99", False), ("", False)]
)
def test_province_codes(code, known):
    assert is_province_code(code) is known


@pytest.mark.parametrize(
    ("typed", "found"),
    [
        ("ต.หนองโบสถ์", ["นางรอง"]),
        ("ตำบลกระสัง", ["เมืองบุรีรัมย์", "กระสัง", "สตึก"]),  # a name three districts share
        ("ไม่ทราบ", []),
        ("ตำบลบ้านเรา", []),
    ],
)
def test_the_districts_a_subdistrict_name_is_in(typed, found):
    assert BURIRAM.districts_with_subdistrict(typed) == found
    assert found == [d for d in districts() if match_subdistrict(d, typed).subdistrict]


@pytest.mark.parametrize(
    ("district", "typed", "expected"),
    [("นางรอง", "nong kong khrap", "หนองกง"), ("นางรอง", "Nong Kong", "หนองกง")],
)
def test_a_subdistrict_typed_in_latin_letters_matches(district, typed, expected):
    """Thai typed in Latin letters, with its particle ("khrap"), is the sub-district."""
    assert BURIRAM.match_subdistrict(district, typed).subdistrict == expected


def test_a_place_ending_in_kha_keeps_its_last_word():
    """ "Non Kha" is โนนข่า, not "Non" with the particle "kha" taken off."""
    assert for_province("40").match_subdistrict("พล", "Non Kha").subdistrict == "โนนข่า"
    assert BURIRAM.match_district("nang rong khrap").district == "นางรอง"


@pytest.mark.parametrize(
    ("typed", "meant"),
    [
        ("นางฮอง", "นางรอง"),  # ร said ฮ in Isan
        ("อำเภอห้วยลาช", "ห้วยราช"),  # ร/ล and a final consonant by its sound
        ("ละหานซายเด้อ", "ละหานทราย"),  # ทร said ซ, a particle run on
        ("ปะโคนชัยจ้า", "ประโคนชัย"),  # a cluster's ร dropped
        ("บ้านกวด", "บ้านกรวด"),
        ("ลำปลายมาด", "ลำปลายมาศ"),
        ("สะตึกเด้อจ้า", "สตึก"),
        ("บ้านใหม่ไชยพจ", "บ้านใหม่ไชยพจน์"),
    ],
)
def test_a_district_spelled_as_said_is_found_and_said_back(typed, meant):
    match = match_district(typed)
    assert match.suggestions[:1] == (meant,) and match.confident


@pytest.mark.parametrize(
    ("district", "typed", "meant"),
    [("กระสัง", "ตำบลลำดวนจ้า", "ลำดวน"), ("นางรอง", "หนองกงเด้อจ้า", "หนองกง")],
)
def test_a_subdistrict_with_particles_run_on_is_found(district, typed, meant):
    assert match_subdistrict(district, typed).subdistrict == meant


@pytest.mark.parametrize(
    ("text", "district"),
    [
        ("Nang Rong, as I just said", "นางรอง"),
        ("it was in lam plai mat I think", "ลำปลายมาศ"),
        ("Chaloem Phra Kiat district, near the temple", "เฉลิมพระเกียรติ"),
        ("Nang Rong or Prakhon Chai, not sure", None),  # two named: neither is guessed
        ("the land office", None),
    ],
)
def test_a_district_is_found_among_other_english_words(text, district):
    assert BURIRAM.district_named_in(text) == district
