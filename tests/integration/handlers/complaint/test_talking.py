"""The conversation understands people who type: non-answers, coming back, the story first,
voice, dates said back, honest completeness, cancel and take up again, safety."""

from __future__ import annotations

import re
from datetime import UTC, datetime
from types import SimpleNamespace

import pytest
from sqlalchemy import select

from handlers.directory import members
from storage.models import Draft, OutboxMessage, Ticket, TicketEvent
from tests.clock import Clock
from tests.conftest import ONE_DATABASE
from tests.factories import media_event, quick_data, texts

# What is read from the words typed is the subject; the draft, the ticket and the outbox they
# end in are the rows test_conversation.py files on both kinds of database.
pytestmark = ONE_DATABASE

ISO_DATE = re.compile(r"\b\d{4}-\d{2}-\d{2}\b")


@pytest.fixture
def clock():
    """20 May 2026 (BE 2569), ten in the morning in Buriram."""
    return Clock(datetime(2026, 5, 20, 3, 0, tzinfo=UTC))


def draft_of(services) -> SimpleNamespace:
    """The person's latest draft as it is in the database."""
    with services.uow() as uow:
        draft = uow.session.scalars(select(Draft).order_by(Draft.id.desc())).first()
        return SimpleNamespace(step=draft.step, status=draft.status, data=dict(draft.data))


def to_agency(chat):
    chat.follow()
    chat.say("แจ้งเรื่องครับ")
    chat.say("ยินยอมครับ")
    return chat.say("เขาเก็บเงินคนละ 200 ครับ")


def test_typed_button_words_and_a_description_of_the_kind(chat, services):
    answer = to_agency(chat)
    body = texts(answer)
    assert "เรียกเงิน/รับสินบน" in body  # said back: what the bot understood
    assert "หน่วยงานไหน" in body
    assert draft_of(services).data["kind"] == "bribery"


def test_a_greeting_is_never_stored_and_the_bot_says_where_we_are(chat, services):
    to_agency(chat)
    answer = chat.say("โอเค")
    assert "ข้อ 3" in texts(answer)
    assert "agency" not in draft_of(services).data


def test_an_unclear_choice_is_asked_again_short_and_numbered(chat):
    chat.follow()
    chat.say("ร้องเรียน")
    answer = chat.say("อะไรนะ")
    body = texts(answer)
    assert "1 ยินยอม" in body and "ก่อนเริ่ม" not in body  # not the whole notice again


def test_coming_back_a_day_later_is_welcomed_and_goes_on(chat, services, clock):
    to_agency(chat)
    clock.advance(hours=30)
    answer = chat.say("สวัสดีครับ")
    assert "ยินดีต้อนรับกลับ" in texts(answer) and "ข้อ 3" in texts(answer)
    assert "หน่วยงานไหน" in texts(chat.say("ทำต่อ"))
    chat.say("อบต.สะเดา")
    assert draft_of(services).data["agency"] == "อบต.สะเดา"


def test_the_story_first_is_offered_kept_and_never_asked_again(chat, services):
    story = "ผู้ใหญ่บ้านหมู่ 3 เก็บเงินชาวบ้านคนละ 500 บาท บอกว่าเป็นค่าเอกสารที่ดิน ใครไม่จ่ายไม่ทำให้"
    chat.follow()
    offer = chat.say(story)
    assert "ไม่ต้องพิมพ์ซ้ำ" in texts(offer)
    started = chat.say("ได้ค่ะ")
    assert "ยินยอม" in texts(started)
    assert draft_of(services).data["description"] == story
    for said in ("ยินยอม", "1", "อำเภอหนองกี่", "ผู้ใหญ่บ้านหมู่ 3", "หนองกี่", "หนองกี่"):
        chat.say(said)
    after_when = chat.say("กลางเดือนที่แล้ว")
    assert "11–20 เม.ย. 2569" in texts(after_when)  # said back as Thai dates, a span
    assert "เอกสาร" in texts(after_when)  # "what happened" is not asked again
    assert draft_of(services).step == "evidence"


def test_asking_to_tell_is_invited_and_the_lines_that_follow_are_one_story(chat, services):
    chat.follow()
    invited = chat.say("หวัดดีครับ มีเรื่องอยากเล่าให้ฟัง")
    assert "เล่ามาได้เลย" in texts(invited)  # not the menu
    chat.say("ผู้ใหญ่บ้านหมู่ 7 เก็บเงินคนละ 300 ค่าขึ้นทะเบียนเกษตรกร")
    more = chat.say("ทต.หนองกี่ รู้แต่ไม่ทำอะไร")  # short, but a further line of the story
    assert "จดไว้แล้ว" in texts(more)  # taken as the story going on, acknowledged in short
    chat.say("แจ้งครับ")
    told = draft_of(services).data["description"]
    assert "300" in told and "ทต.หนองกี่" in told


def test_a_pasted_post_with_emoji_hashtags_and_a_rhetorical_question_is_a_story(chat, services):
    post = (
        "🔥🔥 ด่วน!! ผู้ใหญ่บ้านหมู่ 2 ต.หนองกี่ อ.หนองกี่ เก็บเงินคนละ 500 บาท ค่าลงชื่อรับถุงยังชีพ "
        "เมื่อวันที่ 10 พ.ค. เงินไปไหน?? ใครตรวจสอบบ้าง?? #หนองกี่ https://example.org/p/1"
    )
    chat.follow()
    offer = chat.say(post)
    assert "ไม่ต้องพิมพ์ซ้ำ" in texts(offer)
    chat.say("แจ้งค่ะ")
    assert draft_of(services).data["description"] == post


def test_a_voice_message_is_the_telling(chat, services):
    to_agency(chat)
    for said in ("อบต.สะเดา", "ปลัด อบต.", "ปะโคนชัย"):
        answer = chat.say(said)
    assert "ประโคนชัย" in texts(answer)  # a misspelt district, understood and said back
    chat.say("ไม่รู้")
    chat.say("3 วันก่อน")
    told = chat.send(media_event, "audio")
    assert "ข้อความเสียง" in texts(told) and "เอกสาร" in texts(told)
    for said in ("ไม่มี", "ไม่มี", "ไม่เคย", "ไม่บอกชื่อ"):
        chat.say(said)
    chat.say("ส่ง")
    with services.uow() as uow:
        ticket = uow.session.scalars(select(Ticket)).one()
        kinds = [e.body for e in ticket.timeline if e.kind == "told_by"]
        assert kinds == ["audio"] and len(ticket.evidence) == 1


def test_the_province_instead_of_a_district_gets_a_helpful_answer(chat, services):
    to_agency(chat)
    chat.say("อบต.สะเดา")
    chat.say("ปลัด")
    answer = chat.say("บุรีรัมย์")
    assert "เมืองบุรีรัมย์" in texts(answer)
    chat.say("1")
    assert draft_of(services).data["district"] == "เมืองบุรีรัมย์"


def filed_to_summary(chat, witnesses="-", official="ปลัด อบต. สมศักดิ์"):
    to_agency(chat)
    for said in ("อบต.สะเดา", official, "นางรอง", "สะเดา", "ไม่รู้"):
        chat.say(said)
    chat.say("ปลัดเก็บเงินคนละ 200 บาทตอนลงทะเบียนเบี้ยผู้สูงอายุ ใครไม่จ่ายไม่ลงให้")
    chat.say("ไม่มี")
    chat.say(witnesses)
    chat.say("ยังไม่เคย")
    return chat.say("ไม่บอกชื่อ")


def test_dont_know_and_a_dash_count_as_missing_with_one_word_to_add(chat, services):
    summary = filed_to_summary(chat, official="ไม่รู้")
    body = texts(summary)
    assert '"พยาน"' in body and '"คนที่ทำ"' in body and '"วันที่"' in body
    assert "a=edit:witnesses" in {v.split("&")[0] for v in quick_data(summary).values()}
    asked = chat.say("พยาน")
    assert "รู้เห็น" in texts(asked)
    back = chat.say("ลุงมา บ้านเลขที่ 4")
    assert '"พยาน"' not in texts(back)
    assert draft_of(services).step == "summary"


def test_cancel_asks_first_and_a_cancelled_draft_can_be_taken_up_again(chat, services):
    filed_to_summary(chat)
    assert "ใช่ไหม" in texts(chat.say("ยกเลิก"))
    assert "ยกเลิกแล้ว" in texts(chat.say("ใช่"))
    assert draft_of(services).status == "cancelled"
    offer = chat.say("แจ้งเรื่อง")
    assert "หยุดไว้เมื่อ" in texts(offer) and "2569" in texts(offer)
    resumed = chat.say("ทำต่อ")
    assert "ยืนยัน" in texts(resumed) or "ส่ง" in texts(resumed)
    draft = draft_of(services)
    assert (draft.status, draft.step) == ("open", "summary")


def test_after_sending_the_next_steps_come_as_thai_dates(chat, gateway):
    filed_to_summary(chat)
    done = chat.say("ส่งเลย")
    body = texts(done)
    assert "23 พ.ค. 2569" in body and "4 มิ.ย. 2569" in body  # 72 hours, 15 days
    assert "รหัสติดตาม" in body
    said = [m for c in gateway.sent for m in c["messages"]]
    assert not ISO_DATE.search(texts(said))


def test_typed_tracking_and_details_show_more(chat, services):
    filed_to_summary(chat)
    chat.say("ส่ง")
    listing = chat.say("ติดตามเรื่องของฉัน")
    assert "BRM-2569-" in texts(listing) and "20 พ.ค. 2569" in texts(listing)
    with services.uow() as uow:
        reference = uow.session.scalars(select(Ticket.reference)).one()
    details = chat.tap(f"ticket={reference}")
    body = texts(details)
    assert "อบต.สะเดา" in body and "เบี้ยผู้สูงอายุ" in body and "ขั้นต่อไป" in body
    assert not ISO_DATE.search(body)


def test_withdrawing_under_threat_alerts_the_chair_and_gives_protection(chat, services):
    with services.uow() as uow:
        members.add_member(uow, "U" + "c" * 32, "ประธาน", "chair")
        uow.commit()
    filed_to_summary(chat)
    chat.say("ส่ง")
    with services.uow() as uow:
        reference = uow.session.scalars(select(Ticket.reference)).one()
    asked = chat.tap(f"withdraw={reference}")
    assert "เพราะอะไร" in texts(asked)
    done = chat.say("ถูกขู่ครับ")
    body = texts(done)
    assert "1567" in body and "1206" in body and "1205" in body  # at once
    chat.say("ถอนครับ")  # the reason said back, confirmed
    with services.uow() as uow:
        ticket = uow.session.scalars(select(Ticket)).one()
        assert ticket.status == "withdrawn"
        purposes = uow.session.scalars(select(OutboxMessage.purpose)).all()
        assert "committee:pressure" in purposes
        notes = uow.session.scalars(select(TicketEvent.body)).all()
        assert any("pressured" in (n or "") for n in notes)


def test_dropping_a_complaint_for_fear_of_harm_gets_safety_then_withdraws_as_pressure(
    chat, services
):
    # "I won't go on with what I reported, I fear they'll harm my family" (Isan, no "ถอน"):
    # the safety answer first, the withdrawal asked after it, and pressure is its reason
    with services.uow() as uow:
        members.add_member(uow, "U" + "c" * 32, "ประธาน", "chair")
        uow.commit()
    filed_to_summary(chat)
    chat.say("ส่ง")
    said = texts(chat.say("บ่เอาแล้วเรื่องที่แจ้งไว้ ย่านเพิ่นมาเฮ็ดฮ้ายคนในครอบครัว"))
    assert "1567" in said and "ถูกกดดันหรือข่มขู่ ใช่ไหมคะ" in said  # the reason proposed
    chat.say("บ่อยากมีเรื่องแล้ว")  # her own words after the threat told: the pressure confirmed
    with services.uow() as uow:
        assert uow.session.scalars(select(Ticket.status)).one() == "withdrawn"
        assert "committee:pressure" in uow.session.scalars(select(OutboxMessage.purpose)).all()
        notes = uow.session.scalars(select(TicketEvent.body)).all()
        assert any("pressured" in (n or "") for n in notes)


def test_withdrawing_by_mistake_is_a_typed_number(chat, services):
    filed_to_summary(chat)
    chat.say("ส่ง")
    with services.uow() as uow:
        reference = uow.session.scalars(select(Ticket.reference)).one()
    chat.tap(f"withdraw={reference}")
    assert reference in texts(chat.say("2"))
    assert reference in texts(chat.say("ถอน"))  # the reason said back, confirmed
    with services.uow() as uow:
        assert uow.session.scalars(select(Ticket.status)).one() == "withdrawn"


# SQLite named here, as ONE_DATABASE gives it, so the ids stay `[sqlite-words]`.
@pytest.mark.parametrize(
    ("database_url", "words"),
    [("sqlite", "ช่วยด้วย"), ("sqlite", "ผมถูกขู่ฆ่าครับ")],
    indirect=["database_url"],
)
def test_danger_gets_a_safety_answer_first(chat, words):
    chat.follow()
    answer = chat.say(words)
    assert answer and "ปลอดภัย" in answer[0]["text"] and "1567" in answer[0]["text"]


def test_danger_words_mid_complaint_are_answered_alone_and_keep_the_question(chat, services):
    to_agency(chat)
    answer = chat.say("ช่วยด้วย")
    assert len(answer) == 1 and "ปลอดภัย" in answer[0]["text"]  # the safety answer alone
    assert "agency" not in draft_of(services).data
    assert "หน่วยงานไหน" in texts(chat.tap(quick_data(answer)["กรอกต่อ"]))


def test_a_threat_typed_in_latin_letters_gets_the_safety_answer_alone(chat, services):
    to_agency(chat)
    answer = chat.say("khao bok wa ja ying phom")
    assert "191" in texts(answer)
    assert "หน่วยงาน" not in texts(answer)  # nothing else in that reply
    assert draft_of(services).step == "agency"  # the filing kept where it was
