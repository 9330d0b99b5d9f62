"""A worry told after a threat (issue 16, fixK16b): kept for the committee the way the threat
is — on the filed complaint's internal timeline, or with the draft's threats while filing (on
the timeline once sent) — answered, and never offered as a new complaint; a worry with no
threat before it, or a fear of a slip, is not one."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from storage import tickets
from storage.models import Draft, TicketEvent
from tests.conftest import ONE_DATABASE
from tests.factories import REFERENCE, answer_up_to_evidence, texts
from tests.integration.handlers.complaint.test_after_filing import _chair, _entries, _filed

THREAT = "เมื่อคืนมีคนมาขู่ว่าจะทำร้ายลูกหนูถ้าไม่ถอนเรื่อง"
#: Worries read as no threat of their own (a threat read again goes the danger path as ever).
WORRIES = (
    "หวาดระแวงตลอดเลยครับ ได้ยินเสียงรถก็ตกใจ",
    "I'm still too scared to go out",
)

# Whether a worry is read as one; threats kept on both: test_talking, test_threat_marks.
pytestmark = ONE_DATABASE


def _drafts(services) -> int:
    with services.uow() as uow:
        return len(list(uow.session.scalars(select(Draft).where(Draft.status == "open"))))


@pytest.mark.parametrize("worry", WORRIES)
def test_a_worry_after_a_threat_after_filing_is_noted_on_the_complaint(worry, chat, services):
    _chair(services)
    reference = _filed(chat, services)
    chat.say(THREAT)
    reply = texts(chat.say(worry))
    assert reference in reply and "191" in reply, reply
    assert "แจ้งเรื่อง" not in reply.split("\n")[0] and "Report this" not in reply, reply
    assert worry in _entries(services, reference, "worry")
    assert len(_entries(services, reference, "danger")) == 1  # the worry is no second threat
    assert _drafts(services) == 0  # no new complaint offered or started


def test_a_worry_asked_as_a_question_is_answered_and_noted(chat, services):
    _chair(services)
    reference = _filed(chat, services)
    chat.say(THREAT)
    reply = texts(chat.say("ลูกจะเป็นอะไรไหมคะ กลัวมาก"))
    assert reference in reply, reply
    assert _entries(services, reference, "worry") == ["ลูกจะเป็นอะไรไหมคะ กลัวมาก"]


def test_a_worry_with_no_threat_before_it_is_not_noted(chat, services):
    reference = _filed(chat, services)
    chat.say("หวาดระแวงตลอดเลยครับ ได้ยินเสียงรถก็ตกใจ")
    assert not _entries(services, reference, "worry")


def test_a_fear_of_a_slip_after_a_threat_is_no_worry(chat, services):
    reference = _filed(chat, services)
    chat.say(THREAT)
    chat.say("กลัวพิมพ์ผิดค่ะ")
    assert not _entries(services, reference, "worry")


def test_a_worry_while_filing_goes_beside_the_threat_once_sent(chat, services):
    _chair(services)
    answer_up_to_evidence(chat)
    chat.say(THREAT)
    reply = texts(chat.say(WORRIES[0]))
    assert "รูป" in reply, reply  # the filing goes on: the evidence question again
    chat.tap("a=evidence:done")
    chat.say("นายสมชาย ใจดี ผู้ใหญ่บ้าน")
    chat.tap("a=reported:no")
    chat.tap("a=identity:anonymous")
    reference = REFERENCE.search(texts(chat.tap("a=summary:confirm"))).group(0)
    with services.uow() as uow:
        ticket = tickets.by_reference(uow, reference)
        stmt = (
            select(TicketEvent.kind, TicketEvent.body)
            .where(TicketEvent.ticket_id == ticket.id, TicketEvent.kind.in_(("danger", "worry")))
            .order_by(TicketEvent.at, TicketEvent.id)
        )
        told = [tuple(row) for row in uow.session.execute(stmt)]
    assert told == [("danger", THREAT), ("worry", WORRIES[0])], told
