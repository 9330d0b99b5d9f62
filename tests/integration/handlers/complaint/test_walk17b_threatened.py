"""walk17's threatened woman (v4, fixW17b): after a threat told on her filed complaint, "does the
committee know?" is answered from the complaint's record (noted; the chair told or not), "if I
withdraw will they leave me alone?" is noted on it as pressure to withdraw, the chair is told, and
the answer says so, that withdrawing is her right and that she need not; "what happens next …
must I withdraw?" gets both parts answered."""

from __future__ import annotations

from tests.conftest import ONE_DATABASE
from tests.factories import submitted, texts
from tests.integration.handlers.complaint.test_after_filing import _chair, _entries
from tests.integration.handlers.complaint.test_walk16_after_filing import THREAT, _alerts

# What a threatened villager is told is the reading's; danger alerts on both: test_danger_bounds.
pytestmark = ONE_DATABASE

KNOWS = "ไม่อยากถอนนะคะ แต่กลัว กรรมการรู้เรื่องที่เขามาขู่ไหม"
LEAVE_ALONE = "ถ้าถอนเรื่องแล้วเขาจะเลิกยุ่งกับเราไหมคะ"
NEXT = "แล้วจะเป็นยังไงต่อคะ ต้องถอนไหม เขาจะรู้ไหมว่าเป็นฉันแจ้ง"


def _threatened(chat, services, chair: bool = True) -> str:
    if chair:
        _chair(services)
    reference = submitted(chat).reference
    chat.say(THREAT)
    return reference


def test_does_the_committee_know_says_it_was_noted_and_the_chair_told(chat, services):
    reference = _threatened(chat, services)
    answer = texts(chat.say(KNOWS))
    assert reference in answer and "ประธาน" in answer and "รู้แล้ว" in answer, answer
    assert "เข้ารหัส" not in answer, answer


def test_does_the_committee_know_with_no_chair_to_tell_says_only_noted(chat, services):
    reference = _threatened(chat, services, chair=False)
    answer = texts(chat.say(KNOWS))
    assert reference in answer and "บันทึก" in answer, answer
    assert "แจ้งประธาน" not in answer and "รู้แล้ว" not in answer, answer


def test_withdrawing_under_pressure_is_noted_and_the_chair_told(chat, services):
    reference = _threatened(chat, services)
    before = len(_alerts(services))
    answer = texts(chat.say(LEAVE_ALONE))
    assert "สิทธิ์" in answer and "ไม่ต้องถอน" in answer, answer
    assert "ประธาน" in answer and reference in answer, answer
    assert any(LEAVE_ALONE in body for body in _entries(services, reference, "danger"))
    assert len(_alerts(services)) == before + 1


def test_what_next_and_must_i_withdraw_are_both_answered(chat, services):
    _threatened(chat, services)
    answer = texts(chat.say(NEXT))
    assert "ไม่ต้องถอน" in answer, answer
    assert "ต่อจากนี้" in answer and "คณะกรรมการ" in answer, answer
    assert "ถ้าเขารู้แล้ว" in answer, answer  # the third part: will they know it was me


def test_withdrawal_questions_with_no_threat_get_the_plain_answer(chat):
    submitted(chat)
    answer = texts(chat.say("ถอนเรื่องได้ไหมคะ"))
    assert "ถอนเรื่อง" in answer and "สิทธิ์" not in answer, answer
