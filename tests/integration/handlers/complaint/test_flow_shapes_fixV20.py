"""Shapes that broke round 20's villagers (fixV20), in other words and people: a question back
about filing for someone, with why they ask, is answered and never kept as what happened; a
greeting and "may I report …?" in English asks for the story; what a kind question hears of a
charge dearer than the thing, or of relief not paid out, is said back as its kind."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from tests.clock import Clock
from tests.conftest import ONE_DATABASE
from tests.factories import texts
from tests.integration.handlers.complaint.test_understood_steps import draft_of

pytestmark = ONE_DATABASE


@pytest.fixture
def clock():
    """Monday 7 December 2026 (BE 2569), ten in the morning in Buriram."""
    return Clock(datetime(2026, 12, 7, 3, 0, tzinfo=UTC))


def test_asking_to_file_for_a_parent_is_answered_and_not_the_story(chat, services, clock):
    chat.follow()
    reply = chat.say("แจ้งเรื่องแทนแม่ได้ไหมคะ แม่อยู่บ้านนอก หนูทำงานอยู่กรุงเทพ")
    assert "แทน" in texts(reply)
    chat.say("แจ้งเรื่องค่ะ")
    draft = draft_of(services)
    assert draft is not None and "กรุงเทพ" not in (draft.data.get("description") or "")


def test_a_question_with_the_matter_beside_it_keeps_the_matter(chat, services, clock):
    chat.follow()
    chat.say("แจ้งแทนยายได้ไหมคะ ผู้ใหญ่บ้านหักเงินเบี้ยยังชีพยายไปคนละ 200 บาททุกเดือน")
    chat.say("แจ้ง")
    assert "เบี้ยยังชีพ" in (draft_of(services).data.get("description") or "")


def test_a_greeting_and_may_i_report_asks_for_the_story(chat, services, clock):
    chat.follow()
    reply = chat.say("Good afternoon, may I report a problem at our health centre?")
    assert "tell" in texts(reply).lower()
    draft = draft_of(services)
    assert draft is None or not draft.data.get("description")


@pytest.mark.parametrize(
    "told, kind",
    [
        ("ครูฝ่ายการเงินเก็บตังค่าทัศนศึกษาแพงกว่าที่บริษัททัวร์คิดจริงค่ะ", "bribery"),
        ("นายก อบต. ไม่ยอมจ่ายเงินเยียวยาน้ำท่วมให้ป้าค่ะ", "budget"),
        ("อบต.จัดซื้อเครื่องออกกำลังกายราคาแพงเกินจริงค่ะ", "procurement"),
    ],
)
def test_the_kind_told_at_the_kind_question(told, kind, chat, services, clock):
    chat.follow()
    chat.say("แจ้งเรื่อง")
    chat.say("ยินยอม")
    chat.say(told)
    assert draft_of(services).data.get("kind") == kind
