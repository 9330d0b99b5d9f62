"""Every edge sends what its own work enqueued right after its commit; the outbox job retries.

None of these tests runs the outbox job before looking: what arrives came from the
webhook, the dashboard request or the command itself.
"""

from __future__ import annotations

import uuid

import pytest
from sqlalchemy import select

from handlers.committee import members
from storage.models import OutboxMessage
from tests.clock import Clock
from tests.dashboard_login import csrf_token, sign_in
from tests.factories import NOW, add_member, add_ticket, file_complaint, texts


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
