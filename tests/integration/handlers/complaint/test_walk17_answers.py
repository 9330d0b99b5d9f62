"""What walk17's villagers answered is taken as meant (fixW17a): the question of "reported
elsewhere?" echoed back before "not yet" is a no, "no number, I only told him" stores no
reference and what came of the telling is kept; a yes to "file what you told me?" is no line of
the story, and "file what?" / "consent to what?" are explained in plain words; a village head
named at the agency question is the official; a name typed at "will you give your name?" is
the name."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from sqlalchemy import select

from storage import tickets
from storage.models import TicketEvent
from tests.clock import Clock
from tests.conftest import ONE_DATABASE
from tests.factories import add_ticket, media_event, texts
from tests.integration.handlers.complaint.test_understood_steps import answer_until, draft_of
from tests.integration.handlers.complaint.test_walk14 import BEFORE_WITNESSES

# Villagers' conversations do not depend on the database kind: run once, on SQLite.
pytestmark = ONE_DATABASE

STORY = "ผู้ใหญ่บ้านเก็บเงินทำบัตรคนละ 200 บาทค่ะ"
ANSWERS = {**BEFORE_WITNESSES, "witnesses": "ไม่มี", "reported": "ไม่เคย", "identity": "ไม่บอกชื่อ"}


@pytest.fixture
def clock():
    """Sunday 6 December 2026, ten in the morning in Buriram."""
    return Clock(datetime(2026, 12, 6, 3, 0, tzinfo=UTC))


def _filed_and_consented(chat, story: str = STORY) -> None:
    chat.say(story)
    chat.say("แจ้งค่ะ")
    chat.say("ยินยอมค่ะ")


def test_the_reported_question_echoed_then_not_yet_is_a_no(chat, services):
    _filed_and_consented(chat)
    answer_until(chat, services, "reported", ANSWERS)
    chat.say("เคยแจ้งอำเภอไหมน่ะเหรอ? ยังค่ะ")
    draft = draft_of(services)
    assert draft.step == "identity", draft.step  # no reference asked for
    assert draft.data.get("reported") is False and not draft.data.get("reported_to"), draft.data


def test_no_number_only_told_keeps_no_reference_and_the_outcome(chat, services):
    _filed_and_consented(chat)
    answer_until(chat, services, "reported", ANSWERS)
    chat.say("เคยบอกกำนันแล้ว เขาก็เงียบ")
    assert draft_of(services).step == "reported_ref"
    chat.say("ไม่มีหรอก พูดกันเฉยๆ")
    draft = draft_of(services)
    assert draft.step == "identity", draft.step
    assert draft.data.get("reported") is True, draft.data
    assert not draft.data.get("reported_ref"), draft.data
    assert "กำนัน" in draft.data.get("reported_to", "") and "เงียบ" in draft.data["reported_to"]


@pytest.mark.parametrize("yes", ["เออ แจ้งเด้อ", "โอเค แจ้งก็ได้ครับ", "ได้ค่ะ แจ้งไปเลย"])
def test_a_yes_to_file_it_starts_the_filing_and_is_no_line_of_the_story(chat, services, yes):
    chat.say(STORY)
    chat.say(yes)
    draft = draft_of(services)
    assert draft is not None and draft.step == "consent", draft
    assert draft.data.get("description", "").strip() == STORY, draft.data


def test_file_what_is_explained_not_just_asked_again(chat, services):
    chat.say(STORY)
    reply = texts(chat.say("ห๊ะ แจ้งอะไรนะ"))
    assert "คณะกรรมการ" in reply, reply  # what filing means, in plain words
    assert draft_of(services) is None
    chat.say("เออ แจ้งเด้อ")
    assert draft_of(services).data.get("description", "").strip() == STORY


def test_consent_to_what_is_explained_and_not_stored(chat, services):
    chat.say(STORY)
    chat.say("แจ้งค่ะ")
    reply = texts(chat.say("ยินยอมหยัง บ่เข้าใจ"))
    assert "ไม่บอกคนที่ถูกร้องเรียน" in reply or "ไม่บอก" in reply, reply
    draft = draft_of(services)
    assert draft.step == "consent" and not draft.data.get("consent"), draft.data
    assert "ยินยอมหยัง" not in draft.data.get("description", ""), draft.data


def test_a_village_head_at_the_agency_question_is_the_official(chat, services):
    _filed_and_consented(chat, "มีคนเก็บเงินทำบัตรคนละ 200 บาทค่ะ")
    answer_until(chat, services, "agency", ANSWERS)
    chat.say("ผู้ใหญ่บ้านหนิ")
    draft = draft_of(services)
    assert draft.data.get("official") == "ผู้ใหญ่บ้าน", draft.data
    assert draft.data.get("agency") in (None, ""), draft.data


def test_an_agency_with_an_isan_particle_is_kept_without_it(chat, services):
    _filed_and_consented(chat)
    answer_until(chat, services, "agency", ANSWERS)
    chat.say("อบต.สองชั้นเด้อ")
    assert draft_of(services).data.get("agency") == "อบต.สองชั้น", draft_of(services).data


def test_a_name_typed_at_will_you_give_your_name_is_the_name(chat, services):
    _filed_and_consented(chat)
    answer_until(chat, services, "identity", ANSWERS)
    reply = texts(chat.say("บุญเรือน แก้วกล้า"))
    assert "ชื่อ-นามสกุล" not in reply, reply
    draft = draft_of(services)
    assert draft.step == "phone", draft.step


def test_a_witness_retyped_after_told_you_loses_the_frame(chat, services):
    _filed_and_consented(chat)
    answer_until(chat, services, "witnesses", ANSWERS)
    chat.say("ก็บอกไปแล้วไงคะ นางสายใจ 0898765432")
    witnesses = draft_of(services).data.get("witnesses") or ""
    assert witnesses.startswith("นางสายใจ"), witnesses


def test_a_village_of_a_sub_district_at_the_district_question_is_kept(chat, services):
    _filed_and_consented(chat)
    answer_until(chat, services, "district", ANSWERS)
    chat.say("บ้านหินโคน")
    draft = draft_of(services)
    assert draft.data.get("district") == "ลำปลายมาศ", draft.data
    assert draft.step != "subdistrict", draft.step


def test_done_with_what_the_evidence_is_ends_the_step_and_keeps_the_words(chat, services):
    _filed_and_consented(chat)
    answer_until(chat, services, "evidence", ANSWERS)
    chat.send(media_event, "image")
    chat.say("ครบแล้วค่ะ ในรูปคือใบเสร็จที่ผู้ใหญ่เขียนให้")
    draft = draft_of(services)
    assert draft.step == "witnesses", draft.step
    assert "ใบเสร็จที่ผู้ใหญ่เขียนให้" in draft.data.get("description", ""), draft.data


def test_done_with_what_the_voice_is_after_filing_ends_adding_and_keeps_it(chat, services):
    chat.follow()
    reference = add_ticket(services, owner=chat.user_id)
    asked = texts(chat.send(media_event, "audio"))
    assert reference in asked  # kept aside, and asked whether it belongs to the filed one
    chat.say("ใช่ค่ะ")
    reply = texts(chat.say("เสร็จแล้วค่ะ ในเสียงคือแม่ครัวเล่าให้ฟังค่ะ"))
    assert "เสร็จแล้ว" not in reply, reply  # not asked to press "done" again
    with services.uow() as uow:
        ticket = tickets.by_reference(uow, reference)
        bodies = [
            e.body or ""
            for e in uow.session.scalars(
                select(TicketEvent).where(TicketEvent.ticket_id == ticket.id)
            )
        ]
    assert any("แม่ครัวเล่าให้ฟัง" in body for body in bodies), bodies


def test_a_short_story_with_an_abbreviated_village_head_is_offered_to_be_filed(chat, services):
    chat.follow()
    reply = texts(chat.say("ผญบ เอาเงินยาย"))
    assert "ยังไม่เข้าใจ" not in reply and "แจ้ง" in reply, reply
    reply = texts(chat.say("500"))
    assert "ยังไม่เข้าใจ" not in reply, reply
    chat.say("แจ้งเด้อ")
    draft = draft_of(services)
    assert "500" in draft.data.get("description", ""), draft.data
    assert draft.data.get("official") == "ผู้ใหญ่บ้าน", draft.data


def test_normal_said_loosely_to_the_notices_question_is_the_choice(chat, services):
    chat.follow()
    reply = texts(chat.say("ปกติแหละ"))
    assert "ยังไม่เข้าใจ" not in reply, reply
