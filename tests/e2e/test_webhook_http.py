"""LINE's webhook against the real app under gunicorn, sending to a fake LINE API; and what
that server tells of itself: every scrape of /metrics tells the same story whichever of the
two workers answers, and its log lines are JSON without anyone's identity or words.

One server for the module, on SQLite (gunicorn's start is the slow part; what the database
does under a webhook runs on both kinds in process: `e2e_database_url`): each test compares
the counts before and after what it does, so none depends on another's leftovers."""

from __future__ import annotations

import json
import re
import time
import uuid

import pytest
import requests
from prometheus_client.parser import text_string_to_metric_families
from sqlalchemy import select
from sqlalchemy.orm import Session

from storage.models import FailedEvent, LineUser, OutboxMessage, ProcessedEvent, Ticket
from tests.e2e.conftest import TOKEN, HttpChat, wait_for
from tests.factories import (
    follow_event,
    postback_event,
    sign,
    text_event,
    texts,
    webhook_body,
)
from tests.paths import ROOT

# Every webhook event and message type of the Messaging API reference, group and room
# sources, a redelivered copy and a type LINE may add one day (tests/fixtures/README.md).
SAMPLE = ROOT / "tests" / "fixtures" / "line_webhook_sample.json"
pytestmark = pytest.mark.long(seconds=20)


def recent(sample: str) -> str:
    """The sample as LINE would send it now: its events stamped from this moment on (a body
    older than the kept event ids is refused as a possible replay)."""
    stamps = [int(n) for n in re.findall(r'"timestamp": (\d+)', sample)]
    shift = int(time.time() * 1000) - min(stamps)
    return re.sub(r'"timestamp": (\d+)', lambda m: f'"timestamp": {int(m[1]) + shift}', sample)


def new_user() -> str:
    return "U" + uuid.uuid4().hex


def replies_to(line_api, event: dict) -> list:
    """Calls to the reply endpoint (accepted or not) with this event's reply token."""
    return [c for c in line_api.calls_to("/reply") if c.json["replyToken"] == event["replyToken"]]


def effects(server) -> dict[str, int]:
    """Everything an event can leave behind in the database."""
    models = (ProcessedEvent, LineUser, OutboxMessage, FailedEvent, Ticket)
    return {m.__tablename__: server.count(m) for m in models}


@pytest.fixture
def chat(server, module_line_api):
    return HttpChat(server, module_line_api, new_user())


@pytest.mark.parametrize(
    "signature", [None, "", "bm90IHRoZSBzaWduYXR1cmU=", "not base64 at all"], ids=str
)
def test_bad_or_missing_signature_is_refused_and_touches_nothing(
    server, module_line_api, signature
):
    before, calls = effects(server), len(module_line_api.calls)
    body = webhook_body(follow_event(new_user()))
    response = server.post(body, signature=signature)
    assert response.status_code == 400
    assert effects(server) == before
    assert len(module_line_api.calls) == calls


def test_body_signed_with_another_secret_is_refused(server):
    before = effects(server)
    body = webhook_body(text_event("สวัสดี", new_user()))
    assert server.post(body, signature=sign(body, "someone-elses-secret")).status_code == 400
    assert effects(server) == before


def test_body_over_one_mebibyte_is_refused(server):
    before = effects(server)
    event = text_event("ก" * 400_000, new_user())
    body = webhook_body(event)
    assert len(body) > 1024 * 1024
    assert server.post(body).status_code == 413
    assert effects(server) == before


@pytest.mark.parametrize("body", [b"not json", b"[]", b'{"destination": "U1"}', b'{"events": 3}'])
def test_signed_body_that_is_not_a_webhook_is_refused(server, body):
    before = effects(server)
    assert server.post(body).status_code == 400
    assert effects(server) == before


def test_line_sample_with_every_event_type_is_accepted_once(server, module_line_api):
    # Reply tokens of this run only (the fake LINE API outlives one database's run).
    run = uuid.uuid4().hex[:8]
    text = SAMPLE.read_text().replace('"replyToken": "rt-', f'"replyToken": "rt-{run}-')
    body = recent(text).encode()
    events = json.loads(body)["events"]
    [follow] = [e for e in events if e["type"] == "follow" and not e["follow"]["isUnblocked"]]
    redelivered = [e for e in events if e["deliveryContext"]["isRedelivery"]]
    [unknown] = [e for e in events if e["type"] == "hologramGreeting"]
    before = effects(server)

    first = server.post(body)

    # All accepted: every event handled once, the redelivered copy recognised as such.
    assert first.status_code == 200
    assert first.json() == {"handled": len(events) - 1, "duplicates": 1, "failed": 0}
    after = effects(server)
    assert after["processed_events"] == before["processed_events"] + len(events) - 1
    assert after["failed_events"] == before["failed_events"]
    assert len(redelivered) == 1 and redelivered[0]["webhookEventId"] in _processed_ids(server)
    assert unknown["webhookEventId"] in _processed_ids(server)  # taken, and quietly ignored
    # People in one-to-one chats are answered (whatever they sent), and so is the group the
    # bot joins; group talk, beacons, things, membership and unknown types get no answer.
    # Each answer uses its own event's reply token, once. Photos of an album are answered
    # once, after the last (the sample holds its first only).
    answered = (
        {
            e["replyToken"]
            for e in events
            if e["type"] == "join"
            or (e["type"] in ("message", "postback", "follow") and e["source"]["type"] == "user")
        }
        - {redelivered[0]["replyToken"]}
        - {
            e["replyToken"]
            for e in events
            if (e.get("message") or {}).get("imageSet", {}).get("index", 0)
            != (e.get("message") or {}).get("imageSet", {}).get("total", 0)
        }
    )
    assert wait_for(lambda: _reply_tokens(module_line_api) >= answered), server.log.read_text()
    replies = [t for t in _reply_tokens(module_line_api, all_calls=True) if run in t]
    assert sorted(replies) == sorted(answered)
    assert unknown["replyToken"] not in replies
    assert "เห็นเฉพาะประธาน" in texts(
        _reply_for(module_line_api, follow["replyToken"])
    )  # the welcome
    assert wait_for(lambda: _all_sent(server)), server.log.read_text(errors="replace")
    settled, sent_calls = effects(server), len(module_line_api.sent_calls())

    again = server.post(body)

    assert again.status_code == 200
    assert again.json() == {"handled": 0, "duplicates": len(events), "failed": 0}
    assert effects(server) == settled
    assert len(module_line_api.sent_calls()) == sent_calls
    assert module_line_api.violations == []


def _reply_tokens(line_api, all_calls: bool = False):
    """The reply tokens LINE was called with: a set, or every call's when `all_calls`."""
    tokens = [c.json["replyToken"] for c in line_api.calls_to("/reply")]
    return tokens if all_calls else set(tokens)


def _reply_for(line_api, token: str) -> list[dict]:
    """The messages replied with this reply token, once they were sent."""
    calls = wait_for(
        lambda: [c for c in line_api.calls_to("/reply") if c.json["replyToken"] == token]
    )
    assert calls, f"no reply with {token}"
    return calls[0].json["messages"]


def _processed_ids(server) -> set[str]:
    with Session(server.engine) as session:
        return set(session.scalars(select(ProcessedEvent.webhook_event_id)))


def _all_sent(server) -> bool:
    with Session(server.engine) as session:
        statuses = session.scalars(select(OutboxMessage.status)).all()
    return all(status == "sent" for status in statuses)


def test_malformed_events_are_kept_and_the_rest_answered_200(server, module_line_api, chat):
    good = text_event("เมนู", chat.user_id)
    deep = "[" * 5000 + "]" * 5000
    bad = [
        json.dumps({**text_event("x", new_user()), "timestamp": "yesterday"}),
        json.dumps({**text_event("x", new_user()), "source": "U" + "0" * 32}),
        '{"type": "message", "nested": ' + deep + "}",
        '"not an event"',
    ]
    body = ('{"events": [' + ", ".join([json.dumps(good), *bad]) + "]}").encode()
    before = effects(server)

    response = server.post(body)

    assert response.status_code == 200
    assert response.json() == {"handled": 1, "duplicates": 0, "failed": len(bad)}
    assert _reply_for(module_line_api, good["replyToken"])
    assert effects(server)["failed_events"] == before["failed_events"] + len(bad)


def test_follow_gets_the_welcome_reply_with_the_channel_token(server, module_line_api, chat):
    messages = chat.exchange(follow_event(chat.user_id))

    assert "เห็นเฉพาะประธาน" in texts(messages)
    reply = [c for c in module_line_api.calls_to("/reply") if c.json["messages"] == messages][0]
    assert reply.headers["Authorization"] == f"Bearer {TOKEN}"
    assert "X-Line-Retry-Key" not in reply.headers
    assert module_line_api.violations == []


def test_redelivered_text_event_changes_nothing_twice(server, module_line_api, chat):
    event = text_event("สวัสดี", chat.user_id)
    chat.exchange(event)
    after = effects(server)
    redelivery = {**event, "deliveryContext": {"isRedelivery": True}}

    response = server.post(webhook_body(redelivery))

    assert response.json() == {"handled": 0, "duplicates": 1, "failed": 0}
    assert effects(server) == after
    assert len(replies_to(module_line_api, event)) == 1


def _draft_named(replies) -> str:
    """The draft the complaint buttons in these replies name ("&d=42"), or ""."""
    found = re.search(r"&d=\d+", json.dumps(replies))
    return found.group(0) if found else ""


def _of_the_draft(event: dict, draft: str) -> dict:
    """A complaint button's tap as on screen: naming the draft its buttons name."""
    data = event.get("postback", {}).get("data", "")
    if draft and data.startswith("a="):
        event["postback"]["data"] = data + draft
    return event


def test_a_complaint_filed_over_http_gets_its_reference(server, module_line_api, chat):
    user = chat.user_id
    chat.exchange(follow_event(user))
    draft = ""
    for event in (
        postback_event("menu=complain", user),
        postback_event("a=consent:yes", user),
        postback_event("a=kind:bribery", user),
        text_event("สำนักงานที่ดินจังหวัดบุรีรัมย์", user),
        text_event("เจ้าหน้าที่รังวัด", user),
        text_event("เมืองบุรีรัมย์", user),
        postback_event("a=*:unknown", user),
        postback_event("a=*:unknown", user),
        text_event("เจ้าหน้าที่เรียกเงิน 5,000 บาทเพื่อเร่งการรังวัดที่ดินของชาวบ้านหลายราย", user),
        postback_event("a=evidence:done", user),
        postback_event("a=*:skip", user),
        postback_event("a=reported:no", user),
    ):
        replies = chat.exchange(_of_the_draft(event, draft))
        draft = draft or _draft_named(replies)
    identity = postback_event("a=identity:anonymous", user)
    summary = chat.exchange(_of_the_draft(identity, draft))
    assert any(message["type"] == "flex" for message in summary)

    done = chat.exchange(_of_the_draft(postback_event("a=summary:confirm", user), draft))

    match = re.search(r"BRM-25\d\d-\d{5}", texts(done))
    assert match, texts(done)
    with Session(server.engine) as session:
        references = session.scalars(select(Ticket.reference)).all()
    assert match.group(0) in references
    assert module_line_api.violations == []


def test_expired_reply_token_falls_back_to_push_with_the_outbox_id(server, module_line_api, chat):
    event = text_event("เมนู", chat.user_id)
    module_line_api.expire_reply_tokens(True)
    try:
        response = server.post(webhook_body(event))
        assert response.status_code == 200

        def pushed():
            return [
                c
                for c in module_line_api.calls_to("/push")
                if c.accepted and c.json["to"] == chat.user_id
            ]

        calls = wait_for(pushed)
    finally:
        module_line_api.expire_reply_tokens(False)
    assert len(calls) == 1
    refused = replies_to(module_line_api, event)
    assert [c.status for c in refused] == [400]
    assert calls[0].json["messages"] == refused[0].json["messages"]
    key = calls[0].headers["X-Line-Retry-Key"]

    def row():
        # The plain columns only: a waiting row's language is sealed, and this engine has no
        # vault (it is the test's view of the server's database).
        columns = (
            OutboxMessage.id,
            OutboxMessage.status,
            OutboxMessage.channel,
            OutboxMessage.purpose,
        )
        with Session(server.engine) as session:
            found = session.execute(select(*columns).where(OutboxMessage.id == key)).first()
        return found if found is not None and found.status == "sent" else None

    sent = wait_for(row)
    assert sent is not None and str(uuid.UUID(key)) == sent.id
    assert (sent.channel, sent.purpose) == ("push", "reply-fallback")


def follows(server) -> float:
    response = requests.get(f"{server.base_url}/metrics", timeout=10)
    assert response.status_code == 200
    for family in text_string_to_metric_families(response.text):
        for sample in family.samples:
            if sample.name == "sujarit_webhook_events_total" and sample.labels == {
                "type": "follow"
            }:
                return sample.value
    return 0.0


def test_every_worker_reports_every_request(server):
    before = follows(server)
    for _ in range(6):
        assert server.post(webhook_body(follow_event("U" + uuid.uuid4().hex))).status_code == 200
    # Whichever worker answers a scrape, it counts what both workers saw.
    assert {follows(server) - before for _ in range(8)} == {6}


def test_server_log_is_json_lines_without_identity(server, module_line_api):
    user = "U" + uuid.uuid4().hex
    chat = HttpChat(server, module_line_api, user)
    chat.exchange(follow_event(user))
    for data in ("menu=complain", "a=consent:yes", "a=kind:procurement"):
        chat.exchange(postback_event(data, user))
    chat.exchange(text_event("อบต.หนองโบสถ์ แจ้งโดย สมหญิง 0812345678", user))
    log = server.log.read_text(errors="replace")
    ours = [json.loads(line) for line in log.splitlines() if line.startswith("{")]
    assert any(record.get("message") == "webhook" for record in ours)
    for secret in (user, "สมหญิง", "0812345678", "หนองโบสถ์"):
        assert secret not in log
