"""Photos sent after filing and kept aside while the person says where they go: what a copy
of the database reads of them, and what erasing one's data leaves of them."""

from __future__ import annotations

import hashlib
import uuid

import pytest
from sqlalchemy import select

from bot.line.gateway import Content
from storage.evidence import ticket_salt
from storage.models import Evidence
from tests.factories import Chat, add_ticket, media_event, photo_with_gps
from tests.fakes.recording_gateway import RecordingGateway

PHOTO = photo_with_gps()
STORY = "เรียกรับเงินค่าใบอนุญาต 5,000 บาท"


class ContentGateway(RecordingGateway):
    """LINE's content host too: the photos the people sent."""

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


def _person(client, gateway, services) -> Chat:
    """A villager with one complaint filed, following the bot."""
    chat = Chat(client, gateway, "U" + uuid.uuid4().hex, "test-channel-secret")
    add_ticket(services, owner=chat.user_id, description=STORY)
    chat.follow()
    return chat


def _kept_aside(chat: Chat, gateway, services, data: bytes = PHOTO) -> str:
    """The person sends a photo after filing (kept aside, asked where it goes), fetched."""
    event = media_event("image", chat.user_id)
    message_id = event["message"]["id"]
    gateway.files[message_id] = (data, "image/jpeg")
    chat.send(lambda user_id: event)
    services.fetcher.fetch_due()
    with services.uow() as uow:
        row = uow.session.scalars(
            select(Evidence).where(Evidence.line_message_id == message_id)
        ).one()
        assert row.ticket_id is None and row.draft_id is None and row.status == "stored"
    return message_id


def _row(services, message_id: str) -> Evidence:
    with services.uow() as uow:
        row = uow.session.scalars(
            select(Evidence).where(Evidence.line_message_id == message_id)
        ).one()
        uow.session.expunge(row)
        return row


def test_one_photo_kept_aside_by_two_people_or_twice_has_unrelated_marks(client, gateway, services):
    """The same photo kept aside by two complainants, and by one of them twice: the marks a
    copy of the database holds are all different (none pairs them), and each still proves
    its file with the keys."""
    first, second = _person(client, gateway, services), _person(client, gateway, services)
    sent = [_kept_aside(first, gateway, services), _kept_aside(second, gateway, services)]
    sent.append(_kept_aside(first, gateway, services))
    rows = [_row(services, message_id) for message_id in sent]
    marks = [row.sha256 for row in rows]
    assert all(marks) and len(set(marks)) == 3
    assert len({row.mark_salt for row in rows}) == 3
    digest = hashlib.sha256(PHOTO).hexdigest()
    with services.uow() as uow:
        for row in rows:
            assert uow.vault.content_fits(row.sha256, digest, ticket_salt(uow, row))


def test_erasing_ones_data_removes_the_photos_one_kept_aside_at_once(client, gateway, services):
    """A villager keeps a photo aside, then asks to erase their data: nothing of the photo is
    left in the database (no path, no mark, no owner) nor in the store; another person's photo
    kept aside is untouched."""
    person, other = _person(client, gateway, services), _person(client, gateway, services)
    theirs, kept = _kept_aside(person, gateway, services), _kept_aside(other, gateway, services)
    before = _row(services, theirs)
    stored = [before.storage_path, before.clean_path]
    blobs = services.fetcher.store.blobs
    assert before.owner_enc and all(blobs.exists(key) for key in stored if key)
    person.tap("privacy=erase")
    person.tap("privacy=erase_yes")
    after = _row(services, theirs)
    assert after.status == "purged"
    assert (after.storage_path, after.clean_path, after.sha256, after.owner_enc) == (None,) * 4
    assert not any(blobs.exists(key) for key in stored if key)
    untouched = _row(services, kept)
    assert untouched.status == "stored" and blobs.exists(untouched.storage_path)
