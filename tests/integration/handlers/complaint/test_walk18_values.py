"""What walk18's villagers answered is stored as meant (fixW18b): "nobody dares to be a
witness" is no witness, "none yet, I'll take photos tomorrow" moves on and says how to send
them later, and a phone said in digit words is the number."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from tests.clock import Clock
from tests.conftest import ONE_DATABASE
from tests.factories import summarised, texts
from tests.integration.handlers.complaint.test_name_and_phone import (
    identity_of,
    to_the_name_question,
)
from tests.integration.handlers.complaint.test_understood_steps import answer_until, draft_of
from tests.integration.handlers.complaint.test_walk14 import BEFORE_WITNESSES

# Villagers' conversations do not depend on the database kind: run once, on SQLite.
pytestmark = ONE_DATABASE

STORY = "มีคนเก็บเงินค่าอาหารกลางวันเด็กที่ศูนย์คนละ 300 บาทค่ะ"


@pytest.fixture
def clock():
    """Sunday 6 December 2026, ten in the morning in Buriram."""
    return Clock(datetime(2026, 12, 6, 3, 0, tzinfo=UTC))


def _filing(chat) -> None:
    chat.say(STORY)
    chat.say("แจ้งค่ะ")
    chat.say("ยินยอมค่ะ")


@pytest.mark.parametrize("line", ["บ่มีไผกล้าเป็นพยานดอก", "ไม่มีใครกล้าเป็นพยานหรอกค่ะ"])
def test_nobody_dares_to_witness_is_no_witness(chat, services, line):
    _filing(chat)
    answer_until(chat, services, "witnesses", BEFORE_WITNESSES)
    chat.say(line)
    draft = draft_of(services)
    assert draft.step != "witnesses", draft.step
    assert not draft.data.get("witnesses"), draft.data
    told = draft.data.get("description") or draft.data.get("_told_beside") or ""
    assert "กล้าเป็นพยาน" in told, draft.data  # the committee reads that they are afraid


def test_a_named_witness_who_is_afraid_is_still_the_witness(chat, services):
    _filing(chat)
    answer_until(chat, services, "witnesses", BEFORE_WITNESSES)
    chat.say("ป้าบัวเห็นด้วยครับ")
    assert "ป้าบัว" in (draft_of(services).data.get("witnesses") or "")


@pytest.mark.parametrize("line", ["ตอนนี้ยังไม่มีค่ะ เดี๋ยวพรุ่งนี้ถ่ายรูปมาให้", "ตอนนี้ยังบ่มีเด้อ มื้ออื่นสิถ่ายมาให้"])
def test_none_yet_photos_tomorrow_moves_on_and_says_how_to_send_them(chat, services, line):
    _filing(chat)
    answers = {k: v for k, v in BEFORE_WITNESSES.items() if k != "evidence"}
    answer_until(chat, services, "evidence", answers)
    reply = texts(chat.say(line))
    assert draft_of(services).step == "witnesses"
    assert "ขอเพิ่มข้อมูล" in reply, reply  # how to add the photos after sending
    assert "ยังไม่เข้าใจ" not in reply, reply


@pytest.mark.parametrize(
    ("line", "phone"),
    [("ศูนย์แปดเจ็ด 2233445 ครับ", "0872233445"), ("ศูนย์เก้าแปดหนึ่งสองสามสี่ห้าหกเจ็ด", "0981234567")],
)
def test_a_phone_said_in_digit_words_is_the_number(chat, services, line, phone):
    to_the_name_question(chat)
    chat.say("ชาตรี บุญเรือง")
    chat.say(line)
    held = identity_of(services)
    assert held.phone == phone, held


def test_an_agency_said_unknown_keeps_no_agency_and_the_village_as_the_place(chat, services):
    _filing(chat)
    answer_until(chat, services, "agency", BEFORE_WITNESSES)
    chat.say("บ้านโคกกระเบื้อง หมู่ 7 ต.ชุมแสง เงินมาจากอำเภอ บ่ฮู้ว่าหน่วยงานไหน")
    draft = draft_of(services)
    assert draft.step == "official", draft.step
    assert not draft.data.get("agency"), draft.data
    assert draft.data.get("place_text") == "บ้านโคกกระเบื้อง หมู่ 7 ต.ชุมแสง", draft.data
    assert "เงินมาจากอำเภอ" in (draft.data.get("description") or draft.data.get("_told_beside"))


def test_an_agency_named_is_still_the_agency(chat, services):
    _filing(chat)
    answer_until(chat, services, "agency", BEFORE_WITNESSES)
    chat.say("อบต.ชุมแสงค่ะ")
    assert draft_of(services).data.get("agency") == "อบต.ชุมแสง"


def test_a_role_then_a_name_is_the_official_without_particle_or_unknown_surname(chat, services):
    _filing(chat)
    answer_until(chat, services, "official", BEFORE_WITNESSES)
    chat.say("ครูผู้ดูแลเด็กค่ะ ครูแหม่ม ไม่รู้นามสกุล")
    assert draft_of(services).data.get("official") == "ครูแหม่ม (ครูผู้ดูแลเด็ก)"


@pytest.mark.parametrize(
    ("line", "official"),
    [
        ("แก้ 3 นางสาวมาลี ใจดี ตำแหน่งนักวิชาการเงินและบัญชี", "นางสาวมาลี ใจดี ตำแหน่งนักวิชาการเงินและบัญชี"),
        ("แก้ 3 นายประสิทธิ์ ทองดี", "นายประสิทธิ์ ทองดี"),
    ],
)
def test_an_edit_of_the_official_keeps_the_post_said_with_the_name(chat, services, line, official):
    summarised(chat)
    chat.say(line)
    assert draft_of(services).data.get("official") == official


def test_an_office_named_with_its_unit_unknown_is_the_office(chat, services):
    _filing(chat)
    answer_until(chat, services, "agency", BEFORE_WITNESSES)
    chat.say("เงินมาจากเทศบาล บ่ฮู้ว่ากองไหน")
    assert draft_of(services).data.get("agency") == "เทศบาล"


def test_a_latin_greeting_and_wish_to_file_is_no_line_of_the_story(chat, services):
    reply = texts(chat.say("sawasdee krub yak jaeng rueang"))
    assert "ขอบคุณที่เล่าให้ฟัง" not in reply, reply  # not taken as the story
    draft = draft_of(services)
    assert draft is None or "sawasdee" not in (draft.data.get("description") or ""), draft


def test_an_edit_of_the_place_keeps_the_road_and_the_village(chat, services):
    summarised(chat)
    chat.say("แก้ 4 ถนนสายบ้านหนองม่วง-บ้านโนนสูง ม.4 ต.ถาวร ครับ")
    data = draft_of(services).data
    assert data.get("place_text") == "ถนนสายบ้านหนองม่วง-บ้านโนนสูง ม.4 ต.ถาวร", data


def test_an_edit_of_the_sub_district_alone_sets_no_place_text(chat, services):
    summarised(chat)
    chat.say("แก้ 4 ต.ถาวร ครับ")
    assert not draft_of(services).data.get("place_text")
