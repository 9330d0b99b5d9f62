"""`flask --app bot tickets …`: operators list, show and move tickets under the same rules."""

from __future__ import annotations

import logging

from tests.factories import chair_confirms, submitted


def pushed_to(services, gateway, user_id) -> list[str]:
    services.sender.send_due()
    return [
        m.get("text", "")
        for c in gateway.sent
        if c["kind"] == "push" and c["to"] == user_id
        for m in c["messages"]
    ]


def test_set_status_follows_the_lifecycle_and_tells_the_complainant(
    runner, chat, services, gateway
):
    reference = submitted(chat).reference
    moved = runner.invoke(args=["tickets", "set-status", reference, "in_review"])
    assert moved.exit_code == 0, moved.output
    assert "submitted -> in_review" in moved.output.strip().splitlines()[-1]
    notices = [t for t in pushed_to(services, gateway, chat.user_id) if reference in t]
    assert len(notices) == 1 and "รับเรื่องไว้พิจารณา" in notices[0]

    refused = runner.invoke(args=["tickets", "set-status", reference, "needs_info"])
    assert refused.exit_code != 0 and "reason" in refused.output
    forwarded = runner.invoke(
        args=[
            "tickets",
            "set-status",
            reference,
            "forwarded",
            "--agency",
            "nacc",
            "--agency-ref",
            "ปช-123",
        ]
    )
    assert forwarded.exit_code == 0 and "pending" in forwarded.output, forwarded.output
    assert not any("ป.ป.ช." in t for t in pushed_to(services, gateway, chat.user_id))
    chair_confirms(services, reference)  # forwarding takes effect when a chair confirms it
    assert any("ป.ป.ช." in t for t in pushed_to(services, gateway, chat.user_id))
    shown = runner.invoke(args=["tickets", "show", reference]).output
    assert "status        forwarded" in shown and "agency:nacc ปช-123" in shown
    assert runner.invoke(args=["tickets", "set-status", reference, "submitted"]).exit_code != 0


def test_list_filters_by_status(runner, chat, services):
    reference = submitted(chat).reference
    assert reference in runner.invoke(args=["tickets", "list"]).output
    assert runner.invoke(args=["tickets", "list", "--status", "resolved"]).output.strip() == (
        "0 ticket(s)"
    )
    assert reference in runner.invoke(args=["tickets", "list", "--status", "submitted"]).output


def test_identity_is_never_printed_or_logged(runner, chat, services, caplog):
    caplog.set_level(logging.DEBUG)
    reference = submitted(chat, anonymous=False).reference
    output = "".join(
        runner.invoke(args=args).output
        for args in (
            ["tickets", "list"],
            ["tickets", "show", reference],
            ["tickets", "set-status", reference, "in_review", "--note", "รับไว้แล้ว"],
            ["tickets", "show", reference],
        )
    )
    assert reference in output and "named" in output
    for secret in ("สมหญิง", "รักดี", "0812345678", "081-234-5678", chat.user_id):
        assert secret not in output
        assert secret not in caplog.text


def test_unknown_reference_is_an_error(runner):
    result = runner.invoke(args=["tickets", "show", "BRM-2569-99999"])
    assert result.exit_code != 0 and "no ticket" in result.output
