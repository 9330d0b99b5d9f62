"""Round 18's diag half (fix16a): after the safety answer "ยังอยากแจ้งต่อค่ะ" goes on from the
question left, never kept as its answer; the court question at a step is answered as such (not
as "is it needed?"), then the question again."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from tests.clock import Clock
from tests.conftest import ONE_DATABASE
from tests.factories import texts
from tests.integration.handlers.complaint.test_understood_steps import draft_of, to_step

pytestmark = ONE_DATABASE

THREAT = "เมื่อกี้เมียผู้ใหญ่ส่งไลน์มาว่า ถ้ายังจะไปฟ้องใคร ระวังลูกเล็กจะไม่ปลอดภัยนะ"
GOING_ON = "ไปต่อกันนะคะ"


@pytest.fixture
def clock():
    """Monday 7 December 2026 (BE 2569), ten in the morning in Buriram."""
    return Clock(datetime(2026, 12, 7, 3, 0, tzinfo=UTC))


@pytest.mark.parametrize("said", ["ยังอยากแจ้งต่อค่ะ", "จะแจ้งต่อ", "ทำต่อ", "สิแจ้งต่อเด้อ"])
def test_going_on_after_the_safety_answer_goes_on_from_the_question_left(
    chat, services, clock, said
):
    to_step(chat, services, "official")
    chat.say(THREAT)
    reply = texts(chat.say(said))
    draft = draft_of(services)
    assert GOING_ON in reply, reply
    assert draft.step == "official", draft
    assert not draft.data.get("official"), draft.data


def test_the_court_question_at_a_step_is_answered_then_the_question_again(chat, services, clock):
    to_step(chat, services, "when")
    reply = texts(chat.say("ต้องไปขึ้นศาลด้วยเหรอคะ"))
    assert "ไม่ได้ทำให้ท่านต้องขึ้นศาล" in reply, reply
    assert draft_of(services).step == "when"


CHATTER = "ร้อนจนจะบ้าตายแล้ววันนี้ แอร์ที่บ้านก็เสีย นอนไม่หลับเลย"
STORY = "ผู้ใหญ่บ้านเก็บเงินค่าไฟทางบ้านละ 200 บาท แต่ไฟไม่เคยติดเลยสักดวง"


def test_chatter_outside_a_question_is_not_offered_as_a_story(chat, services, clock):
    chat.follow()
    reply = texts(chat.say(CHATTER))
    assert "ต้องการแจ้งเรื่องนี้ไหม" not in reply, reply
    assert draft_of(services) is None


def test_chatter_while_a_story_is_told_is_not_kept_with_it(chat, services, clock):
    chat.follow()
    chat.say(STORY)
    reply = texts(chat.say(CHATTER))
    assert "จดแล้ว" not in reply and "จดไว้แล้ว" not in reply, reply
    chat.say("แจ้ง")
    chat.say("ยินยอมค่ะ")
    description = draft_of(services).data.get("description", "")
    assert "ไฟทางบ้านละ 200" in description, description
    assert "แอร์" not in description, description


@pytest.mark.parametrize("said", ["ร้อนจังเลยค่ะวันนี้", "[สติกเกอร์]", "หิวข้าวจัง"])
def test_small_talk_at_the_agency_question_is_never_its_answer(chat, services, clock, said):
    to_step(chat, services, "agency")
    reply = texts(chat.say(said))
    draft = draft_of(services)
    assert draft.step == "agency", draft
    assert not draft.data.get("agency"), draft.data
    assert "ไม่ต้องรีบ" in reply, reply
