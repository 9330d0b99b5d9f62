"""What walk15's villagers met in the conversation (issue 16, fixW15): a field corrected at
another step is that field's edit, said back, and the open question asked again; a bare "that's
wrong" re-asks what was just said back; what the story or an answer already named is not asked
again; a pause asked for keeps the draft and says how to come back, and coming back asks the
open question; an unnamed official's description is kept."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from tests.clock import Clock
from tests.conftest import ONE_DATABASE
from tests.factories import texts
from tests.integration.handlers.complaint.test_understood_steps import answer_until, draft_of

# Villagers' conversations do not depend on the database kind: run once, on SQLite.
pytestmark = ONE_DATABASE

NOT_FOUND = "ไม่พบ"


@pytest.fixture
def clock():
    """Sunday 6 December 2026 (BE 2569), seven in the evening in Buriram: the walk's day."""
    return Clock(datetime(2026, 12, 6, 12, 0, tzinfo=UTC))


#: Plain answers for a checkpoint in Ban Kruat (sub-district บ้านกรวด, later corrected).
KRUAT = {
    "kind": "1",
    "agency": "สภ.บ้านกรวดครับ",
    "official": "ตำรวจ",
    "district": "บ้านกรวด",
    "subdistrict": "ตำบลบ้านกรวด",
    "when": "เมื่อวันศุกร์ที่แล้ว",
    "what": "ตำรวจตั้งด่านเรียกเงิน 500 บาท ไม่งั้นยึดรถ ไม่มีใบเสร็จ",
    "what_more": "ไม่มี",
    "evidence": "ไม่มีครับ",
    "witnesses": "ไม่มีครับ",
    "reported": "ยังไม่เคยครับ",
    "identity": "1",
}


def _kruat_at(chat, services, step: str):
    chat.say("แจ้งเรื่องครับ")
    chat.say("ยินยอมครับ")
    return answer_until(chat, services, step, KRUAT)


# -- 1. a correction typed at another step ---------------------------------------------
def test_the_sub_district_corrected_at_the_evidence_question_is_edited_and_it_is_asked_again(
    chat, services
):
    _kruat_at(chat, services, "evidence")
    reply = texts(chat.say("ผิดครับ ตำบลคือ ปราสาท ครับ ด่านอยู่ตำบลปราสาท"))
    draft = draft_of(services)
    assert draft.data.get("subdistrict") == "ปราสาท", draft.data
    assert draft.data.get("district") == "บ้านกรวด", draft.data
    assert "ปราสาท" in reply, reply  # what changed is said back
    assert draft.step == "evidence", draft.step  # and the open question asked again
    assert "evidence" not in draft.data or draft.data.get("evidence") != "none", draft.data


def test_the_sub_district_corrected_at_the_summary_is_edited_without_asking_it(chat, services):
    _kruat_at(chat, services, "summary")
    reply = texts(chat.say("ผิดครับ ตำบลคือ ปราสาท"))
    draft = draft_of(services)
    assert draft.data.get("subdistrict") == "ปราสาท", draft.data
    assert draft.step == "summary", draft.step
    assert "ตำบลไหน" not in reply, reply


def test_a_month_corrected_at_the_summary_is_the_month_after_the_turn(chat, services):
    _kruat_at(chat, services, "summary")
    chat.say("วันที่ผิดค่ะ ไม่ใช่มกรา เป็นตั้งแต่เดือนพฤศจิกานี้")
    draft = draft_of(services)
    assert draft.data.get("occurred_on") == "2026-11-01", draft.data
    assert draft.step == "summary", draft.step


def test_isan_that_is_wrong_after_a_date_said_back_asks_the_date_again(chat, services):
    _kruat_at(chat, services, "when")
    said = texts(chat.say("เดือนที่แล้ว"))
    assert "พฤศจิกายน 2569" in said, said
    left_at = draft_of(services).step
    reply = texts(chat.say("บ่แม่น"))
    draft = draft_of(services)
    assert draft.step == "when", (draft.step, reply)
    assert "evidence" not in draft.data, draft.data  # not "no evidence"
    chat.say("ช่วงสงกรานต์ปีนี้")
    draft = draft_of(services)
    assert draft.data.get("occurred_on") == "2026-04-13", draft.data
    assert draft.step == left_at, draft.step  # back to the question that was open


# -- 2. what the story or the answer already named -------------------------------------
def test_a_police_station_named_after_its_district_places_it(chat, services):
    draft = _kruat_at(chat, services, "official")
    assert draft.data.get("agency") == "สภ.บ้านกรวด", draft.data
    chat.say("ตำรวจ")
    draft = draft_of(services)
    assert draft.data.get("district") == "บ้านกรวด", draft.data
    assert draft.step != "district", draft.step


def test_a_school_with_its_district_beside_it_places_it(chat, services):
    chat.say("แจ้งเรื่องค่ะ")
    chat.say("ได้ค่ะ")
    chat.say("ค่าอาหารกลางวันเด็กค่ะ ครูใหญ่เอาไปกิน เด็กได้แต่ข้าวกับไข่ต้มทุกวัน")
    assert draft_of(services).step == "agency"
    reply = texts(chat.say("โรงเรียนบ้านโคกเมือง ลำปลายมาศค่ะ"))
    draft = draft_of(services)
    assert draft.data.get("agency") == "โรงเรียนบ้านโคกเมือง", draft.data
    assert draft.data.get("district") == "ลำปลายมาศ", draft.data
    assert draft.step != "district", (draft.step, reply)
    assert not draft.data.get("subdistrict"), draft.data  # the district named, not its tambon


def test_the_land_office_named_in_the_story_is_not_asked_again(chat, services):
    chat.say("สวัสดีค่ะ หนูจะแจ้งเรื่องแทนพ่อค่ะ พ่ออ่านหนังสือไม่ออก")
    chat.say(
        "พ่อไปออกโฉนดที่สำนักงานที่ดินอำเภอนางรอง เจ้าหน้าที่บอกว่าต้องจ่ายค่าเดินเรื่อง 20,000 ถึงจะเร็ว ไม่งั้นรอเป็นปี"
    )
    chat.say("แจ้งค่ะ")
    chat.say("ยินยอมค่ะ")
    draft = draft_of(services)
    assert "สำนักงานที่ดิน" in (draft.data.get("agency") or ""), draft.data
    assert draft.step != "agency", draft.step


# -- 3. a pause asked for, and coming back ----------------------------------------------
def _school_at_district(chat, services):
    chat.say("แจ้งเรื่องค่ะ")
    chat.say("ได้ค่ะ")
    chat.say("ค่าอาหารกลางวันเด็กค่ะ ครูใหญ่เอาไปกิน เด็กได้แต่ข้าวกับไข่ต้มทุกวัน")
    chat.say("โรงเรียนบ้านโคกเมืองค่ะ")
    assert draft_of(services).step == "district", draft_of(services)


def test_a_pause_after_the_safety_answer_keeps_the_draft_and_says_how_to_come_back(chat, services):
    _school_at_district(chat, services)
    assert "191" in texts(chat.say("เมื่อคืนมีคนมาบอกว่าให้ระวังลูกไว้"))
    reply = texts(chat.say("ขอไว้ก่อนนะคะ กลัวค่ะ ไว้พรุ่งนี้ค่อยมาต่อ"))
    assert "ไปต่อกัน" not in reply, reply
    assert "อำเภอไหน" not in reply, reply  # the question is not pressed on
    assert "ทำต่อ" in reply, reply  # how to come back
    draft = draft_of(services)
    assert draft.status == "open" and draft.step == "district", draft


def test_not_answering_now_is_a_pause_not_a_district(chat, services):
    _school_at_district(chat, services)
    reply = texts(chat.say("ไม่ใช่ค่ะ ยังไม่ตอบตอนนี้ พักไว้ก่อน"))
    assert NOT_FOUND not in reply, reply
    assert "ทำต่อ" in reply, reply
    assert "agency" in draft_of(services).data


def test_coming_back_asks_the_open_question(chat, services):
    _school_at_district(chat, services)
    chat.say("ขอไว้ก่อนนะคะ ไว้พรุ่งนี้ค่อยมาต่อ")
    reply = texts(chat.say("กลับมาแล้วค่ะ ขอทำเรื่องเดิมต่อ"))
    assert NOT_FOUND not in reply, reply
    assert "อำเภอไหน" in reply, reply
    chat.say("ลำปลายมาศ")
    assert draft_of(services).data.get("district") == "ลำปลายมาศ"


# -- 4. an unnamed official described ------------------------------------------------
def test_an_unnamed_officials_description_is_kept(chat, services):
    chat.say("แจ้งเรื่องค่ะ")
    chat.say("ยินยอมค่ะ")
    answer_until(chat, services, "official", {"kind": "1", "agency": "สำนักงานที่ดินนางรองค่ะ"})
    chat.say("เจ้าหน้าที่ผู้ชาย ไม่รู้ชื่อค่ะ ใส่แว่น")
    official = draft_of(services).data.get("official") or ""
    assert "ใส่แว่น" in official and "เจ้าหน้าที่ผู้ชาย" in official, official
