"""walk23 (fixW24a) after filing: a reference typed alone shows that complaint's status (only
the person's own: another's asks for its tracking code and tells nothing); "เรื่อง BRM-…
ไปถึงไหนแล้ว" shows the one named; fear given in words as the reason to withdraw is taken (as
"other", the words kept), never the reasons asked again; photos may be sent after filing."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from storage.models import Ticket, TicketEvent
from tests.conftest import ONE_DATABASE
from tests.factories import Chat, submitted, texts

pytestmark = ONE_DATABASE


@pytest.mark.parametrize("typed", ["{ref}", "{spaced}", "{ref} ค่ะ"])
def test_a_reference_typed_alone_shows_its_status(chat, typed):
    reference = submitted(chat).reference
    spaced = reference.lower().replace("-", " ")
    answer = texts(chat.say(typed.format(ref=reference, spaced=spaced)))
    assert reference in answer and "ยังไม่เข้าใจ" not in answer, answer
    assert "ได้รับเรื่องแล้ว" in answer, answer  # its status


def test_asked_how_one_of_two_goes_shows_the_one_named(chat):
    first = submitted(chat).reference
    second = submitted(chat).reference
    answer = texts(chat.say(f"เรื่อง {first} ไปถึงไหนแล้วครับ"))
    assert first in answer and second not in answer, answer


def test_anothers_reference_tells_nothing_and_asks_for_its_code(chat, app, client, gateway):
    reference = submitted(chat).reference
    other = Chat(client, gateway, "Uother0000000000000000000000000000", "test-channel-secret")
    other.follow()
    answer = texts(other.say(reference))
    assert "รหัสติดตาม" in answer, answer  # asked for the code, as the look-up does
    assert "ได้รับเรื่องแล้ว" not in answer and "ยังไม่เข้าใจ" not in answer, answer


def test_fear_in_words_is_the_reason_to_withdraw(chat, services):
    reference = submitted(chat).reference
    chat.say("ผมขอถอนเรื่องครับ คิดไปคิดมากลัวมีปัญหา")
    answer = texts(chat.say("กลัวเฉยๆครับ ยังบ่มีไผมาขู่ดอก"))
    assert f"ถอนเรื่อง {reference} แล้ว" in answer, answer  # not the reasons again
    with services.uow() as uow:
        ticket = uow.session.scalars(select(Ticket).where(Ticket.reference == reference)).one()
        assert ticket.status == "withdrawn"
        notes = uow.session.scalars(
            select(TicketEvent.body).where(TicketEvent.ticket_id == ticket.id)
        ).all()
    assert any("กลัวเฉยๆ" in (n or "") for n in notes), notes  # his words kept


def test_asked_to_send_photos_later_is_told_after_filing_works(chat):
    from tests.factories import answer_up_to_evidence

    answer_up_to_evidence(chat)
    answer = texts(chat.say("มีรูปถนนอยู่แต่อยู่ในมือถือลูก ส่งทีหลังได้บ่คะ"))
    assert "หลังส่งเรื่อง" in answer and "ส่งมาในแชตนี้" in answer, answer
    assert "แนบ" in answer, answer  # sent after filing, it goes with the complaint
