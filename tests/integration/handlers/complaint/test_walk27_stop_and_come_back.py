"""Walk 27, as a villager sees it: a frightened man who asks to stop is stopped (the safety
answer, his draft kept, the way back said), and coming back the next day he is offered the
stopped draft with its threat; "ขอสงวนนาม" at the name question is no name."""

from __future__ import annotations

from datetime import UTC, datetime
from types import SimpleNamespace

import pytest
from sqlalchemy import select

from handlers.danger import THREATS
from storage.models import Draft
from tests.clock import Clock
from tests.conftest import ONE_DATABASE
from tests.factories import texts
from tests.integration.handlers.complaint.test_understood_steps import draft_of

pytestmark = ONE_DATABASE


def drafts_of(services) -> list[Draft]:
    """Every draft in the database, as it is there."""
    with services.uow() as uow:
        found = uow.session.scalars(select(Draft)).all()
        return [SimpleNamespace(status=d.status, data=dict(d.data)) for d in found]


THREAT = "มื้อคืนมีคนมาเว้าอยู่หน้าบ้านว่า ถ้าไผไปฟ้องกำนัน สิบ่ได้อยู่บ้านนี่ต่อ ข้อยย่านหลาย"


@pytest.fixture
def clock():
    """Monday 7 December 2026 (BE 2569), ten in the morning in Buriram."""
    return Clock(datetime(2026, 12, 7, 3, 0, tzinfo=UTC))


def to_evidence(chat):
    chat.follow()
    chat.say("แจ้งเรื่องครับ")
    chat.say("ยินยอมครับ")
    chat.say("กำนันเก็บเงินคนละ 1,500 ว่าสิเอาไปเฮ็ดถนน")
    for said in ("อบต.สำโรงใหม่", "กำนัน", "ละหานทราย", "สำโรงใหม่", "เดือนที่แล้ว"):
        chat.say(said)
    chat.say("เก็บทุกหลังคาเรือน หลังละ 1,500 บาท บอกว่าเป็นค่าทำถนนลูกรังเข้าหมู่บ้าน")


def test_afraid_and_asking_to_stop_in_isan_is_stopped_with_the_safety_answer(chat, services):
    to_evidence(chat)
    assert "ปลอดภัย" in texts(chat.say(THREAT))
    said = texts(chat.say("บ่เอาแล้วเด้อ ขอเซาก่อน ย่านเขามาทำร้ายลูกเมีย"))
    assert "หยุดไว้แล้ว" in said and "แจ้งเรื่อง" in said
    assert "ไปต่อกัน" not in said and "หลักฐาน" not in said
    draft = draft_of(services)
    assert draft.status == "cancelled"  # kept, never deleted
    assert draft.data.get(THREATS)


def test_a_first_fear_with_a_wish_to_stop_gets_the_safety_answer_and_stops(chat, services):
    to_evidence(chat)
    said = texts(chat.say("ผมขอไม่แจ้งต่อแล้วครับ กลัวเขามาทำร้ายเมียกับลูก"))
    assert "191" in said and "หยุดไว้แล้ว" in said
    assert draft_of(services).status == "cancelled"


def test_not_going_on_after_the_safety_answer_stops(chat, services):
    to_evidence(chat)
    chat.say(THREAT)
    said = texts(chat.say("บ่ไปต่อ หยุดก่อนครับ"))
    assert "หยุดไว้แล้ว" in said and "หลักฐาน" not in said
    assert draft_of(services).status == "cancelled"


def test_a_plain_stop_with_no_fear_is_a_cancel_asked_first(chat, services):
    to_evidence(chat)
    assert "ใช่ไหม" in texts(chat.say("บ่ไปต่อ หยุดก่อนครับ"))
    assert draft_of(services).status == "open"


def test_coming_back_next_day_is_offered_the_stopped_draft_with_its_threat(chat, services, clock):
    to_evidence(chat)
    chat.say(THREAT)
    chat.say("ไม่แจ้งแล้วครับ หยุดไว้ก่อน กลัวเขามาทำร้ายที่บ้าน")
    clock.advance(days=1)
    offer = texts(chat.say("สวัสดีครับ เรื่องที่ค้างไว้มื้อวาน ข้อยคิดดีแล้ว สิแจ้งต่อ"))
    assert "หยุดไว้เมื่อ" in offer and "เล่ามาได้เลย" not in offer
    resumed = texts(chat.say("ทำต่อ"))
    assert "กรอกต่อจากเดิม" in resumed and "มีรูป" in resumed
    draft = draft_of(services)
    assert draft.status == "open" and draft.data.get(THREATS)
    assert draft.data.get("official") == "กำนัน"


def test_an_empty_cancel_after_does_not_hide_the_stopped_draft(chat, services, clock):
    to_evidence(chat)
    chat.say(THREAT)
    chat.say("ไม่แจ้งแล้วครับ หยุดไว้ก่อน กลัวเขามาทำร้ายที่บ้าน")
    clock.advance(days=1)
    chat.say("แจ้งเรื่อง")
    chat.say("เริ่มใหม่")
    chat.say("ยกเลิก")
    chat.say("ใช่")
    assert "หยุดไว้เมื่อ" in texts(chat.say("แจ้งเรื่อง"))


def test_asking_for_yesterdays_draft_in_a_new_one_offers_it(chat, services, clock):
    to_evidence(chat)
    chat.say(THREAT)
    chat.say("ไม่แจ้งแล้วครับ หยุดไว้ก่อน กลัวเขามาทำร้ายที่บ้าน")
    clock.advance(days=1)
    chat.say("แจ้งเรื่อง")
    chat.say("เริ่มใหม่")
    offer = texts(chat.say("ได้ครับ แต่เรื่องเก่าที่พิมพ์ไว้มื้อวานไปไสแล้ว"))
    assert "หยุดไว้เมื่อ" in offer
    assert "กรอกต่อจากเดิม" in texts(chat.say("ทำต่อ"))
    assert any(d.status == "open" and d.data.get(THREATS) for d in drafts_of(services))


def test_reserving_ones_name_is_no_name(chat, services):
    to_evidence(chat)
    for said in ("ไม่มีหลักฐานครับ", "ไม่มีพยาน", "ยังไม่เคย"):
        chat.say(said)
    said = texts(chat.say("ขอสงวนนามครับ"))
    assert "ชื่อ-นามสกุล" not in said
    assert draft_of(services).data.get("anonymous") is True


def test_a_question_typed_in_latin_letters_at_the_name_is_no_yes(chat, services):
    to_evidence(chat)
    for said in ("ไม่มีหลักฐานครับ", "ไม่มีพยาน", "ยังไม่เคย"):
        chat.say(said)
    said = texts(chat.say("tha sai chue pai, kamnan ja ru mai wa chan jaeng"))
    assert "ชื่อ-นามสกุล" not in said
    assert draft_of(services).step == "identity"


def test_yesterdays_stop_named_in_other_words_is_offered_not_withdrawn(chat, services, clock):
    to_evidence(chat)
    chat.say(THREAT)
    chat.say("ไม่แจ้งแล้วครับ หยุดไว้ก่อน กลัวเขามาทำร้ายที่บ้าน")
    clock.advance(days=1)
    offer = texts(chat.say("เมื่อวานหยุดเรื่องไว้ วันนี้ขอกรอกเรื่องเดิมต่อครับ"))
    assert "หยุดไว้เมื่อ" in offer and "ถอน" not in offer


def test_neighbours_afraid_to_speak_at_the_witnesses_is_no_danger(chat, services):
    to_evidence(chat)
    chat.say("ไม่มีหลักฐานครับ")
    said = texts(chat.say("ชาวบ้านหลายหลังก็โดนเหมือนกันครับ ลุงมี ป้าแดง ก็โดน แต่เขาไม่กล้าพูด"))
    assert "191" not in said and "ปลอดภัย" not in said
    assert draft_of(services).step == "reported"
