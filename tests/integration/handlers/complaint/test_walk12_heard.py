"""What walk12's villagers said and were misheard (issue 16, fixW12a): a wish to stay quiet at the
identity question is anonymity, never a name asked for; witnesses afraid of the headman are no
threat to the reporter (a threat to the reporter beside it still is), and "I was not threatened"
after the safety answer is never kept as an answer; a question about a filed complaint is a
status question; plain English answers at the evidence question are answers."""

from __future__ import annotations

import re

import pytest
from sqlalchemy import select

from handlers import danger
from storage.models import Draft, Ticket
from tests.conftest import ONE_DATABASE
from tests.factories import summarised, texts

# Villagers' conversations do not depend on the database kind: run once, on SQLite.
pytestmark = ONE_DATABASE

SAFETY_ANSWER = re.compile(r"191|1567")
ASKS_NAME = "ชื่อ-นามสกุล"


def _draft(services) -> Draft:
    with services.uow() as uow:
        draft = uow.session.scalars(select(Draft).order_by(Draft.id.desc())).first()
        uow.session.expunge(draft)
        return draft


def _to_identity(chat) -> None:
    summarised(chat)
    chat.say("แก้ 10")


@pytest.mark.parametrize(
    "line", ["1 ค่ะ บอกแล้วว่าขอเงียบๆ", "ขอเงียบๆค่ะ", "ขอแบบเงียบๆ ไม่ต้องใส่อะไรนะครับ"]
)
def test_staying_quiet_at_the_identity_question_is_anonymous(chat, services, line):
    _to_identity(chat)
    reply = texts(chat.say(line))
    assert ASKS_NAME not in reply, reply
    draft = _draft(services)
    assert draft.step == "summary" and draft.data.get("anonymous") is True, draft.step


def _to_witnesses(chat) -> None:
    chat.follow()
    chat.tap("menu=complain")
    chat.tap("a=consent:yes")
    chat.tap("a=kind:procurement")
    chat.say("อบต.หนองโบสถ์")
    chat.say("นายก อบต.")
    chat.say("นางรอง")
    chat.say("หนองโบสถ์")
    chat.say("14 มี.ค. 2568")
    chat.say("มีการฮั้วประมูลโครงการถนนลาดยางหมู่ 5 งบ 2 ล้านบาท ผู้รับเหมาเป็นญาตินายก")
    chat.tap("a=evidence:done")


@pytest.mark.parametrize(
    "line",
    [
        "ชาวบ้านหลายคนรู้ครับ แต่เขาไม่กล้าพูด กลัวผู้ใหญ่บ้าน",
        "คนในหมู่รู้กันหมดค่ะ แต่ไม่มีใครกล้าพูดเพราะกลัวกำนัน",
    ],
)
def test_witnesses_afraid_of_the_headman_are_no_threat_to_the_reporter(chat, services, line):
    _to_witnesses(chat)
    reply = texts(chat.say(line))
    assert not SAFETY_ANSWER.search(reply), reply
    assert not _draft(services).data.get(danger.THREATS), _draft(services).data  # no chair alert


def test_a_threat_to_the_reporter_beside_afraid_witnesses_is_still_a_threat(chat, services):
    _to_witnesses(chat)
    line = "ชาวบ้านไม่กล้าพูดครับ ผู้ใหญ่บ้านขู่ผมว่าถ้าแจ้งจะเผาบ้าน"
    assert SAFETY_ANSWER.search(texts(chat.say(line)))


def test_a_denial_after_the_safety_answer_is_kept_beside_the_threat_not_as_the_witnesses(
    chat, services
):
    _to_witnesses(chat)
    assert SAFETY_ANSWER.search(texts(chat.say("เขามาขู่ที่บ้านว่าจะยิงถ้าแจ้งครับ")))
    chat.tap("a=flow:continue")
    reply = texts(chat.say("ผมไม่ได้โดนขู่ครับ"))
    data = _draft(services).data
    assert "ไม่ได้โดนขู่" not in str(data.get("witnesses")), data.get("witnesses")
    assert [said for _, said in data.get(danger.SAFE, [])] == ["ผมไม่ได้โดนขู่ครับ"], data
    assert "รู้เห็น" in reply, reply  # the witness question again


def _filed(chat) -> None:
    summarised(chat)
    chat.tap("a=summary:confirm")


def _reference(services) -> str:
    with services.uow() as uow:
        return uow.session.scalars(select(Ticket.reference)).one()


@pytest.mark.parametrize(
    "line",
    [
        "สวัสดีค่ะ เรื่องร้านของชำที่แจ้งไว้ เป็นยังไงบ้างแล้วคะ",
        "หวัดดีครับ เรื่องถนนที่แจ้งไปเมื่อเดือนก่อน ถึงไหนแล้วครับ",
    ],
)
def test_a_question_about_a_filed_complaint_shows_its_status(chat, services, line):
    _filed(chat)
    reply = texts(chat.say(line))
    assert _reference(services) in reply, reply


def test_not_a_new_matter_but_the_old_one_shows_its_status(chat, services):
    _filed(chat)
    first = texts(chat.say("สวัสดีค่ะ เรื่องร้านของชำ"))
    reply = texts(chat.say("ไม่ใช่เรื่องใหม่ค่ะ ถามความคืบหน้าเรื่องเดิม"))
    assert _reference(services) in reply, (first, reply)


def _in_english_to(chat, step_answers: int) -> list[dict]:
    """An English-speaking villager (who wrote English, never chose by name) at a question."""
    chat.follow()
    chat.say("Hello, I want to report a village official who asked me for money")
    steps = [
        lambda: chat.tap("menu=complain"),
        lambda: chat.tap("a=consent:yes"),
        lambda: chat.tap("a=kind:bribery"),
        lambda: chat.say("Nong Bot Subdistrict Administrative Organisation"),
        lambda: chat.say("The SAO chief"),
        lambda: chat.say("Nang Rong"),
        lambda: chat.say("Nong Bot"),
        lambda: chat.say("14/3/2025"),
        lambda: chat.say("The chief asked me for 3,000 baht to sign my house registration form."),
    ]
    reply: list[dict] = []
    for step in steps[:step_answers]:
        reply = step()
    return reply


@pytest.mark.parametrize(
    "line", ["none, they didn't give a receipt", "no receipt, they never gave one"]
)
def test_a_plain_english_none_at_the_evidence_question_goes_on(chat, services, line):
    _in_english_to(chat, 9)
    assert _draft(services).step == "evidence"
    reply = texts(chat.say(line))
    assert _draft(services).step == "witnesses", reply
    assert "Sorry" not in reply and re.search(r"[a-z]{4,}", reply), reply


def test_a_thai_name_in_an_english_conversation_keeps_english(chat, services):
    _in_english_to(chat, 9)
    chat.say("none")
    reply = texts(chat.say("สมชาย ใจดี"))  # the witness, a Thai name
    assert re.search(r"[a-z]{4,}", reply) and not re.search(r"ค่ะ|ครับ", reply), reply


def test_english_please_at_the_official_question_switches_and_is_no_official(chat, services):
    chat.follow()
    chat.tap("menu=complain")
    chat.tap("a=consent:yes")
    chat.tap("a=kind:bribery")
    chat.say("อบต.หนองโบสถ์")
    reply = texts(chat.say("English please"))
    assert "English" in reply and not re.search(r"ค่ะ|ครับ", reply), reply
    assert not _draft(services).data.get("official"), _draft(services).data
