"""A municipality's name gives its district, a district typed as it sounds is read, and harm
words in harmless use (a price that "kills", shock as a joke, neglect, an insult, safe again,
a supposed threat asked about) raise no alarm, while the threats beside them still do."""

from __future__ import annotations

from datetime import date

import pytest

from handlers.understanding import understand

TODAY = date(2026, 12, 6)


@pytest.mark.parametrize(
    ("said", "district"),
    [
        ("เทศบาลนครบุรีรัมย์ครับ กองช่าง", "3101"),  # named after the province: อ.เมือง
        ("ทน.บุรีรัมย์ค่ะ", "3101"),
        ("ทต.ชุมเห็ด", "3101"),  # its tambon lies in one district
        ("ทม.นางรองครับ", "3104"),
    ],
)
def test_a_municipality_gives_its_district(said, district):
    assert understand(said, expecting="agency", today=TODAY).value("district") == district


@pytest.mark.parametrize(
    ("said", "district"),
    [("ประโคนไช", "3107"), ("อ.พลับพลาไช", "3115"), ("บ้านใหม่ชัยพจน์", "3119")],
)
def test_a_district_typed_as_it_sounds(said, district):
    assert understand(said, expecting="district", today=TODAY).value("district") == district


@pytest.mark.parametrize(
    ("said", "expecting"),
    [
        ("ค่าก่อสร้างที่เขาตั้งไว้ฆ่ากันชัดๆ แพงกว่าตลาดสามเท่า", "what"),
        ("ถ้ากำนันรู้ว่าเป็นยายที่แจ้ง คงตกใจตายเลย 555", "what_more"),
        ("พ่อเกือบไม่รอดเพราะรถฉุกเฉินของ อบต. ไม่ยอมมารับ", "what"),
        ("ปลัดไล่ยายว่าแก่แล้วก็ไปรอตายที่บ้านเถอะ", "what"),
        ("ตอนนี้ไม่เป็นไรแล้วค่ะ ตำรวจมาจอดหน้าบ้านให้แล้ว ทำต่อได้ค่ะ", "official"),
        ("ถ้าเกิดวันหลังมีคนมาขู่ ต้องติดต่อใครคะ", "summary"),
        ("พยานมีค่ะ แต่เขากลัวไม่ได้งานรับจ้างอีก", "witnesses"),
    ],
)
def test_harm_words_in_harmless_use_raise_no_alarm(said, expecting):
    assert understand(said, expecting=expecting, today=TODAY).intent != "danger"


@pytest.mark.parametrize(
    "said",
    [
        "ตำรวจมาแล้วค่ะ แต่เขาบอกว่าจะกลับมายิง ทำต่อได้ค่ะ",
        "ถ้ายังไม่ถอนเรื่อง เขาบอกว่าจะเผาบ้าน ต้องติดต่อใครคะ",
        "ราคานี่ฆ่ากันชัดๆ แล้วเขายังขู่ว่าจะฆ่าหนูถ้าไปแจ้ง",
    ],
)
def test_threats_beside_them_are_still_danger(said):
    assert understand(said, expecting="what_more", today=TODAY).intent == "danger"
