"""Fear and one's own legal risk asked in words (issue 16, walk30; fixW30b's own cases, written
before the change): fear told as a withdrawal's reason has the safety answer first and the
chair told, the reason number picked kept and the words typed kept with it; "will the police
arrest me?" after filing gets an honest answer, not the after-filing text."""

from __future__ import annotations

from sqlalchemy import select

from storage.models import OutboxMessage
from tests.conftest import ONE_DATABASE
from tests.factories import texts
from tests.integration.handlers.complaint.test_after_filing import _chair, _entries, _filed

pytestmark = ONE_DATABASE


def _pressure_alerts(services) -> int:
    with services.engine.connect() as conn:
        stmt = select(OutboxMessage.id).where(OutboxMessage.purpose == "committee:pressure")
        return len(list(conn.scalars(stmt)))


def _status_notes(services, reference: str) -> str:
    return "\n".join(_entries(services, reference))


def test_fear_beside_the_reason_number_tells_the_chair_and_keeps_both(chat, services):
    _chair(services)
    reference = _filed(chat, services)
    chat.say(f"I want to withdraw {reference}, my aunt worries about trouble with the office")
    answer = texts(chat.say("1 - she got her papers back, but she is also scared"))
    assert "191" in answer or "1567" in answer, answer  # the safety answer
    assert answer.index("191" if "191" in answer else "1567") < answer.index("withdrawn"), answer
    assert _pressure_alerts(services) == 1
    notes = _status_notes(services, reference)
    assert "solved" in notes, notes  # 1 = sorted out, kept as picked
    assert "she got her papers back" in notes and "trouble with the office" in notes, notes


def test_fear_in_thai_withdrawal_reason_is_answered_with_safety_first(chat, services):
    _chair(services)
    reference = _filed(chat, services)
    chat.say(f"ขอถอนเรื่อง {reference} ค่ะ")
    answer = texts(chat.say("กลัวเขาเล่นงานค่ะ ไม่อยากมีเรื่อง"))
    assert "191" in answer or "1567" in answer, answer
    assert _pressure_alerts(services) == 1


def test_a_withdrawal_sorted_out_without_fear_tells_no_one(chat, services):
    _chair(services)
    reference = _filed(chat, services)
    chat.say(f"ขอถอนเรื่อง {reference} ค่ะ")
    answer = texts(chat.say("1"))
    assert "191" not in answer, answer
    assert _pressure_alerts(services) == 0


def test_will_the_police_arrest_me_after_filing_is_answered_honestly(chat, services):
    _filed(chat, services)
    answer = texts(chat.say("แล้วตำรวจจะมาจับกูไหม หลาน"))
    assert "ไม่ผิด" in answer and "ตำรวจ" in answer, answer
    assert "รหัสติดตาม" not in answer, answer


def test_will_i_get_sued_is_answered_in_english(chat, services):
    _filed(chat, services)
    answer = texts(chat.say("can I get sued for defamation if I report him?"))
    assert "good faith" in answer, answer
