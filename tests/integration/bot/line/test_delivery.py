"""The outbox sender against the real LINE SDK gateway and a fake LINE API over HTTP."""

from __future__ import annotations

import threading
import uuid
from datetime import UTC, datetime

import pytest
from sqlalchemy import select

from bot import create_app
from bot.jobs import catalogue as jobs
from bot.line.delivery import OutboxSender, ReadyReply
from bot.line.gateway import SdkLineGateway
from handlers.replies import Say, to_json
from storage import outbox
from storage.models import OutboxMessage
from tests.clock import Clock
from tests.conftest import make_env
from tests.shared_engines import release


@pytest.fixture
def clock():
    return Clock(datetime(2026, 3, 2, 9, 0, tzinfo=UTC))


@pytest.fixture
def line_app(database_url, tmp_path, line_api, clock):
    """The app with its real SDK gateway pointed at the fake LINE API, on a hand-moved clock."""
    env = make_env(
        database_url,
        tmp_path,
        LINE_API_BASE_URL=line_api.base_url,
        LINE_DATA_API_BASE_URL=line_api.base_url,
    )
    application = create_app({"ENV": env, "CLOCK": clock, "TESTING": True})
    yield application
    release(application.extensions["sujarit"].engine)


@pytest.fixture
def services(line_app):
    return line_app.extensions["sujarit"]


def push(services, user_id: str | None = None) -> str:
    """Queue a push to a user, left for the sender (not sent at commit); return the row id."""
    with services.uow(after_commit=False) as uow:
        row = outbox.enqueue(
            uow,
            "push",
            to_json([Say("welcome.hello")]),
            recipient=user_id or "U" + uuid.uuid4().hex,
            purpose="test",
        )
        uow.session.flush()
        uow.commit()
        return row.id


def row(services, row_id: str) -> OutboxMessage:
    """The outbox row as it is in the database now (detached, readable)."""
    with services.uow() as uow:
        found = uow.session.get(OutboxMessage, row_id)
        uow.session.expunge(found)
        return found


def retry_keys(line_api) -> list[str]:
    return [c.headers.get("X-Line-Retry-Key") for c in line_api.calls_to("/v2/bot/message/push")]


def test_a_due_push_is_sent_once_with_its_id_as_retry_key(services, line_api):
    row_id = push(services)

    assert services.sender.send_due() == {"sent": 1}
    assert services.sender.send_due() == {}

    assert retry_keys(line_api) == [row_id]
    assert row(services, row_id).status == "sent"
    assert line_api.sent_texts() and line_api.violations == []


@pytest.mark.parametrize("status", [500, 503])
def test_server_error_is_retried_later_with_the_same_key(services, line_api, clock, status):
    row_id = push(services)
    line_api.fail_next("/push", status)

    assert services.sender.send_due() == {"pending": 1}
    waiting = row(services, row_id)
    assert waiting.attempts == 1 and waiting.next_attempt_at > clock.now
    assert services.sender.send_due() == {}  # not due yet

    clock.advance(minutes=1)
    result = jobs.run_job(services, "outbox")

    assert result["outbox"] == {"sent": 1}
    assert retry_keys(line_api) == [row_id, row_id]
    assert len(line_api.sent_calls()) == 1
    assert row(services, row_id).status == "sent"


def test_rate_limit_waits_at_least_retry_after(services, line_api, clock):
    row_id = push(services)
    line_api.fail_next("/push", 429, headers={"Retry-After": "600"})

    assert services.sender.send_due() == {"pending": 1}
    clock.advance(seconds=590)
    assert services.sender.send_due() == {}
    clock.advance(seconds=11)
    assert services.sender.send_due() == {"sent": 1}

    assert retry_keys(line_api) == [row_id, row_id]


def test_already_accepted_retry_key_counts_as_sent(services, line_api):
    row_id = push(services, "U" + "a" * 32)
    # An earlier attempt reached LINE, but the sender died before recording it.
    first = services.gateway.push("U" + "a" * 32, [{"type": "text", "text": "x"}], row_id)
    assert first.ok

    assert services.sender.send_due() == {"sent": 1}

    assert [c.status for c in line_api.calls_to("/push")] == [200, 409]
    sent = row(services, row_id)
    assert sent.status == "sent"
    assert sent.line_request_id == first.request_id
    assert len(line_api.sent_calls()) == 1


def test_permanent_refusal_is_dead_and_never_retried(services, line_api, clock):
    row_id = push(services)
    line_api.fail_next("/push", 400, body={"message": "The request body has 1 error(s)"})

    assert services.sender.send_due() == {"dead": 1}
    clock.advance(days=2)
    assert services.sender.send_due() == {}

    dead = row(services, row_id)
    assert dead.status == "dead" and "400" in dead.last_error
    assert len(line_api.calls_to("/push")) == 1


def test_unreachable_line_is_retried(services, line_api, clock):
    row_id = push(services)
    offline = SdkLineGateway("t", "http://127.0.0.1:1", "http://127.0.0.1:1", 2)
    sender = OutboxSender(services.uow, offline)

    assert sender.send_due() == {"pending": 1}
    clock.advance(minutes=1)
    assert services.sender.send_due() == {"sent": 1}
    assert retry_keys(line_api) == [row_id]


def test_two_senders_in_two_threads_never_send_a_row_twice(services, line_api):
    ids = {push(services) for _ in range(40)}
    senders = [OutboxSender(services.uow, services.gateway) for _ in range(2)]
    start = threading.Barrier(2)
    results = []

    def run(sender):
        start.wait()
        while batch := sender.send_due(limit=3):  # small batches, so claims interleave
            results.append(batch)

    threads = [threading.Thread(target=run, args=(s,)) for s in senders]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()

    assert sum(r["sent"] for r in results) == 40
    keys = retry_keys(line_api)
    assert sorted(keys) == sorted(ids)  # each row once: no 409s, no repeats
    assert all(row(services, i).status == "sent" for i in ids)


def test_failed_reply_is_pushed_through_the_outbox_with_its_row_id_as_retry_key(services, line_api):
    user_id = "U" + uuid.uuid4().hex
    line_api.expire_reply_tokens(True)
    reply = ReadyReply("expired-token", user_id, [Say("welcome.hello")], "th")

    assert services.sender.send_ready([reply]) == {"fallback_sent": 1}

    (refused,) = line_api.calls_to("/reply")
    (pushed,) = line_api.calls_to("/push")
    assert refused.status == 400 and pushed.status == 200
    assert pushed.json["to"] == user_id
    assert pushed.json["messages"] == refused.json["messages"]
    with services.uow() as uow:
        (kept,) = uow.session.scalars(select(OutboxMessage)).all()
        assert pushed.headers["X-Line-Retry-Key"] == kept.id
        assert kept.status == "sent" and kept.purpose == "reply-fallback"


def test_reply_that_fails_on_a_server_error_is_pushed_and_retried_until_sent(
    services, line_api, clock
):
    user_id = "U" + uuid.uuid4().hex
    line_api.fail_next("/reply", 500)
    line_api.fail_next("/push", 503)
    reply = ReadyReply("token-1", user_id, [Say("welcome.hello")], "th")

    assert services.sender.send_ready([reply]) == {"fallback_pending": 1}
    clock.advance(minutes=2)
    jobs.run_job(services, "outbox")

    pushes = line_api.calls_to("/push")
    assert [c.status for c in pushes] == [503, 200]
    assert pushes[0].headers["X-Line-Retry-Key"] == pushes[1].headers["X-Line-Retry-Key"]


def test_a_reply_reaches_line_as_the_sdk_sent_it_and_a_refusal_says_why(services, line_api):
    """What LINE receives of a reply (its path, token, JSON and client), and what the sender
    learns when LINE refuses one: the status, when to come back, LINE's message and request."""
    gateway = services.gateway
    messages = [{"type": "text", "text": "ขอบคุณค่ะ"}]

    sent = gateway.reply("token-ok", messages)
    line_api.fail_next("/reply", 429, headers={"Retry-After": "7"}, body={"message": "slow"})
    limited = gateway.reply("token-late", messages)

    (ok, refused) = line_api.calls_to("/reply")
    assert ok.path == "/v2/bot/message/reply" and ok.method == "POST"
    assert ok.json == {"replyToken": "token-ok", "messages": messages}
    assert ok.headers["Authorization"] == "Bearer " + services.config.line_channel_access_token
    assert ok.headers["User-Agent"].startswith("line-bot-sdk-python/")
    assert sent.ok and sent.status == 200 and sent.request_id
    assert not limited.ok and limited.status == 429 and limited.retryable
    assert limited.retry_after == 7.0 and "slow" in limited.error and limited.request_id
    assert gateway.reply("token-ok", messages).status == 400  # a token is used once
