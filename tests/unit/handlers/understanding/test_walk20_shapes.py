"""What walk20's villagers said (fixW20a), read as meant: a doctor seen or quoted in the story
is not who did it when someone else is named, and a particle between a week and its weekday
keeps them one date. Each beside a look-alike that must keep its reading."""

from __future__ import annotations

from datetime import date

import pytest

from handlers.understanding import understand

TUESDAY = date(2026, 12, 8)


def _official(text: str) -> str | None:
    return understand(text, expecting="what", today=TUESDAY).value("official")


@pytest.mark.parametrize(
    ("story", "who"),
    [
        ("พาหลานไปหาหมอที่โรงพยาบาล กลับมาปลัดบอกว่าต้องจ่ายค่าเซ็นรับรองห้าร้อย", "ปลัด"),
        ("หมอบอกว่ากระดูกร้าว แต่ตำรวจเรียกเงินสามพันถึงจะลงบันทึกให้", "ตำรวจ"),
        ("my son went to see the doctor, then the headman took his relief money", "headman"),
    ],
)
def test_a_doctor_seen_or_quoted_is_not_who_did_it(story, who):
    assert _official(story) == who


@pytest.mark.parametrize(
    "story",
    [
        "หมอที่อนามัยเก็บเงินค่าฉีดยาทั้งที่ต้องฟรีค่ะ",
        "ไปหาหมอ หมอเรียกเงินเพิ่มสองพันถึงจะผ่าตัดให้",  # the doctor visited is who asked
        "หมอบอกว่าต้องจ่ายค่าห้องพิเศษเพิ่มทั้งที่ใช้บัตรทอง",  # nobody else named
    ],
)
def test_a_doctor_who_did_it_stays_the_official(story):
    assert _official(story) == "หมอ"


@pytest.mark.parametrize(
    ("said", "day"),
    [
        ("อาทิตย์ที่แล้วค่ะ วันพุธ", "2026-12-02"),
        ("สัปดาห์ก่อนครับ วันศุกร์", "2026-12-04"),
        ("อาทิตย์ก่อน วันศุกร์", "2026-12-04"),  # the same without the particle
    ],
)
def test_a_particle_between_last_week_and_its_day_keeps_one_date(said, day):
    got = understand(said, expecting="date", today=TUESDAY).value("date")
    assert (got["start"], got["end"]) == (day, day)


def test_a_particle_before_other_words_of_the_date_leaves_them_read():
    got = understand("ปีที่แล้วค่ะ เดือนห้า", expecting="date", today=TUESDAY).value("date")
    assert (got["start"], got["end"]) == ("2025-05-01", "2025-05-31")


@pytest.mark.parametrize(
    ("said", "start", "end"),
    [
        ("mue wan ka", "2026-12-07", "2026-12-07"),  # Isan มื้อวาน
        ("athit korn krub", "2026-11-30", "2026-12-06"),
        ("sam wan gorn", "2026-12-05", "2026-12-05"),
        ("duan pruetsachika", "2026-11-01", "2026-11-30"),
    ],
)
def test_a_date_typed_by_ear_in_latin_letters_is_read(said, start, end):
    got = understand(said, expecting="when", today=TUESDAY).value("date")
    assert (got["start"], got["end"]) == (start, end)


@pytest.mark.parametrize(
    ("said", "agency", "district"),
    [
        ("sathanee tumruad nong ki", "สภ.หนองกี่", "3105"),
        ("the police station in Lahan Sai", "สภ.ละหานทราย", "3106"),
    ],
)
def test_a_police_station_in_latin_letters_is_the_thai_agency(said, agency, district):
    heard = understand(said, expecting="agency", today=TUESDAY)
    assert (heard.value("agency"), heard.value("district")) == (agency, district)
    assert heard.value("official") is None  # the station's own word, not someone


def _who(said: str) -> str | None:
    return understand(said, expecting="official", today=TUESDAY).value("official")


@pytest.mark.parametrize(
    ("said", "who"),
    [
        ("ผู้ใหญ่บ้านบ้านหนองไผ่ หมู่ 8 ครับ", "ผู้ใหญ่บ้าน หมู่ 8"),
        ("ผญบ.หมู่ 12 บ้านโคกใหญ่ค่ะ", "ผู้ใหญ่บ้าน หมู่ 12"),
        ("ผู้ใหญ่บ้านโนนแดง ม.5 จ้า", "ผู้ใหญ่บ้าน หมู่ 5"),
        ("ผู้ใหญ่บ้านบ้านหนองไผ่ครับ", "ผู้ใหญ่บ้าน"),
        ("ผู้ใหญ่สมพงษ์ครับ", "ผู้ใหญ่สมพงษ์"),  # his own name stays with the role
        ("กำนันตำบลโคกม้าค่ะ", "กำนัน"),  # the sub-district is where he serves
    ],
)
def test_a_headman_with_his_village_is_the_role_and_its_number(said, who):
    assert _who(said) == who


@pytest.mark.parametrize(
    ("said", "who"),
    [
        ("ไม่รู้ชื่อค่ะ เป็นผู้หญิงผมสั้น ใส่แว่น", "ผู้หญิงผมสั้น ใส่แว่น"),
        ("ไม่ทราบชื่อครับ ผู้ชายตัวสูง ขับมอไซค์", "ผู้ชายตัวสูง ขับมอไซค์"),
        ("ไม่รู้ชื่อค่ะ แต่เป็นนายก อบต.", "นายก อบต."),  # the post, when it is said
    ],
)
def test_a_name_not_known_then_how_they_look_is_who_it_was(said, who):
    assert _who(said) == who


def test_a_name_not_known_alone_is_none():
    assert understand("ไม่รู้ชื่อครับ", expecting="official", today=TUESDAY).intent == "none"
