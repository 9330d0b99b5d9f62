"""What walk17's villagers said and were not heard in (fixW17b): words about a file sent while
filing are kept with that file for the committee; the answers about who sees a name say one
thing, and a question about a witness's name is answered about witnesses; the "I understood"
echo reads plainly; after filing, "เสร็จแล้ว" may be tapped or typed."""

from __future__ import annotations

from bs4 import BeautifulSoup

from storage import tickets
from tests.conftest import ONE_DATABASE
from tests.factories import REFERENCE, answer_up_to_evidence, media_event, submitted, texts
from tests.integration.bot.dashboard.test_tickets_pages import signed_in
from tests.integration.handlers.complaint.test_understood_steps import draft_of

# Villagers' conversations do not depend on the database kind: run once, on SQLite.
pytestmark = ONE_DATABASE

#: The one wording of who sees a named complainant's name (privacy.name_seen).
NAME_SEEN = "ชื่อและเบอร์โทรของท่านเห็นเฉพาะประธาน"
MENU_NOTE = "ไฟล์นั่นคือเมนูอาหารที่โรงเรียนแจ้งผู้ปกครองค่ะ บอกว่ามีไข่มีไก่ทุกวัน แต่จริงไม่มี"


def _to_the_end(chat) -> str:
    """From the evidence question to a filed complaint; its reference."""
    chat.tap("a=evidence:done")
    chat.say("ไม่มี")
    chat.tap("a=reported:no")
    chat.tap("a=identity:anonymous")
    filed = texts(chat.tap("a=summary:confirm"))
    found = REFERENCE.search(filed)
    assert found, filed
    return found.group(0)


def _notes(services, reference: str) -> list[str]:
    with services.uow() as uow:
        ticket = tickets.by_reference(uow, reference)
        return [e.body for e in ticket.timeline if e.kind == "evidence_note"]


# -- 1. words about the evidence, while filing -------------------------------


def test_an_explanation_of_the_file_sent_is_kept_with_it(chat, services):
    answer_up_to_evidence(chat)
    chat.send(media_event, "image")
    chat.send(media_event, "file")
    reply = texts(chat.say(MENU_NOTE))
    assert "จด" in reply and "หลักฐาน" in reply, reply
    assert draft_of(services).step == "evidence", "the evidence question was left"
    reference = _to_the_end(chat)
    notes = _notes(services, reference)
    assert len(notes) == 1 and MENU_NOTE in notes[0] and "[2]" in notes[0], notes


def test_a_caption_after_a_photo_shows_under_that_photo_on_the_ticket_page(app, chat, services):
    answer_up_to_evidence(chat)
    chat.send(media_event, "image")
    chat.say("รูปถนนแตกครับ ถ่ายเมื่อวาน")
    reference = _to_the_end(chat)
    chair, _ = signed_in(app, services, "chair")
    page = BeautifulSoup(chair.get(f"/committee/tickets/{reference}").data, "html.parser")
    items = page.select("ul.evidence > li")
    assert len(items) == 1 and "รูปถนนแตกครับ ถ่ายเมื่อวาน" in items[0].get_text(), page
    timeline = page.select_one("ol.timeline").get_text()
    assert "รูปถนนแตกครับ ถ่ายเมื่อวาน" in timeline and "หลักฐานชิ้นที่ 1" in timeline, timeline


def test_words_before_any_file_are_not_taken_for_a_note(chat, services):
    answer_up_to_evidence(chat)
    reply = texts(chat.say("มีรูปแต่อยู่ในมือถือลูกค่ะ"))
    assert "จดไว้กับหลักฐาน" not in reply, reply
    assert not draft_of(services).data.get("evidence_notes")


def test_done_after_a_photo_is_still_done(chat, services):
    answer_up_to_evidence(chat)
    chat.send(media_event, "image")
    chat.say("เสร็จแล้วค่ะ")
    assert draft_of(services).step == "witnesses"
    assert not draft_of(services).data.get("evidence_notes")


# -- 3. who sees a name ------------------------------------------------------


def test_is_it_safe_to_give_my_name_says_who_sees_it(chat):
    answer_up_to_evidence(chat)
    chat.tap("a=evidence:done")
    chat.say("ไม่มี")
    chat.tap("a=reported:no")
    reply = texts(chat.say("ถ้าบอกชื่อแล้วจะปลอดภัยไหมครับ?"))
    assert NAME_SEEN in reply, reply
    assert "เห็นเฉพาะคณะกรรมการที่ดูเรื่องค่ะ" not in reply, reply


def test_a_question_about_a_witness_name_is_answered_about_witnesses(chat, services):
    answer_up_to_evidence(chat)
    chat.tap("a=evidence:done")
    reply = texts(chat.say("ต้องบอกชื่อพยานด้วยเหรอครับ เขาจะเดือดร้อนไหม"))
    assert "พยาน" in reply and "ประธาน" in reply and "ผู้รับผิดชอบ" in reply, reply
    assert "รหัสไว้ติดตาม" not in reply, reply
    assert draft_of(services).step == "witnesses"


# -- 5. wording --------------------------------------------------------------


def test_the_agency_echo_does_not_read_as_designate(chat):
    answer_up_to_evidence(chat)
    reply = texts(chat.say("เปลี่ยนหน่วยงานเป็น อบจ.บุรีรัมย์ ครับ"))
    assert "อบจ.บุรีรัมย์" in reply, reply
    assert "เข้าใจว่าที่" not in reply and "ขอทวนนะคะ ที่ อบจ.บุรีรัมย์" in reply, reply


def test_after_filing_done_may_be_tapped_or_typed(chat):
    submitted(chat)
    reply = texts(chat.send(media_event, "image")) + texts(chat.say("ใช่ค่ะ"))
    reply += texts(chat.say("อันนี้รูปวันนี้ค่ะ ข้าวเปล่ากับไข่ต้มครึ่งซีก"))
    assert 'กดหรือพิมพ์ "เสร็จแล้ว"' in reply, reply
    assert 'กด "เสร็จแล้ว"' not in reply, reply
