"""Red team, round 10 (branch redteam10), the two danger attacks conv16a answers: the threat's
own words pasted by the person threatened, and "keep it, but they threatened me" given as the
reason for withdrawing."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from storage.models import OutboxMessage, Ticket, TicketEvent
from tests.factories import Chat, line_id, new_member, new_ticket, texts

SECRET = "test-channel-secret"


def _danger_alerts(services) -> int:
    """Danger alerts queued for committee members (any day, any chair)."""
    with services.engine.connect() as conn:
        return conn.scalar(
            select(func.count())
            .select_from(OutboxMessage.__table__)
            .where(OutboxMessage.purpose.in_(("committee:danger", "committee:pressure")))
        )


def _danger_entries(services, ticket_id: int) -> int:
    """The ticket's internal timeline entries recording a threat."""
    with services.engine.connect() as conn:
        return conn.scalar(
            select(func.count())
            .select_from(TicketEvent.__table__)
            .where(TicketEvent.ticket_id == ticket_id, TicketEvent.kind == "danger")
        )


def _citizen_with_ticket(services, client, gateway, **fields):
    """A citizen's chat and the id and reference of the ticket they filed."""
    uid = line_id()
    with services.uow() as uow:
        ticket = new_ticket(uow, owner=uid, **fields)
        uow.commit()
        ticket_id, reference = ticket.id, ticket.reference
    return Chat(client, gateway, uid, SECRET), ticket_id, reference


@pytest.mark.parametrize(
    "pasted",
    ["ถอนเรื่องซะไม่งั้นตาย", "ถ้าไม่ถอนเรื่องมึงตาย", "มึงตายแน่", "withdraw it or you die"],
)
def test_pasted_threat_words_alert_the_chair(client, gateway, services, pasted):
    """A complainant pastes the message they were sent: the safety answer and the chair."""
    with services.uow() as uow:
        new_member(uow, "ประธาน", "chair")
        uow.commit()
    chat, ticket_id, _ = _citizen_with_ticket(services, client, gateway)
    answer = texts(chat.say(pasted))
    assert "191" in answer
    assert _danger_alerts(services) >= 1
    assert _danger_entries(services, ticket_id) >= 1


def _asked_why_withdraw(services, client, gateway):
    """A citizen with a filed complaint types "ถอนเรื่อง" and is asked why."""
    with services.uow() as uow:
        new_member(uow, "ประธาน", "chair")
        uow.commit()
    chat, ticket_id, _ = _citizen_with_ticket(services, client, gateway)
    chat.say("ถอนเรื่อง")
    return chat, ticket_id


def _status(services, ticket_id: int) -> str:
    with services.engine.connect() as conn:
        return conn.scalar(select(Ticket.status).where(Ticket.id == ticket_id))


@pytest.mark.parametrize(
    "said", ["ไม่ถอนครับ แต่เขาขู่จะฆ่าผม", "keep it, but they threatened to kill me"]
)
def test_keep_but_threatened_does_not_withdraw(client, gateway, services, said):
    """Asked why they withdraw, the person says to keep it and that they were threatened:
    the complaint goes on (and the chair hears of the threat)."""
    chat, ticket_id = _asked_why_withdraw(services, client, gateway)
    assert "191" in texts(chat.say(said))
    assert _status(services, ticket_id) == "submitted"
    assert _danger_alerts(services) >= 1
