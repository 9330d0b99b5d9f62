"""Additions after filing reach the member handling the complaint without ringing them for
each one: one push per ticket an hour (saying so), every addition on the timeline."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from sqlalchemy import func, select

from storage.models import TicketEvent
from tests.clock import Clock
from tests.factories import new_member, new_ticket, texts


@pytest.fixture
def clock():
    """Five past the hour: the additions below fall in one hour's window."""
    return Clock(datetime(2026, 3, 2, 3, 5, tzinfo=UTC))


def test_many_additions_ring_the_chair_once_an_hour_and_keep_every_one(
    chat, services, gateway, clock
):
    with services.uow() as uow:
        _, chair = new_member(uow, "ประธาน", "chair")
        ticket_id = new_ticket(uow, owner=chat.user_id).id
        uow.commit()
    for n in range(5):
        chat.say(f"ขอเพิ่มข้อมูลครับ ข้อที่ {n + 1} นายกรับเงินค่าเซ็นอีก {n + 2},000 บาท")
        clock.advance(minutes=2)
    with services.uow() as uow:
        added = uow.session.scalar(
            select(func.count())
            .select_from(TicketEvent)
            .where(TicketEvent.ticket_id == ticket_id, TicketEvent.kind == "complainant_added")
        )
    assert added == 5
    pushed = [texts(s["messages"]) for s in gateway.sent if s["to"] == chair]
    assert len(pushed) == 1
    assert "ข้อที่ 1" in pushed[0] and "ไทม์ไลน์" in pushed[0]
    clock.advance(hours=1)
    chat.say("ขอเพิ่มข้อมูลครับ ข้อที่ 6 มีพยานอีกคนเห็นตอนจ่ายเงิน")
    pushed = [texts(s["messages"]) for s in gateway.sent if s["to"] == chair]
    assert len(pushed) == 2 and "ข้อที่ 6" in pushed[1]
