"""Places, agencies and dates as villagers say them (issue 16): a district corrected with an
apology, an agency pointing back ("อบต.ฯ"), a month said short or misspelt beside a festival
or a year, and parts of last month. Our own phrasings: Isan, typos, particles."""

from __future__ import annotations

from datetime import date

import pytest

from handlers.complaint import understood
from handlers.thai.dates_in_text import find_when
from handlers.understanding import understand, where

TODAY = date(2026, 12, 4)


@pytest.mark.parametrize(
    ("text", "district"),
    [
        ("ขอโทษค่ะ บอกอำเภอผิด จริงๆเป็นอำเภอสตึกค่ะ", "3111"),
        ("โทษทีเด้อ พิมพ์อำเภอผิด แท้ๆแม่น อ.กระสัง", "3103"),
        ("อำเภอผิดจริงๆครับ คือ อ.ประโคนชัย", "3107"),
        ("แก้อีกทีนะคะ อำเภอนางรอง ตำบลหนองโบสถ์", "3104"),
    ],
)
def test_a_district_corrected_at_the_sub_district_question_is_an_edit_of_it(text, district):
    found = understand(text, expecting="subdistrict")
    assert found.intent == "edit"
    assert found.value("district") == district


def test_a_district_and_sub_district_is_an_address_not_the_district_office():
    found = understand("อำเภอนางรอง ตำบลหนองโบสถ์ค่ะ", expecting="subdistrict")
    assert found.value("agency") is None
    assert found.value("subdistrict") == "310406"


def test_telling_that_someone_did_wrong_is_no_edit():
    assert understand("เขาบอกว่าผมทำผิดระเบียบ", expecting="what").intent != "edit"


@pytest.mark.parametrize(
    "text", ["อบต.ฯ", "อบต.ฯ ครับ", "อบต.ดังกล่าว", "อบต. เดิมค่ะ", "อบต.เดียวกันนั่นแหละ", "อบต.ที่ว่าเด้อ"]
)
def test_an_agency_pointing_back_has_no_place_of_its_own(text):
    assert understand(text, expecting="agency").value("agency") == "อบต."
    assert where.points_back(text)


@pytest.mark.parametrize("text", ["อบต.นาโพธิ์", "อบต.ค่ะ", "รพ.สต.บ้านโคกค่ะ"])
def test_an_agency_named_by_its_place_does_not_point_back(text):
    assert not where.points_back(text)


def test_a_particle_after_the_kind_is_no_place():
    assert understand("อบต.ค่ะ", expecting="agency").value("agency") == "อบต."


def test_the_agency_pointed_back_to_is_the_one_the_story_named():
    data = {"description": "นายก อบต.ดอนมนต์ เอางบซ่อมถนนไปครับ", "official": "นายก"}
    assert understood.agency_named_before(data, "อบต.", None) == "อบต.ดอนมนต์"
    assert understood.agency_named_before(data, "รพ.สต.", None) is None
    assert understood.agency_named_before({}, "อบต.", None) is None


def test_the_agency_pointed_back_to_may_be_named_by_its_village_never_by_a_verb():
    story = {"description": "ปลัด อบต. เก็บเงิน แล้วไปถามที่ อบต.บ้านโนนทอง ก็เงียบ"}
    assert understood.agency_named_before(story, "อบต.", None) == "อบต.บ้านโนนทอง"
    verb_only = {"description": "ปลัด อบต. เก็บเงินค่าใบอนุญาต"}
    assert understood.agency_named_before(verb_only, "อบต.", None) is None


@pytest.mark.parametrize(
    "text",
    [
        "ก่อนเข้าพรรษาปีนี้ ประมาณ ก.ค.",
        "ก่อนเข้าพรรษาปีนี้ ช่วงเดือนกรกฏาค่ะ",
        "ปีนี้ค่ะ ราวๆกรกฎา",
        "ปีนี้แหละ เดือน กค",
        "ปีนี้ ช่วงเดือนกรกดาเด้อ",
    ],
)
def test_a_month_said_after_a_year_keeps_the_month(text):
    """Read as July or as the week before Khao Phansa (in July): never the year alone."""
    found = understand(text, expecting="when", today=TODAY).value("date")
    assert found["precision"] != "year"
    assert "2026-07-01" <= found["start"] <= found["end"] <= "2026-07-31"


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("ต้นๆเดือนที่แล้วเขามาเก็บเงินค่ะ", "2026-11-01", "2026-11-10"),
        ("เขามาเก็บเงินตอนต้น เดือนที่แล้ว", "2026-11-01", "2026-11-10"),
        ("ปลายๆเดือนก่อนนายกมาเรียกเงิน", "2026-11-21", "2026-11-30"),
        ("กลางเดือนที่ผ่านมาเด้อ ปลัดเก็บเงิน", "2026-11-11", "2026-11-20"),
    ],
)
def test_a_part_of_last_month_in_a_story_is_that_part(text, start, end):
    answer, _ = find_when(text, TODAY)
    assert (answer.date.isoformat(), answer.end.isoformat()) == (start, end)


@pytest.mark.parametrize(
    ("text", "month"), [("กรกฏาคม 2569", 7), ("พฤสจิกา", 11), ("กุมพา 69", 2), ("ทันวา 2568", 12)]
)
def test_a_misspelt_month_keeps_its_month(text, month):
    found = understand(text, expecting="when", today=TODAY).value("date")
    assert found["precision"] == "month"
    assert date.fromisoformat(found["start"]).month == month


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("ปีที่แล้ว ประมาณ ต.ค. ค่ะ", "2025-10-01", "2025-10-31"),
        ("ปีกลาย เดือนสิบเด้อ", "2025-10-01", "2025-10-31"),
        ("ปีนี้แหละ ก่อนเข้าพรรษา", "2026-07-23", "2026-07-29"),
    ],
)
def test_a_time_said_after_a_year_is_read_in_that_year(text, start, end):
    found = understand(text, expecting="when", today=TODAY).value("date")
    assert (found["start"], found["end"]) == (start, end)


def test_a_festival_with_before_in_a_story_is_the_week_before_it():
    answer, said = find_when("นายกเรียกเงินก่อนสงกรานต์ค่ะ", TODAY)
    assert said == "ก่อนสงกรานต์"
    assert (answer.date.isoformat(), answer.end.isoformat()) == ("2026-04-06", "2026-04-12")


@pytest.mark.parametrize("text", ["ปีที่แล้วค่ะ", "ปี 2568", "ปีกลายเด้อ"])
def test_a_year_alone_is_kept_as_the_year_never_as_its_first_day(text):
    found = understood.when_of(understand(text, expecting="when", today=TODAY).value("date"))
    assert understood.date_fields(found)["occurred_text"] == "ปี 2568"


@pytest.mark.parametrize(
    ("text", "meant"),
    [
        ("ไม่ใช่ อบต.ตาเป๊ก แก้เป็น อบต.ถาวร ค่ะ", "อบต.ถาวร"),
        ("ขอแก้ค่ะ ไม่ใช่อบต.สะเดา เป็นเทศบาลตำบลสตึก", "ทต.สตึก"),
        ("บ่แม่น อบต.ชุมเห็ด เด้อ ต้องเป็น อบต.กลันทา", "อบต.กลันทา"),
        ("not Ban Pao SAO, it is Sa Kae Phrong SAO", "อบต.สะแกโพรง"),
    ],
)
def test_a_correction_keeps_the_agency_it_turns_to(text, meant):
    """A correction ("ไม่ใช่ X แก้เป็น Y"): Y is meant, X is the one denied."""
    assert understand(text, expecting="agency").value("agency") == meant
