"""What walk12's villagers said and were misheard (issue 16, fixW12a): a wish to stay quiet at the
identity question is anonymity, never a name asked for; witnesses afraid of the headman are no
threat to the reporter (a threat to the reporter beside it still is), and "I was not threatened"
after the safety answer is never kept as an answer; a question about a filed complaint is a
status question; plain English answers at the evidence question are answers."""

from __future__ import annotations

import re

import pytest
from sqlalchemy import select

from storage.models import Draft
from tests.factories import file_complaint, texts

SAFETY_ANSWER = re.compile(r"191|1567")
ASKS_NAME = "ชื่อ-นามสกุล"


def _draft(services) -> Draft:
    with services.uow() as uow:
        draft = uow.session.scalars(select(Draft).order_by(Draft.id.desc())).first()
        uow.session.expunge(draft)
        return draft


def _to_identity(chat) -> None:
    file_complaint(chat)
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
    assert not _draft(services).data.get("danger"), _draft(services).data


def test_a_threat_to_the_reporter_beside_afraid_witnesses_is_still_a_threat(chat, services):
    _to_witnesses(chat)
    line = "ชาวบ้านไม่กล้าพูดครับ ผู้ใหญ่บ้านขู่ผมว่าถ้าแจ้งจะเผาบ้าน"
    assert SAFETY_ANSWER.search(texts(chat.say(line)))
