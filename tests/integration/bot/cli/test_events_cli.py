"""`flask --app bot events failed|replay`: operators see failed events and process them again."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from bot.http import inbound
from storage.models import ProcessedEvent
from tests.factories import post_signed, text_event, texts


@pytest.fixture
def broken_handler(monkeypatch):
    """A bug in the handlers (fixed by undoing it): every event fails while it is in place."""

    def crash(uow, event):
        raise RuntimeError(f"bug while handling {event.text}")

    monkeypatch.setattr(inbound, "handle_event", crash)
    return monkeypatch


def failed_ids(runner, *options) -> list[int]:
    result = runner.invoke(args=["events", "failed", *options])
    assert result.exit_code == 0, result.output
    if result.output.strip() == "no failed events":
        return []
    return [int(line.split()[0]) for line in result.output.strip().splitlines()]


def processed(services, event_id: str) -> int:
    with services.uow() as uow:
        query = select(func.count()).where(ProcessedEvent.webhook_event_id == event_id)
        return uow.session.scalar(query)


def test_an_event_that_failed_is_replayed_once_the_bug_is_fixed(
    chat, runner, services, gateway, broken_handler
):
    event = text_event("เมนู", chat.user_id)
    assert chat.post(event).get_json() == {"handled": 0, "duplicates": 0, "failed": 1}
    listed = runner.invoke(args=["events", "failed"]).output
    assert "message" in listed and "RuntimeError" in listed
    assert "เมนู" not in listed and "bug while handling" not in listed
    [failed_id] = failed_ids(runner)
    broken_handler.undo()
    [apology] = gateway.sent  # never silence: told the message was not taken, and kept
    assert "ระบบขัดข้อง" in texts(apology["messages"]) and "ส่งอีกครั้ง" in texts(apology["messages"])

    replayed = runner.invoke(args=["events", "replay", str(failed_id)])

    assert replayed.exit_code == 0, replayed.output
    assert "handled" in replayed.output
    assert "ต้องการทำอะไรต่อ" in texts(gateway.sent[-1]["messages"])  # the menu reached the person
    assert failed_ids(runner) == []
    assert failed_ids(runner, "--all") == [failed_id]
    sent = len(gateway.sent)

    again = runner.invoke(args=["events", "replay", str(failed_id)])

    assert again.exit_code == 0, again.output
    assert "already replayed" in again.output
    assert processed(services, event["webhookEventId"]) == 1
    assert len(gateway.sent) == sent


def test_replaying_an_event_line_delivered_again_changes_nothing(
    chat, runner, services, gateway, broken_handler
):
    event = text_event("เมนู", chat.user_id)
    chat.post(event)
    [failed_id] = failed_ids(runner)
    broken_handler.undo()
    redelivered = {**event, "deliveryContext": {"isRedelivery": True}}
    assert chat.post(redelivered).get_json()["handled"] == 1
    sent = len(gateway.sent)

    replayed = runner.invoke(args=["events", "replay", str(failed_id)])

    assert replayed.exit_code == 0, replayed.output
    assert "handled already" in replayed.output
    assert failed_ids(runner) == []
    assert processed(services, event["webhookEventId"]) == 1
    assert len(gateway.sent) == sent


def test_a_malformed_event_fails_again_and_stays_listed(client, runner, services):
    body = '{"events": [{"type": "message", "timestamp": "yesterday"}]}'
    post_signed(client, body)
    [failed_id] = failed_ids(runner)

    replayed = runner.invoke(args=["events", "replay", str(failed_id)])

    assert replayed.exit_code != 0
    assert "failed again" in replayed.output and "timestamp is not a number" in replayed.output
    assert failed_ids(runner) == [failed_id]


def test_replaying_an_unknown_id_says_so(runner):
    result = runner.invoke(args=["events", "replay", "4242"])
    assert result.exit_code != 0
    assert "no failed event 4242" in result.output
    assert runner.invoke(args=["events", "failed"]).output.strip() == "no failed events"


def test_a_person_whose_message_failed_is_told_in_their_language(
    chat, runner, services, gateway, monkeypatch
):
    chat.say("English")  # before the bug: the person chose English
    monkeypatch.setattr(inbound, "handle_event", _crash)
    sent = len(gateway.sent)

    assert chat.post(text_event("report", chat.user_id)).get_json()["failed"] == 1

    [apology] = gateway.sent[sent:]
    assert "something went wrong" in texts(apology["messages"]), apology
    assert len(failed_ids(runner)) == 1  # kept for operators to replay


def _crash(uow, event):
    raise RuntimeError("bug")
