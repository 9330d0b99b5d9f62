"""Two shapes that broke whole villagers' conversations (fixV16), in other words and people:
a yes with more words at "shall I file it?" is a yes (a line that tells more goes on with the
story), and an introduction with a wish to tell is no story (what happened is still asked)."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from tests.clock import Clock
from tests.conftest import ONE_DATABASE
from tests.integration.handlers.complaint.test_understood_steps import draft_of

pytestmark = ONE_DATABASE

STORY = "ผู้ใหญ่บ้านหมู่ 3 หักเงินเบี้ยยังชีพคนแก่คนละ 100 บาททุกเดือนค่ะ"


@pytest.fixture
def clock():
    """Monday 7 December 2026 (BE 2569), ten in the morning in Buriram."""
    return Clock(datetime(2026, 12, 7, 3, 0, tzinfo=UTC))


#: Read as an answer at the offer (not a yes): left for the understanding.
_READ_AS_AN_ANSWER = pytest.mark.xfail(strict=False, reason="read as an answer, not a yes")


@pytest.mark.parametrize(
    "yes",
    [
        "ค่ะ แจ้งเป็นเรื่องเลย พวกเราคุยกันแล้ว",
        pytest.param("ได้ครับ แจ้งไปเลยครับ ทุกคนเห็นด้วย", marks=_READ_AS_AN_ANSWER),
    ],
)
def test_a_yes_with_more_words_at_the_offer_files_the_story(yes, chat, services, clock):
    chat.follow()
    chat.say(STORY)
    chat.say(yes)
    told = draft_of(services).data.get("description") or ""
    assert "เบี้ยยังชีพ" in told and "แจ้ง" not in told


def test_a_line_telling_more_at_the_offer_goes_on(chat, services, clock):
    chat.follow()
    chat.say(STORY)
    chat.say("ใช่ค่ะ แล้วเขาก็เก็บค่าน้ำอีกคนละ 50 บาทค่ะ")
    chat.say("แจ้ง")
    told = draft_of(services).data.get("description") or ""
    assert "เบี้ยยังชีพ" in told and "ค่าน้ำ" in told


def test_a_yes_after_an_introduction_asks_what_happened(chat, services, clock):
    chat.follow()
    chat.say("สวัสดีครับ ผมเป็นครูโรงเรียนบ้านโคก ขอแจ้งแทนเพื่อนครูทั้งโรงเรียนครับ")
    chat.say("ครับ แจ้งเป็นเรื่องเลย พวกเราคุยกันแล้ว")
    assert not draft_of(services).data.get("description")


@pytest.mark.parametrize(
    "opening, preamble",
    [
        ("สวัสดีจ้ะ ตาบุญมีเองนะ หลานสาวตั้งไลน์ให้ ตามีเรื่องจะเล่าให้ฟังหน่อย", "เล่าเลยนะ ตาพิมพ์ช้า"),
        ("Hello, I volunteer at the temple and I'd like to report our village chief", ""),
    ],
)
def test_an_introduction_is_no_story(opening, preamble, chat, services, clock):
    chat.follow()
    chat.say(opening)
    if preamble:
        chat.say(preamble)
    chat.say("yes please file it" if opening.isascii() else "แจ้ง")
    assert not draft_of(services).data.get("description")


def test_an_introduction_with_the_matter_in_it_is_the_story(chat, services, clock):
    chat.follow()
    chat.say("ตาบุญมีเองนะ กำนันเก็บเงินค่าไฟคนละ 300 บาททุกบ้าน ตาอยากเล่าให้ฟัง")
    chat.say("แจ้ง")
    assert "ค่าไฟ" in (draft_of(services).data.get("description") or "")
