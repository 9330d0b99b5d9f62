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
