"""Chit-chat at no step is not a story (issue 16): with no story under way, everyday talk with
no complaint cue is answered with what the bot is for, never offered to be filed; a wish to
report after it is served at once; once a story is under way, a later bubble with no cue of
its own still goes on with it."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from tests.clock import Clock
from tests.conftest import ONE_DATABASE
from tests.factories import texts
from tests.integration.handlers.complaint.test_understood_steps import draft_of

pytestmark = ONE_DATABASE

OFFERED = "ต้องการแจ้งเรื่องนี้ไหม"
INVITED = "เล่ามาได้เลย"
NOT_A_COMPLAINT = "ยังไม่เข้าใจ"  # the answer to "none": what can be done here, in short
TO_REPORT = "แจ้งเรื่อง"


@pytest.fixture
def clock():
    """Monday 7 December 2026, one in the afternoon in Buriram."""
    return Clock(datetime(2026, 12, 7, 6, 0, tzinfo=UTC))


@pytest.mark.parametrize(
    "chatter",
    [
        "แมวที่บ้านเพิ่งคลอดลูกสี่ตัว น่ารักมากค่ะ",
        "เพิ่งกลับจากงานศพลุงที่บ้านโคกค่ะ เศร้ามากเลย",
        "ข่อยกำลังตำหมากหุ่งอยู่ เดี๋ยวค่อยคุยกันเด้อ",
    ],
)
def test_chit_chat_is_answered_and_not_offered_to_be_filed(chat, services, clock, chatter):
    """Family news, a funeral, "busy, talk later": the polite answer saying what can be done
    here, no offer to file and no complaint begun; "อยากแจ้งเรื่องค่ะ" then begins one."""
    chat.follow()
    reply = texts(chat.say(chatter))
    assert OFFERED not in reply and NOT_A_COMPLAINT in reply and TO_REPORT in reply
    assert draft_of(services) is None
    chat.say("อยากแจ้งเรื่องค่ะ")
    assert draft_of(services) is not None


def test_a_one_line_story_with_no_official_is_offered(chat, services, clock):
    """A public work broken just after it was built, no one named: a story, offered."""
    chat.follow()
    reply = texts(chat.say("ถนนหมู่บ้านเพิ่งทำเสร็จเดือนเดียวก็พังแล้วค่ะ"))
    assert OFFERED in reply


def test_a_later_bubble_with_no_cue_goes_on_with_the_story(chat, services, clock):
    """The first bubble tells a wrong; the next, with no cue of its own ("only two posts were
    put up, the rest left as it is"), is a line of it, filed with it, never chit-chat."""
    chat.follow()
    assert OFFERED in texts(chat.say("อบต.จ้างเหมาซ่อมศาลากลางบ้าน งบสามแสนบาทค่ะ"))
    reply = texts(chat.say("ทำไปแค่เสาสองต้น ที่เหลือทิ้งไว้อย่างนั้นเลยค่ะ"))
    assert NOT_A_COMPLAINT not in reply
    chat.say("แจ้งค่ะ")
    told = draft_of(services).data.get("description") or ""
    assert told.index("ศาลา") < told.index("เสาสองต้น")


def test_a_story_asked_for_takes_a_line_with_no_cue(chat, services, clock):
    """Asked to tell ("ขอเล่าเรื่องหน่อยค่ะ"), the first line told may carry no cue ("the
    builders put up the posts and roof, then left the job"): it is the story, offered."""
    chat.follow()
    assert INVITED in texts(chat.say("ขอเล่าเรื่องหน่อยค่ะ"))
    reply = texts(chat.say("ช่างมาทำแค่เสากับหลังคา แล้วก็ทิ้งงานไปเลยค่ะ"))
    assert OFFERED in reply
