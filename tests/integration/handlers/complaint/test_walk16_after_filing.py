"""walk16's villagers after filing (fixW16b): a photo, voice message or video sent later is
asked about for the open complaint (kept meanwhile, never lost), a threat told later names
the complaint it is about and marks it for the chairs, and a name and phone typed together at
the name question are both taken."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from storage.models import Draft, Evidence, OutboxMessage, TicketEvent
from tests.factories import add_ticket, media_event, quick_data, submit, texts
from tests.integration.handlers.complaint.test_after_filing import _chair, _drafts, _entries


def _evidence(services, ticket: bool) -> int:
    """Photos and files kept on a filed complaint (`ticket`) or on a complaint being filed."""
    column = Evidence.ticket_id if ticket else Evidence.draft_id
    with services.engine.connect() as conn:
        return conn.scalar(select(func.count()).select_from(Evidence).where(column.is_not(None)))


def _photo_after_filing(chat, kind: str = "image") -> tuple[str, list[dict]]:
    reference = submit(chat).reference
    return reference, chat.send(media_event, kind)


# -- 1. a photo after filing ----------------


@pytest.mark.parametrize("kind", ["image", "audio", "video"])
def test_a_photo_after_filing_asks_whether_it_is_for_the_filed_complaint(chat, services, kind):
    reference, reply = _photo_after_filing(chat, kind)
    answer = texts(reply)
    assert reference in answer and "ไหมคะ" in answer, answer
    assert set(quick_data(reply)) == {"เพิ่มในเรื่องเดิม", "แจ้งเป็นเรื่องใหม่"}
    assert _drafts(services, chat) == 0, "a new complaint was started"


@pytest.mark.parametrize("yes", ["ใช่ค่ะ", "ได้ค่ะ", None])
def test_yes_adds_the_kept_photo_to_the_filed_complaint(chat, services, yes):
    reference, reply = _photo_after_filing(chat)
    added = chat.say(yes) if yes else chat.tap(quick_data(reply)["เพิ่มในเรื่องเดิม"])
    assert reference in texts(added), texts(added)
    assert _evidence(services, ticket=True) == 1
    assert any(body == "[image]" for body in _entries(services, reference, "complainant_added"))
    assert _drafts(services, chat) == 0


@pytest.mark.parametrize("no", ["ไม่ใช่ค่ะ", "เป็นเรื่องใหม่ค่ะ ขอแจ้งเรื่องใหม่", None])
def test_no_starts_a_new_complaint_with_the_photo_as_its_evidence(chat, services, no):
    _photo_after_filing(chat)
    started = chat.say(no) if no else chat.tap("add_new=1")
    assert "หลักฐาน" in texts(started), texts(started)
    assert _drafts(services, chat) == 1
    assert _evidence(services, ticket=False) == 1, "the photo did not go with the new one"
    assert _evidence(services, ticket=True) == 0


def test_several_photos_are_all_kept_and_added_together(chat, services):
    reference, _ = _photo_after_filing(chat)
    again = texts(chat.send(media_event, "image"))
    assert "2 รายการ" in again, again
    chat.say("ใช่")
    assert _evidence(services, ticket=True) == 2


def test_a_photo_while_the_bot_offers_to_file_a_story_is_not_lost(chat, services):
    """walk16: a line after filing was taken as a new story; the photo then got "shall I
    file what you told me?" and was dropped."""
    reference = submit(chat).reference
    chat.say("ถนนที่เขาทำพังอีกแล้วค่ะ เมื่อวานไปถ่ายมา")
    answer = texts(chat.send(media_event, "image"))
    assert reference in answer, answer
    chat.say("ใช่ค่ะ")
    assert _evidence(services, ticket=True) == 1


def test_a_photo_with_several_open_complaints_still_asks_which(chat, services):
    first = submit(chat).reference
    second = add_ticket(services, owner=chat.user_id)
    answer = texts(chat.send(media_event, "image"))
    assert first in answer and second in answer, answer
    chat.tap(f"add={first}")
    assert _evidence(services, ticket=True) == 1


def test_a_file_too_large_after_filing_is_refused_in_thai(chat, services):
    submit(chat)
    answer = texts(chat.send(media_event, "file", fileName="big.pdf", fileSize=10**10))
    assert "ไฟล์" in answer, answer
    assert _evidence(services, ticket=True) == 0
