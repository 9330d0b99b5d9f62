"""walk39's flow items beside the replayed walk (tests/integration/handlers/complaint/
test_walk39.py): the same rules on other words, so they hold generally."""

from __future__ import annotations

from tests.conftest import ONE_DATABASE
from tests.integration.handlers.complaint.test_walk39 import (  # noqa: F401 (fixture)
    _data,
    _said,
    _step,
    _to_summary,
    _walk,
    clock,
)

pytestmark = ONE_DATABASE

STORY = "ครูใหญ่โรงเรียนบ้านหนองกี่เก็บเงินค่าแป้นบาสจากผู้ปกครองคนละ 200 บาทค่ะ"


def test_an_edit_to_a_subdistrict_of_one_district_takes_that_district(chat, services):
    _to_summary(chat, services, STORY, "แจ้ง", "ได้", "โรงเรียนบ้านหนองกี่ค่ะ")
    reply = _said(chat, "แก้สถานที่เป็นหมู่ 3 บ้านโคกเพชร ตำบลเสม็ดค่ะ")
    assert "ไม่พบอำเภอ" not in reply and _step(services) == "summary", reply
    data = _data(services)
    assert (data.get("subdistrict"), data.get("district")) == ("เสม็ด", "เมืองบุรีรัมย์"), data
    assert data.get("place_text") == "หมู่ 3 บ้านโคกเพชร ตำบลเสม็ด", data


def test_a_subdistrict_of_two_districts_asks_which_and_is_kept(chat, services):
    _to_summary(chat, services, STORY, "แจ้ง", "ได้", "โรงเรียนบ้านหนองกี่ค่ะ")
    reply = _said(chat, "แก้สถานที่เป็นตำบลเมืองไผ่ค่ะ")
    assert "กระสัง" in reply and "หนองกี่" in reply, reply  # the two districts with one
    _said(chat, "2")
    data = _data(services)
    assert (data.get("subdistrict"), data.get("district")) == ("เมืองไผ่", "หนองกี่"), data


def test_not_knowing_the_agency_and_naming_the_place_keeps_the_place(chat, services):
    _walk(chat, "ผู้ใหญ่บ้านเก็บเงินค่าน้ำคนละ 300 บาทค่ะ ไม่มีใบเสร็จ", "แจ้งค่ะ", "ยินยอมค่ะ")
    assert _step(services) == "agency"
    _said(chat, "ไม่รู้ค่ะ แต่บ้านหนองตาดอยู่ตำบลเสม็ด อำเภอเมืองบุรีรัมย์")
    data = _data(services)
    assert not data.get("agency") and "บ้านหนองตาด" in (data.get("place_text") or ""), data
    assert "ไม่รู้" not in data["description"], data


def test_an_agency_named_after_not_knowing_is_still_the_agency(chat, services):
    _walk(chat, "ผู้ใหญ่บ้านเก็บเงินค่าน้ำคนละ 300 บาทค่ะ ไม่มีใบเสร็จ", "แจ้งค่ะ", "ยินยอมค่ะ")
    _said(chat, "ไม่รู้ค่ะ น่าจะ อบต.เสม็ด")
    assert "เสม็ด" in (_data(services).get("agency") or "")


def test_help_in_words_after_a_story_offers_to_file_it(chat, services):
    _walk(chat, "ขอเล่าเรื่องหน่อยค่ะ", "นายก อบต.เอารถหลวงไปใช้ส่วนตัวทุกวันเสาร์อาทิตย์ค่ะ")
    reply = _said(chat, "ผมควรทำยังไงต่อครับ")
    assert "แจ้ง" in reply and "วิธีใช้" not in reply, reply
    _said(chat, "แจ้งครับ")
    assert "รถหลวง" in (_data(services).get("description") or "")


def test_the_help_word_before_a_story_is_the_how_to(chat, services):
    _walk(chat, "ขอเล่าเรื่องหน่อยค่ะ")
    assert "วิธีใช้" in _said(chat, "วิธีใช้")


def test_an_official_with_a_question_of_naming_is_kept_and_answered(chat, services):
    _walk(chat, "รูปนี้ใบเสร็จที่ อบต.เขาคอก เก็บค่าขยะ 300 แต่ใบเสร็จเขียน 100 ค่ะ", "แจ้งค่ะ", "ยินยอม")
    assert _step(services) == "official"
    reply = _said(chat, "ปลัดค่ะ แต่เขาจะเดือดร้อนไหมคะ")
    assert "ไม่ถูกลงโทษเพียงเพราะถูกร้องเรียน" in reply, reply
    assert _data(services).get("official") == "ปลัด" and _step(services) != "official"


def test_an_official_with_a_question_of_their_name_is_kept_and_answered(chat, services):
    _walk(chat, "รูปนี้ใบเสร็จที่ อบต.เขาคอก เก็บค่าขยะ 300 แต่ใบเสร็จเขียน 100 ค่ะ", "แจ้งค่ะ", "ยินยอม")
    reply = _said(chat, "นักวิชาการเงินค่ะ ต้องบอกชื่อเขาไหมคะ")
    assert "ไม่ต้องรู้ชื่อ" in reply, reply
    assert _data(services).get("official") == "นักวิชาการเงิน"
