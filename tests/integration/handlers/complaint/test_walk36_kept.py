"""walk36 (fixW36a): what a tester who read no code met on integ. A first message that tells a
whole story beside a question-like word ("…อ.หนองกี่ วันที่ ๓ ธันวา") starts the complaint with it
as the story, never only an answer about timing; don't-know typed with a slip ("ไม่รุ้") and "as
I sent" at the place questions are read as such; an unsure guess at the agency ("…เกษตรอำเภอ
มั้ง…") is the agency guessed, never the sentence; photos promised right after filing are told
they go to that complaint; a date told beside a later answer replaces an earlier guess."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from tests.clock import Clock
from tests.conftest import ONE_DATABASE
from tests.factories import REFERENCE, texts
from tests.integration.handlers.complaint.test_understood_steps import draft_of, to_step

pytestmark = ONE_DATABASE

OFFERED = "ต้องการแจ้งเรื่องนี้ไหมคะ"
NOT_FOUND = "ไม่พบตำบลนี้"
YOUTH = (
    "ผมจะแจ้งเรือง ตำรวจจาราจร เรียกเงนผม ๕๐๐ บาท ไม่ออกใบสัง บอกว่าถ้าไม่จ่ายจะยึดรถ"
    " ที่สี่แยกตลาด อ.หนองกี่ วันที่ ๓ ธันวา ตอนเยน"
)


@pytest.fixture
def clock():
    """Monday 7 December 2026 (BE 2569), ten in the morning in Buriram: the walk's day."""
    return Clock(datetime(2026, 12, 7, 3, 0, tzinfo=UTC))


def _said(chat, text: str) -> str:
    answer = texts(chat.say(text))
    print(f"> {text}\n< {answer[:300]}")
    return answer


# -- 1. a whole first message that tells the story ----------------------------------------
def test_a_first_story_naming_nong_ki_and_a_date_is_kept_as_the_story(chat, services):
    chat.follow()
    first = _said(chat, YOUTH)
    assert OFFERED in first, first  # offered to be filed, not swallowed by a timing answer
    _said(chat, "แจ้งครับ")
    data = draft_of(services).data
    assert (data.get("description") or "").startswith("ผมจะแจ้งเรือง ตำรวจ"), data
    assert data.get("kind") == "bribery", data
    assert str(data.get("occurred_on")).startswith("2026-12-03"), data


def test_a_story_with_a_question_word_inside_is_offered_beside_the_answer(chat, services):
    chat.follow()
    first = _said(chat, "แจ้งเรืองครับ จนท.ที่ว่าการอำเภอเรียกค่าทำบัตร ๒๐๐ ทั้งที่ฟรี นานแค่ไหนแล้วก็ไม่รู้")
    assert OFFERED in first, first
    _said(chat, "แจ้งครับ")
    assert "ค่าทำบัตร" in (draft_of(services).data.get("description") or "")


# -- 2. don't-know with a slip, "as I sent" at the place questions ------------------------
@pytest.mark.parametrize("said", ["ไม่รุ้ ตรงสี่แยกตลาด", "ม่ายรู้ครับ", "ตามที่ส่งไปค่ะ"])
def test_dont_know_with_a_slip_and_as_sent_are_never_an_unknown_subdistrict(chat, services, said):
    to_step(chat, services, "subdistrict")
    reply = _said(chat, said)
    assert NOT_FOUND not in reply, reply
    assert draft_of(services).step == "when", reply  # read, and the next question asked


# -- 3. an unsure guess at the agency ------------------------------------------------------
def test_an_unsure_agency_guess_is_the_agency_never_the_sentence(chat, services):
    to_step(chat, services, "agency")
    before = draft_of(services).data.get("description") or ""
    _said(chat, "บ่รู้ครับ ปุ๋ยมาทางเกษตรอำเภอมั้ง ผู้ใหญ่บ้านเป็นคนรับมาแจก")
    data = draft_of(services).data
    assert "มั้ง" not in (data.get("agency") or ""), data
    assert "เกษตรอำเภอ" in (data.get("agency") or "เกษตรอำเภอ"), data  # the guess, or unknown
    assert "มั้ง" not in (data.get("description") or "")[len(before) :], data


# -- 4. photos promised right after filing -------------------------------------------------
def test_photos_promised_after_filing_go_to_that_complaint_not_a_new_one(chat, services):
    to_step(chat, services, "summary")
    filed = texts(chat.say("ส่งค่ะ"))
    reference = REFERENCE.search(filed).group(0)
    reply = _said(chat, "พรุ่งนี้จะถ่ายรูปกองปุ๋ยที่บ้านผู้ใหญ่ส่งมาให้นะครับ")
    assert reference in reply, reply  # the photos go to the complaint just filed
    assert OFFERED not in reply and "เล่ามาได้เลย" not in reply, reply  # never a new story
    assert draft_of(services).status != "open" or draft_of(services).step == "summary"


# -- 5. a date told beside a later answer, the kind's words ---------------------------------
def test_a_date_told_at_the_agency_replaces_the_guess_from_the_story(chat, services):
    chat.follow()
    _said(
        chat,
        "สวัสดีหลาน ลุงมีเรื่องอยากฟ้อง เบี้ยคนเฒ่าของลุงบ่ได้มาสองเดือนแล้ว"
        " เสมียนอบต.เพิ่นว่าถ้าบ่แบ่งให้เพิ่นเดือนละสองร้อย เพิ่นสิตัดชื่อลุงออก",
    )
    _said(chat, "แจ้งเลยหลาน")
    _said(chat, "ได้")
    _said(chat, "เพิ่นขอเงินลุงนั่นแหละ 1")
    _said(chat, "อบต.หินโคน อำเภอลำปลายมาศ เพิ่นมาบอกลุงตอนต้นเดือนพฤศจิกา")
    data = draft_of(services).data
    assert str(data.get("occurred_on")).startswith("2026-11-0"), data  # early November
    assert "นั่นแหละ 1" not in (data.get("description") or ""), data
