"""An answer put as a check and a question asked back (issue 16, round 15's questioner): "…ใช่ไหม"
after an answer is the answer, said back so it can be corrected (a kind named so after the story
is offered back: "เป็นเรื่อง X ใช่ไหมคะ"); "ต้องมีรูปด้วยเหรอ" is answered
for the question asked (no, and what to do without it), then it again; "แฟนผมไปด้วย นับไหม"
is the witness, with a yes; a description two kinds fit is answered with both offered."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from tests.clock import Clock
from tests.conftest import ONE_DATABASE
from tests.factories import texts
from tests.integration.handlers.complaint.test_understood_steps import (
    answer_until,
    draft_of,
    started,
    to_step,
)

# How an answer put as a check is read: the reading's, not the database's.
pytestmark = ONE_DATABASE


@pytest.fixture
def clock():
    """Sunday 6 December 2026 (BE 2569), ten in the morning in Buriram."""
    return Clock(datetime(2026, 12, 6, 3, 0, tzinfo=UTC))


def test_a_kind_put_as_a_check_is_taken_and_said_back(chat, services):
    reply = texts(started(chat, kind="เขาเรียกค่าเซ็นใบรับรอง อันนี้เรียกเงินใช่ไหมคะ"))
    draft = draft_of(services)
    assert draft.step == "agency" and draft.data["kind"] == "bribery"
    assert "เรียกเงิน" in reply and "ย้อนกลับ" in reply  # said back, and how to correct it


def test_a_kind_named_in_a_check_after_the_story_is_offered_back_and_yes_takes_it(chat, services):
    reply = texts(started(chat, kind="ถ้าเขาเก็บค่าเซ็นเอกสาร มันคือเรียกเงินใช่ไหมครับ"))
    assert draft_of(services).step == "kind" and "kind" not in draft_of(services).data
    assert "เรียกเงิน" in reply and "ใช่ไหมคะ" in reply and "ค่าใช้จ่าย" not in reply
    chat.say("ใช่ครับ")
    draft = draft_of(services)
    assert draft.step == "agency" and draft.data["kind"] == "bribery"


def test_a_kind_offered_back_can_be_corrected_by_tapping_another(chat, services):
    started(chat, kind="ถ้าเขาเก็บค่าเซ็นเอกสาร มันคือเรียกเงินใช่ไหมครับ")
    chat.tap("a=kind:abuse")
    draft = draft_of(services)
    assert draft.step == "agency" and draft.data["kind"] == "abuse"


def test_a_day_put_as_a_check_is_taken_and_said_back(chat, services):
    to_step(chat, services, "when")
    reply = texts(chat.say("วันพุธที่แล้วหรือเปล่านะ"))
    draft = draft_of(services)
    assert draft.step == "what" and draft.data["occurred_on"] == "2026-12-02"
    assert "2 ธ.ค. 2569" in reply


def test_an_official_put_as_a_check_keeps_the_words_before_it(chat, services):
    to_step(chat, services, "official")
    reply = texts(chat.say("หัวหน้าส่วนโยธาหรือเปล่าคะ"))
    draft = draft_of(services)
    assert draft.step != "official" and draft.data["official"] == "หัวหน้าส่วนโยธา"
    assert "หัวหน้าส่วนโยธา" in reply and "ย้อนกลับ" in reply


@pytest.mark.parametrize(
    ("step", "asked", "answered"),
    [
        ("evidence", "จำเป็นต้องมีรูปไหมคะ", "ไม่มีรูปหรือเอกสารก็แจ้งได้"),
        ("witnesses", "ต้องมีพยานด้วยเหรอครับ", "ไม่มีพยานก็แจ้งได้"),
        ("reported", "ต้องไปแจ้งที่อื่นมาก่อนไหมคะ", "แจ้งที่นี่เป็นที่แรกได้"),
        ("official", "ต้องรู้ชื่อคนทำด้วยเหรอคะ", "บอกตำแหน่ง"),
    ],
)
def test_whether_it_is_needed_is_answered_for_the_question_then_asked_again(
    chat, services, step, asked, answered
):
    to_step(chat, services, step)
    before = draft_of(services).data
    reply = chat.say(asked)
    assert answered in texts(reply[:1])
    draft = draft_of(services)
    assert draft.step == step and draft.data == before  # nothing kept, the question again
    assert len(reply) > 1


def test_someone_beside_them_asked_whether_they_count_is_the_witness(chat, services):
    to_step(chat, services, "witnesses")
    reply = texts(chat.say("ภรรยาผมไปด้วยตอนจ่าย นับไหมครับ"))
    draft = draft_of(services)
    assert draft.step == "reported"
    assert "ภรรยา" in draft.data["witnesses"] and "นับไหม" not in draft.data["witnesses"]
    assert reply.startswith("นับค่ะ")


def test_sending_put_as_a_check_at_the_summary_sends(chat, services):
    to_step(chat, services, "summary")
    chat.say("ส่งได้เลยใช่ไหมคะ")
    assert draft_of(services) is None or draft_of(services).status != "open"


def test_a_rule_checked_at_the_summary_is_a_question_not_a_send(chat, services):
    to_step(chat, services, "summary")
    chat.say("ส่งแล้วแก้ไม่ได้แล้วใช่ไหมคะ")
    draft = draft_of(services)
    assert draft.step == "summary" and draft.status == "open"


def test_a_description_two_kinds_fit_offers_both_and_yes_takes_the_first(chat, services):
    reply = started(chat, kind="กำนันไม่ยอมเซ็นให้ถ้าไม่เลี้ยงเหล้า")
    said = texts(reply)
    assert draft_of(services).step == "kind"
    assert "ใช่ไหมคะ" in said and "หรือเป็นเรื่อง" in said
    offered = draft_of(services).data["_kinds_offered"]
    chat.say("ใช่ค่ะ")
    draft = draft_of(services)
    assert draft.step == "agency" and draft.data["kind"] == offered[0]


def test_the_second_kind_offered_can_be_tapped(chat, services):
    started(chat, kind="กำนันไม่ยอมเซ็นให้ถ้าไม่เลี้ยงเหล้า")
    second = draft_of(services).data["_kinds_offered"][1]
    chat.tap(f"a=kind:{second}")
    draft = draft_of(services)
    assert draft.step == "agency" and draft.data["kind"] == second


def test_answers_put_as_checks_all_the_way_file_the_complaint(chat, services):
    started(chat, kind="เรียกเงินใช่ไหมคะ")  # offered back: "เป็นเรื่อง เรียกเงิน ใช่ไหมคะ"
    chat.say("ใช่ค่ะ")
    assert draft_of(services).data["kind"] == "bribery"
    answer_until(
        chat,
        services,
        "summary",
        {
            "agency": "อบต.ปะคำหรือเปล่าคะ",
            "official": "ปลัดใช่ไหมคะ",
            "district": "ปะคำใช่มั้ยคะ",
            "subdistrict": "ไม่รู้",
            "when": "เมื่อวานใช่ไหมนะ",
            "what": "ปลัดเรียกค่าเซ็นสองพัน",
            "evidence": "ไม่มี",
            "witnesses": "แม่ไปด้วย นับไหมคะ",
            "reported": "ไม่เคย",
            "identity": "ไม่บอกชื่อ",
        },
    )
    chat.say("ส่งเลยใช่ไหมคะ")
    assert draft_of(services).status != "open"
