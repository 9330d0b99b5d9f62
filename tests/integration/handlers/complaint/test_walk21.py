"""walk21's villagers in new words (fixW21b): questions asked first are answered, each of them,
and never filed as the story; words about a file sent just before "that's all" are kept with
it; a witness said with a question beside it is kept; people in the queue whom nobody knows
are witnesses; "does an anonymous complaint get the same care?" is answered yes or no."""

from __future__ import annotations

from tests.conftest import ONE_DATABASE
from tests.factories import answer_up_to_evidence, media_event, texts
from tests.integration.handlers.complaint.test_understood_steps import draft_of

# Villagers' conversations do not depend on the database kind: run once, on SQLite.
pytestmark = ONE_DATABASE

STORY = (
    "เรื่องมีอยู่ว่า ยายไปต่อใบอนุญาตขายของที่เทศบาล เจ้าหน้าที่บอกว่าต้องจ่ายค่าเดินเรื่อง "
    "1,500 บาท ไม่งั้นต้องรอสามเดือน ยายจ่ายไปแล้วเมื่อวันศุกร์"
)


def _to_witnesses(chat, services) -> None:
    answer_up_to_evidence(chat)
    chat.tap("a=evidence:done")
    assert draft_of(services).step == "witnesses"


def test_two_questions_first_are_both_answered_and_neither_is_the_story(chat, services):
    chat.follow()
    reply = texts(chat.say("สวัสดีค่ะ ยายขอถามก่อน ถ้าแจ้งไปแล้วคนที่ยายแจ้งจะรู้ไหมว่าเป็นยาย แล้วเสียค่าอะไรไหม"))
    assert "จะไม่รู้ว่าใครแจ้ง" in reply, reply  # the first question
    assert "ไม่มีค่าใช้จ่าย" in reply, reply  # and the second
    chat.say(STORY)
    chat.say("แจ้งค่ะ")
    chat.say("ยินยอมค่ะ")
    told = draft_of(services).data.get("description") or ""
    assert "ค่าเดินเรื่อง" in told, told
    assert "ขอถามก่อน" not in told and "เสียค่าอะไรไหม" not in told, told


def test_words_about_the_photo_said_with_thats_all_are_kept_with_it(chat, services):
    answer_up_to_evidence(chat)
    chat.send(media_event, "image")
    chat.say("อันนี้ใบเสร็จที่เขาเขียนให้ค่ะ มีแค่นี้")
    draft = draft_of(services)
    assert draft.step == "witnesses", draft.step  # "that's all" still closes the evidence
    notes = draft.data.get("evidence_notes") or []
    assert len(notes) == 1 and "ใบเสร็จที่เขาเขียนให้" in notes[0][1], notes


def test_a_witness_said_with_a_question_is_answered_and_kept(chat, services):
    _to_witnesses(chat, services)
    reply = texts(chat.say("หลานชายยายไปด้วยค่ะ ชื่อ ณัฐพล แต่ไม่อยากให้ใครรู้ชื่อหลาน เขาจะเดือดร้อนไหมคะ"))
    assert "พยาน" in reply and "ประธาน" in reply, reply  # who sees a witness's name
    draft = draft_of(services)
    assert "ณัฐพล" in (draft.data.get("witnesses") or ""), draft.data
    assert draft.step != "witnesses", reply  # not asked again


def test_people_in_the_queue_whom_nobody_knows_are_witnesses(chat, services):
    _to_witnesses(chat, services)
    chat.say("มีคนมารอจ่ายเงินด้วยกันสี่ห้าคน ไม่รู้จักใครเลยครับ")
    draft = draft_of(services)
    assert "รอจ่ายเงิน" in (draft.data.get("witnesses") or ""), draft.data
    assert draft.step == "reported"


def test_does_an_anonymous_complaint_get_the_same_care_is_answered_yes(chat, services):
    answer_up_to_evidence(chat)
    chat.tap("a=evidence:done")
    chat.say("ไม่มี")
    chat.tap("a=reported:no")
    assert draft_of(services).step == "identity"
    reply = texts(chat.say("ถ้าไม่ใส่ชื่อ เรื่องจะถูกดูแลเท่ากับคนที่บอกชื่อไหมคะ"))
    assert "ดูแลเหมือนกัน" in reply, reply
    assert draft_of(services).step == "identity"


def test_a_witness_in_the_first_story_fills_the_field_and_is_not_asked_again(chat, services):
    chat.follow()
    chat.say("ไปจ่ายค่าน้ำที่เทศบาลเมื่อวาน เจ้าหน้าที่การเงินเก็บเกินใบเสร็จไป 300 บาท ลูกสาวดิฉันยืนอยู่ข้าง ๆ ก็เห็นด้วย")
    said = texts(chat.say("แจ้งค่ะ")) + texts(chat.say("ยินยอมค่ะ"))
    assert "ลูกสาว" in (draft_of(services).data.get("witnesses") or ""), draft_of(services).data
    assert "ลูกสาว" in said, said  # said back, as the agency and the date are
    asked = []
    for _ in range(12):  # every question up to the summary, "ไม่รู้" to each
        draft = draft_of(services)
        if draft.step in ("summary", "identity"):
            break
        asked.append(draft.step)
        chat.say("ไม่มี" if draft.step in ("evidence", "what_more") else "ไม่รู้")
    assert "witnesses" not in asked, asked
