"""walk24 (fixW25): a named month "ที่แล้ว" is the latest such month past; after the safety
answer "กลัวแต่จะแจ้งต่อ" goes on with the question she was at, and the offer to go on names
that question, not a number she never saw."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from tests.clock import Clock
from tests.conftest import ONE_DATABASE
from tests.factories import submitted, texts
from tests.integration.handlers.complaint.test_understood_steps import draft_of, to_step

pytestmark = ONE_DATABASE


@pytest.fixture
def clock():
    """Monday 7 December 2026 (BE 2569), ten in the morning in Buriram."""
    return Clock(datetime(2026, 12, 7, 3, 0, tzinfo=UTC))


@pytest.mark.parametrize(
    ("said", "start", "end"),
    [
        ("ต้นเดือนพฤศจิกาที่แล้วค่ะ", "2026-11-01", "2026-11-10"),
        ("พฤศจิกาที่แล้ว", "2026-11-01", "2026-11-30"),
        ("เดือนพฤศจิกายนที่แล้วค่ะ", "2026-11-01", "2026-11-30"),
        ("ธันวาที่แล้ว", "2025-12-01", "2025-12-31"),
    ],
)
def test_a_month_named_with_ที่แล้ว_is_the_latest_one_past(chat, services, clock, said, start, end):
    to_step(chat, services, "when")
    reply = texts(chat.say(said))
    data = draft_of(services).data
    assert "ธ.ค. 2569" not in reply or start.startswith("2025"), reply
    assert data.get("occurred_on") == start, data
    assert data.get("occurred_until", end) == end, data


THREAT = "เมื่อกี้เมียผู้ใหญ่ส่งไลน์มาว่า ถ้ายังจะไปฟ้องใคร ระวังลูกเล็กจะไม่ปลอดภัยนะ"


def test_after_the_safety_answer_the_offer_to_go_on_names_the_question_she_was_at(
    chat, services, clock
):
    to_step(chat, services, "when")
    chat.say(THREAT)
    reply = texts(chat.say("หนูกลัวแต่จะแจ้งต่อค่ะ"))
    assert "ข้อ 8" not in reply, reply
    assert "เกิดเมื่อไร" in reply, reply
    assert draft_of(services).step == "when"


FARMER = [
    "ผู้รับเหมามันเอาเงินขุดคลองไปแล้วบ่ได้ขุดเลย",
    "งบคลองส่งน้ำหมู่บ้านโนนสูง ต.หนองกง อ.นางรอง 5 แสน",
    "อบต.หนองกง เป็นคนจ้าง นายกอบต.ชื่อ นายบุญมี ศรีสุข",
    "ตั้งแต่เดือนมีนาปีนี้ บ่มีรถมาขุดจักเทื่อ",
]


def test_the_story_said_back_at_the_start_asks_nothing_beside_the_consent(chat, services, clock):
    """One turn asks one thing: what the story gave is said back as noted, and only consent
    is asked ("ได้" then answers the one question asked)."""
    chat.follow()
    for line in FARMER:
        chat.say(line)
    reply = texts(chat.say("แจ้ง"))
    assert "ยินยอมไหมคะ" in reply, reply
    assert "อบต.หนองกง" in reply, reply
    assert "ใช่ไหมคะ" not in reply, reply


WITHDRAW_AFRAID = "หนูขอถอนเรื่องค่ะ กลัวลูกจะเป็นอะไรไป คุยกับสามีแล้วว่าไม่เอาเรื่องดีกว่า"


def test_withdrawing_afraid_with_no_chair_yet_proposes_pressure_and_claims_no_chair_told(
    chat, services, clock
):
    """Her reason in words is proposed back ("ถูกกดดัน"), not asked as four choices again; with
    no chair yet nothing says the chair was told."""
    reference = submitted(chat).reference
    asked = texts(chat.say(WITHDRAW_AFRAID))
    assert "ถูกกดดันหรือข่มขู่ ใช่ไหมคะ" in asked, asked
    done = texts(chat.say("ใช่ค่ะ"))
    assert f"ถอนเรื่อง {reference} แล้ว" in done, done
    assert "แจ้งประธาน" not in done, done
