"""Officials as people name them, reduced to one key."""

import pytest

from handlers.patterns import officials


@pytest.mark.parametrize(
    "typed",
    ["ผู้ใหญ่บ้านหมู่ 5", "ผญบ.ม.5", "ผู้ใหญ่ ม.๕", "ผุ้ใหญ่บ้าน หมู่ 5 บ้านหนองโบสถ์", "ผญบ.หมู่ห้า"],
)
def test_a_headman_written_every_way_is_one_key(typed):
    assert officials.read(typed).key == "headman:5:"


@pytest.mark.parametrize("typed", ["นายก อบต.", "นายกฯ", "นายก", "นายกเทศมนตรี"])
def test_the_mayor_however_titled_is_the_mayor(typed):
    assert officials.read(typed).role == "mayor"


def test_the_agency_kind_in_a_title_is_kept():
    assert officials.read("นายก อบต.").agency_kind == "sao"
    assert officials.read("ปลัดอำเภอ").role == "district_clerk"
    assert officials.read("ปลัด อบต.").role == "clerk"


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        ("ผู้ใหญ่บ้านหมู่ 5", "ผญบ.ม.5", officials.SAME),
        ("ผู้ใหญ่บ้านหมู่ 5", "ผู้ใหญ่บ้าน", officials.SIMILAR),
        ("นายก อบต.", "นายกฯ", officials.SIMILAR),
        ("ผู้ใหญ่บ้านหมู่ 5", "ผู้ใหญ่บ้านหมู่ 8", 0.0),
        ("นายก อบต.", "นายก อบจ.", 0.0),
        ("นายก", "ปลัด", 0.0),
        ("ไม่รู้", "ไม่รู้", 0.0),
        ("เจ้าหน้าที่", "จนท.", officials.GENERIC),
    ],
)
def test_likeness_of_two_officials(a, b, expected):
    assert officials.likeness(officials.read(a), officials.read(b)) == expected


def test_a_key_reads_back_as_the_same_official():
    found = officials.read("ผญบ.ม.8")
    assert officials.Official.from_key(found.key) == found
    assert officials.read("ไม่ทราบ").key == ""
