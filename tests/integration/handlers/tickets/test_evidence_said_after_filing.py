"""After filing, "มีรูปถ่ายตอนเขารับเงินด้วยค่ะ" (I have a photo of him taking the money too) was
answered "ยังไม่เข้าใจ" (walk16, left last session): evidence said to be at hand is more for the
filed complaint: the words kept on its timeline and the photo that follows added to it. Saying
there is none, or asking whether one is needed, is not. Phrasings written before the change."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from sqlalchemy import func, select

from storage import tickets
from storage.models import Evidence, TicketEvent
from tests.clock import Clock
from tests.conftest import ONE_DATABASE
from tests.factories import add_ticket, media_event, texts

# Evidence said at hand is read, not queried; adding's SQL on both: test_adding_in_several_messages.
pytestmark = ONE_DATABASE

NOW = datetime(2026, 12, 6, 3, 0, tzinfo=UTC)


@pytest.fixture
def clock():
    """Sunday 6 December 2026, ten in the morning in Buriram."""
    return Clock(NOW)


def _timeline(services, reference: str) -> list[str]:
    with services.uow() as uow:
        ticket = tickets.by_reference(uow, reference)
        events = select(TicketEvent.body).where(TicketEvent.ticket_id == ticket.id)
        return [body or "" for body in uow.session.scalars(events)]


def _evidence(services, reference: str) -> int:
    with services.uow() as uow:
        ticket = tickets.by_reference(uow, reference)
        return uow.session.scalar(
            select(func.count(Evidence.id)).where(Evidence.ticket_id == ticket.id)
        )


@pytest.mark.parametrize(
    "said",
    ["มีรูปถ่ายตอนเขารับเงินด้วยค่ะ", "มีคลิปตอนนายกเก็บเงินชาวบ้านครับ", "I have a video of the payment"],
)
def test_evidence_said_at_hand_is_kept_and_the_file_that_follows_added(chat, services, clock, said):
    chat.follow()
    reference = add_ticket(services, owner=chat.user_id)
    reply = texts(chat.say(said))
    assert "ยังไม่เข้าใจ" not in reply and "not understand" not in reply.lower(), reply
    assert any(said in body for body in _timeline(services, reference))
    before = _evidence(services, reference)
    chat.send(media_event, "image")
    assert _evidence(services, reference) == before + 1


@pytest.mark.parametrize("said", ["ไม่มีรูปค่ะ", "ต้องมีรูปไหมคะ"])
def test_no_evidence_or_a_question_about_it_is_not_an_addition(chat, services, clock, said):
    chat.follow()
    reference = add_ticket(services, owner=chat.user_id)
    chat.say(said)
    assert not any(said in body for body in _timeline(services, reference))
