"""A complaint filed in the chat with a photo and a PDF as evidence, ready to forward."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from bot.line.gateway import Content
from storage.models import Ticket
from tests.conftest import make_env, started_app
from tests.factories import Chat, media_event, photo_with_gps
from tests.fakes.recording_gateway import RecordingGateway
from tests.shared_engines import release

PHOTO = photo_with_gps()  # GPS, maker and author in its EXIF
RECEIPT = b"%PDF-1.4 receipt of the 50,000 baht payment"
SIGNER = {
    "REFERRAL_SIGNER_NAME": "นายประเสริฐ มั่นคง",
    "REFERRAL_SIGNER_POSITION": "ประธานคณะกรรมการพิจารณาเรื่องร้องเรียน",
    "REFERRAL_SENDER_ADDRESS": "ศาลากลางจังหวัดบุรีรัมย์หลังเก่า อำเภอเมืองบุรีรัมย์ 31000",
    "REFERRAL_CONTACT": "โทร 044-000-000",
}


class ContentGateway(RecordingGateway):
    """Stands in for LINE's content host too: the files the citizen sent."""

    def __init__(self) -> None:
        super().__init__()
        self.files: dict[str, tuple[bytes, str]] = {}

    def content(self, message_id):
        """What LINE would return for the message's content."""
        if message_id not in self.files:
            return Content(404)
        data, kind = self.files[message_id]
        return Content(200, data, kind)


@pytest.fixture
def gateway():
    recorder = ContentGateway()
    yield recorder
    assert not recorder.violations


@pytest.fixture
def app(database_url, tmp_path, gateway, clock):
    application = started_app(make_env(database_url, tmp_path, **SIGNER), gateway, clock)
    yield application
    release(application.extensions["sujarit"].engine)


def send_file(chat, gateway, kind: str, data: bytes, content_type: str, name: str | None = None):
    """The citizen sends a photo or a file in the chat."""
    fields = {"fileName": name, "fileSize": len(data)} if name else {}
    event = media_event(kind, chat.user_id, **fields)
    gateway.files[event["message"]["id"]] = (data, content_type)
    return chat.send(lambda user_id: event)


def file_with_evidence(chat: Chat, gateway, services, named: bool) -> Ticket:
    """File a complete complaint with two pieces of evidence, as a villager would."""
    chat.follow()
    chat.tap("menu=complain")
    chat.tap("a=consent:yes")
    chat.tap("a=kind:bribery")
    chat.say("อบต.หนองโบสถ์")
    chat.say("นายก อบต.")
    chat.say("นางรอง")
    chat.say("หนองโบสถ์")
    chat.say("14 มี.ค. 2568")
    chat.say("นายกเรียกรับเงินห้าหมื่นบาทจากผู้รับเหมาก่อสร้างถนนคอนกรีตหมู่ที่ 5 ก่อนเซ็นสัญญา")
    send_file(chat, gateway, "image", PHOTO, "image/jpeg")
    send_file(chat, gateway, "file", RECEIPT, "application/pdf", "ใบเสร็จ.pdf")
    services.fetcher.fetch_due()
    chat.tap("a=evidence:done")
    chat.say("นายสมชาย ใจดี ผู้ใหญ่บ้าน")
    chat.tap("a=reported:no")
    if named:
        chat.tap("a=identity:named")
        chat.say("สมหญิง รักดี")
        chat.say("081-234-5678")
    else:
        chat.tap("a=identity:anonymous")
    chat.tap("a=summary:confirm")
    services.fetcher.fetch_due()
    with services.uow() as uow:
        ticket = uow.session.scalars(select(Ticket)).one()
        uow.session.expunge(ticket)
        return ticket
