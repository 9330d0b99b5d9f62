"""walk30 (fixW30a): a place named with another province is never filed as Buriram's; it is
said back once, honestly, and the villager may go on (the place kept as said, marked outside)
or stop, never looped; "แก้อำเภอ …" at the summary edits the district, and an agency edit keeps
the province's office whole."""

from __future__ import annotations

from tests.conftest import ONE_DATABASE
from tests.factories import texts
from tests.integration.handlers.complaint.test_understood_steps import draft_of
from tests.integration.handlers.complaint.test_walk16_said_once import PLAIN, _walk_to_summary

pytestmark = ONE_DATABASE


def _at_district(chat, services) -> None:
    chat.follow()
    chat.say("แจ้งเรื่อง")
    for _ in range(8):
        step = draft_of(services).step
        if step == "district":
            return
        chat.say({"consent": "ยินยอม", "kind": "1"}.get(step, "ไม่รู้"))
    raise AssertionError(f"never asked the district: at {draft_of(services).step}")


def test_mueang_of_another_province_is_said_outside_once_and_goes_on(chat, services):
    _at_district(chat, services)
    reply = texts(chat.say("อ.เมืองศรีสะเกษค่ะ"))
    assert "ศรีสะเกษ" in reply and "1567" in reply
    assert draft_of(services).data.get("district") is None
    reply = texts(chat.say("ส่ง"))  # go on: never "ไม่พบอำเภอนี้" again
    assert "ไม่พบอำเภอ" not in reply
    data = draft_of(services).data
    assert draft_of(services).step not in ("district", "subdistrict")
    assert data.get("district") is None and "ศรีสะเกษ" in (data.get("place_text") or "")


def test_latin_mueang_of_another_province_is_not_buriram(chat, services):
    _at_district(chat, services)
    reply = texts(chat.say("Amphoe Mueang Udon Thani"))
    assert "อุดรธานี" in reply
    assert "เมืองบุรีรัมย์" not in reply
    assert draft_of(services).data.get("district") is None


def test_edit_district_at_the_summary_edits_the_district(chat, services):
    chat.follow()
    chat.say("แจ้งเรื่อง")
    chat.say("ยินยอม")
    answers = {**PLAIN, "agency": "สำนักงานที่ดิน อำเภอลำปลายมาศ", "district": "ลำปลายมาศ"}
    _walk_to_summary(chat, services, answers)
    chat.say("แก้อำเภอ ไม่ใช่ลำปลายมาศครับ เป็นอำเภอเมืองบุรีรัมย์")
    data = draft_of(services).data
    assert data.get("district") == "เมืองบุรีรัมย์"
    assert data.get("agency") != "อำเภอเมืองบุรีรัมย์"  # the place said, not a district office


def test_an_agency_edit_keeps_the_provinces_office_whole(chat, services):
    chat.follow()
    chat.say("แจ้งเรื่อง")
    chat.say("ยินยอม")
    _walk_to_summary(chat, services, {**PLAIN, "agency": "สำนักงานที่ดิน อำเภอสตึก"})
    chat.say("แก้หน่วยงาน สำนักงานที่ดินจังหวัดบุรีรัมย์")
    assert draft_of(services).data.get("agency") == "สำนักงานที่ดินจังหวัดบุรีรัมย์"


def test_edit_district_to_another_provinces_mueang_is_said_outside(chat, services):
    chat.follow()
    chat.say("แจ้งเรื่อง")
    chat.say("ยินยอม")
    _walk_to_summary(chat, services, {**PLAIN, "official": "ปลัด"})
    reply = texts(chat.say("แก้อำเภอ เป็นอำเภอเมืองศรีสะเกษค่ะ"))
    assert "ศรีสะเกษ" in reply and "1567" in reply
    data = draft_of(services).data
    assert data.get("district") != "เมืองบุรีรัมย์" and data.get("official") == "ปลัด"
    texts(chat.say("แจ้งที่นี่"))
    data = draft_of(services).data
    assert data.get("district") is None and "ศรีสะเกษ" in (data.get("place_text") or "")
