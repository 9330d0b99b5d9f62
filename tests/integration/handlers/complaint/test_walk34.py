"""walk34 (fixW34): what a tester who read no code met on main. Being guessed from what is told,
asked mid-filing in other words, is answered about details that may point; a self-description
beside "no name" is never put in the story reviewers read; "the committee may phone me" reaches
the chair; a contractor kin to the mayor leaves the mayor as the official, the tie in the story;
"the same name as last time" is answered kindly and the name asked again, nothing reused."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from bs4 import BeautifulSoup

from storage import tickets
from tests.clock import Clock
from tests.conftest import ONE_DATABASE
from tests.factories import REFERENCE, texts
from tests.integration.bot.dashboard.test_tickets_pages import signed_in
from tests.integration.handlers.complaint.test_understood_steps import draft_of, to_step

pytestmark = ONE_DATABASE

#: The words of the answer about details that may point (faq.details_may_point).
DETAILS_MAY_POINT = "เล่ากว้าง ๆ ได้"


@pytest.fixture
def clock():
    """Monday 7 December 2026 (BE 2569), ten in the morning in Buriram: the walk's day."""
    return Clock(datetime(2026, 12, 7, 3, 0, tzinfo=UTC))


def _sent(chat) -> str:
    """The draft at its summary sent; its reference."""
    filed = texts(chat.say("ส่งค่ะ"))
    found = REFERENCE.search(filed)
    assert found, filed
    return found.group(0)


# -- 1. being guessed from what is told, asked mid-filing ------------------------------------
@pytest.mark.parametrize(
    ("step", "asked"),
    [
        ("witnesses", "คนที่รู้เรื่องนี้จะเดาได้ไหม"),
        ("identity", "เขาจะรู้ไหมว่าใครแจ้ง"),
        ("reported", "ดูออกไหมว่าเป็นเรา"),
        ("evidence", "มีคนเดาได้ไหม"),
        ("witnesses", "เขาสิเดาออกบ่ว่าแม่นข้อยแจ้ง"),
    ],
)
def test_being_guessed_asked_mid_filing_is_answered_about_details(chat, services, step, asked):
    to_step(chat, services, step)
    before = draft_of(services).data
    reply = texts(chat.say(asked))
    assert DETAILS_MAY_POINT in reply, reply  # details few know may point: tell them broadly
    draft = draft_of(services)
    assert draft.step == step and draft.data == before  # nothing kept as an answer


# -- 2. a self-description beside "no name" --------------------------------------------------
@pytest.mark.parametrize("step", ["identity", "name"])
def test_a_self_description_with_no_name_never_reaches_the_story(chat, services, step):
    to_step(chat, services, step)
    reply = texts(chat.say("ไม่บอกชื่อนะคะ ฉันเป็นแม่ค้าขายผักหน้าอบต."))
    draft = draft_of(services)
    assert draft.data.get("anonymous") is True and draft.step == "summary"
    assert "แม่ค้า" not in draft.data["description"]
    assert "ไม่ใส่" in reply and "แม่ค้า" not in reply.split("6. รายละเอียด")[-1].split("7.")[0]
    reference = _sent(chat)
    with services.uow() as uow:
        assert "แม่ค้า" not in tickets.by_reference(uow, reference).description


# -- 3. the committee may phone -------------------------------------------------------------
def test_a_call_allowed_with_the_phone_is_shown_to_the_chair(app, chat, services):
    to_step(chat, services, "phone")
    reply = texts(chat.say("0812345678 ให้กรรมการโทรหาได้"))
    assert "โทรหาได้" in reply.split("10. ")[-1], reply  # said back in the summary
    reference = _sent(chat)
    with services.uow() as uow:
        assert tickets.by_reference(uow, reference).call_ok is True
    chair, _ = signed_in(app, services, "chair")
    page = chair.get(f"/committee/tickets/{reference}")
    token = BeautifulSoup(page.data, "html.parser").select_one("input[name=csrf_token]")["value"]
    shown = chair.post(
        f"/committee/tickets/{reference}/identity",
        data={"reason": "โทรสอบถามรายละเอียดเพิ่ม", "csrf_token": token},
    )
    card = BeautifulSoup(shown.data, "html.parser").select_one("#identity-call")
    assert card is not None and "โทรหาได้" in card.get_text(), shown.data[:400]


def test_a_call_allowed_at_the_name_choice_is_a_name_given_and_kept(chat, services):
    to_step(chat, services, "identity")
    chat.say("ให้กรรมการโทรหาได้")
    draft = draft_of(services)
    assert draft.step == "name" and draft.data.get("anonymous") is False
    assert draft.data.get("call_ok") is True


def test_no_call_asked_is_kept_so(chat, services):
    to_step(chat, services, "phone")
    chat.say("0812345678 แต่อย่าโทรมานะคะ")
    assert draft_of(services).data.get("call_ok") is False


# -- 4. a contractor kin to the mayor --------------------------------------------------------
def test_the_contractor_kin_to_the_mayor_leaves_the_mayor_as_the_official(chat, services):
    to_step(chat, services, "official")
    chat.say("ผู้รับเหมาเป็นญาตินายก")
    draft = draft_of(services)
    assert draft.data["official"] == "นายก"
    kept = draft.data.get("description") or draft.data.get("_told_beside") or ""
    assert "ผู้รับเหมาเป็นญาตินายก" in kept  # the tie is told, with the story


# -- 5. the same name as last time -----------------------------------------------------------
@pytest.mark.parametrize("said", ["ใช้ชื่อเดิม", "ชื่อเหมือนครั้งที่แล้ว"])
def test_the_same_name_as_last_time_is_asked_again_never_reused(chat, services, said):
    to_step(chat, services, "name")
    reply = texts(chat.say(said))
    assert "ทุกครั้ง" in reply and "พิมพ์ชื่อ-นามสกุล" in reply, reply
    draft = draft_of(services)
    assert draft.step == "name" and "name_enc" not in draft.data


def test_the_same_name_at_the_name_choice_is_a_name_asked_for(chat, services):
    to_step(chat, services, "identity")
    reply = texts(chat.say("ใช้ชื่อเดิมค่ะ"))
    assert "ทุกครั้ง" in reply and "พิมพ์ชื่อ-นามสกุล" in reply, reply
    draft = draft_of(services)
    assert draft.step == "name" and "name_enc" not in draft.data
