"""The story read again at filing (fixW17b): a field the complainant corrected after it is
found, one made more precise within what the story said is not, nor one left unknown."""

from __future__ import annotations

from datetime import date

from handlers.complaint.story_checked import story_differs

SUNDAY = date(2026, 12, 6)
STORY = "เขาเรียกเงินเมื่อวันจันทร์ที่แล้ว ที่ดินอยู่ตำบลถนนหักครับ"


def _filed(**fields) -> dict:
    return {"description": STORY, "district": "นางรอง", **fields}


def test_a_corrected_day_and_sub_district_are_found_with_what_the_story_said():
    found = story_differs(_filed(occurred_on="2026-12-01", subdistrict="ทรัพย์พระยา"), SUNDAY, None)
    # which Monday "วันจันทร์ที่แล้ว" is belongs to the date reader: a Monday in November here
    assert set(found) == {"occurred_on", "subdistrict"} and found["subdistrict"] == "ถนนหัก"
    assert found["occurred_on"].startswith("2026-11-"), found


def test_fields_as_the_story_said_are_no_correction():
    story_day = story_differs(_filed(occurred_on="2026-12-01"), SUNDAY, None)["occurred_on"]
    assert story_differs(_filed(occurred_on=story_day, subdistrict="ถนนหัก"), SUNDAY, None) == {}


def test_a_month_made_a_day_within_it_is_no_correction():
    data = {"description": "เขาเรียกเงินเมื่อเดือนที่แล้วค่ะ", "occurred_on": "2026-11-14"}
    assert story_differs(data, SUNDAY, None) == {}


def test_a_field_left_unknown_is_no_correction():
    assert story_differs(_filed(subdistrict=None), SUNDAY, None) == {}


def test_a_day_in_a_matter_going_on_for_months_is_no_correction():
    # walk22 W22-6: "for several months now" then a day last month: the story made precise
    data = {"description": "ผู้ใหญ่บ้านหักเงินยายมาหลายเดือนแล้วค่ะ", "occurred_on": "2026-11-10"}
    assert story_differs(data, SUNDAY, None) == {}


def test_a_day_before_a_matter_going_on_for_months_began_is_still_found():
    data = {"description": "ผู้ใหญ่บ้านหักเงินยายมาหลายเดือนแล้วค่ะ", "occurred_on": "2024-01-10"}
    # the date as the story said it rides along with the date (fixW33b)
    assert set(story_differs(data, SUNDAY, None)) - {"occurred_said"} == {"occurred_on"}


def test_a_month_corrected_to_another_keeps_the_month_as_the_story_said_it():
    # walk33: "เดือนกี้" (last month) then 5 ธ.ค.: the story's date is a month, not its first day
    data = {"description": "เขาเก็บเงินเด็กเดือนที่แล้วค่ะ", "occurred_on": "2026-12-05"}
    found = story_differs(data, SUNDAY, None)
    assert found.get("occurred_said") == "พฤศจิกายน 2569", found


def test_an_accused_changed_after_the_story_is_found():
    data = {"description": "ครูใหญ่เก็บเงินค่าเทอมเด็กไม่ออกใบเสร็จค่ะ", "official": "ครูแดง"}
    assert story_differs(data, SUNDAY, None).get("official") == "ครูใหญ่"


def test_an_accused_made_more_precise_is_no_correction():
    data = {"description": "ครูใหญ่เก็บเงินค่าเทอมเด็กไม่ออกใบเสร็จค่ะ", "official": "ครูใหญ่ นายสมบัติ"}
    assert "official" not in story_differs(data, SUNDAY, None)
