"""Red-team round 4 (insiders, database holders and floods, second look): attacks on the
protections, run for real (SQLite and PostgreSQL, the app's own paths, its command line,
direct SQL as a database writer, a copy of the database without keys).

An attack that still works is an `xfail(strict=True)` test asserting what should hold: the
suite stays green, and the fix turns it into a pass (strict makes the xfail fail, so the
marker must go). Attacks that held are plain tests.
"""

from __future__ import annotations

import re
import uuid

import pytest
from sqlalchemy import text

from tests.factories import Chat, add_member, add_ticket, texts

LOGIN_PATH = re.compile(r"/committee/login/[A-Za-z0-9_-]+")
CSRF = re.compile(r'name="csrf_token" value="([^"]+)"')
PROPOSAL = re.compile(r'name="proposal" value="(\d+)"')


def _sql(services, statement: str, **params) -> list:
    """Run SQL as a database writer: no keys, no application, straight to the tables."""
    with services.engine.begin() as conn:
        result = conn.execute(text(statement), params)
        return list(result) if result.returns_rows else []


def _cli(runner, *args):
    return runner.invoke(args=list(args))


def _verify(runner):
    return _cli(runner, "tickets", "verify")


def _status(services, reference: str) -> str:
    from storage import tickets as ticket_store

    with services.uow() as uow:
        return ticket_store.by_reference(uow, reference).status


def _sign_in_from_line(client, gateway, line_user_id: str):
    """The member types "login" in their own LINE and opens the link pushed back: a session
    of their own asking (not a shell's)."""
    member_chat = Chat(client, gateway, line_user_id, "test-channel-secret")
    before = len(gateway.sent)
    member_chat.post(
        {
            "type": "message",
            "mode": "active",
            "timestamp": _now_ms(),
            "source": {"type": "user", "userId": line_user_id},
            "webhookEventId": uuid.uuid4().hex.upper()[:26],
            "deliveryContext": {"isRedelivery": False},
            "replyToken": uuid.uuid4().hex,
            "message": {"type": "text", "id": "1" + "0" * 17, "text": "login", "quoteToken": "q"},
        }
    )
    pushed = texts([m for call in gateway.sent[before:] for m in call["messages"]])
    path = LOGIN_PATH.search(pushed).group(0)
    page = client.get(path)
    client.post(path, data={"csrf_token": CSRF.search(page.get_data(as_text=True)).group(1)})
    return client


def _now_ms() -> int:
    import time

    return int(time.time() * 1000)


def _confirm_what_is_shown(client, reference: str) -> None:
    """Press "confirm" on the ticket's page, with the proposal id the page shows."""
    page = client.get(f"/committee/tickets/{reference}").get_data(as_text=True)
    shown = PROPOSAL.search(page)
    if shown is not None:
        client.post(
            f"/committee/tickets/{reference}/confirm",
            data={"csrf_token": CSRF.search(page).group(1), "proposal": shown.group(1)},
        )


# --- four eyes: one person with a shell and a LINE account -----------------------------------


@pytest.mark.xfail(
    strict=True,
    reason="a chair made at the shell with the operator's own LINE account confirms the "
    "operator's later `tickets set-status` proposal: one person ends a ticket alone",
)
def test_one_operator_cannot_end_a_ticket_by_making_themself_chair_first(
    app, client, runner, gateway, services
):
    add_member(services, "chair", "ประธานตัวจริง")  # an honest chair exists and is told
    operator_line = "U" + uuid.uuid4().hex
    made = _cli(
        runner, "members", "add", "--line-user-id", operator_line, "--name", "ผู้ดูแลระบบ",
        "--role", "chair",
    )  # fmt: skip
    assert made.exit_code == 0, made.output
    reference = add_ticket(services)
    # After the grant, the same operator proposes from the shell (a proposal by cli:operator)...
    proposed = _cli(
        runner, "tickets", "set-status", reference, "rejected", "--reason-code", "duplicate",
        "--note", "ซ้ำกับเรื่องอื่น",
    )  # fmt: skip
    assert proposed.exit_code == 0, proposed.output
    # ...and confirms it as "another person": the chair they made of themselves, signed in
    # from their own LINE (not a shell link, so the page lets them decide).
    _confirm_what_is_shown(_sign_in_from_line(client, gateway, operator_line), reference)
    assert _status(services, reference) != "rejected"
