"""Evidence sent in the chat is downloaded by the `evidence` job, streamed and encrypted."""

from __future__ import annotations

import hashlib
import json
import uuid
from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import select

from bot.http.inbound import process_body
from bot.line.evidence import EvidenceFetcher
from bot.line.gateway import SdkLineGateway
from storage.evidence import ticket_salt
from storage.models import Evidence, Ticket
from tests.clock import Clock
from tests.conftest import make_env, started_app
from tests.factories import Chat, media_event, quick_data, texts
from tests.fakes.recording_gateway import RecordingGateway
from tests.shared_engines import release

PHOTO = b"\xff\xd8\xff\xe0" + bytes(range(256)) * 40


class DataHostGateway(RecordingGateway):
    """Keeps replies for the chat driver; downloads content through the real SDK."""

    def __init__(self, data_host: str) -> None:
        super().__init__()
        # The messaging host is a closed port: content must come from the data host.
        self.sdk = SdkLineGateway("test-access-token", "http://127.0.0.1:1", data_host, 5)

    def content(self, message_id):
        """Download from the data host."""
        return self.sdk.content(message_id)

    def open_content(self, message_id):
        """Stream from the data host."""
        return self.sdk.open_content(message_id)


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
    release(application.extensions["sujarit"].engine)


@pytest.fixture
def services(app):
    return app.extensions["sujarit"]


@pytest.fixture
def chat(app, gateway):
    """A citizen whose complaint is at the evidence step."""
    return at_evidence_step(app, gateway)


def at_evidence_step(app, gateway) -> Chat:
    """A new citizen, their complaint written up to the evidence step."""
    talk = Chat(app.test_client(), gateway, "U" + uuid.uuid4().hex, "test-channel-secret")
    talk.tap("menu=complain")
    talk.tap("a=consent:yes")
    talk.tap("a=kind:abuse")
    talk.say("โรงพยาบาลนางรอง")
    talk.say("เจ้าหน้าที่การเงิน")
    talk.say("นางรอง")
    talk.tap("a=*:unknown")
    talk.tap("a=*:unknown")
    asked = talk.say("เจ้าหน้าที่การเงินเรียกเงินจากผู้ป่วยเพื่อให้ได้คิวผ่าตัดเร็วขึ้นหลายราย")
    assert "a=evidence:done" in {v.split("&")[0] for v in quick_data(asked).values()}
    return talk


def evidence(services, message_id: str) -> Evidence:
    with services.uow() as uow:
        row = uow.session.scalars(
            select(Evidence).where(Evidence.line_message_id == message_id)
        ).one()
        uow.session.expunge(row)
        return row


def fits(services, row: Evidence, digest: str) -> bool:
    """Whether the row's mark is that of content with this SHA-256 in its ticket or draft."""
    with services.uow() as uow:
        salt = ticket_salt(uow, row)
    return services.fetcher.store.vault.content_fits(row.sha256, digest, salt)


def run_job(app) -> dict:
    """`flask --app bot jobs run evidence`, as the scheduler runs it."""
    ran = app.test_cli_runner().invoke(args=["jobs", "run", "evidence"])
    assert ran.exit_code == 0, ran.output
    return json.loads(ran.output.strip().splitlines()[-1])["result"]


def test_the_webhook_never_downloads_the_job_does(app, chat, services, line_api, tmp_path):
    message_id = str(uuid.uuid4().int)[:18]
    line_api.add_content(message_id, PHOTO, "image/jpeg")
    event = media_event("image", chat.user_id)
    event["message"]["id"] = message_id

    answer = chat.send(lambda user_id: event)

    assert "1" in texts(answer)
    assert line_api.calls_to("/content") == []  # not in the web worker, not after it either
    assert evidence(services, message_id).status == "pending"
    assert run_job(app) == {"stored": 1}
    row = evidence(services, message_id)
    digest = hashlib.sha256(PHOTO).hexdigest()
    assert (row.status, row.size_bytes) == ("stored", len(PHOTO))
    # A keyed mark, not the SHA-256 anyone holding the photo could look up.
    assert row.sha256 != digest and fits(services, row, digest)
    assert row.content_type == "image/jpeg"
    stored = tmp_path / "evidence" / row.storage_path
    assert PHOTO[:64] not in stored.read_bytes()  # encrypted at rest
    assert digest not in str(stored)  # the name says nothing either
    assert services.fetcher.store.read_all(row.storage_path) == PHOTO
    assert [c.path for c in line_api.calls_to("/content")] == [
        f"/v2/bot/message/{message_id}/content"
    ]


def test_photo_is_recorded_as_pending_before_it_is_fetched(chat, services, line_api):
    event = media_event("image", chat.user_id)
    message_id = event["message"]["id"]

    outcome = process_body(services.uow, [event])  # the webhook's work, without the sending

    assert outcome.handled == 1
    row = evidence(services, message_id)
    assert (row.status, row.media_kind, row.attempts) == ("pending", "image", 0)
    assert row.draft_id is not None and row.sha256 is None
    line_api.add_content(message_id, PHOTO, "image/jpeg")
    assert services.fetcher.fetch_due() == {"stored": 1}


def test_content_still_preparing_is_fetched_later(chat, services, line_api, clock):
    event = media_event("video", chat.user_id)
    message_id = event["message"]["id"]
    line_api.add_content(message_id, b"video bytes", "video/mp4")
    line_api.content_status(message_id, 202)

    chat.send(lambda user_id: event)
    assert services.fetcher.fetch_due() == {"retry": 1}

    waiting = evidence(services, message_id)
    assert waiting.status == "pending" and waiting.attempts == 1
    assert waiting.next_attempt_at > clock.now
    assert services.fetcher.fetch_due() == {}  # not due yet

    line_api.add_content(message_id, b"video bytes", "video/mp4")  # ready now
    clock.now += timedelta(minutes=5)
    assert services.fetcher.fetch_due() == {"stored": 1}
    assert evidence(services, message_id).size_bytes == len(b"video bytes")


def test_unsent_content_is_gone(chat, services, line_api):
    event = media_event("image", chat.user_id)
    line_api.content_status(event["message"]["id"], 410)

    chat.send(lambda user_id: event)
    services.fetcher.fetch_due()

    gone = evidence(services, event["message"]["id"])
    assert gone.status == "gone" and gone.storage_path is None


def test_the_size_limit_holds_while_reading_and_the_citizen_is_told(
    chat, services, line_api, gateway, tmp_path
):
    event = media_event("video", chat.user_id)  # a video announces no size
    message_id = event["message"]["id"]
    big = b"v" * (32 * 1024 * 1024)
    line_api.add_content(message_id, big, "video/mp4", chunked=True)  # no Content-Length
    chat.send(lambda user_id: event)
    small = EvidenceFetcher(services.uow, gateway, services.fetcher.store, 1024 * 1024)
    before = len(gateway.sent)

    assert small.fetch_due() == {"too_large": 1}
    services.sender.send_due()

    refused = evidence(services, message_id)
    assert refused.status == "too_large" and refused.storage_path is None
    assert line_api.content_served[message_id] < len(big)  # stopped reading at the limit
    assert not any(p.is_file() for p in (tmp_path / "evidence").rglob("*"))
    told = [m for c in gateway.sent[before:] if c["to"] == chat.user_id for m in c["messages"]]
    assert "วิดีโอที่ส่งมาใหญ่เกิน 1 MB จึงเก็บไว้ไม่ได้" in texts(told)


def test_a_type_not_accepted_is_refused_unread_and_the_citizen_is_told(
    chat, services, line_api, gateway
):
    event = media_event("file", chat.user_id, fileName="setup.exe", fileSize=1000)
    message_id = event["message"]["id"]
    line_api.add_content(message_id, b"MZ" + b"\0" * 998, "application/x-msdownload")
    chat.send(lambda user_id: event)
    before = len(gateway.sent)

    assert services.fetcher.fetch_due() == {"refused": 1}
    services.sender.send_due()

    told = [m for c in gateway.sent[before:] if c["to"] == chat.user_id for m in c["messages"]]
    assert "ไฟล์ที่ส่งมาเป็นไฟล์ชนิดที่รับไม่ได้" in texts(told)
    assert evidence(services, message_id).storage_path is None


def test_file_announced_over_the_limit_is_refused_at_once_in_thai(chat, services, line_api):
    event = media_event("file", chat.user_id, fileName="สัญญา.pdf", fileSize=200 * 1024 * 1024)

    answer = chat.send(lambda user_id: event)

    assert "ไฟล์นี้ใหญ่เกิน 25 MB ค่ะ" in texts(answer)
    with services.uow() as uow:
        assert uow.session.scalars(select(Evidence)).all() == []
    assert line_api.calls_to("/content") == []


def test_a_file_sent_twice_has_one_mark_in_a_complaint_and_unrelated_marks_in_two(
    app, chat, services, line_api, gateway
):
    """Whoever holds a copy of the database cannot tell that two complaints carry the same
    photo (the same person's?): each ticket marks its files with a salt of its own. Within one
    complaint the same photo sent twice still shows as the same."""
    other = at_evidence_step(app, gateway)
    sent = {}
    for who, talk in (("first", chat), ("again", chat), ("other", other)):
        message_id = str(uuid.uuid4().int)[:18]
        line_api.add_content(message_id, PHOTO, "image/jpeg")
        event = media_event("image", talk.user_id)
        event["message"]["id"] = message_id
        talk.send(lambda user_id, event=event: event)
        sent[who] = message_id
    assert run_job(app) == {"stored": 3}
    marks = {who: evidence(services, message_id).sha256 for who, message_id in sent.items()}

    assert marks["first"] == marks["again"]
    assert marks["other"] != marks["first"]

    chat.tap("a=evidence:done")
    chat.say("นายสมชาย ใจดี ผู้ใหญ่บ้าน")
    chat.tap("a=reported:no")
    chat.tap("a=identity:anonymous")
    assert "BRM" in texts(chat.tap("a=summary:confirm"))
    row = evidence(services, sent["first"])
    digest = hashlib.sha256(PHOTO).hexdigest()
    with services.uow() as uow:
        salt = uow.session.get(Ticket, row.ticket_id).tracking_code_salt
    vault = services.fetcher.store.vault
    assert vault.content_fits(row.sha256, digest, salt)  # the ticket's salt: still its mark
    assert row.sha256 not in vault.content_marks(digest)  # not the file's mark alone
