"""What last session's walks met is heard as meant (issue 16, fix16k): a calm aside at consent
is noted and consent asked again, "ไม่โอเค" there is a refusal; agencies and officials typed in
Latin letters are kept in Thai; a threat to the family in Latin letters is danger at the witness
question, and a place that sounds as one is the place; a relay whose relative cannot type is
kept and the conversation goes on; "รอสักครู่" names no teacher; "wrong again, the district is
…" edits it; "after the harvest" said in December is the harvest just past."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from tests.clock import Clock
from tests.conftest import ONE_DATABASE
from tests.factories import texts
from tests.integration.handlers.complaint.test_understood_steps import answer_until, draft_of
from tests.integration.handlers.complaint.test_walk14 import BEFORE_WITNESSES

# Villagers' conversations do not depend on the database kind: run once, on SQLite.
pytestmark = ONE_DATABASE

SAFETY = "191"
STORY = "ผู้ใหญ่บ้านเก็บเงินทำบัตรคนละ 200 บาทค่ะ"
#: Plain answers to every question.
ANSWERS = {
    **BEFORE_WITNESSES,
    "witnesses": "ไม่มี",
    "reported": "ไม่เคย",
    "identity": "ไม่บอกชื่อ",
}


@pytest.fixture
def clock():
    """Sunday 6 December 2026, ten in the morning in Buriram: the rice harvest just past."""
    return Clock(datetime(2026, 12, 6, 3, 0, tzinfo=UTC))


def _at_consent(chat) -> None:
    chat.say(STORY)
    chat.say("แจ้งค่ะ")


def _to(chat, services, step: str, **answers) -> None:
    _at_consent(chat)
    chat.say("ยินยอมค่ะ")
    answer_until(chat, services, step, {**ANSWERS, **answers})


def test_a_calm_aside_at_consent_is_noted_and_consent_asked_again(chat, services):
    _at_consent(chat)
    reply = texts(chat.say("ตอนนี้ก็ปกติดีค่ะ เขาไม่ได้มาอะไรอีก"))
    assert SAFETY not in reply and "ยินยอมไหม" in reply, reply
    draft = draft_of(services)
    assert draft.status == "open" and draft.step == "consent", (draft.status, draft.step)
    chat.say("ยินยอมค่ะ")
    draft = draft_of(services)
    assert draft.data.get("consent") is True, draft.data
    assert "ไม่ได้มาอะไรอีก" in draft.data.get("description", ""), draft.data  # noted
    assert not draft.data.get("_threats"), draft.data


def test_not_ok_at_consent_is_a_refusal(chat, services):
    _at_consent(chat)
    chat.say("ไม่โอเคค่ะ")
    assert draft_of(services).status == "declined"


def test_an_agency_and_an_official_in_latin_letters_are_kept_in_thai(chat, services):
    chat.say("มีคนเก็บเงินทำบัตรคนละ 200 บาทค่ะ")
    chat.say("แจ้งค่ะ")
    chat.say("ยินยอมค่ะ")
    answer_until(chat, services, "agency", ANSWERS)
    chat.say("o bo to ta jong kha")
    draft = draft_of(services)
    assert draft.data.get("agency") == "อบต.ตาจง", draft.data
    assert draft.data.get("district") == "ละหานทราย", draft.data
    answer_until(chat, services, "official", ANSWERS)
    chat.say("nayok o bo to krub")
    assert draft_of(services).data.get("official") == "นายก อบต.", draft_of(services).data


def test_a_moment_asked_for_names_no_teacher(chat, services):
    chat.say("มีคนเก็บเงินทำบัตรคนละ 200 บาทค่ะ")
    chat.say("แจ้งค่ะ")
    chat.say("ยินยอมค่ะ")
    answer_until(chat, services, "official", ANSWERS)
    reply = texts(chat.say("รอสักครู่นะคะ"))
    assert "ไม่ต้องรีบ" in reply, reply
    draft = draft_of(services)
    assert draft.step == "official" and not draft.data.get("official"), draft.data


def test_a_relay_alone_is_kept_and_the_question_asked_again(chat, services):
    _to(chat, services, "agency")
    reply = texts(chat.say("หนูพิมพ์แทนแม่นะคะ แม่พิมพ์ไม่เป็น"))
    assert "แทนแม่" in reply and "หน่วยงานไหน" in reply, reply
    assert "วิธีใช้" not in reply.split("\n")[0], reply  # not help
    draft = draft_of(services)
    assert draft.step == "agency" and draft.data.get("behalf") == "แม่", draft.data
    assert "agency" not in draft.data and "พิมพ์" not in draft.data["description"], draft.data


def test_a_threat_to_the_family_in_latin_letters_at_the_witness_question(chat, services):
    _to(chat, services, "witnesses")
    reply = texts(chat.say("kao ja tee mae chan"))
    assert SAFETY in reply, reply
    assert not draft_of(services).data.get("witnesses"), draft_of(services).data


def test_a_place_in_latin_letters_sounding_as_a_threat_is_the_place(chat, services):
    _to(chat, services, "subdistrict", district="ลำปลายมาศ")
    reply = texts(chat.say("Nong Khu"))  # หนองคู, not หนองขู่ (threaten)
    assert SAFETY not in reply, reply
    assert draft_of(services).data.get("subdistrict") == "หนองคู", draft_of(services).data


def test_wrong_again_the_district_is_edited_at_the_summary(chat, services):
    _to(chat, services, "summary")
    chat.say("ผิดอีกแล้วค่ะ อำเภอคือคูเมือง")
    assert draft_of(services).data.get("district") == "คูเมือง", draft_of(services).data


def test_after_the_harvest_said_in_december_is_the_harvest_just_past(chat, services):
    _to(chat, services, "when")
    reply = texts(chat.say("หลังเกี่ยวข้าว"))
    assert SAFETY not in reply, reply
    draft = draft_of(services)
    assert draft.step != "when", reply
    assert draft.data.get("occurred_on") == "2026-11-01", draft.data
