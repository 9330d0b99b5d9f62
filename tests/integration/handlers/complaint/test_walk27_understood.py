"""walk27 (fixV27b): villagers understood, not matched. A date widened in words at a later
question ("ไม่ใช่แค่ปลายพฤษภาครับ ตั้งแต่ 16 พ.ค. 69 ถึงวันนี้…") changes the date; spans of
months typed with a dash and "until now" are kept whole; a plain "not yet" or "none" with
why beside it is taken as the answer, not refused."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from tests.clock import Clock
from tests.conftest import ONE_DATABASE
from tests.factories import texts
from tests.integration.handlers.complaint.test_understood_steps import draft_of, to_step

pytestmark = ONE_DATABASE


@pytest.fixture
def clock():
    """Monday 7 December 2026 (BE 2569), ten in the morning in Buriram."""
    return Clock(datetime(2026, 12, 7, 3, 0, tzinfo=UTC))


# -- 1. a date widened in words at the evidence question ----------------------------------
def test_a_span_widened_at_the_evidence_question_changes_the_date(chat, services, clock):
    to_step(chat, services, "evidence")
    reply = texts(chat.say("ไม่ใช่แค่ปลายพฤษภาครับ ตั้งแต่ 16 พ.ค. 69 ถึงวันนี้ยังเป็นอยู่เลย"))
    data = draft_of(services).data
    assert data.get("occurred_on") == "2026-05-16", (data, reply)
    assert "7 ธ.ค. 2569" in str(data.get("occurred_text")), (data, reply)


# -- 2. spans of months --------------------------------------------------------------------
@pytest.mark.parametrize(
    ("said", "shown"),
    [
        ("ม.ค. - พ.ย. 2569 ครับ", "พ.ย."),
        ("บอกในโพสต์แล้วครับ ตั้งแต่เปิดเทอม 1/2569 จนถึงตอนนี้", "7 ธ.ค. 2569"),
    ],
)
def test_a_span_of_months_is_kept_whole(chat, services, clock, said, shown):
    to_step(chat, services, "when")
    reply = texts(chat.say(said))
    data = draft_of(services).data
    assert shown in str(data.get("occurred_text")), (data, reply)


# -- 4. plain answers with an aside ----------------------------------------------------------
def test_not_yet_with_why_is_a_no_at_the_reported_question(chat, services, clock):
    to_step(chat, services, "reported")
    reply = texts(chat.say("ยังครับ ยายไม่รู้จะไปบอกใคร"))
    draft = draft_of(services)
    assert draft.step != "reported", reply
    assert 'พิมพ์ "เคย"' not in reply, reply


def test_none_with_how_it_was_paid_closes_the_evidence_question(chat, services, clock):
    to_step(chat, services, "evidence")
    reply = texts(chat.say("ไม่มีครับ เขาจ่ายเงินสด ให้เซ็นรับเต็ม 600 แต่ให้จริง 400"))
    draft = draft_of(services)
    assert draft.step != "evidence", reply
