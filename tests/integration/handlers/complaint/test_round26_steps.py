"""Round 26 (fixR26b): an answer with a question after it ("โรงเรียนบ้านหนองยายพิมพ์ค่ะ ต้องบอกชื่อ
ไหมคะ") was read as the question alone, the school asked for again; a short story told at the
kind question ("The school wanted an extra payment to accept my stepdaughter") was kept and
what happened never asked, so the 8,000 baht was never told; "how is this different from the
NACC?" got the catch-all answer; "Ban Sawai Chik School" lost its Ban."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from tests.clock import Clock
from tests.conftest import ONE_DATABASE
from tests.factories import texts
from tests.integration.handlers.complaint.test_understood_steps import draft_of, to_step

pytestmark = ONE_DATABASE

#: Plain answers on the way from the kind question to what happened.
PLAIN = {
    "agency": "อบต.หนองกี่",
    "official": "ปลัด อบต.",
    "district": "หนองกี่",
    "subdistrict": "ไม่รู้",
    "when": "เดือนที่แล้ว",
    "kind": "ฮั้วประมูล",
}
SHORT_STORY = "เทศบาลทำถนนเส้นหน้าบ้านยายได้สองเดือนก็พังหมดแล้วค่ะ ผู้รับเหมาเป็นญาตินายก"


@pytest.fixture
def clock():
    """Monday 7 December 2026 (BE 2569), ten in the morning in Buriram."""
    return Clock(datetime(2026, 12, 7, 3, 0, tzinfo=UTC))


def _said(chat, text: str) -> str:
    answer = texts(chat.say(text))
    print(f"> {text}\n< {answer[:300]}")
    return answer


def test_an_agency_with_a_question_after_it_is_kept_and_the_question_answered(chat, services):
    to_step(chat, services, "agency")
    reply = _said(chat, "โรงเรียนบ้านหนองยายพิมพ์ค่ะ ต้องบอกชื่อไหมคะ")
    draft = draft_of(services)
    assert draft.data.get("agency") == "โรงเรียนบ้านหนองยายพิมพ์", (draft.data, reply)
    assert draft.step != "agency", reply
    assert "ไม่ต้องบอกชื่อก็แจ้งได้" in reply, reply  # her question answered too


def _short_story_at_kind(chat, services) -> str:
    """The story told short at the kind question, then plain answers up to what happened."""
    chat.follow()
    _said(chat, "แจ้งเรื่องค่ะ")
    _said(chat, "ยินยอมค่ะ")
    assert draft_of(services).step == "kind"
    reply = _said(chat, SHORT_STORY)
    assert SHORT_STORY[:20] in draft_of(services).data.get("description", ""), reply
    for _ in range(8):
        step = draft_of(services).step
        if step not in PLAIN:
            break
        reply = _said(chat, PLAIN[step])
    return reply


def test_a_short_story_told_early_is_asked_more_of_once(chat, services):
    reply = _short_story_at_kind(chat, services)
    assert draft_of(services).step == "what", reply
    assert "เล่าเพิ่ม" in reply, reply  # more asked for, not the story asked again
    reply = _said(chat, "เขาบอกว่าต้องจ่าย 20,000 บาท ไม่มีใบเสร็จ จ่ายเป็นเงินสดค่ะ")
    draft = draft_of(services)
    assert SHORT_STORY[:20] in draft.data["description"], draft.data
    assert "20,000" in draft.data["description"], draft.data
    assert draft.step == "evidence", reply  # asked once: never "anything more?" again


def test_nothing_more_after_a_short_story_goes_on(chat, services):
    _short_story_at_kind(chat, services)
    reply = _said(chat, "ไม่มีแล้วค่ะ")
    draft = draft_of(services)
    assert draft.step == "evidence", reply
    assert "ไม่มีแล้ว" not in draft.data["description"], draft.data


def test_here_or_the_nacc_is_answered_as_where_else_to_report(chat):
    chat.follow()
    reply = _said(chat, "แจ้งที่นี่กับแจ้ง ป.ป.ช. ต่างกันยังไงคะ")
    assert "ไม่ต้องไปแจ้งที่อื่น" in reply, reply


def test_a_school_said_in_latin_keeps_its_ban(chat, services):
    to_step(chat, services, "agency")
    _said(chat, "Ban Sawai Chik School")
    assert draft_of(services).data.get("agency") == "โรงเรียนบ้านสวายจีก"
