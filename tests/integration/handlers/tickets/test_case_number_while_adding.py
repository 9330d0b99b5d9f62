"""Six digits from 2 to 9 while a villager adds to a filed complaint are what they add (a sum,
the end of a phone number, a house number), not a case number: only a case named as one
("กรณี 347-892", "เลขกรณี 347892") is looked up there. Outside any conversation a number
alone is still the case's (`test_case_number_tracking.py`). Written before the change."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from sqlalchemy import select

from handlers.patterns import case_numbers, cases
from storage import tickets
from storage.models import Member, TicketEvent
from tests.clock import Clock
from tests.conftest import ONE_DATABASE
from tests.factories import add_member, line_id, new_ticket, texts

# Digits are read, not queried (case numbers looked up on both: test_case_number_tracking).
pytestmark = ONE_DATABASE

NOW = datetime(2026, 12, 6, 3, 0, tzinfo=UTC)
NOT_YOURS = "ไม่พบเรื่องของท่านในกรณีที่"
TAKEN = "บันทึกข้อมูลนี้เพิ่มในเรื่อง"


@pytest.fixture
def clock():
    """A clock the villager's afternoon can be moved on."""
    return Clock(NOW)


@pytest.fixture
def case(services, chat):
    """Two of the chatting villager's complaints and a stranger's in one case. Returns (the
    case's number as shown, the villager's two references)."""
    chat.follow()
    chair = add_member(services, "chair")
    with services.uow() as uow:
        mine = [new_ticket(uow, chat.user_id, submitted_at=NOW) for _ in range(2)]
        stranger = new_ticket(uow, line_id(), submitted_at=NOW)
        member = uow.session.get(Member, chair)
        case_id = cases.join(uow, member, mine[0], stranger)
        cases.join(uow, member, mine[1], stranger)
        number = case_numbers.of(uow, case_id)
        uow.commit()
        return number, [t.reference for t in mine]


def _added(services, reference: str) -> list[str]:
    """What the complainant added to the complaint, in order."""
    with services.uow() as uow:
        ticket = tickets.by_reference(uow, reference)
        stmt = (
            select(TicketEvent.body)
            .where(TicketEvent.ticket_id == ticket.id, TicketEvent.kind == "complainant_added")
            .order_by(TicketEvent.id)
        )
        return [body or "" for body in uow.session.scalars(stmt)]


def _adding_to(chat, reference: str) -> None:
    opened = texts(chat.say(f"เรื่อง {reference} ค่ะ ขอเพิ่มเติมข้อมูล"))
    assert reference in opened, opened


@pytest.mark.parametrize(
    "typed",
    [
        "{digits}",  # the very digits of their case: a sum that happens to match
        "{number}",
        "{spaced}",
        "256789",
        "348 927",
        "ค่ะ 459-382",
    ],
)
def test_six_digits_while_adding_are_kept_as_the_addition(chat, services, case, typed):
    number, mine = case
    digits = number.replace("-", "")
    said_text = typed.format(number=number, digits=digits, spaced=number.replace("-", " "))
    _adding_to(chat, mine[0])
    said = texts(chat.say(said_text))
    assert NOT_YOURS not in said
    assert mine[1] not in said  # their other complaint in the case is not listed
    assert TAKEN in said and mine[0] in said
    assert _added(services, mine[0]) == [said_text]


@pytest.mark.parametrize(
    "typed",
    ["กรณี {number}", "เลขกรณี {digits} ค่ะ", "ขอติดตามกรณีที่ {number} ครับ", "case no. {number}"],
)
def test_a_case_named_while_adding_is_looked_up(chat, services, case, typed):
    number, mine = case
    _adding_to(chat, mine[0])
    said = texts(chat.say(typed.format(number=number, digits=number.replace("-", ""))))
    assert all(reference in said for reference in mine)
    assert _added(services, mine[0]) == []


def test_once_adding_has_lapsed_a_number_alone_is_the_case_again(chat, services, case, clock):
    number, mine = case
    _adding_to(chat, mine[0])
    clock.advance(hours=3)  # adding ends 30 minutes after the last addition, 2 hours at most
    said = texts(chat.say(number))
    assert all(reference in said for reference in mine)
    assert _added(services, mine[0]) == []


def test_a_named_case_number_is_read_outside_a_conversation(chat, case):
    number, mine = case
    said = texts(chat.say(f"เลขที่กรณี {number} ค่ะ"))
    assert all(reference in said for reference in mine)
