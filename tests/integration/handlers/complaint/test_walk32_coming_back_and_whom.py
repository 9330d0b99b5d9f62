"""Walk 32, as a villager sees it: coming back after cancelling ("เปลี่ยนใจค่ะ คิดดูแล้วจะแจ้งต่อ")
is offered the cancelled draft; "ถ้าอย่างนั้นแจ้งค่ะ" after a question answered starts a filing;
the name kept out while going on after the safety answer is never asked for again; the
teller's own role is not the accused; a witness in the story is who saw, never a sentence."""

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


def cancelled_at_reported(chat, services):
    """A volunteer's complaint answered to the reported question, then cancelled."""
    to_step(chat, services, "reported")
    chat.say("ไม่เอาแล้วค่ะ กลัวเขารู้ ขอถอนเรื่องดีกว่า")
    chat.say("ใช่ค่ะ")
    assert draft_of(services).status == "cancelled"


@pytest.mark.parametrize(
    "said",
    ["เปลี่ยนใจค่ะ คิดดูแล้วจะแจ้งต่อ ไม่อยากให้ อสม.คนอื่นโดนอีก", "คิดดูอีกทีแล้วค่ะ ขอแจ้งต่อนะคะ"],
)
def test_a_change_of_mind_after_cancelling_offers_the_cancelled_draft(chat, services, said):
    cancelled_at_reported(chat, services)
    reply = texts(chat.say(said))
    assert "หยุดไว้เมื่อ" in reply, reply
    assert "ต้องการแจ้งเรื่องนี้ไหม" not in reply, reply
    reply = texts(chat.say("ทำต่อค่ะ"))
    assert "เคยแจ้งเรื่องนี้ที่อื่น" in reply, reply
    draft = draft_of(services)
    assert draft.status == "open" and draft.step == "reported", draft
    assert "อสม" not in str(draft.data.get("official")), draft.data


def test_then_i_report_after_a_question_answered_starts_a_filing(chat, services):
    chat.follow()
    chat.say("ถ้าแจ้งเรื่อง คนที่ถูกแจ้งจะรู้ไหมคะว่าใครแจ้ง")
    reply = texts(chat.say("ถ้าอย่างนั้นแจ้งค่ะ"))
    assert "ยังไม่เข้าใจ" not in reply, reply
    assert "ยินยอม" in reply, reply


STORY = "เจ้าหน้าที่การเงินเรียกเงินค่าบัตรคนละ 300 บาท ใครไม่จ่ายไม่ออกบัตรให้"
THREAT = "เมื่อคืนมีคนมาที่บ้านค่ะ บอกว่าถ้ายังพูดเรื่องนี้อีก ลูกชายจะตกงาน ตอนนี้กลัวมากค่ะ"


def test_the_name_kept_out_when_going_on_is_not_asked_again(chat, services):
    to_step(chat, services, "when")
    chat.say(THREAT)
    reply = texts(chat.say("ยังอยากแจ้งต่อค่ะ แต่ขอไม่บอกชื่อนะคะ"))
    assert "เกิดเมื่อไร" in reply, reply
    assert draft_of(services).data.get("anonymous") is True
    replies = [texts(chat.say(said)) for said in ("ไม่รู้", STORY, "ไม่มี", "ไม่มี", "ยังไม่เคยค่ะ")]
    assert not any("จะบอกชื่อไหม" in reply for reply in replies), replies
    assert draft_of(services).step == "summary", replies
    assert "ไม่เปิดเผยชื่อ" in replies[-1], replies


TEACHER = (
    "สวัสดีค่ะ ดิฉันเป็นครูโรงเรียนบ้านหนองบัว อำเภอลำปลายมาศค่ะ อยากแจ้งเรื่องอาหารกลางวันนักเรียนค่ะ"
    " ตั้งแต่เปิดเทอมพฤษภา ผู้อำนวยการสมชาย ใจดี สั่งซื้อวัตถุดิบอาหารกลางวันจากร้านของญาติตัวเอง"
    " ราคาแพงกว่าท้องตลาดเกือบเท่าตัว ครูหลายคนเห็นใบเสร็จแต่ไม่มีใครกล้าพูด"
    " งบอาหารกลางวันหัวละ 36 บาทต่อวัน เด็ก 180 คน ค่ะ"
)
VOLUNTEER = "ดิฉันเป็น อสม. ค่ะ ค่าป่วยการโดนหักครึ่งหนึ่งทุกเดือน อสม.คนอื่นก็รู้ค่ะ"


def test_a_witness_from_the_story_is_who_saw_never_what_they_saw(chat, services):
    chat.follow()
    chat.say(TEACHER)
    chat.say("แจ้งค่ะ")
    witnesses = str(draft_of(services).data.get("witnesses"))
    assert "ใบเสร็จ" not in witnesses and "36 บาท" not in witnesses, witnesses


def test_the_tellers_own_role_and_fellows_are_not_who_did_it(chat, services):
    chat.follow()
    chat.say(VOLUNTEER)
    reply = texts(chat.say("แจ้งค่ะ"))
    assert "คนที่ทำคือ อสม" not in reply, reply
    assert "อสม" not in str(draft_of(services).data.get("official")), draft_of(services).data


def test_choosing_no_name_is_told_once_that_the_story_says_who_she_is(chat, services):
    chat.follow()
    chat.say(TEACHER)
    chat.say("แจ้งค่ะ")
    plain = {"consent": "ยินยอมค่ะ", "subdistrict": "หนองบัวโคก", "reported": "ยังไม่เคยค่ะ"}
    plain |= {"identity": "1", "when": "ไม่รู้", "what_more": "เท่านี้ค่ะ"}
    replies = []
    for _ in range(10):
        step = draft_of(services).step
        if step == "summary":
            break
        replies.append(texts(chat.say(plain.get(step, "ไม่มี"))))
    told = [reply for reply in replies if "บอกว่าท่านเป็นใคร" in reply]
    assert len(told) == 1, replies
    assert draft_of(services).data.get("anonymous") is True
