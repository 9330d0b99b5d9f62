"""A citizen files a complaint through the webhook, end to end, on a real database."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from handlers import danger
from storage.models import Draft, Ticket
from tests.conftest import first_on_both
from tests.factories import file_complaint, quick_data, texts


def test_follow_greets_with_purpose_privacy_and_menu(chat):
    messages = chat.follow()
    body = texts(messages)
    assert ("ไม่บอกชื่อ" in body or "ไม่เปิดเผยชื่อ" in body) and "เห็นเฉพาะประธาน" in body
    assert set(quick_data(messages)) >= {"แจ้งเรื่องร้องเรียน", "ติดตามเรื่องของฉัน"}


def test_anonymous_complaint_end_to_end(chat, services):
    summary = file_complaint(chat)
    assert any(message["type"] == "flex" for message in summary)
    assert "ความครบถ้วน" in texts(summary)
    done = chat.tap("a=summary:confirm")
    body = texts(done)
    assert "BRM-25" in body and "รหัสติดตาม" in body
    with services.uow() as uow:
        ticket = uow.session.scalars(select(Ticket)).one()
        assert ticket.kind == "procurement"
        assert ticket.district == "นางรอง"
        assert ticket.anonymous is True
        assert ticket.reference in body
        assert ticket.occurred_on.isoformat() == "2025-03-14"


def test_named_complaint_stores_identity_encrypted(chat, services):
    file_complaint(chat, anonymous=False)
    chat.tap("a=summary:confirm")
    with services.uow() as uow:
        ticket = uow.session.scalars(select(Ticket)).one()
        assert "081" not in (ticket.complainant_phone_enc or "")
        assert uow.vault.decrypt(ticket.complainant_phone_enc) == "0812345678"
        assert uow.vault.decrypt(ticket.complainant_name_enc) == "สมหญิง รักดี"


def test_double_tap_on_confirm_files_one_ticket(chat, services):
    file_complaint(chat)
    chat.tap("a=summary:confirm")
    again = chat.tap("a=summary:confirm")
    assert "ส่งหรือยกเลิกไปแล้ว" in texts(again)
    with services.uow() as uow:
        assert len(uow.session.scalars(select(Ticket)).all()) == 1


def test_sticker_mid_flow_is_explained_and_question_repeated(chat):
    from tests.factories import sticker_event

    chat.tap("menu=complain")
    chat.tap("a=consent:yes")
    answer = chat.send(sticker_event)
    body = texts(answer)
    assert "ข้อความ" in body or "ปุ่ม" in body
    assert "เรื่องแบบไหน" in body


def test_cancel_keeps_the_draft(chat, services):
    chat.tap("menu=complain")
    chat.tap("a=consent:yes")
    asked = chat.say("ยกเลิก")
    assert "ใช่ไหม" in texts(asked)
    answer = chat.say("ใช่")
    assert "ยกเลิกแล้ว" in texts(answer)
    with services.uow() as uow:
        draft = uow.session.scalars(select(Draft)).one()
        assert draft.status == "cancelled"


@first_on_both(
    ("yes", "cancelled"),
    [("chai", True), ("chai krub", True), ("ใช่ค่ะ", True), ("mai", False), ("ไม่ค่ะ", False)],
)
def test_cancel_confirmed_in_latin_letters(chat, services, yes, cancelled):
    """walk18: "yok lek", then "chai" (ใช่) to "cancel this complaint?" was answered "not
    cancelled"; a doubtful word keeps the draft."""
    chat.tap("menu=complain")
    chat.tap("a=consent:yes")
    asked = chat.say("yok lek")
    assert "ใช่ไหม" in texts(asked)
    answer = chat.say(yes)
    assert ("ยกเลิกแล้ว" in texts(answer)) is cancelled
    with services.uow() as uow:
        draft = uow.session.scalars(select(Draft)).one()
        assert (draft.status == "cancelled") is cancelled


def test_back_returns_to_previous_question(chat):
    chat.tap("menu=complain")
    chat.tap("a=consent:yes")
    chat.tap("a=kind:bribery")
    answer = chat.say("ย้อนกลับ")
    assert "เรื่องแบบไหน" in texts(answer)


def test_misspelt_district_gets_suggestions(chat):
    chat.tap("menu=complain")
    chat.tap("a=consent:yes")
    chat.tap("a=kind:bribery")
    chat.say("ไม่รู้ชื่อหน่วยงานค่ะ")
    chat.say("เจ้าหน้าที่การเงิน")
    answer = chat.say("นางรอบ")  # a slip of the finger: which one is asked
    assert "นางรอง" in quick_data(answer)


def test_a_district_spelled_as_it_is_said_is_taken_and_named_back(chat):
    chat.tap("menu=complain")
    chat.tap("a=consent:yes")
    chat.tap("a=kind:bribery")
    chat.say("ไม่รู้ชื่อหน่วยงานค่ะ")  # a hospital named after its district gives the district
    chat.say("เจ้าหน้าที่การเงิน")
    answer = chat.say("นางลองเด้อ")  # ร said ล, an Isan particle run on
    assert "อำเภอนางรอง" in texts(answer)


def test_my_complaints_and_withdraw(chat, services):
    file_complaint(chat)
    chat.tap("a=summary:confirm")
    listing = chat.tap("menu=track")
    assert "ได้รับเรื่องแล้ว" in texts(listing)
    with services.uow() as uow:
        reference = uow.session.scalars(select(Ticket.reference)).one()
    confirm = chat.tap(f"withdraw={reference}")
    assert "ถอนเรื่อง" in texts(confirm)
    done = chat.tap(f"withdraw_yes={reference}")
    assert reference in texts(done)
    with services.uow() as uow:
        ticket = uow.session.scalars(select(Ticket)).one()
        assert ticket.status == "withdrawn"
        assert [e.to_status for e in ticket.timeline] == ["submitted", "withdrawn"]


@pytest.mark.parametrize(
    "worry", ["ถ้าปลัดเขารู้ว่าผมแจ้ง จะทำไงครับ", "ถ้าเขารู้จะทำไง"], ids=["official", "they"]
)
def test_being_found_out_supposed_at_the_summary_is_a_worry_not_a_threat(chat, services, worry):
    """walk18: at the summary, "what if the official finds out I reported" got the emergency
    numbers and the ticket was marked threatened; it is a worry about being known: answered,
    the summary kept, nothing marked."""
    file_complaint(chat)
    answer = texts(chat.say(worry))
    assert "ความปลอดภัยของท่านสำคัญที่สุด" not in answer  # not the safety answer
    assert "สรุปเรื่องร้องเรียน" in answer  # the summary again, to send when ready
    with services.uow() as uow:
        draft = uow.session.scalars(select(Draft)).one()
        assert draft.status == "open" and draft.step == "summary"
        assert not draft.data.get(danger.THREATS) and not draft.data.get(danger.ANSWERED)
