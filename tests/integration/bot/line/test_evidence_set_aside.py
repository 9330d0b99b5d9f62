"""Files sent after filing and kept aside while the bot asks which complaint they belong to
(issue 16, fixK16b): fetched into the evidence store at once by the `evidence` job (LINE keeps
content only a while), given to no complaint till the person answers; attached to the one
picked (or to a new complaint) then, never downloaded twice; unanswered, the file is kept and
attached nowhere, and goes as an abandoned draft's files do."""

from __future__ import annotations

import hashlib
import time
import uuid
from datetime import UTC, datetime

import pytest

from storage.models import TicketEvent
from storage.retention import RetentionPolicy, purge_abandoned_evidence
from tests.clock import Clock
from tests.conftest import make_env, started_app
from tests.factories import Chat, add_ticket, media_event, texts
from tests.integration.bot.line.test_evidence_download import (
    PHOTO,
    DataHostGateway,
    evidence,
    fits,
    run_job,
)


@pytest.fixture
def clock():
    return Clock(datetime(2026, 3, 2, 9, 0, tzinfo=UTC))


@pytest.fixture
def gateway(line_api):
    return DataHostGateway(line_api.base_url)


@pytest.fixture
def app(database_url, tmp_path, gateway, clock):
    application = started_app(make_env(database_url, tmp_path), gateway, clock)
    yield application
    application.extensions["sujarit"].engine.dispose()


@pytest.fixture
def services(app):
    return app.extensions["sujarit"]


def _citizen(app, gateway, services, open_complaints: int) -> tuple[Chat, list[str]]:
    """A citizen with filed complaints still open (newest first), no complaint being filed."""
    talk = Chat(app.test_client(), gateway, "U" + uuid.uuid4().hex, "test-channel-secret")
    talk.follow()
    filed = [add_ticket(services, owner=talk.user_id) for _ in range(open_complaints)]
    return talk, filed[::-1]


def _send_photo(chat: Chat, line_api) -> tuple[str, str]:
    """A photo sent in the chat (LINE holding its content); its message id and the reply."""
    message_id = str(uuid.uuid4().int)[:18]
    line_api.add_content(message_id, PHOTO, "image/jpeg")
    event = media_event("image", chat.user_id)
    event["message"]["id"] = message_id
    return message_id, texts(chat.send(lambda user_id: event))


def _entries(services, reference: str) -> list[str]:
    with services.uow() as uow:
        from storage import tickets

        ticket = tickets.by_reference(uow, reference)
        rows = uow.session.query(TicketEvent).filter(TicketEvent.ticket_id == ticket.id)
        return [e.kind for e in rows]


def test_a_photo_kept_aside_is_fetched_at_once_and_attached_when_picked(
    app, gateway, services, line_api
):
    chat, (newest, older) = _citizen(app, gateway, services, 2)
    message_id, asked = _send_photo(chat, line_api)
    assert newest in asked and older in asked, asked  # which complaint is it for?
    row = evidence(services, message_id)
    assert (row.status, row.ticket_id, row.draft_id) == ("pending", None, None)
    assert run_job(app) == {"stored": 1}  # fetched before any answer
    row = evidence(services, message_id)
    assert (row.status, row.ticket_id) == ("stored", None)
    assert fits(services, row, hashlib.sha256(PHOTO).hexdigest())

    chat.tap(f"add={older}")

    row = evidence(services, message_id)
    with services.uow() as uow:
        from storage import tickets

        assert row.ticket_id == tickets.by_reference(uow, older).id
    assert row.status == "stored"  # kept as fetched, never downloaded again
    assert fits(services, row, hashlib.sha256(PHOTO).hexdigest())  # its mark holds there too
    assert "complainant_added" in _entries(services, older)
    assert "complainant_added" not in _entries(services, newest)
    assert run_job(app) == {}
    assert len(line_api.calls_to("/content")) == 1


def test_a_photo_offered_to_the_one_open_complaint_is_fetched_before_the_yes(
    app, gateway, services, line_api
):
    chat, (only,) = _citizen(app, gateway, services, 1)
    message_id, asked = _send_photo(chat, line_api)
    assert only in asked, asked
    assert run_job(app) == {"stored": 1}
    assert evidence(services, message_id).ticket_id is None  # not the complaint's till yes
    chat.say("ใช่ค่ะ")
    assert evidence(services, message_id).ticket_id is not None
    assert "complainant_added" in _entries(services, only)


def test_a_photo_kept_aside_goes_to_a_new_complaint_when_asked(app, gateway, services, line_api):
    chat, (only,) = _citizen(app, gateway, services, 1)
    message_id, _ = _send_photo(chat, line_api)
    run_job(app)
    chat.tap("add_new=1")
    row = evidence(services, message_id)
    assert row.draft_id is not None and row.ticket_id is None and row.status == "stored"
    assert "complainant_added" not in _entries(services, only)


def test_unanswered_the_photo_is_kept_attached_nowhere_then_goes_as_abandoned_ones(
    app, gateway, services, line_api, clock
):
    chat, filed = _citizen(app, gateway, services, 2)
    message_id, _ = _send_photo(chat, line_api)
    run_job(app)
    chat.tap("menu=track")  # the question left unanswered
    row = evidence(services, message_id)
    assert (row.status, row.ticket_id, row.draft_id) == ("stored", None, None)
    for reference in filed:
        assert "complainant_added" not in _entries(services, reference)
    policy = RetentionPolicy()
    with services.uow() as uow:
        assert purge_abandoned_evidence(uow, policy) == 0  # not before its period
        uow.commit()
    clock.advance(days=policy.abandoned_evidence.days + 1)
    with services.uow() as uow:
        assert purge_abandoned_evidence(uow, policy) == 1
        uow.commit()
    assert evidence(services, message_id).status == "purged"


def test_a_photo_kept_aside_then_unsent_is_dropped_and_never_attached(
    app, gateway, services, line_api
):
    chat, (newest, older) = _citizen(app, gateway, services, 2)
    message_id, _ = _send_photo(chat, line_api)
    run_job(app)
    unsend = {
        "type": "unsend",
        "mode": "active",
        "timestamp": int(time.time() * 1000),
        "source": {"type": "user", "userId": chat.user_id},
        "webhookEventId": "01UNSEND" + message_id[:10],
        "deliveryContext": {"isRedelivery": False},
        "unsend": {"messageId": message_id},
    }
    assert chat.post(unsend).status_code == 200
    assert evidence(services, message_id).status == "purged"
    chat.tap(f"add={older}")
    assert evidence(services, message_id).ticket_id is None
    assert "complainant_added" not in _entries(services, older)
