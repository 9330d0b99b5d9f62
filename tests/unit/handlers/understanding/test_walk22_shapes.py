"""What walk22's villagers said (fixW22b), kept as meant: an official's name beside a rank or
job, without the doubt or the office after it; a firm named with the official kept beside them;
a Latin place after อบต.; a name given with the yes to giving it. Each beside a look-alike."""

from __future__ import annotations

from datetime import date

import pytest

from handlers.understanding import understand

SUNDAY = date(2026, 12, 6)


def _at(text: str, step: str, name: str):
    return understand(text, expecting=step, today=SUNDAY).value(name)


@pytest.mark.parametrize(
    ("text", "official"),
    [
        ("พ.ต.ท.อำนวย ยศพันตำรวจโทค่ะ", "พ.ต.ท.อำนวย"),
        ("ประภาส นักวิชาการพัสดุมั้งครับ", "ประภาส นักวิชาการพัสดุ"),
        ("นายวิโรจน์ คนจ่ายเงินของ อบต.", "นายวิโรจน์ คนจ่ายเงิน"),
        ("นายช่างโยธาชื่อสมบูรณ์ค่ะ กับผู้รับเหมา หจก.เจริญทรัพย์", "นายช่างโยธาชื่อสมบูรณ์, หจก.เจริญทรัพย์"),
        ("ปลัดสมหวังครับ", "ปลัดสมหวัง"),  # look-alike: a post then a name, as it is
    ],
)
def test_an_official_is_kept_with_the_name_and_without_the_asides(text, official):
    assert _at(text, "official", "official") == official


@pytest.mark.parametrize(
    ("text", "agency"),
    [
        ("อบต.Hin Lek Fai ค่ะ", "อบต.หินเหล็กไฟ"),
        ("อบต.หินเหล็กไฟค่ะ", "อบต.หินเหล็กไฟ"),  # look-alike: the place in Thai
    ],
)
def test_a_latin_place_after_a_thai_kind_is_the_place(text, agency):
    assert _at(text, "agency", "agency") == agency


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("ให้ชื่อได้ค่ะ ลำดวน ใจงาม", "ลำดวน ใจงาม"),
        ("บอกชื่อได้ครับ", None),  # look-alike: the yes alone names no one
        ("ไม่บอกชื่อค่ะ", None),  # look-alike: a refusal
    ],
)
def test_a_name_said_with_the_yes_to_giving_it_is_the_name(text, name):
    assert _at(text, "identity", "name") == name
