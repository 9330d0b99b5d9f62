"""Committee members and complainants in LINE: alerts, take, questions, answers, feedback."""

from __future__ import annotations

import uuid

import pytest
from sqlalchemy import select

from bot.line.limits import limit_violations
from handlers.directory import members
from handlers.tickets import endings
from handlers.tickets.actions import change_status
from storage.models import Evidence, Ticket, TicketEvent
from tests.factories import Chat, media_event, quick_data, submit, submitted, texts

BASE = "https://sujarit.example.org"


@pytest.fixture
def new_chat(client, gateway):
    """Makes more people chatting with the bot on the same app."""
    return lambda: Chat(client, gateway, "U" + uuid.uuid4().hex, "test-channel-secret")


def make_member(services, chat, role="reviewer", name="สมศรี กรรมการ", conflict=None):
    with services.uow() as uow:
        member = members.add_member(uow, chat.user_id, name, role)
        if conflict:
            members.declare_conflict(uow, member, *conflict, "ญาติทำงานที่นั่น")
        uow.commit()
        return member.id


def pushes(services, gateway, user_id) -> list[dict]:
    """Deliver due outbox rows; the messages pushed to this user so far."""
    services.sender.send_due()
    return [
        m for c in gateway.sent if c["kind"] == "push" and c["to"] == user_id for m in c["messages"]
    ]


def ticket(services, reference) -> tuple[Ticket, list[TicketEvent]]:
    with services.uow() as uow:
        found = uow.session.scalars(select(Ticket).where(Ticket.reference == reference)).one()
        timeline = list(found.timeline)
        uow.session.expunge_all()  # keep the loaded values after the unit of work ends
        return found, timeline


def buttons(messages) -> list[dict]:
    found = []

    def walk(node):
        if isinstance(node, dict):
            if node.get("type") == "button":
                found.append(node["action"])
            for value in node.values():
                walk(value)
        elif isinstance(node, list):
            for value in node:
                walk(value)

    walk(messages)
    return found


def test_new_ticket_alerts_reviewers_except_conflicted_and_organizers(
    chat, new_chat, services, gateway
):
    free, tied, organizer = new_chat(), new_chat(), new_chat()
    make_member(services, free)
    make_member(services, tied, conflict=("district", "นางรอง"))
    make_member(services, organizer, role="organizer")
    reference = submit(chat, anonymous=False).reference

    alert = pushes(services, gateway, free.user_id)
    assert alert and alert[0]["type"] == "flex" and limit_violations(alert) == []
    body = texts(alert)
    assert reference in body and "นางรอง" in body and "ฮั้วประมูล" in body
    assert "สมหญิง" not in body and "081" not in body  # never who filed it
    actions = buttons(alert)
    assert {"type": "postback", "data": f"take={reference}"}.items() <= actions[0].items()
    assert (
        actions[1]["type"] == "uri" and actions[1]["uri"] == f"{BASE}/committee/tickets/{reference}"
    )
    assert pushes(services, gateway, tied.user_id) == []
    assert pushes(services, gateway, organizer.user_id) == []


def test_take_from_the_alert_twice_takes_once_and_tells_the_complainant_once(
    chat, new_chat, services, gateway
):
    reviewer = new_chat()
    member_id = make_member(services, reviewer)
    reference = submitted(chat).reference
    first = reviewer.tap(f"take={reference}")
    again = reviewer.tap(f"take={reference}")
    assert reference in texts(first) and "รับเรื่อง" in texts(first)
    assert "รับไว้แล้ว" in texts(again)
    taken, timeline = ticket(services, reference)
    assert taken.assignee_id == member_id and taken.status == "in_review"
    assert [e.kind for e in timeline].count("assigned") == 1
    notices = [m for m in pushes(services, gateway, chat.user_id) if reference in m.get("text", "")]
    assert len(notices) == 1 and "รับเรื่องไว้พิจารณา" in notices[0]["text"]


def test_non_member_cannot_take_and_gets_the_citizen_menu(chat, new_chat, services):
    reference = submitted(chat).reference
    stranger = new_chat()
    answer = stranger.tap(f"take={reference}")
    assert "รับเรื่อง" not in texts(answer)
    assert ticket(services, reference)[0].assignee_id is None


def test_question_answered_anonymously_reaches_the_member(chat, new_chat, services, gateway):
    reviewer = new_chat()
    make_member(services, reviewer)
    reference = submitted(chat, anonymous=True).reference
    prompt = reviewer.tap(f"ask={reference}")
    assert "พิมพ์คำถาม" in texts(prompt)
    sent = reviewer.say("ผู้รับเหมาชื่อบริษัทอะไรคะ")
    assert "ส่งคำถาม" in texts(sent)

    asked = pushes(services, gateway, chat.user_id)
    assert "ผู้รับเหมาชื่อบริษัทอะไรคะ" in texts(asked)
    assert f"answer={reference}" in quick_data(asked).values()
    chat.tap(f"answer={reference}")
    thanks = chat.say("บริษัท รุ่งเรืองก่อสร้าง จำกัด")
    assert "ได้รับคำตอบ" in texts(thanks)

    found, timeline = ticket(services, reference)
    assert found.anonymous and found.status == "needs_info"
    replies = [e for e in timeline if e.kind == "complainant_reply"]
    assert [e.body for e in replies] == ["บริษัท รุ่งเรืองก่อสร้าง จำกัด"]
    told = texts(pushes(services, gateway, reviewer.user_id))
    assert "รุ่งเรืองก่อสร้าง" in told and reference in told


def test_photo_sent_as_an_answer_is_evidence_of_the_ticket(chat, new_chat, services, gateway):
    reviewer = new_chat()
    make_member(services, reviewer)
    reference = submitted(chat).reference
    reviewer.tap(f"ask={reference}")
    reviewer.say("มีรูปถ่ายถนนไหมคะ")
    chat.tap(f"answer={reference}")
    received = chat.send(media_event, "image")
    assert "เสร็จแล้ว" in quick_data(received)
    chat.say("เสร็จแล้ว")
    with services.uow() as uow:
        found = uow.session.scalars(select(Ticket).where(Ticket.reference == reference)).one()
        photos = uow.session.scalars(select(Evidence).where(Evidence.ticket_id == found.id)).all()
        assert [p.media_kind for p in photos] == ["image"]
    assert reference in texts(pushes(services, gateway, reviewer.user_id))


def test_files_sent_as_answers_have_the_filing_limits_and_reach_the_member_once(
    chat, new_chat, services, gateway
):
    reviewer = new_chat()
    make_member(services, reviewer)
    reference = submitted(chat).reference
    reviewer.tap(f"ask={reference}")
    reviewer.say("มีรูปถ่ายถนนไหมคะ")
    chat.tap(f"answer={reference}")
    before = len(pushes(services, gateway, reviewer.user_id))
    too_big = chat.send(media_event, "file", fileName="clip.mp4", fileSize=300 * 1024 * 1024)
    assert "ใหญ่เกิน 25 MB" in texts(too_big)
    for _ in range(10):
        chat.send(media_event, "image")
    assert len(pushes(services, gateway, reviewer.user_id)) == before  # no push per photo
    eleventh = chat.send(media_event, "image")
    assert "10" in texts(eleventh) and "เสร็จแล้ว" in quick_data(eleventh)

    chat.say("เสร็จแล้ว")

    told = pushes(services, gateway, reviewer.user_id)[before:]
    assert len(told) == 1 and "10 ไฟล์" in texts(told)
    with services.uow() as uow:
        found = uow.session.scalars(select(Ticket).where(Ticket.reference == reference)).one()
        count = len(
            uow.session.scalars(select(Evidence).where(Evidence.ticket_id == found.id)).all()
        )
    assert count == 10


def test_someone_else_cannot_answer_for_the_complainant(chat, new_chat, services):
    reference = submitted(chat).reference
    other = new_chat()
    assert "ไม่พบเรื่องนี้" in texts(other.tap(f"answer={reference}"))
    assert "ไม่พบเรื่องนี้" in texts(other.tap(f"feedback={reference}:no"))


def _decide(services, reference, status="resolved"):
    with services.uow() as uow:
        operator = members.operator_member(uow)
        found = uow.session.scalars(select(Ticket).where(Ticket.reference == reference)).one()
        change_status(uow, operator, found, "in_review", None)
        assert change_status(uow, operator, found, status, "แก้ไขแล้ว") == "proposed"
        confirmer = members.add_member(uow, None, "ประธานผู้ยืนยัน", "chair")
        endings.confirm(uow, confirmer, found, endings.pending(uow, found).id)
        uow.commit()


def test_feedback_no_reopens_for_the_chair_once(chat, new_chat, services, gateway):
    chair = new_chat()
    make_member(services, chair, role="chair", name="ประธาน")
    reference = submitted(chat).reference
    _decide(services, reference)
    decided = pushes(services, gateway, chat.user_id)
    assert quick_data(decided)["ยังไม่ได้แก้ไข"] == f"feedback={reference}:no"

    answer = chat.tap(f"feedback={reference}:no")
    assert "ประธาน" in texts(answer)
    again = chat.tap(f"feedback={reference}:no")
    assert "อยู่ระหว่างพิจารณา" in texts(again)

    found, timeline = ticket(services, reference)
    assert found.status == "in_review" and found.assignee_id is None
    assert found.reopened_count == 1 and found.closed_at is None
    assert [e.body for e in timeline if e.kind == "feedback"] == ["no"]
    assert "did not answer" in timeline[-1].body
    told = pushes(services, gateway, chair.user_id)
    assert "ยังไม่ตอบข้อร้องเรียน" in texts(told) and limit_violations(told) == []


def test_feedback_yes_is_recorded_and_keeps_the_decision(chat, services):
    reference = submitted(chat).reference
    _decide(services, reference, "rejected")
    assert "ขอบคุณ" in texts(chat.tap(f"feedback={reference}:yes"))
    chat.tap(f"feedback={reference}:yes")
    found, timeline = ticket(services, reference)
    assert found.status == "rejected" and found.reopened_count == 0
    assert [e.body for e in timeline if e.kind == "feedback"] == ["yes"]


def test_join_code_in_line_makes_a_member_once(new_chat, services):
    with services.uow() as uow:
        code = members.invite(uow, "reviewer")
        uow.commit()
    newcomer, latecomer = new_chat(), new_chat()
    welcome = newcomer.say(f"เข้าร่วม {code} สมปอง ใจซื่อ")
    assert "ยินดีต้อนรับ" in texts(welcome) and "กรรมการพิจารณา" in texts(welcome)
    assert "ไม่ถูกต้อง" in texts(latecomer.say(f"join {code}"))
    with services.uow() as uow:
        member = members.member_for_line_id(uow, newcomer.user_id)
        assert member.name == "สมปอง ใจซื่อ" and member.role == "reviewer"
        assert members.member_for_line_id(uow, latecomer.user_id) is None
    assert "ไม่มีเรื่องใหม่" in texts(newcomer.say("เรื่องใหม่"))


def test_login_word_pushes_a_one_time_link_to_members_only(new_chat, services, gateway):
    member, stranger = new_chat(), new_chat()
    make_member(services, member, role="organizer")
    member.say("เข้าสู่ระบบ")
    [link] = [m["text"] for m in pushes(services, gateway, member.user_id)]
    url = link.rsplit("\n", 1)[-1]
    assert url.startswith(f"{BASE}/committee/login/")
    with services.uow() as uow:
        assert members.consume_login_token(uow, url.rsplit("/", 1)[-1]) is not None
    stranger.say("login")
    assert pushes(services, gateway, stranger.user_id) == []


def test_ticket_lists_leave_out_conflicts_and_show_mine(chat, new_chat, services):
    free, tied = new_chat(), new_chat()
    make_member(services, free)
    make_member(services, tied, conflict=("agency", "อบต.หนองโบสถ์"))
    reference = submitted(chat).reference
    waiting = free.say("เรื่องใหม่")
    assert reference in texts(waiting) and limit_violations(waiting) == []
    assert "ไม่มีเรื่องใหม่" in texts(tied.say("new tickets"))
    assert "ไม่สามารถดำเนินการ" in texts(tied.tap(f"take={reference}"))
    assert ticket(services, reference)[0].assignee_id is None
    free.tap(f"take={reference}")
    mine = free.say("เรื่องของฉัน")
    assert reference in texts(mine)
    assert {a.get("data") for a in buttons(mine)} >= {f"ask={reference}"}


def test_a_command_after_ask_is_not_sent_to_the_complainant(chat, new_chat, services, gateway):
    reviewer = new_chat()
    make_member(services, reviewer)
    reference = submitted(chat).reference
    reviewer.tap(f"ask={reference}")
    assert reference in texts(reviewer.say("เรื่องใหม่"))
    reviewer.tap(f"ask={reference}")
    assert "ยกเลิก" in texts(reviewer.say("ยกเลิก"))
    assert not any(
        "เรื่องใหม่" in t or "ยกเลิก" in t
        for t in texts(pushes(services, gateway, chat.user_id)).splitlines()
    )
    assert "question" not in [e.kind for e in ticket(services, reference)[1]]
