"""walk19 (fixW19b): after filing, an official telling the complainant to withdraw "or else" is a
threat (the safety answer, the threat's words on her complaint, the chair alerted), never her own
withdrawal; keeping the complaint is said in the bot's own words."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from bot import create_app
from storage.models import LineUser, Ticket, TicketEvent
from tests.conftest import ONE_DATABASE, make_env
from tests.factories import Chat, media_event, submitted, texts
from tests.integration.handlers.complaint.test_after_filing import _drafts, _entries
from tests.integration.handlers.complaint.test_walk16_after_filing import _evidence
from tests.integration.handlers.test_conversations import chair, pushed_to  # noqa: F401
from tests.shared_engines import release

# What she is told and how her words are read; a threat after filing on both: test_talking.
pytestmark = ONE_DATABASE

TOLD_TO_WITHDRAW = "เมื่อเช้าเจ้าหน้าที่คนนั้นโทรมาหาพ่อค่ะ บอกว่าให้ไปถอนเรื่องซะ ไม่งั้นโฉนดไม่ได้ออกแน่ พ่อเครียดมาก"


def _ticket(services, reference: str) -> tuple[str, list[str]]:
    """The ticket's status and the bodies of its danger entries."""
    with services.uow() as uow:
        ticket = uow.session.scalars(select(Ticket).where(Ticket.reference == reference)).one()
        stmt = select(TicketEvent.body).where(
            TicketEvent.ticket_id == ticket.id, TicketEvent.kind == "danger"
        )
        return ticket.status, list(uow.session.scalars(stmt))


def test_told_to_withdraw_or_else_is_a_threat_not_her_withdrawal(chat, services, gateway, chair):  # noqa: F811
    reference = submitted(chat).reference
    answer = texts(chat.say(TOLD_TO_WITHDRAW))
    assert "1567" in answer and reference in answer, answer
    assert "ถอนเรื่อง" not in answer or "เพราะอะไร" not in answer, answer
    status, threats = _ticket(services, reference)
    assert status != "withdrawn"
    assert any("โฉนดไม่ได้ออก" in (body or "") for body in threats), threats
    assert reference in pushed_to(gateway, chair)


def test_keeping_it_is_said_in_the_bots_own_words(chat):
    reference = submitted(chat).reference
    chat.say("ขอถอนเรื่องค่ะ")
    answer = texts(chat.say("ไม่ถอนค่ะ"))
    assert f"ไม่ถอนเรื่องนะคะ เรื่อง {reference} ยังดำเนินต่อไปค่ะ" in answer, answer
    assert "ไม่ถอนค่ะ" not in answer, answer


POLICE_THREAT = "เมื่อกี้ตำรวจคนนั้นขับรถมาจอดหน้าร้าน ถามว่าใช่คนที่ไปแจ้งเรื่องหรือเปล่า บอกให้ระวังตัวไว้ ตอนนี้กลัวมากค่ะ"


def test_a_threat_from_the_police_leads_with_lines_that_are_not_the_police(chat):
    submitted(chat, agency="สภ.ลำปลายมาศ", district="ลำปลายมาศ", subdistrict="ลำปลายมาศ")
    answer = texts(chat.say(POLICE_THREAT))
    assert "1567" in answer and "191" in answer, answer
    assert answer.index("1567") < answer.index("191"), answer
    assert "ไม่ใช่ตำรวจ" in answer, answer


@pytest.fixture
def hotline_app(database_url, tmp_path, gateway, clock):
    """The app of a network with its own phone line."""
    env = make_env(database_url, tmp_path, NETWORK_HOTLINE="044-111-222")
    application = create_app({"ENV": env, "GATEWAY": gateway, "TESTING": True, "CLOCK": clock})
    yield application
    release(application.extensions["sujarit"].engine)


def test_the_networks_own_line_is_said_when_configured(hotline_app, gateway):
    chat = Chat(hotline_app.test_client(), gateway, "U" + "e" * 32, "test-channel-secret")
    submitted(chat, agency="สภ.ลำปลายมาศ", district="ลำปลายมาศ", subdistrict="ลำปลายมาศ")
    answer = texts(chat.say(POLICE_THREAT))
    assert "044-111-222" in answer and answer.index("044-111-222") < answer.index("191"), answer


def test_a_threat_about_others_still_leads_with_191(chat):
    submitted(chat)
    answer = texts(chat.say("มีคนถือมีดมาหน้าบ้าน บอกว่ารู้ว่าใครแจ้ง"))
    assert answer.index("191") < answer.index("1567"), answer


@pytest.mark.parametrize(
    ("said", "discreet"),
    [("ปกติจ้า", False), ("ปิดบังไว้ดีกว่า", True), ("แบบปกติก็ได้เด้อ", False), ("ปิดบังไว้ก่อนนะคะ", True)],
)
def test_the_notice_choice_in_own_words_is_taken(chat, services, said, discreet):
    submitted(chat)
    answer = texts(chat.say(said))
    assert "ตั้งค่าแล้ว" in answer and "ยังไม่เข้าใจ" not in answer, answer
    with services.uow() as uow:
        user = uow.session.scalars(select(LineUser)).one()
        assert user.discreet is discreet


def test_asked_whether_the_police_get_it_the_forwarding_is_said(chat):
    chat.follow()
    answer = texts(chat.say("ข้อมูลจะส่งให้ตำรวจไหมคะ เพราะเรื่องที่จะแจ้งเป็นตำรวจ"))
    assert "ส่งเรื่องที่เล่าไปให้หน่วยงาน" in answer and "ไม่บอกว่าใครแจ้ง" in answer, answer


@pytest.mark.parametrize("said", ["เรื่องที่ยายแจ้งไปเป็นจั่งใด๋แล้วลูก", "เรื่องของตาเป็นจั่งได๋แล้วหลาน"])
def test_an_isan_status_ask_gets_her_tickets_status(chat, said):
    reference = submitted(chat).reference
    answer = texts(chat.say(said))
    assert reference in answer and "เมื่อส่งแล้ว ท่านจะได้เลขที่เรื่อง" not in answer, answer


def test_a_caption_after_a_photo_after_filing_is_the_photos_words(chat, services):
    reference = submitted(chat).reference
    asked = texts(chat.send(media_event, "image"))
    assert reference in asked, asked
    answer = texts(chat.say("สลิปที่พี่ชายโอนให้นายกครับ"))
    assert reference in answer and "ต้องการแจ้งเรื่องนี้ไหม" not in answer, answer
    assert _evidence(services, ticket=True) == 1
    added = _entries(services, reference, "complainant_added")
    assert any("สลิปที่พี่ชายโอนให้นายก" in body for body in added), added
    assert _drafts(services, chat) == 0


def test_a_new_story_after_a_photo_is_still_offered_as_new(chat, services):
    submitted(chat)
    chat.send(media_event, "image")
    chat.say("ไม่ใช่ค่ะ อันนี้เรื่องใหม่ รูปที่โรงเรียน")
    assert _drafts(services, chat) == 1


def test_a_fathers_name_in_the_story_is_sealed_with_the_identity(chat, services):
    chat.follow()
    chat.tap("menu=complain")
    chat.tap("a=consent:yes")
    chat.say(
        "แจ้งแทนพ่อค่ะ (นายสมบัติ ดีงาม) พ่อไปขอออกโฉนดที่ดินที่สำนักงานที่ดินละหานทราย "
        "เจ้าหน้าที่ผู้ชายบอกว่าต้องจ่ายค่าดำเนินการพิเศษ 20,000 บาท พ่อจ่ายไปเมื่อวันที่ 15 ต.ค."
    )
    for said in ("เจ้าหน้าที่ที่ดิน", "ตาจง", "ไม่มี", "ไม่มี", "ยังไม่เคย", "บอกชื่อ"):
        chat.say(said)
    chat.say("ประณีต ดีงาม")
    chat.say("0819765432")
    shown = texts(chat.tap("a=summary:confirm"))
    assert "BRM-" in shown, shown
    with services.uow() as uow:
        ticket = uow.session.scalars(select(Ticket)).one()
        assert uow.vault.decrypt(ticket.behalf_of_enc) == "พ่อ"
        assert uow.vault.decrypt(ticket.affected_name_enc) == "นายสมบัติ ดีงาม"
        assert "(นายสมบัติ ดีงาม)" in ticket.description  # the record as she told it
        reference = ticket.reference
    mine = texts(chat.tap(f"ticket={reference}"))
    assert "สมบัติ" in mine or "รายละเอียด" not in mine, mine
