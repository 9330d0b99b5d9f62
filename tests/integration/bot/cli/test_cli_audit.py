"""The same act leaves the same audit entry from the command line as from the dashboard."""

from __future__ import annotations

import uuid

import pytest
from sqlalchemy import select, update

from handlers.directory import members
from handlers.outreach import campaigns
from handlers.replies import Say, to_json
from storage import outbox
from storage.campaign_models import Campaign
from storage.models import AuditEntry, OutboxMessage, Ticket
from tests.clock import Clock
from tests.dashboard_login import csrf_token, sign_in
from tests.factories import NOW, add_member, add_ticket


@pytest.fixture
def clock():
    """A fixed clock (the app and the test data agree on now)."""
    return Clock(NOW)


def audited(services, action: str) -> list[tuple[str, str | None, int | None]]:
    """(actor, detail, ticket id) of each audit entry for `action`, oldest first."""
    with services.uow() as uow:
        stmt = select(AuditEntry).where(AuditEntry.action == action).order_by(AuditEntry.id)
        return [(e.actor, e.detail, e.ticket_id) for e in uow.session.scalars(stmt)]


def operator(services) -> str:
    """How the command line's operator is named in the audit log."""
    with services.uow() as uow:
        return members.operator_actor(uow)


def signed_in(app, services, role: str):
    """A test client signed in as a new member with `role`; returns (client, actor)."""
    member_id = add_member(services, role)
    client = app.test_client()
    assert sign_in(client, services, member_id).status_code == 303
    return client, f"member:{member_id}"


def post(client, url: str, **form):
    """Submit a dashboard form, CSRF token included."""
    response = client.post(url, data={**form, "csrf_token": csrf_token(client)})
    assert response.status_code == 303, response.get_data(as_text=True)[:300]


def ok(runner, *args):
    """Run a command that must succeed."""
    result = runner.invoke(args=list(args))
    assert result.exit_code == 0, result.output


def test_a_status_change_is_audited_alike_from_both(app, runner, services):
    on_page, on_command_line = add_ticket(services), add_ticket(services)
    client, reviewer = signed_in(app, services, "reviewer")

    post(client, f"/committee/tickets/{on_page}/status", status="in_review", reason="")
    ok(runner, "tickets", "set-status", on_command_line, "in_review")

    with services.uow() as uow:
        ids = dict(uow.session.execute(select(Ticket.reference, Ticket.id)).all())
    assert audited(services, "ticket_status") == [
        (reviewer, "submitted->in_review", ids[on_page]),
        (operator(services), "submitted->in_review", ids[on_command_line]),
    ]


def dead_letter(services) -> str:
    """A push that LINE refused until it went dead."""
    with services.uow() as uow:
        row = outbox.enqueue(uow, "push", to_json([Say("drafts.start_again")]), recipient="U" * 33)
        row.status = "dead"
        uow.commit()
        return row.id


def test_resending_a_dead_letter_is_audited_alike_from_both(app, runner, services):
    on_page, on_command_line = dead_letter(services), dead_letter(services)
    client, admin = signed_in(app, services, "admin")

    post(client, f"/committee/outbox/{on_page}/resend")
    ok(runner, "outbox", "resend", on_command_line)

    assert audited(services, "outbox_resend") == [
        (admin, on_page, None),
        (operator(services), on_command_line, None),
    ]
    with services.uow() as uow:
        sent = uow.session.scalars(select(OutboxMessage.status)).all()
    assert sent == ["sent", "sent"]  # each edge sent it at once


def new_campaign(services, status: str = "scheduled") -> int:
    """A campaign to everyone's future, in `status`."""
    with services.uow() as uow:
        campaign = campaigns.create(uow, title="งดรับสินบน", text="ไม่รับ ไม่ให้ สินบนค่ะ")
        uow.session.execute(
            update(Campaign).where(Campaign.id == campaign.id).values(status=status)
        )
        uow.commit()
        return campaign.id


@pytest.mark.parametrize("act,status", [("cancel", "scheduled"), ("resume", "held")])
def test_campaign_actions_are_audited_alike_from_both(app, runner, services, act, status):
    on_page, on_command_line = new_campaign(services, status), new_campaign(services, status)
    client, organizer = signed_in(app, services, "organizer")

    post(client, f"/committee/campaigns/{on_page}/{act}")
    ok(runner, "campaigns", act, str(on_command_line))

    assert audited(services, f"campaign_{act}") == [
        (organizer, str(on_page), None),
        (operator(services), str(on_command_line), None),
    ]


def test_removing_a_member_from_the_command_line_is_audited(runner, services):
    with services.uow() as uow:
        member = members.add_member(uow, "U" + uuid.uuid4().hex, "สมศรี ใจดี", "reviewer")
        uow.commit()
        member_id = member.id

    ok(runner, "members", "remove", "--id", str(member_id))
    ok(runner, "members", "remove", "--id", str(member_id))  # already removed: nothing new

    assert audited(services, "member_remove") == [
        (operator(services), f"{member_id} สมศรี ใจดี", None)
    ]
