"""Replies leave from the sender threads: the webhook answers without waiting for LINE, each
person's replies keep the order of their messages, and an old reply token becomes a push."""

from __future__ import annotations

import random
import threading
import time
import uuid

import pytest

from bot import create_app
from bot.line.sending import SenderPool
from tests.conftest import make_env
from tests.factories import Chat, text_event
from tests.shared_engines import release


class SlowGateway:
    """The recording gateway behind a LINE that takes its time (and may be held still)."""

    def __init__(self, inner) -> None:
        self.inner = inner
        self.open = threading.Event()
        self.open.set()

    def reply(self, reply_token, messages):
        assert self.open.wait(10)
        time.sleep(random.uniform(0, 0.01))
        return self.inner.reply(reply_token, messages)

    def __getattr__(self, name):
        return getattr(self.inner, name)


@pytest.fixture
def slow(gateway):
    return SlowGateway(gateway)


@pytest.fixture
def pooled(database_url, tmp_path, slow):
    """The app with three sender threads, as production runs it."""
    env = make_env(database_url, tmp_path, LINE_SENDER_THREADS="3")
    application = create_app({"ENV": env, "GATEWAY": slow, "TESTING": True})
    yield application
    application.extensions["sujarit"].sending.close()
    release(application.extensions["sujarit"].engine)


def _chat(app, gateway) -> Chat:
    return Chat(app.test_client(), gateway, "U" + uuid.uuid4().hex, "test-channel-secret")


def _reply_tokens(gateway) -> list[str]:
    return [call["to"] for call in gateway.sent if call["kind"] == "reply"]


def test_the_webhook_answers_while_line_has_not_yet_answered(pooled, slow, gateway):
    chat = _chat(pooled, gateway)
    slow.open.clear()  # LINE does not answer yet
    event = text_event("สวัสดีค่ะ", chat.user_id)
    assert chat.post(event).status_code == 200
    assert _reply_tokens(gateway) == []
    slow.open.set()
    pooled.extensions["sujarit"].sending.wait_idle()
    assert _reply_tokens(gateway) == [event["replyToken"]]


def test_each_persons_replies_leave_in_the_order_of_their_messages(pooled, gateway):
    chats = [_chat(pooled, gateway) for _ in range(4)]
    posted: dict[str, list[str]] = {chat.user_id: [] for chat in chats}
    for _ in range(5):
        for chat in chats:
            event = text_event("สวัสดีค่ะ", chat.user_id)
            assert chat.post(event).status_code == 200
            posted[chat.user_id].append(event["replyToken"])
    pooled.extensions["sujarit"].sending.wait_idle()
    sent = _reply_tokens(gateway)
    assert sorted(sent) == sorted(t for tokens in posted.values() for t in tokens)
    for tokens in posted.values():
        assert [t for t in sent if t in tokens] == tokens


def test_a_reply_that_waited_past_its_token_is_pushed_instead(pooled, gateway):
    services = pooled.extensions["sujarit"]
    services.sending = SenderPool(services.sender, 2, token_seconds=-1)  # every token too old
    chat = _chat(pooled, gateway)
    assert chat.post(text_event("สวัสดีค่ะ", chat.user_id)).status_code == 200
    services.sending.wait_idle()
    assert _reply_tokens(gateway) == []
    pushed = [call for call in gateway.sent if call["kind"] == "push"]
    assert [call["to"] for call in pushed] == [chat.user_id]
    assert pushed[0]["messages"]
    services.sending.close()
