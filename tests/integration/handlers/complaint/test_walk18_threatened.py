"""walk18's v1 (fixW18a): after a threat told on her filed complaint, the reply says truthfully
what happens next (the chair told or not; the committee reaches her through this chat), and a
worry about her child asked after it is answered, never offered as a new complaint."""

from __future__ import annotations

from tests.conftest import ONE_DATABASE
from tests.factories import submitted, texts
from tests.integration.handlers.complaint.test_after_filing import _chair, _drafts

# What a threatened villager is told is the reading's; danger alerts on both: test_danger_bounds.
pytestmark = ONE_DATABASE

THREAT = "เมื่อวานผู้ใหญ่บ้านมาถามแม่ว่าใครเป็นคนไปแจ้งเรื่องนี้ค่ะ"
WORRY = "แล้วลูกสาวหนูจะโดนครูทำอะไรไหมคะ กลัวมากเลยค่ะ ครูเขารู้หรือยังว่าหนูเป็นคนแจ้ง"


def test_after_a_threat_she_is_told_the_chair_knows_and_how_she_is_reached(chat, services):
    _chair(services)
    reference = submitted(chat).reference
    answer = texts(chat.say(THREAT))
    assert reference in answer and "แจ้งประธาน" in answer, answer
    assert "แชตนี้" in answer, answer  # how the committee reaches her


def test_with_no_chair_to_tell_she_is_not_told_one_was(chat, services):
    submitted(chat)
    answer = texts(chat.say(THREAT))
    assert "แจ้งประธาน" not in answer and "แชตนี้" in answer, answer


def test_a_worry_after_the_threat_is_answered_not_offered_as_a_new_complaint(chat, services):
    _chair(services)
    submitted(chat)
    chat.say(THREAT)
    answer = texts(chat.say(WORRY))
    assert "ต้องการแจ้งเรื่องนี้ไหม" not in answer, answer
    assert "ไม่รู้ว่าใครแจ้ง" in answer or "ไม่เห็น" in answer, answer
    assert _drafts(services, chat) == 0
