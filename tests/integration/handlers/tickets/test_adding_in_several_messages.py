"""Adding to a filed complaint in several messages (issue 16 D, the simulator walk): a retired
teacher writes a day after filing, first a preface naming her complaint, then the facts one by
one and a photo, then thanks and "done". Written before the change, in her words."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from sqlalchemy import func, select

from storage.models import Draft, Evidence, TicketEvent
from tests.clock import Clock
from tests.factories import add_ticket, media_event, texts

NOW = datetime(2026, 11, 2, 3, 0, tzinfo=UTC)
REPLY_WORDING = "ได้รับคำตอบ"  # the wording for an answer to a committee question


@pytest.fixture
def clock():
    """A clock the teacher's day can be moved on."""
    return Clock(NOW)


def _filed(chat, services) -> str:
    chat.follow()
    return add_ticket(services, owner=chat.user_id)


def _added(services, reference: str) -> list[str]:
    """What the complainant added to the complaint, in order."""
    with services.uow() as uow:
        from storage import tickets

        ticket = tickets.by_reference(uow, reference)
        stmt = (
            select(TicketEvent.body)
            .where(TicketEvent.ticket_id == ticket.id, TicketEvent.kind == "complainant_added")
            .order_by(TicketEvent.id)
        )
        return [body or "" for body in uow.session.scalars(stmt)]


def _count(services, stmt) -> int:
    with services.engine.connect() as conn:
        return conn.scalar(stmt)


def _drafts(services) -> int:
    return _count(services, select(func.count()).select_from(Draft))


def _evidence_of(services, reference: str) -> int:
    with services.uow() as uow:
        from storage import tickets

        ticket = tickets.by_reference(uow, reference)
        stmt = select(func.count()).select_from(Evidence).where(Evidence.ticket_id == ticket.id)
        return uow.session.scalar(stmt)


def test_a_teacher_adds_facts_and_a_photo_a_day_after_filing(chat, services, clock):
    reference = _filed(chat, services)
    clock.advance(days=1)
    opened = texts(chat.say(f"เรื่อง {reference} ค่ะ ขอเพิ่มเติมข้อมูล"))
    assert reference in opened, opened
    assert _added(services, reference) == [], "the preface was stored as a fact"

    first = texts(chat.say("วันที่ 3 ผู้ใหญ่บ้านมาเก็บเงินอีก 2,000 บาทค่ะ"))
    clock.advance(minutes=4)
    second = texts(chat.say("คราวนี้มีพยานคือป้าสมศรีบ้านตรงข้ามค่ะ"))
    clock.advance(minutes=3)
    photo = texts(chat.send(media_event, "image"))

    assert _added(services, reference)[:2] == [
        "วันที่ 3 ผู้ใหญ่บ้านมาเก็บเงินอีก 2,000 บาทค่ะ",
        "คราวนี้มีพยานคือป้าสมศรีบ้านตรงข้ามค่ะ",
    ]
    assert _evidence_of(services, reference) == 1
    assert _drafts(services) == 0, "her facts were read as a new complaint"
    for answer in (first, second, photo):
        assert reference in answer, answer  # each acknowledged, as an addition
        assert REPLY_WORDING not in answer, answer

    thanks = texts(chat.say("ขอบคุณมากค่ะ"))
    assert thanks, "thanks went unanswered"
    assert not any("ขอบคุณ" in body for body in _added(services, reference)), "thanks attached"

    done = texts(chat.say("เสร็จแล้วค่ะ"))
    assert done and REPLY_WORDING not in done, done
    chat.say("สวัสดีค่ะ")
    assert len(_added(services, reference)) == 3  # two facts and the photo's note


def test_thanks_and_greetings_while_adding_are_answered_not_attached(chat, services, clock):
    reference = _filed(chat, services)
    chat.say(f"ขอเพิ่มข้อมูลเรื่อง {reference} ค่ะ")
    for said in ("สวัสดีค่ะ", "ขอบคุณค่ะ", "ขอบใจหลายเด้อ"):
        assert texts(chat.say(said)), f"{said!r} went unanswered"
    assert _added(services, reference) == []
    chat.say("เขาเรียกเงินเพิ่มอีก 500 บาทตอนเซ็นเอกสารค่ะ")  # still adding after thanks
    assert _added(services, reference) == ["เขาเรียกเงินเพิ่มอีก 500 บาทตอนเซ็นเอกสารค่ะ"]


def test_adding_ends_after_a_quiet_time(chat, services, clock):
    reference = _filed(chat, services)
    chat.say(f"เรื่อง {reference} ค่ะ ขอเพิ่มเติมข้อมูล")
    chat.say("เขาเรียกเงินเพิ่มอีก 500 บาทค่ะ")
    clock.advance(hours=3)
    chat.say("ขอแจ้งเรื่องใหม่ค่ะ ครูใหญ่เอาเงินอาหารกลางวันไปใช้")
    assert _added(services, reference) == ["เขาเรียกเงินเพิ่มอีก 500 บาทค่ะ"]


def test_a_fact_said_after_thanks_is_still_attached(chat, services, clock):
    """Thanks opening a message that then tells a fact: the fact is an addition."""
    reference = _filed(chat, services)
    chat.say(f"ขอเพิ่มข้อมูลเรื่อง {reference} ค่ะ")
    chat.say("ขอบคุณค่ะ เมื่อวานปลัดมาที่บ้านอีก")
    assert _added(services, reference) == ["ขอบคุณค่ะ เมื่อวานปลัดมาที่บ้านอีก"]


def test_adding_ends_two_hours_after_it_opened(chat, services, clock):
    """A fact every 20 minutes keeps adding open, but not past two hours from opening."""
    reference = _filed(chat, services)
    chat.say(f"ขอเพิ่มข้อมูลเรื่อง {reference} ค่ะ")
    for n in range(6):
        clock.advance(minutes=20)
        chat.say(f"ข้อที่ {n + 1} เขาเรียกเงินเพิ่มอีก {n + 1}00 บาทค่ะ")
    clock.advance(minutes=20)  # 2 hours 20 minutes after opening
    chat.say("ข้อที่ 7 เขาเรียกเงินเพิ่มอีก 700 บาทค่ะ")
    assert len(_added(services, reference)) == 6


def test_a_photo_with_several_open_complaints_asks_which(chat, services, clock):
    first = _filed(chat, services)
    second = add_ticket(services, owner=chat.user_id)
    answer = texts(chat.send(media_event, "image"))
    assert first in answer and second in answer, answer
    assert _evidence_of(services, first) + _evidence_of(services, second) == 0
    picked = texts(chat.tap(f"add={first}"))
    assert first in picked, picked
    assert _evidence_of(services, first) == 1
    assert _evidence_of(services, second) == 0
    chat.say("รูปนี้ถ่ายตอนเขารับเงินค่ะ")  # the words after it go to the one picked
    assert _added(services, first)[-1] == "รูปนี้ถ่ายตอนเขารับเงินค่ะ"
    assert _drafts(services) == 0


def test_adding_in_english_goes_on_until_done(chat, services, clock):
    reference = _filed(chat, services)
    opened = texts(chat.say("Hello, I'd like to add more information to my complaint"))
    assert reference in opened, opened
    assert _added(services, reference) == []
    fact = texts(chat.say("The headman came back on Monday and asked for 1,000 baht more"))
    assert reference in fact and "answer" not in fact.lower(), fact
    assert texts(chat.say("thank you")), "thanks went unanswered"
    assert texts(chat.say("that's all"))
    chat.say("The headman came back on Monday and asked for 1,000 baht more")  # adding is over
    assert _added(services, reference) == [
        "The headman came back on Monday and asked for 1,000 baht more"
    ]


def test_stopping_before_adding_anything_does_not_say_it_was_sent(chat, services, clock):
    reference = _filed(chat, services)
    chat.say(f"เรื่อง {reference} ค่ะ ขอเพิ่มเติมข้อมูล")
    stopped = texts(chat.say("ยกเลิกค่ะ"))
    assert reference in stopped and "ถึงคณะกรรมการ" not in stopped, stopped
    assert _added(services, reference) == []
