"""A threat is seen at a glance (issue 16 E): a threatened mother's complaint carries a mark
on the committee's ticket list and in the digest, and "safe now" beside it once she says so,
during filing as after it; a member kept from the ticket sees neither. Written before the
change, in users' words."""

from __future__ import annotations

import re
from datetime import timedelta

import time_machine
from sqlalchemy import select

from bot.jobs import catalogue as jobs
from storage.models import TicketEvent
from tests.dashboard_login import sign_in
from tests.factories import add_ticket, new_member, texts
from tests.scheduling import bkk, pushes

THREATENED = "ถูกข่มขู่"
SAFE_AGAIN = "ปลอดภัยแล้ว"
THREAT = "มีคนขี่มอไซค์มาวนหน้าบ้าน ขู่ว่าถ้าไม่ถอนเรื่องจะเผาบ้านค่ะ"
SAFE_NOW = "ตอนนี้พาลูกมาอยู่บ้านยายที่อำเภออื่นแล้ว ปลอดภัยค่ะ"


def _members(services) -> tuple[int, int]:
    """A chair, and a reviewer tied to the district of Nang Rong (kept from its tickets)."""
    with services.uow() as uow:
        chair, _ = new_member(uow, "ประธาน", "chair")
        tied, _ = new_member(uow, "กรรมการ ข", conflicts=[("district", "นางรอง")])
        uow.commit()
        return chair.id, tied.id


def _row(page: str, reference: str) -> str:
    """The list's row of one ticket."""
    found = re.search(r"<tr>(?:(?!</tr>).)*?" + re.escape(reference) + r".*?</tr>", page, re.S)
    assert found, f"{reference} not listed"
    return found.group(0)


def _list(app, services, member_id: int) -> str:
    web = app.test_client()
    sign_in(web, services, member_id)
    return web.get("/committee/tickets").get_data(as_text=True)


def test_a_threatened_mothers_complaint_is_marked_on_the_list(app, chat, services):
    chair, tied = _members(services)
    chat.follow()
    quiet = add_ticket(services, district="ประโคนชัย")
    threatened = add_ticket(services, owner=chat.user_id, district="นางรอง")
    chat.say(THREAT)

    page = _list(app, services, chair)
    assert THREATENED in _row(page, threatened)
    assert SAFE_AGAIN not in _row(page, threatened)
    assert THREATENED not in _row(page, quiet)
    assert threatened not in _list(app, services, tied)  # recusal: not listed, nor marked

    chat.say(SAFE_NOW)
    row = _row(_list(app, services, chair), threatened)
    assert THREATENED in row and SAFE_AGAIN in row, row


def test_safe_now_said_while_filing_is_kept_with_the_threat(app, chat, services):
    chair, _ = _members(services)
    chat.follow()
    chat.tap("menu=complain")
    chat.tap("a=consent:yes")
    chat.tap("a=kind:procurement")
    chat.say(THREAT)
    noted = texts(chat.say(SAFE_NOW))
    assert "ดีใจที่ท่านปลอดภัย" in noted and "หน่วยงาน" in noted, noted  # noted; asked again
    for said in ("อบต.หนองโบสถ์", "นายก อบต.", "ประโคนชัย", "ประโคนชัย", "14 มี.ค. 2568"):
        chat.say(said)
    chat.say("มีการฮั้วประมูลโครงการถนนลาดยางหมู่ 5 งบ 2 ล้านบาท ผู้รับเหมาเป็นญาตินายก")
    chat.tap("a=evidence:done")
    chat.say("ไม่มีค่ะ")
    chat.tap("a=reported:no")
    chat.tap("a=identity:anonymous")
    shown = texts(chat.tap("a=summary:confirm"))
    reference = re.search(r"BRM-\d{4}-\d+", shown).group(0)

    with services.uow() as uow:
        from storage import tickets

        ticket = tickets.by_reference(uow, reference)
        stmt = select(TicketEvent.kind).where(TicketEvent.ticket_id == ticket.id)
        kinds = list(uow.session.scalars(stmt.order_by(TicketEvent.id)))
        agency = ticket.agency
    assert agency == "อบต.หนองโบสถ์", agency  # "safe now" was not taken as the agency
    assert "danger" in kinds and "safe_again" in kinds, kinds
    assert kinds.index("danger") < kinds.index("safe_again")
    row = _row(_list(app, services, chair), reference)
    assert THREATENED in row and SAFE_AGAIN in row, row


def test_the_digest_says_which_tickets_carry_a_threat(services, gateway, chat):
    now = bkk(2026, 3, 10, 8, 0)
    with services.uow() as uow:
        _, chair = new_member(uow, "ประธาน", "chair")
        _, tied = new_member(uow, "กรรมการ ข", conflicts=[("district", "นางรอง")])
        uow.commit()
    chat.follow()
    with time_machine.travel(now - timedelta(hours=3), tick=False):
        threatened = add_ticket(services, owner=chat.user_id, district="นางรอง")
        quiet = add_ticket(services, district="ประโคนชัย")
        chat.say(THREAT)
    with time_machine.travel(now, tick=False):
        jobs.run_job(services, "committee-digest")
    seen = _digest(gateway, chair)
    assert threatened in seen and THREATENED in seen, seen
    theirs = _digest(gateway, tied)
    assert quiet in theirs and THREATENED not in theirs, theirs  # recusal: nor the mark


def _digest(gateway, line_id: str) -> str:
    """The digest pushed to a member (not the danger alerts pushed before it)."""
    return texts([m for sent in pushes(gateway, line_id) for m in sent if m["type"] == "flex"])


def _file_with_threat(chat, threat: str | None) -> str:
    """A complaint in Nang Rong filed in taps and words, a threat told at the agency question."""
    chat.follow()
    chat.tap("menu=complain")
    chat.tap("a=consent:yes")
    chat.tap("a=kind:procurement")
    if threat:
        chat.say(threat)
    for said in ("อบต.สะเดา", "นายก อบต.", "นางรอง", "สะเดา", "14 มี.ค. 2568"):
        chat.say(said)
    chat.say("มีการฮั้วประมูลโครงการถนนลาดยางหมู่ 5 งบ 2 ล้านบาท ผู้รับเหมาเป็นญาตินายก")
    chat.tap("a=evidence:done")
    chat.say("ไม่มีค่ะ")
    chat.tap("a=reported:no")
    chat.tap("a=identity:anonymous")
    shown = texts(chat.tap("a=summary:confirm"))
    return re.search(r"BRM-\d{4}-\d+", shown).group(0)


def test_the_chairs_new_complaint_card_says_a_threat_was_told_while_filing(services, gateway, chat):
    with services.uow() as uow:
        _, chair = new_member(uow, "ประธาน", "chair")
        _, tied = new_member(uow, "กรรมการ ข", conflicts=[("district", "นางรอง")])
        uow.commit()
    reference = _file_with_threat(chat, THREAT)
    card = _digest(gateway, chair)
    assert reference in card and THREATENED in card, card
    assert reference not in _digest(gateway, tied)  # recusal: neither the card nor the mark


def test_a_new_complaint_without_a_threat_carries_no_mark(services, gateway, chat):
    with services.uow() as uow:
        _, chair = new_member(uow, "ประธาน", "chair")
        uow.commit()
    reference = _file_with_threat(chat, None)
    card = _digest(gateway, chair)
    assert reference in card and THREATENED not in card, card
