"""SLA reminders: reviewers first, then the chair; each threshold once; Bangkok clock."""

from __future__ import annotations

from datetime import timedelta

import time_machine

from bot.jobs import catalogue as jobs
from storage.models import Ticket, TicketEvent
from tests.factories import new_member, new_ticket, texts
from tests.scheduling import bkk, pushes

SUBMITTED = bkk(2026, 3, 10, 23, 30)  # late evening in Buriram


def committee(services, **ticket_fields):
    with services.uow() as uow:
        reviewer, r_id = new_member(uow, "กรรมการ ก")
        _, tied = new_member(uow, "กรรมการ ข", conflicts=[("district", "นางรอง")])
        _, chair = new_member(uow, "ประธาน", role="chair")
        ticket = new_ticket(uow, submitted_at=SUBMITTED, district="นางรอง", **ticket_fields)
        uow.commit()
    return {
        "reviewer": r_id,
        "tied": tied,
        "chair": chair,
        "reviewer_member": reviewer.id,
        "ticket": ticket.id,
        "reference": ticket.reference,
    }


def run_at(services, moment):
    with time_machine.travel(moment, tick=False):
        return jobs.run_job(services, "sla-reminders")


def count(gateway, who):
    return len(pushes(gateway, who))


def test_untaken_ticket_reminds_reviewers_once_then_the_chair_once(services, gateway):
    people = committee(services)
    ack = SUBMITTED + timedelta(hours=72)

    # Three calendar days later in Bangkok, but only 49 hours: not yet.
    run_at(services, bkk(2026, 3, 13, 0, 30))
    run_at(services, ack - timedelta(minutes=1))
    assert count(gateway, people["reviewer"]) == 0

    run_at(services, ack)
    run_at(services, ack + timedelta(hours=1))
    assert count(gateway, people["reviewer"]) == 1
    assert people["reference"] in texts(pushes(gateway, people["reviewer"])[0])
    assert "72 ชั่วโมง" in texts(pushes(gateway, people["reviewer"])[0])
    assert count(gateway, people["tied"]) == 0  # declared a tie to the ticket's district
    assert count(gateway, people["chair"]) == 0

    run_at(services, ack + timedelta(hours=24))
    run_at(services, ack + timedelta(hours=30))
    assert count(gateway, people["chair"]) == 1
    assert "ประธาน" in texts(pushes(gateway, people["chair"])[0])
    assert count(gateway, people["reviewer"]) == 1


def test_taken_ticket_not_decided_reminds_its_assignee_then_the_chair(services, gateway):
    people = committee(services, status="in_review")
    with services.uow() as uow:
        ticket = uow.session.get(Ticket, people["ticket"])
        ticket.assignee_id = people["reviewer_member"]
        ticket.taken_at = SUBMITTED + timedelta(hours=2)
        # The assignee keeps the complainant informed every nine days, so only the resolve SLA
        # is at stake here.
        for day in (9, 18, 27):
            uow.session.add(
                TicketEvent(
                    ticket_id=ticket.id,
                    at=SUBMITTED + timedelta(days=day),
                    kind="message",
                    actor="member:1",
                    body="...",
                )
            )
        uow.commit()
    due = SUBMITTED + timedelta(days=30)

    run_at(services, due - timedelta(minutes=1))
    assert count(gateway, people["reviewer"]) == 0
    run_at(services, due)
    run_at(services, due + timedelta(hours=2))
    [[message]] = pushes(gateway, people["reviewer"])
    assert "ครบ 30 วันแล้ว" in texts([message])
    assert count(gateway, people["chair"]) == 0

    run_at(services, due + timedelta(hours=24))
    run_at(services, due + timedelta(hours=25))
    assert count(gateway, people["chair"]) == 1
    assert count(gateway, people["reviewer"]) == 1


def test_committee_is_reminded_before_the_15_day_progress_notice_lapses(services, gateway):
    people = committee(services, status="in_review")
    with services.uow() as uow:
        ticket = uow.session.get(Ticket, people["ticket"])
        ticket.assignee_id = people["reviewer_member"]
        uow.session.add(
            TicketEvent(
                ticket_id=ticket.id,
                at=SUBMITTED + timedelta(days=5),
                kind="note",
                actor="member:1",
                internal=True,
                body="x",
            )
        )
        uow.commit()

    def progress_reminders():
        return [m for m in pushes(gateway, people["reviewer"]) if "ความคืบหน้า" in texts(m)]

    run_at(services, SUBMITTED + timedelta(days=11, hours=23))
    assert progress_reminders() == []  # an internal note is not news for the complainant
    run_at(services, SUBMITTED + timedelta(days=12))
    run_at(services, SUBMITTED + timedelta(days=13))
    assert len(progress_reminders()) == 1

    # The assignee tells the complainant; the next reminder comes 12 days after that.
    told = SUBMITTED + timedelta(days=13, hours=1)
    with services.uow() as uow:
        uow.session.add(
            TicketEvent(
                ticket_id=people["ticket"],
                at=told,
                kind="message",
                actor="member:1",
                body="กำลังตรวจสอบค่ะ",
            )
        )
        uow.commit()
    run_at(services, told + timedelta(days=11))
    assert len(progress_reminders()) == 1
    assert count(gateway, people["chair"]) == 0
    run_at(services, told + timedelta(days=12))
    assert len(progress_reminders()) == 2
