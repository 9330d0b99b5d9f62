"""walk35 (fixW35b, #16): a typed withdrawal asks why, then says in one short bubble what
will happen and withdraws only when confirmed; a change of mind right after re-opens THAT
complaint (never a new story), the chair told; the reason picked is the one stored, and fear
told with "other" is pressure on the chair's page."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from storage.models import Draft, Ticket, TicketEvent
from tests.conftest import ONE_DATABASE
from tests.factories import submitted, texts
from tests.integration.handlers.test_conversations import chair, pushed_to  # noqa: F401

pytestmark = ONE_DATABASE


def _status(services) -> str:
    with services.uow() as uow:
        return uow.session.scalars(select(Ticket.status)).one()


def _notes(services) -> list[str]:
    with services.uow() as uow:
        return [n or "" for n in uow.session.scalars(select(TicketEvent.body)).all()]


def test_a_typed_reason_is_confirmed_before_the_complaint_is_withdrawn(chat, services):
    reference = submitted(chat).reference
    chat.say("ขอยกเลิกเรื่องครับ")
    asked = texts(chat.say("2"))
    assert reference in asked and "แจ้งผิด" in asked, asked  # what will happen, said back
    assert len(asked) <= 250 and "ถอน" in asked
    assert _status(services) == "submitted"  # nothing withdrawn yet
    done = texts(chat.say("ยืนยันครับ"))
    assert f"ถอนเรื่อง {reference} แล้ว" in done, done
    assert _status(services) == "withdrawn"


def test_no_at_the_confirmation_keeps_the_complaint(chat, services):
    reference = submitted(chat).reference
    chat.say("ขอถอนเรื่องค่ะ")
    chat.say("1")
    kept = texts(chat.say("ไม่ถอนแล้วค่ะ"))
    assert reference in kept and "ดำเนินต่อ" in kept, kept
    assert _status(services) == "submitted"


def test_fear_with_other_is_pressure_the_chair_hears_and_sees(
    chat,
    services,
    gateway,
    chair,  # noqa: F811
):
    reference = submitted(chat).reference
    chat.say("ขอยกเลิกเรื่องครับ")
    said = texts(chat.say("4 กลัวมีปัญหาครับ"))
    assert "1567" in said, said  # the safety answer, at once
    assert _status(services) == "submitted"
    chat.say("ถอนครับ")
    assert _status(services) == "withdrawn"
    assert any(n.endswith(": pressured") for n in _notes(services)), _notes(services)
    assert reference in pushed_to(gateway, chair)


@pytest.mark.parametrize("again", ["เอ้ย เปลี่ยนใจครับ ไม่ถอนแล้ว ขอแจ้งต่อครับ", "ขอเปิดเรื่องนี้อีกครั้งครับ"])
def test_a_change_of_mind_right_after_reopens_that_complaint(
    chat,
    services,
    gateway,
    chair,  # noqa: F811
    again,
):
    reference = submitted(chat).reference
    chat.say("ขอยกเลิกเรื่องครับ")
    chat.say("2")
    chat.say("ยืนยันครับ")
    assert _status(services) == "withdrawn"
    back = texts(chat.say(again))
    assert reference in back and "เริ่มแจ้งเรื่อง" not in back, back
    assert _status(services) == "submitted"
    with services.uow() as uow:
        assert uow.session.scalars(select(Draft).where(Draft.status == "open")).all() == []
        ticket = uow.session.scalars(select(Ticket)).one()
        assert ticket.closed_at is None and ticket.reopened_count == 1
        kinds = uow.session.scalars(select(TicketEvent.kind)).all()
    assert "withdrawal_undone" in kinds  # audited on its timeline
    assert reference in pushed_to(gateway, chair)


def test_code_mixed_cancel_of_a_filed_complaint_is_a_withdrawal(chat, services):
    reference = submitted(chat).reference
    asked = texts(chat.say("ขอ cancel เรื่องที่แจ้งเมื่อกี้ครับ"))
    assert reference in asked and "เพราะอะไร" in asked, asked
