"""What walk23 and round 17's diag villagers met (fixW23): a year said alone at the date question
is asked which part of it (and kept when that is not known); the kind told in a sentence at its
question is no whole story ("what happened" is still asked, the sentence opening it); an
officer named with a division in the first message is not asked for again; one's own name is
kept without its title; "ไม่ใส่พยานค่ะ" names no witness, and "ถ้าใส่ชื่อพยาน …" asks, it names none."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from tests.clock import Clock
from tests.conftest import ONE_DATABASE
from tests.factories import texts
from tests.integration.handlers.complaint.test_name_and_phone import identity_of
from tests.integration.handlers.complaint.test_understood_steps import answer_until, draft_of

# Villagers' conversations do not depend on the database kind: run once, on SQLite.
pytestmark = ONE_DATABASE

ANSWERS = {
    "kind": "1",
    "agency": "อบต.หนองกง",
    "official": "ปลัด อบต.",
    "district": "นางรอง",
    "subdistrict": "หนองกง",
    "when": "เดือนที่แล้ว",
    "what": "ปลัดเรียกเงินค่าต่อใบอนุญาตร้านคนละ 500 บาท ไม่ให้ก็ไม่ต่อให้ค่ะ",
    "what_more": "ไม่มี",
    "evidence": "ไม่มี",
    "witnesses": "ไม่มี",
    "reported": "ไม่เคย",
    "identity": "บอกชื่อ",
}


@pytest.fixture
def clock():
    """Sunday 6 December 2026, ten in the morning in Buriram."""
    return Clock(datetime(2026, 12, 6, 3, 0, tzinfo=UTC))


def _begun(chat) -> None:
    chat.say("แจ้งเรื่อง")
    chat.say("ยินยอมค่ะ")


def test_this_year_is_asked_which_part_and_a_part_said_replaces_it(chat, services):
    _begun(chat)
    answer_until(chat, services, "when", ANSWERS)
    reply = texts(chat.say("ปีนี้ค่ะ"))
    draft = draft_of(services)
    assert draft.step == "when" and "ช่วงไหน" in reply and "2569" in reply, reply
    assert not draft.data.get("occurred_on"), draft.data  # nothing stored yet
    chat.say("ช่วงสงกรานต์ค่ะ")
    draft = draft_of(services)
    assert draft.step == "what", draft.step
    assert draft.data["occurred_on"].startswith("2026-04"), draft.data


def test_this_year_then_dont_know_keeps_the_year(chat, services):
    _begun(chat)
    answer_until(chat, services, "when", ANSWERS)
    chat.say("ปีนี้")
    chat.say("ไม่รู้ค่ะ")
    draft = draft_of(services)
    assert draft.step == "what", draft.step
    assert draft.data["occurred_on"] == "2026-01-01", draft.data
    assert "2569" in (draft.data.get("occurred_text") or ""), draft.data


def test_a_date_said_at_once_is_not_asked_again(chat, services):
    _begun(chat)
    answer_until(chat, services, "when", ANSWERS)
    chat.say("วันอังคารที่ 1")
    assert draft_of(services).step == "what"


def test_the_kind_told_in_a_sentence_still_asks_what_happened(chat, services):
    _begun(chat)
    chat.say("เขามาขอค่าน้ำชาทุกเดือนค่ะ ไม่ให้ก็ขู่ว่าจะไม่ต่อใบอนุญาตร้าน")
    draft = answer_until(chat, services, "what", ANSWERS)
    assert draft.data.get("kind") == "bribery", draft.data
    assert not draft.data.get("description"), draft.data
    chat.say("เจ้าหน้าที่มาตรวจร้านเดือนละครั้ง ขอค่าน้ำชาครั้งละห้าร้อยค่ะ")
    story = draft_of(services).data.get("description", "")
    assert "ค่าน้ำชาทุกเดือน" in story and "ห้าร้อย" in story, story


def test_a_kind_told_with_a_sum_is_the_story(chat, services):
    _begun(chat)
    chat.say("เขาเรียกเงินคนละ 300 บาทตอนไปขอใบอนุญาต ไม่ให้ก็ไม่ออกให้สักที")
    assert "300" in draft_of(services).data.get("description", "")


def test_an_officer_of_a_division_in_the_first_message_is_not_asked(chat, services):
    chat.say(
        "สวัสดีครับ ผมอยากแจ้งเรื่อง เทศบาลนางรองเรียกเงินค่าขออนุญาตปลูกสร้างบ้าน บอกว่าถ้าบ่จ่าย "
        "5000 ใบอนุญาตสิบ่ออก เจ้าหน้าที่กองช่างเป็นคนเรียกครับ ไปยื่นเรื่องตั้งแต่วันพระที่แล้ว"
    )
    chat.say("แจ้งครับ")
    chat.say("ได้ครับ ยินยอม")
    draft = draft_of(services)
    assert draft.data.get("official") == "เจ้าหน้าที่กองช่าง", draft.data
    assert draft.step not in ("official", "kind", "agency", "district", "when"), draft.step


def test_ones_own_name_is_kept_without_its_title(chat, services):
    _begun(chat)
    answer_until(chat, services, "name", ANSWERS)
    chat.say("นางสำราญ พรมมา ค่ะ")
    assert identity_of(services).name == "สำราญ พรมมา"


@pytest.mark.parametrize("refused", ["ไม่ใส่พยานค่ะ", "ไม่ขอระบุพยานนะคะ", "บ่ใส่พยานเด้อ"])
def test_a_witness_refused_is_none(chat, services, refused):
    _begun(chat)
    answer_until(chat, services, "witnesses", ANSWERS)
    chat.say(refused)
    draft = draft_of(services)
    assert draft.step == "reported" and not draft.data.get("witnesses"), draft.data


def test_a_witness_supposed_and_asked_about_is_no_witness(chat, services):
    _begun(chat)
    answer_until(chat, services, "witnesses", ANSWERS)
    chat.say("ถ้าใส่ชื่อพยาน ในบ้านจะรู้ไหมคะ")
    draft = draft_of(services)
    assert draft.step == "witnesses" and not draft.data.get("witnesses"), draft.data


def test_may_i_report_a_family_matter_begins_the_filing(chat, services):
    chat.say("เรื่องนี้เกี่ยวกับคนในครอบครัวค่ะ แจ้งได้ไหม")
    draft = draft_of(services)
    assert draft is not None and draft.step == "consent", draft
