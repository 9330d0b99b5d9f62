"""Every edge sends what its own work enqueued right after its commit; the outbox job retries.

None of these tests runs the outbox job before looking: what arrives came from the
webhook, the dashboard request or the command itself.
"""

from __future__ import annotations

import uuid
from datetime import timedelta

import pytest
import time_machine
from sqlalchemy import select

from bot.jobs import catalogue as jobs
from handlers.directory import members
from storage.models import OutboxMessage
from storage.referral_models import Referral
from tests.clock import Clock
from tests.dashboard_login import csrf_token, sign_in
from tests.factories import (
    NOW,
    add_member,
    add_ticket,
    chair_confirms,
    file_complaint,
    new_member,
    new_ticket,
    texts,
)
from tests.scheduling import bkk


@pytest.fixture
def clock():
    """A clock the test moves by hand (past the back-off of a failed send)."""
    return Clock(NOW)


def pushed_to(gateway, user_id: str) -> list[dict]:
    """The messages pushed to this LINE user so far (nothing is delivered here)."""
    return [
        m for c in gateway.sent if c["kind"] == "push" and c["to"] == user_id for m in c["messages"]
    ]


def statuses(services) -> dict[str, str]:
    """Each outbox row's purpose and status."""
    with services.uow() as uow:
        rows = uow.session.scalars(select(OutboxMessage)).all()
        return {f"{r.purpose}:{r.id}": r.status for r in rows}


def test_every_eligible_reviewer_gets_the_alert_from_the_webhook_itself(chat, services, gateway):
    reviewers = ["U" + uuid.uuid4().hex for _ in range(3)]
    with services.uow() as uow:
        for number, line_id in enumerate(reviewers, 1):
            members.add_member(uow, line_id, f"กรรมการคนที่ {number}", "reviewer")
        uow.commit()

    file_complaint(chat)
    chat.tap("a=summary:confirm")

    for line_id in reviewers:
        alert = pushed_to(gateway, line_id)
        assert len(alert) == 1 and alert[0]["type"] == "flex", line_id
        assert "BRM-" in texts(alert)
    alerts = {k: v for k, v in statuses(services).items() if k.startswith("committee:alert")}
    assert sorted(alerts.values()) == ["sent"] * 3


def signed_in_reviewer(app, services):
    """A test client signed in as a reviewer."""
    client = app.test_client()
    assert sign_in(client, services, add_member(services, "reviewer")).status_code == 303
    return client


def test_a_dashboard_status_change_reaches_the_complainant_at_once(app, services, gateway):
    citizen = "U" + uuid.uuid4().hex
    reference = add_ticket(services, owner=citizen)
    client = signed_in_reviewer(app, services)

    response = client.post(
        f"/committee/tickets/{reference}/status",
        data={"status": "in_review", "reason": "", "csrf_token": csrf_token(client)},
    )
    assert response.status_code == 303

    notice = texts(pushed_to(gateway, citizen))
    assert reference in notice and "รับเรื่องไว้พิจารณา" in notice


def test_the_set_status_command_reaches_the_complainant_at_once(runner, services, gateway):
    citizen = "U" + uuid.uuid4().hex
    reference = add_ticket(services, owner=citizen)

    moved = runner.invoke(args=["tickets", "set-status", reference, "in_review"])

    assert moved.exit_code == 0, moved.output
    notice = texts(pushed_to(gateway, citizen))
    assert reference in notice and "รับเรื่องไว้พิจารณา" in notice


def test_a_send_that_fails_at_the_edge_is_retried_by_the_outbox_job(
    runner, services, gateway, clock
):
    citizen = "U" + uuid.uuid4().hex
    reference = add_ticket(services, owner=citizen)
    gateway.fail_next("push", 503)

    moved = runner.invoke(args=["tickets", "set-status", reference, "in_review"])

    assert moved.exit_code == 0, moved.output
    assert pushed_to(gateway, citizen) == []
    assert list(statuses(services).values()) == ["pending"]

    clock.advance(minutes=2)  # past the back-off
    ran = runner.invoke(args=["jobs", "run", "outbox"])

    assert ran.exit_code == 0, ran.output
    assert reference in texts(pushed_to(gateway, citizen))
    assert list(statuses(services).values()) == ["sent"]


def forwarded_ticket(services, owner: str) -> str:
    """A ticket forwarded to the PACC, its letter sent and not yet answered."""
    with services.uow() as uow:
        ticket = new_ticket(uow, owner, status="forwarded")
        uow.session.add(
            Referral(
                ticket_id=ticket.id,
                agency_code="pacc",
                agency_name="สำนักงาน ป.ป.ท.",
                letter_number="คอช.บร. 001/2569",
                letter_date=NOW.date(),
                created_by="member:1",
                forwarded_at=NOW,
                answer_due_at=NOW + timedelta(days=30),
            )
        )
        uow.commit()
        return ticket.reference


def test_the_agency_reference_reaches_the_complainant_at_once(runner, services, gateway):
    citizen = "U" + uuid.uuid4().hex
    reference = forwarded_ticket(services, citizen)

    done = runner.invoke(args=["tickets", "agency-reference", reference, "ปท-0456"])

    assert done.exit_code == 0, done.output
    notice = texts(pushed_to(gateway, citizen))
    assert reference in notice and "ปท-0456" in notice


def test_the_agency_answer_reaches_the_complainant_once_a_chair_confirms(runner, services, gateway):
    citizen = "U" + uuid.uuid4().hex
    reference = forwarded_ticket(services, citizen)

    done = runner.invoke(
        args=["tickets", "agency-answer", reference, "--summary", "ตั้งกรรมการสอบแล้ว"]
    )
    assert done.exit_code == 0, done.output
    assert "ตั้งกรรมการสอบแล้ว" not in texts(pushed_to(gateway, citizen))  # a proposal only

    chair_confirms(services, reference)

    notice = texts(pushed_to(gateway, citizen))
    assert reference in notice and "ตั้งกรรมการสอบแล้ว" in notice


def test_a_jobs_message_leaves_with_the_job(services, gateway):
    with services.uow() as uow:
        _, line_id = new_member(uow, "กรรมการ ก", language="th")
        new_ticket(uow, submitted_at=NOW - timedelta(days=1))
        uow.commit()

    with time_machine.travel(bkk(2026, 3, 10, 8, 0), tick=False):
        result = jobs.run_job(services, "committee-digest")

    assert result["delivery"] == {"sent": 1}
    assert "สรุปประจำวันที่ 10 มี.ค. 2569" in texts(pushed_to(gateway, line_id))
