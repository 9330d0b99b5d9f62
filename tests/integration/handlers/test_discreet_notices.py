"""Discreet notices: a neutral line on the lock screen, the content when the citizen taps."""

from __future__ import annotations

from datetime import timedelta

import time_machine
from sqlalchemy import select

from bot.jobs import catalogue as jobs
from handlers.notices import push_to_person
from handlers.replies import Say
from storage import held_notices
from storage.models import HeldNotice
from storage.privacy import erase_person
from storage.users import user_by_line_id
from tests.conftest import first_on_both
from tests.factories import (
    chair_confirms,
    line_id,
    new_ticket,
    quick_data,
    submit,
    submitted,
    texts,
)
from tests.scheduling import bkk, pushes

NEUTRAL = "มีข้อความใหม่ค่ะ พิมพ์ “อ่าน” เพื่อเปิดดู"


def test_the_complainant_chooses_discreet_notices_at_the_end_of_filing(
    chat, runner, services, gateway
):
    reference, _, _, done = submit(chat)
    offer = quick_data(done)
    assert "แจ้งแบบปิดบัง" in offer and "แจ้งแบบปกติ" in offer
    assert "ขึ้นเพียง “มีข้อความใหม่”" in texts(chat.tap(offer["แจ้งแบบปิดบัง"]))

    moved = runner.invoke(args=["tickets", "set-status", reference, "in_review"])
    assert moved.exit_code == 0, moved.output
    services.sender.send_due()

    [[notice]] = pushes(gateway, chat.user_id)[-1:]
    assert notice["text"] == NEUTRAL  # nothing about a complaint on the lock screen
    assert quick_data([notice]) == {"อ่าน": "discreet=read"}
    shown = chat.tap("discreet=read")
    assert reference in texts(shown) and "รับเรื่องไว้พิจารณา" in texts(shown)
    assert "ไม่มีข้อความรออ่าน" in texts(chat.say("อ่าน"))  # read once, then gone

    assert "แสดงเนื้อหาตามปกติ" in texts(chat.say("แจ้งแบบปกติ"))
    runner.invoke(args=["tickets", "set-status", reference, "forwarded", "--agency", "pacc"])
    chair_confirms(services, reference)  # forwarding takes effect when a chair confirms it
    services.sender.send_due()
    assert reference in texts(pushes(gateway, chat.user_id)[-1:])


def test_typing_read_opens_several_waiting_messages_in_order(chat, runner, services, gateway):
    reference = submitted(chat).reference
    chat.say("แจ้งแบบปิดบัง")
    for status in ("in_review", "needs_info", "in_review"):
        runner.invoke(args=["tickets", "set-status", reference, status, "--note", "ขอเอกสาร"])
    services.sender.send_due()
    assert [m["text"] for [m] in pushes(gateway, chat.user_id)[-3:]] == [NEUTRAL] * 3

    shown = texts(chat.say("อ่านค่ะ"))

    assert shown.index("รับเรื่องไว้พิจารณา") < shown.index("ขอข้อมูลเพิ่มเติม")


def test_draft_reminders_can_be_turned_off_with_a_word(chat, services, gateway):
    left = bkk(2026, 3, 10, 9, 0)
    with time_machine.travel(left, tick=False):
        chat.follow()
        chat.tap("menu=complain")
        chat.tap("a=consent:yes")
        assert "ปิดการเตือนแล้วค่ะ" in texts(chat.say("ปิดการเตือน"))
    with time_machine.travel(left + timedelta(hours=30), tick=False):
        jobs.run_job(services, "drafts")
    assert pushes(gateway, chat.user_id) == []
    with time_machine.travel(left + timedelta(hours=31), tick=False):
        assert "เปิดการเตือนแล้วค่ะ" in texts(chat.say("เปิดการเตือน"))
        chat.say("ต่อ")  # any activity: the draft waits a day again
    with time_machine.travel(left + timedelta(hours=56), tick=False):
        jobs.run_job(services, "drafts")
    assert "กรอกเรื่องไว้ยังไม่เสร็จค่ะ" in texts(pushes(gateway, chat.user_id))


def test_the_privacy_notice_says_what_line_and_the_network_see(chat):
    welcome = texts(chat.follow())
    assert "LINE เห็นว่าบัญชีของท่านคุยกับบัญชีนี้" in welcome
    notice = texts(chat.say("ความปลอดภัย"))
    for said in ("LINE (บริษัท LY Corporation)", "ชื่อพยานเห็นเฉพาะ", "อย่าแชร์ตำแหน่งบ้าน"):
        assert said in notice


def test_erasure_removes_the_notices_held_for_the_person(services):
    """A discreet villager asks to be erased while two notices wait: both go, a stranger's
    held notice stays (the rows carry no index: each recipient is opened to tell)."""
    person, stranger = line_id(), line_id()
    with services.uow() as uow:
        for who in (person, stranger):
            new_ticket(uow, who)
            user_by_line_id(uow, who).discreet = True
        for n, who in enumerate((person, person, stranger)):
            push_to_person(uow, who, [Say("case.joined", {"reference": "x"})], purpose=f"t{n}")
        uow.commit()
        assert len(held_notices.of(uow, person)) == 2
        erase_person(uow, user_by_line_id(uow, person))
        uow.commit()
        assert held_notices.of(uow, person) == []
        assert len(held_notices.of(uow, stranger)) == 1


def _held_for(services, moment, *people: str) -> None:
    with time_machine.travel(moment, tick=False), services.uow() as uow:
        for n, who in enumerate(people):
            push_to_person(uow, who, [Say("case.joined", {"reference": "x"})], purpose=f"h{n}")
        uow.commit()


def test_notices_a_discreet_person_never_opens_expire_after_the_period(services):
    """Held notices nobody reads go after RETENTION_HELD_NOTICE_DAYS (90 by default), counted
    from the day each was held; a younger one waits on."""
    person = line_id()
    start = bkk(2026, 3, 1, 9, 0)
    with time_machine.travel(start, tick=False), services.uow() as uow:
        new_ticket(uow, person)
        user_by_line_id(uow, person).discreet = True
        uow.commit()
    _held_for(services, start, person)
    _held_for(services, start + timedelta(days=40), person)
    with time_machine.travel(start + timedelta(days=89), tick=False):
        assert jobs.run_job(services, "retention")["held_notices_expired"] == 0
    with time_machine.travel(start + timedelta(days=91), tick=False):
        assert jobs.run_job(services, "retention")["held_notices_expired"] == 1
    with services.uow() as uow:
        assert len(held_notices.of(uow, person)) == 1  # the one held on day 40 waits on


def test_one_persons_two_held_notices_look_like_two_peoples(services):
    """What a database copy sees of held rows, the recipient's token aside, is alike whether
    the notices are one person's or two people's (held on one day: the same day, no time)."""
    person, one, other = line_id(), line_id(), line_id()
    moment = bkk(2026, 3, 1, 9, 0)
    with time_machine.travel(moment, tick=False), services.uow() as uow:
        for who in (person, one, other):
            new_ticket(uow, who)
            user_by_line_id(uow, who).discreet = True
        uow.commit()
    _held_for(services, moment, person, person)
    _held_for(services, moment + timedelta(minutes=30), one, other)
    with services.uow() as uow:
        rows = uow.session.scalars(select(HeldNotice).order_by(HeldNotice.id)).all()
        seen = [{"held_on": r.held_on, "size": len(r.recipient_enc)} for r in rows]
    assert seen[0] == seen[1] == seen[2] == seen[3]


# Which word is read is Python's; the choice is kept in the same column either way: the first
# on both kinds of database, the other on SQLite.
@first_on_both(("line", "said"), [("ปิดบังค่ะ", "ขึ้นเพียง"), ("ไม่ต้องปิดบังครับ", "ตามปกติ")])
def test_the_choice_in_the_offers_own_word_is_taken(chat, line, said):
    submitted(chat)
    reply = texts(chat.say(line))
    assert said in reply and "ยังไม่เข้าใจ" not in reply, reply
