"""Who is filing and how to talk to them (issue 16, a tester's walk through the simulator):
a language asked for mid-conversation is kept, "discreet" is the anonymous or the discreet
notices choice that exists, a name given inside a question is kept while the question is
answered, a change of mind at consent goes on, and a complaint filed for someone else says so
(whose name is the affected person's, whose the contact's)."""

from __future__ import annotations

from sqlalchemy import select

from storage.models import Draft, Ticket
from storage.users import user_for_line_id
from tests.conftest import ONE_DATABASE
from tests.factories import file_complaint, texts

# Who is filing is read, not queried: SQLite only (filing on both kinds: test_conversation).
pytestmark = ONE_DATABASE


def _to_identity(chat) -> list[dict]:
    chat.follow()
    chat.tap("menu=complain")
    chat.tap("a=consent:yes")
    chat.tap("a=kind:bribery")
    chat.say("อบต.หนองโบสถ์")
    chat.say("ผู้ใหญ่บ้าน")
    chat.say("14 มี.ค. 2568")
    chat.say("ผู้ใหญ่บ้านเก็บเงินค่าเบี้ยยังชีพคนละ 200 บาท ทุกเดือน ไม่ให้ก็ไม่ได้รับเงิน")
    chat.tap("a=evidence:done")
    chat.say("ไม่มี")
    return chat.tap("a=reported:no")


def _draft(services) -> dict:
    with services.uow() as uow:
        draft = uow.session.scalars(select(Draft).order_by(Draft.id.desc())).first()
        return {"step": draft.step, **draft.data}


def _user(services, chat):
    with services.uow() as uow:
        user = user_for_line_id(uow, chat.user_id, lock=False)
        return user.language, user.discreet


def test_english_asked_for_mid_conversation_is_used_and_kept(chat, services):
    chat.follow()
    chat.tap("menu=complain")
    chat.tap("a=consent:yes")
    reply = texts(chat.say("English please"))
    assert "What kind" in reply or "kind" in reply.lower(), reply  # the question again, in English
    assert "ยังไม่แน่ใจ" not in reply
    assert _user(services, chat)[0] == "en"
    chat.tap("a=kind:bribery")
    reply = texts(chat.say("อบต.หนองโบสถ์ อำเภอนางรอง"))  # Thai words typed: still English
    assert _user(services, chat)[0] == "en"
    assert not any("\u0e00" <= c <= "\u0e7f" for c in reply.split("\n")[-1]), reply


def test_thai_asked_for_in_english_is_used(chat, services):
    chat.follow()
    chat.say("I want to report corruption by the village head")
    chat.say("Thai please")
    assert _user(services, chat)[0] == "th"


def test_discreet_at_the_name_choice_is_anonymous(chat, services):
    _to_identity(chat)
    chat.say("discreet please")
    data = _draft(services)
    assert data["anonymous"] is True and data["step"] == "summary"


def test_discreet_notices_asked_for_in_own_words_after_filing(chat, services):
    file_complaint(chat)
    chat.tap("a=summary:confirm")
    reply = texts(chat.say("ขอแบบไม่เปิดเผยนะคะ"))
    assert _user(services, chat)[1] is True, reply
    texts(chat.say("แบบปกติค่ะ"))
    assert _user(services, chat)[1] is False
    chat.say("discreet please")
    assert _user(services, chat)[1] is True


def test_a_change_of_mind_at_consent_goes_on_to_the_first_question(chat):
    chat.follow()
    chat.tap("menu=complain")
    chat.tap("a=consent:no")
    reply = texts(chat.say("เปลี่ยนใจค่ะ ยินยอม"))
    assert "ยินยอมไหม" not in reply
    assert "เป็นเรื่องแบบไหน" in reply


def test_a_name_inside_a_question_is_answered_and_kept_as_the_affected_persons(chat, services):
    _to_identity(chat)
    chat.tap("a=identity:named")
    reply = texts(chat.say("บอกชื่อพ่อได้ไหมคะ พ่อชื่อสมบัติ ทองมา"))
    assert "ได้ค่ะ" in reply and "สมบัติ ทองมา" in reply, reply
    data = _draft(services)
    assert data["step"] == "name" and not data.get("name_enc")  # the contact's own name is asked
    chat.say("วันเพ็ญ ทองมา")
    filed = texts(chat.say("0812345678"))
    assert "แจ้งแทน" in filed and "สมบัติ ทองมา" in filed and "วันเพ็ญ ทองมา" in filed
    chat.tap("a=summary:confirm")
    with services.uow() as uow:
        ticket = uow.session.scalars(select(Ticket).order_by(Ticket.id.desc())).first()
        vault = uow.vault
        assert vault.decrypt(ticket.complainant_name_enc) == "วันเพ็ญ ทองมา"
        assert vault.decrypt(ticket.affected_name_enc) == "สมบัติ ทองมา"
        assert vault.decrypt(ticket.behalf_of_enc) == "พ่อ"
        assert "สมบัติ" not in (ticket.affected_name_enc or "")  # encrypted at rest


def test_filing_for_someone_else_said_early_is_recorded(chat, services):
    chat.follow()
    chat.tap("menu=complain")
    chat.tap("a=consent:yes")
    reply = texts(chat.say("หนูแจ้งแทนพ่อค่ะ พ่อโดนผู้ใหญ่บ้านเก็บเงินค่าเบี้ยยังชีพ"))
    assert "แจ้งแทนพ่อ" in reply, reply
    assert _draft(services)["behalf"] == "พ่อ"


def test_the_understood_official_is_said_as_one_sentence(chat):
    chat.follow()
    chat.tap("menu=complain")
    chat.tap("a=consent:yes")
    reply = texts(chat.say("ผู้ใหญ่บ้านเก็บเงินค่าเบี้ยยังชีพคนละ 200"))
    assert "เข้าใจว่า คนที่ทำคือ" not in reply, reply
    assert 'เรื่อง"' not in reply


def test_the_name_choice_has_no_slashes(chat):
    reply = texts(_to_identity(chat))
    assert "บอกชื่อ" in reply and '" / 2' not in reply, reply
