"""walk18 (fixW18a): Isan "send it" at the summary sends; after filing, photos kept aside are added
to the filed complaint on a yes said with an explanation (kept as their note) or on "not a new
one, put it in the old one", and the count of files is said."""

from __future__ import annotations

import pytest

from tests.conftest import ONE_DATABASE
from tests.factories import file_complaint, media_event, submitted, texts
from tests.integration.handlers.complaint.test_after_filing import _drafts, _entries
from tests.integration.handlers.complaint.test_walk16_after_filing import _evidence

# How the words after filing are read; adding after filing on both: test_additions_pushed.
pytestmark = ONE_DATABASE


@pytest.mark.parametrize("said", ["ส่งโลดเด้อ", "ส่งไปโลดครับ"])
def test_isan_send_it_at_the_summary_sends(chat, said):
    file_complaint(chat)
    answer = texts(chat.say(said))
    assert "BRM-" in answer, answer


def _two_photos_after_filing(chat) -> str:
    reference = submitted(chat).reference
    chat.send(media_event, "image")
    asked = texts(chat.send(media_event, "image"))
    assert reference in asked, asked
    return reference


def test_yes_with_an_explanation_adds_the_photos_with_it_as_their_note(chat, services):
    reference = _two_photos_after_filing(chat)
    note = "ใช่ครับ อันเดิม รูปนี้ถ่ายตอนเขารับซองที่หน้าอำเภอครับ"
    answer = texts(chat.say(note))
    assert reference in answer and "2" in answer, answer
    assert "ต้องการแจ้งเรื่องนี้ไหม" not in answer, answer
    assert _evidence(services, ticket=True) == 2
    assert any(
        "รับซองที่หน้าอำเภอ" in body for body in _entries(services, reference, "complainant_added")
    )
    assert _drafts(services, chat) == 0


@pytest.mark.parametrize(
    "said", ["บ่แม่นเรื่องใหม่ดอก ใส่เรื่องเก่าเด้อ", "ไม่ใช่ค่ะ ไม่ได้แจ้งใหม่ เอาไปรวมกับเรื่องเดิมค่ะ"]
)
def test_not_a_new_one_put_in_the_old_one_adds_them(chat, services, said):
    reference = _two_photos_after_filing(chat)
    answer = texts(chat.say(said))
    assert reference in answer, answer
    assert _evidence(services, ticket=True) == 2
    assert _drafts(services, chat) == 0


def test_a_plain_no_still_starts_a_new_complaint_with_the_photos(chat, services):
    _two_photos_after_filing(chat)
    chat.say("ไม่ใช่ค่ะ อันนี้เรื่องใหม่")
    assert _drafts(services, chat) == 1
    assert _evidence(services, ticket=True) == 0


def test_asking_to_track_while_asked_about_the_photos_still_tracks(chat, services):
    reference = _two_photos_after_filing(chat)
    answer = texts(chat.say("ติดตามเรื่องค่ะ"))
    assert reference in answer and "แนบไฟล์" not in answer, answer
    assert _evidence(services, ticket=True) == 0


def test_no_that_is_not_about_the_old_one_starts_a_new_complaint(chat, services):
    _two_photos_after_filing(chat)
    chat.say("ไม่ใช่ค่ะ ไม่เกี่ยวกับเรื่องเดิมเลย อันนี้ที่โรงเรียน")
    assert _drafts(services, chat) == 1
    assert _evidence(services, ticket=True) == 0
