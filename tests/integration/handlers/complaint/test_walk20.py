"""walk20 (fixW20b): the conversation takes what it is given. "jang krub" (แจ้งครับ typed by ear)
opens a complaint; a plain correction of another answer at a later question edits it, says it
back and asks the question again; words typed after a voice story join the story; filing for
someone said in the first message marks the ticket; "may I file for others?" is answered."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from sqlalchemy import select

from storage.models import Ticket
from tests.clock import Clock
from tests.conftest import ONE_DATABASE
from tests.factories import media_event, texts
from tests.integration.handlers.complaint.test_understood_steps import answer_until, draft_of

# Villagers' conversations do not depend on the database kind: run once, on SQLite.
pytestmark = ONE_DATABASE

STORY = "ผู้ใหญ่บ้านเก็บเงินค่าเบี้ยคนชราคนละ 500 บาทค่ะ"
ANSWERS = {
    "kind": "1",
    "agency": "ไม่รู้",
    "official": "ผู้ใหญ่บ้าน",
    "district": "สตึก",
    "subdistrict": "สตึก",
    "when": "เดือนที่แล้ว",
    "what_more": "ไม่มี",
    "evidence": "ไม่มี",
    "witnesses": "ไม่มี",
    "reported": "ไม่เคย",
    "identity": "ไม่บอกชื่อ",
}


@pytest.fixture
def clock():
    """Sunday 6 December 2026, ten in the morning in Buriram."""
    return Clock(datetime(2026, 12, 6, 3, 0, tzinfo=UTC))


def _filing(chat, story: str = STORY) -> None:
    chat.follow()
    chat.say(story)
    chat.say("แจ้งค่ะ")
    chat.say("ยินยอมค่ะ")


@pytest.mark.parametrize("line", ["jang krub", "jang ka", "yak jang reuang ka"])
def test_report_typed_by_ear_in_latin_letters_opens_a_complaint(chat, services, line):
    chat.follow()
    reply = texts(chat.say(line))
    assert "ยังไม่เข้าใจ" not in reply, reply
    # the story asked for, or the filing begun, as "แจ้งครับ", "อยากแจ้งเรื่องค่ะ" are
    assert "เล่ามาได้เลย" in reply or "เริ่มแจ้งเรื่อง" in reply, reply


@pytest.mark.parametrize(
    "line",
    [
        "อยู่ตำบลร่อนทองค่ะ ไม่ใช่ตำบลสตึก",
        "ไม่ใช่ตำบลสตึกนะครับ ตำบลร่อนทอง",
        "ขอโทษค่ะ บ้านผู้ใหญ่อยู่ตำบลร่อนทองค่ะ ไม่ใช่ตำบลสตึก",
        "ลืมบอกค่ะ หมู่บ้านเราอยู่ตำบลร่อนทองค่ะ ไม่ใช่ตำบลสตึก",
    ],
)
def test_a_subdistrict_corrected_in_plain_words_at_the_evidence_question(chat, services, line):
    _filing(chat)
    answer_until(chat, services, "evidence", ANSWERS)
    reply = texts(chat.say(line))
    draft = draft_of(services)
    assert draft.data.get("subdistrict") == "ร่อนทอง", draft.data
    assert "ร่อนทอง" in reply, reply  # said back
    assert draft.step == "evidence", draft.step  # and the same question again
    assert "ยังไม่เข้าใจ" not in reply, reply


def test_an_official_corrected_in_plain_words_at_the_witness_question(chat, services):
    _filing(chat)
    answer_until(chat, services, "witnesses", ANSWERS)
    reply = texts(chat.say("คนที่เก็บเงินเป็นกำนันค่ะ ไม่ใช่ผู้ใหญ่บ้าน"))
    draft = draft_of(services)
    assert "กำนัน" in (draft.data.get("official") or ""), draft.data
    assert "กำนัน" in reply and draft.step == "witnesses", (draft.step, reply)
    assert "กำนัน" not in (draft.data.get("witnesses") or ""), draft.data


def test_words_typed_after_a_voice_story_join_the_story(chat, services):
    _filing(chat, "แจ้งเรื่องค่ะ")
    answer_until(chat, services, "what", ANSWERS)
    chat.send(media_event, "audio")
    chat.say("เขาเอาไป 3000 บาทครับ")
    draft = draft_of(services)
    assert "3000" in (draft.data.get("description") or ""), draft.data


def test_filing_for_mother_said_in_the_first_message_marks_the_ticket(chat, services):
    _filing(chat, "แจ้งแทนแม่ค่ะ แม่โดนผู้ใหญ่บ้านเก็บเงินค่าเบี้ยคนชรา 500 บาท")
    answer_until(chat, services, "summary", ANSWERS)
    shown = texts(chat.tap("a=summary:confirm"))
    assert "BRM-" in shown, shown
    with services.uow() as uow:
        ticket = uow.session.scalars(select(Ticket)).one()
        assert uow.vault.decrypt(ticket.behalf_of_enc) == "แม่"


def test_may_i_file_for_three_old_people_is_answered_and_goes_on(chat, services):
    chat.follow()
    reply = texts(chat.say("อสม.แจ้งแทนคนแก่ในหมู่บ้านสามคนได้ไหมคะ เขาพิมพ์ไม่เป็น"))
    assert "ยังไม่เข้าใจ" not in reply, reply
    assert "แจ้งแทนคนอื่นได้" in reply and "คนละเรื่อง" in reply, reply  # yes, one matter each
