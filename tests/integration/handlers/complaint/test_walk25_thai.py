"""walk25 (fixW25b): four Thai villagers walked through the simulator on 7 Dec 2569. A year
"ที่แล้ว" before a sum is last year; a village named at the agency question is a place; a
tambon said with its district is not asked again; the discreet-notice question is answered in
the words of a grandmother; a story's school and district are not asked again; a span's new
first day keeps its open end; a withdrawal's reason said in words is not asked twice; a legal
question about gathering evidence gets its own answer."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from tests.clock import Clock
from tests.conftest import ONE_DATABASE
from tests.factories import submitted, texts
from tests.integration.handlers.complaint.test_understood_steps import (
    answer_until,
    draft_of,
    to_step,
)

pytestmark = ONE_DATABASE


@pytest.fixture
def clock():
    """Monday 7 December 2026 (BE 2569), ten in the morning in Buriram."""
    return Clock(datetime(2026, 12, 7, 3, 0, tzinfo=UTC))


def _told(chat, story: str):
    """The story told first, then the offer to file it taken."""
    chat.follow()
    chat.say(story)
    return chat.say("ค่ะ")


# -- 1. last year is 2568 ------------------------------------------------------------------
ROAD = "สวัสดีค่ะ อยากร้องเรียน อบต.ตาจง ค่ะ งบทำถนนลูกรังในหมู่บ้านปีที่แล้ว 2 ล้าน แต่ถนนไม่เคยทำเลย"


def test_last_year_before_a_sum_is_last_year(chat, services, clock):
    reply = texts(_told(chat, ROAD))
    assert "2567" not in reply, reply
    data = draft_of(services).data
    assert data.get("occurred_on") == "2025-01-01", data


@pytest.mark.parametrize("said", ["ปีที่แล้ว", "ปีก่อน", "เมื่อปีกลาย", "last year"])
def test_last_year_at_the_date_question_is_2568(chat, services, clock, said):
    to_step(chat, services, "when")
    reply = texts(chat.say(said))
    assert "2567" not in reply, reply
    data = draft_of(services).data
    assert data.get("occurred_on", "2025-01-01")[:4] == "2025", data


# -- 2. a village at the agency question; a tambon said with its district -------------------
def test_a_village_at_the_agency_question_is_a_place_not_the_agency(chat, services, clock):
    to_step(chat, services, "agency")
    reply = texts(chat.say("บ้านโนนแดง หมู่7"))
    data = draft_of(services).data
    assert data.get("agency") != "บ้านโนนแดง หมู่7", data
    assert data.get("place_text") == "บ้านโนนแดง หมู่7", data
    assert "หมู่บ้านที่เกิดเรื่อง" in reply, reply


def test_a_school_named_after_a_village_at_the_agency_question_is_the_agency(chat, services, clock):
    to_step(chat, services, "agency")
    chat.say("โรงเรียนบ้านโนนแดง")
    data = draft_of(services).data
    assert data.get("agency") == "โรงเรียนบ้านโนนแดง", data


def test_a_tambon_said_with_its_district_is_not_asked_again(chat, services, clock):
    to_step(chat, services, "district")
    reply = texts(chat.say("กระสัง ลำดวน"))
    assert "ตำบลไหน" not in reply, reply
    data = draft_of(services).data
    assert data.get("subdistrict") == "ลำดวน", data


# -- 3. the discreet-notice question after filing ------------------------------------------
def test_keep_it_hidden_in_her_words_turns_discreet_notices_on(chat, services, clock):
    submitted(chat)
    reply = texts(chat.say("ปิดไว้เด้อ ลูกหลานเห็นโทรศัพท์"))
    assert "ต้องการแจ้งเรื่องนี้ไหมคะ" not in reply, reply
    assert "มีข้อความใหม่" in reply, reply


def test_no_i_want_it_hidden_is_not_a_new_story(chat, services, clock):
    submitted(chat)
    reply = texts(chat.say("บ่แม่น แม่ใหญ่อยากให้มันปิดไว้"))
    assert "เล่าต่อได้เลย" not in reply, reply
    assert "ต้องการแจ้งเรื่องนี้ไหมคะ" not in reply, reply


def test_i_have_something_to_tell_in_isan_is_understood(chat, services, clock):
    chat.follow()
    chat.say("สวัสดีจ้า")
    reply = texts(chat.say("แม่ใหญ่มีเรื่องอยากเว้า"))
    assert "ยังไม่เข้าใจ" not in reply, reply


# -- 4. the story's school and district ----------------------------------------------------
SCHOOL = "โอเคครับ ผอ.โรงเรียนบ้านหนองแวง เก็บเงินค่าอาหารกลางวันเด็ก แต่ให้เด็กกินแค่มาม่า ที่พุทไธสงครับ"


@pytest.mark.xfail(
    strict=True,
    reason="left: fixW25b's reading of a school after the post and a district after 'ที่' made a "
    "sealed held-out villager fail, so it was backed out unread",
)
def test_the_storys_school_and_district_are_not_asked_again(chat, services, clock):
    _told(chat, SCHOOL)
    data = draft_of(services).data
    assert data.get("agency") == "โรงเรียนบ้านหนองแวง", data
    assert data.get("district") == "พุทไธสง", data


# -- 5. a span's new first day keeps its open end -----------------------------------------
def test_a_new_first_day_keeps_the_spans_open_end(chat, services, clock):
    to_step(chat, services, "when")
    chat.say("ตั้งแต่เปิดเทอมพฤศจิกาครับ ทุกวันเลย")
    data = draft_of(services).data
    assert "7 ธ.ค. 2569" in str(data.get("occurred_text")), data
    answer_until(
        chat,
        services,
        "summary",
        {
            "what": "ผอ.เก็บเงินค่าอาหารกลางวันเด็ก แต่ให้เด็กกินแค่มาม่าทุกวัน",
            "evidence": "ไม่มี",
            "witnesses": "ไม่มี",
            "reported": "ไม่เคย",
            "identity": "ไม่บอกชื่อ",
        },
    )
    reply = texts(chat.say("แก้วันที่ครับ จริงๆเริ่มวันที่ ๑๖ พ.ย. ตอนเปิดเทอม"))
    data = draft_of(services).data
    assert data.get("occurred_on") == "2026-11-16", data
    assert "16 พ.ย. – 7 ธ.ค. 2569" in str(data.get("occurred_text")), (data, reply)


# -- 6. a withdrawal's reason said twice ---------------------------------------------------
def test_a_withdrawal_because_it_was_fixed_is_not_asked_why_twice(chat, services, clock):
    reference = submitted(chat).reference
    asked = texts(chat.say(f"ขอถอนเรื่อง {reference} ครับ ตอนนี้ ผอ.ให้เด็กกินดีขึ้นแล้ว"))
    assert "เพราะแก้ได้แล้ว ใช่ไหมคะ" in asked, asked
    reply = texts(chat.say("ก็บอกแล้วไงครับ เขาแก้แล้ว"))
    assert f"ถอนเรื่อง {reference} แล้ว" in reply, reply


def test_yes_to_the_fixed_proposed_withdraws(chat, services, clock):
    reference = submitted(chat).reference
    chat.say(f"ขอถอนเรื่อง {reference} ครับ เขาคืนเงินให้แล้ว")
    reply = texts(chat.say("ใช่ครับ"))
    assert f"ถอนเรื่อง {reference} แล้ว" in reply, reply


def test_not_yet_fixed_is_not_proposed_as_fixed(chat, services, clock):
    reference = submitted(chat).reference
    asked = texts(chat.say(f"ขอถอนเรื่อง {reference} ครับ ยังไม่แก้แล้วก็ไม่อยากรอ"))
    assert "เพราะแก้ได้แล้ว" not in asked, asked


# -- 7. a legal question about gathering evidence ------------------------------------------
def test_is_it_illegal_to_photograph_is_not_answered_about_encryption(chat, services, clock):
    to_step(chat, services, "evidence")
    reply = texts(chat.say("ถ้าแอบถ่ายรูปอาหารเด็กมาให้จะผิดกฎหมายไหมครับ"))
    assert "เข้ารหัส" not in reply, reply
    assert "กฎหมาย" in reply, reply
    assert draft_of(services).step == "evidence"


# -- 8. smaller ------------------------------------------------------------------------------
def test_a_mistyped_none_at_the_evidence_question_is_none(chat, services, clock):
    to_step(chat, services, "evidence")
    chat.say("ม่ีมีคับ ตอนนั้นรีบ")
    assert draft_of(services).step != "evidence"


def test_that_is_all_one_photo_adds_nothing_to_the_story(chat, services, clock):
    to_step(chat, services, "evidence")
    chat.say("หมดแล้วค่ะ มีรูปเดียว")
    data = draft_of(services).data
    assert "มีรูปเดียว" not in str(data.get("description", "")), data


def test_asked_at_the_office_not_formally_is_not_reported_elsewhere(chat, services, clock):
    to_step(chat, services, "reported")
    chat.say("เคยไปถามที่ อบต.ค่ะ ไม่ได้แจ้งเป็นทางการ")
    data = draft_of(services).data
    assert data.get("reported_elsewhere") in (False, None, "no"), data


@pytest.mark.xfail(
    strict=True, reason="left: a rank and name after a generic post told in a burst (walk25 8)"
)
def test_a_police_rank_and_name_in_a_burst_is_the_official(chat, services, clock):
    chat.follow()
    chat.say("พี่ครับผมจะแจ้งตำรวจรีดไถ")
    chat.say("เมื่อวันที่ ๓ ธันวา ตั้งด่านแถวสีแยกนางรอง")
    chat.say("เรียกเงินผม ๕๐๐ บาท ไม่ออกใบสั่งให้ด้วยยย")
    chat.say("ตำรวจ สภ.นางรองอะครับ ชื่อดาบเอก สมศัก ไรสักอย่าง")
    chat.say("ได้คับ")
    data = draft_of(services).data
    assert "ดาบเอก สมศัก" in str(data.get("official", "")), data
