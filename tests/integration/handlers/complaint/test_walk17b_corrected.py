"""walk17 (fixW17b): the chair read a story saying "วันจันทร์ที่แล้ว … ตำบลถนนหัก" beside fields the
complainant corrected afterwards (1 ธ.ค., ทรัพย์พระยา), with no word of it. The ticket page now
says, above the story, which fields were corrected after it and what the story said."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from bs4 import BeautifulSoup

from storage import tickets
from tests.clock import Clock
from tests.conftest import ONE_DATABASE
from tests.factories import REFERENCE, texts
from tests.integration.bot.dashboard.test_tickets_pages import signed_in
from tests.integration.handlers.complaint.test_understood_steps import draft_of

# Villagers' conversations do not depend on the database kind: run once, on SQLite.
pytestmark = ONE_DATABASE

STORY = (
    "ไปขอออกโฉนดที่สำนักงานที่ดินสาขานางรอง เมื่อวันจันทร์ที่แล้ว เจ้าหน้าที่ชื่อนายวีระ "
    "บอกว่าถ้าอยากได้เร็วต้องจ่ายค่าดำเนินการพิเศษ 20,000 ที่ดินอยู่ตำบลถนนหักครับ"
)
ANSWERS = {
    "official": "นายวีระ เจ้าหน้าที่ที่ดิน",
    "evidence": "ไม่มีครับ",
    "witnesses": "ไม่มีครับ",
    "reported": "ยังไม่เคยครับ",
    "identity": "1",
}


@pytest.fixture
def clock():
    """Sunday 6 December 2026 (BE 2569), ten in the morning in Buriram."""
    return Clock(datetime(2026, 12, 6, 3, 0, tzinfo=UTC))


def _filed(chat, services, corrections: tuple[str, ...]) -> str:
    chat.follow()
    chat.say(STORY)
    chat.say("แจ้งค่ะ")
    chat.say("ยินยอมครับ")
    for said in corrections:
        chat.say(said)
    for _ in range(12):
        step = draft_of(services).step
        if step == "summary":
            break
        chat.say(ANSWERS.get(step, "ไม่รู้"))
    filed = texts(chat.say("ส่งครับ"))
    found = REFERENCE.search(filed)
    assert found, filed
    return found.group(0)


def _page(app, services, reference: str) -> BeautifulSoup:
    chair, _ = signed_in(app, services, "chair")
    return BeautifulSoup(chair.get(f"/committee/tickets/{reference}").data, "html.parser")


def test_fields_corrected_after_the_story_are_said_above_it(app, chat, services):
    reference = _filed(
        chat,
        services,
        (
            "เดี๋ยวครับ วันผิด ไม่ใช่วันจันทร์ เป็นวันอังคารที่ 1 ธันวา",
            "อีกอย่างครับ ตำบลก็ผิด ที่ดินอยู่ทรัพย์พระยา ไม่ใช่ถนนหัก ผมสับสน",
        ),
    )
    with services.uow() as uow:
        ticket = tickets.by_reference(uow, reference)
        assert (ticket.subdistrict, str(ticket.occurred_on)) == ("ทรัพย์พระยา", "2026-12-01")
    note = _page(app, services, reference).select_one("#corrected")
    assert note is not None, "no word that fields were corrected after the story"
    said = note.get_text(" ", strip=True)
    assert "แก้ไขภายหลัง" in said, said
    assert "1 ธ.ค. 2569" in said and "เดิมในเรื่องเล่า" in said and "พ.ย. 2569" in said, said
    assert "ทรัพย์พระยา" in said and "ถนนหัก" in said, said


def test_a_story_that_agrees_with_its_fields_has_no_such_note(app, chat, services):
    reference = _filed(chat, services, ())
    assert _page(app, services, reference).select_one("#corrected") is None
