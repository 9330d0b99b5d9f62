"""walk37 (fixW37a): what five villagers met on main. A year corrected in two digits ("ปีนี้ 69
ไม่ใช่ 67") became 2500 BE; the assistant headman said in two words ("ผู้ช่วย ผญบ บ่แม่นผญบ")
was said back as the headman; a correction at the agency question naming the official and the
agency kept only the agency's district; a story billing again this year ("…ตั้งแต่ปี 67 แต่ปีนี้
…ใช้งบปี 69") was dated to the year the work was first done; "not yet" with a question was
read as a place reported to, her question unanswered; a Latin-typed hello was not understood,
nor "mai mee khrap, only the facebook post", nor villagers who "went to tell kaset amphoe"; a
village said beside the sub-district was dropped; the answer to "is there a reference number"
was glued to the place reported to; "ทุกเดือน ปีนี้" was asked which part of the year. (An agency
never named reads "ผู้แจ้งไม่ได้ระบุ" on the dashboard: test_ticket_page_walk27.)"""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from tests.clock import Clock
from tests.conftest import ONE_DATABASE
from tests.factories import texts
from tests.integration.handlers.complaint.test_understood_steps import draft_of, to_step

pytestmark = ONE_DATABASE

STORY = "ผู้ใหญ่บ้านเก็บเงินค่าถมดินบ้านละ 500 บาท ไม่มีใบเสร็จ เมื่อเดือนที่แล้วค่ะ"
ANSWERS = {
    "agency": "ไม่รู้ค่ะ",
    "district": "นางรอง",
    "evidence": "ไม่มีค่ะ",
    "witnesses": "ไม่มีค่ะ",
    "reported": "ยังไม่เคยค่ะ",
    "identity": "1",
}


@pytest.fixture
def clock():
    """Monday 7 December 2026 (BE 2569), ten in the morning in Buriram: the walk's day."""
    return Clock(datetime(2026, 12, 7, 3, 0, tzinfo=UTC))


def _said(chat, text: str) -> str:
    answer = texts(chat.say(text))
    print(f"> {text}\n< {answer[:300]}")
    return answer


def _at_summary(chat, services, story: str = STORY) -> None:
    chat.follow()
    _said(chat, story)
    _said(chat, "แจ้งค่ะ")
    _said(chat, "ยินยอมค่ะ")
    for _ in range(14):
        step = draft_of(services).step
        if step == "summary":
            return
        _said(chat, ANSWERS.get(step, "ไม่รู้ค่ะ"))
    raise AssertionError(f"never reached the summary: {draft_of(services).step}")


# -- 1. a year corrected in two digits, the wrong one denied beside it ---------------------
@pytest.mark.parametrize("said", ["แก้วันที่ค่ะ ที่ทำซ้ำคือปีนี้ 69 ไม่ใช่ 67", "แก้ปีครับ ปีนี้ 69 ไม่ใช่ปี 68"])
def test_a_two_digit_year_corrected_is_that_year_never_2500(chat, services, said):
    _at_summary(chat, services)
    reply = _said(chat, said)
    assert "2500" not in reply, reply
    assert "2569" in reply, reply
    assert str(draft_of(services).data.get("occurred_on")).startswith("2026-"), reply


def test_a_year_that_reads_as_sixty_years_back_is_never_taken(chat, services):
    to_step(chat, services, "when")
    reply = _said(chat, "69 ปี")
    assert "2500" not in reply, reply
    assert not str(draft_of(services).data.get("occurred_on") or "").startswith("195"), reply


# -- 2. the assistant headman said in two words, the headman denied ------------------------
def test_the_assistant_not_the_headman_is_said_back_as_the_assistant(chat, services):
    _at_summary(chat, services, "ผญบ ช่วย หักเงินเบี้ยคนแก่ เดือนละ 100 ค่ะ")
    reply = _said(chat, "ผู้ช่วย ผญบ บ่แม่นผญบ")
    assert "คนที่ทำคือ ผู้ใหญ่บ้าน" not in reply, reply
    assert draft_of(services).data.get("official") == "ผู้ช่วยผู้ใหญ่บ้าน", reply


# -- 5. at the agency question, the official corrected and the agency named ----------------
def test_a_correction_at_the_agency_question_fills_the_official_and_the_agency(chat, services):
    chat.follow()
    _said(chat, "แจ้งเรื่อง")
    _said(chat, "ยินยอมครับ")
    _said(chat, "โกงเลือกตั้งกรรมการกองทุนหมู่บ้านครับ ประธานนับคะแนนเอง เอารายชื่อคนตายมาลงคะแนนด้วย")
    assert draft_of(services).step == "agency"
    _said(
        chat,
        "ไม่ใช่กรรมการครับ ประธานกองทุน ชื่อนายบุญมา ส่วนหน่วยงานคือพัฒนาชุมชนอำเภอประโคนชัย เขามารับรองผลทั้งที่รู้",
    )
    data = draft_of(services).data
    assert data.get("agency") == "พัฒนาชุมชนอำเภอประโคนชัย", data
    official = data.get("official") or ""
    assert "นายบุญมา" in official and "ประธานกองทุน" in official, data
    assert "หน่วยงาน" not in official and "กรรมการกองทุนหมู่บ้าน" != official, data


# -- 10. a story billing again this year ---------------------------------------------------
def test_a_story_billed_again_this_year_is_dated_this_year(chat, services):
    chat.follow()
    _said(
        chat,
        "ถนนคอนกรีตในหมู่บ้าน เทศบาลทำเสร็จไปแล้วตั้งแต่ปี 67 แต่ปีนี้ติดป้ายว่าใช้งบปี 69 ทำสายเดิมอีก แค่มาตีเส้น",
    )
    reply = _said(chat, "แจ้งค่ะ")
    assert "2567" not in reply, reply
    assert str(draft_of(services).data.get("occurred_on")).startswith("2026-"), reply


# -- 13. not yet, and a question ----------------------------------------------------------
def test_not_yet_with_a_question_is_not_yet(chat, services):
    to_step(chat, services, "reported")
    reply = _said(chat, "ยังค่ะ ควรไปแจ้งที่ไหนอีกไหมคะ")
    data = draft_of(services).data
    assert data.get("reported") is False, (data, reply)
    assert draft_of(services).step != "reported", reply
    assert "ไม่ต้องไปแจ้งที่อื่น" in reply, reply  # her question answered too


# -- 14. Latin-typed Thai ----------------------------------------------------------------
def test_a_latin_typed_hello_is_greeted(chat, services):
    chat.follow()
    reply = _said(chat, "sawasdee krub")
    assert "ยังไม่เข้าใจ" not in reply, reply


def test_latin_none_beside_the_post_ends_the_evidence(chat, services):
    to_step(chat, services, "evidence")
    _said(chat, "mai mee khrap, only the facebook post")
    assert draft_of(services).step != "evidence"


def test_villagers_who_told_an_office_in_latin_thai_reported_it(chat, services):
    to_step(chat, services, "reported")
    _said(chat, "only posted on facebook. chao baan went to tell kaset amphoe but nothing happen")
    assert draft_of(services).data.get("reported") is True


# -- 16. a village beside the sub-district ----------------------------------------------
def test_a_village_said_beside_the_subdistrict_is_the_place(chat, services):
    to_step(chat, services, "subdistrict")
    _said(chat, "จรเข้มากครับ บ้านโคกเพชร")
    data = draft_of(services).data
    assert "โคกเพชร" in (data.get("place_text") or ""), data


# -- 17. the answer about a reference number is not the place reported to ----------------
def test_no_reference_number_is_not_glued_to_the_place_reported_to(chat, services):
    to_step(chat, services, "reported")
    _said(chat, "เคยบอกผู้ใหญ่บ้านแล้ว เขาเฉยครับ")
    _said(chat, "ไม่มีครับ บอกปากเปล่า")
    data = draft_of(services).data
    told = data.get("reported_to") or ""
    assert "ผู้ใหญ่บ้าน" in told and "บอกปากเปล่า" in told and "ไม่มีครับ" not in told, data
    assert not data.get("reported_ref"), data  # no number: never "ไม่มีครับ บอกปากเปล่า"


# -- 18. every month this year ------------------------------------------------------------
def test_every_month_this_year_is_not_asked_which_part_of_the_year(chat, services):
    to_step(chat, services, "when")
    reply = _said(chat, "ทุกเดือน ปีนี้")
    assert "ช่วงไหนของปี" not in reply, reply
    assert str(draft_of(services).data.get("occurred_on")).startswith("2026-01-01"), reply
