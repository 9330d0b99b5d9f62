"""Reading a webhook body into its events: one bad event never takes the others with it."""

from __future__ import annotations

import json

import pytest

from bot.http.webhook_body import MAX_DEPTH, NotAWebhook, read_events


def test_events_come_back_in_order_with_their_data():
    body = json.dumps({"destination": "U1", "events": [{"type": "follow"}, {"type": "unfollow"}]})
    assert [e.data for e in read_events(body)] == [{"type": "follow"}, {"type": "unfollow"}]
    assert all(e.problem is None for e in read_events(body))


def test_an_event_nested_too_deeply_is_cut_out_and_the_others_kept():
    deep = "[" * 100_000 + "]" * 100_000
    tricky = {"type": "message", "message": {"type": "text", "text": 'a "],[{" b \\ }'}}
    body = (
        '{"destination": "events", "events": ['
        + json.dumps(tricky)
        + ', {"type": "x", "extra": '
        + deep
        + '}, "text", {"type": "follow"}], "after": [[1]]}'
    )

    events = read_events(body)

    assert [e.data for e in events] == [tricky, None, "text", {"type": "follow"}]
    assert events[1].problem == f"nested more than {MAX_DEPTH} levels deep"
    assert events[1].text.startswith('{"type": "x"')
    assert json.loads(events[0].text) == tricky


def test_an_event_just_within_the_depth_limit_is_read():
    nested = "[" * (MAX_DEPTH - 1) + "]" * (MAX_DEPTH - 1)
    body = '{"events": [{"deep": ' + nested + "}]}"
    [event] = read_events(body)
    assert event.problem is None and isinstance(event.data, dict)


@pytest.mark.parametrize(
    "body",
    [
        "not json",
        "[]",
        '{"destination": "U1"}',
        '{"events": 3}',
        '{"destination": ' + "[" * 5000 + "]" * 5000 + "}",
    ],
)
def test_a_body_without_an_events_list_is_not_a_webhook(body):
    with pytest.raises(NotAWebhook):
        read_events(body)
