"""A reporter whose complaint is in a case sees the case's number on their complaint in LINE
("กรณีที่ 347-892", to quote to the committee or an agency), and typing it shows their own
complaints in that case only: anyone else's, a number no case has and a case they are not in
are answered alike."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from handlers.patterns import case_numbers, cases
from storage import patterns
from storage.models import Member
from storage.pattern_models import Case
from tests.factories import Chat, add_member, line_id, new_ticket, texts

NOT_YOURS = "ไม่พบเรื่องของท่านในกรณีที่"


@pytest.fixture
def case(services, chat):
    """Two of the chatting villager's complaints and a stranger's in one case; a complaint
    of theirs in no case. Returns (case number shown, theirs in the case, the stranger's,
    theirs outside it)."""
    chair = add_member(services, "chair")
    with services.uow() as uow:
        mine = [new_ticket(uow, chat.user_id) for _ in range(2)]
        stranger = new_ticket(uow, line_id())
        alone = new_ticket(uow, chat.user_id)
        member = uow.session.get(Member, chair)
        case_id = cases.join(uow, member, mine[0], stranger)
        cases.join(uow, member, mine[1], stranger)
        number = case_numbers.of(uow, case_id)
        uow.commit()
        return number, [t.reference for t in mine], stranger.reference, alone.reference


def test_the_reporter_sees_the_case_number_on_their_complaint(chat, case):
    number, mine, _, alone = case
    listed = texts(chat.tap("menu=track"))
    assert f"รวมอยู่ในกรณีที่ {number}" in listed
    assert listed.count(f"กรณีที่ {number}") == 2  # not on the complaint in no case
    shown = texts(chat.tap(f"ticket={mine[0]}"))
    assert f"รวมอยู่ในกรณีที่ {number}" in shown
    assert "กรณีที่" not in texts(chat.tap(f"ticket={alone}"))


@pytest.mark.parametrize("typed", ["{number}", "กรณีที่ {number} ค่ะ", "ติดตามกรณี {digits}"])
def test_typing_the_case_number_shows_the_reporters_own_complaints_in_it(chat, case, typed):
    number, mine, stranger, alone = case
    said = texts(chat.say(typed.format(number=number, digits=number.replace("-", ""))))
    assert all(reference in said for reference in mine)
    assert stranger not in said and alone not in said
    assert NOT_YOURS not in said


def test_a_case_number_tells_anyone_else_nothing(client, gateway, services, case):
    """Another villager typing the number of a case they are not in, and a number no case
    has: one answer, which names no complaint."""
    number, mine, stranger, _ = case
    other = Chat(client, gateway, line_id(), "test-channel-secret")
    with services.uow() as uow:
        new_ticket(uow, other.user_id)  # they have complaints of their own, in no case
        uow.commit()
    taken = {number.replace("-", "")}
    with services.uow() as uow:
        taken |= {c.number for c in uow.session.scalars(select(Case))}
    free = next(n for n in ("222-222", "333-333", "444-444") if n.replace("-", "") not in taken)
    theirs = texts(other.say(number))
    nobodys = texts(other.say(free))
    assert NOT_YOURS in theirs
    assert theirs.replace(number, "N") == nobodys.replace(free, "N")
    for reference in [*mine, stranger]:
        assert reference not in theirs


def test_a_merged_cases_old_number_leads_to_the_reporters_complaints(services, chat):
    chair = add_member(services, "chair")
    with services.uow() as uow:
        member = uow.session.get(Member, chair)
        a, b, c, d = (
            new_ticket(uow, owner) for owner in (chat.user_id, line_id(), line_id(), line_id())
        )
        first = cases.join(uow, member, a, b)
        second = cases.join(uow, member, c, d)
        old = case_numbers.of(uow, first)
        cases.join(uow, member, c, a)  # the first case's tickets move into the second
        assert patterns.case_of(uow, a.id).case_id == second
        uow.commit()
        reference = a.reference
    assert reference in texts(chat.say(old))
