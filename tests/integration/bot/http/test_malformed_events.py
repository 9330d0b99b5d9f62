"""A signed body with malformed events: the bad ones are kept as failed, the rest answered."""

from __future__ import annotations

import json
import uuid

from sqlalchemy import func, select

from storage.models import FailedEvent, ProcessedEvent
from tests.factories import follow_event, post_signed, text_event, texts


def line_id() -> str:
    return "U" + uuid.uuid4().hex


def deeply_nested(user_id: str, depth: int = 5000) -> str:
    """A text event carrying a field nested far deeper than anything LINE sends."""
    event = text_event("ข้อความลับของผู้ร้อง", user_id)
    event["extra"] = "NEST"
    return json.dumps(event, ensure_ascii=False).replace('"NEST"', "[" * depth + "]" * depth)


def count(services, model) -> int:
    with services.uow() as uow:
        return uow.session.scalar(select(func.count()).select_from(model))


def test_malformed_events_are_kept_as_failed_and_the_others_answered(
    client, services, gateway, runner
):
    asking, following = line_id(), line_id()
    string_time = {**text_event("ชื่อสมชาย โทร 0812345678", line_id()), "timestamp": "yesterday"}
    string_source = {**text_event("ข้อความลับของผู้ร้อง", line_id()), "source": asking}
    events = [
        json.dumps(text_event("เมนู", asking), ensure_ascii=False),
        json.dumps(string_time, ensure_ascii=False),
        json.dumps(string_source, ensure_ascii=False),
        '"just a string"',
        deeply_nested(line_id()),
        json.dumps(follow_event(following)),
    ]
    body = '{"destination": "U' + "f" * 32 + '", "events": [' + ", ".join(events) + "]}"

    response = post_signed(client, body)

    assert response.status_code == 200
    assert response.get_json() == {"handled": 2, "duplicates": 0, "failed": 4}
    assert count(services, ProcessedEvent) == 2
    assert [c["kind"] for c in gateway.sent] == ["reply", "reply"]
    assert "เห็นเฉพาะประธาน" in texts(gateway.sent[1]["messages"])  # the new friend's welcome

    listed = runner.invoke(args=["events", "failed"])

    assert listed.exit_code == 0, listed.output
    lines = listed.output.strip().splitlines()
    assert len(lines) == 4
    assert "timestamp is not a number" in listed.output
    assert "source is not an object" in listed.output
    assert "the event is not an object" in listed.output
    assert "nested more than 32 levels deep" in listed.output
    # Operators see what failed, never who sent it or what they wrote.
    for secret in ("สมชาย", "0812345678", "ข้อความลับ", asking, "just a string"):
        assert secret not in listed.output


def test_a_body_of_only_malformed_events_is_still_answered_200(client, services):
    body = '{"events": [3, null, [], {"type": "message", "source": [1, 2]}]}'

    response = post_signed(client, body)

    assert response.status_code == 200
    assert response.get_json() == {"handled": 0, "duplicates": 0, "failed": 4}
    assert count(services, FailedEvent) == 4


def test_a_deeply_nested_body_that_is_not_a_webhook_is_refused(client, services):
    response = post_signed(client, '{"destination": ' + "[" * 5000 + "]" * 5000 + "}")

    assert response.status_code == 400
    assert count(services, FailedEvent) == 0
